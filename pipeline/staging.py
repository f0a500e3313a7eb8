"""Sharded extraction for scale-out: one shard of the input files to Parquet, never touching DuckDB.

Files are assigned to shards by a stable hash of their path, so any number of workers (Dagster's
multiprocess, Celery, Kubernetes or Docker executors) can stage shards at once; one loader then
writes DuckDB. Each shard keeps its previous output and re-parses only files whose content changed."""
from __future__ import annotations

import os
import shutil
import time
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from pipeline.ingest.reader import READER_VERSION, discover, read_source
from pipeline.models import QuarantineEntry
from pipeline import warehouse
from pipeline.warehouse import BATCH_SIZE, extract_batch, take_file, unchanged_digest

STAGED_TABLES = ["articles", "article_sources", "source_files", "quarantine", "figures", "exchange_mentions", "term_mentions",
                 "article_facts", "extraction_log"]

_ARTICLE_SCHEMA = {
    "article_id": pl.Utf8, "source_path": pl.Utf8, "url": pl.Utf8, "outlet": pl.Utf8, "title": pl.Utf8,
    "published_date": pl.Date, "published_date_source": pl.Utf8, "language": pl.Utf8, "body": pl.Utf8,
    "input_format": pl.Utf8, "encoding": pl.Utf8, "text_latest_date": pl.Date,
}
_SOURCE_SCHEMA = {"source_path": pl.Utf8, "file_path": pl.Utf8, "content_sha256": pl.Utf8, "article_id": pl.Utf8}
_FILE_SCHEMA = {"file_path": pl.Utf8, "content_sha256": pl.Utf8, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}
_QUARANTINE_SCHEMA = {"source_path": pl.Utf8, "file_path": pl.Utf8, "reason": pl.Utf8, "detected_at": pl.Datetime("us")}


@dataclass
class ShardStats:
    shard: int
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    articles: int = 0
    articles_extracted: int = 0
    quarantined: int = 0
    seconds: float = 0.0


def shard_of(path: str, n_shards: int) -> int:
    """Stable shard of a file (its path relative to the articles folder; a JSONL record goes with its file)."""
    return zlib.crc32(path.split("#", 1)[0].encode("utf-8")) % n_shards


def shard_dir(staging: Path, shard: int) -> Path:
    return staging / f"shard={shard:04d}"


# A shard is a folder of parts; each part holds every table's rows for the files it was written for.
# A run that only finds new files adds a part (the other 99% of the shard is not rewritten); a run that
# finds changed or removed files, or a shard with too many parts, rewrites the shard as one part.
MAX_PARTS = 16
_SMALL_TABLES = ["source_files", "article_sources", "quarantine", "extraction_log"]


def part_dirs(shard_directory: Path) -> list[Path]:
    """The parts of a shard, in the order they were written."""
    if not shard_directory.is_dir():
        return []
    return sorted(p for p in shard_directory.iterdir() if p.is_dir() and p.name.startswith("part-"))


def staged_parts(staging: Path, n_shards: int) -> list[Path]:
    """Every part of every shard: what the loader reads."""
    return [p for k in range(n_shards) for p in part_dirs(shard_dir(staging, k))]


def _read_parts(parts: list[Path], tables: list[str], columns: list[str] | None = None, with_part: bool = False) -> dict[str, pl.DataFrame]:
    """Each table's rows over the parts; `with_part` adds the part's name as `_part`."""
    out: dict[str, pl.DataFrame] = {}
    for t in tables:
        frames = [pl.read_parquet(p / f"{t}.parquet", columns=columns).with_columns(pl.lit(p.name).alias("_part")) if with_part
                  else pl.read_parquet(p / f"{t}.parquet", columns=columns)
                  for p in parts if (p / f"{t}.parquet").exists()]
        if frames:
            out[t] = pl.concat(frames, how="diagonal_relaxed")
    return out


