"""The jobs `Worker` runs in a process of their own: a night's digest and its exports. Each reads what it needs
on a read-only connection of its own, in one read transaction (one committed state of the night), and
returns only the result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.digest import Digest, compile_digest, timeline_rows
from bot.digest.corrected import taken_back
from bot.digest.exports import Uploads, article_files, timeline_lines, uploads, with_digest
from bot.digest.models import PhotoFile
from bot.digest.photos import photo_files
from bot.models import Curation, RosterEntry, Show, SightingRow
from bot.roster_file import ImportReport, check_file
from bot.tagging import Roster
from bot.worker.beside import beside
from db.database import Connection, read_only
from db.repositories.config import timezone_of
from db.repositories.curation import curations_of
from db.repositories.photos import photo_of, show_photo_metas
from db.repositories.roster import RosterRow, roster_as_read
from db.repositories.sightings import night_rows


@dataclass(frozen=True)
class Night:
    """A show's night as one read saw it: its sightings, the editors' curations, the sightings' photos (what
    describes them; the bytes are read for the few an article shows)."""

    sightings: list[SightingRow]
    curations: list[Curation]
    photos: dict[int, PhotoFile]


def _night(conn: Connection, show_id: int) -> Night:
    sightings = list(night_rows(conn, show_id))
    photos = photo_files(show_photo_metas(conn, show_id))
    return Night(sightings, curations_of(conn, show_id), photos)


def corrected_by(database: str, show: Show, sighting_id: int, published: tuple[int, ...], now: datetime) -> list[int]:
    """The published sightings a new report puts right, as the compile reads it (`bot.digest.corrected`)."""
    with read_only(database) as conn:
        sightings = list(night_rows(conn, show.id))
    return taken_back(show, sightings, sighting_id, published, now)


def compile_night(database: str, show: Show, count: int, now: datetime, roster: Sequence[RosterEntry] = ()) -> Digest:
    """The digest of `show` as of `now` (`count` items), names written as the roster spells them."""
    with read_only(database) as conn:
        night = _night(conn, show.id)
        timezone = timezone_of(conn, show.guild_id)
    return compile_digest(
        show,
        night.sightings,
        night.curations,
        count=count,
        now=now,
        roster=roster,
        photos=night.photos,
        timezone=timezone,
    )


@dataclass(frozen=True)
class ExportRequest:
    """What `/digest export` asked for: the article, the timeline or both, in `fmt`, each upload within
    `limit` bytes; times in `timezone`; the files named after `stem`."""

    show: Show
    fmt: str
    contents: str
    count: int
    now: datetime
    timezone: str
    limit: int
    stem: str
    roster: tuple[RosterEntry, ...] = ()


def export_night(database: str, request: ExportRequest) -> tuple[Digest, Uploads]:
    """The digest and the export, ready to upload (`bot.digest.exports.uploads`). The photos the article shows
    are read in the same read transaction as the night, so they are the ones the digest was compiled with.

    With the timeline, the digest compiles in a process of its own (`beside`) while this one writes the
    timeline's rows (on a 100,000-sighting night each is about a second of one core); the few rows the digest
    tells are then written again with the item that tells them."""
    tz = ZoneInfo(request.timezone)
    with read_only(database) as conn:
        night = _night(conn, request.show.id)
        rows, lines = None, None
        if request.contents in ("both", "timeline"):
            with beside(_compile, request, night) as compiled:
                rows = timeline_rows(night.sightings, night.curations, None, request.now, tz, night.photos)
                lines = timeline_lines(rows, request.fmt, tz)
                digest = compiled()
            rows, lines = with_digest(rows, lines, digest, request.fmt, tz)
        else:
            digest = _compile(request, night)
        shown = [i.photo.sighting_id for i in (*digest.items, digest.bonus) if i is not None and i.photo is not None]
        found = {sid: photo_of(conn, sid) for sid in shown} if request.contents in ("both", "article") else {}
    photos = {sid: p.data for sid, p in found.items() if p is not None}
    article, linked = [], []
    if request.contents in ("both", "article"):
        article = article_files(digest, request.fmt, tz, photos)
        if request.fmt == "html" and photos:  # the page with its photos beside it, should inline ones not fit
            linked = article_files(digest, request.fmt, tz, photos, inline=False)
    return digest, uploads(article, rows, digest, request.fmt, tz, request.stem, request.limit, linked, lines)


def _compile(request: ExportRequest, night: Night) -> Digest:
    return compile_digest(
        request.show,
        night.sightings,
        night.curations,
        count=request.count,
        now=request.now,
        roster=request.roster,
        photos=night.photos,
        timezone=request.timezone,
    )


def check_roster_import(database: str, guild_id: int, text: str) -> tuple[ImportReport, list[RosterRow]]:
    """`/roster import`'s file checked against the guild's roster as the database holds it and against itself
    (`bot.roster_file.check_file`): the report, and the rows to store when no line is refused."""
    with read_only(database) as conn:
        entries, held = roster_as_read(conn, guild_id)
    return check_file(Roster(entries), text, held)
