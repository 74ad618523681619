"""The editors' record of the night: every sighting, in time order, with where it stands spelled out.

The public article (the digest in Discord, digest.md, digest.html, digest.json) keeps only what the editors
kept; this record (timeline.md, timeline.html, timeline.json) is for the editors. `standing` is also the rule
the publisher applies just before posting: a sighting whose standing no longer lets it be published stops
the publication.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from functools import partial
from operator import attrgetter
from typing import NamedTuple

from bot.models import AnySighting, Curation, SightingStatus

from .models import Digest, PhotoFile


class Standing(StrEnum):
    LIVE = "live"
    PINNED = "pinned"
    DROPPED = "dropped"
    EMBARGOED = "embargoed"
    PENDING = "pending"
    REJECTED = "rejected"
    RETRACTED = "retracted"

    @property
    def publishable(self) -> bool:
        return self in (Standing.LIVE, Standing.PINNED)


PULLED = frozenset({Standing.RETRACTED, Standing.REJECTED})  # taken back: struck through in the timeline
_BY_STATUS = {
    SightingStatus.RETRACTED: Standing.RETRACTED,
    SightingStatus.REJECTED: Standing.REJECTED,
    SightingStatus.PENDING: Standing.PENDING,
}
# how a standing reads after "#12 was …" (why a sighting left the digest, or may not be posted)
SINCE = {
    Standing.DROPPED: "dropped by an editor",
    Standing.EMBARGOED: "put under embargo",
    Standing.PENDING: "sent back for approval",
    Standing.REJECTED: "rejected at the desk",
    Standing.RETRACTED: "retracted",
}


def standing(s: AnySighting, curation: Curation | None, now: datetime) -> Standing:
    """Where a sighting stands for the digest at `now`: its status first, then an embargo still running, then
    the editor's pin or drop."""
    if s.status in _BY_STATUS:
        return _BY_STATUS[s.status]
    if not s.is_candidate(now):
        return Standing.EMBARGOED
    if curation is not None:
        return Standing.PINNED if curation.pinned else Standing.DROPPED
    return Standing.LIVE


def curation_map(curations: Iterable[Curation]) -> dict[int, Curation]:
    """The latest curation of each sighting (they come in the order they were made)."""
    return {c.sighting_id: c for c in curations}


class TimelineRow(NamedTuple):
    """A row of the record (a tuple: a night makes 100,000 of them, in half the time a frozen dataclass takes)."""

    sighting: AnySighting
    standing: Standing
    status: str  # spelled out: "live", "embargoed until 21:40", "dropped by the editor", …
    item: str | None  # where the digest tells it ("item 2", "bonus"), None when it does not
    notes: tuple[str, ...]  # retraction reason, corroboration, edit time, pinned headline, photo
    photo: PhotoFile | None = None  # the sighting's photo (described; its bytes stay in the database)

    @property
    def pulled(self) -> bool:
        return self.standing in PULLED


_SPELLED = {
    **{where: where.value for where in Standing},
    Standing.PENDING: "pending approval",
    Standing.REJECTED: "rejected at the desk",
    Standing.DROPPED: "dropped by the editor",
    Standing.PINNED: "pinned by the editor",
}


def _status(s: AnySighting, where: Standing, curation: Curation | None, tz: tzinfo) -> str:
    if where is Standing.EMBARGOED and s.publish_at is not None:
        return f"embargoed until {s.publish_at.astimezone(tz):%H:%M}"
    return _SPELLED[where]


def _notes(s: AnySighting, curation: Curation | None, tz: tzinfo) -> tuple[str, ...]:
    notes = []
    if s.status is SightingStatus.RETRACTED and s.retracted_reason:
        notes.append(f"reason: {s.retracted_reason}")
    if curation is not None and curation.pinned and curation.headline:
        notes.append(f"pinned headline: {curation.headline}")
    if s.corroborates is not None:
        notes.append(f"also reports #{s.corroborates}")
    if s.source is not None:
        notes.append(f"first posted by {s.source.name}")
    if s.edited_at is not None:
        notes.append(f"corrected at {s.edited_at.astimezone(tz):%H:%M}")
    return tuple(notes)


@dataclass(frozen=True)
class Part:
    """One of the files a night too big for one upload is split into: its rows are the `number`-th run, in
    time order, of the night's `night` sightings."""

    number: int
    of: int
    night: int

    def heading(self, rows: Sequence[TimelineRow]) -> str:
        """ "Part 2 of 3: 33,333 of the night's 100,000 sightings" """
        return f"Part {self.number} of {self.of}: {len(rows):,} of the night's {self.night:,} sightings"


def _photo_note(photo: PhotoFile) -> str:
    return f"with a photo: {photo.filename} ({photo.content_type}, {photo.size:,} bytes)"


def timeline_rows(
    sightings: Iterable[AnySighting],
    curations: Sequence[Curation],
    digest: Digest | None,
    now: datetime,
    tz: tzinfo,
    photos: Mapping[int, PhotoFile] | None = None,
) -> list[TimelineRow]:
    """Every sighting in the order of the night (time, then id), with its standing at `now`, when `digest` is
    given the item that tells it, and the sighting's photo when `photos` has one (a note says so; the files
    themselves travel only with the article)."""
    photos = photos or {}
    pins = curation_map(curations)
    told = tellers(digest) if digest is not None else {}
    rows = []
    row = partial(tuple.__new__, TimelineRow)  # TimelineRow(…) without its __new__'s named arguments
    for s in sorted(sightings, key=attrgetter("created_at", "id")):
        curation = pins.get(s.id)
        where = standing(s, curation, now)
        notes = _notes(s, curation, tz)
        photo = photos.get(s.id)
        if photo is not None:
            notes += (_photo_note(photo),)
        rows.append(row((s, where, _status(s, where, curation, tz), told.get(s.id), notes, photo)))
    return rows


def tellers(digest: Digest) -> dict[int, str]:
    """The item that tells each sighting the digest tells ("item 2", "bonus"), by sighting id."""
    told: dict[int, str] = {}
    for item in digest.items:
        told.update((sid, f"item {item.rank}") for sid in item.sighting_ids)
    if digest.bonus is not None:
        told.update((sid, "bonus") for sid in digest.bonus.sighting_ids)
    return told


def told_rows(rows: Sequence[TimelineRow], digest: Digest) -> dict[int, TimelineRow]:
    """For rows made without the digest (`timeline_rows(…, None, …)`, while it compiled), the ones it tells, by
    their index in `rows`, as `timeline_rows` with the digest makes them (the item that tells them)."""
    told = tellers(digest)
    return {
        index: row._replace(item=told[row.sighting.id]) for index, row in enumerate(rows) if row.sighting.id in told
    }
