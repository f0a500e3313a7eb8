"""Saved web pages: title, canonical URL, dates from meta/JSON-LD/<time>, outlet, and the main text."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborHTMLParser as HTMLParser, LexborNode as Node

from pipeline.ingest.tables import MAX_ROWS, is_data_table, render_rows

# (a photo's caption is no part of the story, and its date is often another day's: "... after a swap, December 30, 2024")
_DROP = (
    "script, style, noscript, template, svg, iframe, form, button, nav, header, footer, aside, figcaption, "
    "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
    # an AMP page's menu, ads and embeds are elements of their own
    "amp-sidebar, amp-ad, amp-sticky-ad, amp-analytics, amp-social-share, amp-consent"
)
# Class or id words of blocks that are never the article: banners, tickers, sharing, lists of other stories.
_CHROME_CLASS = re.compile(
    r"cookie|consent|banner|breadcrumb|share|social|ticker|newsletter|subscribe|promo|advert|\bads?\b|sponsor"
    r"|most-?read|popular|related|recommend|trending|sidebar|comments?|byline|author|meta|tags|paywall|footer|menu|nav",
    re.I,
)
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd"}
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")


@dataclass
class Page:
    text: str
    title: str | None
    url: str | None
    published: date | None
    published_source: str | None
    outlet: str | None
    language: str | None
    byline_text: str | None


def parse_iso_date(value: str | None) -> date | None:
    """The first YYYY-MM-DD in a meta or JSON value (timestamps included)."""
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _meta(tree: HTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None and node.attributes.get("content"):
                return node.attributes["content"].strip()
    return None


def _json_ld(tree: HTMLParser) -> list[dict]:
    out: list[dict] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item[:50])
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"][:50])
    return out


def _name(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list) and value:
        return _name(value[0])
    return value.strip() if isinstance(value, str) and value.strip() else None


def _table_rows(table: Node) -> list[list[str]]:
    rows = []
    for tr in table.css("tr")[: MAX_ROWS + 2]:  # one more than a data table may have: a longer one is read as cells
        rows.append([" ".join(cell.text(separator=" ").split()) for cell in tr.iter() if cell.tag in ("td", "th")])
    return rows


_LOOSE_BLOCKS = ("div", "section")
_BREAKS_A_LINE = frozenset([*_BLOCKS, *_LOOSE_BLOCKS, "br", "hr", "table", "ul", "ol", "dl", "figure", "article", "main"])


def _own_lines(node: Node) -> list[str]:
    """The text a <div> holds itself, outside any block inside it: one paragraph per stretch between its <br>s
    and blocks (the blocks are read on their own)."""
    lines: list[str] = []
    current: list[str] = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            current.append(child.text(deep=False))
        elif child.tag in _BREAKS_A_LINE:
            lines.append(" ".join(" ".join(current).split()))
            current = []
        else:  # an inline element: <a>, <b>, <span>, ...
            current.append(child.text(separator=" "))
    lines.append(" ".join(" ".join(current).split()))
    return [ln for ln in lines if ln]


def _block_text(root: Node, loose: bool = False) -> list[str]:
    """Text of block elements in document order, one paragraph each (nested blocks not repeated). A table
    of figures is one sentence per row, each number next to its column header (`tables.render_rows`).
    `loose`: also a <div> or <section> of text with no block inside it, one paragraph per line it breaks."""
    paragraphs: list[str] = []
    tables: set[int] = set()
    for node in root.traverse(include_text=False):
        if loose and node.tag in _LOOSE_BLOCKS:
            parent = node.parent
            while parent is not None and parent.mem_id != root.mem_id and parent.tag not in _BLOCKS:
                parent = parent.parent
            if parent is None or parent.tag not in _BLOCKS:  # (not inside a block read already)
                paragraphs.extend(_own_lines(node))
            continue
        if node.tag == "table" and len(node.css("table")) == 1:  # (css() counts the node itself): no table inside
            rows = _table_rows(node)
            if is_data_table(rows):
                first = node.css_first("tr")
                header = first is not None and first.css_first("th") is not None and first.css_first("td") is None
                paragraphs.extend(render_rows(rows, header or None))
                tables.add(node.mem_id)
            continue
        if node.tag not in _BLOCKS:
            continue
        parent = node.parent
        nested = False
        while parent is not None and parent is not root:
            if parent.tag in _BLOCKS or parent.mem_id in tables:
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        text = " ".join(node.text(separator=" ").split())
        if text:
            paragraphs.append(text)
    return paragraphs


def _text_length(node: Node) -> int:
    return len(" ".join(node.text(separator=" ").split()))


def _story_roots(tree: HTMLParser) -> list[Node]:
    """Where the story is: the page's <article> (the longest, when others are teaser cards), every post of a live
    blog (many <article>s of like size), or the main part of the page when the <article>s hold only a sliver of it
    (a teaser card before a story in plain <div>s)."""
    main = tree.css_first("main") or tree.css_first("[role=main]") or tree.body
    articles = []
    for node in tree.css("article"):
        parent = node.parent
        while parent is not None and parent.tag != "article":
            parent = parent.parent
        if parent is None:  # (an <article> inside another is part of it)
            articles.append(node)
    if not articles:
        # (a site that marks its story up for search engines: <div itemprop="articleBody">, the story alone)
        marked = tree.css_first('[itemprop="articleBody"]')
        if marked is not None and main is not None and _text_length(marked) >= 0.25 * _text_length(main):
            return [marked]
        return [main] if main is not None else []
    lengths = [_text_length(a) for a in articles]
    longest = max(range(len(articles)), key=lengths.__getitem__)
    roots = articles if len(articles) > 1 and lengths[longest] < 0.7 * sum(lengths) else [articles[longest]]
    if main is not None and sum(_text_length(r) for r in roots) < 0.25 * _text_length(main):
        return [main]
    return roots


# A page a script framework renders keeps its story in a JSON blob the page's script reads (Next.js "__NEXT_DATA__",
# Nuxt, an app's initial state): saved before the script ran, the page shows nothing else.
_APP_STATE_SCRIPTS = 'script#__NEXT_DATA__, script#__NUXT_DATA__, script[type="application/json"]'
_STORY_KEYS = ("articleBody", "article_body", "body", "bodyText", "articleText", "content", "text", "paragraphs", "blocks", "contentBlocks")
_BLOCK_TEXT_KEYS = ("text", "content", "html", "value", "body", "plain")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publicationDate", "firstPublished", "date")
_MAX_JSON_NODES = 50_000


def blocks_text(value: object, depth: int = 0, joiner: str = "\n\n") -> str | None:
    """A story field's text: a string, or a list of blocks ({"type": "paragraph", "text": ...}; a block's
    "children" are runs of one paragraph, joined as they are)."""
    if isinstance(value, str):
        return value if value.strip() else None
    if depth > 4:
        return None
    if isinstance(value, dict):
        for key in ("rendered", *_BLOCK_TEXT_KEYS, "children"):
            text = blocks_text(value.get(key), depth + 1, "" if key == "children" else joiner) if key in value else None
            if text:
                return text
        return None
    if isinstance(value, list):
        parts = [t for t in (blocks_text(item, depth + 1) for item in value[:2000]) if t]
        return joiner.join(parts) or None
    return None


def _embedded_story(scripts: list[str]) -> tuple[str, date | None] | None:
    """The longest story text in a page's embedded app state, and the date beside it."""
    best: tuple[str, date | None] | None = None
    for raw in scripts:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack, seen = [data], 0
        while stack and seen < _MAX_JSON_NODES:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item[:500])
            elif isinstance(item, dict):
                for key in _STORY_KEYS:
                    if key in item:
                        text = blocks_text(item[key])
                        if text and (best is None or len(text) > len(best[0])):
                            published = next((parse_iso_date(item[k]) for k in _DATE_KEYS if isinstance(item.get(k), str)), None)
                            best = (text, published)
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return best


