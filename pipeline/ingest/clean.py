"""Plain-text cleaning: header lines, inline HTML, reader chrome, teasers, other-story lists, appeals."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from pipeline.dates import find_dates, resolve
from pipeline.fastre import prefiltered
from pipeline.ingest.tables import pipe_table_lines
from pipeline.ingest.unwrap import unwrap

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h[1-6])\s*/?>", re.I)
_URL_LINE = re.compile(r"^\s*url\s*:\s*(\S+)\s*$", re.I)
_ORIGINAL_URL = re.compile(r"^\s*(?:original|source)\s+url\s*:\s*(\S*)\s*$", re.I)
_DATE_HEADER = re.compile(r"^\s*(?:date|published|pubdate)\s*:?\s+((?:19|20)\d\d-[01]\d-[0-3]\d)\b\s*(.*)$", re.I)
_BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+(?:\s\S+)?\s*$", re.I)  # a URL, possibly wrapped once
_CREDIT = re.compile(r"^\s*(?:https?://)?(?:t\.me|telegram\.me|twitter\.com|x\.com)/\S+\s*$", re.I)
_READER_SOURCE = re.compile(r"^\s*[•·*-]?\s*✇\s*(.+?)\s*$")

# Headings that open a list of other stories; the list items after them are not the article.
_OTHER_STORIES = re.compile(
    r"^\s*(?:most\s+read(?:\s+news)?|most\s+popular|read\s+(?:also|more|next)|also\s+read|related(?:\s+(?:articles?|news|stories|content|coverage))?"
    r"|more\s+(?:from|on|stories|news)\b.*|popular(?:\s+now)?|trending(?:\s+now)?|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like"
    r"|latest(?:\s+news)?|top\s+stories|see\s+also|editor['’]s\s+picks|suggested\s+topics|related\s+topics|mehr\s+zum\s+thema|ähnliche\s+artikel|meistgelesen"
    r"|(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|читайте\s+також|читайте\s+также|популярне)\s*:?\s*$",
    re.I,
)
# "Related article: <headline>" and "Read also: <headline>" inline
_OTHER_STORY_INLINE = re.compile(
    r"^\s*(?:related(?:\s+(?:article|story|news))?|read\s+(?:also|more)|also\s+read|see\s+also|lire\s+aussi|à\s+lire\s+aussi"
    r"|mehr\s+zum\s+thema|читайте\s+також|читайте\s+также|leia\s+também|lee\s+también|leggi\s+anche|czytaj\s+także|czytaj\s+też"
    r"|watch|video|listen|podcast|photos?|gallery|in\s+pictures)\s*(?::|[-–—|»›]\s)\s*\S",  # ("WATCH: ... (2:34)": a player; "See also - ...")
    re.I,
)
_APPEAL = prefiltered(
    r"become\s+a\s+patron|patreon|donat(?:e|ion)|support\s+(?:us|our\s+(?:work|journalism|reporting))|join\s+our\s+community"
    r"|cup\s+of\s+coffee|subscribe\s+(?:now|to\s+our)|sign\s+up\s+for\s+our|forward\s+this\s+to\s+a\s+friend",
    re.I,
)
_CHROME_LINE = re.compile(
    r"^\s*(?:vue\s+normale|flux\s+principal|marquer\s+comme\s+lu|publié\s+dans\b.*|advertisement|anzeige|publicité|werbung"
    r"|share(?:\s+this)?\s*:?.*|tags?\s*:.*|(?:file\s+)?photos?\s*:.*|photos?\s*\(.*|photo\s+\d+\s+of\s+\d+.*|item\s+\d+\s+of\s+\d+\s.*|\[\d+\s*/\s*\d+\].*|comments?\s*\(\d+\).*|©.*|\(c\)\s.*|all\s+rights\s+reserved.*"
    r"|sign\s+in.*|log\s+in.*|subscribe.*|unsubscribe.*|weiterlesen.*|teilen\b.*|feedreader.*|sortieren\s*:.*|skip\s+to\s+content"
    r"|home\s*[›>»|].*|newsletter|print|menu|search|close|listen\s+to\s+this\s+article.*|\(dpa.*\)|\w+\s*/\s*\w+\s*\(\w+\))\s*$"
    # a site's skip link, its menu bar, an audio player, "Updated 2 hours ago · 5 min read", share counters
    r"|^\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)\s*$"
    r"|^\s*(?:(?:menu|search|sign\s+in|log\s+in|subscribe|home|account|register|edition)\s*[|·•]?\s*){2,}$"
    r"|^\s*listen\s*[·:|–-]?\s*\d{1,2}:\d\d(?:\s*min\w*)?\s*$"
    r"|^\s*(?:updated|published)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago(?:\s*[·|•]\s*\d+\s+min(?:ute)?s?\s+read)?\s*$"
    r"|^\s*\d+\s+min(?:ute)?s?\s+read\s*$|^\s*\d+(?:[.,]\d)?\s*[kKM]?\s+(?:shares?|comments?|views?)\s*$"
    r"|^\s*\d+\s+min(?:ute)?s?\s+read\s*[·|•]\s*(?:updated|published)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\s*$"
    # "Follow us on Telegram, Facebook and X", "Join us on WhatsApp"
    r"|^\s*(?:follow|join|find)\s+us\s+on\s+[^\W\d_][^\d.!?]{0,60}[.!]?\s*$"
    # a share bar laid out one button a line ("Facebook", "X", "LinkedIn", "Email"), an ad slot's "Scroll to continue",
    # a wire story's credits ("Reporting by ...; Editing by ..."), its standards link
    r"|^\s*(?:facebook|x|twitter|linkedin|e-?mail|whatsapp|telegram|reddit|flipboard|pinterest|messenger|viber|copy\s+link|link\s+copied)\s*$"
    r"|^\s*(?:advertisement\s*[·|•–-]?\s*)?scroll\s+to\s+continue(?:\s+reading)?\s*$"
    r"|^\s*(?:additional\s+)?(?:reporting|writing|compiled|research)\s+by\s+[^.;]{2,80}(?:;\s*(?:additional\s+reporting|writing|editing)\s+by\s+[^;]{2,120})*\.?\s*$"
    r"|^\s*editing\s+by\s+[^.;]{2,120}\.?\s*$|^\s*our\s+standards\s*:.*$"
    # a section breadcrumb: "World | Europe", "News › World › Europe"
    # (words of letters only, one or two a segment: no count is lost)
    r"|^\s*[^\W\d_][^\W\d_&.-]*(?:\s[^\W\d_][^\W\d_&.-]*)?(?:\s*[|›»]\s*[^\W\d_][^\W\d_&.-]*(?:\s[^\W\d_][^\W\d_&.-]*)?){1,4}\s*$",
    re.I,
)
# Feed-reader chrome that shares a line with other chrome ("Aujourd’hui – Flux principal").
_READER_CHROME = prefiltered(r"flux\s+principal|vue\s+normale|marquer\s+comme\s+lu|à\s+partir\s+d|alle\s+artikel|ungelesen|startseite", re.I)
_SYMBOLS_ONLY = re.compile(r"^[\W_\d]*$")
_TIME_ONLY = re.compile(r"^\s*(?:[0-2]?\d[:.][0-5]\d|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))\s*(?:uhr|h)?\s*$", re.I)
_REPORTED_SPEECH = re.compile(r",\s*(?:[\w'’-]+\s+){0,6}?(?:said|says|urged|told|added|noted|stated|wrote)\b|\baccording\s+to\b", re.I)
_BULLET_ITEM = re.compile(r"^\s*(?:[•·▪►*–—-]|\d{1,2}[.)])\s")
_FULL_STOP_END = re.compile(r"[.!?…][\"”»’')]?\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”»’')]\s*$")
_WORD = re.compile(r"\w+", re.U)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@dataclass
class CleanText:
    body: str
    title: str | None = None
    url: str | None = None
    header_date: date | None = None
    byline_date: date | None = None
    reader_outlet: str | None = None
    dropped: list[str] = field(default_factory=list)


def strip_inline_html(text: str) -> str:
    """Inline fragments people's readers leave in saved text: <u>said</u>, &nbsp;, &bull;."""
    text = _BREAK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text).replace("\u00a0", " ")


