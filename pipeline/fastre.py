"""Regular expressions that skip straight to the places where a match can start.

CPython's `re` tries a case-insensitive alternation ("bod(?:y|ies)|remains|corpses|...") at every
position of the text: it cannot jump ahead the way it does for a case-sensitive literal. Those scans
were most of the extractor's time. Almost every pattern here can only match where one of a few literal
words begins ("bod", "remains", ...), so `prefiltered` finds those places with one fast case-sensitive
scan of the lower-cased text and tries the real pattern only there. The matches are the plain
pattern's own (`tests/test_fastre.py` compares them on generated text); where lower-casing could
disagree with `re`'s case folding (rare letters such as "ſ" or "İ"), the plain pattern runs instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the parser and case-folding tables `re` itself uses (CPython 3.11+)
    from re import _casefix, _constants as _c, _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: fall back to the plain patterns
    _casefix = None

_MAX_LITERALS = 400
_MAX_EXTENSIONS = 32  # a prefix is carried into a group of at most this many alternatives
_MAX_FIND_LITERALS = 16  # up to this many prefixes, long texts are searched with str.find per prefix
_LONG_TEXT = 400  # characters


def _lead(items: list) -> set[str] | None:
    """Literal strings one of which every match of the sequence `items` starts with; None if some
    match can start with something else (a character class, \\w, an optional part with no literal...)."""
    prefix = ""
    for i, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) and not prefix:
            continue  # zero-width at the start: the match still begins with what follows
        if op is _c.LITERAL:
            prefix += chr(av)
            continue
        if prefix:
            if op in (_c.BRANCH, _c.SUBPATTERN, _c.IN):
                # re's parser factors a shared first letter out of a group ("took|taken" is "t(?:ook|aken)"): the
                # prefix goes on into the group, or the finder would stop at every "t" of a text
                rest = _lead(items[i:])
                if rest is not None and len(rest) <= _MAX_EXTENSIONS:
                    return {prefix + r for r in rest}
            break
        if op is _c.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                lead = _lead(list(alternative))
                if lead is None:
                    return None
                out |= lead
            return out
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else _lead(list(sub))
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, sub = av
            lead = _lead(list(sub))
            if lead is None:
                return None
            if low == 0:  # optional: a match may also start with what comes after it
                rest = _lead(items[i + 1 :])
                return None if rest is None else lead | rest
            return lead
        if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av) and len(av) <= 8:
            return {chr(v) for _, v in av}
        return None
    return {prefix} if prefix else None


def _opens_with_boundary(items: list) -> bool:
    """Whether every match of the sequence `items` starts at a word boundary (\\b)."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return not (add_flags or del_flags) and _opens_with_boundary(list(sub))
    if op is _c.BRANCH:
        return all(_opens_with_boundary(list(alternative)) for alternative in av[1])
    return False


