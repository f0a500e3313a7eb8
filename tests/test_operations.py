"""Operations: Parquet exports, the writer lock, the folder sensor, and the HTML report (incl. a real browser)."""
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipeline.defs.automation import articles_folder_sensor
from pipeline.defs.resources import ArticlesFolder
from pipeline.exports import PUBLIC_TABLES

from .conftest import REPO, SEEDS
from .test_pipeline import materialize

# Entity-encoded so that the cleaner turns it into literal markup in the body, as a scraped page can.
PAYLOAD_ARTICLE = (
    "date 2024-10-18 Swap &lt;script&gt;document.title='PWNED'&lt;/script&gt;\n"
    "Ukraine and Russia exchanged 95 prisoners of war each on Friday, officials said &lt;script&gt;document.title='PWNED'&lt;/script&gt; "
    "and &lt;img src=x onerror=\"document.title='PWNED'\"&gt; in a statement about the swap with \"quotes\" &amp; ampersands.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("ops")
    articles = root / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "hostile.txt").write_text(PAYLOAD_ARTICLE, encoding="utf-8")
    db = root / "data" / "warehouse.duckdb"
    materialize(articles, db)
    return root, db


def test_exports_are_complete_parquet_files(built):
    root, db = built
    export = root / "data" / "export"
    with duckdb.connect(str(db), read_only=True) as conn:
        for table in PUBLIC_TABLES:
            frame = pl.read_parquet(export / f"{table}.parquet")
            assert frame.height == conn.execute(f"select count(*) from {table}").fetchall()[0][0], table
    assert not [p for p in export.iterdir() if p.name.startswith(".")]  # no temporary files left behind
    from pipeline.exports import latest_version_dir

    pinned = latest_version_dir(export)
    assert (pinned / "figures.parquet").samefile(export / "figures.parquet")


def test_report_escapes_article_text_and_sets_a_script_policy(built):
    root, _ = built
    page = (root / "data" / "report" / "index.html").read_text(encoding="utf-8")
    with duckdb.connect(str(built[1]), read_only=True) as conn:
        body = conn.execute("select body from articles where source_path = 'hostile.txt'").fetchall()[0][0]
    assert "<script>document.title='PWNED'</script>" in body  # the payload really reached the body
    assert "&lt;script&gt;document.title=" in page
    assert "<script>document.title" not in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
    assert page.count("<script>") == 1  # ours only
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page
    assert 'id="timeline-chart"' in page and 'id="cumulative-chart"' in page
    assert page.count('<mark class="fig"') >= 20


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it when run as root)")
def test_report_in_headless_chromium(built, tmp_path):
    root, _ = built
    page = root / "data" / "report" / "index.html"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "<title>Prisoner exchanges: report</title>" in dom  # the payloads did not rename the page
    assert "PWNED</title>" not in dom
    assert 'id="timeline-chart"' in dom and 'id="cumulative-chart"' in dom
    assert dom.count('class="fig"') >= 20
    assert "<img" not in dom  # the onerror image stayed text
    shot = REPO / "docs" / "report.png" if os.environ.get("UPDATE_SCREENSHOT") else tmp_path / "report.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([CHROMIUM, *flags, "--window-size=1200,1600", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000


def test_second_run_stops_at_once_naming_the_running_job(tmp_path):
    db = tmp_path / "wh.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from pipeline.locking import writer_lock\n"
         f"with writer_lock(Path({str(db)!r}), 'nightly pipeline_job'):\n    print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--articles", str(SEEDS), "--database", str(db)],
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 75
        assert "nightly pipeline_job" in second.stderr and f"pid {holder.pid}" in second.stderr
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()
    # the lock dies with its holder: the next run goes through
    again = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--articles", str(SEEDS), "--database", str(db)],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr


def test_readers_share_the_lock_and_a_writer_waits_for_them(tmp_path):
    """A run's exports and report read side by side; no one writes while they read, nor reads while one writes."""
    from pipeline.locking import WarehouseBusy, writer_lock

    db = tmp_path / "wh.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from pipeline.locking import writer_lock\n"
         f"with writer_lock(Path({str(db)!r}), 'exports', shared=True):\n    print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with writer_lock(db, "report", shared=True):
            pass  # a second reader goes through
        with pytest.raises(WarehouseBusy, match="being read by another process"):
            with writer_lock(db, "pipeline_job"):
                pass
    finally:
        holder.kill()
        holder.wait()
    with writer_lock(db, "pipeline_job"):
        probe = subprocess.run(
            [sys.executable, "-c",
             "from pathlib import Path; from pipeline.locking import writer_lock\n"
             f"with writer_lock(Path({str(db)!r}), 'report', shared=True):\n    pass"],
            capture_output=True, text=True, timeout=60)
        assert probe.returncode != 0 and "being written by pipeline_job" in probe.stderr


