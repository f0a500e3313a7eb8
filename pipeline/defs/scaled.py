"""Scale-out assets: the articles folder split into shards staged in parallel, then one DuckDB loader.

Each shard is its own asset (one step), so Dagster's multiprocess executor runs them on every core and
the Celery, Docker or Kubernetes executors run them on as many workers as a deployment has. Shards
write Parquet only; `articles`/`figures` are then loaded by one writer and the derived assets, checks,
exports and report are the same objects as in the one-process code location."""
import os

import dagster as dg

from pipeline.defs.assets import WRITER_POOL, derived_assets, exports, report
from pipeline.defs.checks import check_specs, run_checks
from pipeline.defs.resources import ArticlesFolder, Warehouse
from pipeline.staging import stage_shard, staged_parts
from pipeline.warehouse import load_staged

N_SHARDS = int(os.environ.get("PIPELINE_SHARDS", "8"))


def _shard_asset(k: int) -> dg.AssetsDefinition:
    @dg.asset(name=f"staged_shard_{k:02d}", group_name="staging", kinds={"parquet"},
              description=f"Shard {k} of {N_SHARDS} of the articles folder, parsed and extracted to Parquet.")
    def _stage(context: dg.AssetExecutionContext, articles_folder: ArticlesFolder, warehouse: Warehouse) -> dg.MaterializeResult:
        stats = stage_shard(articles_folder.root(), k, N_SHARDS, warehouse.staging_dir())
        context.log.info(f"shard {k}: {stats.files_seen} files ({stats.files_unchanged} unchanged), "
                         f"{stats.articles_extracted} articles extracted in {stats.seconds:.1f} s")
        return dg.MaterializeResult(metadata={
            "files_seen": stats.files_seen, "files_new": stats.files_new, "files_changed": stats.files_changed,
            "files_unchanged": stats.files_unchanged, "files_removed": stats.files_removed,
            "articles": stats.articles, "articles_extracted": stats.articles_extracted, "quarantined": stats.quarantined,
            "seconds": round(stats.seconds, 3),
        })

    return _stage


shard_assets = [_shard_asset(k) for k in range(N_SHARDS)]


@dg.multi_asset(
    specs=[
        dg.AssetSpec("articles", deps=[a.key for a in shard_assets], kinds={"duckdb"}, description="Articles loaded from the staged shards."),
        dg.AssetSpec("quarantine", deps=[a.key for a in shard_assets], kinds={"duckdb"}),
        dg.AssetSpec("figures", deps=[a.key for a in shard_assets], kinds={"duckdb"}),
        dg.AssetSpec("exchange_mentions", deps=[a.key for a in shard_assets], kinds={"duckdb"}),
    ],
    check_specs=check_specs(["figures"]),
    pool=WRITER_POOL,
)
def staged_tables(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Load every staged shard into the warehouse's base tables in one transaction (the one writer)."""
    span_errors: list = []  # the spans of the articles this load wrote, checked in its transaction
    with warehouse.connect() as conn:
        counts = load_staged(conn, staged_parts(warehouse.staging_dir(), N_SHARDS), span_errors)
    context.log.info(f"loaded {counts.get('articles', 0)} articles and {counts.get('figures', 0)} figures from {N_SHARDS} shards")
    yield dg.MaterializeResult(asset_key="articles", metadata={"row_count": counts.get("articles", 0)})
    yield dg.MaterializeResult(asset_key="quarantine", metadata={"row_count": counts.get("quarantine", 0)})
    yield dg.MaterializeResult(asset_key="figures", metadata={"row_count": counts.get("figures", 0)})
    yield dg.MaterializeResult(asset_key="exchange_mentions", metadata={"row_count": counts.get("exchange_mentions", 0)})
    with warehouse.connect(read_only=True) as conn:
        yield from run_checks(context, conn, ["figures"], found={"figures_spans_match_text": span_errors})


scaled_assets = [*shard_assets, staged_tables, *derived_assets, exports, report]
scaled_job = dg.define_asset_job("scaled_pipeline_job", selection=dg.AssetSelection.all(),
                                 description="Stage every shard in parallel, load them with one writer, rebuild every table.")
