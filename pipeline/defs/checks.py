"""Asset checks: the rules an analyst relies on, one check per rule, each a query over the warehouse."""

import dagster as dg

from pipeline.defs.resources import Warehouse
from pipeline.validation import (
    bad_spans,
    category_deals_with_numbers,
    deliveries_above_promise_without_note,
    stages_not_adding_up,
    decreasing_cumulative,
    events_without_articles,
    terms_without_sources,
    unassigned_figures,
)


@dg.asset_check(asset="figures", blocking=True, description="Every figure's span slices the body to exactly the figure's text, and every deal reference's span to its words.")
def figures_spans_match_text(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        bad = bad_spans(conn)
    return dg.AssetCheckResult(passed=not bad, metadata={"bad_spans": len(bad), "examples": dg.MetadataValue.json(bad[:5])})


@dg.asset_check(asset="exchange_events", description="Every exchange event is reported by at least one existing article.")
def exchange_events_have_articles(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        bad = events_without_articles(conn)
    return dg.AssetCheckResult(passed=not bad, metadata={"events_without_articles": len(bad)})


@dg.asset_check(asset="cumulative_exchanges", description="Corpus running totals never decrease over time.")
def cumulative_exchanges_never_decrease(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        bad = decreasing_cumulative(conn)
    return dg.AssetCheckResult(passed=not bad, metadata={"decreasing_rows": len(bad), "examples": dg.MetadataValue.json(bad[:5])})


@dg.asset_check(asset="reported_terms", description="Every term row points at an existing article and the sentence it quotes.")
def reported_terms_point_at_sources(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        bad = terms_without_sources(conn)
    return dg.AssetCheckResult(passed=not bad, metadata={"orphan_terms": len(bad)})


@dg.asset_check(asset="exchange_events", description="Warns about exchange figures that no event or agreement took in (usually: no date).")
def figures_assigned_to_events(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        rows = unassigned_figures(conn)
    return dg.AssetCheckResult(
        passed=not rows,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"unassigned_figures": len(rows), "examples": dg.MetadataValue.json(rows[:10])},
    )


@dg.asset_check(asset="agreement_fulfilment", description="The stages of a multi-day exchange add up to the total reported for it; the differences are listed in discrepancies.")
def agreement_fulfilment_stages_add_up(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        rows = stages_not_adding_up(conn)
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"mismatches": len(rows), "examples": dg.MetadataValue.json(rows[:5])})


@dg.asset_check(asset="agreement_fulfilment", description="Delivered never exceeds what was promised without a note saying why.")
def agreement_fulfilment_excess_is_explained(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        rows = deliveries_above_promise_without_note(conn)
    return dg.AssetCheckResult(passed=not rows, metadata={"unexplained": len(rows)})


@dg.asset_check(asset="agreement_fulfilment", description="Flags category deals (all-for-all) that some sources describe with a number, so they are not read as contradictions.")
def agreement_fulfilment_category_deals_flagged(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect(read_only=True) as conn:
        rows = category_deals_with_numbers(conn)
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"category_deals_with_numbers": len(rows), "rows": dg.MetadataValue.json(rows[:5])})


all_checks = [
    figures_spans_match_text,
    exchange_events_have_articles,
    cumulative_exchanges_never_decrease,
    reported_terms_point_at_sources,
    figures_assigned_to_events,
    agreement_fulfilment_stages_add_up,
    agreement_fulfilment_excess_is_explained,
    agreement_fulfilment_category_deals_flagged,
]
