"""A note's shorthand written out where it is certain (`notewords`; night: tests/scenarios/pasted_notes_night.yaml)."""

from __future__ import annotations

from bot.digest.notewords import note_words

from .factory import Night, item_with


def test_shorthand_for_a_place_and_an_ordinal_in_digits_are_written_out():
    night = Night()
    s = night.spot(
        "Gia Morrow and Tom Ruskin face to face by the stg door, 1st time since the lawsuit",
        who=["Gia Morrow", "Tom Ruskin"],
        votes=9,
    )
    item = item_with(night.compile(), s)
    assert "by the stage door, the first time since the lawsuit" in item.body, item.body
    assert "stg" not in item.headline.lower() and "1st" not in item.headline, item.headline


def test_a_date_a_name_and_a_quote_keep_their_digits():
    assert note_words("She came 2nd in the raffle on May 1st") == "She came second in the raffle on May 1st"
    assert note_words("The 21st birthday party") == "The 21st birthday party"
    assert note_words("stuck on the 6th October Bridge") == "stuck on the 6th October Bridge"
    assert note_words("STG Records signed her") == "STG Records signed her"
