"""How telegraphic a report reads (`register.note_speak`, in bands: `register.register`), on lines shaped like the
ones correspondents type (invented text throughout)."""

from __future__ import annotations

import pytest

from bot.digest.register import STEP, note_speak, register

NAMES = frozenset({"ivo", "dahl", "kessler", "ana", "mira", "sand"})


@pytest.mark.parametrize(
    "line",
    [
        "Ivo Dahl proposed to the floor manager with a ring tied to a drumstick, two minutes before the show went"
        " back on air.",
        "Kessler and Ana spoke for the first time since 2009, by the bar.",
        "DJ Sky played a set for 300 people on 11% battery.",  # figures as prose writes them, a known acronym
        "Tomasz Kowal caught a bread roll somebody lobbed across table 9. One hand. Table 9 applauded.",
        "Felix Ortega left early.",  # names are no words a note leaves small words out of
        "Jan Kowalski sang R&B for the crew.",  # "Jan" is a name here, "R&B" a word
        "Mira said “omg 2 min lol w/ the mgr” to the runner.",  # someone's words are never marked
        "Soaked.",
        "Oc&#233;ane Br&#251;l&#233; arrived in a black cape.",  # an entity is a letter, not a symbol
    ],
)
def test_prose_reads_as_prose(line: str):
    assert register(line, NAMES) == 0, note_speak(line, NAMES)


@pytest.mark.parametrize(
    "line",
    [
        "GRN RM: Dahl + Ivo, ring on surdo mallet, floor mgr crying, 2 min to air",  # label, caps, +, shorthand
        "Kessler + Ana, 1st words since '09, hug by the bar",
        "2nd time tonight lol",
        "Flimmer+, cancelled her show in Jan",
        "Stairs (mosaic, B side): Ana and Kessler.",  # a label
        "Ana -> press room w/ mgr b/c car late, pls hold",
        "dbl booked green rm, ppl everywhere",
        "She took 3 bows at 9.45pm.",  # a digit for a word, a clock time
    ],
)
def test_note_speak_reads_as_notes(line: str):
    assert register(line, NAMES) >= 1, note_speak(line, NAMES)


@pytest.mark.parametrize(
    "line",
    [
        "Ivo Dahl pediu a gerente de palco em casamento com um anel amarrado numa baqueta, 2 min antes do ar.",
        "Ivo Dahl hat der Aufnahmeleiterin 2 Min. vor der Sendung einen Heiratsantrag gemacht, mit einem Ring.",
        "Kessler y Ana, primeras palabras desde el '09, se abrazaron en el bar.",
        "Kessler et Ana se sont parlé pour la première fois depuis 2009, au bar w/ les amis.",
    ],
)
def test_a_sentence_in_another_language_is_not_note_speak(line: str):
    """Its words are not English: the measure does not judge it (the article never prints it anyway)."""
    assert note_speak(line, NAMES) == 0


def test_the_telegraphic_report_scores_above_the_prose_report_of_the_same_moment():
    notes = "GRN RM: Dahl + Ivo, ring on surdo mallet, floor mgr crying, 2 min to air"
    prose = (
        "Ivo Dahl proposed to the floor manager with a ring tied to a drumstick, two minutes before the show went"
        " back on air."
    )
    assert note_speak(notes, NAMES) > note_speak(prose, NAMES) + 3 * STEP


def test_one_shorthand_in_a_long_prose_report_weighs_by_its_words():
    """A report is scored over all its words: one "w/" in three full sentences is a slip, not notes."""
    report = (
        "Mira Sand walked the whole carpet w/ her grandmother on her arm. She stopped for every photographer who"
        " asked. Then she took her grandmother to the bar and ordered two glasses of sherry."
    )
    assert 0 < note_speak(report, NAMES) < STEP


def test_every_shorthand_counts():
    one = note_speak("Ana met the floor mgr in the corridor after the show.", NAMES)
    two = note_speak("Ana met the floor mgr and the stage mgr in the corridor after the show.", NAMES)
    assert two > one > 0  # (two marks in 14 words, one in 11)


def test_the_words_after_a_quote_are_not_a_sentence_typed_in_lower_case():
    assert note_speak("“Tell my grandson I'm busy,” she said.") == 0
    assert note_speak("door from the wings is OFF.") > 0
