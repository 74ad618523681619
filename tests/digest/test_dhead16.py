"""The headline tells the moment's turn, naming who did it, and never pastes a sentence (issue 11, round 13)."""

from __future__ import annotations

import pytest

from bot.digest.clauses import name_words
from bot.digest.contact import before_pasted_clause, pasted_clause
from bot.digest.headline_check import problem
from bot.digest.headline_words import owner_named
from bot.digest.headlines import write_headline
from bot.digest.pronouns import genders
from bot.digest.turns import apposition_closed, result_told, role_unarticled, with_result
from bot.digest.verbs import base_form


def test_a_catch_after_a_trip_names_whose_trophy_was_caught_and_drops_the_article():
    text = (
        "Pia Lund tripped on the red carpet, her trophy flew out of her hands and the doorman Omar Ruiz caught it"
        " one-handed."
    )
    assert write_headline(text, names=["Pia Lund", "Omar Ruiz"], lead="Pia Lund") == (
        "Doorman Omar Ruiz Catches Pia Lund's Trophy One-Handed"
    )


def test_a_repair_in_the_next_sentence_heads_the_breakage_naming_whose_thing_it_mended():
    text = (
        "Jon Hale knocked his trophy off the bar and it snapped at the base. Later the stage crew glued it back"
        " together with gaffer tape."
    )
    headline = write_headline(text, names=["Jon Hale"], lead="Jon Hale")
    assert headline.startswith("The Stage Crew Glues Jon Hale's Trophy Back Together")


def test_a_gift_after_where_she_is_the_subjects_own_clause_naming_whom_it_went_to():
    text = (
        "Sela Marsh skipped the afterparty and walked to the loading dock, where she gave her trophy to the night"
        " porter, Ned Quill."
    )
    assert write_headline(text, names=["Sela Marsh", "Ned Quill"], lead="Sela Marsh") == (
        "Sela Marsh Gives Her Trophy to the Night Porter Ned Quill"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bram Tove challenged Otto Lark, the 80-year-old pianist who taught him to play, to an arm-wrestle by the bar"
        " and beat him.",
        "Bram Tove challenged Otto Lark, the 80-year-old pianist who taught him, to an arm-wrestle and won.",
    ],
)
def test_a_challenge_past_an_appositive_keeps_its_win_and_is_spelt_right(text):
    assert write_headline(text, names=["Bram Tove", "Otto Lark"], lead="Bram Tove") == (
        "Bram Tove Challenges Otto Lark to an Arm-Wrestle and Wins"
    )


def test_a_win_cut_off_by_a_place_is_told_without_the_place():
    text = "Bram Tove challenged his old teacher Otto Lark, 80, to an arm-wrestle by the bar and beat him."
    assert write_headline(text, names=["Bram Tove", "Otto Lark"], lead="Bram Tove") == (
        "Bram Tove Challenges His Old Teacher Otto Lark to an Arm-Wrestle and Wins"
    )


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Ines Garo walked into the glass door Rafe Colt walked into earlier.", "Ines Garo Walks Into the Glass Door"),
        (
            "Ines Garo tripped over the cable Rafe Colt had taped down an hour before.",
            "Ines Garo Trips Over the Cable",
        ),
        (
            "Ines Garo missed the bottom step Rafe Colt missed earlier and landed on her knees.",
            "Ines Garo Misses the Bottom Step",
        ),
    ],
)
def test_a_contact_clause_is_cut_at_the_object_never_pasted_whole(text, headline):
    assert write_headline(text, names=["Ines Garo", "Rafe Colt"], lead="Ines Garo") == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Yoan Berel Misses the Bottom Step Lio Castel Missed Earlier",
        "Ines Garo Trips Over the Cable Rafe Colt Had Taped Down",
    ],
)
def test_the_gate_refuses_a_clause_pasted_after_the_object(headline):
    assert problem(headline, ["Yoan Berel", "Lio Castel", "Ines Garo", "Rafe Colt"]) is not None


@pytest.mark.parametrize(
    "headline",
    [
        "Yoan Berel Hands the Cup to Lio Castel",
        "Yoan Berel Misses the Step That Lio Castel Missed",
        "Yoan Berel Gives the Waiter Lio Castel His Spare Ticket",
        "Yoan Berel Reads a Poem He Wrote About His Mother",
        "Yoan Berel Says His Mum Lio Castel Had Promised Him a Soda",
    ],
)
def test_the_gate_keeps_a_name_that_is_an_object_or_a_relatives_subject(headline):
    assert pasted_clause(headline, ["Yoan Berel", "Lio Castel"]) is None


def test_a_pasted_clause_is_cut_before_its_subject():
    assert before_pasted_clause("Yoan Berel misses the bottom step Lio Castel missed earlier", ["Yoan Berel"]) == (
        "Yoan Berel misses the bottom step"
    )


