"""`stem` and the quick test built on it: the double-post check (`bot.digest.night`) skips working out the claim
of a report whose text lacks a stem, which is right only while every stem `unsure_stem` does not flag starts
its word."""

from __future__ import annotations

import re
from pathlib import Path

from bot.digest.lexicon import stem, unsure_stem
from bot.digest.verbs import IRREGULAR
from bot.text import fold

SCENARIOS = Path(__file__).parents[1] / "scenarios"
INFLECTED = "dancing danced tried cried dried studied boxes benches dresses buzzes cats bus kiss this wore went"


def _words() -> set[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in SCENARIOS.glob("*.yaml"))
    return {*re.findall(r"[^\W_]+", fold(text)), *IRREGULAR, *INFLECTED.split()}


def test_every_stem_starts_its_word_unless_it_is_flagged_unsure():
    words = _words()
    assert len(words) > 1000
    misses = [w for w in words if stem(w) not in w and not unsure_stem(stem(w))]
    assert misses == []


def test_stems_that_do_not_start_their_word_are_flagged():
    assert stem("tried") == "try" and unsure_stem("try")
    assert stem("wore") == "wear" and unsure_stem("wear")
    assert not unsure_stem(stem("dancing"))
