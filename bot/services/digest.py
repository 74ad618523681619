"""Compiling, curating and exporting the digest of a show (the compiler itself is bot.digest)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.access import Caller
from bot.digest import Digest, Standing, TimelineRow, changes, curation_map, standing, timeline_rows
from bot.digest.changes import told_ids
from bot.digest.exports import EXTENSIONS, Package, Uploads, is_photo, size_text
from bot.digest.photos import FOLDER, attached, photo_files
from bot.digest.timeline import SINCE
from bot.drafts import check_field
from bot.errors import InvalidInput
from bot.limits import CONTENT_MAX
from bot.models import Revision, Show, Sighting, SightingStatus
from bot.services.corrected import corrected_reason, corrected_since
from bot.services.newsroom import NewsroomService
from bot.services.roster import RosterService
from bot.services.shows import ShowService
from bot.text import inert, plural
from bot.worker import Interrupted, Worker
from bot.worker.jobs import ExportRequest, compile_night, corrected_by, export_night
from db.repositories import SightingRepository
from db.repositories.curation import CurationRepository
from db.repositories.photos import PhotoRepository

FORMATS = tuple(EXTENSIONS)
CONTENTS = ("both", "article", "timeline")
DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024  # Discord's default per file (the interaction says the real one)
EXPORT_INTERRUPTED = (
    "The export was interrupted: Backstage is restarting. Nothing is lost: run `/digest export` again in a minute."
)


def empty_digest(digest: Digest, verb: str) -> str:
    """Why a digest has no item, and what to do about it: "Nothing to {verb} yet: …"."""
    if digest.candidates:
        return (
            f"Nothing to {verb} yet: none of the {digest.candidates} live sightings makes a story on its own "
            "(each is a short line with no quote and no votes). Pin one with `/digest pin` to force it in."
        )
    return f"Nothing to {verb} yet: the show has no live sightings."


@dataclass(frozen=True)
class Export:
    uploads: Uploads
    digest: Digest


class DigestService:
    """Compiles and exports in `worker`'s process, which reads the night from the database file at `database`
    itself (`bot.worker.jobs`): a big night never holds up the event loop nor the bot's connection."""

    def __init__(
        self,
        repo: SightingRepository,
        curation: CurationRepository,
        shows: ShowService,
        newsroom: NewsroomService,
        roster: RosterService,
        *,
        worker: Worker,
        database: str,
        photos: PhotoRepository,
    ) -> None:
        self.repo = repo
        self.curation = curation
        self.shows = shows
        self.newsroom = newsroom
        self.roster = roster
        self.worker = worker
        self.database = database
        self.photos = photos

    async def show_of(self, guild_id: int) -> Show:
        """The show the digest commands work on: the open one, else the last one."""
        return await self.shows.current(guild_id) or await self.shows.latest(guild_id)

    async def _editors_show(self, caller: Caller, count: int) -> Show:
        caller.require_editor()
        if not 1 <= count <= 10:
            raise InvalidInput("`count` must be between 1 and 10.")
        return await self.show_of(caller.guild_id)

    async def compile(self, caller: Caller, *, count: int) -> Digest:
        show = await self._editors_show(caller, count)
        return await self.compile_show(show, count=count, now=caller.now)

    async def compile_show(self, show: Show, *, count: int, now: datetime) -> Digest:
        roster = await self.roster.entries(show.guild_id)  # canonical names in headlines and first mentions
        return await self.worker.run(compile_night, self.database, show, count, now, roster, server=show.guild_id)

    async def taken_back(self, show: Show, sighting_id: int, published: list[int], now: datetime) -> list[int]:
        """The `published` sightings a new report puts right, as the compile reads it (`bot.digest.corrected`)."""
        args = (self.database, show, sighting_id, tuple(published), now)
        return await self.worker.run(corrected_by, *args, server=show.guild_id)

    async def standings(self, show_id: int, sighting_ids: list[int], now: datetime) -> dict[int, Standing]:
        """Where each of these sightings stands now (a sighting gone from the database counts as retracted)."""
        rows = await self.repo.get_many(sighting_ids)
        pins = curation_map(await self.curation.for_show(show_id))
        return {
            sid: standing(rows[sid], pins.get(sid), now) if sid in rows else Standing.RETRACTED for sid in sighting_ids
        }

    async def unpublishable(self, sighting_ids: list[int], show_id: int, now: datetime) -> dict[int, str]:
        """The given sightings that may no longer be published, with why ("retracted", "dropped by an editor")."""
        found = await self.standings(show_id, sighting_ids, now)
        return {sid: SINCE[where] for sid, where in found.items() if not where.publishable}

    async def revisions(self, sighting_id: int) -> list[Revision]:
        """A sighting's earlier versions, oldest first (each with when it was replaced)."""
        return await self.newsroom.newsroom.revisions(sighting_id)

    async def corrected(self, sighting_ids: list[int], since: datetime) -> dict[int, str]:
        """The given sightings corrected since `since` in what a digest tells of them, with what changed
        ("corrected (who)", bot.services.corrected)."""
        rows = await self.repo.get_many(sighting_ids)
        found = {}
        for sid in sighting_ids:
            if sid in rows and (labels := corrected_since(await self.revisions(sid), rows[sid], since)):
                found[sid] = corrected_reason(labels)
        return found

    async def changes(self, before: Digest, after: Digest, now: datetime) -> list[str]:
        """How `after` reads differently from `before` (the preview an editor saw), with the reasons known."""
        found = await self.standings(after.show_id, sorted({*told_ids(before), *told_ids(after)}), now)
        reasons = {sid: SINCE.get(st, "pinned by an editor") for sid, st in found.items() if st is not Standing.LIVE}
        return changes(before, after, reasons)

    async def _curatable(self, caller: Caller, sighting_id: int) -> tuple[Show, Sighting]:
        caller.require_editor()
        s = await self.newsroom.get(caller.guild_id, sighting_id)
        if s.status is SightingStatus.RETRACTED:
            raise InvalidInput(f"#{s.id} was retracted; a retracted sighting never enters a digest.")
        if s.status is SightingStatus.REJECTED:
            raise InvalidInput(f"#{s.id} was rejected at the desk; approve a new one instead.")
        if s.status is SightingStatus.PENDING:
            raise InvalidInput(f"#{s.id} is waiting for approval. Approve it at the desk first, then pin or drop it.")
        show = await self.show_of(caller.guild_id)
        if s.show_id != show.id:
            raise InvalidInput(f"#{s.id} belongs to an earlier show, not to **{show.name}**.")
        return show, s

    async def pin(self, caller: Caller, sighting_id: int, headline: str | None) -> tuple[Sighting, str | None]:
        """The pinned sighting and its headline as stored (cleaned; None when it was empty)."""
        show, s = await self._curatable(caller, sighting_id)
        text = check_field("pin_headline", headline)
        await self.curation.set(show.id, s.id, pinned=True, headline=text, by=caller.actor.id, now=caller.now)
        return s, text

    async def drop(self, caller: Caller, sighting_id: int) -> Sighting:
        show, s = await self._curatable(caller, sighting_id)
        await self.curation.set(show.id, s.id, pinned=False, headline=None, by=caller.actor.id, now=caller.now)
        return s

    async def timeline(self, digest: Digest, now: datetime, tz: ZoneInfo) -> list[TimelineRow]:
        """The editors' record of the digest's show: every sighting with where it stands at `now`."""
        sightings = await self.repo.for_show(digest.show_id)
        photos = photo_files(await self.photos.meta_for(s.id for s in sightings))
        return timeline_rows(sightings, await self.curation.for_show(digest.show_id), digest, now, tz, photos)

    async def photo_bytes(self, digest: Digest) -> dict[int, bytes]:
        """The bytes of the photos the digest shows, by sighting id (one gone since is left out)."""
        shown = [i.photo.sighting_id for i in (*digest.items, digest.bonus) if i is not None and i.photo is not None]
        return await self.read_photos(shown)

    async def photo(self, sighting_id: int) -> bytes | None:
        """A sighting's photo as it is kept (None when it has none)."""
        found = await self.photos.get(sighting_id)
        return found.data if found is not None else None

    async def read_photos(self, ids: Iterable[int]) -> dict[int, bytes]:
        found = {sid: await self.photo(sid) for sid in ids}
        return {sid: data for sid, data in found.items() if data is not None}

    async def attachments(self, embeds: list[Mapping[str, Any]]) -> list[tuple[str, bytes]]:
        """The files a message of the digest uploads with these embeds (their `attachment://` images)."""
        wanted = attached(embeds)
        data = await self.read_photos(sid for sid, _ in wanted)
        return [(name, data[sid]) for sid, name in wanted if sid in data]

    async def export(
        self, caller: Caller, fmt: str, *, count: int, contents: str = "both", limit: int = DEFAULT_UPLOAD_LIMIT
    ) -> Export:
        """The article, the timeline or both in `fmt`, packed to travel within `limit` bytes per file."""
        if fmt not in FORMATS:
            raise InvalidInput(f"Choose a format among {', '.join(FORMATS)}.")
        if contents not in CONTENTS:
            raise InvalidInput(f"Choose what to export among {', '.join(CONTENTS)}.")
        show = await self._editors_show(caller, count)
        roster = tuple(await self.roster.entries(show.guild_id))
        request = ExportRequest(
            show, fmt, contents, count, caller.now, caller.config.timezone, limit, slug(show.name), roster
        )
        try:
            digest, packed = await self.worker.run(export_night, self.database, request, server=show.guild_id)
        except Interrupted:
            raise Interrupted(EXPORT_INTERRUPTED) from None
        too_big = [p for p in packed.packages if len(p.data) > limit]
        if too_big:
            raise InvalidInput(_too_big(too_big[0], limit))
        return Export(packed, digest)


