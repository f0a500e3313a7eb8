"""Hostile and broken input, crashes mid-run, and concurrent readers: nothing crashes, nothing is lost."""
import codecs
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_article
from pipeline.ingest.reader import read_folder
from pipeline.warehouse import connect, extract_figures, ingest

from .conftest import SEEDS

GOOD = "Ukraine and Russia exchanged {n} prisoners of war each on Friday, officials in Kyiv and Moscow said in statements."


def _good_text(rng: random.Random) -> str:
    return "\n\n".join(GOOD.format(n=rng.randint(10, 900)) + " " + " ".join(rng.choice(["The swap was mediated.", "More swaps are planned.", "Both sides confirmed it."]) for _ in range(3)) for _ in range(2))


def _generators(rng: random.Random):
    """(name suffix, bytes, expectation) for each family of bad input; expectation is 'quarantine',
    'article' or 'either'."""
    good = _good_text(rng)
    yield ".txt", os.urandom(rng.randint(1, 4000)), "either"
    yield ".txt", good.encode("utf-8")[: rng.randint(1, 60)], "either"  # truncated UTF-8
    cut = good.encode("utf-8") + "Україна".encode()
    yield ".txt", cut[: len(cut) - rng.randint(1, 5)], "either"
    yield ".txt", good.encode("utf-16")[: rng.randint(3, 400) | 1], "either"  # odd-length UTF-16
    yield ".txt", b"\x00" * rng.randint(1, 3000), "quarantine"
    yield ".txt", b"", "quarantine"
    yield ".txt", good.encode()[:500] + b"\x00\x00" + good.encode()[500:], "quarantine"
    yield ".html", ("<div>" * rng.randint(100, 5000) + good).encode(), "either"  # unclosed nesting
    yield ".html", ("<html><head>" + "<script>var x = 1;</script>" * rng.randint(1, 50) + "</head><body></body></html>").encode(), "quarantine"
    yield ".json", json.dumps(rng.choice([[], {}, 42, "text", None, [1, 2], {"text": 5}, {"maintext": ["a"]}, [{"url": 1}]])).encode(), "quarantine"
    yield ".json", b'{"maintext": "' + b"\\u00" + b'"}', "quarantine"
    lines = [json.dumps({"url": f"https://x.example/{i}", "maintext": _good_text(rng)}) for i in range(3)]
    lines.insert(rng.randint(0, 3), "{broken json line")
    yield ".jsonl", "\n".join(lines).encode(), "both"
    yield ".txt", good.encode("utf-8") + "Überraschung".encode("latin-1") + good.encode("utf-8"), "either"  # mixed encodings
    yield ".txt", ("Gefangenenaustausch: " + good).encode("latin-1"), "article"
    yield ".txt", ("Обмін полоненими. " + good).encode("cp1251"), "article"
    yield ".txt", codecs.BOM_UTF8 + good.encode(), "article"
    yield ".txt", good.encode("utf-16"), "article"
    yield ".txt", (" ".join(str(rng.randint(0, 10**6)) for _ in range(rng.randint(1000, 100000)))).encode(), "either"
    yield ".txt", ("1-" * rng.randint(1000, 30000) + "for " * 1000 + "<" * 5000 + "&#" * 5000).encode(), "either"  # aimed at our own patterns
    yield ".txt", (("aged " + "18 to " * 2000 + "25 ") + ("more than " * 2000) + good).encode(), "either"
    yield ".txt", ("www." * rng.randint(100, 5000) + "\n" + good).encode(), "article"
    yield ".txt", good.encode(), "article"


