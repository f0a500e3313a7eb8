"""Which agreement an exchange carries out, when the text says so: "under the agreements reached in
Istanbul last month", "the third and final stage of the 1000-for-1000 exchange", "the 8th exchange
since the Istanbul talks". The fulfilment table trusts these over the date of the exchange."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.dates import _MONTHS, find_dates, find_relative_dates, resolve
from pipeline.extract.numbers import Number, find_numbers, tokens

# What an exchange is carried out under; the agreement noun must follow within a few words.
_LEAD = (
    r"\b(?:under|as\s+(?:a\s+)?part\s+of|part\s+of|in\s+accordance\s+with|in\s+line\s+with|pursuant\s+to"
    r"|(?:with)?in\s+the\s+framework\s+of|in\s+(?:the\s+)?implementation\s+of|implementing|agreed(?:\s+upon)?(?=\s+(?:at|in|during|on))"
    r"|(?:stage|phase|tranche|round)\s+of|im\s+rahmen\s+(?:der|des)|gemäß|dans\s+le\s+cadre\s+d\w*|conformément\s+à"
    r"|в\s+рамках|відповідно\s+до|згідно\s+з|согласно)"
)
_N_FOR_N = r"(?:\d[\d,.\s]*\d|\d+|[a-z]+)\s*-?\s*for\s*-?\s*(?:\d[\d,.\s]*\d|\d+|[a-z]+)\s+(?:prisoner\s+)?(?:exchange|swap|deal|format)"
_AGREEMENT_NOUN = (
    r"(?:agreements?|deals?|accords?|arrangements?|understandings?|memorandum|" + _N_FOR_N +
    r"|vereinbarung\w*|abkommen\w*|accords?|домовленост\w*|договорённост\w*|договоренност\w*|угод\w*)"
)
_REFERENCE = re.compile(
    _LEAD + r"\s+(?P<object>(?:(?:the|an?|this|that|these|those|last|new|earlier|previous|recent|broader|der|des|de\s+l['’]|l['’]|les?|la)\s+)?"
    r"(?:[\w’'“”\"-]+\s+){0,5}?" + _AGREEMENT_NOUN + r")(?![\w-])"
    # what follows the noun says where and when it was made ("reached in Istanbul last month"), up to the clause's end
    r"(?P<tail>\s+(?:reached|signed|struck|made|agreed(?:\s+upon)?|concluded|brokered|in|at|during|on|from|between|of)\b[^.;:,!?()\"“”«»]{0,130})?",
    re.I,
)
# "the 8th prisoner exchange since the Istanbul talks": a count of the exchanges that carry out those talks
_SINCE_TALKS = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,2}?(?:exchanges?|swaps?)\s+(?:[\w-]+\s+){0,3}?)?since\s+(?P<ref>(?:the\s+)?(?:[\w’'“”\"-]+\s+){0,4}?"
    r"(?:talks|negotiations|agreements?|deal|meeting))\b(?P<tail>[^.;:,!?()]{0,60})",
    re.I,
)
_STAGE_AFTER = re.compile(
    r"\s*(?:and\s+(?:final|last)\s+)?(?:stage|phase|tranche|round\s+of\s+(?:the\s+)?(?:exchanges?|swaps?|repatriations?|handovers?)"
    r"|part\s+of\s+the\s+(?:exchange|swap))\b",
    re.I,
)
# Words a reference cannot do without: a lead ("under", "part", "stage"...) and, unless an N-for-N or an
# ordinal "since" carries it, an agreement noun. Checked on the sentence's words before any pattern runs.
_LEAD_WORDS = frozenset(
    "under part accordance line pursuant framework implementation implementing agreed stage phase tranche round "
    "rahmen gemäß cadre conformément рамках відповідно згідно согласно since".split()
)
_NOUN_WORDS = frozenset(
    "agreement agreements deal deals accord accords arrangement arrangements understanding understandings memorandum "
    "vereinbarung vereinbarungen abkommen accords домовленостей домовленостями домовленості договорённостей "
    "договоренностей договоренностям договорённостям угоди угодою угод".split()
)
_MONTH_ONLY = re.compile(r"\b(?:in|from|of|since)\s+(?:early\s+|mid-?|late\s+)?(?P<m>[A-Z][a-z]+)\b")


@dataclass(frozen=True)
class DealReference:
    start: int  # span of the reference in the sentence
    end: int
    quantity: int | None  # "1000-for-1000": the per-side number the deal is known by
    agreed_from: date | None  # the window the reference puts the agreement in ("last month")
    agreed_to: date | None
    when: str = ""  # the words that date the agreement, to resolve again against another reference date


def reference_window(ref: DealReference, on: date | None) -> tuple[date | None, date | None]:
    """The agreement window resolved against another date (the exchange's, when the article has no date)."""
    return _window(ref.when, on)


@dataclass(frozen=True)
class Stage:
    start: int
    end: int
    ordinal: int  # "the third stage" → 3; "the 8th exchange since the talks" → 8


def _month_window(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _window(text: str, published: date | None) -> tuple[date | None, date | None]:
    """When the referenced agreement was made, as far as the reference says: a day, a month or a span."""
    for d in find_dates(text):
        value, start = resolve(d, published)
        if value is not None:
            return start or value, value
        if d.year is not None:
            return _month_window(d.year, d.month)
    low = text.lower()
    if published is not None:
        if "last month" in low or "previous month" in low:
            last = published.replace(day=1) - timedelta(days=1)
            return _month_window(last.year, last.month)
        if "this month" in low:
            return published.replace(day=1), published
        if "last week" in low:
            return published - timedelta(days=13), published - timedelta(days=1)
        for r in find_relative_dates(text, published):
            if r.value is not None:
                return r.value, r.value
        m = next((m for m in _MONTH_ONLY.finditer(text) if m.group("m").lower() in _MONTHS), None)
        if m:
            month = _MONTHS[m.group("m").lower()]
            year = published.year if month <= published.month else published.year - 1
            return _month_window(year, month)
        if re.search(r"\brecent(?:ly)?\b", low):
            return published - timedelta(days=62), published
    return None, None


def _quantity(text: str, language: str | None) -> int | None:
    return next((n.value for n in find_numbers(text, language) if n.n_for_n), None)


def find_deal_reference(text: str, published: date | None, language: str | None = "en",
                        numbers: list[Number] | None = None, words: frozenset[str] | None = None) -> DealReference | None:
    """The first reference in a sentence to the agreement an exchange carries out, if any."""
    words = words if words is not None else tokens(text)
    if _LEAD_WORDS.isdisjoint(words):
        return None
    if numbers is None:
        numbers = find_numbers(text, language, words)
    if _NOUN_WORDS.isdisjoint(words) and not any(n.n_for_n or n.ordinal for n in numbers):
        return None
    m = _REFERENCE.search(text)
    if m:
        ref = text[m.start() : m.end()].rstrip()
        when = m.group("object") + (m.group("tail") or "")
        return DealReference(m.start(), m.start() + len(ref), _quantity(ref, language), *_window(when, published), when)
    for n in numbers:
        if n.ordinal:
            s = _SINCE_TALKS.match(text, n.end)
            if s:
                end = s.end("ref") + len(s.group("tail").rstrip())
                when = text[s.start("ref") : end]
                return DealReference(s.start("ref"), end, None, *_window(when, published), when)
    return None


def find_stage(text: str, numbers: list[Number]) -> Stage | None:
    """'the third and final stage', 'the first round of exchanges', 'the 8th exchange since the talks'."""
    for n in numbers:
        if n.ordinal and (_STAGE_AFTER.match(text, n.end) or _SINCE_TALKS.match(text, n.end)):
            return Stage(n.start, n.end, n.value)
    return None
