"""Ingestion: seed metadata, chrome removal, every input format and encoding, and quarantine reasons."""
import json
import os
from datetime import date
from pathlib import Path

import pytest

from pipeline.ingest.decode import UnreadableInput, decode_bytes
from pipeline.ingest.reader import MAX_FILE_BYTES, read_bytes, read_folder

from .conftest import SEEDS


def _seed(name_prefix: str):
    for _, result in read_folder(SEEDS):
        for article, _ in result.articles:
            if article.source_path.startswith(name_prefix):
                return article
    raise AssertionError(f"seed {name_prefix} not read")


@pytest.mark.parametrize(
    "prefix, title_start, outlet, url, published, source",
    [
        ("000", None, None, None, None, None),
        ("001", "Russia Carries Out 8th Prisoner Exchange", "The Moscow Times",
         "https://www.themoscowtimes.com/2025/07/04/russia-carries-out-8th-prisoner-exchange-with-ukraine-since-istanbul-talks-a89682",
         date(2025, 7, 4), "byline"),
        ("002", "Our people are at home. Ukraine and Russia hold new prisoner exchange", None, None, date(2025, 7, 4), "header"),
        ("003", "Russia, Ukraine confirm new prisoner swap", None, None, None, None),
        ("004", "Ukraine and Russia to exchange prisoners of war this weekend", "Euromaidan Press", None, date(2025, 6, 4), "byline"),
    ],
)
def test_seed_metadata(prefix, title_start, outlet, url, published, source):
    a = _seed(prefix)
    if title_start:
        assert a.title.startswith(title_start)
    assert a.outlet == outlet
    assert a.url == url
    assert a.published_date == published
    if source:
        assert a.published_date_source == source
    assert a.language == "en"


def test_undated_seed_says_where_its_only_date_is():
    a = _seed("000")
    assert a.published_date is None
    assert "2025-07-04" in a.published_date_source  # the running text's date, never presented as published


@pytest.mark.parametrize(
    "prefix, absent, present",
    [
        ("001", ["<u>", "t.me/", "Original url", "Related article", "Largest Air Attack"],
         ["Neither side disclosed the number of prisoners exchanged."]),
        ("003", ["Most Read", "242 people", "100 gang members", "122M"],
         ["return the bodies of 6,000 fallen soldiers from each side"]),
        ("004", ["Vue normale", "Flux principal", "Become a Patron", "❌", "cup of coffee", "✇", "Howeve\n"],
         ["Since March 2022, Ukraine has secured the release of 5,757 citizens",
          "On 6 May, Ukraine returned 205 prisoners of war (POWs) home."]),
    ],
)
def test_seed_bodies_drop_chrome_and_keep_the_article(prefix, absent, present):
    body = _seed(prefix).body
    for text in absent:
        assert text not in body
    for text in present:
        assert text in body


def test_rss_teaser_is_dropped_once_the_full_paragraph_follows():
    body = _seed("004").body
    assert body.count("Ukraine and Russia are preparing to conduct a significant prisoner exchange") == 1


ARTICLE = (
    "Russia and Ukraine exchanged 95 prisoners of war each on Friday, officials said. "
    "Ukraine's Coordination Headquarters said it was the 58th exchange since the start of the invasion."
)


def test_html_page_gives_title_canonical_date_outlet_and_main_text():
    page = f"""<!DOCTYPE html><html lang="en"><head><title>Swap of 95 each | The Example Post</title>
    <link rel="canonical" href="https://example-post.com/world/2024/10/18/swap">
    <meta property="article:published_time" content="2024-10-18T10:00:00Z">
    <script>var views = 12345;</script></head><body>
    <nav><ul><li>Home</li><li>World</li></ul></nav>
    <article><h1>Swap of 95 each</h1><p>{ARTICLE}</p></article>
    <section class="most-read"><h3>Most read</h3><ol><li>Gold tops $3,800</li></ol></section>
    <footer>© 2024</footer></body></html>"""
    result = read_bytes("page.html", page.encode())
    (a, _), = result.articles
    assert a.title == "Swap of 95 each"
    assert a.url == "https://example-post.com/world/2024/10/18/swap"
    assert a.published_date == date(2024, 10, 18) and a.published_date_source == "meta"
    assert a.outlet == "The Example Post"
    assert "95 prisoners of war each" in a.body
    for chrome in ("12345", "Gold tops", "Home", "©"):
        assert chrome not in a.body


def test_jsonl_records_are_articles_and_a_broken_line_is_quarantined_alone():
    good = {"url": "https://x.example/2024/10/18/a", "title": "A", "date_publish": "2024-10-18 09:00:00", "maintext": ARTICLE, "language": "en"}
    data = (json.dumps(good) + "\n{not json\n" + json.dumps({**good, "maintext": ARTICLE + " More text."}) + "\n").encode()
    result = read_bytes("feed.jsonl", data)
    assert [a.source_path for a, _ in result.articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert result.articles[0][0].published_date == date(2024, 10, 18)
    assert result.articles[0][0].published_date_source == "json"
    (q,) = result.quarantine
    assert q.source_path == "feed.jsonl#2" and "not valid JSON" in q.reason


@pytest.mark.parametrize(
    "data, encoding",
    [
        (("\ufeff" + ARTICLE).encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (("Обмін полоненими: " + ARTICLE).encode("cp1251"), "windows-1251"),
        (("Gefangenenaustausch in Moskau für Männer: " + ARTICLE).encode("latin-1"), "windows-1252"),
        # runs of high bytes with 0x98, which Windows-1251 leaves undefined: read as Windows-1252, not a crash
        (b"\x98\xc0\xc1 " + ARTICLE.encode(), "windows-1252"),
    ],
)
def test_encodings_are_detected(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert "95 prisoners of war each" in decoded.text


@pytest.mark.parametrize(
    "name, data, reason_part",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "a PNG image, not text"),
        ("blob.txt", b"\x00\x01\x02\x03" + bytes(range(256)) * 4, "binary"),
        # documents saved by mistake are named ("the text file leaves only 47 characters" had been the PDF's reason)
        ("story.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document, not text"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a Word .docx"),
        ("story.rtf", b"{\\rtf1\\ansi Ukraine and Russia exchanged 84 prisoners each.}", "an RTF document"),
        ("mixed.txt", "Ukraine – Україна ".encode() + b"\xff\xfe bad " + "обмін".encode(), "mixes encodings"),
        ("list.json", b"[1, 2, 3]", "not article objects"),
        ("scalar.json", b"42", "not an object"),
        ("nofields.json", b'{"url": "https://x.example/a", "title": "t"}', "no article text"),
        ("broken.json", b'{"url": ', "malformed"),
        ("short.txt", b"Just a title line", "No article text"),
    ],
)
def test_bad_inputs_are_quarantined_with_a_reason(name, data, reason_part):
    result = read_bytes(name, data)
    assert result.articles == []
    (q,) = result.quarantine
    assert q.source_path == name
    assert reason_part.lower() in q.reason.lower()


def test_folder_quarantines_oversized_files_and_links_leaving_it(tmp_path: Path):
    root = tmp_path / "articles"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE * 2, encoding="utf-8")
    big = root / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    outside = tmp_path / "secret.txt"
    outside.write_text("secret " * 50)
    os.symlink(outside, root / "link.txt")
    os.symlink(root / "loop.txt", root / "loop.txt")
    results = {}
    for src, res in read_folder(root):
        for q in res.quarantine:
            results[q.source_path] = q.reason
        for a, _ in res.articles:
            results[a.source_path] = "ok"
    assert results["good.txt"] == "ok"
    assert "too large" in results["big.txt"]
    assert "outside the articles folder" in results["link.txt"]
    assert "link" in results["loop.txt"]


def test_same_article_saved_twice_has_one_id():
    plain = read_bytes("a.txt", ("url: https://x.example/a\n" + ARTICLE).encode()).articles[0][0]
    chrome = read_bytes("copy/b.txt", ("Vue normale\n\n" + ARTICLE + "\n\nBecome a Patron!\n❌").encode()).articles[0][0]
    assert plain.article_id == chrome.article_id


def test_decode_rejects_nul_padded_binary():
    with pytest.raises(UnreadableInput):
        decode_bytes(b"\x00\x01\x02\x03" * 100 + b"text")


def _rss(items: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Feed</title>{items}</channel></rss>").encode()


def test_rss_and_atom_feeds_give_one_article_per_item_with_title_link_and_date():
    item = ("<item><title>Swap</title><link>https://x.example/swap</link><pubDate>Sat, 19 Oct 2024 08:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[<p>{ARTICLE}</p>]]></content:encoded></item>")
    short = "<item><title>Brief</title><description>Two words.</description></item>"
    result = read_bytes("saved/feed.xml", _rss(item + short))
    (a, _), = result.articles
    assert (a.source_path, a.title, a.url, a.published_date, a.input_format) == (
        "saved/feed.xml#1", "Swap", "https://x.example/swap", date(2024, 10, 19), "feed")
    assert "95 prisoners of war each" in a.body
    (q,) = result.quarantine
    assert q.source_path == "saved/feed.xml#2" and "No article text" in q.reason
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>Swap</title>'
            '<link rel="alternate" href="https://y.example/swap"/><published>2024-10-18T10:00:00Z</published>'
            f'<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>').encode()
    (a, _), = read_bytes("feed.atom", atom).articles
    assert (a.url, a.published_date) == ("https://y.example/swap", date(2024, 10, 18))


@pytest.mark.parametrize("name, data, reason_part", [
    ("broken.rss", b"<rss><channel><item><title>x</title>", "malformed"),
    ("sitemap.xml", b'<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', "not an RSS or Atom feed"),
    # entity expansion is capped by the parser: a "billion laughs" file is refused, not expanded
    ("bomb.xml", ('<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + ']><rss><channel><item><title>&i;</title></item></channel></rss>').encode(),
     "malformed"),
])
def test_bad_feeds_are_quarantined_with_a_reason(name, data, reason_part):
    result = read_bytes(name, data)
    assert result.articles == []
    (q,) = result.quarantine
    assert q.source_path == name and reason_part in q.reason


def _mhtml(html: str, *, date_header="Fri, 28 Jun 2024 08:00:00 +0000", extra_parts="") -> bytes:
    """A page saved by a browser as one file ("Webpage, Single File"): quoted-printable HTML with no
    charset declared, then its images."""
    qp = _qp(html)
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.meridian-news.com/world/2024/06/26/swap\r\n"
            f"Subject: Saved page\r\nDate: {date_header}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B----\"\r\n\r\n\r\n"
            "------B----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://www.meridian-news.com/world/2024/06/26/swap\r\n\r\n"
            + qp + "\r\n\r\n" + extra_parts
            + "------B----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\r\n------B------\r\n").encode("ascii")


