"""A candidate's words put right (`headline_words`, `option_subjects.object_named`): whom a "her" stands for before
"not", and whose arms a thing was put in."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.digest.news_clause import news_first
from bot.digest.option_subjects import object_named


def _written(text: str, names: list[str]) -> str:
    return write_headline(news_first(text, names, names[0]), names=names, lead=names[0])


def test_her_before_not_is_whom():
    def split(text: str) -> list[str]:
        return text.split()

    words = split("Nadia Brae tells her not to breathe out")
    assert object_named(words, 3, "Cosmo Hale") == split("Nadia Brae tells Cosmo Hale not to breathe out")
    assert object_named(split("Nadia Brae fixes her collar"), 3, "Cosmo Hale") is None  # (hers: a possessive)
    assert (
        _written(
            "Nadia Brae leaned over to Tess Amadi during the tribute and told her not to breathe out until the"
            " lights came up",
            ["Nadia Brae", "Tess Amadi"],
        )
        == "Nadia Brae Tells Tess Amadi Not to Breathe Out Until the Lights Come Up"
    )


def test_a_thing_put_in_her_arms_is_put_in_the_other_persons():
    assert (
        _written("Lio Varga lifted the trophy and put it in her arms, and Pen Oduya cried", ["Lio Varga", "Pen Oduya"])
        == "Lio Varga Lifts the Trophy and Puts It in Pen Oduya's Arms"
    )
    # where one sings is one's own
    assert "Her Kitchen" in _written(
        "Lio Varga sang the whole of Low Tide in her kitchen for Pen Oduya", ["Lio Varga", "Pen Oduya"]
    )


def test_a_preposition_after_him_stays_with_its_place_and_a_particle_moves():
    def named(text: str) -> str:
        found = object_named(text.split(), 2, "Ravi Dutt")
        return " ".join(found) if found else ""

    assert named("Lena stopped him in Corridor B") == "Lena stopped Ravi Dutt in Corridor B"
    assert named("Lena pulled him over the line") == "Lena pulled Ravi Dutt over the line"
    assert named("Lena scooped him up") == "Lena scooped up Ravi Dutt"
    assert named("Lena picked him up at the door") == "Lena picked up Ravi Dutt at the door"
