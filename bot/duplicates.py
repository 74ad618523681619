"""Is a new sighting another report of a moment already reported? (rapidfuzz, no hand-rolled metric)"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from bot.models import Sighting, SightingStatus
from bot.text import fold

SAME_NAMES_SCORE = 85.0  # same people tagged: near-identical text
NO_NAMES_SCORE = 92.0  # nobody tagged: the text alone must be almost the same


def find_original(
    what: str, people: Iterable[str], candidates: Iterable[Sighting], *, now: datetime, window: timedelta
) -> Sighting | None:
    """The earliest recent sighting this one duplicates, or None. Corroborations point at their original."""
    names = {fold(p) for p in people}
    text = fold(what)
    best: tuple[float, int, Sighting] | None = None
    for c in candidates:
        if c.status in (SightingStatus.RETRACTED, SightingStatus.REJECTED) or now - c.created_at > window:
            continue
        if {fold(p) for p in c.people} != names:
            continue
        score = fuzz.token_set_ratio(text, fold(c.what))
        if score < (SAME_NAMES_SCORE if names else NO_NAMES_SCORE):
            continue
        key = (score, -c.id, c)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    return best[2]
