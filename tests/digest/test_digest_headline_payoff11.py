"""The headline tells the payoff, not the first verb (issue 11, round 9): opening, knocking, entering set a moment
up; a transfer or a change is its news, in a compound predicate, after a subordinator and across a report's
sentences; the approach heads the item only when nothing else happens."""

from __future__ import annotations

import pytest

from bot.digest.headline_score import headline_score
from bot.digest.headlines import write_headline
from bot.digest.hooks import one_act
from bot.digest.payoff import news_weight


@pytest.mark.parametrize("approach", ["opened", "knocked", "entered", "opens", "knocks"])
def test_opening_knocking_and_entering_are_approaches_that_tell_less_than_a_transfer(approach):
    assert news_weight(approach) < 0 < news_weight("handed")


@pytest.mark.parametrize("change", ["pressed", "presses", "shaved", "shaves"])
def test_pressing_a_thing_into_a_hand_and_shaving_someone_are_acts_that_change_something(change):
    assert news_weight(change) > 0


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # a compound predicate: the handover, not opening the case
            "In the green room, Odhiambo Were opened the drum case he had carried in himself and handed his 1974 drum"
            " to Pili Mwangi. Pili refused twice.",
            ["Odhiambo Were", "Pili Mwangi"],
            "Odhiambo Were Hands His 1974 Drum to Pili Mwangi",
        ),
        (  # across sentences: the gift, not the knock on the door
            "Amara knocked on Zawadi's dressing room door. When Zawadi opened it they looked at each other, then Amara"
            " hugged her for a long time. She then took off her own gold earrings and pressed them into Zawadi's hand.",
            ["Amara", "Zawadi"],
            "Amara Presses Her Own Gold Earrings Into Zawadi's Hand",
        ),
        (  # "sat … and Jace shaved off his locks": the act after "and" is the news, "his" the one who sat
            "HE DID IT. Kobi sat on a crate by the loading dock and Jace shaved off his locks with clippers borrowed"
            " from makeup.",
            ["Kobi", "Jace"],
            "Jace Shaves Off Kobi's Locks With Clippers Borrowed From Makeup",
        ),
        (  # the answer to the knock, and whom it was for: never "Gives Her His Spare Pass"
            "Lulu Banda knocked on the production office window for ten minutes until Femi Adeyemi let her in and gave"
            " her his spare pass.",
            ["Lulu Banda", "Femi Adeyemi"],
            "Femi Adeyemi Gives Lulu Banda His Spare Pass",
        ),
        (  # nothing else happens: the approach heads it
            "Odhiambo Were knocked on the door of the green room twice. Nobody answered.",
            ["Odhiambo Were"],
            "Odhiambo Were Knocks on the Door of the Green Room Twice",
        ),
    ],
)
def test_the_payoff_heads_the_item_and_the_approach_only_when_nothing_else_happens(text, names, headline):
    assert write_headline(text, names=names, lead=names[0]) == headline


def test_a_thing_taken_off_and_pressed_into_a_hand_is_told_as_the_pressing():
    assert (
        one_act("Amara takes off her own gold earrings and presses them into Zawadi's hand")
        == "Amara presses her own gold earrings into Zawadi's hand"
    )


def test_an_approach_answered_by_another_person_of_the_moment_tells_that_act():
    names = ["Rosalind Quay", "Theo Brannigan"]

    def score(headline: str) -> float:
        return headline_score(headline, names, frozenset())

    answered = score("Rosalind Quay Knocks on the Window Until Theo Brannigan Lets Her In")
    assert answered > score("Rosalind Quay Steps Onto the Fire Escape for Air During the Ad Break")
    assert answered > score("Rosalind Quay Knocks on the Window of the Green Room Again")