def stage_shard(root: Path, shard: int, n_shards: int, staging: Path) -> ShardStats:
    """Parse and extract the files of one shard, reusing what earlier runs staged for unchanged files:
    new files only are written as a new part; changed or removed files, or articles another extractor
    version extracted (they are extracted again from the staged articles), make the shard rewritten whole.
    A shard staged for the first time is written part by part, so its memory does not grow with it."""
    started = time.perf_counter()
    out = shard_dir(staging, shard)
    parts = part_dirs(out)
    if not parts or _reader_version(out) != READER_VERSION:
        # (a shard read by another reader version is read again whole: the reader may now yield more or other articles)
        return _stage_new_shard(root, shard, n_shards, out, started)
    stats = ShardStats(shard)
    previous = _read_parts(parts, _SMALL_TABLES)
    stored = ({r[0]: (r[1], r[2], r[3]) for r in previous["source_files"].select("file_path", "content_sha256", "size_bytes", "mtime_ns").iter_rows()}
              if "source_files" in previous and "mtime_ns" in previous["source_files"].columns else {})
    known = {path: digest for path, (digest, _, _) in stored.items()}
    old_q = {r[0]: (r[2], r[3]) for r in previous["quarantine"].iter_rows()} if "quarantine" in previous else {}
    # articles another extractor version extracted: extracted again (from the staged articles, not read again)
    log = previous.get("extraction_log")
    stale = set(log.filter(pl.col("extractor_version") != warehouse.EXTRACTOR_VERSION).get_column("article_id").to_list()) if log is not None else set()

    articles, sources, files, quarantine = [], [], [], []
    unchanged: set[str] = set()
    seen: set[str] = set()
    for item in discover(root, wanted=lambda rel: shard_of(rel, n_shards) == shard):
        stats.files_seen += 1
        if isinstance(item, QuarantineEntry):
            quarantine.append(item)
            continue
        seen.add(item.rel_path)
        result = read_source(item, skip=lambda rel, digest: known.get(rel) == digest,
                             known_unchanged=lambda f: unchanged_digest(stored, f))
        if result.skipped:
            stats.files_unchanged += 1
            unchanged.add(item.rel_path)
            continue
        stats.files_changed += item.rel_path in known
        stats.files_new += item.rel_path not in known
        take_file(item, result, files, quarantine, articles, sources)
    stats.files_removed = len(set(known) - seen)

    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    q_rows = [(q.source_path, q.source_path.split("#", 1)[0], q.reason,
               old_q[q.source_path][1] if q.source_path in old_q and old_q[q.source_path][0] == q.reason else now) for q in quarantine]
    new_articles = _articles_frame(articles)
    # quarantine entries of files that are not parsed (links, other extensions) are found again each run
    previous_q = {(r[0], r[2]) for r in previous["quarantine"].iter_rows()} if "quarantine" in previous else set()
    kept_q = {(path, reason) for path, file_path, reason, _ in (previous["quarantine"].iter_rows() if "quarantine" in previous else [])
              if file_path in unchanged}
    current_q = kept_q | {(row[0], row[2]) for row in q_rows}
    appendable = (parts and len(parts) < MAX_PARTS and not stats.files_changed and not stats.files_removed and not stale
                  and previous_q <= current_q)
    if appendable:
        if files or current_q != previous_q:  # else nothing is new: the shard stays as it is
            frames = {
                "articles": new_articles.sort("source_path").unique(subset=["article_id"], keep="first", maintain_order=True),
                "article_sources": pl.DataFrame(sources, schema=_SOURCE_SCHEMA, orient="row"),
                "source_files": pl.DataFrame(files, schema=_FILE_SCHEMA, orient="row"),
                "quarantine": pl.DataFrame([r for r in q_rows if (r[0], r[2]) not in previous_q], schema=_QUARANTINE_SCHEMA, orient="row"),
            }
            # every article row of a part has its extracted rows in that part (the loader takes an article's
            # rows from the part whose article row it keeps), so a new save of a known article is extracted again
            todo = frames["articles"]
            frames.update(_extract(todo))
            stats.articles_extracted = todo.height
            _write_part(out, int(parts[-1].name.split("-")[1]) + 1, frames)
    else:
        everything = _read_parts(parts, STAGED_TABLES, with_part=True)

        def keep(table: str, key: str, values: set[str]) -> pl.DataFrame | None:
            frame = everything.get(table)
            return None if frame is None else frame.filter(pl.col(key).is_in(sorted(values)))

        frames = {
            "articles": _concat(_keep_articles(everything, unchanged), new_articles),
            "article_sources": _concat(keep("article_sources", "file_path", unchanged), pl.DataFrame(sources, schema=_SOURCE_SCHEMA, orient="row")),
            "source_files": _concat(keep("source_files", "file_path", unchanged), pl.DataFrame(files, schema=_FILE_SCHEMA, orient="row")),
            "quarantine": _concat(keep("quarantine", "file_path", unchanged), pl.DataFrame(q_rows, schema=_QUARANTINE_SCHEMA, orient="row")),
        }
        frames["articles"] = frames["articles"].sort("source_path").unique(subset=["article_id"], keep="first", maintain_order=True)
        # extraction: reuse the rows of articles that stay, extract the new ones in batches
        kept_ids = set(frames["articles"].get_column("article_id").to_list()) - set(new_articles.get_column("article_id").to_list()) - stale
        todo = frames["articles"].filter(~pl.col("article_id").is_in(sorted(kept_ids)))
        new_rows = _extract(todo)
        # a kept article's extracted rows come from the part of the article row kept (saves of one article
        # in several parts may differ in publication date or title, and so in what was extracted)
        kept_parts = (frames["articles"].filter(pl.col("article_id").is_in(sorted(kept_ids))).select("article_id", "_part")
                      if "_part" in frames["articles"].columns else None)
        for t, f in new_rows.items():
            old = everything.get(t)
            frames[t] = f if old is None or kept_parts is None else pl.concat(
                [old.join(kept_parts, on=["article_id", "_part"], how="semi"), f], how="diagonal_relaxed")
        frames = {t: f.drop("_part", strict=False) for t, f in frames.items()}
        stats.articles_extracted = todo.height
        _write_atomically(out, frames)
    stats.articles = _count_articles(out)
    stats.quarantined = len(current_q)
    stats.seconds = time.perf_counter() - started
    return stats


