"""A note's shorthand words as an article's, where what they stand for is certain: a place backstage cut short
("at the stg door" → "at the stage door", "bkstg" → "backstage"), an ordinal typed in digits ("1st time since the
finale" → "first time since …"; never a date's, "May 1st", nor a name's, "the 6th October Bridge"), and a
note's ", first time since …" given its article (", the first time since …"). Read by `copying._told_text` and
`writing.lead_told`, quotes kept out of reach."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS
from .textutil import pairs

_SHORT = pairs(
    "stg:stage bkstg:backstage bckstg:backstage bkstage:backstage mgr:manager mgmt:management env:envelope thru:through"
)
_SHORTHAND = re.compile(r"(?<![\w/@#'’])(" + "|".join(_SHORT) + r")(?![\w/'’])")  # (lower case: "STG" is a name)
_ORDINAL_WORDS = {n: w for w, n in NUMBER_WORDS.items() if w.endswith(("st", "nd", "rd", "th"))}  # "4" → "fourth"
_ORDINAL = re.compile(r"(?<![\w.,:/#-])(?P<n>10|[1-9])(?:st|nd|rd|th)\b(?![\d.,:/-]\d)")
_FIRST_TIME = re.compile(r"(?<=, )(?=(?:first|second|third|last) time\b)")


def note_words(text: str) -> str:
    """`text` with the shorthand above written out (see the module)."""
    if not any(c.isdigit() for c in text) and not _SHORTHAND.search(text):
        return text
    text = _SHORTHAND.sub(lambda m: _SHORT[m.group(1)], text)
    text = _ORDINAL.sub(_ordinal, text)
    return _FIRST_TIME.sub("the ", text)


def _ordinal(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()[-1:]
    if before and before[0][:1].isupper() and not m.string[: m.start()].rstrip().endswith((".", "!", "?")):
        return m.group(0)  # a date or a name's number ("May 1st", "Floor 2nd"): as typed
    if m.string[m.end() : m.end() + 2].strip()[:1].isupper():
        return m.group(0)  # a name's own ("the 6th October Bridge", "5th Avenue"): as typed
    word = _ORDINAL_WORDS.get(m.group("n"))
    return word if word else m.group(0)
