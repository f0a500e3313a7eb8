"""Date expressions in news text: finding them, and resolving partial and relative ones against a reference date."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from pipeline.fastre import at_digit_runs, prefiltered

# Month names in the languages of the outlets and reader chrome we see; abbreviations with or without a dot.
# (Turkish names with a dotless ı - mayıs, kasım, aralık, salı - are left out: `re` folds ı with i, and a name holding
# it would make the date patterns unfilterable by their first letters, see pipeline/fastre.py.)
_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        "january jan janvier janv januar jänner enero gennaio janeiro січня січень января январь stycznia januari ocak",
        "february feb febr février févr februar febrero febbraio fevereiro лютого лютий февраля февраль lutego februari şubat",
        "march mar mars märz marzo março березня березень марта март marca maart mart",
        "april apr avril abril aprile квітня квітень апреля апрель kwietnia nisan",
        "may mai mayo maggio maio травня травень мая май maja mei",
        "june jun juin juni junio giugno junho червня червень июня июнь czerwca haziran",
        "july jul juillet juli julio luglio julho липня липень июля июль lipca temmuz",
        "august aug août agosto серпня серпень августа август sierpnia augustus ağustos",
        "september sep sept septembre septiembre settembre setembro вересня вересень сентября сентябрь września eylül",
        "october oct octobre oktober okt octubre ottobre outubro жовтня жовтень октября октябрь października oktober ekim",
        "november nov novembre noviembre novembro листопада листопад ноября ноябрь listopada",
        "december dec décembre déc dezember dez diciembre dicembre dezembro грудня грудень декабря декабрь grudnia",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _n

MONTH_RE = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"

WEEKDAYS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        "monday lundi montag lunes lunedì segunda-feira poniedziałek понеділок понеділка понедельник maandag pazartesi",
        "tuesday mardi dienstag martes martedì terça-feira wtorek вівторок вівторка вторник dinsdag",
        "wednesday mercredi mittwoch miércoles mercoledì quarta-feira środa środę середа середу среда среду woensdag çarşamba",
        "thursday jeudi donnerstag jueves giovedì quinta-feira czwartek четвер четверга четверг donderdag perşembe",
        "friday vendredi freitag viernes venerdì sexta-feira piątek пʼятниця пʼятницю п'ятницю пятница пятницу vrijdag cuma",
        "saturday samedi samstag sábado sabato sobota sobotę субота суботу суббота субботу zaterdag cumartesi",
        "sunday dimanche sonntag domingo domenica niedziela niedzielę неділя неділю воскресенье zondag pazar",
    ]
):
    for _name in _names.split():
        WEEKDAYS[_name] = _n
WEEKDAY_RE = "(?:" + "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)) + ")"

_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_M = rf"(?P<m>{MONTH_RE})"

# Each pattern captures d (optional), d0 (range start, optional), m, y (optional).
_DIGIT = re.compile(r"\d")
_NUMERIC_DATE = re.compile(r"\d[-/.]\d")
_TOKEN = re.compile(r"[^\W\d_]+")
_MONTH_WORDS = frozenset(_MONTHS)

_DATE_PATTERNS = [
    # 2025-07-04, 2025/07/04
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/](?P<mn>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)"),
    # 25.05.2025, 04/07/2025 (day first, as outside the US)
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)[./](?P<mn>[01]?\d)[./](?P<y>(?:19|20)\d\d)(?!\d)"),
    # from 23 to 25 May (2025), 7-8 June, 23–25 May
    re.compile(
        rf"(?<!\d)(?P<d0>[0-3]?\d)(?:st|nd|rd|th|\.)?\s*(?:-|–|—|to|and|bis|au|et)\s*{_D}\s+(?:de\s+)?{_M}(?:,?\s+{_Y})?(?![\w])",
        re.I,
    ),
    # May 23-25(, 2025), July 11–12
    re.compile(
        rf"(?<![\w]){_M}\s+(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_Y})?(?![\w])",
        re.I,
    ),
    # 4 July 2025, 4 juin 2025, 19. März 2025, 5th of February
    re.compile(rf"(?<![\d\w]){_D}\s*(?:of\s+|de\s+)?{_M}(?:,?\s+{_Y})?(?![\w])", re.I),
    # July 4, 2025 / July 04, 2025 / Aug. 7
    re.compile(rf"(?<![\w]){_M}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_Y})?(?![\w])", re.I),
    # month and year only: "in March 2022", "June 2025"
    re.compile(rf"(?<![\w]){_M}\s+{_Y}(?!\d)", re.I),
]


# (pattern, needs a month name, opens with one). The first two patterns are all digits; the others need
# a month name. Each is tried only where a match can start: at "19"/"20", at the first digit of a number,
# or (opening with a month name) where a word that is a month name starts.
_DATE_SCANS = [
    (prefiltered(_DATE_PATTERNS[0]), False, False),
    (at_digit_runs(_DATE_PATTERNS[1]), False, False),
    (at_digit_runs(_DATE_PATTERNS[2]), True, False),
    (_DATE_PATTERNS[3], True, True),
    (at_digit_runs(_DATE_PATTERNS[4]), True, False),
    (_DATE_PATTERNS[5], True, True),
    (_DATE_PATTERNS[6], True, True),
]


def _month_led(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern that opens with a month name followed by a dot or a space:
    such a match can only start where a word that is a month name starts, so only those places are tried."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            end = m.end()


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    day_from: int | None = None
    month_from: int | None = None  # a range across months: "from 30 December to 1 January"

    @property
    def precision(self) -> str:
        return "day" if self.day else "month"


def _month(m: re.Match) -> int | None:
    if m.groupdict().get("mn"):
        n = int(m.group("mn"))
        return n if 1 <= n <= 12 else None
    name = m.group("m").lower().rstrip(".")
    return _MONTHS.get(name)


def find_dates(text: str, words: frozenset[str] | None = None) -> list[DateMatch]:
    """All calendar date expressions, longest first where they overlap, in text order. `words`: the
    text's lower-cased letter runs, when the caller already has them."""
    found: list[DateMatch] = []
    if not _DIGIT.search(text):
        return found  # every pattern needs a day or a year
    numeric = _NUMERIC_DATE.search(text) is not None
    named = not _MONTH_WORDS.isdisjoint(words if words is not None else _TOKEN.findall(text.lower()))
    month_starts = [t.start() for t in _TOKEN.finditer(text) if t.group().lower() in _MONTH_WORDS] if named else []
    taken: list[tuple[int, int]] = []
    for pattern, needs_month_name, month_led in _DATE_SCANS:
        if not (named if needs_month_name else numeric):
            continue  # the pattern cannot match: it needs a month name, or digits joined by - / .
        for m in (_month_led(pattern, text, month_starts) if month_led else pattern.finditer(text)):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            month = _month(m)
            if month is None:
                continue
            gd = m.groupdict()
            day = int(gd["d"]) if gd.get("d") else None
            if day is not None and not 1 <= day <= 31:
                continue
            day0 = int(gd["d0"]) if gd.get("d0") else None
            if day0 is not None and (not 1 <= day0 <= 31 or (day and day0 >= day)):
                continue
            year = int(gd["y"]) if gd.get("y") else None
            if day is None and year is None:
                continue
            found.append(DateMatch(s, e, year, month, day, day0))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    if "," in text:
        found = [_with_listed_days(text, d) for d in found]
    return _join_ranges(text, found) if len(found) > 1 else found


