"""The headline tells the moment's point (issue 11, round 10): the payoff a list of one person's predicates builds to,
not its first predicate; an approach never beats the act it leads to."""

from __future__ import annotations

import pytest

from bot.digest.headline_score import echoes
from bot.digest.headlines import write_headline

from .factory import Night, filler, item_with


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # the list's last act, not the walk off stage that led to it ("it": the trophy carried)
            "Wren Tolley came off stage with the trophy, walked the length of the corridor, and put it in the hands"
            " of Bert Mull, the stage-door man.",
            ["Wren Tolley", "Bert Mull"],
            "Wren Tolley Puts the Trophy in the Hands of Bert Mull",
        ),
        (  # the jump the list builds to, over its first act (whose tuxedo: what one wears is one's own)
            "Dario Lenz handed his statuette to Ama Ruiz, kicked off his shoes and jumped into the canal in his"
            " tuxedo. He came up laughing.",
            ["Dario Lenz", "Ama Ruiz"],
            "Dario Lenz Jumps Into the Canal in His Tuxedo",
        ),
        (  # a list ending on a bow and a walk: the gift before them heads
            "Ada Lind gave Bo Kern her shawl, took a bow and walked off to the bar.",
            ["Ada Lind", "Bo Kern"],
            "Ada Lind Gives Bo Kern Her Shawl, Takes a Bow and Walks Off to the Bar",  # (under 35: lengthened)
        ),
    ],
)
def test_a_list_of_one_persons_acts_is_headlined_by_the_act_it_builds_to(text, names, headline):
    assert write_headline(text, names=names, lead=names[0]) == headline


def test_them_is_the_things_given_never_the_person_given_them():
    night = Night()
    who = ["Ilse Varga", "Mira Lund"]
    first = night.spot(
        "Prof. Ilse Varga stopped Mira Lund on the stairs and told her she had watched every night of her run. Then"
        " she unclasped the pearls she wore in 1981 and gave them to her.",
        who=who,
        at="22:10",
        votes=6,
    )
    night.spot("Mira Lund wearing Ilse Varga's pearls from 1981!! in tears", who=who, by="Cy", at="22:12")
    filler(night, 6)

    assert (
        item_with(night.compile(), first).headline == "Ilse Varga Gives the Pearls to Mira Lund"
    )  # not "… Lund to Her"


def test_the_words_the_moments_other_reports_repeat_choose_its_clause():
    # four correspondents tell the pearls, two the stairs: the gift heads it, not the hug
    night = Night()
    who = ["Ilse Varga", "Mira Lund"]
    first = night.spot(
        "Ilse Varga hugged Mira Lund on the stairs, then handed her the opening-night pearls.", who=who, at="22:10"
    )
    night.spot("Mira Lund got Varga's pearls!!", who=who, by="Bo", at="22:11")
    night.spot("the pearls!! Ilse Varga's own, on Mira Lund", who=who, by="Cy", at="22:12")
    night.spot("Mira Lund in Varga's pearls", who=who, by="Di", at="22:13")
    night.spot("Varga and Lund on the stairs", who=who, by="Ed", at="22:14")
    filler(night, 6)

    assert item_with(night.compile(), first).headline == "Ilse Varga Hands Mira Lund the Opening-Night Pearls"


def test_a_word_shared_only_by_being_the_persons_name_counts_for_nothing():
    assert echoes([frozenset({"varga", "pearl"}), frozenset({"varga", "pearl", "stair"})], ["Ilse Varga"]) == {
        "pearl": 2,
        "stair": 1,
    }


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # the catch answers the slip: the waiter heads it, known by his role and his name, the trophy hers
            "Coral Baines slipped on the stairs; the waiter Teo Marsh caught the trophy one-handed without spilling"
            " his tray.",
            "Waiter Teo Marsh Catches Coral Baines's Trophy One-Handed Without Spilling His Tray",
        ),
        (  # a laugh answers nothing: the slip is the news
            "Coral Baines slipped on the stairs outside the press room; Teo Marsh laughed.",
            "Coral Baines Slips on the Stairs Outside the Press Room",
        ),
    ],
)
def test_another_persons_act_answering_a_fall_heads_it(text, headline):
    assert write_headline(text, names=["Coral Baines", "Teo Marsh"], lead="Coral Baines") == headline


def _promise_night(promise: str, quote: str | None) -> tuple[Night, object]:
    night = Night()
    who = ["Rui Bastos"]
    night.spot(promise, who=who, by="Bo", at="19:40", quote=quote, quote_by="Rui Bastos")
    filler(night, 8)
    lead = night.spot(
        "Rui Bastos won Best Director and shaved off his beard on stage with a borrowed razor.",
        who=who,
        at="22:30",
        votes=8,
    )
    night.spot("Bastos shaving his beard ON STAGE", who=who, by="Cy", at="22:31", votes=3)
    return night, lead


def test_a_promise_kept_is_the_point_of_the_headline():
    night, lead = _promise_night(
        "Rui Bastos told the press room he would shave off his beard on stage if he won.",
        "If I win, I'll shave my beard on stage",
    )

    assert item_with(night.compile(), lead).headline == "Rui Bastos Keeps His Word and Shaves Off His Beard on Stage"


def test_an_earlier_moment_that_promised_nothing_keeps_the_act_as_it_is():
    night, lead = _promise_night("Rui Bastos was in the press room talking about his beard and the stage lights.", None)

    assert (
        item_with(night.compile(), lead).headline == "Rui Bastos Wins Best Director, Then Shaves Off His Beard on Stage"
    )
