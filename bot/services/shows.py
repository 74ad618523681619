from __future__ import annotations

from datetime import datetime

from bot.access import Actor, require_editor
from bot.errors import InvalidInput, NotFound
from bot.models import GuildConfig, Show, ShowStats
from bot.text import clean
from db.repositories import OutboxRepository, ShowRepository, SightingRepository
from db.repositories.shows import ShowAlreadyOpen

SHOW_NAME_MAX = 100
VENUE_MAX = 100


class ShowService:
    def __init__(self, shows: ShowRepository, sightings: SightingRepository, outbox: OutboxRepository) -> None:
        self.shows = shows
        self.sightings = sightings
        self.outbox = outbox
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
        guild_id: int,
        config: GuildConfig,
        actor: Actor,
        *,
        name: str,
        venue: str | None,
        feed_channel_id: int | None,
        desk_channel_id: int | None,
        approval: bool,
        now: datetime,
    ) -> Show:
        require_editor(config, actor)
        name = clean(name)
        venue = clean(venue) or None
        if not name:
            raise InvalidInput("The show needs a name, e.g. `/show start name:2031 Music Video Awards`.")
        if len(name) > SHOW_NAME_MAX or "\n" in name:
            raise InvalidInput(f"Keep the show's name to one line of at most {SHOW_NAME_MAX} characters.")
        if venue and (len(venue) > VENUE_MAX or "\n" in venue):
            raise InvalidInput(f"Keep the venue to one line of at most {VENUE_MAX} characters.")
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
                name=name,
                venue=venue,
                feed_channel_id=feed,
                desk_channel_id=desk_channel_id,
                approval=approval,
                opened_by=actor.id,
                opened_at=now,
            )
        except ShowAlreadyOpen:
            self._open.pop(guild_id, None)
            raise InvalidInput("Another show was just opened in this server. `/show status` shows it.") from None
        self._open[guild_id] = show
        return show

    async def end(self, guild_id: int, config: GuildConfig, actor: Actor, now: datetime) -> Show:
        require_editor(config, actor)
        show = await self.require_open(guild_id)
        await self.shows.close(show.id, now)
        self._open[guild_id] = None
        closed = await self.shows.get(show.id)
        assert closed is not None
        return closed

    async def status(self, guild_id: int, config: GuildConfig, actor: Actor, now: datetime) -> tuple[Show, ShowStats]:
        require_editor(config, actor)
        show = await self.latest(guild_id)
        raw = await self.sightings.stats(show.id, now=now)
        backlog, failed = await self.outbox.backlog(guild_id)
        return show, ShowStats.model_validate({**raw, "feed_backlog": backlog, "feed_failed": failed})

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
