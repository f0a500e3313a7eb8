"""Scale-out: the corpus generator, sharded staging against the one-process path, and a benchmark smoke run."""
import hashlib
from datetime import date
import json
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb

from pipeline.corpus import generate_corpus, sentence_pool
from pipeline.ingest.reader import read_folder
from pipeline.staging import part_dirs, shard_dir, shard_of, stage_shard, staged_parts

from .conftest import REPO, SEEDS
from .test_pipeline import materialize

POOL = sentence_pool([SEEDS])
TABLES = ["articles", "article_sources", "figures", "exchange_mentions", "term_mentions", "article_facts", "exchange_claims", "exchange_events",
          "reported_terms", "reported_terms_side_by_side", "cumulative_exchanges", "discrepancies", "agreement_fulfilment"]


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_corpus_is_deterministic_and_in_every_format(tmp_path):
    a = generate_corpus(tmp_path / "a", 300, seed=3, pool=POOL)
    b = generate_corpus(tmp_path / "b", 300, seed=3, pool=POOL)
    generate_corpus(tmp_path / "c", 300, seed=4, pool=POOL)
    assert a == b and _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")
    suffixes = {p.suffix for p in (tmp_path / "a").rglob("*") if p.is_file()}
    assert {".txt", ".html", ".json", ".jsonl"} <= suffixes
    assert a.duplicates > 0 and a.bad_files > 0
    articles, quarantined = 0, 0
    ids = set()
    for _, result in read_folder(tmp_path / "a"):
        articles += len(result.articles)
        quarantined += len(result.quarantine)
        ids.update(x.article_id for x, _ in result.articles)
    assert articles == a.articles  # every good file is read back as the articles it was written with
    assert quarantined >= a.bad_files - 5  # bad files are quarantined (a few random byte strings happen to decode)
    assert len(ids) < articles  # duplicates collapse to one article


def test_shards_partition_the_files():
    paths = [f"dir/{i}.txt" for i in range(200)]
    for n in (1, 3, 8):
        assert sorted(sum(([p for p in paths if shard_of(p, n) == k] for k in range(n)), [])) == sorted(paths)
    assert shard_of("a.jsonl#3", 8) == shard_of("a.jsonl", 8)


