"""Article metadata that no single format states the same way: outlet, URL dates, language, stable ids."""
from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

# Well-known outlets whose hosts don't spell their names. Others fall back to the host itself.
KNOWN_OUTLETS = {
    "themoscowtimes.com": "The Moscow Times",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "euromaidanpress.com": "Euromaidan Press",
    "ukrinform.net": "Ukrinform",
    "ukrinform.ua": "Ukrinform",
    "pravda.com.ua": "Ukrainska Pravda",
    "suspilne.media": "Suspilne",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "aljazeera.com": "Al Jazeera",
    "aa.com.tr": "Anadolu Agency",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "interfax.com": "Interfax",
    "meduza.io": "Meduza",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "cnn.com": "CNN",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "president.gov.ua": "Office of the President of Ukraine",
    "unian.info": "UNIAN",
    "unian.ua": "UNIAN",
    "rbc.ua": "RBC-Ukraine",
    "newsukraine.rbc.ua": "RBC-Ukraine",
    "uawire.org": "UAWire",
    "kyivindependent.ua": "The Kyiv Independent",
}

_URL_DATE = [
    re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)"),
    re.compile(r"/((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:/|$|-)"),
    re.compile(r"[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_.-]|$)"),
]


def article_id_for(body: str) -> str:
    """Same cleaned text → same id, whatever file or chrome it came in."""
    normal = " ".join(body.split()).lower()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def outlet_from_url(url: str | None) -> str | None:
    host = host_of(url)
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = KNOWN_OUTLETS.get(".".join(parts[i:]))
        if name:
            return name
    return host


def date_from_url(url: str | None) -> date | None:
    if not url:
        return None
    path = urlsplit(url).path if "//" in url else url
    for pattern in _URL_DATE:
        m = pattern.search(path)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъЫЭЪё]")
_LANGS = ["en", "de", "fr", "uk", "ru", "es", "it", "pl", "pt", "nl", "tr", "ar", "cs", "ro", "hu", "fi", "sv", "da", "no", "be", "bg", "sr", "ka", "zh", "ja"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(_LANGS)
    return ident


def warm_up() -> None:
    """Load the language model now (about 0.7 s), e.g. in a process that forks workers which all need it."""
    _identifier()


_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    # 800 characters identify the language as well as the whole text, at a fraction of the cost
    sample = text[:800]
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return None
    cyr = len(_CYRILLIC.findall(sample))
    if cyr > 0.3 * letters:
        # Ukrainian and Russian share most letters; each has letters the other lacks.
        uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
        if uk != ru:
            return "uk" if uk > ru else "ru"
    words = _WORD.findall(sample.lower())
    if len(words) >= 40 and sum(w in _ENGLISH_FUNCTION_WORDS for w in words) >= 0.2 * len(words):
        return "en"  # a fifth of the words are English function words: no other language gets there
    lang, _ = _identifier().classify(sample)
    return lang


_WORD = re.compile(r"[a-z]+|[^\W\d_a-z]+")
# the commonest English words that are not also common words of the other languages we read
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in that was were is are with for on as by from at has have had been it its which who this said will would".split()
)
