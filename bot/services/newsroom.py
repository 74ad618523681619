"""After a sighting is posted: corrections, retractions, approval decisions, embargo release,
corroboration links, history and search."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.access import Actor, is_editor, is_reporter, require_editor, require_reporter
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.models import GuildConfig, Reporter, Show, Sighting, SightingStatus
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from bot.services.sightings import HEADLINE_MAX, QUOTE_MAX, WHERE_MAX, WHO_MAX, limited
from bot.tagging import split_names
from bot.text import clean
from db.repositories import SightingRepository
from db.repositories.sightings import NewsroomRepository, SightingChanges

REASON_MAX = 300
PAGE_SIZE = 10


@dataclass(frozen=True)
class SearchPage:
    show: Show
    sightings: list[Sighting]
    total: int
    offset: int


class NewsroomService:
    def __init__(
        self,
        repo: SightingRepository,
        newsroom: NewsroomRepository,
        shows: ShowService,
        roster: RosterService,
        *,
        max_text: int,
        on_enqueued: Callable[[], None],
    ) -> None:
        self.repo = repo
        self.newsroom = newsroom
        self.shows = shows
        self.roster = roster
        self.max_text = max_text
        self.on_enqueued = on_enqueued

    async def get(self, guild_id: int, sighting_id: int) -> Sighting:
        s = await self.repo.get(guild_id, sighting_id)
        if s is None:
            raise NotFound(f"There is no sighting #{sighting_id} in this server. `/sighting list` finds ids.")
        return s

    async def _own_or_editor(self, guild_id: int, config: GuildConfig, actor: Actor, sighting_id: int) -> Sighting:
        require_reporter(config, actor)
        s = await self.get(guild_id, sighting_id)
        if s.reporter.id != actor.id and not is_editor(config, actor):
            raise NotAllowed(
                f"#{s.id} was posted by {s.reporter.name}. Only they or an editor can change it; "
                "ask the desk if it needs fixing."
            )
        return s

    async def edit(
        self,
        guild_id: int,
        config: GuildConfig,
        actor: Actor,
        sighting_id: int,
        *,
        what: str | None = None,
        who: str | None = None,
        where: str | None = None,
        quote: str | None = None,
        headline: str | None = None,
        now: datetime,
    ) -> Sighting:
        s = await self._own_or_editor(guild_id, config, actor, sighting_id)
        if s.status is SightingStatus.RETRACTED:
            raise InvalidInput(f"#{s.id} was retracted, so it cannot be corrected. Post a new sighting instead.")
        if s.status is SightingStatus.REJECTED:
            raise InvalidInput(f"#{s.id} was rejected by an editor. Post a new sighting instead.")
        if all(v is None for v in (what, who, where, quote, headline)):
            raise InvalidInput("Say what to change: give at least one of `what`, `who`, `where`, `quote`, `headline`.")
        new_what = s.what
        if what is not None:
            new_what = clean(what)
            if not new_what:
                raise InvalidInput("`what` cannot be empty. To pull the sighting, use `/sighting retract`.")
            if len(new_what) > self.max_text:
                raise InvalidInput(f"`what` is {len(new_what)} characters; the limit is {self.max_text}.")
        new_quote = limited(quote, QUOTE_MAX, "quote") if quote is not None else s.quote
        new_headline = limited(headline, HEADLINE_MAX, "headline") if headline is not None else s.headline
        new_where = limited(where, WHERE_MAX, "where") if where is not None else s.where
        roster = await self.roster.matcher(guild_id)
        if who is not None:
            if len(split_names(who)) > WHO_MAX:
                raise InvalidInput(f"Tag at most {WHO_MAX} people per sighting.")
            resolution = roster.resolve(who)
            people, others = list(resolution.people), resolution.unknown
        else:
            people, others = list(s.people), s.other_names
        for name in roster.find_in(new_what, new_quote, new_headline):
            if name not in people:
                people.append(name)
        await self.newsroom.edit(
            s,
            SightingChanges(
                what=new_what,
                people=tuple(people),
                other_names=tuple(others),
                where=new_where,
                quote=new_quote,
                headline=new_headline,
            ),
            Reporter(id=actor.id, name=actor.name),
            now,
        )
        self.on_enqueued()
        return await self.get(guild_id, s.id)

    async def history(
        self, guild_id: int, config: GuildConfig, actor: Actor, sighting_id: int
    ) -> tuple[Sighting, list[dict[str, object]]]:
        require_editor(config, actor)
        s = await self.get(guild_id, sighting_id)
        return s, await self.newsroom.revisions(s.id)

    async def retract(
        self, guild_id: int, config: GuildConfig, actor: Actor, sighting_id: int, reason: str | None, now: datetime
    ) -> tuple[Sighting, bool]:
        s = await self._own_or_editor(guild_id, config, actor, sighting_id)
        reason_text = limited(reason, REASON_MAX, "reason")
        changed = await self.newsroom.retract(s, reason_text, now)
        self.on_enqueued()
        return await self.get(guild_id, s.id), changed

    async def release(
        self, guild_id: int, config: GuildConfig, actor: Actor, sighting_id: int, now: datetime
    ) -> Sighting:
        require_editor(config, actor)
        s = await self.get(guild_id, sighting_id)
        if s.status is not SightingStatus.LIVE and s.status is not SightingStatus.PENDING:
            raise InvalidInput(f"#{s.id} is {s.status.value}; there is nothing to release.")
        if not await self.newsroom.release(s, now):
            raise InvalidInput(f"#{s.id} is not under embargo.")
        self.on_enqueued()
        return await self.get(guild_id, s.id)

    async def unlink(self, guild_id: int, config: GuildConfig, actor: Actor, sighting_id: int, now: datetime) -> int:
        require_editor(config, actor)
        s = await self.get(guild_id, sighting_id)
        original = s.corroborates
        if original is None or not await self.newsroom.unlink(s, now):
            raise InvalidInput(f"#{s.id} is not linked to another sighting.")
        self.on_enqueued()
        return original

    async def decide(
        self,
        guild_id: int,
        config: GuildConfig,
        actor: Actor,
        sighting_id: int,
        *,
        approve: bool,
        reason: str | None,
        now: datetime,
    ) -> tuple[Sighting, bool, str | None]:
        """Returns (sighting, whether this call decided it, who decided it if someone else did)."""
        require_editor(config, actor)
        s = await self.get(guild_id, sighting_id)
        reason_text = limited(reason, REASON_MAX, "reason")
        won = await self.newsroom.decide(s, approve=approve, by=actor.name, reason=reason_text, now=now)
        if won:
            self.on_enqueued()
            return await self.get(guild_id, s.id), True, None
        decided_by, _ = await self.newsroom.decision(s.id)
        return await self.get(guild_id, s.id), False, decided_by

    async def search(
        self,
        guild_id: int,
        config: GuildConfig,
        actor: Actor,
        *,
        who: str | None = None,
        where: str | None = None,
        reporter_id: int | None = None,
        text: str | None = None,
        offset: int = 0,
    ) -> SearchPage:
        require_reporter(config, actor)
        show = await self.shows.current(guild_id) or await self.shows.latest(guild_id)
        canonical = None
        if who:
            canonical = (await self.roster.matcher(guild_id)).lookup(who) or clean(who)
        page, total = await self.repo.search(
            show.id,
            who=canonical,
            where=clean(where) or None,
            reporter_id=reporter_id,
            text=clean(text) or None,
            offset=offset,
            limit=PAGE_SIZE,
        )
        return SearchPage(show=show, sightings=page, total=total, offset=offset)

    async def id_choices(self, guild_id: int, config: GuildConfig, actor: Actor, current: str) -> list[Sighting]:
        """For `id` autocomplete: a correspondent's own recent sightings, an editor's whole show."""
        if not is_reporter(config, actor):
            return []
        show = await self.shows.current_or_last(guild_id)
        if show is None:
            return []
        reporter = None if is_editor(config, actor) else actor.id
        digits = "".join(c for c in current if c.isdigit())
        page, _ = await self.repo.search(show.id, reporter_id=reporter, id_prefix=digits or None, limit=25)
        return page
