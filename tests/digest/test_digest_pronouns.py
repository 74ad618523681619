"""A person named in two sentences in a row is a pronoun the second time, when the pronoun is clear."""

from __future__ import annotations

from bot.digest.pronouns import with_pronouns

from .factory import Night, filler, item_with

PEOPLE = ["Calliope Marsh", "Marsh", "Odessa Quarles", "Quarles", "Celestine Arroyo", "Arroyo"]


def test_a_person_who_just_spoke_or_acted_is_a_pronoun_in_the_next_sentence():
    assert (
        with_pronouns("“The halo stays,” Marsh said. Marsh stood there not moving.", {"Marsh": "she"}, PEOPLE)
        == "“The halo stays,” Marsh said. She stood there not moving."
    )
    assert (
        with_pronouns("Quarles won Best Actress. Quarles's gown held.", {"Quarles": "she"}, PEOPLE)
        == "Quarles won Best Actress. Her gown held."
    )
    assert (
        with_pronouns("Later, Marsh came off stage. “Four espressos,” Marsh said.", {"Marsh": "he"}, PEOPLE)
        == "Later, Marsh came off stage. “Four espressos,” he said."
    )


def test_no_pronoun_when_the_sentence_before_names_someone_else_or_was_about_someone_else():
    two = "Arroyo sewed Quarles back into her gown. Quarles walked on right on time."
    assert with_pronouns(two, {"Quarles": "she", "Arroyo": "she"}, PEOPLE) == two
    other = "The crew took the door off. Marsh stood there."
    assert with_pronouns(other, {"Marsh": "she"}, PEOPLE) == other


def test_a_pronoun_only_for_a_person_the_nights_reports_call_she_or_he():
    night = Night()
    filler(night, 4, votes=2)
    halo = night.spot(
        "Calliope Marsh's halo would not fit through the stage door, four minutes to her cue. "
        "Marsh stood there not moving a muscle.",
        who=["Calliope Marsh"],
        at="20:41",
        votes=220,
    )
    speed = night.spot(
        "Pim Roos read all five nominees in about 12 seconds. Roos never looked at the card.",
        who=["Pim Roos"],
        at="21:41",
        votes=200,
        by="Kit",
    )

    digest = night.compile()

    assert "cue. She stood there" in item_with(digest, halo).body
    assert "Roos never looked" in item_with(digest, speed).body  # nobody said "he" or "she": the name stays


def test_a_beat_that_says_how_long_after_it_came_still_makes_the_next_mention_a_pronoun():
    for connective in ("An hour later", "Minutes later", "Not long after"):
        assert (
            with_pronouns(
                f"{connective}, Quarles won Best Actress. Quarles came off still flossed.", {"Quarles": "she"}, PEOPLE
            )
            == f"{connective}, Quarles won Best Actress. She came off still flossed."
        )
