"""A Telegram channel's web preview saved as a page (t.me/s/<channel>): one article per post.

The Coordination Headquarters, the ombudsman, the president and the Russian Defence Ministry announce
exchanges on Telegram first, and a saved channel page holds many posts, each with its own time and
link. Read as one page, the posts would share the first post's date and run together; read post by
post, each figure keeps the day it was announced.
"""
from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser

_MARKER = "tgme_widget_message"


@dataclass
class Post:
    text: str
    url: str | None
    datetime: str | None


def looks_like_telegram(text: str) -> bool:
    return _MARKER in text and "tgme_widget_message_text" in text


def channel_title(tree: HTMLParser) -> str | None:
    for selector in (".tgme_channel_info_header_title", 'meta[property="og:title"]'):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("content") if node.tag == "meta" else node.text(strip=True)
            if value and value.strip():
                return value.strip()
    return None


def telegram_posts(raw: str) -> tuple[str | None, list[Post]]:
    """The channel's name and its posts in page order: each post's text (line breaks kept), link and time."""
    tree = HTMLParser(raw)
    posts: list[Post] = []
    for message in tree.css("div.tgme_widget_message"):
        body = message.css_first(".tgme_widget_message_text")
        text = ""
        if body is not None:
            for br in body.css("br"):
                br.replace_with("\n")
            text = body.text(separator="", strip=False).strip()
        link = message.css_first("a.tgme_widget_message_date")
        when = message.css_first("time[datetime]")
        url = link.attributes.get("href") if link is not None else None
        if not url and message.attributes.get("data-post"):
            url = f"https://t.me/{message.attributes['data-post']}"
        posts.append(Post(text, url, when.attributes.get("datetime") if when is not None else None))
    return channel_title(tree), posts
