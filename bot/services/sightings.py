from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.access import Actor, is_editor, require_reporter
from bot.duplicates import find_original
from bot.errors import InvalidInput
from bot.models import GuildConfig, Reporter, Sighting, SightingStatus
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from bot.tagging import split_names
from bot.text import clean
from db.repositories import SightingRepository
from db.repositories.shows import ShowRepository
from db.repositories.sightings import Dedupe, NewSighting, Recent

WHERE_MAX = 100
QUOTE_MAX = 1000
HEADLINE_MAX = 200
WHO_MAX = 20
HOLD_MAX_MINUTES = 240


@dataclass(frozen=True)
class PostResult:
    sighting: Sighting
    unknown_names: tuple[str, ...] = ()
    suggestions: dict[str, str] = field(default_factory=dict)
    where_remembered: bool = False  # `where` was filled from the reporter's last location
    duplicate_of: Sighting | None = None  # stored as a corroboration of this earlier report
    feed_channel_id: int = 0


def limited(value: str | None, limit: int, label: str) -> str | None:
    text = clean(value)
    if not text:
        return None
    if len(text) > limit:
        raise InvalidInput(f"`{label}` is {len(text)} characters; the limit is {limit}. Shorten it and post again.")
    return text


class SightingService:
    def __init__(
        self,
        repo: SightingRepository,
        shows: ShowService,
        show_repo: ShowRepository,
        roster: RosterService,
        *,
        max_text: int,
        duplicate_window_minutes: int = 20,
        on_enqueued: Callable[[], None],
    ) -> None:
        self.duplicate_window = timedelta(minutes=duplicate_window_minutes)
        self.repo = repo
        self.shows = shows
        self.show_repo = show_repo
        self.roster = roster
        self.max_text = max_text
        self.on_enqueued = on_enqueued

    async def post(
        self,
        guild_id: int,
        config: GuildConfig,
        actor: Actor,
        *,
        what: str,
        who: str | None = None,
        where: str | None = None,
        quote: str | None = None,
        headline: str | None = None,
        photo_url: str | None = None,
        hold_minutes: int | None = None,
        now: datetime,
    ) -> PostResult:
        require_reporter(config, actor)
        show = await self.shows.require_open(guild_id)
        text = clean(what)
        if not text:
            raise InvalidInput("A sighting needs some text in `what`: what did you see?")
        if len(text) > self.max_text:
            raise InvalidInput(
                f"`what` is {len(text)} characters; the limit is {self.max_text}. "
                "Shorten it, or split it into two sightings."
            )
        quote_text = limited(quote, QUOTE_MAX, "quote")
        headline_text = limited(headline, HEADLINE_MAX, "headline")
        where_text = limited(where, WHERE_MAX, "where")
        if headline_text and "\n" in headline_text:
            raise InvalidInput("Keep the headline on one line.")
        names = split_names(who)
        if len(names) > WHO_MAX:
            raise InvalidInput(f"`who` names {len(names)} people; tag at most {WHO_MAX} per sighting.")
        if hold_minutes is not None and not 1 <= hold_minutes <= HOLD_MAX_MINUTES:
            raise InvalidInput(f"`hold_minutes` must be between 1 and {HOLD_MAX_MINUTES}.")

        remembered = False
        if where_text is None:
            where_text = await self.show_repo.reporter_location(show.id, actor.id)
            remembered = where_text is not None

        roster = await self.roster.matcher(guild_id)
        resolution = roster.resolve(who)
        people = list(resolution.people)
        for name in roster.find_in(text, quote_text, headline_text):
            if name not in people:
                people.append(name)

        window = self.duplicate_window

        def pick(candidates: list[Recent]) -> Recent | None:  # runs inside the write, on the database thread
            return find_original(text, people, candidates, now=now, window=window)

        held = show.approval and not is_editor(config, actor)
        status = SightingStatus.PENDING if held else SightingStatus.LIVE
        publish_at = now + timedelta(minutes=hold_minutes) if hold_minutes else None
        sighting = await self.repo.add(
            NewSighting(
                guild_id=guild_id,
                show_id=show.id,
                reporter=Reporter(id=actor.id, name=actor.name),
                what=text,
                people=tuple(people),
                other_names=resolution.unknown,
                where=where_text,
                quote=quote_text,
                headline=headline_text,
                photo_url=photo_url,
                status=status,
                created_at=now,
                publish_at=publish_at,
            ),
            feed_channel_id=None if held else show.feed_channel_id,
            desk_channel_id=show.desk_channel_id if held else None,
            dedupe=Dedupe(since=now - window, pick=pick),
        )
        original = await self.repo.get(guild_id, sighting.corroborates) if sighting.corroborates else None
        self.on_enqueued()
        return PostResult(
            sighting=sighting,
            unknown_names=resolution.unknown,
            suggestions=resolution.suggestions,
            where_remembered=remembered,
            duplicate_of=original,
            feed_channel_id=show.feed_channel_id,
        )

    async def react(self, guild_id: int, message_id: int, user_id: int, emoji: str, *, add: bool) -> None:
        """A community reaction on a message of the feed: a vote for the sighting(s) it shows."""
        await self.repo.react(guild_id, message_id, user_id, emoji, add=add)
