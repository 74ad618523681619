"""The headline tells the moment's point (issue 11, round 10): the payoff a list of one person's predicates builds to,
not its first predicate; an approach never beats the act it leads to."""

from __future__ import annotations

import pytest

from bot.digest.headlines import write_headline


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
            "Ada Lind Gives Bo Kern Her Shawl",
        ),
    ],
)
def test_a_list_of_one_persons_acts_is_headlined_by_the_act_it_builds_to(text, names, headline):
    assert write_headline(text, names=names, lead=names[0]) == headline
