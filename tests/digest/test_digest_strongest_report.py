"""The moment's own report: a pinned or most-voted report whose note cannot be printed is stood in for by the best
voted report of the same act, told first, and its quote is printed (invented text throughout)."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_an_unprintable_pinned_note_is_told_by_the_best_voted_report_of_its_act_first():
    night = Night()
    filler(night, 4, votes=1)
    pinned = night.spot(
        "Rosa on table!! phone torch, 'Rain Song', ~200 singing in dark",
        who=["Rosa Medina"],
        by="Amy",
        at="21:00",
        where="Foyer",
        votes=225,
        quote="Sing it like the lights are on!",
    )
    night.pin(pinned)
    night.spot(
        "The lights came back after six minutes and the whole foyer cheered Rosa Medina off the table.",
        who=["Rosa Medina"],
        by="Cy",
        at="21:04",
        where="Foyer",
        votes=14,
    )
    night.spot(
        "Rosa Medina climbed on a table with her phone torch and led the room in Rain Song.",
        who=["Rosa Medina"],
        by="Ben",
        at="21:06",
        where="Foyer",
        votes=30,
    )

    body = item_with(night.compile(), pinned).body

    assert body.startswith("Rosa Medina climbed on a table with her phone torch and led the room in Rain Song.")
    assert "“Sing it like the lights are on!”" in body
    assert body.index("Rain Song") < body.index("The lights came back")


def test_a_keyed_moment_after_an_item_it_only_shares_a_place_with_leads_its_own_item():
    night = Night()
    filler(night, 4, votes=1)
    blessing = night.spot(
        "Nana Ines Duarte blessed her grandson Rafa Duarte on the back stairs, both hands on his head, before he went"
        " back on.",
        who=["Ines Duarte", "Rafa Duarte"],
        by="Ben",
        at="21:00",
        where="Back stairs",
        votes=90,
        quote="Go, and sing it for your grandfather.",
        quote_by="Ines Duarte",
    )
    night.pin(blessing)
    slip = night.spot(
        "Teo Brandt slipped on the same stairs right after the blessing and Lia Moss caught his head with both hands"
        " before it hit the step.",
        who=["Teo Brandt", "Lia Moss"],
        by="Cy",
        at="21:14",
        where="Back stairs",
        votes=30,
        key=True,
    )

    digest = night.compile()

    assert "Teo Brandt" not in item_with(digest, blessing).body
    assert item_with(digest, slip).body.startswith("Teo Brandt slipped on the same stairs")


def test_a_short_line_with_few_votes_and_no_act_never_joins_an_item_its_best_line_does():
    night = Night()
    filler(night, 4, votes=1)
    ring = night.spot(
        "Marta Quinn walked into the green room and handed Jonas Pell the wedding ring he had left on her dresser in"
        " 1994.",
        who=["Marta Quinn", "Jonas Pell"],
        by="Ben",
        at="21:00",
        where="Green room",
        votes=25,
        quote="You forgot this.",
        quote_by="Marta Quinn",
    )
    night.pin(ring)
    coffee = night.spot(
        "Marta Quinn back in the green room on her fourth coffee of the night",
        who=["Marta Quinn"],
        by="Amy",
        at="21:10",
        where="Green room",
        votes=6,
    )
    night.spot(
        "Jonas Pell on the ring",
        who=["Jonas Pell"],
        by="Cy",
        at="21:40",
        where="Green room",
        votes=110,
        quote="Still late. Thirty years late.",
        quote_by="Jonas Pell",
    )

    digest = night.compile()
    item = item_with(digest, ring)

    assert "“Still late. Thirty years late.”" in item.body
    assert "coffee" not in item.body and "Amy" not in item.reporters
    assert coffee.id not in {i for it in digest.items for i in it.sighting_ids}


def test_a_quote_is_not_told_in_reported_speech_before_it_is_quoted():
    night = Night()
    filler(night, 4, votes=1)
    lullaby = night.spot(
        "Aldo Ferri sang the old lullaby to his apprentice Kit Moro at the bar. He told him the old song was his to"
        " keep.",
        who=["Aldo Ferri", "Kit Moro"],
        by="Ben",
        at="21:00",
        where="Bar",
        votes=60,
    )
    night.spot(
        "Aldo Ferri at the bar with Kit Moro after the lullaby",
        who=["Aldo Ferri", "Kit Moro"],
        by="Cy",
        at="21:02",
        where="Bar",
        votes=20,
        quote="It's yours to keep now.",
        quote_by="Aldo Ferri",
    )

    body = item_with(night.compile(), lullaby).body

    assert body == (
        "Aldo Ferri sang the old lullaby to his apprentice Kit Moro at the bar. “It's yours to keep now,” Ferri said."
    )