def _qp(text: str) -> str:
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


_SAVED_PAGE = ("<!DOCTYPE html><html><head><title>Ukraine and Russia swap 95 POWs each – Meridian News</title>"
               '<meta property="article:published_time" content="2024-06-26T10:00:00Z"></head><body><nav>Home | World</nav>'
               "<article><h1>Ukraine and Russia swap 95 POWs each</h1><p>Ukraine and Russia each released 95 prisoners of war "
               "on Tuesday in an exchange mediated by the United Arab Emirates, the Russian Defence Ministry said.</p>"
               "<p>It was the 53rd exchange of the war, Ukraine’s Coordination Headquarters said.</p></article></body></html>")


def test_a_page_saved_as_a_single_file_is_read_like_the_page():
    result = read_bytes("saved/swap.mhtml", _mhtml(_SAVED_PAGE))
    assert result.quarantine == []
    ((a, _),) = result.articles
    assert (a.input_format, a.url, a.outlet, a.title) == (
        "mhtml", "https://www.meridian-news.com/world/2024/06/26/swap", "Meridian News", "Ukraine and Russia swap 95 POWs each")
    # the page's own date, not the Date header (the day it was saved)
    assert (a.published_date, a.published_date_source) == (date(2024, 6, 26), "meta")
    assert "Ukraine’s Coordination Headquarters" in a.body and "Home | World" not in a.body


def test_a_saved_page_without_a_date_of_its_own_is_not_dated_by_its_save():
    page = _SAVED_PAGE.replace('<meta property="article:published_time" content="2024-06-26T10:00:00Z">', "")
    ((a, _),) = read_bytes("saved/swap.mht", _mhtml(page, date_header="Mon, 01 Jul 2024 08:00:00 +0000")).articles
    assert a.published_date != date(2024, 7, 1)
    assert a.published_date_source != "e-mail date"


def test_a_newsletter_email_is_an_article_dated_by_its_sending():
    eml = ("From: Daily Brief <brief@example.org>\r\nTo: reader@example.org\r\nSubject: Morning brief: 84 POWs freed\r\n"
           "Date: Fri, 15 Aug 2025 06:30:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\nGood morning.\r\n\r\nRussia and Ukraine each released 84 prisoners on Thursday, "
           "the Russian defence ministry said. Ukraine said 33 civilians were among those who came home.\r\n").encode("utf-8")
    ((a, _),) = read_bytes("inbox/brief.eml", eml).articles
    assert (a.input_format, a.outlet, a.title, a.published_date, a.published_date_source) == (
        "email", "Daily Brief", "Morning brief: 84 POWs freed", date(2025, 8, 15), "e-mail date")
    assert a.body.startswith("Good morning.") and "84 prisoners" in a.body


def test_a_saved_page_with_no_text_part_is_quarantined():
    data = ("MIME-Version: 1.0\r\nSnapshot-Content-Location: https://example.org/x\r\n"
            "Content-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: image/png\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n").encode("ascii")
    result = read_bytes("saved/empty.mhtml", data)
    assert result.articles == []
    assert "no HTML or plain-text part" in result.quarantine[0].reason


_TABLE_PAGE = """<!DOCTYPE html><html><head><title>Every prisoner exchange of 2024 - Meridian News</title>
<meta property="article:published_time" content="2024-12-31T10:00:00Z"></head><body><article>
<p>Ukraine and Russia carried out 11 prisoner exchanges in 2024, according to Ukraine's Coordination Headquarters.</p>
<table><thead><tr><th>Date</th><th>Returned to Ukraine</th><th>Returned to Russia</th><th>Mediator</th></tr></thead>
<tbody><tr><td>3 January 2024</td><td>230</td><td>248</td><td>UAE</td></tr>
<tr><td>25 June 2024</td><td>90</td><td>90</td><td>UAE</td></tr></tbody></table>
<p>In total, 1,358 Ukrainians came home in 2024, the headquarters said.</p></article></body></html>"""


def test_a_table_of_figures_becomes_one_sentence_per_row():
    ((a, _),) = read_bytes("tables/2024.html", _TABLE_PAGE.encode()).articles
    assert a.body.split("\n\n")[1:4] == [
        "3 January 2024: 230 returned to Ukraine, 248 returned to Russia, mediator: UAE.",
        "25 June 2024: 90 returned to Ukraine, 90 returned to Russia, mediator: UAE.",
        "In total, 1,358 Ukrainians came home in 2024, the headquarters said.",
    ]


def test_a_layout_table_of_prose_is_read_as_paragraphs():
    prose = "Ukraine and Russia exchanged 95 prisoners each on Friday in a deal brokered by the United Arab Emirates, officials said. " * 2
    page = f"<html><body><article><table><tr><td><p>{prose}</p></td><td>Ad</td></tr><tr><td><p>It was the 53rd swap of the war.</p></td><td>1</td></tr></table></article></body></html>"
    ((a, _),) = read_bytes("layout.html", page.encode()).articles
    assert a.body.startswith("Ukraine and Russia exchanged 95 prisoners each") and "53rd swap" in a.body


