"""A correspondent's double paste is told once (`doubles`; night: tests/scenarios/pasted_notes_night.yaml)."""

from __future__ import annotations

from bot.digest.doubles import once

from .factory import Night, item_with

_PASTE = "Jonty Marr carried Ellis Kade across the flooded car park on his back."


def test_a_sentence_pasted_three_times_is_told_once():
    night = Night()
    s = night.spot(" ".join([_PASTE] * 3), who=["Jonty Marr", "Ellis Kade"], votes=9)
    body = item_with(night.compile(), s).body
    assert body.count("flooded car park") == 1, body


def test_a_paste_with_no_stop_between_is_told_once():
    assert once(f"{_PASTE[:-1]} {_PASTE[:-1]}") == _PASTE[:-1]


def test_a_short_line_said_twice_and_a_quote_are_kept():
    assert once("Wow. Wow. He fell over the cable.") == "Wow. Wow. He fell over the cable."
    text = "He fell. “Not again, not again,” she said. “Not again, not again,” she said."
    assert once(text) == text
