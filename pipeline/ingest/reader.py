"""Reading an articles folder: every file becomes articles or a quarantine entry with a reason, never a crash."""
from __future__ import annotations

import email
import email.policy
import hashlib
import json
import os
import re
import stat
from datetime import date, datetime, timezone
import xml.etree.ElementTree as ET
from email.utils import parseaddr, parsedate_to_datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.dates import find_dates, resolve
from pipeline.ingest.clean import clean_text
from pipeline.ingest.decode import UnreadableInput, decode_bytes
from pipeline.ingest.html_page import blocks_text, parse_html, parse_iso_date
from pipeline.ingest.markdown import looks_like_front_matter, markdown_to_text
from pipeline.ingest.telegram import looks_like_telegram, telegram_posts
from pipeline.ingest.metadata import (
    article_id_for,
    date_from_url,
    detect_language,
    outlet_from_url,
)
from pipeline.models import Article, QuarantineEntry

MAX_FILE_BYTES = 20 * 1024 * 1024
MIN_BODY_CHARS = 80
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom",
                    ".mht", ".mhtml", ".eml", ""}
MIME_SUFFIXES = (".mht", ".mhtml", ".eml")
# Bump when reading changes what a file yields (a new format, tables read, cleaning): a warehouse or staged
# shard read by another version reads every file again, not only new and changed ones.
READER_VERSION = "2026.11.30-archive"
FEED_SUFFIXES = (".xml", ".rss", ".atom")

_TEXT_KEYS = ("maintext", "text", "raw_text", "content", "body", "article_text", "full_text", "articleBody", "article_body",
              "bodyText", "body_text", "fulltext", "story", "content_text", "plain_text")
# a headless CMS's text as a list of blocks ({"body": {"blocks": [...]}}, Arc XP's "content_elements"), and the blocks
# that hold no text of the story
_BLOCK_LIST_KEYS = ("blocks", "content_elements", "elements", "children")
_NON_TEXT_BLOCKS = frozenset({"image", "img", "photo", "gallery", "video", "embed", "ad", "advertisement", "related", "oembed", "figure", "caption"})
# (a CMS's API gives the body as HTML under its own name: {"data": {"attributes": {"body_html": "<p>..."}}})
_HTML_KEYS = ("html", "raw_html", "content_html", "body_html", "bodyHtml", "html_body", "contentHtml", "article_html", "text_html")
# a summary is read only when a record has nothing longer (too short a summary is quarantined as such)
_SUMMARY_KEYS = ("description", "summary", "abstract", "lead")
_DATE_KEYS = ("date_publish", "published", "date", "datePublished", "published_at", "pubDate", "publish_date", "date_published",
              "publishedAt", "publication_date", "pub_date", "date_gmt", "dateCreated", "date_created")
# (not "created_at", "timestamp", "modified": a scraper's own clock or a later edit, not the day the article came out)
# scraper and API output wraps its records: {"data": {"article": {...}}}, {"items": [...]}, Elasticsearch "_source"
_WRAPPER_DEPTH = 3


@dataclass(frozen=True)
class SourceFile:
    """One file found in the folder: its path relative to the folder and a hash of its bytes."""

    rel_path: str
    abs_path: Path
    size: int
    mtime_ns: int = 0


@dataclass
class ReadResult:
    articles: list[tuple[Article, str]]  # (article, content hash of the record it came from)
    quarantine: list[QuarantineEntry]
    digest: str = ""  # sha256 of the file's bytes
    skipped: bool = False  # unchanged since the last run: not parsed again


def discover(root: Path, wanted: Callable[[str], bool] | None = None) -> Iterator[SourceFile | QuarantineEntry]:
    """Files under root, recursively, in a stable order; links that leave the folder are refused.
    `wanted(rel_path)` picks files before any of them is looked at (a shard reads only its own).

    One `scandir` entry per file: a regular file needs no further system call beyond its `stat`;
    only links are resolved, since linked folders are never entered."""
    root = root.resolve()
    yield from _walk(root, root, "", wanted)


