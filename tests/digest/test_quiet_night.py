"""Filler on a night short of its count (`quiet_night.fills_count`): a full act with no votes fills an empty place;
a bare note does not."""

from __future__ import annotations

from .factory import Night, all_ids


def _short_night() -> Night:
    night = Night()
    night.spot(
        "Odile Ferris gave her front-row seat to the oldest usher",
        who=["Odile Ferris"],
        by="Cat",
        at="19:05",
        quote="Sit, you've stood all night",
        quote_by="Odile Ferris",
        votes=14,
    )
    return night


def test_an_act_and_what_followed_fills_an_empty_place_each_for_two_people_worded_alike():
    night = _short_night()
    one = night.spot(
        "Bram Keel tripped on the ramp to the stage and laughed it off", who=["Bram Keel"], by="Amy", at="19:30"
    )
    two = night.spot(
        "Juno Marsh tripped on the ramp to the stage and laughed it off", who=["Juno Marsh"], by="Ben", at="19:42"
    )

    digest = night.compile(count=5)

    assert {one.id, two.id} <= all_ids(digest)
    assert len(digest.items) == 3


def test_a_bare_note_of_one_act_still_does_not_fill():
    night = _short_night()
    note = night.spot("Bram Keel checked his hair in a window", who=["Bram Keel"], by="Amy", at="19:30")

    digest = night.compile(count=5)

    assert note.id not in all_ids(digest)
