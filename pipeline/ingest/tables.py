"""Tables of figures (an HTML <table>, a Markdown pipe table) as sentences the extractor can read.

A table cell alone has no sentence to say what its number counts; its column header does. Each data row
becomes one line that puts the header words next to each number, the way a reporter would write it:

    | Date           | Returned to Ukraine | Returned to Russia | Mediator |
    | 3 January 2024 | 230                 | 248                | UAE      |

    3 January 2024: 230 returned to Ukraine, 248 returned to Russia, mediator: UAE.

The rendered line is the article's text from then on (`body`), so figure offsets point into it.
"""
from __future__ import annotations

import re

MAX_ROWS = 10_000  # a guard against pathological pages; a long list of exchanges is still data
MAX_CELL_CHARS = 120  # a cell longer than this holds prose: the table is page layout, not data

_NUMBER_CELL = re.compile(r"^(?:about|some|over|more\s+than|at\s+least|~|≈|c\.)?\s*\d[\d,.\u00a0\u202f ]*\+?$", re.I)
_DATE_HEADER = re.compile(r"^(?:date|day|when|дата|datum)\b", re.I)
_MONTH_OR_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_PIPE_ROW = re.compile(r"^\s*\|?(?:[^|\n]*\|){2,}[^|\n]*\|?\s*$")
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")


def _clean(cell: str) -> str:
    return " ".join(cell.split())


_PROPER_OPENING = re.compile(r"^(?:Ukrain|Russ|Kyiv|Kiev|Mosc|[A-Z]{2,}\b)")


def _in_sentence(header: str) -> str:
    """A header as words inside a sentence: "Returned to Ukraine" -> "returned to Ukraine" (names keep their capital)."""
    return header if _PROPER_OPENING.match(header) else header[:1].lower() + header[1:]


def is_data_table(rows: list[list[str]]) -> bool:
    """Rows of short cells, at least one of them a number: a table of figures, not page layout."""
    cells = [c for row in rows for c in row]
    return (2 <= len(rows) <= MAX_ROWS + 1 and all(len(c) <= MAX_CELL_CHARS for c in cells)
            and any(_NUMBER_CELL.match(c) for row in rows[1:] for c in row))


def render_rows(rows: list[list[str]], has_header: bool | None = None) -> list[str]:
    """One sentence per data row. The first row is the header when it says so (`has_header`) or, if
    unknown, when it holds no number while the rows below do."""
    rows = [[_clean(c) for c in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    if has_header is None:
        has_header = not any(_NUMBER_CELL.match(c) for c in rows[0]) and len(rows) > 1
    header = rows[0] if has_header else []
    out = []
    for row in rows[1:] if has_header else rows:
        lead, parts = "", []
        for i, cell in enumerate(row):
            if not cell:
                continue
            name = header[i] if i < len(header) else ""
            if not lead and (_DATE_HEADER.match(name) or (i == 0 and _MONTH_OR_YEAR.search(cell) and not _NUMBER_CELL.match(cell))):
                lead = cell  # the row's date (or its first, naming, cell) opens the sentence
            elif _NUMBER_CELL.match(cell) and name:
                parts.append(f"{cell} {_in_sentence(name)}")  # "230 returned to Ukraine"
            elif name:
                parts.append(f"{_in_sentence(name)}: {cell}")
            else:
                parts.append(cell)
        if not parts and not lead:
            continue
        text = ", ".join(parts)
        out.append(f"{lead}: {text}." if lead and text else f"{lead or text}.")
    return out


def pipe_table_lines(lines: list[str]) -> list[tuple[int, int, list[str]]]:
    """Markdown / plain-text pipe tables in a list of lines: (first line, end line, rendered sentences)
    for each run of three or more pipe rows (a header, maybe a |---| rule, data) that hold a number."""
    found = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j]):
            j += 1
        if j - i >= 3:
            block = lines[i:j]
            has_rule = len(block) > 1 and _RULE_ROW.match(block[1]) is not None
            rows = [_split_pipe_row(ln) for k, ln in enumerate(block) if not (has_rule and k == 1)]
            if is_data_table(rows):
                found.append((i, j, render_rows(rows, True if has_rule else None)))
            i = j
        else:
            i = max(j, i + 1)
    return found


def _split_pipe_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]
