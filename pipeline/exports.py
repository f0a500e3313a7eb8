"""Parquet exports of the public tables as immutable versions, so a reader never sees a half-written or mixed file.

Layout under the export folder:
    versions/<version>/<table>.parquet   written once, never modified; the last KEEP_VERSIONS are kept
    LATEST                               the name of the newest complete version (replaced atomically)
    <table>.parquet                      a hard link to the newest version's file (replaced atomically)

A reader that opens a file more than once (Polars reads metadata and pages separately) should pin a
version: `latest_version_dir(folder)` once, then read the tables from there."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import duckdb

PUBLIC_TABLES = [
    "articles", "quarantine", "figures", "exchange_events", "reported_terms", "reported_terms_side_by_side",
    "cumulative_exchanges", "discrepancies", "agreement_fulfilment",
]
KEEP_VERSIONS = 5
EXPORT_ROW_GROUP = 16384


def _replace_atomically(target: Path, write) -> None:
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    write(tmp)
    os.replace(tmp, target)


def export_tables(conn: duckdb.DuckDBPyConnection, out_dir: Path, tables: list[str] = PUBLIC_TABLES) -> dict[str, int]:
    """Write a new version of every table, then publish it; returns row counts."""
    versions = out_dir / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    version = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    staging = versions / f".{version}.partial"
    staging.mkdir()
    counts: dict[str, int] = {}
    for table in tables:
        # the relation API takes the path as a value: no path is spliced into SQL text; table names
        # come from the fixed list above (identifiers cannot be bound as parameters)
        # small row groups: DuckDB holds a row group per thread while it writes one, and 122,880 article
        # bodies (its default) did not fit a 1.2 GB cap at a million articles
        conn.table(table).write_parquet(str(staging / f"{table}.parquet"), row_group_size=EXPORT_ROW_GROUP)
        counts[table] = conn.execute(f"select count(*) from {table}").fetchall()[0][0]
    for f in staging.iterdir():
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())
    final = versions / version
    os.replace(staging, final)  # the version appears complete or not at all
    for table in tables:
        _replace_atomically(out_dir / f"{table}.parquet", lambda tmp, t=table: os.link(final / f"{t}.parquet", tmp))
    _replace_atomically(out_dir / "LATEST", lambda tmp: tmp.write_text(version + "\n"))
    _prune(versions)
    return counts


def _prune(versions: Path) -> None:
    done = sorted(p for p in versions.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in done[:-KEEP_VERSIONS]:
        shutil.rmtree(old, ignore_errors=True)
    for partial in versions.glob(".*.partial"):
        if time.time() - partial.stat().st_mtime > 3600:
            shutil.rmtree(partial, ignore_errors=True)  # left by a run that was killed mid-export


def latest_version_dir(out_dir: Path) -> Path:
    """The folder of the newest complete export; its files never change while it exists."""
    return Path(out_dir) / "versions" / (Path(out_dir) / "LATEST").read_text().strip()