def test_a_pipe_table_in_a_text_file_is_read_and_a_chrome_line_is_not_a_table():
    text = ("Published: 2024-12-31\nEvery prisoner exchange of 2024\n\n"
            "Ukraine and Russia carried out 11 prisoner exchanges in 2024, according to Ukraine's Coordination Headquarters.\n\n"
            "| Date | Ukrainians freed | Russians freed |\n|------|------|------|\n| 3 January 2024 | 230 | 248 |\n| 25 June 2024 | 90 | 90 |\n\n"
            "Home | World | Europe | Sport\n\nIn total, 1,358 Ukrainians came home in 2024, the headquarters said.\n")
    ((a, _),) = read_bytes("tables/2024.txt", text.encode()).articles
    assert "3 January 2024: 230 Ukrainians freed, 248 Russians freed." in a.body
    assert "25 June 2024: 90 Ukrainians freed, 90 Russians freed." in a.body
    assert "Home | World" not in a.body and "|" not in a.body


def test_table_rows_give_figures_with_their_side_and_date():
    from pipeline.extract import extract_article

    ((a, _),) = read_bytes("tables/2024.html", _TABLE_PAGE.encode()).articles
    got = [(f.value, f.kind, f.side, f.event_date) for f in extract_article(a.article_id, a.body, a.published_date, a.language).figures]
    # ("carried out 11 prisoner exchanges in 2024": the year's count)
    assert got == [(11, "exchange_count", "both", date(2024, 1, 1)),
                   (230, "exchanged", "ukraine", date(2024, 1, 3)), (248, "exchanged", "russia", date(2024, 1, 3)),
                   (90, "exchanged", "ukraine", date(2024, 6, 25)), (90, "exchanged", "russia", date(2024, 6, 25)),
                   (1358, "cumulative_released", "ukraine", date(2024, 1, 1))]  # (the year's total: "came home in 2024")


def test_a_long_table_keeps_every_row():
    rows = "".join(f"<tr><td>{i % 28 + 1} May {2000 + i // 28}</td><td>{1000 + i}</td></tr>" for i in range(1, 700))
    page = f"<html><body><article><p>Every swap so far, with the people each side got back.</p><table><tr><th>Date</th><th>Freed</th></tr>{rows}</table></article></body></html>"
    ((a, _),) = read_bytes("long.html", page.encode()).articles
    assert all(f"{1000 + i} freed" in a.body for i in range(1, 700))


def test_a_table_that_opens_the_page_is_not_taken_for_its_dateline():
    page = ('<html><head><meta property="article:published_time" content="2024-12-31"></head><body><article><table>'
            "<tr><th>Date</th><th>Returned to Ukraine</th><th>Returned to Russia</th></tr>"
            "<tr><td>3 January 2024</td><td>230</td><td>248</td></tr><tr><td>31 January 2024</td><td>207</td><td>195</td></tr></table>"
            "<p>Ukraine and Russia carried out 11 prisoner exchanges in 2024, according to Ukraine's Coordination Headquarters.</p>"
            "</article></body></html>")
    ((a, _),) = read_bytes("t.html", page.encode()).articles
    assert a.body.startswith("3 January 2024: 230 returned to Ukraine, 248 returned to Russia.")


# Wire copy and e-mailed newsletters break lines at a fixed width; read line by line, a number loses its words.
_WRAPPED = """Published: 2025-10-03
Ukraine, Russia swap hundreds of prisoners

KYIV, Oct 2 (Reuters) - Ukraine and Russia each handed over 205
prisoners of war on Thursday in an exchange brokered by the
United Arab Emirates, officials on both sides said.

Ukraine's Coordination Headquarters said it was the 58th
exchange since the start of the full-scale invasion and that the
number of Ukrainians freed since 2022 has reached 5,857 people.

Those freed included:
- 27 officers
- 12 civilians
"""


def test_hard_wrapped_text_is_joined_back_into_paragraphs():
    ((a, _),) = read_bytes("wire/reuters.txt", _WRAPPED.encode()).articles
    assert a.body.split("\n\n") == [
        "KYIV, Oct 2 (Reuters) - Ukraine and Russia each handed over 205 prisoners of war on Thursday in an exchange "
        "brokered by the United Arab Emirates, officials on both sides said.",
        "Ukraine's Coordination Headquarters said it was the 58th exchange since the start of the full-scale "
        "invasion and that the number of Ukrainians freed since 2022 has reached 5,857 people.",
        "Those freed included:", "- 27 officers", "- 12 civilians",
    ]


def test_hard_wrapped_figures_keep_their_meaning():
    from pipeline.extract import extract_article

    ((a, _),) = read_bytes("wire/reuters.txt", _WRAPPED.encode()).articles
    got = {(f.value, f.kind, f.side) for f in extract_article(a.article_id, a.body, a.published_date, a.language).figures}
    assert {(205, "exchanged", "both"), (58, "exchange_ordinal", "both"), (5857, "cumulative_released", "ukraine")} <= got


@pytest.mark.parametrize("lines, expected", [
    # short lines, each a sentence or an item: the writer's breaks, kept
    (["Ukraine brings home 95 soldiers.", "Russia gets back 95 servicemen.", "The UAE mediated.", "More to follow."], None),
    # soft-wrapped paragraphs (one long line each) are not a wrap width
    (["Ukraine and Russia exchanged 95 prisoners each on Friday in a deal brokered by the United Arab Emirates, officials in both capitals said."] * 5, None),
])
def test_text_that_is_not_hard_wrapped_keeps_its_lines(lines, expected):
    from pipeline.ingest.unwrap import unwrap, wrap_width

    assert wrap_width(lines) == expected
    assert unwrap(lines) == lines


def test_unwrap_joins_only_where_the_next_word_would_not_have_fitted():
    from pipeline.ingest.unwrap import unwrap

    lines = ["The Coordination Headquarters said the 84 returnees included full-",
             "scale veterans of the battle for Mariupol and wounded soldiers, and",
             "that the oldest was 61.",
             "",
             "1. Another exchange is expected in the coming weeks, officials said",
             "2. The next round of talks will take place in Istanbul, they added",
             "and the UAE is expected to mediate the next swap, a source told us.",
             "Short line.",
             "and a lower-case line after it"]
    assert unwrap(lines) == [
        "The Coordination Headquarters said the 84 returnees included full-scale veterans of the battle for "
        "Mariupol and wounded soldiers, and that the oldest was 61.",
        "",
        "1. Another exchange is expected in the coming weeks, officials said",
        "2. The next round of talks will take place in Istanbul, they added and the UAE is expected to mediate the next swap, a source told us.",
        "Short line.",
        "and a lower-case line after it",
    ]


# A web clipper's Markdown save (Obsidian Web Clipper's layout): front matter, links, images, emphasis, headings.
_CLIPPED = """---
title: "Ukraine and Russia swap 205 POWs each in UAE-brokered deal"
source: "https://www.example-news.com/world/2025/10/02/ukraine-russia-swap-205-pows"
author:
  - "[[Jane Doe]]"
published: 2025-10-02
created: 2025-10-05
tags:
  - "clippings"
---
# Ukraine and Russia swap 205 POWs each in UAE-brokered deal

![Freed soldiers](https://cdn.example-news.com/img/2025/10/02/1200x800.jpg)

**KYIV** — Ukraine and Russia each handed over **205** prisoners of war on Thursday, in an exchange brokered by the [United Arab Emirates](https://www.example-news.com/topic/uae), officials said.

President [Volodymyr Zelensky](https://www.example-news.com/people/zelensky) said the returnees included _27 officers_ and 12 civilians.

> "Our people are home," Zelensky wrote on Telegram.

## Read more

- [Russia and Ukraine agree to swap 1,000 prisoners each](https://www.example-news.com/world/2025/05/16/1000)
- [Bodies of 6,000 soldiers to be returned](https://www.example-news.com/world/2025/06/02/6000)
"""


