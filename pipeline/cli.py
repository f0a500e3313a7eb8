"""Command line: `pipeline run` materializes every asset in-process and prints a summary."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time


def _run(args: argparse.Namespace) -> int:
    if args.articles:
        os.environ["PIPELINE_ARTICLES_DIR"] = args.articles
    if args.database:
        os.environ["PIPELINE_DUCKDB_PATH"] = args.database
    started = time.perf_counter()
    import dagster as dg

    from pipeline import config
    from pipeline.defs.assets import all_assets
    from pipeline.defs.resources import ArticlesFolder, Warehouse
    from pipeline.locking import WarehouseBusy, writer_lock

    articles_dir, db_path = config.articles_dir(), config.duckdb_path()
    print(f"pipeline: articles from {config.resolve_path(articles_dir)}", flush=True)
    print(f"pipeline: warehouse at {config.resolve_path(db_path)}", flush=True)
    try:
        # held for the whole run, so a second `pipeline run` stops at once instead of failing mid-way
        with writer_lock(config.resolve_path(db_path), f"`pipeline run` on {config.resolve_path(articles_dir)}"):
            result = dg.materialize(
                all_assets,
                resources={"articles_folder": ArticlesFolder(path=articles_dir), "warehouse": Warehouse(path=db_path)},
                raise_on_error=False,
                # the stages' own progress lines are INFO; Dagster's per-event chatter is DEBUG and stays out
                run_config={"loggers": {"console": {"config": {"log_level": "DEBUG" if args.verbose else "INFO"}}}},
            )
    except WarehouseBusy as exc:
        print(f"pipeline: {exc}", file=sys.stderr)
        return 75  # EX_TEMPFAIL: try again later
    return _summary(result, started)


def _summary(result, started: float) -> int:
    elapsed = time.perf_counter() - started
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(f"pipeline: FAILED in {event.step_key}: {event.event_specific_data.error.message.strip() if getattr(event.event_specific_data, 'error', None) else event.message}", file=sys.stderr)
        return 1
    meta = {}
    for mat in result.get_asset_materialization_events():
        m = mat.event_specific_data.materialization
        meta[m.asset_key.to_user_string()] = {k: v.value for k, v in m.metadata.items()}
    checks = [e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    arts = meta.get("articles", {})
    figs = meta.get("figures", {})
    print("")
    print("Summary")
    print(f"  files read        {arts.get('files_seen', 0)} ({arts.get('files_new', 0)} new, {arts.get('files_changed', 0)} changed, "
          f"{arts.get('files_unchanged', 0)} unchanged, {arts.get('files_removed', 0)} removed)")
    print(f"  articles          {arts.get('row_count', 0)}")
    print(f"  quarantined       {meta.get('quarantine', {}).get('row_count', 0)}")
    print(f"  figures           {figs.get('row_count', 0)} (extracted from {figs.get('articles_extracted', 0)} new or changed articles)")
    for name in ("exchange_events", "reported_terms", "cumulative_exchanges", "discrepancies"):
        print(f"  {name:<17} {meta.get(name, {}).get('row_count', 0)} rows")
    failed = [c for c in checks if not c.passed]
    print(f"  checks            {len(checks) - len(failed)}/{len(checks)} passed"
          + ("".join(f"\n    ! {c.check_name} ({c.severity.value.lower()})" for c in failed) if failed else ""))
    print(f"  time              {elapsed:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pipeline", description="Prisoner-exchange news → DuckDB tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest the articles folder and build every table")
    run.add_argument("--articles", help="folder of articles (default: $PIPELINE_ARTICLES_DIR or seeds/)")
    run.add_argument("--database", help="DuckDB file (default: $PIPELINE_DUCKDB_PATH or data/warehouse.duckdb)")
    run.add_argument("--verbose", action="store_true", help="show Dagster's event log")
    run.set_defaults(func=_run)
    bench = sub.add_parser("bench", help="measure throughput: extraction alone, or the whole pipeline on N synthetic articles")
    bench.add_argument("--articles", type=int, default=None, help="generate N articles and run the scale-out pipeline on them")
    bench.add_argument("--seed", type=int, default=7, help="corpus seed (the same seed writes the same corpus)")
    bench.add_argument("--shards", type=int, default=8, help="shards of the scale-out job (PIPELINE_SHARDS)")
    bench.add_argument("--folder", default="seeds", help="articles for the extraction-only benchmark")
    bench.add_argument("--repeat", type=int, default=400, help="passes over --folder for the extraction-only benchmark")
    bench.set_defaults(func=_bench)
    cmp = sub.add_parser("compare-events", help="compare exchange_events with a hand-made events.json")
    cmp.add_argument("--events", required=True)
    cmp.add_argument("--database", default=None)
    cmp.set_defaults(func=_compare_events)
    args = parser.parse_args(argv)
    return args.func(args)


def _compare_events(args: argparse.Namespace) -> int:
    import duckdb

    from pipeline import config
    from pipeline.evaluation import compare_events

    with duckdb.connect(str(config.resolve_path(args.database or config.duckdb_path())), read_only=True) as conn:
        result = compare_events(conn, args.events)
    for row in result.rows:
        print(f"{row['result']:<15} {row['event']:<22} gold {row['gold']}  predicted {row.get('predicted')}")
    for row in result.extra_events:
        print(f"{'extra':<15} {row['event']:<22} {row['status']:<9} predicted {row['predicted']} ({row['n_articles']} articles)")
    print(f"\n{result.date_matched}/{result.gold_events} dated events found; {result.numbers_matched} with both sides' numbers equal; "
          f"{len(result.extra_events)} events not in the list")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline import bench

    if args.articles is None:
        result = bench.extraction_only(Path(args.folder), args.repeat)
        print(f"extraction: {result['extraction_articles_per_second_one_core']:.0f} articles/s on one core "
              f"({result['articles']} articles in {result['extraction_seconds']:.2f} s)")
        print(f"ingestion:  {result['ingest_articles_per_second_one_core']:.0f} articles/s on one core (read, decode, clean)")
        print(json.dumps(result))
        return 0
    os.environ.setdefault("PIPELINE_SHARDS", str(args.shards))
    result = bench.full(args.articles, args.seed)
    bench.print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