def opens_with_boundary(pattern: re.Pattern) -> bool:
    """Whether every match of a compiled pattern starts at \\b. A lower-cased text has its word
    boundaries in the same places (no character changes whether it is \\w by lower-casing), so the
    finder may ask for them too and skip the places inside words ("ex" in "next")."""
    if _casefix is None or pattern.flags & re.ASCII:
        return False
    try:
        return _opens_with_boundary(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001
        return False


def literal_prefixes(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The literal prefixes of a compiled pattern (lower-cased if it ignores case), or None."""
    if _casefix is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.LOCALE):
        return None
    try:
        lead = _lead(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - an unusual pattern simply runs unfiltered
        return None
    if not lead or len(lead) > _MAX_LITERALS or any(_SPECIAL_RE.search(s) for s in lead):
        return None
    if pattern.flags & re.IGNORECASE:
        if any(len(s.lower()) != len(s) for s in lead):
            return None
        lead = {s.lower() for s in lead}
    return tuple(sorted(lead))


# Characters that `re` folds together with a letter where str.lower() does not ("ſ" and "s", "ı" and "i",
# "µ" and "μ", "ς" and "σ"), and those whose lower case is longer or depends on context ("İ", "Σ"): a text
# holding one is searched with the plain pattern, and a prefix holding one is not used.
_SPECIAL_FOLDS = frozenset(
    ch
    for key, extra in (_casefix._EXTRA_CASES.items() if _casefix else ())
    for code in (key, *extra)
    for ch in {chr(code), chr(code).upper(), chr(code).lower()}
    if len(ch) == 1 and ch.lower() != ch.upper().lower()
) | {"\u0130", "\u03a3"}
_SPECIAL_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_SPECIAL_FOLDS)) + "]")


_last_lowered: tuple[str, str | None] = ("", "")


def _lower_case_twin(text: str) -> str | None:
    """text.lower(), or None where it could disagree with `re`'s case folding. A sentence is asked by
    one pattern after another, so the last answer is kept (the tuple is replaced whole: thread-safe)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    if not text.isascii() and _SPECIAL_RE.search(text):
        low = None
    else:
        low = text.lower()
        if len(low) != len(text):
            low = None
    _last_lowered = (text, low)
    return low


class Prefiltered:
    """A compiled pattern with the same results as the plain one, found faster. Exposes the plain
    pattern's `pattern`, `flags` and `groups`, so other patterns can still be built from its source."""

    __slots__ = ("plain", "pattern", "flags", "groups", "_finder", "_literals", "_ignorecase", "_resume_after", "_heads1", "_heads2")

    def __init__(self, plain: re.Pattern, finder: re.Pattern, lower_case: bool, resume_after: bool = False,
                 literals: tuple[str, ...] | None = None):
        """`finder` finds, in the text (lower-cased if `lower_case`), every place where a match can start;
        with `resume_after`, only at the start of what it finds (so a failed place is skipped whole).
        `literals`, when the finder is their alternation, lets long texts be searched with str.find."""
        self.plain = plain
        self.pattern = plain.pattern
        self.flags = plain.flags
        self.groups = plain.groups
        self._ignorecase = lower_case
        self._finder = finder
        self._resume_after = resume_after
        self._literals = literals if literals and len(literals) <= _MAX_FIND_LITERALS else None
        # the first one or two characters every match starts with, so `match` at a place that starts with none
        # of them fails without trying the pattern
        self._heads1 = frozenset(p for p in literals if len(p) == 1) if literals else None
        self._heads2 = frozenset(p[:2] for p in literals if len(p) >= 2) if literals else None

    def _haystack(self, text: str) -> str | None:
        """The text the finder scans: the text itself, or its lower-case twin (None when the two could
        disagree with `re`'s case folding, and the plain pattern must run)."""
        if not self._ignorecase:
            return text
        return _lower_case_twin(text)

    def _matches(self, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        hay = self._haystack(text)
        if hay is None:
            yield from self.plain.finditer(text, pos, endpos)
            return
        if self._literals is not None and endpos - pos > _LONG_TEXT:
            yield from self._matches_by_find(text, hay, pos, endpos)
            return
        find, match = self._finder.search, self.plain.match
        while True:
            c = find(hay, pos, endpos)
            if c is None:
                return
            m = match(text, c.start(), endpos)
            if m is None:
                pos = c.end() if self._resume_after else c.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def _matches_by_find(self, text: str, hay: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """The same scan for long texts (whole bodies): str.find per literal outruns one regex over
        many common first letters."""
        literals = self._literals
        nxt = [hay.find(lit, pos, endpos) for lit in literals]
        match = self.plain.match
        while True:
            c = min((i for i in nxt if i >= 0), default=-1)
            if c < 0:
                return
            m = match(text, c, endpos)
            if m is None:
                pos = c + 1
            else:
                yield m
                pos = m.end() if m.end() > m.start() else m.end() + 1
            for j, i in enumerate(nxt):
                if 0 <= i < pos:
                    nxt[j] = hay.find(literals[j], pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match | None:
        # the loop of _matches written out: search is the hottest call, and a generator costs more than it
        if len(text) > _LONG_TEXT:
            return next(self._matches(text, pos, min(endpos, len(text))), None)
        hay = self._haystack(text)
        if hay is None:
            return self.plain.search(text, pos, endpos)
        find, match = self._finder.search, self.plain.match
        while True:
            c = find(hay, pos, endpos)
            if c is None:
                return None
            m = match(text, c.start(), endpos)
            if m is not None:
                return m
            pos = c.end() if self._resume_after else c.start() + 1

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match]:
        return self._matches(text, pos, min(endpos, len(text)))

    def findall(self, text: str, pos: int = 0, endpos: int = 2**62) -> list:
        if self.groups == 0:
            return [m.group(0) for m in self._matches(text, pos, min(endpos, len(text)))]
        if self.groups == 1:
            return [m.group(1) or "" for m in self._matches(text, pos, min(endpos, len(text)))]
        return [m.groups("") for m in self._matches(text, pos, min(endpos, len(text)))]

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match | None:
        if self._heads2 is not None:
            head = text[pos : min(pos + 2, endpos)]
            if head.isascii():  # (other letters may fold in ways lower() does not: the pattern decides)
                if self._ignorecase:
                    head = head.lower()
                if head not in self._heads2 and head[:1] not in self._heads1:
                    return None
        return self.plain.match(text, pos, endpos)

    def fullmatch(self, text: str, *args) -> re.Match | None:
        return self.plain.fullmatch(text, *args)

    def sub(self, *args, **kwargs):
        return self.plain.sub(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self.plain.split(*args, **kwargs)

    def __repr__(self) -> str:
        return f"prefiltered({self.plain!r})"


def prefiltered(pattern: re.Pattern | str, flags: int = 0) -> "Prefiltered | re.Pattern":
    """`pattern`, prefiltered when every match must start with one of its literal prefixes."""
    plain = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
    prefixes = literal_prefixes(plain)
    if not prefixes:
        return plain
    finder = "|".join(map(re.escape, prefixes))  # only where a prefix starts matters, not which
    finder = re.compile(rf"\b(?:{finder})" if opens_with_boundary(plain) else finder)
    return Prefiltered(plain, finder, bool(plain.flags & re.IGNORECASE), literals=prefixes)


_DIGIT_RUN = re.compile(r"\d+")


def at_digit_runs(pattern: re.Pattern | str, flags: int = 0) -> Prefiltered:
    """`pattern`, tried only where a run of digits starts. For patterns that begin with a digit not
    preceded by a digit ("(?<!\\d)[0-3]?\\d..."): no match can start anywhere else."""
    plain = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
    return Prefiltered(plain, _DIGIT_RUN, False, resume_after=True)
