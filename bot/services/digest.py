"""Compiling, curating and exporting the digest of a show (the compiler itself is bot.digest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from bot.access import Caller
from bot.digest import Digest, compile_digest, to_html, to_json, to_markdown
from bot.drafts import check_field
from bot.errors import InvalidInput
from bot.models import Show, Sighting, SightingStatus
from bot.services.newsroom import NewsroomService
from bot.services.shows import ShowService
from db.repositories import SightingRepository
from db.repositories.curation import CurationRepository

FORMATS = ("markdown", "html", "json")


@dataclass(frozen=True)
class Export:
    filename: str
    data: bytes
    digest: Digest


class DigestService:
    def __init__(
        self, repo: SightingRepository, curation: CurationRepository, shows: ShowService, newsroom: NewsroomService
    ) -> None:
        self.repo = repo
        self.curation = curation
        self.shows = shows
        self.newsroom = newsroom

    async def _show(self, guild_id: int) -> Show:
        return await self.shows.current(guild_id) or await self.shows.latest(guild_id)

    async def compile(self, caller: Caller, *, count: int) -> Digest:
        caller.require_editor()
        if not 1 <= count <= 10:
            raise InvalidInput("`count` must be between 1 and 10.")
        show = await self._show(caller.guild_id)
        return await self.compile_show(show, count=count, now=caller.now)

    async def compile_show(self, show: Show, *, count: int, now: datetime) -> Digest:
        sightings = await self.repo.for_show(show.id)
        curations = await self.curation.for_show(show.id)
        return compile_digest(show, sightings, curations, count=count, now=now)

    async def _curatable(self, caller: Caller, sighting_id: int) -> tuple[Show, Sighting]:
        caller.require_editor()
        s = await self.newsroom.get(caller.guild_id, sighting_id)
        if s.status is SightingStatus.RETRACTED:
            raise InvalidInput(f"#{s.id} was retracted; a retracted sighting never enters a digest.")
        if s.status is SightingStatus.REJECTED:
            raise InvalidInput(f"#{s.id} was rejected at the desk; approve a new one instead.")
        if s.status is SightingStatus.PENDING:
            raise InvalidInput(f"#{s.id} is waiting for approval. Approve it at the desk first, then pin or drop it.")
        show = await self._show(caller.guild_id)
        if s.show_id != show.id:
            raise InvalidInput(f"#{s.id} belongs to an earlier show, not to **{show.name}**.")
        return show, s

    async def pin(self, caller: Caller, sighting_id: int, headline: str | None) -> Sighting:
        show, s = await self._curatable(caller, sighting_id)
        text = check_field("pin_headline", headline)
        await self.curation.set(show.id, s.id, pinned=True, headline=text, by=caller.actor.id, now=caller.now)
        return s

    async def drop(self, caller: Caller, sighting_id: int) -> Sighting:
        show, s = await self._curatable(caller, sighting_id)
        await self.curation.set(show.id, s.id, pinned=False, headline=None, by=caller.actor.id, now=caller.now)
        return s

    async def export(self, caller: Caller, fmt: str, *, count: int) -> Export:
        if fmt not in FORMATS:
            raise InvalidInput(f"Choose a format among {', '.join(FORMATS)}.")
        digest = await self.compile(caller, count=count)
        timeline = await self.repo.for_show(digest.show_id)
        return render_export(digest, timeline, fmt, ZoneInfo(caller.config.timezone))


def render_export(digest: Digest, timeline: list[Sighting], fmt: str, tz: tzinfo = UTC) -> Export:
    """The digest with the night's full timeline, as a file; times in the server's timezone."""
    slug = "".join(c if c.isalnum() else "-" for c in digest.show_name.lower()).strip("-")[:60] or "show"
    if fmt == "markdown":
        return Export(f"{slug}-digest.md", to_markdown(digest, timeline, tz).encode(), digest)
    if fmt == "html":
        return Export(f"{slug}-digest.html", to_html(digest, timeline, tz).encode(), digest)
    return Export(f"{slug}-digest.json", to_json(digest, timeline).encode(), digest)
