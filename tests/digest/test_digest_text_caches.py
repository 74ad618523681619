"""A text's readings worked out once per text (a compile asks for the same report's sentences, clock times and
chatter many times): a caller that edits what it was given never changes what the next caller reads."""

from __future__ import annotations

from bot.digest.appointments import named_times
from bot.digest.clauses import sentences


def test_a_texts_sentences_are_the_same_for_every_reader_whatever_one_did_with_them():
    text = "Mara Quist lost her heel on the stairs. She finished the walk barefoot."
    first = sentences(text)
    first.append("She cried.")
    first[0] = "Nothing happened."
    assert sentences(text) == ["Mara Quist lost her heel on the stairs.", "She finished the walk barefoot."]


def test_a_texts_clock_times_are_the_same_for_every_reader_whatever_one_did_with_them():
    text = "Ask me at nine, or back by half ten!"
    first = named_times(text)
    first.clear()
    assert named_times(text) == [(9, 0, None), (10, 30, None)]
