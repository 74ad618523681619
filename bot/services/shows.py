from __future__ import annotations

from collections.abc import Callable

from bot.access import Caller
from bot.drafts import check_field
from bot.errors import InvalidInput, NotFound
from bot.feed.health import ChannelHealth
from bot.models import ChannelPause, Show, ShowStats
from db.repositories import OutboxRepository, ShowRepository, SightingRepository
from db.repositories.keys import KeyRepository
from db.repositories.shows import ShowAlreadyOpen


class ShowService:
    def __init__(
        self,
        shows: ShowRepository,
        sightings: SightingRepository,
        outbox: OutboxRepository,
        health: ChannelHealth,
        keys: KeyRepository,
        *,
        on_enqueued: Callable[[], None],
    ) -> None:
        self.shows = shows
        self.sightings = sightings
        self.outbox = outbox
        self.health = health
        self.keys = keys
        self.on_enqueued = on_enqueued
        self._open: dict[int, Show | None] = {}  # guild -> its open show, cached (only start/end change it)

    async def current(self, guild_id: int) -> Show | None:
        if guild_id not in self._open:
            self._open[guild_id] = await self.shows.open_show(guild_id)
        return self._open[guild_id]

    async def require_open(self, guild_id: int) -> Show:
        show = await self.current(guild_id)
        if show is None:
            raise NotFound("No show is open in this server. An editor can open one with `/show start name:`.")
        return show

    async def current_or_last(self, guild_id: int) -> Show | None:
        """The open show, else the last one, else None."""
        return await self.current(guild_id) or await self.shows.latest(guild_id)

    async def latest(self, guild_id: int) -> Show:
        show = await self.shows.latest(guild_id)
        if show is None:
            raise NotFound("This server has no show yet. An editor can open one with `/show start name:`.")
        return show

    async def start(
        self,
        caller: Caller,
        *,
        name: str,
        venue: str | None,
        feed_channel_id: int | None,
        desk_channel_id: int | None,
        approval: bool,
    ) -> Show:
        caller.require_editor()
        guild_id, config = caller.guild_id, caller.config
        show_name = check_field("show_name", name)
        venue = check_field("venue", venue)
        if not show_name:
            raise InvalidInput("The show needs a name, e.g. `/show start name:2031 Music Video Awards`.")
        feed = feed_channel_id or config.feed_channel_id
        if feed is None:
            raise InvalidInput(
                "Where should the feed go? Give `feed:#channel`, or ask an admin to set a default with "
                "`/setup feed_channel:`."
            )
        existing = await self.current(guild_id)
        if existing is not None:
            raise InvalidInput(f"**{existing.name}** is still open. End it with `/show end` before starting another.")
        try:
            show = await self.shows.create(
                guild_id=guild_id,
                name=show_name,
                venue=venue,
                feed_channel_id=feed,
                desk_channel_id=desk_channel_id,
                approval=approval,
                opened_by=caller.actor.id,
                opened_at=caller.now,
            )
        except ShowAlreadyOpen:
            self._open.pop(guild_id, None)
            raise InvalidInput("Another show was just opened in this server. `/show status` shows it.") from None
        self._open[guild_id] = show
        await self.health.usable(feed)  # the caller checked the feed (and the desk, with approval)
        if approval and desk_channel_id is not None:
            await self.health.usable(desk_channel_id)
        return show

    async def end(self, caller: Caller) -> Show:
        caller.require_editor()
        show = await self.require_open(caller.guild_id)
        await self.shows.close(show.id, caller.now)
        await self.keys.close(show.id, caller.now)  # its key moments message: the final list, unpinned
        self.on_enqueued()
        self._open[caller.guild_id] = None
        closed = await self.shows.get(show.id)
        assert closed is not None
        return closed

    async def status(self, caller: Caller) -> tuple[Show, ShowStats]:
        caller.require_editor()
        show = await self.latest(caller.guild_id)
        raw = await self.sightings.stats(show.id, now=caller.now)
        backlog, failed = await self.outbox.backlog(caller.guild_id)
        pauses = [
            ChannelPause(channel_id=p.channel_id, since=p.paused_at, reason=p.reason or "")
            for p in await self.health.paused(caller.guild_id)
            if p.paused_at is not None
        ]
        stats = {**raw, "feed_backlog": backlog, "feed_failed": failed, "feed_pauses": pauses}
        return show, ShowStats.model_validate(stats)

    async def move_feed(self, caller: Caller, channel_id: int) -> tuple[Show, int, int]:
        """`/show feed`: the open show's live feed goes to `channel_id` from now on (the caller checked the bot
        can post there). What still waits goes along; what was posted stays, and is corrected where it is.
        Returns the updated show, the previous feed channel, and how many sightings now wait for the new one."""
        caller.require_editor()
        show = await self.require_open(caller.guild_id)
        old = show.feed_channel_id
        if old == channel_id:
            raise InvalidInput(f"The live feed of **{show.name}** already goes to <#{channel_id}>.")
        paused = await self.health.is_paused(old)
        waiting = await self.health.repo.move_feed(show.id, old, channel_id, take_claimed=paused)
        await self.health.forget_if_idle(old)
        await self.health.usable(channel_id)
        await self.keys.move(show.id, channel_id, caller.now)  # the key moments message is made there, pinned
        moved = await self.shows.get(show.id)
        assert moved is not None
        self._open[caller.guild_id] = moved
        self.on_enqueued()
        return moved, old, waiting

    async def where_choices(self, guild_id: int, reporter_id: int, typed: str) -> list[str]:
        """`where` autocomplete: the open show's locations containing what was typed, most used first, with
        the correspondent's own last location at the top."""
        show = await self.current(guild_id)
        if show is None:
            return []
        typed = typed.strip()
        places = await self.shows.locations(show.id, typed)
        mine = await self.shows.reporter_location(show.id, reporter_id)
        if mine and typed.lower() in mine.lower():
            places = [mine, *[p for p in places if p != mine]]
        return places
