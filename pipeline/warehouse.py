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
from pipeline.ingest.reader import READER_VERSION, read_folder
from pipeline.models import Article, QuarantineEntry
from pipeline.validation import bad_spans

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
DERIVED_TABLES = [
    "exchange_claims", "exchange_events", "reported_terms", "reported_terms_side_by_side", "cumulative_exchanges",
    "agreement_fulfilment", "discrepancies",
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
    size_bytes bigint,
    mtime_ns bigint
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
    mediator varchar,
    stage_ordinal integer,
    stage_in_title boolean,
    deal_reference varchar,
    reference_char_start integer,
    reference_char_end integer,
    referenced_quantity bigint,
    referenced_from date,
    referenced_to date
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
create table if not exists article_facts (
    -- what a whole article says that the derived tables need, found when it is extracted (one row per
    -- article that says any of it), so that no rebuild scans the bodies
    article_id varchar primary key,
    transit_country varchar,          -- where the freed were taken first ("transferred to Belarus")
    captivity_since_years integer[]   -- "held captive since 2014"
);
create table if not exists extraction_log (
    article_id varchar primary key,
    extractor_version varchar not null,
    n_figures integer not null,
    error varchar                     -- why the extractor failed on this article (a bug to report), else NULL
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
    articles_failed: int = 0  # articles the extractor raised on (extraction_log.error): no figures, run goes on
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


SCHEMA_VERSION = "8"
# Tables that are rebuilt from `articles` when the schema changes; articles themselves are kept.
_EXTRACTED_TABLES = ("figures", "exchange_mentions", "term_mentions", "article_facts", "extraction_log")


def cap_memory(conn: duckdb.DuckDBPyConnection) -> None:
    """Cap DuckDB's memory (it spills to disk beyond it), so a large corpus does not take the machine's
    RAM. Every connection needs it, read-only ones too: a connection left at DuckDB's default may use
    80% of the machine."""
    conn.execute("set memory_limit = ?", [os.environ.get("PIPELINE_DUCKDB_MEMORY", "4GB")])
    conn.execute("set enable_progress_bar = false")  # a batch job's log is not a terminal


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables; when the stored schema version differs, drop the extracted tables so
    the next run re-extracts them from the stored articles. Also caps DuckDB's memory."""
    cap_memory(conn)
    conn.execute("create table if not exists pipeline_state (key varchar primary key, value varchar)")
    stored = conn.execute("select value from pipeline_state where key = 'schema_version'").fetchall()
    if stored and stored[0][0] != SCHEMA_VERSION:
        for table in _EXTRACTED_TABLES:
            conn.execute(f"drop table if exists {table}")
    conn.execute(SCHEMA)
    conn.execute("alter table source_files add column if not exists mtime_ns bigint")
    conn.execute("insert or replace into pipeline_state values ('schema_version', ?)", [SCHEMA_VERSION])


def _file_of(source_path: str) -> str:
    return source_path.split("#", 1)[0]


BATCH_SIZE = 2000  # articles held in memory before they are written; bounds memory whatever the corpus size


def take_file(src, result, files: list, quarantine: list, articles: list, sources: list) -> None:
    """Add what one file read holds to the rows being gathered: its file row, quarantine entries,
    articles and (source path, file, record hash, article) rows."""
    files.append((src.rel_path, result.digest, src.size, src.mtime_ns))
    quarantine.extend(result.quarantine)
    for article, record_sha in result.articles:
        articles.append(article)
        sources.append((article.source_path, src.rel_path, record_sha, article.article_id))


def ingest(conn: duckdb.DuckDBPyConnection, root: Path, progress=None) -> IngestStats:
    """Bring the tables in line with the folder: new and changed files are parsed, unchanged ones
    skipped by content hash, and rows of files no longer there removed. One transaction, written in
    batches so memory does not grow with the corpus."""
    started = time.perf_counter()
    stats = IngestStats()
    stored = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "select file_path, content_sha256, size_bytes, mtime_ns from source_files").fetchall()}
    known = {path: digest for path, (digest, _, _) in stored.items()}
    version = conn.execute("select value from pipeline_state where key = 'reader_version'").fetchall()
    reread = bool(stored) and (not version or version[0][0] != READER_VERSION)  # files read by another reader: read all again
    seen: set[str] = set()
    unchanged: set[str] = set()
    quarantined: list[QuarantineEntry] = []
    articles: list[Article] = []
    sources: list[tuple[str, str, str, str]] = []
    files: list[tuple[str, str, int]] = []

    conn.execute("begin transaction")
    try:
        before = conn.execute("select count(*) from articles").fetchall()[0][0]
        added = 0

        def flush() -> None:
            nonlocal added
            added += _write_batch(conn, articles, sources, files)
            articles.clear()
            sources.clear()
            files.clear()

        for src, result in read_folder(root, skip=None if reread else (lambda rel, digest: known.get(rel) == digest),
                                       known_unchanged=None if reread else (lambda f: unchanged_digest(stored, f))):
            stats.files_seen += 1
            if src is None:
                quarantined.extend(result.quarantine)
                continue
            seen.add(src.rel_path)
            if result.skipped:
                stats.files_unchanged += 1
                unchanged.add(src.rel_path)
                continue
            if src.rel_path in known:
                stats.files_changed += 1
                # a changed file's old records go before its new ones come in
                conn.execute("delete from article_sources where file_path = ?", [src.rel_path])
            else:
                stats.files_new += 1
            take_file(src, result, files, quarantined, articles, sources)
            if len(articles) >= BATCH_SIZE:
                flush()
            if progress and stats.files_seen % 10000 == 0:
                progress(f"read {stats.files_seen} files")
        flush()
        removed = sorted(set(known) - seen)
        stats.files_removed = len(removed)
        if removed:
            conn.register("removed_files", pl.DataFrame({"file_path": removed}, schema={"file_path": pl.Utf8}))
            conn.execute("delete from article_sources where file_path in (select file_path from removed_files)")
            conn.execute("delete from source_files where file_path in (select file_path from removed_files)")
            conn.unregister("removed_files")
        _replace_quarantine(conn, quarantined, unchanged)
        # an article lives while any source holds it; its source_path is the first of them
        conn.execute("delete from articles where article_id not in (select article_id from article_sources)")
        conn.execute(
            """
            update articles set source_path = s.first_path, n_sources = s.n
            from (select article_id, min(source_path) as first_path, count(*) as n
                  from article_sources group by article_id) s
            where articles.article_id = s.article_id
              and (articles.source_path <> s.first_path or articles.n_sources is distinct from s.n)
            """
        )
        _fault_point("articles")
        after = conn.execute("select count(*) from articles").fetchall()[0][0]
        conn.execute("insert or replace into pipeline_state values ('reader_version', ?)", [READER_VERSION])
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    stats.articles_total = after
    stats.articles_added = added
    stats.articles_removed = before + added - after
    stats.quarantined = conn.execute("select count(*) from quarantine").fetchall()[0][0]
    for reason, n in conn.execute(
        "select split_part(split_part(reason, ' (', 1), ':', 1)[:60], count(*) from quarantine group by 1 order by 1"
    ).fetchall():
        stats.quarantine_reasons[reason] = n
    stats.seconds = time.perf_counter() - started
    return stats


