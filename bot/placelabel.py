"""The place a correspondent's note names before its colon ("BACK CORRIDOR: Nurhayat takes off her pearls",
"Press room: …"): when `/spot` is given no `where`, that is where the report was filed, not the reporter's last
location (which it replaces). A label is a place when it is a location the show already has (as the show spells it)
or names a thing a venue's places are named by (`bot.digest.places.kinds`: a corridor, a bar, the kitchen, "Mutfak");
"UPDATE:", "OMG:", "HOLD til the tribute:" or "Rosalie at the bar:" are not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.digest.places import kinds
from bot.text import fold

# one to three words, letters first, then a colon and the note ("GRN RM: …", "Back bar: …"; not "21:40")
_LABEL = re.compile(r"\s*([^\W\d_][^\W_]*(?: [^\W\d_][^\W_]*){0,2})\s*:\s+\S")
_NOT_A_PLACE = frozenset({"at", "in", "on", "with", "and", "the", "by", "of", "w"})  # a sentence, not a name
_ACRONYMS = frozenset({"vip", "dj", "tv", "mc", "pr"})


def label_of(what: str) -> str | None:
    """The label a note opens with, before its colon, if it could name a place (one to three words)."""
    found = _LABEL.match(what)
    if found is None or any(word.casefold() in _NOT_A_PLACE for word in found.group(1).split()):
        return None
    return found.group(1)


def labelled_place(what: str, known: Iterable[str] = ()) -> str | None:
    """Where the note `what` says it was filed: a known location of the show, spelt as the show spells it, or a
    label naming a place, as typed (a shouted one in sentence case: "BACK CORRIDOR" → "Back corridor", "VIP
    LOUNGE" → "VIP lounge"); None when the note opens with no such label."""
    label = label_of(what)
    if label is None:
        return None
    folded = fold(label)
    for place in known:
        if fold(place) == folded:
            return place
    if not kinds(label):
        return None
    if not label.isupper():
        return label
    words = [w if w.casefold() in _ACRONYMS else w.lower() for w in label.split()]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
