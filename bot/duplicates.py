"""Is a new sighting another report of a moment already reported? (rapidfuzz, no hand-rolled metric)"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from rapidfuzz import fuzz

from bot.models import SightingStatus
from bot.text import fold

SAME_NAMES_SCORE = 85.0  # same people tagged: near-identical text


class Candidate(Protocol):
    """What the check reads of an earlier sighting (a `Sighting` has it all; so has the database's light
    `db.repositories.sightings.Recent` row)."""

    @property
    def id(self) -> int: ...
    @property
    def what(self) -> str: ...
    @property
    def people(self) -> Sequence[str]: ...
    @property
    def status(self) -> SightingStatus: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def corroborates(self) -> int | None: ...


C = TypeVar("C", bound=Candidate)


def find_original(
    what: str, people: Iterable[str], candidates: Iterable[C], *, now: datetime, window: timedelta
) -> C | None:
    """The recent sighting this one most likely duplicates, or None.

    Only sightings naming the same people are linked: a link hides the new sighting from the feed, and text
    alone ("Moment 1 …" / "Moment 2 …") is too weak a reason to do that without a person in common."""
    names = set(people)  # canonical roster names: compared as they are
    if not names:
        return None
    text = fold(what)
    best: tuple[float, float, int, C] | None = None
    for c in candidates:
        if c.status in (SightingStatus.RETRACTED, SightingStatus.REJECTED) or now - c.created_at > window:
            continue
        if set(c.people) != names:
            continue
        other = fold(c.what)
        score = fuzz.token_set_ratio(text, other)
        if score < SAME_NAMES_SCORE:
            continue
        # a subset scores 100 on token sets; the overall likeness breaks ties, then the earlier report
        key = (score, fuzz.ratio(text, other), -c.id, c)
        if best is None or key[:3] > best[:3]:
            best = key
    return None if best is None else best[3]