_ARCHIVE_NAME = re.compile(r"wayback\s+machine|internet\s+archive|archive\.(?:today|ph|is|org|li|md)", re.I)
_ARCHIVED_URL = re.compile(r"https?://web\.archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/(https?://[^\s\"'<>]+)")


def parse_html(raw: str) -> Page:
    tree = HTMLParser(raw)
    ld = _json_ld(tree)
    app_state = [node.text() or "" for node in tree.css(_APP_STATE_SCRIPTS)] if "__N" in raw or "application/json" in raw else []
    article_ld = next((d for d in ld if "datePublished" in d or "headline" in d), {})

    title = _meta(tree, "og:title", "twitter:title") or _name(article_ld.get("headline"))
    page_title = tree.css_first("title")
    page_title_text = " ".join(page_title.text().split()) if page_title is not None else None
    title_outlet = None
    if page_title_text:
        parts = re.split(r"\s+[|–—-]\s+", page_title_text)
        if len(parts) > 1:
            # (a page saved from an archive names the archive last: "Ukraine, Russia swap 95 POWs | Wayback Machine")
            title_outlet = None if _ARCHIVE_NAME.fullmatch(parts[-1].strip()) else parts[-1].strip()
        title = title or parts[0].strip()
    if not title:
        h1 = tree.css_first("h1")
        title = " ".join(h1.text().split()) if h1 is not None else None

    canonical = tree.css_first('link[rel="canonical"]')
    url = (canonical.attributes.get("href") if canonical is not None else None) or _meta(tree, "og:url")
    archived = _ARCHIVED_URL.search(url or "") or (_ARCHIVED_URL.search(raw) if url is None and "web.archive.org/web/" in raw else None)
    if archived:
        url = archived.group(1)  # the Wayback Machine's copy of a page: the page's own address, not the archive's

    published, source = None, None
    for value, label in (
        (_meta(tree, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date"), "meta"),
        (article_ld.get("datePublished") if isinstance(article_ld.get("datePublished"), str) else None, "json-ld"),
    ):
        d = parse_iso_date(value)
        if d:
            published, source = d, label
            break
    if published is None:
        node = tree.css_first("time[datetime]")
        d = parse_iso_date(node.attributes.get("datetime")) if node is not None else None
        if d:
            published, source = d, "time-element"

    outlet = _meta(tree, "og:site_name", "application-name") or _name(article_ld.get("publisher")) or title_outlet
    html_node = tree.css_first("html")
    lang = html_node.attributes.get("lang") if html_node is not None else None

    byline_node = tree.css_first("[class*=byline], [class*=dateline], [class*=date]")
    byline_text = " ".join(byline_node.text().split()) if byline_node is not None else None

    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if node.tag not in ("html", "body", "article", "main") and _CHROME_CLASS.search(marker):
            node.decompose()
    roots = _story_roots(tree)
    paragraphs = [p for root in roots for p in _block_text(root)]
    if paragraphs and sum(len(p) for p in paragraphs) < 0.5 * sum(_text_length(r) for r in roots):
        # most of the story is outside block elements (a <div> of text split by <br>s): read its text blocks too
        paragraphs = [p for root in roots for p in _block_text(root, loose=True)]
    if not paragraphs:
        paragraphs = [ln.strip() for root in roots for ln in root.text(separator="\n").split("\n") if ln.strip()]
    # a page its site renders with scripts keeps the story only in its JSON-LD ("articleBody"): saved, the page has
    # no text, or only a teaser of it
    ld_body = next((d["articleBody"] for d in ld if isinstance(d.get("articleBody"), str) and d["articleBody"].strip()), None)
    if ld_body and len(ld_body) > 2 * sum(len(p) for p in paragraphs):
        body_html = HTMLParser(ld_body) if "<" in ld_body else None  # (some sites put HTML in it)
        ld_text = body_html.text(separator="\n") if body_html is not None and body_html.body is not None else ld_body
        paragraphs = [ln.strip() for ln in ld_text.split("\n") if ln.strip()]
    if app_state and sum(len(p) for p in paragraphs) < 200:
        embedded = _embedded_story(app_state)
        if embedded and len(embedded[0]) > 2 * sum(len(p) for p in paragraphs):
            story = HTMLParser(embedded[0]) if "<" in embedded[0] else None  # (some apps keep HTML in it)
            story_text = story.text(separator="\n") if story is not None and story.body is not None else embedded[0]
            paragraphs = [ln.strip() for ln in story_text.split("\n") if ln.strip()]
            if published is None and embedded[1] is not None:
                published, source = embedded[1], "app-state"
    return Page(
        text="\n".join(paragraphs),
        title=title,
        url=url,
        published=published,
        published_source=source,
        outlet=outlet,
        language=(lang or "").split("-")[0].lower() or None,
        byline_text=byline_text,
    )
