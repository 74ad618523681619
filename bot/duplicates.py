"""Is a new sighting another report of a moment already reported? (rapidfuzz, no hand-rolled metric)"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from bot.models import Sighting, SightingStatus
from bot.text import fold

SAME_NAMES_SCORE = 85.0  # same people tagged: near-identical text


def find_original(
    what: str, people: Iterable[str], candidates: Iterable[Sighting], *, now: datetime, window: timedelta
) -> Sighting | None:
    """The recent sighting this one most likely duplicates, or None.

    Only sightings naming the same people are linked: a link hides the new sighting from the feed, and text
    alone ("Moment 1 …" / "Moment 2 …") is too weak a reason to do that without a person in common."""
    names = {fold(p) for p in people}
    if not names:
        return None
    text = fold(what)
    best: tuple[float, float, int, Sighting] | None = None
    for c in candidates:
        if c.status in (SightingStatus.RETRACTED, SightingStatus.REJECTED) or now - c.created_at > window:
            continue
        if {fold(p) for p in c.people} != names:
            continue
        score = fuzz.token_set_ratio(text, fold(c.what))
        if score < SAME_NAMES_SCORE:
            continue
        # a subset scores 100 on token sets; the overall likeness breaks ties, then the earlier report
        key = (score, fuzz.ratio(text, fold(c.what)), -c.id, c)
        if best is None or key[:3] > best[:3]:
            best = key
    return None if best is None else best[3]