@lru_cache(maxsize=4096)
def _words(line: str) -> int:
    """Words in a line; each line is asked several times (prose? byline? teaser?), so it is remembered."""
    return len(_WORD.findall(line))


def _reported_prose(line: str) -> bool:
    """A sentence the article reports ("Families are asked to donate DNA samples, the headquarters said", "Share
    this with relatives of the missing, the ombudsman urged"): no appeal of the site's, whatever its first word."""
    return _words(line) >= 8 and _REPORTED_SPEECH.search(line) is not None


def _is_prose(line: str) -> bool:
    n = _words(line)
    return n >= 20 or (n >= 8 and bool(_SENTENCE_END.search(line)))


@lru_cache(maxsize=4096)
def _norm(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _byline_date(line: str) -> date | None:
    if _words(line) > 16:
        return None
    for d in find_dates(line):
        if d.year and d.day:
            value, _ = resolve(d, None)
            if value:
                return value
    return None


_NAME = r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]+(?:\s+(?:de|van|von|der|da|di|le|la|al|bin)?\s*[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]+){0,3}"
# an author line: "By Olena Petrenko and Mark Jones", "Von Anna Schmidt, Kyjiw", "Par Jean Dupont"
_BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|[Ww]ritten\s+by|[Vv]on|[Pp]ar|[Pp]or|[Aa]utor(?:in)?:?|Автор:?)\s+"
                     r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
                     r"|September|October|November|December|Christmas|Easter|Then|Now|Early|Late|Mid)\b)" + _NAME
                     + r"(?:\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\bі\b|\bи\b|&)\s*" + _NAME + r")*"
                     + r"(?:\s*[,|·•–—-]\s*[^.!?\d]{0,40})?\s*$")
