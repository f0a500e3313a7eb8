"""Articles saved as Markdown (web clippers such as Obsidian's or MarkDownload, notes apps): the markup
taken off so that the text reads like any other article.

A clipper writes a YAML front matter block (title, source URL, published date), links as
`[text](url)`, images as `![alt](url)`, emphasis as `**205**` or `_27 officers_`, headings as
`## Read more`. Left in, the URLs' digits look like figures, emphasis hides a number from the words
around it ("_27" is one word), and a "## Read more" heading is not seen as the start of other stories.
Pipe tables are left as they are: the text cleaner renders them row by row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")  # [text](url "title")
_REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:\s+\S+.*$", re.M)
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]\n]+)\]\]")  # [[page]] or [[page|text]]
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~).*$", re.M)
# emphasis opens before a word and closes after one: "**205**", "_27 officers_", never snake_case or "2 * 3"
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_STRIKE_OR_CODE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~|`([^`\n]+)`")
_HARD_BREAK = re.compile(r"\\$|[ \t]{2,}$", re.M)


@dataclass
class Markdown:
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def looks_like_front_matter(text: str) -> bool:
    """A text that opens with a YAML block naming a title or a source (what clippers write)."""
    m = _FRONT_MATTER.match(text)
    return bool(m) and any(_KEY_VALUE.match(ln) and _KEY_VALUE.match(ln).group(1).lower() in ("title", "source", "url")
                           for ln in m.group(1).splitlines())


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's top-level `key: value` pairs (quotes removed; lists and nested keys skipped) and the rest."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        kv = _KEY_VALUE.match(line)
        if kv and kv.group(2) and not line[:1].isspace():
            value = kv.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta.setdefault(kv.group(1).lower(), value.strip())
    return meta, text[m.end() :]


def _unemphasize(line: str) -> str:
    if "*" not in line and "_" not in line and "~" not in line and "`" not in line:
        return line
    line = _STRIKE_OR_CODE.sub(lambda m: m.group(1) or m.group(2), line)
    for _ in range(2):  # "***205***", "**_27_**"
        line = _STRONG.sub(r"\2", line)
        line = _EMPHASIS.sub(r"\2", line)
    return line


def markdown_to_text(text: str) -> Markdown:
    """The text of a Markdown article without its markup, and its front matter."""
    meta, text = front_matter(text)
    text = _FENCE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _LINK_DEFINITION.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _HARD_BREAK.sub("", text)
    return Markdown("\n".join(_unemphasize(line) for line in text.split("\n")), meta)
