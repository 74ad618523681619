"""The outbox worker: publishes committed sightings to their channels, coalescing bursts.

- One drain task per channel, so a slow channel never holds up another. Each drain asks `scheduling.decide`
  what to do next (corrections first, then posts, cosmetic edits last, within the channel's budget) and
  `sending.Sender` makes the request.
- Posts and desk cards are sent one after another, in order. An edit runs as a task of its own: a message
  whose edit waits for a long rate limit, or was refused, never holds up the posts (at most one edit per
  message at a time; edits waiting for it join it).
- Coalescing and pacing: a message carries up to 10 embeds (so up to 10 photos), filled to `packing.PACK_CHARS`
  and `packing.PACK_FILE_BYTES` of photos. When fewer than ten posts are waiting, the drain holds them by the
  channel's budget (`scheduling.decide`): briefly (`linger`) while it is plentiful, until the next even step of
  the window when it is not, so that each request carries everything that arrived since the previous one and
  the budget lasts until the window resets.
- Corroborations: when its post is due, a corroboration of an original that is in the feed (live, out of
  embargo) is credited on the original's item ("also reported by"); otherwise it is an item of its own. The
  rule is `bot.models.credited`, which the web follows too.
- The "Key moments so far" message of a show (bot.feed.keys) is work of its channel too: made, pinned and
  shown again within the channel's budget, like an edit (a task of its own), every change since the last edit
  shown by the next one.
- Never given up on a channel: a channel Discord refuses as a whole is paused (bot.feed.health) and not
  drained until the channel watch resumes it; then everything held goes out in order.
- Several processes on one PostgreSQL database (db/coordination.py): a drain runs only while this process holds
  the channel's lease, so exactly one process paces a channel. A channel another process holds is looked at
  again when that process gives the lease back (its notification, `heard`) or after `LEASE_RETRY` seconds (it
  may have died: the server then freed its leases). Work enqueued by another process wakes this one (`heard`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.feed import packing
from bot.feed.health import ChannelHealth
from bot.feed.keys import KeySummaryWork
from bot.feed.render import photo_shown, sighting_embed
from bot.feed.scheduling import Action, Next, Pacer, Waiting, decide
from bot.feed.sending import Sender
from bot.feed.signal import Signal
from bot.feed.transport import FeedTransport
from bot.limits import EMBEDS_PER_MESSAGE, embed_size
from bot.models import credited
from bot.outage import Outage
from db.coordination import ChannelLeases
from db.database import StorageUnavailable
from db.repositories.keys import KeySummary
from db.repositories.outbox import EDITS, POSTS, Batch, OutboxEntry, OutboxRepository, Priority
from db.repositories.photos import PhotoRepository
from db.repositories.sightings import SightingRepository

log = logging.getLogger(__name__)

MAX_BACKOFF = 60.0
PENDING_WINDOW = 4 * EMBEDS_PER_MESSAGE  # entries read per decision
NONCE_WINDOW = timedelta(minutes=2)  # Discord remembers a nonce "for a few minutes"
REQUEST_TIMEOUT = 30.0  # no request holds a channel longer
LEASE_RETRY = 2.0  # seconds before trying again the lease of a channel another process holds


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
        nonce_window: timedelta = NONCE_WINDOW,
        request_timeout: float = REQUEST_TIMEOUT,
        photos: PhotoRepository | None = None,
        keys: KeySummaryWork | None = None,
        leases: ChannelLeases | None = None,
    ) -> None:
        self.outbox = outbox
        self.sightings = sightings
        self.photos = photos or PhotoRepository(sightings.db)
        self.wakeup = wakeup
        # the database server gone (a restart, a failover): one line when the feed finds it gone, one when it is back
        self.outage = Outage(
            log,
            "feed: the database cannot be reached; the feed waits, trying again every 5 s",
            "feed: the database is back after {seconds} s; the feed carries on",
        )
        self.health = health
        self.linger = linger
        self.clock = clock
        self.budget = budget
        self.sender = Sender(
            outbox,
            sightings,
            transport,
            health,
            clock,
            nonce_window=nonce_window,
            request_timeout=request_timeout,
            photos=self.photos,
        )
        self.keys = keys
        self.leases = leases or ChannelLeases()
        self._elsewhere: dict[int, datetime] = {}  # channel -> when to try its lease again (another process has it)
        self._pacers: dict[int, Pacer] = {}
        # channel -> message (-show id for a show's key moments message) -> its edit under way
        self._edits: dict[int, dict[int, asyncio.Task[None]]] = {}
        self._cooldown: dict[int, tuple[datetime, float]] = {}  # channel -> (not before, delay) after a fault
        self._drains: dict[int, asyncio.Task[None]] = {}
        self._runner: asyncio.Task[None] | None = None

    def observe_budget(self, channel_id: int, limit: int, remaining: int, reset_after: float) -> None:
        """Discord's rate-limit headers after a send or edit in a channel: its budget as Discord counts it."""
        pacer = self._pacer(channel_id)
        if pacer is not None:
            pacer.observe(limit, remaining, reset_after)

    def heard(self, channel_id: int | None = None, freed: bool = True) -> None:
        """Another process enqueued work for the channel, or gave its lease back (`freed`: try the lease again
        now); None: anything may have changed (the listening connection was made again). Look again now."""
        if channel_id is None:
            self._elsewhere.clear()
        elif freed:
            self._elsewhere.pop(channel_id, None)
        self.wakeup.set()

    def start(self) -> None:
        if self._runner is None:
            self._runner = asyncio.create_task(self._run(), name="feed-publisher")

    async def stop(self) -> None:
        edits = [t for tasks in self._edits.values() for t in tasks.values()]
        tasks = [t for t in (self._runner, *self._drains.values(), *edits) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._runner = None
        self._drains.clear()
        self._edits.clear()

    async def flush(self) -> int:
        """Publish everything due now, channel by channel, without the background task and without waiting
        (the rehearsal drives it this way). Returns how many requests were made."""
        done = 0
        progress = True
        while progress:
            progress = False
            now = self.clock()
            for channel_id, due in (await self.outbox.due_times()).items():
                if due > now or await self.health.is_paused(channel_id):
                    continue
                while (step := await self._next(channel_id)).action is not None:
                    await self._do(channel_id, step, inline=True)
                    done += 1
                    progress = True
        return done

    # -- the scheduler: a drain for every channel that is due ---------------------------------------------
    async def _run(self) -> None:
        while True:
            snapshot = self.wakeup.snapshot()
            try:
                timeout = await self._schedule()
                self.outage.back()
            except StorageUnavailable as exc:  # the database server restarting: one line when it goes, no traceback
                self.outage.down(exc)
                timeout = 5.0
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
            due = max(due, self._elsewhere.get(channel_id, due))
            if due <= now and not await self.leases.acquire(channel_id):  # another process paces it
                self._elsewhere[channel_id] = due = now + timedelta(seconds=LEASE_RETRY)
            if due <= now:
                self._elsewhere.pop(channel_id, None)
                self._drains[channel_id] = asyncio.create_task(self._drain(channel_id), name=f"feed-{channel_id}")
            else:
                seconds = (due - now).total_seconds()
                wait = seconds if wait is None else min(wait, seconds)
        return wait

    async def _drain(self, channel_id: int) -> None:
        """Work the channel until nothing is due (waiting on new arrivals, never blindly, in between), while this
        process holds its lease; then give the lease back."""
        try:
            while (
                self.leases.holds(channel_id)
                and not self._resting(channel_id)
                and not await self.health.is_paused(channel_id)
            ):
                snapshot = self.wakeup.snapshot()
                step = await self._next(channel_id)
                if step.action is not None:
                    rest = self._cooldown.get(channel_id)
                    await self._do(channel_id, step, inline=False)
                    if self._cooldown.get(channel_id) is rest:  # it went through: a next fault rests briefly again
                        self._cooldown.pop(channel_id, None)
                elif step.wait is not None or self._edits.get(channel_id):
                    await Signal.wait(snapshot, step.wait)
                else:
                    return
        except StorageUnavailable as exc:  # the outage is said once (the scheduler finds it too): no traceback
            self.outage.down(exc)
            self._back_off(channel_id, "feed drain", quiet=True)
        except Exception:
            self._back_off(channel_id, "feed drain")
        finally:
            self._drains.pop(channel_id, None)
            with contextlib.suppress(Exception):  # a lost connection gave it back already
                await self.leases.release(channel_id)
            self.wakeup.set()  # let the scheduler look again (retries, new work)

    def _back_off(self, channel_id: int, what: str, error: BaseException | None = None, *, quiet: bool = False) -> None:
        """Not Discord's answer (the sender records those) but our side: e.g. the database refused to record a
        message Discord accepted. The channel rests, in memory, so that Discord is not asked again and again.
        `quiet`: the cause was logged already (the database's outage)."""
        delay = min(MAX_BACKOFF, 2 * self._cooldown.get(channel_id, (None, 0.5))[1])
        self._cooldown[channel_id] = (self.clock() + timedelta(seconds=delay), delay)
        if quiet:
            log.debug("%s for channel %s: the database is unavailable; next try in %.0f s", what, channel_id, delay)
            return
        log.error("%s for channel %s failed; next try in %.0f s", what, channel_id, delay, exc_info=error or True)

    def _resting(self, channel_id: int) -> bool:
        cooldown = self._cooldown.get(channel_id)
        return cooldown is not None and cooldown[0] > self.clock()

    # -- one decision ----------------------------------------------------------------------------------
    async def _next(self, channel_id: int) -> Next:
        now = self.clock()
        await self._credit_corroborations(channel_id, now)
        busy = set(self._edits.get(channel_id, {}))
        unsent = await self.outbox.unsent(channel_id, now)
        pending = await self.outbox.pending(channel_id, now, limit=PENDING_WINDOW)
        posts = [e for e in pending if e.kind in POSTS]
        waiting = Waiting(
            resend=next((b for b in unsent if b.kind in POSTS), None),
            posts_blocked=await self.outbox.posts_blocked(channel_id),
            edit_retries=[b for b in unsent if b.kind in EDITS and b.message_id not in busy],
            posts=posts,
            edits=await self._edit_groups(channel_id, [e for e in pending if e.kind in EDITS], busy, now),
            summary=await self._summary(channel_id, busy, now),
        )
        return decide(waiting, self._pacer(channel_id), now=now, linger=self.linger)

    async def _summary(self, channel_id: int, busy: set[int], now: datetime) -> KeySummary | None:
        if self.keys is None:
            return None
        summary = await self.keys.repo.due(channel_id, now)
        return None if summary is None or -summary.show_id in busy else summary

    def _pacer(self, channel_id: int) -> Pacer | None:
        if self.budget is None:
            return None
        if channel_id not in self._pacers:
            loop = asyncio.get_running_loop()
            self._pacers[channel_id] = Pacer(*self.budget, clock=loop.time)
        return self._pacers[channel_id]

    async def _credit_corroborations(self, channel_id: int, now: datetime) -> None:
        """Due corroborations of an original that is in the feed are credited on it instead of posted."""
        waiting = await self.outbox.waiting_corroborations(channel_id, now)
        if not waiting:
            return
        found = await self.sightings.get_many(sorted({o for _, o in waiting} | {e.sighting_id for e, _ in waiting}))
        due = [
            (e, o)
            for e, o in waiting
            if e.sighting_id in found and credited(found[e.sighting_id], found.get(o), now, waiting=True)
        ]
        if due:
            await self.outbox.fold(due, now)

    async def _edit_groups(
        self, channel_id: int, edits: list[OutboxEntry], busy: set[int], now: datetime
    ) -> list[list[OutboxEntry]]:
        """Waiting edits, one group per message. Those with nothing to edit are closed at once (no message
        yet: its post will show the latest state; deleted by a moderator: it stays deleted); those of a message
        whose edit waits for a retry join it."""
        deleted = await self.outbox.deleted_messages(e.message_id for e in edits if e.message_id is not None)
        nothing = [e for e in edits if e.message_id is None or e.message_id in deleted]
        if nothing:
            await self.outbox.close(nothing, now)
        groups: dict[int, list[OutboxEntry]] = {}
        for entry in edits:
            if entry.message_id is not None and entry.message_id not in deleted and entry.message_id not in busy:
                groups.setdefault(entry.message_id, []).append(entry)
        waiting = await self.outbox.edits_under_way(channel_id)
        for message_id in [m for m in groups if m in waiting]:
            batch = await self.outbox.batch_for_message(channel_id, message_id)
            if batch is not None:
                await self.outbox.join(batch, groups.pop(message_id))
        return list(groups.values())

    # -- doing it --------------------------------------------------------------------------------------
    async def _do(self, channel_id: int, step: Next, *, inline: bool) -> None:
        pacer = self._pacer(channel_id)
        spend: Callable[[], None] = pacer.spend if pacer is not None else _nothing
        if step.action is Action.KEYS:
            assert step.summary is not None and self.keys is not None
            work = self.keys.run(step.summary, spend if inline else _nothing)
            if inline:
                await work
            else:
                spend()  # counted now, as an edit is
                self._start_task(channel_id, -step.summary.show_id, work, f"key moments of show {step.summary.show_id}")
        elif step.action is Action.RESEND:
            assert step.batch is not None
            await self.sender.post(step.batch, spend)
        elif step.action is Action.POST:
            claimed = await self._claim_posts(channel_id, step.entries)
            if claimed is not None:  # else another process took them: decide again
                await self.sender.post(claimed, spend, claimed=True)
        else:
            batch = step.batch
            if batch is None:
                first = step.entries[0]
                batch = await self.outbox.claim(
                    channel_id, first.kind, step.entries, self.clock(), message_id=first.message_id
                )
                if batch is None:
                    return
            if inline:
                await self.sender.edit(batch, spend)
            else:
                self._start_edit(channel_id, batch, spend)

    def _start_edit(self, channel_id: int, batch: Batch, spend: Callable[[], None]) -> None:
        assert batch.message_id is not None
        spend()  # counted now: the channel's budget is taken when the edit is decided on
        work = self.sender.edit(batch, _nothing)
        self._start_task(channel_id, batch.message_id, work, f"feed edit of message {batch.message_id}")

    def _start_task(self, channel_id: int, message_id: int, work: Coroutine[Any, Any, None], what: str) -> None:
        """An edit as a task of its own: at most one per message, the drain goes on meanwhile."""
        task = asyncio.create_task(work, name=f"feed-edit-{message_id}")
        self._edits.setdefault(channel_id, {})[message_id] = task

        def finished(done: asyncio.Task[None]) -> None:
            self._edits.get(channel_id, {}).pop(message_id, None)
            error = None if done.cancelled() else done.exception()
            if error is not None:
                self._back_off(channel_id, what, error)
            self.wakeup.set()

        task.add_done_callback(finished)

    async def _claim_posts(self, channel_id: int, entries: Sequence[OutboxEntry]) -> Batch | None:
        """A desk card or a moving sighting alone; new feed items as many as fit one message, in order."""
        first = entries[0]
        chosen: Sequence[OutboxEntry] = [first]
        if first.kind == "post" and first.priority is not Priority.URGENT:
            posts = [e for e in entries if e.kind == "post" and e.priority is not Priority.URGENT]
            ids = [e.sighting_id for e in posts]
            rows = await self.sightings.get_many(ids)
            credits = await self.sightings.credits(ids, self.clock())
            metas = await self.photos.meta_for(ids)
            embeds = [sighting_embed(rows[i], credits[i], metas.get(i)) if i in rows else None for i in ids]
            sizes = [embed_size(e) if e is not None else 0 for e in embeds]
            photos = [
                metas[i].size if e is not None and photo_shown(e) else 0 for i, e in zip(ids, embeds, strict=True)
            ]
            chosen = posts[: packing.take(sizes, photos)]
        return await self.outbox.claim(channel_id, first.kind, chosen, self.clock())


def _nothing() -> None:
    return None