def _names(rng: random.Random, i: int, suffix: str) -> str:
    style = rng.choice(["plain", "spaces", "unicode", "newline"])
    base = {"plain": f"f{i}", "spaces": f"file {i} with spaces", "unicode": f"статья-{i}-ü-✓", "newline": f"line{i}\nbreak"}[style]
    return base + suffix


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory):
    rng = random.Random(20261122)
    root = tmp_path_factory.mktemp("fuzz") / "articles"
    root.mkdir()
    expected: dict[str, str] = {}
    i = 0
    while i < 1100:
        for suffix, data, expectation in _generators(rng):
            name = _names(rng, i, suffix)
            (root / name).write_bytes(data)
            expected[name] = expectation
            i += 1
    big = root / "fifty_megabytes.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    expected[big.name] = "quarantine"
    outside = root.parent / "outside.txt"
    outside.write_text(_good_text(rng))
    os.symlink(outside, root / "points_outside.txt")
    os.symlink(root / "loop_a.txt", root / "loop_b.txt")
    os.symlink(root / "loop_b.txt", root / "loop_a.txt")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.mkfifo(root / "a_fifo.txt")
    (root / "a_dir.txt").mkdir()
    for name in ("points_outside.txt", "loop_a.txt", "loop_b.txt", "passwd.txt", "a_fifo.txt"):
        expected[name] = "quarantine"
    return root, expected


def test_fuzz_inputs_never_crash_and_are_all_accounted_for(fuzz_folder):
    root, expected = fuzz_folder
    assert len(expected) >= 1000
    seen: dict[str, list[str]] = {}
    slowest = 0.0
    for src, result in read_folder(root):
        started = time.perf_counter()
        for article, _ in result.articles:
            extracted = extract_article(article.article_id, article.body, article.published_date, article.language)
            for f in extracted.figures:
                assert article.body[f.char_start : f.char_end] == f.text
            seen.setdefault(article.source_path.split("#")[0], []).append("article")
        for q in result.quarantine:
            assert q.reason and q.reason[0].isupper() and q.reason.endswith((".", ")")), q.reason
            seen.setdefault(q.source_path.split("#")[0], []).append("quarantine")
        slowest = max(slowest, time.perf_counter() - started)
    reasons = {}
    for name, expectation in expected.items():
        got = seen.get(name, [])
        assert got, f"{name!r} was neither ingested nor quarantined"
        if expectation == "quarantine":
            assert got == ["quarantine"] * len(got), name
        elif expectation == "article":
            assert "article" in got, name
        elif expectation == "both":
            assert "article" in got and "quarantine" in got, name
    assert "passwd.txt" not in {p for p, kinds in seen.items() if "article" in kinds}
    assert slowest < 10, f"one input took {slowest:.1f} s to extract"
    for _, result in read_folder(root):
        for q in result.quarantine:
            key = q.reason.split(" (")[0].split(":")[0][:50]
            reasons[key] = reasons.get(key, 0) + 1
    print("\nquarantined by reason:", json.dumps(reasons, indent=1, ensure_ascii=False))


def test_fuzz_folder_loads_into_the_warehouse_and_good_articles_come_through(fuzz_folder, tmp_path):
    root, expected = fuzz_folder
    conn = connect(tmp_path / "wh.duckdb")
    ingest(conn, root)
    extract_figures(conn)
    loaded = {r[0].split("#")[0] for r in conn.execute("select source_path from article_sources").fetchall()}
    for name, expectation in expected.items():
        if expectation in ("article", "both"):
            assert name in loaded, name
    assert conn.execute("select count(*) from quarantine").fetchall()[0][0] > 300
    bad = conn.execute("""select count(*) from figures f join articles a using (article_id)
                          where substr(a.body, f.char_start + 1, f.char_end - f.char_start) <> f.text""").fetchall()[0][0]
    assert bad == 0
    conn.close()


