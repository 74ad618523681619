"""The place a correspondent's note names before its colon ("BACK CORRIDOR: Nurhayat takes off her pearls",
"Press room: …"): when `/spot` is given no `where` (or Post as sighting opens its form), that is where the report
was filed, not the reporter's last location (which it replaces). A label is a place when it is a location the show
already has (as the show spells it) or ends on a word a venue's places are named by (`bot.digest.places.kinds`: a
corridor, a bar, the kitchen, "Mutfak"); "UPDATE:", "OMG:", "Stage fright:", "Red carpet update:", a roster name
("Bar Refaeli:") or "Rosalie at the bar:" are not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.digest.places import kinds
from bot.text import fold
from db.repositories.shows import ShowRepository

# one to three words, letters first (a markdown emphasis around them is no part of the name), then a colon (ASCII or
# full-width) and the note ("GRN RM: …", "**Back bar**: …", "后台走廊：…"; not "21:40")
_LABEL = re.compile(r"\s*([*_`]{0,2})([^\W\d_][^\W_]*(?: [^\W\d_][^\W_]*){0,2})\1\s*[:：]\s*\S")
_NOT_A_PLACE = frozenset({"at", "in", "on", "with", "and", "the", "by", "of", "w"})  # a sentence, not a name
_ACRONYMS = frozenset({"vip", "dj", "tv", "mc", "pr"})
_LABEL_MAX = 40  # characters: a place's name, well inside what `where` takes (100)


def label_of(what: str) -> str | None:
    """The label a note opens with, before its colon, if it could name a place (one to three words, at most
    `_LABEL_MAX` characters)."""
    found = _LABEL.match(what)
    if found is None or len(found.group(2)) > _LABEL_MAX:
        return None
    if any(word.casefold() in _NOT_A_PLACE for word in found.group(2).split()):
        return None
    return found.group(2)


def labelled_place(what: str, known: Iterable[str] = ()) -> str | None:
    """Where the note `what` says it was filed: a known location of the show, spelt as the show spells it, or a
    label whose last word names a place, as typed (a shouted one in sentence case: "BACK CORRIDOR" → "Back
    corridor", "VIP LOUNGE" → "VIP lounge"); None when the note opens with no such label."""
    label = label_of(what)
    if label is None:
        return None
    folded = fold(label)
    for place in known:
        if fold(place) == folded:
            return place
    if not kinds(label.split()[-1]):
        return None  # ("Stage fright", "Bar tab", "Bar Refaeli": a place word, then what the note is about)
    if not label.isupper():
        return label
    words = [w if w.casefold() in _ACRONYMS else w.lower() for w in label.split()]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


async def where_filed(shows: ShowRepository, show_id: int, reporter_id: int, what: str) -> tuple[str | None, bool]:
    """Where a report with no `where` was filed, and whether that is the reporter's last location (rather than the
    place its note opens with)."""
    label = label_of(what)
    if label is not None:
        place = labelled_place(what, await shows.locations(show_id, prefix=label))
        if place is not None:
            return place, False
    last = await shows.reporter_location(show_id, reporter_id)
    return last, last is not None