# "on 23, 24 and 25 May", "On May 23, 24 and 25": a list of days of one month is one span, from its first day
_DAYS_LISTED_BEFORE = re.compile(r"(?<![\d.,])((?:[0-3]?\d(?:st|nd|rd|th)?\s*,\s*)+)$", re.I)
_DAYS_LISTED_AFTER = re.compile(
    r"((?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?)*)\s*,?\s*(?:and|&)\s*([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w.,]?\d)"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:people|prisoners|captives|pows?|soldiers|servicem[ae]n|civilians|bodies|ukrainians|russians|defenders|troops)\b)", re.I)
_DAY_NUMBER = re.compile(r"\d+")


def _with_listed_days(text: str, d: DateMatch) -> DateMatch:
    if d.day is None or d.month_from:
        return d
    if d.day_from:
        m = _DAYS_LISTED_BEFORE.search(text, max(0, d.start - 24), d.start)
        if m:
            days = [int(x) for x in _DAY_NUMBER.findall(m.group(1))] + [d.day_from]
            if all(a < b for a, b in zip(days, days[1:])) and d.day - days[0] <= 10:
                return replace(d, start=m.start(), day_from=days[0])
        return d
    m = _DAYS_LISTED_AFTER.match(text, d.end)
    if m and d.year is None and text[d.start].isalpha():  # (month first: "May 23, 24 and 25")
        days = [d.day, *(int(x) for x in _DAY_NUMBER.findall(m.group(1))), int(m.group(2))]
        if all(a < b for a, b in zip(days, days[1:])) and days[-1] <= 31 and days[-1] - days[0] <= 10:
            return replace(d, end=m.end(), day=days[-1], day_from=days[0], year=int(m.group("y")) if m.group("y") else None)
    return d


