"""`acts.told_from_two_places`: one act of two people told from where each correspondent stood (B4, the compile's
time): the thing of one event in both texts is asked first (a few set lookups), the names each text gives only then
(`names_anyone_of` reads both texts' words): the same answer, and no text read for a pair whose words name no event."""

from __future__ import annotations

import itertools

import pytest

from bot.digest import acts as acts_module
from bot.digest.acts import BOTH_NAMED_SECONDS, names_anyone_of, told_from_two_places
from bot.digest.events import same_event
from bot.digest.night import Report, candidates, prepare
from bot.digest.synthetic import synthetic_night

from .factory import END, Night


def _before(a: Report, b: Report) -> bool:
    """`told_from_two_places` as it was written before: the names first, the event last."""
    if abs(a.ts - b.ts) > BOTH_NAMED_SECONDS or not a.english or not b.english or a.reporter == b.reporter:
        return False
    if not a.names or not b.names or set(a.names) == set(b.names) or len({*a.names, *b.names}) < 2:
        return False
    if not all(names_anyone_of(b, k) for k in a.names) or not all(names_anyone_of(a, k) for k in b.names):
        return False
    return same_event(a.features().tokens, b.features().tokens)


def _reports(night: Night) -> list[Report]:
    return prepare(candidates(night.show, night.sightings, END), [])[0]


def test_one_fall_told_from_the_stage_and_from_the_pit_is_one_act():
    night = Night()
    night.spot(
        "Wren Adeyemi lost her footing on the top step and Tomas Brandt caught her",
        who=["Wren Adeyemi"],
        at="21:00",
        by="Amy",
    )
    night.spot(
        "Tomas Brandt grabbed Wren Adeyemi as she slipped on the stairs",
        who=["Tomas Brandt"],
        at="21:03",
        by="Ben",
    )
    a, b = _reports(night)
    assert told_from_two_places(a, b) and _before(a, b)


def test_a_pair_naming_each_other_with_no_event_reads_no_names(monkeypatch: pytest.MonkeyPatch):
    night = Night()
    night.spot("Wren Adeyemi toasted Tomas Brandt with a glass of cava", who=["Wren Adeyemi"], at="21:00", by="Amy")
    night.spot("Tomas Brandt and Wren Adeyemi swapped phone numbers", who=["Tomas Brandt"], at="21:03", by="Ben")
    a, b = _reports(night)
    read: list[str] = []

    def counted(r: Report, key: str) -> bool:
        read.append(key)
        return names_anyone_of(r, key)

    monkeypatch.setattr(acts_module, "names_anyone_of", counted)
    assert not told_from_two_places(a, b)
    assert read == []  # (no event in common: neither text is read for the other's names)


def test_the_answer_is_the_one_before_over_a_big_night():
    show, sightings = synthetic_night(1000, 6)
    assert show.closed_at is not None
    reports = prepare(candidates(show, sightings, show.closed_at), [])[0]
    pairs = [(a, b) for a, b in itertools.combinations(reports[:400], 2) if abs(a.ts - b.ts) <= BOTH_NAMED_SECONDS]
    assert len(pairs) > 1000
    assert [told_from_two_places(a, b) for a, b in pairs] == [_before(a, b) for a, b in pairs]