def test_a_plain_act_heads_the_moment_over_the_name_and_quote_template():
    assert write_headline(
        "Lena Voss stopped the band.",
        names=["Lena Voss"],
        lead="Lena Voss",
        quote="Slower. Like a slow dance, not a march.",
        speaker="Lena Voss",
    ) == ("Lena Voss Stops the Band")


def test_a_note_with_no_clause_keeps_the_quote_form():
    headline = write_headline(
        "Lena Voss at the afterparty, to the drummer",
        names=["Lena Voss"],
        lead="Lena Voss",
        quote="Slower. Like a slow dance, not a march.",
        speaker="Lena Voss",
    )
    assert headline.startswith("Lena Voss: “")


def test_what_was_told_to_whom_is_a_clause():
    headline = write_headline(
        "Vera Kost told the bassist to play it quieter.",
        names=["Vera Kost"],
        lead="Vera Kost",
        quote="Quieter. It is a ballad, not a riot.",
        speaker="Vera Kost",
    )
    assert headline == "Vera Kost Tells the Bassist to Play It Quieter"


@pytest.mark.parametrize(
    ("word", "base"),
    [("challenged", "challenge"), ("avenged", "avenge"), ("lounged", "lounge"), ("belonged", "belong")],
)
def test_a_verb_in_eng_keeps_its_e_in_the_present(word, base):
    assert base_form(word) == base


def test_her_knees_after_a_fall_stay_the_fallers_own():
    headline, _ = owner_named("Ines Garo Lands on Her Knees", {"Ines Garo", "Rafe Colt"}, {})
    assert headline == "Ines Garo Lands on Her Knees"


def test_where_she_tells_the_sentences_subjects_pronoun():
    text = "Sela Marsh walked to the loading dock, where she gave her trophy to Ned Quill."
    assert genders([text], name_words(["Sela Marsh", "Ned Quill"])) == {"Sela Marsh": "she"}


def test_turn_helpers():
    names = ["Ned Quill", "Omar Ruiz", "Otto Lark"]
    assert (
        apposition_closed("gave it to the night porter, Ned Quill.", names) == "gave it to the night porter Ned Quill."
    )
    assert apposition_closed("thanked the crowd, Ned Quill and the band.", names) == (
        "thanked the crowd, Ned Quill and the band."
    )
    assert role_unarticled("the doorman Omar Ruiz catches it", names) == "Doorman Omar Ruiz catches it"
    assert role_unarticled("the stage crew glues Omar Ruiz's cup", names) == "the stage crew glues Omar Ruiz's cup"
    assert result_told("Bram Tove challenges Otto Lark to a duel and beat Otto Lark", names) == (
        "Bram Tove challenges Otto Lark to a duel and wins"
    )
    assert result_told("Bram Tove challenges Otto Lark and beats Ada Finch", names) == (
        "Bram Tove challenges Otto Lark and beats Ada Finch"
    )
    assert (
        with_result("Bram Tove challenges Otto Lark to a duel", "Bram Tove challenged Otto Lark to a duel.", 75) is None
    )


def test_a_catch_of_a_thing_that_flew_names_whose_it_was():
    text = "Tavi Orn slipped on the wet ramp, the statuette flew and the waiter Bo Leck caught it one-handed."
    assert write_headline(text, names=["Tavi Orn", "Bo Leck"], lead="Tavi Orn") == (
        "Waiter Bo Leck Catches Tavi Orn's Statuette One-Handed"
    )


def test_a_repair_heads_a_drop_that_broke_the_thing():
    text = (
        "Ada Finch dropped her statuette on the stairs and it shattered. Later the props team glued it back with a"
        " hot-glue gun."
    )
    assert write_headline(text, names=["Ada Finch"], lead="Ada Finch") == (
        "The Props Team Glues Ada Finch's Statuette Back With a Hot-Glue Gun"
    )


def test_a_gift_to_someone_named_by_their_trade_then_their_name_is_offered():
    text = (
        "Kiri Vance skipped the press room and walked to the car park, where she put the trophy into the hands of the"
        " dishwasher, Ama Pell."
    )
    assert write_headline(text, names=["Kiri Vance", "Ama Pell"], lead="Kiri Vance") == (
        "Kiri Vance Puts the Trophy Into the Hands of the Dishwasher Ama Pell"
    )


def test_an_it_handed_back_stays_the_thing_taken_off_not_the_place_stopped_at():
    text = "Ella Moss stopped at the bar, took off the ring and handed it back to Jonah Pike."
    assert write_headline(text, names=["Ella Moss", "Jonah Pike"], lead="Ella Moss") == (
        "Ella Moss Hands the Ring Back to Jonah Pike"
    )
