"""Cheap scans written out as substring tests (B4, the compile's time): `hygiene.prose`'s debris test and
`glosses._hinted`'s marker words give the answer of the character and word lists they stand for."""

from __future__ import annotations

import pytest

from bot.digest import glosses
from bot.digest.hygiene import _DEBRIS, _no_debris, prose


@pytest.mark.parametrize("mark", list(_DEBRIS))
def test_every_debris_character_sends_a_text_to_the_full_clean(mark: str):
    text = f"Odile Marchetti waved {mark}from the balcony"
    assert not _no_debris(text)
    assert _no_debris(text.replace(mark, " "))


def test_a_plain_report_is_one_line_and_trimmed():
    assert prose("  • Odile Marchetti   waved from the balcony ") == "Odile Marchetti waved from the balcony"


@pytest.mark.parametrize("word", list(glosses._MARKER_WORDS))
def test_every_marker_word_hints_a_translation(word: str):
    text = f"Her aunt, when the name was read out, {word.upper()} 'we waited'"
    assert glosses._hinted(text)
    assert not glosses._hinted("Her aunt stood up when the name was read out")
