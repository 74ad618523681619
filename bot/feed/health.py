"""Channel health: a feed or desk channel that Discord refuses is paused as a whole, never given up.

- `ChannelHealth` is the state (in the database, `feed_channels`, and in memory): which channels are paused,
  why, since when, and whether an editor was told. On PostgreSQL several processes share it: each change is
  announced (db/coordination.py) and every other process reads that channel again (`heard`), so a pause learnt
  by one holds the feed in all, a resume wakes all; the editors are told once (`claim_notice`). The publisher
  asks it before draining a channel and reports to it every refusal of the channel itself (403 50001/50013,
  404 10003, 160005 a locked thread); `/show status` and `/spot` replies read it.
- `ChannelWatch` is the background task: it looks at every paused channel at least every `interval` seconds
  and at once when a gateway event may have changed things (channel, role, member or thread updates), and
  resumes a channel when the bot can post there again; the publisher then sends everything held, in order,
  with the nonces it claimed them with, so each item appears once. It tells the editors about each pause
  once: in the show's desk channel, or by DM to the editor who opened the show when the desk itself is the
  channel that fails.

Discord's rate-limit guide asks bots to check permissions instead of collecting 403s, so the gateway cache
decides when a gateway event is worth a try at once. But the cache can be wrong either way (a change the
gateway never announced), so a paused channel is also tried every `interval` whatever the cache says
(except a deleted one): at most one refused request per channel per interval, far from Discord's
invalid-request limit (10,000 per 10 minutes), and a fix is seen within `interval` even unannounced.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.feed.permissions import ChannelFacts, Kind, trouble
from bot.feed.signal import Signal
from bot.feed.transport import ChannelDoctor, ChannelUnavailable, PermanentError, TransientError
from bot.models import Show
from bot.text import inert
from db.repositories.feed_channels import ChannelState, FeedChannelRepository
from db.repositories.shows import ShowRepository

log = logging.getLogger(__name__)


PERMISSION_REFUSALS = (50001, 50013)  # Missing Access, Missing Permissions: the bot's permissions in the channel


def refused_reason(code: int, channel_id: int) -> str:
    """What a refusal says before the channel is examined (the watch names the missing permission)."""
    where = f"<#{channel_id}>"
    return {
        50001: f"I am missing **View Channel** in {where}",
        10003: f"{where} was deleted",
        160005: f"the thread {where} is locked",
    }.get(code, f"Discord refuses my posts in {where} (Missing Permissions)")


def utcnow() -> datetime:
    return datetime.now(UTC)


class ChannelHealth:
    def __init__(self, repo: FeedChannelRepository, *, on_resume: Callable[[], None]) -> None:
        self.repo = repo
        self.on_resume = on_resume  # wakes the publisher
        self.changed = Signal()  # a new pause, or a gateway event: the watch looks again
        self._states: dict[int, ChannelState] | None = None
        self._loading = asyncio.Lock()
        self._hearing: set[asyncio.Task[None]] = set()  # reads after other processes' changes (`heard`)
        self._loading_one = asyncio.Lock()

    async def _all(self) -> dict[int, ChannelState]:
        if self._states is None:
            async with self._loading:
                if self._states is None:
                    self._states = {s.channel_id: s for s in await self.repo.all()}
        return self._states

    async def pause_of(self, channel_id: int) -> ChannelState | None:
        state = (await self._all()).get(channel_id)
        return state if state is not None and state.paused_at is not None else None

    async def is_paused(self, channel_id: int) -> bool:
        return await self.pause_of(channel_id) is not None

    async def paused(self, guild_id: int | None = None) -> list[ChannelState]:
        states = (await self._all()).values()
        return [s for s in states if s.paused_at is not None and (guild_id is None or s.guild_id == guild_id)]

    async def pause(self, channel_id: int, error: ChannelUnavailable, guild_id: int | None = None) -> None:
        """Discord refused the channel itself: hold everything for it until the watch resumes it."""
        known = await self.pause_of(channel_id)
        reason = known.reason if known is not None and known.code == error.code and known.reason else None
        state = await self.repo.pause(
            channel_id, guild_id, error.code, reason or refused_reason(error.code, channel_id), utcnow()
        )
        if state is None:  # nothing was ever queued for it: held in memory all the same, never retried in a loop
            log.error("channel %s refused (%s) but no guild is known for it", channel_id, error)
            state = ChannelState(channel_id, 0, utcnow(), error.code, refused_reason(error.code, channel_id), None)
        if known is None:
            log.warning("channel %s paused: %s", channel_id, error)
        (await self._all())[channel_id] = state
        self.changed.set()

    async def _reload(self, channel_id: int) -> None:
        state = await self.repo.get(channel_id)
        states = await self._all()
        if state is None:
            states.pop(channel_id, None)
        else:
            states[channel_id] = state

    async def explain(self, channel_id: int, reason: str) -> None:
        await self.repo.explain(channel_id, reason)
        await self._reload(channel_id)

    async def claim_notice(self, channel_id: int) -> bool:
        """Whether this process tells the editors about the pause (no other process did, nor is doing it)."""
        claimed = await self.repo.claim_notice(channel_id, utcnow())
        await self._reload(channel_id)
        return claimed

    async def unclaim_notice(self, channel_id: int) -> None:
        await self.repo.unclaim_notice(channel_id)
        await self._reload(channel_id)

    def heard(self, channel_id: int) -> None:
        """Another process paused, resumed or explained this channel (db/coordination.py): read it again, and
        act on it here too: a resume wakes this process's feed, a pause keeps it from sending there."""
        task = asyncio.create_task(self._heard(channel_id), name=f"feed-health-{channel_id}")
        self._hearing.add(task)
        task.add_done_callback(self._hearing.discard)

    async def _heard(self, channel_id: int) -> None:
        async with self._loading_one:  # one at a time: each compares with what the one before read
            await self._heard_one(channel_id)

    async def _heard_one(self, channel_id: int) -> None:
        try:
            was = self._states is not None and await self.is_paused(channel_id)  # what this process knew
            await self._reload(channel_id)
        except Exception as exc:  # the database gone for now: the next notification (or reconnection) reads it
            log.warning("could not read channel %s's pause after another process changed it: %s", channel_id, exc)
            return
        now = await self.is_paused(channel_id)
        if was and not now:
            log.info("channel %s resumed by another process", channel_id)
            self.on_resume()
        elif now and not was:
            log.info("channel %s paused by another process", channel_id)
        self.changed.set()

    def forget(self) -> None:
        """Read every channel's state again at the next look (the notifications of other processes may have been
        missed: the listening connection was made again)."""
        self._states = None
        self.on_resume()
        self.changed.set()  # the watch looks at the paused channels now (a fix it then sees resumes them at once)

    async def resume(self, channel_id: int) -> None:
        await self.repo.resume(channel_id, utcnow())
        await self._reload(channel_id)
        log.info("channel %s resumed", channel_id)
        self.on_resume()

    async def usable(self, channel_id: int) -> None:
        """An editor's command just found the bot can post here (its preflight passed): a pause ends now."""
        if await self.is_paused(channel_id):
            await self.resume(channel_id)

    async def delivered(self, channel_id: int) -> None:
        """A post or edit went through: a channel resumed earlier is healthy again (its record goes, so a
        later failure is announced afresh)."""
        state = (await self._all()).get(channel_id)
        if state is not None and state.paused_at is None:
            await self.repo.confirm(channel_id)
            await self._reload(channel_id)

    async def forget_if_idle(self, channel_id: int) -> None:
        """The feed moved away from a paused channel: drop the pause when nothing waits for it any more. A
        deleted channel never comes back, so what waited for it (corrections of its messages) is given up first
        and its messages count as deleted; the sightings' histories keep every correction."""
        state = await self.pause_of(channel_id)
        if state is None:
            return
        if state.code == 10003:
            closed = await self.repo.abandon_deleted(channel_id, utcnow())
            log.info("channel %s was deleted: %d waiting correction(s) of its messages given up", channel_id, closed)
        if await self.repo.forget_if_idle(channel_id):
            await self._reload(channel_id)


