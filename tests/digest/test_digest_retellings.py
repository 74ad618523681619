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
    assert "“You saved my knees and my career,” Voss said" in item.body
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


def test_two_reports_in_another_language_filed_before_the_pinned_english_one_are_its_moment_and_credited():
    """The pinned English report of the serenade tags the singer and an actress; two French reports filed six and
    nine minutes before it (which the clusterer joined to each other) tag the singer and a castmate: one moment,
    every correspondent credited (they were left out, "another language", with one reporter credited)."""
    night = Night()
    filler(night, 6, votes=3)
    french = [
        night.spot(
            "Couloir des loges : toute la troupe du Cabaret Lunaison attendait Adaeze Obi à sa sortie de scène. "
            "Ils lui ont chanté la vieille chanson du Cabaret Lunaison, sans musique.",
            who=["Adaeze Obi"],
            where="Couloir des loges",
            at="21:40",
            votes=120,
            by="Rob",
        ),
        night.spot(
            "Dans le couloir : Piet Smit et toute la troupe attendaient Adaeze. Ils ont chanté la vieille chanson du "
            "Cabaret Lunaison. Adaeze a pleuré.",
            who=["Piet Smit", "Adaeze Obi"],
            where="Couloir",
            at="21:43",
            votes=80,
            by="Sal",
        ),
    ]
    pinned = night.spot(
        "Coming off stage after her award, Adaeze Obi found her old Cabaret Lunaison company waiting in the "
        "dressing-room corridor. They sang her the company's old song with no music, and she joined in.",
        who=["Adaeze Obi", "Oona Penn"],
        where="Dressing-room corridor",
        at="21:49",
        votes=200,
        by="Hal",
    )
    night.pin(pinned)

    item = item_with(night.compile(), pinned)

    assert {s.id for s in french} <= set(item.sighting_ids)
    assert all(name in (item.credit or "") for name in ("Rob", "Sal", "Hal")), item.credit


def test_the_helpers_report_of_a_fall_and_the_fall_a_minute_before_it_are_one_item():
    """The fall (90 votes, her name), a minute later another correspondent's "the presenter went down … Ivo Lund
    sprinted from the wings to pick her up" (his name only) and a Spanish report naming both: one item, never the
    catch told again as an item of its own."""
    night = Night()
    filler(night, 6, votes=3)
    fall = night.spot(
        "Mae Corr slipped on the streamers while presenting Best Score and landed flat on her back.",
        who=["Mae Corr"],
        at="20:00",
        votes=90,
        by="Amy",
    )
    catch = night.spot(
        "The presenter went down hard on the streamers and Ivo Lund sprinted from the wings to pick her up.",
        who=["Ivo Lund"],
        at="20:01",
        votes=60,
        by="Ben",
    )
    spanish = night.spot(
        "Mae Corr se cayó en el escenario por las serpentinas e Ivo Lund la levantó.",
        who=["Mae Corr", "Ivo Lund"],
        at="20:03",
        votes=20,
        by="Cat",
    )

    digest = night.compile()

    assert item_with(digest, fall) is item_with(digest, catch) is item_with(digest, spanish)
