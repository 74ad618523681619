"""What an item tells (issue 11, round 9): its lead moment and no other act inside it, its reply printed, each thing
told once, its credits as what it tells (invented text throughout)."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_a_separate_act_of_other_people_with_votes_of_its_own_is_its_own_moment_not_the_pinned_items_tail():
    night = Night()
    filler(night, 4, votes=1)
    blessing = night.spot(
        "Nana Ines Duarte blessed her grandson Rafa Duarte on the back stairs with the trophy, both hands on his head.",
        who=["Ines Duarte", "Rafa Duarte"],
        by="Ben",
        at="21:00",
        where="Back stairs",
        votes=90,
        quote="Go, and sing it for your grandfather.",
        quote_by="Ines Duarte",
    )
    night.pin(blessing)
    catch = night.spot(
        "Teo Vance and Bea Sol caught the trophy on the back stairs, right after the blessing, when it slipped.",
        who=["Teo Vance", "Bea Sol"],
        by="Cy",
        at="21:04",
        where="Back stairs",
        votes=80,
    )

    digest = night.compile()
    pinned = item_with(digest, blessing)

    assert catch.id not in pinned.sighting_ids and "Cy" not in pinned.reporters
    assert "Teo" not in pinned.body
    assert item_with(digest, catch).body.startswith("Teo Vance and Bea Sol caught the trophy")


def test_a_weak_line_of_other_people_at_the_same_moment_still_tells_it():
    night = Night()
    filler(night, 4, votes=1)
    blessing = night.spot(
        "Nana Ines Duarte blessed her grandson Rafa Duarte on the back stairs with the trophy, both hands on his head.",
        who=["Ines Duarte", "Rafa Duarte"],
        by="Ben",
        at="21:00",
        where="Back stairs",
        votes=90,
    )
    night.pin(blessing)
    aside = night.spot(
        "Teo Vance and Bea Sol watching the blessing on the back stairs with the trophy, both in tears.",
        who=["Teo Vance", "Bea Sol"],
        by="Cy",
        at="21:02",
        where="Back stairs",
        votes=3,
    )

    assert aside.id in item_with(night.compile(), blessing).sighting_ids