# A shard staged for the first time is cut into parts of this many articles or more: enough parts to
# bound memory, few enough (MAX_PARTS // 2) to leave room for later runs to append before a rewrite.
PART_ARTICLES = 5000


def _stage_new_shard(root: Path, shard: int, n_shards: int, out: Path, started: float) -> ShardStats:
    """Stage a shard that has no parts yet, a part at a time, written aside and renamed into place whole.
    An article saved in two parts is kept once by the loader, as it is for parts added by later runs."""
    stats = ShardStats(shard)
    items = list(discover(root, wanted=lambda rel: shard_of(rel, n_shards) == shard))
    n_files = sum(not isinstance(item, QuarantineEntry) for item in items)
    per_part = max(PART_ARTICLES, -(-n_files // (MAX_PARTS // 2)))
    tmp = _fresh_aside(out)
    tmp.mkdir(parents=True)
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    articles, sources, files, quarantine = [], [], [], []
    quarantined: set[tuple[str, str]] = set()
    seq = 0

    def write_part() -> None:
        nonlocal seq
        seq += 1
        frames = {
            "articles": _articles_frame(articles).sort("source_path").unique(subset=["article_id"], keep="first", maintain_order=True),
            "article_sources": pl.DataFrame(sources, schema=_SOURCE_SCHEMA, orient="row"),
            "source_files": pl.DataFrame(files, schema=_FILE_SCHEMA, orient="row"),
            "quarantine": pl.DataFrame([(q.source_path, q.source_path.split("#", 1)[0], q.reason, now) for q in quarantine],
                                       schema=_QUARANTINE_SCHEMA, orient="row"),
        }
        frames.update(_extract(frames["articles"]))
        stats.articles_extracted += frames["articles"].height
        quarantined.update((q.source_path, q.reason) for q in quarantine)
        _write_tables(tmp / f"part-{seq:06d}", frames)
        for held in (articles, sources, files, quarantine):
            held.clear()

    for item in items:
        stats.files_seen += 1
        if isinstance(item, QuarantineEntry):
            quarantine.append(item)
            continue
        result = read_source(item)
        stats.files_new += 1
        take_file(item, result, files, quarantine, articles, sources)
        if len(articles) >= per_part:
            write_part()
    if articles or files or quarantine or seq == 0:
        write_part()  # the rest; an empty shard still gets one (empty) part
    (tmp / _READER_VERSION_FILE).write_text(READER_VERSION)
    _swap_in(tmp, out)
    stats.articles = _count_articles(out)
    stats.quarantined = len(quarantined)
    stats.seconds = time.perf_counter() - started
    return stats


_READER_VERSION_FILE = "READER_VERSION"


def _reader_version(shard_directory: Path) -> str | None:
    try:
        return (shard_directory / _READER_VERSION_FILE).read_text().strip()
    except OSError:
        return None


def _extract(todo: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Figures, mentions, terms and the extraction log of these articles, in batches."""
    parts: dict[str, list[pl.DataFrame]] = {}
    rows = todo.select("article_id", "body", "published_date", "language", "title",
                       pl.when(pl.col("input_format") == "telegram").then(pl.col("outlet")).alias("speaker"))  # see _SPEAKER_SQL
    for i in range(0, rows.height, BATCH_SIZE):
        for t, f in extract_batch(rows.slice(i, BATCH_SIZE).iter_rows()).items():
            parts.setdefault(t, []).append(f)
    empty = extract_batch([])
    return {t: pl.concat(parts[t], how="vertical_relaxed") if t in parts else f for t, f in empty.items()}


def _keep_articles(previous: dict[str, pl.DataFrame], unchanged: set[str]) -> pl.DataFrame | None:
    """Articles held by unchanged files (an article's file is known through article_sources)."""
    if "articles" not in previous or "article_sources" not in previous:
        return None
    ids = previous["article_sources"].filter(pl.col("file_path").is_in(sorted(unchanged))).get_column("article_id").unique()
    return previous["articles"].filter(pl.col("article_id").is_in(ids.to_list()))


def _concat(old: pl.DataFrame | None, new: pl.DataFrame) -> pl.DataFrame:
    return new if old is None else pl.concat([old, new], how="diagonal_relaxed")


def _write_tables(directory: Path, frames: dict[str, pl.DataFrame]) -> None:
    directory.mkdir(parents=True)
    for table, frame in frames.items():
        frame.write_parquet(directory / f"{table}.parquet")


def _write_part(out: Path, seq: int, frames: dict[str, pl.DataFrame]) -> None:
    """Add a part to a shard: written aside, then renamed into place (readers never see half a part)."""
    tmp = out / f".part-{seq:06d}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    _write_tables(tmp, frames)
    os.replace(tmp, out / f"part-{seq:06d}")


def _write_atomically(out: Path, frames: dict[str, pl.DataFrame]) -> None:
    """Replace the whole shard with one part."""
    tmp = _fresh_aside(out)
    _write_tables(tmp / "part-000001", frames)
    (tmp / _READER_VERSION_FILE).write_text(READER_VERSION)
    _swap_in(tmp, out)


def _fresh_aside(out: Path) -> Path:
    """An empty place beside the shard to write its new version in."""
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    if tmp.exists():
        shutil.rmtree(tmp)
    return tmp


def _swap_in(tmp: Path, out: Path) -> None:
    """Put the shard written at `tmp` in place of the old one (readers see one or the other)."""
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists():
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)


def _articles_frame(articles: list) -> pl.DataFrame:
    return pl.DataFrame(
        [(a.article_id, a.source_path, a.url, a.outlet, a.title, a.published_date, a.published_date_source, a.language,
          a.body, a.input_format, a.encoding, a.inferred_date_from) for a in articles],
        schema=_ARTICLE_SCHEMA, orient="row",
    )


def _count_articles(out: Path) -> int:
    ids = _read_parts(part_dirs(out), ["articles"], columns=["article_id"])
    return ids["articles"].get_column("article_id").n_unique() if "articles" in ids else 0