def _walk(root: Path, directory: Path, prefix: str, wanted: Callable[[str], bool] | None) -> Iterator[SourceFile | QuarantineEntry]:
    subdirs: list[os.DirEntry] = []
    files: list[tuple[os.DirEntry, bool]] = []
    try:
        with os.scandir(directory) as it:
            # the files wanted are picked before sorting: a shard sorts its own eighth, not the whole folder
            for entry in it:
                try:
                    is_link = entry.is_symlink()
                    if not is_link and entry.is_dir(follow_symlinks=False):
                        subdirs.append(entry)
                        continue
                except OSError:
                    is_link = False
                if entry.name.startswith(".") or (wanted is not None and not wanted(prefix + entry.name)):
                    continue
                files.append((entry, is_link))
    except OSError:
        return
    files.sort(key=lambda f: f[0].name)
    subdirs.sort(key=lambda e: e.name)
    for entry, is_link in files:
        name = entry.name
        rel = prefix + name
        if is_link and os.path.isdir(entry.path):
            continue  # never follow linked folders: they can loop or leave the tree
        suffix = os.path.splitext(name)[1].lower()
        if suffix not in ARTICLE_SUFFIXES:
            yield QuarantineEntry(source_path=rel, reason=f"Not an article file: the extension '{suffix}' is not one the pipeline reads (.txt, .md, .html, .htm, .mht/.mhtml saved pages, .eml, .json, .jsonl, .xml/.rss/.atom feeds).")
            continue
        path = Path(entry.path)
        if is_link:
            try:
                path = path.resolve(strict=True)
            except (OSError, RuntimeError):
                yield QuarantineEntry(source_path=rel, reason="The file is a broken or looping symbolic link.")
                continue
            if root not in path.parents:
                yield QuarantineEntry(source_path=rel, reason="The file is a link to a place outside the articles folder, so it is not read.")
                continue
        try:
            st = os.stat(path) if is_link else entry.stat(follow_symlinks=False)
        except OSError as exc:
            yield QuarantineEntry(source_path=rel, reason=f"The file cannot be read ({exc.strerror}).")
            continue
        if not stat.S_ISREG(st.st_mode):
            yield QuarantineEntry(source_path=rel, reason="Not a regular file.")
            continue
        yield SourceFile(rel, path, st.st_size, st.st_mtime_ns)
    for entry in subdirs:
        yield from _walk(root, Path(entry.path), prefix + entry.name + "/", wanted)


def read_source(src: SourceFile, skip: Callable[[str, str], bool] | None = None,
                known_unchanged: Callable[[SourceFile], str | None] | None = None) -> ReadResult:
    """Everything one file holds, as (article, record hash) pairs or quarantine entries.
    `known_unchanged(src)` returns the stored hash of a file whose size and modification time are
    unchanged, which is then not read at all; `skip(rel_path, digest)` passes over files whose content
    the caller already has."""
    if known_unchanged is not None:
        stored = known_unchanged(src)
        if stored is not None:
            return ReadResult([], [], digest=stored, skipped=True)
    if src.size > MAX_FILE_BYTES:
        reason = f"The file is too large ({src.size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB for one article file)."
        return ReadResult([], [QuarantineEntry(source_path=src.rel_path, reason=reason)], digest=f"size:{src.size}")
    try:
        data = src.abs_path.read_bytes()
    except OSError as exc:
        reason = f"The file cannot be read ({exc.strerror or exc})."
        return ReadResult([], [QuarantineEntry(source_path=src.rel_path, reason=reason)], digest="unreadable")
    digest = hashlib.sha256(data).hexdigest()
    if skip is not None and skip(src.rel_path, digest):
        return ReadResult([], [], digest=digest, skipped=True)
    result = read_bytes(src.rel_path, data)
    result.digest = digest
    return result


def read_bytes(rel_path: str, data: bytes) -> ReadResult:
    suffix = Path(rel_path).suffix.lower()
    if suffix in MIME_SUFFIXES or _looks_mime(data):
        art = _from_mime(rel_path, data)
        if isinstance(art, QuarantineEntry):
            return ReadResult([], [art])
        return ReadResult([(art, hashlib.sha256(data).hexdigest())], [])
    try:
        decoded = decode_bytes(data)
    except UnreadableInput as exc:
        return ReadResult([], [QuarantineEntry(source_path=rel_path, reason=str(exc))])
    text = decoded.text.lstrip("\ufeff")
    suffix = Path(rel_path).suffix.lower()
    head = text.lstrip()[:1]
    try:
        if suffix in (".jsonl", ".ndjson", ".json") or (head == "{" and _looks_json(text)):
            return _read_json(rel_path, text, decoded.encoding, data)
        if suffix in FEED_SUFFIXES or (head == "<" and _looks_feed(text)):
            return _read_feed(rel_path, text, decoded.encoding)
        if looks_like_telegram(text):
            return _read_telegram(rel_path, text, decoded.encoding)
        if suffix in (".html", ".htm", ".xhtml") or _looks_html(text):
            art = _from_html(rel_path, text, decoded.encoding)
        elif suffix in (".md", ".markdown") or looks_like_front_matter(text):
            art = _from_markdown(rel_path, text, decoded.encoding)
        else:
            dump = _read_reader_dump(rel_path, text, decoded.encoding)
            if dump is not None:
                return dump
            art = _from_text(rel_path, text, decoded.encoding)
    except RecursionError:
        return ReadResult([], [QuarantineEntry(source_path=rel_path, reason="The file is nested too deeply to parse.")])
    if isinstance(art, QuarantineEntry):
        return ReadResult([], [art])
    return ReadResult([(art, hashlib.sha256(data).hexdigest())], [])


