"""Compare the derived `exchange_events` with a hand-made list of real events (the devset's events.json)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb


@dataclass
class EventComparison:
    gold_events: int = 0
    date_matched: int = 0
    numbers_matched: int = 0
    rows: list[dict] = field(default_factory=list)
    extra_events: list[dict] = field(default_factory=list)


def compare_events(conn: duckdb.DuckDBPyConnection, events_path: Path) -> EventComparison:
    """Per dated gold exchange or handover: is there an event on that date, and do the per-side
    best values agree? Agreements and undated rows are left to `reported_terms`."""
    gold = [e for e in json.loads(Path(events_path).read_text()) if e.get("event_date") and e["kind"] in ("prisoners", "bodies")]
    cur = conn.execute(
        "select category, event_date, status, returned_to_ukraine, returned_to_russia, n_articles from exchange_events"
    )
    predicted = {(r[0], r[1]): r for r in cur.fetchall()}
    out = EventComparison(gold_events=len(gold))
    seen: set[tuple] = set()
    for g in gold:
        key = (g["kind"], date.fromisoformat(g["event_date"]))
        p = predicted.get(key)
        row = {"event": f"{g['kind']} {g['event_date']}", "gold": (g["returned_to_ukraine"], g["returned_to_russia"])}
        if p is None:
            row["result"] = "missing"
        else:
            seen.add(key)
            out.date_matched += 1
            got = (p[3], p[4])
            row["predicted"] = got
            if got == row["gold"]:
                out.numbers_matched += 1
                row["result"] = "match"
            else:
                row["result"] = "numbers differ"
        out.rows.append(row)
    for key, p in sorted(predicted.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if key not in seen:
            out.extra_events.append({"event": f"{key[0]} {key[1]}", "status": p[2], "predicted": (p[3], p[4]), "n_articles": p[5]})
    return out
