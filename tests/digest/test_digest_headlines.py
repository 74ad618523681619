"""Headlines written by rule: a clause about the moment's event that names its people, in the roster's
spelling, with no chat in it; the quote form only for a note that frames a quote, never cut mid-thought."""

from __future__ import annotations

import re

from bot.digest.headlines import MAX_LEN, write_headline

from .factory import Night, filler, item_with


def test_a_clause_about_the_event_is_preferred_to_the_quote():
    written = write_headline(
        "Nico Venn proposed to his girlfriend with a ring twisted out of gum-wrapper foil.",
        names=["Nico Venn"],
        lead="Nico Venn",
        quote="It's temporary. The ring, not her.",
        speaker="Nico Venn",
    )

    assert written.startswith("Nico Venn Proposes to His Girlfriend")
    assert '"' not in written


def test_a_quote_headline_keeps_a_whole_thought_of_the_quote():
    quote = "Baby, drink your water, pay your tithe, and never let a man hold your publishing."

    written = write_headline(
        "Overheard at the bar",
        names=["Mavis Okonkwo"],
        lead="Mavis Okonkwo",
        quote=quote,
        speaker="Mavis Okonkwo",
        thin="at the bar",
    )

    assert len(written) <= MAX_LEN  # the whole quote does not fit: its last clause, where the punchline is
    assert written == 'Mavis Okonkwo at the Bar: "Never Let a Man Hold Your Publishing"'


def test_a_quote_headline_never_ends_inside_a_clause():
    written = write_headline(
        "overheard",
        names=["Vesper Lane"],
        lead="Vesper Lane",
        quote="If anyone asks, the feathers were always meant to come off during the second chorus of the encore",
        speaker="Vesper Lane",
        thin="",
    )

    assert written == 'Vesper Lane: "If Anyone Asks"'  # up to a comma, never a word in the middle


def test_headlines_carry_no_shouting_no_chat_prefix_and_no_emoji():
    night = Night()
    filler(night, 3, votes=2)
    found = night.spot(
        "FOUND HER. Rennick Obi's grandma is in the crew room playing spades with Wendell Pruitt 😂😂",
        who=["Rennick Obi", "Wendell Pruitt"],
        votes=95,
    )

    headline = item_with(night.compile(), found).headline

    assert not headline.startswith("Found")
    assert not re.search(r"\b[A-Z]{3,}\b", headline)
    assert "😂" not in headline
    assert headline == "Rennick Obi's Grandma Plays Spades With Wendell Pruitt in the Crew Room"


def test_a_headline_names_who_the_moment_is_about_not_its_mundane_opening():
    night = Night()
    filler(night, 3, votes=2)
    reveal = night.spot(
        "Honey Marchetti came offstage after her tribute and Jasper Lindqvist climbed out of a laundry cart in the"
        " wings. She screamed, then hugged him for a solid minute.",
        who=["Honey Marchetti", "Jasper Lindqvist"],
        quote="Eleven years and you come back in a laundry cart?",
        quote_by="Honey Marchetti",
        votes=240,
    )

    headline = item_with(night.compile(), reveal).headline

    assert "Jasper Lindqvist" in headline and "Laundry Cart" in headline
    assert not headline.startswith("Honey Marchetti Comes Offstage")


def test_a_second_clause_that_names_someone_else_of_the_moment_joins_the_headline():
    written = write_headline(
        "Teddy Vance snapped a boot heel 2 minutes before her cue. Inés Carvajal pulled her own boots off right there"
        " in the corridor and handed them over.",
        names=["Teddy Vance", "Inés Carvajal"],
        lead="Teddy Vance",
    )

    assert written == "Teddy Vance Snaps a Boot Heel and Inés Carvajal Pulls Her Own Boots Off"


def test_a_modal_verb_makes_a_clause():
    written = write_headline(
        "Calliope Marsh's halo won't fit through the stage door.", names=["Calliope Marsh"], lead="Calliope Marsh"
    )

    assert written == "Calliope Marsh's Halo Won't Fit Through the Stage Door"


def test_a_short_headline_goes_on_with_the_next_verb_phrase():
    written = write_headline(
        "Saff won Best Debut, walked off stage, and went straight to the cloakroom to hug the attendant.",
        names=["Saff"],
        lead="Saff",
    )

    assert written == "Saff Wins Best Debut, Walks Off Stage"
