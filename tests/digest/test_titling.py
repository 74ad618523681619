"""Title case (`titling`): a word going on after a quotation is no new start, and a title the reports capitalise
keeps its small word's capital."""

from __future__ import annotations

from bot.digest.titling import as_written, title_case


def test_a_small_word_after_a_quotation_stays_small():
    assert (
        title_case("Rosa Lind sings “Happy Birthday” to the usher at the side door", ["Rosa Lind"])
        == "Rosa Lind Sings “Happy Birthday” to the Usher at the Side Door"
    )


def test_a_title_opening_on_a_small_word_keeps_its_capital():
    headline = title_case("Wim Storr hums the whole of the in memoriam theme for the crew", ["Wim Storr"])
    assert headline == "Wim Storr Hums the Whole of the in Memoriam Theme for the Crew"
    source = "Wim Storr hummed the whole of the In Memoriam theme for the crew."
    assert as_written(headline, [source]) == "Wim Storr Hums the Whole of the In Memoriam Theme for the Crew"