def test_a_markdown_clipping_reads_its_front_matter_and_loses_its_markup():
    ((a, _),) = read_bytes("clippings/swap.md", _CLIPPED.encode()).articles
    assert (a.title, a.url, a.published_date, a.published_date_source, a.input_format) == (
        "Ukraine and Russia swap 205 POWs each in UAE-brokered deal",
        "https://www.example-news.com/world/2025/10/02/ukraine-russia-swap-205-pows",
        date(2025, 10, 2), "front matter", "markdown")
    assert a.body.split("\n\n") == [
        "KYIV — Ukraine and Russia each handed over 205 prisoners of war on Thursday, in an exchange brokered by the "
        "United Arab Emirates, officials said.",
        "President Volodymyr Zelensky said the returnees included 27 officers and 12 civilians.",
        '"Our people are home," Zelensky wrote on Telegram.',
    ]


def test_a_markdown_clipping_gives_the_figures_of_its_text_only():
    from pipeline.extract import extract_article

    ((a, _),) = read_bytes("clippings/swap.md", _CLIPPED.encode()).articles
    got = [(f.value, f.kind, f.is_breakdown) for f in extract_article(a.article_id, a.body, a.published_date, a.language).figures]
    assert got == [(205, "exchanged", False), (27, "exchanged", True), (12, "exchanged", True)]


def test_front_matter_without_the_md_extension_is_read_as_markdown():
    ((a, _),) = read_bytes("clippings/swap.txt", _CLIPPED.encode()).articles
    assert a.input_format == "markdown" and a.published_date == date(2025, 10, 2)


@pytest.mark.parametrize("markdown, text", [
    ("Ukraine freed ***205*** soldiers and __12__ civilians.", "Ukraine freed 205 soldiers and 12 civilians."),
    ("the `exchange_fund` list and snake_case_names stay", "the exchange_fund list and snake_case_names stay"),
    ("* 27 officers\n* 12 civilians", "* 27 officers\n* 12 civilians"),  # list items keep their markers
    ("2 * 3 = 6, not 5", "2 * 3 = 6, not 5"),
    ("See [[Exchanges 2025|the list]] and <https://example.org/2025/10/02>.", "See the list and https://example.org/2025/10/02."),
    ("[the ministry][1] said 95 were freed\n\n[1]: https://mil.gov.ua/news/2025/10/02/95", "the ministry said 95 were freed\n\n"),
    ("Quote:\n> > nested 40 prisoners\n\n---\n### Heading ###", "Quote:\nnested 40 prisoners\n\n\nHeading"),
])
def test_markdown_markup_is_removed_and_nothing_else(markdown, text):
    from pipeline.ingest.markdown import markdown_to_text

    assert markdown_to_text(markdown).text == text


def _telegram_page(*posts: tuple[str, str, str]) -> str:
    """A saved t.me/s/<channel> page: (post id, text with <br/>, ISO time) per post."""
    body = "".join(
        f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="koordshtab/{pid}">'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'
        f'<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">45.2K</span>'
        f'<a class="tgme_widget_message_date" href="https://t.me/koordshtab/{pid}"><time datetime="{when}" class="time">12:03</time></a>'
        f"</div></div></div>" for pid, text, when in posts)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="Координаційний штаб"></head>'
            f'<body><section class="tgme_channel_history">{body}</section></body></html>')


def test_a_saved_telegram_channel_gives_one_article_per_post_dated_by_its_own_time():
    page = _telegram_page(
        ("1201", "🇺🇦 Додому повернулися 84 захисники!<br/><br/>Це 66-й обмін з початку повномасштабного вторгнення.", "2025-08-14T12:03:11+00:00"),
        ("1207", "", "2025-08-20T08:00:00+00:00"),  # a photo alone: no article
        ("1215", "🇺🇦 146 українців повернулися додому з російського полону!<br/><br/>Також додому повернулися 8 цивільних.", "2025-08-24T09:15:00+00:00"),
        ("1220", "🔥🔥🔥", "2025-08-24T10:00:00+00:00"),
    )
    result = read_bytes("telegram/koordshtab.html", page.encode())
    got = [(a.source_path, a.published_date, a.published_date_source, a.url, a.outlet, a.input_format, a.body.split("\n\n")[0])
           for a, _ in result.articles]
    assert got == [
        ("telegram/koordshtab.html#1", date(2025, 8, 14), "telegram", "https://t.me/koordshtab/1201", "Координаційний штаб", "telegram",
         "🇺🇦 Додому повернулися 84 захисники!"),
        ("telegram/koordshtab.html#3", date(2025, 8, 24), "telegram", "https://t.me/koordshtab/1215", "Координаційний штаб", "telegram",
         "🇺🇦 146 українців повернулися додому з російського полону!"),
    ]
    # a post of emoji alone is no article, and says why
    assert [(q.source_path, q.reason) for q in result.quarantine] == [
        ("telegram/koordshtab.html#4", "No article text found: the Telegram post has only 0 characters of text.")]


def test_telegram_posts_keep_their_lead_line_and_their_figures():
    from pipeline.extract import extract_article

    page = _telegram_page(("1215", "🇺🇦 146 українців повернулися додому з російського полону!<br/><br/>Також додому повернулися 8 цивільних.",
                           "2025-08-24T09:15:00+00:00"))
    ((a, _),) = read_bytes("tg.html", page.encode()).articles
    got = [(f.value, f.side, f.is_additional, f.event_date) for f in extract_article(a.article_id, a.body, a.published_date, a.language).figures]
    assert got == [(146, "ukraine", False, date(2025, 8, 24)), (8, "ukraine", True, date(2025, 8, 24))]


def test_a_trafilatura_record_gives_its_url_and_site():
    rec = {"title": "Ukraine and Russia swap 90 POWs each", "hostname": "kyivindependent.com", "date": "2024-06-25",
           "text": "Ukraine and Russia each handed over 90 prisoners of war on Tuesday, in a swap mediated by the United Arab Emirates.",
           "source": "https://kyivindependent.com/ukraine-russia-swap-90-pows/", "source-hostname": "The Kyiv Independent", "language": "en"}
    ((a, _),) = read_bytes("scrape/traf.json", json.dumps(rec).encode()).articles
    assert (a.url, a.outlet, a.published_date) == ("https://kyivindependent.com/ukraine-russia-swap-90-pows/", "The Kyiv Independent", date(2024, 6, 25))


def test_a_telegram_page_of_photos_alone_is_quarantined_with_a_reason():
    page = _telegram_page(("7", "", "2025-08-20T08:00:00+00:00"), ("8", "", "2025-08-21T08:00:00+00:00"))
    result = read_bytes("telegram/photos.html", page.encode())
    assert result.articles == [] and [(q.source_path, q.reason) for q in result.quarantine] == [
        ("telegram/photos.html", "The saved Telegram page has no post with text.")]


def test_an_empty_markdown_clipping_is_quarantined_with_a_reason():
    result = read_bytes("clippings/empty.md", b"---\ntitle: \"Swap\"\nsource: https://example.org/a\n---\n# Swap\n\n![photo](https://example.org/p.jpg)\n")
    assert result.articles == [] and len(result.quarantine) == 1
    assert result.quarantine[0].reason.startswith("No article text found: the Markdown file leaves only")


_SWAP_TEXT = ("Ukraine and Russia exchanged 84 prisoners each on Thursday, the Coordination Headquarters said. "
              "Among the Ukrainians were civilians who had been held since 2014.")


