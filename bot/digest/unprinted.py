"""A quote the item had no room for: a body keeps within `writing.BODY_WORDS` words and Discord's description
(`_fit`), so a long speech given as a report's quote (“I want to thank …”, a thousand characters) is left out of the
item that tells its report. Never without a word: the editor's preview names the report and why ("quote not
printed"), so the desk can cut the quote to its best line (`/sighting edit id:… quote:`) and recompile."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.limits import DESCRIPTION_MAX
from bot.text import fold

from .beats import BODY_WORDS
from .hygiene import prose
from .models import DigestItem, LeftOut
from .night import Report

QUOTE_CUT = "quote not printed"
SAID_WORDS = 4  # what a quote's sentence adds to its words: "“…,” Varga said." (a double name, "Odile Varga said")
OPENING_WORDS = 5  # a quote is printed when its opening words are in the body
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def printed(quote: str, body: str) -> bool:
    """Whether the body prints the quote (its opening words, in order, as the body's words)."""
    opening = " ".join(_words(quote)[:OPENING_WORDS])
    return not opening or f" {opening} " in f" {' '.join(_words(body))} "


def quotes_cut(item: DigestItem, reports: Iterable[Report]) -> list[LeftOut]:
    """The reports `item` tells whose quote in English it does not print because the body had no room for it: the
    body and the quote told with its speaker over BODY_WORDS words or Discord's description limit. (A quote the
    writer left out for another reason, a repeat, a line in another language, a few words, had room: not named.)"""
    told = set(item.sighting_ids)
    found: list[LeftOut] = []
    for r in reports:
        s = r.sighting
        if s.id not in told or not s.quote or not r.features().quote_english:
            continue
        quote = prose(s.quote)
        words = len(item.body.split()) + len(quote.split()) + SAID_WORDS
        roomy = words <= BODY_WORDS and len(item.body) + len(quote) <= DESCRIPTION_MAX
        if roomy or printed(quote, item.body):
            continue
        found.append(LeftOut(sighting_ids=[s.id], votes=s.votes, reason=QUOTE_CUT))
    return found


def once(notes: Sequence[LeftOut]) -> list[LeftOut]:
    """The notes, a sighting named once."""
    seen: set[int] = set()
    out: list[LeftOut] = []
    for note in notes:
        if seen.isdisjoint(note.sighting_ids):
            out.append(note)
        seen.update(note.sighting_ids)
    return out
