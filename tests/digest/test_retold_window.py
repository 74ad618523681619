"""`retold_window.may_retell`: the builder's cheap test before `retellings.retells` (B4, the compile's time).

Building a story asks, of every moment about to be told, whether it retells each moment told so far; most of those
pairs are about other people or hours apart. `may_retell` answers False only where `retells` must: the same digest,
with the word-by-word reading left for the pairs that may retell."""

from __future__ import annotations

import itertools
from zoneinfo import ZoneInfo

from bot.digest.builder import Night as NightOfMoments
from bot.digest.night import candidates, prepare
from bot.digest.retellings import retells
from bot.digest.retold_window import may_retell
from bot.digest.synthetic import synthetic_night

from .factory import END, Night


def _moments(night: Night) -> list:
    reports, book = prepare(candidates(night.show, night.sightings, END), [])
    built = NightOfMoments(reports, book, ZoneInfo("UTC"))
    return [built.moment(r.index) for r in reports]


def test_a_retelling_minutes_later_from_the_place_may_retell_and_does():
    night = Night()
    night.spot(
        "Ines Calloway hugged the stagehand by the lift", who=["Ines Calloway"], at="21:00", votes=6, where="Lift lobby"
    )
    night.spot(
        "Calloway and a crew member were embracing, both in tears",
        who=["Ines Calloway"],
        at="21:02",
        votes=2,
        by="Ben",
        where="Lift lobby",
    )
    first, second = _moments(night)
    assert first is not second  # (the clusterer left them apart: the builder asks whether one retells the other)
    assert may_retell(first, second) and retells(first, second)


def test_moments_hours_apart_or_of_other_people_never_retell():
    night = Night()
    night.spot("Ines Calloway dropped her trophy on the marble stairs", who=["Ines Calloway"], at="19:00", votes=6)
    night.spot(
        "Ines Calloway dropped her trophy on the marble stairs again", who=["Ines Calloway"], at="22:30", by="Ben"
    )
    night.spot("Oskar Brell dropped his trophy on the marble stairs", who=["Oskar Brell"], at="19:02", by="Cat")
    first, later, other = _moments(night)
    assert not may_retell(first, later) and not retells(first, later)  # (three and a half hours later)
    assert not may_retell(first, other) and not retells(first, other)  # (someone else)


def test_may_retell_is_false_only_where_retells_is_false_over_a_big_night():
    show, sightings = synthetic_night(1000, 3)
    assert show.closed_at is not None
    reports, book = prepare(candidates(show, sightings, show.closed_at), [])
    night = NightOfMoments(reports, book, ZoneInfo("UTC"))
    moments = list({id(m): m for m in (night.moment(i) for i in range(0, len(reports), 3))}.values())[:160]
    pairs = list(itertools.permutations(moments, 2))
    kept = [(a, b) for a, b in pairs if may_retell(a, b)]
    assert len(kept) < len(pairs) / 3  # (most pairs are left out before any word is read)
    assert all(not retells(a, b) for a, b in pairs if not may_retell(a, b))
    assert any(retells(a, b) for a, b in kept) or not any(retells(a, b) for a, b in pairs)
