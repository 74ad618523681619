"""Causes found in round 37: the round-36 blind reviews of three nights (Zagreb, Lahore, Ulaanbaatar) each marked
down the headline of a reunion that told the setup or a fragment ("… Sing the First Verse", "… Reach for the Last
Cup of the Night", "… Find Themselves Alone") when the years of silence were the news; and a headline ending "Next
to Her" after "His" named a woman it never introduced. Every name and sentence is invented, in the shape of what
those nights' correspondents typed."""

from __future__ import annotations

import pytest

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.digest.reunion import reunion_headline, silence

from .factory import Night, filler, item_with


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # the silence in its own sentence, the act in a later one whose subject is "the two of them"
            "Coming down from the gallery, Vesna Horvat found Lidija Marek waiting by the lift. The two had not spoken "
            "since their trio split in 2004. Vesna said one word. Then the two of them sang the last chorus of their "
            "old hit to the cloakroom staff.",
            ["Vesna Horvat", "Lidija Marek"],
            "Vesna Horvat and Lidija Marek Sing Together for the First Time Since 2004",
        ),
        (  # the act before the silence, in its sentence: "talked …, the first time they have spoken since …"
            "At the tea urn, Sadia Karim and Omar Haleem reached for the last cup together. He let go; she split it. "
            "They drank it on the steps and talked for twenty minutes, the first time they have spoken since their "
            "show ended in 2016.",
            ["Sadia Karim", "Omar Haleem"],
            "Sadia Karim and Omar Haleem Talk for the First Time Since 2016",
        ),
        (  # the act closing a relative clause that told the silence
            "Pia Lund and Aron Vik, who had not spoken in twelve years, hugged for about a minute by the cloakroom.",
            ["Pia Lund", "Aron Vik"],
            "Pia Lund and Aron Vik Hug for the First Time in Twelve Years",
        ),
    ],
)
def test_a_reunion_is_headlined_with_the_years_apart(text: str, names: list[str], headline: str) -> None:
    assert write_headline(text, names=names, lead=names[0]) == headline


@pytest.mark.parametrize(
    "text",
    [
        # a silence and no act of the two together: a snub, no reunion
        "At the bar, Rita Szabo turned her back on Marton Fekete and left without a word. They have not spoken "
        "since their band split in 2019.",
        # a reconciliation no verb of togetherness tells: "made up" has no "first time since" (never "Make Up for …")
        "Gus Hale and Ned Orr, who had not spoken since the Night Owls split in 2011, made up in the green room.",
    ],
)
def test_no_reunion_headline_without_an_act_the_two_did_together(text: str) -> None:
    names = ["Rita Szabo", "Marton Fekete"] if "Rita" in text else ["Gus Hale", "Ned Orr"]
    assert silence(text) is not None
    assert reunion_headline(text, names) is None
    assert "First Time" not in write_headline(text, names=names, lead=names[0])


def test_a_reunion_item_on_a_night_is_headlined_with_the_years_apart() -> None:
    night = Night()
    filler(night, 4)
    hug = night.spot(
        "On the fire escape, Ilka Brand and Teo Marsh, who split Velvet Static in 2019 and had not spoken since, "
        "found themselves alone with their trophies. Teo held Ilka's trophy while she lit a cigarette. They talked "
        "for a quarter of an hour and came back in laughing.",
        who=["Ilka Brand", "Teo Marsh"],
        at="22:40",
        votes=240,
        by="Noor",
        quote="Six years, and it took a fire escape.",
        quote_by="Ilka Brand",
    )
    item = item_with(night.compile(), hug)
    assert item.headline == "Ilka Brand and Teo Marsh Talk for the First Time Since 2019"


def test_a_headline_ending_on_her_after_his_is_refused() -> None:
    assert problem("Bold Temuujin Puts His Own Chair Down Next to Her", ["Bold Temuujin"]) is not None
    # a woman's own "her" may stand for her: not this rule's to refuse
    assert problem("Saran Dulam Puts the Lamp Down Next to Her Chair", ["Saran Dulam"]) is None


def test_carrying_ones_own_chair_is_the_act_not_support() -> None:
    """The rapper's chair carried across the hall to his grandmother's table heads the item; never the bystander who
    moved his plate, nor "… Next to Her" (whom?)."""
    text = (
        "Bold Temuujin finally spotted his emee at the ministry table. He stood up in the middle of Best Editing, "
        "picked up his own chair and carried it across the whole hall, past the cameras, and put it down next to "
        "her. Minister Ganbat Dash moved his plate to make room."
    )
    headline = write_headline(text, names=["Bold Temuujin", "Ganbat Dash"], lead="Bold Temuujin")
    assert headline == "Bold Temuujin Carries His Own Chair Across the Whole Hall"
