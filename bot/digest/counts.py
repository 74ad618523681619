"""Counts under ten written as words, as a newsroom writes them ("held by four choir kids", "Held by Four Choir
Kids"), in a body and in a headline's title case alike: never a measure ("9 minutes", "4 km"), a clock time, a score
or the number a thing goes by ("Room 4", "Table 9": `NUMBERED`, which `register` also reads)."""

from __future__ import annotations

import re

from .textutil import wordset

# things that go by a number ("table 9", "Act 2", "Room 4"): a figure after one is its name, never a count
NUMBERED = wordset(
    "table row room seat gate door act scene take track level floor page box camera cam bay stage channel number no"
    " studio dressing platform exit aisle block section tier court hall season part chapter episode lane zone area pit"
    " dock screen booth corridor stairwell terminal bus tram line lift elevator route"
)
_MEASURES = (
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|degrees?|metres?|meters?|feet|foot|inches|miles?|km|"
    r"kilometres?|kilos?|kg|points?|goals?|laps?|percent|pm|am|times"
)
# a verb right after a figure: the figure is a name ("The 4 was delayed": the tram), never a count
_VERBS = r"was|is|has|does|goes|gets|runs|says|comes|leaves|pulls|arrives"
# a figure from 2 to 9 before the noun it counts: in a body, a plural of up to three words ("4 choir kids"); in a
# headline, a capitalised word ("4 Choir Kids")
_IN_BODY = re.compile(
    rf"(?<![\w.:,/#£$€%+-])([2-9])(?= (?:[a-z]+[ -]){{0,2}}[a-z]+s\b)(?! (?:{_MEASURES}|{_VERBS})\b)", re.IGNORECASE
)
_IN_TITLE = re.compile(rf"(?<![\w.:,/#-])([2-9])(?= [A-Z][a-z]+(?![\w'’]*[.:]))(?! (?i:{_MEASURES})\b)")
_WORDS = dict(zip("23456789", ["two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True))


def small_counts(text: str, *, title: bool = False) -> str:
    """`text` with each count from two to nine written as a word (capitalised in a `title`); quotes are the caller's
    to keep out of reach."""
    if not any(c in text for c in "23456789"):
        return text

    def word(m: re.Match[str]) -> str:
        before = text[: m.start()].split()
        if before and before[-1].lower().rstrip(".,") in NUMBERED:
            return m.group(0)  # ("Room 4 Guests", "Table 4 guests": which room, never how many)
        said = _WORDS[m.group(1)]
        return said.capitalize() if title else said

    return (_IN_TITLE if title else _IN_BODY).sub(word, text)
