"""Small text helpers for the digest: name keys, mention-proofing, one-line text, number words."""

from __future__ import annotations

import re

from bot.text import fold, inert

__all__ = ["fold", "inert", "number_word", "pairs", "squash", "wordset"]

_SPACES = re.compile(r"\s+")
_NUMBERS = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")


def squash(text: str) -> str:
    """One line: whitespace runs (newlines included) folded into single spaces, trimmed."""
    return _SPACES.sub(" ", text).strip()


def number_word(n: int) -> str:
    """ "Five" for 5 (the digest counts at most ten), digits beyond."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


def pairs(text: str) -> dict[str, str]:
    """ "a:b c:d" as {"a": "b", "c": "d"}."""
    return dict(pair.split(":", 1) for pair in text.split())
