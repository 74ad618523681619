"""The headline names the moment's act, whole (issue 11, round 8's second wave): the act over a reaction to it, the
act after a mundane "while", a required complement kept."""

from __future__ import annotations

import pytest

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline


def test_a_reaction_loses_to_the_act_that_caused_it():
    written = write_headline(
        "Mara Lind was up on a bench leading the whole café in Happy Birthday to the waiter Osei, who turned 70."
        " Osei had his hands over his face.",
        names=["Mara Lind", "Osei"],
        lead="Osei",
    )
    assert written.startswith("Mara Lind Leads the Whole Café in Happy Birthday"), written


def test_the_act_after_a_mundane_while_is_the_news_and_its_possessive_is_the_sitters():
    written = write_headline(
        "Samir Haddad sat on a plastic chair in the car park while Rook shaved off his beard.",
        names=["Samir Haddad", "Rook"],
        lead="Samir Haddad",
    )
    assert written == "Rook Shaves Off Samir Haddad's Beard"


def test_a_placing_verb_keeps_where_it_put_its_object_and_loses_the_objects_modifiers_instead():
    written = write_headline(
        "Tavi Rua walked out to the taxi rank with his Best Newcomer trophy and set it on the dashboard of his"
        " father's taxi.",
        names=["Tavi Rua"],
        lead="Tavi Rua",
    )
    assert written == "Tavi Rua Sets His Trophy on the Dashboard of His Father's Taxi"
    assert problem("Tavi Rua Sets His Best Newcomer Trophy", ["Tavi Rua"]) is not None
    assert problem("Tavi Rua Sets His Trophy Down in the Rain", ["Tavi Rua"]) is None


def test_a_possessive_that_is_not_the_subjects_names_whose_it_is():
    written = write_headline(
        "Colette Marais snapped her heel on the stairs. Billy Okafor ran for gaffer tape and taped the shoe to her"
        " foot.",
        names=["Colette Marais", "Billy Okafor"],
        lead="Billy Okafor",
    )
    assert written == "Billy Okafor Tapes the Shoe to Colette Marais's Foot"


_LIGHTS_BACK = (
    "The lights came back after six minutes; nobody stopped, and the floor manager held the next act so it could"
    " finish."
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Rosa up on table, phone torch, leading 'Rain Song'. ~200 singing in the dark", "Rosa Leads 'Rain Song'"),
        ("Rosa on the decks at the after-party with a torch.", "Rosa Is on the Decks at the After-Party"),
    ],
)
def test_a_headline_names_the_moments_person_from_its_facts_rather_than_a_clause_about_someone_else(note, expected):
    written = write_headline(_LIGHTS_BACK, names=["Rosa"], lead="Rosa", others=[note])
    assert written.startswith(expected), written


@pytest.mark.parametrize("thin", [None, ""])
def test_a_moment_with_an_act_is_headlined_by_its_act_not_its_quote(thin):
    quote = dict(quote="She is my date tonight and nobody else’s", speaker="Leyla Demir")
    acted = write_headline(
        "Leyla walks the carpet with the flower seller, 10",
        names=["Leyla Demir"],
        lead="Leyla Demir",
        thin=thin,
        **quote,
    )
    placed = write_headline("Leyla Demir on the carpet", names=["Leyla Demir"], lead="Leyla Demir", thin="", **quote)
    assert acted == "Leyla Demir Walks the Carpet With the Flower Seller"
    assert placed == "Leyla Demir: “She is my date tonight and nobody else’s”"  # (no act: the line is the story)
