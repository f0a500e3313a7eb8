"""Asset checks: the rules an analyst relies on, one check per rule, each a query over the warehouse.

The checks run inside the step that builds their asset, on its own connection: a separate step per check
costs a process and a database open each, which is most of a small incremental run under the
multiprocess executor. Each check is still its own named result in the Dagster UI."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import dagster as dg

from pipeline.validation import (
    bad_spans,
    category_deals_with_numbers,
    decreasing_cumulative,
    deliveries_above_promise_without_note,
    events_without_articles,
    stages_not_adding_up,
    terms_without_sources,
    unassigned_figures,
)


@dataclass(frozen=True)
class Rule:
    asset: str
    name: str
    description: str
    query: Callable  # conn -> the offending rows
    counted_as: str
    warn_only: bool = False
    blocking: bool = False
    examples: int = 5

    @property
    def spec(self) -> dg.AssetCheckSpec:
        return dg.AssetCheckSpec(self.name, asset=self.asset, description=self.description, blocking=self.blocking)

    def evaluate(self, conn, rows: list | None = None) -> dg.AssetCheckResult:
        """`rows`: the offending rows when the step already found them (else the query runs)."""
        rows = self.query(conn) if rows is None else rows
        metadata = {self.counted_as: len(rows)}
        if self.examples:
            metadata["examples"] = dg.MetadataValue.json(rows[: self.examples])
        return dg.AssetCheckResult(
            asset_key=self.asset, check_name=self.name, passed=not rows, metadata=metadata,
            severity=dg.AssetCheckSeverity.WARN if self.warn_only else dg.AssetCheckSeverity.ERROR,
        )


RULES = [
    Rule("figures", "figures_spans_match_text",
         "Every figure's span slices the body to exactly the figure's text, and every deal reference's span to its words.",
         bad_spans, "bad_spans", blocking=True),
    Rule("exchange_events", "exchange_events_have_articles",
         "Every exchange event is reported by at least one existing article.", events_without_articles, "events_without_articles", examples=0),
    Rule("cumulative_exchanges", "cumulative_exchanges_never_decrease",
         "Corpus running totals never decrease over time.", decreasing_cumulative, "decreasing_rows"),
    Rule("reported_terms", "reported_terms_point_at_sources",
         "Every term row points at an existing article and the sentence it quotes.", terms_without_sources, "orphan_terms", examples=0),
    Rule("exchange_events", "figures_assigned_to_events",
         "Warns about exchange figures that no event or agreement took in (usually: no date).", unassigned_figures,
         "unassigned_figures", warn_only=True, examples=10),
    Rule("agreement_fulfilment", "agreement_fulfilment_stages_add_up",
         "The stages of a multi-day exchange add up to the total reported for it, and the stages of a completed numbered deal "
         "to what it promised (390 + 307 + 303 = 1,000); the differences are listed in discrepancies.",
         stages_not_adding_up, "mismatches", warn_only=True),
    Rule("agreement_fulfilment", "agreement_fulfilment_excess_is_explained",
         "Delivered never exceeds what was promised without a note saying why.", deliveries_above_promise_without_note, "unexplained", examples=0),
    Rule("agreement_fulfilment", "agreement_fulfilment_category_deals_flagged",
         "Flags category deals (all-for-all) that some sources describe with a number, so they are not read as contradictions.",
         category_deals_with_numbers, "category_deals_with_numbers", warn_only=True),
]


def check_specs(assets: list[str]) -> list[dg.AssetCheckSpec]:
    return [r.spec for r in RULES if r.asset in assets]


def run_checks(context: dg.AssetExecutionContext, conn, assets: list[str], found: dict[str, list] | None = None) -> Iterator[dg.AssetCheckResult]:
    """Evaluate the selected checks of these assets on an open connection; `found` holds the offending
    rows of checks the step already ran (by check name)."""
    selected = context.selected_asset_check_keys
    for rule in RULES:
        if rule.asset in assets and dg.AssetCheckKey(dg.AssetKey(rule.asset), rule.name) in selected:
            yield rule.evaluate(conn, (found or {}).get(rule.name))
