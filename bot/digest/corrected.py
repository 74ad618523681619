"""Which published reports a new report puts right, as the compile reads it: a correction of a post
(`night._without_corrected`), a number put right (`night._numbers_put_right`), a denial (`denials.without_denied`).
Used after a `/spot` when a published edition tells the night: the desk is told as for an edit (break30 B8:
"Correction to my last: Ada Voss won Best Score, not Best Newcomer." posted after publishing changed the next
compile while the published "Best Newcomer" edition raised no alarm)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from bot.models import AnySighting, Show

from .night import candidates


def taken_back(
    show: Show, sightings: Sequence[AnySighting], sighting_id: int, published: Iterable[int], now: datetime
) -> list[int]:
    """The `published` sightings the night's first step (`night.candidates`) keeps, or tells in other words,
    without `sighting_id` and leaves out or tells differently with it: the ones it takes as putting right.
    [] when it is not among the night's eligible sightings (pending, embargoed) or changes none of them."""
    told = set(published)
    if not told or sighting_id in told:
        return []
    before = {s.id: s.what for s in candidates(show, [s for s in sightings if s.id != sighting_id], now)}
    after = {s.id: s.what for s in candidates(show, sightings, now)}
    return sorted(k for k in told if k in before and after.get(k) != before[k])