def _too_big(package: Package, limit: int) -> str:
    """Why an export cannot be sent, and what to do instead."""
    size, most = size_text(len(package.data)), size_text(limit)
    if size == most:  # a few bytes over: in bytes, so that the larger reads larger
        size, most = f"{len(package.data):,} bytes", f"{limit:,} bytes"
    names = [f.name.split(".")[0] for f in package.files if not is_photo(f)]
    if not names:  # one photo, too big even alone
        photo = package.files[0]
        what = photo.what.rsplit(" (", 1)[0]  # (its size is said here)
        number = photo.name.removeprefix(FOLDER).split(".")[0].removeprefix("photo-")
        return (
            f"{what[0].upper()}{what[1:]} is {size}, more than the {most} Discord accepts here in one file: take "
            f"the photo off its sighting (`/sighting edit id:{number} remove_photo:True`; the feed loses it too) "
            "to export the article without it, or export the timeline alone (`contents:timeline`)."
        )
    if names == ["digest"]:
        photos = " with its photos" if len(package.files) > 1 else ""
        return (
            f"The article{photos} alone is {size}, more than the {most} Discord accepts here: export fewer items "
            "(`count:`)."
        )
    if "digest" in names:
        return (
            f"The export is {size}, more than the {most} Discord accepts here: export the article and the timeline "
            "one at a time (`contents:`)."
        )
    return (
        f"The timeline does not fit in the {most} Discord accepts here, even one sighting per file ({size}): "
        "nothing was sent."
    )