_RANGE_OPENING = re.compile(r"\b(?:from|between)\s+$", re.I)
_RANGE_JOINER = re.compile(r"\s*(?:to|through|until|till|and|-|–|—)\s*", re.I)
_SPAN_JOINER = re.compile(r"\s*(?:through|thru|–|—)\s*", re.I)


def _join_ranges(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """"from 30 December to 1 January", "between Dec. 30 and Jan. 1": two days that bound one span are one
    range (within one month such ranges are matched whole: "from 23 to 25 May")."""
    out: list[DateMatch] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (b is not None and a.day and b.day and not a.day_from and not b.day_from and (b.month - a.month) % 12 in (0, 1)
                and (a.year is None or b.year is None or b.year - a.year in (0, 1))
                and _RANGE_JOINER.fullmatch(text, a.end, b.start)
                # ("from ... to", "between ... and"; "through" and a dash join a span by themselves: "May 23 through May 25")
                and (_RANGE_OPENING.search(text, max(0, a.start - 10), a.start) or _SPAN_JOINER.fullmatch(text, a.end, b.start))
                and 0 < (b.day - a.day if a.month == b.month else 31 - a.day + b.day) <= 10):  # (an exchange's days, not a season)
            out.append(DateMatch(a.start, b.end, b.year, b.month, b.day, a.day, a.month if a.month != b.month else None))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(match: DateMatch, ref: date | None) -> tuple[date | None, date | None]:
    """(date, range start) for a match; a missing year comes from the reference date.

    A month-day without a year is taken in the reference year unless that puts it more than
    two months after the reference (then it is last year's: "on 30 December" in January)."""
    year = match.year
    if year is None:
        if ref is None:
            return None, None
        year = ref.year
        probe = safe_date(year, match.month, match.day or 1)
        if probe and (probe - ref).days > 62:
            year -= 1
    if match.day is None:
        return None, None
    end = safe_date(year, match.month, match.day)
    if match.day_from and match.month_from:
        start = safe_date(year - (match.month_from > match.month), match.month_from, match.day_from)  # (December before January)
    else:
        start = safe_date(year, match.month, match.day_from) if match.day_from else None
    return end, start


def weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_after(ref: date, weekday: int) -> date:
    """'next Friday', or a Friday something is still to happen on: the first one after the reference."""
    return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)


def weekday_last_week(ref: date, weekday: int) -> date:
    """'Thursday last week': that weekday in the calendar week before the reference's."""
    monday = ref - timedelta(days=ref.weekday())
    return monday - timedelta(days=7 - weekday)


