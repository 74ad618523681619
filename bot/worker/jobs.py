"""The jobs `Worker` runs in a process of their own: a night's digest and its exports. Each reads what it needs
on a read-only connection of its own, in one read transaction (one committed state of the night), and
returns only the result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.digest import Digest, compile_digest, timeline_rows
from bot.digest.exports import Uploads, article_file, uploads
from bot.models import Curation, RosterEntry, Show, SightingRow
from db.database import read_only
from db.repositories.curation import curations_of
from db.repositories.sightings import night_rows


def _night(database: str, show_id: int) -> tuple[list[SightingRow], list[Curation]]:
    with read_only(database) as conn:
        return list(night_rows(conn, show_id)), curations_of(conn, show_id)


def compile_night(database: str, show: Show, count: int, now: datetime, roster: Sequence[RosterEntry] = ()) -> Digest:
    """The digest of `show` as of `now` (`count` items), names written as the roster spells them."""
    sightings, curations = _night(database, show.id)
    return compile_digest(show, sightings, curations, count=count, now=now, roster=roster)


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
    """The digest and the export, ready to upload (`bot.digest.exports.uploads`)."""
    sightings, curations = _night(database, request.show.id)
    digest = compile_digest(
        request.show, sightings, curations, count=request.count, now=request.now, roster=request.roster
    )
    tz = ZoneInfo(request.timezone)
    article = article_file(digest, request.fmt, tz) if request.contents in ("both", "article") else None
    rows = None
    if request.contents in ("both", "timeline"):
        rows = timeline_rows(sightings, curations, digest, request.now, tz)
    return digest, uploads(article, rows, digest, request.fmt, tz, request.stem, request.limit)