_DATE_BAR = re.compile(r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+[^:]*$", re.I)  # no time of day
_BREADCRUMB_ARROW = re.compile(r"\s[›»]\s")
_TIME = re.compile(r"\b[0-2]?\d[:.h][0-5]\d\b")


def _without_dates(line: str) -> str:
    rest = _TIME.sub(" ", line)
    for d in find_dates(rest):
        rest = rest[: d.start] + " " * (d.end - d.start) + rest[d.end :]
    return rest


def _mostly_date(line: str) -> bool:
    """A line that is a date and a time at most ("4 juin 2025 à 14:58"), not a sentence mentioning one."""
    if _words(line) > 12 or not any(ch.isdigit() for ch in line[:80]):
        return False
    rest = _without_dates(line)
    return _words(rest) <= 3 and not _counts_beside(rest)


def _dated_count(line: str) -> bool:
    """A line that opens with a date, then a colon and a count: a row of a table of figures ("3 January 2024:
    230 returned to Ukraine, ..."), never a byline."""
    dates = find_dates(line[:60])
    return bool(dates) and dates[0].start == 0 and re.match(r"\s*:\s+\S{0,12}\d", line[dates[0].end :]) is not None


def _counts_beside(rest: str) -> bool:
    """A number left over once dates and times are gone: a count with its date ("3 January 2024: 230 returned
    to Ukraine", a table row), not a dateline."""
    return any(ch.isdigit() for ch in rest)


def clean_text(raw: str, *, parse_header: bool = True, title: str | None = None, find_title: bool = True) -> CleanText:
    """Split a saved article into header facts and a body free of page chrome. A `title` known from
    elsewhere (a Markdown front matter) is taken, and a heading that repeats it leaves the body."""
    text = strip_inline_html(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.isascii():
        # characters a reader never sees, pasted from web pages: zero-width spaces and joiners, a stray byte-order mark,
        # soft hyphens ("Ukraine got back 95 soldiers.\u200b Russia ..." is two sentences; "1\xad000" is one number)
        text = text.translate(_INVISIBLE)
    if "chars]" in text:
        text = _TRUNCATION_MARK.sub("", text)  # a news API's "... [+1234 chars]": where it cut the text, not text
    lines = unwrap([ln.strip() for ln in text.split("\n")])  # hard-wrapped text: one line per paragraph again
    table_rows: set[int] = set()  # rows of a pipe table, rendered as sentences: kept as they are
    if "|" in text:
        spliced, done = [], 0
        for start, end, rendered in pipe_table_lines(lines):
            spliced += lines[done:start]
            table_rows.update(range(len(spliced), len(spliced) + len(rendered)))
            spliced += rendered
            done = end
        lines = spliced + lines[done:]
    out = CleanText(body="", title=title or None)
    kept: list[str] = []
    seen_prose = False
    date_bar = False
    skipping_list = False
    pending_url = False
    headline_above: str | None = None  # the line right above the byline or the date line
    for index, line in enumerate(lines):
        if not line:
            continue
        if index in table_rows:
            kept.append(line)
            continue
        if pending_url:
            pending_url = False
            if _BARE_URL.match(line):
                # readers wrap long URLs: "…-with-ukraine-s ince-istanbul…"
                out.url = out.url or line.replace(" ", "")
                continue
        if parse_header:
            m = _URL_LINE.match(line)
            if m:
                out.url = out.url or m.group(1)
                continue
            m = _ORIGINAL_URL.match(line)
            if m:
                if m.group(1):
                    out.url = out.url or m.group(1)
                else:
                    pending_url = True
                continue
            m = _DATE_HEADER.match(line)
            if m and not seen_prose:
                out.header_date = date.fromisoformat(m.group(1))
                if m.group(2).strip() and not out.title:
                    out.title = m.group(2).strip()
                continue
        if _CREDIT.match(line) or _BARE_URL.match(line):
            continue
        m = _READER_SOURCE.match(line)
        if m:
            out.reader_outlet = out.reader_outlet or re.split(r"\s+[–—-]\s+", m.group(1))[0].strip()
            continue
        if _OTHER_STORIES.match(line):
            skipping_list = True
            out.dropped.append(line)
            continue
        if skipping_list:
            # the list of other stories ends at a paragraph of the article: a long line, or a sentence of ten words
            # or more that is no bullet item ("The exchange was mediated by the UAE, the 53rd since ...")
            if _is_prose(line) and (_words(line) >= 20 or (
                    _words(line) >= 10 and not _BULLET_ITEM.match(line) and _FULL_STOP_END.search(line))):
                skipping_list = False
            else:
                out.dropped.append(line)
                continue
        if (
            _OTHER_STORY_INLINE.match(line)
            or ((_CHROME_LINE.match(line) or _APPEAL.search(line)) and not _reported_prose(line))
            or (_words(line) < 12 and _READER_CHROME.search(line))
        ):
            out.dropped.append(line)
            continue
        if (out.byline_date is None or (date_bar and not seen_prose and _TIME.search(line))) and (
                not seen_prose or _mostly_date(line)) and not _dated_count(line):
            bd = _byline_date(line)
            if bd and not seen_prose and kept and _mostly_date(line):
                headline_above = headline_above or kept[-1]  # (the headline sits right above its byline and date)
            if bd:
                # a site's date bar ("Sunday, December 29, 2024": the day the page was saved) yields to a byline
                # with a time below it ("December 30, 2024 6:41 PM")
                date_bar = out.byline_date is None and bool(_DATE_BAR.match(line))
                out.byline_date = bd
                continue
        if _SYMBOLS_ONLY.match(line) or _TIME_ONLY.match(line):
            continue
        if not seen_prose and _BYLINE.match(line):
            out.dropped.append(line)  # "By Olena Petrenko and Mark Jones": the authors, not the headline or the story
            headline_above = headline_above or (kept[-1] if kept else None)
            continue
        if (line.count(" · ") + line.count(" | ") >= 2 or _BREADCRUMB_ARROW.search(line)) and _words(line) < 14:
            out.dropped.append(line)
            continue
        if _is_prose(line):
            seen_prose = True
        kept.append(line)
    kept = _drop_teasers_and_repeats(kept)
    if not out.title and find_title:
        # a site's tagline may come first ("Exclusive news, data and analytics for ..."): the line right above the
        # byline or date is the headline when it looks like one
        out.title = (headline_above if headline_above in kept and _looks_like_title(headline_above) else None) or _pick_title(kept)
    if out.title:
        t = _norm(out.title)
        kept = [ln for ln in kept if _norm(ln) != t]
    out.body = "\n\n".join(kept)
    return out


_TRUNCATION_MARK = re.compile(r"\s*\[\+\d+\s+chars\]")
_TWO_SENTENCES = re.compile(r"(?:[a-z0-9]|[A-Z]{2,})[.!?]\s+[A-Z\"“]")  # ("... mediated by the UAE. It was ...")


def _looks_like_title(line: str) -> bool:
    # (a line of two sentences is a paragraph, however it ends: "... officials said. It was the 58th exchange…")
    return (4 <= _words(line) <= 30 and not line.rstrip().endswith((".", ":")) and not re.search(r"[›»·]| \| ", line)
            and not _TWO_SENTENCES.search(line))


def _pick_title(lines: list[str]) -> str | None:
    for line in lines[:6]:
        if _looks_like_title(line):
            return line
        if _is_prose(line):
            return None
    return None


TEASER_ZONE = 12  # teasers and deks sit at the top of a saved page; only these lines are compared with the rest


def _drop_teasers_and_repeats(lines: list[str]) -> list[str]:
    """A paragraph near the top whose opening reappears later (an RSS teaser, a repeated dek) is not
    kept; short lines repeated verbatim (repeated headings, captions) are kept once."""
    normed = [_norm(ln) for ln in lines]
    joined = " ".join(normed)
    offsets, pos = [], 0
    for key in normed:
        offsets.append(pos)
        pos += len(key) + 1
    result: list[str] = []
    seen_short: set[str] = set()
    for i, line in enumerate(lines):
        key = normed[i]
        if not key:
            continue
        if _words(line) >= 12:
            if i < TEASER_ZONE and i + 1 < len(lines) and joined.find(key[:80], offsets[i + 1]) >= 0:
                continue
        else:
            if key in seen_short:
                continue
            seen_short.add(key)
        result.append(line)
    return result