@pytest.mark.parametrize("name, record, expected", [
    # schema.org names, inside the wrappers scrapers and APIs put around records
    ("nested.json", {"data": {"article": {"headline": "Swap", "articleBody": _SWAP_TEXT, "datePublished": "2025-08-14T10:00:00Z",
                                          "url": "https://www.example.com/news/swap"}}},
     [("nested.json", "Swap", date(2025, 8, 14), "https://www.example.com/news/swap")]),
    ("items.json", {"items": [{"title": "A", "content": _SWAP_TEXT, "published_at": "2025-08-14"},
                              {"title": "B", "content": _SWAP_TEXT.replace("84", "85"), "published_at": "2025-08-15"}]},
     [("items.json#1", "A", date(2025, 8, 14), None), ("items.json#2", "B", date(2025, 8, 15), None)]),
    # Elasticsearch hits: each record in its "_source"
    ("es.json", {"hits": {"total": 1, "hits": [{"_id": "x1", "_source": {"title": "ES", "body": _SWAP_TEXT, "published": "2025-08-14"}}]}},
     [("es.json#1", "ES", date(2025, 8, 14), None)]),
    # the WordPress REST API: title and content as {"rendered": html}
    ("wp.json", {"id": 7, "title": {"rendered": "Swap WP"}, "content": {"rendered": f"<p>{_SWAP_TEXT}</p>", "protected": False},
                 "date": "2025-08-14T10:00:00", "link": "https://wp.example.org/2025/08/14/swap/"},
     [("wp.json", "Swap WP", date(2025, 8, 14), "https://wp.example.org/2025/08/14/swap/")]),
    # paragraphs as a list; a Unix time in milliseconds
    ("paras.json", {"title": "P", "text": [_SWAP_TEXT, "Second paragraph about the swap and the 84 freed."], "published": 1755165600000},
     [("paras.json", "P", date(2025, 8, 14), None)]),
    # a CMS API's body as HTML under its own name ("body_html"), its day written day first
    ("cms.json", {"data": {"attributes": {"title": "CMS", "published_at": "14/08/2025 18:30", "body_html": f"<p>{_SWAP_TEXT}</p><p>Advertisement</p>"}}},
     [("cms.json", "CMS", date(2025, 8, 14), None)]),
    # a headless CMS's blocks, as a list or under "blocks" (an image block's caption is no text)
    ("blocks.json", {"title": "Blocks", "date": "2025-08-14", "content": [{"type": "paragraph", "text": _SWAP_TEXT},
                                                                         {"type": "image", "caption": "Freed soldiers. Photo 1 of 12"}]},
     [("blocks.json", "Blocks", date(2025, 8, 14), None)]),
    ("editor.json", {"article": {"title": "Editor", "body": {"blocks": [{"kind": "p", "value": _SWAP_TEXT}]}}, "meta": {"published": "2025-08-14"}},
     [("editor.json", "Editor", date(2025, 8, 14), None)]),
    # (a list of records with titles under "content" is a list of articles, not one article's blocks)
    ("list.json", {"content": [{"title": "L1", "body": _SWAP_TEXT, "date": "2025-08-14"}, {"title": "L2", "body": _SWAP_TEXT, "date": "2025-08-15"}]},
     [("list.json#1", "L1", date(2025, 8, 14), None), ("list.json#2", "L2", date(2025, 8, 15), None)]),
    # only a description: read (it is long enough here)
    ("desc.json", {"title": "D", "description": _SWAP_TEXT, "created_at": "2026-01-01"}, [("desc.json", "D", None, None)]),
])
def test_json_records_in_the_shapes_scrapers_and_apis_write(name, record, expected):
    result = read_bytes(name, json.dumps(record).encode())
    assert result.quarantine == []
    assert [(a.source_path, a.title, a.published_date, a.url) for a, _ in result.articles] == expected
    for a, _ in result.articles:
        assert a.body.startswith("Ukraine and Russia exchanged 8") and "<p>" not in a.body


def test_a_json_object_with_several_nested_objects_is_one_record_not_a_wrapper():
    record = {"meta": {"views": 3}, "author": {"name": "A. Writer"}}
    (q,) = read_bytes("meta.json", json.dumps(record).encode()).quarantine
    assert "no article text" in q.reason and "author, meta" in q.reason


def test_a_sites_date_bar_yields_to_the_byline_with_a_time():
    raw = ("Kyiv Independent\nSunday, December 29, 2024\n\nUkraine brings home 189 POWs in first exchange in over two months\n\n"
           "by Martin Fornusek\nDecember 30, 2024 6:41 PM 2 min read\n\n"
           "Ukraine brought home 189 prisoners of war on Dec. 30, President Volodymyr Zelensky announced on his Telegram channel.\n")
    (a, _), = read_bytes("ki.txt", raw.encode()).articles
    assert a.published_date == date(2024, 12, 30)
    assert "6:41" not in a.body
    # a date bar alone is still the best date there is
    (a, _), = read_bytes("ki.txt", raw.replace("December 30, 2024 6:41 PM 2 min read\n", "").encode()).articles
    assert a.published_date == date(2024, 12, 29)


def test_a_short_paragraph_after_a_list_of_other_stories_is_kept():
    raw = ("Ukrainska Pravda\n25 June 2024, 18:20\n\nUkraine returns 90 defenders from Russian captivity\n\n"
           "Ukraine has brought home 90 defenders as part of a new prisoner exchange, President Volodymyr Zelensky said on Tuesday.\n\n"
           "Related news:\n• Ukraine brings home 207 POWs in the largest exchange of the war\n"
           "• 10 children returned from Russia, says Lubinets\n\n"
           "The exchange was mediated by the United Arab Emirates, the 53rd since the start of the full-scale war.\n")
    (a, _), = read_bytes("up.txt", raw.encode()).articles
    assert a.body.endswith("The exchange was mediated by the United Arab Emirates, the 53rd since the start of the full-scale war.")
    assert "207 POWs" not in a.body and "10 children" not in a.body


def test_a_reported_sentence_is_no_site_appeal_or_share_button():
    raw = ("Title here\n\nUkraine brought home 95 prisoners on Friday, officials said.\n\n"
           "Families of the missing are asked to donate DNA samples to help identify the bodies, the headquarters said.\n\n"
           "Share this with relatives of the missing, the ombudsman urged.\n\nShare: Facebook · X · Email\n\n"
           "Donate now to support our journalism.\n")
    (a, _), = read_bytes("t.txt", raw.encode()).articles
    assert "donate DNA samples" in a.body and "the ombudsman urged" in a.body
    assert "Facebook" not in a.body and "Donate now" not in a.body


@pytest.mark.parametrize("text, kept", [
    ("Vereshchuk said 25 Ukrainians had been returned on Thursday.", True),
    ("Five hundred and two bodies were repatriated to Ukraine on Tuesday.", True),
    ("Page not found.", False),
    ("Sorry, this page is unavailable.", False),
])
def test_a_one_sentence_news_flash_is_an_article(text, kept):
    result = read_bytes("flash.txt", f"Date: 2025-01-10\n\n{text}\n".encode())
    assert (len(result.articles) == 1) == kept
    if not kept:
        assert "No article text found" in result.quarantine[0].reason


def test_a_wire_photo_caption_is_chrome():
    raw = ("Title\n\nKYIV, Feb 5 (Reuters) - Russia and Ukraine each released 150 prisoners of war on Wednesday, both sides said.\n\n"
           "FILE PHOTO: Ukrainian prisoners of war are seen after a swap in Ukraine December 30, 2024. REUTERS/File Photo\n\n"
           "It was the first exchange since Jan. 15, when 25 were freed from each side.\n")
    (a, _), = read_bytes("r.txt", raw.encode()).articles
    assert "FILE PHOTO" not in a.body and "December 30, 2024" not in a.body and "25 were freed" in a.body