def unchanged_digest(stored: dict[str, tuple], src) -> str | None:
    """The stored hash of a file whose size and modification time are what they were: such a file
    is not read again. Any other file is read and its content hash decides whether it is parsed."""
    known = stored.get(src.rel_path)
    if known and known[1] == src.size and known[2] == src.mtime_ns and src.mtime_ns:
        return known[0]
    return None


def _write_batch(conn, articles: list[Article], sources: list[tuple], files: list[tuple]) -> int:
    """Write one batch of parsed files; returns how many articles were new to the table."""
    inserted = 0
    if sources:
        frame = pl.DataFrame(sources, schema=["source_path", "file_path", "content_sha256", "article_id"], orient="row")
        conn.register("src_frame", frame.unique(subset=["source_path"], keep="first"))
        conn.execute("insert or replace into article_sources select * from src_frame")
        conn.unregister("src_frame")
    if files:
        frame = pl.DataFrame(files, schema={"file_path": pl.Utf8, "content_sha256": pl.Utf8, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}, orient="row")
        conn.register("file_frame", frame)
        conn.execute("insert or replace into source_files select * from file_frame")
        conn.unregister("file_frame")
    if articles:
        rows: dict[str, Article] = {}
        for a in sorted(articles, key=lambda a: a.source_path):
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
        inserted = conn.execute(
            f"insert into articles select {', '.join(_ARTICLE_COLS)}, 0 from art_frame "
            "where article_id not in (select article_id from articles)"
        ).fetchall()[0][0]
        conn.unregister("art_frame")
    return inserted