# rarer phrases in a pattern of their own, tried only when their word is in the text (their openings,
# "on", "at", "two", are too common to find them fast among the others)
_WEEKEND = re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\blast\s+weekend\b|\bthis\s+(?:past\s+)?weekend\b", re.I)
# ("a week ago" is the day a week before: `_RELATIVE`)
_WEEKS_AGO = re.compile(r"\b(?:(?P<n>two|three|four|2|3|4)\s+weeks|(?P<fortnight>a\s+fortnight))\s+ago\b", re.I)
_DAYS_AGO = re.compile(r"\b(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\s+ago\b", re.I)
_RELATIVE = prefiltered(
    # a span of weekdays: "from Friday to Sunday" (the days just past; found at its first weekday: a pattern that
    # starts at "from" is tried at every "from")
    rf"(?<=\bfrom\s)(?P<wd1>{WEEKDAY_RE})\s+(?:to|through|till|until)\s+(?P<wd2>{WEEKDAY_RE})\b"
    rf"|(?<=\bbetween\s)(?P<wd3>{WEEKDAY_RE})\s+and\s+(?P<wd4>{WEEKDAY_RE})\b"  # "between Friday and Sunday"
    rf"|(?P<last>\blast\s+)?(?P<next>\bnext\s+)?(?P<wd>\b{WEEKDAY_RE})(?P<poss>['’]s)?(?P<lw>\s+(?:last|previous)\s+week)?\b"
    r"|(?P<today>\btoday\b|\btonight\b|\bthis morning\b|\bthis evening\b|\bheute\b|\baujourd['’]hui\b|\bсьогодні\b|\bсегодня\b|\bhoy\b|\boggi\b|\bdzisiaj\b|\bdziś\b)"
    r"|(?P<dby>\bthe\s+day\s+before\s+yesterday\b|\bvorgestern\b|\bпозавчора\b|\bпозавчера\b)"
    # (not French "hier": German "hier" is "here")
    r"|(?P<yday>\byesterday\b|\bgestern\b|\bвчора\b|\bвчера\b|\bayer\b|\bieri\b|\bwczoraj\b)|(?P<tmrw>\btomorrow\b|\bmorgen\b|\bdemain\b|\bзавтра\b)"
    r"|(?P<weekago>\ba week ago\b)"
    # a calendar week, not a day: "last week", "earlier this week" (`week`: its Monday); "la semaine dernière",
    # "vergangene Woche", "la semana pasada", "la settimana scorsa", "w zeszłym tygodniu", "минулого тижня", "на прошлой неделе"
    r"|(?P<lastweek>(?<=\blast\s)week\b|(?<=\bprevious\s)week\b|(?<=\bpast\s)week\b|(?<=\bla\s)semaine\s+(?:dernière|passée)\b"
    r"|\b(?:vergangene|letzte)[nr]?\s+woche\b|(?<=\bla\s)semana\s+pasada\b|(?<=\bla\s)settimana\s+scorsa\b"
    r"|(?<=\bw\s)(?:zeszłym|ubiegłym)\s+tygodniu\b|\bминулого\s+тижня\b|(?<=\bна\s)минулому\s+тижні\b|(?<=\bна\s)прошлой\s+неделе\b)"
    r"|(?P<thisweek>(?<=\bthis\s)week\b|\bcette\s+semaine\b|\bdiese\s+woche\b|(?<=\bin\s)dieser\s+woche\b|\besta\s+semana\b|\bquesta\s+settimana\b"
    r"|(?<=\bw\s)tym\s+tygodniu\b|\bцього\s+тижня\b|(?<=\bна\s)этой\s+неделе\b)"
    # the coming week: "next week", "la semaine prochaine", "nächste Woche", "наступного тижня" (its Monday)
    r"|(?P<nextweek>(?<=\bnext\s)week\b|\bsemaine\s+prochaine\b|\bnächste[nr]?\s+woche\b|(?<=\bla\s)próxima\s+semana\b"
    r"|(?<=\bla\s)prossima\s+settimana\b|(?<=\bw\s)przyszłym\s+tygodniu\b|\bнаступного\s+тижня\b|(?<=\bна\s)следующей\s+неделе\b)"

    r"|(?P<dayafter>\b(?P<na>a|the|one|two|three|four|five|six|2|3|4|5|6)\s+(?P<ua>days?|week)\s+(?:after|later)\b|\bthe\s+(?:next|following)\s+day\b)"
    r"|(?P<daybefore>\b(?P<nb>a|the|one|two|three|four|five|six|2|3|4|5|6)\s+(?P<ub>days?|week)\s+(?:before|earlier)\b|\bthe\s+previous\s+day\b)",
    re.I,
)


