"""DuckDB storage: the schema, idempotent incremental loads, and the derived tables built from sql/."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from pipeline.extract import EXTRACTOR_VERSION, extract_article
from pipeline.ingest.reader import read_folder
from pipeline.models import Article, QuarantineEntry

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
DERIVED_TABLES = [
    "exchange_claims", "exchange_events", "reported_terms", "reported_terms_side_by_side", "cumulative_exchanges", "discrepancies",
    "agreement_fulfilment",
]

SCHEMA = """
create table if not exists articles (
    article_id varchar primary key,
    source_path varchar not null,
    url varchar,
    outlet varchar,
    title varchar,
    published_date date,
    published_date_source varchar,
    language varchar,
    body varchar not null,
    input_format varchar,
    encoding varchar,
    text_latest_date date,
    n_sources integer
);
create table if not exists article_sources (
    source_path varchar primary key,
    file_path varchar not null,
    content_sha256 varchar not null,
    article_id varchar not null
);
create table if not exists source_files (
    file_path varchar primary key,
    content_sha256 varchar not null,
    size_bytes bigint
);
create table if not exists quarantine (
    source_path varchar primary key,
    file_path varchar not null,
    reason varchar not null,
    detected_at timestamp not null
);
create table if not exists figures (
    figure_id varchar primary key,
    article_id varchar not null,
    value bigint not null,
    value_high bigint,
    qualifier varchar not null,
    kind varchar not null,
    side varchar not null,
    scope varchar,
    status varchar,
    subject varchar,
    claimant varchar,
    event_date date,
    event_date_from date,
    event_date_precision varchar,
    since_date date,
    agreement_date date,
    is_breakdown boolean not null,
    is_additional boolean not null,
    char_start integer not null,
    char_end integer not null,
    text varchar not null,
    sentence varchar not null,
    sentence_start integer not null
);
create table if not exists exchange_mentions (
    article_id varchar not null,
    category varchar not null,
    status varchar not null,
    event_date date not null,
    event_date_from date,
    char_start integer not null,
    char_end integer not null,
    sentence varchar not null,
    ordinal integer,
    mediator varchar
);
create table if not exists term_mentions (
    article_id varchar not null,
    term varchar not null,
    detail varchar not null,
    agreement_date date,
    claimant varchar,
    char_start integer not null,
    char_end integer not null,
    sentence varchar not null
);
create table if not exists extraction_log (
    article_id varchar primary key,
    extractor_version varchar not null,
    n_figures integer not null
);
"""

_ARTICLE_COLS = [
    "article_id", "source_path", "url", "outlet", "title", "published_date", "published_date_source",
    "language", "body", "input_format", "encoding", "text_latest_date",
]


@dataclass
class IngestStats:
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    articles_total: int = 0
    articles_added: int = 0
    articles_removed: int = 0
    quarantined: int = 0
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class ExtractStats:
    articles_extracted: int = 0
    articles_skipped: int = 0
    figures_total: int = 0
    figures_by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _fault_point(name: str) -> None:
    """Fault injection for the crash-safety tests: with PIPELINE_FAULT_AT=<name> the process stops
    here, inside the open transaction, and waits to be killed (it writes PIPELINE_FAULT_MARKER first)."""
    if os.environ.get("PIPELINE_FAULT_AT") != name:
        return
    marker = os.environ.get("PIPELINE_FAULT_MARKER")
    if marker:
        Path(marker).write_text(name)
    time.sleep(600)


def connect(path: str | Path) -> duckdb.DuckDBPyConnection:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(path))
    ensure_schema(conn)
    return conn


SCHEMA_VERSION = "4"
# Tables that are rebuilt from `articles` when the schema changes; articles themselves are kept.
_EXTRACTED_TABLES = ("figures", "exchange_mentions", "term_mentions", "extraction_log")


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables; when the stored schema version differs, drop the extracted tables so
    the next run re-extracts them from the stored articles."""
    conn.execute("create table if not exists pipeline_state (key varchar primary key, value varchar)")
    stored = conn.execute("select value from pipeline_state where key = 'schema_version'").fetchall()
    if stored and stored[0][0] != SCHEMA_VERSION:
        for table in _EXTRACTED_TABLES:
            conn.execute(f"drop table if exists {table}")
    conn.execute(SCHEMA)
    conn.execute("insert or replace into pipeline_state values ('schema_version', ?)", [SCHEMA_VERSION])


