"""An item tells its setup (issue 11, round 10): an earlier moment is what the lead moment began with when it shares
the lead moment's person and a thing both name ("shaving off his dreadlocks" hours before "nine years of dreadlocks"
on the car park floor), or is the award result the lead moment reacts to (the winner's hug after the category); two
people in common and nothing else is no setup, never told as "It began …"."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_a_vow_with_no_votes_is_told_with_the_payoff_that_shares_its_person_and_its_thing():
    night = Night()
    filler(night, 6, votes=3)
    vow = night.spot(
        "Rui Bastos told the whole bar that if the Harbour Rats win Best Group he is shaving off his dreadlocks.",
        who=["Rui Bastos"],
        where="Bar",
        at="19:50",
        by="Ann",
    )
    payoff = night.spot(
        "Rui Bastos sat on a beer crate in the car park while the drummer took the clippers to nine years of "
        "dreadlocks.",
        who=["Rui Bastos"],
        where="Car park",
        at="21:40",
        by="Ben",
        votes=40,
    )

    item = item_with(night.compile(), payoff)

    assert vow.id in item.sighting_ids
    assert "shaving off his dreadlocks" in item.body


def test_the_award_a_hug_answers_is_told_with_the_hug():
    night = Night()
    filler(night, 6, votes=3)
    award = night.spot("Pip Lane won Best Female Artist.", who=["Pip Lane"], where="Stage", at="20:30", by="Dee")
    hug = night.spot(
        "Ada Roe walked across the whole floor and hugged Pip Lane for a full minute at the side of the stage.",
        who=["Ada Roe", "Pip Lane"],
        where="Side of stage",
        at="20:36",
        by="Eli",
        votes=30,
    )

    item = item_with(night.compile(), hug)

    assert award.id in item.sighting_ids
    assert "won Best Female Artist" in item.body


def test_two_people_in_common_and_nothing_else_is_no_setup():
    night = Night()
    filler(night, 6, votes=3)
    night.spot(
        "Kit Moss knelt to tie Lou Park's shoelace in the lobby before the carpet.",
        who=["Kit Moss", "Lou Park"],
        where="Lobby",
        at="19:10",
        by="Fay",
        votes=12,
    )
    duet = night.spot(
        "Kit Moss and Lou Park sang their old duet Harbour Lights at the piano bar and the whole room joined in.",
        who=["Kit Moss", "Lou Park"],
        where="Piano bar",
        at="22:00",
        by="Ann",
        votes=50,
    )

    item = item_with(night.compile(), duet)

    assert "It began" not in item.body
    assert not item.body.startswith("Kit Moss knelt")
