"""Live updates: the database's changes, polled cheaply, become server-sent events for every open page.

One `LiveHub` per web server. Every `POLL_SECONDS` it asks the database whether another connection committed
(`Database.data_version`: SQLite's `PRAGMA data_version`, answered from memory; PostgreSQL's WAL position); only
then does it read the change log (`web_changes` through a `ChangeCursor`: rows after the last one it saw, and
the numbers it skipped, which a writer of another process may still commit) and the changed rows of the shows
it keeps. A show is kept (`ShowFeed`) from the first request for it until nobody has watched it for
`IDLE_SECONDS`. Each kept show holds its `Timeline` and each post's rendered HTML, with a version per post: an
event is sent only when a post's HTML really changed, and a page that reconnects (or was rendered at version v) is
sent exactly what changed after its version.

Embargoes end with time, not with a write: the hub also asks each kept show which posts were released since its
last poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.outage import Outage
from bot.web.pages import photos_path, post_html, zone
from bot.web.timeline import Post, Timeline
from db.database import StorageUnavailable
from db.repositories.web import ChangeCursor, WebRepository, WebShow

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2
IDLE_SECONDS = 600.0
PAGE_POSTS = 500  # the newest posts a page is rendered with; newer ones are added as they come
QUEUE_MAX = 1000  # events waiting for one slow reader; past that it is dropped and reconnects


@dataclass(frozen=True)
class Event:
    """One server-sent event: `post` (a post's HTML, or `gone`) or `show` (the show ended, its digest was
    published). `id` is "<epoch>.<version>": a reconnecting page sends it back as Last-Event-ID."""

    kind: str
    id: str
    data: dict[str, object]

    def encode(self) -> bytes:
        return f"id: {self.id}\nevent: {self.kind}\ndata: {json.dumps(self.data, ensure_ascii=False)}\n\n".encode()


@dataclass
class ShowFeed:
    """One show as its pages see it, kept current by the hub."""

    show: WebShow
    timeline: Timeline
    epoch: str
    now: datetime
    posts: dict[int, Post] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)  # post id -> version of its last change
    version: int = 0
    show_version: int = 0
    subscribers: set[asyncio.Queue[Event | None]] = field(default_factory=set)
    last_used: float = field(default_factory=time.monotonic)
    watched: asyncio.Event | None = None  # set when a page first listens (the rehearsal waits for it)

    def __post_init__(self) -> None:
        self.tz = zone(self.show.timezone)
        self._html: dict[int, str] = {}  # rendered when first needed, forgotten when the post changes
        self._ordered: list[Post] | None = None
        for post in self.timeline.posts(self.now):
            self.posts[post.id] = post
            self.versions[post.id] = 0

    @property
    def since(self) -> str:
        return f"{self.epoch}.{self.version}"

    def ordered(self) -> list[Post]:
        """Every post shown now, newest first."""
        if self._ordered is None:
            self._ordered = sorted(self.posts.values(), key=lambda p: p.sort_key, reverse=True)
        return self._ordered

    def html(self, post_id: int) -> str:
        if post_id not in self._html:
            self._html[post_id] = post_html(self.posts[post_id], self.tz, photos_path(self.show.token))
        return self._html[post_id]

    def show_state(self) -> dict[str, object]:
        return {"ended": self.show.closed_at is not None, "article": self.show.digest_count is not None}

    def _event(self, post_id: int) -> Event:
        version = f"{self.epoch}.{self.versions[post_id]}"
        post = self.posts.get(post_id)
        if post is None:
            return Event("post", version, {"id": post_id, "gone": True})
        data = {"id": post_id, "html": self.html(post_id), "sort": post.created_at.isoformat(), "key": post.key}
        return Event("post", version, {**data, "title": post.title})

    def refresh(self, ids: set[int], now: datetime) -> None:
        """Look at these posts again and tell every page about those that changed."""
        self.now = now
        events = []
        for post_id in sorted(ids):
            post = self.timeline.post(post_id, now)
            if post == self.posts.get(post_id):
                continue
            if post is None:
                del self.posts[post_id]
            else:
                self.posts[post_id] = post
            self._html.pop(post_id, None)
            self._ordered = None
            self.version += 1
            self.versions[post_id] = self.version
            events.append(self._event(post_id))
        self._send(events)

    def set_show(self, show: WebShow) -> None:
        before = self.show_state()
        self.show = show
        if self.show_state() != before:
            self.version += 1
            self.show_version = self.version
            self._send([Event("show", self.since, self.show_state())])

    def events_since(self, since: str | None) -> list[Event]:
        """What a page rendered (or last told) at `since` has not seen: every change after it. A page from another
        run of the server (or none) gets the posts a page shows (the newest PAGE_POSTS)."""
        epoch, _, number = (since or "").partition(".")
        seen = int(number) if epoch == self.epoch and number.isdigit() else -1
        if 0 <= seen <= self.version:
            changed = sorted((v, i) for i, v in self.versions.items() if v > seen)
            events = [self._event(i) for _, i in changed]
        else:
            seen = -1
            events = [self._event(p.id) for p in reversed(self.ordered()[:PAGE_POSTS])]
        if self.show_version > seen or seen < 0:
            events.append(Event("show", self.since, self.show_state()))
        return events

    def _send(self, events: list[Event]) -> None:
        if not events:
            return
        for queue in list(self.subscribers):
            try:
                for event in events:
                    queue.put_nowait(event)
            except asyncio.QueueFull:  # a reader this far behind reconnects and catches up from its version
                self.subscribers.discard(queue)
                with contextlib.suppress(asyncio.QueueEmpty):
                    queue.get_nowait()
                queue.put_nowait(None)

    def subscribe(self) -> asyncio.Queue[Event | None]:
        queue: asyncio.Queue[Event | None] = asyncio.Queue(QUEUE_MAX)
        self.subscribers.add(queue)
        self.last_used = time.monotonic()
        if self.watched is not None:
            self.watched.set()
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Event | None]) -> None:
        self.subscribers.discard(queue)
        self.last_used = time.monotonic()

    def close(self) -> None:
        for queue in list(self.subscribers):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)
        self.subscribers.clear()


class LiveHub:
    def __init__(
        self,
        repo: WebRepository,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.repo = repo
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.epoch = secrets.token_hex(4)
        self.feeds: dict[int, ShowFeed] = {}
        self.watched = asyncio.Event()  # a page of some show is listening
        self._lock = asyncio.Lock()  # a show is loaded between two polls, never during one: no change is missed
        self.changes = ChangeCursor(repo)  # the place in the change log, gaps and all (db/repositories/web.py)
        self._data_version: int | None = None
        self._polled_at: datetime | None = None
        self._task: asyncio.Task[None] | None = None
        # the database server gone (a restart, a failover): said once when the poll or a page finds it gone, once
        # when the poll finds it back
        self.outage = Outage(
            log,
            'web: the database cannot be reached; pages answer 503 "Unavailable for a moment" until it is back',
            "web: the database is back after {seconds} s; pages are served again",
        )

    @property
    def changes_seen(self) -> int:
        """The hub's place in the change log: it moves whenever a show on the web changed."""
        return self.changes.count

    async def start(self) -> None:
        await self.changes.start()
        self._polled_at = self.clock()
        self._task = asyncio.create_task(self._run(), name="web-live-hub")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for feed in self.feeds.values():
            feed.close()
        self.feeds.clear()

    async def feed(self, token: str) -> ShowFeed | None:
        """The show with this token, kept current from now on; None unless it exists and its server is on the
        web (the caller answers 404 either way, so nobody learns which)."""
        show = await self.repo.show_by_token(token)
        if show is None or not show.on_web:
            return None
        async with self._lock:
            feed = self.feeds.get(show.id)
            if feed is None:
                rows = await self.repo.timeline(show.id)
                feed = self.feeds[show.id] = ShowFeed(
                    show, Timeline(rows), self.epoch, self.clock(), watched=self.watched
                )
            feed.last_used = time.monotonic()
            return feed

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self.poll()
                self.outage.back()
            except StorageUnavailable as exc:  # the database server restarting: one line when it goes, no traceback
                self.outage.down(exc)
            except Exception:  # a poll that failed (file replaced, disk error) is retried at the next tick
                log.exception("the live page could not read the database's changes")

    async def poll(self) -> None:
        """One look at the database: the shows' changes since the last look, and embargoes that ended."""
        async with self._lock:
            now = self.clock()
            version = await self.repo.data_version()
            if version != self._data_version:
                self._data_version = version
                await self._read_changes(now)
            after = self._polled_at or now
            for feed in self.feeds.values():
                released = feed.timeline.releases(after, now)
                if released:
                    feed.refresh(released, now)
            self._polled_at = now
            self._forget_idle()

    async def _read_changes(self, now: datetime) -> None:
        while True:
            changes = await self.changes.read()
            if not changes:
                break
            by_show: dict[int, set[int]] = {}
            for change in changes:
                if change.show_id in self.feeds:
                    by_show.setdefault(change.show_id, set()).add(change.sighting_id)
            for show_id, ids in by_show.items():
                feed = self.feeds[show_id]
                rows = await self.repo.rows(show_id, ids)
                feed.refresh(feed.timeline.apply(ids, rows), now)
        shows = await self.repo.shows(self.feeds)
        for show_id, feed in list(self.feeds.items()):
            show = shows.get(show_id)
            if show is None or not show.on_web:  # the server turned the web off: its pages go at once
                feed.close()
                del self.feeds[show_id]
            else:
                feed.set_show(show)

    def _forget_idle(self) -> None:
        cutoff = time.monotonic() - IDLE_SECONDS
        for show_id, feed in list(self.feeds.items()):
            if not feed.subscribers and feed.last_used < cutoff:
                del self.feeds[show_id]
