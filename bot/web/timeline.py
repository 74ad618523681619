"""What the public sees of a show: the one rule, and the posts it makes, kept current from changed rows.

A sighting is shown when it is live and its embargo has passed, or when it was retracted after readers saw it in
the feed (struck through, with the reason). Never: pending, rejected, embargoed, dropped by an editor, or retracted
before it reached the feed. Corroborations follow the Discord feed's rule (`bot.models.credited`, one rule for
both): a report credited on its original is shown there as "also reported by" while it is live and out of embargo,
not on its own; a report the feed shows as an item of its own (its original was retracted, rejected or under
embargo when it was due) is a post of its own here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.models import SightingStatus, credit_shown, credited, in_feed
from db.repositories.web import TimelineRow


def shown(row: TimelineRow, original: TimelineRow | None, now: datetime) -> bool:
    """The rule: may this row be on the page, in the feeds and in the live events, now? `original`: the row it
    corroborates, if that one may be public (None: pending, rejected, or not a corroboration)."""
    if row.dropped:
        return False
    if row.corroborates is not None and credited(row, original, now, waiting=row.waiting):
        return False  # "also reported by" on its original
    if row.status is SightingStatus.RETRACTED:
        return row.in_feed
    return in_feed(row, now)


@dataclass(frozen=True)
class Post:
    """One item of the public timeline, as every page, feed and event renders it."""

    id: int
    created_at: datetime
    reporter: str
    what: str
    headline: str | None
    quote: str | None
    quote_by: str | None
    where: str | None
    names: tuple[str, ...]
    also: tuple[str, ...]  # other correspondents who reported it (corroborations)
    corrected_at: datetime | None  # the last correction, while not retracted
    retracted: bool
    reason: str | None  # why it was retracted
    photo: str | None = None  # its photo's file name (served at /s/<token>/photos/<name>), never when retracted
    # A key moment is listed at the top of the page as well. The flag is issue 13 item 2's: set it here from
    # the row when the column lands (and add the column to the web_sighting_changed trigger).
    key: bool = False

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.created_at, self.id)

    @property
    def title(self) -> str:
        """A one-line title for feeds and structured data: the headline, else the start of the text."""
        if self.headline:
            return self.headline
        text = " ".join(self.what.split())
        return text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + "…"


class Timeline:
    """The rows of one show that may be public, by id, and the posts they make at a given moment."""

    def __init__(self, rows: Iterable[TimelineRow]) -> None:
        self.rows: dict[int, TimelineRow] = {}
        self._credits: dict[int, set[int]] = {}  # original id -> ids of its corroborations
        self._next_release: datetime | None = None  # no embargo ends before this
        for row in rows:
            self._put(row)

    def _put(self, row: TimelineRow) -> None:
        self.rows[row.id] = row
        if row.publish_at is not None and (self._next_release is None or row.publish_at < self._next_release):
            self._next_release = row.publish_at
        if row.corroborates is not None:
            self._credits.setdefault(row.corroborates, set()).add(row.id)

    def _drop(self, sighting_id: int) -> None:
        old = self.rows.pop(sighting_id, None)
        if old is not None and old.corroborates is not None:
            self._credits.get(old.corroborates, set()).discard(sighting_id)

    def _original(self, row: TimelineRow) -> TimelineRow | None:
        return None if row.corroborates is None else self.rows.get(row.corroborates)

    def apply(self, changed: Iterable[int], rows: Mapping[int, TimelineRow]) -> set[int]:
        """Take the rows of the `changed` ids as they read now (an id absent from `rows` is not public any
        more, or never was). Returns the ids whose post may look different: the changed ones, the originals
        they credit, before and after the change, and their own corroborations (credited or not, by the state
        of their original)."""
        touched: set[int] = set()
        for sighting_id in changed:
            old = self.rows.get(sighting_id)
            if old is not None and old.corroborates is not None:
                touched.add(old.corroborates)
            touched |= self._credits.get(sighting_id, set())
            self._drop(sighting_id)
            new = rows.get(sighting_id)
            if new is not None:
                self._put(new)
                if new.corroborates is not None:
                    touched.add(new.corroborates)
            touched.add(sighting_id)
        return touched

    def post(self, sighting_id: int, now: datetime) -> Post | None:
        """The post of this id now, or None when it is not shown."""
        row = self.rows.get(sighting_id)
        if row is None or not shown(row, self._original(row), now):
            return None
        retracted = row.status is SightingStatus.RETRACTED
        linked = sorted(self._credits.get(row.id, ()))
        also = [
            c.reporter
            for c in (self.rows[i] for i in linked if i in self.rows)
            if credit_shown(c, row, now, waiting=c.waiting) and not c.dropped and c.reporter_id != row.reporter_id
        ]
        return Post(
            id=row.id,
            created_at=row.created_at,
            reporter=row.reporter,
            what=row.what,
            headline=row.headline,
            quote=row.quote,
            quote_by=row.quote_by if row.quote else None,
            where=row.where,
            names=row.people + row.other_names,
            also=tuple(dict.fromkeys(also)),
            corrected_at=None if retracted else row.edited_at,
            retracted=retracted,
            reason=row.retracted_reason if retracted else None,
            photo=None if retracted else row.photo,
        )

    def posts(self, now: datetime) -> list[Post]:
        """Every post shown now, newest first."""
        found = (self.post(i, now) for i in self.rows)
        return sorted((p for p in found if p is not None), key=lambda p: p.sort_key, reverse=True)

    def releases(self, after: datetime, now: datetime) -> set[int]:
        """Ids whose post may have changed because an embargo ended in (after, now]: the row, its original, and
        its corroborations (a report still waiting for the publisher is credited once its original is out)."""
        if self._next_release is None or now < self._next_release:
            return set()
        ended = [r for r in self.rows.values() if r.publish_at is not None and after < r.publish_at <= now]
        later = [r.publish_at for r in self.rows.values() if r.publish_at is not None and r.publish_at > now]
        self._next_release = min(later, default=None)
        touched = {r.id for r in ended} | {r.corroborates for r in ended if r.corroborates is not None}
        for r in ended:
            touched |= self._credits.get(r.id, set())
        return touched