def _sentence_pool() -> list[tuple[str, str]]:
    """Sentences in many wordings and languages: the seeds' and the generated tables of tests/test_phrasings.py,
    and the sentences of tests/test_extract.py's cases (string literals that read as sentences)."""
    import ast

    from pipeline.corpus import sentence_pool
    from tests import test_phrasings

    pool = [(s, "en") for s in sentence_pool([SEEDS])]
    for name, value in vars(test_phrasings).items():
        if name.startswith("_") and isinstance(value, list):
            pool.extend((item if isinstance(item, str) else item[0], "en") for item in value
                        if isinstance(item, str) or (isinstance(item, tuple) and item and isinstance(item[0], str)))
    tree = ast.parse((Path(__file__).parent / "test_extract.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 30 and node.value.rstrip().endswith((".", "»", '"')):
            language = "en" if node.value.isascii() else ("ru" if any("а" <= c <= "я" for c in node.value.lower()) else "fr")
            pool.append((node.value, language))
    return sorted(set(pool))


def test_sentences_recombined_into_articles_never_make_the_extractor_raise():
    # (a per-side count told twice and then broken down by parts once raised AttributeError: a random mix of
    # known sentences finds such combinations that no single test sentence has)
    pool = _sentence_pool()
    rng = random.Random(7)
    failures = []
    for i in range(3000):
        chosen = [rng.choice(pool) for _ in range(rng.randint(2, 12))]
        body = "".join(text + rng.choice([" ", " ", "\n\n", "\n"]) for text, _ in chosen).strip()
        published = rng.choice([None, date(2022, 9, 22), date(2024, 1, 3), date(2025, 5, 25)])
        try:
            result = extract_article(f"a{i}", body, published, chosen[0][1])
        except Exception as exc:  # noqa: BLE001 - collected and reported below
            failures.append(f"{type(exc).__name__}: {exc} in {body[:300]!r}")
            continue
        assert all(body[f.char_start : f.char_end] == f.text for f in result.figures)
    assert failures == []


def test_an_article_the_extractor_fails_on_does_not_stop_the_run(tmp_path, monkeypatch):
    # (an extractor bug on one article had raised out of the run: no figure of any article was written)
    import pipeline.warehouse as warehouse

    def failing_on_one(article_id, body, *args, **kwargs):
        if "Mariupol" in body:
            raise AttributeError("'_Restated' object has no attribute 'char_end'")
        return extract_article(article_id, body, *args, **kwargs)

    monkeypatch.setattr(warehouse, "extract_article", failing_on_one)
    root = tmp_path / "articles"
    root.mkdir()
    (root / "good.txt").write_text("2025-05-06\n\nUkraine and Russia exchanged 205 prisoners each on Tuesday, officials said.\n", encoding="utf-8")
    (root / "bad.txt").write_text("2025-05-06\n\nUkraine brought home 95 defenders of Mariupol on Tuesday, officials said.\n", encoding="utf-8")
    conn = connect(tmp_path / "wh.duckdb")
    ingest(conn, root)
    stats = extract_figures(conn)
    assert stats.articles_failed == 1
    assert conn.execute("select value from figures").fetchall() == [(205,)]
    assert conn.execute("select count(*) from articles").fetchall() == [(2,)]  # the failed article is kept
    assert conn.execute("select a.source_path, l.n_figures, l.error from extraction_log l join articles a using (article_id) "
                        "where l.error is not null").fetchall() == [
        ("bad.txt", 0, "AttributeError: '_Restated' object has no attribute 'char_end'")]
    conn.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_extractor_never_raises_and_spans_slice_exactly(text):
    first = extract_article("h", text, None, "en")
    assert first == extract_article("h", text, None, "en")
    for f in first.figures:
        assert text[f.char_start : f.char_end] == f.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "b.html", "c.json", "d.jsonl"]))
def test_reader_never_raises_on_any_bytes(data, name):
    from pipeline.ingest.reader import read_bytes

    result = read_bytes(name, data)
    assert result.articles or result.quarantine


# ---------------------------------------------------------------- crash safety

def _run_cli(db: Path, articles: Path, env_extra: dict | None = None, **kw) -> subprocess.Popen:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--articles", str(articles), "--database", str(db)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _snapshot(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {t: conn.execute(f"select * from {t} order by all").fetchall()
                for t in ("articles", "figures", "exchange_events", "reported_terms", "cumulative_exchanges", "discrepancies")}


