"""The HTML report: one self-contained page with charts, tables and a provenance viewer.

Article text is untrusted: every value goes through `html.escape`, the only script is ours, and a
Content-Security-Policy that allows just that script (by hash) stops anything an article smuggles in."""
from __future__ import annotations

import base64
import hashlib
import html
from datetime import date

import duckdb

MAX_ARTICLES = 300  # articles in the provenance viewer
MAX_ROWS = 500  # rows of each table; the full tables are in the warehouse and the exports
MAX_LINKS = 12  # source links per term row

_KIND_COLOURS = {
    "exchanged": "#1f77b4", "agreed": "#9467bd", "offered": "#e377c2", "bodies": "#7f7f7f",
    "cumulative_released": "#2ca02c", "exchange_ordinal": "#bcbd22", "exchange_count": "#17becf",
    "age": "#ff7f0e", "percentage": "#8c564b", "other": "#d62728",
}

_SCRIPT = """
document.addEventListener('click', function (ev) {
  var el = ev.target.closest('mark.fig');
  if (!el) return;
  var panel = document.getElementById('detail');
  var rows = [['value', el.dataset.value], ['kind', el.dataset.kind], ['side', el.dataset.side],
              ['scope', el.dataset.scope], ['status', el.dataset.status], ['qualifier', el.dataset.qualifier],
              ['claimant', el.dataset.claimant], ['event date', el.dataset.eventDate]];
  panel.textContent = '';
  rows.forEach(function (r) {
    var line = document.createElement('div');
    var k = document.createElement('b'); k.textContent = r[0] + ': ';
    line.appendChild(k); line.appendChild(document.createTextNode(r[1] || '—'));
    panel.appendChild(line);
  });
  panel.hidden = false;
});
"""

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1em 2em; color: #222; }
h1 { margin-bottom: 0; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; font-size: 13px; } td, th { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; }
th { background: #f4f4f4; text-align: left; } .muted { color: #777; }
svg { background: #fafafa; border: 1px solid #ddd; } .planned { fill: none; stroke-dasharray: 3 2; stroke-width: 1.5; }
article.source { border: 1px solid #ddd; padding: .5em 1em; margin: 1em 0; } article.source pre { white-space: pre-wrap; font: inherit; }
mark.fig { border-radius: 3px; padding: 0 2px; cursor: pointer; background: #fff3a0; border-bottom: 2px solid var(--c); }
mark.fig:target { outline: 3px solid #e4572e; }
#detail { position: fixed; right: 1em; bottom: 1em; background: #fff; border: 1px solid #999; padding: .6em 1em; box-shadow: 0 2px 8px #0003; }
.bar { position: relative; background: #eee; height: 1.3em; margin: .2em 0; max-width: 600px; border-radius: 3px; }
.bar div { background: #7fb77e; height: 100%; border-radius: 3px; } .bar span { position: absolute; left: .5em; top: 0; font-size: 12px; }
.status-fulfilled { color: #2a7f2a; } .status-stalled { color: #b03030; } .status-unknown { color: #777; } .status-in_progress { color: #b07a00; }
.legend span { display: inline-block; margin-right: 1em; } .legend i { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: middle; }
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _rows(conn: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = conn.execute(sql, params) if params is not None else conn.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _article_links(row: dict) -> str:
    """Links to a row's source articles; a row with hundreds of sources (a large corpus) links the first
    MAX_LINKS and counts the rest, which are in the row's article_ids column of the table."""
    ids = list(row["article_ids"] or [])[:MAX_LINKS]
    links = " ".join(f'<a href="#article-{_e(a)}">{_e(a[:8])}</a>' for a in ids)
    if row["n_article_ids"] > len(ids):
        links += f' <span class="muted">and {row["n_article_ids"] - len(ids)} more</span>'
    return links


def _capped(table: str, count: str = "coalesce(len(article_ids), 0)") -> str:
    """A table's rows with only the first MAX_LINKS article ids of each (and their number): an agreement
    that a large corpus discusses has hundreds of thousands, which the page never shows."""
    return f"(select * replace (article_ids[1:{MAX_LINKS}] as article_ids), {count} as n_article_ids from {table})"


def _timeline_svg(events: list[dict]) -> str:
    dated = [e for e in events if e["event_date"] and e["category"] == "prisoners"]
    if not dated:
        return '<p class="muted">No dated exchanges.</p>'
    w, h, pad = 1000, 260, 40
    d0 = min(e["event_date"] for e in dated).toordinal()
    d1 = max(e["event_date"] for e in dated).toordinal()
    span = max(1, d1 - d0)
    top = max([e["returned_to_ukraine"] or 0 for e in dated] + [e["returned_to_russia"] or 0 for e in dated] + [1])
    mid = h / 2
    scale = (mid - pad / 2) / top
    parts = [f'<svg id="timeline-chart" role="img" aria-label="Exchanges over time" width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
             f'<line x1="{pad}" y1="{mid}" x2="{w - 10}" y2="{mid}" stroke="#999"/>',
             f'<text x="4" y="16" font-size="11">returned to Ukraine ↑</text><text x="4" y="{h - 6}" font-size="11">returned to Russia ↓</text>']
    for e in dated:
        x = pad + (e["event_date"].toordinal() - d0) / span * (w - pad - 20)
        cls = ' class="planned"' if e["status"] == "planned" else ""
        label = _e(f"{e['event_date']} {e['status']}: to Ukraine {e['returned_to_ukraine'] or 'undisclosed'}, to Russia {e['returned_to_russia'] or 'undisclosed'}")
        ua, ru = e["returned_to_ukraine"], e["returned_to_russia"]
        link = f'<a href="#event-{_e(e["event_id"])}">'
        if ua is None and ru is None:
            parts.append(f'{link}<circle cx="{x:.1f}" cy="{mid}" r="4" fill="#999"{cls} stroke="#555"><title>{label}</title></circle></a>')
            continue
        if ua:
            parts.append(f'{link}<rect x="{x - 3:.1f}" y="{mid - ua * scale:.1f}" width="6" height="{ua * scale:.1f}" fill="#1f77b4" stroke="#1f77b4"{cls}><title>{label}</title></rect></a>')
        if ru:
            parts.append(f'{link}<rect x="{x - 3:.1f}" y="{mid}" width="6" height="{ru * scale:.1f}" fill="#d62728" stroke="#d62728"{cls}><title>{label}</title></rect></a>')
    for e, anchor in ((dated[0], "start"), (dated[-1], "end")):
        x = pad + (e["event_date"].toordinal() - d0) / span * (w - pad - 20)
        parts.append(f'<text x="{x:.1f}" y="{mid + 14}" font-size="10" text-anchor="{anchor}">{_e(e["event_date"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _cumulative_svg(rows: list[dict]) -> str:
    if not rows:
        return '<p class="muted">No running totals.</p>'
    w, h, pad = 1000, 240, 50
    d0 = rows[0]["as_of_date"].toordinal()
    span = max(1, rows[-1]["as_of_date"].toordinal() - d0)
    top = max([r["reported_total_ukraine"] or 0 for r in rows] + [r["returned_to_ukraine_to_date"] or 0 for r in rows] + [1])

    def xy(r, v):
        return pad + (r["as_of_date"].toordinal() - d0) / span * (w - pad - 20), h - 20 - v / top * (h - 40)

    corpus = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(r, r["returned_to_ukraine_to_date"] or 0) for r in rows))
    parts = [f'<svg id="cumulative-chart" role="img" aria-label="Running totals" width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
             f'<polyline points="{corpus}" fill="none" stroke="#1f77b4" stroke-width="2"/>',
             f'<text x="{pad}" y="14" font-size="11">blue: returned to Ukraine, summed over exchanges in the corpus · green: running total reported by officials</text>']
    for r in rows:
        if r["reported_total_ukraine"] is not None:
            x, y = xy(r, r["reported_total_ukraine"])
            label = _e(f"{r['as_of_date']}: reported total {r['reported_total_ukraine']}; corpus sum {r['returned_to_ukraine_to_date']}")
            parts.append(f'<a href="#article-{_e(r["reported_total_article_id"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#2ca02c">'
                         f"<title>{label}</title></circle></a>")
    parts.append(f'<text x="4" y="{h - 22}" font-size="10">0</text><text x="4" y="24" font-size="10">{top}</text></svg>')
    return "".join(parts)


def _highlighted_body(body: str, figures: list[dict]) -> str:
    out, pos = [], 0
    for f in sorted(figures, key=lambda f: f["char_start"]):
        if f["char_start"] < pos:
            continue  # overlapping spans: the first wins
        out.append(_e(body[pos : f["char_start"]]))
        tip = f"{f['kind']} · {f['side']}{' / ' + f['scope'] if f['scope'] else ''} · {f['claimant'] or 'unattributed'} · {f['event_date'] or 'undated'}"
        out.append(
            f'<mark class="fig" id="fig-{_e(f["figure_id"])}" style="--c:{_KIND_COLOURS.get(f["kind"], "#999")}" title="{_e(tip)}"'
            f' data-value="{_e(f["value"])}{"–" + _e(f["value_high"]) if f["value_high"] else ""}" data-kind="{_e(f["kind"])}"'
            f' data-side="{_e(f["side"])}" data-scope="{_e(f["scope"])}" data-status="{_e(f["status"])}"'
            f' data-qualifier="{_e(f["qualifier"])}" data-claimant="{_e(f["claimant"])}" data-event-date="{_e(f["event_date"])}">'
            f'{_e(body[f["char_start"] : f["char_end"]])}</mark>'
        )
        pos = f["char_end"]
    out.append(_e(body[pos:]))
    return "".join(out)


def _progress(delivered, promised, label: str) -> str:
    if not promised:
        return f'<span class="muted">{_e(label)}: {_e(delivered if delivered is not None else "undisclosed")} (no quantity promised)</span>'
    share = min(1.0, (delivered or 0) / promised)
    return (f'<div class="bar" title="{_e(label)}: {_e(delivered or 0)} of {_e(promised)}"><div style="width:{share * 100:.1f}%"></div>'
            f'<span>{_e(label)}: {_e(delivered if delivered is not None else "undisclosed")} / {_e(promised)}</span></div>')


def _attribution(stage: dict) -> str:
    """Why a stage counts for the agreement, shown on hover."""
    how = stage.get("attributed_by")
    if how == "reference":
        return "named by the articles: " + "; ".join(stage.get("deal_references") or [])
    if how == "stage_ordinal":
        return "a numbered stage continuing the earlier stages of this deal"
    return "dated after the agreement and before the next one"


def _fulfilment(rows: list[dict]) -> str:
    if not rows:
        return '<p class="muted">No agreements found.</p>'
    out = []
    for r in rows:
        stages = " ".join(
            f'<a href="#event-{_e(s["event_id"])}" title="{_e(_attribution(s))}">{_e(s["date"])}'
            + (f' (stage {_e(s["stage_ordinal"])})' if s.get("stage_ordinal") else "")
            + f': {_e(s["to_ukraine"] if s["to_ukraine"] is not None else "?")}'
            f'/{_e(s["to_russia"] if s["to_russia"] is not None else "?")}</a>' for s in (r["stages"] or [])
        ) or '<span class="muted">no stages reported</span>'
        undisclosed = f" · {_e(r['undisclosed_stages'])} with numbers undisclosed" if r["undisclosed_stages"] else ""
        if r.get("unreported_stages"):
            undisclosed += f" · {_e(r['unreported_stages'])} known only from a stage number"
        out.append(
            f'<div class="agreement" id="agreement-{_e(r["agreement_date"])}-{_e(r["term"])}"><h3>{_e(r["agreement"])} · {_e(r["term"])}'
            f' · <span class="status-{_e(r["status"])}">{_e(r["status"])}</span></h3>'
            f'<p>Promised: {_e(r["promised_claims"])}</p>'
            f'{_progress(r["delivered_to_ukraine"], r["promised_best"], "to Ukraine")}'
            f'{_progress(r["delivered_to_russia"], r["promised_best"], "to Russia")}'
            f'<p>Stages (to Ukraine/to Russia): {stages}'
            f"{undisclosed}</p>"
            + (f'<p class="muted">{_e(r["note"])}</p>' if r["note"] else "")
            + f'<p class="muted">Sources: {_article_links(r)}</p></div>'
        )
    return "".join(out)


def _table(rows: list[dict], columns: list[tuple[str, callable]], anchor=None) -> str:
    if not rows:
        return '<p class="muted">None.</p>'
    head = "".join(f"<th>{_e(name)}</th>" for name, _ in columns)
    body = []
    for r in rows:
        rid = f' id="{_e(anchor(r))}"' if anchor else ""
        body.append(f"<tr{rid}>" + "".join(f"<td>{fn(r)}</td>" for _, fn in columns) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def build_report(conn: duckdb.DuckDBPyConnection, generated: date | None = None) -> str:
    """The whole report as one HTML string (no external files, no network)."""
    n_events = conn.execute("select count(*) from exchange_events").fetchall()[0][0]
    events = _rows(conn, f"select * from {_capped('exchange_events')} order by n_articles desc, event_date limit {MAX_ROWS}")
    events.sort(key=lambda e: (e["event_date"] is None, e["event_date"] or date.min, e["category"]))
    cumulative = _rows(conn, "select * from cumulative_exchanges order by as_of_date")
    terms = _rows(conn, f"select * from reported_terms_side_by_side order by agreement_date nulls last, term limit {MAX_ROWS}")
    term_rows = _rows(conn, f"""
        select agreement, term, value, detail, figure_id, article_id, char_start from (
            select *, row_number() over (partition by agreement, term order by article_id, char_start) as k from reported_terms)
        where k <= {MAX_LINKS}""")
    discrepancies = _rows(conn, f"select * from {_capped('discrepancies', 'n_articles')} order by fact_type, fact limit {MAX_ROWS}")
    fulfilment = _rows(conn, f"select * from {_capped('agreement_fulfilment')} order by agreement_date, term limit {MAX_ROWS}")
    n_articles = conn.execute("select count(*) from articles").fetchall()[0][0]
    # the provenance viewer shows the articles the tables point at first, up to MAX_ARTICLES, so the
    # page stays small whatever the corpus size
    # (the ranking reads no bodies: only the articles shown are fetched whole)
    shown_ids = [r[0] for r in conn.execute("""
        with linked as (
            select distinct unnest(article_ids) as article_id from exchange_events
            union select article_id from reported_terms
            union select distinct unnest(article_ids) from discrepancies
        )
        select a.article_id
        from articles a left join linked l using (article_id)
        order by l.article_id is null, a.published_date desc nulls last, a.source_path
        limit ?
    """, [MAX_ARTICLES]).fetchall()]
    rank = {article_id: i for i, article_id in enumerate(shown_ids)}
    articles = sorted(_rows(conn, """
        select article_id, source_path, title, outlet, url, published_date, body from articles
        where article_id in (select unnest(?::varchar[]))""", [shown_ids]), key=lambda a: rank[a["article_id"]])
    figures = _rows(conn, """
        select * from figures where article_id in (select unnest(?::varchar[])) order by article_id, char_start""", [shown_ids])
    by_article: dict[str, list[dict]] = {}
    for f in figures:
        by_article.setdefault(f["article_id"], []).append(f)
    spans: dict[tuple, list[str]] = {}
    for t in term_rows:
        if t["figure_id"]:
            spans.setdefault((t["agreement"], t["term"]), []).append(f'<a href="#fig-{_e(t["figure_id"])}">{_e(t["value"])}</a>')
        else:
            spans.setdefault((t["agreement"], t["term"]), []).append(f'<a href="#article-{_e(t["article_id"])}">{_e(t["detail"])}</a>')

    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
    legend = "".join(f'<span><i style="background:{c}"></i>{_e(k)}</span>' for k, c in _KIND_COLOURS.items())
    sections = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{script_hash}'\">",
        "<title>Prisoner exchanges: report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Prisoner exchanges between Russia and Ukraine</h1>",
        f'<p class="muted">{n_articles} articles · {n_events} events'
        + (f" · generated {generated.isoformat()}" if generated else "") + "</p>",
        "<h2>Timeline of exchanges</h2>", _timeline_svg(events),
        "<p class=\"muted\">Bars: best value per side; dashed outline: planned (never reported as done); grey dot: numbers undisclosed.</p>",
        (f'<p class="muted">The table lists the {MAX_ROWS} events reported by the most articles; all {n_events} are in exchange_events.</p>' if n_events > MAX_ROWS else ""),
        _table(events, [
            ("date", lambda r: _e(r["event_date"]) + (f" (from {_e(r['event_date_from'])})" if r["event_date_from"] else "")),
            ("category", lambda r: _e(r["category"])), ("status", lambda r: _e(r["status"])),
            ("to Ukraine", lambda r: _e(r["returned_to_ukraine"] if r["returned_to_ukraine"] is not None else "undisclosed")
                + (f' <span class="muted">({_e(r["returned_to_ukraine_low"])}–{_e(r["returned_to_ukraine_high"])})</span>' if r["returned_to_ukraine_low"] != r["returned_to_ukraine_high"] else "")),
            ("to Russia", lambda r: _e(r["returned_to_russia"] if r["returned_to_russia"] is not None else "undisclosed")
                + (f' <span class="muted">({_e(r["returned_to_russia_low"])}–{_e(r["returned_to_russia_high"])})</span>' if r["returned_to_russia_low"] != r["returned_to_russia_high"] else "")),
            ("mediator", lambda r: _e(r["mediator"])), ("articles", lambda r: _article_links(r)),
        ], anchor=lambda r: f"event-{r['event_id']}"),
        "<h2>Running totals</h2>", _cumulative_svg(cumulative),
        "<h2>Terms of each agreement, claims side by side</h2>",
        _table(terms, [
            ("agreement", lambda r: _e(r["agreement"])), ("term", lambda r: _e(r["term"])), ("claims", lambda r: _e(r["claims"])),
            ("sources", lambda r: " ".join(spans.get((r["agreement"], r["term"]), []))),
        ]),
        "<h2>How much of each agreement is done</h2>", _fulfilment(fulfilment),
        "<h2>Where sources disagree</h2>",
        _table(discrepancies, [
            ("fact", lambda r: _e(r["fact"])), ("values", lambda r: _e(", ".join(map(str, r["values"] or [])))),
            ("explanation", lambda r: _e(r["explanation"])), ("articles", lambda r: _article_links(r)),
        ]),
        "<h2>Articles, with every figure highlighted</h2>",
        f'<p class="muted">Showing {len(articles)} of {n_articles} articles: those the tables above link to first, then the newest.</p>'
        f'<p class="legend">{legend}</p><p class="muted">Hover a figure for its meaning; click it for details.</p>',
    ]
    for a in articles:
        meta = " · ".join(_e(x) for x in (a["outlet"], a["published_date"] or "no stated date", a["source_path"]) if x)
        link = f' · <a href="{_e(a["url"])}" rel="noopener noreferrer">source</a>' if a["url"] and str(a["url"]).startswith(("http://", "https://")) else ""
        sections.append(
            f'<article class="source" id="article-{_e(a["article_id"])}"><h3>{_e(a["title"] or "(untitled)")}</h3>'
            f'<p class="muted">{meta}{link}</p><pre>{_highlighted_body(a["body"], by_article.get(a["article_id"], []))}</pre></article>'
        )
    sections.append('<div id="detail" hidden></div>')
    sections.append(f"<script>{_SCRIPT}</script></body></html>")
    return "".join(sections)
