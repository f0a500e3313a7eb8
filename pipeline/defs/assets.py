"""Assets by stage: ingestion, extraction, and one derived table per SQL file. Thin: pure code does the work."""

import dagster as dg

from pipeline.defs.checks import check_specs, run_checks
from pipeline.defs.resources import ArticlesFolder, Warehouse
from pipeline.exports import PUBLIC_TABLES, export_tables
from pipeline.report import build_report
from pipeline.warehouse import DERIVED_TABLES, build_derived, derived_sql, extract_figures, ingest

WRITER_POOL = "duckdb_writer"


def _preview(conn, table: str, columns: str = "*", limit: int = 5) -> str:
    frame = conn.sql(f"select {columns} from {table} limit {limit}").pl()
    if frame.is_empty():
        return "_(empty)_"
    header = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * len(frame.columns) + "\n"
    rows = "".join(
        "| " + " | ".join(str(v).replace("|", "\\|").replace("\n", " ")[:80] for v in row) + " |\n" for row in frame.iter_rows()
    )
    return header + rows


@dg.multi_asset(
    specs=[
        dg.AssetSpec("articles", description="One row per distinct article, cleaned of page chrome.", kinds={"duckdb"}),
        dg.AssetSpec("quarantine", description="Inputs that could not be used, with the reason.", kinds={"duckdb"}),
    ],
    pool=WRITER_POOL,
)
def articles(context: dg.AssetExecutionContext, articles_folder: ArticlesFolder, warehouse: Warehouse):
    """Read the articles folder; parse only new or changed files and drop rows of removed ones."""
    root = articles_folder.root()
    if not root.is_dir():
        raise dg.Failure(description=f"The articles folder {root} does not exist. Set PIPELINE_ARTICLES_DIR or pass --articles.")
    with warehouse.connect() as conn:
        stats = ingest(conn, root, progress=context.log.info)
        context.log.info(
            f"read {stats.files_seen} files ({stats.files_new} new, {stats.files_changed} changed, "
            f"{stats.files_unchanged} unchanged, {stats.files_removed} removed): {stats.articles_total} articles, "
            f"{stats.quarantined} quarantined"
        )
        yield dg.MaterializeResult(
            asset_key="articles",
            metadata={
                "row_count": stats.articles_total,
                "files_seen": stats.files_seen,
                "files_new": stats.files_new,
                "files_changed": stats.files_changed,
                "files_unchanged": stats.files_unchanged,
                "files_removed": stats.files_removed,
                "articles_added": stats.articles_added,
                "articles_removed": stats.articles_removed,
                "seconds": round(stats.seconds, 3),
                "preview": dg.MetadataValue.md(_preview(conn, "articles", "article_id, source_path, outlet, title, published_date, language")),
            },
        )
        yield dg.MaterializeResult(
            asset_key="quarantine",
            metadata={
                "row_count": stats.quarantined,
                "by_reason": dg.MetadataValue.json(stats.quarantine_reasons),
                "preview": dg.MetadataValue.md(_preview(conn, "quarantine", "source_path, reason")),
            },
        )


@dg.multi_asset(
    specs=[
        dg.AssetSpec("figures", deps=["articles"], description="One row per figure stated in an article, with its meaning and exact span.", kinds={"duckdb"}),
        dg.AssetSpec("exchange_mentions", deps=["articles"], description="Sentences that report a dated exchange, with or without numbers.", kinds={"duckdb"}),
    ],
    check_specs=check_specs(["figures"]),
    pool=WRITER_POOL,
)
def figures(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Extract figures from articles this extractor version has not seen yet."""
    with warehouse.connect() as conn:
        stats = extract_figures(conn, progress=context.log.info)
        context.log.info(f"extracted {stats.articles_extracted} articles ({stats.articles_skipped} unchanged): {stats.figures_total} figures")
        if stats.articles_failed:
            context.log.warning(f"the extractor failed on {stats.articles_failed} articles: they have no figures; "
                                "see extraction_log.error (select article_id, error from extraction_log where error is not null)")
        yield dg.MaterializeResult(
            asset_key="figures",
            metadata={
                "row_count": stats.figures_total,
                "articles_extracted": stats.articles_extracted,
                "articles_skipped_unchanged": stats.articles_skipped,
                "articles_failed": stats.articles_failed,
                "by_kind": dg.MetadataValue.json(stats.figures_by_kind),
                "seconds": round(stats.seconds, 3),
                "preview": dg.MetadataValue.md(_preview(conn, "figures", "value, kind, side, scope, status, claimant, event_date, text")),
            },
        )
        yield dg.MaterializeResult(
            asset_key="exchange_mentions",
            metadata={"row_count": conn.execute("select count(*) from exchange_mentions").fetchall()[0][0]},
        )
        yield from run_checks(context, conn, ["figures"])


_DERIVED_DEPS = {
    "exchange_claims": ["figures"],
    "exchange_events": ["exchange_claims", "figures", "exchange_mentions", "articles"],
    "reported_terms": ["figures", "articles"],
    "reported_terms_side_by_side": ["reported_terms"],
    "cumulative_exchanges": ["exchange_events", "figures", "articles"],
    "discrepancies": ["exchange_claims", "exchange_events", "reported_terms", "agreement_fulfilment", "figures", "articles"],
    "agreement_fulfilment": ["reported_terms", "exchange_events"],
}


@dg.multi_asset(
    specs=[dg.AssetSpec(name, deps=_DERIVED_DEPS[name], kinds={"duckdb", "sql"}, description=f"Derived table `{name}`, rebuilt from sql/{name}.sql.")
           for name in DERIVED_TABLES],
    check_specs=check_specs(DERIVED_TABLES),
    pool=WRITER_POOL,
    can_subset=True,
)
def derived_tables(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Every derived table, one SQL file each, rebuilt in dependency order in one step (one process and one
    database open for all of them), then their checks."""
    selected = {key.to_user_string() for key in context.selected_asset_keys}
    with warehouse.connect() as conn:
        for name in DERIVED_TABLES:
            if name not in selected:
                continue
            rows = build_derived(conn, name)
            yield dg.MaterializeResult(
                asset_key=name,
                metadata={
                    "row_count": rows,
                    "sql": dg.MetadataValue.md(f"```sql\n{derived_sql(name)}\n```"),
                    "preview": dg.MetadataValue.md(_preview(conn, name)),
                },
            )
        yield from run_checks(context, conn, [n for n in DERIVED_TABLES if n in selected])


derived_assets = [derived_tables]


@dg.asset(deps=PUBLIC_TABLES, kinds={"parquet"})
def exports(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """Every public table as Parquet under data/export/, replaced atomically, for dashboards and notebooks."""
    out_dir = warehouse.export_dir()
    with warehouse.connect(read_only=True) as conn:
        counts = export_tables(conn, out_dir)
    context.log.info(f"exported {len(counts)} tables to {out_dir}")
    return dg.MaterializeResult(metadata={"path": str(out_dir), "row_counts": dg.MetadataValue.json(counts)})


@dg.asset(deps=["exchange_events", "reported_terms_side_by_side", "cumulative_exchanges", "discrepancies", "figures"], kinds={"html"})
def report(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """A self-contained HTML report: timeline, running totals, terms side by side, disagreements, provenance viewer."""
    path = warehouse.report_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with warehouse.connect(read_only=True) as conn:
        page = build_report(conn)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    context.log.info(f"report written to {path}")
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "bytes": len(page.encode())})


all_assets = [articles, figures, *derived_assets, exports, report]
