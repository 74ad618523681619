"""Causes found in round 39: the round-38 reviews' worst headlines (a promise kept that the headline never says; …)
and the Riga night. Every name and sentence is invented, in the shape of what those nights' correspondents typed."""

from __future__ import annotations

from .factory import Night, filler, item_with


def test_a_headline_says_the_promise_a_told_sentence_says_the_act_kept() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "Marta Oyelaran, 91, came up the carpet on her grandson's arm. Asked how she would manage the finale, she "
        "was clear about it.",
        who=["Marta Oyelaran"],
        at="19:30",
        votes=15,
        by="Ines",
        quote="Tonight I sing on my own two feet. Nobody carries me.",
    )
    payoff = night.spot(
        "For the closing number Marta Oyelaran gripped the rail of the stage stairs with both hands and pulled "
        "herself up. She sang the final chorus on her own feet, as she had told us on the carpet she would, and the "
        "hall rose with her.",
        who=["Marta Oyelaran"],
        at="22:40",
        votes=250,
        by="Kofi",
    )
    item = item_with(night.compile(), payoff)
    # the news is the word kept, and the act it kept (not the grip on the rail that came before it)
    assert item.headline == "Marta Oyelaran Keeps Her Word and Sings the Final Chorus on Her Own Feet"


def test_a_child_who_reads_out_her_own_award_heads_it_not_the_presenter_who_gave_her_the_card() -> None:
    night = Night()
    filler(night, 4)
    win = night.spot(
        "Amara Lindqvist, nine, won Best Young Actor for “The Salt Pony” and announced it herself, after the "
        "presenter, the boxer Tano Reyes, could not read the small print and handed her the card. She read her own "
        "name twice before she believed it.",
        who=["Amara Lindqvist", "Tano Reyes"],
        at="21:10",
        votes=200,
        by="Ines",
    )
    headline = item_with(night.compile(), win).headline
    assert headline.startswith("Amara Lindqvist "), headline  # her act, not the boxer handing over the card
    assert "Announces It Herself" in headline


def test_a_request_to_stay_for_a_photograph_never_heads_the_ride_that_brought_the_trophy() -> None:
    night = Night()
    filler(night, 4)
    ride = night.spot(
        "The Best Film trophy arrived at 22:15 on the back of a scooter. The courier, Joss Amadi, had ridden from the "
        "docks through flooded streets with it in a cool box tied to his seat. The host brought him on stage, and "
        "Nell Varga, whose film won, asked him to stay beside her for the photograph.",
        who=["Joss Amadi", "Nell Varga"],
        at="22:20",
        votes=180,
        by="Kofi",
    )
    headline = item_with(night.compile(), ride).headline
    # the ride is the story, and "it" is the trophy the sentence before named
    assert headline == "Joss Amadi Rides From the Docks Through Flooded Streets With the Best Film Trophy"
