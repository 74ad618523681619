"""A note's shorthand words as an article's, where what they stand for is certain: a verb's "-ing" typed as spoken
("watchin on the telly"), a place backstage cut short ("at the stg door" → "at the stage door", "bkstg" →
"backstage"), an ordinal typed in digits ("1st time since the finale" → "first time since …"; never a date's, "May
1st", nor a name's, "the 6th October Bridge"), a note's ", first time since …" given its article (", the first time
since …"), and so is half a room ("half house" → "half the house"). Read by `copying._told_text` and
`writing.lead_told`, quotes kept out of reach."""

from __future__ import annotations

import re

from .lexicon import ORDINAL_WORDS
from .textutil import pairs
from .verbs import IRREGULAR_BASES, REGULAR, base_form

_SHORT = pairs(
    "stg:stage bkstg:backstage bckstg:backstage bkstage:backstage mgr:manager mgmt:management env:envelope thru:through"
)
_SHORTHAND = re.compile(r"(?<![\w/@#'’])(" + "|".join(_SHORT) + r")(?![\w/'’])")  # (lower case: "STG" is a name)
_ORDINAL = re.compile(r"(?<![\w.,:/#-])(?P<n>10|[1-9])(?:st|nd|rd|th)\b(?![\d.,:/-]\d)")
_FIRST_TIME = re.compile(r"(?<=, )(?=(?:first|second|third|last) time\b)")


# half of a room or a group, its article left out ("Approx half house followed" → "half the house")
_HALF_OF = re.compile(
    r"(?<![\w'’-])([Hh]alf) (?=(?:house|room|crowd|crew|audience|hall|bar|theatre|theater|tent|cast|band|choir|"
    r"orchestra|balcony|lobby|foyer|venue|arena|table|street)\b)"
)


# a verb's "-ing" typed as spoken, its "g" dropped ("watchin on the telly", "singin along", "filmin it"): written
# out when its stem with "-ing" is a verb `verbs` knows; never a noun that reads as one ("raisin", "robin", "cousin")
_DROPPED_G = re.compile(r"(?<![\w'’-])([a-z]{3,}in)(?:'|’)?(?![\w'’-])")
_NOUNS_IN = frozenset({"raisin", "robin", "cousin", "cabin", "basin", "margin", "begin", "within", "violin", "muffin"})


def _g_restored(m: re.Match[str]) -> str:
    word = m.group(1)
    if word in _NOUNS_IN:
        return m.group(0)
    base = base_form(word + "g")
    return word + "g" if base is not None and (base in REGULAR or base in IRREGULAR_BASES) else m.group(0)


def note_words(text: str) -> str:
    """`text` with the shorthand above written out (see the module)."""
    if "in" in text:
        text = _DROPPED_G.sub(_g_restored, text)
    if "alf " in text:
        text = _HALF_OF.sub(r"\1 the ", text)
    if not any(c.isdigit() for c in text) and not _SHORTHAND.search(text):
        return text
    text = _SHORTHAND.sub(lambda m: _SHORT[m.group(1)], text)
    text = _ORDINAL.sub(_ordinal, text)
    return _FIRST_TIME.sub("the ", text)


def _ordinal(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()[-1:]
    if before and before[0][:1].isupper() and not m.string[: m.start()].rstrip().endswith((".", "!", "?", ",")):
        return m.group(0)  # a date or a name's number ("May 1st", "Floor 2nd"): as typed (not after a comma's break:
        # "Gayane Mirzoyan, 2nd time tonight")
    if m.string[m.end() : m.end() + 2].strip()[:1].isupper():
        return m.group(0)  # a name's own ("the 6th October Bridge", "5th Avenue"): as typed
    word = ORDINAL_WORDS.get(m.group("n"))
    return word if word else m.group(0)