@dataclass(frozen=True)
class RelativeDate:
    start: int
    end: int
    value: date | None
    anchor_relative: int = 0  # +1 "a day after" / -1 "a day before" (+2 "two days after"...): relative to another date, not the reference
    weekday: int | None = None  # a bare weekday ("on Thursday"): the past one, unless what happens on it is still to come
    value_from: date | None = None  # a span of days ("over the weekend": Saturday to Sunday)
    holiday: bool = False  # "on Independence Day": a calendar date given by its name
    week: bool = False  # "last week": the Monday of a week in which no day is named


# every word the relative-date pattern can start from; apostrophe forms are split as the tokenizer splits them
_RELATIVE_VOCAB = frozenset(
    part
    for word in [*WEEKDAYS, "today", "tonight", "morning", "evening", "heute", "aujourd", "сьогодні", "yesterday", "gestern", "вчора", "tomorrow", "morgen", "demain", "завтра", "week", "day", "days",
                 "weekend", "ago", "сегодня", "hoy", "oggi", "dzisiaj", "dziś", "вчера", "ayer", "ieri", "wczoraj",
                 "semaine", "woche", "semana", "settimana", "tygodniu", "тижня", "тижні", "неделе"]
    for part in _TOKEN.findall(word)
)


def find_relative_dates(text: str, ref: date | None, words: frozenset[str] | None = None) -> list[RelativeDate]:
    """Weekday and deictic expressions ("on Friday", "Tuesday's call", "Thursday last week", "today")."""
    out: list[RelativeDate] = []
    if words is None:
        words = frozenset(_TOKEN.findall(text.lower()))
    holidays = find_holidays(text, ref, words)
    if _RELATIVE_VOCAB.isdisjoint(words):
        return holidays
    if ref is not None and ("weekend" in words or "ago" in words):
        out.extend(_weekends_and_days_ago(text, ref))
    for m in _RELATIVE.finditer(text):
        s, e = m.span()
        # "a day after 49 were freed" names another event by its distance (+1: it was the day before the lead
        # event); "a day later", "the next day", "The day after, 49 were freed" date the figure's own event
        # (the day after the lead event, -1 below); "before" and "earlier" the other way round
        if m.group("dayafter") or m.group("daybefore"):
            word = m.group(0).split()[-1].lower()
            adverbial = word in ("later", "earlier", "day") or _ADVERBIAL_AFTER.match(text, e) is not None
            after = m.group("dayafter") is not None
            count = ((m.group("na") if after else m.group("nb")) or "a").lower()
            unit = ((m.group("ua") if after else m.group("ub")) or "day").lower()
            if (unit == "days") == (count in ("a", "the", "one")) or (unit == "week" and count == "the"):
                continue  # "in the days after the swap", "the week after": no span of days
            days = _SMALL_NUMBERS[count] * (7 if unit == "week" else 1)
            out.append(RelativeDate(s, e, None, ((-1 if after else +1) if adverbial else (+1 if after else -1)) * days))
            continue
        if ref is None:
            out.append(RelativeDate(s, e, None))
            continue
        if m.group("wd2") or m.group("wd4"):
            first, last = (m.group("wd1"), m.group("wd2")) if m.group("wd2") else (m.group("wd3"), m.group("wd4"))
            end = weekday_on_or_before(ref, WEEKDAYS[last.lower()])
            out.append(RelativeDate(s, e, end, value_from=end - timedelta(days=(WEEKDAYS[last.lower()] - WEEKDAYS[first.lower()]) % 7)))
            continue
        if m.group("wd"):
            wd = WEEKDAYS[m.group("wd").lower()]
            if m.group("last") or m.group("lw"):
                value = weekday_last_week(ref, wd) if m.group("lw") else _strictly_before(ref, wd)
            elif m.group("next"):
                value = weekday_after(ref, wd)
            else:
                out.append(RelativeDate(s, e, weekday_on_or_before(ref, wd), weekday=wd))
                continue
        elif m.group("today"):
            value = ref
        elif m.group("dby"):
            value = ref - timedelta(days=2)
        elif m.group("yday"):
            value = ref - timedelta(days=1)
        elif m.group("tmrw"):
            value = ref + timedelta(days=1)
        elif m.group("lastweek") or m.group("thisweek") or m.group("nextweek"):
            monday = ref - timedelta(days=ref.weekday())
            monday += timedelta(days=-7 if m.group("lastweek") else 7 if m.group("nextweek") else 0)
            out.append(RelativeDate(s, e, monday, week=True))
            continue
        else:
            value = ref - timedelta(days=7)
        out.append(RelativeDate(s, e, value))
    out = [r for r in out if not any(h.start <= r.start < h.end for h in holidays)]  # "on Easter Sunday"
    return sorted(out + holidays, key=lambda r: r.start)


