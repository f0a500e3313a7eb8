"""Each derived table's SQL on small hand-built inputs, with exact expected rows."""
from datetime import date

import duckdb
import polars as pl
import pytest

from pipeline.warehouse import DERIVED_TABLES, build_derived, ensure_schema


def _figure(fid, article, value, kind, side, scope=None, status="completed", event_date=None, **kw):
    base = dict(
        figure_id=fid, article_id=article, value=value, value_high=None, qualifier="exact", kind=kind, side=side, scope=scope,
        status=status, subject="people", claimant=None, event_date=event_date, event_date_from=None, event_date_precision="day",
        since_date=None, agreement_date=None, is_breakdown=False, is_additional=False, char_start=0, char_end=3, text=str(value), sentence=f"s {value}", sentence_start=0,
    )
    base.update(kw)
    return base


@pytest.fixture
def conn():
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("""insert into articles (article_id, source_path, outlet, published_date, body, n_sources) values
        ('a1', 'a1.txt', 'Outlet A', '2024-01-31', 'held since 2022', 1),
        ('a2', 'a2.txt', 'Outlet B', '2024-01-31', 'held since 2022', 1),
        ('a3', 'a3.txt', 'Outlet C', '2024-02-01', 'held since 2012', 1)""")
    figures = [
        _figure("f1", "a1", 207, "exchanged", "ukraine", event_date=date(2024, 1, 31)),
        _figure("f2", "a1", 195, "exchanged", "russia", event_date=date(2024, 1, 31)),
        _figure("f3", "a1", 27, "exchanged", "ukraine", event_date=date(2024, 1, 31), is_breakdown=True),
        _figure("f4", "a2", 207, "exchanged", "ukraine", event_date=date(2024, 1, 31)),
        _figure("f5", "a3", 200, "exchanged", "ukraine", event_date=date(2024, 1, 31)),
        _figure("f6", "a1", 3035, "cumulative_released", "ukraine", status=None, event_date=date(2024, 1, 31)),
        _figure("f7", "a3", 3000, "cumulative_released", "ukraine", status=None, event_date=date(2024, 2, 1)),
        _figure("f8", "a2", 1000, "agreed", "both", "per_side", status="agreed", event_date=date(2025, 5, 16), claimant="Rustem Umerov"),
        _figure("f9", "a3", 1200, "agreed", "both", "per_side", status="agreed", event_date=date(2025, 5, 16), claimant="Vladimir Medinsky"),
    ]
    c.register("f", pl.DataFrame(figures))
    c.execute("insert into figures by name select * from f")
    for name in DERIVED_TABLES:
        build_derived(c, name)
    return c


def test_exchange_events_best_low_high(conn):
    got = conn.execute("""select event_date, status, returned_to_ukraine, returned_to_ukraine_low, returned_to_ukraine_high,
                                 returned_to_russia, n_articles, n_outlets, article_ids from exchange_events""").fetchall()
    # 207 is stated by two articles, 200 by one: best is 207 and the range keeps 200
    assert got == [(date(2024, 1, 31), "completed", 207, 200, 207, 195, 3, 3, ["a1", "a2", "a3"])]


def test_reported_terms_rows(conn):
    got = conn.execute("select agreement, term, value, scope, claimant, article_id from reported_terms").fetchall()
    assert got == [
        ("agreement of 2025-05-16", "prisoners", 1000, "per_side", "Rustem Umerov", "a2"),
        ("agreement of 2025-05-16", "prisoners", 1200, "per_side", "Vladimir Medinsky", "a3"),
    ]
    (claims,) = conn.execute("select claims from reported_terms_side_by_side").fetchone()
    assert claims == "1000 per side (Rustem Umerov) | 1200 per side (Vladimir Medinsky)"


def test_cumulative_exchanges_rows(conn):
    got = conn.execute("""select as_of_date, exchanges_to_date, returned_to_ukraine_to_date, returned_to_russia_to_date,
                                 reported_total_ukraine from cumulative_exchanges""").fetchall()
    assert got == [(date(2024, 1, 31), 1, 207, 195, 3035), (date(2024, 2, 1), 1, 207, 195, 3000)]


def test_discrepancies_rows(conn):
    got = conn.execute("select fact_type, values, article_ids from discrepancies order by fact_type, fact").fetchall()
    assert got == [
        ("agreement_term", [1000, 1200], ["a2", "a3"]),
        ("captivity_start_year", [2012, 2022], ["a3"]),
        ("exchange_count", [200, 207], ["a1", "a2", "a3"]),
        ("running_total", [3035, 3000], ["a1", "a3"]),
    ]
