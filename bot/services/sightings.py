from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.access import Caller
from bot.drafts import SightingDraft
from bot.duplicates import find_original
from bot.feed.health import ChannelHealth
from bot.models import Reporter, Sighting, SightingStatus
from bot.placelabel import where_filed
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from db.repositories import SightingRepository
from db.repositories.keys import KeyRepository
from db.repositories.photos import NewPhoto
from db.repositories.shows import ShowRepository
from db.repositories.sightings import Dedupe, NewSighting, Recent


@dataclass(frozen=True)
class PostResult:
    sighting: Sighting
    unknown_names: tuple[str, ...] = ()
    suggestions: dict[str, str] = field(default_factory=dict)
    where_remembered: bool = False  # `where` was filled from the reporter's last location
    duplicate_of: Sighting | None = None  # stored as a corroboration of this earlier report
    credited: bool = False  # ... and credited on its feed item rather than posted on its own (when due)
    feed_channel_id: int = 0
    paused: str | None = None  # why the channel it waits for (the feed, or the desk) is paused, if it is


class SightingService:
    def __init__(
        self,
        repo: SightingRepository,
        shows: ShowService,
        show_repo: ShowRepository,
        roster: RosterService,
        health: ChannelHealth,
        keys: KeyRepository,
        *,
        duplicate_window_minutes: int = 20,
        on_enqueued: Callable[[], None],
    ) -> None:
        self.duplicate_window = timedelta(minutes=duplicate_window_minutes)
        self.repo = repo
        self.shows = shows
        self.show_repo = show_repo
        self.roster = roster
        self.health = health
        self.keys = keys
        self.on_enqueued = on_enqueued

    async def post(
        self,
        caller: Caller,
        draft: SightingDraft,
        *,
        photo: NewPhoto | None = None,
        photo_url: str | None = None,
        source: Reporter | None = None,
        source_url: str | None = None,
        source_rest: str | None = None,
    ) -> PostResult:
        """Store a new sighting (with its photo's bytes, read by the cog; `photo_url` is only where they were
        read from) and queue it for the feed, or the desk when it awaits approval. Posted from a message (Post
        as sighting): `source` is its author when someone else, `source_url` its link, `source_rest` its text
        beyond `what`."""
        caller.require_reporter()
        show = await self.shows.require_open(caller.guild_id)
        draft = draft.for_new_post()
        assert draft.what is not None
        text, now, actor = draft.what, caller.now, caller.actor
        where_text = draft.where

        remembered = False
        if where_text is None:  # "BACK CORRIDOR: …" says where, else the reporter's last location
            where_text, remembered = await where_filed(self.show_repo, show.id, actor.id, text)

        tags = await self.roster.tag(caller.guild_id, draft)
        people = list(tags.people)

        window = self.duplicate_window

        def pick(candidates: list[Recent]) -> Recent | None:  # runs inside the write, on the database thread
            return find_original(text, people, candidates, now=now, window=window)

        held = show.approval and not caller.is_editor
        status = SightingStatus.PENDING if held else SightingStatus.LIVE
        publish_at = now + timedelta(minutes=draft.hold_minutes) if draft.hold_minutes else None
        sighting = await self.repo.add(
            NewSighting(
                guild_id=caller.guild_id,
                show_id=show.id,
                reporter=Reporter(id=actor.id, name=actor.name),
                what=text,
                people=tuple(people),
                other_names=tags.unknown,
                where=where_text,
                quote=draft.quote,
                quote_by=tags.quote_by,
                headline=draft.headline,
                photo_url=photo_url,
                source=source,
                source_url=source_url,
                source_rest=source_rest,
                where_remembered=remembered,
                status=status,
                created_at=now,
                publish_at=publish_at,
            ),
            feed_channel_id=None if held else show.feed_channel_id,
            desk_channel_id=show.desk_channel_id if held else None,
            dedupe=Dedupe(since=now - window, pick=pick),
            photo=photo,
        )
        original = await self.repo.get(caller.guild_id, sighting.corroborates) if sighting.corroborates else None
        if original is not None and status is SightingStatus.LIVE:
            await self.keys.suggest([original.id], now)  # one more correspondent: a key moment for the desk?
        self.on_enqueued()
        waits_for = show.desk_channel_id if held else show.feed_channel_id
        pause = await self.health.pause_of(waits_for) if waits_for is not None else None
        return PostResult(
            sighting=sighting,
            unknown_names=tags.unknown,
            suggestions=tags.suggestions,
            where_remembered=remembered,
            duplicate_of=original,
            credited=status is SightingStatus.LIVE and original is not None and original.takes_credits(now),
            feed_channel_id=show.feed_channel_id,
            paused=pause.reason if pause is not None else None,
        )

    async def react(self, guild_id: int, message_id: int, user_id: int, emoji: str, *, add: bool) -> None:
        """A community reaction on a message of the feed: a vote for the sighting(s) it shows."""
        await self.repo.react(guild_id, message_id, user_id, emoji, add=add)
        if add and await self.keys.suggest(await self.keys.for_message(message_id), datetime.now(UTC)):
            self.on_enqueued()  # enough votes: the desk is offered it as a key moment

    async def clear_votes(self, guild_id: int, message_id: int, emoji: str | None = None) -> None:
        """A moderator cleared the reactions of a feed message (all, or one emoji): those votes go too."""
        await self.repo.clear_reactions(guild_id, message_id, emoji)
