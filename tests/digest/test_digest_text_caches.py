"""A text's readings worked out once per text (a compile asks for the same report's sentences, clock times and
chatter many times): a caller that edits what it was given never changes what the next caller reads."""

from __future__ import annotations

from bot.digest.appointments import named_times
from bot.digest.clauses import sentences
from bot.digest.headline_check import problem
from bot.digest.headline_score import flat


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


def test_a_headlines_check_reads_the_names_it_is_given_not_the_list_they_came_in():
    # (`problem` and `flat` are worked out once per headline and names: a caller's list changed after a check, or
    # the same names in a tuple, is read for the names it holds)
    headline = "Mara Quist Finishes the Walk Barefoot Down the Stairs"
    names = ["Mara Quist"]
    assert problem(headline, names) is None
    names[0] = "Ola Dahl"
    assert problem(headline, names) == "it names nobody of the moment"
    assert problem(headline, ("Mara Quist",)) is None
    assert flat("Mara Quist Is Backstage", ["Mara Quist"])
    assert not flat("Mara Quist Is Backstage", ["Ola Dahl"])
