"""The public timeline as feeds: JSON Feed 1.1 (https://jsonfeed.org/version/1.1) and Atom 1.0 (RFC 4287).

Both carry the newest `FEED_ITEMS` posts, newest first; a retracted post stays in them, titled "Retracted: …",
so a reader who already fetched it learns of the retraction. Each item's HTML is the live page's own fragment.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, tzinfo
from typing import Any
from xml.etree import ElementTree as ET

from bot.web.pages import Urls, post_html
from bot.web.timeline import Post
from db.repositories.web import WebShow

FEED_ITEMS = 100
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
ATOM = "http://www.w3.org/2005/Atom"
# characters XML 1.0 does not allow, even escaped (https://www.w3.org/TR/xml/#charsets)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def item_title(post: Post) -> str:
    return f"Retracted: {post.title}" if post.retracted else post.title


def item_text(post: Post, tz: tzinfo) -> str:
    """The post as plain text: what, quote, names and place, credits, and its correction or retraction."""
    lines = [post.what]
    if post.quote:
        lines.append(f"“{post.quote}”" + (f" — {post.quote_by}" if post.quote_by else ""))
    about = [f"Who: {', '.join(post.names)}"] if post.names else []
    about += [f"Where: {post.where}"] if post.where else []
    if about:
        lines.append(" · ".join(about))
    credit = f"Reported by {post.reporter}"
    lines.append(credit + (f" (also reported by {', '.join(post.also)})" if post.also else ""))
    if post.retracted:
        lines.insert(0, "Retracted" + (f": {post.reason}" if post.reason else "") + ".")
    elif post.corrected_at:
        lines.append(f"Corrected {post.corrected_at.astimezone(tz):%H:%M %Z}.")
    return "\n".join(lines)


def modified(post: Post) -> datetime:
    return post.corrected_at or post.created_at


def updated(show: WebShow, posts: list[Post]) -> datetime:
    return max((modified(p) for p in posts), default=show.opened_at)


def json_feed(show: WebShow, posts: list[Post], urls: Urls, tz: tzinfo) -> str:
    items: list[dict[str, Any]] = []
    for post in posts[:FEED_ITEMS]:
        item: dict[str, Any] = {
            "id": urls.post(post.id),
            "url": urls.post(post.id),
            "title": item_title(post),
            "content_html": post_html(post, tz, f"{urls.page}/photos/"),
            "content_text": item_text(post, tz),
            "date_published": post.created_at.isoformat(),
            "authors": [{"name": post.reporter}],
        }
        if post.corrected_at:
            item["date_modified"] = post.corrected_at.isoformat()
        if post.names:
            item["tags"] = list(post.names)
        if post.photo:
            item["image"] = f"{urls.page}/photos/{post.photo}"  # JSON Feed 1.1: "the main image for the item"
        items.append(item)
    feed = {
        "version": JSON_FEED_VERSION,
        "title": f"{show.name} — live",
        "home_page_url": urls.page,
        "feed_url": urls.json_feed,
        "description": f"Live from {show.name}" + (f", {show.venue}" if show.venue else ""),
        "language": "en",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1)


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _xml(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _xml(text)
    return element


def atom_feed(show: WebShow, posts: list[Post], urls: Urls, tz: tzinfo) -> str:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", urls.page)
    _add(feed, "title", f"{show.name} — live")
    _add(feed, "subtitle", f"Live from {show.name}" + (f", {show.venue}" if show.venue else ""))
    _add(feed, "updated", updated(show, posts).isoformat())
    _add(feed, "link", rel="self", type="application/atom+xml", href=urls.atom)
    _add(feed, "link", rel="alternate", type="text/html", href=urls.page)
    _add(_add(feed, "author"), "name", show.name)
    _add(feed, "generator", "Backstage")
    for post in posts[:FEED_ITEMS]:
        entry = _add(feed, "entry")
        _add(entry, "id", urls.post(post.id))
        _add(entry, "title", item_title(post))
        _add(entry, "published", post.created_at.isoformat())
        _add(entry, "updated", modified(post).isoformat())
        _add(_add(entry, "author"), "name", post.reporter)
        _add(entry, "link", rel="alternate", type="text/html", href=urls.post(post.id))
        for name in post.names:
            _add(entry, "category", term=name)
        _add(entry, "summary", item_text(post, tz))
        _add(entry, "content", post_html(post, tz, f"{urls.page}/photos/"), type="html")
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)
