"""Key moments: an editor marks a sighting (/sighting key, the "Mark key moment" message command, the desk's
suggestion button); the show's pinned "Key moments so far" message follows (bot.feed.keys); the digest ranks
them first after the editor's pins; the live page shows them at the top."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.access import Caller
from bot.errors import InvalidInput
from bot.models import Show, Sighting, SightingStatus
from bot.services.newsroom import NewsroomService
from db.repositories.keys import KeyRepository, KeySummary

REFUSED = {
    SightingStatus.PENDING: "is still waiting for an editor's approval; approve it first, then mark it",
    SightingStatus.REJECTED: "was rejected, so it is not in the feed",
    SightingStatus.RETRACTED: "was retracted, so it is no longer a moment of the night",
}


@dataclass(frozen=True)
class Marked:
    sighting: Sighting
    changed: bool  # False: it already was (or was not) a key moment
    summary: KeySummary | None  # the show's "Key moments so far" message, if it has one
    instead_of: int | None = None  # the id asked for: a report credited on this original, marked in its place
    marked_by: int | None = None  # who marked it (the caller, or whoever did before)


class KeyService:
    def __init__(self, repo: KeyRepository, newsroom: NewsroomService, *, on_enqueued: Callable[[], None]) -> None:
        self.repo = repo
        self.newsroom = newsroom
        self.on_enqueued = on_enqueued

    async def opened(self, caller: Caller, show: Show) -> bool:
        """A show just opened: its feed gets the "Key moments so far" message, unless the server turned it off
        (/setup key_moments:false). Returns whether it does."""
        if not caller.config.key_moments:
            return False
        await self.repo.open_summary(show.id, show.guild_id, show.feed_channel_id, caller.now)
        self.on_enqueued()
        return True

    async def mark(self, caller: Caller, sighting_id: int, *, key: bool = True) -> Marked:
        caller.require_editor()
        s = await self.newsroom.get(caller.guild_id, sighting_id)
        instead_of = None
        if s.corroborates is not None and s.credited:
            # a report credited on its original's feed item has no feed message, no line of its own: the moment
            # is its original's (marking both would list it twice)
            instead_of, s = s.id, await self.newsroom.get(caller.guild_id, s.corroborates)
        if key and s.status in REFUSED:
            raise InvalidInput(f"**#{s.id}** {REFUSED[s.status]}.")
        changed = await self.repo.mark(s.id, caller.actor.id, caller.now, key=key)
        if changed:
            self.on_enqueued()
        marked = await self.newsroom.get(caller.guild_id, s.id)
        by = await self.repo.marked_by(s.id)
        return Marked(marked, changed, await self.repo.get(s.show_id), instead_of, by)

    async def mark_message(self, caller: Caller, message_id: int) -> Marked:
        """The message command: the sighting a feed message shows. Any other message is refused politely."""
        caller.require_editor()
        ids = await self.repo.for_message(message_id)
        if not ids:
            raise InvalidInput(
                "**Mark key moment** works on the feed's sighting messages only, and this is not one. Use it on a "
                "sighting in the live feed, or `/sighting key id:`."
            )
        if len(ids) > 1:
            listed = ", ".join(f"#{i}" for i in ids)
            raise InvalidInput(
                f"This feed message shows several sightings ({listed}). Mark the one you mean with `/sighting key id:`."
            )
        return await self.mark(caller, ids[0])
