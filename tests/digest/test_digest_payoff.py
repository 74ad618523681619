"""Setting or payoff: a headline tells the event a clause leads up to, not the scene before it."""

from __future__ import annotations

import pytest

from bot.digest.headlines import write_headline
from bot.digest.payoff import interrupted_by, later_event


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            # a result the cameras showed, then what came of it
            "Pia Lund lost Best Score to Odo Marsh and ten minutes later marched into the bar carrying a trifle "
            "decorated with his face.",
            ["Pia Lund", "Odo Marsh"],
            "Pia Lund Loses Best Score, Then Marches Into the Bar Carrying a Trifle",
        ),
        (
            # a movement, then the event
            "Kit Arlo walked off after the sketch and promptly fainted in the wings, wig in hand.",
            ["Kit Arlo"],
            "Kit Arlo Promptly Faints in the Wings",
        ),
        (
            # two people joined by "and" are one subject
            "Ada Fenn and Rui Bastos at the bar, arms linked, belting out the old theme song to a dozen people.",
            ["Ada Fenn", "Rui Bastos"],
            "Ada Fenn and Rui Bastos Belt Out the Old Theme Song to a Dozen People",
        ),
        (
            # a movement, then what happened to the one who moved (another subject): what happened, to whom
            "Lena Ross stepped onto the roof for a smoke during the interval, the hatch slammed shut behind her.",
            ["Lena Ross"],
            "The Hatch Slams Shut Behind Lena Ross",
        ),
        (
            # a fall, then who caught her: the catch, naming whom, never "… Trips and a Stagehand Catches Her"
            "Dana Voss tripped on the riser steps and a stagehand caught her one-handed before she hit the floor.",
            ["Dana Voss"],
            "A Stagehand Catches Dana Voss One-Handed Before She Hits the Floor",
        ),
    ],
)
def test_the_headline_tells_the_event_after_the_setting(text, names, expected):
    assert write_headline(text, names=names, lead=names[0]) == expected


def test_a_subordinate_verb_follows_the_headline_into_the_present():
    written = write_headline(
        "Mo Tate asked for a stool because his knees were knocking.", names=["Mo Tate"], lead="Mo Tate"
    )
    assert written == "Mo Tate Asks for a Stool Because His Knees Are Knocking"


def test_a_scene_broken_into_is_headlined_by_the_speakers_answer():
    written = write_headline(
        "Rhea Vos signing programmes at the stage door when Tam Okoro pushed in and asked for a selfie",
        names=["Rhea Vos", "Tam Okoro"],
        lead="Rhea Vos",
        quote="Queue like everybody else, darling. I queued for forty years.",
        speaker="Rhea Vos",
    )
    assert written == "Rhea Vos Tells Tam Okoro to Queue Like Everybody Else"  # the order, told, not pasted


def test_a_scene_in_progress_without_an_interruption_keeps_its_own_clause():
    written = write_headline(
        "Rhea Vos was signing programmes at the stage door for an hour in the rain.",
        names=["Rhea Vos"],
        lead="Rhea Vos",
        quote="Queue like everybody else, darling.",
        speaker="Rhea Vos",
    )
    assert written.startswith("Rhea Vos Signs Programmes")


def test_later_event_needs_a_setting_first_and_a_real_second_verb():
    assert later_event("won", ["the", "award", "and", "then", "cried", "on", "stage"]) == ([], "cried", ["on", "stage"])
    # the first verb is the event
    assert later_event("proposed", ["to", "her", "and", "then", "cried", "on", "stage"]) is None
    assert later_event("walked", ["in", "and", "then", "sat", "down"]) is None  # one movement after another
    # another clause's "and"
    assert later_event("signing", ["books", "when", "Tam", "pushed", "in", "and", "asked"]) is None


def test_an_interruption_is_by_a_named_person_not_a_pronoun():
    people = {"tam": "Tam Okoro"}
    assert interrupted_by("signing", ["autographs", "when", "tam", "walked", "in"], people) == "Tam Okoro"
    assert interrupted_by("signing", ["autographs", "when", "she", "walked", "in"], people) is None
    assert interrupted_by("signed", ["autographs", "when", "tam", "walked", "in"], people) is None


def test_a_headline_is_never_cut_after_a_subject_pronoun():
    written = write_headline(
        "Ivy Moss carried her bassist piggyback across the loading dock after he twisted his ankle on a cable.",
        names=["Ivy Moss"],
        lead="Ivy Moss",
    )
    assert not written.endswith((" He", " She", " They"))
    assert written.startswith("Ivy Moss Carries Her Bassist Piggyback")


def test_a_relative_with_the_subjects_surname_is_named_by_the_relation():
    family = write_headline(
        "Ivo Berg thanked his mum Lotte Berg from the stage in tears.",
        names=["Ivo Berg", "Lotte Berg"],
        lead="Ivo Berg",
    )
    agent = write_headline(
        "Ivo Berg thanked his agent Lotte Smit from the stage in tears.",
        names=["Ivo Berg", "Lotte Smit"],
        lead="Ivo Berg",
    )
    assert family == "Ivo Berg Thanks His Mum From the Stage in Tears"
    assert agent == "Ivo Berg Thanks His Agent Lotte Smit From the Stage in Tears"


def test_a_bet_settled_is_headlined_by_what_the_loser_pays_not_the_score():
    written = write_headline(
        "The darts match in the green room is over. Ada Quist won 3-1 with a double top. Mo Reyes lost, so the pink"
        " tutu is his for the night, on stage too, and he presents Best Video in an hour",
        names=["Ada Quist", "Mo Reyes"],
        lead="Ada Quist",
    )

    assert written == "Mo Reyes Loses, So the Pink Tutu Is His for the Night"


def test_a_loss_and_what_came_of_it_make_one_headline():
    written = write_headline(
        "Ines Holm lost Best Score to Tomas Berg and ten minutes later walked into the green room carrying a tray of"
        " cupcakes iced with his initials.",
        names=["Ines Holm", "Tomas Berg"],
        lead="Ines Holm",
    )

    # the loss is why the cupcakes matter; "walks into the green room carrying" is "walks in carrying"
    assert written == "Ines Holm Loses Best Score, Then Walks In Carrying a Tray of Cupcakes"


def test_a_result_and_its_aftermath_are_never_joined_by_cutting_the_aftermath_mid_phrase():
    written = write_headline(
        "Ada Kim won Record of the Year and two minutes later made her bassist carry the trophy into the press room"
        " on his shoulders.",
        names=["Ada Kim"],
        lead="Ada Kim",
    )

    assert not written.endswith("Carry")
    assert written.startswith("Ada Kim Makes Her Bassist Carry the Trophy")
