"""Validators over the warehouse, shared by the asset checks and the tests; each returns the offending rows."""
from __future__ import annotations

import duckdb


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cur = conn.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, (str(v) if v is not None else None for v in row))) for row in cur.fetchall()]


def bad_spans(conn, only_articles_in: str | None = None) -> list[dict]:
    """Figures (and deal references) whose span does not slice the body to their text. `only_articles_in`:
    a table of article ids to check (an incremental load checks the articles it wrote, in its transaction)."""
    only = f"and a.article_id in (select article_id from {only_articles_in})" if only_articles_in else ""
    return _rows(conn, f"""
        select f.figure_id, f.article_id, f.char_start, f.char_end, f.text
        from figures f join articles a using (article_id)
        where (substr(a.body, f.char_start + 1, f.char_end - f.char_start) is distinct from f.text
               or substr(a.body, f.sentence_start + 1, length(f.sentence)) is distinct from f.sentence) {only}
        union all
        -- the words that name the deal an exchange carries out ("under the Istanbul agreements")
        select 'mention', m.article_id, m.reference_char_start, m.reference_char_end, m.deal_reference
        from exchange_mentions m join articles a using (article_id)
        where m.deal_reference is not null
          and substr(a.body, m.reference_char_start + 1, m.reference_char_end - m.reference_char_start) is distinct from m.deal_reference {only}
        order by 1, 2, 3
    """)


def events_without_articles(conn) -> list[dict]:
    return _rows(conn, """
        select e.event_id from exchange_events e
        where len(e.article_ids) = 0
           or exists (
               select 1 from unnest(e.article_ids) as u(article_id)
               where u.article_id not in (select article_id from articles))
    """)


def decreasing_cumulative(conn) -> list[dict]:
    return _rows(conn, """
        select as_of_date, exchanges_to_date, returned_to_ukraine_to_date, returned_to_russia_to_date from (
            select *,
                lag(exchanges_to_date) over w as p_ex,
                lag(returned_to_ukraine_to_date) over w as p_ua,
                lag(returned_to_russia_to_date) over w as p_ru
            from cumulative_exchanges window w as (order by as_of_date)
        ) where exchanges_to_date < p_ex or returned_to_ukraine_to_date < p_ua or returned_to_russia_to_date < p_ru
    """)


def terms_without_sources(conn) -> list[dict]:
    return _rows(conn, """
        select t.article_id, t.term, t.char_start from reported_terms t
        left join articles a using (article_id)
        where a.article_id is null or strpos(a.body, t.sentence) = 0
    """)


def unassigned_figures(conn) -> list[dict]:
    return _rows(conn, """
        -- the events' article lists as (date, article) rows: one hash join, not a list search per figure
        select f.figure_id, f.article_id, f.kind, f.value, f.text from figures f
        anti join (select distinct event_date, unnest(article_ids) as article_id from exchange_events) e
          on e.event_date = f.event_date and e.article_id = f.article_id
        where (f.kind = 'exchanged' or (f.kind = 'bodies' and f.status = 'completed'))
          and f.since_date is null  -- (a running total of bodies belongs to no one handover)
        order by f.article_id, f.char_start
    """)


def stages_not_adding_up(conn) -> list[dict]:
    return _rows(conn, "select fact, values, explanation from discrepancies where fact_type in ('stages_vs_total', 'deal_stages_vs_promise') order by fact")


def deliveries_above_promise_without_note(conn) -> list[dict]:
    return _rows(conn, """
        select agreement, term, promised_best, delivered_to_ukraine, delivered_to_russia from agreement_fulfilment
        where delivered_exceeds_promise and note is null
    """)


def category_deals_with_numbers(conn) -> list[dict]:
    return _rows(conn, "select agreement, term, promised_claims from agreement_fulfilment where category_deal and promised_best is not null")
