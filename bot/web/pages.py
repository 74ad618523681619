"""The web's HTML, rendered by jinja2 with autoescaping on (user text is shown, never run), and its schema.org
structured data (JSON-LD, written into the page by jinja's `tojson`, which escapes `<`, `>` and `&`).

The static files (the page's CSS and its small script: a Content-Security-Policy without inline scripts or
styles) are served under a name that changes with their content, so a browser never keeps an old one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.web.timeline import Post
from db.repositories.web import WebShow

HERE = Path(__file__).parent
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}


@dataclass(frozen=True)
class StaticFile:
    name: str
    body: bytes
    content_type: str

    @property
    def path(self) -> str:
        return f"/static/{self.name}?v={hashlib.sha256(self.body).hexdigest()[:12]}"


@cache
def static_files() -> dict[str, StaticFile]:
    return {
        p.name: StaticFile(p.name, p.read_bytes(), STATIC_TYPES[p.suffix])
        for p in sorted((HERE / "static").iterdir())
        if p.suffix in STATIC_TYPES
    }


def static_paths() -> dict[str, str]:
    files = static_files()
    return {"css": files["live.css"].path, "js": files["live.js"].path, "icon": files["icon.svg"].path}


def zone(name: str) -> ZoneInfo:
    """The show's timezone (the server's /setup timezone), UTC when it cannot be read."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def clock(moment: datetime, tz: tzinfo) -> str:
    """The time in the show's timezone, for readers without JavaScript (the script shows the reader's own)."""
    local = moment.astimezone(tz)
    return f"{local:%H:%M} {local.tzname() or ''}".strip()


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clock"] = clock
    return env


@dataclass(frozen=True)
class Urls:
    """The absolute addresses of one show's pages."""

    page: str

    @property
    def embed(self) -> str:
        return f"{self.page}/embed"

    @property
    def events(self) -> str:
        return f"{self.page}/events"

    @property
    def json_feed(self) -> str:
        return f"{self.page}/feed.json"

    @property
    def atom(self) -> str:
        return f"{self.page}/feed.atom"

    @property
    def article(self) -> str:
        return f"{self.page}/digest"

    def post(self, post_id: int) -> str:
        return f"{self.page}#s-{post_id}"


def photos_path(token: str) -> str:
    """Where a show's photos are served (root-relative, like the static files): the page and its events."""
    return f"/s/{token}/photos/"


def post_html(post: Post, tz: tzinfo, photos: str) -> str:
    """One post's HTML; `photos`: the address its photo's file name is appended to."""
    return environment().get_template("post.html.j2").render(post=post, tz=tz, photos=photos).strip()


def live_page(
    show: WebShow,
    posts: list[Post],
    *,
    total: int,
    urls: Urls,
    tz: tzinfo,
    since: str,
    snippet: str,
    embed: bool = False,
) -> str:
    return (
        environment()
        .get_template("live.html.j2")
        .render(
            show=show,
            posts=posts,
            total=total,
            key_posts=[p for p in posts if p.key],
            urls=urls,
            tz=tz,
            since=since,
            snippet=snippet,
            embed=embed,
            article=show.digest_count is not None,
            jsonld=live_blog_jsonld(show, posts, urls),
            photos=photos_path(show.token),
            static=static_paths(),
        )
    )


def not_found_page(message: str, *, title: str = "Not found", heading: str = "Nothing here") -> str:
    """The page of an answer without the page asked for: a 404 by default, a 500 or 503 with its own title."""
    return (
        environment()
        .get_template("notfound.html.j2")
        .render(message=message, title=title, heading=heading, static=static_paths())
    )


def _event(show: WebShow) -> dict[str, Any]:
    event: dict[str, Any] = {"@type": "Event", "name": show.name, "startDate": show.opened_at.isoformat()}
    if show.venue:
        event["location"] = {"@type": "Place", "name": show.venue}
    return event


LIVE_BLOG_UPDATES = 50  # the newest posts listed in the page's structured data


def live_blog_jsonld(show: WebShow, posts: list[Post], urls: Urls) -> dict[str, Any]:
    """schema.org LiveBlogPosting: the show as live coverage, its newest updates as BlogPostings."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": urls.page,
        "url": urls.page,
        "headline": f"{show.name} — live",
        "description": f"Live from {show.name}" + (f", {show.venue}" if show.venue else ""),
        "datePublished": show.opened_at.isoformat(),
        "coverageStartTime": show.opened_at.isoformat(),
        "about": _event(show),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "@id": urls.post(p.id),
                "url": urls.post(p.id),
                "headline": p.title,
                "articleBody": p.what + (f" “{p.quote}”" if p.quote else ""),
                "datePublished": p.created_at.isoformat(),
                **({"dateModified": p.corrected_at.isoformat()} if p.corrected_at else {}),
                "author": {"@type": "Person", "name": p.reporter},
            }
            for p in posts
            if not p.retracted
        ][:LIVE_BLOG_UPDATES],
    }
    if show.closed_at:
        data["coverageEndTime"] = show.closed_at.isoformat()
    if posts:
        data["dateModified"] = max(p.corrected_at or p.created_at for p in posts).isoformat()
    return data


def news_article_jsonld(
    show: WebShow, *, headline: str, description: str, authors: list[str], modified: datetime, urls: Urls
) -> dict[str, Any]:
    """schema.org NewsArticle for the published digest."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": urls.article,
        "url": urls.article,
        "mainEntityOfPage": urls.article,
        "headline": headline[:110],
        "description": description,
        "dateModified": modified.isoformat(),
        "author": [{"@type": "Person", "name": name} for name in authors],
        "about": _event(show),
        "isBasedOn": urls.page,
    }
    if show.digest_published_at:
        data["datePublished"] = show.digest_published_at.isoformat()
    return data
