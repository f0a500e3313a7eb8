"""Facts about a whole article that the derived tables need, found once when the article is extracted.

Each used to be a regular expression the derived SQL ran over every body on every rebuild (most of
`exchange_events` and `discrepancies` at 100,000 articles); found here, they cost nothing per rebuild and
are found again only when an article is. The patterns keep the SQL's meaning: `\\w`, `\\s` and `\\b` are
ASCII, as in DuckDB's RE2."""
from __future__ import annotations

import re

_W = "[0-9A-Za-z_]"
_S = "[ \\t\\n\\f\\r]"
# where the returned servicemen are taken first, when an article says so ("transferred to Belarus",
# "are on the territory of the Republic of Belarus", "were flown via Turkey")
_COUNTRIES = ("belarus", "turkey", "türkiye", "qatar", "emirates")
_TRANSIT = re.compile(
    rf"(?<!{_W})(?:transferred|taken|flown|brought|moved|sent|are|were|now|receiving{_S}+{_W}+(?:{_S}+and{_S}+{_W}+)?{_S}+{_W}+)"
    rf"{_S}+(?:{_W}+{_S}+){{0,3}}?(?:to|in|into|via|through|on{_S}+the{_S}+territory{_S}+of){_S}+(?:the{_S}+Republic{_S}+of{_S}+)?"
    rf"(Belarus|Turkey|Türkiye|Qatar|the{_S}+United{_S}+Arab{_S}+Emirates)",
    re.I,
)
# "held captive since 2014": the year captivity began for the people released. Found from each "since YYYY"
# (few per article) back to a captivity word at most 40 characters before it in the same sentence, rather
# than by scanning the whole body for the captivity words (many per article)
_SINCE_YEAR = re.compile(r"since (\d{4})", re.I)
_CAPTIVITY_WORD_BEFORE = re.compile(r"(?:held|captive|captivity|imprisoned|detained)[^.]{0,40}$", re.I)


def transit_country(body: str) -> str | None:
    """The country the freed were taken to or through first, as the article writes it, or None. The pattern
    ends at a country's name, so it is tried only just before each (a scan of the whole body costs more
    than the rest of the article's facts together)."""
    low = body.lower()
    found: list[re.Match] = []
    for name in _COUNTRIES:
        at = low.find(name)
        while at >= 0:
            m = _TRANSIT.search(body, max(0, at - 160), min(len(body), at + len(name) + 1))
            if m:
                found.append(m)
            at = low.find(name, at + 1)
    return min(found, key=lambda m: m.start()).group(1) if found else None


def captivity_since_years(body: str) -> list[int]:
    """Every year the article says people had been held since, in order ("held captive since 2014")."""
    low = body.lower()
    years = []
    at = low.find("since ")
    while at >= 0:
        m = _SINCE_YEAR.match(body, at)
        if m and _CAPTIVITY_WORD_BEFORE.search(body, max(0, at - 60), at):
            years.append(int(m.group(1)))
        at = low.find("since ", at + 1)
    return years
