"""A `where` nobody gave (`bot.digest.remembered`): a `/spot` with no `where` is filed at the correspondent's last
location; the digest never prints it as where the moment happened nor groups by it, and the timeline says it was
remembered."""

from __future__ import annotations

import json

from bot.digest import compile_digest
from bot.digest.json_export import timeline_json
from bot.digest.markdown import timeline_markdown
from bot.digest.night import candidates, prepare
from bot.digest.remembered import place_given
from bot.models import Sighting

from .factory import END, Night, filler, item_with


def _night() -> tuple[Night, Sighting, Sighting]:
    night = Night()
    filler(night, 4, votes=3)
    bar = night.spot(
        "Cass Merriday ordered forty espresso martinis for the brass section",
        who=["Cass Merriday"],
        by="Ana",
        at="21:00",
        where="Mezzanine bar",
        votes=30,
    )
    line = night.spot(
        "Overheard",
        by="Ana",
        at="21:20",
        where="Mezzanine bar",  # (Ana's last location, remembered: she gave none)
        where_remembered=True,
        quote="If I win I am buying the whole orchestra a rowing boat",
        quote_by="Ilse Vantongeren",
        votes=25,
    )
    return night, bar, line


def test_a_remembered_place_is_never_printed_as_where_a_line_was_said():
    night, _, line = _night()

    body = item_with(night.compile(), line).body

    assert "“If I win I am buying the whole orchestra a rowing boat" in body, body
    assert "mezzanine" not in body.lower(), body  # (was "At the mezzanine bar, Ilse Vantongeren said: …")


def test_a_remembered_place_is_no_place_the_moments_are_compared_by():
    night, bar, line = _night()

    reports, _ = prepare(candidates(night.show, night.sightings, END), night.curations, None)
    place = {r.sighting.id: place_given(r) for r in reports}
    printed = {r.sighting.id: r.sighting.where for r in reports}

    assert place[bar.id] == "mezzanine bar" and printed[bar.id] == "Mezzanine bar"
    # (it shared "mezzanine bar" with Cass Merriday's round: a place nobody gave it, never shared, never printed)
    assert place[line.id] == "" and printed[line.id] is None


def test_the_timeline_shows_a_remembered_place_as_remembered():
    night, bar, line = _night()
    digest = compile_digest(night.show, night.sightings, count=5, now=END)

    text = timeline_markdown(night.timeline(digest), digest)
    rows = {r["id"]: r for r in json.loads(timeline_json(night.timeline(digest), digest))["sightings"]}

    assert f"#{bar.id} 21:00 · Ana · Mezzanine bar — " in text
    assert f"#{line.id} 21:20 · Ana · last seen at Mezzanine bar — " in text
    assert (rows[bar.id]["where_remembered"], rows[line.id]["where_remembered"]) == (False, True)
