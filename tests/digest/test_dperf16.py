"""Round 16's compile-time work (B4): the same digest, with each report's lead clause read only where it matters.

`matching.same_moment` asked `acts.two_acts` (two people's acts, or one person's sharing only the room: each report's
lead clause parsed for its grammatical subject) of every pair of reports it compared in one language, before the
cheap tests of their words; now it asks only of a pair whose words would join them, the one case where its answer
counts. `scenes.sets_the_scene` likewise asks `acts.others_acts` last, of a scene its words would set. Each test holds
the new order to the code before this round (written out here) over many pairs, and shows the lead clause is no
longer parsed for pairs the words keep apart; the digests themselves are unchanged byte for byte.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from bot.digest import acts as acts_module
from bot.digest import matching as matching_module
from bot.digest import scenes as scenes_module
from bot.digest.acts import others_acts, same_named_thing, told_from_two_places, two_acts
from bot.digest.matching import (
    CLOSE_SECONDS,
    MOMENTS_APART,
    _echoes,
    _line_of,
    _same_place,
    _shared_people,
    _speaks_for,
    _thing,
    numbers_conflict,
    same_moment,
    stands_alone,
)
from bot.digest.moments import Moment
from bot.digest.night import Report, candidates, prepare
from bot.digest.quoted import one_line
from bot.digest.scenes import SCENE_SECONDS, _thing_words, sets_the_scene
from bot.digest.scenes import same_spot as _scene_same_place
from bot.digest.synthetic import synthetic_night

from .factory import END, SHOW, Night


def _same_moment_before(a: Report, b: Report) -> bool:
    """`same_moment` as it was before this round: `two_acts` asked before the words."""
    fa, fb = a.features(), b.features()
    if fa.counts and fb.counts and numbers_conflict(fa.counts, fb.counts):
        return False
    if stands_alone(a, b):
        return False
    if fa.quote and fa.quote == fb.quote:
        return True
    if fa.quote and fb.quote and one_line(fa.quote, fb.quote):  # (round 27: one line told in part)
        return True
    gap = abs(a.ts - b.ts)
    close = gap <= CLOSE_SECONDS
    if close and ((len(fa.quote_tokens) >= 2 and _echoes(a, b)) or (len(fb.quote_tokens) >= 2 and _echoes(b, a))):
        return True
    if (a.speaker is not None and _speaks_for(a, b)) or (b.speaker is not None and _speaks_for(b, a)):
        return True
    if _line_of(a, b) or _line_of(b, a):
        return True
    if fa.english != fb.english or two_acts(a, b):
        return False
    if told_from_two_places(a, b):
        return True
    shared = len(fa.tokens & fb.tokens)
    smaller = min(len(fa.tokens), len(fb.tokens)) or 1
    if shared >= 3 and shared >= 0.6 * smaller:  # (two people's alike-worded moments stay apart: issue 11 §1)
        return not (a.names and b.names and not _same_place(a, b) and not _shared_people(a, b))
    if a.place and b.place and a.place != b.place and not _same_place(a, b):
        return shared >= 3 and gap <= MOMENTS_APART and _shared_people(a, b) > 0
    if not shared and max(len(a.names), len(b.names)) < 3:
        return False
    if not close and shared < 2:
        return False
    same_place = _same_place(a, b)
    if not close and not (same_place and shared >= 2):
        return False
    if same_place and close and shared >= 3 and shared >= 0.4 * smaller:
        return True
    shared_people = _shared_people(a, b)
    if shared_people and shared >= 2 and shared >= 0.34 * smaller:
        return True
    if same_place and shared_people >= 2 and shared >= 2:
        return True
    if same_place and close and shared_people and (shared >= 2 or (shared and gap <= MOMENTS_APART and _thing(fa, fb))):
        return True
    return close and (shared_people >= 3 or (shared_people >= 2 and shared >= 1))


def _sets_the_scene_before(scene: Moment, lead: Moment) -> bool:
    """`sets_the_scene` as it was before this round: `others_acts` asked before the words."""
    if scene.first >= lead.first or lead.ts - scene.ts > SCENE_SECONDS or scene.filler:
        return False
    told = scene.english
    people = {k for r in told for k in r.names}
    if not told:
        return False
    if not people.isdisjoint(lead.people):
        return False
    if lead.english and others_acts(scene.speaker, lead.speaker) and not same_named_thing(scene.speaker, lead.speaker):
        return False
    shared = len(_thing_words(scene) & _thing_words(lead))
    if not _scene_same_place(scene, lead):
        return not people and shared >= 3
    return shared >= (2 if people or scene.score > lead.score else 1)


def _green_room() -> Night:
    """A night of the pairs the two tests tell apart: two people's acts in one room minutes apart, one person's two
    acts sharing only the room, one act told twice, a fall told from the stage and from the pit, and lines with
    nothing in common."""
    night = Night()
    room = "green room"
    night.spot(
        "Odile Marchetti sewed a loose button onto a dancer's jacket",
        who=["Odile Marchetti"],
        by="Amy",
        at="21:00",
        where=room,
        votes=4,
    )
    night.spot(
        "Bastien Kray stitched the torn hem of his co-host's jacket",
        who=["Bastien Kray"],
        by="Raj",
        at="21:04",
        where=room,
        votes=3,
    )
    night.spot(
        "Odile Marchetti drank a green smoothie in the green room",
        who=["Odile Marchetti"],
        by="Lea",
        at="21:06",
        where=room,
        votes=2,
    )
    night.spot(
        "Odile Marchetti changed her shoes in the green room",
        who=["Odile Marchetti"],
        by="Amy",
        at="21:08",
        where=room,
        votes=2,
    )
    night.spot(
        "Odile Marchetti put the dancer's jacket button back on, needle in her teeth",
        who=["Odile Marchetti"],
        by="Raj",
        at="21:02",
        where=room,
        votes=5,
    )
    night.spot(
        "Wren Adeyemi lost her footing on the stairs and Tomas Reyl caught her",
        who=["Wren Adeyemi", "Tomas Reyl"],
        by="Amy",
        at="21:30",
        where="stage",
        votes=9,
    )
    night.spot(
        "Tomas Reyl grabbed Wren Adeyemi mid-air as she toppled down the stairs",
        who=["Tomas Reyl"],
        by="Lea",
        at="21:31",
        where="orchestra pit",
        votes=6,
    )
    night.spot("The lights in the lobby flickered twice", by="Raj", at="21:33", where="lobby", votes=1)
    night.spot(
        "Bastien Kray ate three oysters at the buffet",
        who=["Bastien Kray"],
        by="Lea",
        at="21:35",
        where="buffet",
        votes=1,
    )
    night.spot(
        "Overheard by the coat check",
        who=["Wren Adeyemi"],
        by="Raj",
        at="21:40",
        where="coat check",
        quote="I have never been so glad to be caught",
        quote_by="Wren Adeyemi",
        votes=3,
    )
    return night


def _reports(night: Night) -> list[Report]:
    reports, _ = prepare(candidates(SHOW, night.sightings, END), night.curations)
    return reports


def _synthetic_reports(size: int, seed: int) -> list[Report]:
    show, sightings = synthetic_night(size, seed)
    assert show.closed_at is not None
    reports, _ = prepare(candidates(show, sightings, show.closed_at), [])
    return reports


def _close_pairs(reports: list[Report], seconds: float) -> Iterator[tuple[Report, Report]]:
    for a, b in itertools.combinations(reports, 2):
        if abs(a.ts - b.ts) <= seconds:
            yield a, b
            yield b, a


@pytest.mark.parametrize("source", ["green_room", "synthetic_6", "synthetic_9"])
def test_same_moment_answers_as_before(source: str) -> None:
    reports = _reports(_green_room()) if source == "green_room" else _synthetic_reports(600, int(source[-1]))
    pairs = list(_close_pairs(reports, 30 * 60))
    assert len(pairs) > 40
    joined = 0
    for a, b in pairs:
        before = _same_moment_before(a, b)
        assert same_moment(a, b) is before, (a.sighting.what, b.sighting.what)
        joined += before
    assert joined  # (some pairs are one moment, most are not)


def test_two_acts_still_keep_two_peoples_acts_apart() -> None:
    reports = {r.sighting.what[:20]: r for r in _reports(_green_room())}
    odile, bastien = reports["Odile Marchetti sewe"], reports["Bastien Kray stitche"]
    smoothie, shoes = reports["Odile Marchetti dran"], reports["Odile Marchetti chan"]
    assert two_acts(odile, bastien) and not same_moment(odile, bastien)
    assert two_acts(smoothie, shoes) and not same_moment(smoothie, shoes)


def test_lead_clauses_read_only_for_pairs_the_words_would_join(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair with nothing in common (a lobby's lights, oysters at the buffet) is kept apart by its words: neither
    report's lead clause is parsed. Before this round `two_acts` was asked first, and parsed both."""
    reports = {r.sighting.what[:20]: r for r in _reports(_green_room())}
    lights, oysters = reports["The lights in the lo"], reports["Bastien Kray ate thr"]
    asked: list[tuple[int, int]] = []
    real = matching_module.two_acts

    def counting(a: Report, b: Report) -> bool:
        asked.append((a.index, b.index))
        return real(a, b)

    monkeypatch.setattr(matching_module, "two_acts", counting)
    parsed: list[str] = []
    real_actor = acts_module._actor

    def counting_actor(what: str, names: tuple[str, ...]) -> str | None:
        parsed.append(what)
        return real_actor(what, names)

    monkeypatch.setattr(acts_module, "_actor", counting_actor)
    assert not same_moment(lights, oysters)
    assert not same_moment(oysters, lights)
    assert asked == [] and parsed == []
    # a pair whose words would join (the same button sewn, told twice) is still asked, and joins
    first, second = (r for r in reports.values() if "button" in r.sighting.what)
    assert same_moment(first, second)
    assert asked == [(first.index, second.index)]


