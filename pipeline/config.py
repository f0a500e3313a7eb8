"""Where the pipeline reads articles and writes the warehouse: environment first, then defaults."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_ARTICLES_DIR = "seeds"
DEFAULT_DUCKDB_PATH = "data/warehouse.duckdb"


def articles_dir() -> str:
    return os.environ.get("PIPELINE_ARTICLES_DIR") or DEFAULT_ARTICLES_DIR


def duckdb_path() -> str:
    return os.environ.get("PIPELINE_DUCKDB_PATH") or DEFAULT_DUCKDB_PATH


def resolve_path(path: str) -> Path:
    return Path(path).expanduser().resolve()
