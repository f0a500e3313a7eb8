"""Hard-wrapped plain text (wire copy, e-mailed newsletters, `lynx -dump` saves) joined back into paragraphs.

Such text breaks every 70-odd characters, so a sentence ("Ukraine and Russia each handed over 205 /
prisoners of war on Thursday") arrives in pieces; read line by line, the number loses the words that
give it its meaning. A line break is taken for a wrap only where the text as a whole is wrapped (its
lines stay under one width, many reach it, and lines go on in lower case) and where the next word
would not have fitted on the line, the test every word-wrapper applies. Anything else stays a line of
its own: headings, list items, short lines and lines that end a sentence before a capital.
"""
from __future__ import annotations

_MAX_WIDTH = 100  # wider lines are paragraphs of soft-wrapped text, not a wrap width
_MIN_WIDTH = 40
_NEAR = 20  # a line this close to the width was filled up to it
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "»", "’", "'", ")")
_ITEM_OPENERS = ("-", "*", "•", "·", "–", "—", "|", "#", ">", "🔹", "▪", "►")


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it does not look hard-wrapped."""
    filled = [ln for ln in lines if ln]
    if len(filled) < 4:
        return None
    wide = sum(len(ln) > _MAX_WIDTH for ln in filled)
    if wide > 2 or wide * 10 > len(filled):
        return None
    width = max((len(ln) for ln in filled if len(ln) <= _MAX_WIDTH), default=0)
    if width < _MIN_WIDTH:
        return None
    # the evidence of wrapping: a line filled up to the width, then the same sentence going on in lower case
    carried_on = sum(
        1 for a, b in zip(lines, lines[1:])
        if a and b and len(a) >= width - _NEAR and b[0].islower()
    )
    return width if carried_on >= 2 else None


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def unwrap(lines: list[str]) -> list[str]:
    """`lines` (stripped) with the wrapped ones joined; unchanged when the text is not hard-wrapped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    previous = ""  # the line before, as it was (empty after a blank line: a paragraph break is kept)
    for line in lines:
        if previous and line and _is_wrap(previous, line, width):
            # "full-" / "scale": a compound split at its hyphen is one word again
            glue = "" if previous.endswith("-") and previous[-2:-1].isalpha() and line[0].isalpha() else " "
            out[-1] += glue + line
        else:
            out.append(line)
        previous = line
    return out


def _is_wrap(line: str, following: str, width: int) -> bool:
    """Whether the break between two lines was made by the wrapper, not by the writer."""
    if line.startswith("|") or line.endswith("|") or following.startswith(_ITEM_OPENERS):
        return False  # table rows and list items keep their lines
    if following[0].isdigit() and following.split(" ", 1)[0].rstrip(".)").isdigit() and following.split(" ", 1)[0][-1:] in ".)":
        return False  # "2. Ukraine ...", "3) ...": a numbered item
    if len(line) + 1 + len(_first_word(following)) <= width:
        return False  # a word-wrapper breaks only where the next word would not have fitted
    # a line that ends a sentence, before one that opens another, may be a line of its own (a list without
    # markers); joining it would gain nothing, as the sentence is whole either way
    return not (line.endswith(_SENTENCE_END) and not following[0].islower())
