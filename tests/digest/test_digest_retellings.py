"""A retelling is one moment: a report the clusterer left apart (here: filed past the 30 minutes a moment may
span) that tells a moment an item tells is merged into it, credited and never told again; a report that counts
the same thing differently, or the same correspondent's next post, is another moment."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with


def _catch_night(third: str, *, by: str = "Cy", quote: str | None = None) -> tuple[Night, list]:
    """The catch reported twice minutes apart (one moment), then a third time 18 minutes after the second and
    32 after the first: past the span the clusterer gives a moment."""
    night = Night()
    filler(night, 6, votes=3)
    seen = [
        night.spot(
            "Dana Voss tripped on the riser steps and a stagehand caught her one-handed, then she hugged him.",
            who=["Dana Voss"],
            where="Side stage",
            at="20:24",
            votes=140,
        ),
        night.spot(
            "Dana Voss nearly went down on the riser, the stagehand caught her mid-fall and she hugged him right there",
            who=["Dana Voss"],
            where="Side stage",
            at="20:38",
            votes=60,
            by="Bea",
        ),
        night.spot(third, who=["Dana Voss"], where="Side stage", at="20:56", votes=20, by=by, quote=quote),
    ]
    return night, seen


def test_a_retelling_the_clusterer_left_apart_is_told_once_credited_and_its_new_quote_kept():
    night, seen = _catch_night(
        "Dana Voss hugging the stagehand who caught her on the riser, thanking him over and over",
        quote="You saved my knees and my career.",
    )

    digest = night.compile()
    item = item_with(digest, seen[0])

    assert {s.id for s in seen} <= set(item.sighting_ids)
    assert "Cy" in item.credit
    assert "You saved my knees and my career." in item.body
    assert "hugging the stagehand" not in item.body  # not told again, "Later, Voss was hugging …"
    assert sum(1 for i in every_item(digest) if seen[2].id in i.sighting_ids) == 1


def test_the_next_post_of_the_same_correspondent_is_never_merged_as_a_retelling():
    night, seen = _catch_night(
        "Dana Voss hugging the stagehand who caught her on the riser, thanking him over and over",
        by="Bea",
        quote="You saved my knees and my career.",
    )

    item = item_with(night.compile(), seen[0])

    assert "Later, " in item.body  # told as the next beat it is, not folded into the catch


def test_a_report_counting_the_same_thing_differently_is_another_moment():
    night = Night()
    filler(night, 6, votes=3)
    third = night.spot(
        "Teo Marsh on his third espresso of the night at the press room machine, hands shaking",
        who=["Teo Marsh"],
        where="Press room",
        at="20:00",
        votes=80,
        quote="I am fine.",
    )
    night.spot(
        "Teo Marsh at the press room machine with an espresso, hands shaking, talking to the barista",
        who=["Teo Marsh"],
        where="Press room",
        at="20:14",
        votes=10,
        by="Bea",
    )
    fourth = night.spot(
        "Teo Marsh on his fourth espresso at the press room machine, hands shaking",
        who=["Teo Marsh"],
        where="Press room",
        at="20:32",
        votes=40,
        by="Cy",
        quote="Four. I am a hummingbird.",
    )

    item = item_with(night.compile(), third)

    assert fourth.id in item.sighting_ids and "Later, " in item.body  # the fourth: a later beat of its own
    assert "“Four. I am a hummingbird,” Marsh said." in item.body
