"""After a sighting is posted: corrections, retractions, approval decisions, embargo release,
corroboration links, history and search."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.access import Caller, is_reporter
from bot.drafts import SPEAKER_NEEDS_QUOTE, SightingDraft, check_field
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.models import Reporter, Revision, Show, Sighting, SightingStatus
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from bot.text import clean
from db.repositories import SightingRepository
from db.repositories.newsroom import NewsroomRepository, SightingChanges
from db.repositories.photos import NewPhoto, Photo, PhotoRepository

PAGE_SIZE = 10


class Unlinked(StrEnum):
    """What happens to a report once it is no longer linked to another."""

    OWN_ITEM = "own item"  # it is (or now becomes) a feed item of its own
    AT_EMBARGO = "at embargo"  # it becomes one when its own embargo ends
    ON_APPROVAL = "on approval"  # it becomes one if an editor approves it
    OUT_OF_FEED = "out of feed"  # retracted or rejected: it stays out


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
        photos: PhotoRepository,
        *,
        on_enqueued: Callable[[], None],
    ) -> None:
        self.repo = repo
        self.photos = photos
        self.newsroom = newsroom
        self.shows = shows
        self.roster = roster
        self.on_enqueued = on_enqueued

    async def get(self, guild_id: int, sighting_id: int) -> Sighting:
        s = await self.repo.get(guild_id, sighting_id)
        if s is None:
            raise NotFound(f"There is no sighting #{sighting_id} in this server. `/sighting list` finds ids.")
        return s

    async def _own_or_editor(self, caller: Caller, sighting_id: int) -> Sighting:
        caller.require_reporter()
        s = await self.get(caller.guild_id, sighting_id)
        if s.reporter.id != caller.actor.id and not caller.is_editor:
            raise NotAllowed(
                f"#{s.id} was posted by {s.reporter.name}. Only they or an editor can change it; "
                "ask the desk if it needs fixing."
            )
        return s

    async def editable(self, caller: Caller, sighting_id: int) -> Sighting:
        """The sighting, if this caller may correct it now (checked before a new photo is downloaded)."""
        s = await self._own_or_editor(caller, sighting_id)
        if s.status is SightingStatus.RETRACTED:
            raise InvalidInput(f"#{s.id} was retracted, so it cannot be corrected. Post a new sighting instead.")
        if s.status is SightingStatus.REJECTED:
            raise InvalidInput(f"#{s.id} was rejected by an editor. Post a new sighting instead.")
        return s

    async def edit(
        self,
        caller: Caller,
        sighting_id: int,
        draft: SightingDraft,
        *,
        photo: NewPhoto | None = None,
        remove_photo: bool = False,
    ) -> tuple[Sighting, bool]:
        """The sighting after the correction, and whether anything changed (a correction that changes
        nothing is no error, but keeps no new version and touches nothing in the feed). A new `photo`
        replaces the one it had; `remove_photo` takes it away."""
        if photo is not None and remove_photo:
            raise InvalidInput("Give either a new `photo` or `remove_photo:true`, not both.")
        s = await self.editable(caller, sighting_id)
        if remove_photo and await self.photos.get(s.id) is None:
            if not draft.given:
                raise InvalidInput(f"#{s.id} has no photo to remove; nothing changed.")
            remove_photo = False  # nothing to remove: the text is corrected
        if (photo is None and not remove_photo) or draft.given:
            draft = draft.for_correction()

        def pick(name: str, current: str | None) -> str | None:
            return getattr(draft, name) if name in draft.given else current

        tags = await self.roster.tag(caller.guild_id, draft, current=s)
        quote = pick("quote", s.quote)
        if tags.quote_by and not quote:
            raise InvalidInput(SPEAKER_NEEDS_QUOTE)
        changes = SightingChanges(
            what=draft.what if draft.what else s.what,
            people=tags.people,
            other_names=tags.unknown,
            where=pick("where", s.where),
            quote=quote,
            quote_by=tags.quote_by,
            headline=pick("headline", s.headline),
        )
        same = changes == SightingChanges(s.what, s.people, s.other_names, s.where, s.quote, s.quote_by, s.headline)
        if photo is not None and await self.photos.same(s.id, photo.sha256):
            photo = None  # the photo it already has
        if same and photo is None and not remove_photo:
            return s, False
        editor = Reporter(id=caller.actor.id, name=caller.actor.name)
        await self.newsroom.edit(s, changes, editor, caller.now, photo, remove_photo=remove_photo)
        self.on_enqueued()
        return await self.get(caller.guild_id, s.id), True

    async def photo(self, sighting_id: int) -> Photo | None:
        """A sighting's stored photo (for a desk card rewritten by a decision)."""
        return await self.photos.get(sighting_id)

    async def history(self, caller: Caller, sighting_id: int) -> tuple[Sighting, list[Revision]]:
        caller.require_editor()
        s = await self.get(caller.guild_id, sighting_id)
        return s, await self.newsroom.revisions(s.id)

    async def retract(self, caller: Caller, sighting_id: int, reason: str | None) -> tuple[Sighting, bool, str | None]:
        """The sighting after, whether it changed, and why it never reached the feed ("pending approval", "under
        embargo") when it had not (so nothing is struck through), else None."""
        s = await self._own_or_editor(caller, sighting_id)
        unseen = None
        if s.status is SightingStatus.PENDING:
            unseen = "it was still pending approval"
        elif s.status is SightingStatus.LIVE and s.publish_at is not None and s.publish_at > caller.now:
            unseen = "it was still under embargo"
        changed = await self.newsroom.retract(s, check_field("reason", reason), caller.now)
        self.on_enqueued()
        return await self.get(caller.guild_id, s.id), changed, unseen

    async def release(self, caller: Caller, sighting_id: int) -> tuple[Sighting, Sighting | None]:
        """Ends an embargo now. Returns the sighting and, when it will be credited on another report's feed
        item ("also reported by") rather than posted on its own, that report."""
        caller.require_editor()
        s = await self.get(caller.guild_id, sighting_id)
        if s.status is not SightingStatus.LIVE and s.status is not SightingStatus.PENDING:
            raise InvalidInput(f"#{s.id} is {s.status.value}; there is nothing to release.")
        if not await self.newsroom.release(s, caller.now):
            raise InvalidInput(f"#{s.id} is not under embargo.")
        self.on_enqueued()
        original = await self.repo.get(caller.guild_id, s.corroborates) if s.corroborates else None
        credited_on = original if original is not None and original.takes_credits(caller.now) else None
        return await self.get(caller.guild_id, s.id), credited_on

    async def unlink(self, caller: Caller, sighting_id: int) -> tuple[int, Unlinked, Sighting]:
        """Returns the original it was linked to, what happens to it now, and the sighting."""
        caller.require_editor()
        s = await self.get(caller.guild_id, sighting_id)
        original = s.corroborates
        if original is None or not await self.newsroom.unlink(s, caller.now):
            raise InvalidInput(f"#{s.id} is not linked to another sighting.")
        self.on_enqueued()
        if s.status is SightingStatus.PENDING:
            outcome = Unlinked.ON_APPROVAL
        elif s.status is not SightingStatus.LIVE:
            outcome = Unlinked.OUT_OF_FEED
        elif s.publish_at is not None and s.publish_at > caller.now:
            outcome = Unlinked.AT_EMBARGO
        else:
            outcome = Unlinked.OWN_ITEM
        return original, outcome, s

    async def decide(
        self, caller: Caller, sighting_id: int, *, approve: bool, reason: str | None
    ) -> tuple[Sighting, bool, str | None]:
        """Returns (sighting, whether this call decided it, who decided it if someone else did)."""
        caller.require_editor()
        s = await self.get(caller.guild_id, sighting_id)
        won = await self.newsroom.decide(
            s, approve=approve, by=caller.actor.name, reason=check_field("reason", reason), now=caller.now
        )
        if won:
            self.on_enqueued()
            return await self.get(caller.guild_id, s.id), True, None
        decided_by, _ = await self.newsroom.decision(s.id)
        return await self.get(caller.guild_id, s.id), False, decided_by

    async def search(
        self,
        caller: Caller,
        *,
        who: str | None = None,
        where: str | None = None,
        reporter_id: int | None = None,
        text: str | None = None,
        offset: int = 0,
    ) -> SearchPage:
        caller.require_reporter()
        show = await self.shows.current_or_last(caller.guild_id) or await self.shows.latest(caller.guild_id)
        canonical = None
        if who:
            canonical = (await self.roster.matcher(caller.guild_id)).lookup(who) or clean(who)
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

    async def id_choices(self, caller: Caller, current: str) -> list[Sighting]:
        """For `id` autocomplete: a correspondent's own recent sightings, an editor's whole show."""
        if not is_reporter(caller.config, caller.actor):
            return []
        show = await self.shows.current_or_last(caller.guild_id)
        if show is None:
            return []
        reporter = None if caller.is_editor else caller.actor.id
        digits = "".join(c for c in current if c.isdigit())
        page, _ = await self.repo.search(show.id, reporter_id=reporter, id_prefix=digits or None, limit=25)
        return page
