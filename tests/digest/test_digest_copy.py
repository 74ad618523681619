"""Prose, not chat: a correspondent's fragment as the article prints it, and people as the roster spells them."""

from __future__ import annotations

import pytest

from bot.digest.copyedit import narrate, thin_place, tidy
from bot.models import RosterEntry

from .factory import Night, every_item, filler, item_with


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Calliope here!! white fur coat 🤖✨ lol", "Calliope here! White fur coat"),
        ("Crew is taking the door OFF ITS HINGES with a drill", "Crew is taking the door off its hinges with a drill"),
        ("press room wifi down AGAIN", "Press room wifi down again"),
        ("VIP bar open, DJ Brandt on the decks", "VIP bar open, DJ Brandt on the decks"),
        ("red gown + cowboy boots (!) w/ a cape", "Red gown and cowboy boots with a cape"),
        ("glam team (6 ppl) in, 4 min to her cue", "Glam team (6 people) in, 4 minutes to her cue"),
        ('Asked why 4: "It\'s later now."', "Asked why 4: “It's later now.”"),
    ],
)
def test_chat_is_tidied_into_copy(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("HOLD til the tribute: Jasper Lindqvist is here.", "Jasper Lindqvist is here."),
        ("EMBARGO until their 2am statement: Gull & Anchor are splitting.", "Gull and Anchor are splitting."),
        ("UPDATE: the urn has been banished", "The urn has been banished"),
        ("FOUND HER. Rennick's grandma is in the crew room.", "Rennick's grandma is in the crew room."),
        ("Said she was on 11% battery. video", "Said she was on 11% battery."),
        ("Ximena opened with the accordion (more soon)", "Ximena opened with the accordion"),
        (
            "Łucja in the press room with the award, dedication below, then she sat",
            "Łucja in the press room with the award, then she sat",
        ),
    ],
)
def test_reporter_bookkeeping_never_reaches_the_copy(typed, printed):
    assert tidy(typed) == printed


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Calliope Marsh is sitting on a road case", "Calliope Marsh was sitting on a road case"),
        ("Odessa Quarles's zipper just split in the wings.", "Odessa Quarles's zipper split in the wings."),
        ("Ndidi back in the freight elevator with Dennis", "Ndidi was back in the freight elevator with Dennis"),
        ("Whole family singing in the seats.", "Whole family was singing in the seats."),
        ("Wendell lost. Paid her in twenties.", "Wendell lost. Wendell paid her in twenties."),
        ("Found Ndidi in the freight elevator, rehearsing.", "Ndidi was in the freight elevator, rehearsing."),
        ("Bram says it's the best room in the building.", "Bram said it was the best room in the building."),
        ("Asked why: “It is later now.”", "Asked why: “It is later now.”"),  # quoted speech is never touched
    ],
)
def test_notes_are_told_as_sentences_in_the_past_tense(note, told):
    assert narrate(note, "Lead", frozenset({"ndidi", "wendell", "bram"})) == told


@pytest.mark.parametrize(
    ("note", "place"),
    [("Overheard at the bar", "at the bar"), ("overheard", ""), ("Heard in the corridor", "in the corridor")],
)
def test_a_note_that_only_frames_a_quote_is_recognised_with_where_it_was_heard(note, place):
    assert thin_place(note) == place
    assert thin_place("Overheard Pell at the bar, loud: Echo are done") is None


def test_a_quote_only_note_is_told_as_the_quote_where_it_was_heard():
    night = Night()
    filler(night, 3, votes=2)
    line = night.spot(
        "Overheard at the bar",
        who=["Mavis Okonkwo"],
        quote="Baby, drink your water, pay your tithe, and never let a man hold your publishing.",
        quote_by="Mavis Okonkwo",
        votes=260,
    )

    item = item_with(night.compile(), line)

    assert item.body.startswith("At the bar, Mavis Okonkwo said: “Baby, drink your water,")
    assert "Overheard at the bar." not in item.body


def test_a_follow_up_about_a_side_character_or_an_arrival_never_joins():
    night = Night()
    filler(night, 4, votes=2)
    locked_out = night.spot(
        "Rosalind Quay got locked out on the fire escape in the rain until Theo Brannigan let her in",
        who=["Rosalind Quay", "Theo Brannigan"],
        quote="I wanted fresh air. I got weather.",
        quote_by="Rosalind Quay",
        where="Backstage corridor",
        at="22:46",
        votes=110,
    )
    asleep = night.spot(
        "Theo Brannigan asleep on a road case in the corridor, still in the tux",
        who=["Theo Brannigan"],
        where="Backstage corridor",
        at="23:06",
        votes=20,
        by="Tobi",
    )
    arrival = night.spot(
        "Rosalind Quay is in the building, green coat on",
        who=["Rosalind Quay"],
        where="Backstage corridor",
        at="22:20",
        votes=10,
        by="Mika",
    )

    item = item_with(night.compile(), locked_out)

    assert asleep.id not in item.sighting_ids and arrival.id not in item.sighting_ids
    assert "\n\n" not in item.body


def test_an_alias_is_written_as_the_roster_spells_the_name_first_and_in_headlines():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Calliope Marsh", aliases=("Sister Static", "Calli")),
        RosterEntry(id=2, guild_id=99, name="Søren Øvergaard", aliases=("Søren",)),
    ]
    filler(night, 3, votes=2)
    halo = night.spot(
        "Sister Static's halo won't fit through the stage door, so the crew took the door off its hinges",
        other_names=["Calliope Marsh"],
        where="Side stage",
        at="20:41",
        votes=220,
    )
    night.spot(
        "Sister Static's halo sitting alone in the wings, crew taking selfies with the halo",
        other_names=["Calliope Marsh"],
        where="Side stage",
        at="21:30",
        votes=90,
        by="Jonah",
    )
    speed = night.spot(
        "Soren Overgaard read all five Best Rock nominees in about 19 seconds",
        who=["Soren Overgaard"],
        at="21:45",
        votes=140,
        by="Rafa",
    )

    digest = night.compile()
    item = item_with(digest, halo)

    assert item.headline.startswith("Calliope Marsh's Halo")
    assert item.body.startswith("Calliope Marsh's halo wouldn't fit")
    assert "Later, Marsh's halo was sitting alone" in item.body  # the persona again: the surname
    assert item_with(digest, speed).body.startswith("Søren Øvergaard read all five")
    assert all("Soren" not in i.body and "Sister Static" not in i.headline for i in every_item(digest))