def _tick(folder: Path, cursor: str | None):
    context = dg.build_sensor_context(cursor=cursor, resources={"articles_folder": ArticlesFolder(path=str(folder))})
    requests = list(articles_folder_sensor(context))
    return requests, context.cursor


def test_sensor_requests_one_run_per_new_or_changed_file(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    requests, cursor = _tick(folder, None)
    assert len(requests) == 5 and len({r.run_key for r in requests}) == 5
    requests, cursor = _tick(folder, cursor)
    assert requests == []
    (folder / "new.txt").write_text("Ukraine and Russia exchanged 95 prisoners each.", encoding="utf-8")
    seed = next(folder.glob("001_*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.", encoding="utf-8")
    requests, cursor = _tick(folder, cursor)
    assert sorted(r.tags["articles/changed_file"] for r in requests) == sorted(["new.txt", seed.name])
    assert _tick(folder, cursor)[0] == []
    os.utime(folder / "new.txt", None)  # touched, not changed: no run
    assert _tick(folder, cursor)[0] == []


def test_report_links_at_most_a_few_sources_per_row():
    # a large corpus gives an event thousands of sources; the page fetches and links the first MAX_LINKS
    # and counts the rest
    from pipeline.report import MAX_LINKS, _article_links, _capped

    conn = duckdb.connect()
    conn.execute("create table exchange_events (event_id varchar, article_ids varchar[])")
    ids = [f"{i:016x}" for i in range(MAX_LINKS + 30)]
    conn.execute("insert into exchange_events values ('many', ?), ('few', ?), ('none', null)", [ids, ids[:3]])
    rows = {r[0]: {"article_ids": r[1], "n_article_ids": r[2]}
            for r in conn.execute(f"select event_id, article_ids, n_article_ids from {_capped('exchange_events')}").fetchall()}
    assert rows["many"] == {"article_ids": ids[:MAX_LINKS], "n_article_ids": MAX_LINKS + 30}
    html = _article_links(rows["many"])
    assert html.count("<a ") == MAX_LINKS
    assert html.endswith("and 30 more</span>")
    assert _article_links(rows["few"]).count("<a ") == 3 and "more" not in _article_links(rows["few"])
    assert _article_links(rows["none"]) == ""


def test_every_warehouse_connection_caps_duckdb_memory(tmp_path, monkeypatch):
    # the exports, the report and the checks read through read-only connections; left at DuckDB's
    # default (80% of the machine) they took 3.8 GB at a million articles
    from pipeline.defs.resources import Warehouse

    monkeypatch.setenv("PIPELINE_DUCKDB_MEMORY", "300MB")
    warehouse = Warehouse(path=str(tmp_path / "w.duckdb"))
    with warehouse.connect() as conn:
        writer = conn.execute("select current_setting('memory_limit')").fetchone()[0]
    with warehouse.connect(read_only=True) as conn:
        reader = conn.execute("select current_setting('memory_limit')").fetchone()[0]
    default = duckdb.connect().execute("select current_setting('memory_limit')").fetchone()[0]
    assert reader == writer != default
    assert writer.endswith("MiB") and float(writer.split()[0]) < 300


def test_exports_write_small_row_groups(tmp_path):
    # DuckDB holds a row group per thread while writing; small ones keep the exports under the memory cap
    import pyarrow.parquet as pq

    from pipeline.exports import EXPORT_ROW_GROUP, export_tables

    conn = duckdb.connect()
    conn.execute(f"create table articles as select range as article_id, repeat('x', 100) as body from range({EXPORT_ROW_GROUP * 3})")
    counts = export_tables(conn, tmp_path, tables=["articles"])
    assert counts == {"articles": EXPORT_ROW_GROUP * 3}
    assert pq.ParquetFile(tmp_path / "articles.parquet").num_row_groups >= 3
