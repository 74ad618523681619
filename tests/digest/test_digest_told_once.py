"""Told once: in an item, a sentence mostly told already, or a quote printed already, is not printed again; a
follow-up left with nothing new is not told, nor credited (invented text throughout)."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_a_follow_up_that_retells_the_lead_moment_is_dropped_and_not_credited():
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Dana Voss hugged the stagehand who caught her trophy by the service lift",
        who=["Dana Voss"],
        by="Amy",
        at="21:00",
        where="Service lift",
        votes=40,
    )
    night.spot(
        "Dana Voss spotted hugging the stagehand by the service lift, trophy still in hand",
        who=["Dana Voss"],
        by="Ben",
        at="21:35",
        where="Service lift",
        votes=15,
    )

    item = item_with(night.compile(), lead)

    assert item.body == "Dana Voss hugged the stagehand who caught her trophy by the service lift."
    assert item.reporters == ["Amy"]


def test_the_same_quote_is_printed_once_in_an_item():
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Calliope Marsh's halo wouldn't fit through the stage door, so the crew took the door off its hinges",
        who=["Calliope Marsh"],
        by="Amy",
        at="21:00",
        votes=40,
        quote="Take the door off. The halo stays.",
    )
    night.spot(
        "Calliope Marsh's halo sat alone in the wings after her set while the crew took selfies with it",
        who=["Calliope Marsh"],
        by="Ben",
        at="21:50",
        votes=25,
        quote="The halo stays.",
    )

    body = item_with(night.compile(), lead).body

    assert body.count("The halo stays") == 1
    assert "Later, Marsh's halo sat alone in the wings" in body  # the beat itself is new
