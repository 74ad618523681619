"""A strong moment (keyed, pinned, or voted near the night's top) before another story's lead moment is an item of
its own unless it truly sets that moment up (`bot.digest.own_items`): sharing its people is not enough."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _blackout_night(*, promise: bool = False) -> tuple[Night, object, object]:
    night = Night()
    filler(night, 6, votes=3)
    blackout = night.spot(
        "At 20:04 the power failed along the back corridor for two minutes. In the dark the Gullwing crew drummed on "
        "the flight cases and the whole corridor sang by torchlight, with Rafe Dunn leading it from a chair."
        + (" Rafe promised he would propose to Ula Brook at the fire exit tonight." if promise else ""),
        who=["Gullwing", "Rafe Dunn"],
        where="Back corridor",
        at="20:05",
        votes=170,
        by="Hal",
    )
    night.spot(
        "BACK CORRIDOR: power out 2 min. everyone singing in the dark, torches up.",
        where="Back corridor",
        at="20:06",
        votes=25,
        by="Ada",
    )
    proposal = night.spot(
        "At the fire exit, Rafe Dunn knelt in front of Ula Brook with a ring in a matchbox. She laughed, then said "
        "yes, and Gullwing cheered from the steps.",
        who=["Rafe Dunn", "Ula Brook", "Gullwing"],
        where="Fire exit",
        at="21:20",
        votes=380,
        by="Kim",
        quote="Took you long enough.",
        quote_by="Ula Brook",
    )
    night.pin(proposal)
    return night, blackout, proposal


def test_a_keyed_moment_of_the_lead_moments_people_before_it_is_an_item_of_its_own_told_whole():
    night, blackout, proposal = _blackout_night()
    keyed = blackout.model_copy(update={"key": True})
    night.sightings[night.sightings.index(blackout)] = keyed

    digest = night.compile()

    told = item_with(digest, keyed)
    assert told is not item_with(digest, proposal)
    assert "sang by torchlight" in told.body, told.body
    assert "power failed" not in item_with(digest, proposal).body


def test_a_strong_earlier_moment_that_promises_the_lead_moment_still_sets_it_up():
    night, blackout, proposal = _blackout_night(promise=True)
    keyed = blackout.model_copy(update={"key": True})
    night.sightings[night.sightings.index(blackout)] = keyed

    digest = night.compile()

    assert item_with(digest, keyed) is item_with(digest, proposal)