def _replace_quarantine(conn, entries: list[QuarantineEntry], unchanged: set[str]) -> None:
    """Quarantine holds what the folder holds now: this run's entries, plus the old entries of files
    skipped as unchanged (a JSONL file's broken line stays listed). An entry keeps its first detection
    time while its reason stays the same."""
    current = {q.source_path: q for q in entries}
    old = {r[0]: (r[1], r[2]) for r in conn.execute("select source_path, reason, detected_at from quarantine").fetchall()}
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    rows = [(p, _file_of(p), q.reason, old[p][1] if p in old and old[p][0] == q.reason else now) for p, q in sorted(current.items())]
    rows += [(p, _file_of(p), reason, at) for p, (reason, at) in sorted(old.items()) if p not in current and _file_of(p) in unchanged]
    conn.execute("delete from quarantine")
    if rows:
        frame = pl.DataFrame(rows, schema={"source_path": pl.Utf8, "file_path": pl.Utf8, "reason": pl.Utf8, "detected_at": pl.Datetime("us")}, orient="row")
        conn.register("q_frame", frame)
        conn.execute("insert into quarantine select * from q_frame")
        conn.unregister("q_frame")


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
    "stage_ordinal": pl.Int32, "stage_in_title": pl.Boolean, "deal_reference": pl.Utf8, "reference_char_start": pl.Int32, "reference_char_end": pl.Int32,
    "referenced_quantity": pl.Int64, "referenced_from": pl.Date, "referenced_to": pl.Date,
}
_TERM_SCHEMA = {
    "article_id": pl.Utf8, "term": pl.Utf8, "detail": pl.Utf8, "agreement_date": pl.Date, "claimant": pl.Utf8,
    "char_start": pl.Int32, "char_end": pl.Int32, "sentence": pl.Utf8,
}


_FACTS_SCHEMA = {"article_id": pl.Utf8, "transit_country": pl.Utf8, "captivity_since_years": pl.List(pl.Int32)}
_LOG_SCHEMA = {"article_id": pl.Utf8, "extractor_version": pl.Utf8, "n_figures": pl.Int64, "error": pl.Utf8}


# who publishes an article's text itself, and so claims what it attributes to no one: a Telegram channel
_SPEAKER_SQL = "case when input_format = 'telegram' then outlet end as speaker"


def extract_batch(rows) -> dict[str, pl.DataFrame]:
    """Extract a batch of (article_id, body, published_date, language, title[, speaker]) rows into one frame
    per extracted table (`speaker`: see `_SPEAKER_SQL`). Pure: the partitioned path writes these frames to
    Parquet, the simple path to DuckDB."""
    figure_rows: list[dict] = []
    mention_rows: list[dict] = []
    term_rows: list[dict] = []
    fact_rows: list[tuple[str, str | None, list[int]]] = []
    counts: list[tuple[str, str, int, str | None]] = []
    for article_id, body, published, language, title, *speaker in rows:
        try:
            result = extract_article(article_id, body, published, language, title, speaker[0] if speaker else None)
        except Exception as exc:  # noqa: BLE001 - one article the extractor cannot handle must not stop the run
            # (its row says why; the article stays in `articles`, and the next extractor version tries it again)
            counts.append((article_id, EXTRACTOR_VERSION, 0, f"{type(exc).__name__}: {exc}"[:500]))
            continue
        figure_rows.extend(f.model_dump() for f in result.figures)
        mention_rows.extend(m.model_dump() for m in result.mentions)
        term_rows.extend(t.model_dump() for t in result.terms)
        if result.transit_country or result.captivity_since_years:
            fact_rows.append((article_id, result.transit_country, result.captivity_since_years))
        counts.append((article_id, EXTRACTOR_VERSION, len(result.figures), None))
    return {
        "figures": pl.DataFrame(figure_rows, schema=_FIGURE_SCHEMA),
        "exchange_mentions": pl.DataFrame(mention_rows, schema=_MENTION_SCHEMA),
        "term_mentions": pl.DataFrame(term_rows, schema=_TERM_SCHEMA),
        "article_facts": pl.DataFrame(fact_rows, schema=_FACTS_SCHEMA, orient="row"),
        "extraction_log": pl.DataFrame(counts, schema=_LOG_SCHEMA, orient="row"),
    }