_MIME_HEADER = re.compile(rb"^(?:From|Date|Subject|MIME-Version|Snapshot-Content-Location|Content-Type|To|Message-ID):", re.I | re.M)


def _looks_mime(data: bytes) -> bool:
    """A saved "single file" web page (MHTML) or an e-mail without its usual extension: RFC 822 headers
    first, one of them a MIME version."""
    head = data[:2000]
    return head[:1] not in (b"<", b"{", b"[") and bool(_MIME_HEADER.match(head)) and b"mime-version:" in head.lower()


def _from_mime(rel_path: str, data: bytes) -> Article | QuarantineEntry:
    """A web page saved as one file (.mht/.mhtml: the page and its images in MIME parts) or an e-mail
    (.eml, a newsletter): the HTML part (else the plain-text part) is read like any page. A saved page's
    Date header is when it was saved, not published, so only an e-mail's Date is taken for publication."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the stdlib parser is lenient; anything it raises is a broken file
        return QuarantineEntry(source_path=rel_path, reason=f"The MIME file cannot be parsed ({exc}).")
    html_part = plain_part = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/html" and html_part is None:
            html_part = part
        elif ctype == "text/plain" and plain_part is None:
            plain_part = part
    part = html_part or plain_part
    if part is None:
        return QuarantineEntry(source_path=rel_path, reason="The MIME file (saved web page or e-mail) has no HTML or plain-text part.")
    raw = part.get_payload(decode=True) or b""  # transfer encoding (quoted-printable, base64) undone
    charset = part.get_content_charset()
    try:
        # a declared charset is trusted; Chrome declares none for the page, so its bytes are detected like a file's
        if charset:
            content, encoding = raw.decode(charset), charset
        else:
            decoded = decode_bytes(raw)
            content, encoding = decoded.text, decoded.encoding
    except (LookupError, UnicodeDecodeError, UnreadableInput) as exc:
        return QuarantineEntry(source_path=rel_path, reason=f"The text of the MIME file cannot be decoded ({exc}).")
    is_mail = Path(rel_path).suffix.lower() == ".eml" or (msg["Snapshot-Content-Location"] is None and msg["From"] is not None)
    kind = "email" if is_mail else "mhtml"
    art = _from_html(rel_path, content, encoding) if part is html_part else _from_text(rel_path, content, encoding)
    if isinstance(art, QuarantineEntry):
        return art
    url = art.url or str(msg["Snapshot-Content-Location"] or part["Content-Location"] or "") or None
    published, source = art.published_date, art.published_date_source
    if published is None and is_mail and msg["Date"] is not None:
        try:
            published, source = parsedate_to_datetime(str(msg["Date"])).date(), "e-mail date"
        except (TypeError, ValueError):
            pass
    title = art.title or (str(msg["Subject"]) if msg["Subject"] else None)
    sender_name, sender = parseaddr(str(msg["From"] or ""))
    # a newsletter's outlet is its sender ("Daily Brief <brief@example.org>")
    outlet = art.outlet or outlet_from_url(url) or ((sender_name or sender.rpartition("@")[2] or None) if is_mail else None)
    return art.model_copy(update={
        "url": url, "outlet": outlet, "title": title, "published_date": published,
        "published_date_source": source, "input_format": kind,
        "inferred_date_from": None if published else art.inferred_date_from,
    })


def _looks_json(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


def _looks_feed(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def _read_feed(rel_path: str, text: str, encoding: str) -> ReadResult:
    """An RSS or Atom feed saved to disk: each item is an article (path#N), read like a JSON record with
    its HTML content. Entities are not expanded beyond XML's own (the parser refuses external ones)."""
    try:
        # the text is decoded already: its declaration's encoding no longer applies
        root = ET.fromstring(_XML_DECLARATION.sub("", text, count=1).encode("utf-8"))
    except ET.ParseError as exc:
        return ReadResult([], [QuarantineEntry(source_path=rel_path, reason=f"The XML is malformed ({exc}), so its feed items cannot be read.")])
    items = [el for el in root.iter() if el.tag in ("item", _ATOM + "entry") or el.tag.endswith("}item")]
    if not items:
        what = "an RSS or Atom feed with items" if _looks_feed(text) else "an RSS or Atom feed"
        return ReadResult([], [QuarantineEntry(source_path=rel_path, reason=f"The XML file is not {what}: no <item> or <entry> elements.")])
    articles: list[tuple[Article, str]] = []
    problems: list[QuarantineEntry] = []
    for i, item in enumerate(items, start=1):
        rec = _feed_record(item)
        result = _from_record(f"{rel_path}#{i}", rec, encoding, input_format="feed")
        if isinstance(result, QuarantineEntry):
            problems.append(result)
        else:
            raw = json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8")
            articles.append((result, hashlib.sha256(raw).hexdigest()))
    return ReadResult(articles, problems)


# A post is short ("🇺🇦 84 defenders are home!"); only one with hardly any text is not an article.
MIN_POST_CHARS = 20


def _read_telegram(rel_path: str, text: str, encoding: str) -> ReadResult:
    """A saved Telegram channel page: each post is an article (path#N) dated by its own time; posts with
    no text (a photo or a video alone) hold no article and are passed over."""
    channel, posts = telegram_posts(text)
    articles: list[tuple[Article, str]] = []
    problems: list[QuarantineEntry] = []
    for i, post in enumerate(posts, start=1):
        if not post.text.strip():
            continue
        path = f"{rel_path}#{i}"
        # a post's first line is its lead, not a headline apart from it: it stays in the body
        c = clean_text(post.text, parse_header=False, find_title=False)
        if len(c.body.strip()) < MIN_POST_CHARS:
            problems.append(QuarantineEntry(source_path=path, reason=f"No article text found: the Telegram post has only {len(c.body.strip())} characters of text."))
            continue
        published = parse_iso_date(post.datetime)
        article = _finish(path, c.body, url=post.url, title=None, outlet=channel, published=published,
                          published_source="telegram" if published else None, language=None, input_format="telegram", encoding=encoding)
        raw = json.dumps([post.text, post.url, post.datetime], ensure_ascii=False).encode("utf-8")
        articles.append((article, hashlib.sha256(raw).hexdigest()))
    if not articles and not problems:
        problems.append(QuarantineEntry(source_path=rel_path, reason="The saved Telegram page has no post with text."))
    return ReadResult(articles, problems)


def _feed_record(item: ET.Element) -> dict:
    """The fields of one feed item, under the keys a JSON record uses."""
    def first(*tags: str) -> str | None:
        for tag in tags:
            el = item.find(tag)
            if el is not None and (el.text or "").strip():
                return el.text.strip()
        return None

    link = first("link", _ATOM + "id")
    for el in item.findall(_ATOM + "link"):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href")
            break
    raw_date = first("pubDate", _DC_DATE, _ATOM + "published", _ATOM + "updated")
    if raw_date and not parse_iso_date(raw_date):
        try:  # RFC 822 dates: "Tue, 10 Jun 2025 09:30:00 GMT"
            raw_date = parsedate_to_datetime(raw_date).date().isoformat()
        except (TypeError, ValueError):
            pass
    content = first(_CONTENT_ENCODED, _ATOM + "content", "description", _ATOM + "summary")
    rec = {"url": link, "title": first("title", _ATOM + "title"), "date": raw_date, "outlet": first("source")}
    if content is not None:
        rec["html"] = content
    return {k: v for k, v in rec.items() if v is not None}


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<p" in text.lower())


# a one-sentence news flash is an article ("Vereshchuk said 25 Ukrainians had been returned on Thursday."): a sentence
# of six words or more with a number (or a number word) in it
_SHORT_NEWS = re.compile(
    r"^(?=[^\n]*(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|dozen|first|second|third)\b))"
    r"(?:\S+\s+){5,}\S*[.!?][\"”»’)]?$", re.I)


def _too_short(rel_path: str, body: str, what: str) -> QuarantineEntry | None:
    if len(body.strip()) < MIN_BODY_CHARS and not _SHORT_NEWS.match(body.strip()):
        return QuarantineEntry(source_path=rel_path, reason=f"No article text found: {what} leaves only {len(body.strip())} characters of text after page chrome is removed.")
    return None


def _finish(rel_path: str, body: str, *, url, title, outlet, published, published_source, language, input_format, encoding) -> Article:
    if published is None:
        url_date = date_from_url(url)
        if url_date:
            published, published_source = url_date, "url"
    inferred_from = inferred_to = None
    if published is None:
        # Only the running text has dates: state the window they imply, never as the publication date.
        dates = [resolve(d, None)[0] for d in find_dates(body) if d.year and d.day]
        dates = [d for d in dates if d]
        if dates:
            inferred_from = max(dates)
            published_source = "none stated (latest date in the text is " + inferred_from.isoformat() + ")"
    return Article(
        article_id=article_id_for(body),
        source_path=rel_path,
        url=url,
        outlet=(outlet.removeprefix("www.") if outlet else None) or outlet_from_url(url),
        title=title,
        published_date=published,
        published_date_source=published_source if published or published_source else None,
        language=detect_language(body) or language,
        body=body,
        input_format=input_format,
        encoding=encoding,
        inferred_date_from=inferred_from,
        inferred_date_to=inferred_to,
    )


# A feed reader's list copied as text: item after item, a headline, a "Source · date" line and the item's text
_DUMP_ITEM_SOURCE = re.compile(r"^(?P<source>[^\W\d][^·|•\n]{0,50}?)\s+[·|•]\s+(?P<date>[^·|•\n]{6,40}?)\s*$")


_DUMP_DATE_EDGES = re.compile(r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?\|[\s,.;]*(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*", re.I)


def _dump_item_date(line: str) -> tuple[str, date] | None:
    m = _DUMP_ITEM_SOURCE.match(line.strip())
    if not m or len(m.group("source").split()) > 6:
        return None
    when = m.group("date")
    found = [d for d in find_dates(when) if d.year and d.day]
    # the line is nothing but the source and the date (a weekday before it, a time after it)
    if len(found) != 1 or not _DUMP_DATE_EDGES.fullmatch(when[: found[0].start] + "|" + when[found[0].end :]):
        return None
    value, _ = resolve(found[0], None)
    return (m.group("source").strip(), value) if value else None


def _read_reader_dump(rel_path: str, text: str, encoding: str) -> ReadResult | None:
    """Several items of a feed reader's list saved as one text file: each is an article (path#N), with the
    headline above its "Source · date" line as title, the source as outlet and that date as its own.
    None when the text is not such a list (two such item lines at least)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    heads = []
    for i, line in enumerate(lines):
        if i and lines[i - 1].strip() and " " in line and any(sep in line for sep in "·|•"):
            found = _dump_item_date(line)
            if found:
                heads.append((i, *found))
    if len(heads) < 2:
        return None
    articles: list[tuple[Article, str]] = []
    problems: list[QuarantineEntry] = []
    for k, (i, source, published) in enumerate(heads, start=1):
        end = heads[k][0] - 1 if k < len(heads) else len(lines)  # (the line above the next item's source is its headline)
        item = "\n".join(lines[i + 1 : end])
        path = f"{rel_path}#{k}"
        c = clean_text(item, parse_header=False, find_title=False)
        bad = _too_short(path, c.body, "the feed reader's item")
        if bad:
            problems.append(bad)
            continue
        art = _finish(path, c.body, url=c.url, title=lines[i - 1].strip(), outlet=source, published=published,
                      published_source="byline", language=None, input_format="txt", encoding=encoding)
        articles.append((art, hashlib.sha256("\n".join(lines[i - 1 : end]).encode("utf-8")).hexdigest()))
    return ReadResult(articles, problems)


def _from_text(rel_path: str, text: str, encoding: str) -> Article | QuarantineEntry:
    c = clean_text(text)
    bad = _too_short(rel_path, c.body, "the text file")
    if bad:
        return bad
    if c.header_date:
        published, source = c.header_date, "header"
    elif c.byline_date:
        published, source = c.byline_date, "byline"
    else:
        published, source = None, None
    return _finish(rel_path, c.body, url=c.url, title=c.title, outlet=c.reader_outlet, published=published,
                   published_source=source, language=None, input_format="txt", encoding=encoding)


# front matter keys of the publication date; "created" and "clipped" are when the page was saved, never used
_FRONT_MATTER_DATES = ("published", "date", "pubdate", "date_published", "published_at", "publish_date")
_FRONT_MATTER_URLS = ("source", "url", "link", "canonical", "original_url", "source_url")


def _from_markdown(rel_path: str, text: str, encoding: str) -> Article | QuarantineEntry:
    """A Markdown save (a web clipper's): front matter for title, URL and date; the text without its markup."""
    md = markdown_to_text(text)
    meta = md.meta
    c = clean_text(md.text, title=meta.get("title"))
    bad = _too_short(rel_path, c.body, "the Markdown file")
    if bad:
        return bad
    url = next((meta[k] for k in _FRONT_MATTER_URLS if meta.get(k, "").startswith(("http://", "https://"))), None) or c.url
    published, source = None, None
    for key in _FRONT_MATTER_DATES:
        value = parse_iso_date(meta.get(key)) or _stated_date(meta.get(key))
        if value:
            published, source = value, "front matter"
            break
    if published is None:
        published, source = (c.header_date, "header") if c.header_date else (c.byline_date, "byline") if c.byline_date else (None, None)
    return _finish(rel_path, c.body, url=url, title=c.title, outlet=c.reader_outlet, published=published,
                   published_source=source, language=None, input_format="markdown", encoding=encoding)


def _stated_date(value: str | None) -> date | None:
    """A full date written out ("October 2, 2025"), as front matter sometimes has it."""
    for d in find_dates(value or ""):
        if d.year and d.day:
            resolved, _ = resolve(d, None)
            if resolved:
                return resolved
    return None


def _from_html(rel_path: str, text: str, encoding: str) -> Article | QuarantineEntry:
    page = parse_html(text)
    c = clean_text(page.text, parse_header=False)
    bad = _too_short(rel_path, c.body, "the web page")
    if bad:
        return bad
    published, source = page.published, page.published_source
    if published is None and page.byline_text:
        for d in find_dates(page.byline_text):
            value, _ = resolve(d, None)
            if value:
                published, source = value, "byline"
                break
    if published is None and c.byline_date:
        published, source = c.byline_date, "byline"  # a date line of its own at the top of the story ("<p>October 18, 2024</p>")
    title = page.title or c.title
    body = c.body
    return _finish(rel_path, body, url=page.url, title=title, outlet=page.outlet, published=published,
                   published_source=source, language=page.language, input_format="html", encoding=encoding)


def _read_json(rel_path: str, text: str, encoding: str, data: bytes) -> ReadResult:
    records: list[tuple[str, object]] = []
    problems: list[QuarantineEntry] = []
    stripped = text.strip()
    is_lines = Path(rel_path).suffix.lower() in (".jsonl", ".ndjson")
    if not is_lines:
        try:
            obj = json.loads(stripped)
        except ValueError as exc:
            if "\n{" in stripped:
                is_lines = True
            else:
                return ReadResult([], [QuarantineEntry(source_path=rel_path, reason=f"The JSON is malformed ({exc.msg} at line {exc.lineno}, column {exc.colno}).")])
        except RecursionError:
            return ReadResult([], [QuarantineEntry(source_path=rel_path, reason="The JSON is nested too deeply to parse.")])
        else:
            if isinstance(obj, list) and obj and not any(isinstance(item, dict) for item in obj):
                kinds = sorted({_json_type(item) for item in obj})
                return ReadResult([], [QuarantineEntry(source_path=rel_path, reason=f"The JSON is a list of {' and '.join(kinds)} values, not article objects with url, title, date and text.")])
            records = _unwrap_records(rel_path, obj)
    if is_lines:
        for i, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                records.append((f"{rel_path}#{i}", _unwrap_record(json.loads(line))))
            except ValueError as exc:
                problems.append(QuarantineEntry(source_path=f"{rel_path}#{i}", reason=f"Line {i} is not valid JSON ({exc.msg}, column {exc.colno}); the other lines are read."))
            except RecursionError:
                problems.append(QuarantineEntry(source_path=f"{rel_path}#{i}", reason=f"Line {i} is nested too deeply to parse."))
    articles: list[tuple[Article, str]] = []
    for path, rec in records:
        result = _from_record(path, rec, encoding)
        if isinstance(result, QuarantineEntry):
            problems.append(result)
        else:
            raw = json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8")
            articles.append((result, hashlib.sha256(raw).hexdigest()))
    if not records and not problems:
        problems.append(QuarantineEntry(source_path=rel_path, reason="The JSON holds no article records."))
    return ReadResult(articles, problems)


_JSON_TYPE_NAMES = {"dict": "an object", "list": "a list", "str": "a string", "int": "a number", "float": "a number",
                    "bool": "true/false", "NoneType": "null"}


def _json_type(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value).__name__, type(value).__name__)


def _unwrap_records(rel_path: str, obj: object, depth: int = 0) -> list[tuple[str, object]]:
    """The article records of a parsed JSON file: a list is one record per item (`file#N`); an object with no
    article field of its own is a wrapper whose records are found inside it ("data", "items", "_source"...)."""
    if isinstance(obj, list):
        return [(f"{rel_path}#{i}", _unwrap_record(item)) for i, item in enumerate(obj, start=1)]
    if depth < _WRAPPER_DEPTH and isinstance(obj, dict) and not _has_article_field(obj):
        inner = _only_nested_value(obj)
        if inner is not None:
            return _unwrap_records(rel_path, inner, depth + 1)
    return [(rel_path, obj)]


def _unwrap_record(obj: object) -> object:
    """One record out of its wrapper: {"_id": ..., "_source": {...}}, {"article": {...}}."""
    for _ in range(_WRAPPER_DEPTH):
        if not isinstance(obj, dict) or _has_article_field(obj):
            break
        inner = _only_nested_value(obj)
        if not isinstance(inner, dict):
            break
        obj = inner
    return obj


_ARTICLE_WRAPPER_KEYS = ("article", "story", "post", "document", "doc", "record", "item", "_source")
_META_KEYS = ("meta", "metadata", "info")


def _only_nested_value(obj: dict) -> object | None:
    """The one object or list of objects a wrapper holds; None where it holds several (they are a record's own
    fields), unless one is the article under its own name and the others its metadata ({"article": {...},
    "meta": {"published": ...}}): the article then, with the metadata's fields it lacks."""
    inner = [value for value in obj.values() if (isinstance(value, dict) and value) or (
        isinstance(value, list) and value and all(isinstance(item, dict) for item in value))]
    if len(inner) == 1:
        return inner[0]
    named = next((obj[k] for k in _ARTICLE_WRAPPER_KEYS if isinstance(obj.get(k), dict) and _has_article_field(obj[k])), None)
    if named is not None and all(v is named or k in _META_KEYS for k, v in obj.items() if (isinstance(v, dict) and v) or isinstance(v, list)):
        merged = dict(named)
        for k in _META_KEYS:
            if isinstance(obj.get(k), dict):
                for key, value in obj[k].items():
                    merged.setdefault(key, value)
        return merged
    return None


def _has_article_field(rec: dict) -> bool:
    return any(_field_text(rec.get(key)) for key in (*_TEXT_KEYS, *_SUMMARY_KEYS, *_HTML_KEYS, "title", "headline", "url"))


def _field_text(value: object) -> str | None:
    """A field's text: a string; WordPress's {"rendered": ...} or another object holding one; paragraphs as a list."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, dict):
        for key in ("rendered", "text", "html", "value", "content", "plain", "name"):  # ("source": {"name": "Reuters"})
            inner = value.get(key)
            if isinstance(inner, str) and inner.strip():
                return inner
        if isinstance(value.get("paragraphs"), list):  # {"body": {"paragraphs": [...]}}
            return _field_text(value["paragraphs"])
        for key in _BLOCK_LIST_KEYS:  # {"body": {"blocks": [{"type": "paragraph", "text": ...}]}}
            if isinstance(value.get(key), list):
                return _field_text(value[key])
        return None
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        joined = "\n\n".join(item.strip() for item in value if item.strip())
        return joined or None
    if (isinstance(value, list) and value and all(isinstance(item, dict) for item in value)
            and not any(key in item for item in value for key in ("title", "headline", "url", "link"))):
        # a headless CMS's blocks ({"type": "paragraph", "text": ...}; an image block's caption is no paragraph of text;
        # a list of records with titles is a list of articles, not one article's blocks)
        return blocks_text([item for item in value if str(item.get("type", item.get("kind", ""))).lower() not in _NON_TEXT_BLOCKS])
    return None


def _str_field(rec: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _field_text(rec.get(key))
        if value is not None:
            return value
    return None


def _date_field(rec: dict) -> date | None:
    """The record's publication date: the first date field that parses; a number is a Unix time (seconds or ms)."""
    for key in _DATE_KEYS:
        value = rec.get(key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (int, float)):
            seconds = value / 1000 if value > 1e11 else value
            if 0 < seconds < 4_102_444_800:  # before 2100
                return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
            continue
        raw = _field_text(value)
        if not raw:
            continue
        published = parse_iso_date(raw)
        if published is None:
            for d in find_dates(raw):
                published = resolve(d, None)[0]
                if published:
                    break
        if published is not None:
            return published
    return None


def _from_record(path: str, rec: object, encoding: str, input_format: str = "json") -> Article | QuarantineEntry:
    if not isinstance(rec, dict):
        return QuarantineEntry(source_path=path, reason=f"The JSON record is {_json_type(rec)}, not an object with article fields (url, title, date, text).")
    text = _str_field(rec, _TEXT_KEYS)
    html_text = _str_field(rec, _HTML_KEYS)
    if text is None and html_text is None:
        text = _str_field(rec, _SUMMARY_KEYS)
    if text is None and html_text is None:
        keys = ", ".join(sorted(map(str, rec))[:12]) or "none"
        return QuarantineEntry(source_path=path, reason=f"The JSON record has no article text: none of the keys {', '.join(_TEXT_KEYS + _SUMMARY_KEYS + _HTML_KEYS)} holds a string (keys present: {keys}).")
    # (trafilatura writes the page's URL as "source" and the site as "hostname" / "source-hostname")
    source = _str_field(rec, ("source",))
    source_is_url = bool(source) and source.startswith(("http://", "https://"))
    url = _str_field(rec, ("url", "canonical_url", "link", "source_url", "pageUrl", "page_url")) or (source if source_is_url else None)
    title = _str_field(rec, ("title", "headline"))
    published = _date_field(rec)
    outlet = (_str_field(rec, ("source_domain", "outlet", "site_name", "sitename", "siteName", "site", "publisher", "source-hostname", "hostname"))
              or (None if source_is_url else source))
    language = _str_field(rec, ("language", "lang"))
    if text is not None:
        c = clean_text(text, parse_header=False)
    else:
        page = parse_html(html_text)
        c = clean_text(page.text, parse_header=False)
        url, title = url or page.url, title or page.title
        published = published or page.published
    body = c.body
    if not body.strip() and c.title and title and _norm_words(c.title) != _norm_words(title):
        # a record whose text is one line under a title of its own (NewsAPI's truncated "content"): that line is the
        # text, not a second headline
        body = c.title
    bad = _too_short(path, body, "the record")
    if bad and input_format == "feed" and title:
        # a news aggregator's item (Google News) holds only its headline, "Ukraine, Russia exchange 84 prisoners
        # each - Reuters", and a link to it: a headline that reports a number is the item's text
        headline, outlet = _headline_and_outlet(title, outlet)
        if _HEADLINE_REPORT.match(headline):
            bad, body, title = None, headline, headline
    if bad:
        return bad
    return _finish(path, body, url=url, title=title or c.title, outlet=outlet, published=published,
                   published_source=input_format if published else None, language=language,
                   input_format=input_format, encoding=encoding)


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# a headline of six words or more with a number (or a number word) in it
_HEADLINE_REPORT = re.compile(
    r"^(?=.*(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b))(?:\S+\s+){5,}\S+$", re.I)
_OUTLET_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<outlet>[^-–—|]{2,40})$")


def _headline_and_outlet(title: str, outlet: str | None) -> tuple[str, str | None]:
    """'Ukraine, Russia exchange 84 prisoners each - Reuters' -> the headline and the outlet it names."""
    m = _OUTLET_SUFFIX.search(title.strip())
    if m and len(m.group("outlet").split()) <= 4:
        return title.strip()[: m.start()], outlet or m.group("outlet").strip()
    return title.strip(), outlet


def read_folder(root: Path, skip: Callable[[str, str], bool] | None = None,
                known_unchanged: Callable[[SourceFile], str | None] | None = None) -> Iterator[tuple[SourceFile | None, ReadResult]]:
    for item in discover(root):
        if isinstance(item, QuarantineEntry):
            yield None, ReadResult([], [item])
        else:
            yield item, read_source(item, skip, known_unchanged)