def slug(name: str) -> str:
    """A file-name stem from a show's name: lowercase letters, digits and dashes, at most 60 characters."""
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:60] or "show"


def export_summary(export: Export) -> str:
    """The reply that goes with an export: the files sent, why a zip or several, and what each file is."""
    name = inert(export.digest.show_name)
    packages, why_split = export.uploads.packages, export.uploads.why_split
    if why_split is None:
        (packed,) = packages
        head = f"The digest of **{name}**: `{packed.filename}`"
        if packed.why_zipped:
            head += f" (a .zip because {packed.why_zipped})"
        if not packed.why_zipped:  # one file, as it is: its name is the upload's
            return f"{head}, {'; '.join(f.what for f in packed.files)}."
        lines = [head + ", with:", *(f"- `{f.name}`: {f.what}." for f in packed.files)]
        return "\n".join(lines)
    head = f"The digest of **{name}** comes in {len(packages)} files because {why_split}:"
    return _listed_within(head, [f"- `{p.filename}`: {holds(p)}." for p in packages], packages)


def holds(packed: Package) -> str:
    """What one upload of several holds: "`timeline-2-of-3.md`, part 2 of 3 of the editors' record …"."""
    return "; ".join(f"`{f.name}`, {f.what}" for f in packed.files)


def _listed_within(head: str, lines: list[str], packages: list[Package]) -> str:
    """The head and a line per upload, within one message's 2,000 characters: on a night of many parts, the
    lines that fit, then the rest in one line (each of those comes in a message of its own saying what it holds)."""
    text = "\n".join([head, *lines])
    if len(text) <= CONTENT_MAX:
        return text
    kept = [head]
    for shown, line in enumerate(lines):
        rest = _the_rest(packages[shown + 1 :])
        if len("\n".join([*kept, line, rest])) > CONTENT_MAX:
            kept.append(_the_rest(packages[shown:]))
            break
        kept.append(line)
    return "\n".join(kept)


def _the_rest(packages: list[Package]) -> str:
    first, last = packages[0].filename, packages[-1].filename
    span = f"`{first}`" if len(packages) == 1 else f"`{first}` to `{last}`"
    return f"- and {plural(len(packages), 'more file')}, {span}: each in a message of its own that says what it holds."