def _file_of(source_path: str) -> str:
    return source_path.split("#", 1)[0]


def ingest(conn: duckdb.DuckDBPyConnection, root: Path, progress=None) -> IngestStats:
    """Bring the tables in line with the folder: new and changed files are parsed, unchanged ones
    skipped by content hash, and rows of files no longer there removed. One transaction."""
    started = time.perf_counter()
    stats = IngestStats()
    known = dict(conn.execute("select file_path, content_sha256 from source_files").fetchall())
    seen_files: dict[str, tuple[str, int]] = {}
    new_articles: list[Article] = []
    new_sources: list[tuple[str, str, str, str]] = []
    quarantined: list[QuarantineEntry] = []
    changed_files: set[str] = set()

    for src, result in read_folder(root, skip=lambda rel, digest: known.get(rel) == digest):
        stats.files_seen += 1
        if src is None:
            quarantined.extend(result.quarantine)
            continue
        seen_files[src.rel_path] = (result.digest, src.size)
        if result.skipped:
            stats.files_unchanged += 1
            continue
        if src.rel_path in known:
            stats.files_changed += 1
        else:
            stats.files_new += 1
        changed_files.add(src.rel_path)
        quarantined.extend(result.quarantine)
        for article, record_sha in result.articles:
            new_articles.append(article)
            new_sources.append((article.source_path, src.rel_path, record_sha, article.article_id))
        if progress and stats.files_seen % 1000 == 0:
            progress(f"read {stats.files_seen} files")
    removed_files = set(known) - set(seen_files)
    stats.files_removed = len(removed_files)
    stale_files = removed_files | changed_files

    conn.execute("begin transaction")
    try:
        ids_before = {r[0] for r in conn.execute("select article_id from articles").fetchall()}
        if stale_files:
            conn.register("stale_files", pl.DataFrame({"file_path": sorted(stale_files)}, schema={"file_path": pl.Utf8}))
            conn.execute("delete from article_sources where file_path in (select file_path from stale_files)")
            conn.execute("delete from source_files where file_path in (select file_path from stale_files)")
            conn.unregister("stale_files")
        # quarantine is rebuilt for what is being looked at now; an entry keeps its first detection time
        current_q = {q.source_path: q for q in quarantined}
        old_q = {r[0]: (r[1], r[2]) for r in conn.execute("select source_path, reason, detected_at from quarantine").fetchall()}
        unchanged_files = set(seen_files) - changed_files
        keep_q = {p for p in old_q if _file_of(p) in unchanged_files and p not in current_q}
        now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        q_rows = [
            (p, _file_of(p), q.reason, old_q[p][1] if p in old_q and old_q[p][0] == q.reason else now)
            for p, q in sorted(current_q.items())
        ]
        conn.execute("delete from quarantine")
        if q_rows or keep_q:
            frame = pl.DataFrame(
                q_rows + [(p, _file_of(p), old_q[p][0], old_q[p][1]) for p in sorted(keep_q)],
                schema={"source_path": pl.Utf8, "file_path": pl.Utf8, "reason": pl.Utf8, "detected_at": pl.Datetime("us")},
                orient="row",
            )
            conn.register("q_frame", frame)
            conn.execute("insert into quarantine select * from q_frame")
            conn.unregister("q_frame")
        if new_sources:
            frame = pl.DataFrame(new_sources, schema=["source_path", "file_path", "content_sha256", "article_id"], orient="row")
            conn.register("src_frame", frame.unique(subset=["source_path"], keep="first"))
            conn.execute("insert or replace into article_sources select * from src_frame")
            conn.unregister("src_frame")
        if changed_files:
            frame = pl.DataFrame(
                [(f, seen_files[f][0], seen_files[f][1]) for f in sorted(changed_files)],
                schema={"file_path": pl.Utf8, "content_sha256": pl.Utf8, "size_bytes": pl.Int64}, orient="row",
            )
            conn.register("file_frame", frame)
            conn.execute("insert or replace into source_files select * from file_frame")
            conn.unregister("file_frame")
        if new_articles:
            rows = {}
            for a in sorted(new_articles, key=lambda a: a.source_path):
                rows.setdefault(a.article_id, a)
            frame = pl.DataFrame(
                [
                    (a.article_id, a.source_path, a.url, a.outlet, a.title, a.published_date, a.published_date_source,
                     a.language, a.body, a.input_format, a.encoding, a.inferred_date_from)
                    for a in rows.values()
                ],
                schema={c: (pl.Date if c in ("published_date", "text_latest_date") else pl.Utf8) for c in _ARTICLE_COLS},
                orient="row",
            )
            conn.register("art_frame", frame)
            conn.execute(
                f"insert into articles select {', '.join(_ARTICLE_COLS)}, 0 from art_frame "
                "where article_id not in (select article_id from articles)"
            )
            conn.unregister("art_frame")
        # an article lives while any source holds it; its source_path is the first of them
        conn.execute("delete from articles where article_id not in (select article_id from article_sources)")
        conn.execute(
            """
            update articles set source_path = s.first_path, n_sources = s.n
            from (select article_id, min(source_path) as first_path, count(*) as n
                  from article_sources group by article_id) s
            where articles.article_id = s.article_id
            """
        )
        _fault_point("articles")
        ids_after = {r[0] for r in conn.execute("select article_id from articles").fetchall()}
        after = len(ids_after)
        added_ids, removed_ids = ids_after - ids_before, ids_before - ids_after
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    stats.articles_total = after
    stats.articles_added = len(added_ids)
    stats.articles_removed = len(removed_ids)
    stats.quarantined = conn.execute("select count(*) from quarantine").fetchall()[0][0]
    for (reason,) in conn.execute("select reason from quarantine").fetchall():
        key = reason.split(" (")[0].split(":")[0][:60]
        stats.quarantine_reasons[key] = stats.quarantine_reasons.get(key, 0) + 1
    stats.seconds = time.perf_counter() - started
    return stats


