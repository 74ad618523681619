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


def _statue_night(retelling: str) -> tuple[Night, object]:
    night = Night()
    filler(night, 4, votes=2)
    lead = night.spot(
        "Ines Lind gave Tomas Reyes her statue in the car park, both of them crying.",
        who=["Ines Lind", "Tomas Reyes"],
        by="Ann",
        at="21:00",
        where="Car park",
        votes=80,
        quote="He lit every scene I was ever good in.",
        quote_by="Ines Lind",
    )
    night.spot(retelling, who=["Ines Lind", "Tomas Reyes"], by="Bo", at="21:50", where="Bar", votes=20)
    night.spot(
        "Tomas Reyes at the bar showing everyone the statue Ines Lind gave him, buying rounds.",
        who=["Tomas Reyes"],
        by="Cy",
        at="22:30",
        where="Bar",
        votes=30,
    )
    return night, lead


def test_a_telegraphic_retelling_of_the_lead_moment_by_another_correspondent_is_not_told_again():
    # round 5: "Later, Lind gave statue to lighting guy Reyes." after the careful sentence; the rest of that note
    # ("Dbl hug, …") leans on it and goes with it
    night, lead = _statue_night("lind gave statue to lighting guy reyes!! dbl hug, he cried w/ her")

    body = item_with(night.compile(), lead).body

    assert body.count("statue") == 2, body  # the gift, then the statue shown at the bar
    assert "lighting guy" not in body and "hug" not in body.lower()
    # the beat after it says how long after the lead moment it came (90 minutes), not after the note left out
    assert "\n\nLater that night, Reyes was at the bar showing everyone the statue" in body, body


def test_a_beat_about_the_same_people_and_things_with_a_new_event_is_told():
    night, lead = _statue_night("Ines Lind cut the statue's ribbon at the bar and handed Tomas Reyes the plinth.")

    body = item_with(night.compile(), lead).body

    assert "\n\nLater, Lind cut the statue's ribbon at the bar" in body, body
