"""A setup made of a correspondent's note is never told as a sentence (`note_marks.note_marked`, `beats._began`): a
verbless label and a chain of dashed fragments, or a person's name typed in lower case."""

from __future__ import annotations

import pytest

from bot.digest.note_marks import note_marked

NAMES = frozenset({"oskar", "lindgren", "petra", "vasquez", "moll"})  # (as `Names.words` gives them)


@pytest.mark.parametrize(
    "text",
    [
        "The loading bay Door 4: Lindgren and Vasquez-Moll meet — Lindgren nods, Petra turns away, 2 seconds cold.",
        "Oskar and petra just walked past each other by the lifts.",
        "Lindgren and vasquez-moll nearly bumped into each other at the bar.",
    ],
)
def test_a_note_is_marked(text):
    assert note_marked(text, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Lindgren walked up to Petra Vasquez-Moll at the bar with two coffees.",
        "Loading bay: Oskar Lindgren carried Petra Vasquez-Moll's amp up the ramp.",  # (its place: dropped elsewhere)
        "The band played on — nobody noticed the power cut.",
        "“petra, come here,” Lindgren said.",
    ],
)
def test_prose_is_not_marked(text):
    assert not note_marked(text, NAMES)


def test_an_alias_that_is_also_a_word_is_no_lower_case_name():
    """ "the jasmine boy" is Ziad's alias on the roster, and "jasmine" a word: only the people's own names count."""
    names = NAMES | {"jasmine"}
    proper = frozenset({"oskar", "lindgren", "ziad", "mahrous"})
    text = "Lindgren stopped her car and bought the entire tray of jasmine necklaces from Ziad."
    assert note_marked(text, names)  # (every name word: the alias too)
    assert not note_marked(text, names, proper)
