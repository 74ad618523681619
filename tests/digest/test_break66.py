"""Issue 11, round 48: what the second fresh-eyed breaker of round 48 (break 66, `review/round48/break66-FINDINGS.md`)
found: a post that goes on with a moment by a pronoun ("He's jumped in after it", "Update on the fountain: she's …",
"Her speech was one line long") is that moment, never an item of its own headed by a pronoun. Invented names."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _told(night: Night) -> list:
    digest = night.compile()
    return [*digest.items, *([digest.bonus] if digest.bonus else [])]


def test_a_post_opening_on_her_after_a_win_at_the_same_place_is_that_moment_and_names_her() -> None:
    night = Night()
    night.set_roster(("Beatrix Hollow", ()), ("Kofi Adjei", ()))
    filler(night, 4, votes=2)
    win = night.spot(
        "Beatrix Hollow won Songwriter of the Year.",
        who=["Beatrix Hollow"],
        at="21:30",
        votes=10,
        by="Eli",
        where="Main stage",
    )
    speech = night.spot(
        "Her speech was one line long, then she sang it.",
        at="21:32",
        votes=55,
        by="Amy",
        where="Main stage",
        quote="I wrote this for my dad and he's not here, so you'll have to do.",
    )
    told = _told(night)
    item = item_with(night.compile(), win)
    assert item is not None and speech.id in item.sighting_ids
    assert not any(i.headline.startswith(("Her ", "She ")) for i in told), [i.headline for i in told]
    assert "Hollow said" in item.body, item.body


def test_an_update_under_a_things_slug_goes_on_with_the_report_naming_that_thing_not_the_last_one_filed_there() -> None:
    night = Night()
    night.set_roster(("Odile Marchetti", ()), ("Bram Kovac", ()))
    filler(night, 4, votes=2)
    fall = night.spot(
        "Odile Marchetti stepped back for one more photo and fell straight into the courtyard fountain, her award held "
        "above her head the whole time.",
        who=["Odile Marchetti"],
        at="21:10",
        votes=60,
        by="Amy",
        where="Courtyard fountain",
    )
    night.spot(
        "The photographer who asked her to take one more step back, Bram Kovac, has gone white as a sheet.",
        who=["Bram Kovac"],
        at="21:14",
        votes=20,
        by="Dana",
        where="Courtyard",
        quote="I said one step. One.",
    )
    update = night.spot(
        "Update on the fountain: she's wrapped in a tablecloth from the bar and refusing to change.",
        at="21:19",
        votes=30,
        by="Eli",
        where="Courtyard",
        quote="This is couture now.",
    )
    digest = night.compile()
    item = item_with(digest, fall)
    assert item is not None and update.id in item.sighting_ids
    assert "Kovac said" not in " ".join(i.body for i in _told(night) if "couture" in i.body)


def test_a_pronoun_post_never_joins_a_report_whose_person_the_other_pronoun_may_be() -> None:
    night = Night()
    night.set_roster(("Bram Kovac", ()), ("Odile Marchetti", ()))
    filler(night, 4, votes=2)
    photographer = night.spot(
        "The photographer who asked her to take one more step back, Bram Kovac, has gone white as a sheet.",
        who=["Bram Kovac"],
        at="21:14",
        votes=20,
        by="Dana",
        where="Courtyard",
    )
    she = night.spot("She's wrapped in a tablecloth now.", at="21:16", votes=5, by="Eli", where="Courtyard")
    item = item_with(night.compile(), photographer)
    assert item is None or she.id not in item.sighting_ids