def _moments(reports: list[Report]) -> list[Moment]:
    return [Moment([r]) for r in reports]


@pytest.mark.parametrize("source", ["green_room", "synthetic_7"])
def test_sets_the_scene_answers_as_before(source: str) -> None:
    reports = _reports(_green_room()) if source == "green_room" else _synthetic_reports(400, 7)
    moments = _moments(reports)
    compared = 0
    for scene, lead in itertools.permutations(moments, 2):
        if abs(scene.ts - lead.ts) > SCENE_SECONDS:
            continue
        assert sets_the_scene(scene, lead) is _sets_the_scene_before(scene, lead)
        compared += 1
    assert compared >= 30


def test_scene_of_other_words_reads_no_lead_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line minutes before another's act, in the same room and about other people, sharing no thing with it (a
    smoothie before a button sewn): no scene, and neither speaker's lead clause is read for it."""
    moments = {m.speaker.sighting.what[:20]: m for m in _moments(_reports(_green_room()))}
    scene, lead = moments["Odile Marchetti sewe"], moments["Bastien Kray stitche"]
    asked: list[int] = []
    real = scenes_module.others_acts

    def counting(a: Report, b: Report) -> bool:
        asked.append(a.index)
        return real(a, b)

    monkeypatch.setattr(scenes_module, "others_acts", counting)
    assert not sets_the_scene(scene, lead)
    assert not sets_the_scene(moments["The lights in the lo"], moments["Bastien Kray ate thr"])
    assert asked == []