_TABLE_SCHEMAS = {"figures": _FIGURE_SCHEMA, "exchange_mentions": _MENTION_SCHEMA, "term_mentions": _TERM_SCHEMA,
                  "article_facts": _FACTS_SCHEMA}


def insert_frames(conn: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
    for table, frame in frames.items():
        if frame.is_empty():
            continue
        conn.register("batch_frame", frame)
        columns = ", ".join(_TABLE_SCHEMAS.get(table, frame.schema))
        conn.execute(f"insert into {table} ({columns}) select {columns} from batch_frame")
        conn.unregister("batch_frame")


def extract_figures(conn: duckdb.DuckDBPyConnection, progress=None) -> ExtractStats:
    """Extract figures for articles not yet extracted by this extractor version, in batches (memory does
    not grow with the corpus); drop the rows of removed articles. One transaction."""
    started = time.perf_counter()
    stats = ExtractStats()
    todo = [r[0] for r in conn.execute(
        """
        select article_id from articles
        where article_id not in (select article_id from extraction_log where extractor_version = ?)
        order by article_id
        """,
        [EXTRACTOR_VERSION],
    ).fetchall()]
    conn.execute("begin transaction")
    try:
        for table in _EXTRACTED_TABLES:
            conn.execute(f"delete from {table} where article_id not in (select article_id from articles)")
        for i in range(0, len(todo), BATCH_SIZE):
            ids = pl.DataFrame({"article_id": todo[i : i + BATCH_SIZE]}, schema={"article_id": pl.Utf8})
            conn.register("batch_ids", ids)
            for table in _EXTRACTED_TABLES:
                conn.execute(f"delete from {table} where article_id in (select article_id from batch_ids)")
            rows = conn.execute(
                f"select article_id, body, published_date, language, title, {_SPEAKER_SQL} from articles "
                "where article_id in (select article_id from batch_ids) order by article_id"
            ).fetchall()
            conn.unregister("batch_ids")
            insert_frames(conn, extract_batch(rows))
            if progress and len(todo) > BATCH_SIZE:
                progress(f"extracted {min(i + BATCH_SIZE, len(todo))}/{len(todo)} articles")
        _fault_point("figures")
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    stats.articles_extracted = len(todo)
    stats.articles_skipped = conn.execute("select count(*) from articles").fetchall()[0][0] - len(todo)
    stats.figures_total = conn.execute("select count(*) from figures").fetchall()[0][0]
    stats.figures_by_kind = dict(conn.execute("select kind, count(*) from figures group by kind order by kind").fetchall())
    stats.articles_failed = conn.execute("select count(*) from extraction_log where error is not null").fetchall()[0][0]
    stats.seconds = time.perf_counter() - started
    return stats


# the staged files are a bound parameter; only fixed SQL is formatted into the statements
_READ_STAGED = "read_parquet(?, union_by_name = true, hive_partitioning = false)"


def load_staged(conn: duckdb.DuckDBPyConnection, parts: list[Path], span_errors: list | None = None) -> dict[str, int]:
    """Bring the base tables in line with the staged shards, in one transaction (the single writer of
    the scale-out path; `parts` are the folders of `staging.staged_parts`). Only what changed is rewritten: the articles of files that are new, changed or
    removed since the last load, and those extracted by another extractor version; the small file and
    quarantine tables are replaced whole. An article found in several shards is kept once, at its first
    path; quarantine entries keep the detection time the shards recorded. `span_errors`, when given, receives
    the figures of the articles written by this load whose spans do not slice their body to their text
    (the rows it leaves alone were checked by the load that wrote them)."""
    def files(table: str) -> list[str]:
        return [str(d / f"{table}.parquet") for d in parts if (d / f"{table}.parquet").exists()]

    conn.execute("begin transaction")
    try:
        if not files("articles"):
            for table in ("article_sources", "source_files", "articles", "quarantine", *_EXTRACTED_TABLES):
                conn.execute(f"delete from {table}")
            conn.execute("commit")
            return {}
        for table in ("article_sources", "source_files", "extraction_log"):
            columns = {"article_sources": "source_path, file_path, content_sha256, article_id",
                       "source_files": "file_path, content_sha256, size_bytes, mtime_ns",
                       "extraction_log": "article_id, extractor_version, n_figures"}[table]
            conn.execute(f"create or replace temp table staged_{table} as select distinct {columns} from {_READ_STAGED}", [files(table)])
        # the articles to rewrite: those of files whose content differs between the warehouse and the
        # shards (new, changed, removed), and those whose staged extraction is another version's
        conn.execute("""
            create or replace temp table changed_files as
            select file_path from (select file_path, content_sha256 from staged_source_files
                                   except select file_path, content_sha256 from source_files)
            union
            select file_path from (select file_path, content_sha256 from source_files
                                   except select file_path, content_sha256 from staged_source_files)
        """)
        conn.execute("""
            create or replace temp table affected as
            select article_id from staged_article_sources where file_path in (select file_path from changed_files)
            union
            select article_id from article_sources where file_path in (select file_path from changed_files)
            union
            select article_id from (select article_id, extractor_version from staged_extraction_log
                                    except select article_id, extractor_version from extraction_log)
        """)
        # the file tables are brought in line row by row, not rewritten: a run that adds 1% of the files
        # changes 1% of their rows, and its commit writes that much (a rewrite cost seconds at 100,000 files)
        for table, columns in (("article_sources", "source_path, file_path, content_sha256, article_id"),
                               ("source_files", "file_path, content_sha256, size_bytes, mtime_ns")):
            conn.execute(f"delete from {table} where ({columns}) not in (select ({columns}) from staged_{table})")
            conn.execute(f"insert into {table} ({columns}) select {columns} from staged_{table} "
                         f"except select {columns} from {table}")
        conn.execute("delete from quarantine")
        conn.execute("insert into quarantine (source_path, file_path, reason, detected_at) "
                     f"select source_path, file_path, reason, detected_at from {_READ_STAGED}", [files("quarantine")])
        for table in ("articles", *_EXTRACTED_TABLES):
            conn.execute(f"delete from {table} where article_id in (select article_id from affected)")
        # each article once, with its first path and its number of saves over all shards, in one insert
        # (an article whose saves change is among the affected, so no row is updated afterwards)
        conn.execute(
            f"""
            insert into articles
            select a.* replace (coalesce(s.first_path, a.source_path) as source_path), coalesce(s.n, 1)
            from (
                select {', '.join(_ARTICLE_COLS)} from {_READ_STAGED}
                where article_id in (select article_id from affected)
                qualify row_number() over (partition by article_id order by source_path) = 1
            ) a
            left join (select article_id, min(source_path) as first_path, count(*) as n
                       from staged_article_sources group by article_id) s using (article_id)
            """,
            [files("articles")],
        )
        # an article saved more than once may have been extracted in several parts, with the publication
        # date or title of each save: its rows come from the part that holds the article row kept above
        conn.execute(
            "create or replace temp table chosen_parts as "
            "select article_id, parse_dirpath(filename) as part "
            "from read_parquet(?, union_by_name = true, hive_partitioning = false, filename = true) "
            "where article_id in (select article_id from affected) "
            "qualify row_number() over (partition by article_id order by source_path) = 1",
            [files("articles")],
        )
        for table, schema in {**_TABLE_SCHEMAS, "extraction_log": _LOG_SCHEMA}.items():
            if files(table):
                columns = ", ".join(schema)
                conn.execute(
                    f"insert into {table} ({columns}) select {columns} "
                    "from read_parquet(?, union_by_name = true, hive_partitioning = false, filename = true) t "
                    "where (t.article_id, parse_dirpath(t.filename)) in (select (article_id, part) from chosen_parts)",
                    [files(table)],
                )
        if span_errors is not None:
            span_errors.extend(bad_spans(conn, only_articles_in="affected"))
        _fault_point("staged")
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    return {table: conn.execute(f"select count(*) from {table}").fetchall()[0][0] for table in ("articles", "quarantine", *_EXTRACTED_TABLES)}


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
