"""Small text helpers for the digest: name keys, mention-proofing, one-line text, number words."""

from __future__ import annotations

import re

from bot.text import fold, inert

__all__ = ["fold", "inert", "number_word", "pairs", "short_name", "squash", "wordset"]

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


def short_name(name: str) -> str:
    """A person named again: the surname of a two-word name ("Marsh" for "Calliope Marsh"), also after a title
    ("Kettering" for "Sir Ambrose Kettering"); a name with a title of a place is the title ("the Duchess" for
    "Vivienne, Duchess of Deptford"); bands, one-word names and other names with a comma stay whole."""
    titled = _TITLED.match(name)
    if titled:  # "Vivienne, Duchess of Deptford" → "the Duchess"
        return f"the {titled.group(1)}"
    words = name.split()
    if len(words) == 3 and words[0].lower().rstrip(".") in _HONORIFICS:  # "Sir Ambrose Kettering" → "Kettering"
        words = words[1:]
    if len(words) == 2 and words[0].lower() != "the" and "," not in name and all(w[:1].isupper() for w in words):
        return words[1]
    return name


def first_name(name: str) -> str:
    """A name's first word after any title ("Ambrose" for "Sir Ambrose Kettering")."""
    words = name.split()
    return words[1] if len(words) > 2 and words[0].lower().rstrip(".") in _HONORIFICS else words[0]


_TITLED = re.compile(
    r"^[^,]+, ((?:Grand )?(?:Duke|Duchess|Earl|Countess|Count|Baron|Baroness|Marquess|Marchioness|Viscount|"
    r"Viscountess|Prince|Princess|King|Queen|Lord|Lady|Archduke|Archduchess)) of \S.*$"
)
_HONORIFICS = frozenset({"sir", "dame", "lord", "lady", "dr", "mr", "mrs", "ms", "miss", "professor", "prof"})