def _tables(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {t: conn.execute(f"select * from {t} order by all").fetchall() for t in TABLES}


def test_sharded_run_gives_exactly_the_tables_of_the_one_process_run(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    generate_corpus(corpus, 150, seed=11, pool=POOL)
    for p in SEEDS.iterdir():
        (corpus / p.name).write_bytes(p.read_bytes())
    # a saved Telegram channel: its posts' figures are claimed by the channel on both paths
    from .test_ingest import _telegram_page

    (corpus / "koordshtab.html").write_text(_telegram_page(
        ("1201", "🇺🇦 Додому повернулися 84 захисники!<br/><br/>Це 66-й обмін з початку повномасштабного вторгнення.", "2025-08-14T12:03:11+00:00")))
    simple_db = tmp_path / "simple" / "warehouse.duckdb"
    materialize(corpus, simple_db)

    from pipeline.defs.resources import ArticlesFolder, Warehouse
    from pipeline.defs.scaled import scaled_assets

    scaled_db = tmp_path / "scaled" / "warehouse.duckdb"
    result = dg.materialize(scaled_assets, resources={
        "articles_folder": ArticlesFolder(path=str(corpus)), "warehouse": Warehouse(path=str(scaled_db))})
    assert result.success
    scaled, simple = _tables(scaled_db), _tables(simple_db)
    for table in TABLES:
        assert scaled[table] == simple[table], (table, [r for r in scaled[table] if r not in simple[table]][:3],
                                                [r for r in simple[table] if r not in scaled[table]][:3])

    with duckdb.connect(str(scaled_db), read_only=True) as conn:
        claimed = conn.execute("select f.value, f.claimant from figures f join articles a using (article_id) "
                               "where a.input_format = 'telegram' order by f.char_start").fetchall()
    assert claimed == [(84, "Coordination Headquarters"), (66, "Coordination Headquarters")]

    # a second sharded run re-parses nothing
    staging = scaled_db.parent / "staging"
    again = stage_shard(corpus, 0, 8, staging)
    assert again.files_new == again.files_changed == again.articles_extracted == 0
    assert again.files_unchanged > 0
    assert shard_dir(staging, 0).exists()


def test_benchmark_smoke_run_prints_its_numbers(tmp_path):
    code = (
        "import json, os, sys; from pathlib import Path; from pipeline import bench;"
        f"r = bench.full(60, 5, Path({str(tmp_path)!r})); print(json.dumps(r))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                          env={**__import__("os").environ, "PIPELINE_SHARDS": "2"}, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for key in ("end_to_end_articles_per_second", "extraction_articles_per_second_one_core", "dagster_fixed_cost_seconds",
                "incremental_seconds", "peak_rss_mb_pipeline", "database_mb", "derived_sql_only_seconds"):
        assert result[key] is not None and result[key] >= 0, key
    assert result["articles_loaded"] > 40 and result["figures"] > 0
    # each stage's processes are found from the run's events, so its own peak is known
    by_stage = result["peak_rss_mb_by_stage"]
    assert set(by_stage) == {"staging", "load", "derived_tables", "exports", "report"}
    assert all(30 < mb <= result["peak_rss_mb_pipeline"] for mb in by_stage.values()), by_stage


def _stage_and_load(corpus: Path, staging: Path, db: Path, n_shards: int = 4) -> None:
    from pipeline.warehouse import connect, load_staged

    for k in range(n_shards):
        stage_shard(corpus, k, n_shards, staging)
    with connect(db) as conn:
        load_staged(conn, staged_parts(staging, n_shards))


def _base_tables(db: Path) -> dict[str, list]:
    queries = {
        "articles": "select * from articles",
        "article_sources": "select * from article_sources",
        "source_files": "select file_path, content_sha256, size_bytes from source_files",
        "quarantine": "select source_path, file_path, reason from quarantine",
        "figures": "select * from figures",
        "exchange_mentions": "select * from exchange_mentions",
        "term_mentions": "select * from term_mentions",
        "extraction_log": "select * from extraction_log",
    }
    with duckdb.connect(str(db), read_only=True) as conn:
        return {t: sorted(map(repr, conn.execute(q).fetchall())) for t, q in queries.items()}


def test_incremental_load_equals_a_fresh_load(tmp_path):
    """Shards add a part for new files and are rewritten when files change or go; the loader rewrites only
    what changed. After each kind of change the tables are exactly those of a load from scratch."""
    corpus = tmp_path / "corpus"
    generate_corpus(corpus, 120, seed=21, pool=POOL)
    staging, db = tmp_path / "inc" / "staging", tmp_path / "inc" / "warehouse.duckdb"
    _stage_and_load(corpus, staging, db)

    def equals_fresh(name: str) -> None:
        fresh = tmp_path / name / "warehouse.duckdb"
        _stage_and_load(corpus, tmp_path / name / "staging", fresh)
        got, want = _base_tables(db), _base_tables(fresh)
        for table in want:
            assert got[table] == want[table], (name, table)

    # 1. new files only: each shard that got one adds a part, nothing else is rewritten
    txt = sorted(p for p in corpus.rglob("*.txt") if "bad" not in p.name)
    (corpus / "new_seed.txt").write_bytes((SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_bytes())
    (corpus / "copy_of_saved.txt").write_bytes(txt[2].read_bytes())
    before = {k: part_dirs(shard_dir(staging, k)) for k in range(4)}
    _stage_and_load(corpus, staging, db)
    after = {k: part_dirs(shard_dir(staging, k)) for k in range(4)}
    grown = [k for k in range(4) if len(after[k]) == len(before[k]) + 1]
    assert grown and all(after[k][:-1] == before[k] for k in grown)
    assert all(after[k] == before[k] for k in range(4) if k not in grown)
    equals_fresh("fresh1")
    with duckdb.connect(str(db), read_only=True) as conn:
        (n_sources,) = conn.execute("select n_sources from articles a join article_sources s using (article_id) "
                                    "where s.file_path = 'copy_of_saved.txt'").fetchone()
    assert n_sources >= 2  # the copy counts as another save of the same article

    # 2. a changed file, a removed one, and articles extracted by an older extractor
    txt[0].write_text(txt[0].read_text(encoding="utf-8") + "\nUkraine said 42 prisoners came home on Friday.\n", encoding="utf-8")
    txt[1].unlink()
    with duckdb.connect(str(db)) as conn:
        conn.execute("update extraction_log set extractor_version = 'older' where article_id in "
                     "(select article_id from extraction_log order by article_id limit 5)")
    _stage_and_load(corpus, staging, db)
    rewritten = {shard_of(txt[0].relative_to(corpus).as_posix(), 4), shard_of(txt[1].relative_to(corpus).as_posix(), 4)}
    assert all(len(part_dirs(shard_dir(staging, k))) == 1 for k in rewritten)
    equals_fresh("fresh2")


def test_an_article_saved_twice_with_different_dates_keeps_the_rows_of_its_first_save(tmp_path):
    """Two saves of one text, one with a publication date and one without, staged in different shards:
    the article is kept at its first path, and its figures are the ones extracted with that save's date."""
    body = ("Ukraine and Russia exchanged 84 prisoners of war each on Friday, officials in both countries said.\n\n"
            "The swap was mediated by the United Arab Emirates, which has helped arrange dozens of such exchanges.\n\n"
            "Kyiv said the freed soldiers included defenders of Mariupol and would receive medical care.\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = [f"save_{i:02d}.txt" for i in range(40)]
    first = names[0]
    second = next(n for n in names[1:] if shard_of(n, 4) != shard_of(first, 4))
    (corpus / first).write_text("date: 2025-07-05\n\n" + body, encoding="utf-8")
    (corpus / second).write_text(body, encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    _stage_and_load(corpus, tmp_path / "staging", db)
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("select source_path, n_sources, published_date from articles").fetchall() == [(first, 2, date(2025, 7, 5))]
        assert conn.execute("select value, event_date from figures").fetchall() == [(84, date(2025, 7, 4))]
        assert conn.execute("select count(*) from extraction_log").fetchall() == [(1,)]


def test_a_new_shard_is_staged_part_by_part_with_the_tables_of_one_part(tmp_path, monkeypatch):
    """A shard staged for the first time is written a few thousand articles at a time, so staging memory
    does not grow with the shard; the loaded tables are exactly those of a shard written as one part,
    duplicates across parts included, and later runs still append."""
    import pipeline.staging as staging_module

    corpus = tmp_path / "corpus"
    generate_corpus(corpus, 120, seed=21, pool=POOL)
    whole_db = tmp_path / "whole" / "warehouse.duckdb"
    _stage_and_load(corpus, tmp_path / "whole" / "staging", whole_db, n_shards=2)
    assert all(len(part_dirs(shard_dir(tmp_path / "whole" / "staging", k))) == 1 for k in range(2))

    monkeypatch.setattr(staging_module, "PART_ARTICLES", 10)
    staging, db = tmp_path / "parts" / "staging", tmp_path / "parts" / "warehouse.duckdb"
    _stage_and_load(corpus, staging, db, n_shards=2)
    n_parts = [len(part_dirs(shard_dir(staging, k))) for k in range(2)]
    assert all(3 <= n <= staging_module.MAX_PARTS // 2 + 1 for n in n_parts), n_parts
    assert _base_tables(db) == _base_tables(whole_db)

    (corpus / "new_seed.txt").write_bytes((SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_bytes())
    _stage_and_load(corpus, staging, db, n_shards=2)
    assert sum(len(part_dirs(shard_dir(staging, k))) for k in range(2)) == sum(n_parts) + 1


def test_a_shard_staged_by_another_reader_version_is_staged_again(tmp_path, monkeypatch):
    import pipeline.staging as staging_module

    staging = tmp_path / "staging"
    first = stage_shard(SEEDS, 0, 1, staging)
    assert first.files_new == 5
    assert stage_shard(SEEDS, 0, 1, staging).files_unchanged == 5
    monkeypatch.setattr(staging_module, "READER_VERSION", "another")
    again = stage_shard(SEEDS, 0, 1, staging)
    assert (again.files_new, again.files_unchanged, again.articles) == (5, 0, 5)
    assert (shard_dir(staging, 0) / "READER_VERSION").read_text() == "another"


def test_a_new_extractor_version_re_extracts_the_staged_articles_without_reading_them_again(tmp_path, monkeypatch):
    """An upgraded extractor must reach the scale-out path too: a shard whose staged rows another extractor
    version wrote has all its articles extracted again (the articles themselves are reused, not read again),
    and the load then replaces their figures."""
    import polars as pl

    import pipeline.warehouse as warehouse_module
    from pipeline.warehouse import connect, load_staged

    staging, db = tmp_path / "staging", tmp_path / "w.duckdb"
    stage_shard(SEEDS, 0, 1, staging)
    with connect(db) as conn:
        load_staged(conn, staged_parts(staging, 1))
    monkeypatch.setattr(warehouse_module, "EXTRACTOR_VERSION", "a-newer-version")
    again = stage_shard(SEEDS, 0, 1, staging)
    assert (again.files_unchanged, again.files_new, again.articles_extracted) == (5, 0, 5)
    staged_log = pl.concat([pl.read_parquet(p / "extraction_log.parquet") for p in staged_parts(staging, 1)])
    assert staged_log.get_column("extractor_version").unique().to_list() == ["a-newer-version"]
    with connect(db) as conn:
        load_staged(conn, staged_parts(staging, 1))
        assert conn.execute("select distinct extractor_version from extraction_log").fetchall() == [("a-newer-version",)]
        assert conn.execute("select count(*) from figures").fetchall()[0][0] > 0
    assert stage_shard(SEEDS, 0, 1, staging).articles_extracted == 0  # and once is enough


def test_the_corpus_varies_whole_numbers_only():
    # "1 000" varied group by group once gave "1 1 Ukrainians were freed"
    import random

    from pipeline.corpus import _vary_numbers

    rng = random.Random(3)
    assert _vary_numbers("In total, 1 000 Ukrainians and 5 757 people; 1,000 and 1.000 each", rng) == \
        "In total, 1 000 Ukrainians and 5 757 people; 1,000 and 1.000 each"
    varied = _vary_numbers("Ukraine and Russia swapped 390 prisoners each in 2025.", rng)
    assert varied.endswith(" prisoners each in 2025.") and varied != "Ukraine and Russia swapped 390 prisoners each in 2025."


def test_a_load_checks_the_spans_of_the_articles_it_writes(tmp_path):
    """The load checks, in its transaction, the spans of the articles it writes: a staged figure whose span
    is off is reported; a later load that writes other articles does not check the old ones again."""
    import polars as pl

    from pipeline.warehouse import connect, load_staged

    corpus, staging, db = tmp_path / "corpus", tmp_path / "staging", tmp_path / "w.duckdb"
    generate_corpus(corpus, 40, seed=2, pool=POOL)
    for k in range(2):
        stage_shard(corpus, k, 2, staging)
    part = staged_parts(staging, 2)[0]
    figures = pl.read_parquet(part / "figures.parquet")
    broken = figures.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.col("char_start") + 1).otherwise(pl.col("char_start")).alias("char_start"))
    broken.write_parquet(part / "figures.parquet")
    errors: list = []
    with connect(db) as conn:
        load_staged(conn, staged_parts(staging, 2), errors)
    assert [e["figure_id"] for e in errors] == [figures["figure_id"][0]]
    # more files: only their articles are written, and checked
    generate_corpus(corpus / "more", 5, seed=9, pool=POOL, name_prefix="more")
    for k in range(2):
        stage_shard(corpus, k, 2, staging)
    errors = []
    with connect(db) as conn:
        load_staged(conn, staged_parts(staging, 2), errors)
        assert conn.execute("select count(*) from source_files where file_path like 'more/%'").fetchall()[0][0] == 5
    assert errors == []
