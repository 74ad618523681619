"""Round 13's compile-time work (B4): the same digest, with less work per sighting.

Each test pins down a piece of work done once where it was done many times; the digests themselves are unchanged
byte for byte (`bench/same_output.py`).
"""

from __future__ import annotations

from bot.digest import night as night_module
from bot.digest.naming import Names
from bot.digest.night import candidates, prepare

from .factory import END, SHOW, Night


def _night_of_alike_posts() -> Night:
    night = Night()
    for minute in range(10):
        what = f"Priya Castellane waved at the balcony, take {minute}"
        night.spot(what, who=["Priya Castellane"], at=f"21:{minute:02}")
    night.spot("Otto Brandvold quoted the host", who=["Otto Brandvold"], quote="Lovely night", votes=4, at="21:30")
    return night


def test_a_night_of_alike_posts_works_out_each_solo_score_once(monkeypatch):
    calls: list[int] = []
    real = night_module.solo_score

    def counted(s):  # type: ignore[no-untyped-def]
        calls.append(s.id)
        return real(s)

    monkeypatch.setattr(night_module, "solo_score", counted)
    night = _night_of_alike_posts()
    reports, _ = prepare(candidates(SHOW, night.sightings, END), [])
    assert len(reports) == 11
    assert len(calls) == 2  # ten posts with no votes, quote nor headline share one score; the quoted one has its own
    assert [r.solo[1] for r in reports[:10]] == [-real(night.sightings[0])] * 10
    assert reports[10].solo[1] == -real(night.sightings[10])


def test_a_night_without_a_correction_keeps_every_post_in_time_order():
    night = _night_of_alike_posts()
    night.spot("Correction to my last: it was the stalls, not the balcony", who=["Priya Castellane"], at="21:11")
    kept = candidates(SHOW, night.sightings, END)
    assert night.sightings[9] not in kept  # the post its correspondent corrected a minute later
    assert night.sightings[8] in kept
    plain = _night_of_alike_posts()
    assert candidates(SHOW, plain.sightings, END) == sorted(plain.sightings, key=lambda s: s.created_at)


def test_the_names_of_a_story_are_read_once_for_every_text_the_writer_edits():
    night = _night_of_alike_posts()
    _, book = prepare(candidates(SHOW, night.sightings, END), [])
    names = Names(book, ["priya castellane", "otto brandvold"])
    assert names.words() is names.words()
    assert names.words() == frozenset({"priya", "castellane", "otto", "brandvold"})