def test_a_photo_caption_in_a_page_is_not_the_story():
    page = f"""<!DOCTYPE html><html lang="en"><head><title>Swap</title>
    <meta property="article:published_time" content="2025-02-05T10:00:00Z"></head><body>
    <article><h1>Swap</h1><p>The exchange is the latest in a series of swaps agreed at talks in Istanbul this year.</p>
    <figure><img src="a.jpg"><figcaption>Prisoners of war after a swap, Ukraine, December 30, 2024.
    REUTERS</figcaption></figure><p>{ARTICLE}</p></article></body></html>"""
    (a, _), = read_bytes("page.html", page.encode()).articles
    assert "December 30" not in a.body and "95 prisoners of war each" in a.body


def test_a_page_rendered_by_scripts_is_read_from_its_json_ld_article_body():
    story = ("Russia and Ukraine exchanged 103 prisoners of war each on Saturday, the Russian defence ministry said. "
             "The UAE mediated the swap, its ninth between the two countries.")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Russia and Ukraine swap 103 prisoners each",
                     "datePublished": "2024-09-14T12:00:00Z", "articleBody": story})
    page = (f'<!doctype html><html><head><title>Swap</title><script type="application/ld+json">{ld}</script></head>'
            '<body><div id="root"></div><script>window.__APP__ = 1</script></body></html>')
    result = read_bytes("spa.html", page.encode())
    assert result.quarantine == []
    (a, _), = result.articles
    assert (a.body, a.published_date, a.title) == (story, date(2024, 9, 14), "Russia and Ukraine swap 103 prisoners each")
    # a page with its own text keeps it (the JSON-LD only repeats it)
    shown = page.replace('<div id="root"></div>', f"<article><p>{story}</p></article>")
    (a, _), = read_bytes("page.html", shown.encode()).articles
    assert a.body == story


def test_a_page_rendered_by_a_script_framework_is_read_from_its_app_state():
    # (a Next.js page saved before its script ran holds the story only in __NEXT_DATA__: it was quarantined as empty)
    state = {"props": {"pageProps": {
        "related": [{"headline": "Drone attack on Kharkiv", "body": [{"type": "paragraph", "text": "Short."}]}],
        "article": {"headline": "Ukraine brings home 84 POWs", "datePublished": "2025-08-14T10:00:00Z", "body": [
            {"type": "paragraph", "text": "Ukraine and Russia exchanged 84 prisoners each on Thursday, officials said."},
            {"type": "image", "src": "a.jpg"},
            {"type": "paragraph", "children": [{"text": "Among the Ukrainians were 33 civilians, "}, {"text": "Zelensky said."}]},
            {"type": "paragraph", "text": "It was the 66th exchange since the start of the full-scale invasion, the Coordination Headquarters said."}]}}}}
    page = ('<!DOCTYPE html><html><head><title>Ukraine brings home 84 POWs - Example News</title></head><body>'
            '<div id="__next"><div class="loading">Loading...</div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>')
    result = read_bytes("next.html", page.encode())
    assert result.quarantine == []
    (a, _), = result.articles
    assert a.body == ("Ukraine and Russia exchanged 84 prisoners each on Thursday, officials said.\n\n"
                      "Among the Ukrainians were 33 civilians, Zelensky said.\n\n"
                      "It was the 66th exchange since the start of the full-scale invasion, the Coordination Headquarters said.")
    assert (a.published_date, a.title) == (date(2025, 8, 14), "Ukraine brings home 84 POWs")
    # a page that shows its story keeps it: the app state is read only when the page has next to no text
    shown = page.replace('<div class="loading">Loading...</div>', "<article><p>" + "Ukraine and Russia exchanged 84 prisoners each on Thursday, "
                         "officials said, in the latest swap mediated by the United Arab Emirates. " * 3 + "</p></article>")
    (a, _), = read_bytes("page.html", shown.encode()).articles
    assert "33 civilians" not in a.body and a.body.startswith("Ukraine and Russia exchanged 84")


def test_a_news_api_record_keeps_its_truncated_text_and_its_source_name():
    record = {"status": "ok", "articles": [{"source": {"id": None, "name": "Reuters"}, "title": "Ukraine brings home 95",
                                            "publishedAt": "2024-10-18T15:00:00Z",
                                            "content": "Russia and Ukraine each returned 95 prisoners of war on Friday, officials said. "
                                                       "It was the 58th exchange… [+1234 chars]"}]}
    result = read_bytes("newsapi.json", json.dumps(record).encode())
    assert result.quarantine == []
    (a, _), = result.articles
    assert (a.outlet, a.published_date, a.title) == ("Reuters", date(2024, 10, 18), "Ukraine brings home 95")
    # the truncation marker is no text; a paragraph of two sentences is no headline, however it ends
    assert a.body == "Russia and Ukraine each returned 95 prisoners of war on Friday, officials said. It was the 58th exchange…"


def test_every_post_of_a_live_blog_and_a_story_after_a_teaser_card_are_read():
    head = ('<!doctype html><html lang="en"><head><title>War live | Example News</title>'
            '<meta property="article:published_time" content="2025-04-19T18:00:00Z"></head><body>')
    swap = "Russia and Ukraine exchanged 246 prisoners each on Saturday, according to Russia's defence ministry."
    home = "Zelensky said 277 Ukrainians had come home, including 31 wounded."
    live = (head + f'<main><article class="post"><h2>17:05</h2><p>{swap}</p></article>'
            f'<article class="post"><h2>15:02</h2><p>{home}</p></article></main></body></html>')
    (a, _), = read_bytes("live.html", live.encode()).articles
    assert a.body == f"{swap}\n\n{home}"  # (the first <article> alone had been taken for the page)
    cards = (head + '<div class="top"><article class="card"><a href="/x">Russia strikes Kyiv with 300 drones</a></article></div>'
             f'<div class="story-body"><p>{swap}</p><p>{home}</p></div></body></html>')
    result = read_bytes("cards.html", cards.encode())
    assert result.quarantine == []  # (the teaser card had been taken for the story, and the page quarantined)
    (a, _), = result.articles
    assert a.body == f"{swap}\n\n{home}"


def test_a_media_players_label_is_chrome():
    raw = ("Ukraine and Russia swap 95 POWs each\nOctober 18, 2024\n\nWATCH: Freed Ukrainian soldiers arrive home (2:34)\n\n"
           "Russia and Ukraine each returned 95 prisoners of war on Friday, officials said.\n\n"
           "VIDEO: 300 drones hit Kyiv overnight\n\nThe exchange was the 58th of the war, according to Kyiv.\n")
    (a, _), = read_bytes("w.txt", raw.encode()).articles
    assert a.body == ("Russia and Ukraine each returned 95 prisoners of war on Friday, officials said.\n\n"
                      "The exchange was the 58th of the war, according to Kyiv.")


def test_a_feed_readers_list_saved_as_text_gives_one_article_per_item():
    raw = ("Feedly - Ukraine news (3 unread)\n\n"
           "Ukraine, Russia swap 95 POWs each\nReuters · Oct 18, 2024\n"
           "Russia and Ukraine each returned 95 prisoners of war on Friday in a swap mediated by the United Arab Emirates.\n\n"
           "Ukraine brings home 49 people\nKyiv Independent · Sep 14, 2024\n"
           "Ukraine brought home 49 people from Russian captivity, including 23 soldiers, Zelensky said on Friday.\n\n"
           "Russia returns 103 servicemen\nTASS · Sep 14, 2024 10:15\nRu\n")
    result = read_bytes("dump.txt", raw.encode())
    got = [(a.source_path, a.title, a.outlet, a.published_date) for a, _ in result.articles]
    assert got == [("dump.txt#1", "Ukraine, Russia swap 95 POWs each", "Reuters", date(2024, 10, 18)),
                   ("dump.txt#2", "Ukraine brings home 49 people", "Kyiv Independent", date(2024, 9, 14))]
    # each item keeps only its own text ("on Friday" is then the Friday before its own date); one with no text is quarantined
    assert result.articles[1][0].body == "Ukraine brought home 49 people from Russian captivity, including 23 soldiers, Zelensky said on Friday."
    assert [q.source_path for q in result.quarantine] == ["dump.txt#3"]
    # one article with its byline is not a list
    single = "Ukraine, Russia swap 95 POWs each\nReuters · Oct 18, 2024\n\n" + "Russia and Ukraine each returned 95 prisoners of war on Friday. " * 3
    (a, _), = read_bytes("one.txt", single.encode()).articles
    assert (a.source_path, a.published_date) == ("one.txt", date(2024, 10, 18))


