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


def test_whose_thing_a_his_is_told_by_the_storys_other_reports_when_it_fits_both():
    promise = "Wilson Prabhakar had promised to lose half his beard if his film won."
    act = "It won, and Allam Sreenu shaved off the left half of his beard with a barber's kit in the green room."
    names = ["Allam Sreenu", "Wilson Prabhakar"]
    written = write_headline(f"{promise} {act}", names=names, lead=names[0], context=[promise, act])
    assert "Wilson Prabhakar's Beard" in written and written.startswith("Allam Sreenu Shaves Off")
    # the subject's own, told by a sentence of theirs: left as it is
    own = write_headline(
        "Kit Ames shaved off his beard on stage while Bo Lind held the mirror.",
        names=["Kit Ames", "Bo Lind"],
        lead="Kit Ames",
        context=["Bo Lind said his beard was staying.", "Kit Ames promised to shave his beard if he won."],
    )
    assert "His Beard" in own