_FIGURE_SCHEMA = {
    "figure_id": pl.Utf8, "article_id": pl.Utf8, "value": pl.Int64, "value_high": pl.Int64, "qualifier": pl.Utf8,
    "kind": pl.Utf8, "side": pl.Utf8, "scope": pl.Utf8, "status": pl.Utf8, "subject": pl.Utf8, "claimant": pl.Utf8,
    "event_date": pl.Date, "event_date_from": pl.Date, "event_date_precision": pl.Utf8, "since_date": pl.Date,
    "agreement_date": pl.Date, "is_breakdown": pl.Boolean, "is_additional": pl.Boolean, "char_start": pl.Int32, "char_end": pl.Int32, "text": pl.Utf8, "sentence": pl.Utf8,
    "sentence_start": pl.Int32,
}
_MENTION_SCHEMA = {
    "article_id": pl.Utf8, "category": pl.Utf8, "status": pl.Utf8, "event_date": pl.Date, "event_date_from": pl.Date,
    "char_start": pl.Int32, "char_end": pl.Int32, "sentence": pl.Utf8, "ordinal": pl.Int32, "mediator": pl.Utf8,
}
_TERM_SCHEMA = {
    "article_id": pl.Utf8, "term": pl.Utf8, "detail": pl.Utf8, "agreement_date": pl.Date, "claimant": pl.Utf8,
    "char_start": pl.Int32, "char_end": pl.Int32, "sentence": pl.Utf8,
}