class ChannelWatch:
    def __init__(
        self,
        health: ChannelHealth,
        doctor: ChannelDoctor,
        shows: ShowRepository,
        *,
        interval: float,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.health = health
        self.doctor = doctor
        self.shows = shows
        self.interval = interval
        self.clock = clock or (lambda: asyncio.get_running_loop().time())
        self._events = 0  # gateway events seen so far
        self._tried: dict[int, tuple[float, int]] = {}  # paused channel -> (when last tried, events then)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="feed-channel-watch")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def poke(self) -> None:
        """A gateway event that may change what the bot can do somewhere: look again now."""
        self._events += 1
        self.health.changed.set()

    async def _run(self) -> None:
        while True:
            snapshot = self.health.changed.snapshot()
            try:
                await self.check()
            except Exception:
                log.exception("feed channel watch failed; looking again in %.0f s", self.interval)
            await Signal.wait(snapshot, self.interval)

    async def check(self) -> None:
        """Look at every paused channel once: resume it, or say why it is paused (once)."""
        paused = await self.health.paused()
        self._tried = {ch: seen for ch, seen in self._tried.items() if ch in {s.channel_id for s in paused}}
        for state in paused:
            events = self._events  # before the look: an event that comes during it counts as after it
            try:
                facts, problem = await self._examine(state)
            except (TransientError, PermanentError) as exc:
                log.warning("could not examine channel %s: %s", state.channel_id, exc)
                continue
            if facts.kind is not Kind.GONE and self._due(state.channel_id, events, looks_fine=problem is None):
                self._tried.pop(state.channel_id, None)
                await self.health.resume(state.channel_id)
                continue
            if problem is not None and problem != state.reason:
                await self.health.explain(state.channel_id, problem)
            if state.notified_at is None:
                await self.tell(state.channel_id)

    async def _examine(self, state: ChannelState) -> tuple[ChannelFacts, str | None]:
        """The channel's facts and why the bot cannot post there (None: it looks fine). When the cache allows what
        Discord refused (a permission changed without a gateway event) and the pause does not say why yet, Discord
        is asked (a few requests, once per pause): the editors are told which permission to give back."""
        facts = await self.doctor.examine(state.channel_id)
        problem = trouble(facts)
        code = state.code
        if problem is None and code in PERMISSION_REFUSALS and state.reason == refused_reason(code, state.channel_id):
            facts = await self.doctor.examine(state.channel_id, fresh=True)
            problem = trouble(facts)
        return facts, problem

    def _due(self, channel_id: int, events: int, *, looks_fine: bool) -> bool:
        """Whether to try a paused channel again: at once when a gateway event came since it was last tried
        and the cache now says the bot can post; otherwise once `interval` has passed (the first look only
        starts the clock: the cache may be what let the refused request through)."""
        now = self.clock()
        seen = self._tried.setdefault(channel_id, (now, events))
        return (looks_fine and self._events > seen[1]) or now - seen[0] >= self.interval * 0.9

    async def tell(self, channel_id: int) -> None:
        """Tell the editors once: in the show's desk, or by DM to the editor who opened it when the desk is
        the channel that fails (or cannot take the notice either)."""
        state = await self.health.pause_of(channel_id)
        if state is None or not await self.health.claim_notice(channel_id):
            return  # resumed, or another process tells (or told) the editors
        show = await self.shows.latest(state.guild_id)
        waiting = await self.health.repo.waiting(channel_id)
        text = notice(state, show, waiting)
        told = False
        desk = show.desk_channel_id if show is not None else None
        if desk is not None and desk != channel_id and not await self.health.is_paused(desk):
            try:
                await self.doctor.notice(desk, text)
                told = True
            except ChannelUnavailable as exc:
                await self.health.pause(desk, exc, state.guild_id)
            except (TransientError, PermanentError) as exc:
                log.warning("could not tell the desk %s about channel %s: %s (next look)", desk, channel_id, exc)
                await self.health.unclaim_notice(channel_id)
                return
        if not told and show is not None:
            told = await self.doctor.direct_message(show.opened_by, text)
        if not told:
            log.error("nobody could be told that channel %s is paused: %s", channel_id, state.reason)


def notice(state: ChannelState, show: Show | None, waiting: int) -> str:
    """The one message that tells the editors a channel is paused: which, why, what waits, how to fix it."""
    where = f"<#{state.channel_id}>"
    of = f" of {inert(show.name)}" if show is not None else ""  # plain: the sentence is bold around it
    is_feed = show is not None and show.feed_channel_id == state.channel_id
    is_desk = show is not None and show.desk_channel_id == state.channel_id
    if is_feed and is_desk:
        what = f"The live feed and the approval desk{of} are paused"
    elif is_feed or is_desk:
        what = f"The {'live feed' if is_feed else 'approval desk'}{of} is paused"
    else:
        what = f"Posts in {where} (an earlier feed{of}) are paused"
    if waiting:
        held = f"{waiting} sighting{'s are' if waiting != 1 else ' is'} saved and held"
    else:
        held = "Every new sighting is saved and held"
    move = " or move the feed with `/show feed channel:`" if is_feed else ""
    if state.code == 10003:
        fix = "To fix it, move the feed with `/show feed channel:`." if is_feed else "Nothing in it can come back."
    elif state.code == 160005:
        fix = f"To fix it, unlock the thread{move}."
    else:
        fix = f"To fix it, give Backstage the missing permission in {where} (channel settings → Permissions){move}."
    return (
        f"⚠️ **{what}**: {state.reason}. {held}; I check at least once a minute and publish everything, in "
        f"order, as soon as I can post there again. {fix}"
    )
