"""The published digest as an article page: compiled from the show's live sightings and the editor's decisions as
they stand (so a retraction or a drop made after publishing is honoured), rendered by `bot.digest`'s own HTML
renderer, with schema.org NewsArticle data added to its head; an item's photo is shown from the page's own
photo address (as the live page shows it), not inline.

The renderer's page carries its styles inline; the page's Content-Security-Policy allows exactly those styles, by
their sha256 (`style_hashes`), and no script but the structured data, which browsers never run.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from jinja2.utils import htmlsafe_json_dumps
from markupsafe import escape

from bot.digest import Digest, to_html
from bot.web.pages import Urls, news_article_jsonld, photos_path, static_paths, zone
from bot.worker import Worker
from bot.worker.jobs import compile_night
from db.database import Database
from db.repositories.photos import photo_file_name
from db.repositories.shows import ShowRepository
from db.repositories.web import WebShow

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    html: str
    style_hashes: tuple[str, ...]  # CSP sources for the page's inline styles: 'sha256-…'


def style_hashes(html: str) -> tuple[str, ...]:
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode() + "'"
        for m in _STYLE.finditer(html)
    )


def authors(digest: Digest) -> list[str]:
    items = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    return list(dict.fromkeys(name for item in items for name in item.reporters if name))


def photo_addresses(show: WebShow, digest: Digest) -> dict[int, str]:
    """Where the page serves the photos the digest shows (/s/<token>/photos/<name>, while the sighting is shown)."""
    shown = [i.photo for i in (*digest.items, digest.bonus) if i is not None and i.photo is not None]
    return {
        p.sighting_id: photos_path(show.token) + photo_file_name(p.sighting_id, p.sha256, p.content_type) for p in shown
    }


def render(show: WebShow, digest: Digest, urls: Urls) -> Article:
    page = to_html(digest, zone(show.timezone), addresses=photo_addresses(show, digest))
    data = news_article_jsonld(
        show,
        headline=f"{digest.title}: {show.name}",
        description=digest.intro,
        authors=authors(digest),
        modified=digest.compiled_at,
        urls=urls,
    )
    head = (
        f'<link rel="icon" href="{static_paths()["icon"]}" type="image/svg+xml">\n'
        f'<link rel="canonical" href="{escape(urls.article)}">\n'
        f'<script type="application/ld+json">{htmlsafe_json_dumps(data)}</script>\n'
    )
    html = page.replace("</head>", head + "</head>", 1)
    return Article(html, style_hashes(html))


class Articles:
    """Compiles a show's published digest when a reader asks, at most once per change of the night, in `worker`'s
    process (a 100,000-sighting night never holds up the event loop, which `backstage run --serve` shares
    with the bot)."""

    def __init__(self, db: Database, worker: Worker) -> None:
        self.db = db
        self.shows = ShowRepository(db)
        self.worker = worker
        self._cache: dict[int, tuple[object, Article]] = {}

    async def article(self, show: WebShow, urls: Urls, *, now: datetime, changes_seen: int) -> Article | None:
        """None while no digest was published. `changes_seen` (the live hub's place in the change log) and the
        minute key the cache: a change, or an embargo ending, compiles again."""
        if show.digest_count is None:
            return None
        key = (changes_seen, show.digest_count, show.digest_published_at, now.replace(second=0, microsecond=0))
        cached = self._cache.get(show.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        full = await self.shows.get(show.id)
        if full is None:
            return None
        digest = await self.worker.run(compile_night, self.db.location, full, show.digest_count, now)
        article = await asyncio.to_thread(render, show, digest, urls)  # five items: a few milliseconds
        self._cache[show.id] = (key, article)
        return article
