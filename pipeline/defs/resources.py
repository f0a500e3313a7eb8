"""Resources: the only code that touches the outside (the articles folder and the DuckDB file)."""

import os
from contextlib import ExitStack, contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipeline import config
from pipeline.locking import WarehouseBusy, writer_lock
from pipeline.warehouse import cap_memory, ensure_schema


class ArticlesFolder(dg.ConfigurableResource):
    """The folder of saved articles, searched recursively."""

    path: str

    def root(self) -> Path:
        return config.resolve_path(self.path)


WRITER_WAIT_SECONDS = 1800


class Warehouse(dg.ConfigurableResource):
    """The DuckDB file. One writer at a time: every asset that writes shares the `duckdb_writer` pool."""

    path: str

    @contextmanager
    def connect(self, read_only: bool = False):
        db = config.resolve_path(self.path)
        db.parent.mkdir(parents=True, exist_ok=True)
        if read_only and not db.exists():
            read_only = False
        with ExitStack() as stack:
            # DuckDB lets no other process open the file while one writes, not even to read, so every
            # step takes the lock; steps of one run (processes of the multiprocess executor) queue behind
            # each other, except readers, which share it (the exports and the report run side by side).
            # People and dashboards read the Parquet exports instead.
            try:
                stack.enter_context(writer_lock(db, f"a Dagster run (pid {os.getpid()})", wait_seconds=WRITER_WAIT_SECONDS,
                                                shared=read_only))
            except WarehouseBusy as exc:
                raise dg.Failure(description=str(exc)) from None
            try:
                conn = duckdb.connect(str(db), read_only=read_only)
                cap_memory(conn)  # the exports, the report and the checks read through read-only connections
            except duckdb.IOException as exc:
                raise dg.Failure(
                    description=f"The warehouse {db} is locked by another process. DuckDB allows one writer; "
                    f"wait for it to finish. ({exc})"
                ) from exc
            try:
                if not read_only:
                    ensure_schema(conn)
                yield conn
            finally:
                conn.close()

    def staging_dir(self) -> Path:
        return config.resolve_path(self.path).parent / "staging"

    def export_dir(self) -> Path:
        return config.resolve_path(self.path).parent / "export"

    def report_path(self) -> Path:
        return config.resolve_path(self.path).parent / "report" / "index.html"


def default_resources() -> dict:
    return {
        "articles_folder": ArticlesFolder(path=dg.EnvVar("PIPELINE_ARTICLES_DIR").get_value(config.DEFAULT_ARTICLES_DIR)),
        "warehouse": Warehouse(path=dg.EnvVar("PIPELINE_DUCKDB_PATH").get_value(config.DEFAULT_DUCKDB_PATH)),
    }