@pytest.fixture(scope="module")
def clean_state(tmp_path_factory):
    root = tmp_path_factory.mktemp("clean")
    articles = root / "articles"
    shutil.copytree(SEEDS, articles)
    db = root / "wh.duckdb"
    proc = _run_cli(db, articles)
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    return articles, _snapshot(db)


@pytest.mark.parametrize("point", ["articles", "figures", "derived:exchange_events", "derived:discrepancies"])
def test_sigkill_mid_write_leaves_old_or_new_state_and_rerun_matches_a_clean_run(point, clean_state, tmp_path):
    articles, clean = clean_state
    db = tmp_path / "wh.duckdb"
    # a previous state to fall back to: the seeds without one article
    partial = tmp_path / "partial"
    shutil.copytree(articles, partial)
    next(partial.glob("004_*.txt")).unlink()
    assert _run_cli(db, partial).wait(timeout=300) == 0
    before = _snapshot(db)

    marker = tmp_path / "marker"
    proc = _run_cli(db, articles, {"PIPELINE_FAULT_AT": point, "PIPELINE_FAULT_MARKER": str(marker)})
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    after_kill = _snapshot(db)  # the database opens
    for table in after_kill:
        # each table holds the old rows or the new rows, never a mix
        assert after_kill[table] in (before[table], clean[table]), (point, table)
    assert _run_cli(db, articles).wait(timeout=300) == 0
    assert _snapshot(db) == clean


def test_parquet_readers_during_runs_always_see_a_complete_file(clean_state, tmp_path):
    articles, _ = clean_state
    db = tmp_path / "data" / "wh.duckdb"
    assert _run_cli(db, articles).wait(timeout=300) == 0
    from pipeline.exports import latest_version_dir

    export = tmp_path / "data" / "export"
    stop = threading.Event()
    reads, errors = [], []

    def polars_reader():  # Polars opens a file more than once: it pins a version
        while not stop.is_set():
            try:
                version = latest_version_dir(export)
                frames = [pl.read_parquet(version / f"{t}.parquet") for t in ("figures", "articles")]
                reads.append(frames[0].height)
            except Exception as exc:  # noqa: BLE001 - any failure to read is what this test looks for
                errors.append(repr(exc))

    def duckdb_reader():  # DuckDB reads the stable path
        while not stop.is_set():
            try:
                reads.append(duckdb.sql(f"select count(*) from '{export / 'figures.parquet'}'").fetchall()[0][0])
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))

    threads = [threading.Thread(target=polars_reader), threading.Thread(target=duckdb_reader)]
    for t in threads:
        t.start()
    try:
        for _ in range(3):
            (articles / "extra.txt").write_text(GOOD.format(n=len(reads) % 500 + 10) + " Another line of text here.", encoding="utf-8")
            assert _run_cli(db, articles).wait(timeout=300) == 0
    finally:
        stop.set()
        for t in threads:
            t.join()
        (articles / "extra.txt").unlink(missing_ok=True)
    assert reads and not errors, errors[:3]
    assert len([p for p in (export / "versions").iterdir() if not p.name.startswith(".")]) <= 5


# ---------------------------------------------------------------- security

def test_sql_is_never_formatted_from_input_values():
    """Every f-string handed to DuckDB interpolates only identifiers from the code's own constants
    (table names, column lists); values always go through `?` parameters or registered frames."""
    import ast

    allowed = {"table", "name", "columns", "limit", "sql"}
    offenders = []
    for path in (Path(__file__).resolve().parent.parent / "pipeline").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("execute", "sql")):
                continue
            for arg in node.args[:1]:
                if not isinstance(arg, ast.JoinedStr):
                    continue
                for part in arg.values:
                    if isinstance(part, ast.FormattedValue):
                        expr = ast.unparse(part.value)
                        ok = (expr in allowed or (expr.startswith("', '.join(_") and expr.endswith(("_SCHEMA)", "_COLS)")))
                              or (expr.isupper() and expr.startswith("_")))  # a module constant of fixed SQL
                        if not ok:
                            offenders.append(f"{path.name}:{node.lineno}: {expr}")
    assert offenders == []
