"""Figure extraction: from an article body to typed figures and dated exchange mentions, with exact spans."""
from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from pipeline.dates import _MONTHS, MONTH_RE, find_dates, find_relative_dates, resolve
from pipeline.extract import lexicon as lx
from pipeline.extract.article_facts import captivity_since_years, transit_country
from pipeline.extract.numbers import Number, find_numbers, tokens, words_to_int
from pipeline.extract.references import DealReference, Stage, find_deal_reference, find_stage, reference_window
from pipeline.fastre import prefiltered
from pipeline.models import ExchangeMention, Figure, TermMention

EXTRACTOR_VERSION = "2026.12.01-400"
MAX_SENTENCE_CHARS = 3000
MAX_NUMBERS_PER_SENTENCE = 60

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Nos|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|Prof|Rev|Gov|Sen|Rep|Inc|Ltd|Co|incl|Pres|Adm|Brig|Cmdr|Dept|est|ca)\.)$"
)
_MONTH_NEXT = prefiltered(MONTH_RE + r"\b", re.I)
# "der 62. Gefangenenaustausch": a German article before "N." makes it an ordinal, not a sentence end
_GERMAN_ORDINAL_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|vom|beim)\s+\d{1,3}$")
# (capitals with diacritics open sentences too: "Łącznie ...", "Über ...", "État ...", "Çok ...")
_SENT_END = prefiltered(r"[.!?…]+[\"”’»)]*\s+(?=[\"“‘«(]?[A-ZÀ-ÖØ-ÞĄĆČĎĘĚĞİŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽА-ЯЁІЇЄҐ0-9])|\n+")
_TIME_AROUND = re.compile(r"^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|uhr\b|h\d\d|GMT|UTC|CET|EET|Kyiv\s+time))", re.I)
_QUALIFIERS = [
    # first: "no fewer than 50" is at least 50, not "fewer than"
    (prefiltered(r"(?<!\w)(?:at\s+least|(?:no|not)\s+(?:fewer|less)\s+than|a\s+minimum\s+of|mindestens|au\s+moins|щонайменше|не\s+менше|не\s+менее|не\s+меньше|по\s+меньшей\s+мере"
                 r"|al\s+menos|por\s+lo\s+menos|almeno|pelo\s+menos|co\s+najmniej|en\s+az)\s*$", re.I), "at_least"),
    # (whole words: "además de 20" is "in addition to", not "más de")
    (prefiltered(r"(?<!\w)(?:about|approximately|approx\.|around|roughly|some|more\s+or\s+less|an\s+estimated|estimated|nearly\s+as|близько|приблизно|около|etwa|rund|ungefähr|environ|quelque"
                 r"|cerca\s+de|alrededor\s+de|unos|unas|aproximadamente|circa|około|blisko|ongeveer|zo['’]n|порядка|примерно|приблизительно|орієнтовно|knapp\s+über|yaklaşık|~|≈|\bca?\.)\s*$", re.I), "about"),
    (prefiltered(r"(?<!\w)(?:nearly|almost|close\s+to|up\s+to|as\s+many\s+as|a\s+maximum\s+of|at\s+most|jusqu['’]\s*à|(?:no|not)\s+more\s+than|не\s+більше|не\s+более|не\s+больше|under|fewer\s+than|less\s+than|below|just\s+under|fast|presque|près\s+de|майже|почти|до|casi|quasi|quase|prawie|hasta|fino\s+a|até|knapp|beinahe|nahezu)\s*$", re.I), "up_to"),
    (prefiltered(r"(?<!\w)(?:more\s+than|over|above|upwards?\s+of|in\s+excess\s+of|exceeding|plus\s+de|mehr\s+als|über|понад|більше\s+ніж|більше|более|свыше|больше"
                 r"|más\s+de|più\s+di|oltre|mais\s+de|ponad|przeszło|gut|meer\s+dan|ruim|>)\s*$", re.I), "more_than"),
]
# ("hand over 1,000", "helped bring about nine exchanges": a verb, not a qualifier)
_PHRASAL_OVER = prefiltered(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|took|taken|taking)\s+over\s*$"
                            r"|\b(?:bring|brings|brought|bringing|came|come|comes|coming)\s+about\s*$", re.I)
# ("since March 2022"; a day too: "since 24 February 2022", "since Feb. 24, 2022", "since 24.02.2022")
_SINCE = prefiltered(r"\b(?:since|seit|depuis|з|с|desde|dal|od)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+)?"
                     r"(?:(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?=[^\W\d]))?(?P<m>[A-Za-zäéûА-Яа-яІіЇїЄєҐґ]+)\.?\s+"
                     r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?:de\s+|del\s+)?)?(?P<y>(?:19|20)\d\d)\b"
                     r"|\b(?:since|seit|depuis|з|с|desde|dal|od)\s+(?P<d3>\d{1,2})[./](?P<m3>\d{1,2})[./](?P<y3>(?:19|20)\d\d)\b", re.I)


def _since_match_date(m: re.Match) -> date | None:
    """The start a since-phrase names: the first of its month ("since March 2022"), or its day when it gives one."""
    if m.group("y3"):
        try:
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        except ValueError:
            return None  # ("since 31.02.2022": no such day)
    month = _MONTHS.get((m.group("m") or "").lower().rstrip("."))
    day = m.group("d") or m.group("d2")
    if month is None:
        return date(int(m.group("y")), 1, 1)  # ("since 2022", "since early 2022")
    try:
        return date(int(m.group("y")), month, int(day) if day else 1)
    except ValueError:
        return date(int(m.group("y")), month, 1)
_TALKS = prefiltered(r"\b(?:talks|negotiations|meeting|summit|round\s+of\s+(?:direct\s+)?(?:peace\s+)?talks|agreements?|deal|istanbul|estambul|stambu\w*|стамбул\w*|gespräch\w*|verhandlung\w*|négociations|pourparlers|переговор\w*|acuerdo|accordo|acordo|accord|vereinbarung|abkommen|porozumieni\w*|угод\w*|соглашени\w*|домовленост\w*|договоренност\w*|negociaciones|negoziati|negociações|rozmow\w*)\b", re.I)
_AGREEING = prefiltered(r"\b(?:agreed|agree|agreement|deal|talks|negotiations|meeting|summit|round|call|negotiators)\b", re.I)
_DOING = prefiltered(r"\b(?:carried\s+out|took\s+place|exchanged|swapped|returned|freed|released|handed|came|held|happened|completed|began|begin|conducted|conduct)\b", re.I)
# (and "the May 16 Istanbul talks": the place between)
_TALKS_AFTER = re.compile(r"^\s*(?:(?-i:[A-Z][\w'’-]+)\s+)?(?:talks|negotiations|meeting|summit|call|round|agreement|deal)\b|^['’]s\s+(?:talks|call|meeting)", re.I)
# ("delegations met in Istanbul on Monday for a second round of direct talks")
_FOR_TALKS_AFTER = re.compile(r",?\s*(?:for|in|at)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|round\s+of\s+(?:[\w-]+\s+)?talks)\b", re.I)


def _is_talks_date(text: str, c: "_DateCand") -> bool:
    """Whether a date in a sentence dates talks or an agreement ("agreed on Wednesday", "the June 2 talks",
    "at talks in Istanbul on July 23") rather than an exchange ("carried out from Friday to Sunday")."""
    before = text[max(0, c.start - 50) : c.start]
    after = text[c.end : c.end + 25]
    # ("In the latest round on Monday, 150 Ukrainians were freed": a round of the exchanges, done that day; "The previous
    # round, on May 16, led to the exchange carried out ...": the round is the talks, the exchange is named after it)
    agree = [m.end() for m in _AGREEING.finditer(before)
             if not (m.group(0).lower() == "round" and lx.COMPLETED.search(text, c.end) and not _has(lx.AGREED, text)
                     and not _EXCHANGE_NOUN_WORD.search(text, c.end))]
    doing = [m.end() for m in _DOING.finditer(before)]
    if agree and (not doing or max(agree) > max(doing)):
        return True
    if _agreed_after_tr(text, c):
        return True
    return _TALKS_AFTER.match(after) is not None or _FOR_TALKS_AFTER.match(text, c.end, c.end + 60) is not None


def _agreed_after_tr(text: str, c: "_DateCand") -> bool:
    """Turkish puts the verb last: 'Taraflar 2 Haziran'da ... takas edilmesi konusunda anlaşmıştı' dates a deal."""
    return " anla" in text[c.end :] and _TR_AGREED_AFTER.match(text, c.end) is not None


# "... exchange agreed at the May 16 Istanbul talks": the words from a deal's name to the talks that made it
_AGREED_BETWEEN = re.compile(r"[^.;:,]{0,30}?\bagreed\s+(?:at|in|during|on)\b[^.;:,]{0,30}")
_AGREED_ON_BEFORE = re.compile(r"\b(?:agreed|agreement|deal\s+(?:reached|struck|signed))\s+(?:on\s+)?$", re.I)
_TR_AGREED_AFTER = re.compile(r"(?:[^.;]|\.(?=\d))*?\banla[sş]\w*", re.I)  # (past "1.000")
_EXCHANGE_NOUN_WORD = re.compile(r"\b(?:exchange|swap|trade)", re.I)
_TALKS_OR_ROUND = prefiltered(_TALKS.pattern + r"|\bround\b", re.I)
# What dates an offer or a statement: the talks, or the call or briefing where it was made.
_STATED = re.compile(_TALKS.pattern + r"|\b(?:call|briefing|statement|announced|said|says|told|signalled|signaled)\b", re.I)
_MEDIATOR = prefiltered(
    r"(?:mediat\w+\s+by|brokered\s+by|with\s+the\s+mediation\s+of|mediation\s+of|vermittelt\s+\w+\s+\w+\s+von\s+den|thanks\s+to\s+the\s+mediation\s+of|médiation\s+de|за\s+посередництва)\s+(?:the\s+)?"
    r"(?P<m>United\s+Arab\s+Emirates|UAE|Emirates|Turkey|Türkiye|Qatar|Saudi\s+Arabia|the\s+Vatican|Vatican|Vereinigten\s+Arabischen\s+Emiraten|Émirats\s+arabes\s+unis|ОАЕ)",
    re.I,
)
_HQ_NAME = prefiltered(r"(?:coordination\s+)?(?:headquarters|staff|centre|center)\s+for\s+the\s+treatment\s+of\s+prisoners\s+of\s+war", re.I)
_EXCHANGE_EVENT = prefiltered(
    r"\b(?:exchange[ds]?|swap(?:ped|s)?|prisoner\s+swap|returned\s+(?:home|from\s+captivity)|(?:has|have|had)\s+returned\s+\d"
    r"|returned\s+(?:[\w,'’-]+\s+){1,6}?from\s+(?:\w+\s+)?captivity|came\s+home|brought\s+home|freed|released|repatriated|handed\s+over|handover"
    # "Russia and Ukraine each returned 95 prisoners of war on Friday", "230 Ukrainians were returned"
    r"|(?<=\bwere\s)returned|(?<=\bbeen\s)returned|returned\s+(?:(?:about|some|around|nearly|more\s+than|over|another|a\s+further)\s+)?\d[\d,.\u00a0 ]*\s+(?:[\w-]+\s+){0,2}?(?:prisoners|pows|captives|soldiers|servicem[ae]n|service\s+members|troops|defenders|civilians|people|bodies|ukrainians|russians)"
    r"|received\s+(?:the\s+)?(?:bodies|remains)|g[eo]t(?:ting)?\s+back|brought\s+back"
    r"|traded\s+(?:[\w,'’-]+\s+){0,4}?(?:prisoners?|POWs?|captives|bodies|remains|soldiers|servicemen|detainees|people)"  # not "traded accusations"
    r"|intercambi\w+|canje\w*|liberad[oa]s|scambi\w+|liberati|rilasciat\w+|troc\w+|libertad[oa]s|wymieni\w+|wymian\w+|uwolni\w+"
    r"|uitgewisseld|uitwisseling\w*|gevangenenruil\w*|ruilden|takas\w*"
    r"|austausch\w*|(?:kriegs)?gefangenenaustausch\w*|ausgetauscht|échang\w*|обмін\w*|обмен\w*|повернул\w*|повернут\w*|поверта\w*|вернул\w*|возвращен\w*|возвраща\w*|передал\w*|передан\w*|репатріац\w*|репатриац\w*)\b",
    re.I,
)
# "The previous exchange took place on Sept. 14": a date of an earlier exchange is not the article's lead date
# ("The handover followed the repatriation of 1,245 bodies on Monday", "came after a swap on May 23": another one)
_RECAP_WORDS = re.compile(r"\b(?:since|last(?!\s+month)|latest|previous|first|largest|biggest|so\s+far|produced)\b", re.I)
_AN_EARLIER_EXCHANGE = prefiltered(
    r"\b(?:previous|prior|preceding|earlier)\s+(?:(?:prisoner|pow|major|large)\s+)?(?:swap|exchange|handover|repatriation)s?\b"
    # ("The last one, on August 24, returned 146 people": the one before the article's, told as background)
    r"|\bthe\s+last\s+(?:one|(?:prisoner\s+|pow\s+)?(?:swap|exchange))\b(?!\s+of\s+the\s+year)(?=\s*,|\s+(?:took\s+place|was\s+(?:on|in|held)|came|happened)\b)"
    r"|\b(?:followed|follows|came\s+after|comes\s+after)\s+(?:the|a|an|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:swap|exchange|handover|repatriation|release|transfer)s?\b"
    # ("Zuletzt hatten beide Seiten am 30. Dezember Gefangene ausgetauscht", "le précédent échange", "попередній обмін")
    r"|^\W*(?:zuletzt|ранее|раніше|до\s+этого|до\s+цього|wcześniej|precedentemente|anteriormente)\b|\b(?:vorherige[nrms]?|letzte[nrms]?)\s+(?:gefangenen)?austausch|\b(?:précédent|dernier)\s+échange|\bel\s+(?:anterior|último)\s+(?:canje|intercambio)"
    r"|(?<!\w)(?:попередн\w+|предыдущ\w+|минул\w+|прошл\w+)\s+(?:обмін\w*|обмен\w*|репатріаці\w*|репатриаци\w*|передач\w*)"
    # a news agency's recap of its own earlier report ("As Ukrinform reported, on September 14, 103 ... were returned",
    # "Нагадаємо, 14 вересня ...", "Напомним, ...")
    # ("As reported, on July 23, 250 ... returned home", "Earlier, ...": no subject)
    r"|^\W*(?:as\s+(?:[\w'’-]+\s+){0,4}?(?:reported|wrote)(?:\s+(?:earlier|previously))?|recall\s+that|it\s+will\s+be\s+recalled(?:\s+that)?|earlier|previously"
    r"|(?:як|как)\s+(?:[\w'’-]+\s+){0,3}?(?:повідомляв\w*|повідомлял\w*|писав\w*|сообщал\w*|писал\w*)(?:\s+[\w'’-]+){0,3}|нагадаємо|напомним)\s*,", re.I)
# "On Friday, 270 soldiers and 120 civilians had been freed": the pluperfect tells of a day before the article's
# news (in reported speech, "Kyiv said 150 had been freed on Wednesday", it is only the tense of "said")
_PLUPERFECT_DONE = prefiltered(r"\bhad\s+(?:already\s+)?been\s+(?:freed|released|returned|exchanged|swapped|handed\s+over|repatriated|brought\s+(?:back|home))\b", re.I)


def _narrates_an_earlier_day(text: str, words: frozenset[str]) -> bool:
    return "had" in words and bool(_PLUPERFECT_DONE.search(text)) and (
        lx.SPEECH_FIRST_WORDS.isdisjoint(words) or not lx.SPEECH.search(text))


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NOT_THIS_NUMBER_BEFORE = re.compile(r"\d(?:\s+[^\W\d]+){0,2}\s*[,;(—–-]\s*(?:and\s+)?not\s+(?:the\s+)?$", re.I)
# Sentences whose numbers are not this corpus's facts: correction notices restating a wrong figure,
# and US–Russia swaps that mediators' boilerplate lists next to Russia–Ukraine ones.
_SKIP_SENTENCE = re.compile(
    r"earlier\s+version\s+of\s+this|incorrectly\s+(?:said|stated|reported)|misstated|\bhas\s+been\s+corrected"
    r"|\b(?:refreshed|updated|amended|changed)\s+to\s+correct\b|\bthe\s+correct(?:ed)?\s+(?:figure|number|total)\s+(?:is|was)\b"
    # a link to another story that slipped past the page cleaning ("Read more: Ukraine, Russia swap 84 POWs each")
    r"|^\W*(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:stories|articles|news|coverage))?|see\s+also|recommended)\s*[:|\-–—]"
    r"|^(?=.*\b(?:united\s+states|american|us|u\.s\.)\b)(?!.*\bukrain)(?!.*\b(?:foreign\s+fighters|foreigners|fighters|volunteers|mercenar|pows?|prisoners\s+of\s+war|servicem[ae]n|soldiers)\b)",
    re.I,
)
_CORRECT_FIGURE = re.compile(r"[;,:]\s*(?:but\s+|while\s+)?(?:in\s+fact|actually|in\s+reality)\b|\bthe\s+correct(?:ed)?\s+(?:figure|number|total)\s+(?:is|was)\b", re.I)
_SKIP_WORDS = frozenset({"earlier", "incorrectly", "misstated", "corrected", "correct", "united", "american", "us", "u", "read", "related", "see",
                         "recommended"})


def _skip_sentence(text: str, words: frozenset[str]) -> bool:
    """`_SKIP_SENTENCE`, tried only when one of its words is present (most sentences have none)."""
    return not _SKIP_WORDS.isdisjoint(words) and bool(_SKIP_SENTENCE.search(text))


# an age limit before its years in other languages ("unter 25 Jahren", "de moins de 25 ans", "младше 25 лет"); the
# younger-than words make it "up to" (not a bare "до": "до 20 лет тюрьмы" is a prison term)
_YOUNGER_THAN = (r"\bunter|\bjünger\s+als|\bde\s+moins\s+de|\bmenores\s+de|\bdi\s+età\s+inferiore\s+a"
                 r"|(?<!\w)(?:младше|віком\s+до|в\s+возрасте\s+до|у\s+віці\s+до)")
_OLDER_THAN_BEFORE = re.compile(r"(?:\bolder\s+than|\bälter\s+als|\bâgés?\s+de\s+plus\s+de|\bmayores\s+de|(?<!\w)старше)\s+$", re.I)
_YOUNGER_THAN_BEFORE = re.compile(rf"(?:{_YOUNGER_THAN})\s+$", re.I)
_YEARS_OF_AGE_BEFORE = re.compile(rf"(?:{_YOUNGER_THAN}|\bälter\s+als|\bim\s+alter\s+von|\bâgés?\s+de|(?<!\w)старше)\s+$", re.I)
_ABOUT_SOMETHING_ELSE = re.compile(r"\b(?:favou?rs?|support(?:s|ed)?|oppose[sd]?|back(?:s|ed)?|trust(?:s|ed)?|approve[sd]?|believe[sd]?|want(?:s|ed)?)\s+"
                                   r"(?:(?:peace|the|a|direct|further)\s+)*(?:talks|negotiations|ceasefire|truce|elections?|membership|government|president|sanctions)\b", re.I)
_OTHER_MEASURE_BEFORE = re.compile(
    # ("The hryvnia weakened 2% against the dollar")
    r"\b(?:economy|gdp|inflation|prices?|output|growth|exports?|imports?|budget|markets?|stocks?|index|unemployment|rating|turnout|interest\s+rates?"
    r"|hryvnia|rouble|ruble|dollar|euro|currency|shares|bonds?|yields?)\b[^.;,\d]{0,30}$", re.I)
# (a place or thing named by its number: "checkpoint 2", "gate 4", "penal colony 10", "Route 7")
_REFERENCE_BEFORE = prefiltered(r"(?:\barticle|\bart\.|\bno\.|\bnumber|\bresolution|\bparagraph|\bsection|\bchapter|\bpage|\bissue|\bflight|\bprotocol"
                                r"|\bcheckpoint|\bgate|\bplatform|\bterminal|\broute|\bhighway|\bward|\bcolony|\bbus|\bbarracks"
                                r"|\b(?:page|photo|image|picture|slide|part|item)\s+\d{1,3}\s+(?:of|/))\s*$", re.I)  # ("Page 3 of 12", "Item 1 of 3")
_OTHER_MEANS = re.compile(r"other\s+means|outside\s+(?:of\s+)?(?:the\s+)?exchanges?|other\s+ways", re.I)


@dataclass
class Extraction:
    figures: list[Figure] = field(default_factory=list)
    mentions: list[ExchangeMention] = field(default_factory=list)
    terms: list[TermMention] = field(default_factory=list)
    transit_country: str | None = None  # see article_facts
    captivity_since_years: list[int] = field(default_factory=list)


# Terms of a deal that carry no number: the categories of people it covers and how it is carried out.
_TERM_PATTERNS = [
    ("categories", "severely wounded and seriously ill", prefiltered(r"(?:severely|seriously|badly|gravely)\s+(?:wounded|injured|ill|sick)(?:\s+(?:and|or)\s+(?:seriously\s+|severely\s+)?(?:ill|sick|wounded))?", re.I)),
    ("categories", "young soldiers", prefiltered(r"under\s+(?:the\s+age\s+of\s+)?25\b|aged\s+18\s*(?:-|–|to)\s*25|youngest", re.I)),
    ("categories", "all for all", prefiltered(r"all[- ]for[- ]all", re.I)),
    ("categories", "civilians", prefiltered(r"\bcivilians?\b", re.I)),
    ("procedure", "lists shared in advance", prefiltered(r"lists?\b[^.]{0,80}?\b(?:in\s+advance|beforehand|ahead\s+of)|(?:in\s+advance|beforehand)[^.]{0,40}\blists?\b", re.I)),
]


@dataclass
class _Sentence:
    start: int
    end: int
    text: str


_ENGLISH_DAY_BEFORE_DOT = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
                                     r"|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}$")


def split_sentences(body: str) -> list[_Sentence]:
    """Sentence spans over the body: breaks at terminal punctuation before a capital and at newlines,
    not after abbreviations ("Aug. 7", "Mr.")."""
    out: list[_Sentence] = []
    pos = 0
    for m in _SENT_END.finditer(body):
        if m.group(0).startswith(".") and (
            _ABBREV.search(body[max(0, m.start() - 6) : m.start() + 1])
            or (body[m.start() - 1 : m.start()].isdigit() and "\n" not in m.group(0) and _MONTH_NEXT.match(body, m.end())
                # (not an English date ending a sentence: "95 each on July 17. August 24 saw 115 each")
                and not _ENGLISH_DAY_BEFORE_DOT.search(body, max(0, m.start() - 14), m.start()))
            or _GERMAN_ORDINAL_BEFORE.search(body, max(0, m.start() - 12), m.start())
        ):
            continue  # "Aug. 7", "am 24. Januar": the dot belongs to the date
        end = m.start() + len(m.group(0).rstrip())
        if body[pos:end].strip():
            out.append(_make_sentence(body, pos, end))
        pos = m.end()
    if body[pos:].strip():
        out.append(_make_sentence(body, pos, len(body)))
    return out


def _make_sentence(body: str, start: int, end: int) -> _Sentence:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return _Sentence(start, end, body[start:end])


@dataclass
class _DateCand:
    start: int
    end: int
    value: date | None
    value_from: date | None
    precision: str
    relative: int = 0
    weekday: int | None = None  # a bare weekday, resolved to the past one; a planned exchange takes the next
    month: date | None = None  # "in August 2024": the month's first day (the value stays None: no day is known)
    holiday: bool = False  # "on New Year's Eve": dates its own sentence only (a timeline of past holidays is no lead)
    future: bool = False  # "would continue over the weekend": days still to come date their own figures only


_DISTANCE_AFTER_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\b[^.;]{0,80}$", re.I)
_WAR_START_BEFORE = re.compile(
    r"\b(?:invasion|war|offensive|annexation)\s+(?:of\s+\w+\s+)?(?:began|begun|started|was\s+launched|launched)?\s*(?:on|in)\s+$"
    r"|\b(?:invaded|annexed)\s+(?:\w+\s+){0,2}?(?:on|in)\s+$"
    # ("a month after Russian troops crossed into Ukraine on Feb. 24", "since Russia launched its full-scale invasion on")
    r"|\b(?:troops|forces|tanks|army)\s+(?:crossed|poured|rolled|moved)\s+(?:into|over)\s+(?:the\s+border\s+(?:into\s+)?)?(?:\w+\s+)?(?:on|in)\s+$", re.I)


# a line that is only a day with its weekday: "Saturday, May 24", "Sunday, 25 May 2025"
_DAY_HEADING = re.compile(r"\W*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:\d{1,2}\s+)?[A-Za-z]+\.?(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?\W*", re.I)
# "11:02 — ", or a time alone on its line ("12:05 BST")
_TIME_STAMP = r"\W*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|CET|EET|EEST|BST|ET|MSK|Kyiv\s+time)?(?:\s*[—–-]\s|[ \t]*(?=\n)|[ \t]*$)"
_TIME_STAMP_OPENING = re.compile("^" + _TIME_STAMP, re.I)
_TIME_STAMP_PARAGRAPH = re.compile("(?:^|\n)" + _TIME_STAMP, re.I)
_DATELINE_OPENING = re.compile(r"^[A-ZА-ЯІЇЄ][A-ZА-ЯІЇЄ .'’-]{2,30},\s*$")  # "MOSCOW, ", "KYIV, "


def _dateline_date(first: list, published: date | None) -> date | None:
    """The day of a dateline ("MOSCOW, June 25. /TASS/.", "KYIV, June 25 (Reuters) -"): the day the story
    was filed, for an article whose exchange sentences carry no date of their own (a page saved a day later
    has a later publication date). Within its own sentence it is a date like any other: "KYIV, May 23
    (Reuters) - Ukraine and Russia swapped 390 each" is dated by it, as a timeline line "• 21 September 2022 -
    215 people return" is by its date."""
    for s, _ in first:
        for d in find_dates(s.text[:60]):
            if d.day and _DATELINE_OPENING.match(s.text[: d.start]):
                return resolve(d, published)[0]
    return None


# ("Putin and Trump agreed that Russia and Ukraine would exchange 175 prisoners each on Wednesday": the verb of the
# weekday's own clause, however far)
# ("Putin agreed to free 175 Ukrainians in exchange for 175 Russians on Wednesday": what was agreed is still to come)
_DATELINE_CLOSE = re.compile(r"\s*(?:\(\w[\w\s.-]{0,20}\)\s*[-–—]|[.,]?\s*/?\w{2,10}/?\.?\s*[-–—]|\s*[-–—])")
# (not "Putin had agreed to the swap during his call with Trump on Tuesday": the pluperfect tells of a day past)
_FUTURE_VERB_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to"
                                    r"|(?<!\bhad\s)(?:agreed|agrees|promised|pledged|plans?|planned|intends?|is\s+set|are\s+set)\s+to)\s+[^.;,:]*$", re.I)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|planned|expected|scheduled|due|continue|next"
                            r"|очікується|очікуються|ожидается|ожидаются|запланован\w*|наступн\w*|следующ\w*)\b[^.;]*$", re.I)


_WE_GOT_BACK_BEFORE = re.compile(r"\bwe\s+(?:have\s+|had\s+|'ve\s+|’ve\s+)?(?:now\s+|already\s+|finally\s+)?(?:returned|brought\s+(?:back|home)|freed|got\s+back"
                                 r"|rescued|secured\s+the\s+(?:release|return)\s+of|welcomed\s+(?:back|home))\s+(?:home\s+)?(?:(?:about|some|another|a\s+further|more\s+than|over)\s+)?$", re.I)
_STILL_HELD_NEXT = re.compile(r"^\s+(?:still\s+)?remain(?:s|ed)?\s+(?:in\s+(?:russian\s+|ukrainian\s+|enemy\s+)?(?:captivity|custody|prison|detention)|captive|imprisoned|detained|held)\b", re.I)
# "The returnees, 95 in all, ...", "those freed - 95 in total -": the people of one side's return, not both sides'
_RETURNEES_JUST_BEFORE = re.compile(r"\b(?:returnees|repatriates|those\s+(?:freed|released|returned|brought\s+(?:home|back))|the\s+(?:freed|released)(?:\s+[\w-]+)?)\W{0,4}$", re.I)
_NO_CLAUSE_BREAK = re.compile(r"[^.;:!?]{0,30}")
_LAST_YEAR_WORDS = re.compile(r"\blast\s+year\b(?!['’]s)", re.I)


def _date_candidates(text: str, published: date | None, words: frozenset[str]) -> list[_DateCand]:
    cands: list[_DateCand] = []
    last_year = published is not None and "last" in words and "year" in words and _LAST_YEAR_WORDS.search(text) is not None
    for d in find_dates(text, words):
        value, start = resolve(d, published)
        if (last_year and d.year is None and value is not None and value.year == published.year
                and (_LAST_YEAR_WORDS.search(text, max(0, d.start - 30), d.start) or _LAST_YEAR_WORDS.match(text, d.end + 1, d.end + 12))):
            # "A similar exchange last year, on Dec. 30, returned 230", "on Dec. 30 last year": that day of the year before
            # ("On Dec. 18, 150 were freed, more than in all of last year" is this year's)
            value, start = resolve(d, date(published.year - 1, 12, 31))
        if published is not None and "ago" in words and d.year is None and value is not None:
            ago = _YEARS_AGO.search(text, max(0, d.start - 30), d.start) or _YEARS_AGO.match(text, d.end + 1, d.end + 20)
            if ago is not None and (ago.end() <= d.start and _NO_CLAUSE_BREAK.fullmatch(text, ago.end(), d.start)
                                    or ago.start() > d.end):
                # "Two years ago, on Jan. 3, 230 were freed", "on Jan. 3 two years ago": that day of that year
                years = _count_of_years(ago.group(1))
                if years:
                    value, start = resolve(d, _years_before(published, years))
        if _WAR_START_BEFORE.search(text, max(0, d.start - 50), d.start):
            value, start = None, None  # "since the invasion began on Feb. 24": a date, but not of an exchange
        month = date(d.year, d.month, 1) if d.day is None and d.year and 1900 < d.year < 2100 else None
        cands.append(_DateCand(d.start, d.end, value, start, d.precision, month=month))
    for r in find_relative_dates(text, published, words):
        if any(c.start <= r.start < c.end for c in cands):
            continue
        if r.weekday is not None and any(c.value is not None and 0 <= c.start - r.end <= 3 for c in cands):
            continue  # "on Tuesday 20 May", "Tuesday, May 20": the date the weekday names

        if r.holiday and any(((c.precision == "day" and not c.relative and c.weekday is None) or c.month)
                             and not _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start) for c in cands):
            continue  # "• 31 December 2022 – 140 Ukrainians are freed on New Year's Eve": the date says which one
            # (not the day it was said: "Ukraine said on Jan. 1 that 140 had been freed in the New Year's Eve swap")
        if r.value_from is not None and _FUTURE_BEFORE.search(text, max(0, r.start - 50), r.start):
            # "the exchange would continue over the weekend", "will take place from Friday to Sunday": the coming days
            if published is None or r.value is None:
                continue
            if r.value < published:
                r = replace(r, value=r.value + timedelta(days=7), value_from=r.value_from + timedelta(days=7))
            cands.append(_DateCand(r.start, r.end, r.value, r.value_from, "day", future=True))
            continue
        if r.weekday is not None and published is not None and (_FUTURE_BEFORE.search(text, max(0, r.start - 30), r.start)
                                                                 or _FUTURE_VERB_IN_CLAUSE.search(text, max(0, r.start - 80), r.start)):
            # "the final stage is expected on Sunday": the coming Sunday (today, if published on one)
            r = replace(r, value=published + timedelta(days=(r.weekday - published.weekday()) % 7))
        cands.append(_DateCand(r.start, r.end, r.value, r.value_from, "week" if r.week else "day", r.anchor_relative, r.weekday, holiday=r.holiday))
    if published is not None and not _DAY_SUFFIXES.isdisjoint(words):  # (the letters of "14th" are the token "th")
        for m in _ON_THE_NTH.finditer(text):
            if not any(c.start <= m.start(1) < c.end for c in cands):
                value = _day_of_this_or_last_month(int(m.group(1)), published)
                if value is not None:
                    cands.append(_DateCand(m.start(1), m.end(), value, None, "day"))
    return sorted(cands, key=lambda c: c.start)


# "On the 14th, Ukraine brought home 84": a day of the month the article was published in (or of the month
# before, for a day still to come this month); "the 14th exchange", "the 5th anniversary" are no days
_DAY_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# ("The exchange on the 3rd freed 230": a verb after it is no noun it numbers)
_ON_THE_NTH = re.compile(r"\bon\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\b|(?!(?:freed|saw|brought|returned|released|"
                         r"swapped|exchanged|when|and|in|at|with|near|after|before|as|but|while|,)\b)\w+))", re.I)


def _day_of_this_or_last_month(day: int, published: date) -> date | None:
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return date(year, month, day)
    except ValueError:
        return None


_QUALIFIER_AFTER = [
    # "5,000-plus", "5,000+" (not "146 for 146 plus 8 civilians": one more group)
    (re.compile(r"\s*-?\s*plus\b(?!\s+(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|another\b))|\s*\+(?!\d)", re.I), "more_than"),
    (re.compile(r"\s+or\s+more\b", re.I), "at_least"),
    (re.compile(r"\s+(?:daha\s+)?fazla\b", re.I), "more_than"),  # Turkish "5 binden fazla": more than 5,000
    (re.compile(r"\s+or\s+(?:so|fewer|less)\b", re.I), "about"),
]


def _qualifier_before(before: str) -> str:
    """The qualifier the words before a number give it ("about", "more than"), when none follows it."""
    tail = before[-30:]
    if _PHRASAL_OVER.search(tail):
        return "exact"  # "hand over 1,000": a verb, not "more than"
    for pattern, name in _QUALIFIERS:
        if pattern.search(tail):
            return name
    return "exact"


# All claimant aliases in one pattern (one pass per sentence instead of one per alias).
_ALIASES = prefiltered("|".join(f"(?P<a{i}>{p.pattern})" for i, (p, _) in enumerate(lx.CLAIMANT_ALIASES)), re.I)
_ALIAS_NAMES = {f"a{i}": name for i, (_, name) in enumerate(lx.CLAIMANT_ALIASES)}
_KNOWN_CLAIMANTS = frozenset(_ALIAS_NAMES.values())  # institutions and people by their canonical names
_SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|head|chief|minister|ombudsman|commissioner|president|envoy|negotiator"
                         r"|advis[eo]r|aide|representative|secretary|director|commander)\b", re.I)
_HE_OR_SHE_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|wrote|noted|stated|told|explained|stressed)\b", re.I)
# ("Ukrinform reports with reference to the Coordination Headquarters", "TASS reported, citing the defence ministry": the source)
_ACCORDING = prefiltered(r"(?:^\W*|,\s*)per\s+(?=(?:the\s+)?(?-i:[A-Z]))|\b(?:according\s+to|citing|with\s+reference\s+to|referring\s+to|quoting|selon|laut|nach\s+angaben\s+(?:des|der|von)|d['’]après|за\s+словами|según|de\s+acuerdo\s+con|secondo|segundo|według)\s+", re.I)


_QUOTE_MARKS = ("“", '"', "«", "„")
# a sentence that closes a quote and names who said it: '..." Zelensky wrote.', '...," he said.'
_QUOTE_CLOSED_SAID = re.compile(r"[\"”»]\s*,?\s*(?:[\w'’.-]+\s+){1,5}(?:said|says|wrote|writes|added|told|stated|noted)\b[^\"“”]*$", re.I)
_ABOUT_THIS_SAID = re.compile(
    r"^\W*(?:(?:про\s+це|об\s+этом|this\s+was)\s+(?:\w+\s+){0,2}?(?:повідомив|повідомила|повідомили|заявив|заявила|написав|написала"
    r"|сообщил|сообщила|сообщили|заявил|заявила|написал|написала|announced|reported|confirmed|stated)\b"
    r"|(?:das|dies)\s+(?:teilte|teilten|sagte|sagten|erklärte|erklärten|meldete|meldeten|berichtete|berichteten)\b"
    # "Lo ha reso noto il ministero della Difesa russo", "Así lo informó ...", "C'est ce qu'a annoncé ...", "A informação foi divulgada por ..."
    r"|lo\s+ha(?:nno)?\s+(?:reso\s+noto|annunciato|comunicato|riferito|dichiarato)\b|(?:así\s+)?lo\s+(?:informó|anunció|confirmó|comunicó)\b"
    r"|c['’]est\s+ce\s+qu['’](?:a|ont)\s+(?:annoncé|indiqué|déclaré|affirmé)\b|a\s+informação\s+foi\s+(?:divulgada|confirmada)\s+por\b"
    r"|(?:poinformował[oa]?|podał[oa]?)\s+o\s+tym\b)", re.I)
# "Це 69-й обмін, повідомив Координаційний штаб", "This is the 69th exchange, the Coordination Headquarters said": a
# sentence about the same exchange whose closing attribution covers the one before (in a channel's own post the
# channel speaks the sentence before)
_SAME_EXCHANGE_SAID = re.compile(
    r"^\W*(?:(?:це|this\s+(?:is|was)|it\s+(?:is|was))\s[^.;]{0,100},\s*(?:повідомив\w*|повідомил\w*|заявив\w*|заявил\w*|сообщил\w*|(?:[\w'’-]+\s+){1,6}?(?:said|says|reported|announced|wrote))\b[^,;]*$"
    r"|the\s+(?:figures?|numbers?)\s+(?:were|was)\s+(?:confirmed|given|released|reported|announced)\s+by\b"
    # ("On August 14, 84 Russian servicemen were returned ... In return, 84 servicemen of the Armed Forces of Ukraine were
    # handed over, the Russian Defence Ministry said": the other half of the same statement)
    r"|in\s+(?:return|exchange),\s[^.;]{0,160},\s*(?:[\w'’-]+\s+){1,6}?(?:said|says|reported|announced)\b[^,;]*$)", re.I)
_RELATIVE_CLAUSE_BEFORE = re.compile(r"\b(?:who|which|whom|that)\s*,?\s*$", re.I)
_SPEAKER_COLON_OPENING = re.compile(r"^\W*(?:\d{1,2}[:.]\d\d\s*(?:[-–—]\s*)?)?")  # an optional live-blog time first


_CLAUSE_END = re.compile(r"[,.;:]")
_THE_UN = re.compile(r"\b[Tt]he\s+UN\b(?!\s+(?:[A-Z]\w+\s+){0,3}?(?:Council|Assembly|Mission|[Mm]onitors?|[Mm]ission|[Oo]ffice|[Aa]gency|[Ee]nvoy|[Cc]hief|[Ss]ecretary|[Cc]ommissioner))")
_SHARE_OPENING = re.compile(r"^\W*(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under|at\s+least|only)\s+)?$", re.I)
# the words between a body and a person whose title names it: "Kremlin aide ", ", the Kremlin" ... "spokesman"
_TITLE_BETWEEN = re.compile(r"\s*(?:,\s*(?:the\s+)?|(?:'s|’s)\s+)?(?:(?:chief\s+|top\s+|senior\s+|deputy\s+)?(?:aide|spokes(?:man|woman|person)|adviser|advisor"
                            # ("Andriy Yermak, head of the presidential office, said")
                            r"|negotiator|envoy|official|head|chief|minister|press\s+secretary)(?:\s+of)?\s*,?\s*)?(?:the\s+)?(?-i:[A-Z][a-z'’-]+\s+){0,2}", re.I)
_GOVERNED_BEFORE = re.compile(r"\b(?:with|to|from|against|supporting|backing|about|between|by|held\s+by|freed\s+by)\s+(?:the\s+)?$", re.I)
_WORDS_FROM_BEFORE = re.compile(r"\b(?:statements?|reports?|posts?|data|figures|messages?|information|comments?|briefing|words|video|address|account|remarks|sources?)"
                                r"\s+(?:from|by)\s+(?:the\s+)?$", re.I)
_COUNTED_BEFORE = re.compile(r"\d\s+(?:more\s+|other\s+)?$")
_SAID_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:reported|announced|stated|confirmed|said)\s+by\s+", re.I)


def _claimant(text: str, previous: str | None, words: frozenset[str] | None = None) -> str | None:
    opening = _SPEAKER_COLON_OPENING.match(text).end()
    colon = text.find(":", opening, opening + 90)
    speaker = _ALIASES.match(text, opening)
    if speaker and text[speaker.end() : speaker.end() + 3].lstrip().startswith(":") and not lx.SPEECH.search(text, speaker.end()):
        # "Zelensky: 277 of our warriors are home" (but "RIA Novosti: Commissioner Tatyana Moskalkova said ..." is hers)
        return _ALIAS_NAMES[speaker.lastgroup]
    if colon > 0 and text.count(" ", opening, colon) <= 10 and not _DIGIT_CHAR.search(text, opening, colon) and not lx.SPEECH.search(text, colon):
        # "President Volodymyr Zelensky: ...", "Dmitry Peskov, the Kremlin spokesman: ...": the name with its title (the
        # person rather than the body named in the title)
        named = list(_ALIASES.finditer(text, opening, colon))
        speaker = next((m for m in named if _ALIAS_NAMES[m.lastgroup] in lx.PERSON_CLAIMANTS
                        and _ALIAS_NAMES[m.lastgroup] not in lx.ROLE_CLAIMANTS), named[0] if named else None)
        tail = text[speaker.end() : colon].strip() if speaker is not None else ""
        if speaker is not None and (tail.startswith(",") or len(tail.split()) <= 1 or tail.lower().startswith(("for ", "of "))):
            return _ALIAS_NAMES[speaker.lastgroup]  # (not "Zelensky's peace plan: ...")
    by = _SAID_BY.search(text) if " by " in text else None
    if by:
        # "This was reported by the Coordination Headquarters ..., Ukrinform reports": the one who reported it, not
        # the outlet that passes it on
        named = _ALIASES.match(text, by.end()) or _ALIASES.match(text, _ARTICLE_OPENING.match(text, by.end()).end())
        if named is None:
            # "This was reported by President of Ukraine Volodymyr Zelensky on Telegram", "... by the press service of
            # the Coordination Headquarters, Ukrinform reports": the name after a title, before the clause ends
            clause_end = _CLAUSE_END.search(text, by.end())
            named = _ALIASES.search(text, by.end(), min(clause_end.start() if clause_end else len(text), by.end() + 100))
        if named:
            return _ALIAS_NAMES[named.lastgroup]
    hedges: list[tuple[int, int]] = []
    for m in _ACCORDING.finditer(text):
        if _RELATIVE_CLAUSE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            hedges.append((m.start(), m.end()))
            continue  # "the bodies of 1,000 people who, according to the Russian side, are soldiers": a hedge, not the claim
        name = _source_named(text, m)
        if name:
            return name
    if words is not None and lx.SPEECH_FIRST_WORDS.isdisjoint(words):
        speech = []  # no speech word at all: skip the pattern
    else:
        speech = [m.start() for m in lx.SPEECH.finditer(text) if not any(a <= m.start() < b for a, b in hedges)]
    if speech or text.lstrip().startswith(("“", '"', "«")):
        best: tuple[int, str, int, int] | None = None
        people: list[tuple[int, int, str]] = []
        for m in _ALIASES.finditer(text):
            if _MEDIATED_BY.search(text[max(0, m.start() - 40) : m.start()]) and not _WHICH_SAID_AFTER.match(text, m.end()):
                continue  # "mediated by the UAE, officials said": the mediator is not who said it ("..., which said" it is)
            if _RELATIVE_CLAUSE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or any(b <= m.start() <= b + 4 for _, b in hedges):
                continue  # "1,000 bodies, which Russia says are soldiers": a hedge inside the figure's noun phrase
            if _TOLD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # '"We have 3,000 ...," she told TASS': the outlet told, not who said it
            if (_GOVERNED_BEFORE.search(text, max(0, m.start() - 16), m.start()) and not _SAYS_RIGHT_AFTER.match(text, m.end())
                    and not _WHICH_SAID_AFTER.match(text, m.end())
                    and not _WORDS_FROM_BEFORE.search(text, max(0, m.start() - 40), m.start())):  # ("a statement from the ministry")
                continue  # "people held on suspicion of supporting the separatists, officials said": no subject of "said"
            if _COUNTED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "to involve 306 separatists ..., officials said": the people counted, not who said it
            name = _ALIAS_NAMES[m.lastgroup]
            if name in _OFFICE_OF and _OFFICE_OF_THE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                name = _OFFICE_OF[name]  # "the office of President Volodymyr Zelenskiy said": the office speaks
            elif name in lx.PERSON_CLAIMANTS and text[m.end() : m.end() + 2] in ("'s", "’s"):
                # "Andriy Yermak, head of Zelensky's office, said", "Maria Zakharova, Lavrov's spokeswoman, said": someone
                # who works for the person speaks ("Zelensky's office said" is the presidential office's word)
                office = _OFFICE_AFTER.match(text, m.end() + 2) and not _OF_BEFORE.search(text, max(0, m.start() - 8), m.start())
                if not (office and name in _OFFICE_OF):
                    continue
                name = _OFFICE_OF[name]
            dist = min((abs(m.start() - s) for s in speech), default=999)
            if _SAYS_RIGHT_AFTER.match(text, m.end()):
                dist = -1  # "Medinsky said Moscow would hand over ...": the subject of "said", not a name in what was said
            if name in lx.ROLE_CLAIMANTS:
                dist += 60  # "Dmytro Lubinets, Ukraine's human rights commissioner, said": the person, not the role
            people.append((m.start(), m.end(), name))
            if best is None or dist < best[0]:
                best = (dist, name, m.start(), m.end())
        if "UN " in text:
            # "the UN says" (case decides: "un" is a French and Spanish word; the UN's bodies named in full are their own names)
            for m in _THE_UN.finditer(text):
                dist = -1 if _SAYS_RIGHT_AFTER.match(text, m.end()) else min((abs(m.start() - s) for s in speech), default=999)
                if best is None or dist < best[0]:
                    best = (dist, "United Nations", m.start(), m.end())
        if best and best[0] >= 0 and speech:
            subjects = [_GENERIC_SUBJECT_BEFORE.search(text, max(0, at - 30), at) for at in speech]
            # ("Russian Defence Ministry officials said": the officials of a body named)
            if all(m and not text[: m.start()].rstrip()[-1:].isupper() and not (text[: m.start()].split() or [""])[-1][:1].isupper()
                   for m in subjects):
                # "Ukraine and pro-Russian separatists traded prisoners ..., officials said", "Kiev is holding 47 people the
                # separatists want back, she said": the one who speaks is not named here (a pronoun: the one named before)
                pronoun = any(m.group(1).lower() in ("he", "she", "they", "it") for m in subjects)
                return previous if pronoun else None
        if best and best[0] < 120:
            if best[0] >= 0 and best[1] not in lx.PERSON_CLAIMANTS:
                # "said Kremlin aide Vladimir Medinsky", "Dmitry Peskov, the Kremlin spokesman, said": the body is named in
                # the person's title; the person speaks
                for start, end, name in people:
                    if (name in lx.PERSON_CLAIMANTS and name not in lx.ROLE_CLAIMANTS
                            and _TITLE_BETWEEN.fullmatch(text, min(end, best[3]), max(start, best[2]))):
                        return name
            return best[1]
        m = lx.GENERIC_PERSON.search(text)
        if m:
            # "Deputy Prime Minister Iryna Vereshchuk said": the person, not the end of her title ("the Foreign
            # Ministry said" is the ministry: a title word before one word of an institution is part of its name)
            # ("Ukrainian Interior Minister Ihor Klymenko said": past the nationality too)
            name = _TITLE_WORDS.sub("", _NATION_ADJECTIVE_OPENING.sub("", m.group(1)))
            if name and _INSTITUTION_WORD.fullmatch(name):
                name = m.group(1)
            if name:
                return name
        m = lx.GENERIC_PERSON_APPOSITIVE.search(text) if ", " in text else None
        if m:
            words = m.group(1).split()
            if _NOT_A_PERSON_WORD.isdisjoint(words) and words[0] not in ("The", "A", "An", "In", "On", "But", "And"):
                return m.group(1)
        m = lx.GENERIC_PERSON_AFTER_SPEECH.search(text)
        if m:
            name = _TITLE_WORDS.sub("", _NATION_ADJECTIVE_OPENING.sub("", m.group(1))).strip()
            words = name.split()
            if 2 <= len(words) <= 3 and _NOT_A_PERSON_WORD.isdisjoint(words):
                return name
        m = _CYRILLIC_PERSON_AFTER_SPEECH.search(text) if not text.isascii() else None
        if m:
            return m.group(1)  # "..., сообщил член Госдумы Шамсаил Саралиев": the name that ends the attribution
        if lx.PRONOUN_SPEECH.search(text):
            return previous
    elif previous and lx.PRONOUN_SPEECH.search(text):
        return previous
    return None


_CYRILLIC_PERSON_AFTER_SPEECH = re.compile(
    r"\b(?:сообщил|сообщила|заявил|заявила|сказал|сказала|отметил|отметила|повідомив|повідомила|заявив|сказав|зазначив|зазначила)\s+"
    r"(?:[\w-]+\s+){0,4}?((?-i:[А-ЯІЇЄҐ][а-яіїєґ'’-]+)\s+(?-i:[А-ЯІЇЄҐ][а-яіїєґ'’-]+))(?=\s*(?:[.,;]|$))", re.I)
_CLOSING_QUOTE = {"“": "”", '"': '"', "«": "»", "„": "“”"}


def _opens_a_quote_it_does_not_close(text: str) -> bool:
    t = text.lstrip()
    closing = _CLOSING_QUOTE.get(t[:1])
    return closing is not None and not any(c in t[1:] for c in closing)


_OFFICE_AFTER = re.compile(r"\s*(?:office|administration)\b", re.I)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_OFFICE_OF_THE_BEFORE = re.compile(r"\b(?:office|administration|press\s+service)\s+of\s+(?:the\s+)?(?:ukrainian\s+|russian\s+)?(?:president\s+)?(?:volodymyr\s+|vladimir\s+)?$", re.I)
_OFFICE_OF = {"Volodymyr Zelensky": "Ukrainian government", "Vladimir Putin": "Kremlin"}
_GENERIC_SUBJECT_BEFORE = re.compile(
    r"\b(officials|sources|authorities|she|he|they|it|observers|analysts|experts|diplomats|witnesses|reports|activists|lawyers)\s+(?:have\s+|had\s+|also\s+|later\s+|earlier\s+)?$", re.I)
_SAID_WORD = re.compile(r"\b(?:said|says|told|added|stated|announced|wrote)\b", re.I)
_NO_COMMENT = re.compile(r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|declined\s+to|refused\s+to|could\s+not\s+be\s+reached\s+to)\s+(?:immediately\s+)?(?:comment|respond|reply|confirm)\b"
                         r"|\bcould\s+not\s+be\s+reached\b|\bno\s+comment\b", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells)\s+(?:the\s+)?$", re.I)
_SAYS_RIGHT_AFTER = re.compile(r"\s+(?:also\s+|later\s+|earlier\s+)?(?:said|says|told|stated|announced|wrote|added|claimed)\b", re.I)


def _actor(text: str, pronoun_speech: str) -> str | None:
    """The known actor a sentence opens with ("Zelensky thanked the UAE."), for a "he said" in the next one:
    a person for "he" or "she", an institution for "it", "they" or "the ministry"."""
    opening = text.lstrip(" \"“‘«(").removeprefix("The ").removeprefix("the ")
    m = _ALIASES.match(opening)
    if not m:
        # "Tatyana Moskalkova met her counterpart", "Ombudsman Dmytro Lubinets spoke": a first name or title before it
        first = _FIRST_NAMES.match(opening)
        m = _ALIASES.match(opening, first.end()) if first else None
    if not m:
        return None
    name = _ALIAS_NAMES[m.lastgroup]
    personal = re.match(r"\W*(?:he|she|the\s+ombudsman|the\s+president)\b", pronoun_speech, re.I) is not None
    return name if personal == (name in lx.PERSON_CLAIMANTS) else None


_FIRST_NAMES = re.compile(r"(?:[A-Z][a-z'’-]+\s+){1,2}(?=[A-Z])")
_TITLE_WORDS = re.compile(
    r"^(?:(?:Deputy|Prime|Foreign|Defen[cs]e|Interior|Justice|Minister|President|Ombudsman|Commissioner|Spokes(?:man|woman|person)"
    r"|General|Colonel|Major|Governor|Mayor|Head|Chief|Secretary|Ambassador|Adviser|Advisor|Senator|Lieutenant|Army|Commander)\s+)+")
_NATION_ADJECTIVE_OPENING = re.compile(r"^(?:(?:Ukrainian|Russian|Turkish|Qatari|Emirati|Saudi|Belarusian|American|US|U\.S\.|British|French|German)\s+)+")
_INSTITUTION_WORD = re.compile(r"Ministry|Staff|Office|Service|Committee|Council|Headquarters|Department|Directorate|Command|Prosecutor", re.I)


_FIRST_COUNTS = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:stage|phase|round\s+of\s+(?:exchanges|swaps)|етап\w*|этап\w*|étape|etappe|fase|etapa)"
    # ("the first exchange since the start of the war" is the first of a count; "the first exchange since a plane
    # crashed" says how long there was none)
    r"|\s*(?:prisoner\s+|pow\s+|body\s+)?(?:exchange|swap|handover)\s+(?:of\s+(?:the\s+(?:year|(?:full-scale\s+)?(?:war|conflict|invasion))\b|20\d\d)|this\s+year|in\s+20\d\d"
    r"|since\s+(?:the\s+)?(?:start|beginning|outbreak|full-scale|invasion|war\b|russia['’]s\s+(?:full-scale\s+)?invasion|russia\s+(?:launched|invaded)|20(?:14|22)\b))"
    # ("il primo scambio del 2025", "el primer canje del año", "le premier échange de l'année")
    r"|\s*(?:scambio|intercambio|canje|échange|troca|austausch)\s+(?:del|de|di|do|des|dell['’]|de\s+l['’]|da)\s*(?:20\d\d|anno|año|ano|année|jahres)\b",
    re.I,
)
_THIS_PERIOD = re.compile(r"this\s+(?:month|year)", re.I)
_FIRST_OF_A_PERIOD_AFTER = re.compile(r"\s*(?:this\s+year|of\s+(?:the\s+year|20\d\d)|in\s+20\d\d)\b", re.I)
_IN_AS_MANY_DAYS_AFTER = re.compile(
    r"^\s*(?:prisoner\s+|pow\s+|body\s+)?(?:exchange|swap|handover|such\s+exchange)s?\s+in\s+(?:(?:under|less\s+than|just\s+over|little\s+more\s+than|just|only)\s+)?(?:as\s+many|two|three|four|five|a|one|\d+)\s+(?:days|weeks|months|day|week|month)\b", re.I)
_DAY_OF_AN_EXCHANGE_AFTER = re.compile(
    r"^\s*(?:day|tag|jour|día|dia|giorno|dzień|день|дня|доба|доби|gün)\w{0,2}\s+(?:of\s+(?:the\s+)?|des\s+|du\s+|de\s+l[a']\s*|del\s+|della\s+|dello\s+|da\s+|do\s+)?"
    r"(?:(?:prisoner|pow|body|large|major)\s+)?(?:exchange|swap|handover|austausch|échange|canje|intercambio|scambio|troca|wymian|обмін|обмен)", re.I)
# (an ordinal within a period, "the second exchange this week", "the 8th such deal this year", is still an
# exchange_ordinal, as the development set's gold counts them; exchange_events keeps the day's largest ordinal,
# which is the series' own when both are stated)
_MEDIATED_BY = prefiltered(r"(?:mediat\w*|brokered|facilitated|hosted)\s+by\s+(?:the\s+)?$|mediation\s+of\s+(?:the\s+)?$", re.I)
_WHICH_SAID_AFTER = re.compile(r",?\s+(?:which|who)\s+(?:also\s+)?(?:said|says|announced|reported|stated|added)\b", re.I)
# (past a title set off by commas: "Andriy Yermak, head of the Ukrainian presidential office, said")
_SPEECH_SOON = re.compile(r"(?:,\s+(?:the\s+|a\s+)?(?:head|chief|director|leader|spokes\w+|minister|commissioner|ombudsman|aide|adviser|advisor|negotiator|deputy)\b[^,;.]{0,60},\s*)?"
                          r"[^,;.]{0,40}?\b(?:said|says|say|told|accused|accuses|claimed|claims|reported|reports|stated|announced|wrote|added|noted|confirmed"
                          r"|spoke\s+of|speaks\s+of|put\s+(?:the|its|their)\s+(?:number|figure|total|count)|informó|dijo|afirmó|anunció)\b", re.I)


_SPEECH_VERB = prefiltered(r"\b(?:said|says|say|saying|told|accused|accuses|claimed|claims|reported|reports|stated|announced|wrote|added|noted|confirmed|put|gave|spoke\s+of|speaks\s+of"
                          r"|informó|dijo|afirmó|anunció)\b", re.I)


# (", and", "; " and a second that-clause: "said it had received 8,000 applications from families of missing soldiers
# and that 2,598 Ukrainians had been freed")
_CLAUSE_BREAK = re.compile(r",\s*(?:and|while|but|whereas|so|so\s+that|meaning)\s+|;\s*|\s(?:and|but)\s+that\s")
# the claimant's own verb, unless its alias already holds one ("Russia said"), then what it says
_CLAIM_CONTENT_AFTER = re.compile(r"(?:\s+(?:[\w'’]+\s+){0,2}?(?:said|says|claimed|claims|reported|announced|stated))?\s+(?:that\s+|it\s+|they\s+|its\s+|their\s+|\d)", re.I)


def _claim_of_a_later_clause(text: str, pos: int, name: str) -> bool:
    """'207 Ukrainians were freed, and Russia said it got back 195': a claim that opens a later clause is
    not the claim of a figure before it (a closing "..., officials said" is)."""
    m = _CLAUSE_BREAK.search(text, pos)
    if m is None:
        return False
    start = m.end() + (4 if text[m.end() : m.end() + 4].lower() == "the " else 0)
    who = _ALIASES.match(text, start)
    if not (who and _ALIAS_NAMES[who.lastgroup] == name and _CLAIM_CONTENT_AFTER.match(text, who.end())):
        return False
    # unless the same claimant is named before the figure too
    return not any(_ALIAS_NAMES[m.lastgroup] == name for m in _ALIASES.finditer(text, 0, pos))


_NATION_ACTS_OPENING = re.compile(r"\s*(?:russia|moscow|ukraine|kyiv|kiev)\s+(?:gets|got|receives|received|returns|returned|frees|freed|hands|handed"
                                  r"|brings|brought|releases|released|recovers|recovered|demands|demanded|wants|seeks|calls\s+for)\b", re.I)


def _claim_of_an_earlier_clause(text: str, pos: int, name: str) -> bool:
    """'Ukraine says 12 POWs freed in swap; Russia gets 9' (a headline): a clause after a semicolon with a nation and a
    verb of its own is not the claim the first clause opened with."""
    semi = text.rfind(";", 0, pos)
    if semi < 0 or not _NATION_ACTS_OPENING.match(text, semi + 1):
        return False
    return (any(_ALIAS_NAMES[m.lastgroup] == name for m in _ALIASES.finditer(text, 0, semi))
            and not any(_ALIAS_NAMES[m.lastgroup] == name for m in _ALIASES.finditer(text, semi)))


_WHAT_X_SAID_WAS = re.compile(r"\b(?:in\s+what|which|what)\s+(?P<who>(?:[\w'’.-]+\s+){1,5}?)(?:said|says|claimed|claims|called|calls|described|describes)\s+(?:was|as|is|were)\b", re.I)


# "exchanged 246 each on Saturday, hours after Vladimir Putin announced an Easter truce": the announcement is
# another event, the time of this one ("as Zelensky said" is an attribution, and is not matched)
_AFTER_X_ANNOUNCED = prefiltered(
    r"\b(?:after|before|following|since|until)\s+(?P<who>(?:[\w'’.-]+\s+){1,5}?)(?:announced|declared|proposed|ordered|said|called\s+for)\b", re.I)


def _claim_about_something_else(text: str, pos: int, name: str) -> bool:
    """'each freeing 195 POWs, a week after a plane crashed in what Moscow said was a Ukrainian attack', '246
    each, hours after Putin announced a truce': a claim inside a clause about something else after the figure
    is not the figure's."""
    for m in (*_WHAT_X_SAID_WAS.finditer(text, pos), *_AFTER_X_ANNOUNCED.finditer(text, pos)):
        who = _ALIASES.search(text, m.start("who"), m.end())
        if who and _ALIAS_NAMES[who.lastgroup] == name:
            return not any(_ALIAS_NAMES[a.lastgroup] == name for a in _ALIASES.finditer(text, 0, pos))
    # ("hours after Putin announced an Easter truce, with 31 wounded Ukrainians ... also handed over": the clause
    # before the figure's, closed by its comma; "after Putin announced that 31 would be freed" is his claim)
    for m in _AFTER_X_ANNOUNCED.finditer(text, 0, pos):
        who = _ALIASES.search(text, m.start("who"), m.end())
        if who and _ALIAS_NAMES[who.lastgroup] == name and "," in text[m.end() : pos] and not _THAT_AFTER.match(text, m.end()):
            return not any(_ALIAS_NAMES[a.lastgroup] == name for a in _ALIASES.finditer(text, m.end(), pos))
    return False


_THAT_AFTER = re.compile(r"\s+that\b", re.I)


def _according_to(text: str) -> list[tuple[int, str]]:
    """Every "according to <claimant>" of a sentence, with where it starts."""
    return [(m.start(), name) for m in _ACCORDING.finditer(text) if (name := _source_named(text, m))]


_ROLE_OF_BODY_AFTER = re.compile(r"\s+(?:aide|spokes(?:man|woman|person)|advis[eo]r|envoy|negotiator|official|representative|chief|head)\s", re.I)


def _source_named(text: str, according: re.Match) -> str | None:
    """The claimant right after an "according to": a known one ("according to (the) Coordination
    Headquarters"), else a person named as written ("according to Russian lawmaker Shamsail Saraliev")."""
    window = text[according.end() : according.end() + 60]
    # ("secondo il ministero della Difesa russo", "segundo o Ministério da Defesa russo": past the article)
    hit = _ALIASES.match(window) or _ALIASES.match(window, _ARTICLE_OPENING.match(window).end())
    if hit is None and (nationality := _ARTICLE_AND_NATIONALITY_OPENING.match(window)):
        hit = _ALIASES.match(window, nationality.end())
    if hit:
        name = _ALIAS_NAMES[hit.lastgroup]
        if name not in lx.PERSON_CLAIMANTS and _ROLE_OF_BODY_AFTER.match(window, hit.end()):
            # "according to Kremlin aide Vladimir Medinsky": the person, not the body he works for
            holder = _ALIASES.search(window, hit.end(), hit.end() + 40)
            if holder and _ALIAS_NAMES[holder.lastgroup] in lx.PERSON_CLAIMANTS:
                return _ALIAS_NAMES[holder.lastgroup]
        if name in lx.ROLE_CLAIMANTS:
            # "according to Ukraine's Human Rights Commissioner Dmytro Lubinets": the person who holds the role
            holder = _ALIASES.search(window, hit.end(), hit.end() + 30)
            if holder and _ALIAS_NAMES[holder.lastgroup] in lx.PERSON_CLAIMANTS and _ALIAS_NAMES[holder.lastgroup] not in lx.ROLE_CLAIMANTS:
                return _ALIAS_NAMES[holder.lastgroup]
        return name
    capital = _CAPITAL_OPENING.match(window)
    if capital:  # "according to Kyiv", "selon Moscou": the government
        return "Ukrainian government" if capital.group(1).lower() in ("kyiv", "kiev", "kiew", "kijowa", "ukraine", "l'ukraine", "l’ukraine", "ucrania", "ucraina") else "Russian government"
    person = _PERSON_NAMED.match(window)
    if person:
        known = _ALIASES.search(window, person.start(1), person.end(1))
        if known is not None and _ALIAS_NAMES[known.lastgroup] in lx.PERSON_CLAIMANTS:
            return _ALIAS_NAMES[known.lastgroup]  # "selon le négociateur russe Vladimir Medinski": the person known by another spelling
        name = _TITLE_WORDS.sub("", _NATIONALITY_WORDS.sub("", person.group(1)))
        words = name.split()
        if 2 <= len(words) <= 3 and _NOT_A_PERSON_WORD.isdisjoint(words):
            return name
    outlet = _OUTLET_NAMED.match(window)
    if outlet:
        return outlet.group(1)  # "according to the Kremlin-backed outlet RT", "according to the newspaper Kommersant"
    return None


_OUTLET_NAMED = re.compile(
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:outlet|news\s+agency|agency|newspaper|daily|broadcaster|channel|website|tabloid|magazine)\s+"
    r"((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})(?![\w'’-])")


_ARTICLE_OPENING = re.compile(r"(?:(?:the|il|lo|la|el|los|las|o|os|le|les|der|die|das|dem|des)\s+|l['’])?", re.I)
# ("nach Angaben des ukrainischen Koordinierungsstabs": a nationality before the body's name)
_ARTICLE_AND_NATIONALITY_OPENING = re.compile(r"(?:(?:der|die|das|dem|des)\s+)?(?:ukrainisch|russisch)\w*\s+"
                                              # ("per Ukraine's Coordination Headquarters")
                                              r"|(?:ukraine|russia|kyiv|moscow)['’]s\s+", re.I)
_CAPITAL_OPENING = re.compile(r"^(kyiv|kiev|kiew|kijowa|ukraine|l['’]ukraine|ucrania|ucraina|moscow|moscou|moskau|moscú|mosca|moskwy|russia|la\s+russie|russland|rusia)\b(?![-'’]\w)", re.I)
# "according to [the] [Russian] [lawmaker] Shamsail Saraliev": lower-case role words, then a capitalised name
_PERSON_NAMED = re.compile(r"(?:the\s+)?(?:(?:[a-z][\w'’-]*|Russian|Ukrainian)\s+){0,4}?((?:[A-Z][a-z'’-]+\s+){1,5}[A-Z][a-z'’-]+)(?![\w'’-])")
_NATIONALITY_WORDS = re.compile(r"^(?:(?:Ukrainian|Russian|Turkish|Qatari|Emirati|Belarusian|Kremlin|State)\s+)+")
_NOT_A_PERSON_WORD = frozenset(
    "Ministry Headquarters Service Office Committee Agency Council Staff Forces Army Security Intelligence Directorate Guard"
    " Defence Defense Ukraine Russia Kyiv Moscow Kremlin National General Armed Telegram News Times Post Press Media Mission"
    " Nations Red Cross Crescent Emirates Arabia Human Rights Watch Amnesty Coordination Headquarters Centre Center Institute".split())


def _closing_attribution(text: str, pos: int, sources: list[tuple[int, str]], points: list[tuple[int, str]]) -> str | None:
    """"140 Ukrainians came home, Yermak said, while 82 Russians were released, according to the Russian Defence
    Ministry": with an "according to" and a "said" naming two sources, an attribution after a comma closes the
    clause before it; the figure's is the first such attribution after it."""
    # ("1,000 people who, according to the Russian side, are soldiers": a hedge, not an attribution)
    sources = [(start, name) for start, name in sources if not _RELATIVE_CLAUSE_BEFORE.search(text, max(0, start - 12), start)]
    if not sources or len({name for _, name in sources + points}) < 2:
        return None
    closes = [(start, name) for start, name in sorted(sources + points) if text[:start].rstrip().endswith(",")]
    if any(source not in closes for source in sources):
        return None  # an opening "According to Zelensky, ...": the claim is his, whoever reports it after
    return next((name for start, name in closes if start > pos), None)


def _attributions(text: str) -> list[tuple[int, str]]:
    """Claimants followed closely by a speech verb ("Lubinets said", "Russia's defence ministry reported").
    Two attributions need two speech verbs: a sentence with fewer is not searched for names."""
    low = text.lower()
    if len(_SPEECH_VERB.findall(text)) + sum(low.count(w) for w in ("according to", "según", "selon", "secondo")) < 2:
        return []  # (an "according to" is the other attribution: "..., Yermak said, while ..., according to TASS")
    points = [(m.start(), _ALIAS_NAMES[m.lastgroup]) for m in _ALIASES.finditer(text)
              if (re.search(r"\b(?:said|says|saying|claimed|claims|claiming|reported|put|gave|spoke|speaks)\b", m.group(0), re.I) or _SPEECH_SOON.match(text, m.end()))
              and not _RELATIVE_CLAUSE_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    # ("..., while Kyiv said 189 Ukrainians came home", "mientras que Kiev informó del regreso de 189": the government)
    capitals = [(m.start(), "Ukrainian government" if _UKRAINE_NAMED.match(m.group(1)) else "Russian government")
                for m in _CAPITAL_SAID.finditer(text) if not any(start <= m.start() < start + 40 for start, _ in points)
                and not _RELATIVE_CLAUSE_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    if capitals:
        points = sorted(points + capitals)
    if "accuse" in text:
        # "Ukraine says ...; Moscow accuses Kyiv of refusing to take back about 1,000": the accuser's claim, beside another
        points += [(m.start(), "Ukrainian government" if _UKRAINE_NAMED.match(m.group(1)) else "Russian government")
                   for m in _NATION_ACCUSES.finditer(text) if not any(start == m.start() for start, _ in points)]
        points.sort()
    return points


_NEXT_CLAUSE_OPENING = re.compile(r"(?:,\s*(?:while|whereas|but|and|mientras\s+que|alors\s+que|tandis\s+que|während|mentre)|;)\s", re.I)
_CAPITAL_SAID = re.compile(r"\b(Kyiv|Kiev|Kiew|Moscow|Moscú|Mosca|Moscou|Moskau|Ukraine|Russia|Ucrania|Rusia)\s+(?:has\s+|had\s+|also\s+)?"
                           r"(?:said|says|reported|claimed|informó|dijo|afirmó|anunció|a\s+(?:annoncé|déclaré|indiqué)|teilte|sagte|erklärte"
                           r"|ha\s+(?:detto|annunciato|comunicato))\b")
_NATION_ACCUSES = re.compile(r"\b(Moscow|Russia|Kyiv|Ukraine)\s+(?:has\s+|had\s+|also\s+)?(?:accused|accuses)\b")


def _clause_window(text: str, n: Number) -> tuple[str, str]:
    before = text[max(0, n.start - 120) : n.start]
    after = text[n.end : n.end + 100]
    return before, after


_ACCEPTED_AFTER = re.compile(r"\b(?:which|that)\s+(?:the\s+)?(?:russia|ukraine|moscow|kyiv|kiev|other\s+side|russian\s+side|ukrainian\s+side)\s+(?:\w+\s+)?(?:accepted|agreed\s+to)\b", re.I)
_NAMES_OF_BEFORE = re.compile(r"\bnames\s+of\s+(?:(?:about|some|nearly|more\s+than|over|the)\s+)?$", re.I)
# (Polish names the handover with a verbal noun, no "of": "zaproponowała przekazanie 500 jeńców")
_HANDOVER_NOUN_OF = re.compile(r"(?:exchanges?|swaps?|releases?|returns?|handovers?|transfers?)\s+of\s*|przekazani[ea]\s*|uwolnieni[ea]\s*", re.I)
_NOUN_GOVERNED_GAP = re.compile(r"\s*(?:(?:to|on|for|an?|another|the|a\s+new|new|further|fresh|second|third|large|major|big|larger|bigger|prisoner|pow|body|possible"
                                r"|el|la|los|las|un|una|le|les|il|lo|der|die|das|den|einen|eine|nuevo|nouvel|nuovo|neuen)\s+){0,4}", re.I)


def _nearest(patterns: list[tuple[str, re.Pattern]], before: str, after: str) -> str | None:
    """Which trigger is closest to the number: the end of a match before it, or the start of one after it."""
    best: tuple[int, str] | None = None
    found = [(m.start(), m.end(), name) for name, pattern in patterns for m in pattern.finditer(before)]
    # "8,000 are still held, including some 1,600 civilians": a word that joins a part to its whole takes the
    # whole's status; it counts as handed over only when no other word says what happened
    joined = [f for f in found if _PART_JOINER.fullmatch(before, f[0], f[1])]
    if joined and len(joined) < len(found):
        found = [f for f in found if f not in joined]
    only_joined = bool(joined) and len(joined) == len(found)
    for start, end, name in found:
        if any(s < start < e and other != name for s, e, other in found):
            continue  # "discussed a possible exchange of 1,200": the cue that starts first holds the words it shares
        if name == "completed" and _HANDOVER_NOUN_OF.fullmatch(before, start, end) and any(
                other in ("offered", "agreed") and e <= start and _NOUN_GOVERNED_GAP.fullmatch(before, e, start) for _, e, other in found):
            continue  # "Kyiv proposed an exchange of 1,200", "agreed to another swap of 300": the verb says what the noun is
        dist = len(before) - end
        if best is None or dist < best[0]:
            best = (dist, name)
    # "... its 'exchange fund', and on Saturday 115 of them were swapped": a cue in an earlier clause yields to
    # one in the number's own clause after it
    earlier_clause = best is not None and _CLAUSE_BREAK.search(before, len(before) - best[0]) is not None
    after_found = []
    for name, pattern in patterns:
        m = pattern.search(after)
        if m and _PART_JOINER.fullmatch(after, m.start(), m.end()):
            # "10,000 Ukrainians, including some 2,000 civilians, are held by Russia": the word that opens the
            # apposition does not say what happened to the whole; a later word of the same kind may
            m = pattern.search(after, m.end()) or m
        if m:
            after_found.append((m, name))
    if len(after_found) > 1:
        found_after = [f for f in after_found if not _PART_JOINER.fullmatch(after, f[0].start(), f[0].end())]
        after_found = found_after or after_found
    for m, name in after_found:
        dist = m.start() + 15  # the verb before the number usually governs it
        # ("8,000 Ukrainians, including some 1,600 civilians, are still held": the part's verb comes after it)
        if (best is None or dist < best[0] or (earlier_clause and not _CLAUSE_PUNCT.search(after, 0, m.start()))
                or (only_joined and not _PART_JOINER.fullmatch(after, m.start(), m.end()))):
            best, earlier_clause, only_joined = (dist, name), False, False
    return best[1] if best else None


_CLAUSE_PUNCT = re.compile(r"[,;:]")
_THERE_WERE_BEFORE = re.compile(r"^\W*there\s+(?:were|are|was|had\s+been|have\s+been)\s+(?:(?:about|some|around|only|just|nearly|more\s+than|over)\s+)?$", re.I)
_REFUSED_TO_ACCEPT_BEFORE = re.compile(r"\brefus(?:ed|es|ing)\s+to\s+(?:accept|receive|take(?:\s+back)?|collect)\s+(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?(?:(?:about|some|around|more\s+than|over|nearly)\s+)?$", re.I)
_PUT_ITS_FIGURE_AT_BEFORE = re.compile(
    r"\b(ukraine|kyiv|kiev|russia|moscow)\s+(?:(?:had|has|also|later|earlier|in\s+turn|for\s+its\s+part)\s+)?(?:put|puts|gave|gives|cited|cites)\s+"
    r"(?:(?:its|their)\s+(?:own\s+)?(?:figure|number|count|tally|total)?\s*(?:at|as)|a\s+figure\s+of)\s+(?:(?:about|some|around|nearly|more\s+than|over)\s+)?$", re.I)
_REFUSER_BEFORE = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow)\s+(?:(?!ukraine|kyiv|kiev|russia|moscow)[\w'’-]+\s+){0,3}?refus(?:ed|es|ing)\s+to\b", re.I)
_BUILT_FOR_BEFORE = re.compile(r"\b(?:built|designed|meant|intended|made)\s+for\s+(?:only\s+|just\s+)?$", re.I)
_PART_JOINER = re.compile(r"(?:were\s+among|comprised|made\s+up\s+of|included|including)", re.I)


# ("The three-day swap saw 390-for-390 on Friday, 307-for-307 on Saturday and 303-for-303": each item of the list)
# ("exchanged prisoners 103 for 103": the people named between)
_SWAPPED_BEFORE = re.compile(r"\b(?:swapped|exchanged|traded|handed\s+over|released|freed|(?:swap|exchange)\s+saw|обменялись|обміналися|обменяли|обміняли|tauschten|échangé)\s+"
                             r"(?:(?:prisoners(?:\s+of\s+war)?|pows|captives)\s+)?"
                             r"(?:[\d,.]+[-\s]for[-\s][\d,.]+\s+(?:on|in)\s+[\w.]+(?:\s+\d{1,2})?,?\s+(?:and\s+)?)*(?:(?:some|about|around|another)\s+)?$", re.I)
_HEADLINE_SWAP_VERB_BEFORE = re.compile(
    r"\b(?:ukraine|russia|kyiv|moscow|sides)\s+(?:and\s+(?:ukraine|russia|kyiv|moscow)\s+)?(?:swap|trade|exchange|frees|free|releases?)\s+"
    r"(?:(?:some|about|around|another)\s+)?$", re.I)
_SWAPPED_THEN_GAPPED_BEFORE = re.compile(r"\b(?:swapped|exchanged|traded)\s+[\d,.]+\s+(?:[\w-]+\s+)?for\s+[\d,.]+[^.;]{0,40};\s+(?:(?:in|on)\s+[\w.]+(?:\s+\d{1,2})?,?\s+)?$", re.I)
_SWAPPED_BY_FORMULA_BEFORE = re.compile(
    r"(?:\b(?:обменялись|обменяли|обміналися|обмінялися|обміняли|swapped|exchanged|traded|échangé|ausgetauscht|tauschten)\s+"
    r"(?:пленными|военнопленными|полоненими|військовополоненими|prisoners(?:\s+of\s+war)?|pows|prisonniers|gefangene)\s+"
    # ("246 військових, обміняних у форматі 246 на 246": the participle after the people)
    r"|\b(?:обміняних|обмінених|обменянных|обменяных)\s+)"
    r"(?:по\s+формуле|в\s+формате|за\s+формулою|у\s+форматі|in\s+(?:a|the)\s+format\s+of|selon\s+la\s+formule|nach\s+der\s+formel|in\s+(?:a|an|the)|on\s+(?:a|an|the)|under\s+(?:a|an|the))\s+[«\"“„']?$", re.I)
_HELD_AN_EXCHANGE_BEFORE = re.compile(
    r"\b(?:carried\s+out|conducted|held|completed|finished|провели|провела|провів|здійснили|відбувся|состоялся|завершили|завершила|durchgeführt|abgeschlossen|ont\s+procédé\s+à|ont\s+effectué|ont\s+achevé|ont\s+terminé)\s+"
    r"(?:an?\s+|the\s+|their\s+|un\s+|une\s+)?(?:[\w-]+\s+){0,3}?(?:(?:stage|round|part|phase)\s+of\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?)?"
    r"(?:exchange|swap|обмін\w*|обмен\w*|austausch\w*|échange)\b[^.;!?\d]{0,50}$"
    # ("Обмін відбувся у форматі 95 на 95", "The exchange took place in a 95-for-95 format": the noun, then the verb)
    r"|\b(?:exchange|swap|обмін|обмен|austausch|échange|canje|intercambio|scambio)\s+(?:відбувся|пройшов|состоялся|прошел|прошёл|fand|se\s+realizó|tuvo\s+lugar|se\s+llevó\s+a\s+cabo|è\s+avvenuto|ha\s+avuto\s+luogo|si\s+è\s+svolto|took\s+place|was\s+(?:held|carried\s+out|completed)|a\s+eu\s+lieu)\b[^.;!?\d]{0,50}$", re.I)
_FORMULA_THEN_DONE_AFTER = re.compile(r"^[\"”’']?\s*(?:formula|format)\b[^.;:]{0,30}?\b(?:took\s+place|was\s+carried\s+out|went\s+ahead|was\s+completed|happened)\b", re.I)
_BEGAN_WORD = re.compile(r"\b(?:began|begin|begins|started|starts|launched|начал\w*|почал\w*|розпочал\w*|стартова\w*|begann\w*|beginnen|commencé|comenz\w*|iniziat\w*|inizia\w*)\b", re.I)
_STAGE_WORD = re.compile(r"\b(?:stage|phase|round|етап\w*|этап\w*|étape|etappe)\b", re.I)
_FORMAT_AFTER = re.compile(r"^\s*(?:format|формат\w*|formula)\b", re.I)  # ("took place in a 95-for-95 format")
_BY_THE_FORMULA = re.compile(r"\b(?:по|за|в|у|selon\s+la|según\s+la|nach\s+der)\s+(?:формул\w*|formule|fórmula|formel)\s*[«\"“„]?\s*$"
                             r"|\b(?:in\s+(?:the|a)|im|в|у|au|en(?:\s+el)?|nel|no)\s+(?:format|формат\w*|formato)\s*$", re.I)
_UNDER_THE_DEAL_BEFORE = re.compile(r"(?:\b(?:за|по|згідно\s+з|согласно)\s+(?:домовленіст\w*|домовленост\w*|договоренност\w*|угод\w*|соглашени\w*)"
                                   r"|\b(?:gemäß|laut)\s+(?:der\s+)?vereinbarung|\bselon\s+l['’]accord|\bsegún\s+el\s+acuerdo)\s*[«\"“„]?\s*$", re.I)
_OTHER_TERM = re.compile(r"\d|;|\b(?:as\s+well\s+as|and\s+also|and\s+(?:an?|the)|along\s+with|plus|а\s+также|а\s+також|а\s+ще|sowie|ainsi\s+que)\b", re.I)
_COPULA_BEFORE = re.compile(r"^\s*(?:it|this|that)\s+(?:was|is)\s+(?:a\s+|an\s+)?$", re.I)
# "Second stage done: 307 for 307": a label that says the swap is over, then its numbers
_DONE_LABEL_BEFORE = re.compile(r"\b(?:stage|round|exchange|swap|phase)\b[^.;:!?\d]{0,40}?\b(?:(?:is|was)\s+)?(?:done|over|complete[d]?|finished|concluded)\s*:\s*$", re.I)
# "bringing the total number of exchanges this year to 5"
# ("The number of swaps since 2022 has reached 59", "the tally of exchanges now stands at 59")
_NUMBER_OF_EXCHANGES_TO = re.compile(r"\b(?:number|total|tally|count)\s+(?:number\s+)?of\s+(?:prisoner\s+|pow\s+)?(?:exchanges|swaps|mediations)\b(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?\b(?:to|at|reached|reaching|reaches|is\s+now|totals|rose\s+to|risen\s+to)\s*$", re.I)
# a running total of the people swapped in both directions ("the total number of captives exchanged ... to")
_TOTAL_EXCHANGED_BEFORE = re.compile(
    r"\btotal\s+(?:number\s+)?of\s+(?:[\w-]+\s+){0,2}?(?:prisoners|captives|pows|people|detainees|persons|individuals)\s+"
    r"(?:(?:who\s+(?:have|had)\s+been|that\s+(?:have|had)\s+been)\s+)?(?:exchanged|swapped|(?:released|freed)\s+(?:in|through|by|under)\s+(?:[\w-]+\s+){0,3}?(?:mediations?|[\w-]*mediated\s+(?:exchanges|swaps)))\b[^.;:\d]{0,80}?"
    r"\b(?:to|at|reached|reaching|stands\s+at|stood\s+at|is\s+now|now\s+stands\s+at)\s*$", re.I)
# a count of exchanges, then the people they freed in all
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
_N_EXCHANGES = re.compile(r"\b" + _COUNT + r"\s+(?:[\w-]+\s+)?(?:exchanges|swaps|mediations|mediated\s+exchanges)\b", re.I)
_BRINGING_TO_BEFORE = re.compile(r"\bbring(?:s|ing)?\s+to\s+(?:(?:about|some|nearly|more\s+than|over|almost)\s+)?$"
                                 # "portant à 4 641 le nombre total", "elevando a 4.641 el número", "portando a 4.641 il numero"
                                 r"|\b(?:portant|porte|elevando|eleva|llevando|lleva|portando|porta)\s+(?:à|a)\s+(?:(?:plus\s+de|más\s+de|oltre)\s+)?$", re.I)
_BRINGING_TO_BETWEEN = re.compile(r"\b" + lx.RAISES_VERB + r"\s+to\s+[\d\w]", re.I)
_THE_NUMBER_OF_AFTER = re.compile(r"^\s+(?:the|le|el|il)\s+(?:total\s+)?(?:number|total|tally|count|nombre|bilan|número|numero|totale)\b", re.I)
_BOTH_SIDES_SWAPPED_BEFORE = re.compile(
    r"\b(?:the\s+(?:two\s+)?sides|both\s+sides|the\s+two\s+(?:countries|nations)|(?:russia|moscow)\s+and\s+(?:ukraine|kyiv)|(?:ukraine|kyiv)\s+and\s+(?:russia|moscow))"
    r"\s+(?:have|had)\s+(?:now\s+|so\s+far\s+|already\s+|in\s+total\s+)*(?:exchanged|swapped|traded)\b[^.;\d]{0,40}$", re.I)
_MEDIATED_BY_ITS = re.compile(r"\b(?:through|in|via|with|thanks\s+to|under)\s+(?:its|their|uae|emirati|qatari|saudi|turkish|vatican)\s+(?:\w+\s+)?(?:mediation|mediations|efforts|help)\b"
                              r"|\b(?:it|they)\s+(?:has|have|had)\s+(?:now\s+)?helped\s+(?:to\s+)?(?:free|release|secure|return|exchange|swap)\b", re.I)  # a mediator's
_NATION_PEOPLE = re.compile(r"\b(?:ukrainians?|russians?)\b", re.I)
_BOTH_WAYS_TOTAL = re.compile(r"\b(?:exchanged|swapped|mediat\w*|its\s+efforts|through\s+its|with\s+its\s+help"
                              r"|médiation\w*|mediaci\w*|mediazion\w*|leurs\s+efforts|sus\s+esfuerzos|loro\s+sforzi)\b", re.I)
_YEARS_PERIOD = re.compile(r"\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until|through)\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b", re.I)
_NTH_EXCHANGE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth)\s+(?:[\w-]+\s+)?(?:exchange|swap|mediation)\b", re.I)
_HELD_WORDS = re.compile(r"\b(?:held|holds|holding|captivity|captive|detained|imprisoned|missing|in\s+custody)\b", re.I)
_NUMBER_OF_PEOPLE_IS_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:" + lx.PEOPLE.pattern + r")\b[^.;\d]{0,60}?\b(?:is|was|are|were|stands|stood|remains|puts?)\s+"
    r"(?:(?:now\s+|still\s+)?(?:estimated|believed|thought|put|said)\s+)?(?:to\s+be\s+)?(?:at\s+)?(?:about\s+|some\s+|around\s+|between\s+|roughly\s+)?$", re.I)
_AMONG_THEM_WERE_ALSO_BEFORE = re.compile(r"\bamong\s+(?:them|those|the\s+\w+)\s+(?:were|are|was|is)\s+also\s+(?:(?:about|some|around|nearly)\s+)?$", re.I)
_THE_NUMBER_OF_X_WAS_BEFORE = re.compile(
    r"\bthe\s+number\s+of\s+(?P<np>[^.;,\d]{1,60}?)\s+(?:was|is|stood\s+at|stands\s+at|were|are)\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?$", re.I)
_RELEASE_WORD = re.compile(r"freed|released|returned|exchanged|swapped|traded|brought|repatriated|handed|transferred|rescued|recovered|received|liberated"
                           r"|exchanges|swaps|returnees|bodies|remains", re.I)
_FREED_IN_N_EXCHANGES_BEFORE = re.compile(
    r"\b(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+)?(?!one\b)" + _COUNT
    # ("conducted 48 prisoner swaps in 2022 and 2023, freeing 2,598 people": with the period between)
    + r"\s+(?:such\s+|prisoner\s+|pow\s+)?(?:exchanges|swaps)\b(?:\s+with\s+(?:russia|ukraine|moscow|kyiv|kiev)\b)?(?:\s+(?:in|during|since|over)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d)?,?\s+(?:freeing|returning|releasing|bringing\s+(?:back|home)|securing\s+the\s+(?:release|return)\s+of"
    r"|involving|(?:that|which)\s+(?:have\s+|had\s+)?involved|of\s+(?:a\s+total\s+of\s+)?"
    r"|(?:that|which)\s+(?:have\s+|had\s+)?(?:freed|returned|brought\s+(?:back|home)))\s+(?:(?:about|some|more\s+than|over|nearly|almost|at\s+least)\s+)?$", re.I)
_SERIES_OF_SWAPS_BEFORE = re.compile(
    r"\ba\s+series\s+of\s+(?:prisoner\s+|pow\s+)?(?:swaps|exchanges)\b[^.;]{0,110}?\b(?:(?:release|return)\s+of|freeing|freed|returning|returned|releasing|released)"
    r"\s+(?:(?:about|some|more\s+than|over|nearly|almost|at\s+least)\s+)?$", re.I)
_FREED_BY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:freed|released|handed\s+over|set\s+free)\s+by\s+(?:the\s+)?(russia|moscow|ukraine|kyiv|kiev)\b", re.I)
_BOTH_WAYS_SUBJECT = re.compile(r"\b(?:mediat\w*|brokered|the\s+(?:two\s+)?sides|both\s+sides|the\s+two\s+(?:countries|nations)|(?:russia|moscow)\s+and\s+(?:ukraine|kyiv)|(?:ukraine|kyiv)\s+and\s+(?:russia|moscow))\b", re.I)
_TOTAL_OF_EXCHANGES = re.compile(
    r"(?:totall?ing|with\s+a\s+total\s+of|a\s+total\s+of|total\s+(?:number\s+)?(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:to|at|reaching|reached|stands\s+at)|bringing\s+the\s+total\s+(?:number\s+)?(?:of\s+[\w-]+\s+(?:[\w-]+\s+){0,5}?)?to)"
    r"\s*(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$", re.I)
_PLANNED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:(?:planned|scheduled|expected)\s+(?:for|on|in|next|later|this|soon|shortly|today|tomorrow|within|before)|(?:expected|due|set|scheduled|slated)\s+to)\b", re.I)
# "A swap of 300 prisoners before the end of the year is possible", "an exchange of 300 could take place within
# weeks", "a handover of 200 is being prepared": the handover the number belongs to has not happened
_PROSPECTIVE_AFTER = re.compile(
    r"^(?:(?!\b(?:and|but|while|whereas|said|says|had|has|have|were|was|are|is|which|who|that|after|as)\b)[^.;:!?\"“”]){0,70}?\b(?:(?:is|are|was|were|seems?|seemed)\s+(?:now\s+|still\s+|also\s+|quite\s+)?"
    r"(?:possible|likely|unlikely|being\s+(?:prepared|planned|discussed|negotiated|arranged|finali[sz]ed)|in\s+preparation|under\s+discussion|on\s+the\s+table"
    r"|(?<=\bis\s)(?:expected|planned|scheduled|envisaged|foreseen)|(?<=\bare\s)(?:expected|planned|scheduled|envisaged|foreseen))"
    r"|(?:could|may|might|would|will)\s+(?:soon\s+|also\s+|still\s+|likely\s+|probably\s+)?(?:take\s+place|happen|go\s+ahead|be\s+held|be\s+carried\s+out))\b", re.I)
# "Ukraine has not received the bodies of 6,000", "Moscow has yet to hand over the 1,000 it promised", "the 1,000
# prisoners promised have not come home": a handover denied in the number's own clause has not happened
_NOT_DONE = (r"(?:(?:has|have|had|did|does|do|was|were)\s*(?:not|n['’]t)\s+(?:yet\s+)?|(?:has|have|had)\s+yet\s+to\s+|(?:is|are)\s+still\s+to\s+|never\s+"
             r"|(?:failed|fails|refused|refuses|declined|declines)\s+to\s+)"
             r"(?:been\s+)?(?:receiv\w*|return\w*|hand\w*\s+over|free\w*|releas\w*|exchang\w*|swap\w*|get\s+back|got\s+back|gotten\s+back|come\s+home|came\s+home|repatriat\w*|transferr?\w*)")
_NOT_DONE_BEFORE = re.compile(r"\b" + _NOT_DONE + r"\b[^.;,:!?]{0,50}$", re.I)
_NOT_DONE_AFTER = re.compile(r"^[^.;,:!?]{0,50}?\b" + _NOT_DONE + r"\b", re.I)
_PROSPECTIVE_HINT = prefiltered(r"\b(?:possible|likely|unlikely|being|in\s+preparation|under\s+discussion|on\s+the\s+table|could|may|might|would|will"
                                r"|expected|planned|scheduled|envisaged|foreseen)\b", re.I)
# "Kyiv hopes to bring home 500 prisoners in the next exchange": people a side wants back, not yet freed
_HOPED_RETURN_BEFORE = prefiltered(
    r"\b(?:hopes?|hoping|hoped|wants?|wanted|wanting|aims?|aiming|aimed|intends?|intending|intended|plans?|planning|tries|trying|tried|seeks?|seeking|sought|expects?|expecting|expected)"
    r"\s+to\s+(?:(?:bring|get)\s+(?:back|home)|free|return|release|secure\s+the\s+(?:release|return)\s+of|repatriate|recover|rescue)\s+"
    r"(?:(?:back|home)\s+)?(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|another|a\s+further|all)\s+)?$"
    # "Zelensky hopes for an exchange before Christmas of about 200 prisoners"
    r"|\b(?:hopes?|hoping|hoped|calls?|calling|called|pushing|pushes|pushed)\s+for\s+(?:an?\s+|the\s+|another\s+|a\s+new\s+)?(?:prisoner\s+)?(?:exchange|swap|release)\b[^.;]{0,40}?\bof\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|another|a\s+further|all)\s+)?$", re.I)
_CALLED_OFF = re.compile(
    r"\b(?:did\s+not|didn['’]t|failed\s+to|has\s+yet\s+to|have\s+yet\s+to)\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e)"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:postponed|cancell?ed|called\s+off|delayed|put\s+off|suspended)\b"
    # (what was blocked must be the swap: "Traffic on the M-03 highway was blocked as buses carrying the 150 freed soldiers passed")
    r"|\b(?:exchanges?|swaps?|handovers?|repatriations?|deal|process|it)\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:blocked|disrupted)\b"
    r"|\bfell\s+through\b", re.I)
# ("Russia had returned 160 bodies, including those of 52 Azovstal defenders")
_BODIES_INCLUDING_BEFORE = re.compile(r"\b(?:bodies|remains)\s+of\s+[^.;]{0,60}?,?\s+(?:including|among\s+them)\s+$"
                                      # "4,000 bodies have been repatriated to Ukraine, including 1,212 last week", "909 bodies
                                      # ..., of which 34 were": a part with no noun of its own is bodies too
                                      r"|\d\s+(?:[\w-]+\s+)?(?:bodies|remains)\b[^.;\d]{0,70}?,?\s+(?:including|among\s+them|of\s+which|of\s+whom|of\s+them)\s+"
                                      # ("909 bodies, of which Ukrainian experts found that 34 were Russian soldiers")
                                      r"(?:[\w-]+\s+){0,5}?(?:(?:about|some|around|nearly|more\s+than|over|another)\s+)?$"
                                      r"|\b(?:bodies|remains)\b[^.;]{0,40}?,?\s+(?:including|among\s+them)\s+(?:those|the\s+(?:bodies|remains))\s+of\s+$", re.I)
_EARLIER_SWAP_OF_BEFORE = re.compile(
    r"\b(?:followed|follows|came\s+after|after|since|like|was|previous|last|earlier|prior)\b[^.;]{0,25}?\b(?:swap|exchange)\s+of\s+$", re.I)
_LIST_OF_PARTS_BEFORE = re.compile(r"\b(?:includ(?:ed|ing|es)|compris(?:ed|ing|es)|were\s+made\s+up\s+of|among\s+(?:them|those|the\s+\w+)\s+(?:were|are)(?:\s+also)?)\s+\d[^.;]*$"
                                   # "the freed included soldiers, border guards and national guardsmen, as well as seven civilians"
                                   # ("The released soldiers include privates and sergeants, as well as 19 officers")
                                   r"|\b(?:the\s+(?:freed|released|returnees|returned|exchanged|group)|those\s+(?:freed|released|returned))"
                                   r"(?:\s+(?:soldiers|servicemen|prisoners|pows|ukrainians|russians|people|captives|defenders))?\s+(?:also\s+)?"
                                   r"(?:included|include|includes|comprised|were)\s+[^.;\d]*$"
                                   # "Серед звільнених — військові ЗСУ, ..., а також двоє цивільних": the list of parts goes on
                                   r"|(?:^|[\s(])(?:серед|среди|wśród|unter\s+den|parmi\s+les|entre\s+los|tra\s+i)\s+(?:звільнених|повернених|освобожденных|освобождённых|"
                                   r"вернувшихся|uwolnionych|freigelassenen|befreiten|libérés|liberados|liberati)\b[^.;\d]*$"
                                   # ("Parmi les Ukrainiens libérés figurent des défenseurs de Marioupol ainsi que deux civils")
                                   r"|\b(?:among\s+the|parmi\s+les|unter\s+den|entre\s+los|tra\s+gli)\s+(?:ukrainians|russians|ukrainiens|russes|ukrainern|russen"
                                   r"|ucranianos|rusos|ucraini|russi)\b[^.;\d]{0,30}?\b(?:were|are|figurent|figuraient|waren|sind|había|hay|c['’]erano|ci\s+sono)\s+[^.;\d]*$", re.I)
# "the two sides pledged to free ... at least 1,000 people each", "Under the deal reached on June 2, Russia promised to
# return ...": a pledge both sides made, or one made under a deal, is a term agreed, not one side's offer
_MUTUAL_PLEDGE_BEFORE = re.compile(
    r"(?:\b(?:the\s+two\s+sides|both\s+sides|the\s+(?:two\s+)?parties|both\s+parties|each\s+side|(?:russia|moscow)\s+and\s+(?:ukraine|kyiv)"
    r"|(?:ukraine|kyiv)\s+and\s+(?:russia|moscow))\s+(?:\w+\s+){0,2}?|\bunder\s+the\s+(?:deal|agreement|accord)\b[^.;]{0,100}?)"
    r"(?:pledged|promised|vowed|undertook|committed\s+themselves)\b", re.I)
_PENDING_HANDOVER_OF_BEFORE = re.compile(
    r"\b(?:preparations?\s+(?:for|of)|preparing\s+(?:for\s+)?|prepares\s+(?:for\s+)?|delay(?:ing|ed|s)?|postpon(?:ing|ed|es|e)|stall(?:ing|ed|s)?|block(?:ing|ed|s)?"
    r"|obstruct(?:ing|ed|s)?|sabotag(?:ing|ed|es|e)|held\s+up|holding\s+up|hold\s+up|disrupt(?:ing|ed|s)?|talks\s+(?:on|about)|negotiations\s+(?:on|over|about))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?:planned|next|new|possible|proposed|promised|agreed|further|large|larger|major)\s+)?(?:prisoner\s+|pow\s+|body\s+)?"
    r"(?:exchange|swap|handover|transfer|return|repatriation|release)\s+of\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|all|the|another|a\s+further)\s+)*$", re.I)
_NATION_GETS_BEFORE = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow)\s+(?:gets|got|will\s+get|would\s+get|is\s+getting|was\s+getting)\s+"
                                 r"(?:(?:about|some|around|more\s+than|over|nearly|almost|another|a\s+further)\s+)?$", re.I)
_SAME_NUMBER_IN_RETURN_NEXT = re.compile(
    r"^\W*(?:(?:in\s+(?:return|exchange|turn)|for\s+its\s+part|meanwhile)\s*,?\s+)?(?:russia|moscow|ukraine|kyiv|kiev|the\s+(?:russian|ukrainian|other)\s+side)\s+"
    # ("Russia said it received the same number of its servicemen")
    r"(?:said\s+(?:that\s+)?it\s+)?(?:\w+\s+){0,2}?(?:received|got(?:\s+back)?|freed|released|returned|recovered|handed\s+over|brought\s+(?:back|home))\s+the\s+same\s+number\b", re.I)
# "brought back 90 soldiers in exchange for an equal number of Russian prisoners": so many each
_FOR_THE_SAME_NUMBER_AFTER = re.compile(r"^[^.;]{0,60}?\bin\s+(?:exchange|return)\s+for\s+(?:an?\s+|the\s+)?(?:same|equal|equivalent)\s+number\b", re.I)
_AND_A_NAMED_PERSON_NEXT = re.compile(r"^\s+and\s+(?:(?:pro-[A-Za-z]+|[a-z]+)\s+){0,3}?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_DE_TO_BE_DONE_AFTER = re.compile(r"^[^.;:!?]{0,70}?\b(?:ausgetauscht|freigelassen|übergeben|überstellt|zurückgegeben|zurückgebracht|freikommen|zurückkehren)\s+(?:werden|sollen)\b", re.I)
_SWAP_WORD = prefiltered(r"\b(?:swaps?|swapped|(?<!\bin\s)exchanges?|exchanged|trades?|traded|prisoners?|pows?|captives?)\b", re.I)  # (not "in exchange for")
_GETS_WITH_THE_SUBJECT_BEFORE = re.compile(r",\s*(?:and\s+)?(?:gets|got|brings|brought)\s+$", re.I)
_BRINGS_HOME_BEFORE = re.compile(r"\b(?:brings?|brought|bringing)\s+(?:home|back)\s+(?:(?:about|some|another|a\s+further|more\s+than|over|nearly)\s+)?$", re.I)
_OWN_COUNT_BEFORE = re.compile(r"\b(?:its|their|our|russia['’]s|ukraine['’]s|kyiv['’]s|moscow['’]s)\s+$", re.I)
_OWN_COUNT_VERB_AFTER = re.compile(r"^\s+(?:included|includes|include|comprised|comprise|were|are|was|came|come|returned|had\s+been)\b", re.I)
_PER_SIDE_RIGHT_AFTER = re.compile(
    r"^\s*(?:per\s+parte|por\s+(?:cada\s+)?(?:bando|lado|parte)|cada\s+um[ao]?|cada\s+un[oa]|de\s+cada\s+(?:lado|bando|parte)|da\s+(?:ogni|ciascuna)\s+parte"
    r"|z\s+każdej\s+strony|с\s+каждой\s+стороны|з\s+кожного\s+боку|з\s+обох\s+сторін|per\s+side|on\s+each\s+side|from\s+each\s+side|chacun)(?!\w)", re.I)
# ("Kyiv brings home 84 as Moscow gets 84 in Independence Day swap")
_IN_A_STAGE_AFTER = re.compile(r"^\s+in\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}(?:stage|round|phase|swap|exchange|handover|batch)\b", re.I)
_READY_TO_RECEIVE_BEFORE = re.compile(r"\b(?:ready|willing|prepared)\s+to\s+(?:take\s+back|receive|accept|get\s+back|take\s+in)\s+(?:(?:all|the|about|some|around|more\s+than|over|up\s+to)\s+)*$", re.I)
_MODAL_PASSIVE = re.compile(r"\b(?:would|will|could|may|might|should)\s+(?:also\s+|soon\s+)?be\s+\w+", re.I)
_MODAL_RETURN_AFTER = re.compile(
    # (not a relative clause nor people already freed: "95 soldiers who will return to service", "the 95 freed men will be home")
    r"^\s*(?:(?!(?:who|which|that|freed|released|returned|exchanged|swapped)\b)[\w'’-]+\s+){0,4}?"
    r"(?:could|may|might|would|will|should|(?:are|is)\s+(?:expected|set|due|likely|scheduled)\s+to|are\s+to|is\s+to)\s+"
    r"(?:soon\s+|also\s+|finally\s+|now\s+|then\s+)?(?:be\s+(?:freed|released|exchanged|swapped|returned|handed\s+over|repatriated|brought\s+(?:back|home))"
    r"|come\s+(?:home|back)|return\b|go\s+home|be\s+(?:back\s+)?home)", re.I)
_WOULD_VERB_BEFORE = re.compile(
    # ("the next exchange could come within weeks and involve up to 1,000 people": the modal of the clause before "and")
    # ("The exchange is due to continue on Sunday and to reach 1,000 people on each side": the size it is to reach)
    r"\b(?:would|will|shall|is\s+to|are\s+to|could|might|may|(?:is|are)\s+(?:due|expected|set|scheduled|slated|likely)\s+to)\s+"
    r"(?:(?:also|then|eventually|come|take\s+place|happen|soon|continue|resume|go\s+on)\s+(?:[\w\"“”'’-]+\s+){0,3}?(?:and\s+(?:to\s+)?)?)?"
    r"(?:involve|include|see|cover|comprise|affect|free|return|exchange|swap|release|bring\s+(?:back|home)|hand\s+over|reach|exceed|top|surpass|number|total|get(?:\s+back)?|receive|recover)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|another|a\s+further)\s+)?$"
    # "Medinsky said the number could be 1,200 per side": an estimate of what is to come
    r"|\b(?:number|total|figure|exchange|swap)\s+(?:could|might|may|would|will)\s+(?:be|reach|total|exceed)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as)\s+)?$", re.I)
_AND_TO_VERB_BEFORE = re.compile(
    r"\b(?:and|as\s+well\s+as|et|y|e)\s+(?:to|à|a)\s+(?!be\b)[\w’'-]+\s+(?:(?:the\s+)?(?:bodies|remains)\s+of\s+|les\s+corps\s+de\s+|los\s+cuerpos\s+de\s+|i\s+corpi\s+di\s+)?"
    r"(?:(?:about|some|around|another|a\s+further|more\s+than|over|at\s+least|up\s+to|environ|plus\s+de|au\s+moins|unos|más\s+de|circa|oltre)\s+)?$", re.I)
_STATUS_TRIGGERS = [("offered", lx.OFFERED), ("agreed", lx.AGREED), ("completed", lx.COMPLETED), ("held", lx.STILL_HELD)]
# (the words between a number and its noun are no other number: "the two sides swapped 307 prisoners")
# ("84 Armed Forces of Ukraine prisoners of war", Moscow's wording: the army named before the noun)
_NOUN_GAP = (r"^\s*(?:[\"”’)]\s*)?(?:armed\s+forces\s+of\s+ukraine\s+|ukrainian\s+armed\s+forces\s+|afu\s+)?"
             r"(?:(?:of\s+(?:its|their|our|whom|them|those)\s+)|(?:(?![\d.,]+\s)[\w'’-]+\s+){0,3}?)")
_PEOPLE_AFTER = re.compile(_NOUN_GAP + r"(?:" + lx.PEOPLE.pattern + r")\b|^-(?:person|people|man|member|strong)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap|group|batch|contingent|convoy|handover|release|transfer)s?\b", re.I)
# ("the 215-person exchange", "a 40-strong group"; not "the 15-member Security Council" nor "a 12-member delegation")
# ("three servicemen and 42 bodies": the bodies are the next count's, not "1,000 vs 16 bodies")
_BODIES_AFTER = re.compile(r"^\s*(?:(?!(?:and|or|plus|und|et|і|и)\s+\d)[\w'’-]+\s+){0,3}?(?:" + lx.BODIES.pattern + r")", re.I)
_BODIES_BEFORE = prefiltered(r"(?:(?:bod(?:y|ies)|remains)\s+of|(?:corps|dépouilles)\s+d(?:e|es|u)|(?:leichen|überreste)\s+von|(?:lichamen|stoffelijke\s+overschotten)\s+van|тіла|тіл|тела|тел"
                             r"|(?:cuerpos|restos(?:\s+mortales)?|cadáveres|corpos)\s+de|(?:corpi|salme|resti)\s+di|ciała|zwłoki)\s+(?:(?:a\s+further|another|some|about|around|nearly|more\s+than|over|at\s+least"
                             # ("тела еще 1245 погибших", "тіла ще 1000 загиблих", "ciała kolejnych 909")
                             r"|еще|ещё|ще|понад|более|около|близько|почти|майже|kolejnych|ponad|około|otros|altri|más\s+de|oltre"
                             # ("die Leichen von weiteren 1245 Soldaten", "les corps de plus de 900 soldats")
                             r"|weiteren|weitere|mehr\s+als|rund|etwa|über|insgesamt|plus\s+de|près\s+de|encore)\s+)*(?:\d[\d,.]*\s+(?:and|or|to)\s+)?$", re.I)
# "only 1,212 of the 6,000 bodies it had offered": a part of a number of bodies is bodies
_OF_THE_BODIES_AFTER = re.compile(r"^\s+of\s+(?:the|its|their|those)\s+(?:\d[\d,.]*\s+)?(?:[\w'’-]+\s+){0,2}?(?:bodies|remains|corpses)\b", re.I)
_FOUND_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:found|discovered|pulled)\b", re.I)
_DEBRIS = re.compile(r"\b(?:rubble|debris|ruins|wreckage|collapsed|strike|shelling|bombing)\b", re.I)
_BODIES_FOUND_BEFORE = re.compile(r"\b(?:located|found|exhumed|discovered|buried|searching\s+for|search\s+for|looking\s+for)\s+(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?(?:(?:some|about|around|nearly|more\s+than|over)\s+)?$", re.I)
# ("It has registered over 8,000 Ukrainians held by Russia": still held, whatever else was done to them)
_WANTS_BEFORE = re.compile(r"\b(?:wants?|wanted|wanting)\s+(?:(?:about|some|around|all|another|the)\s+)?$", re.I)
_BACK_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+back\b", re.I)
_HELD_BY_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:held|detained|imprisoned|kept)\s+(?:by|in)\b", re.I)
_THE_SWAP_SET_OFF_BEFORE = re.compile(r"\b(?:the|this|that|today['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:prisoner\s+|pow\s+)?(?:swap|exchange)\s*[—–(:]\s*$", re.I)
_STARTING_ON_A_DAY = re.compile(r"\b(?:starting|beginning|commencing|that\s+began|which\s+began)\s+(?:on\s+|from\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
                                r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.I)
_UNIT_LABEL_OPENING = re.compile(
    r"^\W*(?:the\s+)?(?:(armed\s+forces\s+of\s+ukraine|ukrainian\s+armed\s+forces|afu|national\s+guard(?:\s+of\s+ukraine)?|state\s+border\s+guard\s+service(?:\s+of\s+ukraine)?"
    r"|national\s+police(?:\s+of\s+ukraine)?|territorial\s+defen[cs]e\s+forces|зсу|нгу|дпсу|збройн\w+\s+сил\w*(?:\s+україни)?|національн\w+\s+гвард\w+"
    r"|державн\w+\s+прикордонн\w+\s+служб\w+|національн\w+\s+поліці\w+)|navy|naval\s+forces|marines|border\s+guards?|civilians|servicemen|soldiers)"
    r"\s*[-–—:]\s*$", re.I)
_BOTH_OR_EACH = re.compile(r"\b(?:both|each|apiece)\b", re.I)
_BOTH_NATIONS_PARTS_AFTER = re.compile(r"^[^.;:\d]{0,50}:\s*(?:[\d,.]+\s+(russians|ukrainians)\b[^.;\d]{0,20}?\s+and\s+[\d,.]+\s+(?!\1)(?:russians|ukrainians)\b)", re.I)
# the nation of a count named in the clause after it: the swap it was freed in, or the running total it brings up
_A_NATION_NAMED_LATER_AFTER = re.compile(
    r"^[^.;\d]{0,50}?\b(?:in|during)\s+the\s+(?:prisoner\s+)?(?:swap|exchange),\s+which\s+(?:returned|freed|released|brought\s+home)\s+(?:[\d,]+\s+)?(ukrainians|russians)\b"
    r"|^[^.;\d]{0,60}?,\s+bringing\s+(?:to\s+[\d,.]+\s+)?the\s+(?:total\s+)?number\s+of\s+(ukrainians|russians)\b", re.I)
_AND_GAVE_BEFORE = re.compile(r"\b(ukraine|kyiv|russia|moscow)\b[^.;]{0,70}?\band\s+(?:gave|gives|handed\s+(?:over|back)|hands\s+(?:over|back)|sent\s+back|sends\s+back)"
                             r"\s+(?:(?:about|some|another)\s+)?$", re.I)
_A_NATIONS_COUNT_INCLUDING_BEFORE = re.compile(r"\d\s+(?:[\w-]+\s+)?(ukrainians|russians)\b[^.;,\d]{0,30},\s+including\s+(?:about\s+|some\s+|at\s+least\s+)?$", re.I)
_HELD_BY_A_NATION_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:held|detained|imprisoned|kept|captured|taken\s+(?:prisoner|captive))\s+(?:by|in)\s+(?:the\s+)?(russian|russia|moscow|ukrainian|ukraine|kyiv)\b", re.I)
_NOT_SWAPPED_AFTER = re.compile(
    r"^[^.;\d]{0,80}?\b(?:are|is|were|was|have|has|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:(?:part\s+of|included\s+in|among)\s+(?:any|the|an?|this|that)\s+(?:[\w-]+\s+)?(?:exchange|swap|deal|list))", re.I)
# (the count's own verb past a participle phrase of their captivity)
_HELD_THEN_FREED_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:held|detained|imprisoned|kept|captured)\s+(?:by|in|for|since)\b[^.;:\d]{0,100}?"
    r"\b(?:have|has|had|were|was)\s+(?:now\s+|finally\s+|also\s+)?(?:been\s+)?(?:freed|released|returned|exchanged|swapped|brought\s+(?:home|back)|handed\s+over)\b", re.I)
_OTHER_PEOPLE_AFTER = re.compile(r"^\s+other\s+(?:men|women|prisoners|inmates|people|soldiers|detainees|captives|servicemen)\b", re.I)
_IN_A_CELL_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?in\s+(?:my|his|her|their|our|the|a|one|each)\s+(?:cell|cells|barracks|room|hut|block)\b", re.I)
_WITH_BEFORE = re.compile(r"\b(?:with|alongside|along\s+with)\s+(?:(?:about|some|around|nearly|more\s+than|over)\s+)?$", re.I)
_VOTED_BEFORE = re.compile(r"\b(?:voted|votes?|vote\s+of|by)\s+(?:\d[\d,]*\s+(?:to|against|votes\s+to)\s+)?$", re.I)
_VOTES_AFTER = re.compile(r"^\s*(?:votes?|lawmakers\s+voted|deputies\s+voted|mps\s+voted)\b|^\s*to\s+\d[\d,]*\s+(?:votes?\b|to\s+(?:extend|pass|approve|adopt|back))", re.I)
_BACK_TO_THEIR_HOMES_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:returned|went\s+back|came\s+back|have\s+returned|had\s+returned)\s+"
                                        r"to\s+their\s+(?:homes?|houses?|towns?|villages?|cities|city|region)\b", re.I)
_FOUND_THE_DEAD_BEFORE = re.compile(r"\b(?:identified|found|discovered|exhumed|located|unearthed)\s+(?:(?:about|some|around|more\s+than|over|nearly|at\s+least)\s+)?$", re.I)
_ON_BOARD_BEFORE = re.compile(r"\b(?:plane|aircraft|airplane|jet|bus|buses|truck|train|helicopter|il-76|ил-76)\s+(?:was\s+|had\s+been\s+)?"
                             r"(?:carried|carrying|had\s+on\s+board|transporting|transported)\s+[^.;]{0,60}$", re.I)
_TAKEN_CAPTIVE_AFTER = re.compile(r"^\s*(?:(?!who\b|that\b|which\b)[\w'’-]+\s+){0,2}?(?:seized|captured|detained|arrested|abducted|kidnapped|taken\s+(?:prisoner|captive))\b", re.I)
_THINGS_AGAINST_PEOPLE_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+)?(?:cases|charges|proceedings|lawsuits|complaints|sentences|verdicts|indictments)\s+against\b", re.I)
_OTHER_DEED_RIGHT_BEFORE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|interview(?:ed|s|ing)?|captur(?:ed|es|ing)|sentenc(?:ed|es|ing)|convict(?:ed|s|ing)|abduct(?:ed|s|ing)"
    r"|deport(?:ed|s|ing)|register(?:ed|s|ing)|detain(?:ed|s|ing)|arrest(?:ed|s|ing)|tortur(?:ed|es|ing)|execut(?:ed|es|ing)"
    r"|charg(?:ed|es|ing)|indict(?:ed|s|ing)|prosecut(?:ed|es|ing)|jail(?:ed|s|ing)|imprison(?:ed|s|ing)"
    r"|ban(?:ned|s|ning)?\s+(?:entry\s+(?:to|for)|from\s+entering)|entry\s+bans?\s+(?:on|for|against)|barr(?:ed|ing)|expel(?:led|s|ling)|sanction(?:ed|s|ing)?(?:\s+(?:on|against))?"
    r"|access\s+to|met(?:\s+with)?|spoke\s+(?:to|with)|document(?:ed|s|ing)(?:\s+the\s+(?:cases|deaths)\s+of)?"
    r"|(?:survey(?:ed)?|poll(?:ed)?|study|questioned|examined)(?:\s+of)?)\s+"
    r"(?:(?:about|some|over|more\s+than|nearly|almost|at\s+least|around|another|a\s+further|fewer\s+than|less\s+than|up\s+to|under|only)\s+)?$", re.I)
_HANDOVERS_RIGHT_AFTER = re.compile(r"^\s*(?:more\s+|further\s+|separate\s+|such\s+)?(?:exchanges|swaps|transfers|handovers|repatriations)\s+of\b", re.I)
# ("compared with 2,598 in 48 exchanges": the exchanges are the next number's)
_EXCHANGES_AFTER = re.compile(r"^\s*(?:(?![\d.,]+\s)[\w-]+\s+){0,2}?(?:exchanges|swaps|mediations|prisoner\s+exchanges|rounds\s+of\s+exchanges|handovers|transfers|repatriations|stages|phases|обмін\w*|обмен(?:ов|а|ами|ах)\b|échanges|austausch\w*"
                             r"|intercambios|canjes|scambi|wymian(?:ach|ami|y)?|uitwisselingen|gevangenenruilen|ruilen|takas\w*|(?-i:[A-ZÄÖÜ]\w*austausch(?:e|en)?))\b", re.I)
# "the first two stages freed soldiers": the noun right after the number is the exchanges, not the people after them
# ("64 échanges de prisonniers", "64 intercambios de prisioneros", "64 scambi di prigionieri", "64 wymiany jeńców",
# "64 Gefangenenaustausche": the exchanges counted, the people only named after them)
_EXCHANGE_NOUN_RIGHT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:stages|phases|exchanges|swaps|handovers|rounds|échanges|intercambios|canjes|scambi"
                                        r"|wymiany|wymian|(?-i:[A-ZÄÖÜ]\w*austausch(?:e|en)?|Austausch(?:e|en)?)|обмін(?:ів|и)|обмен(?:ов|а)|trocas)\b", re.I)
# ("In addition, 22 wounded were handed over": the verb after them)
_HANDED_OVER_AFTER_WOUNDED = re.compile(r"^\s+(?:seriously\s+|severely\s+|badly\s+|gravely\s+)?wounded\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?"
                                        r"(?:handed\s+(?:over|back)|returned|freed|released|exchanged|transferred|repatriated|sent\s+home)\b", re.I)
_WOUNDED_NOUN_AFTER = re.compile(r"^\s+(?:seriously\s+|severely\s+|badly\s+|gravely\s+)?wounded\b(?!\s+(?:in|by|during|when|as|after)\b)", re.I)
_WOUNDED_NOUN_AFTER_UK_RU = re.compile(r"^\s+(?:важко|тяжело|тяжко)?(?:поранених|раненых|поранені|раненые)\b", re.I)
_FLOWN_HOME_AFTER = re.compile(
    r"\b(?:would|will)\s+(?:now\s+|then\s+|later\s+|soon\s+)?be\s+(?:flown|taken|transported|driven|sent)\s+"
    r"(?:home|back\s+home|to\s+(?!(?:the\s+)?(?:exchange|swap|border|handover|frontline|front))\w+)\b[^.;]*", re.I)
_HANDED_COUNT_AND_BEFORE = re.compile(
    r"\b(?:hand(?:ed|ing|s)?\s+(?:over|back)|exchanged|swapped|returned|freed|released|received|got\s+back|brought\s+(?:back|home)|repatriated)\s+"
    r"(?:(?:about|some|more\s+than|over|nearly)\s+)?[\d,]+\s+[^.;\d]{0,40}?\band\s+$", re.I)
_HANDOVER_VERB_BEFORE = re.compile(
    r"\b(?:hand(?:ed|ing|s)?\s+(?:over|back)|exchang(?:e|ed|ing)|swap(?:ped|ping|s)?|trad(?:e|ed|ing)|return(?:ed|ing|s)?|(?:took|taken|take|takes|taking)\s+back"
    r"|(?:got|get|gets|getting)\s+back|free(?:d|s|ing)?|releas(?:e|ed|es|ing)|transfer(?:red|ring|s)?|repatriat(?:e|ed|es|ing)|receiv(?:e|ed|es|ing))"
    r"\s+(?:(?:about|some|another|a\s+further|more\s+than|over|nearly|at\s+least|its|their|the)\s+)?$", re.I)

_BROUGHT_BEFORE = re.compile(r"\b(?:brought|brings|bringing|delivered|delivering|transported|transporting|moved|taken|took)\s+(?:(?:about|some|another|more\s+than|over|nearly|the(?:\s+(?:first|remaining|last|next|final))?)\s+)?$", re.I)
_BROUGHT_TO_THE_BORDER = re.compile(r"^[^.;\d]{0,60}?\bto\s+the\s+(?:\w+\s+)?border\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.I)
_HEADLINE_INFINITIVE_BEFORE = re.compile(r"\b(?:ukraine|russia|kyiv|moscow)\s+to\s+(?:receive|swap|exchange|get)\b[^.;]{0,40}$", re.I)
# "The swap of 1,000 prisoners each should be completed by the end of the month": still to be done
_TO_BE_COMPLETED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:should|must|will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+be\s+"
                                    r"(?:completed|finished|carried\s+out|conducted|held|done)\b", re.I)
# ("1,800 people on each side"; not "2,184 prisoners from both sides", both together)
_ON_EACH_SIDE_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:on|from|for)\s+(?:each|either)\s+side|per\s+side|each\b)", re.I)
_ON_A_DAY_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|this\s+week)\b", re.I)
_WAITING_AT_THE_BORDER_AFTER = re.compile(
    r"^[^.;\d]{0,60}?\b(?:were|are|is|was)\s+(?:already\s+|now\s+|still\s+)?(?:(?:waiting|standing|parked|kept)\s+)?"
    r"(?:in\s+(?:[\w-]+\s+){0,2}?(?:trucks|wagons|lorries|containers|train)\s+)?(?:at|near)\s+the\s+(?:\w+\s+)?border\b", re.I)
# "brings the total for the three days to 1,000": the total of one exchange over its days, not a running total
_TOTAL_OF_ONE_EXCHANGE = re.compile(
    r"\btotal\s+(?:number\s+)?(?:for|of|over|in)\s+(?:the|this|these|its)\s+(?:(?:two|three|four|five|\d)[\s-]+days?\b|(?:whole\s+|entire\s+)?(?:exchange|swap|handover)\b|stages\b)"
    # ("bringing the total returned by each side over three days to 1,000")
    r"|\btotal\s+(?:[\w-]+\s+){1,5}?(?:over|in)\s+(?:two|three|four|five|\d)\s+days\s+to\s+(?:(?:about|some|nearly|more\s+than|over|almost)\s+)?$", re.I)
_NUMBER_SIGN_ENDINGS = frozenset("#№°º.rRoO")  # the last letter of "No.", "#", "№", "n°", "number", "Nr."
_NUMBERED_EXCHANGE_BEFORE = re.compile(
    r"\b(?:(?:prisoner\s+|pow\s+)?(?:exchange|swap)|обмін\w*|обмен\w*|austausch\w*|échange|intercambio|canje|scambio|troca|wymian[ay])"
    r",?\s+(?:no\.?|nr\.?|number|num\.|#|№|n°|n\.º|número|numero|numer)\s*$", re.I)  # ("The exchange, number 64 since 2022")
_IT_HAD_MEDIATED_AFTER = re.compile(r"^\s+(?:such\s+)?(?:(?:swap|exchange)\s+)?(?:that\s+|which\s+)?(?:it|they|the\s+\w+|\w+)\s+(?:had|has|have)\s+(?:\w+\s+)?"
                                    r"(?:mediated|brokered|facilitated|hosted|organi[sz]ed|helped\s+(?:to\s+)?(?:broker|arrange|mediate))\b", re.I)
_ORDINAL_MEDIATED_BY_AFTER = re.compile(r"^\s+(?:such\s+)?(?:(?:swap|exchange)\s+)?(?:mediated|brokered|facilitated|arranged)\s+(?:by|with\s+the\s+help\s+of)\b", re.I)
# ("the third, final stage", "третий, заключительный этап")
_ORDINAL_AFTER = re.compile(r"^(?:,(?=\s+(?:final|last|concluding|closing|заключительн\w*|завершальн\w*|останн\w*|последн\w*)\b))?\s*(?:[\w-]+\s+){0,2}?(?:" + lx.ORDINAL_TARGET.pattern + r")", re.I)
_NOT_PEOPLE_NEXT = re.compile(r"^\s*(?:" + lx.NOT_PEOPLE_AFTER.pattern + r")\b", re.I)
# (children are people, held or deported: "20,000 Ukrainian children were deported" is no exchange, but a figure)
_NATIONALITY_THEN_THING = re.compile(r"^\s*(?:ukrainian|russian|civilian|military|soldier)\s+(?!(?:children|kids|minors|teenagers)\b)(?:" + lx.NOT_PEOPLE_AFTER.pattern + r")\b", re.I)
# ("including 1,212 last week": a time after the count is when, not what it counts)
_NOT_PEOPLE = re.compile(r"^\s*(?!(?:last|this|next|that|earlier\s+this|later\s+this)\s+(?:week|month)\b)(?:[\w'’-]+\s+)?(?:" + lx.NOT_PEOPLE_AFTER.pattern + r")\b", re.I)
_ELLIPSIS_NEXT = re.compile(
    r"^\s*(?:[,.;)]|$|\(\s*\d|\(\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|—\s|de\s+chaque\s+(?:côté|camp)|pro\s+seite|jeweils|(?:more\s+)?who\s+(?:had|have|has|were|was|are|defended|served|fought)\b|з\s+них|of\s+them|of\s+the\s+\d|davon|d['’]entre\s+eux|came|come|coming|returned|freed|released|exchanged|swapped|repatriated|were|was|had|have|has|in\s+(?:total|all)\b|altogether|(?:would|will|could|should|may|might)\s+(?:also\s+|soon\s+|then\s+|now\s+)?(?:be\s+(?:freed|released|exchanged|swapped|returned|handed\s+over)|come\s+home|return\b)|are\s+(?:still|unaccounted|missing|held|believed|thought)|still\s+(?:in\s+(?:russian\s+|ukrainian\s+)?captivity|held|missing)\b|remain(?:s|ed)?\s+(?:in\s+(?:russian\s+|ukrainian\s+|enemy\s+)?(?:captivity|custody|prison|detention)|captive|imprisoned|detained|held|missing|unaccounted)\b|sont\s+(?:encore|toujours|détenus|retenus|portés)|restent|sind\s+(?:noch|weiterhin)|befinden\s+sich|from\s+(?:each|both|either)|to\s+(?:russia|ukraine|moscow|kyiv)\b|"
    r"handed\s+(?:over|back)|transferred\s+to|sent\s+to|going\s+(?:to|back|home)|to\s+(?:the\s+)?(?:separatists|rebels)\b|to\s+(?:the\s+)?(?:rebel|separatist|russian|kyiv|ukrainian|government)-(?:held|controlled)\b|back\b|home\s*(?:[,;.]|$)|in\s+return|in\s+turn|in\s+exchange\b(?!\s+for)|and\s+(?:the|\d)|(?:y|und|et|e|i|і|и|та|oraz)\s+\d|(?:and|while|whereas|as)\s+(?:kyiv|kiev|moscow|ukraine|russia)\b|more(?!\s+(?!(?:were|was|are|is|had|have|has|would|will|could|came|come|returned|freed|released|home|back|from|to|in|on|and|than|next|last|this|later|soon|today|tomorrow|yesterday|people|prisoners|soldiers|pows|civilians|ukrainians|russians|servicemen|captives|defenders)\b)[A-Za-z])|others|each|went|go\b|going\s+(?:the\s+other\s+way|back|home)|people|per\s+side|of\s+(?:them|those|its|their|whom|which)|des\s+siens|des\s+leurs|de\s+los\s+suyos|dei\s+suoi|dos\s+seus"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|on\s+the\s+(?:first|second|third|final|last)\s+day\b|on\s+(?:each|both|either)\s+sides?\b"
    # ("puis 307 samedi", "y 303 el domingo", "e 303 domenica": the next day's count in other languages)
    r"|(?:le\s+|el\s+|il\s+|am\s+|no\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b"
    # ("foram trocados 390 e no sábado 307", "390 were swapped, and on Saturday 307": the next day's count, the noun left out)
    r"|(?:and|y|e|et|und|i|oraz|та|і|и),?\s+(?:(?:on|no|na|el|la|il|le|am|w|в|у)\s+)?[^\W\d]+,?\s+\d"
    # ("390 prisoners on May 23, 307 on May 24 and 303 on May 25": each day's count)
    r"|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month)\s*[,.;)]|(?:yesterday|today)\s*[,.;)]"
    r"|since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning)\b)"  # ("bodies: Ukraine has received more than 11,000 since 2022")
    r"|of\s+the\s+(?:returnees|freed|released|returned|exchanged|swapped)\b"
    # a branch of the forces in a list of parts: "45 of the National Guard and 10 of the State Border Service"
    r"|of\s+the\s+(?:state\s+)?(?:border\s+(?:guard\s+)?service|emergency\s+service|special\s+transport\s+service|security\s+service"
    r"|armed\s+forces|national\s+(?:guard|police)|navy|territorial\s+defen[cs]e|marine\s+corps|air\s+force)\b)",
    re.I,
)
_CHILDREN_OR_PEOPLE = re.compile(r"\b(?:(children|kids|minors)|" + lx.PEOPLE.pattern + r")\b", re.I)
# "1,000 came home — 307 today, 303 yesterday and 390 on Friday": a day's share of a count told before
_SWAPPED_FOR = re.compile(r"\b(?:were|have\s+been|had\s+been)\s+(?:swapped|exchanged|traded)\s+for\b", re.I)
_TODAY_NEXT = re.compile(r"^\s*(?:today|yesterday|tonight|last\s+night)\s*(?:[,.;]|and\b|$)", re.I)
_COUNT_EARLIER = re.compile(r"\d[^.;]*[—–:-][^.;]*$")
_BEFORE_THE_LATEST_OPENING = re.compile(r"^\W*(?:before|prior\s+to|until|up\s+to)\s+(?:the|this|that|today['’]s|friday['’]s|saturday['’]s|sunday['’]s|monday['’]s"
                                        r"|tuesday['’]s|wednesday['’]s|thursday['’]s)\s+(?:latest|last|most\s+recent|new|current)?\s*(?:release|swap|exchange|handover)\b", re.I)
_CLAUSE_JOIN_BETWEEN = re.compile(r"[,;]\s*(?:а|і|и|та|and|while|but|whereas|then|y|et|und|e|i)\s|;\s", re.I)
_NATION_PEOPLE_NAMED_BEFORE = re.compile(r"\b(Russian|Ukrainian)\s+(?:[\w-]+\s+)?(?:soldiers|conscripts|servicemen|troops|prisoners|pows|POWs|fighters|civilians)\b")
# the time a running total stood at: "By the end of 2024, 3,956 had been released", "By Dec. 2024", "At the start of 2025, ..."
_AS_OF_A_TIME_WORDS = (
    r"\b(?:(?:by|as\s+of)\s+(?:the\s+(?P<edge>end|start|beginning)\s+of\s+|early\s+|mid-?|late\s+)?|at\s+the\s+(?P<edge2>end|start|beginning)\s+of\s+)"
    r"(?:(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+)?(?:(?P<year>(?:19|20)\d\d)|(?P<last>last\s+year))\b")
_AS_OF_A_TIME = re.compile(_AS_OF_A_TIME_WORDS, re.I)
_BY_A_TIME_BEFORE = re.compile(_AS_OF_A_TIME_WORDS + r"[^.;]{0,50}$", re.I)
_HAD_BEEN_FREED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?had\s+(?:been\s+)?(?:freed|released|returned|traded|exchanged|swapped|repatriated|brought\s+(?:back|home))\b", re.I)
_WHEN_ONE_SWAP_BEFORE = re.compile(r"\b(?:most\s+recently|the\s+latest|last\s+time|the\s+last\s+(?:one|time|exchange|swap))\b[^.;]{0,40}?\bwhen\s+(?:[\w'’-]+\s+){0,4}?$", re.I)
_SWAPPED_N_TIMES_BEFORE = re.compile(r"\b(?:exchanged|swapped|traded)\s+(?:(?:prisoners|pows|captives|prisoners\s+of\s+war|bodies)\s+)?"
                                     r"(?:(?:about|some|more\s+than|over|nearly|almost|at\s+least)\s+)?$", re.I)
_TIMES_AFTER = re.compile(r"\s+times\b(?!\s+(?:as\s+many|more|fewer|the\s+number|larger|bigger))", re.I)
_ASIDE_AFTER = re.compile(r",\s+(?:including|who|whom|which)\b[^,;.:]*(?=,)", re.I)
_OF_THE_BEFORE = re.compile(r"\b(?:of|from)\s+the\s+$", re.I)
_RELATIVE_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s|(?:it|they|he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:has|had|have|will|would|is|was|were|said|says|promised|pledged"
    r"|agreed|offered|planned|plans|handed|returned|received|sent|delivered)\b)")
# ("і ще 15 поранених": "another" in Ukrainian and Russian)
_ELLIPSIS_PREV = prefiltered(r"(?:\bvon|\bat|\bto|another|a\s+further|further|\bof|\bde|\bwas|\bwere|\bthe\s+oldest|\bthe\s+youngest|\bincluding|\bще|\bеще|\bещё)\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
# ("the largest swap since 2022"; "some had been held since 2022", "in captivity since 2014": how long, not a running total)
_EXCHANGE_SINCE = prefiltered(r"(?:exchange|swap|largest|biggest|first|last|release|held(?:\s+(?:by|in)\s+\w+)?|(?<=\bin\s)captivity|captured|detained|imprisoned|jailed"
                              # ("a maior troca desde o início da guerra", "el mayor canje desde", "le plus grand échange depuis")
                              r"|troca|canje|intercambio|scambio|échange|austausch|wymian[ay]|обмін|обмен|maior|mayor|più\s+grande|plus\s+grand|größte[nr]?"
                              # ("the largest exchange of prisoners since", "a maior troca de prisioneiros desde")
                              r"|największ[aey]|найбільш\w*|крупнейш\w*|самы[йм]\s+масштабн\w*)\s+(?:with\s+(?:russia|ukraine|moscow|kyiv)\s+)?(?:\w+\s+){0,2}$", re.I)
_PERFECT_NOW = prefiltered(r"\bha(?:ve|s|d)\s+(?:now|so\s+far)\s+been\b", re.I)
# counts listed after these words are parts of a total ("the group comprised 27 officers and 180 soldiers")
_BREAKDOWN_BEFORE = prefiltered(
    r"(?:comprised|consisted\s+of|made\s+up\s+of|included|includes?|including|among\s+(?:them|those(?:\s+(?:released|freed|returned|exchanged))?)(?:\s+(?:were|was|are))?|of\s+whom|darunter|dont|parmi|unter\s+ihnen|unter\s+den\s+(?:freigelassenen|heimgekehrten|ukrainern|russen|gefangenen)|серед\s+них|серед\s+звільнених|среди\s+них|зокрема|в\s+частности|(?<=\bв\s)том\s+числе|(?<=\bу\s)тому\s+числі|(?<=\bw\s)tym|entre\s+ellos|entre\s+los\s+cuales|(?<=\btra\s)(?:cui|loro)|entre\s+eles"
    # "Entre os libertados estão 270 militares", "entre los liberados hay 270", "tra i liberati ci sono 270"
    r"|entre\s+(?:os|los|las|as)\s+(?:libertad[oa]s|liberad[oa]s|libert[oa]s|devueltos|regresados|repatriad[oa]s|trocad[oa]s|canjead[oa]s)"
    r"|(?<=\btra\s)(?:i|gli)\s+(?:liberati|rimpatriati|rilasciati|scambiati)"
    # "Wśród uwolnionych jest trzech cywilów", "Wśród nich"
    r"|wśród\s+(?:nich|uwolnionych|zwolnionych|wymienionych|powracających))\b[^.;:,]{0,60}$"
    # (one-letter words such as Polish "w" are matched from the word after them: a pattern led by "w" is tried at every "w")
    r"|(?:^|[.;]\s*)(?:of|among)\s+(?:them|those|the\s+\w+)\s*,\s*$"  # "Of them, 41 had been held since 2022"
    r"|\d\s+(?:[\w-]+\s+){0,2}?(?:prisoners|people|captives|pows|soldiers|servicemen|defenders|civilians|bodies|ukrainians|russians"
    r"|українц\w*|військов\w*|захисник\w*|полонен\w*|громадян\w*|людей|тіл|украинц\w*|военн\w*|пленн\w*|человек|тел)"
    # "1,000 prisoners: 390 on Friday, 307 on Saturday"; "246 Ukrainians are back from Russian captivity: 239 soldiers ..."
    r"(?:\s+(?:each|per\s+side|in\s+total))?(?:\s+(?:are|were|have|has|had|returned|came|come|is)\b[^\d.;:]{0,45})?\s*:\s*[^.;:]{0,60}$",
    re.I,
)
# a list of parts that goes on past commas: "Серед них — 146 військовослужбовців ЗСУ, 67 — Національної гвардії, 47 — ..."
_LIST_JOINERS = (",", " and", " та", " і", " и", " und", " et", " y", " e", " i")


def _joins_a_list(before: str) -> bool:
    """The text before a number ends with a comma or an "and" (in the languages lists are read in)."""
    return before[-6:].rstrip().lower().endswith(_LIST_JOINERS)


# "We are bringing 95 of our people home: 34 soldiers of the Armed Forces, 1 serviceman of the National Guard, 60 ...":
# the count's parts listed after a colon
_PARTS_AFTER_A_COLON_BEFORE = re.compile(
    r"\d[\d,.]*\s+(?:[\w'’-]+\s+){0,4}?(?:people|persons|prisoners|pows|soldiers|servicemen|defenders|ukrainians|russians|captives|citizens)\b[^.;:\d]{0,30}:"
    r"\s*(?:\d+(?:[,.]\d{3})*[^.;:\d]{0,80}(?:,\s*|,?\s+and\s+))*$", re.I)
_BREAKDOWN_LIST_GOES_ON = prefiltered(
    r"(?:including|included|includes|among\s+(?:them|those)|of\s+whom|darunter|dont|серед\s+них|серед\s+звільнених|среди\s+них|зокрема|в\s+частности|(?<=\bв\s)том\s+числе|(?<=\bу\s)тому\s+числі|(?<=\bw\s)tym"
    r"|entre\s+ellos|(?<=\btra\s)cui)\b\W{0,3}\s*\d[^.;:,]{0,60}(?:,\s*\d[^.;:,]{0,60})*(?:,\s*|,?\s+(?:and|та|і|и|und|et|y|e|i)\s+)$", re.I)
_DONE_LATER = prefiltered(r"\b(?:were|was|have\s+been|has\s+been)\s+(?:also\s+|already\s+)?(?:handed\s+over|returned|repatriated|exchanged|released|freed|received)\b", re.I)
_WAR_VERB_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:invaded|attacked|poured|stormed|massed|assaulted|(?:were|had\s+been)\s+(?:deployed|mobili[sz]ed|massed))\b"
    # "Russia says 1,300 Ukrainian soldiers surrendered in Avdiivka" (not "40 soldiers who surrendered at Azovstal were freed")
    # "at least 150 Ukrainian POWs have been convicted by Russian courts": tried, not handed over
    # (not a part of those freed: "two of the freed had been sentenced to long prison terms")
    r"|^(?!\s*of\b)\s*(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,5}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:convicted|sentenced|tried|charged|prosecuted)\b(?![^.;]{0,80}\b(?:freed|released|returned|exchanged|swapped|pardoned)\b)"
    r"|^\s*(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,3}?(?:have\s+|had\s+)?surrendered\b(?![^.;]{0,80}\b(?:freed|released|returned|exchanged|swapped|handed)\b)", re.I)
# a count of people raised for the war ("recruited about 50,000 prisoners from penal colonies")
_ARMY_COUNT_EARLIER = re.compile(
    r"\b(?:recruit\w*|mobili[sz]\w*|conscript\w*|drafted|enlist\w*|deploy\w*|pardon\w*)\s+(?:[\w-]+\s+){0,3}?(?:\d|(?:tens\s+of\s+)?(?:thousands|hundreds)\b)", re.I)
# returnees cross the border too: troops "crossing into" a country are an army only in numbers no exchange reaches
_CROSSED_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?crossed\b", re.I)
# "Ukraine's military says it has taken more than 600 Russian soldiers prisoner": captured, like "captured 600"
_TOOK_BEFORE = re.compile(r"\b(?:taken|took|take|takes|taking)\s+(?:(?:about|some|around|roughly|more\s+than|over|nearly|almost|at\s+least)\s+)?$", re.I)
_PRISONER_AFTER_TAKEN = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:prisoners?|captives?)\b(?!\s+(?:of\s+war\s+)?(?:back|home|from|out|to|in\s+(?:return|exchange)|with\s+(?:it|them)))", re.I)
_WAR_VERB_BEFORE = prefiltered(
    r"\b(?:invad\w*|launch\w*|deploy\w*|mobili[sz]\w*|attack\w*|fir(?:ed|ing)|shell\w*|kill\w*|displac\w*|evacuat\w*|"
    r"recruit\w*|amass\w*|massed|station\w*|conscript(?:ed|ing|ion)|drafted|lost|captur\w*|visit\w*|interview\w*|sentenc\w*|convict\w*|abduct\w*|deport\w*"
    r"|jail(?:ed|s|ing)?|(?:operation|incursion|offensive|assault|raid|counteroffensive)\s+(?:has\s+|had\s+)?(?:yielded|netted)|netted|arrest(?:ed|s|ing)?|imprison(?:ed|s|ing)?)\b[^.;,]{0,30}$",
    re.I,
)
_DASHES = frozenset("-–—")
_DASH_AFTER = re.compile(r"^\s*[-–—]\s+|^:\s+")
_UNIT_AFTER_DASH = re.compile(r"^\s*[-–—:]\s*(?:the\s+)?[A-ZА-ЯІЇЄҐ]")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*▪●◦‣►▶➡✅✔☑]\uFE0F?|[\U0001F300-\U0001FAFF]\uFE0F?|\d{1,2}[.)])\s"  # not a flag: "🇺🇦 Today, ..."
                        # a key-numbers line with no bullet: "6,266 — Ukrainians freed", "around 8,000 — still held by Russia"
                        r"|^\s*(?=(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least)\s+)?\d[\d,.\u00a0\u202f ]*(?:\s+for\s+\d[\d,.\u00a0 ]*)?\s+[—–]\s+\S)", re.I)
# a timeline's line: its day, a dash, what happened ("24 Aug 2024 — 115 each", "June 25, 2024 - 90 each")
_DONE_IN_THE_FORMAT_BEFORE = re.compile(
    r"\b(?:exchange|swap)\b[^.;]{0,20}?\b(?:took\s+place|was\s+(?:carried\s+out|held|completed|conducted)|happened)\b[^.;]{0,80}?\b(?:in|under)\s+(?:the|a)\s+$", re.I)
_FORMAT_AFTER = re.compile(r"\s*(?:format|formula|scheme)\b", re.I)
_THE_SWAP_IN_FORMAT_BEFORE = re.compile(r"\b(?:exchange|swap)\s*,?\s+(?:in|under)\s+(?:the|a)\s+$", re.I)
_FORMAT_THEN_DONE_AFTER = re.compile(r"\s*(?:format|formula|scheme)\s*,?\s+(?:took\s+place|was\s+(?:carried\s+out|held|completed|conducted)|happened)\b", re.I)
_DATED_LINE = re.compile(r"\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*(?:[—–:]|-\s)")
_BOX_HANDOVER_AFTER = re.compile(r"\s*[:—–]\s*(?:were\s+)?(?:exchanged|swapped|freed|released|returned|handed\s+over|brought\s+(?:home|back))\b", re.I)
# the line that opens a list of parts ("Among the returnees:", "They include:")
_NOT_FREED_LABEL = re.compile(r"\b(?:deported|abducted|killed|dead|missing|captured|detained|wounded|injured|displaced|evacuated|mobili[sz]ed)\b", re.I)
_BOX_SEPARATOR_AFTER = re.compile(r"\s*(?:[—–:]|-\s)\s*[^\d]*$")
_LIST_OF_PARTS_LEAD = re.compile(
    r"(?:^|(?<=[.!?])\s)\W*(?:among\s+(?:them|those|the\s+\w+)|of\s+(?:them|those|whom)|(?:they|the\s+\w+)\s+include[sd]?|including|details|breakdown"
    # ("Серед звільнених:", "Среди них:", "З них:", "Unter ihnen:", "Parmi eux :", "Wśród nich:", "Entre ellos:")
    r"|серед\s+\w+|среди\s+\w+|з\s+них|из\s+них|unter\s+ihnen|parmi\s+(?:eux|les\s+\w+)|wśród\s+\w+|entre\s+(?:ellos|los\s+\w+)|tra\s+(?:loro|i\s+\w+))\b[^.:]{0,60}:", re.I)
_EXCHANGE_NEAR = prefiltered(
    r"\b(?:exchang\w*|swap\w*|traded|vuelt\w*|volvi\w*|retorn\w*|rimpatri\w*|ritorno|rilasciat\w*|voltar\w*|voltou|trocad\w*|revenu\w*|retrouvé|heimgekehrt|zurückgebracht|teruggekregen|geri\s+ald\w*|uitgewissel\w*|vrijgelat\w*|ruil\w*|takas\w*|serbest|return\w*|freed|free|release\w*|home|handed|handover|repatriat\w*|captiv\w*|prisoners?|pows?|"
    r"back|brought|received|among|including|comprised|canje\w*|intercambi\w*|recuper\w*|prisioner\w*|scambi\w*|prigionier\w*|riportat\w*|trocar\w*|prisioneir\w*|austausch\w*|ausgetauscht|heimkehr\w*|zurückgekehrt|(?:zurück|heim)?kehrten|tauschten|tauschen|tauscht|gefangen\w*|kriegsgefangen\w*|befreit|wymian\w*|uwolni\w*|niewol\w*|wymieni\w*|odzyska\w*|wymieni\w*|jeńc\w*|zurück\w*|erhielt|erhalten|rapatri\w*|récupér\w*|échang\w*|libér\w*|retrouvé\w*|retour|regreso|retorno|ritorno|rientro|rückkehr|"
    r"обмін\w*|повернул\w*|повернут\w*|поверта\w*|додому|вдома|домой|звільн\w*|полон\w*|обмен\w*|вернул\w*|освобо\w*|плен\w*|возвращ\w*|передан\w*|передал\w*)\b",
    re.I,
)
_NEXT_NUMBER = re.compile(r"\d")
# "the prisoner swap, the 49th of the war, ...": an ordinal set beside the exchange it numbers
_ORDINAL_APPOSED_BEFORE = re.compile(
    r"\b(?:exchanges?|swaps?|handovers?|mediations?|échanges?|canjes?|intercambios?|scambi[oi]?|trocas?|austausch\w*)\b(?:[^.;]{0,60}?\b(?:was\s+|is\s+|as\s+)?(?:the|its|their|le|la|el|il|o|a|der|die|das|(?:ukraine|russia|kyiv|kiev|moscow)['’]s)"
    # ("The exchange, which also saw 115 Russian soldiers captured in the Kursk region handed to Moscow, was the 55th")
    r"|,[^.;]{0,140}?,\s+(?:was|is)\s+(?:the|its))\s*$", re.I)
_IT_WAS_THE_OPENING = re.compile(r"\W*(?:this|it|that)\s+(?:was|is)\s+(?:also\s+)?the\s+", re.I)
_ORDINAL_APPOSED_AFTER = re.compile(
    # ("The latest exchange, the 60th, brought home 189 people")
    # ("The swap, the 63rd of its kind, ...")
    r"\s*(?:[.;]|,\s+(?:the|officials|according|said|says|brought|freed|returned|released|saw|involved|involving|which|mediated|was|were|is|came|took)\b|$|of\s+the\s+(?:war|conflict|invasion|full-scale\s+war|year)|of\s+its\s+kind\b|(?:mediated|brokered|facilitated)\s+by\b|since\b|this\s+year|overall\b|in\s+(?:20\d\d|the\s+war)"
    r"|depuis\b|desde\b|dall['’]|dal\b|seit\b)", re.I)
# casualties stated before the number ("crashed, killing all 74 people on board, including 65 prisoners"):
# people of another event, unless the words between are about handing over the dead
_CASUALTY_BEFORE = prefiltered(r"\b(?:killing|killed|kills|died|dying|infected|infecting|deaths?\s+of|executions?\s+of|executed|executing|murder(?:ed|s|ing)?(?:\s+of)?|perished|shot\s+down|shooting\s+down|crash(?:ed|ing)?|injuring|injured|wounding|hurting"
                               r"|загинул\w*|загинуло|вбит\w*|поранен\w*|погибл\w*|погиб|убит\w*|ранен\w*|getötet|tués?|blessés?|murieron|muertos?|heridos?|morti|uccis\w*|feriti|mortos|morreram|matou|feridos|zginęł\w*|zginęli|zabit\w*|rann\w*)\b(?![^.;]*\b(?:bod(?:y|ies)|remains|repatriat\w*|handed|returned|exchang\w*|swap\w*|receiv\w*|g[eo]t(?:ting)?\s+back|gets\s+back|freed|released|came\s+home|brought\s+(?:back|home)|cambio|canje\w*|échang\w*|zamian|обм[іе]н\w*|austausch\w*|rilasciat\w*|liberat\w*|przekazał\w*))[^.;]{0,60}$", re.I)
_CAPTIVE_NOUNS = (r"(?:prisoners?|pows?|captives|prisonniers|prisioneros|prisioneiros|prigionieri|kriegsgefangenen?|gefangenen?"
                  r"|jeńców|полонених|военнопленных|пленных|soldats|soldiers|servicemen|militaires|soldados|soldaten)")
_WOUNDED_CAPTIVES = re.compile(
    rf"\b{_CAPTIVE_NOUNS}\s+(?:(?:gravement|grièvement|gravemente|severely|seriously|badly|graves?|schwer|ciężko|тяжело|важко)\s+)?(?:blessés?|heridos?|feriti|feridos|verletzte\w*|injured|wounded|поранен\w*|ранен\w*)"
    rf"|\b(?:injured|wounded|verletzte\w*|тяжелораненых|поранених|раненых|ranny\w*)\s+(?:and\s+\w+\s+)?{_CAPTIVE_NOUNS}\b", re.I)
# ("another 307 came home on Saturday" is the next day's batch as often as a group on top: not a cue)
# ("a further 303 each on Sunday", like "another 307", is the next batch as often as a group on top: not a cue)
# (and "Russia and Ukraine begin 1,000-for-1,000 prisoner exchange": the deal whose first batch is told)
_COMPLETE_THE_BEFORE = re.compile(r"\b(?:complet(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|finish(?:es|ed|ing)?|wrap(?:s|ped|ping)?\s+up"
                                  r"|begin|begins|began|beginning|start|starts|started|starting|launch|launches|launched|kick(?:s|ed)?\s+off)\s+(?:the\s+|their\s+)?$", re.I)
_ADDITIONAL_BEFORE = re.compile(r"\bin\s+addition\s+to\s+[^;.]{1,60},\s*$"  # ("in addition to the 146 servicemen, eight residents of ...")
                                r"|\b(?:also|additionally|in\s+addition|as\s+well|plus|separately|besides|(?<!\ba\s)further|along\s+with|together\s+with"
                                r"|además\s+de|oltre\s+a|além\s+de|en\s+plus\s+de|sowie|а\s+также|а\s+також|a\s+także"
                                # ("185 prisonniers de guerre chacune, ainsi que 20 civils de chaque côté")
                                r"|ainsi\s+que|así\s+como|nonché|assim\s+como"
                                # ("Kiev a également récupéré huit civils", "Kiev ha recuperado también ocho civiles")
                                r"|également|también|anche|também|ebenfalls|również|także"
                                # ("Mosca ha inoltre consegnato a Kiev 15 soldati", "Russland übergab zudem 15 Verwundete")
                                # ("Zusätzlich kehrten acht Zivilisten zurück", "Na Ukrainę wróciło też ośmiu cywilów")
                                r"|inoltre|zudem|außerdem|zusätzlich|darüber\s+hinaus|en\s+outre|además|além\s+disso|ponadto|dodatkowo|też|также|також)\b[^,;.]{0,40}$", re.I)
_A_FURTHER_OPENING = re.compile(r"\W*(?:a\s+further|another)\s+(?:(?:about|some|nearly)\s+)?", re.I)
_ADDITIONAL_OPENING = re.compile(r"^\W*(?:in\s+addition|additionally|also|separately|кроме\s+того|крім\s+того|також|также|окрім\s+того|außerdem|zudem|zusätzlich|darüber\s+hinaus|en\s+outre|de\s+plus|además|além\s+disso|inoltre|ponadto)(?!\w)", re.I)
# an exchange dated by a month alone: "the previous exchange, in August,", "the last swap, in early January,",
# "In March 2023, the sides swapped"; month names are capitalised, so "may" is not one. A month that dates
# something else ("killed in January") does not count.
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a count as it stood in a month that was named as when it was said
_SAID_IN_MONTH = re.compile(r"\b(?:said|told|reported|announced|stated|wrote)\s+(?:\w+\s+)?in\s+(" + _MONTH_NAME + r")\b(?!\s+\d)"
                            r"|^\W*in\s+(" + _MONTH_NAME + r"),\s+(?:[\w'’.-]+\s+){1,5}?(?:said|told|reported|announced|stated|wrote)\b", re.I)
_EXCHANGE_IN_MONTH = re.compile(
    r"(?:\b(?:exchanges?|swaps?|handovers?|repatriations?)\b[,\s]{1,3}(?:(?:which\s+)?(?:was\s+|took\s+place\s+))?|^\W*)"
    r"(?:(?:[Ii]n|[Dd]uring)\s+(?:early\s+|late\s+|mid-?)?" + _MONTH_NAME + r"\b(?!\s+\d{1,2}\b)"
    r"|(?:[Ee]arlier\s+|[Ll]ater\s+)?(?:[Tt]his|[Ll]ast)\s+month\b)"
)
# "the first exchange since September, when the two swapped 35 prisoners each"
# ("since mid-October, when", "since late December 2024, when")
# ("the May exchange, when each side freed 1,000": the swap named by its month)
_MONTH_WHEN = re.compile(r"\b(?:(?:[Ss]ince|[Ii]n|[Uu]ntil)\s+(?:early\s+|late\s+|mid-?\s*)?" + _MONTH_NAME + r"(?:\s+(?:19|20)\d\d)?"
                         r"|(?:[Tt]he|[Aa]|[Tt]hat)\s+" + _MONTH_NAME + r"(?:\s+(?:19|20)\d\d)?\s+(?:prisoner\s+|POW\s+|body\s+)?(?:exchanges?|swaps?|handovers?|releases?))"
                         # ("a September swap in which each side freed 35")
                         r",?\s+(?:when|in\s+which|during\s+which|which\s+saw|that\s+saw)\b")
_WHO_WERE_CAPTURED_AFTER = re.compile(
    r"^\s*(?:(?!of\b)[\w'’-]+\s+){1,5}?who\s+(?:were|had\s+been|have\s+been|was)\s+(?:later\s+|also\s+)?(?:captured|taken\s+(?:prisoner|captive))\b(?![^.;]{0,40}\b(?:and|but)\s+(?:later\s+)?(?:freed|released|returned|exchanged|swapped))", re.I)
_IN_A_MONTH_AFTER = re.compile(r"[^.;:,]{0,30}?\b(?:in|on|during)\s+(?:early\s+|late\s+|mid-?)?" + _MONTH_NAME + r"\b", re.I)
_THIS_YEAR_ALONE_OPENING = re.compile(r"^\W*(?:(?:and|but)\s+)?this\s+year(?:\s+alone)?\s*,?\s*(?:(?:about|some|around|nearly|almost|more\s+than|over|just\s+over|roughly)\s+)?$", re.I)
# (the last nation named before the count that is no partner: not "Rusya ile" / "met Rusland", with Russia)
_SOV_NATION_BEFORE = re.compile(r"(?<!\bmet\s)\b(oekraïne|rusland|ukrayna|rusya)\b(?!\s+ile\b)(?:(?!\b(?:oekraïne|rusland|ukrayna|rusya)\b(?!\s+ile\b))[^.;:]){0,80}$", re.I)
_SOV_GOT_BACK_AFTER = re.compile(r"^[^.;:]{0,80}?\b(?:teruggekregen|terug\s+gekregen|terug\s+naar\s+huis|geri\s+(?:aldı|alıyor|almıştı|getirdi|döndü))", re.I)
_MONTH_DEAL_BEFORE = re.compile(r"\b(?:a|the|its|their|this|that)\s+(" + _MONTH_NAME + r")\s+(?:deal|agreement|accord|talks|round|arrangement)\b", re.I)
_TO_DO_BEFORE = re.compile(r"\bto\s+(?:exchange|swap|free|release|return|hand\s+over|trade)\s+(?:about\s+|some\s+|around\s+|up\s+to\s+|at\s+least\s+)?$", re.I)
_FREED_IN_A_MONTH_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:freed|released|returned|exchanged|swapped|repatriated|handed\s+over|brought\s+(?:home|back))\s+in\s+(?:early\s+|late\s+|mid-?)?"
    r"(" + _MONTH_NAME + r")\b(?!\s+\d{1,2}\b)(?:,?\s+((?:19|20)\d\d)\b)?", re.I)
_YEAR_WHEN = re.compile(r"\b(?:[Ss]ince|[Ii]n|[Uu]ntil)\s+((?:19|20)\d\d),?\s+when\b(?:(?!\bwhen\b)[^.;:])*$")
_IN_MONTH_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?:early\s+|late\s+|mid-?)?(" + _MONTH_NAME + r")\b(?!\s+\d)(?=[^.;]*$)")
_YEARS_SWAP = re.compile(r"\b(?:the|a|that|its|their|this)\s+((?:19|20)\d\d)\s+(?:prisoner\s+|pow\s+|body\s+)?(?:exchange|swap|handover|trade)\b", re.I)
_EXCHANGE_IN_YEAR = re.compile(r"\b(?:exchanges?|swaps?|handovers?)\b[,\s]{1,3}(?:(?:which\s+)?(?:was\s+|took\s+place\s+))?in\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)", re.I)
_YEAR_AFTER_MONTH = re.compile(r"\s+((?:19|20)\d\d)\b")
_MONTH_NAMED = re.compile(_MONTH_NAME + r"|(?P<rel>[Tt]his|[Ll]ast)\s+month")
# "who was seized in the Kyiv region in March 2022": the month of something else that happened to them
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:seized|detained|captured|arrested|abducted|kidnapped|taken\s+(?:prisoner|captive|to|away)|deported|evacuated|imprisoned|jailed|sentenced|convicted"
    r"|born|killed|died|wounded|injured|went\s+missing|disappeared|mobili[sz]ed|enlisted|surrendered)\b[^.;]{0,50}$", re.I)
_EARLIER_THIS_WEEK = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+week\b")
_SINCE_PHRASE_RUNS_TO = re.compile(r"\bsince\b[^,;.:\d]*$", re.I)
_IN_MONTH_AFTER = re.compile(r"[^.;\d]{0,60}?\b(?:in|during)\s+(?:early\s+|late\s+|mid-?)?(" + _MONTH_NAME + r")\b(?!\s+\d|,?\s+(?:19|20)\d\d)")


# a list item's date label: "- January 2024:", "7 Feb 2024 —", "May 6:"
_LABEL_DAY_MONTH = r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?"
_DATED_ITEM_OPENING = re.compile(rf"^\W*{_LABEL_DAY_MONTH}(?:\s+(?:19|20)\d\d)?\s*[:–—]\s*", re.I)
_DATE_LABEL_START = re.compile(rf"\W*(?:(?:early|mid|late|mid-)\s*)?{_LABEL_DAY_MONTH}\s+(?:19|20)\d\d\s*:", re.I)
_DATE_LABEL_OPENING = re.compile(rf"^\W*(?:(?:early|mid|late|mid-)\s*)?{_LABEL_DAY_MONTH}\s+(?:19|20)\d\d\s*:\s*$", re.I)


_LAST_MONTH_NAMED = re.compile(r"\b[Ll]ast\s+(" + _MONTH_NAME + r")\b(?!\s+\d)")
_THIS_OR_LAST_MONTH_AFTER = re.compile(r"[^.;\d]{0,90}?\b(?:earlier\s+)?(this|last)\s+month\b", re.I)


def _this_or_last_month(word: str, published: date) -> date:
    """The first day of the publication's month ("this month"), or of the month before ("last month")."""
    first = published.replace(day=1)
    return first if word.lower() == "this" else (first - timedelta(days=1)).replace(day=1)


def _in_a_list_of_months(text: str, context: str) -> bool:
    """'August: 146 for 146 on Independence Day.' then 'October: 185 soldiers and 20 civilians each way.': a line of a year's
    swaps told month by month, so many each, with no word of a swap of its own."""
    return (text[:1].isalpha() and _MONTH_LABEL_OPENING.match(text) is not None and _MONTH_LABEL_OPENING.match(context) is not None
            and lx.PER_SIDE.search(text) is not None)


_A_YEAR_IN_REVIEW_AFTER = re.compile(r"^\s+in\s+(?:(?:prisoner|pow|body)\s+)?(?:swaps|exchanges|review|numbers|pictures|photos|charts|data|figures)\b", re.I)
_MONTH_LABEL_OPENING = re.compile(r"^(?:(?:early|mid|late)[\s-]*)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                                  r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*[:–—]\s", re.I)


def _month_of(text: str, n: Number, cands: list[_DateCand], published: date | None, ahead: bool = False) -> date | None:
    """The month an exchange is dated by when no day is given: "in August 2024" in the number's own
    clause, "the previous exchange, in August," (the month before the publication date, or in it), "last
    month", "earlier this month". ("Earlier this week" is a week: `find_relative_dates`.) A handover still to
    come (`ahead`) is dated by the coming month of that name ("expected in August" in a July article)."""

    def year_of(month: int) -> int:
        if ahead:
            return published.year + (month < published.month)
        return published.year - (month > published.month)

    clause_start = max(text.rfind(";", 0, n.start), text.rfind(":", 0, n.start)) + 1
    clause_end = min((i for i in (text.find(";", n.end), text.find(":", n.end)) if i >= 0), default=len(text))
    month_label = _MONTH_LABEL_OPENING.match(text) if published is not None and text[:1].isalpha() else None
    if month_label is not None and month_label.end() <= n.start:
        # "March: 175 for 175, plus 22 wounded" (a year in review, month by month): the line's month, of the article's year
        month = _MONTHS[month_label.group(1).lower()[:3]]
        return date(year_of(month), month, 1)
    if clause_start and _DATE_LABEL_OPENING.match(text, 0, clause_start):
        clause_start = 0  # "- January 2024: 230 Ukrainians and 248 Russians": a list item labelled with its month
    elif clause_start and text[:1] in "-–—•*·0123456789 JFMASONDjfmasond":
        label = _DATE_LABEL_START.match(text, 0, clause_start)
        if label and not any(label.end() <= c.start < n.start for c in cands):
            clause_start = 0  # "- April 2022: First exchange of the war; 86 ... return home": the item's month, past its ";"
    last = _LAST_MONTH_NAMED.search(text, clause_start, clause_end) if published is not None and "ast " in text else None
    if (last is not None and not _SINCE_BEFORE.search(text, max(0, last.start() - 8), last.start())
            and not _OTHER_EVENT_BEFORE.search(text, max(0, last.start() - 60), last.start())):  # (not "captured ... last November")
        # "Last December, the sides swapped 100 each": the latest of that month before the article's
        month = _MONTHS[last.group(1).lower()]
        return date(published.year - (month >= published.month), month, 1)
    bare = _IN_MONTH_BEFORE.search(text, clause_start, n.start)
    # (nor "Since the Istanbul agreement in June, Ukraine has received more than 7,000 bodies": the month the count starts from)
    if (bare and published is not None and not _SINCE_BEFORE.search(text, max(0, bare.start() - 8), bare.start())
            and not _SINCE_PHRASE_RUNS_TO.search(text, max(0, bare.start() - 60), bare.start())):
        # "The smallest, in June, freed 10": a month named in the number's clause, before it
        month = _MONTHS[bare.group(1).lower()]
        return date(year_of(month), month, 1)
    following = text[n.end : clause_end]
    after = _IN_MONTH_AFTER.match(text, n.end, clause_end) if (" in " in following or " during " in following) else None
    if after and published is not None and not _OTHER_EVENT_BEFORE.search(text, max(0, after.start(1) - 60), after.start(1)):
        # "exchanged 150 prisoners each in early February": the month named after the number, in its clause
        month = _MONTHS[after.group(1).lower()]
        return date(year_of(month), month, 1)
    stated = [c for c in cands if c.month and clause_start <= c.start < clause_end
              and not _SINCE_BEFORE.search(text, max(0, c.start - 8), c.start) and not _WAR_START_BEFORE.search(text, max(0, c.start - 50), c.start)
              and not _OTHER_EVENT_BEFORE.search(text, max(0, c.start - 60), c.start)]
    if stated:
        return min(stated, key=lambda c: abs(c.start - n.start)).month
    if published is None:
        return None
    relative = _THIS_OR_LAST_MONTH_AFTER.match(text, n.end, clause_end)
    if relative:
        # "Ukraine got back 50 soldiers last month": the month named after the number, in its clause
        return _this_or_last_month(relative.group(1), published)
    named = _EXCHANGE_IN_MONTH.search(text) or _MONTH_WHEN.search(text, 0, n.start)
    return _month_named_in(named.group(0), published) if named else None


def _month_named_in(phrase: str, published: date) -> date | None:
    """The month "an exchange last month", "the swap in February 2024" names, in an article of `published`."""
    word = _MONTH_NAMED.search(phrase)
    if word is None:
        return None
    if word.group("rel"):
        return _this_or_last_month(word.group("rel"), published)
    month = _MONTHS[word.group(0).lower()]
    year = _YEAR_AFTER_MONTH.match(phrase, word.end())
    return date(int(year.group(1)) if year else published.year - (month > published.month), month, 1)

_RELEASE_OF = prefiltered(r"\brelease\s+of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
_DEMANDS_THE_RETURN_OF = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow)\s+(?:\w+\s+){0,2}?(?:demands?|demanded|demanding|wants|seeks|sought|calls\s+for|called\s+for)"
                                    r"\s+(?:the\s+)?(?:return|release)\s+of\s+(?:(?:about|some|nearly|more\s+than|all)\s+)?$", re.I)
_SECURED_THE_RELEASE_OF = re.compile(r"\b(?:(?:secur\w*|won|wins|winning|obtain\w*|achiev\w*|negotiat\w*)\s+(?:the\s+)?(?:release|return|freedom)\s+of|(?<=,\s)(?:getting|bringing)\s+back|(?<=,\s)receiving)"
                                     r"\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
# ("a swap of 233 for 73": one count each way, not both together)
_FOR_ANOTHER_COUNT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?for\s+(?:about\s+|some\s+)?\d", re.I)
_EXCHANGE_OF = prefiltered(r"(?:exchange|swap|release|échange|austausch)\s+of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)


_EXCHANGE_INVOLVING_BEFORE = re.compile(
    r"\b(?:exchange|swap|trade)\b[^.;]{0,60}?\binvolv(?:ing|ed|es|e)\s+(?:a\s+total\s+of\s+|(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
_PEOPLE_NOUN_AFTER = re.compile(_NOUN_GAP + r"(?P<noun>" + lx.PEOPLE.pattern + r")\b", re.I)


_NATION_ADJECTIVES = frozenset({"ukrainian", "russian"})
_NATION_WORD = re.compile(r"(?:ukrain|russ|rus[oa]s|ucrain|ucrân|rús|украин|україн|росс|росі|росія)", re.I)
_GENERIC_PEOPLE_WORD = re.compile(r"people|persons|personnel|individuals|осіб|особи|людей|людини|человек\w*|personen|menschen|personnes|personas|persone|pessoas|osób|ludzi", re.I)
_COMPOUND_HEAD_AFTER = re.compile(r"\s+(?:guard\s+)?(?P<noun>" + lx.PEOPLE.pattern + r")\b", re.I)
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>" + lx.PEOPLE.pattern + r")\b", re.I)


_BODIES_OF_AFTER = re.compile(r"^\s*(?:bodies|remains)\s+of\b", re.I)


def _subject(after: str, kind: str) -> str | None:
    if kind in ("exchange_ordinal", "exchange_count"):
        return "exchanges"
    if kind == "age":
        return "years of age"
    if kind == "percentage":
        return "share"
    if kind == "bodies":
        return "bodies"
    if kind == "other" and _BODIES_OF_AFTER.match(after):
        return "bodies"  # "identified 4,000 bodies of Russian soldiers": the dead, not the soldiers named after them
    m = _PEOPLE_NOUN_AFTER.match(after)
    if m is not None and m.group("noun").lower() in _NATION_ADJECTIVES:
        # "10 Ukrainian civilians", "75 Russian servicemen": the noun after the nation's adjective
        noun = _NOUN_AFTER_ADJECTIVE.match(after, m.end())
        if noun is not None:
            return noun.group("noun").lower()
        return "people"  # "8,000 remained in Russian captivity": the adjective of a place, no noun of people after it
    if m is None and kind == "other" and _BODIES_AFTER.match(after):
        return "bodies"  # "6,060 bodies have been moved to the border": bodies not handed over
    if m is None:
        return "people"
    # "222 rebel fighters", "two National Guard servicemen": the head noun of the compound is the last
    # (not a nation after the noun: "militaires ukrainiens", "civiles rusos")
    head = _COMPOUND_HEAD_AFTER.match(after, m.end())
    if head is not None and (_NATION_WORD.match(head.group("noun")) or _GENERIC_PEOPLE_WORD.fullmatch(head.group("noun"))):
        # (nor a generic word: "20 цивільних осіб" are civilians)
        head = None
    return (head or m).group("noun").lower()


@dataclass
class _Meaning:
    kind: str
    side: str = "unknown"
    scope: str | None = None
    status: str | None = None
    qualifier: str = "exact"
    is_breakdown: bool = False
    is_additional: bool = False
    names_deal: bool = False  # "1,000-for-1,000" used as the name of a deal made elsewhere: its date is not in this text
    bare: bool = False  # no noun and no status word of its own: may be a number stated before, referred to


_YEAR_PREPOSITION_BEFORE = prefiltered(r"(?:in|since|of|from|until|by|seit|depuis|в|у|з)\s*$", re.I)
_RANGE_TAIL = re.compile(r"^\s*(?:-|–|to|or|and)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)  # ("two to three days")
# ("exchanged 175 each, and Russia handed over 22 severely wounded Ukrainians as a gesture of goodwill": a handover of its own)
_AND_A_NATION_HANDED_OVER_BEFORE = re.compile(
    r"[,;]\s+(?:and\s+)?(?:russia|moscow|ukraine|kyiv|kiev)\s+(?:also\s+|additionally\s+|separately\s+)?(?:has\s+|had\s+)?"
    r"(?:handed\s+over|returned|released|freed|transferred|sent\s+back|gave\s+back|handed\s+back)\s+(?:another\s+|a\s+further\s+)?$", re.I)
_AND_ANOTHER_BEFORE = re.compile(r"(?:^|\s)(?:і|и|та|and|y|e|et|und|i|oraz)\s+(?:ще|еще|ещё|another|otros|otras|altri|altre|autres|weitere|kolejnych)\s+$", re.I)
_KILLED_AFTER = re.compile(r"^\s*(?:,[^.;,]{0,40},\s*)?(?:of\s+(?:its|their|our|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+war\s+|on\s+board\s+|aboard\s+)?(?:were|was|had\s+been|have\s+been|have|has|had)?\s*(?:killed|died|dead|perished|executed|shot\s+dead|tortured\s+to\s+death|injured|wounded\s+in\s+(?:the|an?)\s+(?:attack|strike|shelling|fighting|battle|combat|clashes|assault|offensive|explosion|blast|bombing)|wounded\s+in\s+(?:fighting|battle|combat|action|clashes)"
    r"|getötet|verletzt|ums\s+leben|tués?|blessés?|morts?|загинул\w*|загибл\w*|поранен\w*|вбит\w*|убит\w*|погибл\w*|ранен\w*|muertos?|heridos?|morti|uccis\w*|feriti|mortos|feridos|zginęł\w*|zabit\w*|rann\w*)\b", re.I)
# "ricevendo in cambio 15 militari russi feriti", "recibiendo a cambio 15 heridos": wounded, received in return
_RECEIVING_IN_RETURN_BEFORE = re.compile(r"\b(?:ricevendo|recibiendo|recebendo|recevant|erhielt|receiving)\s+(?:in\s+cambio|a\s+cambio|em\s+troca|en\s+échange|en\s+retour"
                                         r"|im\s+gegenzug|in\s+return|in\s+exchange)\s+$", re.I)
# "31 prisonniers blessés ukrainiens ont été remis": wounded prisoners, handed over by the verb after them
_WOUNDED_PRISONERS_AFTER = re.compile(
    r"^\s*(?:prisoners|pows|captives|prisonniers|prisioneros|prigionieri|prisioneiros|jeńców|kriegsgefangene)(?:\s+(?:de|di)\s+guerr[ea])?\s+"
    r"(?:(?:gravement|grièvement|gravemente|ciężko)\s+)?(?:blessés?|heridos?|feriti|feridos?|rann\w*|verletzte|wounded|injured)\b", re.I)
# "about 1 in 3 prisoners": a ratio
_NAMED_DEAL_BEFORE = re.compile(r"\b(?:of|under|in|within)\s+the\s+(?:\d[\d,]*\s*-?\s*for\s*-?\s*)?$", re.I)
_N_FOR_M_AFTER = re.compile(r"^\s*-?\s*for\s*-?\s*\d[\d,]*\s*-?\s*(?:exchange|swap|deal|format)", re.I)
_SWAPPED_RIGHT_BEFORE = re.compile(r"\b(?:swapped|exchanged|traded|swap|exchange|trade|swapping|exchanging|trading)\s+(?:(?:about|some|nearly)\s+)?$", re.I)
_BARE_COUNT_CAME_BACK_AFTER = re.compile(r"^\s+(?:return|returned|returning|go\s+home|come\s+home|came\s+home|coming\s+home|walk\s+free|walked\s+free"
                                         r"|(?:were|are|have\s+been)\s+(?:freed|released|returned|swapped|exchanged|brought\s+home))\b", re.I)
_THE_WOUNDED_HANDED_OVER_AFTER = re.compile(r"^\s+(?:(?:seriously|severely|badly|gravely)\s+)?(?:wounded|injured|sick|ill)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                                            r"(?:handed|returned|released|freed|transferred|sent|repatriated|brought)\b", re.I)
_REPATRIATION_LABEL_BEFORE = re.compile(r"\b(?:repatriations?|bodies|remains|репатріація|репатриация)\s*:\s*$", re.I)
_HANDOVER_LABEL_BEFORE = re.compile(r"\b(?:repatriations?|swaps?|exchanges?|handovers?|transfers?|formula|обмін|обмен|репатріація|репатриация)\s*:\s*$", re.I)
_FOR_A_COUNT_AFTER = re.compile(r"^\s+for\s+(?:(?:about|some|nearly)\s+)?\d", re.I)
_N_FOR_M_BEFORE = re.compile(r"\d\s*-?\s*for\s*-?\s*$", re.I)
_RATIO_BEFORE = re.compile(r"(?<![\d,.])\b(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+$", re.I)
# "47 were admitted" to hospital: what befell the freed (`other`)
# "12 of the freed have returned to the front": what the freed did afterwards
_BACK_TO_THE_FRONT_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:have|has|had)?\s*(?:returned|gone\s+back|went\s+back|rejoined)\s+(?:to\s+)?"
                                      r"(?:the\s+front|their\s+units?|the\s+army|service|combat|duty)\b", re.I)
_TREATED_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|are|remain)\s+(?:still\s+)?(?:admitted|hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospital|in\s+hospital|being\s+treated|receiving\s+treatment)\b", re.I)
# "More than 1,000 Ukrainian prisoners of war have died in Russian captivity": the prisoners' fate (`other`), not
# casualties of another event
# "53 Ukrainian prisoners of war were killed in a strike on the prison", "65 POWs were killed when the plane crashed":
# the prisoners' fate (`other`), like the POWs said to be aboard a plane
_PRISONERS_KILLED_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:prisoners\s+of\s+war|pows|(?:war\s+)?prisoners|captives|kriegsgefangene|prisonniers\s+de\s+guerre|військовополонених|военнопленных)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been|are)\s+(?:reportedly\s+|allegedly\s+)?(?:killed|dead)\b(?!\s+by\s+(?:their\s+)?(?:captors|guards))", re.I)
_DIED_IN_CAPTIVITY_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:have\s+|has\s+|had\s+)?(?:died|perished|been\s+killed|were\s+killed)\s+(?:in|while\s+in)\s+"
    r"(?:russian\s+|ukrainian\s+)?(?:captivity|custody|detention)\b", re.I)
# "65 Ukrainian POWs were among the 74 people killed in the crash": among the dead, not among those freed
_AMONG_THE_DEAD_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:\d[\d,.]*\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:killed|dead|victims|fatalities|casualties|who\s+(?:were\s+killed|died|perished))\b", re.I)
_GALLERY_COUNTER_BEFORE = prefiltered(r"\b(?:photos?|images?|pictures?|slides?|gallery|фото)\s*:?\s*(?:\d+\s*(?:of|/|із|из|von|sur)\s*)?$", re.I)


def _names_a_gallery(tail: str) -> bool:
    """The cheap test before the gallery-counter pattern (every number asks)."""
    tail = tail.lower()
    return "photo" in tail or "image" in tail or "galler" in tail or "slide" in tail or "picture" in tail or "фото" in tail


_AMONG_BEFORE = re.compile(r"\bamong\b", re.I)
_PAGE_COUNTER_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:views?|comments?|photos?|shares?|likes?|readers?|min\s+read|-minute\s+read|words)", re.I)
_LIST_MARKER_AFTER = re.compile(r"^[).](?:\s|$)")
# "Share this article (1.2K)", "Comments (34)": a page's counter in brackets after its label
_COUNTER_LABEL_BEFORE = re.compile(r"\b(?:shares?|comments?|likes?|views?|reactions?|replies|reposts?)(?:\s+(?:this|the)\s+(?:article|story|post))?\s*\($", re.I)


def _ends_with(before: str, chars: str) -> bool:
    """Whether the text before a number ends with one of `chars`, spaces aside ("$ 500", "No. #3")."""
    tail = before.rstrip()
    return bool(tail) and tail[-1] in chars


_DELEGATION_BEFORE = re.compile(
    r"\b(?:delegations?|(?:negotiating\s+)?teams?|crews?|staff)\s+(?:\w+\s+)?(?:consisted\s+of|consisting\s+of|comprised|comprising|included|including|numbered|of|was\s+made\s+up\s+of|made\s+up\s+of)"
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?$", re.I)
_DELEGATION_AFTER = re.compile(r"^\s*-?\s*(?:member|strong|person)\s+(?:\w+\s+)?(?:delegations?|teams?)\b", re.I)


_OF_WHICH_DOWNED_AFTER = re.compile(r"^\s+of\s+(?:which|them)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:shot\s+down|downed|destroyed|intercepted"
                                    r"|neutrali[sz]ed|suppressed|jammed|hit|lost)\b", re.I)
_INTERVIEWED_APPOSED_BEFORE = re.compile(r"\b(?:interviewed|surveyed|questioned|polled|examined|visited|spoken\s+to)\b(?:\s+by\s+[^,.;]{1,50})?\s*,\s*$", re.I)
_CAPTURED_TOTAL_BEFORE = re.compile(r"\b(?:number|total|tally)\b[^.;\d]{0,40}?\b(?:taken\s+(?:prisoner|captive)|captured|surrendered|detained|killed|dead|missing)\b"
                                    r"[^.;]{0,60}?\bto\s+(?:(?:about|some|more\s+than|over|nearly|almost)\s+)?$"
                                    # ("the last of the fighters had surrendered, bringing the total to 2,439")
                                    r"|\b(?:taken\s+(?:prisoner|captive)|captured|surrendered|detained)\b[^.;\d]{0,60}?\bbringing\s+the\s+(?:total|number|tally)\s+to\s+"
                                    r"(?:(?:about|some|more\s+than|over|nearly|almost)\s+)?$", re.I)
_FATE_SHARED_BEFORE = re.compile(r"\b(?:evacuated|surrendered|captured|taken\s+(?:prisoner|captive)|deported|mobili[sz]ed|detained|arrested|killed|wounded|injured)\b"
                                 r"[^.;]{0,80}?\band\s+$", re.I)
_MAKER_BEFORE = re.compile(r"\b(?:Boeing|Airbus|Embraer|Antonov|Ilyushin|Tupolev|Sukhoi|Bombardier|Cessna|Gulfstream)\s+$")
_MODEL_CODE_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯІЇЄ][A-Za-zА-Яа-яІіЇїЄє]{0,3}-$")
_OF_WHOM_DID_AFTER = re.compile(
    r"^\s+of\s+(?:whom|them)\s+(?:\w+\s+){0,2}?(?:reported|said|described|told|testified|alleged|complained|recounted|were\s+(?:tortured|beaten|abused)|died|have\s+died|had\s+died)\b", re.I)
_OTHER_FATE_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:have|has|had|were|was)?\s*(?:been\s+)?(?:fled|displaced|mobili[sz]ed|conscripted|drafted|deployed|evacuated|emigrated|enlisted|stationed)\b", re.I)


_DAY_LIST_AFTER_HINT = re.compile(r"(?:st|nd|rd|th)?\s*(?:,|and\b|&|or\b)", re.I)
_DAY_LIST_BEFORE = re.compile(r"\b" + MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*(?:,|and|&|or)\s*$", re.I)
_DAY_LIST_AFTER = re.compile(r"^(?:st|nd|rd|th)?(?:\s*(?:,|and|&|or)\s*\d{1,2}(?:st|nd|rd|th)?)+\s+(?:of\s+)?" + MONTH_RE + r"(?!\w)", re.I)


_YOUNG_PEOPLE_BEFORE = re.compile(r"\b(?:jóvenes|jovens|giovani|jeunes|junge[n]?|młodzi|молод\w+|youths?|young\s+(?:men|people|soldiers))\b[^.;\d]{0,20}$", re.I)


# ("Росія отримала 246 своїх військових і 15 поранених": the next group after a count, the verb before both)
_AND_AFTER_A_COUNT_BEFORE = re.compile(r"(?<![\d,.])\d[\d,.]*\s+[^.;:\d]{1,40}?\s(?:and|і|й|та|и|und|et|y|e)\s+$", re.I)
_DAY_COUNTER_BEFORE = re.compile(r"(?:^|\bon\s+|\W)day\s+$", re.I)
_WEAPONS_FATE_AFTER = re.compile(r"^\s+(?:were|was|had\s+been|have\s+been)\s+(?:shot\s+down|intercepted|destroyed|downed|neutrali[sz]ed|jammed|suppressed)\b", re.I)


def _is_non_figure(text: str, n: Number, before: str, after: str) -> bool:
    raw = text[n.start : n.end]
    if not n.words and not n.n_for_n and n.value_high is None and _YEAR.match(raw):
        if (not (_PEOPLE_AFTER.match(after) and not _YEAR_PREPOSITION_BEFORE.search(before[-12:])) or after[:2] in ("'s", "’s")
                or _A_YEAR_IN_REVIEW_AFTER.match(after)):
            return True  # "2023's prisoner exchanges", "2025 in prisoner swaps: a year of record exchanges" is a year
    if _TIME_AROUND.match(after) or (before[-1:] in (":", ".") and before[-2:-1].isdecimal()):
        return True
    if n.value <= 31 and not n.words and (
            (_joins_a_list(before) and _DAY_LIST_BEFORE.search(before[-40:])) or (_DAY_LIST_AFTER_HINT.match(after) and _DAY_LIST_AFTER.match(after))):
        return True  # "On May 23, 24 and 25", "on 23, 24 and 25 May": days of a month, not counts
    if " in " in before[-12:] or " of " in before[-12:]:
        if _RATIO_BEFORE.search(before[-16:]):
            return True  # "about 1 in 3 prisoners had tuberculosis", "one out of five": a ratio, not a count
    if "ay" in before[-5:] and _DAY_COUNTER_BEFORE.search(before[-12:]) and not _PEOPLE_AFTER.match(after):
        return True  # "What we know on day 1,278", "Day 1,000 of the war": the war's day counter
    if " were " in after[:8] and _WEAPONS_FATE_AFTER.match(after):
        return True  # "Russia fired 72 drones overnight; 48 were shot down": weapons, not people
    if (_ends_with(before, "$€£¥₴₽#") or _REFERENCE_BEFORE.search(before)) and not _NUMBERED_EXCHANGE_BEFORE.search(before[-40:]):
        return True  # (but "Exchange No. 58", "swap #58" is the series' number)
    if before[-1:] == "-" and not n.words and _MODEL_CODE_BEFORE.search(before[-6:]):
        return True  # "Il-76", "Ил-76", "F-16", "S-400": a model's designation
    if before[-1:] == " " and not n.words and _MAKER_BEFORE.search(before[-14:]):
        return True  # "a Boeing 737", "an Airbus A320": a model's number
    if not n.words and not before.strip(" •-–*") and _LIST_MARKER_AFTER.match(after):
        return True  # "1) Ukraine brings home 45 soldiers": a list marker
    if (not n.percent and lx.DURATION_AFTER.match(after) and not lx.AGE_AFTER.match(after)
            and not (10 <= n.value <= 100 and (_YEARS_OF_AGE_BEFORE.search(before[-30:]) or lx.YOUNGEST_OLDEST.search(before[-70:])
                                               or _AN_AGE_NAMED_BEFORE.search(before[-50:])))  # ("Средний возраст освобожденных — 35 лет")
            and not (n.value_high and n.value_high <= 100 and lx.AGE_BEFORE.search(before[-45:]))  # ("в возрасте от 20 до 45 лет")
            and not (n.value_high and n.value_high <= 100 and _YOUNG_PEOPLE_BEFORE.search(before[-30:]))):  # ("jóvenes de entre 18 y 25 años")
        return True  # ("Soldaten unter 25 Jahren", "de moins de 25 ans", "младше 25 лет": ages, not durations)
    tail = _RANGE_TAIL.match(after)
    if tail and lx.DURATION_AFTER.match(after[tail.end() :]):
        return True  # "24 to 48 hours"
    # "the bodies of 757 soldiers killed in action"; "... soldats tués, tandis que la Russie a récupéré 27 dépouilles"
    handing_over_the_dead = lx.BODIES.search(before[-60:]) is not None or _BODIES_AFTER.match(after) is not None
    # "récupéré 31 soldats blessés": wounded, and handed over
    if (not handing_over_the_dead and _KILLED_AFTER.match(after) and not _IN_EXCHANGE_FOR_BEFORE.search(before[-40:])
            and not ("captiv" in after[:80] and _DIED_IN_CAPTIVITY_AFTER.match(after)) and not _PRISONERS_KILLED_AFTER.match(after)):
        done_before = lx.COMPLETED.search(before[-30:]) or _RECEIVING_IN_RETURN_BEFORE.search(before[-40:])
        if done_before is None and (_AND_ANOTHER_BEFORE.search(before[-16:]) or _AND_AFTER_A_COUNT_BEFORE.search(before[-60:])):
            # "Росія отримала 246 своїх військовослужбовців і ще 15 поранених": more handed over by the verb before
            done_before = lx.COMPLETED.search(before[-110:])
        if done_before is None and _WOUNDED_PRISONERS_AFTER.match(after):
            done_before = lx.COMPLETED.search(_NEXT_NUMBER.split(after[:90], 1)[0])
        if not done_before or _AMONG_BEFORE.search(done_before.group(0)):
            return True  # casualties of other events ("in exchange for 31 wounded" are handed over; "were among the 74 killed" not)
    if not handing_over_the_dead and "among" in after[:70] and _AMONG_THE_DEAD_AFTER.match(after):
        return True
    if " other" in after[:8] and before[-5:].lower().endswith("and ") and _FATE_SHARED_BEFORE.search(before[-100:]):
        return True  # "53 wounded fighters had been evacuated to Novoazovsk and 211 others to Olenivka": the verb before is theirs
    casualty = None if handing_over_the_dead else _CASUALTY_BEFORE.search(before[-80:])
    while casualty is not None and _CLAUSE_BREAK.search(before[-80:], casualty.start()):
        # the last one decides: "killed two people in Kherson, and injured 11" (the break comes before "injured")
        casualty = _CASUALTY_BEFORE.search(before[-80:], casualty.start() + 1)
    while casualty is not None and _WOUNDED_CAPTIVES.search(before[-80:][max(0, casualty.start() - 30) : casualty.end() + 30]):
        # "échanger tous les prisonniers blessés, soit au moins 1 200", "swap injured POWs": captives who are wounded
        casualty = _CASUALTY_BEFORE.search(before[-80:], casualty.start() + 1)
    if casualty:
        return True  # ("245 POWs have been executed since 2022, and 90% of those freed report torture": the next clause's)
    if _PAGE_COUNTER_AFTER.match(after) or (_names_a_gallery(before[-24:]) and _GALLERY_COUNTER_BEFORE.search(before[-24:])) or (
            before[-1:] == "(" and _COUNTER_LABEL_BEFORE.search(before[-40:])):
        return True  # "1.2K shares", "Photo: 3 of 12": the page's counters
    if n.value >= 500_000 and not n.percent:
        return True  # no count of prisoners, bodies or exchanges is this large: refugees, troops, populations
    if _OTHER_FATE_AFTER.match(after):
        return True  # "8 million people have fled", "300,000 were mobilised": people of the war, not of a swap
    if not n.percent and after[:5].lstrip().startswith("of") and (_OF_WHOM_DID_AFTER.match(after) or _OF_WHICH_DOWNED_AFTER.match(after)):
        return True  # "205 POWs interviewed, 195 of whom reported being tortured": what people said or suffered
        # ("Russia launched 40 drones overnight, 35 of which were shot down": a part of the weapons)
    if before[-2:].strip() == "," and _INTERVIEWED_APPOSED_BEFORE.search(before[-80:]):
        return True  # "Russian POWs interviewed by the mission, 70 in total, reported abuse": the people a monitor spoke to
    if _DELEGATION_BEFORE.search(before[-70:]) or _DELEGATION_AFTER.match(after):
        return True  # "the Russian delegation consisted of 12 people": the negotiators, not prisoners
    return False


def _own_clause(text: str, n: Number) -> str:
    """The text between the punctuation that closes the clauses around a number."""
    start = max(text.rfind(",", 0, n.start), text.rfind(";", 0, n.start)) + 1
    ends = [i for i in (text.find(",", n.end), text.find(";", n.end)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


@lru_cache(maxsize=8192)
def _has(pattern: re.Pattern, text: str) -> bool:
    """Whether a sentence-level pattern occurs in a sentence; every number of a sentence asks the same."""
    return pattern.search(text) is not None


# (Turkish "69 esir takası gerçekleşti": 69 prisoner swaps took place; Dutch "69 gevangenenruilen")
_COMPOUND_EXCHANGES_AFTER = re.compile(r"^\s*(?:(?:prisoner|pow|pows|captive)\s+(?:exchanges|swaps)|esir\s+takas\w*|gevangenenruilen)\b", re.I)
_OF_THEM_ON_THE_DAY_AFTER = re.compile(r"^\s*of\s+(?:them|whom)\s+(?:today|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+week)\b", re.I)
_OF_THEM_AFTER = re.compile(
    r"^\s*of\s+(?:them|those|whom|which|the\s+\d[\d,.]*\b|the\s+(?:returnees|freed|released|returned|exchanged|swapped|liberated|ukrainians|russians|prisoners|captives|pows|soldiers|servicemen|defenders)\b"
    r"|the\s+(?:freed|released|returned|exchanged)\s+\w+)", re.I)
# "adding that eight officers were among them": part of the count before, even in a sentence opened by "Separately"
_LONG_DASHED_ASIDE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?(\s+[—–]\s[^—–.;]{1,160}?\s[—–])")
_DASHED_ASIDE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s*[—–(][^—–()]{1,60}[—–)]")
_YEAR_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _count_of_years(word: str) -> int:
    """'a', 'one', 'two' ... 'twelve' or digits ('Two years ago', 'over the past 3 years'); 0 for anything else."""
    word = word.lower()
    return 1 if word in ("a", "one") else int(word) if word.isdigit() else _YEAR_COUNTS.get(word, 0)


def _years_before(day: date, years: int) -> date:
    if day.month == 2 and day.day == 29:
        return day.replace(year=day.year - years, day=28)  # (no 29 February in the year before)
    return day.replace(year=day.year - years)


# ("1 000 prisonniers de chaque camp ont été échangés en trois jours", "cada bando liberó a 1.000 en tres días"; the
# English words are those that count years)
_DAY_COUNTS = {**{word: n for word, n in _YEAR_COUNTS.items() if n <= 5}, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3,
               "cuatro": 4, "cinco": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
               "dois": 2, "três": 3, "quatro": 4, "dwa": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "два": 2, "двух": 2,
               "двох": 2, "три": 3, "трех": 3, "трёх": 3, "трьох": 3, "четыре": 4, "чотири": 4}
_OVER_N_DAYS = re.compile(r"(?<!\w)(?:over|across|during|in|en|em|nel\s+giro\s+di|nel\s+corso\s+di|ao\s+longo\s+de|a\s+lo\s+largo\s+de|au\s+cours\s+de|za|за|протягом|в\s+течение)\s+(?:the\s+(?:past|last)\s+)?"
                          r"(" + "|".join(_DAY_COUNTS) + r"|[2-7])\s+(?:consecutive\s+)?(?:days|jours|días|dias|tagen|giorni|dni|дні|днів|дня|дней)(?!\w)", re.I)
_A_DAY_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:a|per|each|every)\s+day\b", re.I)
_AMONG_THEM_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:them|those|the\s+\w+)\b", re.I)
# "getting back between 100 and 150 prisoners a month", "about 50 soldiers per week" (not "a week after the talks")
# (a day is not: "exchanged 300 prisoners a day over three days" counts one exchange's days)
_RATE_AFTER = re.compile(r"^(?:\s+(?!(?:and|or|in|on|at|by|for|from|to)\b)[\w'’-]+){1,4}?\s+(?:(?:per|each|every)\s+(?:week|month|year)\b"
                         r"|a\s+(?:week|month|year)\b(?!\s+(?:after|before|later|earlier|ago|since|of|on|in|from|when|until)\b))", re.I)
_COMPARISON_AFTER = re.compile(r"^\s*(?:higher|lower|larger|smaller|more\s+than|fewer\s+than)\b", re.I)
_NUMBER_RETURNED_SINCE = prefiltered(r"number\s+of\s+\w+\s+(?:returned|released|freed)\s+since", re.I)
_PART_ON_A_DAY_AFTER = re.compile(r"^[^.;\d]*?,\s+((?:about\s+|some\s+|nearly\s+)?\d[\d,]*\s+of\s+them\b)", re.I)
_ONE_DAYS_SWAP_WORDS = re.compile(r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|tonight|this\s+morning)\b", re.I)
_RELEASED_UP_TO_SINCE = re.compile(r"(?::\s)?[^.;:]{0,50}?\b(?:freed|released|returned|brought\s+(?:back|home)|repatriated|rescued|exchanged|swapped|come\s+home|handed\s+(?:over|back)|libérés|rapatriés|freigelassen|zurückgekehrt|heimgekehrt|liberad[oa]s|liberati|rilasciati|libertad[oa]s|uwolni\w+|powróci\w+|wróci\w+)\b[^.;:]{0,30}?$", re.I)
_NO_BREAK = re.compile(r"[^.;:,\d]{0,50}")
_MEDIATED_THE_RELEASE_BEFORE = re.compile(
    r"\b(?:(?:mediated|facilitated|brokered|helped\s+secure)|(?:its|their)\s+(?:mediation\s+efforts|mediation|efforts)\s+(?:has|had|have)\s+(?:now\s+|so\s+far\s+)?(?:secured|achieved|won|enabled|led\s+to|resulted\s+in|brought\s+about))"
    r"\s+the\s+(?:release|return|exchange)\s+of\s+(?:(?:about|some|around|more\s+than|over|nearly|almost)\s+)?$"
    # "it was the 10th time its mediation had secured a swap, freeing 1,558 captives in total"
    r"|\b(?:its|their)\s+mediation\b[^.;]{0,60}?,\s*(?:freeing|releasing|returning)\s+(?:(?:about|some|around|more\s+than|over|nearly|almost)\s+)?$"
    # "the UAE says its mediation has freed 3,233 people"
    r"|\b(?:its|their)\s+(?:mediation(?:\s+efforts)?|efforts)\s+(?:has|had|have)\s+(?:now\s+|so\s+far\s+)?(?:freed|released|returned|reunited)\s+"
    r"(?:(?:about|some|around|more\s+than|over|nearly|almost)\s+)?$", re.I)
_MEDIATIONS_HAVE_FREED_BEFORE = re.compile(
    r"\bits\s+(?:mediation\s+efforts|mediation|efforts)\s+(?:has|had|have)\s+(?:now\s+|so\s+far\s+)?(?:secured|achieved|won|enabled|led\s+to|resulted\s+in|brought\s+about)"
    r"\s+the\s+(?:release|return|exchange)\s+of\s+(?:(?:about|some|around|more\s+than|over|nearly|almost)\s+)?$", re.I)
_RELEASE_VERB_BEFORE = re.compile(
    r"\b(?:freed|freeing|released|releasing|returned|returning|brought\s+(?:back|home)|bringing\s+(?:back|home)|repatriated|rescued"
    r"|(?:secured|securing|mediated|negotiated|facilitated|helped\s+secure|verified|confirmed|recorded)\s+the\s+(?:release|return)\s+of|got\s+back)\s+"
    r"(?:(?:about|some|around|more\s+than|over|nearly|almost|at\s+least)\s+)?$", re.I)
_THEN_RELEASED = re.compile(
    r"[^.;:\d]{0,60}?\b(?:befreit|freigelassen|zurückgekehrt|heimgekehrt|ausgetauscht|libérés|rapatriés|échangés|повернули|повернуто|повернулися|повернулись"
    r"|звільнено|звільнили|вернули|вернулись|возвращены|освобождены|освободили|liberados|liberati|rimpatriati|uwolnionych|uwolniono)\b", re.I)
_ONE_SWAPS_TOTAL_AFTER = re.compile(
    r"^[^.;]*?(?:\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bover\s+(?:the\s+)?(?:two|three|four|2|3|4)\s+days\b"
    r"|\b(?:in|during)\s+(?:the|this|that)\s+(?:exchange|swap)\b|:\s*[\d,.]+\s+(?:ukrainians?|russians?)\s+and\s+[\d,.]+\s+(?:ukrainians?|russians?)\b)", re.I)
_BARE_YEAR_BEFORE = re.compile(r"(?<![\d./-])\b(?:19|20)\d\d\b(?![./-]\d)")
_SINCE_WORD_BEFORE = re.compile(r"\b(?:since|seit|dal|desde|depuis|з|с|від|od|from|von|de)\s+(?:[^\W\d_]+\s+){0,2}$", re.I)


def _year_of_a_total(text: str, end: int) -> re.Match | None:
    """'Insgesamt kehrten 2024 ... 1.358 Ukrainer heim': a year named before the number, not a since-phrase's ("seit 2022",
    "з лютого 2022 року")."""
    return next((m for m in _BARE_YEAR_BEFORE.finditer(text, 0, end)
                 if not _SINCE_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())), None)
_TOTAL_OPENING = re.compile(r"^\W*(?:in\s+total|in\s+all|altogether|overall|загалом|всього|усього|всего|в\s+общей\s+сложности|insgesamt|au\s+total|en\s+total|in\s+totale|łącznie)\b", re.I)
_CAPTIVITY_OF_AFTER = re.compile(
    r"^[^.;\d]{0,50}?\b(?:in\s+(russian|ukrainian)\s+(?:captivity|custody|prisons?|jails?|hands|detention|penal\s+colon(?:y|ies))|held\s+(?:captive\s+)?(?:in|by)\s+(russia|ukraine)"
    # ("Schätzungsweise 8.000 befinden sich noch in russischer Haft")
    r"|in\s+(russisch|ukrainisch)er\s+(?:haft|gefangenschaft))\b", re.I)
_HOLDER_BEFORE = re.compile(r"\b(russia|moscow|ukraine|kyiv)\b[^.;,]{0,40}?\b(?:holds?|holding|held|keeps|is\s+keeping)\s+(?:\w+\s+){0,2}$"
                            r"|\b(russia|moscow|ukraine|kyiv)\b[^.;,]{0,40}?\b(?:block|obstruct|prevent|delay|stall)\w*\s+(?:the\s+)?(?:return|release|exchange|repatriation)\s+of\s+(?:\w+\s+)?$", re.I)
_IN_N_EXCHANGES_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+,?\s+){0,6}?(?:in|through|during|over|across|via)\s+" + _COUNT
    + r"\s+(?:[\w-]+\s+)?(?:exchanges|swaps|mediations|mediated\s+exchanges|rounds\s+of\s+(?:exchanges|swaps))\b", re.I)
# ("Three of the Ukrainians due to be released refused to go", "three rebels asked to remain in Ukrainian-held territory")
_REFUSED_AFTER = re.compile(r"^\s*(?:(?!(?:and|but|while|who|which)\b)[\w'’-]+\s+){0,7}?(?:(?:refused|declined|did\s+not\s+want|chose\s+not|do\s+not\s+want|did\s+not\s+wish)\s+to\b"
                            r"|(?:asked|chose|wanted|opted|decided|preferred)\s+to\s+(?:remain|stay)\b)", re.I)
# "The rebels had demanded 225 fighters in exchange for 150 Ukrainians": the other half of a demand
_DEMANDED_IN_EXCHANGE_FOR_BEFORE = re.compile(
    r"\b(?:demanded|demanding|demands?|asked\s+for|asking\s+for|sought|seeking)\b[^.;]{0,60}\bin\s+(?:exchange|return)\s+for\s+(?:(?:about|some|around|more\s+than|over|nearly)\s+)?$", re.I)
_BREAKDOWN_OPENING = re.compile(
    # ("Most of the bodies, 379, were from the Donetsk front, while 30 came from morgues in Russia": parts)
    r"^\W*(?:(?:most|many|some|all|half|nearly\s+all|almost\s+all|the\s+majority|the\s+bulk)\s+(?=of\b))?"
    r"(?:among\s+(?:them|those|the\s+\w+)|of\s+(?:them|those|the\s+(?:\d[\d,.]*|returnees|freed|released|returned|exchanged|swapped|bodies|remains)))\b", re.I)  # "Among those freed are ... and 27 soldiers"
# "Oleksandr, 34, waited ...": an age in apposition to a name (not a weekday, month or place list)
# ("A freed soldier, 22, calls his mother": an age in apposition to one person named by what they are)
_A_PERSON_COMMA_BEFORE = re.compile(r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:soldier|serviceman|servicewoman|prisoner|pow|defender|marine|civilian|returnee"
                                    r"|medic|officer|sergeant|private|paratrooper|sailor|pilot|fighter)\s*,\s*$", re.I)
_ONE_OF_THEM_BEFORE = re.compile(r"\bone\s+of\s+them\s*,?\s*$", re.I)  # "Freed POWs, one of them 24, wrapped in flags": an age
_NAME_PAREN_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*\($")  # "Mykola Petrenko (23)": an age
# "served in the Armed Forces (58), the National Guard (24) and the Border Guard Service (13)": a unit's count, not an age
_UNIT_PAREN_BEFORE = re.compile(r"\b(?:forces|guard|service|corps|navy|marines|defen[cs]e|brigade|army|police|regiment|battalion|units?"
                                r"|ЗСУ|НГУ|ДПСУ|ВМС|сил|гвардії|служби|гвардии|службы)\s*\($", re.I)
_NAME_COMMA_BEFORE = re.compile(
    r"(?<![,;]\s)(?<![Ii]n\s)(?<![Aa]t\s)(?<!near\s)(?<!from\s)(?<!\bto\s)(?<!\bof\s)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
    # (a nation's people are no name: "Most of the returned Ukrainians, 74, are from the army" is a count)
    r"(?![A-Z][a-z]+ians,)(?!(?:Americans|Britons|Poles|Germans|Chechens|Koreans|Europeans|Turks|Marines|Russians),)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*$")
_OFFICIAL_NAMED_BEFORE = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Oo]mbudsman|[Cc]ommissioner|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]ide|[Cc]hief|[Nn]egotiator"
    r"|[Aa]dvis[eo]r|[Ss]ecretary|[Mm]ayor|[Gg]overnor|[Dd]irector|[Cc]ommander|[Gg]eneral|[Hh]ead\s+of\s+[\w\s'’]{3,40}?)\s+(?:[A-Z][\w'’-]+\s*){1,3},\s*$")
# ("... crossed the border on Thursday, Oleksandr, 34, pressed his face to the window": a name after a day's comma)
_NAME_AFTER_A_DAY_BEFORE = re.compile(r"\b(?i:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|later|then|now|there),\s+"
                                      r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*$")
_RELATIVE_NAMED_BEFORE = re.compile(
    r"\b(?:wife|husband|mother|father|son|daughter|brother|sister|fianc[ée]e?|partner|girlfriend|boyfriend|grandmother|grandfather"
    r"|aunt|uncle|cousin|neighbou?r|mum|mom|dad)\s+(?:[A-Z][\w'’-]+\s*){1,2},\s*$"
    # ("His brother, 34, is still missing": a relative's age, no name needed)
    # ("a mother whose son, 23, had been captured": the age of someone who is not freed here)
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ww]hose)\s+(?:(?:elder|older|younger|eldest|youngest|twin)\s+)?(?:wife|husband|mother|father|son|daughter|brother|sister"
    r"|fianc[ée]e?|partner|girlfriend|boyfriend|grandmother|grandfather|aunt|uncle|cousin|mum|mom|dad)\s*,\s*$")
_OF_A_NATIONS_PEOPLE_AFTER = re.compile(r"^\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:(Ukrainian|Russian)\s+(?:[\w-]+\s+)?"
                                        r"(?:prisoners|POWs|captives|servicemen|soldiers|civilians|detainees|returnees|men|women)\b"
                                        # ("60 percent of the Russians returned"; not a poll's "68% of Ukrainians support")
                                        r"|(?<=\bthe\s)(Ukrainian|Russian)s\s+(?:(?:who\s+were|who\s+had\s+been)\s+)?(?:returned|freed|released|exchanged|swapped|repatriated))", re.I)
# "Olena, 54, whose son is held", "Iryna, 31, the wife of a marine": the age of a prisoner's relative
_RELATIVE_WORDS = (r"(?:wife|husband|mother|father|son|daughter|brother|sister|fianc[ée]e?|partner|girlfriend|boyfriend|grandmother"
                   r"|grandfather|aunt|uncle|cousin|mum|mom|dad|parents?|children|child|sons|daughters|brothers|sisters|relatives?|family)")
# (the relative is the one held or freed: not "Andriy, 24, whose mother waited two years, came home")
_A_RELATIVE_AFTER = re.compile(r"^\s*,\s*(?:whose\s+(?:[\w-]+\s+){0,2}?" + _RELATIVE_WORDS + r"\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:held|captive|captivity|prisoner|POW|missing|detained|captured|imprisoned|jailed|freed|released|returned"
                               r"|exchanged|swapped|came\s+home|come\s+home)\b"
                               r"|(?:the|a)\s+(?:[\w-]+\s+)?(?:wife|husband|mother|father|son|daughter|brother|sister|fianc[ée]e?|partner"
                               r"|girlfriend|boyfriend|grandmother|grandfather|aunt|uncle|cousin|relative)\s+of\b)", re.I)
# "175 were soldiers and 22 were severely wounded": a count split in two, each part with its own "were"
_WERE_AND_WERE_AFTER = re.compile(r"^\s+(?:were|are)\s+[^.;:\d]{1,40}?\s+and\s+[\d,]+\s+(?:were|are)\b", re.I)
# ("59 of those freed were from the National Guard and 30 were from the navy"; "59 were from the Guard and 30 from the navy")
# (and a list: "409 were recovered from the Donetsk front, 45 from the Luhansk front and 48 from morgues in Russia")
_WERE_AND_WERE_BEFORE = re.compile(r"(?<![\w,])[\d,]+\s+(?:of\s+(?:them|those(?:\s+\w+)?)\s+)?(?:were|are)\s+[^.;:\d]{1,40}?"
                                   r"(?:,\s*[\d,]+\s+(?:from|with|of|in)\s+[^.;:\d]{1,40}?)*(?:\s+and|,)\s+$", re.I)
_UNITS_LISTED_BEFORE = re.compile(r"(?<![\d,.])\d[\d,]*\s+(?:[\w-]+\s+)?(?:of|from)\s+the\s+(?-i:[A-Z])[^.;:\d]{2,60}?(?:,\s*\d[\d,]*\s+(?:[\w-]+\s+)?(?:of|from)\s+the\s+[^.;:\d]{2,60}?)*\s+and\s+$", re.I)
_FROM_A_UNIT_NEXT = re.compile(r"^\s+(?:were\s+|are\s+)?(?:(?:from|with|of|in)\s+the\b|from\s+(?:morgues?|hospitals?)\b)", re.I)
_COMMA_AFTER = re.compile(r"^\s*(?:,\s+(?!\d)|\.?\s*$)")
# "270 servicemen and 120 civilians": the military part of a count split by category
_MILITARY_AND_CIVILIANS_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:servicem[ae]n|service\s+members|soldiers|troops|military(?:\s+personnel)?|prisoners\s+of\s+war|pows)\s+and\s+(?:\S+\s+){1,2}?civilians\b", re.I)
# "of the 6,000 bodies it had offered", "the 500 prisoners Moscow proposed": a relative clause that offers them
_OFFERED_AFTER_NOUN = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:that\s+|which\s+)?(?:it|they|moscow|russia|kyiv|ukraine|the\s+kremlin)\s+(?:had\s+|has\s+|have\s+)?(?:offered|proposed)\b", re.I)
_AGREED_AFTER_NOUN = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:agreed|promised|envisaged)\s+(?:at|in|during|under|by|last|earlier|between)\b", re.I)
# ("Ten foreigners, including five Britons, were also freed": past an including-aside)
# "20 civilians had also been handed over", "with 31 wounded Ukrainians and 15 wounded Russians also handed over"
_ALSO_AFTER = re.compile(r"^\s*(?:(?:[\w-]+\s+){0,8}?|(?:[\w-]+\s+){0,4}?[\w-]+,\s*(?:including|among\s+them)\s+[^,.;]{1,60},\s*)(?:(?:were|was|had|have|has|are|is|will)\s+also\b"
                         r"|also\s+(?:being\s+)?(?:handed|freed|released|returned|returning|coming\s+home|exchanged|swapped|transferred|sent|repatriated)\b"
                         # (a headline: "Ukraine gets back 146 soldiers; eight civilians also home")
                         r"|also\s+(?:home|back|free|freed)\s*(?:[,.;:]|$)"
                         # "Huit civils russes ... ont également été rapatriés", "... fueron también liberados", "sono stati anche liberati"
                         r"|(?:ont|a|sont|est)\s+(?:également|aussi)\b|(?:fueron|han\s+sido|han|fue)\s+también\b|(?:sono|è)\s+(?:stat[ie]\s+)?anche\b"
                         # "Ukraine gets back 49 civilians too"
                         r"|(?<=\w\s)(?:too|as\s+well)\b(?!\s+(?:many|much|few|little|late|early|young|old|small|large|long|soon|far))(?=\s*(?:[,.;:]|$)))", re.I)
# "Another 31 seriously wounded were returned separately": on top of the count, not a part of it
_SEPARATELY_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?"
                               r"(?:returned|handed\s+over|freed|released|transferred|repatriated|brought\s+(?:back|home))\s+separately\b", re.I)
_FOR_THE_BEFORE = prefiltered(r"\bfor\s+the\s*$")
_MEDIATION_OR_SWAP = re.compile(r"mediat|vermittel|médi|exchange|swap", re.I)


@lru_cache(maxsize=1024)
def _since_start_phrases(text: str) -> tuple[int, ...]:
    """Where a sentence's running-total phrases ("since the start of the war", "so far") start, leaving out
    those about one exchange ("the largest exchange since 2022"); found once per sentence."""
    return tuple(m.start() for m in lx.CUMULATIVE.finditer(text) if not _EXCHANGE_SINCE.search(text[max(0, m.start() - 30) : m.start()]))


def _says_since_start(text: str, n: Number) -> bool:
    """A running-total phrase before the number, or after it with no other number in between ("exchanged
    22 each on Monday, the latest of swaps that have brought back 2,500 since the war began": the 2,500's)."""
    return any(start < n.start or not _DIGIT_CHAR.search(text, n.end, start) for start in _since_start_phrases(text))


# "under the Istanbul agreements", "as part of the deal": the deal an exchange belongs to, not a promise
_DEAL_NAMED = re.compile(
    r"\b(?:under|as\s+part\s+of|in\s+line\s+with|pursuant\s+to|within(?:\s+the\s+framework\s+of)?)\s+(?:the\s+|an?\s+|this\s+|that\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:agreements?|deal|accords?|arrangements?)\b"
    r"|\b(?:in|through)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement)\s+(?:brokered|mediated)\b|\b[\w-]+-(?:brokered|mediated)\s+(?:deal|agreement)\b"
    # "brings the total to 1,000, as agreed in Istanbul": the deal it fulfils, not the count's status
    r"|,?\s*\bas\s+(?:previously\s+|earlier\s+)?(?:agreed|promised|planned|envisaged)\b"
    # (Turkish: "İstanbul'da varılan anlaşma çerçevesinde": within the framework of the agreement)
    r"|\banlaşma(?:sı|nın)?\s+(?:çerçevesinde|kapsamında|uyarınca)", re.I)


def _names_a_deal(text: str) -> bool:
    """A cheap test before `_DEAL_NAMED` runs: one of the words it needs is there."""
    low = text.lower()
    return any(w in low for w in ("agreement", "deal", "accord", "arrangement", "brokered", "mediated", "as agreed", "as promised", "as planned", "as envisaged",
                                  "anlaşma"))


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))  # same length: distances to the number stay as they were


_SHARE_OF_SOMETHING_ELSE_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:(?:ukraine['’]s|russia['’]s|the|its|their|all|global|world)\s+)?(?:(?:occupied|internationally\s+recognised|internationally\s+recognized)\s+)?"
    r"(?:territory|territories|land|country|gdp|economy|budget|grain|energy|power|electricity|exports?|imports?|votes?|respondents|those\s+polled|population|inflation|interest|tariffs?|oil|gas)\b", re.I)
_AS_MANY_AS = re.compile(r"\bas\s+many\s+as\s*$", re.I)
# "3,956 Ukrainians had been brought home in total": a running total (in reported speech, "had been" is "have been")
# "Russia said it had freed some 1,400 of its soldiers through exchanges": many exchanges, a running total
# (not "in two exchanges on Friday and Saturday", nor "in exchange for")
_THROUGH_EXCHANGES_AFTER = re.compile(
    r"^[^.;,:]{0,50}?\b(?:through|in|via|by\s+way\s+of)\s+(?:(?:various|several|numerous|many|multiple|repeated|successive|past|previous|earlier)\s+)?"
    r"(?:prisoner\s+|pow\s+)?(?:exchanges|swaps)\b(?!\s+(?:on|this|last)\b)", re.I)
_TOTAL_IN_CLAUSE_AFTER = re.compile(r"^[^.;,:]{0,60}?\b(?:ha(?:ve|s|d)\s+been|ha(?:ve|s|d)\s+(?:returned|freed|released|brought))\b[^.;,:]{0,40}?\b(?:in\s+total|in\s+all|altogether|to\s+date|so\s+far)\b", re.I)
# the same in the past tense, for more people than one exchange has ever freed: "more than 4,000 Ukrainians were returned
# in total from Russian captivity" ("In total, 1,000 were returned over three days" is the largest swap's count)
_PAST_TOTAL_IN_CLAUSE_AFTER = re.compile(
    r"^[^.;,:]{0,60}?\b(?:were|was|had\s+been)\s+(?:\w+\s+){0,2}?(?:returned|freed|released|brought\s+(?:home|back)|exchanged|swapped|rescued)\b"
    r"[^.;,:]{0,40}?\b(?:in\s+total|in\s+all|altogether|to\s+date|so\s+far)\b"
    # "Plus de 5 800 Ukrainiens ont été libérés au total", "... sono stati liberati in totale", "... wurden insgesamt befreit"
    r"|^[^.;,:]{0,60}?\b(?:ont\s+été|a\s+été|han\s+sido|ha\s+sido|sono\s+stati|è\s+stato|wurden|seien|sind|zostało|zostali)\s+"
    r"[^.;,:]{0,40}?\b(?:au\s+total|en\s+total|in\s+totale|insgesamt|łącznie|w\s+sumie)\b", re.I)


def _meaning(text: str, n: Number, before: str, after: str, article_has_people: bool, context: str = "",
             following: str = "") -> _Meaning | None:
    """What a number means, or None. Called only for sentences about the subject (`_sentence_figures`
    skips the others: a word of the subject in the sentence or the one before)."""
    for pattern, qualifier in _QUALIFIER_AFTER:
        m = pattern.match(after)
        if m:
            after = after[m.end() :]  # "1,000 or more of its soldiers": the noun follows the qualifier
            break
    else:
        qualifier = _qualifier_before(before)
    # ("• 1,000-plus: prisoners freed by each side": the qualifier first, then the box's colon)
    if (after[:3].lstrip()[:1] in _DASHES or after[:1] == ":") and _LIST_ITEM.match(text):
        # ("• 6,057: bodies Ukraine has received since June 11": a key-numbers box with colons)
        dashed = _DASH_AFTER.match(after)
        rest = " " + after[dashed.end() :] if dashed else ""
        if dashed and (_PEOPLE_AFTER.match(rest) or _BODIES_AFTER.match(rest) or _EXCHANGES_AFTER.match(rest)):
            # a key-numbers box: "• 4,552 – Ukrainians freed from Russian captivity since 2022": the dash stands for nothing
            after = rest
    if n.approximate and qualifier == "exact":
        qualifier = "about"  # "une trentaine de soldats"
    if " if " in before or before.lstrip().startswith(("If ", "if ")) or "ypothetical" in before:
        if _IF_CLAUSE_BEFORE.search(before) or _HYPOTHETICALLY_BEFORE.search(before):
            return None  # "If Moscow released even 500 civilians, it would be a sign of good faith": no release told
        if _IF_OPENING_THEN_MAIN_BEFORE.match(before) and _COULD_AFTER.match(after):
            # "If Russia agreed to an all-for-all exchange, about 8,000 Ukrainians could come home": those held, not a deal
            return _Meaning("other", "ukraine" if lx.UKR_PEOPLE.match(after) else "russia" if lx.RUS_PEOPLE.match(after) else "unknown",
                            None, None, qualifier)
    if n.percent:
        # (a share of people in a sentence about something else is no figure: "56% of Ukrainians favour talks")
        # ("About 60% of them are from the Azov brigade", "Some 40 percent had been captured in Mariupol" after the count:
        # a share of the people just counted)
        of_the_count = article_has_people and (_OF_THEM_AFTER.match(after) is not None or (
            _has(lx.DOMAIN, context) and _SHARE_OPENING.match(before) is not None and not after.lstrip().lower().startswith("of")
            and not _ABOUT_SOMETHING_ELSE.search(text)))
        if (not (_has(lx.DOMAIN, text) or of_the_count or (_has(lx.PEOPLE_WORD, text) and not _ABOUT_SOMETHING_ELSE.search(text)))
                or _SHARE_OF_SOMETHING_ELSE_AFTER.match(after)
                or _OTHER_MEASURE_BEFORE.search(before[-50:])):  # ("..., while Russia's economy grew 4%")
            return None  # "Fuel prices rose by 12%", "holds some 20% of Ukraine's territory": a share of something else
        nation = _OF_A_NATIONS_PEOPLE_AFTER.match(after) if " of " in after[:4] else None
        # "95 percent of the Ukrainian prisoners of war it interviewed": a share of one nation's people
        return _Meaning("percentage", side=(nation.group(1) or nation.group(2)).lower().replace("ukrainian", "ukraine").replace("russian", "russia")
                        if nation else "unknown", qualifier=qualifier)
    # ages: "aged 18–25", "20 years old", "the youngest was 22", "under the age of 25"
    if not n.ordinal and 10 <= n.value <= 100 and (n.value_high is None or n.value_high <= 100):
        age_before = lx.AGE_BEFORE.search(before[-45:])
        if age_before and age_before.group(0).lower().startswith("under") and "age" not in age_before.group(0).lower() and _PEOPLE_AFTER.match(after):
            age_before = None  # "Ukraine got back under 50 prisoners": fewer than 50 people, not an age limit
        is_age = bool(age_before or lx.AGE_AFTER.match(after)
                      or (_YEARS_OF_AGE_BEFORE.search(before[-30:]) and lx.DURATION_AFTER.match(after))  # "unter 25 Jahren"
                      # "jóvenes de entre 18 y 25 años": the years of young people
                      or (n.value_high is not None and _YOUNG_PEOPLE_BEFORE.search(before[-30:]) and lx.DURATION_AFTER.match(after))
                      or ((_NAME_COMMA_BEFORE.search(before[-40:]) or _NAME_AFTER_A_DAY_BEFORE.search(before[-50:])
                           or _ONE_OF_THEM_BEFORE.search(before[-20:]) or _A_PERSON_COMMA_BEFORE.search(before[-40:]))
                          and _COMMA_AFTER.match(after) and n.value >= 16 and not n.words)
                      or (n.value >= 16 and not n.words and _NAME_PAREN_BEFORE.search(before[-40:]) and after.startswith(")")
                          and not _UNIT_PAREN_BEFORE.search(before[-30:])))
        if not is_age and lx.YOUNGEST_OLDEST.search(before[-40:]) and not _PEOPLE_AFTER.match(after):
            is_age = True
        if (is_age or (_COMMA_AFTER.match(after) and not n.words)) and (_RELATIVE_NAMED_BEFORE.search(before[-40:]) or _OFFICIAL_NAMED_BEFORE.search(before[-70:])
                                                                     or _A_RELATIVE_AFTER.match(after)):
            # "His wife Iryna, 31, learned he was alive", "Defence Minister Rustem Umerov, 43", "Olena, 54, whose son has
            # been held since 2022": not a prisoner's age
            return None
        if is_age and _YEARS_OF_SOMETHING_AFTER.match(after):
            return None  # "L'Ukraine célèbre ses 33 ans d'indépendance", "33 years of independence": an anniversary
        if is_age:
            agreed = _has(lx.AGREED, text) and not lx.COMPLETED.search(before[-60:])
            q = "up_to" if (re.search(r"under(?:\s+the\s+age\s+of)?\s*$|younger\s+than\s*$", before, re.I) or _TR_UNDER_AGE_AFTER.match(after)
                            or _YOUNGER_THAN_BEFORE.search(before[-30:])) else (
                "more_than" if _OLDER_THAN_BEFORE.search(before[-30:]) else qualifier)  # "older than 50", "älter als 60"
            return _Meaning("age", side="both" if agreed else "unknown", status="agreed" if agreed else None, qualifier=q)
    if (not n.ordinal and n.value_high is None and n.value < 1000 and before[-12:].rstrip()[-1:] in _NUMBER_SIGN_ENDINGS
            and _NUMBERED_EXCHANGE_BEFORE.search(before[-40:])):
        return _Meaning("exchange_ordinal", side="both")  # "Exchange No. 58", "swap number 58", "обмін №58": the series' number
    if n.ordinal:
        # ("mediated ... for the 14th time" counts the mediations; "for the first time" is a superlative)
        if (_FOR_THE_BEFORE.search(before) and (n.value == 1 or not _MEDIATION_OR_SWAP.search(text))) or (
                n.value == 1 and not _FIRST_COUNTS.match(after) and not (
                    # "The exchange was the first this year": the swap named before, first of a period
                    _FIRST_OF_A_PERIOD_AFTER.match(after) and (_ORDINAL_APPOSED_BEFORE.search(before) or (
                        _IT_WAS_THE_OPENING.fullmatch(before) and _EXCHANGE_NOUN_WORD.search(context))))):
            return None  # "for the first time"; a "first" swap is a superlative unless it opens numbered stages
                         # or counts within a period ("the first prisoner swap of the year")
        if _IN_AS_MANY_DAYS_AFTER.match(after):
            return None  # "the second exchange in as many days", "the third swap in a week": a count of days, not the series
        if _DAY_OF_AN_EXCHANGE_AFTER.match(after):
            return None  # "третій день обміну", "der dritte Tag des Austauschs": a day of one swap, not the series' number
        if _ORDINAL_AFTER.match(after) and not re.match(r"^\s*(?:[\w-]+\s+){0,2}?round\s+of\s+(?:direct\s+|peace\s+)*talks", after, re.I):
            target = _ORDINAL_AFTER.match(after).group(0).lower()
            if re.search(r"\b(?:time|mal)\b", target) and not re.search(r"mediat|vermittel|exchange|swap|médi", text, re.I):
                return None
            return _Meaning("exchange_ordinal", side="both")
        if _ORDINAL_MEDIATED_BY_AFTER.match(after) and _EXCHANGE_NOUN_WORD.search(text):
            return _Meaning("exchange_ordinal", side="both")  # "the 55th since the war began, and the eighth mediated by the UAE"
        if _ORDINAL_APPOSED_BEFORE.search(before) and _ORDINAL_APPOSED_AFTER.match(after) and not before.lower().endswith(("on the ", "of the ")):
            return _Meaning("exchange_ordinal", side="both")  # "the prisoner swap, the 49th of the war,"
        if (_IT_WAS_THE_OPENING.fullmatch(before) and _ORDINAL_APPOSED_AFTER.match(after) and not after.lstrip().startswith(",")
                and _EXCHANGE_NOUN_WORD.search(context)):
            # "How many swaps have there been?" - "This was the 52nd since February 2022": the swap the sentence before named
            return _Meaning("exchange_ordinal", side="both")
        if before[-4:].lower() in ("the ", "its ") and (" had " in after[:40] or " has " in after[:40]):
            if _IT_HAD_MEDIATED_AFTER.match(after):
                return _Meaning("exchange_ordinal", side="both")  # "the swap was the ninth it had mediated"
        return None
    if "vot" in before[-30:] + after[:12] and (_VOTED_BEFORE.search(before[-30:]) or _VOTES_AFTER.match(after)):
        return None  # "parliament voted 278 to 34", "by 278 votes": a vote, not people
    if " other " in after[:8] and _OTHER_PEOPLE_AFTER.match(after) and _WITH_BEFORE.search(before[-30:]):
        return None  # "he shared a cell with 12 other men": the people around one person, not a count of the freed
    if " in " in after[:30] and _IN_A_CELL_AFTER.match(after):
        return None  # "Of the 20 men in my cell, only 5 are home": the people held with one person
    if "here " in before[-16:] and _THERE_WERE_BEFORE.search(before) and not _has(_EXCHANGE_NEAR, text) and not _has(lx.COMPLETED, text):
        return None  # "There were 15 Ukrainian soldiers in the trench": people somewhere, no one handed over
    if " for" in before[-22:] and _BUILT_FOR_BEFORE.search(before[-30:]):
        return None  # "a cell built for four": a capacity, not people
    if " to their " in after[:40] and _BACK_TO_THEIR_HOMES_AFTER.match(after):
        return None  # "More than 1,500 people returned to their homes in Kupiansk": the displaced, not prisoners
    if " and " in before[-14:] and _VEHICLES_AND_BEFORE.search(before[-50:]):
        return None  # "40 buses and 300 medics were waiting": the crews of the operation, not people handed over
    if " with " in after[:60] and _CAPTURED_WITH_SOMEONE_AFTER.match(after) and _OF_THE_OPENING_BEFORE.fullmatch(before):
        return None  # "Of the 12 men captured with him in Mariupol, only five have come home": the group taken, not a swap's count
    if _OTHER_DEED_RIGHT_BEFORE.search(before[-40:]) and not _HELD_BY_AFTER.match(after):
        return None  # "visited over 3,500 prisoners", "captured 700 soldiers": people something else was done to
    if n.value_high is not None and not n.percent and not _PEOPLE_AFTER.match(after) and not _NUMBER_OF_PEOPLE_IS_BEFORE.search(before[-110:]):
        # a range that is neither an age, a share nor people ("between 100 and 150 prisoners"): dates, durations
        # ("The number of Ukrainians held by Russia is estimated at 8,000 to 10,000": people, named before)
        return None
    # "13 prisoner exchanges": the people noun is part of a compound that names the exchanges
    people = bool(_PEOPLE_AFTER.match(after)) and not _COMPOUND_EXCHANGES_AFTER.match(after) and not _EXCHANGE_NOUN_RIGHT_AFTER.match(after)
    if not people and after[:4] == " of " and _OF_OURS_AFTER.match(after):
        people = True  # "Today 84 of ours have returned": the speaker's own people
    if (not people and "for" in (after[:6] + before[-6:]) and (_N_FOR_M_AFTER.match(after) or _N_FOR_M_BEFORE.search(before[-12:])
                                                              # ("the sides swapped 230 for 248": the verb before, no noun)
                                                              or (_SWAPPED_RIGHT_BEFORE.search(before[-20:]) and _FOR_A_COUNT_AFTER.match(after)))
            and not _NAMED_DEAL_BEFORE.search(before[-40:])):
        # "the 189-for-150 exchange": two counts of people, one each way (not "the third stage of the 600-for-767 exchange",
        # a deal's name)
        people = True
    if (not people and _THE_NUMBER_OF_AFTER.match(after) and _BRINGING_TO_BEFORE.search(before[-30:])
            and lx.PEOPLE.search(after[:60])):
        people = True  # "portant à 4 641 le nombre total de prisonniers libérés": the people after the number word
    if not people and _UNIT_AFTER_DASH.match(after) and _LIST_ITEM.match(text) and context and _LIST_OF_PARTS_LEAD.search(context):
        people = True  # "Among them:" then "▪️ 87 - Armed Forces of Ukraine": so many of the unit, a part of the count
    if not people and "wound" in after[:25] and _WOUNDED_NOUN_AFTER.match(after) and (
            _HANDOVER_VERB_BEFORE.search(before[-50:]) or _HANDED_OVER_AFTER_WOUNDED.match(after)
            # ("Russia received 246 soldiers and 15 wounded": the next group the verb before hands over)
            or (" and " in before[-6:] and _HANDED_COUNT_AND_BEFORE.search(before[-70:]) is not None)):
        people = True  # "offered to hand over 23 wounded", "swapped 15 seriously wounded": the wounded are people handed over
    if (not people and not text.isascii() and _WOUNDED_NOUN_AFTER_UK_RU.match(after) and _AND_AFTER_A_COUNT_BEFORE.search(before[-60:])
            and lx.COMPLETED.search(before[-110:])):
        people = True  # "Росія отримала 246 своїх військових і 15 поранених": the next group the verb before hands over
    if people and " against " in after[:40] and _THINGS_AGAINST_PEOPLE_AFTER.match(after):
        people = False  # "opened 150 criminal cases against Ukrainian POWs": the things, not the people after them
    if (_NOT_PEOPLE_NEXT.match(after) or ((not people or _NATIONALITY_THEN_THING.match(after)) and _NOT_PEOPLE.match(after))) and not (
            " of" in before[-12:] and _BODIES_BEFORE.search(before[-40:])):  # ("the bodies of 757 victims")
        # ("destroyed 9,000 Russian tanks": a nation's adjective is no person)
        return None  # "the two countries held 13 prisoner exchanges": the noun right after the number decides
    near_before = before[-60:]
    if (("interview" in after[:70] or "surveyed" in after[:70] or "questioned" in after[:70] or "spoke" in after[:70])
            and _INTERVIEWED_AFTER.match(after)):
        # "the 205 Ukrainian prisoners of war it interviewed after their release": people a monitor spoke to (the deed
        # before the number, "interviewed 100 POWs", is `_OTHER_DEED_RIGHT_BEFORE`'s)
        return None
    if not people and _HANDOVERS_RIGHT_AFTER.match(after):
        return _Meaning("exchange_count", side="both", qualifier=qualifier)  # "Two transfers of 900 bodies each"
    if not people and " times" in after[:8] and not n.ordinal and _SWAPPED_N_TIMES_BEFORE.search(before[-60:]) and _TIMES_AFTER.match(after):
        return _Meaning("exchange_count", side="both", qualifier=qualifier)  # "have exchanged prisoners 62 times since the invasion"
    # ("the bodies of four foreigners, including two Britons": the part is bodies too)
    bodies = bool(_BODIES_BEFORE.search(before[-40:]) or _BODIES_AFTER.match(after) or _BODIES_INCLUDING_BEFORE.search(before[-90:])
                  or (after[:4] == " of " and _OF_THE_BODIES_AFTER.match(after))
                  # "Russia returned 909 bodies to Ukraine. Experts later found that 43 of them were Russian soldiers": a part of the bodies
                  or (after.startswith(" of them") and lx.BODIES.search(context) is not None and _PRISONER_WORD.search(context) is None
                      and not lx.BODIES.search(text) and not _DIGIT_CHAR.search(text, 0, n.start)))
    if not bodies and " killed" in after[:60] and (killed := _WERE_KILLED_AFTER.match(after)) and not _PRISONER_WORD.search(killed.group(0)):
        # "all 74 people on board were killed": the dead of another event, not people handed over (prisoners killed are
        # the prisoners' fate: see `other`)
        return None
    if not bodies and not people and (_EXCHANGES_AFTER.match(after) or _NUMBER_OF_EXCHANGES_TO.search(near_before)
                                      # "dozens of swaps since 2022, including 11 in 2024 alone": a part of a count of swaps
                                      or (" including" in before[-12:] and _SWAPS_INCLUDING_BEFORE.search(before[-60:]) is not None
                                          and _A_PERIOD_OR_END_AFTER.match(after) is not None)):
        return _Meaning("exchange_count", side="both", qualifier=qualifier)
    if not (bodies or people or n.n_for_n):
        # a headline that names no people at all ("Ukraine gets 189 back, Russia 150", "Russia, Ukraine swap 95 each"):
        # a count right after a verb of handing over, in a sentence about a swap
        # ("Ukraine gets 189 back, Russia 150": getting a count back needs no word of a swap)
        got_back_bare = (after.startswith((" back", " home")) and (_GOT_N_BACK_BEFORE.search(before[-30:]) is not None
                                                                   # ("Russia frees 189 Ukrainians, gets 150 back": its subject)
                                                                   or (_GETS_WITH_THE_SUBJECT_BEFORE.search(before[-14:]) is not None
                                                                       and _NATION_SUBJECT_OPENING.match(text) is not None))) or (
            _GAPPED_NATION_BEFORE.search(before[-40:]) is not None and _GOT_A_COUNT_BACK.search(before) is not None)  # ("..., Russia 150")
        bare_swap_count = (not article_has_people and (got_back_bare or (_SWAP_WORD.search(text) is not None
                           and (_HANDOVER_VERB_BEFORE.search(before[-40:]) is not None or _NATION_GETS_BEFORE.search(before[-40:]) is not None
                                or _GAPPED_NATION_BEFORE.search(before[-40:]) is not None or _BRINGS_HOME_BEFORE.search(before[-30:]) is not None))))
        if not article_has_people and not lx.BODIES.search(before[-120:]) and not (context and _has(lx.BODIES, context)) and not bare_swap_count:
            # (a bodies-only article: "Ukraine received 1,212 bodies, while Russia got 27"; "... 1,212 bodies on June 11.
            # The following day, Russia got back 27": the dead of the sentence before)
            return None
        if not (_ELLIPSIS_NEXT.match(after) or _ELLIPSIS_PREV.search(before[-40:])
                # ("Ukraine brings home 390 in first stage of big swap")
                or (bare_swap_count and _IN_A_STAGE_AFTER.match(after) is not None)
                # ("... as Moscow gets 84 in Independence Day swap": a nation gets so many in a swap, the noun left out)
                or (" get" in before[-12:] and _NATION_GETS_BEFORE.search(before[-30:]) is not None and _IN_A_STAGE_AFTER.match(after) is not None)
                # ("un nuovo scambio di prigionieri: 84 per parte", "84 por bando", "по 84 с каждой стороны")
                or _PER_SIDE_RIGHT_AFTER.match(after) is not None
                # ("Russia's Defence Ministry said its 1,000 included 880 servicemen": a side's own count, the noun left out)
                or (_OWN_COUNT_BEFORE.search(before[-16:]) is not None and _OWN_COUNT_VERB_AFTER.match(after) is not None)
                # "• 390: exchanged on Friday": a key-numbers line, its words the number's meaning
                or (_LIST_ITEM.match(text) is not None and _BOX_HANDOVER_AFTER.match(after) is not None and not _DIGIT_CHAR.search(text, 0, n.start))
                # "Of those freed, 59 were from the National Guard and 30 from the navy": the next part, the verb left out
                or ((" and " in before[-50:] or ", " in before[-3:]) and _FROM_A_UNIT_NEXT.match(after) is not None
                    and _WERE_AND_WERE_BEFORE.search(before[-90:]) is not None)
                # "79 servicemen of the Armed Forces, 14 of the National Guard and 2 from the State Border Guard Service": the
                # last item of a list of units
                or (" and " in before[-6:] and _FROM_A_UNIT_NEXT.match(after) is not None and _UNITS_LISTED_BEFORE.search(before[-120:]) is not None)
                # "Ukraine gets 189 back, Russia 150", "Ukraine brings 189 home": a nation's own people got back, the noun left out
                or got_back_bare
                # "Russia receives 55 and Viktor Medvedchuk": the count of a swap, then a person named on top
                or (" and " in after[:6] and _AND_A_NAMED_PERSON_NEXT.match(after) and _DIGIT_CHAR.search(before) is not None)
                or (_TODAY_NEXT.match(after) and _COUNT_EARLIER.search(before))  # (it ends at the number: its tail is enough)
                # "the first batch of the 6,000 Moscow has said it will hand over": the noun left out before a relative clause
                or (before[-5:].lower() == " the " and _OF_THE_BEFORE.search(before[-12:]) and _RELATIVE_CLAUSE_AFTER.match(after))
                # "Prisoner swap sees 75 return to each side": a count with a verb of coming back right after it, in a swap
                or (_BARE_COUNT_CAME_BACK_AFTER.match(after) is not None and _has(_EXCHANGE_NEAR, text))
                # "plus 22 wounded handed over by Russia": the wounded as a noun, with the verb of their handover
                or _THE_WOUNDED_HANDED_OVER_AFTER.match(after) is not None
                # "Repatriation: 1,000 for 24", "Swap: 230 for 248": a label's formula, the counts of the two sides
                or (before.rstrip().endswith(":") and _HANDOVER_LABEL_BEFORE.search(before[-40:]) is not None
                    and _FOR_A_COUNT_AFTER.match(after) is not None)):
            return None
        if "child" in before or "kids" in before or "minors" in before:
            last_noun = None
            for last_noun in _CHILDREN_OR_PEOPLE.finditer(before[-120:]):
                pass
            if last_noun is not None and last_noun.group(1):
                return None  # "deported 19,546 Ukrainian children; only 388 have been returned": children, not prisoners
        if n.words and n.value < 10 and not _has(lx.PEOPLE_WORD, text):
            return None
        if lx.BODIES.search(before[-120:]) or (_has(lx.BODIES, context) and not _has(lx.PEOPLE_WORD, text)):
            bodies = True
    deal_blanked = _DEAL_NAMED.sub(_blank, before) if _names_a_deal(before) else before
    after_window = _DEAL_NAMED.sub(_blank, after[:90]) if _names_a_deal(after[:90]) else after[:90]
    if "—" in after_window or "–" in after_window:
        long_aside = _LONG_DASHED_ASIDE_AFTER.match(text, n.end)
        if long_aside:
            # "Ninety-five Ukrainian defenders — 79 servicemen of the Armed Forces, ... — were returned": the verb past the list
            after_window = text[n.end : long_aside.start(1)] + text[long_aside.end(1) : long_aside.end(1) + 90]
    if ", who" in after_window or ", including" in after_window:
        # "eight civilians, including journalist Dmytro Khyliuk, who was abducted by the Russians in 2022, returned home":
        # what befell one of them is not what the count's verb says
        after_window = _ASIDE_AFTER.sub(_blank, after_window)
    if " be " in after_window and _FLOWN_HOME_AFTER.search(after_window):
        # "Moscow said its 50 men would be flown home": the journey after a release says nothing of the swap's status
        after_window = _FLOWN_HOME_AFTER.sub(_blank, after_window)
    status_word = _nearest(_STATUS_TRIGGERS, deal_blanked[-110:], after_window)
    number_of = _THE_NUMBER_OF_X_WAS_BEFORE.search(before[-110:]) if "number of" in before[-110:] else None
    if number_of is not None and not _RELEASE_WORD.search(number_of.group("np")):
        # "the number of seriously wounded at the plant was about 600": people somewhere, none of them handed over
        other_side, other_scope = _side(text, n, before, after, following)
        return _Meaning("other", other_side, other_scope, None, qualifier)
    if status_word == "completed" and "names" in before[-30:] and _NAMES_OF_BEFORE.search(before[-30:]):
        # "Ukraine released the names of 6,000 soldiers whose bodies Russia said it was ready to return": the names
        # were released, not the people; what the words after say is the count's status
        status_word = _nearest(_STATUS_TRIGGERS, "", after[:90])
    if status_word == "held" and "list" in before[-40:] and _LIST_OF_BEFORE.search(before[-40:]):
        # "handed her counterpart a list of 3,000 Ukrainians Russia was ready to release": what the list is for decides
        after_status = _nearest(_STATUS_TRIGGERS, "", _NEXT_NUMBER.split(after[:90], 1)[0])
        if after_status in ("offered", "agreed"):
            status_word = after_status
    if status_word is None and _NUMBER_OF_PEOPLE_IS_BEFORE.search(before[-110:]) and _HELD_WORDS.search(before[-110:]):
        status_word = "held"  # "The number of Ukrainians held by Russia is estimated at 8,000 to 10,000"
    if status_word in (None, "completed") and "want" in before[-40:] and _WANTS_BEFORE.search(before[-40:]) and _BACK_AFTER.match(after):
        status_word = "held"  # "Ukraine wants 300 prisoners back": still held, wanted back
    if status_word is None and " held " in after[:50] and _HELD_BY_AFTER.match(after):
        status_word = "held"  # "It has registered over 8,000 Ukrainians held by Russia"
    if status_word is None and "bod" in after[:30] and _FOUND_THE_DEAD_BEFORE.search(before[-30:]):
        status_word = "held"  # "Ukraine has identified 4,000 bodies of Russian soldiers on its territory": none handed over
    if status_word is None and _ON_BOARD_BEFORE.search(before[-90:]):
        status_word = "held"  # "The plane carried 65 prisoners, 6 crew and 3 guards": people on their way, none handed over
    if status_word in (None, "completed") and " not " in after[:90] and _NOT_SWAPPED_AFTER.match(after):
        status_word = "held"  # "Two North Korean soldiers captured this month are not part of any exchange": still held
    if status_word == "held" and _HELD_THEN_FREED_AFTER.match(text, n.end):
        status_word = "completed"  # "Two priests held by Russian forces for more than a year ... have been freed": held until now
    if status_word == "offered" and _MUTUAL_PLEDGE_BEFORE.search(before[-200:]):
        status_word = "agreed"
    if status_word in (None, "completed") and _WOULD_VERB_BEFORE.search(before[-60:]):
        status_word = "agreed"  # "the exchange would involve at least 1,000 people from each side": not done yet
    if status_word in (None, "completed") and ("to " in before[-50:] or " à " in before[-50:] or " a " in before[-50:]):
        # "had agreed to exchange 1,200 each ..., and to return 6,000 bodies": an infinitive joined to the deal's verb
        # is a term of the same deal (the verb that governs it is further back than the window)
        joined = _AND_TO_VERB_BEFORE.search(before[-50:])
        if joined is not None:
            governing = _nearest(_STATUS_TRIGGERS, text[: n.start - len(before[-50:]) + joined.start()][-200:], "")
            if governing in ("agreed", "offered"):
                status_word = governing
    if status_word == "completed" and _has(_CALLED_OFF, text):
        status_word = "agreed"  # "a planned handover of 6,000 bodies did not take place", "the swap was cancelled"
    headline_infinitive = " to " in before[-60:] and _HEADLINE_INFINITIVE_BEFORE.search(before[-60:]) is not None
    if status_word in (None, "completed") and headline_infinitive:
        # a headline's infinitive: "Ukraine to receive 1,000 POWs in exchange for 1,000 Russians" is still to come (not "Kyiv
        # wants Moscow to release all 8,000", a demand)
        status_word = "agreed"
    if status_word == "completed" and (_PLANNED_AFTER.match(after) or _AGREED_AFTER_NOUN.match(after) or _TO_BE_COMPLETED_AFTER.match(after)):
        status_word = "agreed"  # "a swap of 150 people planned for December", "an exchange of 1,000 each agreed at talks" has not happened
    if status_word in (None, "completed") and (" offered" in after[:60] or " proposed" in after[:60]):
        if _OFFERED_AFTER_NOUN.match(after):
            status_word = "offered"
    if status_word in (None, "completed") and (_NOT_DONE_BEFORE.search(before[-70:]) or _NOT_DONE_AFTER.match(after)):
        status_word = "agreed"
    if status_word in (None, "completed") and ((" of " in before[-40:] and _PENDING_HANDOVER_OF_BEFORE.search(before[-110:]))
                                               or (" to " in before[-40:] and _READY_TO_RECEIVE_BEFORE.search(before[-60:]))):
        # "preparations for the exchange of 1,000 prisoners were under way", "accused Kyiv of delaying the handover of
        # 6,000 bodies", "ready to take back all 6,000 bodies": a handover still to come
        status_word = "agreed"
    if status_word in (None, "completed") and " border" in after[:90] and _BROUGHT_TO_THE_BORDER.match(after) and _BROUGHT_BEFORE.search(before[-40:]):
        status_word = "offered"  # "Russia said it had brought 1,212 bodies to the border": brought to be handed over, not yet taken
    elif (status_word in (None, "completed") and " border" in after[:110] and _WAITING_AT_THE_BORDER_AFTER.match(after)
          and (_BODIES_AFTER.match(after) or lx.BODIES.search(before[-60:]))):  # (not "40 journalists were waiting at the border")
        status_word = "offered"  # "1,212 bodies ... were already in refrigerated trucks at the border": waiting, not taken
    if status_word in (None, "completed") and (" werden" in after[:90] or " sollen" in after[:90]) and _DE_TO_BE_DONE_AFTER.match(after):
        # "Insgesamt sollen je 1000 Gefangene ausgetauscht werden": a passive infinitive after a modal or future is still to come
        status_word, de_planned = "agreed", True
    else:
        de_planned = False
    prospective = de_planned or (status_word in (None, "completed", "agreed") and bool(
        (_PROSPECTIVE_HINT.search(after, 0, 100) and _PROSPECTIVE_AFTER.match(after)) or _HOPED_RETURN_BEFORE.search(before[-70:])
        # (a verb done that is itself under a modal is not done: "175 would be swapped on each side and 23 ... would also be handed over")
        or (_MODAL_RETURN_AFTER.match(after) and not lx.COMPLETED.search(_MODAL_PASSIVE.sub(" ", before[-60:])))))  # ("390 people could come home this week")
    if prospective:
        status_word = "agreed"
    side, scope = _side(text, n, before, after, following)
    semicolon = text.find(";", n.end) if "same number" in text else -1  # (no slice per number: the match below wants the words after)
    if (side in ("ukraine", "russia") and scope is None and status_word in (None, "completed")
            and (("number" in following[:120] and _SAME_NUMBER_IN_RETURN_NEXT.match(following))
                 # ("... returned home on Thursday; Russia got back the same number": the next clause)
                 or (semicolon > 0 and _SAME_NUMBER_IN_RETURN_NEXT.match(text[semicolon + 1 :]))
                 or (" number" in after and _FOR_THE_SAME_NUMBER_AFTER.match(after)))):
        # "Ukraine brought home 150 people on Friday. In return, Russia received the same number of its servicemen": so many each
        side, scope = "both", "per_side"
    unit_label = _UNIT_LABEL_OPENING.fullmatch(text, 0, n.start) if n.start <= 60 and _LIST_ITEM.match(text) else None
    if unit_label is not None and side == "unknown" and unit_label.group(1):
        side = "ukraine"  # "🔹 Armed Forces of Ukraine – 224": the people of a Ukrainian unit
    opening = _BREAKDOWN_OPENING.match(text)
    # (not the count the opening names: "Of the 6,000 bodies handed over in June, only about 15% have been identified")
    breakdown = bool(lx.BREAKDOWN_NOUN.match(after) or _BREAKDOWN_BEFORE.search(near_before) or (opening and opening.end() <= n.start)
                     # a list of units, each with its count after it ("🔹 National Guard – 35"): parts of the count before
                     or unit_label is not None
                     or (before.endswith("(") and after.startswith(")") and _UNIT_PAREN_BEFORE.search(before[-30:]) is not None)
                     or (" among " in after[:40] and _AMONG_A_COUNT_AFTER.match(after) is not None)  # "Two pilots among 22 Ukrainians freed"
                     # ("909 bodies, of which Ukrainian experts found that 34 were Russian soldiers": a part of the bodies)
                     or ((" of which " in before[-90:] or " of whom " in before[-90:]) and _BODIES_INCLUDING_BEFORE.search(before[-90:]) is not None)
                     or (_joins_a_list(before) and _BREAKDOWN_LIST_GOES_ON.search(before[-220:]) is not None)
                     or (" and " in after[:60] and _WERE_AND_WERE_AFTER.match(after) is not None)
                     or (" and " in before[-60:] and _WERE_AND_WERE_BEFORE.search(before[-60:]) is not None)
                     or _MILITARY_AND_CIVILIANS_AFTER.match(after)
                     # ("79 servicemen of the Armed Forces, 15 of the National Guard and 1 from the State Border Guard Service")
                     or (" and " in before[-6:] and _FROM_A_UNIT_NEXT.match(after) is not None and _UNITS_LISTED_BEFORE.search(before[-120:]) is not None)
                     or _OF_THEM_AFTER.match(after) or _AMONG_THEM_AFTER.match(after)
                     or (":" in before[-120:] and _PARTS_AFTER_A_COLON_BEFORE.search(before[-160:]) is not None)
                     or (_LIST_ITEM.match(text) and _LIST_OF_PARTS_LEAD.search(context)))
    # "31 wounded Ukrainians were handed over in return for 15 wounded Russians": two groups traded, not parts of a count
    breakdown = breakdown and not (_IN_EXCHANGE_FOR_BEFORE.search(before[-40:]) or _IN_EXCHANGE_FOR_AFTER.match(after))
    if bodies:
        if " found" in after[:60] or " discovered" in after[:60] or " pulled" in after[:60]:
            if _FOUND_AFTER.match(after) and _DEBRIS.search(text):
                return None  # "The bodies of 2 civilians were found under the rubble": the dead of a strike
        if status_word in ("held", "completed", "agreed", None) and "refus" in before[-60:] and _REFUSED_TO_ACCEPT_BEFORE.search(before[-60:]):
            # "Russia accused Kyiv of refusing to accept 1,212 bodies": bodies offered and not taken, the refuser's own
            # ("Ukraine refused to take back the bodies of 6,000": no handover)
            refuser = _REFUSER_BEFORE.search(before[-90:])
            if refuser:
                side = "ukraine" if _UKRAINE_NAMED.match(refuser.group(1)) else "russia"
            return _Meaning("bodies", side, scope, "offered", qualifier)
        if status_word == "held" or _BODIES_FOUND_BEFORE.search(before[-50:]) or _UNIDENTIFIED_AFTER.match(after):
            # ("over 2,000 bodies remain unidentified in morgues": no handover told)
            # "holding the remains of some 1,700 soldiers", "it had located 52 bodies": not handed over
            return _Meaning("other", side, scope, None, qualifier)
        if status_word in (None, "completed") and lx.NUMBER_TO.search(before[-110:]):
            return _Meaning("bodies", side, scope, "completed", qualifier)  # "the fourth repatriation, bringing the total to 4,812"
        if status_word in (None, "completed") and lx.AGREED.search(deal_blanked) and not lx.COMPLETED.search(before[-50:]):
            status_word = "agreed"  # "agreed to ... and return the bodies of 6,000"
        elif status_word is None and (_has(lx.AGREED, context) or _has(_TALKS, text)):
            status_word = "agreed"  # an outcome of talks ("progress includes repatriating the remains of 6,000")
        if status_word == "agreed" and _DONE_LATER.search(text[n.end :]):
            status_word = "completed"  # "the bodies of two volunteers ... were also handed over ... as part of the deal"
        elif status_word in (None, "completed") and lx.PLANNED.search(before[-30:]):
            status_word = "agreed"  # "strona rosyjska miała przekazać łącznie 6000 ciał": to be handed over
        status = {"offered": "offered", "agreed": "agreed", "completed": "completed"}.get(status_word or "", "completed")
        if status == "agreed" and (prospective or lx.PLANNED.search(near_before + _NEXT_NUMBER.split(after[:80], 1)[0])):
            status = "planned"
        if side == "unknown" and status == "offered" and _OFFERED_TO_GIVE_BEFORE.search(before[-40:]):
            subject = _NATION_SUBJECT_OPENING.match(text)
            if subject:
                # "Russia also proposed a ceasefire ..., and offered to hand over 3,000 more bodies": the subject's offer is
                # the other side's dead
                side = "ukraine" if subject.group(1).lower().startswith(("rus", "mosc")) else "russia"
        return _Meaning("bodies", side, scope, status, qualifier, breakdown)  # ("Of them, 34 were from morgues in Russia")
    if n.n_for_n:
        # bodies named in the deal's own clause ("a 6,000-for-6,000 exchange of bodies"), not in the next term of
        # the deal ("об обмене по формуле «1200 на 1200», а также о передаче ... 6000 тел")
        own = _OTHER_TERM.split(before[-80:])[-1] + _OTHER_TERM.split(after[:100], 1)[0]
        if lx.BODIES.search(own) and not _PEOPLE_AFTER.match(after):
            return _Meaning("bodies", "both", "per_side", "agreed", qualifier)
        # "the third stage of the 1000-for-1000 exchange", "третій етап обміну 1000 на 1000"
        # (a headline drops the article: "First stage of 1,000-for-1,000 swap completed")
        names_deal = bool(re.search(r"\b(?:(?:of|under|in|within)\s+the|(?:stage|phase|round|part|day)\s+of)\s*$", before, re.I)
                          # "Russia, Ukraine complete 1,000-for-1,000 swap": the deal whose last batch is told, not one day's swap
                          or _COMPLETE_THE_BEFORE.search(before[-30:])
                          or _STAGE_OF_EXCHANGE_BEFORE.search(before[-40:])
                          # "третій етап обміну полоненими за формулою «1000 на 1000»": the formula of the deal the stage is of
                          or (_BY_THE_FORMULA.search(before[-40:]) is not None and _STAGE_WORD.search(before[-90:]) is not None)
                          # "Россия и Украина начали обмен пленными в формате 1000 на 1000": the deal whose first batch is told
                          or (_BY_THE_FORMULA.search(before[-40:]) is not None and _BEGAN_WORD.search(before[-90:]) is not None)
                          # "перший етап обміну полоненими за домовленістю 1000 на 1000": the deal the stage is of
                          or _UNDER_THE_DEAL_BEFORE.search(before[-40:]) is not None)
        clause_after = _NEXT_CLAUSE.split(after[:40], 1)[0]  # "a thousand-for-a-thousand exchange in May, then a June deal"
        done = not names_deal and status_word != "offered" and re.match(r"^[\"”’']?\s*(?:(?:prisoner|pow|POW)\s+)?(?:exchange|swap)", after, re.I) and (lx.COMPLETED.search(clause_after) or not lx.AGREED.search(before[-60:] + clause_after))
        # "carried out an exchange in the 390-for-390 format", "провели обмен пленными в формате 390 на 390"
        # (the formula itself is no word of a deal here: "провели обмен военнопленными по формуле 95 на 95"; but in
        # "провели третий этап обмена ... по формуле 1000 на 1000" it names the deal the stage belongs to)
        done = done or (not names_deal and _HELD_AN_EXCHANGE_BEFORE.search(before[-90:])
                        and not lx.AGREED.search(before[-90:] + after[:40] if _STAGE_WORD.search(before[-90:])
                                                 else _BY_THE_FORMULA.sub(" ", before[-90:]) + _FORMAT_AFTER.sub(" ", after[:40])))
        # "POW swap: 103 for 103" over "Ukraine and Russia each returned 103 ...": a headline of the swap, no verb of its own
        done = done or (not names_deal and len(text) <= 80 and not (lx.AGREED.search(text) or lx.OFFERED.search(text) or lx.PLANNED.search(text)
                                                                    or lx.COMPLETED.search(text)) and lx.COMPLETED.search(following[:200]))
        # "on Jan. 8, 50 were swapped for 50": the deal's own words tell it done
        done = done or (not names_deal and _SWAPPED_FOR.search(text, n.start, n.end) is not None)
        # "The swap — 150 for 150, plus 39 wounded sent home separately — was brokered by the UAE": the swap told, its formula set off
        done = done or (not names_deal and _THE_SWAP_SET_OFF_BEFORE.search(before[-40:]) is not None
                        and not (lx.AGREED.search(text) or lx.PLANNED.search(text) or lx.OFFERED.search(text)))
        done = done or (not names_deal and before.rstrip().endswith(":") and _DONE_LABEL_BEFORE.search(before[-80:]) is not None)
        # "They held the second stage of the exchange. It was 307 for 307": no verb of its own, the swap just told as done
        done = done or (not names_deal and context and _COPULA_BEFORE.search(before[-30:]) is not None
                        and not (lx.AGREED.search(text) or lx.OFFERED.search(text) or lx.PLANNED.search(text))
                        and _HELD_AN_EXCHANGE_BEFORE.search(context.rstrip(" .!\"”")) is not None
                        and not (lx.AGREED.search(context) or lx.PLANNED.search(context)))
        # "Россия и Украина обменялись пленными по формуле 390 на 390": swapped, by a formula
        done = done or (not names_deal and _SWAPPED_BY_FORMULA_BEFORE.search(before[-80:]) is not None)
        # "- May 2025: 1,000 for 1,000, the largest so far": an item of a list of past exchanges, labelled with its date
        done = done or (not names_deal and _DATED_ITEM_OPENING.match(text) is not None and not (
            lx.AGREED.search(text) or lx.OFFERED.search(text) or lx.PLANNED.search(text)))
        # "In 2019, Ukraine and Russia swapped 35 for 35": the verb before it, in the past tense
        done = done or (not names_deal and _SWAPPED_BEFORE.search(before[-90:]) and not lx.AGREED.search(before[-60:]))
        # "Ukraine and Russia swap 90 for 90", "Russia frees 95 Ukrainians for 95 Russians": a headline's present tense
        done = done or (not names_deal and len(text) <= 90 and _HEADLINE_SWAP_VERB_BEFORE.search(before[-60:]) is not None
                        and not (lx.AGREED.search(text) or lx.OFFERED.search(text) or lx.PLANNED.search(text)))
        # "In January 2024 the sides swapped 230 for 248; in February, 100 for 100": the verb of the clause before, left out
        done = done or (not names_deal and ";" in before[-40:] and _SWAPPED_THEN_GAPPED_BEFORE.search(before[-110:]) is not None
                        and not lx.AGREED.search(before[-110:]))
        # "It followed a swap of 50 for 50 on Jan. 8": an earlier swap named by its numbers
        done = done or (not names_deal and _EARLIER_SWAP_OF_BEFORE.search(before[-60:]) is not None and not (
            lx.AGREED.search(before[-60:]) or lx.OFFERED.search(before[-60:]) or lx.PLANNED.search(before[-60:] + after[:40])))
        # "175-for-175: Ukraine and Russia trade prisoners": a headline's formula, then the swap in the present tense
        done = done or (not names_deal and after[:1] == ":" and _SWAP_AFTER_A_COLON.match(after) is not None)
        # "The exchange — a 205-for-205 trade — was mediated by the UAE": the swap told as done, its numbers set off
        done = done or (not names_deal and _THE_SWAP_APPOSED_BEFORE.search(before[-40:]) is not None and _WAS_DONE_AFTER.match(after) is not None)
        # "The swap, under a \"35 x 35\" formula, took place on Saturday": the formula, then the verb of a swap done
        done = done or (not names_deal and _FORMULA_THEN_DONE_AFTER.match(after) is not None
                        and not (lx.AGREED.search(before[-60:]) or lx.PLANNED.search(after[:60])))
        # "The exchange took place on Thursday, in the 84-for-84 format agreed earlier": a swap done by the formula
        # ("The exchange, in the 84-for-84 format, took place on Thursday")
        in_format = (_FORMAT_AFTER.match(after) is not None and (
            _DONE_IN_THE_FORMAT_BEFORE.search(before[-120:]) is not None
            or (_THE_SWAP_IN_FORMAT_BEFORE.search(before[-40:]) is not None and _FORMAT_THEN_DONE_AFTER.match(after) is not None)))
        done = done or in_format
        names_deal = names_deal and not in_format
        kind, status = ("exchanged", "completed") if done else ("agreed", "agreed")
        if not done and headline_infinitive:
            status = "planned"  # "Ukraine to receive 1,000 POWs in exchange for 1,000 Russians": still to come
        if (not done and not names_deal and status_word == "offered" and not lx.AGREED.search(before[-60:])
                and not _ACCEPTED_AFTER.search(after[:100])):
            kind, status = "offered", "offered"  # "ready to hand over 1,000 Russians for 1,000 Ukrainians"
            # ("Ukraine proposed a 1,000-for-1,000 exchange, which Russia accepted": agreed)
        return _Meaning(kind, "both", "per_side", status, qualifier, names_deal=names_deal)
    if _COMPARISON_AFTER.match(after):
        return _Meaning("other", "both", None, None, qualifier)  # a difference between two claims
    if (" front" in after[:60] or " rejoined" in after[:60] or " units" in after[:60]) and _BACK_TO_THE_FRONT_AFTER.match(after):
        return _Meaning("other", side, scope, None, qualifier)  # "12 of the freed have returned to the front"
    if "admitted" in after[:60] or "hospital" in after[:60] or "treat" in after[:60]:
        if _TREATED_AFTER.match(after):
            return _Meaning("other", side, scope, None, qualifier)  # "47 were admitted to hospital": what befell the freed
    if ("captiv" in after[:80] and _DIED_IN_CAPTIVITY_AFTER.match(after)) or _PRISONERS_KILLED_AFTER.match(after):
        return _Meaning("other", side, scope, None, qualifier)  # "1,000 Ukrainian POWs have died in Russian captivity"
    if " a" in after[:60] or " per" in after[:60] or " e" in after[:60]:
        if _RATE_AFTER.match(after):
            return _Meaning("other", side, scope, None, qualifier)  # "between 100 and 150 prisoners a month": a rate, not one exchange
    if ("total number" in before[-110:].lower() and status_word not in ("offered", "agreed", "held")
            and (n.value >= 1500 or _says_since_start(text, n)) and _TOTAL_NUMBER_AT_BEFORE.search(before[-110:])):
        # "Kyiv puts the total number of Ukrainians freed at 3,956": a running total (the nation named is its side; not
        # "Zelensky put the total number of Ukrainians freed at 277", one swap's total with its wounded)
        return _Meaning("cumulative_released", side if side in ("ukraine", "russia") else "ukraine", None, None, qualifier)
    if " record" in before[-30:] and _RECORD_OF_BEFORE.search(before[-30:]):
        # "more than four times the previous record of 478": a swap done before, whatever the sentence's own tense
        return _Meaning("exchanged", side, scope, "completed", qualifier)
    if status_word != "held" and before[-7:].lower() == "of the " and _PEOPLE_HELD_AFTER.match(after):
        status_word = "held"  # "Only 10% of the 8,000 Ukrainians held have been freed this year": those held, the share's whole
    if status_word == "held":
        number_of = _NUMBER_OF_PEOPLE_IS_BEFORE.search(before[-110:]) if side == "unknown" else None
        if number_of:
            # "The number of Ukrainians held by Russia is ...": the people named after "number of"
            named = " " + number_of.group(0)[len("number of"):].lstrip()
            side = "ukraine" if lx.UKR_PEOPLE.match(named) else "russia" if lx.RUS_PEOPLE.match(named) else side
        if side == "unknown":
            # "Russia claims to hold 6,000 POWs": the people one side holds are the other side's
            holder = _HOLDER_BEFORE.search(before[-70:])
            where = _CAPTIVITY_OF_AFTER.match(after)
            if where and not holder:
                return _Meaning("other", "ukraine" if (where.group(1) or where.group(2) or where.group(3)).lower().startswith("russ") else "russia", scope, None, qualifier,
                                breakdown)
            side = ("ukraine" if lx.UKRAINE.search(after[:40]) else
                    {"russia": "ukraine", "moscow": "ukraine", "ukraine": "russia", "kyiv": "russia"}[(holder.group(1) or holder.group(2)).lower()] if holder else side)
        return _Meaning("other", side, scope, None, qualifier, breakdown)  # ("holding about 8,000 Ukrainians, including 1,800 civilians")
    if _TOTAL_EXCHANGED_BEFORE.search(before[-110:]):
        # "bringing the total number of captives exchanged in UAE mediations to 1,558": both directions
        return _Meaning("cumulative_released", "both", "total", None, qualifier)
    if status_word not in ("offered", "agreed") and (_FREED_IN_N_EXCHANGES_BEFORE.search(before[-110:])
                                                    or ("series" in before and _SERIES_OF_SWAPS_BEFORE.search(before[-160:]))):
        # "has carried out about 40 such exchanges, freeing more than 2,500 people": everyone those exchanges freed
        # (both sides' people, when the two sides or a mediator did them; "a series of swaps ... which resulted in
        # the release of more than 1,000 prisoners from each side": so many each; "freeing a total of 1,800 people on each
        # side")
        if (side == "both" and scope == "per_side") or _ON_EACH_SIDE_AFTER.match(after):
            return _Meaning("cumulative_released", "both", "per_side", None, qualifier)
        if side in ("ukraine", "russia"):
            return _Meaning("cumulative_released", side, None, None, qualifier)
        if _BOTH_WAYS_SUBJECT.search(before[-160:]):
            return _Meaning("cumulative_released", "both", "total", None, qualifier)
        return _Meaning("cumulative_released", "ukraine", None, None, qualifier)
    if _TOTAL_OF_EXCHANGES.search(before[-110:]) and (_N_EXCHANGES.search(text, 0, n.start) or _NTH_EXCHANGE.search(text, 0, n.start)):
        # "has mediated 11 exchanges, totalling 2,184 captives": everyone freed in those exchanges, both sides
        # ("the 66th exchange, and a total of 5,857 Ukrainians have been freed": the nation named is the side)
        if side in ("ukraine", "russia"):
            return _Meaning("cumulative_released", side, None, None, qualifier)
        # ("held six exchanges, freeing a total of 1,800 people on each side": so many each)
        return _Meaning("cumulative_released", "both", "per_side" if _ON_EACH_SIDE_AFTER.match(after) else "total", None, qualifier)
    if status_word not in ("offered", "agreed") and _IN_N_EXCHANGES_AFTER.match(after):
        # "helped secure the release of 2,883 prisoners in 12 mediations": everyone freed in those exchanges
        return _Meaning("cumulative_released", side if side in ("ukraine", "russia") else "both", None if side in ("ukraine", "russia") else "total", None, qualifier)
    if n.value >= 100 and status_word not in ("offered", "agreed") and _YEARS_PERIOD.search(text):
        # "Between 2014 and 2019, Kyiv and the separatists exchanged more than 3,000 people": everyone over those years
        both_ways = side in ("unknown", "both") and bool(re.search(r"\b(?:exchanged|swapped|traded)\b", text, re.I))
        return _Meaning("cumulative_released", "both" if both_ways else ("ukraine" if side in ("unknown", "both") else side),
                        "total" if both_ways else None, None, qualifier, breakdown)
    # ("A total of 150 Russian servicemen have been returned": one exchange in TASS's wording; a total word makes
    # a running total of a count larger than one exchange frees, or of one with "now", "so far", "this year")
    cumulative_context = (_says_since_start(text, n) or (bool(lx.TOTAL_BEFORE.search(near_before)) and n.value >= 1000)) and not (
        # "have exchanged prisoners 62 times since the invasion, most recently on March 19, when 175 were swapped": that one swap
        "when" in before[-80:] and _WHEN_ONE_SWAP_BEFORE.search(before[-80:]) is not None)
    # a running total stated in the perfect tense: "has returned 5,857 people ... through 67 exchanges"
    # (not a count of one day's swap: "have swapped 1,000 prisoners each on Friday")
    # (the day of a part told after it is the part's: "has now recovered 3,956 of its citizens, 150 of them on Sunday")
    part_of_the_day = _PART_ON_A_DAY_AFTER.match(after) if " of them " in after[:60] else None
    own_text = text[: n.end + part_of_the_day.start(1)] if part_of_the_day else text
    # (the day it was said names no swap: "... 1,358 people this year, Zelensky said on Tuesday")
    large_perfect = (n.value >= 1000 and _has(lx.PERFECT, text) and not any(c for c in find_dates(own_text) if c.day)
                     and not any(not _SAID_ON_BEFORE.search(own_text, max(0, m.start() - 40), m.start())
                                 for m in _ONE_DAYS_SWAP_WORDS.finditer(own_text))
                     and not lx.PER_SIDE.search(after[:30]))
    # "since the start of the invasion, 4,552 were returned" (any tense, any language): a large count after a since-phrase
    total_since = n.value >= 1000 and any(
        m.end() <= n.start and not _EXCHANGE_SINCE.search(text[max(0, m.start() - 30) : m.start()]) for m in lx.CUMULATIVE.finditer(text))
    # "Since the start of the year, more than 300 Russian soldiers returned", "С начала года ... вернулись более 300": a
    # period named right before the count, no other number or day between (any size, any tense)
    total_since = total_since or (n.value >= 20 and status_word in (None, "completed") and any(
        start < n.start and not _DIGIT_CHAR.search(text, start, n.start) and not _ONE_DAYS_SWAP_WORDS.search(text)
        for start in _since_start_phrases(text)) and not any(c.day for c in find_dates(text)))
    # "3,300 people had been released since 2022": a large count whose release verb is followed by a
    # since-phrase, in any tense (the since-phrase is not "the largest swap since 2022")
    # (in German the verb comes last: "4.000 Ukrainer wurden seit 2022 aus russischer Gefangenschaft befreit")
    # ("Ukraine had freed 1,331 people since the start of the war": the verb before the number)
    since_after = n.value >= 100 and not total_since and any(
        (_RELEASED_UP_TO_SINCE.match(text, n.end, m.start())
         or (_NO_BREAK.fullmatch(text, n.end, m.start()) and (_THEN_RELEASED.match(text, m.end()) or _RELEASE_VERB_BEFORE.search(before[-40:]))))
        and not _EXCHANGE_SINCE.search(text[max(0, m.start() - 30) : m.start()])
        # ("swapped 307 more each, bringing the total exchanged so far to 697": the running total is the next count)
        and not lx.NUMBER_TO.search(text, n.end, m.start())
        # ("brought home 246 soldiers, bringing to 3,956 the number freed since the invasion")
        and not _BRINGING_TO_BETWEEN.search(text, n.end, m.start())
        for m in lx.CUMULATIVE.finditer(text, n.end, n.end + 90))
    # "Загалом з полону вдалося повернути 5 857 українців", "In all, 3,767 have come home": more people than any
    # one exchange has freed, under a word of the total
    total_opening = (n.value >= 1500 and bool(_TOTAL_OPENING.match(text)) and not _DIGIT_CHAR.search(text, 0, n.start)
                     # ("In all, nearly 2,000 people were freed on Sunday: 1,000 Ukrainians and 1,000 Russians": one swap's total)
                     and not _ONE_SWAPS_TOTAL_AFTER.match(after))
    # "• 3,210 — Ukrainians returned home": a key-numbers box's count, larger than any one exchange's, with no day of its own
    box_line = _LIST_ITEM.match(text) is not None and not _DIGIT_CHAR.search(text, 0, n.start) and _BOX_SEPARATOR_AFTER.match(text, n.end) is not None
    if box_line and _NOT_FREED_LABEL.search(text, n.end) and not lx.COMPLETED.search(text, n.end):
        # "19,546 — children deported (Ukrainian estimate)": a key-numbers line whose label is no release
        return _Meaning("other", side, scope, None, qualifier)
    fact_box_total = n.value >= 1500 and box_line and not _ONE_SWAPS_TOTAL_AFTER.match(after)
    # "had returned a total of 3,035 people ... since the start of the war": a total with a since-phrase
    total_with_since = _says_since_start(text, n) and bool(lx.TOTAL_BEFORE.search(near_before))
    # "Before the latest release, Ukraine had brought back 2,598 prisoners": the total up to this swap
    total_before_this = n.value >= 500 and _BEFORE_THE_LATEST_OPENING.match(text) is not None
    # "by December 2024 more than 500 of them had been traded": the total as it stood by then
    total_by_then = (n.value >= 100 and (" by " in f" {before[-90:]}".lower() or " of " in before[-90:])
                     and _BY_A_TIME_BEFORE.search(before[-90:]) is not None
                     and _HAD_BEEN_FREED_AFTER.match(after) is not None)
    inverted = bool(_BRINGING_TO_BEFORE.search(before[-30:]) and _THE_NUMBER_OF_AFTER.match(after))
    if inverted and status_word not in ("offered", "agreed"):
        # "bringing to 1,558 the number of captives freed through its efforts": a mediator's count is of both sides
        both_ways = bool(_BOTH_WAYS_TOTAL.search(text))
        return _Meaning("cumulative_released", "both" if both_ways else ("ukraine" if side in ("unknown", "both") else side),
                        "total" if both_ways else None, None, qualifier)
    if " to " in after[:30] and _STILL_TO_COME_AFTER.match(after):
        return _Meaning("agreed", side, scope, "planned", qualifier)  # "390 have been freed under the deal, with 610 more to follow"
    # (not a part of those freed: "including 37 who had been taken prisoner at Azovstal")
    if " who " in after[:60] and _WHO_WERE_CAPTURED_AFTER.match(after) and not _INCLUDING_RIGHT_BEFORE.search(before[-30:]):
        # "Of the 12 men from his platoon who were captured, only three have come home": people taken, not freed
        return _Meaning("other", side, scope, None, qualifier)
    if " to " in before[-8:] and _CAPTURED_TOTAL_BEFORE.search(before[-110:]):
        # "bringing the total number taken prisoner there since May 16 to 2,439": people captured, not freed
        return _Meaning("other", side, scope, None, qualifier)
    if _INCLUDING_RIGHT_BEFORE.search(before[-30:]) and _ON_A_DAY_AFTER.match(after) and status_word not in ("offered", "agreed", "held"):
        # "has brought home 3,210 people since the full-scale invasion, including 75 on Friday": that day's swap
        return _Meaning("exchanged", side, scope, "completed", qualifier)
    if (cumulative_context and _has(lx.PERFECT, text)) or (n.value >= 1000 and _TOTAL_IN_CLAUSE_AFTER.match(after)) or (n.value >= 200 and (" exchanges" in after[:80] or " swaps" in after[:80]) and _THROUGH_EXCHANGES_AFTER.match(after)) or (n.value >= 1500 and _PAST_TOTAL_IN_CLAUSE_AFTER.match(after)) or total_with_since or large_perfect or total_before_this or total_by_then or fact_box_total or total_since or since_after or total_opening or _PERFECT_NOW.search(text[n.end : n.end + 80]) or (lx.NUMBER_TO.search(before[-110:]) and n.value >= 1000 and not _TOTAL_OF_ONE_EXCHANGE.search(before[-110:])) or (
        n.value >= 50 and _NUMBER_HAS_REACHED.search(before[-110:])) or (
        # "its efforts had led to the release of 4,641 captives": all its mediations so far
        " its " in before[-100:] and _MEDIATIONS_HAVE_FREED_BEFORE.search(before[-100:])) or (
        # "In total, 1,082 Ukrainians returned home this year": a year's total
        (lx.TOTAL_BEFORE.search(near_before) or lx.TOTAL_AFTER.match(after)) and _A_YEAR_AFTER.search(text, n.end)) or (
        # ("Insgesamt kehrten 2024 nach Kiewer Angaben 1.358 Ukrainer heim": the year before the number)
        _TOTAL_OPENING.match(text) and _year_of_a_total(text, n.start)) or (
        _NUMBER_RETURNED_SINCE.search(before)
    ):
        # (the perfect of the number's own clause: "So far 390 have been freed, so another 610 ... are due to be
        # released" is no running total of 610)
        if status_word not in ("offered", "agreed") or _has(lx.PERFECT, _own_clause(text, n)):
            if breakdown and " of " in after[:12] and _OF_THEM_ON_THE_DAY_AFTER.match(after):
                # "3,405 Ukrainians have been released since 2022, 95 of them today": the day's exchange, not a part of the total
                return _Meaning("exchanged", side, scope, "completed", qualifier)
            gapped = _GAPPED_NATION_BEFORE.search(before[-40:])
            if gapped and side == "unknown":
                side = "ukraine" if _UKRAINE_NAMED.match(gapped.group(1)) else "russia"
            if side in ("unknown", "both") and _BOTH_SIDES_SWAPPED_BEFORE.search(before[-80:]):
                # "the sides have so far swapped more than 1,200 prisoners": everyone, both ways
                return _Meaning("cumulative_released", "both", "total", None, qualifier, breakdown)
            if side in ("unknown", "both") and _MEDIATED_THE_RELEASE_BEFORE.search(before[-100:]):
                # "the UAE said it had mediated the release of 2,574 captives since the war began": both ways
                return _Meaning("cumulative_released", "both", "total", None, qualifier, breakdown)
            number_to = lx.NUMBER_TO.search(before[-110:])
            if (side in ("unknown", "both") and number_to and _MEDIATED_BY_ITS.search(before[-110:][number_to.start() :])
                    and not _NATION_PEOPLE.search(before[-110:][number_to.start() :])):
                # "brought the number of captives released through its mediation to 3,233": a mediator counts both ways
                return _Meaning("cumulative_released", "both", "total", None, qualifier, breakdown)
            if side == "both" and scope == "per_side":
                # "A total of 1,000 prisoners from each side have now been returned": so many each, both ways
                return _Meaning("cumulative_released", "both", "per_side", None, qualifier, breakdown)
            if side == "unknown" and " of them" in after[:10]:
                # "Russian conscripts were captured, and by December 2024 more than 500 of them had been traded": whose they are
                them = _NATION_PEOPLE_NAMED_BEFORE.findall(before[-150:])
                if them:
                    side = "russia" if them[-1].lower().startswith("russian") else "ukraine"
            return _Meaning("cumulative_released", "ukraine" if side in ("unknown", "both") else side, None, None, qualifier, breakdown)
    if _REFUSED_AFTER.match(after) or (" for " in before[-20:] and _DEMANDED_IN_EXCHANGE_FOR_BEFORE.search(before[-110:])):
        return _Meaning("other", side, scope, None, qualifier)  # "16 prisoners refused to be exchanged"
    if status_word == "offered":
        return _Meaning("offered", side, scope, "offered", qualifier)
    if status_word == "agreed":
        planned = prospective or bool(lx.PLANNED.search(before[-90:] + " " + _NEXT_NUMBER.split(after[:90], 1)[0])
                                      or headline_infinitive)
        return _Meaning("agreed", side, scope, "planned" if planned else "agreed", qualifier)
    # a group handed over on top of the main count is added to it, not taken as part of it
    # ("Zelensky also said that 14 of those released were severely ill": a part, however it is introduced)
    additional = not _AMONG_THEM_AFTER.match(after) and not _OF_THEM_AFTER.match(after) and bool(
        _ADDITIONAL_BEFORE.search(before[-60:])
        or _ALSO_AFTER.match(after)
        or ("separately" in after[:70] and _SEPARATELY_AFTER.match(after))
        or (_ADDITIONAL_OPENING.match(text) and not lx.PER_SIDE.search(after[:40]))
        # "Russia received 246 servicemen and another 15 wounded", "і ще 15 поранених": a group on top of the count before
        or (breakdown and _AND_ANOTHER_BEFORE.search(before[-16:]) is not None and _DIGIT_CHAR.search(before) is not None)
        or (breakdown and _AND_A_NATION_HANDED_OVER_BEFORE.search(before[-50:]) is not None and _DIGIT_CHAR.search(before) is not None)
        # "A further 31 wounded soldiers ... were returned separately": a group on top of the day's count, told on its own
        or (breakdown and n.start <= 20 and _A_FURTHER_OPENING.fullmatch(text, 0, n.start) is not None)
    )
    if additional and (_LIST_OF_PARTS_BEFORE.search(before[-120:]) or _AMONG_THEM_WERE_ALSO_BEFORE.search(before[-40:])):
        # ("Among them were also 10 officers": a part of the count before, however "also")
        # "those freed included 35 soldiers ..., as well as 16 national guardsmen": the list of parts goes on
        additional, breakdown = False, True
    war_verb = _WAR_VERB_BEFORE.search(before[-60:])
    if war_verb and breakdown and war_verb.group(0).rstrip().endswith(" and"):
        war_verb = None  # "The returnees include soldiers captured in Mariupol and two civilians": the verb is the group's before
    if (war_verb or _WAR_VERB_AFTER.match(after) or (n.value >= 5000 and _CROSSED_AFTER.match(after))
            or (_TOOK_BEFORE.search(before[-40:]) and _PRISONER_AFTER_TAKEN.match(after))):  # "has taken 600 Russian soldiers prisoner"
        # "invaded with 190,000 troops", "mobilised 300,000 men", "40,000 troops crossed into Ukraine": people of
        # the war, not of an exchange
        return None
    if status_word is None and _OF_THEM_AFTER.match(after) and (
            _ARMY_COUNT_EARLIER.search(text, 0, n.start) or (_ARMY_COUNT_EARLIER.search(context) and not _has(_EXCHANGE_NEAR, text))):
        # "recruited about 50,000 prisoners ..., and 10,000 of them are still at the front": the whole is an army's, so
        # its part is too
        return None
    if (status_word is None and not _EXCHANGE_NEAR.search(before[-100:] + " " + after[:60]) and not _has(_EXCHANGE_NEAR, context)
            and not _OF_THE_COUNT_OPENING.match(text)  # ("Of the 84, 33 were soldiers": parts of a count stated before)
            # (a part in a list set off by dashes, the swap named after the list: "95 defenders — 79 servicemen of the Armed
            # Forces, ... — were returned ... in the prisoner exchange")
            and not (breakdown and _has(_EXCHANGE_NEAR, text))
            and not (article_has_people and (_OF_THEM_AFTER.match(after) or _BREAKDOWN_BEFORE.search(near_before)))
            and not (article_has_people and _in_a_list_of_months(text, context))):
        # ("82 of them had been held since 2022", "Wśród nich jest 20 cywilów")
        return None  # people counted with no handover in sight ("invaded with 190,000 troops")
    if status_word is None and _TAKEN_CAPTIVE_AFTER.match(after):
        return None  # "He was one of 24 sailors seized near the Kerch Strait in 2018": people taken, no release told
    if status_word is None and (" remain" in after[:60] or " stay" in after[:60]):
        if _TO_STAY_ABROAD_AFTER.match(after):
            # "Five of the commanders are to remain in Turkey until the war ends": a condition of the deal on some of
            # those freed, not one more group handed over
            return _Meaning("other", side, scope, None, qualifier)
    # (beside a swap too, when the people are no captives: "About 40 journalists were waiting at the border crossing",
    # "More than 100 volunteers helped organise the return")
    if _OTHER_DOING_AFTER.match(after) and (not _has(_EXCHANGE_NEAR, text) or not _CAPTIVES_NOUN_AFTER.match(after)):
        return None  # "Over 100 volunteers helped to clear the debris", "4,000 people attended the funeral": not of a swap
    if status_word in (None, "completed") and _CHILDREN_AFTER.match(after):
        return None  # "300 Ukrainian children have been returned from Russia": children taken away, not prisoners of war
    meaning = _Meaning("exchanged", side, scope, "completed", qualifier, breakdown and not additional, additional)
    # "Poroshenko said 1,200 was an estimate": no noun, no verb of its own; a number already stated is referred to
    meaning.bare = status_word is None and not (people or bodies or n.n_for_n)
    return meaning


# (not "..., including 22 who came home in September": people)
_A_PERIOD_OR_END_AFTER = re.compile(r"^\s*(?:[,.;)]|$|(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:first|last|past)\b|(?:this|last)\s+year))", re.I)
_SWAPS_INCLUDING_BEFORE = re.compile(r"\b(?:swaps|exchanges)\b[^.;:]{0,40}?,?\s+including\s+$", re.I)
_OF_OURS_AFTER = re.compile(r"\s+of\s+ours\b", re.I)
_VEHICLES_AND_BEFORE = re.compile(r"(?<![\d,.])\d[\d,]*\s+(?:[\w-]+\s+)?(?:buses|ambulances|vehicles|trucks|lorries|planes|aircraft|helicopters|cars|coaches|trains"
                                  r"|carriages|flights)\s+and\s+(?:(?:about|some|around|nearly|more\s+than|over)\s+)?$", re.I)
_OF_THE_OPENING_BEFORE = re.compile(r"\W*of\s+the\s+", re.I)
_CAPTURED_WITH_SOMEONE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:who\s+(?:were|had\s+been)\s+)?(?:captured|taken\s+(?:prisoner|captive)|detained|held"
                                          r"|imprisoned|abducted)\s+(?:with|alongside|together\s+with)\b", re.I)
_TO_STAY_ABROAD_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the|them|those|whom)\s+)?(?:[\w'’-]+\s+){0,3}?(?:are|were|will|would|must|is|was|shall)\s+"
    r"(?:(?:to|due\s+to|set\s+to|expected\s+to|required\s+to|going\s+to|obliged\s+to|have\s+to|had\s+to|supposed\s+to)\s+)?(?:remain|stay)\s+in\s+(?:the\s+)?(?!captivity|custody|prison|detention|russian|ukrainian)(?-i:[A-Z])", re.I)  # (a country: not "in hospital")
_WERE_KILLED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been)\s+(?:all\s+|reportedly\s+)?killed\b", re.I)
_OTHER_DOING_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:helped|attended|covered|gathered|protested|rallied|marched|demonstrated|testified|donated|volunteered|worked|"
                                r"took\s+part|participated|joined|signed|watched|fled|lived|live|work|applied|registered|voted|queued|waited|waiting|greeted|organi[sz]ed)\b", re.I)
_INTERVIEWED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,5}?(?:it|they|we|monitors|investigators|researchers|the\s+(?:mission|monitors|un|investigators|researchers))\s+"
                                r"(?:had\s+|has\s+|have\s+)?(?:interviewed|surveyed|questioned|spoke\s+(?:to|with))\b", re.I)
_CAPTIVES_NOUN_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:prisoners|pows|captives|soldiers|servicem[ae]n|defenders|civilians|people|ukrainians|russians|fighters"
                                 r"|troops|marines|guardsm[ae]n|sailors|women|men|returnees)\b", re.I)
_CHILDREN_AFTER = re.compile(r"^\s*(?:(?:more|other|further)\s+)?(?:(?:ukrainian|russian|deported|abducted)\s+)?(?:children|kids|minors|orphans|teenagers)\b", re.I)
# the words of a part right before its number (_BREAKDOWN_BEFORE, which marks parts, also takes them further back)
_INCLUDING_RIGHT_BEFORE = re.compile(
    r"(?:\bincluding|\bamong\s+them|\bentre\s+(?:ellos|ellas|los\s+cuales)|\btra\s+cui|\bdont|\bdarunter|\bв\s+том\s+числе|\bсреди\s+них|\bсеред\s+них|\bзокрема|\bw\s+tym|\bincluindo|\bentre\s+eles)"
    r"\s*:?\s*(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?$", re.I)
_COMPRISED = re.compile(r"\b(?:comprised|comprising|consisted\s+of|consisting\s+of|made\s+up\s+of)\b", re.I)
_BOTH_SIDES_SPEAK = re.compile(
    r"\b(?:according\s+to|officials|sources|authorities|representatives|negotiators|diplomats|media|statements?|ministries)"
    r"\s+(?:\w+\s+)?(?:on|from|of)\s+both\s+sides\b"
    # "..., both sides said": who reported it
    r"|\bboth\s+sides\s+(?:have\s+|had\s+)?(?:said|say|says|confirmed|reported|announced|stated)\b", re.I)
_HELD_BY_BOTH_SIDES_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:held|detained|kept|imprisoned|captured|taken)\s+(?:captive\s+|prisoner\s+)?by\s+both\s+(?:sides|countries|parties)\b", re.I)
_FROM_BOTH_SIDES_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:from|of)\s+both\s+(?:sides|countries|parties)\b", re.I)
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|then|and\s+(?=russia|moscow|ukraine|kyiv))\b"
                          r"|\s(?:and|while|whereas|but|as)\s+(?=(?:russia|moscow|ukraine|kyiv)\s+(?:got|gets|received|receives|said|says|returned|handed|freed|released)\b)"
                          # ("Ukraine brings home 45 defenders of Mariupol, Russia gets back 3 pilots": a headline's second clause)
                          r"|,\s+(?=(?:russia|moscow|ukraine|kyiv)\s+(?:got|gets|received|receives|returned|returns|frees|freed|brings|brought)\b)", re.I)
# ("Russia handed over the bodies of 909 soldiers": what was handed over may be named before the count)
_GAVE_VERB = (r"(?:handed\s+over|handing\s+over|hands\s+over|hand\s+over|transferred|transferring|transfers?|gave\s+back|giving\s+back|released|releasing|releases?"
              r"|handed\s+back|handing\s+back|hands\s+back|sent(?:\s+back)?|sending(?:\s+back)?|delivered|delivering"
              r"|(?:(?:handed|handing|hands|hand)\s+over|transferred|transferring|gave\s+back|giving\s+back|repatriated|repatriating)\s+(?:the\s+)?(?:bodies|remains)\s+of)")
# ("Ukraine has repatriated the bodies of 6,000 servicemen": Kyiv repatriates its own dead)
# the same in German, French, Spanish, Italian and Polish: "Moskau übergab 49 Leichen", "la Russie a remis 1 212 corps"
_GAVE_VERB_OTHER = (r"(?:übergab|übergibt|überstellte|(?:a|ont)\s+remis|remet|remettre|entreg[óo]|ha\s+entregado|(?:ha\s+)?consegnato|consegnò"
                    # ("Kiev ha consegnato 27 salme", "a Ucrânia entregou 27 corpos", "Moscou propôs entregar 6.000 corpos")
                    r"|przekazał[ao]?|entregou|devolveu|devolvi[óo]|restituito|restituì|entregar|devolver|consegnare|restituire|przekazać|übergeben|rendre|restituer)")
_UKRAINE_GAVE_BEFORE = prefiltered(r"\b(?:ukraine|kyiv|kiev|zelensky[iy]?|the\s+ukrainian\s+side)\s+(?:(?!(?:russia|moscow)\b)\w+\s+){0,3}?" + _GAVE_VERB.replace("|repatriated|repatriating", "")
                                   + r"\s*(?:(?:about|some|around|another|a\s+further|more\s+than|over|at\s+least|up\s+to|nearly|almost|roughly|the\s+(?:first|remaining|last|next|final))\s+)?$"
                                   + r"|\b(?:die\s+ukraine|kiew|l['’]ukraine|ucrania|l['’]ucraina|ukraina|(?:a\s+)?ucrânia|kiev|kyiv|kijów|kyjiw)\s+(?:\w+\s+){0,2}?" + _GAVE_VERB_OTHER
                                   + r"\s+(?:(?:rund|etwa|environ|unos|circa|około|plus\s+de|près\s+de|más\s+de|mehr\s+als|über|weitere[n]?|oltre|ponad)\s+)?$", re.I)
# ("Ukraine returned the bodies of 502 fallen defenders" is, in Kyiv's wording, bodies brought home: only Russia's
# "returned the bodies of" is a handover to the other side)
# "Додому повернулися 175 захисників", "Do domu wróciło 84 żołnierzy"
_HOME_BEFORE_UK = re.compile(r"(?:додому|з\s+полону|\bdo\s+domu|\bna\s+ukrainę|\bdo\s+ukrainy|(?<!\w)до\s+україни|(?<!\w)в\s+україну)\s+(?:\w+\s+){0,2}$", re.I)  # ("Na Ukrainę wróciło 230 osób", "До України повернулися тіла 757")
# (Donbas 2014-2021: what the separatists freed or handed over were Ukraine's people)
_A_NATIONS_PROMISE_TO_GIVE_BEFORE = re.compile(
    r"\b(russia|moscow|ukraine|kyiv|kiev)['’]s\s+(?:\w+\s+){0,2}?(?:promise|pledge|offer|plan|commitment|readiness|proposal|decision)\s+to\s+"
    r"(?:return|hand\s+over|release|free|transfer|give\s+back|send\s+back)\s+(?:(?:about|some|up\s+to|more\s+than|another|a\s+further)\s+)?$", re.I)
_RUSSIA_RETURNED_BEFORE = re.compile(
    r"\b(?:russia|moscow)\s+(?:\w+\s+){0,3}?(?:returned|returns|returning)\s+(?:(?:about|some|around|another|a\s+further|more\s+than|over|at\s+least|up\s+to|nearly|almost|roughly)\s+)?$", re.I)
_LIST_OF_BEFORE = re.compile(r"\blists?\s+(?:of|containing|with)\s+(?:(?:about|some|more\s+than|over|nearly)\s+)?$", re.I)
_TO_RUSSIA_BEFORE_PL = re.compile(r"\bdo\s+rosji\s+(?:\w+\s+){0,2}$", re.I)
_SEPARATISTS_GAVE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:rebels|separatists|militants|insurgents)\s+(?:\w+\s+){0,4}?(?:freeing|freed|releasing|released|handing\s+over|handed\s+over|returning|returned|hand\s+over|free|release)\s+"
    r"(?:(?:about|some|around|another|a\s+further|more\s+than|over|only|just)\s+)?$", re.I)
_RUSSIA_GAVE_BEFORE = prefiltered(
    # ("Russia says it is ready to hand over 6,000 bodies": up to five words between, none of them the other side)
    # (its leader's word: "Putin had promised to hand over 23 seriously wounded prisoners")
    # ("Russia pledged to free at least 1,000": Moscow frees Kyiv's people; "Ukraine frees 45 defenders" is Kyiv's own)
    # (Moscow-backed rebels give back Kyiv's people: "The rebels had initially said they would hand over 150")
    r"\b(?:russia|moscow|putin|the\s+kremlin|the\s+russian\s+side|(?:the\s+)?(?:pro-russian\s+|russian-backed\s+|moscow-backed\s+)?(?:rebels|separatists))\s+"
    r"(?:(?!(?:ukraine|kyiv|kiev)\b)\w+\s+){0,6}?(?:" + _GAVE_VERB
    # ("ready to hand over the first 640 prisoners of war")
    + r"|free|frees|freed|freeing|return(?:ed|s|ing)\s+(?:the\s+)?(?:bodies|remains)\s+of)\s+(?:(?:about|some|around|another|a\s+further|more\s+than|over|at\s+least|up\s+to|nearly|almost|roughly|the\s+(?:first|remaining|last|next|final))\s+)?$"
    # ("La Russie s'est dite prête à remettre 6 000 corps", "La Russia si è detta pronta a consegnare 6.000 corpi")
    + r"|\b(?:russland|moskau|la\s+russie|moscou|rusia|moscú|la\s+russia|mosca|rosja|moskwa)\s+(?:[\w'’]+\s+){0,5}?" + _GAVE_VERB_OTHER
    + r"\s+(?:(?:rund|etwa|environ|unos|circa|około|plus\s+de|près\s+de|más\s+de|mehr\s+als|über|weitere[n]?|oltre|ponad|otros|outros|altri|autres|kolejne|kolejnych)\s+)?$", re.I)
# "Украина передала России тела 34 ..., а получила 909 тел"
_UKRAINE_GAVE_BEFORE_UK_RU = re.compile(
    r"\b(?:украина|україна|киев|київ)\s+(?:\w+\s+){0,2}?(?:передала|передав|передал|передали)\s+(?:(?:россии|росії)\s+)?(?:(?:тела|тіла|тел|тіл)\s+)?$", re.I)
# (bodies only: "Россия вернула 205 военнослужащих" is its own people)
_RUSSIA_GAVE_BODIES_UK_RU = re.compile(
    r"\b(?:россия|росія|москва)\s+(?:\w+\s+){0,3}?(?:передала|передав|передал|передали|повернула|вернула|передать|передати|вернуть|повернути)\s+(?:(?:украине|україні|киеву|києву)\s+)?"
    r"(?:тела|тіла|тел|тіл)\s+(?:(?:еще|ещё|ще|более|понад|около|близько)\s+)?$", re.I)
# "Россия уже передала первые 1212 тел": the dead named after the number ("Москва готова вернуть более 6000 тел": what it is
# ready to give)
_RUSSIA_GAVE_UK_RU = re.compile(
    r"\b(?:россия|росія|москва)\s+(?:\w+\s+){0,3}?(?:передала|передав|передал|передали|повернула|вернула|передать|передати|вернуть|повернути)\s+(?:(?:украине|україні|киеву|києву)\s+)?"
    r"(?:(?:еще|ещё|ще|более|понад|около|близько|первые|перші|первых|перших)\s+)?$", re.I)
_BODIES_NEXT_UK_RU = re.compile(r"^\s*(?:тел|тіл)\b", re.I)
_UKRAINE_GAVE_AND_GOT_UK_RU = re.compile(
    r"\b(?:украина|україна|киев|київ)\s+(?:\w+\s+){0,2}?(?:передала|передав|передал|передали)\b[^.;]{0,80}?\b(?:а|і|и|та)\s+(?:получила|отримала|получил|отримав)\s*$", re.I)
_UKRAINE_AND_RECEIVED_BEFORE = prefiltered(
    r"\b(?:ukraine|kyiv|kiev)\s+(?:\w+\s+){0,2}?(?:handed\s+over|handing\s+over|hands\s+over|gave|giving|transferred|transferring|released|releasing)\b[^.;]{0,80}?\b(?:and|while|in\s+exchange\s+for)\s+(?:(?:in\s+return|in\s+turn)\s+)?(?:receiving|received|getting(?:\s+back)?|got(?:\s+back)?)\s*$", re.I)
_RUSSIA_AND_RECEIVED_BEFORE = prefiltered(
    r"\b(?:russia|moscow)\s+(?:\w+\s+){0,3}?(?:handed\s+over|handing\s+over|hands\s+over|gave|giving|transferred|transferring|released|releasing)\b[^.;]{0,80}?\b(?:and|while|in\s+exchange\s+for)\s+(?:(?:in\s+return|in\s+turn)\s+)?(?:receiving|received|getting(?:\s+back)?|got(?:\s+back)?)\s*$", re.I)
# "Ukraine received 1,000 bodies and handed over 24": what the receiving side gave in return is the other side's
_GOT_AND_GAVE = (r"\s+(?:\w+\s+){0,3}?(?:received|receiving|got\s+back|getting\s+back|recovered|recovering)\b[^.;]{0,80}?"
                 r"\b(?:and|while|but)\s+(?:\w+\s+){0,2}?(?:handed\s+(?:over|back)|handing\s+(?:over|back)|gave\s+back|giving\s+back|transferred|transferring|returned|returning)\s+"
                 r"(?:(?:about|some|around|only|just|more\s+than|over)\s+)?$")
# "Ukraine secured the release of 215 soldiers ... in an exchange for 55 people": what it got them for is the other side's
_GOT_IN_EXCHANGE_FOR = (r"\s+(?:\w+\s+){0,3}?(?:received|receiving|got\s+back|getting\s+back|recovered|recovering|brought\s+(?:back|home)"
                        r"|bringing\s+(?:back|home)|secured\s+the\s+(?:release|return|freedom)\s+of|securing\s+the\s+(?:release|return|freedom)\s+of)\b"
                        r"[^.;]{0,120}?\bin\s+(?:an\s+)?(?:exchange|return)\s+for\s+(?:(?:about|some|around|only|just|more\s+than|over)\s+)?$")
_GOT_AND_GAVE = r"(?:" + _GOT_AND_GAVE + "|" + _GOT_IN_EXCHANGE_FOR + ")"
_UKRAINE_GOT_AND_GAVE_BEFORE = prefiltered(r"\b(?:ukraine|kyiv|kiev)" + _GOT_AND_GAVE, re.I)
_RUSSIA_GOT_AND_GAVE_BEFORE = prefiltered(r"\b(?:russia|moscow)" + _GOT_AND_GAVE, re.I)
# the Russian defence ministry's wording for its own people coming back
_NATION_GROUP_BEFORE = prefiltered(
    r"(?:\bthe\s+|^\W*)(?:\d[\d,]*\s+)?(?:(?:freed|released|returned|exchanged)\s+)?(ukrainians|russians)\s+(?:(?:who\s+(?:were|came|returned)\s+)?[\w-]+\s+){0,3}?(?:include|included|including|were|are|comprise|comprised)\s+(?:(?:about|some|nearly|more\s+than)\s+)?$"
    # "Parmi les Ukrainiens libérés figurent 33 soldats", "Unter den Ukrainern waren 33 Soldaten"
    r"|\b(?:parmi\s+les|unter\s+den|entre\s+los|entre\s+os|tra\s+gli|wśród)\s+(ukrainiens|russes|ukrainern|russen|ucranianos|rusos|russos|ucraini|russi|ukraińców|rosjan)\b[^.;:,]{0,40}$"
    # "Of the Ukrainians freed, 45 were soldiers", "Of the Russians, all 75 were soldiers"
    r"|(?:^|[.;]\s*)of\s+the\s+(ukrainians|russians)\b(?:\s+[\w-]+){0,2}\s*,\s*(?:all\s+)?$"
    # "Ukrainian forces have taken hundreds of Russian prisoners, including 115 who were swapped"
    r"|\b(ukrainian|russian)\s+(?:prisoners(?:\s+of\s+war)?|pows|soldiers|servicemen|troops|captives|fighters)\s*,?\s+including\s+(?:(?:about|some|nearly|more\s+than)\s+)?$", re.I)
_STRONG_GROUP_OF = re.compile(r"^-(?:strong|person|member)\s+(?:group|contingent|batch|convoy)\s+of\b", re.I)
_OF_OWN_PEOPLE_AFTER = re.compile(
    r"^\s*of\s+(?:its|their)\s+(?:own\s+)?(?:soldiers|servicem[ae]n|service\s+members|troops|citizens|defenders|nationals|fighters|marines|civilians|people|returnees|prisoners|pows|captives)\b"
    r"|^\s*of\s+(?:its|their)\s+own\b"  # ("while Russia recovered 195 of its own")
    # "Moskau sprach von 246 eigenen Soldaten", "Moscou a récupéré 246 de ses propres soldats"
    r"|^\s*(?:eigene[nr]?|de\s+ses\s+propres|de\s+sus\s+propios|dei\s+propri|swoich)\s+\w+"
    r"|^\s*(?:des\s+siens|des\s+leurs|de\s+los\s+suyos|dei\s+suoi|dos\s+seus)\b", re.I)  # ("Kiev a récupéré 207 des siens")
_NATION_NAMED = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow|kiew|moskau|russland|moscou|la\s+russie|l['’]ukraine|moscú|rusia|ucrania|mosca|ucraina|rosja|ukraina)(?:['’]s)?\b(?!\s+(?:war|invasion|captivity))", re.I)
# a nation after "with", "from", "to", "against" is the other party ("Russia carried out a swap with Ukraine, receiving 144 of its servicemen")
_OTHER_PARTY_BEFORE = re.compile(r"\b(?:with|from|to|against)\s+$", re.I)


_HOLDS_BEFORE = re.compile(r"\b(?:holds?|holding|held|keeps?|keeping|kept|detains?|detaining|detained|captured|imprisons?|imprisoned)\s+"
                           r"(?:(?:about|some|around|nearly|more\s+than|over|at\s+least|up\s+to|almost)\s+)?$", re.I)


def _acting_nations(before: str) -> list[str]:
    """The nations named in `before` that act (not the other party after "with", "from", "to"), in order."""
    return [m.group(1).lower() for m in _NATION_NAMED.finditer(before)
            if not _OTHER_PARTY_BEFORE.search(before, max(0, m.start() - 10), m.start())]
_FROM_CAPTIVITY = re.compile(r"^[^.;]{0,40}?\bfrom\s+(?:russian\s+|ukrainian\s+|enemy\s+)?(?:captivity|prisons?|custody)\b", re.I)
_FROM_KYIV_TERRITORY = re.compile(r"^[^.;]{0,50}?\b(?:returned\s+)?from\s+(?:the\s+)?territory\s+controlled\s+by\s+(?:the\s+)?(?:kyiv|kiev)", re.I)
_TOTAL_BY_EACH_SIDE_BEFORE = re.compile(r"\b(?:total|number|tally)\s+(?:[\w-]+\s+){0,3}?(?:by|on|from|for)\s+each\s+side\b[^.;:\d]{0,40}$", re.I)
_EACH_BEFORE = prefiltered(r"(?:\beach|jeweils|\belk|chaque\s+camp\s+\w+|both\s+sides\s+\w+)\s*(?:\w+\s+){0,2}"
                            # ("have each freed more than 4,000": past the qualifier)
                            r"(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|at\s+least\s+|roughly\s+)?$|\bpo\s+$|\bje\s+$|(?<!\w)по\s+$"
                            # "with each side handing over 390 people"
                            r"|\beach\s+side\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+|is\s+to\s+|was\s+to\s+)?(?:handing|handed|hands|hand|releasing|released|release|freeing|freed|free|returning|returned|return|getting|got|receiving|received|receive)\s+(?:over\s+|back\s+|the\s+other\s+(?:side\s+)?)?"
                            r"(?:(?:about|some|around|at\s+least|more\s+than|up\s+to|nearly)\s+)?$"
                            # "Jede Seite habe 150 ... freigelassen", "каждая из сторон передала 150", "cada parte liberó 150"
                            r"|\b(?:jede\s+seite|każda\s+(?:ze\s+)?stron\w*|кожна\s+(?:зі\s+|з\s+)?сторін\w*|кожна\s+сторона|каждая\s+(?:из\s+)?сторон\w*"
                            # ("cada país libertou 1.000 prisioneiros", "chaque pays a libéré 1 000")
                            r"|cada\s+(?:parte|lado|bando|país|pais)|ogni\s+(?:parte|paese)|ciascuna\s+(?:delle\s+)?parti?|chaque\s+(?:partie|pays)"
                            r"|jedes\s+land|każdy\s+(?:z\s+)?kraj\w*|кожна\s+(?:з\s+)?країн\w*|каждая\s+(?:из\s+)?стран\w*)\s+(?:\w+\s+){0,2}$"
                            # Turkish: "her iki taraftan en az 1.000 esir"
                            r"|\bher\s+iki\s+taraf\w*\s+(?:\w+\s+){0,2}$", re.I)  # (Polish "po 150", German "je 390": that many each)
_RUSSIA_RECEIVED_BEFORE = prefiltered(
    r"(?:russia|moscow|the\s+russian\s+side|(?:the\s+)?(?:separatists|rebels)|russland|moskau|la\s+russie|moscou|росія|россия|rusia|moscú|mosca|rússia|rosja|moskwa)(?:['’]s)?(?:,\s+(?:which|for\s+its\s+part|in\s+turn|por\s+su\s+parte|a\s+su\s+vez|de\s+son\s+côté|dal\s+canto\s+suo|por\s+sua\s+vez|ihrerseits),?)?\s+(?:(?!(?:ukraine|kyiv|kiev)\b)\w+\s+){0,7}(?:received|got|gets|receives|receiving|receive|get\s+back|getting\s+back|took\s+back|retrieved|regained|greeted|welcomed\s+(?:back|home)|(?:saw|celebrated|welcomed|hailed)\s+the\s+(?:return|release)\s+of|(?:pulled|brought)\s+out\s+of\s+captivity|secured\s+the\s+(?:freedom|release|return)\s+of|(?:managed|able)\s+to\s+bring\s+(?:back|home)|took\s+delivery\s+of|recovered|recovers|recovering|odzyskała|otrzymała|ha\s+ricevuto|ha\s+recibido|a\s+reçu|a\s+récupéré|recebeu|recibió|returned\s+home|brought\s+(?:back|home)|удалось\s+вернуть|(?:was|were|been)\s+(?:given|handed|sent)(?:\s+back)?|ricevuto|recibió|recuperó|recebeu|erhielt|erhält|bekam|a\s+récupéré|a\s+reçu|récupère|récupéré|reçu|отримала|получила)\s*(?:\w+\s+){0,3}?(?:(?:the\s+)?(?:bodies|remains)\s+of\s+|(?:les\s+)?(?:dépouilles|corps)\s+d(?:e|es)\s+|(?:die\s+)?(?:leichen|überreste)\s+von\s+|(?:le\s+|i\s+)?(?:salme|spoglie|corpi)\s+di\s+|(?:los\s+|os\s+)?(?:cuerpos|restos|corpos)\s+de\s+)?$"
    r"|(?:росії|россии|в\s+росію|в\s+россию|москве|москві|российской\s+стороне|російській\s+стороні)\s+(?:\w+\s+){0,2}?(?:передали|передано|повернули|вернули|вернулись|возвратились|повернулися|повернулись|передан\w*|возвращен\w*|повернут\w*|повернено)\s+(?:(?:более|понад|около|близько)\s+)?(?:(?:тіла|тела|тіл|тел)\s+)?"
    # German puts the verb second: "Im Gegenzug erhielt Moskau 49 Leichen"
    r"|\b(?:erhielt|erhält|bekam|bekommt)\s+(?:russland|moskau)\s+(?:\w+\s+){0,2}?$"
    r"|(?:российская|російська)\s+сторона\s+(?:получила|приняла|отримала|прийняла)\s+(?:\w+\s+){0,2}?$", re.I)


# the nation a sentence opens with as its subject ("Ukraine carried out ...", not "Ukraine and Russia ...")
_NATION_SUBJECT_OPENING = re.compile(r"^\W*(ukraine|kyiv|kiev|russia|moscow)\s+(?:has\s+|had\s+|on\s+\w+\s+)?(?!and\b)\w+", re.I)
_BROUGHT_HOME_BEFORE = re.compile(r"\b(?:brought|brings|bringing|bring)\s+(?:back\s+)?home\s+(?:(?:about|some|another|a\s+further|more\s+than|over|nearly)\s+)?$", re.I)
_SPEAKER_SAYS_BEFORE = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow)\s+(?:says|said|announces|announced|reports|reported)\s+(?:that\s+)?$", re.I)
# "10:30 Russian MoD: 185 servicemen returned": a live blog's speaker and colon, then the speaker's own people
_SPEAKER_COLON_BEFORE = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d\s*(?:[-–—]\s*)?)?(?:the\s+)?(ukraine|kyiv|kiev|russia|moscow|ukrainian|russian)(?:['’]s)?\b[^:.;\d]{0,40}:\s*$", re.I)
# the speaker's (or official's) own people coming back: "Russia says 63 servicemen returned", "Yermak said 175 servicemen
# had been freed"
_OWN_RETURN_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:(?:had|have|has)\s+(?:been\s+)?|were\s+|was\s+|are\s+(?:now\s+)?)?"
    r"(?:returned|freed|released|brought\s+(?:back|home)|came\s+(?:back|home)|come\s+home|coming\s+home|back|home|returning)\b", re.I)
_AND_ANOTHER_GROUP = re.compile(
    r"^\s+(?:[\w'’-]+\s+)?(?:" + lx.PEOPLE.pattern + r")(?:\s+(?:of\s+war|de\s+guerra|di\s+guerra|de\s+guerre|wojennych))?(?:\s+(?:and|plus|as\s+well\s+as|та|і|и|und|et|y|e|oraz)|,)\s+\d[\d,]*\s+(?:[\w'’-]+\s+)?(?:" + lx.PEOPLE.pattern + r")\b", re.I)
_INVOLVED_IN_THE_SWAP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+involved\s+in\s+(?:the|this|that|a|an)\s+"
                                         r"(?:[\w-]+\s+)?(?:exchange|swap)\b", re.I)
_POSTPOSED_NATION_WORDS = r"(ucranian[oa]s|ucraini|ukrainiens|ukrainiennes|rus[oa]s|russos|russi|russes)"
_POSTPOSED_NATION_AFTER = re.compile(r"\s+" + _POSTPOSED_NATION_WORDS + r"\b", re.I)
_POSTPOSED_NATION_END = re.compile(r"\s" + _POSTPOSED_NATION_WORDS + r"$", re.I)
# "185 soldiers and 20 civilians" (or "185 POWs, 20 civilians each" in a headline): the group joined before the number
_AND_WORDS = frozenset({"and", "plus", "well", "und", "sowie", "et", "y", "e", "i", "oraz", "та", "і", "и"})
_GROUP_AND_BEFORE = re.compile(r"(?<![\d,.])(\d[\d,.]*)\s+(?:[\w'’-]+\s+){1,3}?(?:and|plus|as\s+well\s+as|und|sowie|et|y|e|i|oraz|та|і|и)\s+$", re.I)
# "185 Russian servicemen and 20 civilians": the second group is of the nation named with the first
_CONJOINED_NATION_BEFORE = re.compile(r"\b\d[\d,]*\s+(ukrainian|russian)\s+(?:[\w'’-]+\s+){0,2}?(?:and|plus|as\s+well\s+as)\s+$", re.I)
# an aside between a count and its verb: ", including 20 civilians,", " — 270 soldiers and 120 civilians —", " (270 soldiers
# and 120 civilians)"
# (in other languages too: "390 personnes, dont 120 civils, avaient été échangées de part et d'autre")
_INCLUDING_ASIDE = re.compile(r"^\s*(?:(?:[\w-]+\s+){0,2}?[\w-]+)?(,\s*(?:including|among\s+them|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)"
                              r"|entre\s+(?:ellos|ellas|eles|elas)|incluid[oa]s|incluindo|tra\s+cui|di\s+cui|darunter|davon|w\s+tym"
                              r"|в\s+том\s+числе|у\s+тому\s+числі|серед\s+них|среди\s+них)\s+[^,.;]{1,50},|\s+[—–]\s*[^—–.;()]{1,60}?\s*[—–]|\s*\([^().;]{1,60}\))", re.I)


# "Ukraine and Russia received 31 and 15 wounded prisoners respectively": each count is its party's
_RESPECTIVELY = re.compile(
    r"\b(?P<a>ukraine|kyiv|kiev|russia|moscow)\s+and\s+(?P<b>ukraine|kyiv|kiev|russia|moscow)\s+(?:have\s+|had\s+|has\s+)?(?P<verb>(?:[\w-]+\s+){1,3}?)"
    r"(?:(?:about|some|around|nearly)\s+)?(?P<n1>\d[\d,]*)\s+and\s+(?:(?:about|some|around|nearly)\s+)?(?P<n2>\d[\d,]*)\b[^.;]{0,40}?\brespectively\b", re.I)
_RECEIVING_VERB = re.compile(r"\b(?:received|receive|got|get|brought|welcomed|recovered|repatriated|secured)\b", re.I)
_GIVING_VERB = re.compile(r"\b(?:freed|released|handed|gave|transferred|returned|sent)\b", re.I)


def _respective_side(text: str, n: Number) -> str | None:
    """The side of one of two counts matched to two parties by "respectively": the party's own people for what it
    received, the other party's for what it freed or handed over."""
    for m in _RESPECTIVELY.finditer(text):
        for party, count in (("a", "n1"), ("b", "n2")):
            if m.start(count) == n.start:
                verb = m.group("verb")
                ukrainian = m.group(party).lower() in ("ukraine", "kyiv", "kiev")
                if _RECEIVING_VERB.search(verb):
                    return "ukraine" if ukrainian else "russia"
                if _GIVING_VERB.search(verb):
                    return "russia" if ukrainian else "ukraine"
    return None


def _side(text: str, n: Number, before: str, after: str, following: str = "") -> tuple[str, str | None]:
    # cues after the number belong to it only up to the next number ("300 captives, 150 from each side")
    # "390 people, including 120 civilians, were returned to each side": past the parenthetical part; "185 soldiers
    # and 20 civilians are home": past the group named with it
    aside = _INCLUDING_ASIDE.match(after)
    joined = None if aside else _AND_ANOTHER_GROUP.match(after)
    near_after = _NEXT_NUMBER.split((after[: aside.start(1)] + after[aside.end(1) :] if aside else after[joined.end() :] if joined else after)[:110], 1)[0]
    # "the bodies of 501 soldiers, while Russia received the remains of 89": the next clause is the next count's
    near_after = _NEXT_CLAUSE.split(near_after, 1)[0].split(";", 1)[0]  # ("...; in the same period Russia received ...")
    near_before = before[-45:]
    if n.n_for_n:
        return "both", "per_side"
    if "respectively" in text:
        respective = _respective_side(text, n)
        if respective:
            return respective, None
    gapped = _GAPPED_NATION_BEFORE.search(before[-40:])
    if gapped and not (lx.UKR_PEOPLE.match(after) or lx.RUS_PEOPLE.match(after)):
        if re.search(r"\b(?:got|received)\b", gapped.group(0), re.I):
            # "in January 2024, Ukraine received 207 prisoners and Russia 195": the nation that received them
            return ("ukraine" if _UKRAINE_NAMED.match(gapped.group(1)) else "russia"), None
        return "unknown", None  # "Ukraine got back 150 people, Russia 150": the other side of the count before (`_side_from_counts_before`)
    if _OF_OWN_PEOPLE_AFTER.match(after):
        # "Ukraine said that 185 of its soldiers had returned", "Russia received 84 of its citizens": the
        # people of the nation named last before
        named = _acting_nations(before[-90:])
        if named:
            ukrainian = bool(_UKRAINE_NAMED.match(named[-1]))
            if _HOLDS_BEFORE.search(before[-40:]):
                ukrainian = not ukrainian  # "the separatists say Kiev holds about 600 of their fighters": the other side's
            return ("ukraine" if ukrainian else "russia"), None
    if after[:1] == "-":
        after = _STRONG_GROUP_OF.sub("", after, 1)  # "a 150-strong group of Ukrainian soldiers": the group's people
    on_side = _ON_A_SIDE_AFTER.match(after) if " side" in after[:60] else None
    if on_side is not None:
        return ("ukraine" if on_side.group(1).lower().startswith("ukr") else "russia"), None  # "33 civilians on the Ukrainian side"
    named_later = _A_NATION_NAMED_LATER_AFTER.match(after) if (", which " in after[:70] or "bringing" in after[:70]) else None
    if named_later is not None and not (lx.UKR_PEOPLE.match(after) or lx.RUS_PEOPLE.match(after) or _BOTH_OR_EACH.search(before[-60:] + after[:30])):
        # "She was one of 19 women freed in the swap, which returned 150 Ukrainians", "The swap brought 175 soldiers home,
        # bringing to 4,306 the number of Ukrainians freed": the nation the clause after names is the count's
        return ("ukraine" if (named_later.group(1) or named_later.group(2)).lower().startswith("ukr") else "russia"), None
    if ":" in after[:60] and _BOTH_NATIONS_PARTS_AFTER.match(after):
        return "both", "total"  # "In all, 372 people were freed: 175 Russians and 197 Ukrainians": both ways together
    gave = _AND_GAVE_BEFORE.search(before[-110:]) if " and " in before[-40:] else None
    if gave is not None and not (lx.UKR_PEOPLE.match(after) or lx.RUS_PEOPLE.match(after)):
        # "Ukraine got 207 POWs back and gave 195": what the subject gave up is the other side's people
        return ("russia" if _UKRAINE_NAMED.match(gave.group(1)) else "ukraine"), None
    whole_named = _A_NATIONS_COUNT_INCLUDING_BEFORE.search(before[-70:]) if "including" in before[-16:] else None
    if whole_named is not None and not (lx.UKR_PEOPLE.match(after) or lx.RUS_PEOPLE.match(after)):
        # "Ukraine freed 150 Russians, including three women": a part of the nation's count it is set off from
        return ("ukraine" if whole_named.group(1).lower().startswith("ukr") else "russia"), None
    if lx.UKR_PEOPLE.match(after):
        nation = "ukraine"
    elif lx.RUS_PEOPLE.match(after):
        nation = "russia"
    elif joined and (postposed := _POSTPOSED_NATION_AFTER.match(after, joined.end()) or _POSTPOSED_NATION_END.search(joined.group(0))):
        # "185 militares e 20 civis ucranianos": the nation after the second group is the first group's too
        nation = "ukraine" if _UKRAINE_NAMED.match(postposed.group(1)) else "russia"
    else:
        nation = None
    # "according to officials on both sides" says who reported it, not how it was counted
    if _EXCHANGE_OF.search(near_before) and _FROM_BOTH_SIDES_AFTER.match(near_after):
        return "both", "total"  # "the exchange of 150 captives from both sides" (75 each): both sides together
    if ("involv" in near_before and _EXCHANGE_INVOLVING_BEFORE.search(before[-90:]) and not (lx.UKR_PEOPLE.match(after) or lx.RUS_PEOPLE.match(after))
            and not lx.PER_SIDE.search(near_after)):  # (not "involving 300 people from each side")
        return "both", "total"  # "it was the largest exchange so far, involving 478 people": everyone it freed, both ways
    if " involved" in after[:40] and _INVOLVED_IN_THE_SWAP_AFTER.match(after):
        return "both", "total"  # "Some 780 people were involved in the exchange, 390 from each side": everyone it freed
    if " both " in near_after and _HELD_BY_BOTH_SIDES_AFTER.match(near_after):
        return "both", "total"  # "visited more than 3,500 prisoners of war held by both sides": all of them, on either side
    if (lx.PER_SIDE.search(_BOTH_SIDES_SPEAK.sub(" ", near_after)) and not _EACH_OF_SEVERAL_BEFORE.search(near_before)) or _EACH_BEFORE.search(near_before):
        return "both", "per_side"  # (but "three more transfers of 1,200 bodies each": so many in each transfer)
    if " each side" in before[-90:] and _TOTAL_BY_EACH_SIDE_BEFORE.search(before[-90:]):
        return "both", "per_side"  # "bringing the total returned by each side over three days to 1,000"
    group_before = _GROUP_AND_BEFORE.search(before[-70:]) if before[-8:].rstrip().rpartition(" ")[2].lower() in _AND_WORDS else None
    if group_before is not None and _EACH_BEFORE.search(before[-70:][: group_before.start(1)][-45:]):
        return "both", "per_side"  # "Each side handed over 185 soldiers and 20 civilians": the second group too
    handed_to = _HANDED_TO_BEFORE.search(before[-90:])
    if handed_to and not nation:
        # "Russia handed Ukraine 1,212 bodies", "La Russie a remis mercredi à l'Ukraine 1 212 corps": the recipient's
        # people (or dead)
        to = next(g for g in handed_to.group("to", "to_fr", "to_de", "to_es", "to_ru", "to_pl") if g)
        return ("ukraine" if _UKRAINE_NAMED.search(to) else "russia"), None
    if not nation and (" by " in after[:60] or " in " in after[:60]):
        holder = _HELD_BY_A_NATION_AFTER.match(after)
        if holder is not None:
            # "Two priests held by Russian forces ... have been freed": the people one side held are the other's
            nation = "russia" if holder.group(1).lower().startswith(("ukr", "kyiv")) else "ukraine"
    if nation:
        # "246 Russian servicemen ... In return, the same number of Ukrainian prisoners were transferred"
        if lx.SAME_NUMBER.search(text[n.end :]) or _has(lx.SAME_NUMBER, following[:120]):
            return "both", "per_side"
        return nation, None
    possessive = _POSSESSIVE_NATION_BEFORE.search(before[-30:])
    if possessive and (not _PEOPLE_AFTER.match(after) or _OWN_FORCES_AFTER.match(after)):
        # "Ukraine's 75 were taken to a hospital, while Russia's 75 were flown to Moscow", "Ukraine's 75 soldiers and
        # Russia's 75 servicemen": the nation's own people (not "Russia's 8,000 prisoners", the ones it holds)
        return ("ukraine" if _UKRAINE_NAMED.match(possessive.group(1)) else "russia"), None
    put = _PUT_THE_NUMBER_OF_BEFORE.search(before[-110:]) if " at" in before[-4:] else None
    if put:
        # "Ukraine put the number of its returnees at 207", "Zelensky put the number of returning Ukrainians at 277"
        noun = put.group("noun").lower()
        if lx.UKR_PEOPLE.search(" " + noun) or "ukrain" in noun:
            return "ukraine", None
        if lx.RUS_PEOPLE.search(" " + noun) or "russian" in noun:
            return "russia", None
        if put.group("who") and re.search(r"\b(?:its|their)\b", noun):
            return ("ukraine" if _UKRAINE_NAMED.match(put.group("who")) else "russia"), None
    speaker = _SPEAKER_SAYS_BEFORE.search(before[-30:]) or _SPEAKER_COLON_BEFORE.match(before)
    if speaker and _OWN_RETURN_AFTER.match(near_after):
        # "Russia says 63 servicemen returned", "Ukraine says 207 POWs came home": the speaker's own people
        return ("ukraine" if speaker.group(1).lower() in ("ukraine", "kyiv", "kiev", "ukrainian") else "russia"), None
    conjoined = _CONJOINED_NATION_BEFORE.search(before[-60:])
    if conjoined:
        return ("ukraine" if conjoined.group(1).lower() == "ukrainian" else "russia"), None
    freed_by = _FREED_BY_AFTER.match(near_after)
    if freed_by:
        # "11 civilian sailors freed by Moscow": the side that freed them gave them to the other
        return ("ukraine" if freed_by.group(1).lower().startswith(("russia", "moscow")) else "russia"), None
    if _RELEASE_OF.search(near_before) and lx.UKR_RECEIVES.search(before[-70:]):
        return "ukraine", None  # "Ukraine has secured the release of 215 people": those are Ukraine's
    if " return of" in near_before[-20:] or " release of" in near_before[-20:]:
        demand = _DEMANDS_THE_RETURN_OF.search(near_before)
        if demand:
            # "Kyiv demands return of 8,000": the people a nation asks back are its own
            return ("ukraine" if _UKRAINE_NAMED.match(demand.group(1)) else "russia"), None
    if _SECURED_THE_RELEASE_OF.search(near_before):
        # "Ukraine said ... it had carried out the biggest swap of the war, securing the release of 144 servicemen"
        # (or in a headline, with no article: "Ukraine secures release of 215 fighters"):
        # the one nation named secured its own people's release
        named = {"ukraine" if _UKRAINE_NAMED.match(name) else "russia" for name in _acting_nations(before)}
        if len(named) == 1:
            return named.pop(), None
    if before[-2:] == ", " and lx.TOTAL_AFTER.match(after):
        people = _NATION_PEOPLE_OPENING.match(text)
        if people:
            # "Russian soldiers taken prisoner in Kursk have returned home, 95 in all": the people the sentence opens with
            return ("russia" if people.group(1).lower().startswith("russ") else "ukraine"), None
    total_before = lx.TOTAL_BEFORE.search(near_before)
    # "Moscow had handed over 6,060 bodies in total", "Kyiv has handed over a total of 78": what one side gave is the other's
    # (the giver may stand further back than the near window: "Russia has said it is ready to transfer a total of 6,000";
    # the total's words end both windows, so the wide one is cut where they start)
    wide_before = before[-90:]
    giver_before = wide_before[: len(wide_before) - len(near_before) + total_before.start()] if total_before else near_before
    if (_EXCHANGE_OF.search(near_before) and not _FOR_ANOTHER_COUNT_AFTER.match(after)) or ((total_before or lx.TOTAL_AFTER.match(after)) and not (
            lx.TO_UKRAINE.search(near_after) or lx.TO_RUSSIA.search(near_after)
            or _UKRAINE_GAVE_BEFORE.search(giver_before) or _RUSSIA_GAVE_BEFORE.search(giver_before)
            or lx.UKR_RECEIVES.search(giver_before[-70:]) or _RETURNEES_JUST_BEFORE.search(near_before[-40:])
            # ("Russland hatte angekündigt, insgesamt 6000 Leichen übergeben zu wollen": what the giver will hand over)
            or (" zu" in near_after[:60] and _DE_TO_HAND_OVER_AFTER.match(near_after) and _DE_GIVER_BEFORE.search(before[-80:])))):
        # ("a total of 502 bodies were repatriated to Ukraine", "Ukraine has repatriated 15,801 bodies in total": Ukraine's)
        return "both", "total"
    if total_before and _UKRAINE_GAVE_BEFORE.search(giver_before):
        return "russia", None
    if total_before and _RUSSIA_GAVE_BEFORE.search(giver_before):
        return "ukraine", None
    if not before.isascii():  # the Ukrainian and Russian word orders need Cyrillic letters
        if _UKRAINE_GAVE_BEFORE_UK_RU.search(before[-60:]):
            return "russia", None
        if _RUSSIA_GAVE_BODIES_UK_RU.search(before[-60:]) or (_BODIES_NEXT_UK_RU.match(after) and _RUSSIA_GAVE_UK_RU.search(before[-60:])):
            return "ukraine", None  # "Росія передала тіла 909 полеглих": the dead it gave back are Ukraine's
        if _UKRAINE_GAVE_AND_GOT_UK_RU.search(before[-120:]):
            return "ukraine", None
    if "hat" in before[-90:] or "heeft" in before[-90:] or "kreeg" in before[-90:]:
        # (the subject and "hat" may stand well before: "Die Ukraine hat nach eigenen Angaben die Leichen von ...")
        # ("Oekraïne heeft 303 soldaten teruggekregen", "Rusland kreeg ook 303 militairen terug": Dutch puts it last too)
        has = _HAS_BEFORE_DE_NL.search(before[-90:])
        if has and _RECEIVED_AFTER_DE_NL.match(near_after):
            # "Die Ukraine hat nach eigenen Angaben 1212 Leichen ... erhalten": the German perfect puts the verb last
            return ("russia" if (has.group(1) or has.group(2)).lower() in ("russland", "moskau", "rusland", "moskou") else "ukraine"), None
    if " zu" in near_after[:60] and _DE_TO_HAND_OVER_AFTER.match(near_after):
        giver = _DE_GIVER_BEFORE.search(before[-80:])
        if giver:
            # "Moskau bot an, 6000 Leichen zu übergeben": the giver's count is the other side's
            return ("ukraine" if giver.group(1).lower() in ("russland", "moskau") else "russia"), None
    if " geri " in near_after[:40] or " serbest " in near_after[:40] or " dön" in near_after[:50]:
        subject = _TR_SUBJECT_OPENING.match(text) if _TR_OWN_BACK_AFTER.match(near_after) else None
        if subject:
            # "Ukrayna, ... 303 askerini geri aldı": the subject took its own soldiers back
            return ("russia" if subject.group(1).lower().startswith("rus") else "ukraine"), None
    if (" teslim " in after[:60] or " iade " in after[:60]) and (tr_to := _TR_HANDED_TO_AFTER.match(after)):
        return ("ukraine" if _UKRAINE_NAMED.match(tr_to.group(1)) else "russia"), None  # "... Ukrayna'ya teslim etti": Ukraine's
    got_back = _GOT_N_BACK_BEFORE.search(before[-40:])
    if got_back is None and _GETS_WITH_THE_SUBJECT_BEFORE.search(before[-14:]):
        got_back = _NATION_SUBJECT_OPENING.match(text)  # "Russia frees 189 Ukrainians, gets 150 back": the subject's own
    if got_back and _BACK_OR_HOME_AFTER.match(after):
        # "Ukraine got 86 servicemen back", "Russia brought 90 soldiers home": that nation's own people (and "..., and
        # returned an equal number of Russians": so many each)
        if lx.SAME_NUMBER.search(text, n.end) and lx.SAME_NUMBER.search(text, n.end).start() - n.end < 90:
            return "both", "per_side"
        # (or "the Ukrainian side got 90 people back on Friday, the Russian side the same": so many each)
        if _THE_OTHER_SIDE_THE_SAME.search(text, n.end):
            return "both", "per_side"
        return ("ukraine" if _UKRAINE_NAMED.search(got_back.group(1)) else "russia"), None
    if _UKRAINE_GOT_AND_GAVE_BEFORE.search(before[-120:]):
        return "russia", None  # "Ukraine received 1,000 bodies and handed over 24"
    if _RUSSIA_GOT_AND_GAVE_BEFORE.search(before[-120:]):
        return "ukraine", None
    if _UKRAINE_AND_RECEIVED_BEFORE.search(before[-120:]):
        return "ukraine", None  # "... and receiving 73 in return"
    if _RUSSIA_AND_RECEIVED_BEFORE.search(before[-120:]):
        return "russia", None  # "Russia has handed over 3,600 bodies ..., while receiving 27"
    got_back = _GOT_BACK_FROM_CAPTIVITY_RU_UK.search(before[-80:]) or (
        _NATION_RETURNED_RU_UK.search(before[-60:]) if _CAPTIVITY_OR_HOME_AFTER_RU_UK.match(after) or (
            # ("Россия вернула 205 военнослужащих": its own people; not "вернула 909 тел", the dead it gave back)
            _PEOPLE_AFTER.match(after) and not _BODIES_AFTER.match(after) and not lx.TO_UKRAINE.search(near_after)
            and not lx.TO_RUSSIA.search(near_after)) else None)
    if got_back is None and not before.isascii() and _ITS_OWN_AFTER_UK_RU.match(after):
        # "Російська сторона заявила, що отримала 150 своїх військових": the side that received its own people
        got_back = _SIDE_RECEIVED_UK_RU.search(before[-90:])
    if got_back:
        # "Россия вернула из плена 246 военнослужащих", "Україна повернула додому 277": its own people
        return ("russia" if got_back.group(1).lower().startswith(("росси", "москва", "росі")) else "ukraine"), None
    if " both " in f" {before[-90:].lower()}" and _BOTH_NATIONS_EACH_DID_BEFORE.search(before[-90:]) and not _AND_ANOTHER_COUNT_AFTER.match(after):
        return "both", "per_side"  # "Both Ukraine and Russia released 103 prisoners": each of them did
    promised = _A_NATIONS_PROMISE_TO_GIVE_BEFORE.search(near_before) if "'s " in near_before or "’s " in near_before else None
    if promised:
        # "despite Russia's promise to return 500 soldiers", "Kyiv's offer to free 300 Russians": the other side's people
        return ("russia" if _UKRAINE_NAMED.match(promised.group(1)) else "ukraine"), None
    if _FROM_CAPTIVITY.match(near_after):
        pass  # "Ukraine released 95 soldiers from Russian captivity": its own people, not the ones it gave
    elif _UKRAINE_GAVE_BEFORE.search(before[-75:]):
        return "russia", None  # "with Kyiv handing over 233 people": those go to the other side
    elif _RUSSIA_RETURNED_BEFORE.search(near_before) and _BODIES_AFTER.match(after):
        return "ukraine", None  # "Russia had returned 160 bodies": the dead it gave back are Ukraine's
    # ("He said Russia had proposed handing over the bodies of 3,000 more": the giver further back than the window)
    elif _RUSSIA_GAVE_BEFORE.search(before[-75:]) or _SEPARATISTS_GAVE_BEFORE.search(near_before):
        return "ukraine", None  # "Russia also handed over 22 severely wounded servicemen", "the rebels freeing 73"
    own_figure = _PUT_ITS_FIGURE_AT_BEFORE.search(before[-60:]) if " its " in before[-40:] or " a figure" in before[-40:] else None
    if own_figure and not _BODIES_AFTER.match(after):
        # "Ukraine said 230 came home. Moscow put its figure at 248": the count of its own people back
        return ("ukraine" if _UKRAINE_NAMED.match(own_figure.group(1)) else "russia"), None
    group = _NATION_GROUP_BEFORE.search(before[-80:]) or _NUMBER_OF_NATION_BEFORE.search(before[-80:])
    if group:
        return ("ukraine" if next(g for g in group.groups() if g).lower().startswith(("ukrain", "ucra", "ukraiń")) else "russia"), None
    if "for" in before[-40:] and _IN_EXCHANGE_FOR_BEFORE.search(before[-40:]) and not (lx.TO_RUSSIA.search(near_after) or lx.TO_UKRAINE.search(near_after)):
        return "unknown", None  # "Kyiv got back 20 people in return for 14": the other side's, from the count it answers
    if " other way" in near_after and _OTHER_WAY_AFTER.match(near_after):
        # "233 people handed over to the rebels and 73 going the other way": the way opposite the count before it
        return "unknown", None
    returned_while = _RETURNED_IN_TURN_BEFORE.search(before[-50:]) if "returned" in before[-30:] else None
    if returned_while and lx.BODIES.search(text):
        # "Russia has handed over more than 6,000 bodies, while Ukraine has returned about 500": the dead it gave back
        return ("russia" if _UKRAINE_NAMED.match(returned_while.group(1)) else "ukraine"), None
    if (lx.TO_RUSSIA.search(near_after) or _RUSSIA_RECEIVED_BEFORE.search(before[-70:])
            or _FROM_KYIV_TERRITORY.match(_NEXT_NUMBER.split(after[:120], 1)[0])):
        return "russia", None
    freed_each = _KYIV_FREED_BEFORE.search(before[-40:]) if " freed " in before[-30:] or " released " in before[-30:] else None
    if freed_each and _AND_THE_OTHERS_FREED_AFTER.match(after):
        # "Kyiv freed 233 people and the rebels released 73": each side freed the other's people
        return "russia", None
    if lx.TO_UKRAINE.search(near_after) or lx.UKR_RECEIVES.search(before[-70:]) or _HOME_BEFORE_UK.search(before[-40:]):
        return "ukraine", None
    if not after.isascii() or "terug" in after[:90]:
        # the verb last: "Oekraïne heeft 185 soldaten en 20 burgers teruggekregen", "Ukrayna ... 185 askerini ve 20 sivilini geri aldı"
        subject = _SOV_NATION_BEFORE.search(before[-80:])
        if subject is not None and _SOV_GOT_BACK_AFTER.match(after):
            return ("ukraine" if subject.group(1).lower().startswith(("oek", "ukr")) else "russia"), None
    gets = _NATION_GETS_BEFORE.search(before[-40:]) if " g" in before[-30:] else None
    if gets:
        return ("ukraine" if _UKRAINE_NAMED.match(gets.group(1)) else "russia"), None  # "Kyiv gets 116 prisoners, Moscow 63"
    those = _OF_THOSE_RETURNING_TO_BEFORE.search(before[-160:]) if "those" in before or "the " in before else None
    if those:
        # "Of those returning to Ukraine, 270 were servicemen and 120 were civilians": the parts of one side's people
        return ("ukraine" if those.group(1).lower() in ("ukraine", "kyiv") else "russia"), None
    offered_by = _NATION_OFFERED_BEFORE.search(before[-40:]) if "offer" in before[-40:] else None
    if offered_by and _BODIES_AFTER.match(after):
        # "Kyiv has offered 15 bodies": the dead a side offers back are the other side's
        return ("russia" if _UKRAINE_NAMED.match(offered_by.group(1)) else "ukraine"), None
    # (its words checked first: this runs for most numbers)
    wide_lower = before[-140:].lower() if " to " in before[-140:] else ""
    total_to = (_TOTAL_RETURNED_TO_BEFORE.search(before[-140:])
                if wide_lower and ("total" in wide_lower or "number" in wide_lower or "tally" in wide_lower) else None)
    if total_to:
        # "the total number of bodies returned to Ukraine since June 11 had reached 7,000": the nation they went to
        return ("ukraine" if _UKRAINE_NAMED.match(total_to.group(1)) else "russia"), None
    if _TO_RUSSIA_BEFORE_PL.search(before[-40:]):
        return "russia", None  # "..., a do Rosji 248 żołnierzy"
    if _BROUGHT_HOME_BEFORE.search(before[-30:]):
        # "The last exchange, on Aug. 7, brought home 22 soldiers"; "Ukraine carried out its fourth prisoner swap with
        # Russia on Thursday, bringing home 30 people" (and "Russia carried out a swap ..., bringing home 30": Russia's)
        subject = _NATION_SUBJECT_OPENING.match(text)
        if subject:
            return ("ukraine" if _UKRAINE_NAMED.match(subject.group(1)) else "russia"), None
        if not lx.RUSSIA.search(before[-60:]):
            return "ukraine", None
    if _FOR_A_COUNT_AFTER.match(after):
        return "unknown", None  # "the sides swapped 230 for 248": one count each way, not both together
    if _BOTH_PARTIES_SWAPPED_BEFORE.search(before[-90:]) and not _AND_ANOTHER_COUNT_AFTER.match(after):
        return "both", "total"  # "Ukraine and Russian-backed separatists swapped about 200 prisoners": both ways together
        # ("Russia and Ukraine exchange 248 and 230 prisoners": two counts, neither the total)
    if _SIDES_SWAPPED_BEFORE.search(before[-60:]) and not _AND_ANOTHER_COUNT_AFTER.match(after):
        return "both", "total"  # "the two sides exchanged 303 servicemen", "стороны обменялись 303": both ways together
    if not before.isascii() or " et " in before or " y " in before or " und " in before or " e " in before or " i " in before:
        if (_BOTH_PARTIES_SWAPPED_OTHER.search(before[-110:]) or (
                _DE_BOTH_PARTIES_HAVE.search(before[-110:]) and _DE_SWAPPED_AFTER.match(after))) and not _AND_ANOTHER_COUNT_AFTER.match(after):
            return "both", "total"  # "La Russie et l'Ukraine ont échangé mercredi 300 prisonniers", "Россия и Украина обменялись 300"
    half = _HALF_EACH_AFTER.match(after)
    if half and 2 * int(_NON_DIGITS.sub("", half.group(1)) or 0) == n.value:
        return "both", "total"  # "The exchange involved 180 prisoners, 90 from each side": both sides together
    if _CHANGED_HANDS_AFTER.match(after):
        return "both", "total"  # "606 prisoners changed hands"
    if (_WITH_N_BEFORE.search(before[-30:]) and _BOTH_PARTIES_OPENING.match(text)
            and _RELEASED_RIGHT_AFTER.match(after) and not _AND_ANOTHER_COUNT_AFTER.match(after)):
        # "Russia and Ukraine on Wednesday carried out their largest exchange, with more than 450 captives released": both ways
        return "both", "total"
    longer_after = text[n.end : n.end + 220]  # (the verb may close a long clause)
    if " to " in longer_after:
        sent_to = _SENT_TO_AT_CLAUSE_END.match(_NEXT_NUMBER.split(longer_after, 1)[0])
        if sent_to:
            # "eight residents of the Kursk region who had been illegally detained by the Kyiv regime were returned to Russia"
            return ("ukraine" if sent_to.group(1).lower() in ("ukraine", "kyiv", "kiev") else "russia"), None
    receiver = _RECEIVER_RELATIVE_AFTER.match(near_after) if " has " in near_after[:40] or " have " in near_after[:40] or " had " in near_after[:40] else None
    if receiver:
        # "• 6,057: bodies Ukraine has received since June 11": the receiver's own people (or dead)
        return ("ukraine" if _UKRAINE_NAMED.match(receiver.group(1)) else "russia"), None
    giver = _GIVER_RELATIVE_AFTER.match(after) if after[:1] == " " and after[1:2].isupper() else None
    if giver:
        # "the 6,000 Moscow has said it will hand over": what one side gives is the other side's
        return ("russia" if _UKRAINE_NAMED.match(giver.group(1)) else "ukraine"), None
    if "Kursk" in near_after and _CAPTURED_IN_KURSK_AFTER.match(near_after):
        # "Russia has returned 103 servicemen captured in the Kursk region": Ukraine took them in its incursion there
        return "russia", None
    if (" of " in near_after[:30] or not near_after.isascii()) and _RESIDENTS_OF_A_RUSSIAN_REGION_AFTER.match(near_after):
        return "russia", None  # "eight residents of the Kursk region who had been held in Ukraine": Russia's civilians
    return "unknown", None


_AMONG_A_COUNT_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){1,3}?among\s+(?:the\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d", re.I)
_NATION_OFFERED_BEFORE = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow)\s+(?:has\s+|had\s+|also\s+)*(?:offered|offers)\s+(?:(?:about|some|another|up\s+to|more\s+than)\s+)?$", re.I)
_TOTAL_RETURNED_TO_BEFORE = re.compile(
    r"\b(?:number|total|tally)\s+of\s+(?:[\w-]+\s+){0,3}?(?:returned|repatriated|handed\s+over|transferred|brought\s+(?:back|home)|sent\s+back)\s+to\s+(ukraine|kyiv|russia|moscow)\b"
    r"[^.;]{0,60}?\b(?:to|at|reached|reaches|has\s+reached|had\s+reached|stands\s+at|stood\s+at|was|is|now\s+stands\s+at)\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$", re.I)
_OF_THOSE_RETURNING_TO_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:those|the\s+(?:people|prisoners|captives|pows|soldiers|servicemen))\s+(?:who\s+(?:have\s+|had\s+)?)?"
    r"(?:returning|returned|return|came|come|coming|brought|sent|handed\s+over|transferred|going)\s+(?:back\s+)?(?:home\s+)?to\s+(ukraine|kyiv|russia|moscow)\b"
    r"(?=[^.;]*,)", re.I)
_RECEIVER_RELATIVE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(Ukraine|Kyiv|Russia|Moscow)\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:received|got\s+back|brought\s+(?:back|home)|recovered|repatriated|taken\s+back)\b")
_GIVER_RELATIVE_AFTER = re.compile(
    r"\s+(Moscow|Russia|Kyiv|Ukraine)\s+(?:has\s+|had\s+)?(?:(?:said|says|promised|pledged|agreed|offered)\s+(?:it\s+)?(?:to\s+)?)?"
    r"(?:will\s+|would\s+|was\s+to\s+|is\s+to\s+)?(?:hand\s+over|handed\s+over|return|returned|give\s+back|gave\s+back|transfer|transferred"
    r"|repatriate|repatriated|release|released|free|freed|send|sent)\b")
# (and after a semicolon or a new sentence: "Russia handed over 1,000 bodies; Ukraine returned 24")
_RETURNED_IN_TURN_BEFORE = re.compile(r"(?:\b(?:while|whereas|and)|[;.])\s+(ukraine|kyiv|kiev|russia|moscow)\s+(?:has\s+|had\s+)?(?:in\s+turn\s+)?returned\s+"
                                      r"(?:(?:about|some|around|nearly|more\s+than|over|only|just)\s+)?$", re.I)
_ON_A_SIDE_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:on|from)\s+the\s+(ukrainian|russian)\s+side\b", re.I)
_KYIV_FREED_BEFORE = re.compile(r"\b(?:ukraine|kyiv|kiev|the\s+ukrainian\s+(?:side|government|authorities))\s+(?:freed|released)\s+(?:(?:about|some|around|more\s+than|over|nearly)\s+)?$", re.I)
_AND_THE_OTHERS_FREED_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?,?\s*(?:and|while|whereas)\s+(?:the\s+)?(?:(?:pro-russian|russian-backed|moscow-backed)\s+)?(?:rebels|separatists|russia|moscow)"
    r"\s+(?:freed|released|handed\s+over|let\s+go)\s+(?:about\s+|some\s+|around\s+)?\d", re.I)
_RESIDENTS_OF_A_RUSSIAN_REGION_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:residents|civilians|inhabitants|people)\s+(?:of|from)\s+(?:the\s+)?(?:Russian\s+)?(?:Kursk|Belgorod|Bryansk)\b"
    # ("трое мирных жителей Курской области", "8 мешканців Курської області")
    r"|^\s*(?:[\w-]+\s+)?(?:жител\w*|мешканц\w*|мешканків|гражданских|цивільних)\s+(?:Курск|Белгородск|Брянск|Курськ|Бєлгородськ|Брянськ)\w*\s+(?:област|облас)")
_CAPTURED_IN_KURSK_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:who\s+(?:had\s+been|were)\s+)?(?:captured|taken\s+prisoner|taken\s+captive)\s+"
                                      r"(?:in|during)\s+(?:the\s+)?(?:(?:fighting|battles?|incursion|offensive)\s+(?:in|into)\s+(?:the\s+)?)?Kursk\b")


_PARTY = (r"(?:ukraine|kyiv|kiev|russia|moscow|(?:the\s+)?(?:(?:pro-russian|russian-backed|russia-backed|moscow-backed|kremlin-backed)\s+)?(?:separatists|rebels)|the\s+separatist\s+\w+"
          r"|(?:the\s+)?(?:ukrainian\s+)?government(?:\s+(?:forces|troops))?|(?:the\s+)?ukrainian\s+(?:forces|authorities))")
# a recipient named between the verb and the number: "Russia handed Ukraine 1,212 bodies", "handed over to Ukraine
# the bodies of 1,212", "a remis mercredi à l'Ukraine 1 212 corps", "übergab der Ukraine am Mittwoch 1212 Leichen",
# "entregó a Ucrania 1.212 cuerpos", "передала Украине тела 1212"
_HANDED_TO_BEFORE = prefiltered(
    r"(?:\b(?:handed|hands|gave|gives|returned|returns|sent|sends|transferred|transfers|delivered|delivers)\s+(?:over\s+|back\s+)?(?:to\s+)?(?:the\s+)?"
    r"(?P<to>Ukraine|Kyiv|Kiev|Russia|Moscow|Ukrainian\s+side|Russian\s+side)(?=\s)"
    r"|\b(?:remis|rendu|restitué|livré|transféré|remet|rend)\s+(?:\w+\s+)?à\s+(?P<to_fr>l['’]Ukraine|la\s+Russie|Kiev|Moscou)(?=\s)"
    r"|\b(?:übergab|übergeben|übergibt|überstellte|gab)\s+(?:\w+\s+){0,2}?(?P<to_de>der\s+Ukraine|Russland|an\s+die\s+Ukraine|an\s+Russland)(?=\s)"
    r"|\b(?:entreg[óo]|entregado|devolvi[óo]|consegnato|consegnò|restituito)\s+(?:\w+\s+)?(?:a|all['’]|alla)\s*(?P<to_es>Ucrania|Rusia|Ucraina|Russia|Kyiv|Kiev|Moscú|Mosca)(?=\s)"
    r"|(?:передал[аи]?|передав|передала|передано|переданы|повернул[аи]?|вернул[аи]?|передать|передати|вернуть|повернути|передаст|передасть|вернет|вернёт|поверне)"
    r"(?:\s+(?:в\s+одностороннем\s+порядке|в\s+односторонньому\s+порядку))?\s+(?P<to_ru>Украине|Україні|России|Росії|РФ|Киеву|Києву|Москве"
    r"|(?:украинской|российской)\s+стороне|(?:українській|російській)\s+стороні)(?=\s)"
    r"|\b(?:przekazała|przekazał|przekazali|przekazano|oddała|zwróciła)\s+(?P<to_pl>Ukrainie|Rosji)(?=\s))"
    r"\s+(?:(?!\d|(?:and|or|while|but)\s)[\w'’-]+\s+){0,3}?(?:(?:the\s+)?(?:bodies|remains)\s+of\s+|тела\s+|тіла\s+|ciała\s+)?"  # ("... to Ukraine and 24 to Russia")
    r"(?:(?:about|some|around|more\s+than|over|nearly|another|a\s+further|еще|ещё|ще|более|понад|около|близько)\s+)?$", re.I)
# ("6000 Leichen zu übergeben", "6000 Leichen übergeben zu wollen")
_DE_TO_HAND_OVER_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:zu\s+(?:übergeben|überstellen|überführen|zurückzugeben|freizulassen)|(?:übergeben|zurückgeben|freilassen)\s+zu\s+wollen)\b", re.I)
_DE_GIVER_BEFORE = re.compile(r"\b(russland|moskau|die\s+ukraine|kiew)\b[^.;]{0,60}$", re.I)
_TR_UNDER_AGE_AFTER = re.compile(r"^\s*yaşın(?:ın)?\s+altında\w*", re.I)  # "25 yaşın altındaki askerler": under 25
# "6 bin asker cesedini Ukrayna'ya teslim etti": handed to the nation named before the verb
_TR_HANDED_TO_AFTER = re.compile(r"^\s*(?:[\w'’]+\s+){0,3}?(ukrayna|rusya|kiev|moskova)['’](?:ya|ye|a|e)\s+(?:teslim|iade)\s+(?:etti|edildi|edilecek|etmiş)", re.I)
# ("Rusya da 146 askerinin serbest bırakıldığını duyurdu": its own soldiers freed)
_TR_OWN_BACK_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:askerini|esirini|vatandaşını|askerinin|esirinin|vatandaşının|esirlerini|askerlerini|askerlerinin|vatandaşlarının)\s+(?:\w+\s+)?"
                                r"(?:geri\s+(?:aldı|alındı|getirdi|alındığını|getirildiğini)|serbest\s+bırakıl\w*|esaretten\s+dön\w*|eve\s+dön\w*|döndüğünü)", re.I)
_TR_SUBJECT_OPENING = re.compile(r"^\W*(ukrayna|rusya|kiev|moskova)\b", re.I)
_NATION_SUBJECT_OPENING = re.compile(r"^\W*(ukraine|russia|kyiv|kiev|moscow)\b", re.I)
_OFFERED_TO_GIVE_BEFORE = re.compile(r"\b(?:offered|proposed|offering|proposing|ready|willing|prepared)\s+to\s+(?:hand\s+over|return|transfer|give\s+back|repatriate)\s+"
                                     r"(?:(?:about|some|another|a\s+further|more\s+than|over|up\s+to|the)\s+)?$", re.I)
# (and with the subject after the verb: "Zuvor hatte Kiew die Leichen von 32 ... erhalten")
_HAS_BEFORE_DE_NL = re.compile(r"\b(die\s+ukraine|kiew|russland|moskau|oekraïne|rusland|moskou)\s+(?:hat|hatte|heeft|had|kreeg)\b[^.;,]*$"
                               r"|\b(?:hat|hatte|heeft|had|kreeg)\s+(die\s+ukraine|kiew|russland|moskau|oekraïne|rusland|moskou)\b[^.;,]*$", re.I)
_RECEIVED_AFTER_DE_NL = re.compile(r"^[^.;,]*?\b(?:erhalten|bekommen|zurückbekommen|zurückerhalten|zurückgeholt|teruggekregen|terug(?=\s*[.;,]|$)|ontvangen)\b", re.I)
_GOT_A_COUNT_BACK = re.compile(r"\b(?:gets?|got|brings?|brought)\s+\d[\d,]*\s+(?:back|home)\b", re.I)
_GOT_N_BACK_BEFORE = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow|the\s+ukrainian\s+side|the\s+russian\s+side)\s+(?:has\s+|have\s+|had\s+)?(?:got|gets|get|getting|brought|brings|bringing)\s+$", re.I)
_THE_OTHER_SIDE_THE_SAME = re.compile(r",\s+(?:and\s+)?(?:russia|moscow|ukraine|kyiv|kiev|the\s+(?:russian|ukrainian|other)\s+side)\s+the\s+same\b", re.I)
_BACK_OR_HOME_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?(?:back|home)\b", re.I)
_UKRAINE_NAMED = re.compile(r"ukr|ucr|kyiv|kiev|kiew|kij|укр|київ|києв|киев", re.I)
_AND_ANOTHER_COUNT_AFTER = re.compile(r"^\s+(?:and|y|und|et|e|i|і|и|та|oraz)\s+\d")
_SENT_TO_AT_CLAUSE_END = re.compile(
    r"^[^.;,]*?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?(?:returned|sent|handed\s+over|transferred|repatriated)\s+(?:back\s+|home\s+)?to\s+(russia|ukraine|moscow|kyiv|kiev)\b", re.I)
_EACH_OF_SEVERAL_BEFORE = re.compile(
    r"\b(?:transfers|handovers|repatriations|batches|rounds|stages|exchanges|swaps|flights|convoys)\s+of\s+(?:(?:about|some|around|nearly|over|more\s+than|up\s+to)\s+)?$", re.I)
_PARTY_OTHER = (r"(?:la\s+russie|russie|l['’]ukraine|moscou|kiev|kyiv|rusia|ucrania|moscú|russland|die\s+ukraine|ukraine|moskau|kiew|la\s+russia|russia"
                r"|l['’]ucraina|ucraina|mosca|a\s+rússia|rússia|a\s+ucrânia|ucrânia|rosja|ukraina|россия|украина|москва|киев|україна|росія|київ)")
_BOTH_PARTIES_SWAPPED_OTHER = re.compile(
    rf"\b{_PARTY_OTHER}\s+(?:et|y|und|и|та|і|e|i)\s+{_PARTY_OTHER}\s+"
    r"(?:ont\s+(?:échangé|procédé\s+à\s+un\s+échange\s+de)|échangent|intercambian|canjean|intercambiaron|canjearon|han\s+intercambiado|tauschten|tauschen|obmenyalis|обменялись|обменяли|обміняли|обмінялися|обмінялись|обмениваются|обмінюються"
    r"|si\s+sono\s+scambiat[ie]|hanno\s+scambiato|wymieniły|wymieniły\s+się|trocaram)\s+"
    r"(?:(?!\d)[\w'’-]+\s+){0,3}?(?:(?:près\s+de|environ|plus\s+de|casi|unos|más\s+de|fast|rund|etwa|mehr\s+als|около|более|близько|понад|circa|quasi|około|prawie|cerca\s+de)\s+)?$", re.I)
# (and with the verb before the subject: "Kurz vor dem Jahreswechsel haben Russland und die Ukraine fast 300 ... ausgetauscht")
_DE_BOTH_PARTIES_HAVE = re.compile(r"\b(?:russland|moskau)\s+und\s+(?:die\s+)?(?:ukraine|kiew)\s+haben\b|\b(?:die\s+)?(?:ukraine|kiew)\s+und\s+(?:russland|moskau)\s+haben\b"
                                   r"|\bhaben\s+(?:russland|moskau)\s+und\s+(?:die\s+)?(?:ukraine|kiew)\b|\bhaben\s+(?:die\s+)?(?:ukraine|kiew)\s+und\s+(?:russland|moskau)\b", re.I)
_DE_SWAPPED_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:ausgetauscht|getauscht|aus)\b", re.I)
_HALF_EACH_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?[\w-]*\s*[,–—-]\s*(?:or\s+|with\s+)?(\d[\d,.\u00a0 ]*\d|\d)\s+(?:[\w-]+\s+)?(?:from\s+each\s+side|from\s+both\s+sides|each|per\s+side|apiece|on\s+each\s+side)\b", re.I)
_CHANGED_HANDS_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?changed\s+hands\b", re.I)
_PUT_THE_NUMBER_OF_BEFORE = re.compile(
    r"(?:\b(?P<who>ukraine|kyiv|kiev|russia|moscow)\b[^.;]{0,40}?)?\b(?:put|puts|putting|gave|gives|estimated|estimates|set|sets)\s+(?:the\s+)?"
    r"(?:number|figure|total|count|tally)\s+of\s+(?P<noun>(?:[\w'’-]+\s+){0,3}?)at\s+(?:(?:about|some|around|nearly|more\s+than|over)\s+)?$", re.I)
_OWN_FORCES_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:soldiers|servicem[ae]n|service\s+members|troops|defenders|citizens|civilians|nationals|fighters|marines|officers)\b", re.I)
_POSSESSIVE_NATION_BEFORE = re.compile(r"\b(ukraine|kyiv|kiev|russia|moscow)['’]s\s+(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
_WITH_N_BEFORE = re.compile(r"\bwith\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|a\s+total\s+of)\s+)?$", re.I)
_SIDES_SWAPPED_BEFORE = prefiltered(
    r"\b(?:the\s+)?(?:two\s+|warring\s+|two\s+warring\s+)?sides\s+(?:have\s+|had\s+|also\s+|then\s+)?(?:swapped|exchanged|traded)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|a\s+total\s+of)\s+)?$"
    r"|(?<!\w)(?:стороны|сторони)\s+(?:[\w-]+\s+){0,2}?(?:обменялись|обмінялися|обміняли|обменяли)\s+(?:(?:около|более|близько|понад)\s+)?$"
    r"|\bles\s+deux\s+(?:parties|camps|pays)\s+ont\s+échangé\s+(?:\w+\s+){0,2}?$"
    r"|\b(?:ambas|las\s+dos)\s+partes\s+(?:han\s+)?(?:intercambiaron|canjearon|intercambiado|canjeado)\s+(?:\w+\s+){0,2}?$"
    r"|\bbeide\s+seiten\s+tauschten\s+(?:\w+\s+){0,2}?$|\ble\s+(?:due\s+)?parti\s+hanno\s+scambiato\s+(?:\w+\s+){0,2}?$"
    r"|\bobie\s+strony\s+wymieniły(?:\s+się)?\s+(?:\w+\s+){0,2}?$", re.I)
_BOTH_PARTIES_OPENING = re.compile(rf"^\W*(?:[A-Z]+[^—–-]{{0,40}}[—–-]\s*)?{_PARTY}\s+and\s+{_PARTY}\b", re.I)
_RELEASED_RIGHT_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:released|freed|exchanged|swapped|returned|changing\s+hands|set\s+free)\b", re.I)
_BOTH_NATIONS_EACH_DID_BEFORE = re.compile(
    rf"\bboth\s+{_PARTY}\s+and\s+{_PARTY}\s+(?:(?:have|had|also)\s+)?(?:released|freed|returned|handed\s+over|transferred|set\s+free)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
_BOTH_PARTIES_SWAPPED_BEFORE = re.compile(
    # ("Ukraine and Russian-backed separatists in the east exchanged about 200 prisoners")
    # (a headline's comma: "Kyiv, Moscow exchange 206 POWs")
    rf"\b{_PARTY}(?:\s+and|,)\s+{_PARTY}\s+(?:(?:in|of)\s+(?:the\s+)?(?:east|donbas|eastern\s+ukraine|donetsk|luhansk)\s+)?"
    # ("Russia and Ukraine on Monday swapped 100 prisoners")
    r"(?:(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+(?:\s+\d{1,2})?|yesterday|today|again|also|once\s+again)\s+)?(?:have\s+|had\s+)?(?:swapped|exchanged|traded|swap|exchange|trade)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|a\s+total\s+of)\s+)?$"
    # ("Ukraine and Russia carried out one of their largest swaps on Monday, exchanging 218 prisoners")
    rf"|\b{_PARTY}\s+and\s+{_PARTY}\s+[^.;:\d]{{0,80}},\s+(?:exchanging|swapping|trading)\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|a\s+total\s+of)\s+)?$", re.I)


# "since the conflict began in April 2014": the start the clause names
_SINCE_BEGAN_IN = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:began|started|broke\s+out|erupted)\s+in\s+(?:(?P<m>[A-Za-z]+)\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def _since_date(text: str) -> date | None:
    m = _SINCE.search(text) or (_SINCE_BEGAN_IN.search(text) if "since" in text.lower() else None)
    if not m:
        return None
    if m.re is not _SINCE_BEGAN_IN:
        return _since_match_date(m)
    month = _MONTHS.get((m.group("m") or "").lower().rstrip("."), 1)
    return date(int(m.group("y")), month, 1)


# a count over this year so far: "since the start of the year", "so far this year", "since January"
_THIS_YEAR_SO_FAR = prefiltered(
    r"\b(?:this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|since\s+(?:the\s+)?new\s+year\b|since\s+january\b(?!\s+\d{4}|\s+\d{1,2},?\s+\d{4})"
    r"|(?:in|during|over)\s+the\s+first\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)\s+of\s+the\s+year"
    r"|seit\s+jahresbeginn|depuis\s+le\s+début\s+de\s+l['’]année|(?:з|від)\s+початку\s+(?:цього\s+|поточного\s+)?року|с\s+начала\s+(?:этого\s+|текущего\s+)?года"
    r"|od\s+początku\s+(?:tego\s+)?roku|desde\s+(?:principios|el\s+inicio|comienzos)\s+de(?:l)?\s+año|dall['’]inizio\s+dell['’]anno)", re.I)
_THIS_MONTH_SO_FAR = re.compile(r"\b(?:(?:for|in|over)\s+the|this|so\s+far\s+this)\s+month\b|\bthe\s+month['’]s\s+total\b", re.I)
# one exchange named in the sentence: its count is that exchange's, even when only the year is given
_ONE_EXCHANGE_NAMED = prefiltered(
    r"\b(?:an?|the|this|that|one|its|their|latest|last|largest|biggest|first|single)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap|handover|trade)\b(?!s)", re.I)


_FULL_SCALE_INVASION = date(2022, 2, 24)
# (after February 2022 "the war" and "the invasion" are the full-scale one; earlier articles' war began in 2014)
_SINCE_THE_INVASION = prefiltered(
    r"\b(?:since|seit|depuis|desde|dall['’]inizio|od)\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the\s+|russia['’]s\s+)?)?(?:full[- ]scale\s+(?:war|invasion)|(?:russian\s+)?invasion|war)\b"
    r"|\bsince\s+(?:the\s+(?:full[- ]scale\s+)?(?:war|invasion)|russia)\s+(?:began|started|invaded)\b"
    r"|\bsince\s+the\s+(?:start|beginning|launch)\s+of\s+the\s+(?:special\s+military\s+operation|smo)\b"
    r"|(?:з|від)\s+початку\s+(?:повномасштабного\s+)?(?:вторгнення|війни)|с\s+начала\s+(?:полномасштабного\s+)?(?:вторжения|войны|сво|специальной)"
    r"|seit\s+(?:beginn|anfang)\s+(?:des\s+)?(?:russischen\s+)?(?:angriffskrieg\w*|krieg\w*|invasion)|seit\s+kriegsbeginn"
    r"|depuis\s+le\s+début\s+de\s+(?:l['’]invasion|la\s+guerre)"
    r"|desde\s+el\s+(?:inicio|comienzo|principio)\s+de\s+la\s+(?:guerra|invasión)|dall['’]inizio\s+(?:della\s+guerra|dell['’]invasione)"
    r"|desde\s+o\s+(?:início|começo)\s+da\s+(?:guerra|invasão)|od\s+początku\s+(?:pełnoskalowej\s+)?(?:wojny|inwazji)"
    # Dutch "sinds het begin van de oorlog", Turkish "savaşın başından bu yana"
    r"|sinds\s+het\s+begin\s+van\s+de\s+(?:oorlog|invasie)|\b(?:savaşın|işgalin)\s+başından\s+(?:bu\s+yana|beri)", re.I)


# a start named relative to the article's day: "since February last year", "since last March", "since the start of last year"
_SINCE_LAST_YEAR = prefiltered(
    rf"\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+)?(?:(?P<m>{MONTH_RE})\s+(?:of\s+)?last\s+year|last\s+(?P<m2>{MONTH_RE})|last\s+year)\b", re.I)


# "since June" in a July article: this year's June (last year's when the month is still to come)
_SINCE_A_MONTH = re.compile(r"\b(?:since|seit|depuis)\s+(?:early\s+|late\s+|mid-?\s*|(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(" + _MONTH_NAME + r"|"
                            r"januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b(?!\s*\d)", re.I)


# "Всего с июня Россия передала более 9 тысяч тел", "з червня", "od czerwca", "desde junio", "da giugno"
_SINCE_A_MONTH_OTHER = re.compile(
    r"(?:^|[\s,(])(?:с|со|з|із|від|od|desde|dal|da)\s+(?:(?:начала|початку|el\s+mes\s+de)\s+)?"
    r"(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?![\w\d])(?!\s*\d)", re.I)


def _since_a_month(text: str, published: date | None) -> date | None:
    m = _SINCE_A_MONTH.search(text) if published is not None else None
    if m is None and published is not None and not text.isascii():
        m = _SINCE_A_MONTH_OTHER.search(text)
    if m is None:
        return None
    month = _MONTHS[m.group(1).lower()]
    return date(published.year - (month > published.month), month, 1)


def _since_last_year(text: str, published: date | None) -> date | None:
    m = _SINCE_LAST_YEAR.search(text) if published is not None and "last" in text else None
    if m is None:
        return _since_a_month(text, published)
    if m.group("m2"):  # "since last March": the latest March before the article's month
        month = _MONTHS[m.group("m2").lower().rstrip(".")]
        return date(published.year if month < published.month else published.year - 1, month, 1)
    return date(published.year - 1, _MONTHS[m.group("m").lower().rstrip(".")] if m.group("m") else 1, 1)


def _period_start(text: str, ev: date | None, precision: str | None, published: date | None, at: int = 0) -> date | None:
    """Where a running total starts counting: "since March 2022"; January 1 of the year for a year's total
    ("1,358 in 2024") or one of the year so far ("so far this year"); None for a total with no start."""
    to_total = lx.NUMBER_TO.search(text, max(0, at - 110), at) if at else None
    if to_total is not None and "," in text[max(0, to_total.start() - 3) : to_total.start()]:
        # "the sixth exchange it had mediated this year, bringing the total ... to 1,788": the year is the clause
        # before's; the running total's own clause names the period, if any (and an opening phrase all the sentence
        # hangs on: "Since March 2022, ..., bringing the total to 5,757")
        first_comma = text.find(",")
        text = (text[:first_comma] + " " if first_comma < to_total.start() - 3 else "") + text[to_total.start() :]
    since = _since_date(text) or _since_last_year(text, published)
    if since is not None:
        return since
    if (published is None or published >= _FULL_SCALE_INVASION) and _SINCE_THE_INVASION.search(text):
        return _FULL_SCALE_INVASION  # "since the start of the full-scale war": 24 February 2022
    if precision == "year" and ev is not None:
        return date(ev.year, 1, 1)
    so_far = _so_far_in_a_year(text, published)
    if so_far is not None:
        return so_far  # "So far in 2025, 2,000 Ukrainians have been freed"
    if published is not None and _THIS_YEAR_SO_FAR.search(text):
        return date(published.year, 1, 1)
    past = _OVER_THE_PAST_YEARS.search(text) if published is not None and ("past" in text or "last" in text) else None
    if past is not None:
        # "Over the past three years, Kyiv has secured the return of more than 5,000": the years before the article
        years = _count_of_years(past.group(1) or "one")
        if 0 < years < 20:
            return _years_before(published, years)
    return None


_OVER_THE_PAST_YEARS = re.compile(r"\b(?:over|in|during|throughout|within)\s+the\s+(?:past|last)\s+(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?years?\b", re.I)
_SINCE_WORD = re.compile(r"\b(?:since|from|after|began|started|launched)\b", re.I)
# ("2,953 Ukrainians were freed in 12 exchanges in 2025": past the count of exchanges)
_IN_ITS_YEAR_AFTER = re.compile(r"^\s*:?(?:[^,.;:\d]|\b\d{1,3}\s+(?:prisoner\s+|pow\s+)?(?:exchanges|swaps)\b){0,60}?\bin\s+((?:19|20)\d\d)\b", re.I)  # (":" of a key-numbers line: "2,950: Ukrainians freed in 2025")
_FROM_CAPTIVITY_WORDS = re.compile(r"\bfrom\s+(?:(?:russian|ukrainian|enemy)\s+)?(?:captivity|prisons?|detention)\b", re.I)
_HELD_SINCE_BEFORE_YEAR = re.compile(r"\b(?:captured|taken\s+(?:prisoner|captive)|detained|arrested|abducted|imprisoned|sentenced|convicted|held|seized|deported|mobili[sz]ed|born)\b", re.I)


_HAS_RECEIVED = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:received|recovered|got\s+back|taken\s+back|handed\s+over|transferred|returned|repatriated)\b", re.I)


def _year_or_war_so_far(text: str, clause_start: int, n: Number, published: date) -> date | None:
    """The start of the period a running total in the number's clause names: this year so far ("since the start of
    the year", "від початку року"), or the full-scale war ("since the invasion")."""
    # ("More than 1,400 bodies have been returned since the start of the year": the phrase after the verb)
    if _THIS_YEAR_SO_FAR.search(text, clause_start, min(len(text), n.end + 70)):
        return date(published.year, 1, 1)
    if published >= _FULL_SCALE_INVASION and _SINCE_THE_INVASION.search(text, clause_start, min(len(text), n.end + 80)):
        return _FULL_SCALE_INVASION
    return None


_SO_FAR_IN_A_YEAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far)\s+(?:in\s+((?:19|20)\d\d)|(this)\s+year)\b|\bin\s+((?:19|20)\d\d)\s+(?:so\s+far|to\s+date|alone)\b", re.I)


def _so_far_in_a_year(text: str, published: date | None) -> date | None:
    """The first day of the year a count so far is of: "so far in 2025", "in 2025 so far", "so far this year", "in 2024 alone"."""
    low = text.lower()
    if "so far" not in low and "to date" not in low and "thus far" not in low and " alone" not in low:
        return None
    m = _SO_FAR_IN_A_YEAR.search(text)
    if m is None:
        return None
    if m.group(2):
        return date(published.year, 1, 1) if published is not None else None
    year = int(m.group(1) or m.group(3))
    return date(year, 1, 1) if published is None or year <= published.year else None


def _bodies_since(text: str, n: Number, published: date | None = None, since_day: date | None = None) -> date | None:
    """Where a running total of bodies starts: "Since 2022, Ukraine has repatriated more than 9,000 bodies" (a
    handover's own count has none). The since-phrase must be in the number's clause and the verb in the perfect.
    ("The repatriation brought the number of bodies returned this year to more than 4,000": the year's first day.)"""
    clause_start = max(text.rfind(";", 0, n.start), text.rfind(". ", 0, n.start)) + 1
    if published is not None and lx.NUMBER_TO.search(text, max(clause_start, n.start - 110), n.start):
        named = _year_or_war_so_far(text, clause_start, n, published)
        if named is not None:
            return named
        if _THIS_MONTH_SO_FAR.search(text, clause_start, min(len(text), n.end + 40)):
            return date(published.year, published.month, 1)  # "taking the total for the month to more than 6,000"
    so_far = _so_far_in_a_year(text, published)
    if so_far is not None and (lx.PERFECT.search(text, clause_start, min(len(text), n.end + 40)) or _HAS_RECEIVED.search(text, clause_start, n.start)):
        return so_far  # "So far in 2025, Ukraine has received over 8,000 bodies", "So far this year, ..."
    if "ince" not in text or not (lx.PERFECT.search(text, clause_start, min(len(text), n.end + 40))
                                  or _HAS_RECEIVED.search(text, clause_start, n.start)):  # "Ukraine has received 1,514 bodies"
        if published is not None and not text.isascii():
            # no perfect tense to tell a running total by: "Загалом від початку року Україна повернула понад 7000 тіл",
            # "с 11 июня передано 6057 тел"
            return (_year_or_war_so_far(text, clause_start, n, published) or since_day
                    or _since_a_month(text[clause_start : min(len(text), n.end + 80)], published))
        return None
    since = _SINCE.search(text, clause_start, min(len(text), n.end + 80))
    if since is None and published is not None:
        # "Since the start of the year, Ukraine has repatriated 1,936 bodies"; "... since the full-scale invasion"
        named = _year_or_war_so_far(text, clause_start, n, published)
        if named is not None:
            return named
    if since is None:
        return _since_a_month(text[clause_start : min(len(text), n.end + 80)], published) or since_day
    return _since_match_date(since)


def _year_total(f: Figure, text: str, sentence_start: int) -> bool:
    """Make a count that is compared with another year's count ("1,358 people in 2024, compared with 2,598 in 2023")
    the total of its own year, when the text names that year for it. Returns whether it did."""
    year = _IN_ITS_YEAR_AFTER.match(text[f.char_end - sentence_start :]) or _IN_YEAR_OPENING.match(text)
    if not year or _ONE_EXCHANGE_NAMED.search(text):
        return False
    f.kind, f.status = "cumulative_released", None
    f.event_date, f.event_date_from, f.event_date_precision = date(int(year.group(1)), 1, 1), None, "year"
    f.since_date = f.event_date
    f.figure_id = _figure_id(f.article_id, f.char_start, f.char_end, f.kind)
    return True


def _figure_id(article_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{end}:{kind}".encode()).hexdigest()[:16]


@dataclass
class _ArticleContext:
    """What every sentence's figures need from the article around them."""

    article_id: str
    body: str
    published: date | None
    has_people: bool
    lead_date: date | None
    talks_date: date | None
    result: Extraction
    lead_month: date | None = None  # the month of the article's exchange, when its lead names no day but a month
    seen: dict[tuple, set] = field(default_factory=dict)  # one fact, one figure: meaning -> the days it was stated for
    first_of: dict[tuple, "Figure"] = field(default_factory=dict)  # meaning -> the figure kept for it (its first statement)
    sides_seen: dict[tuple, set] = field(default_factory=dict)  # (value, kind, date) -> the (side, scope) stated
    restated: list["_Restated"] = field(default_factory=list)  # counts dropped as repeats: parts stated with them still need them
    undated_headline: set[int] = field(default_factory=set)  # figures of a headline that names no day: the lede's day is theirs


@dataclass
class _Restated:
    """A count stated again ("each side released 1,000 prisoners: 390 on Friday, ..."): not a figure of its
    own, but the whole its parts break down."""

    value: int
    kind: str
    side: str
    scope: str | None
    sentence_start: int
    char_start: int
    sentence: str = ""
    is_breakdown: bool = False
    is_additional: bool = False
    since_date: date | None = None
    char_end: int = -1  # (read like a figure's: where the count's text ends)


# Ukraine, its capital, leader, army, regions and places of the war, in the languages read: an article naming none of
# them is not about this war's exchanges
_ABOUT_UKRAINE = prefiltered(
    r"ukrain|ukraïn|ucrain|ucrân|oekra|ukrayn|ukrajin|україн|украин|kyiv|kiev|kyjiw|kiew|kijów|kijow|київ|киев|зсу|всу|захисник|полон"
    r"|zelensk|zelenskyy|selensk|zełensk|зеленськ|зеленск|donbas|donetsk|donezk|doneck|luhansk|lugansk|донбас|донецьк|донецк|луганськ|луганск"
    r"|mariupol|маріупол|мариупол|azov|азов|kursk|курськ|курск|crimea|krim|crimée|crimea|krym|крим|крым|kherson|cherson|херсон"
    r"|zaporizh|saporischsch|запоріж|запорож|kharkiv|charkiw|харків|харьков|olenivka|оленівк|оленовк|horlivka|горлівк|горловк", re.I)


_ANOTHER_COUNTRYS_SWAP = prefiltered(
    r"\b(?:united\s+states|u\.s\.|us-russia|russia-us|american|americans|washington|white\s+house|the\s+west|western|cold\s+war|armenia\w*|azerbaijan\w*"
    r"|israel\w*|hamas|gaza|hezbollah|iran\w*|venezuela\w*|colombia\w*|syria\w*|yemen\w*|houthi\w*|sudan\w*|ethiopia\w*|tigray|india\w*|pakistan\w*"
    r"|afghan\w*|taliban|georgia\b|georgian\w*|moldova\w*|transnistria\w*|nagorno|karabakh)\b", re.I)


# the transliteration most outlets used until 2019-2022: read as the one the rules know ("Kyiv"); the same length, so
# every offset stays as it was, and the text stored in the results is the article's own
_KIEV = re.compile(r"\b(?:Kiev|KIEV|kiev)(?=\b|['’])")
_AS_KYIV = {"Kiev": "Kyiv", "KIEV": "KYIV", "kiev": "kyiv"}


def extract_article(article_id: str, body: str, published: date | None, language: str | None,
                    title: str | None = None, speaker: str | None = None) -> Extraction:
    """All figures and exchange mentions of one article (see `_extract_article`), with "Kiev" read as "Kyiv"."""
    if "iev" not in body and "IEV" not in body:
        return _extract_article(article_id, body, published, language, title, speaker)
    read = _KIEV.sub(lambda m: _AS_KYIV[m.group(0)], body)
    if title is not None:
        title = _KIEV.sub(lambda m: _AS_KYIV[m.group(0)], title)
    result = _extract_article(article_id, read, published, language, title, speaker)
    if read == body:
        return result

    def own(text: str, start: int | None = None) -> str:
        if start is None or read[start : start + len(text)] != text:
            start = read.find(text)
        return body[start : start + len(text)] if start >= 0 else text

    for f in result.figures:
        f.text = body[f.char_start : f.char_end]
        f.sentence = own(f.sentence, f.sentence_start)
    for m in result.mentions:
        m.sentence = own(m.sentence)
        if m.deal_reference is not None and m.reference_char_start is not None:
            m.deal_reference = own(m.deal_reference, m.reference_char_start)
    for t in result.terms:
        t.sentence = own(t.sentence)
        t.detail = own(t.detail, t.char_start)
    return result


def _extract_article(article_id: str, body: str, published: date | None, language: str | None,
                     title: str | None = None, speaker: str | None = None) -> Extraction:
    """All figures and exchange mentions of one article. Deterministic: same input, same output.
    `speaker` is who publishes the text itself (a Telegram channel: the Coordination Headquarters' own
    posts): the claimant of what the text attributes to no one.
    The title is read only for the stage number of the article's exchange ("Russia carries out 8th
    prisoner exchange since Istanbul talks"); figures come from the body, where their spans point."""
    result = Extraction()
    if (speaker is None and _ANOTHER_COUNTRYS_SWAP.search(body) and not _ABOUT_UKRAINE.search(body)
            and not (title and _ABOUT_UKRAINE.search(title))):
        # "Biggest US-Russia prisoner swap since Cold War", "Armenia and Azerbaijan exchanged 6 prisoners": an article that
        # names another country's exchange and nothing of Ukraine or its war is not about this war's exchanges
        return result
    sentences = split_sentences(body)
    lead_date: date | None = None
    talks_date: date | None = None
    per_sentence: list[tuple[_Sentence, list[_DateCand]]] = []
    skipped_at: list[bool] = []
    words_at: list[frozenset[str]] = []  # each sentence's words, shared by every finder's pre-check
    for s in sentences:
        words = tokens(s.text)
        words_at.append(words)
        cands = _date_candidates(s.text, published, words)
        per_sentence.append((s, cands))
        skipped_at.append(_skip_sentence(s.text, words))
        if skipped_at[-1]:
            continue
        for c in cands:
            if c.value is None or c.precision != "day" or c.holiday or c.future or (
                    published is not None and c.value > published and c.weekday is not None) or _GOES_ON_BEFORE.search(s.text, max(0, c.start - 60), c.start):
                continue  # (a day still to come dates no exchange the article reports: "would continue on Saturday")
            if " after " in s.text and _DISTANCE_AFTER_BEFORE.search(s.text, max(0, c.start - 90), c.start):
                continue  # ("The exchange came a week after a missile strike on Sumy on May 24": the day of the other event)
            if (c.start < 40 and _DATELINE_OPENING.match(s.text[: c.start]) and _DATELINE_CLOSE.match(s.text, c.end)
                    and any(d.value is not None and d.precision == "day" and d.start > c.end
                            and not _SAID_ON_BEFORE.search(s.text, max(0, d.start - 40), d.start) for d in cands)):
                # ("KYIV, June 26 (Reuters) - Ukraine brought home 90 soldiers on Tuesday": the day it was filed, when the
                # sentence names the swap's own)
                continue
            if talks_date is None and _is_talks_date(s.text, c) and _TALKS_OR_ROUND.search(s.text):
                talks_date = c.value
            # (not the day of a deal: "The sides had agreed on June 2 to exchange at least 1,000 prisoners")
            elif (lead_date is None and _EXCHANGE_EVENT.search(s.text) and not _dates_a_since_phrase(s.text, c)
                  and not _AGREED_ON_BEFORE.search(s.text, max(0, c.start - 30), c.start) and not _agreed_after_tr(s.text, c)
                  and not _AN_EARLIER_EXCHANGE.search(s.text) and not _narrates_an_earlier_day(s.text, words)
                  # ("..., como se acordó en Estambul el 16 de mayo": the day of the deal, not of the swap)
                  and not _AGREED_AT_TALKS_ON.search(s.text, max(0, c.start - 120), c.start)):
                lead_date = c.value
    lead_date = lead_date or _dateline_date(per_sentence[:2], published)
    lead_month = None
    if lead_date is None and published is not None:
        # "She was freed in an exchange last month": the article's exchange is of that month, and so are the counts
        # of it that name no day ("She was one of 19 women freed in the swap")
        # (not a recap: "The last swap, in early January, ...", "the first since the exchange in August")
        first = next((s.text for (s, _), skipped in zip(per_sentence, skipped_at) if not skipped and _EXCHANGE_EVENT.search(s.text)), None)
        named = (_EXCHANGE_IN_MONTH.search(first) if first is not None and not lx.PLANNED.search(first)
                 and not _AN_EARLIER_EXCHANGE.search(first) and not _RECAP_WORDS.search(first) else None)
        lead_month = _month_named_in(named.group(0), published) if named is not None else None
        if lead_month is not None and not 0 <= (published.year - lead_month.year) * 12 + published.month - lead_month.month <= 1:
            lead_month = None  # the article's own exchange is of its month or the month before; an older one is background
    lead_date = lead_date or published
    if published is not None and len(_TIME_STAMP_PARAGRAPH.findall(body)) >= 2:
        # a live blog: its exchange is the day's, whatever day an older post or a recap further down names
        lead_date, lead_month = published, None

    art = _ArticleContext(article_id, body, published, bool(lx.PEOPLE_WORD.search(body)), lead_date, talks_date, result,
                          lead_month=lead_month)
    texts = [s.text for s in sentences]
    claimants: dict[int, str | None] = {}

    def claimant_of(i: int, depth: int = 0) -> str | None:
        """Who the article says stated sentence i; computed only for sentences with figures. A
        pronoun ("he said") reaches back through at most three sentences."""
        if i not in claimants:
            carry = i > 0 and depth < 3 and lx.PRONOUN_SPEECH.search(texts[i])
            previous = (claimant_of(i - 1, depth + 1) or _actor(texts[i - 1], carry.group(0))) if carry else None
            if carry and _NO_COMMENT.search(texts[i - 1]) and not _SAID_WORD.search(texts[i - 1]):
                # "The Red Cross ... did not comment on the figures. It is worth noting that ...": it said nothing, nor did
                # anyone before it
                previous, carry = None, None
            person = carry and _HE_OR_SHE_SAID.search(texts[i])
            said_head = next((w for w in ("ministry", "headquarters") if w in carry.group(0).lower()), None) if carry else None
            if said_head and previous is not None and said_head not in previous.lower():
                # "..., the Reintegration Ministry said. ... Ukraine's intelligence agency estimates ... . Kyiv has recovered
                # 2,000 bodies, the ministry said": the ministry that spoke before, not the agency in between
                previous = None
            if person and previous in _KNOWN_CLAIMANTS and previous not in lx.PERSON_CLAIMANTS and not _SPEAKS_FOR.search(texts[i - 1]):
                previous = None  # "she said" is not the ministry that spoke before (but may be its spokeswoman)
            elif carry and previous is None:
                # "... Zelensky said. The swap was the 58th. In all, 3,767 have been returned, he said": the person
                # who last spoke in the paragraph, if no one else spoke since ("the ministry said": the institution)
                for j in range(i - 2, max(-1, i - 4), -1):
                    if "\n" in body[sentences[j].end : sentences[j + 1].start] and (person or not texts[j + 1].lstrip().startswith(_QUOTE_MARKS) or not _QUOTE_CLOSED_SAID.search(texts[i])):
                        # (but a paragraph that is a quote '"On June 25, ... In return, 90 ... were handed over," the
                        # ministry said' is the ministry named in the paragraph before)
                        break
                    said = claimant_of(j, depth + 1)
                    if said:
                        if person:
                            previous = said if said in lx.PERSON_CLAIMANTS or said not in _KNOWN_CLAIMANTS else None
                        else:
                            head = next((w for w in ("ministry", "headquarters", "office") if w in carry.group(0).lower()), None)
                            fits = said in _KNOWN_CLAIMANTS and said not in lx.PERSON_CLAIMANTS and (head is None or head in said.lower())
                            previous = said if fits else None
                        break
            claimants[i] = _claimant(texts[i], previous, words_at[i])
            if claimants[i] is None and i and texts[i].lstrip().startswith(_QUOTE_MARKS) and "\n" not in body[sentences[i - 1].end : sentences[i].start] \
                    and _QUOTE_CLOSED_SAID.search(texts[i - 1]) and depth < 3:
                # '"Today, 100 of our warriors are returning home," Zelensky wrote. "We have already brought back 3,135."':
                # the quote goes on, and so does its speaker
                claimants[i] = claimant_of(i - 1, depth + 1)
            if (claimants[i] is None and i + 1 < len(texts) and _opens_a_quote_it_does_not_close(texts[i]) and depth < 3
                    and "\n" not in body[sentences[i].end : sentences[i + 1].start] and _QUOTE_CLOSED_SAID.search(texts[i + 1])):
                # '"Ukraine returned 150 people home today. Our warriors, 4 civilians," Zelensky wrote': the quote's speaker
                claimants[i] = claimant_of(i + 1, depth + 1)
            # "Україна повернула 84 захисників. ... Про це повідомив Президент Володимир Зеленський": a sentence
            # later in the paragraph names who said it
            for j in range(i + 1, min(i + 4, len(texts))):
                if claimants[i] is not None:
                    break
                if "\n" in body[sentences[j - 1].end : sentences[j].start]:
                    # ("Україна повернула 95 захисників.\n\nПро це повідомив Президент ...": the next paragraph opens
                    # by naming who said the one before)
                    if _ABOUT_THIS_SAID.match(texts[j]):
                        claimants[i] = _claimant(texts[j], None, words_at[j])
                    break
                if _ABOUT_THIS_SAID.match(texts[j]) or (speaker is None and j == i + 1 and _SAME_EXCHANGE_SAID.match(texts[j])):
                    claimants[i] = _claimant(texts[j], None, words_at[j])
        return claimants[i]

    attributions: dict[int, list[tuple[int, str]]] = {}
    according: dict[int, list[tuple[int, str]]] = {}

    def claimant_at(i: int, pos: int) -> str | None:
        """'Lubinets said 207 were freed, while Russia said it received 195': with two attributions in a
        sentence, a figure belongs to the one before it (or, if none is, the first after it)."""
        if i not in attributions:
            attributions[i] = _attributions(texts[i])
        points = attributions[i]
        if i not in according:
            low = texts[i].lower()  # two sources need two "according to"s, or one and a "said": count them before running the pattern
            n_according = sum(low.count(w) for w in ("according to", "selon", "laut", "за словами", "según", "secondo"))
            according[i] = _according_to(texts[i]) if n_according >= 2 or (n_according and points) else []
        sources = according[i]
        if len({name for _, name in sources}) >= 2:
            # "3,135 people, according to the Coordination Headquarters, and Russia over 2,500, according to TASS"
            return next((name for start, name in sources if start > pos), sources[-1][1])
        if sources and points:
            closing = _closing_attribution(texts[i], pos, sources, points)
            if closing is not None:
                return closing
            before_it = [(start, name) for start, name in sorted(sources + points) if start < pos]
            if (before_it and before_it[-1] in points
                    # (a closing "according to", not an opening one: "According to the Kremlin account, Putin told Trump ...")
                    and any(start < before_it[-1][0] and texts[i][:start].rstrip().endswith(",") for start, _ in sources)
                    and before_it[-1][1] not in {name for _, name in sources}):
                # "150 are still held by the separatists, according to Kiev, while the rebels say Ukraine holds about 500":
                # a "says" between the "according to" and the figure opens the figure's clause
                return before_it[-1][1]
            if (before_it and before_it[-1] in points and before_it[-1][1] not in {name for _, name in sources}
                    and _NEXT_CLAUSE_OPENING.search(texts[i], max(start for start, _ in sources if start < before_it[-1][0]) if any(
                        start < before_it[-1][0] for start, _ in sources) else 0, before_it[-1][0])):
                # "According to the Russian Defence Ministry, 150 ... were returned, while Kyiv said 189 ...": the claimant
                # of the figure's own clause
                return before_it[-1][1]
        if len({name for _, name in points}) < 2:
            name = claimant_of(i)
            if name and (_claim_of_a_later_clause(texts[i], pos, name) or _claim_about_something_else(texts[i], pos, name)
                         or _claim_of_an_earlier_clause(texts[i], pos, name)):
                return pronoun_claimant(i, pos)
            return name
        earlier = [name for start, name in points if start < pos]
        return earlier[-1] if earlier else (pronoun_claimant(i, pos) or points[0][1])

    def pronoun_claimant(i: int, pos: int) -> str | None:
        """'The ministry said 150 ... had been returned, while Zelenskiy said 189 ...': the body named in the sentence
        before, when the figure's own clause refers to it."""
        said = lx.PRONOUN_SPEECH.search(texts[i], 0, pos) if i else None
        if said is None:
            return None
        prior = claimant_of(i - 1)
        head = next((w for w in ("ministry", "headquarters", "office") if w in said.group(0).lower()), None)
        return prior if prior and (head is None or head in prior.lower()) else None

    # an article about repatriated bodies calls them "handovers" without saying "bodies" every time
    bodies_article = len(lx.BODIES.findall(body)) > len(_PRISONER_WORD.findall(body))
    paragraph_date: _DateCand | None = None
    heading_date: _DateCand | None = None
    # a live blog: several paragraphs open with a time stamp
    live_blog = published is not None and len(_TIME_STAMP_PARAGRAPH.findall(body)) >= 2
    list_lead = ""
    mention_at: list[int] = []  # the sentence of each mention
    references: list[tuple[int, DealReference | None, Stage | None]] = []
    for i, (s, cands) in enumerate(per_sentence):
        text = s.text
        context = texts[i - 1] if i else ""
        if i > 1 and len(context) < 30 and not _LIST_ITEM.match(context):
            # a sentence of a few words before ("A: Eighty-four.") is read with the one before it (the question)
            context = texts[i - 2] + " " + context
        item = _LIST_ITEM.match(text) is not None or (_DATED_LINE.match(text) is not None and "\n" in body[max(0, s.start - 2) : s.start])
        if item or (i and _LIST_ITEM.match(texts[i - 1])):
            # a list item ("- 43 servicemen of the National Guard;", "24 Aug 2024 — 115 each" in a timeline), and the line
            # that closes a list ("Total: 390 people."), are read with the line that opens the list
            context = (list_lead + " " + context).strip()
        if not item:
            # (a short lead, "Details:", is read with the sentence before it)
            list_lead = text if len(text) >= 30 or not i else texts[i - 1] + " " + text
        if i and "\n" in body[per_sentence[i - 1][0].end : s.start]:
            # (a heading line naming its day, "Saturday, May 24", dates the items under it until the next heading)
            paragraph_date = heading_date
            if live_blog and _TIME_STAMP_OPENING.match(text) and not any(c.value or c.month for c in cands):
                # a live blog's post stamped with a time alone ("11:02 — ...") is of the day the blog is published,
                # not of the first post further down that names its day
                paragraph_date = _DateCand(0, 0, published, None, "day")
        if i and texts[i - 1].rstrip().endswith("?"):
            # "What happened on March 19?" then "The sides swapped 175 POWs each.": the answer is of the day asked about
            asked = [c for c in per_sentence[i - 1][1] if c.value and c.precision == "day" and not c.relative and not c.future]
            if asked:
                paragraph_date = asked[-1]
        following = texts[i + 1] if i + 1 < len(texts) else ""
        # a "sentence" of thousands of characters or dozens of numbers is a table or a data dump, not news prose
        numbers = find_numbers(text, language, words_at[i]) if len(text) <= MAX_SENTENCE_CHARS else []
        if len(numbers) > MAX_NUMBERS_PER_SENTENCE:
            numbers = []
        reports_exchange = False
        skipped = skipped_at[i]
        if numbers and skipped and ("orrect" in text or " fact" in text or "ctually" in text):
            # a correction notice retracts its first figure; the clause that gives the right one counts
            # ("An earlier version said about 300 were freed by each side; in fact 150 were freed by each side")
            right = _CORRECT_FIGURE.search(text)
            numbers = [n for n in numbers if right and n.start >= right.end()]
            skipped = not numbers
        if numbers and not skipped:
            reports_exchange = _sentence_figures(art, s, numbers, cands, lambda pos, i=i: claimant_at(i, pos), context, paragraph_date, following)
        if _DAY_HEADING.fullmatch(text):
            heading = [c for c in cands if c.value and c.precision == "day"]
            if heading and len({c.value for c in heading}) == 1:  # ("Saturday" and "May 24" name one day)
                heading_date = paragraph_date = heading[-1]
        dated = [c for c in cands if c.value and c.precision == "day" and not c.relative and not c.holiday and not c.future
                 and not _TALKS_OR_ROUND.search(text[max(0, c.start - 40) : c.start]) and not _dates_a_since_phrase(text, c)
                 # ("... and both sides will continue the exchange on May 25": the day it goes on dates no count told after)
                 and not _GOES_ON_BEFORE.search(text, max(0, c.start - 60), c.start)
                 and not (" after " in text and _DISTANCE_AFTER_BEFORE.search(text, max(0, c.start - 90), c.start))
                 # ("..., the first exchange of the new year, after a swap of 150 for 189 on Dec. 30": an earlier swap's day)
                 and not _AFTER_AN_EARLIER_SWAP_BEFORE.search(text, max(0, c.start - 80), c.start)
                 # ("The sides had agreed on June 2 to exchange at least 1,000": the day of a deal dates no later handover)
                 and not _is_talks_date(text, c)]
        if dated and not skipped and (reports_exchange or _EXCHANGE_EVENT.search(text)):
            paragraph_date = dated[-1]
        if cands and not skipped:
            found = _mentions(article_id, s, cands, result.figures, published, bodies_article)
            result.mentions.extend(found)
            mention_at.extend(i for _ in found)
        if not skipped:
            ref = find_deal_reference(text, published, language, numbers, words_at[i])
            stage = find_stage(text, numbers) if numbers else None
            if ref or stage:
                references.append((i, ref, stage))
    for i, (s, _) in enumerate(per_sentence):
        if skipped_at[i] or not lx.AGREED.search(s.text):
            continue
        for term, detail, pattern in _TERM_PATTERNS:
            m = pattern.search(s.text)
            if m:
                result.terms.append(TermMention(
                    article_id=article_id, term=term, detail=detail, agreement_date=talks_date,
                    claimant=claimant_of(i), char_start=s.start + m.start(), char_end=s.start + m.end(), sentence=s.text,
                ))
    _attach_references(result.mentions, mention_at, references, sentences, published)
    if title and result.mentions:
        stage = find_stage(title, find_numbers(title, language))
        lead = next((m for m in result.mentions if m.status == "completed"), None)
        if stage and lead is not None and lead.stage_ordinal is None:
            lead.stage_ordinal, lead.stage_in_title = stage.ordinal, True
    result.mentions = _drop_mentions_inside_ranges(result.mentions)
    _confirm_breakdowns(result.figures, [s.start for s in sentences], art.restated, texts)
    _part_of_a_count_named_by_nation(result.figures)
    _a_days_swap_inside_a_running_total(result.figures)
    _captives_a_mediator_freed(result.figures)
    _give_conjoined_parts_a_side(result.figures)
    _give_counts_traded_for_a_side(result.figures)
    _give_additional_groups_a_side(result.figures)
    _give_later_batches_a_side(result.figures)
    _stages_of_a_swap_of_so_many_each(result.figures)
    _give_more_transfers_of_bodies_a_side(result.figures)
    _give_ages_of_the_freed_a_side(result.figures, [(t.start, t.text) for t in sentences], art.restated)
    _total_of_groups_freed_by_each_side(result.figures)
    _parts_before_their_total(result.figures)
    _parts_after_their_total_share_its_day(result.figures, art.restated)
    _additional_groups_need_a_count(result.figures)
    _headline_count_restated_per_side(result.figures)
    _counts_over_many_exchanges(result.figures)
    if speaker:
        own = speaker_claimant(speaker)
        for item in (*result.figures, *result.terms):
            if item.claimant is None:
                item.claimant = own
    result.transit_country = transit_country(body)
    result.captivity_since_years = captivity_since_years(body)
    return result


def speaker_claimant(speaker: str) -> str:
    """A channel's name as a claimant: its canonical name when it is one we know ("Координаційний штаб"
    is the Coordination Headquarters), else the name as the channel gives it."""
    m = _ALIASES.search(speaker)
    return _ALIAS_NAMES[m.lastgroup] if m else speaker.strip()


def _attach_references(mentions: list[ExchangeMention], mention_at: list[int],
                       references: list[tuple[int, DealReference | None, Stage | None]], sentences: list[_Sentence],
                       published: date | None) -> None:
    """A reference to the deal ("under the Istanbul agreements", "the third stage") belongs to the exchange
    of its own sentence; else to the nearest exchange within three sentences (the one before on a tie);
    else to the article's first completed exchange. The first reference an exchange gets is kept."""
    if not mentions:
        return
    for i, ref, stage in references:
        near = sorted((abs(j - i), j > i, k) for k, j in enumerate(mention_at) if abs(j - i) <= 3)
        if near:
            m = mentions[near[0][2]]
        else:
            m = next((m for m in mentions if m.status == "completed"), None)
            if m is None:
                continue
        s = sentences[i]
        if ref and m.deal_reference is None:
            m.deal_reference = s.text[ref.start : ref.end]
            m.reference_char_start, m.reference_char_end = s.start + ref.start, s.start + ref.end
            window = (ref.agreed_from, ref.agreed_to) if published else reference_window(ref, m.event_date)
            m.referenced_quantity, (m.referenced_from, m.referenced_to) = ref.quantity, window
        if stage and m.stage_ordinal is None:
            m.stage_ordinal = stage.ordinal


def _total_of_groups_freed_by_each_side(figures: list[Figure]) -> None:
    """'Each side released 185 soldiers and 20 civilians ... Zelensky confirmed the return of a total of 205 people':
    a total that is the sum of the groups each side freed that day is so many each, not both sides together."""
    for i, f in enumerate(figures):
        if f.kind != "exchanged" or f.side != "both" or f.scope != "total" or f.is_breakdown or f.event_date is None:
            continue
        groups = [g for g in figures[:i] if g.kind == "exchanged" and g.side == "both" and g.scope == "per_side"
                  and not g.is_breakdown and g.event_date == f.event_date and g.value_high is None]
        if len(groups) >= 2 and sum(g.value for g in groups) == f.value:
            f.scope = "per_side"
            continue
        # "each released 103 prisoners, and Ukraine also brought home 49 civilians ... 152 people had returned in total":
        # the count each side freed and one side's group on top of it are that side's total
        extra = [g for g in figures[:i] if g.kind == "exchanged" and g.is_additional and g.side in ("ukraine", "russia")
                 and g.event_date == f.event_date and g.value_high is None]
        if groups and extra and len({g.side for g in extra}) == 1 and sum(g.value for g in groups) + sum(g.value for g in extra) == f.value:
            f.side, f.scope = extra[0].side, None


_N_OF_M_WERE_A_NATION = re.compile(r"\d[\d,]*\s+of\s+(?:the\s+)?(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:were|was|are)\s+(?:found\s+to\s+be\s+)?(russian|ukrainian)s?\b", re.I)


def _part_of_a_count_named_by_nation(figures: list[Figure]) -> None:
    """'In one June batch, 34 of 909 bodies were Russian': the nation is the part's; the whole keeps the side of the
    handovers told before it (or none)."""
    for i, f in enumerate(figures):
        if i == 0 or f.kind not in ("exchanged", "bodies") or f.is_breakdown:
            continue
        part = figures[i - 1]
        m = _N_OF_M_WERE_A_NATION.match(f.sentence, part.char_start - f.sentence_start) if part.sentence_start == f.sentence_start else None
        if m is None or m.start(1) != f.char_start - f.sentence_start:
            continue
        part.side, part.is_breakdown, part.kind = "russia" if m.group(2).lower().startswith("russ") else "ukraine", True, f.kind
        f.side = next((g.side for g in reversed(figures[: i - 1]) if g.kind == f.kind and g.side in ("ukraine", "russia")
                       and not g.is_breakdown), "unknown")
        f.scope = None


def _a_days_swap_inside_a_running_total(figures: list[Figure]) -> None:
    """'Ukraine has brought home 3,210 people since the invasion, including 75 on Friday': the day's swap is of the
    running total's side."""
    for i, f in enumerate(figures):
        if f.kind == "exchanged" and f.side == "unknown" and i and not f.is_breakdown:
            g = figures[i - 1]
            if (g.kind == "cumulative_released" and g.sentence_start == f.sentence_start and g.side in ("ukraine", "russia")
                    and _INCLUDING_RIGHT_BEFORE.search(f.sentence, 0, f.char_start - f.sentence_start)):
                f.side = g.side


_NATION_PEOPLE_OPENING = re.compile(r"\W*(?:the\s+)?(russian|ukrainian)\s+(?:soldiers|servicemen|prisoners|pows|defenders|citizens|civilians|troops|captives)\b", re.I)
_YEARS_OF_SOMETHING_AFTER = re.compile(r"\s*(?:ans\s+d['’]\s*|ans\s+de\s+|years\s+of\s+|jahre\s+|años\s+de\s+|anni\s+d[i'’])"
                                       r"(?:l['’]\s*)?(?:indépendance|independence|unabhängigkeit|independencia|indipendenza|guerre|war|krieg|guerra|occupation|besatzung)", re.I)
_TOTAL_NUMBER_AT_BEFORE = re.compile(r"\b(?:puts?|putting|gave|gives|estimates?|estimated)\s+the\s+total\s+number\s+of\s+(?:[\w'’-]+\s+){1,6}?at\s+"
                                     r"(?:(?:about|some|around|more\s+than|over|nearly|almost)\s+)?$", re.I)
_RECORD_OF_BEFORE = re.compile(r"\b(?:previous|former|earlier|old|past)\s+record\s+(?:of|was)\s+(?:about\s+|some\s+)?$", re.I)
_PEOPLE_HELD_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:(?:still\s+)?held|in\s+(?:russian|ukrainian)\s+captivity)\b(?!\s+(?:talks|a\b|an\b|the\b))", re.I)
_MEDIATOR_CLAIMANTS = frozenset({"United Arab Emirates", "UAE foreign ministry", "Saudi foreign ministry", "Qatari foreign ministry"})


def _captives_a_mediator_freed(figures: list[Figure]) -> None:
    """'The UAE said its mediation freed 146 captives': a mediator counts the people of both sides together."""
    for f in figures:
        if (f.kind == "exchanged" and f.side == "unknown" and not f.is_breakdown and f.claimant in _MEDIATOR_CLAIMANTS
                and f.subject in ("captives", "prisoners", "detainees")):
            f.side, f.scope = "both", "total"


def _give_conjoined_parts_a_side(figures: list[Figure]) -> None:
    """'Among the Ukrainians freed were 82 soldiers and 21 civilians': a part with no side of its own takes
    the side of the part before it in the same sentence ("13 soldiers aged over 60 and 2 who ...": past an age)."""
    for i, f in enumerate(figures):
        if f.is_breakdown and f.side == "unknown" and i:
            g = next((g for g in reversed(figures[:i]) if g.sentence_start != f.sentence_start or g.kind != "age"), None)
            if g and g.is_breakdown and g.sentence_start == f.sentence_start and g.kind == f.kind and g.side in ("ukraine", "russia"):
                f.side = g.side


_TRADED_FOR_BETWEEN = re.compile(
    r"\b(?:swapped|exchanged|traded|freed|released|handed\s+over|returned)\b[^.;]{0,40}?\b(?:in\s+(?:exchange|return)\s+)?for\s+"
    r"(?:(?:about|some|another|nearly|more\s+than)\s+)?$", re.I)


def _give_ages_of_the_freed_a_side(figures: list[Figure], sentences: list[tuple[int, str]] = (), restated: list[_Restated] = ()) -> None:
    """'Ukraine brought home 84 soldiers. The youngest was 19': the age of one of those freed is of their side (the
    nation of the count just before, in this sentence or the one before it; a nation named with the age wins)."""
    for i, f in enumerate(figures):
        if f.kind != "age" or f.side != "unknown" or f.status is not None or not (
                lx.YOUNGEST_OLDEST.search(f.sentence) or _THE_FREED_ARE_AGED.search(f.sentence) or _OF_THE_FREED_WORDS.search(f.sentence)):
            continue
        named = _NATION_OF_THE_AGE.search(f.sentence)
        if named is not None:
            f.side = "russia" if (named.group(1) or named.group(2) or named.group(4) or named.group(5) or "").lower().startswith("russia") else "ukraine"  # (defenders: Kyiv's)
            continue
        # ("the prisoners returned to Kyiv ..., the oldest of them is 75", "..., the Ukrainian ombudsman said": whose they are)
        to_ukraine, to_russia = lx.TO_UKRAINE.search(f.sentence) is not None, lx.TO_RUSSIA.search(f.sentence) is not None
        if to_ukraine != to_russia:
            f.side = "ukraine" if to_ukraine else "russia"
            continue
        if lx.CLAIMANT_SIDE.get(f.claimant or "") in ("ukraine", "russia"):
            f.side = lx.CLAIMANT_SIDE[f.claimant]
            continue
        count = next((g for g in reversed(figures[:i]) if g.kind == "exchanged" and not g.is_breakdown), None)
        if count is not None:
            # (of two counts in one sentence, the larger group: "Ukraine brings home 45 defenders, Russia gets back 3 pilots")
            count = max((g for g in figures[:i] if g.kind == "exchanged" and not g.is_breakdown and g.sentence_start == count.sentence_start
                         and g.side in ("ukraine", "russia")), key=lambda g: g.value, default=count)
        # (the parts listed after it, when they have a side: "In exchange, Russia got back 103 soldiers. The returned
        # include 82 privates and 21 officers, Zelensky said. The youngest is 22": the people just listed)
        part = next((g for g in reversed(figures[:i]) if g.kind == "exchanged" and g.is_breakdown and g.side in ("ukraine", "russia")
                     and count is not None and g.char_start > count.char_start and g.sentence_start > count.sentence_start), None)
        count = part or count
        if count is not None and count.side in ("ukraine", "russia") and count.sentence_start >= f.sentence_start - 400:
            f.side = count.side
            continue
        # ("Ninety defenders have returned home ... '90 of our people: soldiers of ...' ... The oldest of the freed is 60": the
        # count told again, nearer than where it was first told)
        again = max((r for r in restated if r.kind == "exchanged" and not r.is_breakdown and r.char_start < f.char_start
                     and r.side in ("ukraine", "russia") and (count is None or r.value == count.value)), key=lambda r: r.char_start, default=None)
        if again is not None and again.sentence_start >= f.sentence_start - 400:
            f.side = again.side
            continue
        # ("Each side returned 150. Zelensky said some of the returned Ukrainian soldiers had been held since 2022. The
        # youngest is 22": the nation of those the sentence before speaks of)
        previous = max((t for t in sentences if t[0] < f.sentence_start), default=None)
        named = _NATION_OF_THE_AGE.search(previous[1]) if previous is not None and previous[0] >= f.sentence_start - 400 else None
        if named is not None:
            f.side = "russia" if next(g for g in named.groups() if g).lower().startswith("russia") else "ukraine"
        elif previous is not None and f.claimant is None and previous[0] >= f.sentence_start - 400:
            # ("Selenskyj schrieb auf Telegram, einige der Heimgekehrten seien seit 2022 in Gefangenschaft gewesen. Der jüngste
            # sei 22": the speaker of the sentence before goes on, and the people are his side's)
            speaker = lx.CLAIMANT_SIDE.get(_claimant(previous[1], None) or "")
            if speaker in ("ukraine", "russia"):
                f.side = speaker


# "The freed Ukrainians are aged between 20 and 63", "Those released are aged 20 to 63": the ages of the people freed
# ("246 Ukrainians came home. They are aged between 19 and 60", "..., ranging from 19 to 63 years old")
_AN_AGE_NAMED_BEFORE = re.compile(r"(?:\b(?:average|median|mean)\s+age|(?<!\w)возраст\w*|(?<!\w)вік(?:ом)?)(?:\s+[\w-]+){0,2}?\s*(?:[-–—:]|is|was|становить|составляет)?\s*$", re.I)
_THE_FREED_ARE_AGED = re.compile(r"\b(?:freed|released|returned|exchanged|swapped|returnees)\b[^.;\d]{0,40}?\b(?:are|were)\s+(?:aged|between)\b"
                                 r"|^\W*they\s+(?:are|were)\s+(?:aged|between)\b|\brang(?:ing|e|ed)\s+(?:in\s+age\s+)?from\s+\d", re.I)
# ("The freed soldiers, aged between 19 and 60, ...", "Those released range in age from 19 to 60", "Among them was a
# 70-year-old", "Their average age is 32": the ages of the people just counted)
_OF_THE_FREED_WORDS = re.compile(r"\b(?:the\s+(?:freed|released|returned|exchanged)|those\s+(?:freed|released|returned|exchanged)|returnees|among\s+them"
                                 r"|of\s+(?:them|the\s+freed|those\s+freed)|their\s+(?:average\s+|median\s+)?ages?"
                                 # ("Средний возраст освобожденных — 35 лет", "Середній вік звільнених — 35 років")
                                 r"|(?:средний|середній)\s+(?:возраст|вік)|освобожд[её]нн\w*|звільнен\w*|вернувш\w*|повернут\w*)\b", re.I)
_NATION_OF_THE_AGE = re.compile(r"\b(?:youngest|oldest)\s+(ukrainian|russian)\b|\b(ukrainian|russian)\s+(?:prisoners?|soldiers?|pows?|servicem[ae]n)\s+"
                                r"(?:freed|released|returned)\b|\b(?:youngest|oldest)\s+(?:(?:freed|released|returned)\s+)?(defenders?)\b"
                                r"|\b(?:freed|released|returned|exchanged)\s+(ukrainians|russians)\b"
                                r"|\b(?:freed|released|returned|exchanged)\s+(ukrainian|russian)\s+(?:prisoners|soldiers|pows|servicem[ae]n|defenders|captives)\b", re.I)


_A_TOTAL_WORD = re.compile(r"\b(?:total|in\s+all|altogether|combined|overall|insgesamt|au\s+total|en\s+total|in\s+totale|всього|загалом|всего)\b", re.I)


_ONE_SWAP_BETWEEN = re.compile(r"\b(?:when|latest|most\s+recent(?:ly)?|last|previous|first|largest|biggest|on\s+\w+\.?\s+\d)", re.I)


def _counts_over_many_exchanges(figures: list[Figure]) -> None:
    """'It took 65 exchanges to bring 4,757 people home': people freed over many exchanges counted in the same sentence are a
    running total, not one swap's count."""
    for f in figures:
        if (f.kind != "exchanged" or f.status != "completed" or f.is_breakdown or f.is_additional or f.value < 100
                or f.event_date_precision not in ("day", None)):
            continue
        # (not the latest swap told after the count: "62 times since the invasion, most recently on March 19, when 175 ...")
        if any(g.kind == "exchange_count" and g.sentence_start == f.sentence_start and g.value >= 5
               and not _ONE_SWAP_BETWEEN.search(f.sentence, min(g.char_end, f.char_end) - f.sentence_start,
                                                max(g.char_start, f.char_start) - f.sentence_start) for g in figures):
            f.kind, f.status, f.since_date = "cumulative_released", None, None
            f.event_date_from = None
            f.figure_id = _figure_id(f.article_id, f.char_start, f.char_end, f.kind)


def _headline_count_restated_per_side(figures: list[Figure]) -> None:
    """'Russia and Ukraine swap 146 prisoners' (a headline), then 'Each side handed over 146 prisoners': the headline
    left out "each"; one fact, kept at the headline's span with the body's reading (its scope, day and claimant)."""
    for f in [f for f in figures if f.sentence_start == 0]:
        if (f.kind != "exchanged" or f.side != "both" or f.scope != "total" or f.is_breakdown or f.is_additional
                or _A_TOTAL_WORD.search(f.sentence)):
            continue
        twin = next((g for g in figures if g.sentence_start > 0 and g.kind == "exchanged" and g.side == "both" and g.scope == "per_side"
                     and g.value == f.value and g.value_high == f.value_high and g.status == f.status
                     and not (g.is_breakdown or g.is_additional)), None)
        if twin is None:
            continue
        f.scope, f.claimant = "per_side", f.claimant or twin.claimant
        f.event_date, f.event_date_from, f.event_date_precision = twin.event_date, twin.event_date_from, twin.event_date_precision
        figures.remove(twin)


def _give_counts_traded_for_a_side(figures: list[Figure]) -> None:
    """'115 of them were swapped for 115 Ukrainian POWs': a count traded for the other side's people is one
    side's, whichever comes first."""
    for f, g in zip(figures, figures[1:]):
        if (f.side == "unknown" and g.side in ("ukraine", "russia") and f.sentence_start == g.sentence_start
                and f.kind == g.kind == "exchanged" and not f.is_breakdown
                and _TRADED_FOR_BETWEEN.search(f.sentence[f.char_end - f.sentence_start : g.char_start - g.sentence_start])):
            f.side = "russia" if g.side == "ukraine" else "ukraine"


_FOLLOWED_BY_BEFORE = re.compile(r"(?:,\s*|\s+and\s+)(?:followed\s+by|then|puis|luego|después|poi|dann|depois)\s+(?:(?:another|a\s+further|some|about|more\s+than)\s+)?$", re.I)


_IN_TOTAL_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:in\s+total|in\s+all|altogether)\b", re.I)
_TOTAL_OF_BEFORE = re.compile(r"\ba\s+total\s+of\s+$", re.I)
# between the last part (with its noun) and the total: "53 privates — 95 in total", "53 privates, making a total of 95"
_PARTS_THEN_TOTAL = re.compile(r"\s*(?:[\w'’-]+\s*){0,2}[,;:—–-]\s*(?:(?:and|making|for|so|or)\s+)?(?:a\s+total\s+of\s+)?", re.I)


def _parts_before_their_total(figures: list[Figure]) -> None:
    """'Among those freed: 12 officers, 30 sergeants and 53 privates — 95 in total': groups listed before the
    total they add up to are its parts, not a count and groups added to it."""
    for i, total in enumerate(figures):
        if total.kind != "exchanged" or total.is_breakdown or i < 2:
            continue
        text, off = total.sentence, total.sentence_start
        if not (_IN_TOTAL_AFTER.match(text, total.char_end - off) or _TOTAL_OF_BEFORE.search(text, 0, total.char_start - off)):
            continue
        run: list[Figure] = []
        for g in reversed(figures[:i]):
            if g.sentence_start != total.sentence_start or g.kind != "exchanged" or g.is_breakdown:
                break
            run.insert(0, g)
            if len(run) >= 2 and sum(x.value for x in run) == total.value:
                if _PARTS_THEN_TOTAL.fullmatch(text, run[-1].char_end - off, total.char_start - off):
                    sides = {x.side for x in run} - {"unknown"}
                    if total.side == "both" and total.scope == "total":
                        # "in total" after one side's groups is that side's total, not both sides' together
                        total.side, total.scope = (sides.pop(), None) if len(sides) == 1 and sides <= {"ukraine", "russia"} else ("unknown", None)
                    for x in run:
                        x.is_breakdown, x.is_additional = True, False
                        if x.side == "unknown" and total.side in ("ukraine", "russia"):
                            x.side = total.side
                    total.is_additional = False
                break


def _parts_after_their_total_share_its_day(figures: list[Figure], restated: list[_Restated] = ()) -> None:
    """'On Friday, 390 from each side were exchanged - 270 soldiers and 120 civilians - and on Saturday 307':
    groups right after the count they add up to are that count's people, freed when it was (the day named
    nearer to them may be the next batch's) and on its side (a count stated again, kept as its first statement in a
    headline, lends its side to the parts after it too)."""
    counts = sorted([*figures, *(r for r in restated if r.kind == "exchanged")], key=lambda g: g.char_start)
    for i, total in enumerate(counts):
        if total.kind != "exchanged" or total.is_breakdown:
            continue
        run: list[Figure] = []
        for g in counts[i + 1 :]:
            if g.sentence_start != total.sentence_start or g.kind != "exchanged" or not g.is_breakdown or isinstance(g, _Restated):
                break
            run.append(g)
            if sum(x.value for x in run) >= total.value:
                break
        if len(run) < 2 or sum(x.value for x in run) != total.value:
            continue
        if not all(_PEOPLE_AFTER.match(x.sentence[x.char_end - x.sentence_start :]) for x in run):
            continue  # "480 each: 270 on Wednesday and 210 on Thursday": parts by day, each on its own
        for x in run:
            if isinstance(total, Figure):
                x.event_date, x.event_date_from, x.event_date_precision = total.event_date, total.event_date_from, total.event_date_precision
            if x.side == "unknown":
                x.side, x.scope = total.side, total.scope


def _give_later_batches_a_side(figures: list[Figure]) -> None:
    """'390 were freed by each side on Friday, followed by 307 soldiers on Saturday': the next day's batch is
    counted the way the batch before it is."""
    for i, f in enumerate(figures):
        if i and f.side == "unknown" and f.kind == "exchanged" and not f.is_breakdown:
            g = next((g for g in reversed(figures[:i]) if g.sentence_start == f.sentence_start and g.kind == "exchanged"
                      and not g.is_breakdown), None)
            if g is not None and g.side != "unknown" and _FOLLOWED_BY_BEFORE.search(f.sentence, 0, f.char_start - f.sentence_start):
                f.side, f.scope = g.side, g.scope


def _stages_of_a_swap_of_so_many_each(figures: list[Figure]) -> None:
    """'1,000 freed by each side over three days ... 390 on Friday ... 307 on Saturday ... 303 on Sunday': the days'
    counts that add up to a swap of so many each, inside its days, are so many each too."""
    for w in figures:
        if (w.kind != "exchanged" or w.side != "both" or w.scope != "per_side" or w.is_breakdown
                or w.event_date is None or w.event_date_precision != "day" or w.value_high is not None):
            continue
        # (its days, or the week up to its day: "completing a three-day swap in which each side freed 1,000")
        first_day = w.event_date_from or w.event_date - timedelta(days=6)
        stages = [f for f in figures if f is not w and f.kind == "exchanged" and not f.is_breakdown and not f.is_additional
                  and f.value_high is None and f.value < w.value and f.event_date_precision == "day" and f.event_date_from is None
                  and f.event_date is not None and first_day <= f.event_date <= w.event_date
                  and (f.side == "unknown" or (f.side == "both" and f.scope == "per_side"))]
        if len({f.event_date for f in stages}) == len(stages) >= 2 and sum(f.value for f in stages) == w.value:
            for f in stages:
                f.side, f.scope = "both", "per_side"
                for g in figures:  # ("390 on Friday, including 120 civilians": so many each too)
                    if g.is_breakdown and g.side == "unknown" and g.kind == "exchanged" and g.sentence_start == f.sentence_start:
                        g.side, g.scope = "both", "per_side"


_MORE_TRANSFERS = re.compile(r"\b(?:more|another|further|subsequent)\s+(?:[\w-]+\s+)?(?:transfers|handovers|repatriations|batches)\b"
                             r"|\b(?:another|a\s+further)\s+\d[\d,]*\s+bod(?:y|ies)\b"
                             r"|\b(?:transfers|handovers|repatriations)\b[^.;]{0,60}\bfollowed\b", re.I)


def _give_more_transfers_of_bodies_a_side(figures: list[Figure]) -> None:
    """'The first handover ..., when Ukraine received 1,212 bodies and handed 27 to Russia. Three more transfers of
    1,200 bodies each followed': more of the same handovers go the way the main one before went (the larger count)."""
    for i, f in enumerate(figures):
        if f.kind != "bodies" or f.side != "unknown" or f.is_breakdown or not _MORE_TRANSFERS.search(f.sentence):
            continue
        before = [g for g in figures[:i] if g.kind == "bodies" and g.sentence_start < f.sentence_start and g.side in ("ukraine", "russia")
                  and not g.is_breakdown and g.since_date is None]
        if before:
            last = [g for g in before if g.sentence_start == before[-1].sentence_start]
            # ("Another 1,200 bodies ..." after Ukraine's 1,200 and Russia's 27: a batch like the one of its size)
            same = [g for g in before if g.value == f.value]
            f.side = same[-1].side if same else max(last, key=lambda g: g.value).side


def _give_additional_groups_a_side(figures: list[Figure]) -> None:
    """'185 Ukrainian soldiers came home, along with 20 civilians': the added group goes to the side of
    the count it is added to."""
    for i, f in enumerate(figures):
        if f.is_additional and f.side == "unknown":
            main = next((g for g in reversed(figures[:i]) if g.sentence_start == f.sentence_start
                         and g.kind == f.kind and g.side in ("ukraine", "russia")), None)
            if main is not None:
                f.side = main.side
                continue
            # ("246 defenders are home! ... Another 31 seriously wounded were returned separately"): the one side whose
            # people the article counted that day before, when it counted only one
            if any(g.sentence_start == f.sentence_start and g.kind == f.kind and not g.is_additional for g in figures[:i]):
                continue  # ("made up of 263 servicemen and six civilians": the group goes with its own count, whatever side)
            sides = {g.side for g in figures[:i] if g.kind == f.kind and not (g.is_breakdown or g.is_additional)
                     and g.event_date == f.event_date and g.side != "unknown"}
            if len(sides) == 1 and sides <= {"ukraine", "russia"}:
                f.side = sides.pop()
            elif sides == {"both"} and lx.CLAIMANT_SIDE.get(f.claimant or "") in ("ukraine", "russia"):
                # "150 captives apiece ... A further 31 wounded soldiers were returned separately, according to the Ukrainian
                # side": on top of a swap of so many each, a group one side's officials tell of is their own people
                f.side = lx.CLAIMANT_SIDE[f.claimant]


def _additional_groups_need_a_count(figures: list[Figure]) -> None:
    """'an exchange that also saw 90 Russian servicemen handed back': a group is added on top of a count only
    when that side's count of the same exchange (the same day) stands before it; else it is that side's
    count itself."""
    for i, f in enumerate(figures):
        if not f.is_additional:
            continue
        sides = (f.side, "both") if f.side in ("ukraine", "russia") else ("ukraine", "russia", "both", "unknown")
        if not any(not g.is_additional and g.kind == f.kind and g.side in sides and g.event_date == f.event_date
                   for g in figures[:i]):
            f.is_additional = False


# ("34 were from morgues in Russia", "34 тіла з моргів на території Росії": a place, not whose dead)
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|from)|(?<!\w)(?:в|у|з|із|на\s+території|на\s+территории|из|aus|en|de))\s+$", re.I)
_OF_THE_COUNT_OPENING = re.compile(r"^\W*(?:of|among)\s+the\s+(\d[\d,.]*\d|\d)\b", re.I)
_NON_DIGITS = re.compile(r"\D")
# "Of those, 536 were returned by other means" (of the total just stated), not "Of those released in the latest swap, ..."
_OF_THOSE_OPENING = re.compile(r"^\W*of\s+(?:them|those|these)(?:\s*,|\s+\d|\s+(?:[\w-]+\s+){0,3}?(?:since|so\s+far|in\s+total|to\s+date)\b)", re.I)
_OF_A_NATIONS_FREED_OPENING = re.compile(r"^\W*(?:among|of)\s+the\s+(?:freed\s+|released\s+|returned\s+)?(?:ukrainians|russians|ukrainian\s+\w+|russian\s+\w+)\b"
                                         # ("Wśród uwolnionych Ukraińców jest 270 żołnierzy", "Среди освобожденных украинцев",
                                         # "Серед звільнених українців", "Parmi les Ukrainiens libérés", "Unter den freigelassenen Ukrainern")
                                         r"|^\W*(?:wśród|среди|серед|parmi|unter|entre|tra)\s+(?:les\s+|den\s+|los\s+|i\s+|gli\s+)?(?:[\w-]+\s+)?"
                                         r"(?:ukraińców|rosjan|украинцев|россиян|українців|росіян|ukrainiens|russes|ukrainern|russen|ucranianos|rusos|ucraini|russi)\b", re.I)
_RUSSIANS_WORD = re.compile(r"russ|rosj|rusos|росс|росі", re.I)
_OF_THOSE_FREED_IN_A_YEAR_AFTER = re.compile(r"\s+of\s+(?:those|them|the\s+people)\s+(?:freed|released|returned|brought\s+home)\s+in\s+((?:19|20)\d\d)\b", re.I)
_POINTS_BACK = re.compile(  # right after the count: "20 civilians were among those freed", "70 of those released"
    r"\s*(?:(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:them|those|the\s+(?:freed|released|returned|exchanged|swapped))\b"
    r"|(?:of|from)\s+(?:them|those|whom)\b|of\s+the\s+(?:returnees|freed|released|returned|exchanged)\b)", re.I)


# between two groups named one after another: "185 Ukrainian soldiers and 20 civilians", "82 soldiers, 21 civilians and 4 medics"
_NEXT_GROUP_BETWEEN = re.compile(
    r"\s+(?:(?:ukrainian|russian|wounded|injured|severely\s+wounded|seriously\s+ill|other|ukrainische[nr]?|russische[nr]?|ukrainiens|russes|ucranianos|rusos|ucraini|russi"
    r"|российск\w*|русск\w*|украинск\w*|українськ\w*|російськ\w*|своїх|своих|of\s+(?:its|their)(?:\s+own)?)\s+)?(?:soldiers?|servicem[ae]n|service\s*members?|servicewom[ae]n"
    r"|military(?:\s+personnel)?|troops|fighters|officers?|sergeants?|privates?|m[ae]n|wom[ae]n|civilians?|marines?|guardsm[ae]n|border\s+guards?"
    r"|sailors?|medics?|children|teenagers|pilots?|national\s+guardsm[ae]n|defenders|ukrainians|russians|prisoners(?:\s+of\s+war)?|pows|captives"
    # "185 військовослужбовців та 20 цивільних", "146 военнослужащих и 8 ...", "185 Soldaten und 20 Zivilisten", "185 soldats et 20 civils"
    r"|військовослужбовц\w*|військов\w*|захисник\w*|солдат\w*|військовополонен\w*|военнослужащ\w*|военн\w*|военнопленн\w*|пленн\w*"
    r"|soldaten|kriegsgefangene\w*|soldats|prisonniers|militaires|soldados|militares|prigionieri|soldati|militari|żołnierzy|jeńców|wojskowych)"
    # ("185 prisonniers de guerre et 20 civils", "185 prigionieri di guerra e 20 civili")
    # ("270 военнопленных ВСУ и 120 гражданских": the army named after the noun)
    r"(?:\s+(?:de\s+guerre|di\s+guerra|de\s+guerra|wojennych|ВСУ|ЗСУ|ВС\s+РФ))?"
    r"(?:\s+and\s+(?:sergeants|privates|soldiers|servicemen|officers))?"
    # ("brought home 90 servicemen in a prisoner exchange with Russia, and 10 civilians ... in a separate release")
    r"(?:\s+(?:in|from|under)\s+(?:a|an|the)\s+[^\d,;.:]{3,50}(?=,\s*and\s))?"
    r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|та|і|и|und|et|y|e|oraz|i)\s+)$", re.I)
# words that make named groups parts of a count stated elsewhere: "225 men and five women were among those who
# came home", "the group comprised 27 officers and 180 soldiers", "the Ukrainians who came home were 51 privates ..."
# (and "Of the bodies, 409 were recovered from the Donetsk front": the handover told two sentences before)
_BACK_REFERENCE = (r"\bamong\b|\bthe\s+group\b|\bcompris\w*|\bmade\s+up\s+of|\bconsist\w*|\binclud\w*|^\W*of\s+the\s+(?:bodies|remains|returnees)\b"
                   r"|\b(?:came\s+home|returned|freed|released|exchanged)\s+were"
                   r"|\bunter\s+den\b|\bdarunter\b|\bparmi\b|\bсеред\b|\bсреди\b|\bentre\s+(?:ellos|los)\b|\btra\s+(?:loro|i)\b")
_REFERS_BACK_BEFORE = re.compile(rf"(?:{_BACK_REFERENCE})[^.;:]*$", re.I)
# (and, for groups that could be added up, any "were" or colon before them: "were 83 privates and 22 officers")
_PARTS_BEFORE = re.compile(rf"(?:{_BACK_REFERENCE}|\bwere|:)[^.;:]*$", re.I)
_PARTS_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:were|are|was)\s+(?:also\s+)?among\b|\s*,?\s*(?:of|among)\s+(?:them|those|whom)\b", re.I)


def _covers_day(whole, day: date) -> bool:
    """Whether a count is of that day, or of days that include it ("1,000 each: 390 on Friday, ..."); a
    count with no day could be of any."""
    end = getattr(whole, "event_date", None)
    if end is None:
        return True
    start = getattr(whole, "event_date_from", None) or end
    return start <= day <= end


def _names_a_day(sentence: str) -> bool:
    """Whether a sentence names a day of its own (a date, a weekday, "yesterday", "a day later")."""
    return any(d.day for d in find_dates(sentence)) or bool(find_relative_dates(sentence, None))


def _the_other_sides_count_elsewhere(whole, part: Figure) -> bool:
    """A count of the other nation in another sentence is no whole of a part ("Ukraine also received 19 civilian sailors.
    Russia got back 11 civilian sailors."; "331 Russians had been returned. Ukraine got back 305 servicemen and 27 civilians")."""
    return ({whole.side, part.side} == {"ukraine", "russia"} and whole.sentence_start != part.sentence_start
            # (bodies "43 of them were Russian soldiers" are a part of the other side's bodies, named as such)
            and not (part.kind == "bodies" and _OF_THEM_AFTER.match(part.sentence[part.char_end - part.sentence_start :]) is not None))


def _groups_added_up(counted: list[Figure], wholes: list, index: dict[int, int]) -> set[int]:
    """'185 Ukrainian soldiers and 20 civilians came home', with no total stated anywhere near: the groups
    add up to the count, the 20 is not a part of the 185. The first group is the count, the others are added
    to it (`is_additional`). Groups with a total stated before them stay its parts. Returns the groups settled."""
    settled: set[int] = set()
    run: list[Figure] = []
    for f in [*counted, None]:
        if f is not None and f.kind == "exchanged" and run and run[-1].sentence_start == f.sentence_start and f.side in (run[-1].side, "unknown") \
                and _NEXT_GROUP_BETWEEN.fullmatch(f.sentence, run[-1].char_end - f.sentence_start, f.char_start - f.sentence_start) \
                and not _OF_THEM_AFTER.match(f.sentence[f.char_end - f.sentence_start :]):  # ("46 Ukrainians, 31 of them women": a part)
            run.append(f)
            continue
        # ("146 servicemen and 8 residents of the Kursk region": the second group is no sub-count either)
        if len(run) >= 2 and (any(g.is_breakdown for g in run) or (
                run[0].side in ("ukraine", "russia") and all(g.side == run[0].side and not g.is_additional for g in run))):
            i = index.get(run[0].sentence_start, 0)
            members = {id(g) for g in run}
            total = max(g.value for g in run)
            text = run[0].sentence
            # (not a month's label: "October: 185 soldiers and 20 civilians each way" is no list of parts after a colon)
            label = _MONTH_LABEL_OPENING.match(text) if text[:1].isalpha() else None
            refers_back = bool(_PARTS_BEFORE.search(text, label.end() if label else 0, run[0].char_start - run[0].sentence_start)
                               or _PARTS_AFTER.match(text, run[-1].char_end - run[-1].sentence_start))
            # parts of a count stated earlier (however far back, if the sentence points back to it)
            # ("84 came home ... 'Our people are home. 33 military and 51 civilians'": groups that add up to a count
            # stated before, however far back, are its parts)
            whole_of_sum = any(id(g) not in members and g.value == sum(f.value for f in run) and g.char_start < run[0].char_start
                               and g.kind == run[0].kind and not g.is_breakdown
                               # (not the other side's equal total: "390 Ukrainians are home: 270 soldiers and 120 civilians",
                               # then "Russia says 270 servicemen and 120 civilians have been returned")
                               and not _the_other_sides_count_elsewhere(g, run[0])
                               for g in wholes)
            # (a count of another day is no whole of groups whose sentence names its own day: "307 returned home
            # [on Saturday] ... On Friday, 270 soldiers and 120 civilians had been freed")
            own_day = (not whole_of_sum and run[0].event_date is not None and run[0].event_date_precision == "day"
                       and not refers_back and _names_a_day(text))
            if whole_of_sum:
                for g in run:
                    g.is_breakdown, g.is_additional = True, False  # (a part is never also added on top)
            elif not any(id(g) not in members and g.value > total and g.char_start < run[0].char_start
                       and (refers_back or index.get(g.sentence_start, -9) in (i, i - 1))
                       and not _the_other_sides_count_elsewhere(g, run[0])
                       and (not own_day or _covers_day(g, run[0].event_date)) for g in wholes):
                run[0].is_breakdown = False
                for g in run[1:]:
                    g.is_breakdown, g.is_additional = False, True
                settled |= members
        run = [f] if f is not None and f.kind == "exchanged" else []
    return settled


_AMONG_THOSE_WHO_CAME_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|are)\s+(?:also\s+)?among\s+(?:those|the\s+(?:people|prisoners|ukrainians|russians))\s+(?:who\s+)?"
    r"(?:came|returned|were\s+(?:freed|released|returned|exchanged)|freed|released|returned|exchanged)\b", re.I)
_CIVILIANS = re.compile(r"civilians?|цивільн\w*|гражданск\w*|zivilisten|civils|civiles|civili", re.I)
# (prisoners of war, not "prisoners": civilians are prisoners too)
_MILITARY_NOUN_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:prisoners\s+of\s+war|pows?\b|soldiers|servicem[ae]n|troops|military|військов\w*|военн\w*|soldaten|soldats|soldados|soldati)", re.I)


_SOLDIERS = re.compile(r"prisoners|pows?|soldiers|servicem[ae]n|troops|military|defenders|fighters|військов\w*|военн\w*|soldaten|soldats|soldados|soldati", re.I)


def _group_of(subject: str | None) -> str | None:
    """Soldiers and prisoners of war by any name are one group; civilians another; others by their noun."""
    if subject and _CIVILIANS.fullmatch(subject):
        return "civilians"
    return "military" if subject and _SOLDIERS.fullmatch(subject) else subject


def _counts_the_military(g: Figure) -> bool:
    return _MILITARY_NOUN_AFTER.match(g.sentence, g.char_end - g.sentence_start) is not None


def _part_category(kind: str) -> str:
    """What a count and its parts must both be: people handed over (in one exchange or in all), bodies, or people
    still held."""
    return kind if kind in ("bodies", "other") else "people"


def _names_a_nation(text: str) -> bool:
    return lx.UKRAINE.search(text) is not None or lx.RUSSIA.search(text) is not None


# the parties of other wars whose prisoners and hostages are swapped too
_OTHER_CONFLICT = re.compile(r"\b(?:israel\w*|hamas|gaza\w*|palestinians?|hezbollah|houthis?|armenia\w*|azerbaijan\w*|taliban)\b", re.I)
# ("90 Soldaten und zehn Zivilisten", "90 soldats et dix civils": in other languages too)
_CONJOINED_SIBLING = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:and|plus|und|sowie|et|y|e|i|oraz|та|і|и)\s+(?:also\s+)?", re.I)


def _confirm_breakdowns(figures: list[Figure], sentence_starts: list[int], restated: list[_Restated] = (),
                        texts: list[str] = ()) -> None:
    """A sub-count ("27 officers", "108 women") is a breakdown only when a larger count it can be part
    of stands in the same or the previous sentence; alone, it is the count of that exchange. A breakdown
    with no side of its own takes the side of the count it breaks down ("150 Ukrainians came home ...
    Among them were 12 civilians")."""
    index = {start: i for i, start in enumerate(sentence_starts)}
    counted = [f for f in figures if f.kind in ("exchanged", "cumulative_released", "bodies", "other")]
    wholes = sorted([*counted, *restated], key=lambda g: g.char_start)  # a count stated again still has parts
    added_up = _groups_added_up([f for f in counted if _part_category(f.kind) == "people"],
                                [g for g in wholes if _part_category(g.kind) == "people"], index)
    for f in counted:
        if not f.is_breakdown or id(f) in added_up:
            continue
        i = index.get(f.sentence_start, 0)
        # "20 civilians were among those freed" points back further than the sentence before
        # (and "the returned included 82 soldiers and 21 civilians", "the group comprised ...")
        # ("14 of those released were severely ill", three sentences after the count: the paragraph's count)
        reach = ((i, i - 1, i - 2, i - 3) if _POINTS_BACK.match(f.sentence, f.char_end - f.sentence_start)
                 else (i, i - 1, i - 2) if _REFERS_BACK_BEFORE.search(f.sentence, 0, f.char_start - f.sentence_start) else (i, i - 1))
        if _LIST_ITEM.match(f.sentence) and texts:
            # an item of a list of parts ("Among the returnees:\n- 87 servicemen ..."): the count stands before the list
            lead = i - 1
            while lead > 0 and _LIST_ITEM.match(texts[lead]):
                lead -= 1
            if lead >= 0 and _LIST_OF_PARTS_LEAD.search(texts[lead]):
                reach = (i, lead, lead - 1)
        # (a count of another day is not the whole when the part's sentence names its own day: "Saturday's swap
        # freed 246 ... late Sunday, 31 wounded soldiers")
        own_day = (f.event_date is not None and f.event_date_precision == "day" and not _POINTS_BACK.match(f.sentence, f.char_end - f.sentence_start)
                   and _names_a_day(f.sentence))
        larger = [g for g in wholes if g is not f and g.value > f.value and index.get(g.sentence_start, -9) in reach
                  and _part_category(g.kind) == _part_category(f.kind)  # (bodies are parts of bodies, the held of the held)
                  and (not own_day or _covers_day(g, f.event_date))
                  # ("taken back only 1,212 of the 6,000 bodies it had offered": bodies handed over are no part of bodies offered)
                  and not (f.kind == "bodies" and isinstance(g, Figure) and g.kind == "bodies" and g.status != f.status)
                  and not _the_other_sides_count_elsewhere(g, f)
                  # ("25 Russian civilians were returned, while ... 40 Ukrainian civilians were freed": the other side's count after it)
                  and not ({g.side, f.side} == {"ukraine", "russia"} and g.char_start > f.char_start)]
        # ("Russia received 246 soldiers and 15 wounded": the count conjoined right before is a group beside the part,
        # not its whole; when that count is one told before, the part is a group on top of it)
        siblings = [g for g in larger if isinstance(g, _Restated) and g.sentence_start == f.sentence_start and 0 <= g.char_end <= f.char_start
                    and _CONJOINED_SIBLING.fullmatch(f.sentence, g.char_end - f.sentence_start, f.char_start - f.sentence_start)]
        if f.kind == "exchanged" and siblings and all(any(g.value == h.value for h in siblings) for g in larger):
            f.is_breakdown, f.is_additional = False, True
            continue
        of_the_count = _OF_THE_COUNT_OPENING.match(f.sentence)
        if of_the_count:
            # "Of the 215, 124 were officers": the count is named, however far back it was stated (and of two
            # counts before, "230 Ukrainians and 248 Russians", it is the one named)
            total = int(_NON_DIGITS.sub("", of_the_count.group(1)))
            named_whole = [g for g in wholes if g.value == total and g.value > f.value and g.char_start < f.char_start]
            larger = named_whole or larger
        if not larger:
            # parts that add up to a count stated earlier in the article: "84 came home ... 33 military and 51 civilians"
            parts = sum(g.value for g in counted if g.is_breakdown and g.sentence_start == f.sentence_start and g.kind == f.kind)
            larger = [g for g in wholes if g.value == parts and g.kind == f.kind and g.char_start < f.sentence_start
                      and not g.is_breakdown and parts > f.value][-1:]
        civilians_among_those = (f.kind == "exchanged" and _CIVILIANS.fullmatch(f.subject or "") is not None
                                 and _AMONG_THOSE_WHO_CAME_AFTER.match(f.sentence, f.char_end - f.sentence_start) is not None
                                 and not any(g is not f and g.sentence_start == f.sentence_start for g in counted))
        if larger and civilians_among_those and all(isinstance(g, Figure) and _counts_the_military(g) for g in larger):
            f.is_breakdown, f.is_additional = False, True  # (see below: civilians on top of a count of prisoners of war)
            continue
        if not larger:
            f.is_breakdown = False
            if civilians_among_those and any(
                    g.kind == "exchanged" and not g.is_breakdown and g.char_start < f.char_start and g.event_date == f.event_date
                    and g.side in (f.side, "both") and _counts_the_military(g) for g in counted):
                # "Ukraine and Russia exchange 146 prisoners of war each ... eight civilians were among those who came
                # home": civilians are no part of a count of prisoners of war or soldiers; they came home on top of it
                f.is_additional = True
            continue

        running = [g for g in larger if g.kind == "cumulative_released" and g.char_start < f.char_start and not g.is_breakdown]
        same = [g for g in larger if g.sentence_start == f.sentence_start and g.char_start < f.char_start]
        if (f.kind == "exchanged" and same and all(g.kind == "cumulative_released" for g in same)
                and _OF_THEM_ON_THE_DAY_AFTER.match(f.sentence[f.char_end - f.sentence_start :])):
            # "has now secured the release of 3,405 people, 95 of them today": that day's exchange, not a part of the total
            f.is_breakdown = False
            continue
        if f.kind == "exchanged" and same and all(g.kind == "cumulative_released" for g in same):
            # "Ukraine has now secured the release of 3,310 people, including 148 civilians": a part of the running total
            f.kind, f.status, f.since_date = "cumulative_released", None, same[-1].since_date
            f.event_date, f.event_date_from, f.event_date_precision = same[-1].event_date, same[-1].event_date_from, same[-1].event_date_precision
            f.figure_id = _figure_id(f.article_id, f.char_start, f.char_end, f.kind)
            if f.side == "unknown":
                f.side = same[-1].side
            continue
        years_part = _OF_THOSE_FREED_IN_A_YEAR_AFTER.match(f.sentence, f.char_end - f.sentence_start) if f.kind == "exchanged" and running else None
        years_total = next((g for g in reversed(running) if isinstance(g, Figure) and g.event_date_precision == "year" and g.event_date is not None
                            and years_part and g.event_date.year == int(years_part.group(1))), None)
        if years_total is not None:
            # "Ukraine held 18 exchanges in 2025, bringing home about 2,900 people. ... Some 1,200 of those freed in 2025 were
            # under 25": a part of the year's total
            f.kind, f.status, f.since_date = "cumulative_released", None, years_total.since_date
            f.event_date, f.event_date_from, f.event_date_precision = years_total.event_date, None, "year"
            f.figure_id = _figure_id(f.article_id, f.char_start, f.char_end, f.kind)
            if f.side == "unknown":
                f.side = years_total.side
            continue
        if f.kind == "exchanged" and running and not any(g.kind == "exchanged" for g in larger) and _OF_THOSE_OPENING.match(f.sentence):
            # "5,757 people had been returned by May 2025. Of those, 536 were returned by other means": part of the running total
            f.kind = "cumulative_released"
            f.status, f.since_date = None, running[-1].since_date
            f.figure_id = _figure_id(f.article_id, f.char_start, f.char_end, f.kind)
        whole = [g for g in larger if g.char_start < f.char_start and not g.is_breakdown and g.kind == f.kind]
        whole = [g for g in whole if not g.is_additional] or whole  # "In addition, 22 wounded": not the count of the list after it
        if not whole:
            # "Among those returning are 4 civilians and 96 servicemen": parts that add up to a count stated earlier
            total = sum(g.value for g in counted if g.is_breakdown and g.sentence_start == f.sentence_start and g.kind == f.kind)
            whole = [g for g in wholes if g.value == total and g.kind == f.kind and g.char_start < f.sentence_start and not g.is_breakdown][-1:]
        if (f.side == "unknown" and whole and whole[-1].side == "both" and whole[-1].sentence_start == f.sentence_start
                and not _PEOPLE_AFTER.match(f.sentence[f.char_end - f.sentence_start :])):
            # "each side released 1,000: 390 on Friday, 307 on Saturday" (parts by day, not "... and 24 sailors")
            f.side, f.scope = "both", whole[-1].scope
            continue
        if (f.side == "unknown" and whole and whole[-1].side == "both" and whole[-1].scope == "per_side"
                and whole[-1].sentence_start == f.sentence_start and whole[-1].char_end <= f.char_start
                and _INCLUDING_RIGHT_BEFORE.search(f.sentence, max(0, f.char_start - f.sentence_start - 30), f.char_start - f.sentence_start)):
            # "each side freed 390 people, including 120 civilians", "cada bando liberó a 390 personas, entre ellas 120
            # civiles": a part of what each side freed, so many each
            f.side, f.scope = "both", "per_side"
            continue
        if (f.side == "unknown" and whole and whole[-1].side == "both" and whole[-1].scope == "per_side"
                and whole[-1].sentence_start == f.sentence_start
                and _COMPRISED.search(f.sentence, whole[-1].char_end - f.sentence_start, f.char_start - f.sentence_start)):
            # "The 390 freed by each side comprised 270 soldiers and 120 civilians, Russia's defence ministry said": each
            # side's parts, whoever lists them
            f.side, f.scope = "both", "per_side"
            continue
        if f.side == "unknown" and whole and whole[-1].side == "both" and lx.CLAIMANT_SIDE.get(f.claimant or ""):
            # "84 prisoners each ... Zelensky said that among those returned were 33 military personnel and 51
            # civilians": an official lists their own side's people
            f.side = lx.CLAIMANT_SIDE[f.claimant]
            continue
        if f.side == "unknown" and not whole and f.kind == "exchanged":
            # "Of them, 27 are officers. Three are women.": one more part after the parts of a count, of their side
            part_sides = {g.side for g in larger if isinstance(g, Figure) and g.is_breakdown and g.kind == f.kind}
            if len(part_sides) == 1 and part_sides <= {"ukraine", "russia"} and not _names_a_nation(f.sentence):
                f.side = part_sides.pop()
                continue
        opening_nation = _OF_A_NATIONS_FREED_OPENING.match(f.sentence) if f.side == "unknown" and whole and whole[-1].side == "both" else None
        if opening_nation:
            # "Among the Ukrainians were National Guard members ..., and 96 of them were privates", after a swap of so many each:
            # the part of the nation the sentence opens with
            f.side = "russia" if _RUSSIANS_WORD.search(opening_nation.group(0)) else "ukraine"
            continue
        if f.side != "unknown" or not whole or whole[-1].side not in ("ukraine", "russia"):
            continue
        # a count in another sentence lends its side only when nothing else could: no nation named in the
        # breakdown's sentence ("A Ukrainian brigade said 12 of its marines ..."), and no larger count of the other side
        # (a list item naming the count's own nation, "Armed Forces of Ukraine — 117", is that nation's)
        # ("34 were from morgues in Russia": a place named, not whose people)
        named = {side for side, nation in (("ukraine", lx.UKRAINE), ("russia", lx.RUSSIA))
                 if any(not _PLACE_PREPOSITION_BEFORE.search(f.sentence, max(0, m.start() - 20), m.start()) for m in nation.finditer(f.sentence))}
        # (the counts of the sentence nearest before: "130 Ukrainians, 90 Russians freed" in a headline, then "Ukraine brought home
        # 130 soldiers ... They included 87 defenders of Mariupol": the lede's count)
        nearest = [g for g in whole if g.sentence_start == whole[-1].sentence_start]
        # (the nation named may be the speaker's own: "The Ukrainian defence ministry said 59 of those freed ...")
        speakers_own = named == {whole[-1].side} and lx.CLAIMANT_SIDE.get(f.claimant or "") == whole[-1].side
        own = lx.CLAIMANT_SIDE.get(f.claimant or "")
        # (the nation named may be the official's own: "Ukraine's ombudsman Dmytro Lubinets said that among those released were 3 women")
        if (own in ("ukraine", "russia") and own != whole[-1].side and named <= {own} and whole[-1].sentence_start != f.sentence_start
                and any(g.side == own for g in whole)):
            # "Ukraine has brought back 103 defenders ... In exchange, Russia got back 103 soldiers. The returned include 82
            # privates and 21 officers, Zelensky said": an official lists their own side's people, not the count told last
            f.side = own
            continue
        if whole[-1].sentence_start == f.sentence_start or (
                (not named or speakers_own or (_LIST_ITEM.match(f.sentence) and named == {whole[-1].side})) and len({g.side for g in nearest}) == 1):
            f.side = whole[-1].side
        elif len(named) == 1 and _OF_A_NATIONS_FREED_OPENING.match(f.sentence) and any(g.side in named for g in whole):
            # "Ukraine says it has brought home 189 ..., while Russia said 150 of its soldiers have been returned. Among the
            # Ukrainians freed were ... two civilians": the nation the part's sentence names, of the two counts before
            f.side = next(iter(named))


_A_GROUP_THEN_ANOTHER = re.compile(r"\s+[\w'’-]+\s*(?:,|and)\s*\d[\d,]*(?=\s)")
_WORDS_IN_PARENS_AFTER = re.compile(r"^\s\(([^()\d]{3,60})\)")
_PART_OF_THEM_OPENING = re.compile(r"^\W*(?:(?:about|some|nearly|almost|at\s+least|more\s+than|over)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those)\b", re.I)


def _sentence_figures(art: "_ArticleContext", s: _Sentence, numbers: list[Number], cands: list[_DateCand],
                      claimant: Callable[[int], str | None], context: str, paragraph_date: "_DateCand | None",
                      following: str = "") -> bool:
    """Classify each number of one sentence and append the figures that are about the exchanges.
    Returns whether the sentence reports people or bodies handed over (repeats included)."""
    text = s.text
    reports_exchange = False
    if not (_has(lx.DOMAIN, text) or _has(lx.DOMAIN, context) or (art.has_people and (
            lx.YOUNGEST_OLDEST.search(text) or _OF_THE_COUNT_OPENING.match(text) or any(n.n_for_n for n in numbers)
            # ("Eleven of them had defended Mariupol", a few sentences after the count: a part of it)
            or ((" of them" in text[:40] or " of those" in text[:40]) and _PART_OF_THEM_OPENING.match(text))
            # ("August: 146 for 146 on Independence Day. October: 185 soldiers and 20 civilians each way.": a list by month)
            or _in_a_list_of_months(text, context)))
            # a headline with no word of a swap, over a lede that has one ("Ukraine recovers 103 soldiers")
            or (s.start < 3 and not context and len(text) <= 120 and _has(lx.DOMAIN, following[:300]))):
        # no word of the subject here or just before: `_meaning` would reject every number ("Of the 84, 33 were
        # soldiers" is a count of the article's own, however far its verb)
        return False
    if _OTHER_CONFLICT.search(text) and not _names_a_nation(text):
        # "Hamas released 24 hostages ..., while Israel freed 39 Palestinian prisoners" in a digest: another war's swap
        return False
    spans = [(c.start, c.end) for c in cands if not c.relative]
    sentence_talks = next((c.value for c in cands if c.value and c.precision == "day" and _is_talks_date(text, c)), None)
    for n in numbers:
        if any(a <= n.start < b or a < n.end <= b for a, b in spans):
            continue
        before, after = _clause_window(text, n)
        if after[:2] == " (" and (restated := _WORDS_IN_PARENS_AFTER.match(after)) and words_to_int(restated.group(1)) == n.value:
            after = after[restated.end() :]  # "303 (three hundred and three) Ukrainian defenders": the noun after the words
        if n.approximate and after[:4] in ("-odd", " odd"):
            after = after[4:]  # "1,200-odd Ukrainians": the noun after the approximation
        if _is_non_figure(text, n, before, after):
            continue
        if " not " in before[-8:] and _NOT_THIS_NUMBER_BEFORE.search(before[-40:]) and any(m.end <= n.start - 5 for m in numbers):
            continue  # "It was 95, not 90": the number set right is the figure; the one it replaces is none
        label = _LABEL_BEFORE.match(text, 0, n.start)
        if label and _LABEL_VALUE_AFTER.match(after):
            after = " " + label.group(1) + after  # "Prisoners freed in the latest swap: 95 per side": the label is the noun
        elif context.endswith("?") and _ANSWER_OPENING.match(before):
            asked = _HOW_MANY.search(context)
            noun = _PEOPLE_AFTER.match(after) if asked else None
            if asked and noun is None:
                # "How many exchanges have there been? - Sixty-four, by Kyiv's count": the question's noun and verb
                after = " " + context[asked.start(1) :].rstrip(" ?") + after
            elif asked and _has(lx.STILL_HELD, context) and not _has(lx.COMPLETED, text):
                # "How many Ukrainians are still in Russian captivity?" - "We have confirmed information about more than 7,000
                # people": the answer's people are the question's, still held
                after = after[: noun.end()] + " " + context[asked.end(1) :].rstrip(" ?") + after[noun.end() :]
        meaning = _meaning(text, n, before, after, art.has_people, context, following)
        if meaning is not None and meaning.qualifier == "up_to" and meaning.status == "completed" and _AS_MANY_AS.search(before[-20:]):
            # "As many as 246 Russian servicemen have been returned" (TASS): emphasis on a count that is known; "as many
            # as 1,000 could be freed" is a bound
            meaning.qualifier = "exact"
        if meaning is not None and meaning.kind == "exchanged" and (
                (" for" in before[-20:] and _N_FOR_M_BEFORE.search(before[-20:]) and any(
                    f.sentence_start == s.start and f.kind == "bodies" and f.char_end <= s.start + n.start for f in art.result.figures))
                or (":" in before[-20:] and _REPATRIATION_LABEL_BEFORE.search(before[-30:]) and _FOR_A_COUNT_AFTER.match(after))):
            # "Repatriation: 1,000 for 24": the dead of the two sides (the second count is of what the first is)
            meaning.kind = "bodies"
        compared = (meaning is None and _COMPARED_WITH_BEFORE.search(before[-50:]) is not None) or (
            " from " in before[-12:] and _ROSE_TO_FROM_BEFORE.search(before[-50:]) is not None)
        if compared:
            # "13 prisoner exchanges, compared with 37 in 2022", "1,082 this year, down from 1,596": the same measure
            # the measure compared is the one of the sentence's figures closest in size ("1,358 people in 11 exchanges
            # in 2024, compared with 1,010 in 2023": people, not exchanges)
            same = [f for f in art.result.figures if f.sentence_start == s.start and f.value > 0]
            like = min(same, key=lambda f: abs(math.log(f.value) - math.log(max(n.value, 1)))) if same else None
            if like is not None and like.kind in ("exchange_count", "cumulative_released", "exchanged", "bodies"):
                if like.kind in ("exchanged", "cumulative_released") and like.event_date_precision != "year" and _IN_A_YEAR_AFTER.match(after):
                    _year_total(like, text, s.start)  # "brought home 1,358 people in 2024, compared with 2,598 in 2023": both are years' totals
                meaning = _Meaning(like.kind, like.side, like.scope, like.status, _qualifier_before(before))
        if meaning is not None and meaning.kind == "exchanged" and meaning.bare and _ELLIPSIS_END.match(after):
            # "In the first six months, the sides held 25 swaps; in the next 12 months, just 15": the count of the clause before
            like = next((f for f in reversed(art.result.figures) if f.sentence_start == s.start), None)
            if like is not None and like.kind == "exchange_count":
                meaning = _Meaning("exchange_count", "both", None, None, meaning.qualifier)
        if (meaning is not None and meaning.kind == "exchanged" and meaning.side == "unknown"
                and ((_ELLIPSIS_END.match(after) and _ANOTHER_DAY_BEFORE.search(before[-40:]))
                     # ("390 people from each side on Friday, 307 on Saturday and 303 on Sunday": the day after each count)
                     or (_DAY_THEN_LIST_GOES_ON_AFTER.match(after) and _LIST_SEPARATOR_BEFORE.search(before[-12:])))):
            like = next((f for f in reversed(art.result.figures) if f.sentence_start == s.start), None)
            if like is not None and like.kind == "exchanged" and like.side == "both":
                # "On Friday, 390 were swapped on each side, on Saturday 307, and on Sunday 303": so many each, another day
                meaning.side, meaning.scope = like.side, like.scope
        if (meaning is not None and meaning.kind == "exchanged" and _ELLIPSIS_END.match(after) and _THIS_YEAR_ALONE_OPENING.match(before)
                and art.result.figures and art.result.figures[-1].kind == "cumulative_released"
                and art.result.figures[-1].sentence_start >= s.start - 300):
            # "A: Since 2022, 6,000 people. This year alone, almost 2,500.": the running total just told, over this year
            like = art.result.figures[-1]
            meaning = _Meaning("cumulative_released", like.side, like.scope, None, meaning.qualifier)
        share_of_year = None
        if meaning is None and _A_YEARS_SHARE_AFTER.match(after) and _ELLIPTICAL_PART_BEFORE.search(before[-30:]):
            # "had returned 3,956 people since the beginning of the war, and 1,358 this year alone": the running total
            # of the clause before, over a year
            like = next((f for f in reversed(art.result.figures) if f.sentence_start == s.start and f.kind == "cumulative_released"), None)
            if like is not None:
                meaning = _Meaning("cumulative_released", like.side, like.scope, None, _qualifier_before(before))
                named_year = _A_YEARS_SHARE_AFTER.match(after)
                share_of_year = (int(named_year.group("y")) if named_year.group("y") else
                                 None if art.published is None else art.published.year - (named_year.group("rel").lower() == "last"))
        if meaning is not None and (" number " in before[-120:] or " figure " in before[-120:]):
            named_again = _A_NUMBER_THAT_PUT_AT_BEFORE.search(before[-120:])
            if named_again is not None:
                # "Ukraine has taken more than 100 Russian soldiers prisoner ..., a number that Russian military bloggers have
                # put at up to 2,000": the same measure as the count before, in another's estimate (none, if that was none)
                like = next((f for f in reversed(art.result.figures) if f.sentence_start == s.start and f.char_end <= s.start + n.start
                             and f.char_start >= s.start + n.start - len(before[-120:]) - 80), None)
                meaning = None if like is None else _Meaning(like.kind, like.side, like.scope, like.status, meaning.qualifier)
        if meaning is None:
            continue
        reports_exchange = reports_exchange or meaning.kind in ("exchanged", "bodies")
        # (or the answer gives the start: "How many has Ukraine brought home?" - "More than 5,000 since 2022")
        asked_since = (meaning.kind == "exchanged" and meaning.status == "completed" and context.endswith("?") and "how many" in context.lower()
                       and (lx.CUMULATIVE.search(context) is not None or (_ANSWER_OPENING.match(before) and _says_since_start(text, n)))
                       and not any(c.value and not _dates_a_since_phrase(text, c) for c in cands))
        if asked_since:
            # "Q: How many have you brought home since 2022?" "A: More than 5,000": the running total the question asks for
            meaning.kind, meaning.status = "cumulative_released", None
            if meaning.side == "unknown":
                meaning.side = lx.CLAIMANT_SIDE.get(claimant(n.start) or "", "unknown")
        if meaning.side == "unknown" and meaning.kind in ("exchanged", "bodies"):
            meaning.side = _side_from_counts_before(sorted([*art.result.figures, *art.restated], key=lambda f: f.char_start), meaning, s, context, before, after)
            if meaning.side == "both":
                meaning.scope = "per_side"  # (the next day's batch of a swap of so many each)
            if (meaning.side == "unknown" and meaning.kind == "exchanged" and meaning.status == "completed" and not meaning.is_breakdown
                    and (_OWN_RETURN_AFTER.match(_NEXT_NUMBER.split(after[:80], 1)[0])
                         # (a list of groups ends with the verb: "Zelenskiy: 185 soldiers, 20 civilians home")
                         or ((listed := _A_GROUP_THEN_ANOTHER.match(after)) and _OWN_RETURN_AFTER.match(after[listed.end() :])))):
                # "Yermak said 175 servicemen had been freed", "the Russian Defence Ministry said 150 soldiers had returned":
                # an official who names no nation speaks of their own side's people coming back
                meaning.side = lx.CLAIMANT_SIDE.get(claimant(n.start) or "", "unknown")
        if (meaning.side == "unknown" and meaning.kind == "exchanged" and not meaning.is_breakdown and " its " in f" {before[-6:].lower()}"
                and _OWN_COUNT_BEFORE.search(before[-6:])):
            # "Russia's Defence Ministry said its 1,000 included 880 servicemen": the speaker's own side's count
            meaning.side = lx.CLAIMANT_SIDE.get(claimant(n.start) or "", "unknown")
        if (meaning.side in ("unknown", "ukraine") and meaning.kind == "exchanged" and not meaning.is_breakdown and "we " in before[-40:].lower()
                and _WE_GOT_BACK_BEFORE.search(before[-40:]) and not (lx.UKR_PEOPLE.match(after) or lx.RUS_PEOPLE.match(after))):
            # '"We returned 84 people," Lubinets said', '"We have brought home 84 servicemen," the Russian Defence
            # Ministry said': the speaker's own side's people ("home" is the speaker's)
            meaning.side = lx.CLAIMANT_SIDE.get(claimant(n.start) or "", meaning.side)
        if meaning.side == "unknown" and meaning.kind == "other" and " remain" in after[:12] and _STILL_HELD_NEXT.match(after):
            # "2,598 people had been freed since the start of the war, and some 8,000 remain in captivity": the people
            # still held are of the nation whose freed people the sentence has just counted
            freed = [f.side for f in art.result.figures if f.sentence_start == s.start and f.kind in ("exchanged", "cumulative_released")
                     and not f.is_breakdown and f.char_start < s.start + n.start]
            if freed and freed[-1] in ("ukraine", "russia"):
                meaning.side = freed[-1]
        ev, ev_from, precision = _event_date(meaning, text, n, cands, art.lead_date, art.talks_date, art.published, paragraph_date,
                                             art.lead_month)
        if (meaning.kind in ("exchanged", "bodies") and meaning.status == "completed" and precision == "day" and ev is not None
                and ev_from is None and (" days" in text or (not text.isascii() or " jours" in text or " dias" in text or " Tagen" in text
                                                            or " giorni" in text or " dni" in text))):
            aside = _DASHED_ASIDE_AFTER.match(text, n.end)  # (past "— 1,000 from each side —")
            start = aside.end() if aside else n.end
            upto_next = _NEXT_NUMBER.split(text[start : start + 90], 1)[0]
            span = _OVER_N_DAYS.search(upto_next)
            # (not "each handing over 303, bringing the total ... over three days to 1,000": the days of the total)
            if span is None or _A_DAY_AFTER.match(text, n.end) or "total" in upto_next[: span.start()]:
                # "bringing the total returned by each side over three days to 1,000": the days named before the total
                total_days = _TOTAL_OF_ONE_EXCHANGE.search(before[-110:]) if " days " in before[-110:] else None
                span = _OVER_N_DAYS.search(total_days.group(0)) if total_days else None
                if span is None and not _DIGIT_CHAR.search(before[-60:]):
                    # "Over three days, 1,000 prisoners from each side were exchanged", "In tre giorni sono stati scambiati in
                    # totale mille prigionieri per parte": the days named before the count, in its clause
                    span = _OVER_N_DAYS.search(_NEXT_CLAUSE.split(before[-60:])[-1])
            if span is not None:
                # "a total of 2,000 people — 1,000 from each side — were freed over three days": the days ending on its day
                days = _DAY_COUNTS.get(span.group(1).lower()) or int(span.group(1))
                ev_from = ev - timedelta(days=days - 1) if 1 < days <= 7 else None
                if ev_from is not None and _STARTING_ON_A_DAY.search(text) and (art.published is None or ev + timedelta(days=days - 1) <= art.published):
                    # "over three days starting on May 23": the days from the one named
                    ev_from, ev = ev, ev + timedelta(days=days - 1)
        if meaning.names_deal:
            # "the 1,000-for-1,000 exchange agreed at the May 16 Istanbul talks": the deal named is dated by its talks,
            # else by nothing in this text
            own_talks = next((c for c in cands if c.value and c.precision == "day" and c.start > n.end and _is_talks_date(text, c)
                              and _AGREED_BETWEEN.fullmatch(text, n.end, c.start)), None) if " agreed " in text else None
            ev, ev_from, precision = (own_talks.value, None, "day") if own_talks else (None, None, None)
        year = _IN_A_YEAR_AFTER.match(after) if compared else None
        year_before = _THE_YEAR_BEFORE_AFTER.match(after) if compared and year is None else None
        like_year = next((f.event_date for f in reversed(art.result.figures) if f.sentence_start == s.start
                          and f.event_date_precision == "year" and f.event_date is not None), None) if year_before else None
        if compared and year is None and year_before is None and meaning.kind == "cumulative_released" and not _A_YEAR_AFTER.search(text, n.end) and not any(
                c.start >= n.end and (c.value or c.relative) for c in cands):
            # "rose to 3,956, up from 3,806 (a month earlier)": the total it stood at before, on a day the text does not give
            ev, ev_from, precision = None, None, None
        elif year:
            ev, ev_from, precision = date(int(year.group(1)), 1, 1), None, "year"  # "compared with 37 in 2022"
        elif like_year is not None:
            # "13 prisoner exchanges in 2023, down from 37 the year before": the year before the one compared
            ev, ev_from, precision = date(like_year.year - 1, 1, 1), None, "year"
        elif meaning.kind == "cumulative_released" and precision != "year" and " in " in after[:70]:
            year = _IN_ITS_YEAR_AFTER.match(after)
            if (year and (art.published is None or int(year.group(1)) <= art.published.year)
                    and not _SINCE_WORD.search(year.group(0))):  # ("since the invasion in 2022" starts the total)
                ev, ev_from, precision = date(int(year.group(1)), 1, 1), None, "year"  # "In total, 1,358 Ukrainians were freed in 2024"
        if (meaning.kind == "exchanged" and meaning.status == "completed" and precision == "year" and meaning.side in ("ukraine", "russia")
                and not (meaning.is_breakdown or meaning.is_additional) and not _ONE_EXCHANGE_NAMED.search(text)):
            # "Last year Ukraine freed 1,358 prisoners", "In 2023, 2,598 Ukrainians came home": a year's total, not one swap
            meaning.kind, meaning.status = "cumulative_released", None
        if (meaning.kind == "exchanged" and meaning.status == "completed" and precision != "year" and meaning.side in ("ukraine", "russia")
                and not (meaning.is_breakdown or meaning.is_additional) and n.value >= 100 and " in " in after[:70]
                and not any(c.value and c.precision == "day" for c in cands) and not _ONE_EXCHANGE_NAMED.search(text)):
            year = _IN_ITS_YEAR_AFTER.match(after)
            if (year and (art.published is None or int(year.group(1)) <= art.published.year)
                    and not _SINCE_WORD.search(_FROM_CAPTIVITY_WORDS.sub("", year.group(0))) and not _HELD_SINCE_BEFORE_YEAR.search(year.group(0))):
                # "Kyiv said 1,456 Ukrainians were freed from captivity in 2022": that year's total, not a swap on the
                # article's day (not "soldiers captured in 2022", when they were taken)
                meaning.kind, meaning.status = "cumulative_released", None
                ev, ev_from, precision = date(int(year.group(1)), 1, 1), None, "year"
        if (((meaning.kind == "exchanged" and meaning.status == "completed")
             # ("In 2023, 1,100 Ukrainians were freed in exchanges": a total over exchanges, of that year)
             # (not "So far this year 640 have been brought home": the year so far)
             or (meaning.kind == "cumulative_released" and not _SINCE_WORD.search(text) and not _has(lx.PERFECT, text)))
                and precision != "year" and meaning.side in ("ukraine", "russia")
                and not (meaning.is_breakdown or meaning.is_additional) and n.value >= 100 and art.published is not None):
            span = _OVER_A_YEAR.search(text)
            # (the day it was said is no swap's: "This year we returned 1,358 people," Zelensky said on Tuesday)
            if (span and not _ONE_EXCHANGE_NAMED.search(text)
                    and not any(c.value and c.precision == "day" and not _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start) for c in cands)):
                # "Over the year 1,456 Ukrainians were brought home", "In 2023, 1,100 were freed in exchanges" (in a 2023
                # article): the year's total, not one swap on the article's day
                year = int(span.group("y") or span.group("y2") or art.published.year)
                if year <= art.published.year:
                    meaning.kind, meaning.status = "cumulative_released", None
                    ev, ev_from, precision = date(year, 1, 1), None, "year"
        if (meaning.kind == "exchanged" or (meaning.kind == "cumulative_released" and precision != "year")) and n.value >= 100 and not meaning.is_breakdown and " in " in before[-80:]:
            near_lower = before[-100:].lower()
            year_of = (("when" in near_lower and _COMPARED_WITH_A_YEAR_WHEN_BEFORE.search(before[-60:]))
                       or (("exchanges" in near_lower or "swaps" in near_lower) and _EXCHANGES_IN_A_YEAR_FREEING_BEFORE.search(before[-100:])))
            if year_of and (meaning.kind == "cumulative_released" or meaning.status == "completed") and (
                    art.published is None or int(year_of.group(1)) <= art.published.year):
                # "fewer than in 2022, when 1,500 Ukrainians were freed", "11 exchanges in 2024, bringing home 1,358": the
                # year's total (with no nation of its own, of the nation of the year's total before it)
                meaning.kind, meaning.status = "cumulative_released", None
                ev, ev_from, precision = date(int(year_of.group(1)), 1, 1), None, "year"
                if meaning.side == "unknown":
                    meaning.side = next((f.side for f in reversed(art.result.figures) if f.kind == "cumulative_released"
                                         and f.event_date_precision == "year" and f.side in ("ukraine", "russia")), "unknown")
        if meaning.kind == "cumulative_released" and precision != "year" and _TOTAL_OPENING.match(text) and art.published is not None:
            bare_year = _year_of_a_total(text, n.start)
            if bare_year and int(bare_year.group(0)) <= art.published.year and not any(c.value and c.end <= n.start for c in cands):
                # "Insgesamt kehrten 2024 ... 1.358 Ukrainer heim": the year's total
                ev, ev_from, precision = date(int(bare_year.group(0)), 1, 1), None, "year"
        if meaning.kind == "exchanged" and meaning.status == "completed" and n.value >= 100 and not meaning.is_breakdown:
            year_saw = _A_YEAR_SAW_BEFORE.search(before[-40:])
            if year_saw and (art.published is None or int(year_saw.group(1)) <= art.published.year):
                # "2022 saw about 1,600 Ukrainians freed, 2023 around 1,100 and 2024 about 1,300": each year's total (a year
                # in the list with no nation of its own is the one the first year's count named)
                meaning.kind, meaning.status = "cumulative_released", None
                ev, ev_from, precision = date(int(year_saw.group(1)), 1, 1), None, "year"
                if meaning.side == "unknown":
                    meaning.side = next((f.side for f in reversed(art.result.figures) if f.sentence_start == s.start
                                         and f.kind == "cumulative_released" and f.event_date_precision == "year"), "unknown")
        if (meaning.kind == "cumulative_released" and precision == "year" and " year" in after[:60]
                and _FREED_THE_YEAR_BEFORE_AFTER.match(after)):
            # "1,358 were returned last year, fewer than the 2,598 freed the year before": the year before the one named
            earlier = next((f.event_date for f in reversed(art.result.figures) if f.sentence_start == s.start
                            and f.event_date_precision == "year" and f.event_date is not None), None)
            if earlier is not None:
                ev, ev_from = date(earlier.year - 1, 1, 1), None
        if meaning.bare and n.value >= 100 and any(f.value == n.value and f.value_high == n.value_high and f.kind != meaning.kind
                                                   for f in art.result.figures):
            continue  # "1,200 people would be freed ... Poroshenko said 1,200 was an estimate": the same number again
        if meaning.kind in _COUNTS_OF_PEOPLE and _BACK_REFERENCE_BEFORE.search(before[-12:]) and any(
                f.value == n.value and f.value_high == n.value_high and f.kind in _COUNTS_OF_PEOPLE
                # ("agree to swap 1,000 each ... The 1,000-for-1,000 exchange is carried out": the deal done, another fact)
                and (f.kind == meaning.kind or not n.n_for_n) for f in art.result.figures):
            continue  # "the 115 Russian soldiers ... would be flown to Moscow": the count stated before, referred back to
        if meaning.kind == "other" and ("'" in before[-12:] or "’" in before[-12:]):
            possessive = _POSSESSIVE_NATION_BEFORE.search(before[-12:])
            nation = possessive and ("ukraine" if _UKRAINE_NAMED.match(possessive.group(1)) else "russia")
            if nation and any(f.value == n.value and f.value_high == n.value_high and f.kind == "exchanged" and f.side in (nation, "both")
                              for f in art.result.figures):
                continue  # "swapped 75 each ... Ukraine's 75 were taken to a hospital": the nation's count stated before
        # one fact, one figure: a repeated number with the same meaning is kept at its first span;
        # an offer restated as a commitment is the same term of the same deal
        if meaning.kind in ("agreed", "offered"):
            key = (n.value, n.value_high, "terms")
        elif meaning.kind == "age":
            key = (n.value, n.value_high, "age")  # an age limit restated with or without its deal
        else:
            # bodies promised and bodies handed over are two facts
            key = (n.value, n.value_high, meaning.kind, meaning.side, meaning.scope, meaning.status if meaning.kind == "bodies" else None)
            if meaning.is_breakdown:
                # "five soldiers and five civilians": two parts, not one said twice ("146 POWs and 8 civilians", then
                # "146 servicemen and eight civilians": the same two groups in other words)
                key += (_group_of(_subject(after, meaning.kind)),)
        # people handed over on another day are another fact ("a day after 52 Ukrainians were brought home");
        # a mention with no date of its own is the same fact as any dated one
        day = ev if meaning.kind in ("exchanged", "bodies") and meaning.status == "completed" else None
        # (a holiday in a headline names the swap more than it dates it: "... in Orthodox Christmas exchange", then "on
        # Sunday, a day after Orthodox Christmas" in the lede)
        if day is not None and paragraph_date is None and not art.body[: s.start].strip() and not any(
                (c.value and not c.holiday) or c.month or c.relative for c in cands):
            # a headline that names no day is dated by the lede's exchange: the same fact as the lede's count, whatever
            # day the lede names ("Ukraine frees 45 defenders" over "... 45 of its defenders, Yermak said on Saturday")
            day = None
            headline_undated = True
        else:
            headline_undated = False
        days = art.seen.get(key)
        if days is None and meaning.is_additional and len(key) == 6:
            # "146 військових та 8 цивільних ... Також додому повернулися вісім цивільних": the group first read as a
            # part of the count beside it, now told as one more group, is the same group
            days = art.seen.get(key + (_group_of(_subject(after, meaning.kind)),))
        if days is None and meaning.is_breakdown and len(key) == 7:
            # "185 військових і 20 цивільних" (a headline), then "185 військовослужбовців та 20 цивільних осіб": the same
            # group, its side not yet known here (it is the side of the count beside it, a repeat already dropped)
            # (and a group first told as one more group is the same group told as a part)
            if meaning.side == "unknown":
                whole_side = _side_of_a_count_here(art, s.start, meaning.kind)
                if whole_side is not None:
                    # (and it is that side's part: "Moscow said it received 390 people, including 120 civilians" after
                    # Kyiv's "390 Ukrainians, including 120 civilians" is Russia's group, not Kyiv's told again)
                    meaning.side = whole_side
                    key = key[:3] + (whole_side,) + key[4:]
                    days = art.seen.get(key)
            elif meaning.side in ("ukraine", "russia"):
                # ("Додому повертаються 185 військових та 20 цивільних", a headline with no side, then "Україна повернула
                # ... 185 військових та 20 цивільних": the headline's group, now with its side)
                days = art.seen.get(key[:3] + ("unknown",) + key[4:])
                twin = art.first_of.get(key[:3] + ("unknown",) + key[4:]) if days is not None else None
                if twin is not None and twin.side == "unknown":
                    twin.side = meaning.side
                    twin.claimant = twin.claimant or claimant(n.start)
            kept = art.first_of.get(key[:6]) if days is None else None
            # (or as a whole: "185 POWs, 20 civilians each" in a headline, then "185 soldiers and 20 civilians from each side")
            if kept is not None and _group_of(kept.subject) == key[6]:
                days = art.seen.get(key[:6])
        if days is not None and meaning.kind == "agreed" and meaning.side in ("ukraine", "russia") and n.value_high is None:
            kept = art.first_of.get(key)
            if kept is not None and {kept.side, meaning.side} == {"ukraine", "russia"} and kept.sentence_start == s.start:
                # "agreed to free 175 Ukrainians in exchange for 175 Russians": so many each
                kept.side, kept.scope = "both", "per_side"
                continue
        if (days is None and meaning.kind in ("exchanged", "bodies") and meaning.status == "completed"
                and (meaning.side in ("ukraine", "russia") or (meaning.side == "both" and meaning.scope == "per_side"))
                and not meaning.is_breakdown):
            twin = _earlier_twin_with_no_side(art, n, meaning.kind, meaning.side, ev, s.start,
                                              _subject(after, meaning.kind) if meaning.is_additional else None)
            if twin is not None:
                # "Ukraine: 41 civilians freed" (a headline), then "41 Ukrainians returned home, Vereshchuk said": one
                # fact, now with its side (and its claimant, if the first statement had none); later repeats are repeats of
                # it ("246 POWs swapped", then "exchanged 246 prisoners each": so many each)
                twin.side = meaning.side
                if meaning.side == "both":
                    twin.scope = meaning.scope
                twin.claimant = twin.claimant or claimant(n.start)
                art.seen.setdefault(key, set()).add(day)
                art.first_of.setdefault(key, twin)
                # (so that a side's equal count later is known as this fact again: "Zelensky said 205 Ukrainians returned")
                art.sides_seen.setdefault((n.value, meaning.kind, ev), set()).add((meaning.side, meaning.scope))
                continue
        if (days is not None and (day is None or None in days or day in days)) or _restates_a_side(art, n, meaning, ev, text):
            # (a group told again is the whole of the parts after it too: "Ukraine says 108 women freed", then "Russia has
            # released 108 Ukrainian women, including 37 who ...")
            if meaning.kind in ("exchanged", "cumulative_released", "bodies") and meaning.side != "unknown":
                art.restated.append(_Restated(n.value, meaning.kind, meaning.side, meaning.scope, s.start, s.start + n.start, text,
                                              char_end=s.start + n.end))
            kept = (art.first_of.get(key) or (art.first_of.get(key[:6]) if len(key) == 7 else None)) if days is not None else next(
                # ("Обмін за формулою 175 на 175" over "Україна повернула додому 175 ...", said by the headquarters: the
                # headline's count, now with who said it)
                (f for f in art.result.figures if f.value == n.value and f.value_high == n.value_high and f.kind == meaning.kind
                 and f.side == "both" and f.scope == "per_side" and f.claimant is None), None)
            if kept is not None and id(kept) in art.undated_headline and day is not None:
                art.undated_headline.discard(id(kept))
                kept.event_date, kept.event_date_from, kept.event_date_precision = ev, ev_from, precision
                # (told on the lede's day, so a side's equal count that day is this fact again)
                art.sides_seen.setdefault((n.value, meaning.kind, ev), set()).add((kept.side, kept.scope))
                kept.claimant = kept.claimant or claimant(n.start)
            if kept is not None and kept.claimant is None and (kept.event_date == ev or day is None):
                # a headline or teaser states it bare, the lede says who said it: the figure keeps its first span
                # and takes the claimant
                kept.claimant = claimant(n.start)
            if (kept is not None and meaning.kind in ("agreed", "offered") and kept.kind == meaning.kind and kept.side == "unknown"
                    and meaning.side != "unknown" and kept.event_date in (ev, None) and not art.body[: kept.sentence_start].strip()):
                # "Talks yield agreement on 1,200 prisoners" (a headline), then "agreed to exchange at least 1,200 more
                # prisoners each": the headline's term, now with whose people and how exactly
                kept.side, kept.scope = meaning.side, meaning.scope if meaning.side == "both" else None
                if kept.qualifier == "exact":
                    kept.qualifier = meaning.qualifier
                if kept.event_date is None and ev is not None and meaning.status == "agreed":
                    # (and the day of the talks the lede names)
                    kept.event_date, kept.event_date_from, kept.event_date_precision = ev, ev_from, precision
                    kept.agreement_date = kept.agreement_date or ev
            if (kept is not None and meaning.kind in ("agreed", "offered") and kept.kind == meaning.kind and kept.agreement_date is None
                    and kept.event_date is None and not art.body[: kept.sentence_start].strip()):
                # "first stage of 1,000-for-1,000 swap under way" (a headline), then "the deal agreed in Istanbul last
                # Friday, under which 1,000 prisoners from each side are to be freed": the headline's term, dated by its talks
                agreed_on = _agreement_date(meaning, ev, art.talks_date, sentence_talks, art.published)
                if agreed_on is not None:
                    kept.agreement_date = kept.event_date = agreed_on
                    kept.event_date_from, kept.event_date_precision = None, "day"
            continue
        if (meaning.side == "both" and meaning.scope == "per_side" and meaning.kind in ("exchanged", "bodies") and meaning.status == "completed"
                and n.value_high is None):
            _drop_one_sides_count_restated_per_side(art, n.value, meaning.kind, ev)
        art.seen.setdefault(key, set()).add(day)
        start = s.start + n.start
        end = s.start + n.end
        art.result.figures.append(
            Figure(
                figure_id=_figure_id(art.article_id, start, end, meaning.kind),
                article_id=art.article_id,
                value=n.value,
                value_high=n.value_high,
                qualifier=meaning.qualifier,
                kind=meaning.kind,
                side=meaning.side,
                scope=meaning.scope if meaning.side == "both" and meaning.kind not in ("exchange_ordinal", "exchange_count", "age", "percentage") else None,
                status=meaning.status,
                subject=_subject(after, meaning.kind) if not (meaning.kind == "cumulative_released" and _OTHER_MEANS.search(after[:90])) else "returned by other means",
                claimant=claimant(n.start),
                event_date=ev,
                event_date_from=ev_from if ev is not None else None,
                event_date_precision=precision if ev is not None else None,  # (no day, no precision of one)
                # ("6,000 freed since February 2022, 1,468 of them under the Istanbul agreements": the part counts from the
                # deal, whose date the sentence does not give)
                since_date=(_period_start(text, ev, precision, art.published, n.start)
                            if meaning.kind == "cumulative_released" and not (meaning.is_breakdown and _UNDER_A_DEAL_AFTER.match(after))
                            else _bodies_since(text, n, art.published, _since_day(text, cands))
                            if meaning.kind == "bodies" and meaning.status == "completed" and not _part_with_its_own_date(text, n, cands)
                            else None),
                agreement_date=(ev if meaning.names_deal or (precision == "month" and meaning.status == "agreed" and sentence_talks is None)
                                else _agreement_date(meaning, ev, art.talks_date, sentence_talks, art.published)),
                is_breakdown=meaning.is_breakdown,
                is_additional=meaning.is_additional,
                char_start=start,
                char_end=end,
                text=art.body[start:end],
                sentence=text,
                sentence_start=s.start,
            )
        )
        art.first_of.setdefault(key, art.result.figures[-1])
        if asked_since:
            art.result.figures[-1].since_date = (_period_start(context, ev, precision, art.published)
                                                 or _period_start(text, ev, precision, art.published, n.start))
        if headline_undated:
            art.undated_headline.add(id(art.result.figures[-1]))
        if share_of_year is not None:
            f = art.result.figures[-1]  # (that year's share of the running total: the year is its period)
            f.event_date = f.since_date = date(share_of_year, 1, 1)
            f.event_date_from, f.event_date_precision = None, "year"
        # (not a count that names its own month or day after it: "Swaps were frequent in 2025: 1,000 each in May")
        if label and meaning.kind == "exchanged" and not meaning.is_breakdown and not any(
                (c.value or c.month) and c.start >= n.end for c in cands) and not _IN_A_MONTH_AFTER.match(text, n.end):
            year = _LABEL_YEAR.search(label.group(1))
            if year:
                # "Prisoners freed in 2025: 1,800+": a fact box's total for the year its label names
                f = art.result.figures[-1]
                f.kind, f.status, f.event_date_from, f.event_date_precision = "cumulative_released", None, None, "year"
                f.event_date = f.since_date = date(int(year.group(1)), 1, 1)
                f.side = "ukraine" if f.side == "unknown" else f.side  # (as running totals with no side are read)
                f.figure_id = _figure_id(f.article_id, f.char_start, f.char_end, f.kind)
    return reports_exchange


_ANSWER_OPENING = re.compile(r"^\W*(?:(?:a|answer)\s*[:.]\s*)?"
                             # ("A: We have verified about 8,000": the count the answer vouches for)
                             r"(?:(?:we|they|i)\s+(?:have\s+|had\s+)?(?:verified|counted|confirmed|registered|recorded|identified|estimate|know\s+of)\s+"
                             r"(?:(?:information|data|reports)\s+(?:about|on|of)\s+)?)?"
                             r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|roughly)\s+)?$", re.I)
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[\w-]+\s+){0,2}?(?:exchanges|swaps|prisoners|people|bodies|soldiers|civilians|ukrainians|russians|pows|captives))\b", re.I)
_STAGE_OF_EXCHANGE_BEFORE = re.compile(r"\b(?:етап\w*|этап\w*|день|дня|stage|phase|étape|phase|etappe|stufe|tag)\s+(?:(?:of|de|des|du)\s+(?:the\s+|l['’])?)?(?:обміну|обмена|exchange|swap|échange|austauschs?)\s*$", re.I)
_ANOTHER_DAY_BEFORE = re.compile(
    r"[,;]\s*(?:and\s+)?(?:(?:on|late\s+on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+next\s+day|a\s+day\s+later|the\s+following\s+day)"
    r"\s*,?\s*(?:(?:another|a\s+further|some|about)\s+)?$", re.I)
_ELLIPSIS_END = re.compile(r"^\s*(?:[,.;)]|$)")
_DAY_THEN_LIST_GOES_ON_AFTER = re.compile(r"^\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:[,.;)]|and\b|$)", re.I)
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:,|\band)\s+$", re.I)
_IN_EXCHANGE_FOR_AFTER = re.compile(r"^[^.;,\d]{0,60}?\b(?:in\s+(?:exchange|return)\s+for|in\s+cambio\s+di|a\s+cambio\s+de|en\s+échange\s+de|w\s+zamian\s+za|в\s+обм[еі]н\s+на)\b", re.I)
_GAPPED_NATION_BEFORE = re.compile(
    r"(?:,|;|\band|\bwhile|\bwhereas|\bund|\bet|\by|\be)\s+(?:the\s+|la\s+|die\s+|l['’]|a\s+)?"
    r"(russia|moscow|ukraine|kyiv|kiev|russland|moskau|russie|moscou|rusia|moscú|mosca|ucrania|ucraina|kiew|rússia|ucrânia|rosja|ukraina|moskwa|kijów|(?:ukrainian|russian)\s+side)"
    r"(?:\s+(?:got|received|erhielt|reçu|recibió))?(?:\s+(?:over|about|some|around|nearly|almost|more\s+than))?"
    # ("y Rusia, los de 27", "la Russia quelli di 27", "Rosja - 27": the noun of the count before left out)
    r"(?:,?\s+(?:los|las|os|as)\s+de|,?\s+quelli\s+di|,?\s+(?:ceux|celles)\s+de|\s+[-–—])?,?\s+$", re.I)  # ("; Ukraine, 34")
# "Moskalkova put the number of Russians returned at 175", "bringing the number of Ukrainians freed to 4,552"
_NUMBER_OF_NATION_BEFORE = re.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(ukrainians|russians|ukrainian|russian)\b(?:\s+[\w-]+){0,4}?\s+(?:at|to|as|is|was|stands\s+at|reached)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
# ("Российская сторона вернула 270 военнослужащих", "Українська сторона повернула 84 захисників")
_NATION_RETURNED_RU_UK_WORDS = (r"\b(россия|москва|росія|украина|україна|киев|київ|российская\s+сторона|російська\s+сторона|украинская\s+сторона|українська\s+сторона)"
                               r"\s+(?:\w+\s+){0,2}?(?:вернула|возвратила|повернула)\s+")
_MORE_OR_ABOUT_RU_UK = r"(?:(?:еще|ещё|ще|ещe|около|близько|более|понад)\s+)?$"
_GOT_BACK_FROM_CAPTIVITY_RU_UK = re.compile(
    _NATION_RETURNED_RU_UK_WORDS
    + r"(?:из\s+(?:украинского\s+|российского\s+)?плена|домой|на\s+родину|з\s+(?:українського\s+|російського\s+)?полону|додому|на\s+батьківщину)\s+"
    + _MORE_OR_ABOUT_RU_UK, re.I)
# ("Россия вернула 205 военнослужащих из украинского плена": the place after the people)
_NATION_RETURNED_RU_UK = re.compile(_NATION_RETURNED_RU_UK_WORDS + _MORE_OR_ABOUT_RU_UK, re.I)
_ITS_OWN_AFTER_UK_RU = re.compile(r"^\s+(?:своїх|своих)\b", re.I)
_SIDE_RECEIVED_UK_RU = re.compile(r"\b(россия|москва|росія|украина|україна|киев|київ|российская\s+сторона|російська\s+сторона|украинская\s+сторона|українська\s+сторона)"
                                  r"\b[^.;]{0,50}?\b(?:отримала|получила|отримали|получили|отримав|получил)\s+(?:(?:ще|еще|ещё|понад|более|около|близько)\s+)?$", re.I)
_CAPTIVITY_OR_HOME_AFTER_RU_UK = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:из\s+(?:украинского\s+|российского\s+)?плена|домой|на\s+родину|з\s+(?:українського\s+|російського\s+)?полону|додому|на\s+батьківщину)", re.I)
_IN_EXCHANGE_FOR_BEFORE = re.compile(r"(?:\bin\s+(?:exchange|return)\s+for|\b(?:exchanged|swapped|traded)\s+for|\bв\s+обм[еі]н\s+на|\ben\s+échange\s+de|\bim\s+austausch\s+(?:gegen|für)|\bin\s+cambio\s+di|\ba\s+cambio\s+de|\bw\s+zamian\s+za)\s+(?:(?:about|some|another|nearly|more\s+than)\s+)?$", re.I)


_OTHER_WAY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:go(?:ing|es)?|went|gone|sent|heading)\s+the\s+other\s+way\b", re.I)


def _side_from_counts_before(figures: list[Figure], meaning: _Meaning, s: _Sentence, context: str, before: str, after: str = "") -> str:
    """The side of a count that names none, from the count it answers or adds to: 'released 215 fighters
    ... in exchange for 55 people' (the other side's), 'In addition, 22 seriously wounded soldiers were
    returned' after '175 defenders came home' (the same side's). Decided here, before repeats are dropped,
    so that the other side's equal count ('Ukraine handed over 175 Russians and 22 wounded') is kept."""
    if (_IN_EXCHANGE_FOR_BEFORE.search(before[-40:]) or (" other way" in after[:60] and _OTHER_WAY_AFTER.match(after))
            # "The government handed over 222 rebel fighters and received 146 of its servicemen": its own, the others' in turn
            or (_AND_RECEIVED_OWN_BEFORE.search(before[-40:]) and _OF_OWN_PEOPLE_AFTER.match(after))):
        main = next((f for f in reversed(figures) if f.sentence_start == s.start and f.kind == meaning.kind
                     and f.side in ("ukraine", "russia")), None)
        return {"ukraine": "russia", "russia": "ukraine"}[main.side] if main is not None else "unknown"
    gapped = _GAPPED_NATION_BEFORE.search(before[-40:])
    if gapped:
        main = next((f for f in reversed(figures) if f.sentence_start == s.start and f.kind == meaning.kind
                     and f.side in ("ukraine", "russia")), None)
        if main is not None:
            return {"ukraine": "russia", "russia": "ukraine"}[main.side]
    if (meaning.kind == "exchanged" and meaning.status == "completed" and not meaning.is_breakdown and not meaning.is_additional
            and _NEXT_BATCH_BEFORE.search(before[-25:])):
        # "On Friday, 390 Ukrainians came home. The next day, another 307 were freed": the next batch of the same people
        main = next((f for f in reversed(figures) if f.kind == "exchanged" and not f.is_breakdown and not f.is_additional
                     and f.char_start < s.start + len(before)), None)
        if main is not None and main.side in ("ukraine", "russia") and (main.sentence_start == s.start or main.sentence == context):
            return main.side
        if (main is not None and main.side == "both" and main.scope == "per_side" and main.sentence_start == s.start
                and _ANOTHER_DAY_BEFORE.search(before[-60:])):
            # "On Friday 390 people were freed by each side, ..., and on Saturday another 307 soldiers": so many each again
            return "both"
    if meaning.is_additional:
        main = next((f for f in reversed(figures) if (f.sentence_start == s.start or f.sentence == context)
                     and f.kind == meaning.kind and f.side in ("ukraine", "russia") and not f.is_additional), None)
        if main is not None and main.sentence_start != s.start:
            # "90 Ukrainian soldiers came home in exchange for 90 Russian servicemen. Ten civilians were also freed": one
            # more group of the sentence before is added to the count it is about (its first), not to the one it ends with
            main = next(f for f in figures if f.sentence_start == main.sentence_start and f.kind == meaning.kind
                        and f.side in ("ukraine", "russia") and not f.is_additional)
        return main.side if main is not None else "unknown"
    return "unknown"


_UNDER_A_DEAL_AFTER = re.compile(r"^\s+(?:of\s+(?:them|whom)\s+)?(?:under|as\s+part\s+of|within(?:\s+the\s+framework\s+of)?|through)\s+(?:the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|arrangements?)\b", re.I)
_NEXT_BATCH_BEFORE = re.compile(r"\b(?:another|a\s+further|a\s+final|the\s+final|the\s+remaining|the\s+last)\s+(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
_AND_RECEIVED_OWN_BEFORE = re.compile(r"\b(?:and|while)\s+(?:(?:in\s+return|in\s+turn)\s+)?(?:received|receiving|got\s+back|getting\s+back|took\s+back|taking\s+back)\s+$", re.I)
_A_NUMBER_THAT_PUT_AT_BEFORE = re.compile(
    r"\b(?:a|the)\s+(?:number|figure|tally|count)\s+(?:that|which)\s+[^.;]{0,80}?\b(?:put|puts|putting|estimated?|estimates|placed?|places)\s+"
    r"(?:it\s+)?(?:at|as\s+high\s+as)\s+(?:(?:up\s+to|about|around|more\s+than|over|as\s+many\s+as|nearly|some)\s+)?$"
    # ("While Kyiv said 189 Ukrainians had come home, Moscow put the figure at 150": another's count of the same)
    r"|\b(?:put|puts|putting|gave|gives|placed|places)\s+(?:the|that|this)\s+(?:number|figure|tally|count|total)\s+at\s+"
    r"(?:(?:up\s+to|about|around|more\s+than|over|as\s+many\s+as|nearly|some)\s+)?$", re.I)
_OTHER_SIDE = re.compile(r"\b(?:in\s+return|in\s+exchange|in\s+turn|same\s+number|other\s+side|other\s+way|equal\s+number|each|both"
                         r"|im\s+gegenzug|en\s+échange|en\s+retour|в\s+ответ|взамен|у\s+відповідь|натомість)\b", re.I)


# a fact box line: a label, a colon, the value ("Exchanges mediated by the UAE: 7")
_LABEL_YEAR = re.compile(r"\b(?:in|during|throughout|over)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\s*$", re.I)
_LABEL_BEFORE = re.compile(r"^[\W_]*([^\W\d][^:\n]{2,100}?)\s*:\s*$")
_LABEL_VALUE_AFTER = re.compile(r"^\s*(?:per\s+side|each|from\s+each\s+side|in\s+total|total|people|prisoners)?\s*[.;]?\s*$", re.I)
_COUNTS_OF_PEOPLE = frozenset({"exchanged", "agreed", "offered", "bodies", "cumulative_released", "other"})
_BACK_REFERENCE_BEFORE = re.compile(r"\b(?:the|these|those|all)\s+$", re.I)


def _side_of_a_count_here(art: "_ArticleContext", sentence_start: int, kind: str) -> str | None:
    """The side of the one nation's count stated in this sentence so far (kept or dropped as a repeat)."""
    sides = {f.side for f in art.result.figures if f.sentence_start == sentence_start and f.kind == kind and not f.is_breakdown}
    sides |= {r.side for r in art.restated if r.sentence_start == sentence_start and r.kind == kind}
    return sides.pop() if len(sides) == 1 and sides <= {"ukraine", "russia"} else None


def _earlier_twin_with_no_side(art: "_ArticleContext", n: Number, kind: str, side: str, ev: date | None, sentence_start: int,
                               additional_subject: str | None = None) -> "Figure | None":
    """The one earlier count of the same number, kind and day, in an earlier sentence, whose side was not known,
    if the other side has no count of that number (then the equal counts are the two sides', not one fact twice;
    so are equal counts in one sentence: "115 of them were swapped for 115 Ukrainian POWs"). An additional group
    is the twin only of an additional group of the same people ("plus 20 civilians", then "also got back 20 civilians")."""
    # (a part of another count is no twin of a whole: "Серед них – 246 військових ..." then "Росія отримала 246 своїх військових")
    same = [f for f in art.result.figures if f.value == n.value and f.value_high is None and f.kind == kind and f.event_date == ev
            and f.status == "completed" and f.is_additional == (additional_subject is not None) and not f.is_breakdown
            and (additional_subject is None or f.subject == additional_subject)]
    if any(f.sentence_start == sentence_start for f in same):
        return None
    unknown = [f for f in same if f.side == "unknown"]
    if len(unknown) == 1 and not any(f.side not in ("unknown", side) for f in same):
        return unknown[0]
    return None


def _drop_one_sides_count_restated_per_side(art: "_ArticleContext", value: int, kind: str, ev: date | None) -> None:
    """'Ukraine brings home 45 soldiers' (a headline) then 'Ukraine and Russia exchanged 45 prisoners each': one
    fact, stated whole the second time. The one side's count gives way to the per-side count, unless the
    other side's equal count was stated too (then both stand, and the per-side count is the repeat)."""
    same = [f for f in art.result.figures if f.value == value and f.value_high is None and f.kind == kind
            # (a headline that names no day is the lede's: "Easter swap returns 246 Ukrainians", then "... 246 each on Saturday")
            and (f.event_date == ev or id(f) in art.undated_headline) and f.status == "completed" and not f.is_breakdown and not f.is_additional]
    one_side = [f for f in same if f.side in ("ukraine", "russia")]
    if len(one_side) == 1 and len(same) == 1:
        f = one_side[0]
        art.result.figures.remove(f)
        # its parts ("45 soldiers, including 5 officers") still have it as their whole
        art.restated.append(_Restated(f.value, f.kind, f.side, f.scope, f.sentence_start, f.char_start, f.sentence, char_end=f.char_end))


def _restates_a_side(art: "_ArticleContext", n: Number, meaning: _Meaning, ev: date | None, text: str) -> bool:
    """'146 prisoners each on Sunday ... the ministry said 146 Russian servicemen had been returned': a side's
    count equal to a per-side count of the same exchange is that fact again (and a per-side count after
    both sides' equal counts, and a count with no side after one side's equal count)."""
    if meaning.kind not in ("exchanged", "bodies") or n.value_high is not None:
        return False
    if meaning.status in ("planned", "agreed", "offered") and _ANOTHER_BEFORE.search(text, max(0, n.start - 20), n.start):
        return False  # "Another 1,200 bodies are expected to be handed over": one more batch to come, not the one done
    sides = art.sides_seen.setdefault((n.value, meaning.kind, ev), set())
    this = (meaning.side, meaning.scope)
    repeat = ((meaning.side in ("ukraine", "russia", "unknown") and ("both", "per_side") in sides)
              or (this == ("both", "per_side") and {("ukraine", None), ("russia", None)} <= sides)
              # "freed 86 servicemen ... Vereshchuk said 86 soldiers were returned": the count again, with no
              # side; "in return, 75 prisoners were handed over" is the other side's equal count
              # (a part is no count again: "a swap for three Russian pilots ... The exchange included 3 officers")
              or (this == ("unknown", None) and len(sides & {("ukraine", None), ("russia", None)}) == 1
                  and not _OTHER_SIDE.search(text) and not meaning.is_breakdown)
              # ("Ukraine and Russia swap 218 prisoners" over "... on Monday, exchanging 218 prisoners": both sides' total again)
              or (this == ("unknown", None) and ("both", "total") in sides and not meaning.is_breakdown))
    sides.add(this)
    return repeat


def _agreement_date(meaning: _Meaning, event_date: date | None, talks: date | None, sentence_talks: date | None,
                    published: date | None = None) -> date | None:
    """Terms of a deal are dated by the talks that made it: a talks date in the figure's own sentence,
    else the article's talks; an agreed figure with neither keeps its own date (or, when that is still to come
    - "will swap 500 each next week" - the article's: a deal is made before it is carried out)."""
    if event_date is not None and published is not None and published < event_date <= published + timedelta(days=13):
        event_date = published  # (a date further ahead than next week is more likely a wrong publication date)
    if meaning.kind == "agreed" or (meaning.kind == "age" and meaning.status == "agreed"):
        return sentence_talks or talks or event_date
    if meaning.kind == "offered" or (meaning.kind == "bodies" and meaning.status in ("agreed", "offered", "planned")):
        return sentence_talks or talks or event_date
    return None


def _drop_mentions_inside_ranges(mentions: list[ExchangeMention]) -> list[ExchangeMention]:
    """'exchange on 7–8 June' and 'beginning 7 June' in one article are one exchange: keep the range."""
    ranges = [(m.category, m.event_date_from, m.event_date) for m in mentions if m.event_date_from]
    return [
        m for m in mentions
        if m.event_date_from or not any(cat == m.category and lo <= m.event_date <= hi for cat, lo, hi in ranges)
    ]


_DONE_ON_BEFORE = re.compile(r"\b(?:swapped|exchanged|freed|released|returned|handed\s+over|came\s+home|received|got\s+back|ont\s+échangé|hanno\s+scambiato|wymieniły|повернулися|обменялись)\b[^.;:]{0,40}$", re.I)
_AGREED_AT_TALKS_ON = re.compile(
    r"(?:\bas\s+(?:was\s+)?(?:agreed|promised|envisaged|set\s+out|planned)"
    # "..., fulfilling the one concrete agreement from talks in Istanbul on May 16"
    r"|\b(?:fulfill?ing|implementing|completing|honou?ring|under|in\s+line\s+with)\s+(?:[\w'’-]+\s+){0,4}?(?:agreement|deal|accord|arrangement)"
    r"(?:\s+(?:reached|struck|made|agreed))?)"
    # ("under the agreement reached on May 16": no place between)
    r"(?:\s+(?:at|in|during|under|by|from)\s+(?:[\w'’-]+\s+){0,6}?|\s+)(?:on|in)\s+$"
    # "come concordato a Istanbul il 16 maggio", "comme convenu à Istanbul le 16 mai", "como se acordó en Estambul el 16 de mayo"
    r"|\b(?:come\s+(?:era\s+stato\s+|previsto\s+e\s+)?concordato|como\s+se\s+(?:acordó|había\s+acordado)|como\s+(?:fue\s+|estaba\s+)?acordado"
    r"|comme\s+convenu|comme\s+(?:cela\s+)?(?:avait\s+été\s+)?(?:convenu|prévu)|conforme\s+(?:o\s+)?acordado|zgodnie\s+z\s+(?:porozumieniem|ustaleniami)"
    # "conformément à l'accord conclu le 16 mai", "en virtud del acuerdo alcanzado el 16 de mayo", "gemäß der am 16. Mai ...
    # getroffenen Vereinbarung", "in base all'accordo raggiunto il 16 maggio"
    r"|(?:conformément\s+à|en\s+vertu\s+de|dans\s+le\s+cadre\s+de|en\s+application\s+de)\s+l['’]accord"
    r"|(?:de\s+acuerdo\s+con|en\s+virtud\s+de|en\s+el\s+marco\s+de|conforme\s+a)l?\s+(?:los\s+)?acuerdos?|de\s+acordo\s+com\s+o\s+acordo|no\s+âmbito\s+do\s+acordo"
    r"|(?:gemäß|entsprechend|im\s+rahmen)\s+(?:der|dem|des)|wie\s+(?:bei\s+den\s+gesprächen\s+)?vereinbart"
    r"|(?:in\s+base\s+all['’]|secondo\s+l['’]|nell['’]ambito\s+dell['’])accordo)"
    r"\s+(?:[\w'’-]+\s+){0,6}?$", re.I)


# (", including 1,212 last week": the date right after the part's number, in the part's own words; not ", including 120
# civilians, on Friday", said of the whole)
_PART_OPENER = (r",\s*(?:including|among\s+them|of\s+which|of\s+whom|tra\s+cui|tra\s+i\s+quali|dont|darunter|entre\s+ellos|entre\s+los\s+cuales"
                r"|incluidos|incluindo|w\s+tym|в\s+том\s+числе|у\s+тому\s+числі|з\s+них|из\s+них)\s+"
                r"(?:(?:about|some|nearly|more\s+than|over|another)\s+)?")
_PART_WITH_ITS_DATE_BETWEEN = re.compile(_PART_OPENER + r"\d[\d,.]*(?:\s+[\w-]+){0,2}?\s+(?:on|in|during)?\s*$", re.I)


_STILL_TO_COME_AFTER = re.compile(r"^\s*(?:more\s+|others?\s+|remaining\s+)?(?:(?:are|were|is|was)\s+(?:still\s+|yet\s+)?)?(?:to\s+follow|to\s+come|still\s+to\s+(?:be\s+)?\w+|yet\s+to\s+(?:be\s+)?\w+)\b", re.I)
# the number inside an if-clause ("If Moscow released even 500 civilians, ..."; not "as if", "even if" or "asked if")
_IF_OPENING_THEN_MAIN_BEFORE = re.compile(r"\W*if\s+(?=[^,;:.!?—–]*\b(?:\w+ed|were|was|had|did)\b)[^,;:.!?—–]{3,120},\s*(?:(?:about|some|around|nearly|more\s+than|over|up\s+to|as\s+many\s+as)\s+)?$", re.I)
_COULD_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:could|would|might)\b", re.I)
_IF_CLAUSE_BEFORE = re.compile(r"(?:^\W*|[,;:—–]\s*|\b(?:and|but)\s+)(?<!\beven\s)(?<!\bas\s)if\s+[^,;:.!?—–]*$", re.I)
_HYPOTHETICALLY_BEFORE = re.compile(r"\bhypothetical(?:ly)?\b[^.;]*$", re.I)
_YEARS_AGO = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+years?\s+ago\b", re.I)
_UNIDENTIFIED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:remain|remains|are|were|is|was|lie|lay)\s+(?:still\s+)?(?:unidentified|unclaimed|awaiting\s+identification)\b"
                                 # "6,060 bodies have been moved to the border", "are waiting at the border": ready, not handed over
                                 r"|^\s*(?:[\w'’-]+\s+){0,3}?(?:(?:have|has|had)\s+been\s+|were\s+|are\s+(?:now\s+|still\s+)?)(?:moved|brought|delivered|taken|transported|waiting|kept|stored|sitting|lying)"
                                 r"\s+(?:(?:up\s+)?to|at|near|in)\s+(?:the\s+)?(?:border|refrigerat\w+|trucks?|wagons?|train)", re.I)
_PART_OPENING_BEFORE = re.compile(_PART_OPENER + r"$", re.I)


def _part_with_its_own_date(text: str, n: Number, cands: list["_DateCand"]) -> bool:
    """"..., including 1,212 last week": a part of a running total, dated on its own (it is one handover, with no
    period of its own)."""
    return (_PART_OPENING_BEFORE.search(text, max(0, n.start - 40), n.start) is not None
            and any(n.end <= c.start <= n.end + 25 and not _CLAUSE_PUNCT.search(text, n.end, c.start) for c in cands))


def _inside_the_since_phrase(text: str, n: Number, c: "_DateCand") -> bool:
    since = text.rfind("since ", 0, n.start)
    return since >= 0 and n.end <= c.start and not _CLAUSE_PUNCT.search(text, since, c.start)


def _event_date(meaning: _Meaning, text: str, n: Number, cands: list[_DateCand], lead: date | None,
                talks: date | None, published: date | None,
                paragraph_date: "_DateCand | None" = None, lead_month: date | None = None) -> tuple[date | None, date | None, str | None]:
    """The date a figure is about: a date in its sentence; else, for exchanges, the last date of its
    paragraph (timelines: "• 21 September 2022 – 215 people return. Russia gets 55."); else the
    article's lead exchange date."""
    # "the first swap since Feb. 4, when the sides exchanged 116 for 63": the date after "since" is that exchange's
    usable = [c for c in cands if (c.value is not None or c.relative)
              and (not _dates_a_since_phrase(text, c)
                   or (c.end <= n.start and _WHEN_AFTER.match(text, c.end))
                   # "the first swap since the 230-for-248 exchange on Jan. 3": the number is inside the since-phrase
                   or _inside_the_since_phrase(text, n, c))
              # "each freeing 195, a week after a plane crashed": a distance after the number names another event
              and not (c.relative and c.start >= n.end and text[c.start : c.end].lower().endswith(("after", "before")))
              # (and the day of that event: "swapped 100 each, a week after a missile strike on Sumy on May 24")
              and not (c.start >= n.end and " after " in text and _DISTANCE_AFTER_BEFORE.search(text, max(n.end, c.start - 90), c.start))
              # "had handed over 246 ... in the Easter exchange", published the day before Easter: a holiday still to
              # come names the exchange, it does not date one already done
              and not (meaning.status == "completed" and _holiday_still_to_come(c, published))
              # "confirmed the return of 390 and said the exchange would continue on Saturday": the day the swap goes
              # on, not the day of the count told done before it
              and not (meaning.status == "completed" and c.start >= n.end and _GOES_ON_BEFORE.search(text, max(n.end, c.start - 60), c.start))
              # "more than 4,000 bodies have been repatriated ..., including 1,212 last week": the date of a part told after
              # the count is the part's
              and not (c.start >= n.end and _PART_WITH_ITS_DATE_BETWEEN.search(text, n.end, c.start) is not None)]
    quoted_today = [c for c in usable if _TODAY_WORD.fullmatch(text[c.start : c.end]) and _inside_quotes(text, c.start)]
    if quoted_today and any(c.value and c not in quoted_today and not _inside_quotes(text, c.start) for c in usable):
        # 'Zelensky said on Saturday: "Today 84 of our people came home."': the speaker's today is the day he spoke
        usable = [c for c in usable if c not in quoted_today]
    if meaning.kind in ("agreed", "age") and meaning.status in ("agreed", "planned"):
        talks_cands = [c for c in usable if c.value and _is_talks_date(text, c)]
        if talks_cands:
            c = min(talks_cands, key=lambda c: abs(c.start - n.start))
            return c.value, c.value_from, c.precision
        if meaning.status == "agreed":
            # "swapped 307 each on Saturday, the second day of a 1,000-for-1,000 exchange agreed in Istanbul": the day
            # of the swap before the deal is not the deal's
            usable = [c for c in usable if not (c.end <= n.start and _DONE_ON_BEFORE.search(text, max(0, c.start - 50), c.start))]
        if meaning.status == "planned":
            # "The Kremlin said on Tuesday that 175 prisoners would be swapped": the day it was said, not the swap's
            usable = [c for c in usable if not _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start)]
        if usable and (meaning.status == "planned" or talks is None):
            c = min(usable, key=lambda c: abs(c.start - n.start))  # "would exchange 175 for 175 on March 19"
            # ("have agreed to exchange 175 prisoners each on Wednesday": the day of the swap agreed, after its count)
            if (meaning.status == "planned" or (c.start > n.end and _TO_DO_BEFORE.search(text, max(0, n.start - 40), n.start))) and (
                    c.weekday is not None and published is not None):
                # "will swap 300 each on Thursday": the coming Thursday (today, if published on one)
                return published + timedelta(days=(c.weekday - published.weekday()) % 7), None, c.precision
            return c.value, c.value_from, c.precision
        if meaning.status == "planned":
            return None, None, None  # "another 610 from each side are due to be released in the coming days": not the talks' day
        month = None
        if published is not None and not usable:
            # ("a thousand-for-a-thousand exchange in May, then a June deal to free all prisoners under 24": the deal's month)
            deal_month = None
            for deal_month in _MONTH_DEAL_BEFORE.finditer(text, 0, n.start):
                pass
            month = _month_named_in(deal_month.group(1), published) if deal_month else _month_of(text, n, cands, published)
        if month is not None and (talks is None or (talks.year, talks.month) != (month.year, month.month)):
            # "The turning point came in May, when talks in Istanbul produced a deal to swap 1,000": the month of its own
            # talks, not the day of other talks the article names
            return month, None, "month"
        return (talks, None, "day") if talks else (None, None, None)
    if meaning.kind == "offered" or (meaning.kind == "bodies" and meaning.status == "offered"):
        # an offer is dated by the talks or the statement that made it, not by the exchange it proposes
        stated = [c for c in usable if c.value and (_is_talks_date(text, c) or _STATED.search(text[max(0, c.start - 40) : c.end + 20]))]
        if not stated and len([c for c in usable if c.value and not c.relative]) == 1:
            stated = [c for c in usable if c.value and not c.relative]  # "• 4 June 2025 – Zelensky says ..."
        if stated:
            c = min(stated, key=lambda c: abs(c.start - n.start))
            return c.value, c.value_from, c.precision
        if talks or published:
            return (talks or published), None, "day"
        return None, None, None
    if meaning.kind == "bodies" and meaning.status in ("agreed", "planned"):
        # "received the bodies of 1,212 on Wednesday, the first batch of the 6,000 Moscow has said it will hand over": the
        # day of the handover done before is not the day of the promise
        done_before = [c for c in usable if c.end <= n.start and _DONE_ON_BEFORE.search(text, max(0, c.start - 50), c.start)]
        if done_before:
            usable = [c for c in usable if c not in done_before]
            if not usable:
                return (talks, None, "day") if talks else (None, None, None)
        if (meaning.status == "planned" and not cands and _ANOTHER_BEFORE.search(text, max(0, n.start - 20), n.start)
                and _month_of(text, n, cands, published, ahead=True) is None):
            return None, None, None  # "Another 1,200 bodies are expected in the coming days": not the handover done today
    if meaning.kind == "exchanged" and _RECORD_OF_BEFORE.search(text, max(0, n.start - 30), n.start) and not any(
            c.value and not c.relative and c.start > n.end for c in usable):
        return None, None, None  # "the previous record of 478": a swap before, on a day not given
    previous_swap = meaning.kind in ("exchanged", "bodies") and _has(_PREVIOUS_SWAP, text)
    if meaning.kind in ("exchanged", "bodies") and (_EARLIER_EVENT_BEFORE.search(text, 0, n.start) or previous_swap) and not any(
            c.value and not c.relative and (c.start > n.start or previous_swap) for c in usable):
        # "came two weeks after 150 POWs were freed", "100 were freed in the previous swap": another, undated exchange
        return None, None, None
    if (meaning.kind in ("exchanged", "bodies") and meaning.status == "completed" and _EARLIER_OPENING.match(text)
            and not any(c.value for c in usable)):
        # "Earlier, Russia had handed over 1,212 bodies", "Ранее Россия уже передала 1212 тел": a handover before the one the
        # article reports, on a day it does not give
        return None, None, None
    own_month = (_FREED_IN_A_MONTH_AFTER.match(text, n.end)
                 if meaning.kind in ("exchanged", "bodies") and published is not None and " in " in text[n.end : n.end + 50] else None)
    if own_month is not None:
        # "Compared with the 1,000 freed in May, the 84 released on Thursday": the month of the count's own phrase, not the
        # day of the next count's
        month = _MONTHS[own_month.group(1).lower()]
        year = int(own_month.group(2)) if own_month.group(2) else published.year - (month > published.month)
        return date(year, month, 1), None, "month"
    year_when = (_YEAR_WHEN.search(text, max(0, n.start - 80), n.start)
                 if meaning.kind in ("exchanged", "bodies") and "when" in text[max(0, n.start - 80) : n.start] else None)
    if (year_when and (published is None or int(year_when.group(1)) < published.year)
            and not any(c.value and c.start > year_when.end() for c in usable)):
        # "the largest exchange since 2017, when 233 prisoners were swapped for 73": that year's swap
        return date(int(year_when.group(1)), 1, 1), None, "year"
    when = _MONTH_WHEN.search(text, 0, n.start)
    if when and meaning.kind in ("exchanged", "bodies") and not any(c.value and c.start > when.end() for c in usable):
        # "the first exchange since December, when around 200 were freed": that month, not the day of this exchange
        month = _month_of(text[when.start() :], Number(n.start - when.start(), n.end - when.start(), n.value), [], published,
                          ahead=meaning.status in ("planned", "agreed", "offered"))
        return (month, None, "month") if month else (None, None, None)
    if usable and meaning.kind in ("exchanged", "bodies"):
        # an exchange is not dated by the talks that agreed it ("The previous round, on May 16, led to the exchange")
        # (nor the day of the deal it fulfils: "gemäß der am 16. Mai in Istanbul getroffenen Vereinbarung", the talks after the day)
        not_talks = [c for c in usable if not _TALKS_OR_ROUND.search(text[max(0, c.start - 40) : c.start])
                     and not (c.value and not c.relative and _AGREED_AT_TALKS_ON.search(text, max(0, c.start - 120), c.start))]
        if not not_talks and meaning.status == "completed" and all(
                c.value and not c.relative and _AGREED_AT_TALKS_ON.search(text, 0, c.start) for c in usable):
            # "1,000 were released by each side, as agreed at talks in Istanbul on May 16": the talks' day, not the
            # release's; the paragraph's or the lead exchange's date below
            usable = []
        usable = not_talks or usable
    # "took place on Jan. 8, when each side freed 50; on Feb. 4, 116 came home": a date of the number's own clause
    clause_start = text.rfind(";", 0, n.start) + 1
    clause_end = text.find(";", n.end)
    clause_end = len(text) if clause_end < 0 else clause_end
    own = [c for c in usable if clause_start <= c.start < clause_end]
    if own and len(own) < len(usable):
        usable = own
    elif not own and usable and (clause_start or clause_end < len(text)) and meaning.kind in ("exchanged", "bodies") and (
            any(c.month and clause_start <= c.start < clause_end for c in cands)
            or _IN_MONTH_BEFORE.search(text, clause_start, n.start)):
        # "In January 2024 the sides swapped 230 for 248; in February, 100 for 100; then nothing until May 31": the month of
        # the number's own clause, not another clause's day
        usable = []
    if meaning.kind == "exchange_ordinal":
        # "It was the second exchange, after a swap of 10 for 10 on March 24": the earlier swap's day is not this one's
        usable = [c for c in usable if not (c.start > n.end and _EVENT_CLAUSE_BEFORE.search(text, max(0, c.start - 90), c.start))]
        # "the first stage of an exchange agreed at talks in Istanbul last week": the deal's day is not the stage's
        usable = [c for c in usable if not (c.start > n.end and _AGREED_THEN_DATE_BEFORE.search(text, max(n.end, c.start - 60), c.start))]
        # ("el quinto desde los acuerdos de Estambul del 2 de junio": the fifth counted since then, not done then)
        usable = [c for c in usable if not (c.start > n.end and _SINCE_SOMETHING_BEFORE.search(text, max(n.end, c.start - 60), c.start))]
        # ("the second such exchange this month": the period it counts in, not the swap's day)
        usable = [c for c in usable if not (n.end < c.start < n.end + 40 and _THIS_PERIOD.fullmatch(text, c.start, c.end))]
    if meaning.kind == "cumulative_released":
        # "Under the June 2 agreement, the sides have so far swapped 1,200": a total as it stands, not the deal's day
        usable = [c for c in usable if not _AGREEMENT_AFTER.match(text, c.end)]
        as_of = _AS_OF_A_TIME.search(text, 0, n.start) if published is not None and not any(c.value and c.end <= n.start for c in usable) else None
        if as_of is not None:
            # "By the end of 2024, 3,956 Ukrainians had been released": the total as it stood then
            year = published.year - 1 if as_of.group("last") else int(as_of.group("year"))
            edge = (as_of.group("edge") or as_of.group("edge2") or "").lower()
            if as_of.group("month"):
                return date(year, _MONTHS[as_of.group("month").lower()], 1), None, "month"
            return (date(year, 1, 1), None, "day") if edge in ("start", "beginning") else (date(year, 12, 31), None, "day")
    colon = text.find(":", n.end, n.end + 40)
    if meaning.kind in ("exchanged", "bodies") and colon > 0 and not _DIGIT_CHAR.search(text, n.end, colon):
        days = [c for c in usable if c.start > colon and c.value and c.precision == "day" and not c.relative]
        if len(days) >= 2:  # "480 prisoners each: 270 on Wednesday and 210 on Thursday": the days of its parts
            return max(c.value for c in days), min(c.value_from or c.value for c in days), "day"
    if meaning.kind in ("exchanged", "bodies") and len(usable) > 1:
        # "Kyiv said on Thursday that 150 soldiers had been freed on Wednesday": the day it was said is not the swap's
        spoken = [c for c in usable if _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start)]
        if spoken and len(spoken) < len(usable):
            usable = [c for c in usable if c not in spoken]
        # "MOSCOW, June 20 (Reuters) - Russia handed over 6,057 bodies this week": the day the story was filed yields
        # to the figure's own time
        filed = [c for c in usable if c.start < 40 and c.end <= n.start and _DATELINE_OPENING.match(text[: c.start])
                 and _DATELINE_CLOSE.match(text, c.end)]
        if filed and len(filed) < len(usable):
            usable = [c for c in usable if c not in filed]
    # "On Jan. 31, a week after the crash, ...": a distance set beside a stated day describes that day, it does not move it
    # (but "on Friday, a day after 52 Ukrainians were brought home": the count inside the distance's clause is the other day's)
    beside = [c for c in usable if c.relative and c.end <= n.start and "," in text[c.end : n.start] and any(d.value and not d.relative and 0 <= c.start - d.end <= 3
                                                      and text[d.end : c.start].strip() in (",", "") for d in usable)]
    if beside and len(beside) < len(usable):
        usable = [c for c in usable if c not in beside]
    if len(usable) == 1:
        c = usable[0]
    elif usable:
        # "390-for-390 on Friday, 307-for-307 on Saturday": a date of the number's own item of a list before the nearest
        # (the "and" of other languages too: "Na sexta-feira foram trocados 390 e no sábado 307")
        seg_start = max(text.rfind(sep, 0, n.start) for sep in _ITEM_SEPARATORS) + 1
        seg_end = min((i for i in (text.find(sep, n.end) for sep in _ITEM_SEPARATORS) if i >= 0), default=len(text))
        # ("On Friday 390 were swapped, including 120 civilians, and on Saturday another 307": a part is dated with its
        # whole, before it)
        part = _PART_OPENING_BEFORE.search(text, max(0, n.start - 40), n.start) is not None
        # ("Раніше, 23 травня, Україна повернула 390 людей, а 24 травня – ще 307": a date past the next clause's
        # opening is that clause's, when one stands before the count)
        before_it = any(c.end <= n.start for c in usable)
        c = min(usable, key=lambda c: (not (seg_start <= c.start and c.end <= seg_end), part and c.start > n.start,
                                       before_it and c.start > n.end and _CLAUSE_JOIN_BETWEEN.search(text, n.end, c.start) is not None,
                                       abs(c.start - n.start)))
    if usable:
        if c.relative:
            # counted from the date just stated ("On March 8, 90 came home; a week later, another 75"), else the
            # paragraph's, else the article's lead exchange: "a day after X" is the day before it, "a week earlier,
            # 24 were handed over" 7 days before it
            stated = [d for d in cands if d.value and d.precision == "day" and not d.relative and d.end <= c.start]
            anchor = stated[-1].value if stated else (paragraph_date.value if paragraph_date is not None else lead)
            return (anchor - timedelta(days=c.relative), None, "day") if anchor else (None, None, None)
        return c.value, c.value_from, c.precision
    if meaning.kind in ("cumulative_released", "other") and published is not None and (" in " in text or text.startswith("In ")):
        said = _SAID_IN_MONTH.search(text)
        if said is not None:
            # "..., Yermak said in June", "In June, Yermak said 2,598 had been freed": the total as it stood then
            month = _MONTHS[(said.group(1) or said.group(2)).lower()]
            return date(published.year - (month > published.month), month, 1), None, "month"
    # (and "carried out 13 prisoner exchanges in 2023"; "In 2022, Ukraine said 1,456 had been freed in 35 exchanges", in a later
    # year's article)
    # ("The busiest year was 2024, with 11 exchanges")
    year_before = (_IN_YEAR_JUST_BEFORE.search(text, max(0, n.start - 20), n.start) or _IN_A_YEAR_AFTER.match(text, n.end)
                   or _YEAR_WITH_BEFORE.search(text, max(0, n.start - 20), n.start)
                   or _past_year_opening(text, published) if meaning.kind == "exchange_count" else None)
    if year_before is not None:
        # "Negotiations are slow: in 2024, 11 exchanges took place": that year's count
        return date(int(year_before.group(1)), 1, 1), None, "year"
    if (meaning.kind == "exchange_count" and published is not None and "year" in text and _LAST_YEAR.search(text, 0, n.start)
            and not any(c.value for c in usable)):
        return date(published.year - 1, 1, 1), None, "year"  # "Last year, Ukraine and Russia held 13 exchanges"
    if (meaning.kind == "exchange_count" and published is not None and _THIS_YEAR_AFTER.match(text, n.end)
            and not any(c.value for c in usable)):
        return date(published.year, 1, 1), None, "year"  # "held eleven prisoner exchanges this year": the year's count
    if meaning.kind in ("cumulative_released", "other", "percentage", "exchange_count"):
        return (published, None, "day") if published else (None, None, None)  # a count as the article stands
    if meaning.kind in ("exchanged", "bodies") and published is not None and " ago" in text:
        ago = _YEARS_AGO.search(text)
        if ago is not None and not any(c.value for c in usable):
            # "Ten years ago, 200 prisoners were swapped in the Donbas": that year
            years = _count_of_years(ago.group(1))
            if years:
                return date(published.year - years, 1, 1), None, "year"
    if meaning.kind in ("exchanged", "bodies"):
        year = _EXCHANGE_IN_YEAR.search(text, 0, n.start)
        if year is None and not any(c.value for c in usable):
            # "The 2019 swap, which saw 35 prisoners freed by each side" (told in a later year): that year's swap
            year = _YEARS_SWAP.search(text, 0, n.start)
            if year is not None and published is not None and int(year.group(1)) >= published.year:
                year = None
        if year and not any(c.value for c in usable):
            return date(int(year.group(1)), 1, 1), None, "year"  # "The last major swap, in 2016, saw 15 people freed"
        later = _YEAR_IN_CLAUSE_AFTER.match(text, n.end) if published is not None and not any(c.value for c in usable) else None
        if (later is not None and int(later.group(1)) < published.year
                and not _OTHER_EVENT_BEFORE.search(text, n.end, later.start(1))):
            # "Ukraine and Russia swapped 100 prisoners each in late 2024" (not "100 soldiers captured in 2022")
            return date(int(later.group(1)), 1, 1), None, "year"
        last_after = _NOUN_THEN_LAST_YEAR_AFTER.match(text, n.end) if "last year" in text or "previous year" in text else None
        if last_after is not None and _HELD_SINCE_BEFORE_YEAR.search(last_after.group(0)):
            last_after = None  # ("300 soldiers captured last year": when they were taken)
        if (published is not None and "year" in text and (_LAST_YEAR.search(text, 0, n.start) or _FREED_LAST_YEAR_AFTER.match(text, n.end)
                                                          or last_after is not None)
                and not any(c.value for c in usable)):
            return date(published.year - 1, 1, 1), None, "year"  # "Last year, 5,000 bodies were returned in total"
        month = _month_of(text, n, cands, published, ahead=meaning.status in ("planned", "agreed", "offered"))
        if month is not None:
            return month, None, "month"  # "115 were freed in August 2024", "the previous exchange, in August, ..."
        if _has(_EARLIER_THIS_WEEK, text):
            return None, None, None  # a day of this week, but not which, and the week began last month
    if meaning.kind == "exchange_ordinal" and published is not None and (
            _IN_MONTH_BEFORE.search(text, 0, n.start) or _DATE_LABEL_START.match(text) or _MONTH_LABEL_OPENING.match(text)
            # (not "the second such exchange this month": the period counted in)
            or (_EXCHANGE_IN_MONTH.search(text) and not _THIS_PERIOD.search(text, n.end, n.end + 40))):
        month = _month_of(text, n, cands, published)
        if month is not None:
            return month, None, "month"  # "In August, 115 Ukrainians came home in the 55th exchange"
    year = _IN_YEAR_OPENING.match(text)
    if year and (published is None or int(year.group(1)) != published.year):
        return date(int(year.group(1)), 1, 1), None, "year"  # "In 2019, Ukraine and Russia swapped 35 for 35"
    if (_EXCHANGE_IN_MONTH.search(text) and not (meaning.kind == "exchange_ordinal" and _THIS_PERIOD.search(text, n.end, n.end + 40))) or _MONTH_WHEN.search(text, 0, n.start):
        return None, None, None  # "the previous exchange, in August, saw 22 return": a month, not the article's day
    if paragraph_date is not None and not lx.TOTAL_BEFORE.search(text[max(0, n.start - 30) : n.start]):
        # a total over several days ("In total, 1 000 were freed") is not the last day's count
        return paragraph_date.value, paragraph_date.value_from, paragraph_date.precision
    if lead_month is not None and meaning.kind in ("exchanged", "bodies") and meaning.status == "completed":
        return lead_month, None, "month"
    return (lead, None, "day") if lead else (None, None, None)


# "the number of Ukrainians returned from captivity has reached 4,131", "total rises to 4,131": a running total
_NUMBER_HAS_REACHED = re.compile(
    r"\b(?:number|total|tally|count)\b(?:\s+of\s+[^.;\d]{0,60}?)?\s+(?:has\s+|had\s+|have\s+|now\s+)*"
    r"(?:reached|reaches|reaching|rose\s+to|rises\s+to|risen\s+to|climbed\s+to|climbs\s+to|increased\s+to|grew\s+to|stands\s+at|stood\s+at|is\s+now|totals|totalled|totaled"
    r"|exceeds|exceeded|tops|topped|passed|passes|surpassed|surpasses)"
    r"\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$", re.I)
# "the number ... rose to 3,956 from 3,806": the count it rose from, the same measure
_ROSE_TO_FROM_BEFORE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|grew|jumped|went\s+up|fell|dropped)\s+to\s+[\d.,]+,?\s+from\s+(?:about\s+|some\s+)?$", re.I)
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|(?:down|up)\s+from|against|versus|vs\.?)\s+(?:about\s+|some\s+|more\s+than\s+)?$"

                                   # "compared with 2,598 in 2023 and 1,596 in 2022": the second one compared
                                   r"|\b(?:compared\s+(?:with|to)|(?:down|up)\s+from)\s+[\d.,]+\s+in\s+(?:19|20)\d\d\s*,?\s+and\s+$", re.I)
# a time span of a whole year the count was gathered over ("over the year", "during 2023", "in 2023," opening the sentence)
_A_YEARS_SHARE_AFTER = re.compile(r"^\s*(?:(?:so\s+far\s+)?(?P<rel>this|last)\s+year|in\s+(?P<y>(?:19|20)\d\d))(?:\s+alone)?\b", re.I)
_ELLIPTICAL_PART_BEFORE = re.compile(r"(?:,\s*and|\band|including|of\s+(?:them|whom|which)|with)\s+(?:(?:about|some|nearly|more\s+than|over|almost|another)\s+)?$", re.I)
_A_YEAR_SAW_BEFORE = re.compile(r"(?:^\W*|[,;:]\s*|\band\s+|\bwhile\s+)((?:19|20)\d\d)\s+(?:saw\s+|brought\s+)?"
                                r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|under|fewer\s+than)\s+)?$", re.I)
# "fewer than in 2022, when 1,500 Ukrainians were freed": a year's total set against another's
_COMPARED_WITH_A_YEAR_WHEN_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|up\s+from|down\s+from|against)\s+in\s+((?:19|20)\d\d),?\s+when\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|under|fewer\s+than)\s+)?$", re.I)
# "carried out 11 prisoner exchanges with Russia in 2024, bringing home 1,358 people": that year's total
_EXCHANGES_IN_A_YEAR_FREEING_BEFORE = re.compile(
    r"\b(?:exchanges|swaps)\b(?:\s+with\s+(?:russia|ukraine|moscow|kyiv|kiev)\b)?\s+(?:in|during)\s+((?:19|20)\d\d),?\s+"
    # (past a comparison between: "18 exchanges in 2025, more than in any previous year, bringing home about 2,900")
    r"(?:(?:more|fewer|less)\s+than\s+[^,.;\d]{1,40},\s+)?(?:freeing|returning|releasing|bringing\s+(?:back|home)|securing\s+the\s+(?:release|return)\s+of)\s+"
    r"(?:(?:about|some|more\s+than|over|nearly|almost|at\s+least)\s+)?$", re.I)
_OVER_A_YEAR = re.compile(
    r"\b(?:over|during|throughout)\s+(?:the\s+(?:course\s+of\s+(?:the\s+)?)?)?(?:year\b|(?P<y>(?:19|20)\d\d)\b)(?!\s*-)"
    r"|\b(?:over|during|throughout|in)\s+(?:the\s+course\s+of\s+)?this\s+year\b|^\W*this\s+year\b"
    r"|\bthis\s+year\s+alone\b|\bso\s+far\s+this\s+year\b|\bthis\s+year\s+so\s+far\b"
    r"|\b(?:returned|freed|released|brought\s+(?:back|home)|exchanged|swapped|c[oa]me\s+home)\s+this\s+year\b"
    r"|^\W*(?:back\s+|also\s+)?in\s+(?P<y2>(?:19|20)\d\d)\s*,", re.I)
_THE_YEAR_BEFORE_AFTER = re.compile(r"\s+(?:in\s+)?(?:the\s+(?:year\s+before|previous\s+year|prior\s+year)|a\s+year\s+(?:earlier|before))\b", re.I)
_FREED_THE_YEAR_BEFORE_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:the\s+(?:year\s+before|previous\s+year|prior\s+year)|a\s+year\s+(?:earlier|before))\b", re.I)
# ("11 prisoner exchanges with Russia in 2024")
# ("13 prisoner exchanges in 2023", "18 exchanges took place in 2025")
_IN_A_YEAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:with\s+(?:russia|ukraine|moscow|kyiv|kiev)\s+)?in\s+((?:19|20)\d\d)\b", re.I)
_A_YEAR_AFTER = re.compile(r"\b(?:(?:this|last)\s+year|in\s+(?:19|20)\d\d)\b", re.I)
_YEAR_WITH_BEFORE = re.compile(r"\b((?:19|20)\d\d),?\s+with\s+(?:(?:about|some|around|nearly|more\s+than|over|only|just)\s+)?$", re.I)
_IN_YEAR_JUST_BEFORE = re.compile(r"\b(?:in|during|throughout)\s+((?:19|20)\d\d)\s*,?\s*(?:(?:only|just|some|about)\s+)?$", re.I)
def _past_year_opening(text: str, published: date | None) -> re.Match | None:
    """'In 2022, ...' opening a sentence of an article from a later year."""
    year = _IN_YEAR_OPENING.match(text)
    return year if year and published is not None and int(year.group(1)) < published.year else None


_IN_YEAR_OPENING = re.compile(r"^\W*(?:back\s+|also\s+|earlier\s+)?in\s+(?:late\s+|early\s+|mid-?\s*)?((?:19|20)\d\d)\s*,", re.I)
# "swapped 100 prisoners each in late 2024": the year named after the number, in its clause
_YEAR_IN_CLAUSE_AFTER = re.compile(r"[^.;:\d]{0,50}?\b(?:in|during)\s+(?:late\s+|early\s+|mid-?\s*)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
_PREVIOUS_SWAP = re.compile(r"\b(?:in|during|at|by)\s+the\s+(?:previous|prior|preceding|earlier)\s+(?:prisoner\s+|pow\s+)?(?:swap|exchange|round|stage|batch|phase|handover)\b", re.I)
_SWAP_AFTER_A_COLON = re.compile(r":\s+[^.;:]{0,60}?\b(?:swap|swaps|trade|trades|exchange|exchanges|swapped|traded|exchanged)\s+(?:prisoners|pows|captives)\b", re.I)
_THE_SWAP_APPOSED_BEFORE = re.compile(r"\b(?:the|this|that|today['’]s|sunday['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s|friday['’]s|saturday['’]s)\s+(?:prisoner\s+)?(?:exchange|swap)\s*[—–(,-]\s*(?:a|an)\s+$", re.I)
_WAS_DONE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:(?:was|were)\s+(?:mediated|brokered|carried\s+out|completed|held|conducted|facilitated|made)|took\s+place)\b", re.I)
_AFTER_AN_EARLIER_SWAP_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:exchange|swap|release|handover|trade)\b[^.;]{0,60}$", re.I)
_EARLIER_OPENING = re.compile(r"\W*(?:earlier|previously|ранее|раніше|zuvor|auparavant|précédemment|anteriormente|in\s+precedenza|wcześniej)\b(?!\s+(?:this|that|on|in|today|the))", re.I)
_EARLIER_EVENT_BEFORE = re.compile(
    # ("a day after 49 were brought home" is resolved: the day before the article's exchange)
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:weeks?|months?)|(?:several|a\s+few)\s+days|days|weeks|months)\s+(?:after|since)\s+(?:[^.;,\d]{0,40}"
    # ("It came days after an exchange of 64 Ukrainian troops and two US citizens for 50 Russian soldiers": all of that swap's)
    r"|(?:an?|the)\s+(?:[\w-]+\s+)?(?:exchange|swap)\s+(?:of|that\s+freed|which\s+freed|in\s+which)\b[^.;]{0,90})$", re.I)
_PRISONER_WORD = prefiltered(r"\b(?:prisoners?|pows?|captives?)\b", re.I)
_FREED_LAST_YEAR_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:released|freed|returned|exchanged|swapped|repatriated|came\s+home|brought\s+home)\s+(?:\w+\s+){0,2}?(?:last|the\s+previous)\s+year\b", re.I)
_THIS_YEAR_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:so\s+far\s+)?this\s+year\b", re.I)
_NOUN_THEN_LAST_YEAR_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:at\s+the\s+(?:end|start|beginning)\s+of|in\s+(?:late|early|mid-?))\s+)?(?:last|the\s+previous)\s+year\b(?!['’]s)", re.I)  # ("brought home 300 soldiers last year")
# ("over the past year" is the twelve months to the article's day, not the calendar year before)
_LAST_YEAR = re.compile(r"\b(?:last\s+year|the\s+previous\s+year|(?<!\bover\s)(?<!\bin\s)(?<!\bduring\s)(?<!\bthroughout\s)(?<!\bwithin\s)the\s+past\s+year)\b(?!['’]s)", re.I)
_SINCE_BEFORE = re.compile(r"(?:since|seit(?:\s+dem)?|depuis(?:\s+le)?)\s*$", re.I)
# "for the first time since a deadly plane crash last week": the date of the event the time is counted from
_SINCE_EVENT_BEFORE = re.compile(r"\bsince\s+(?:the\s+|a\s+|an\s+)(?:[\w-]+\s+){0,4}$", re.I)
# "since a military transport plane crashed in Russia's Belgorod region on Jan. 24": the date of that event
# ("... crashed last week": with no preposition before a relative date)
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){2,10}?(?:(?:on|in)\s+)?$", re.I)


_EVENT_CLAUSE_BEFORE = re.compile(
    r"\b(?:since|after|following|nach|seit|depuis|après)\s+(?:(?:the|a|an|dem|der|einem|einer|le|la|l['’]|un|une)\s*)?(?:[\w'’-]+\s+){1,10}?(?:(?:on|in|am|le)\s+)?$", re.I)
# ("the first swap since Ukrainian troops crossed into the Kursk region on Aug. 6": no article needed)
_WHEN_OTHER_EVENT_AFTER = re.compile(
    r"\s*,?\s*when\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,5}?(?:crashed|was\s+shot\s+down|came\s+down|exploded|was\s+attacked|were\s+killed|was\s+killed|died|invaded|began|started)\b", re.I)
# "captured during Ukraine's incursion that began on Aug. 6", "the offensive, which started in May": the date of
# another event, named by its own clause (an exchange, swap or handover named so keeps its date)
_OTHER_EVENT_CLAUSE_BEFORE = prefiltered(
    r"\b[A-Za-z'’-]+\s*,?\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:began|begun|started|was\s+launched|were\s+launched|erupted|broke\s+out|crashed|was\s+shot\s+down|was\s+attacked|happened|occurred"
    r"|celebrates?|celebrated|marks?|marked|falls|fell|observes?|observed)"
    r"\s+(?:on|in)\s+$", re.I)
# ("the exchanges of seriously wounded and young prisoners of war that began on June 9")
_EXCHANGE_NOUN = re.compile(r"\b(?:exchanges?|swaps?|handovers?|releases?|repatriations?|returns?|transfers?)\b", re.I)


def _dates_another_event(text: str, c: "_DateCand") -> bool:
    window = text[max(0, c.start - 80) : c.start].lower()
    if ("where" in window or "when" in window) and _WHERE_OTHER_EVENT_BEFORE.search(text, max(0, c.start - 80), c.start):
        return True  # "captured in the Kursk region, where Ukrainian forces launched an incursion on Aug. 6"
    if "that" not in window and "which" not in window:
        return False  # (the cheap test first: most dates have no relative clause before them)
    m = _OTHER_EVENT_CLAUSE_BEFORE.search(text, max(0, c.start - 80), c.start)
    if m and _HOLIDAY_ANTECEDENT.match(m.group(0)):
        return True  # "days before Orthodox Easter, which both countries celebrate on April 16": the holiday's day
    return bool(m) and not _EXCHANGE_NOUN.search(text, max(0, m.start() - 60), m.start() + 40)


_SINCE_SOMETHING_BEFORE = re.compile(r"(?:^|[\s,(])(?:since|desde|depuis|seit|dal|dalla|dai|dagli|od|від|с|со|з)\s[^.;]{0,50}$", re.I)
_ITEM_SEPARATORS = (",", " and ", " e ", " y ", " et ", " und ", " i ", " oraz ", " та ", " і ", " и ")
_AGREED_THEN_DATE_BEFORE = re.compile(
    r"\b(?:agreed|reached|struck|brokered|negotiated|sealed)\s+(?:(?:at|in|during)\s+(?:[\w'’-]+\s+){0,4}?)?(?:on\s+|in\s+|earlier\s+)?$"
    # ("первый этап обмена, согласованного на переговорах в Стамбуле 16 мая")
    r"|\b(?:согласованн\w*|достигнут\w*|узгоджен\w*|досягнут\w*|vereinbart\w*|convenu\w*|acordad\w*|concordat\w*)\s+(?:(?:на|в|у|bei|à|en|a)\s+(?:[\w'’-]+\s+){0,4}?)?$", re.I)
_WHERE_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:where|when)\s+(?:[\w'’-]+\s+){0,4}?(?:launched|began|started|crossed|invaded|attacked|entered|seized|captured|occupied|stormed|crashed)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:on|in)\s+$", re.I)
_GOES_ON_BEFORE = re.compile(
    r"(?:\b(?:would|will|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|was\s+to|were\s+to)\s+(?:continue|resume|go\s+on|be\s+completed|conclude|end|be\s+finished|wrap\s+up|follow)"
    r"|\b(?:continuará|proseguirá|se\s+reanudará|continuera|se\s+poursuivra|continuerà|proseguirà|fortgesetzt\s+werden|weitergehen)"
    r")\s+(?:[\w'’-]+\s+){0,5}?$", re.I)
_HOLIDAY_ANTECEDENT = re.compile(r"(?:easter|christmas|holiday|anniversary|festival|day)\b", re.I)


_TODAY_WORD = re.compile(r"today|tonight|this\s+(?:morning|evening)|heute|aujourd['’]hui|сьогодні|сегодня", re.I)


def _inside_quotes(text: str, pos: int) -> bool:
    """Whether a position of a sentence lies inside a quotation ("...", “...”, «...»)."""
    before = text[:pos]
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»"))


def _holiday_still_to_come(c: "_DateCand", published: date | None) -> bool:
    """'in the Easter exchange', published the day before Easter: a holiday that names an exchange, not the day of
    one already done."""
    return bool(c.holiday and published and c.value and c.value > published)


def _dates_a_since_phrase(text: str, c: "_DateCand") -> bool:
    """A date that says since when ("since Feb. 4", "since a deadly plane crash last week", "since a plane
    crashed ... on Jan. 24"): the start of a period, not the day of the exchange. Also the date of another
    event in a clause of its own ("during the incursion that began on Aug. 6")."""
    if _dates_another_event(text, c):
        return True
    if _opens_a_period(text, c):
        return True  # "с 11 июня передано 6057 тел", "з 11 червня", "od 11 czerwca", "desde el 11 de junio"
    window = text[max(0, c.start - 90) : c.start].lower()
    if "since" not in window and "seit" not in window and "depuis" not in window:
        return False  # (the cheap test first: most dates have no since-word before them)
    return bool(_SINCE_BEFORE.search(text, max(0, c.start - 11), c.start) or _SINCE_EVENT_BEFORE.search(text, max(0, c.start - 50), c.start)
                or _SINCE_CLAUSE_BEFORE.search(text, max(0, c.start - 90), c.start))
_DIGIT_CHAR = re.compile(r"\d")
_SINCE_DAY_OTHER = re.compile(r"(?:^|[\s(,])(?:с|со|з|із|від|od|desde(?:\s+el)?)\s+$", re.I)
_RANGE_END_AFTER = re.compile(r"\s*(?:[-–—]|по|до|do|al|hasta)\s", re.I)


def _opens_a_period(text: str, c: "_DateCand") -> bool:
    """A day after "с", "з", "від", "od", "desde" that is not the first day of a range ("с 11 по 16 июня")."""
    return _SINCE_DAY_OTHER.search(text, max(0, c.start - 8), c.start) is not None and not _RANGE_END_AFTER.match(text, c.end)


def _since_day(text: str, cands: list["_DateCand"]) -> date | None:
    """The day a since-phrase in another language starts from ("с 11 июня": 11 June)."""
    # (and "since June 11", "depuis le 11 juin", "seit dem 11. Juni")
    return next((c.value for c in cands if c.value is not None and c.precision == "day" and (
        _opens_a_period(text, c) or _SINCE_BEFORE.search(text, max(0, c.start - 11), c.start))), None)
_AGREEMENT_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:agreements?|deal|memorandum|accords?|talks|round)\b", re.I)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


_AS_OF_BEFORE = re.compile(r"(?:\bas\s+of|станом\s+на|по\s+состоянию\s+на|\bstand|\bà\s+la\s+date\s+du)\s*$", re.I)
_RESULT_OF_TALKS_BEFORE = re.compile(r"(?:в\s+результате\s+переговорного\s+процесса|as\s+a\s+result\s+of\s+(?:the\s+)?negotiati\w+(?:\s+process)?)\s*,?\s*$", re.I)
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told(?:\s+\w+){0,2}?|wrote|announced|stated|added|posted|proposed|offered)\s+"
                             # ("Zelensky said in his evening address on Tuesday")
                             r"(?:in\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:address|statement|interview|post|speech|briefing|video)\s+)?"
                             r"(?:late\s+|early\s+)?(?:on\s+)?$", re.I)


def _mentions(article_id: str, s: _Sentence, cands: list[_DateCand], figures: list[Figure], published: date | None,
              bodies_article: bool = False) -> list[ExchangeMention]:
    text = s.text
    in_sentence = [f for f in figures if f.sentence_start == s.start]
    if not _EXCHANGE_EVENT.search(text) and not any(
            f.kind in ("exchanged", "bodies") and f.status == "completed" and not f.is_breakdown and f.since_date is None for f in in_sentence):
        return []  # (people handed over in words the event finder lacks: "made it home", "won the release of")
    own = [f.status for f in in_sentence if f.status is not None and f.kind != "age"]
    only_offers = bool(own) and all(st in ("offered", "agreed") for st in own)
    kinds = {f.kind for f in in_sentence}
    totals_only = bool(kinds) and kinds <= {"cumulative_released", "exchange_count"}
    no_handover = bool(kinds) and kinds <= {"cumulative_released", "exchange_count", "other", "percentage"}
    out: list[ExchangeMention] = []
    for c in cands:
        if c.value is None or c.precision != "day" or c.future:
            continue  # (days still to come make no exchange of their own here: the planned figures date it)
        if c.start < 40 and _DATELINE_OPENING.match(text[: c.start]) and any(
                d is not c and d.value and d.precision == "day" and not d.future
                and not _SAID_ON_BEFORE.search(text, max(0, d.start - 40), d.start) for d in cands):
            continue  # "KYIV, June 26 (Xinhua) -- Ukraine and Russia swapped 90 each on Tuesday": the day filed, not the swap's
        if totals_only and (_TODAY_WORD.fullmatch(text, c.start, c.end) or _AS_OF_BEFORE.search(text, max(0, c.start - 25), c.start)):
            continue  # "Станом на сьогодні з полону вдалося повернути 4 131 українця": a running total as of today, no exchange
        if only_offers and _TALKS.search(text, c.end, c.end + 40) and not lx.COMPLETED.search(text):
            continue  # "• 16 May 2025 – At the first direct talks in Istanbul, the sides agree to swap 1,000 each": the talks' day
        # ("have exchanged more than a thousand since the start of the year, an official said on Friday": a running total said)
        if _SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start) and (only_offers or no_handover or any(
                d.start > c.end and d.value and d.precision == "day" and not d.future for d in cands)):
            # '"We are ready for an exchange of 1,000 for 1,000," Zelensky told reporters on Monday', "Kyiv said on
            # Thursday that 150 had been freed on Wednesday": the day it was said
            continue
        ctx = text[max(0, c.start - 45) : c.start]
        if _RESULT_OF_TALKS_BEFORE.search(ctx):
            ctx = ""  # "В результате переговорного процесса 31 мая ... возвращены 75": the day of the return, not of talks
        if _is_talks_date(text, c) or _TALKS.search(ctx) or re.match(r"\s+(?:talks|negotiations|meeting|call|briefing)", text[c.end :], re.I) or (re.search(r"(?:since|seit|depuis|before|until|after)\s*$", ctx, re.I) and not _WHEN_AFTER.match(text, c.end)):
            continue
        if published and c.value > published + timedelta(days=60):
            continue
        if _holiday_still_to_come(c, published) and not lx.PLANNED.search(text):
            continue  # "the Easter exchange" reported done the day before Easter
        # the day of another event: "thrown into doubt on Jan. 24, when an Il-76 crashed", "nach dem Absturz ... am
        # 24. Januar", "since a plane crashed ... on Jan. 24" (an exchange named there is still one: "since the swap on May 23")
        window = text[max(0, c.start - 90) : c.start].lower()
        other = (_EVENT_CLAUSE_BEFORE.search(text, max(0, c.start - 90), c.start)
                 if any(w in window for w in ("since", "after", "following", "nach", "seit", "depuis", "après")) else None)
        if ((other and not _EXCHANGE_EVENT.search(other.group(0))) or _WHEN_OTHER_EVENT_AFTER.match(text, c.end)
                or _dates_another_event(text, c)):
            continue
        planned = bool(lx.PLANNED.search(text) or re.search(r"\b(?:to\s+(?:exchange|swap|conduct)|preparing|would\s+take\s+place)\b", text, re.I))
        if planned and "completed" in own and not (published and c.value > published):
            planned = False  # "More than a hundred soldiers came home on Tuesday, and dozens more are expected to follow"
        if published and c.value > published:
            planned = True
        day, day_from = c.value, c.value_from
        if planned and c.weekday is not None and published is not None and day < published:
            # "1 000 prisonniers doivent être échangés d'ici dimanche": the coming Sunday, not the last
            day, day_from = published + timedelta(days=(c.weekday - published.weekday()) % 7), None
        plain = _HQ_NAME.sub(" ", text)  # "...Treatment of Prisoners of War" names an office, not who was handed over
        about_bodies = bool(lx.BODIES.search(plain)) or (
            bodies_article and not lx.PEOPLE_WORD.search(plain) and not re.search(r"\b(?:exchange|swap)", plain, re.I)
        )
        category = "bodies" if about_bodies and not _PRISONER_WORD.search(plain) else "prisoners"
        # (the ordinal of the exchange that day: "the second exchange, after a swap of 10 for 10 on March 24" numbers another)
        ordinal = next((f.value for f in figures if f.kind == "exchange_ordinal" and f.sentence_start == s.start
                        and f.event_date in (None, c.value)), None)
        mediator = _MEDIATOR.search(text)
        out.append(
            ExchangeMention(
                article_id=article_id,
                category=category,
                status="planned" if planned else "completed",
                event_date=day,
                event_date_from=day_from,
                char_start=s.start + c.start,
                char_end=s.start + c.end,
                sentence=text,
                ordinal=ordinal,
                mediator=_canonical_mediator(mediator.group("m")) if mediator else None,
            )
        )
        break  # one exchange per sentence: the first dated one
    return out


def _canonical_mediator(name: str) -> str:
    low = name.lower()
    if "emira" in low or "uae" in low or "émirats" in low or "оае" in low:
        return "United Arab Emirates"
    if "turk" in low or "türk" in low:
        return "Turkey"
    return name.strip()