def extract_figures(conn: duckdb.DuckDBPyConnection, progress=None) -> ExtractStats:
    """Extract figures for articles not yet extracted by this extractor version; drop those of removed articles."""
    started = time.perf_counter()
    stats = ExtractStats()
    todo = conn.execute(
        """
        select article_id, body, published_date, language from articles
        where article_id not in (select article_id from extraction_log where extractor_version = ?)
        order by article_id
        """,
        [EXTRACTOR_VERSION],
    ).fetchall()
    figure_rows: list[dict] = []
    mention_rows: list[dict] = []
    term_rows: list[dict] = []
    counts: list[tuple[str, str, int]] = []
    for i, (article_id, body, published, language) in enumerate(todo, start=1):
        result = extract_article(article_id, body, published, language)
        figure_rows.extend(f.model_dump() for f in result.figures)
        mention_rows.extend(m.model_dump() for m in result.mentions)
        term_rows.extend(t.model_dump() for t in result.terms)
        counts.append((article_id, EXTRACTOR_VERSION, len(result.figures)))
        if progress and i % 1000 == 0:
            progress(f"extracted {i}/{len(todo)} articles")
    conn.execute("begin transaction")
    try:
        for table in _EXTRACTED_TABLES:
            conn.execute(f"delete from {table} where article_id not in (select article_id from articles)")
        if todo:
            conn.register("todo_ids", pl.DataFrame({"article_id": [t[0] for t in todo]}, schema={"article_id": pl.Utf8}))
            for table in _EXTRACTED_TABLES:
                conn.execute(f"delete from {table} where article_id in (select article_id from todo_ids)")
            conn.unregister("todo_ids")
        if figure_rows:
            conn.register("fig_frame", pl.DataFrame(figure_rows, schema=_FIGURE_SCHEMA))
            conn.execute(f"insert into figures select {', '.join(_FIGURE_SCHEMA)} from fig_frame")
            conn.unregister("fig_frame")
        if mention_rows:
            conn.register("men_frame", pl.DataFrame(mention_rows, schema=_MENTION_SCHEMA))
            conn.execute(f"insert into exchange_mentions select {', '.join(_MENTION_SCHEMA)} from men_frame")
            conn.unregister("men_frame")
        if term_rows:
            conn.register("term_frame", pl.DataFrame(term_rows, schema=_TERM_SCHEMA))
            conn.execute(f"insert into term_mentions select {', '.join(_TERM_SCHEMA)} from term_frame")
            conn.unregister("term_frame")
        if counts:
            conn.register("log_frame", pl.DataFrame(counts, schema=["article_id", "extractor_version", "n_figures"], orient="row"))
            conn.execute("insert into extraction_log select * from log_frame")
            conn.unregister("log_frame")
        _fault_point("figures")
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    stats.articles_extracted = len(todo)
    stats.articles_skipped = conn.execute("select count(*) from articles").fetchall()[0][0] - len(todo)
    stats.figures_total = conn.execute("select count(*) from figures").fetchall()[0][0]
    stats.figures_by_kind = dict(conn.execute("select kind, count(*) from figures group by kind order by kind").fetchall())
    stats.seconds = time.perf_counter() - started
    return stats


def derived_sql(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def build_derived(conn: duckdb.DuckDBPyConnection, name: str) -> int:
    """Rebuild one derived table from its SQL file, atomically (readers see the old or the new table)."""
    sql = derived_sql(name).strip().rstrip(";")
    conn.execute("begin transaction")
    try:
        conn.execute(f"create or replace table {name} as {sql}")
        _fault_point(f"derived:{name}")
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    return conn.execute(f"select count(*) from {name}").fetchall()[0][0]
