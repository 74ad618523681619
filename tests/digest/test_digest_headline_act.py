"""The headline names the moment's act, whole (issue 11, round 8's second wave): the act over a reaction to it, the
act after a mundane "while", a required complement kept."""

from __future__ import annotations

import pytest

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline


@pytest.mark.parametrize(
    ("text", "names", "lead", "expected"),
    [
        (  # a reaction loses to the act that caused it
            "Mara Lind was up on a bench leading the whole café in Happy Birthday to the waiter Osei, who turned 70."
            " Osei had his hands over his face.",
            ["Mara Lind", "Osei"],
            "Osei",
            "Mara Lind Leads the Whole Café in Happy Birthday to the Waiter Osei",
        ),
        (  # the act after a mundane "while" is the news, and its possessive is the sitter's
            "Samir Haddad sat on a plastic chair in the car park while Rook shaved off his beard.",
            ["Samir Haddad", "Rook"],
            "Samir Haddad",
            "Rook Shaves Off Samir Haddad's Beard",
        ),
        (  # a placing verb keeps where it put its object: the object's modifiers go instead
            "Tavi Rua walked out to the taxi rank with his Best Newcomer trophy and set it on the dashboard of his"
            " father's taxi.",
            ["Tavi Rua"],
            "Tavi Rua",
            "Tavi Rua Sets His Trophy on the Dashboard of His Father's Taxi",
        ),
        (  # a possessive that is not the subject's names whose it is
            "Colette Marais snapped her heel on the stairs. Billy Okafor ran for gaffer tape and taped the shoe to her"
            " foot.",
            ["Colette Marais", "Billy Okafor"],
            "Billy Okafor",
            "Billy Okafor Tapes the Shoe to Colette Marais's Foot",
        ),
    ],
)
def test_the_headline_tells_the_act_whole(text, names, lead, expected):
    assert write_headline(text, names=names, lead=lead) == expected


def test_the_gate_refuses_a_placing_verb_without_where_it_put_its_object():
    assert problem("Tavi Rua Sets His Best Newcomer Trophy", ["Tavi Rua"]) is not None
    assert problem("Tavi Rua Sets His Trophy Down in the Rain", ["Tavi Rua"]) is None


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


@pytest.mark.parametrize(
    ("note", "names", "expected"),
    [
        (  # a verbless note of whom she was with and what they were doing is the act: never the quote, nor "Is With"
            "Lina Marsh with drummer boy Dev Rao, both walking carpet together, security confused",
            ["Lina Marsh", "Dev Rao"],
            "Lina Marsh Walks the Carpet With Drummer Boy Dev Rao",
        ),
        (
            "Lina with drummer boy, both walking carpet together, security confused",
            ["Lina Marsh"],
            "Lina Marsh Walks the Carpet With Drummer Boy",
        ),
    ],
)
@pytest.mark.parametrize("thin", [None, ""])
def test_a_verbless_note_of_someone_with_someone_doing_something_is_that_act(note, names, expected, thin):
    quote = dict(quote="He's my plus-one. He stays", speaker="Lina Marsh")
    assert write_headline(note, names=names, lead="Lina Marsh", thin=thin, **quote) == expected


@pytest.mark.parametrize(
    ("note", "names", "expected"),
    [
        (  # the posture is the approach, what she was doing there the act
            "Marta Quinn stood on a bench leading the whole bar in Happy Birthday to barman Ike Osei, who turned 60.",
            ["Marta Quinn", "Ike Osei"],
            "Marta Quinn Leads the Whole Bar in Happy Birthday to Barman Ike Osei",
        ),
        (
            "Marta stood on a bench, leading the whole bar in Happy Birthday to barman Ike Osei.",
            ["Marta Quinn", "Ike Osei"],
            "Marta Quinn Leads the Whole Bar in Happy Birthday to Barman Ike Osei",
        ),
        (  # too long whole: whom it was for stays, who he is goes
            "Marta Quinn stood on a bench leading the whole bar in Happy Birthday to the retiring head barman Ike "
            "Osei.",
            ["Marta Quinn", "Ike Osei"],
            "Marta Quinn Leads the Whole Bar in Happy Birthday to Ike Osei",
        ),
        (  # a walk through the room too
            "Mara Lind walked through the packed café leading the whole room in Happy Birthday to the waiter Osei "
            "Mensah.",
            ["Mara Lind", "Osei Mensah"],
            "Mara Lind Leads the Whole Room in Happy Birthday to the Waiter Osei Mensah",
        ),
    ],
)
def test_a_participle_after_a_posture_is_the_act_and_keeps_what_and_for_whom(note, names, expected):
    assert write_headline(note, names=names, lead=names[0]) == expected


def test_a_posture_while_holding_or_chatting_is_no_act():
    # (carrying, holding, chatting: what the walk or the sitting was like, not an act that heads it)
    assert write_headline(
        "Imogen Achterberg walked in carrying a sheet cake.", names=["Imogen Achterberg"], lead="Imogen Achterberg"
    ).startswith("Imogen Achterberg Walks In")


def test_another_persons_answer_to_the_act_is_the_payoff():
    # the song prompted it; the offer is what came of it, and the composer is named without where he sat
    note = (
        "Vee Adjei sang 'Moonriver Road' at the piano bar. The composer Teo Bali at the next table stood up and "
        "offered her a studio day."
    )
    written = write_headline(note, names=["Vee Adjei", "Teo Bali"], lead="Vee Adjei")
    assert written == "Composer Teo Bali Offers Vee Adjei a Studio Day"
