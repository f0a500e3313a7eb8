"""Numbers as news writes them: digits with separators, number words, ordinals, ranges, "N for N", percentages."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
    # German and French ordinals (stems; endings vary with case and gender)
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "achte": 8, "neunte": 9, "zehnte": 10,
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
    "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
    # Spanish, Italian and Portuguese (the masculine: "el cuarto canje", "il quarto scambio", "a quarta troca")
    "primer": 1, "primero": 1, "primera": 1, "primo": 1, "primeiro": 1, "primeira": 1, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
    "noveno": 9, "décimo": 10, "terzo": 3, "quarto": 4, "sesto": 6, "settimo": 7, "ottavo": 8, "nono": 9, "decimo": 10,
    "terceira": 3, "terceiro": 3, "quarta": 4, "quinta": 5, "sexta": 6, "sétimo": 7, "oitavo": 8,
    # Russian and Ukrainian (the masculine nominative: "первый этап обмена", "другий етап")
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5,
    "перший": 1, "другий": 2, "третій": 3, "четвертий": 4, "п'ятий": 5, "п’ятий": 5,
}
# Small cardinals in the other languages the corpus has (beyond these, those outlets write digits).
_OTHER_CARDINALS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "два": 2, "дві": 2, "двоє": 2, "три": 3, "троє": 3, "чотири": 4, "четверо": 4, "п'ять": 5, "п’ять": 5, "п'ятеро": 5,
    "шість": 6, "шестеро": 6, "сім": 7, "семеро": 7, "вісім": 8, "восьмеро": 8, "дев'ять": 9, "десять": 10,
    "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50, "сто": 100,
    "две": 2, "четыре": 4, "пять": 5, "пятеро": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "двадцать": 20, "тридцать": 30, "пятьдесят": 50,
    # the case forms a count of people takes ("вернула трех летчиков", "вернулись трое", "двох цивільних"; not "двух",
    # as often "двух лет" or "двух сторон")
    "двое": 2, "трое": 3, "двоих": 2, "трех": 3, "трёх": 3, "троих": 3, "четырех": 4, "четырёх": 4, "четверых": 4,
    "пятерых": 5, "шестерых": 6, "двох": 2, "трьох": 3, "чотирьох": 4, "п'ятьох": 5, "п’ятьох": 5,
    # a thousand as a word: "canjear mil prisioneros", "échanger mille prisonniers", "обменять тысячу пленных"
    "mil": 1000, "mille": 1000, "tausend": 1000, "тысячу": 1000, "тысяча": 1000, "тисячу": 1000, "тисяча": 1000,
}
# Small cardinals of Spanish, Italian, Portuguese and Polish, read only in articles of that language ("dos" is
# Portuguese for "of the", "sei" Italian for "you are", "once" English)
_CARDINALS_BY_LANGUAGE = {
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
           "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
           "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100},
    "pt": {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
           "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30, "cinquenta": 50, "cem": 100},
    "pl": {"dwóch": 2, "dwie": 2, "dwaj": 2, "dwa": 2, "trzech": 3, "trzej": 3, "trzy": 3, "czterech": 4, "czterej": 4, "cztery": 4,
           "pięciu": 5, "pięć": 5, "sześciu": 6, "sześć": 6, "siedmiu": 7, "siedem": 7, "ośmiu": 8, "osiem": 8, "dziewięciu": 9,
           "dziewięć": 9, "dziesięciu": 10, "dziesięć": 10, "dwunastu": 12, "piętnastu": 15, "dwudziestu": 20, "stu": 100,
           "tysiąc": 1000, "tysiąca": 1000},
}
_PAREN_RESTATEMENT = re.compile(r"\s*\(\s*")
_DOZEN_AFTER = re.compile(r"\s+(?:dutzend|douzaines?)(?!\w)", re.I)
_HUNDREDS_WORD_AFTER = re.compile(r"\s+(?:y\s+|e\s+|und\s+)?(?:\w+ientos|\w+ientas|quinhentos|\w*cento|\w*cents?|\w*hundert|сто|двести|триста|\w+сот|двісті|триста|\w+сот)(?!\w)", re.I)
_THOUSANDS_WORD_AFTER = re.compile(r"\s+(?:tysiące|tysięcy|tysiąca|mil|mila)(?![\w'’])", re.I)
_CARDINAL_RE_BY_LANGUAGE = {
    language: re.compile(r"(?<![\w'’])(?:" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")(?![\w'’])", re.I)
    for language, table in _CARDINALS_BY_LANGUAGE.items()
}
# Ukrainian and Russian ordinals up to ten, by stem: their endings change with case and gender ("третій етап",
# "третьего этапа", "в рамках пятого обмена"); Russian "другой" is "another", so only Ukrainian forms of "другий"
_CYRILLIC_ORDINAL_STEMS = {"перш": 1, "перв": 1, "друг": 2, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "п'ят": 5, "п’ят": 5,
                           "пят": 5, "шост": 6, "шест": 6, "сьом": 7, "седьм": 7, "восьм": 8, "дев'ят": 9, "дев’ят": 9, "девят": 9,
                           "десят": 10}
_CYRILLIC_TENS = {"двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50, "п’ятдесят": 50, "шістдесят": 60, "сімдесят": 70,
                  "вісімдесят": 80, "дев'яносто": 90, "дев’яносто": 90, "двадцать": 20, "тридцать": 30, "пятьдесят": 50,
                  "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
_CYRILLIC_ORDINAL_RE = re.compile(
    # ("шістдесят п'ятий обмін", "шестьдесят пятый обмен": the tens before the ordinal)
    r"(?<![\w'’])(?:(?P<tens>" + "|".join(sorted(map(re.escape, _CYRILLIC_TENS), key=len, reverse=True)) + r")\s+)?(?:(?P<uk2>друг)(?:ий|ого|ому|им)|(?P<stem>" + "|".join(sorted(map(re.escape, (k for k in _CYRILLIC_ORDINAL_STEMS if k != "друг")), key=len, reverse=True))
    + r")(?:ий|ій|ой|ый|ого|ього|ьего|его|ому|ьому|ьему|ему|ом|ем|ім|ым|им|ая|ья|ія|я|а))(?![\w'’])", re.I)
_VAGUE_BEFORE_OTHER = re.compile(r"(?:mehrere|einige|paar|viele|plusieurs|quelques|varios|algunos|unos|alcune|alcuni|diverse|diversi|kilka|kilkanaście|несколько|кілька|декілька|много|багато)\s+$", re.I)
_OTHER_THOUSANDS = frozenset(w for w, v in _OTHER_CARDINALS.items() if v == 1000)
_WORD_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"dozen"}
_WORD_RE = re.compile(
    r"(?<![\w])(?:(?:a|an)[\s-]+(?=(?:dozen|hundred|thousand)\b))?"
    r"(?:" + "|".join(sorted(_WORD_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:(?:\s+and\s+|\s+|-)(?:" + "|".join(sorted(_WORD_NUMBER_WORDS, key=len, reverse=True)) + r"))*(?![\w])",
    re.I,
)
_ROMANCE_TENS_ORDINALS = {"vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quadragésim": 40, "quincuagésim": 50, "quinquagésim": 50,
                          "sexagésim": 60, "septuagésim": 70, "setuagésim": 70, "octogésim": 80, "nonagésim": 90}
_ROMANCE_TENS_ORDINAL_BEFORE = re.compile(r"\b(" + "|".join(_ROMANCE_TENS_ORDINALS) + r")[oa]\s+$", re.I)
_ORDINAL_WORD_RE = re.compile(
    r"(?<![\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
    + "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True))
    + r")(?:n|r|s|m)?(?![\w-])",
    re.I,
)
_OTHER_RE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(sorted(map(re.escape, _OTHER_CARDINALS), key=len, reverse=True)) + r")(?:\s+(?:"
    + "|".join(sorted(map(re.escape, _OTHER_CARDINALS), key=len, reverse=True)) + r"))?(?![\w'’])",
    re.I,
)

# 1,000 / 5 757 / 1.000 (European) / 205 / 8th / 55e / 15%
_DIGITS = re.compile(
    # (thousands grouped by a comma, a space of any width, or a Swiss apostrophe: "1,000", "1 000", "1\u2009000", "5’757")
    r"(?<![\w.,/#:])(?P<num>\d{1,3}(?:(?P<sep>[,\u00a0\u202f\u2009\u2007 '’])\d{3}(?![\d]))(?:(?P=sep)\d{3}(?![\d]))*|\d{1,3}(?:\.\d{3}(?![\d]))+|\d+)"
    r"(?P<dec>[.,]\d+(?!\d))?"
    r"(?:(?P<ord>st|nd|rd|th|e|er|ème|eme|esimo|esima|-й|-го|-ий|-е|-я|-те|-та|-ое|-ая|-ого|-му|º|ª|°|\.º|\.ª|['’](?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü))|(?P<k>[kK]|mila))?(?![\w])"  # "2.5K prisoners", "8mila ucraini": thousands
    r"(?P<pct>\s?%|\s+(?:per\s?cent|percent|prozent|pour\s+cent|відсотк\w*))?"
    r"(?P<mult>\s+(?:thousand|[Mm]illion\w*|тисяч\w*|тис\.|тыс\.|тысяч\w*|Tausend|mille|tys\.|tysi[ęą]c\w*|mila(?![\w])|mil(?![\w])|duizend|bin(?:den|e|i|in)?(?![\w])))?"
)


_POLISH_ORDINAL_NOUN = re.compile(r"(?:wymian|etap|tur|rund)\w*", re.I)
_GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|vom|beim)\s+$")
_MODEL_NAME = re.compile(r"\b[A-Z][A-Za-z]{0,3}-$")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    value_high: int | None = None
    ordinal: bool = False
    percent: bool = False
    n_for_n: bool = False
    words: bool = False  # written in words ("two", "a dozen")
    approximate: bool = False  # a round number that is itself approximate ("une trentaine": about thirty)


def words_to_int(text: str) -> int | None:
    """'Two hundred forty-six' → 246; 'a dozen' → 12; 'a thousand' → 1000."""
    tokens = re.findall(r"[a-z]+", text.lower())
    total, current, seen = 0, 0, False
    for tok in tokens:
        if tok in ("a", "an", "and"):
            if tok in ("a", "an") and not seen:
                current = max(current, 1)
            continue
        if tok == "dozen":
            current = (current or 1) * 12
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digits_value(m: re.Match, language: str | None) -> int | None:
    raw = m.group("num")
    if "." in raw and language == "en" and not _PEOPLE_NOUN_NEXT.match(m.string, m.end()):
        return None  # "1.000" in English text is a decimal, not a thousands separator (unless people follow: "1.000 prisoners")
    digits = _NON_DIGIT.sub("", raw)
    if not digits or (len(digits) > 1 and digits.startswith("0")):
        return None  # ("000", "007": no count)
    value = int(digits)
    mult = (m.group("mult") or m.group("k") or "").strip().lower()
    if mult:
        value *= 1_000_000 if mult.startswith("million") else 1000
    return value


_PEOPLE_NOUN_NEXT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:prisoners|people|soldiers|servicemen|pows|captives|bodies|ukrainians|russians|civilians|troops|defenders|detainees)\b", re.I)
_TOKEN = re.compile(r"[^\W\d_]+")
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.I)
_FRACTION_AFTER = re.compile(r"[\s-]+(?:thirds|quarters|fifths|third|fifth)\b(?!\s+(?:exchange|swap|round|stage|batch|time|group|phase|day|year))", re.I)
_FRACTION_BEFORE = re.compile(r"\b(?:one|two|three|four)[\s-]+$", re.I)
# French, Italian and Spanish round numbers that say "about": "une trentaine de soldats", "una ventina di prigionieri",
# "una veintena de prisioneros", "un centenar de soldados" (not "quarantaine"/"quincena" alone: quarantine, a fortnight)
_ROUND_APPROXIMATES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100, "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
    "quarantina": 40, "cinquantina": 50, "sessantina": 60, "centinaio": 100, "decena": 10, "docena": 12, "veintena": 20,
    "treintena": 30, "cincuentena": 50, "centenar": 100,
}
_ROUND_APPROXIMATE_RE = re.compile(r"\b(?:une|una|un)\s+(" + "|".join(_ROUND_APPROXIMATES) + r")(?=\s+(?:d[ei]\b|d['’]))", re.I)
_ONE_PERSON_AFTER = re.compile(r"\s+(?:(?:ukrainian|russian|wounded|severely\s+wounded|more|other|further)\s+)?(?:civilian|soldier|serviceman|servicewoman|woman"
                               r"|officer|pilot|medic|journalist|prisoner|pow|sailor|marine|citizen|priest|volunteer)\b(?!\s+of\b)", re.I)
_LIST_JOIN_BEFORE = re.compile(r"(?:\band|\bas\s+well\s+as|\bplus|\balso|\bincluding)\s+$", re.I)
_VAGUE_BEFORE = re.compile(r"\b(?:few|several|many|some|couple\s+of|dozens\s+of)\s+$", re.I)
_NON_DIGIT = re.compile(r"\D")
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}|\(0\d{1,4}\)|0(?=[\s.-]))[\s.-]?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}(?![\w])")
_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")


def _parts(words) -> frozenset[str]:
    """Vocabulary as `tokens` splits it ("п'ять" → "п", "ять"), so a token set can rule a pattern out."""
    return frozenset(p for w in words for p in _TOKEN.findall(w.lower()))


# Russian and Ukrainian cardinals of any length ("двести сорок шесть", "двісті сімдесят сім", "чотири тисячі",
# "полутора тысяч"): the words a compound may open with, and those that only continue one (a bare "один" is "one
# of", a bare "двух" too often "two years")
_CYRILLIC_OPENERS: dict[str, float] = {
    **{w: v for w, v in _OTHER_CARDINALS.items() if not w.isascii() and v < 1000},
    "одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "п’ятнадцять": 15,
    "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19, "дев’ятнадцять": 19,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "дев’ять": 9, "дев’ятсот": 900,
    **_CYRILLIC_TENS, "сорока": 40, "двадцати": 20, "тридцати": 30, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70,
    "восьмидесяти": 80, "девяноста": 90, "двадцяти": 20, "тридцяти": 30, "п'ятдесяти": 50, "шістдесяти": 60, "сімдесяти": 70,
    "вісімдесяти": 80, "дев'яноста": 90,
    "сто": 100, "двісті": 200, "двести": 200, "триста": 300, "чотириста": 400, "четыреста": 400, "п'ятсот": 500, "п’ятсот": 500,
    "пятьсот": 500, "шістсот": 600, "шестьсот": 600, "сімсот": 700, "семьсот": 700, "вісімсот": 800, "восемьсот": 800,
    "дев'ятсот": 900, "девятьсот": 900, "двухсот": 200, "двохсот": 200, "трехсот": 300, "трёхсот": 300, "трьохсот": 300,
    "четырехсот": 400, "четырёхсот": 400, "чотирьохсот": 400, "пятисот": 500, "п'ятисот": 500, "шестисот": 600,
    "семисот": 700, "восьмисот": 800, "девятисот": 900, "дев'ятисот": 900,
}
_CYRILLIC_CONTINUERS: dict[str, float] = {
    **_CYRILLIC_OPENERS, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одну": 1, "одне": 1, "двух": 2, "двох": 2, "трех": 3,
    "трёх": 3, "трьох": 3, "четырех": 4, "четырёх": 4, "чотирьох": 4, "пяти": 5, "п'яти": 5, "шести": 6, "семи": 7,
    "восьми": 8, "девяти": 9, "дев'яти": 9, "десяти": 10,
}
_CYRILLIC_THOUSANDS = ("тысяча", "тысячу", "тысячи", "тысяч", "тисяча", "тисячу", "тисячі", "тисяч")
_CYRILLIC_HALVES = ("полтора", "полторы", "полутора", "півтора", "півтори")


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_CYRILLIC_CARDINAL_RE = re.compile(
    rf"(?<![\w'’])(?:(?:{_alternation(_CYRILLIC_HALVES)})\s+(?:{_alternation(_CYRILLIC_THOUSANDS)})"
    rf"|(?:{_alternation(_CYRILLIC_OPENERS)})(?:\s+(?:{_alternation([*_CYRILLIC_CONTINUERS, *_CYRILLIC_THOUSANDS])}))*)(?![\w'’])", re.I)
_CYRILLIC_VOCAB = _parts([*_CYRILLIC_OPENERS, *_CYRILLIC_HALVES])


def cyrillic_cardinal_value(phrase: str) -> int:
    """'двести сорок шесть' → 246, 'чотири тисячі' → 4000, 'полутора тысяч' → 1500."""
    total, current = 0.0, 0.0
    for word in phrase.lower().split():
        if word in _CYRILLIC_THOUSANDS:
            total, current = total + (current or 1) * 1000, 0.0
        elif word in _CYRILLIC_HALVES:
            current = 1.5
        else:
            current += _CYRILLIC_CONTINUERS.get(word, 0)
    return int(total + current)


_ORDINAL_VOCAB = _parts(_ORDINALS) | _parts(w + e for w in _ORDINALS for e in ("n", "r", "s", "m"))
_CARDINAL_VOCAB = _parts(_WORD_NUMBER_WORDS)
_OTHER_VOCAB = _parts(_OTHER_CARDINALS)

# French numbers in words, which French wire copy writes at the start of a sentence: "Quatre-vingt-quatre
# prisonniers", "Deux cent cinquante", "soixante-dix-sept", "vingt et un"
_FRENCH_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
_FRENCH_TOKEN = "(?:" + "|".join(sorted(_FRENCH_NUMBER_WORDS, key=len, reverse=True)) + ")"
_FRENCH_RE = re.compile(rf"(?<![\w'’-]){_FRENCH_TOKEN}(?:(?:-|\s+)(?:et(?:-|\s+))?{_FRENCH_TOKEN})*(?![\w'’-])", re.I)
_FRENCH_VOCAB = frozenset(_FRENCH_NUMBER_WORDS)


def _french_value(phrase: str) -> int:
    total = current = 0
    for t in re.split(r"[-\s]+", phrase.lower()):
        if t == "et":
            continue
        v = _FRENCH_NUMBER_WORDS[t]
        if v == 20 and current % 100 == 4:
            current += 76  # quatre-vingt(s): four twenties
        elif v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total, current = total + max(current, 1) * 1000, 0
        else:
            current += v
    return total + current


# every ASCII character that is not a letter, as a space: an ASCII text's runs of letters are then its
# whitespace-separated words, which str.split finds faster than the pattern (most sentences are ASCII)
_NON_LETTERS_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})


def tokens(text: str) -> frozenset[str]:
    """The lower-cased runs of letters of a text, computed once per sentence and shared by every finder:
    a cheap test of whether a word pattern can match at all."""
    if text.isascii():
        return frozenset(text.lower().translate(_NON_LETTERS_TO_SPACE).split())
    return frozenset(_TOKEN.findall(text.lower()))


def find_numbers(text: str, language: str | None = "en", words: frozenset[str] | None = None) -> list[Number]:
    """Every integer mention in text, with its exact span. Decimals are skipped (they are prices and
    measurements in this domain); ranges and "N for N" are joined afterwards by `join_pairs`.
    `words` (from `tokens`) lets callers that already tokenized skip patterns that cannot match."""
    if words is None:
        words = tokens(text)
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    if "+" in text or " 0" in text or "(0" in text:
        # a telephone number ("+380 44 287 5696", "0 800 300 545") is no count: its groups are left alone
        taken.extend(m.span() for m in _PHONE.finditer(text) if len(_NON_DIGIT.sub("", m.group(0))) >= 9)
    for m in (_DIGITS.finditer(text) if _DIGIT.search(text) else ()):
        if taken and any(m.start() < te and ts < m.end() for ts, te in taken):
            continue
        if m.group("dec") and (m.group("mult") or m.group("k")) and not m.group("pct") and _DIGIT_RUN.fullmatch(m.group("num")):
            # "1.2 thousand", "2,5 тис.", "2.5K": a decimal times its scale word is a whole number
            scale = 1_000_000 if (m.group("mult") or "").strip().lower().startswith("million") else 1000
            value = round(float(m.group("num") + "." + m.group("dec")[1:]) * scale)
            found.append(Number(m.start(), m.end(), value))
            taken.append((m.start(), m.end()))
            continue
        if m.group("dec") and not m.group("pct"):
            continue
        value = _digits_value(m, language)
        if value is None:
            continue
        if m.group("dec"):
            continue  # "4.99%"
        if _MODEL_NAME.search(text[max(0, m.start() - 6) : m.start()]):
            continue  # aircraft and weapon names: Il-76, Su-25, F-16
        end = m.end()
        ordinal = bool(m.group("ord"))
        if ordinal and m.group("ord") in ("e", "er") and language == "en":
            continue  # "3e" in English is not an ordinal
        if (language == "de" and not ordinal and text[end : end + 2] == ". " and text[end + 2 : end + 3].isupper()
                and _GERMAN_ARTICLE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            end, ordinal = end + 1, True  # "der 62. Gefangenenaustausch": the dot makes it an ordinal
        elif (language == "pl" and not ordinal and text[end : end + 2] == ". "
              and _POLISH_ORDINAL_NOUN.match(text, end + 2)):
            end, ordinal = end + 1, True  # "To 49. wymiana": the dot makes it an ordinal in Polish too
        found.append(Number(m.start(), end, value, ordinal=ordinal, percent=bool(m.group("pct"))))
        taken.append((m.start(), end))
    if language == "fr" and not words.isdisjoint(_FRENCH_VOCAB):
        for m in _FRENCH_RE.finditer(text):
            value = _french_value(m.group(0))
            s, e = m.span()
            if value and value > 1 and not any(s < te and ts < e for ts, te in taken) and not text[max(0, s - 5) : s].lower().endswith("pour "):
                found.append(Number(s, e, value, words=True))
                taken.append((s, e))
    if language in ("uk", "ru"):  # (first: "шістдесят п'ятий" is an ordinal, not sixty)
        for m in _CYRILLIC_ORDINAL_RE.finditer(text):
            s, e = m.span()
            if not any(s < te and ts < e for ts, te in taken):
                value = (2 if m.group("uk2") else _CYRILLIC_ORDINAL_STEMS[m.group("stem").lower()]) + _CYRILLIC_TENS.get((m.group("tens") or "").lower(), 0)
                found.append(Number(s, e, value, ordinal=True, words=True))
                taken.append((s, e))
    if not text.isascii() and not words.isdisjoint(_CYRILLIC_VOCAB):
        for m in _CYRILLIC_CARDINAL_RE.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue  # (a compound opens with a number below a thousand: "несколько тысяч" is none)
            value = cyrillic_cardinal_value(m.group(0))
            if value > 1:
                found.append(Number(s, e, value, words=True))
                taken.append((s, e))
    table = _CARDINALS_BY_LANGUAGE.get(language or "")
    if table is not None and not words.isdisjoint(table):
        for m in _CARDINAL_RE_BY_LANGUAGE[language].finditer(text):
            s, e = m.span()
            if not any(s < te and ts < e for ts, te in taken):
                value = table[m.group(0).lower()]
                scale = _THOUSANDS_WORD_AFTER.match(text, e) if value < 1000 else None
                if scale is not None:
                    e, value = scale.end(), value * 1000  # "dwa tysiące", "cinco mil", "due mila": thousands
                found.append(Number(s, e, value, words=True))
                taken.append((s, e))
    if not words.isdisjoint(_ROUND_APPROXIMATES):
        for m in _ROUND_APPROXIMATE_RE.finditer(text):
            s, e = m.span()
            if not any(s < te and ts < e for ts, te in taken):
                found.append(Number(s, e, _ROUND_APPROXIMATES[m.group(1).lower()], words=True, approximate=True))
                taken.append((s, e))
    for regex, kind, vocab in ((_ORDINAL_WORD_RE, "ord", _ORDINAL_VOCAB), (_WORD_RE, "card", _CARDINAL_VOCAB), (_OTHER_RE, "other", _OTHER_VOCAB)):
        if words.isdisjoint(vocab):
            continue
        for m in regex.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            word = m.group(0)
            if kind == "card":
                if word.lower() in ("one", "a", "an") and not (
                        word.lower() == "one" and _ONE_PERSON_AFTER.match(text, e) and _LIST_JOIN_BEFORE.search(text, max(0, s - 16), s)):
                    continue  # "one of them", "one elderly woman": too ambiguous to be a figure
                    # (but not "94 servicemen, as well as one Russian civilian": one more of a list of groups)
                if word.lower() in ("dozen", "hundred", "thousand") and _VAGUE_BEFORE.search(text, max(0, s - 12), s):
                    continue  # "a few dozen", "several hundred": no number
                value = words_to_int(word)
                ordinal = False
                if word.lower().startswith(("a dozen", "a hundred", "a thousand", "a-dozen")) and _HALF_BEFORE.search(text, max(0, s - 6), s):
                    s, value = s - len(_HALF_BEFORE.search(text, max(0, s - 6), s).group(0)), value // 2  # "half a dozen": 6
            elif kind == "ord":
                base = word.lower()
                parts = base.split("-")
                stem = parts[-1]
                value = _ORDINALS.get(stem) or _ORDINALS.get(stem[:-1])
                if value is None:
                    continue
                if len(parts) == 2:
                    value += _TENS.get(parts[0], 0)
                tens = _ROMANCE_TENS_ORDINAL_BEFORE.search(text, max(0, s - 16), s)
                if tens is not None:
                    # "el sexagésimo noveno intercambio", "a sexagésima nona troca": the tens' ordinal before the unit's
                    s, value = tens.start(), value + _ROMANCE_TENS_ORDINALS[tens.group(1).lower()]
                ordinal = True
            else:
                if word.lower() in _OTHER_THOUSANDS and _VAGUE_BEFORE_OTHER.search(text, max(0, s - 16), s):
                    continue  # "mehrere tausend Ukrainer", "несколько тысяч": no number
                value = 0
                for t in word.lower().split():  # "deux mille" is 2,000, "двадцять п'ять" 25
                    value = max(value, 1) * 1000 if t in _OTHER_THOUSANDS else value + _OTHER_CARDINALS.get(t, 0)
                ordinal = False
                dozens = _DOZEN_AFTER.match(text, e)
                if dozens is not None and value < 100:
                    e, value = dozens.end(), value * 12  # "zwei Dutzend Zivilisten", "deux douzaines": so many dozens
                elif _HUNDREDS_WORD_AFTER.match(text, e):
                    continue  # "mil quinientos", "mille cinquecento": a compound the table cannot read; no wrong number
            if not value:
                continue
            if ("third" in words or "thirds" in words or "quarters" in words or "fifths" in words or "fifth" in words or "quarter" in words) and (
                    (not ordinal and _FRACTION_AFTER.match(text, e)) or (ordinal and _FRACTION_BEFORE.search(text, max(0, s - 12), s))):
                continue  # "two thirds of the returnees", "two-thirds": a share, not a count or an ordinal
            found.append(Number(s, e, value, ordinal=ordinal, words=True))
            taken.append((s, e))
    found.sort(key=lambda n: n.start)
    if ":" in text:
        # "in a 95:95 format": the digit pattern leaves out a number after a colon (times, "10:30")
        found = _formulas_with_a_sign(text, found, _N_COLON_N, _FORMULA_NEAR, 25)
    if ("x" in text or "х" in text) and any(d + "x" in text or d + "х" in text for d in "0123456789"):
        # "the 1000x1000 exchange", "1,000x1,000": a formula written without spaces
        # (tested for a digit before the sign first: every sentence about an "exchange" has an "x")
        found = _formulas_with_a_sign(text, found, _N_X_N, _FORMULA_NEAR, 25)
    if "#" in text:
        # "Exchange #66": the series' number after a sign the digit pattern leaves out (hashtags, "#1" in lists)
        for m in _EXCHANGE_HASH_NUMBER.finditer(text):
            if not any(n.start <= m.start(1) < n.end for n in found):
                found.append(Number(m.start(1), m.end(1), int(m.group(1))))
        found.sort(key=lambda n: n.start)
    if "/" in text:
        # "exchanged prisoners 103/103": with a slash, named near a swap (not a date, "24/02")
        found = _formulas_with_a_sign(text, found, _N_SLASH_N, _SWAP_WORD_NEAR, 40)
    if "odd" in text:
        # "the 1,200-odd Ukrainians freed last year": a round number given as approximate
        found = [replace(n, approximate=True) if not n.words and ODD_AFTER.match(text, n.end) else n for n in found]
    if "(" in text:
        # "303 (three hundred and three)": the digits restated in words, as official statements write them; one number
        found = [n for i, n in enumerate(found) if not (
            n.words and i and not found[i - 1].words and found[i - 1].value == n.value
            and _PAREN_RESTATEMENT.fullmatch(text, found[i - 1].end, n.start) is not None and text[n.end : n.end + 1] == ")")]
    return join_pairs(text, found)


def _formulas_with_a_sign(text: str, found: list[Number], pattern: re.Pattern, near: re.Pattern, window: int) -> list[Number]:
    """The same number each way written with a sign the digit pattern leaves out ("95:95", "1000x1000", "103/103"),
    named as a formula or a swap within `window` characters: one per-side count in place of the numbers inside it."""
    for m in pattern.finditer(text):
        if m.group(1) == m.group(2) and (near.search(text, m.end(), m.end() + window) or near.search(text, max(0, m.start() - window), m.start())):
            found = [n for n in found if not m.start() <= n.start < m.end()]
            found.append(Number(m.start(), m.end(), int(m.group(1).replace(",", "")), n_for_n=True))
    found.sort(key=lambda n: n.start)
    return found


ODD_AFTER = re.compile(r"(?:-|\s)odd\b(?=\s+[^\W\d])", re.I)


# "1200 for 1200", "1000 на 1000", Italian "1.000 per 1.000", Spanish "1.000 por 1.000", Polish "1000 za 1000"
_FOR = re.compile(
    r"^(?:\s*-\s*|\s+(?:[A-Za-z]+\s+(?:of\s+war\s+)?)?|\s+(?:were|have\s+been|had\s+been)\s+(?:swapped|exchanged|traded)\s+)(?:for|gegen|pour|contre|на|за|per|por|za|na)(?:\s*-\s*(?:a\s*-\s*)?|\s+(?:a\s+)?)$", re.I
)
_SWAP_NOUN_AFTER = re.compile(r"\s*(?:prisoner\s+|pow\s+)?(?:swap|exchange|trade|deal)\b", re.I)
_NOUN_WERE_SWAPPED_FOR = re.compile(r"^\s+[A-Za-z]+\s+(?:of\s+war\s+)?(?:were|have\s+been|had\s+been)\s+(?:swapped|exchanged|traded)\s+for\s+$", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;)]|$)")
_N_COLON_N = re.compile(r"(?<![\d:.,])(\d{2,5})\s*:\s*(\d{2,5})(?![\d:])")
_N_X_N = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{2,5})[xх](\d{1,3}(?:,\d{3})+|\d{2,5})(?![\w.,]\w)")
_EXCHANGE_HASH_NUMBER = re.compile(r"\b(?:exchange|swap|обмін|обмен)\s*#\s*(\d{1,3})(?![\w.,]\d|\w)", re.I)
_N_SLASH_N = re.compile(r"(?<![\w./,])(\d{2,5})\s*/\s*(\d{2,5})(?![\w/]|[.,]\d)")
_SWAP_WORD_NEAR = re.compile(r"\b(?:format|formula|exchang\w*|swap\w*|trade[ds]?|обмін\w*|обмен\w*|обміня\w*|обменя\w*)\b", re.I)
_TIMES_SIGN = re.compile(r"\s*×\s*|\s+[xх]\s+")  # ("95:95" is read by _N_COLON_N: no number is found right after a colon)
_FORMULA_NEAR = re.compile(r"\b(?:format|formula|basis|scheme|exchange|swap|формат\w*|формул\w*|обмін\w*|обмен\w*)\b", re.I)
_YEARS_OLD_AFTER = re.compile(r"\s*(?:years?[\s-]+old\b|years\s+of\s+age\b)", re.I)
_RANGE = re.compile(r"^\s*(?:-|–|—|to|bis|à|до|-to-)\s*$", re.I)  # ("the 18-to-25-year-old category")
_BETWEEN = re.compile(r"(?:between|from|zwischen|entre|від)\s+$", re.I)
_AND_GAP = re.compile(r"\s+(?:and|y|e|et|und)\s+", re.I)
_AGE_BEFORE = re.compile(r"(?:aged?|ages|age\s+of|alter\s+von|age\s+range:?|ages:|ages\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*:|in\s+age)(?:\s+(?:ranging|ranged|range|running|ran))?\s+(?:between\s+|from\s+)?$", re.I)  # ("Age range: 23 to 61")
_CYRILLIC_AGE_BEFORE = re.compile(r"(?<!\w)(?:возраст\w*|вік\w*|віці)\b[^.;\d]{0,25}$", re.I)
_CYRILLIC_YEARS_AFTER = re.compile(r"\s*(?:лет|года|год|років|роки|рік)(?!\w)", re.I)
_BETWEEN_THE_AGES = re.compile(r"between\s+the\s+ages\s+of\s+$", re.I)


# ("estimated at 8,000 to 10,000", "an estimated 4,000 to 5,000", "some 100 to 150": a range, not a count and a total)
_ESTIMATED_AT = re.compile(r"\b(?:(?:estimated|put|numbered|stands?|stood|is|are)\s+at\s+(?:about\s+|some\s+|roughly\s+|between\s+)?"
                           r"|an\s+estimated\s+|(?:about|some|roughly|around|approximately)\s+)$", re.I)


_SCALE_WORD_AT_END = re.compile(r"(?:thousand|[Mm]illion\w*|тисяч\w*|тис\.|тыс\.|тысяч\w*|Tausend|mille|tys\.|tysi[ęą]c\w*|mila|mil|duizend|bin(?:den|e|i|in)?|[kK])$")


def _shared_scale(text: str, a: Number, b: Number) -> int:
    """'8-10 thousand', '5–7 тисяч': the scale word after the second number is the first's too (1 when
    the first already is the larger kind of number: '1,500-2 thousand' is no such range)."""
    m = _SCALE_WORD_AT_END.search(text, b.start, b.end)
    if m is None or a.words or not text[a.start : a.end].isdigit():
        return 1
    scale = 1_000_000 if m.group(0).lower().startswith("million") else 1000
    return scale if a.value * scale <= b.value else 1


def join_pairs(text: str, numbers: list[Number]) -> list[Number]:
    """'1200 for 1200' → one per-side figure; '18–25', 'aged 18 to 25', '15-20%' → one range."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        if i + 1 < len(numbers):
            b = numbers[i + 1]
            gap = text[a.end : b.start]
            if not a.ordinal and not b.ordinal and a.value == b.value and (_FOR.match(gap) or (
                    # "100 prisoners were swapped for 100.": no noun after the second count, so as many each way
                    _NOUN_WERE_SWAPPED_FOR.match(gap) and _NO_NOUN_AFTER.match(text, b.end)) or (
                    # "a 35-to-35 prisoner swap": equal numbers joined by "-to-" before the word of a swap are no range
                    gap == "-to-" and _SWAP_NOUN_AFTER.match(text, b.end)) or (
                    # "a 103-103 prisoner swap": equal numbers joined by a dash before the word of a swap
                    gap in ("-", "–") and a.value >= 10 and _SWAP_NOUN_AFTER.match(text, b.end)) or (
                    # "in a 95:95 format", "under a \"1000 x 1000\" formula": the same number each way, named as a formula
                    _TIMES_SIGN.fullmatch(gap) and a.value >= 10
                    and (_FORMULA_NEAR.search(text, b.end, b.end + 25) or _FORMULA_NEAR.search(text, max(0, a.start - 25), a.start)))):
                out.append(Number(a.start, b.end, a.value, n_for_n=True, words=a.words))
                i += 2
                continue
            aged = _AGE_BEFORE.search(text[max(0, a.start - 40) : a.start]) or (
                # "Возраст освобожденных – от 19 до 56 лет", "віком від 20 до 60 років"
                not text.isascii() and _CYRILLIC_YEARS_AFTER.match(text, b.end)
                and (_CYRILLIC_AGE_BEFORE.search(text[max(0, a.start - 40) : a.start]) or 14 <= a.value < b.value <= 100)) or (
                # "ranging from 19 to 63 years old": the ages said after the range
                b.value <= 110 and _YEARS_OLD_AFTER.match(text, b.end))
            if (
                not a.ordinal and not b.ordinal and b.value > a.value and len(gap) <= 5 and _RANGE.match(gap)
                and (a.percent or b.percent or "-" in gap or "–" in gap or "—" in gap or aged
                     or _ESTIMATED_AT.search(text, max(0, a.start - 40), a.start)  # "estimated at 8,000 to 10,000"
                     or re.match(r"\s*(?:years?|%|per\s?cent)", text[b.end : b.end + 12], re.I))
                # "from 22 to 60" is a range only of ages or shares ("from 100 to 150 prisoners" is two numbers)
                and not (_BETWEEN.search(text[max(0, a.start - 10) : a.start]) and not (a.percent or b.percent or aged))
            ):
                out.append(Number(a.start, b.end, a.value * _shared_scale(text, a, b), b.value, percent=a.percent or b.percent))
                i += 2
                continue
            # ("entre 18 y 25 años", "zwischen 18 und 25 Jahren", "entre 18 et 25 ans")
            if not a.ordinal and b.value > a.value and _AND_GAP.fullmatch(gap) and (
                    _BETWEEN.search(text[max(0, a.start - 10) : a.start]) or _BETWEEN_THE_AGES.search(text[max(0, a.start - 25) : a.start])):
                out.append(Number(a.start, b.end, a.value * _shared_scale(text, a, b), b.value, percent=a.percent or b.percent))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