def _weekends_and_days_ago(text: str, ref: date) -> list[RelativeDate]:
    out = []
    for m in _WEEKEND.finditer(text):
        sunday = weekday_on_or_before(ref, 6)  # the weekend just past (or this one, on a Sunday)
        if ref.weekday() == 5:
            sunday = ref + timedelta(days=1)  # written on a Saturday: this weekend
        out.append(RelativeDate(m.start(), m.end(), min(sunday, ref), value_from=sunday - timedelta(days=1)))
    for m in _DAYS_AGO.finditer(text):
        out.append(RelativeDate(m.start(), m.end(), ref - timedelta(days=_SMALL_NUMBERS[m.group("n").lower()])))
    for m in _WEEKS_AGO.finditer(text):
        # "three weeks ago", "a fortnight ago": the week it fell in, not a day
        day = ref - timedelta(days=7 * (2 if m.group("fortnight") else _SMALL_NUMBERS[m.group("n").lower()]))
        out.append(RelativeDate(m.start(), m.end(), day - timedelta(days=day.weekday()), week=True))
    return out


_ADVERBIAL_AFTER = re.compile(r"\s*(?:[,.;]|$)")
_SMALL_NUMBERS = {"a": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def _strictly_before(ref: date, weekday: int) -> date:
    d = weekday_on_or_before(ref, weekday)
    return d - timedelta(days=7) if d == ref else d


# Holidays that exchanges have fallen on ("on Ukraine's Independence Day, 146 came home", "on the eve of
# Orthodox Easter"): dated only where the text puts the event on the day ("on ...", "the Easter exchange"),
# not "ahead of Easter" or "an Easter truce". Easter is the Orthodox one unless the text says otherwise:
# both countries keep it. Christmas is 25 December unless the text says Orthodox (7 January: Russia's, and
# Ukraine's until 2023).
_HOLIDAY = re.compile(
    r"(?P<on>\b(?:on|at|over)\s+(?:the\s+)?)?(?P<h>(?P<eve>eve\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<ua>ukraine['’]s\s+|ukrainian\s+)?(?P<independence>independence\s+day)"
    r"|(?P<easter_kind>orthodox\s+|western\s+|catholic\s+)?easter(?:\s+(?:sunday|day))?"
    r"|(?P<russia>russia\s+day)|(?P<victory>victory\s+day)"
    r"|(?P<nye>new\s+year['’]?s\s+eve)|(?P<nyd>new\s+year['’]?s\s+day)"
    r"|(?P<xmas>(?P<orthodox>orthodox\s+)?christmas)(?:\s+(?P<xmas_eve>eve)|\s+day)?)\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?)"
    r"(?:['’]s\s+|\s+)?(?P<noun>(?:prisoner\s+|pow\s+)?(?:exchange|swap|handover)s?\b)?",
    re.I,
)
_OTHER_NATIONS_DAY = re.compile(r"\b(?:america|american|u\.\s?s\.|us|united\s+states|india|israel|pakistan)['’]?s?\s+$", re.I)
_NOT_ON_THE_DAY_BEFORE = re.compile(r"\b(?:since|after|before|ahead\s+of|following|until|till|by)\s+(?:(?:the|an?|this|last|next)\s+)?$", re.I)
_DAY_HOLIDAYS = frozenset({"independence", "russia", "victory"})


# the same days in Ukrainian, Russian, German and French: "На Великдень додому повернулися 246", "накануне Пасхи",
# "в День Незалежності", "an Ostern", "à Pâques"
_HOLIDAY_OTHER = re.compile(
    r"\b(?:(?P<on>на|у|в|во|an|zu|à)\s+(?:la\s+|le\s+jour\s+de\s+)?|(?P<eve>напередодні|накануне|am\s+vorabend\s+von|à\s+la\s+veille\s+de)\s+)"
    r"(?:(?P<easter>великдень|великодня|пасху|пасхи|ostern|pâques)|(?P<independence>день\s+незалежності|дня\s+незалежності|день\s+независимости\s+украины|дня\s+независимости\s+украины)"
    r"|(?P<victory>день\s+победы|дня\s+победы))\b", re.I)
_OTHER_HOLIDAY_WORDS = frozenset({"великдень", "великодня", "пасху", "пасхи", "ostern", "pâques", "незалежності", "независимости", "победы"})


def _may_name_a_holiday(words: frozenset[str]) -> bool:
    """A cheap test on the sentence's words before the pattern runs ("russia" alone is in most sentences)."""
    return "easter" in words or ("day" in words and not _DAY_HOLIDAYS.isdisjoint(words)) or (
        "year" in words and "new" in words) or "christmas" in words or not _OTHER_HOLIDAY_WORDS.isdisjoint(words)


def _holiday_in(m: re.Match, year: int) -> date:
    groups = m.re.groupindex
    if m.group("independence"):
        return date(year, 8, 24)
    if m.group("victory"):
        return date(year, 5, 9)
    if "russia" in groups:  # (the English pattern's days)
        if m.group("russia"):
            return date(year, 6, 12)
        if m.group("nye"):
            return date(year, 12, 31)
        if m.group("nyd"):
            return date(year, 1, 1)
        if m.group("xmas"):
            if m.group("orthodox"):
                return date(year, 1, 6 if m.group("xmas_eve") else 7)
            return date(year, 12, 24 if m.group("xmas_eve") else 25)
    western = "easter_kind" in groups and (m.group("easter_kind") or "").strip().lower() in ("western", "catholic")
    return easter(year, EASTER_WESTERN if western else EASTER_ORTHODOX)


def find_holidays(text: str, ref: date | None, words: frozenset[str] | None = None) -> list[RelativeDate]:
    """Holidays the text puts an event on. Without a year, a holiday is resolved like a day and month:
    the latest one no more than two months after the reference ("on Easter" in a story from the week
    after; "on New Year's Day" in one from late December is the coming one)."""
    if words is None:
        words = frozenset(_TOKEN.findall(text.lower()))
    if not _may_name_a_holiday(words):
        return []
    out = []
    for m in _HOLIDAY.finditer(text):
        if not (m.group("on") or m.group("noun")) or _NOT_ON_THE_DAY_BEFORE.search(text, 0, m.start()):
            continue  # "ahead of Easter", "an Easter truce", "the first since the Easter exchange": not on the day
        if m.group("independence") and not m.group("ua") and _OTHER_NATIONS_DAY.search(text, 0, m.start("h")):
            continue
        if m.group("y") or ref is not None:
            out.append(RelativeDate(m.start("h"), m.end("h"), _holiday_day(m, ref), holiday=True))
    if ref is not None:
        for m in _HOLIDAY_OTHER.finditer(text):
            out.append(RelativeDate(m.start("eve") if m.group("eve") else m.end("on"), m.end(), _holiday_day(m, ref), holiday=True))
    return out


def _holiday_day(m: re.Match, ref: date | None) -> date:
    """The day a holiday match names: in its stated year, else the latest one no more than two months after
    the reference; the day before for "the eve of"."""
    year = m.groupdict().get("y")
    if year:
        day = _holiday_in(m, int(year))
    else:
        day = next(d for d in (_holiday_in(m, y) for y in (ref.year + 1, ref.year, ref.year - 1)) if (d - ref).days <= 62)
    return day - timedelta(days=1) if m.group("eve") else day
