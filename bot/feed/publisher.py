"""The outbox worker: publishes committed sightings to their feed channel, coalescing bursts.

- One drain task per channel, so a slow channel never holds up another.
- Coalescing: a message carries up to 10 embeds and 6,000 embed characters. When fewer than ten posts
  are waiting, the worker lingers briefly (`linger`) so a burst fills messages; and while the channel's
  message budget (about 5 per 5 s) is spent, it keeps gathering instead of queueing a half-empty message
  behind the rate limit. A lone sighting with budget to spare goes out after `linger`.
- Pacing: discord.py reads the rate-limit headers and waits before a request that would exceed the
  bucket, so a burst never meets a 429; the budget kept here only decides when to cut a batch.
- Exactly once: a batch is committed (claimed) before it is sent and sent with its id as nonce; an
  unconfirmed batch is resent unchanged, and Discord returns the message it already made.
- Never given up on a channel: a transient failure is retried with back-off for as long as it takes; a
  channel Discord refuses as a whole is paused (bot.feed.health) until it can take posts again, then
  everything held goes out in order. Only a message whose content Discord keeps refusing (400) is set aside
  after `GIVE_UP_AFTER` tries, and `/show status` counts it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.feed.health import ChannelHealth
from bot.feed.render import desk_card, sighting_embed
from bot.feed.signal import Signal
from bot.feed.transport import ChannelUnavailable, FeedTransport, PermanentError, TransientError
from bot.limits import EMBED_CHARS_PER_MESSAGE, EMBEDS_PER_MESSAGE, embed_size
from db.repositories.outbox import Batch, OutboxEntry, OutboxRepository
from db.repositories.sightings import SightingRepository

log = logging.getLogger(__name__)

MAX_BACKOFF = 60.0
GIVE_UP_AFTER = 8  # a body Discord refuses (400) that often is set aside, visibly; a refused channel never is


def nonce_for(batch: Batch) -> str:
    return f"backstage-{batch.id}"


class FeedPublisher:
    def __init__(
        self,
        outbox: OutboxRepository,
        sightings: SightingRepository,
        transport: FeedTransport,
        wakeup: Signal,
        health: ChannelHealth,
        *,
        linger: float = 0.25,
        budget: tuple[int, float] | None = (5, 5.0),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.outbox = outbox
        self.sightings = sightings
        self.transport = transport
        self.wakeup = wakeup
        self.health = health
        self.linger = linger
        self.clock = clock
        self.budget = budget
        self._sent: dict[int, deque[float]] = {}  # per channel: monotonic times of recent posts
        self._cooldown: dict[int, tuple[datetime, float]] = {}  # channel -> (not before, delay) after a fault
        self._drains: dict[int, asyncio.Task[None]] = {}
        self._runner: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._runner is None:
            self._runner = asyncio.create_task(self._run(), name="feed-publisher")

    async def stop(self) -> None:
        tasks = [t for t in (self._runner, *self._drains.values()) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._runner = None
        self._drains.clear()

    async def flush(self) -> int:
        """Publish everything due now, channel by channel, without the background task (the rehearsal and
        benchmarks drive it this way). Returns how many messages were sent or edited."""
        done = 0
        progress = True
        while progress:
            progress = False
            now = self.clock()
            for channel_id, due in (await self.outbox.due_times()).items():
                if due > now or await self.health.is_paused(channel_id):
                    continue
                while await self._step(channel_id):
                    done += 1
                    progress = True
        return done

    async def _run(self) -> None:
        while True:
            snapshot = self.wakeup.snapshot()
            try:
                timeout = await self._schedule()
            except Exception:
                log.exception("feed scheduler failed; retrying in 5 s")
                timeout = 5.0
            await Signal.wait(snapshot, timeout)

    async def _schedule(self) -> float | None:
        """Start a drain for every channel that is due; return the seconds until the next one is (None: no
        work). Channels being drained are left out: their drain wakes the scheduler when it ends."""
        now = self.clock()
        wait: float | None = None
        for channel_id, due in (await self.outbox.due_times()).items():
            task = self._drains.get(channel_id)
            if task is not None and not task.done():
                continue
            if await self.health.is_paused(channel_id):  # held until the channel watch resumes it
                continue
            cooldown = self._cooldown.get(channel_id)
            if cooldown is not None:
                due = max(due, cooldown[0])
            if due <= now:
                self._drains[channel_id] = asyncio.create_task(self._drain(channel_id), name=f"feed-{channel_id}")
            else:
                seconds = (due - now).total_seconds()
                wait = seconds if wait is None else min(wait, seconds)
        return wait

    async def _drain(self, channel_id: int) -> None:
        try:
            while await self._step(channel_id):
                self._cooldown.pop(channel_id, None)
        except Exception:
            # not Discord's answer (handled in _publish) but our side: e.g. the database refused to record a
            # message Discord accepted. Back off, in memory, so that Discord is not asked again and again.
            delay = min(MAX_BACKOFF, 2 * self._cooldown.get(channel_id, (None, 0.5))[1])
            self._cooldown[channel_id] = (self.clock() + timedelta(seconds=delay), delay)
            log.exception("feed drain for channel %s failed; next try in %.0f s", channel_id, delay)
        finally:
            self._drains.pop(channel_id, None)
            self.wakeup.set()  # let the scheduler look again (retries, new work)

    async def _step(self, channel_id: int) -> bool:
        """Publish one message's worth for this channel. False when there is nothing to do now."""
        now = self.clock()
        batch = await self.outbox.unsent_batch(channel_id, now)
        if batch is None:
            if await self.outbox.blocked_until(channel_id) is not None:
                return False  # an unconfirmed batch waits for its retry: keep the feed in order
            batch = await self._claim(channel_id)
            if batch is None:
                return False
        return await self._publish(batch)

    def _budget_wait(self, channel_id: int) -> float:
        """Seconds until the channel may take another message, by our count of recent posts."""
        sent = self._sent.get(channel_id)
        if not sent or self.budget is None:
            return 0.0
        limit, window = self.budget
        now = asyncio.get_running_loop().time()
        while sent and now - sent[0] >= window:
            sent.popleft()
        return 0.0 if len(sent) < limit else sent[0] + window - now

    def _record_post(self, channel_id: int) -> None:
        self._sent.setdefault(channel_id, deque()).append(asyncio.get_running_loop().time())

    async def _gather(self, channel_id: int) -> list[OutboxEntry]:
        """Pending entries, after waiting (on new arrivals, not blindly) for a burst to fill a message."""
        while True:
            snapshot = self.wakeup.snapshot()
            entries = await self.outbox.pending(channel_id, self.clock(), limit=4 * EMBEDS_PER_MESSAGE)
            posts = [e for e in entries if e.kind == "post"]
            if not posts or len(posts) >= EMBEDS_PER_MESSAGE:
                return entries
            oldest = min(e.not_before for e in posts)
            linger_left = self.linger - (self.clock() - oldest).total_seconds()
            wait = max(linger_left, self._budget_wait(channel_id))
            if wait <= 0:
                return entries
            await Signal.wait(snapshot, wait)

    async def _claim(self, channel_id: int) -> Batch | None:
        entries = await self._gather(channel_id)
        posts = [e for e in entries if e.kind == "post"]
        if posts:
            return await self._claim_posts(channel_id, posts)
        desk = [e for e in entries if e.kind == "desk"]
        if desk:
            return await self.outbox.claim(channel_id, "desk", desk[:1], self.clock())
        refreshes = [e for e in entries if e.kind == "refresh"]
        if refreshes:
            return await self._claim_refresh(channel_id, refreshes)
        return None

    async def _claim_posts(self, channel_id: int, posts: list[OutboxEntry]) -> Batch:
        rows = await self.sightings.get_many([e.sighting_id for e in posts])
        chosen: list[OutboxEntry] = []
        size = 0
        for entry in posts:
            sighting = rows.get(entry.sighting_id)
            n = embed_size(sighting_embed(sighting)) if sighting else 0
            if chosen and (len(chosen) == EMBEDS_PER_MESSAGE or size + n > EMBED_CHARS_PER_MESSAGE):
                break
            chosen.append(entry)
            size += n
        return await self.outbox.claim(channel_id, "post", chosen, self.clock())

    async def _claim_refresh(self, channel_id: int, refreshes: list[OutboxEntry]) -> Batch:
        first = refreshes[0]
        where = await self.sightings.feed_message_of(first.sighting_id)
        message_id = where[1] if where else None
        same = [first]
        for entry in refreshes[1:]:
            other = await self.sightings.feed_message_of(entry.sighting_id)
            if other is not None and message_id is not None and other[1] == message_id:
                same.append(entry)
        return await self.outbox.claim(channel_id, "refresh", same, self.clock(), message_id=message_id)

    async def _embeds(self, sighting_ids: list[int]) -> list[dict[str, Any]]:
        rows = await self.sightings.get_many(sighting_ids)
        embeds = []
        for sid in sighting_ids:
            sighting = rows.get(sid)
            if sighting is not None:
                embeds.append(sighting_embed(sighting, await self.sightings.corroborations(sid)))
        return embeds

    async def _publish(self, batch: Batch) -> bool:
        try:
            if batch.kind == "post":
                embeds = await self._embeds(list(batch.sighting_ids))
                self._record_post(batch.channel_id)
                message_id = await self.transport.send(batch.channel_id, embeds, nonce_for(batch))
                await self.outbox.mark_posted(batch, message_id, self.clock())
            elif batch.kind == "desk":
                rows = await self.sightings.get_many(list(batch.sighting_ids))
                sighting = rows.get(batch.sighting_ids[0])
                if sighting is not None:
                    embed, buttons = desk_card(sighting)
                    self._record_post(batch.channel_id)
                    message_id = await self.transport.send(batch.channel_id, [embed], nonce_for(batch), buttons)
                    await self.outbox.mark_posted(batch, message_id, self.clock())
            else:
                if batch.message_id is not None:
                    shown = [s.id for s in await self.sightings.by_feed_message(batch.message_id)]
                    await self.transport.edit(batch.channel_id, batch.message_id, await self._embeds(shown))
                # no message yet: the pending post will show the latest state by itself
                await self.outbox.mark_refreshed(batch, self.clock())
            await self.health.delivered(batch.channel_id)
            return True
        except TransientError as exc:
            delay = min(MAX_BACKOFF, 2.0 ** min(batch.attempts, 6))
            log.warning(
                "feed batch %s to channel %s failed (%s); retry in %.0f s",
                batch.id,
                batch.channel_id,
                exc,
                delay,
            )
            await self.outbox.mark_retry(batch, str(exc), self.clock() + timedelta(seconds=delay), give_up=False)
            return False
        except ChannelUnavailable as exc:
            # the channel itself is refused: hold it whole (the batch stays due, to go first on resume)
            await self.outbox.mark_retry(batch, str(exc), self.clock(), give_up=False)
            await self.health.pause(batch.channel_id, exc)
            return False
        except PermanentError as exc:
            give_up = batch.attempts + 1 >= GIVE_UP_AFTER
            delay = min(MAX_BACKOFF * 5, 5.0 * 2 ** min(batch.attempts, 6))
            log.error(
                "feed batch %s to channel %s refused: %s%s",
                batch.id,
                batch.channel_id,
                exc,
                " (set aside: /show status counts it)" if give_up else "",
            )
            await self.outbox.mark_retry(batch, str(exc), self.clock() + timedelta(seconds=delay), give_up=give_up)
            return False