def test_a_news_aggregators_feed_item_with_only_its_headline_is_read_from_the_headline():
    # Google News: the description is a link to the headline and the outlet's name; the headline reports the figure
    item = ("<item><title>Ukraine, Russia exchange 84 prisoners each - Reuters</title><link>https://news.example/x</link>"
            "<pubDate>Thu, 14 Aug 2025 12:00:00 GMT</pubDate><description>&lt;a href=\"https://x\"&gt;Ukraine, Russia exchange 84 "
            "prisoners each&lt;/a&gt;&amp;nbsp;&lt;font color=\"#6f6f6f\"&gt;Reuters&lt;/font&gt;</description>"
            "<source url=\"https://www.reuters.example\">Reuters</source></item>")
    # a headline with no number reports no figure: still nothing to read
    bare = "<item><title>Talks on prisoners resume - Example Post</title><description>Example Post</description></item>"
    result = read_bytes("google-news.xml", _rss(item + bare))
    (a, _), = result.articles
    assert (a.source_path, a.body, a.title, a.outlet, a.published_date) == (
        "google-news.xml#1", "Ukraine, Russia exchange 84 prisoners each", "Ukraine, Russia exchange 84 prisoners each", "Reuters",
        date(2025, 8, 14))
    (q,) = result.quarantine
    assert q.source_path == "google-news.xml#2" and "No article text" in q.reason


def test_a_saved_pages_skip_link_menu_player_reading_time_counters_and_byline_are_chrome():
    raw = ("Skip to main content\nMenu  Search  Sign in\nListen · 4:12 min\nUpdated 2 hours ago · 5 min read\n"
           "By Olena Petrenko and Mark Jones\nNovember 21, 2025 9:14 AM GMT+2\n\n"
           "Ukraine and Russia swap 120 prisoners each in first exchange in two months\n\n"
           "Ukraine and Russia exchanged 120 prisoners of war each on Friday, officials on both sides said.\n"
           "1.2K shares\n34 comments\n")
    (a, _), = read_bytes("page.txt", raw.encode()).articles
    # (the skip link had been the title, the byline and the player the body's first lines)
    assert (a.title, a.published_date) == ("Ukraine and Russia swap 120 prisoners each in first exchange in two months", date(2025, 11, 21))
    assert a.body == "Ukraine and Russia exchanged 120 prisoners of war each on Friday, officials on both sides said."


def test_a_section_breadcrumb_and_reading_time_before_the_update_are_chrome():
    raw = ("World | Europe\nUkraine and Russia swap 146 POWs each on Independence Day\nBy Jane Doe, Kyiv correspondent\n"
           "5 min read · Updated 2 hours ago\nUkraine and Russia exchanged 146 prisoners of war each on Sunday, officials said.\n"
           "Exchange | 390 each\n")
    (a, _), = read_bytes("page.txt", ("Date: 2025-08-24\n" + raw).encode()).articles
    # (a line of a few words of letters between bars is a breadcrumb; one with a number is kept)
    assert a.title == "Ukraine and Russia swap 146 POWs each on Independence Day"
    assert a.body == "Ukraine and Russia exchanged 146 prisoners of war each on Sunday, officials said.\n\nExchange | 390 each"


@pytest.mark.parametrize("line", [
    "By Friday, 300 prisoners had been freed",
    "By Sunday, Russia and Ukraine had swapped prisoners",
])
def test_a_sentence_opening_with_by_is_no_byline(line):
    raw = f"Ukraine and Russia complete their largest prisoner swap of the year\n\n{line}\n\nUkraine and Russia exchanged 120 prisoners of war each on Friday, officials said.\n"
    (a, _), = read_bytes("s.txt", raw.encode()).articles
    assert line in a.body


@pytest.mark.parametrize("name, record, expected", [
    # Diffbot: "objects", "siteName", "pageUrl"
    ("diffbot.json", {"objects": [{"type": "article", "title": "Ukraine, Russia swap 150 POWs", "siteName": "Example News",
                                   "pageUrl": "https://example.com/a", "date": "Wed, 05 Feb 2025 10:00:00 GMT",
                                   "text": "Ukraine and Russia exchanged 150 prisoners of war each on Wednesday. It was the 61st exchange."}]},
     ("Ukraine, Russia swap 150 POWs", "Example News", "https://example.com/a", date(2025, 2, 5), "It was the 61st exchange.")),
    # NewsAPI's whole response: a truncated one-sentence content under its own title is the body, not a second headline
    ("newsapi.json", {"status": "ok", "totalResults": 1, "articles": [{
        "source": {"id": None, "name": "Example Wire"}, "title": "Ukraine brings home 95 POWs", "url": "https://example.org/b",
        "publishedAt": "2024-10-18T12:00:00Z",
        "content": "Ukraine brought home 95 prisoners of war on Friday in an exchange mediated by the UAE, the 58th since the war began… [+1200 chars]"}]},
     ("Ukraine brings home 95 POWs", "Example Wire", "https://example.org/b", date(2024, 10, 18), "the 58th since the war began…")),
    # an article object beside its metadata, its body a list of paragraphs
    ("nested.json", {"article": {"headline": "Russia and Ukraine exchange 103 POWs each", "body": {"paragraphs": [
        "Russia and Ukraine each returned 103 prisoners of war on Saturday.", "The exchange was mediated by the UAE."]}},
        "meta": {"published": "2024-09-14", "site": "Example Post"}},
     ("Russia and Ukraine exchange 103 POWs each", "Example Post", None, date(2024, 9, 14), "The exchange was mediated by the UAE.")),
])
def test_scraper_and_api_records_of_other_shapes(name, record, expected):
    result = read_bytes(name, json.dumps(record).encode())
    assert result.quarantine == []
    (a, _), = result.articles
    title, outlet, url, published, in_body = expected
    assert (a.title, a.outlet, a.url, a.published_date) == (title, outlet, url, published)
    assert a.body.endswith(in_body)


def test_a_story_marked_up_as_the_article_body_is_read_without_the_sites_menus():
    page = ('<html><head><title>Russia and Ukraine swap 84 POWs each - Example Daily</title></head><body>'
            '<div class="header"><ul><li><a href="/">News</a></li><li><a href="/war">War</a></li><li>Weather 24°C</li></ul></div>'
            '<div class="wrap"><div itemprop="articleBody"><p>Russia and Ukraine exchanged 84 prisoners of war each on Thursday.</p>'
            '<p>It was the 67th exchange since the start of the full-scale invasion, according to Kyiv.</p></div>'
            '<div class="widget">Most popular: <a>Kyiv hit by 40 missiles</a></div></div></body></html>')
    (a, _), = read_bytes("marked.html", page.encode()).articles
    assert a.body == ("Russia and Ukraine exchanged 84 prisoners of war each on Thursday.\n\n"
                      "It was the 67th exchange since the start of the full-scale invasion, according to Kyiv.")


