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


def _derived_over(published: dict[str, str], figures: list[dict]) -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse holding these articles (id -> publication date) and figures, with every derived table built."""
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    for article_id, day in published.items():
        c.execute("insert into articles (article_id, source_path, outlet, published_date, body, n_sources) values (?, ?, ?, ?, 'x', 1)",
                  [article_id, f"{article_id}.txt", article_id.upper(), day])
    c.register("f", pl.DataFrame(figures))
    c.execute("insert into figures by name select * from f")
    for name in DERIVED_TABLES:
        build_derived(c, name)
    return c


@pytest.fixture
def conn():
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("""insert into articles (article_id, source_path, outlet, published_date, body, n_sources) values
        ('a1', 'a1.txt', 'Outlet A', '2024-01-31', 'held since 2022', 1),
        ('a2', 'a2.txt', 'Outlet B', '2024-01-31', 'held since 2022', 1),
        ('a3', 'a3.txt', 'Outlet C', '2024-02-01', 'held since 2012', 1)""")
    # what extraction found in the bodies (pipeline/extract/article_facts.py)
    c.execute("""insert into article_facts values ('a1', NULL, [2022]), ('a2', 'Belarus', [2022]), ('a3', NULL, [2012])""")
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


def test_exchange_events_say_where_the_freed_were_taken(conn):
    assert conn.execute("select event_date, transit_country from exchange_events").fetchall() == [(date(2024, 1, 31), "Belarus")]


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


@pytest.fixture
def deal_conn():
    """A 1,000-for-1,000 deal delivered in three stages (one of them with Russia's count undisclosed),
    a multi-day total for the same exchange, and a later category deal whose stages are undisclosed."""
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("""insert into articles (article_id, source_path, published_date, body, n_sources) values
        ('a1', 'a1.txt', '2025-05-16', 'x', 1), ('a2', 'a2.txt', '2025-05-25', 'x', 1), ('a3', 'a3.txt', '2025-07-04', 'x', 1)""")
    figures = [
        _figure("t1", "a1", 1000, "agreed", "both", "per_side", status="agreed", event_date=date(2025, 5, 16),
                agreement_date=date(2025, 5, 16), claimant="Rustem Umerov"),
        _figure("s1", "a2", 390, "exchanged", "both", "per_side", event_date=date(2025, 5, 23), char_start=10),
        _figure("s2", "a2", 307, "exchanged", "ukraine", event_date=date(2025, 5, 24), char_start=20),
        _figure("s3", "a2", 303, "exchanged", "both", "per_side", event_date=date(2025, 5, 25), char_start=30),
        _figure("s4", "a2", 1000, "exchanged", "both", "per_side", event_date=date(2025, 5, 25),
                event_date_from=date(2025, 5, 23), char_start=40),
        _figure("t2", "a3", 1200, "agreed", "both", "per_side", status="agreed", event_date=date(2025, 6, 2),
                agreement_date=date(2025, 6, 2), claimant="Vladimir Medinsky"),
    ]
    c.register("f", pl.DataFrame(figures))
    c.execute("insert into figures by name select * from f")
    c.execute("""insert into term_mentions values
        ('a3', 'categories', 'severely wounded and seriously ill', '2025-06-02', null, 0, 5, 'x')""")
    c.execute("""insert into exchange_mentions (article_id, category, status, event_date, char_start, char_end, sentence) values
        ('a3', 'prisoners', 'completed', '2025-06-26', 0, 1, 'x'),
        ('a3', 'prisoners', 'completed', '2025-07-04', 0, 1, 'x')""")
    for name in DERIVED_TABLES:
        build_derived(c, name)
    return c


def test_agreement_fulfilment_rows(deal_conn):
    got = deal_conn.execute("""
        select agreement, term, promised_best, n_stages, undisclosed_stages, delivered_to_ukraine, delivered_to_russia,
               remaining_to_ukraine, status, category_deal, [s.date for s in stages]
        from agreement_fulfilment order by agreement_date, term""").fetchall()
    assert got == [
        # 390 + 307 + 303 reaches 1,000 for Ukraine; Russia's 693 has an undisclosed stage, so it is not short
        ("agreement of 2025-05-16", "prisoners", 1000, 3, 0, 1000, 693, 0, "fulfilled", False,
         [date(2025, 5, 23), date(2025, 5, 24), date(2025, 5, 25)]),
        # a category of people is a term of its own; no report of the deal's exchanges names it
        ("agreement of 2025-06-02", "category: severely wounded and seriously ill", None, 0, 0, None, None, None, "unknown",
         False, []),
        # a category deal with a number: two stages happened with their numbers withheld, never counted as zero
        ("agreement of 2025-06-02", "prisoners", 1200, 2, 2, None, None, 1200, "unknown", True,
         [date(2025, 6, 26), date(2025, 7, 4)]),
    ]
    # the sources: the articles that state the terms and those that report the stages, each once, in order
    ids = deal_conn.execute("select article_ids from agreement_fulfilment order by agreement_date, term").fetchall()
    assert ids == [(["a1", "a2"],), (["a3"],), (["a3"],)]


def test_stages_that_add_up_are_not_a_discrepancy(deal_conn):
    assert deal_conn.execute("select count(*) from discrepancies where fact_type = 'stages_vs_total'").fetchall() == [(0,)]
    deal_conn.execute("update figures set value = 380 where figure_id = 's1'")
    for name in DERIVED_TABLES:
        build_derived(deal_conn, name)
    (row,) = deal_conn.execute("select values, explanation from discrepancies where fact_type = 'stages_vs_total'").fetchall()
    assert row[0] == [990, 1000] and "add up to 990" in row[1]
    assert deal_conn.execute("select article_ids from discrepancies where fact_type = 'stages_vs_total'").fetchall() == [(["a2"],)]


@pytest.fixture
def reference_conn():
    """Three agreements and exchanges that say which deal they carry out: by an N-for-N name, by a stage
    number, by the month of the talks, and one naming a deal the corpus does not hold."""
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("""insert into articles (article_id, source_path, published_date, body, n_sources) values
        ('a1', 'a1.txt', '2025-05-16', 'x', 1), ('a2', 'a2.txt', '2025-06-02', 'x', 1), ('a3', 'a3.txt', '2025-07-23', 'x', 1),
        ('a4', 'a4.txt', '2025-08-01', 'x', 1)""")
    agreed = dict(status="agreed", scope="per_side")
    figures = [
        _figure("t1", "a1", 1000, "agreed", "both", event_date=date(2025, 5, 16), agreement_date=date(2025, 5, 16), **agreed),
        _figure("t2", "a2", 1200, "agreed", "both", event_date=date(2025, 6, 2), agreement_date=date(2025, 6, 2), **agreed),
        _figure("t3", "a3", 1200, "agreed", "both", event_date=date(2025, 7, 23), agreement_date=date(2025, 7, 23), char_start=5, **agreed),
        _figure("e1", "a1", 390, "exchanged", "both", "per_side", event_date=date(2025, 5, 23), char_start=10),
        _figure("e2", "a2", 307, "exchanged", "both", "per_side", event_date=date(2025, 6, 6), char_start=20),
        _figure("e3", "a2", 303, "exchanged", "both", "per_side", event_date=date(2025, 6, 10), char_start=30),
        _figure("e4", "a2", 100, "exchanged", "both", "per_side", event_date=date(2025, 6, 20), char_start=40),
        _figure("e5", "a3", 250, "exchanged", "both", "per_side", event_date=date(2025, 7, 23), char_start=50),
        _figure("e6", "a4", 500, "exchanged", "both", "per_side", event_date=date(2025, 8, 1), char_start=60),
    ]
    c.register("f", pl.DataFrame(figures))
    c.execute("insert into figures by name select * from f")
    c.execute("""insert into exchange_mentions (article_id, category, status, event_date, char_start, char_end, sentence,
                     stage_ordinal, deal_reference, referenced_quantity, referenced_from, referenced_to) values
        ('a1', 'prisoners', 'completed', '2025-05-23', 0, 1, 'x', 1, null, null, null, null),
        ('a2', 'prisoners', 'completed', '2025-06-06', 0, 1, 'x', 2, 'stage of the 1000-for-1000 exchange', 1000, null, null),
        ('a2', 'prisoners', 'completed', '2025-06-10', 0, 1, 'x', 3, null, null, null, null),
        ('a3', 'prisoners', 'completed', '2025-07-23', 0, 1, 'x', 9, 'under the agreement reached last month', null, '2025-06-01', '2025-06-30'),
        ('a4', 'prisoners', 'completed', '2025-08-01', 0, 1, 'x', null, 'under the 500-for-500 deal', 500, null, null)""")
    for name in DERIVED_TABLES:
        build_derived(c, name)
    return c


def test_fulfilment_attributes_by_reference_then_stage_number_then_date(reference_conn):
    got = reference_conn.execute("""
        select agreement_date, n_stages, delivered_to_ukraine, unreported_stages, status,
               [(s.date, s.attributed_by, s.stage_ordinal) for s in stages]
        from agreement_fulfilment order by agreement_date""").fetchall()
    assert got == [
        # stage 2 names the 1000-for-1000 deal, stage 3 continues it by number: both are after the 2 June talks
        (date(2025, 5, 16), 3, 1000, 0, "fulfilled",
         [(date(2025, 5, 23), "date", 1), (date(2025, 6, 6), "reference", 2), (date(2025, 6, 10), "stage_ordinal", 3)]),
        # "the ninth stage ... under the agreement reached last month", on the day of the next talks; 7 stages
        # before it are known only from its number, so the deal's progress is unknown rather than 350
        (date(2025, 6, 2), 2, 350, 7, "unknown",
         [(date(2025, 6, 20), "date", None), (date(2025, 7, 23), "reference", 9)]),
        # the 1 August exchange names a 500-for-500 deal the corpus does not hold: not this deal's by its date
        (date(2025, 7, 23), 0, None, 0, "in_progress", []),
    ]


def test_exchange_events_carry_deal_references(reference_conn):
    got = reference_conn.execute("""
        select event_date, stage_ordinal, deal_references, referenced_quantity, referenced_agreement_from, referenced_agreement_to
        from exchange_events where deal_references is not null order by event_date""").fetchall()
    assert got == [
        (date(2025, 6, 6), 2, ["stage of the 1000-for-1000 exchange"], 1000, None, None),
        (date(2025, 7, 23), 9, ["under the agreement reached last month"], None, date(2025, 6, 1), date(2025, 6, 30)),
        (date(2025, 8, 1), None, ["under the 500-for-500 deal"], 500, None, None),
    ]


def test_deal_stages_that_do_not_add_up_to_the_promise_are_a_discrepancy(reference_conn):
    assert reference_conn.execute("select count(*) from discrepancies where fact_type = 'deal_stages_vs_promise'").fetchall() == [(0,)]
    reference_conn.execute("update figures set value = 400 where figure_id = 'e1'")
    for name in DERIVED_TABLES:
        build_derived(reference_conn, name)
    got = reference_conn.execute("""select fact, values, explanation from discrepancies
                                    where fact_type = 'deal_stages_vs_promise' order by fact""").fetchall()
    assert got == [
        ("people returned to russia under the agreement of 2025-05-16 (prisoners)", [1010, 1000],
         "The stages credited to the deal (2025-05-23, 2025-06-06, 2025-06-10) add up to 1010, but the deal was for 1000 per side."
         " Delivered exceeds the promise as stated by the sources."),
        ("people returned to ukraine under the agreement of 2025-05-16 (prisoners)", [1010, 1000],
         "The stages credited to the deal (2025-05-23, 2025-06-06, 2025-06-10) add up to 1010, but the deal was for 1000 per side."
         " Delivered exceeds the promise as stated by the sources."),
    ]


def test_a_category_term_counts_the_exchanges_that_name_its_category(deal_conn):
    deal_conn.execute("""update exchange_mentions set sentence = 'Seriously ill and severely wounded soldiers came home.'
                         where event_date = '2025-06-26'""")
    for name in DERIVED_TABLES:
        build_derived(deal_conn, name)
    got = deal_conn.execute("""
        select promised_claims, n_stages, [s.date for s in stages], status from agreement_fulfilment
        where term = 'category: severely wounded and seriously ill'""").fetchall()
    assert got == [("all (unattributed)", 1, [date(2025, 6, 26)], "unknown")]


def test_unassigned_figures_lists_exchange_figures_no_event_took_in(conn):
    from pipeline.validation import unassigned_figures

    # a dated exchange figure of an article the event lists is assigned; one with no date, or a date
    # no event of that article has, is listed; other kinds are not the check's business
    extra = [
        _figure("g1", "a2", 50, "exchanged", "ukraine", char_start=10, char_end=12),  # no date
        _figure("g2", "a2", 60, "exchanged", "ukraine", event_date=date(2024, 3, 1), char_start=20, char_end=22),  # no event that day
        _figure("g3", "a2", 70, "bodies", "ukraine", event_date=date(2024, 3, 1), status="planned"),  # not a completed handover
        _figure("g4", "a3", 80, "bodies", "ukraine", event_date=date(2024, 3, 2)),  # a completed handover, no event
    ]
    conn.register("extra", pl.DataFrame(extra))
    conn.execute("insert into figures by name select * from extra")
    got = [(r["figure_id"], r["kind"]) for r in unassigned_figures(conn)]
    assert got == [("g1", "exchanged"), ("g2", "exchanged"), ("g4", "bodies")]


def test_discrepancies_list_the_first_thousand_articles_and_count_them_all():
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    n = 1203
    ids = [f"a{i:05d}" for i in range(n)]
    c.register("a", pl.DataFrame({"article_id": ids, "source_path": [f"{i}.txt" for i in ids], "body": ["x"] * n, "n_sources": [1] * n}))
    c.execute("insert into articles (article_id, source_path, body, n_sources) select * from a")
    # every article states its own count for one exchange: one fact, 1,203 articles
    figures = [_figure(f"f{i}", a, 100 + i % 7, "exchanged", "ukraine", event_date=date(2024, 1, 31)) for i, a in enumerate(ids)]
    c.register("f", pl.DataFrame(figures))
    c.execute("insert into figures by name select * from f")
    for name in DERIVED_TABLES:
        build_derived(c, name)
    (row,) = c.execute("select article_ids, n_articles from discrepancies where fact_type = 'exchange_count'").fetchall()
    assert row[0] == ids[:1000] and row[1] == n


def test_an_exchange_dated_only_by_its_month_makes_no_event():
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("insert into articles (article_id, source_path, outlet, published_date, body, n_sources) values ('a1', 'a1.txt', 'A', '2024-01-31', 'x', 1)")
    figures = [
        _figure("f1", "a1", 207, "exchanged", "ukraine", event_date=date(2024, 1, 31)),
        # "the previous exchange, in August, saw 22 return": a month, not a day to merge an exchange on
        _figure("f2", "a1", 22, "exchanged", "ukraine", event_date=date(2023, 8, 1), event_date_precision="month"),
    ]
    c.register("f", pl.DataFrame(figures))
    c.execute("insert into figures by name select * from f")
    for name in DERIVED_TABLES:
        build_derived(c, name)
    assert c.execute("select event_date, returned_to_ukraine from exchange_events").fetchall() == [(date(2024, 1, 31), 207)]
    assert c.execute("select event_date, value from exchange_claims").fetchall() == [(date(2024, 1, 31), 207)]


def test_only_ukraines_running_totals_are_ukraines_reported_total():
    """Russia's own total and a mediator's count of both ways are no lower running total of Ukrainians freed."""
    figures = [
        _figure("f1", "a1", 4131, "cumulative_released", "ukraine", status=None, event_date=date(2025, 2, 5)),
        _figure("f2", "a2", 2500, "cumulative_released", "russia", status=None, event_date=date(2025, 2, 6)),
        _figure("f3", "a3", 2184, "cumulative_released", "both", "total", status=None, event_date=date(2025, 2, 7)),
    ]
    c = _derived_over({"a1": "2025-02-05", "a2": "2025-02-06", "a3": "2025-02-07"}, figures)
    assert c.execute("select count(*) from discrepancies where fact_type = 'running_total'").fetchall() == [(0,)]
    assert c.execute("select as_of_date, reported_total_ukraine from cumulative_exchanges where reported_total_ukraine is not null").fetchall() == [
        (date(2025, 2, 5), 4131)]


def test_a_years_total_is_not_the_wars_running_total():
    """'1,358 in 2024, compared with 2,598 in 2023': totals of one year each, not a running total that fell."""
    figures = [
        _figure("f1", "a1", 3956, "cumulative_released", "ukraine", status=None, event_date=date(2024, 12, 20), since_date=date(2022, 3, 1)),
        _figure("f2", "a2", 1358, "cumulative_released", "ukraine", status=None, event_date=date(2024, 1, 1),
                event_date_precision="year", since_date=date(2024, 1, 1)),
        _figure("f3", "a2", 2598, "cumulative_released", "ukraine", status=None, event_date=date(2023, 1, 1),
                event_date_precision="year", since_date=date(2023, 1, 1)),
        _figure("f4", "a2", 4131, "cumulative_released", "ukraine", status=None, event_date=date(2025, 1, 5)),
    ]
    c = _derived_over({"a1": "2024-12-20", "a2": "2025-01-05"}, figures)
    assert c.execute("select count(*) from discrepancies where fact_type = 'running_total'").fetchall() == [(0,)]
    assert c.execute("select as_of_date, reported_total_ukraine from cumulative_exchanges where reported_total_ukraine is not null "
                     "order by as_of_date").fetchall() == [(date(2024, 12, 20), 3956), (date(2025, 1, 5), 4131)]


def test_a_running_total_of_bodies_joins_no_handover():
    figures = [
        _figure("f1", "a1", 757, "bodies", "ukraine", event_date=date(2025, 2, 14), subject="bodies"),
        _figure("f2", "a1", 9000, "bodies", "ukraine", event_date=date(2025, 2, 14), subject="bodies", since_date=date(2022, 1, 1)),
        # an article whose only bodies figure is a running total makes no event
        _figure("f3", "a2", 9500, "bodies", "ukraine", event_date=date(2025, 3, 1), subject="bodies", since_date=date(2022, 1, 1)),
    ]
    c = _derived_over({"a1": "2025-02-14", "a2": "2025-03-01"}, figures)
    assert c.execute("select event_date, category, returned_to_ukraine from exchange_events").fetchall() == [(date(2025, 2, 14), "bodies", 757)]
    assert c.execute("select count(*) from discrepancies").fetchall() == [(0,)]


def test_different_running_totals_on_one_day_are_a_discrepancy():
    """'5,857 freed since 2022' and '5,941 in total' on the same day, from two articles: kept side by side."""
    figures = [
        _figure("f1", "a1", 5857, "cumulative_released", "ukraine", status=None, event_date=date(2025, 8, 14), since_date=date(2022, 1, 1)),
        _figure("f2", "a2", 5941, "cumulative_released", "ukraine", status=None, event_date=date(2025, 8, 14), claimant="Coordination Headquarters"),
        # one article restating its own total is no conflict
        _figure("f3", "a3", 6000, "cumulative_released", "ukraine", status=None, event_date=date(2025, 9, 1)),
        _figure("f4", "a3", 6001, "cumulative_released", "ukraine", status=None, event_date=date(2025, 9, 1)),
        # "nearly 4,000" agrees with 3,956; "more than 4,500" does not
        _figure("f5", "a4", 3956, "cumulative_released", "ukraine", status=None, event_date=date(2024, 12, 30)),
        _figure("f6", "a5", 4000, "cumulative_released", "ukraine", status=None, event_date=date(2024, 12, 30), qualifier="up_to"),
    ]
    c = _derived_over({"a1": "2025-08-15", "a2": "2025-08-14", "a3": "2025-09-01", "a4": "2024-12-30", "a5": "2024-12-30"}, figures)
    got = c.execute("select fact, \"values\", article_ids, explanation from discrepancies where fact_type = 'running_total'").fetchall()
    assert got == [("running total of Ukrainians released, reported on 2025-08-14", [5857, 5941], ["a1", "a2"],
                    "Sources give different running totals for the same date: 5857 (unattributed), 5941 (Coordination Headquarters).")]
    figures[-1]["qualifier"], figures[-1]["value"] = "more_than", 4500
    c = _derived_over({"a1": "2025-08-15", "a2": "2025-08-14", "a3": "2025-09-01", "a4": "2024-12-30", "a5": "2024-12-30"}, figures)
    assert c.execute("select \"values\" from discrepancies where fact_type = 'running_total' order by fact").fetchall() == [
        ([3956, 4500],), ([5857, 5941],)]


def test_an_articles_claim_is_its_first_exact_count():
    """A headline's "over 200" yields to the lede's 207: the article claims the count it states exactly."""
    figures = [
        _figure("f1", "a1", 200, "exchanged", "ukraine", event_date=date(2024, 1, 31), qualifier="more_than", char_start=40),
        _figure("f2", "a1", 207, "exchanged", "ukraine", event_date=date(2024, 1, 31), char_start=160),
        _figure("f3", "a2", 1000, "exchanged", "both", "per_side", event_date=date(2024, 1, 31), qualifier="about", char_start=10),
    ]
    c = _derived_over({"a1": "2024-02-01", "a2": "2024-02-01"}, figures)
    assert c.execute("select article_id, to_side, value from exchange_claims order by article_id, to_side").fetchall() == [
        ("a1", "ukraine", 207), ("a2", "russia", 1000), ("a2", "ukraine", 1000)]


def test_as_many_handovers_as_days_are_one_a_day():
    """"Three more transfers of 1,200 bodies each followed between Friday and Sunday": three events of 1,200, one a day;
    a range of days with no such count of handovers stays one event."""
    sentence = "Three more transfers of 1,200 bodies each followed between Friday and Sunday."
    figures = [
        _figure("f1", "a1", 3, "exchange_count", "both", status=None, event_date=date(2025, 6, 15), event_date_from=date(2025, 6, 13),
                sentence=sentence, sentence_start=100, char_start=100, char_end=105),
        _figure("f2", "a1", 1200, "bodies", "ukraine", event_date=date(2025, 6, 15), event_date_from=date(2025, 6, 13),
                sentence=sentence, sentence_start=100, char_start=124, char_end=129, subject="bodies"),
        _figure("f3", "a2", 1000, "exchanged", "both", "per_side", event_date=date(2025, 5, 25), event_date_from=date(2025, 5, 23),
                sentence="A total of 1,000 from each side were freed over three days.", sentence_start=0, char_start=11, char_end=16),
    ]
    c = _derived_over({"a1": "2025-06-16", "a2": "2025-05-26"}, figures)
    assert c.execute("select category, event_date_from, event_date, returned_to_ukraine, returned_to_russia from exchange_events "
                     "order by event_date").fetchall() == [
        ("prisoners", date(2025, 5, 23), date(2025, 5, 25), 1000, 1000),
        ("bodies", None, date(2025, 6, 13), 1200, None),
        ("bodies", None, date(2025, 6, 14), 1200, None),
        ("bodies", None, date(2025, 6, 15), 1200, None)]
