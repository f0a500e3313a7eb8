"""Parquet exports of the public tables, replaced atomically so readers never see a half-written file."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

PUBLIC_TABLES = [
    "articles", "quarantine", "figures", "exchange_events", "reported_terms", "reported_terms_side_by_side",
    "cumulative_exchanges", "discrepancies",
]


def export_tables(conn: duckdb.DuckDBPyConnection, out_dir: Path, tables: list[str] = PUBLIC_TABLES) -> dict[str, int]:
    """Write each table to `<out_dir>/<table>.parquet`: first to a temporary file in the same folder,
    then `os.replace` over the old one, which is atomic on one filesystem."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in tables:
        final = out_dir / f"{table}.parquet"
        tmp = out_dir / f".{table}.parquet.tmp-{os.getpid()}"
        # the relation API takes the path as a value, so no path is ever spliced into SQL text;
        # table names come from the fixed list above (identifiers cannot be bound as parameters)
        conn.table(table).write_parquet(str(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        counts[table] = conn.execute(f"select count(*) from {table}").fetchall()[0][0]
    return counts