def test_the_headline_is_the_line_above_the_byline_and_gallery_captions_are_chrome():
    raw = ("Skip to main content\nExclusive news, data and analytics for financial market professionals\nWorld\n"
           "Russia, Ukraine swap 84 prisoners each, including civilians\nBy Reuters\nAugust 14, 2025 3:02 PM GMT+3\n"
           "Item 1 of 3 Freed Ukrainian prisoners of war pose for a picture after a swap, August 14, 2025. REUTERS\n"
           "[1/3]Freed Ukrainian prisoners of war pose for a picture after a swap.\n"
           "KYIV, Aug 14 (Reuters) - Russia and Ukraine exchanged 84 prisoners each on Thursday, the two sides said.\n")
    (a, _), = read_bytes("reuters.txt", raw.encode()).articles
    # (the site's tagline had been the title; "Item 1 of 3" had given an exchange of 3)
    assert (a.title, a.published_date) == ("Russia, Ukraine swap 84 prisoners each, including civilians", date(2025, 8, 14))
    assert "Item 1 of 3" not in a.body and "[1/3]" not in a.body
    assert a.body.endswith("Russia and Ukraine exchanged 84 prisoners each on Thursday, the two sides said.")


def test_a_story_in_a_div_of_text_split_by_line_breaks_is_read():
    # (the page had been quarantined as empty: its only block element was the headline, which is the title)
    raw = ('<html><head><title>Ukraine and Russia swap 95 POWs each - Daily Example</title><meta name="pubdate" content="2024-10-18"></head>'
           '<body><article><h1>Ukraine and Russia swap 95 POWs each</h1>'
           '<div class="story">Ukraine and <b>Russia</b> exchanged <a href="#">95 prisoners</a> of war each on Friday.<br><br>'
           'It was the 58th exchange since the full-scale invasion, Zelensky said.<div class="inset">Among the Ukrainians were 18 border guards.</div></div>'
           '<section class="comments"><p>They should swap all 8000 at once.</p></section></article></body></html>')
    (a, _), = read_bytes("c.html", raw.encode()).articles
    assert a.body == ("Ukraine and Russia exchanged 95 prisoners of war each on Friday.\n\n"
                      "It was the 58th exchange since the full-scale invasion, Zelensky said.\n\nAmong the Ukrainians were 18 border guards.")


def test_an_amp_pages_menu_and_ads_are_not_the_story():
    # (an AMP page's <amp-sidebar> menu had opened the body with "World\n\nPolitics")
    page = ('<!doctype html><html lang="en"><head><title>Russia, Ukraine exchange 150 POWs | Example Times</title>'
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-05T11:00:00+02:00"}</script></head>'
            '<body><amp-sidebar id="s" layout="nodisplay"><ul><li>World</li><li>Politics</li></ul></amp-sidebar>'
            '<div class="amp-article"><h1>Russia, Ukraine exchange 150 POWs</h1><div class="article-body">'
            '<p>Russia and Ukraine swapped 150 prisoners of war each on Wednesday, the defence ministry in Moscow said.</p>'
            '<amp-ad width="300" height="250" type="x"><div fallback>Advertisement: 50% off</div></amp-ad>'
            '<p>Among those freed were 9 civilians, Kyiv said.</p></div></div></body></html>')
    (a, _), = read_bytes("amp.html", page.encode()).articles
    assert a.body == ("Russia and Ukraine swapped 150 prisoners of war each on Wednesday, the defence ministry in Moscow said.\n\n"
                      "Among those freed were 9 civilians, Kyiv said.")


def test_a_follow_us_line_is_chrome():
    raw = ("Ukraine returns 103 defenders from Russian captivity\n\n"
           "Ukraine has returned 103 defenders from Russian captivity, President Volodymyr Zelensky said on Saturday.\n\n"
           "Follow us on Telegram, Facebook and X\n")
    (a, _), = read_bytes("page.txt", raw.encode()).articles
    assert a.body == "Ukraine has returned 103 defenders from Russian captivity, President Volodymyr Zelensky said on Saturday."
    # (a sentence of the story that starts alike is kept: it has a number)
    raw = raw.replace("Follow us on Telegram, Facebook and X", "Follow us on Telegram: 103 came home.")
    (a, _), = read_bytes("page.txt", raw.encode()).articles
    assert a.body.endswith("Follow us on Telegram: 103 came home.")


def test_links_to_other_stories_after_a_dash_or_in_other_languages_are_chrome():
    raw = ("Ukraine and Russia swap 84 POWs each\n\n"
           "Ukraine and Russia exchanged 84 prisoners of war each on Thursday, officials said.\n\n"
           "See also - Zelensky says 300 more POWs to be freed\n\n"
           "Leia também: Rússia liberta 50 ucranianos\n\n"
           "The exchange was mediated by the UAE.\n")
    (a, _), = read_bytes("page.txt", raw.encode()).articles
    assert a.body == ("Ukraine and Russia exchanged 84 prisoners of war each on Thursday, officials said.\n\n"
                      "The exchange was mediated by the UAE.")


def test_a_share_bar_an_ad_slot_wire_credits_and_topic_links_are_chrome():
    raw = ("Ukraine, Russia swap 150 prisoners in first exchange of 2025\n"
           "Share\nFacebook\nX\nLinkedIn\nEmail\n"
           "KYIV, Feb 5 (Reuters) - Russia and Ukraine each freed 150 prisoners of war on Wednesday, the two sides said.\n"
           "Advertisement · Scroll to continue\n"
           "Russia's defence ministry said the 150 Russian servicemen were in Belarus.\n"
           "Reporting by Jane Doe; Editing by John Roe\n"
           "Our Standards: The Thomson Reuters Trust Principles.\n"
           "Suggested Topics:\nEurope\nRussia\nUkraine\n")
    (a, _), = read_bytes("page.txt", raw.encode()).articles
    assert a.body == ("KYIV, Feb 5 (Reuters) - Russia and Ukraine each freed 150 prisoners of war on Wednesday, the two sides said.\n\n"
                      "Russia's defence ministry said the 150 Russian servicemen were in Belarus.")


def test_invisible_characters_are_dropped():
    raw = ("Ukraine and Russia swap prisoners\n\n"
           "Ukraine got back 95 soldiers on Friday, officials said in Kyiv.\u200b\u200b Russia got 95 of its own "
           "servicemen back, its defence\u00ad ministry said.\ufeff\n")
    (a, _), = read_bytes("page.txt", raw.encode()).articles
    assert a.body == ("Ukraine got back 95 soldiers on Friday, officials said in Kyiv. Russia got 95 of its own servicemen back, "
                      "its defence ministry said.")


_WAYBACK_PAGE = """<html><head><title>Ukraine, Russia swap 95 POWs - Wayback Machine</title></head><body>
<div id="wm-ipp-base"><div id="wm-ipp">The Wayback Machine - https://web.archive.org/web/20241120093000/https://www.kyivpost.com/post/12345<br>
42 captures<br>18 Oct 2024 - 20 Nov 2024</div></div>
<div class="content"><h1>Ukraine, Russia swap 95 POWs</h1><p>October 18, 2024</p>
<p>Ukraine and Russia each released 95 prisoners of war on Friday in a swap mediated by the United Arab Emirates.</p>
<p>It was the 58th exchange since the full-scale invasion, Ukraine's Coordination Headquarters said.</p></div></body></html>"""


def test_a_page_saved_from_the_wayback_machine_is_the_pages_own():
    # the archived page's address and outlet, not the archive's; its own date line, not the day it was captured
    ((a, _),) = read_bytes("saved/swap.html", _WAYBACK_PAGE.encode()).articles
    assert (a.url, a.outlet, a.title) == ("https://www.kyivpost.com/post/12345", "Kyiv Post", "Ukraine, Russia swap 95 POWs")
    assert (a.published_date, a.published_date_source) == (date(2024, 10, 18), "byline")
    assert a.body.startswith("Ukraine and Russia each released 95") and "captures" not in a.body
