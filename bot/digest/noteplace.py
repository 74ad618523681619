"""Where a quote was heard, as its note says: a note that only frames the quote it carries names the place in its own
words ("overheard on the jetty", "press room", "corridor, blackout", "Honey Chen, press room"), and that place is the
report's, whatever `where` holds: a `/spot` given no `where` is filed at the correspondent's last location
(`bot.placelabel`), which a line heard elsewhere minutes later does not share. Read by `night.prepare` (`Report.place`),
so the line is compared with the reports of the place it was heard at (`moments`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .copyedit import thin_place
from .hygiene import prose
from .places import kinds

NOTE_WORDS = 8  # a note of more words tells something of its own
_PART = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}$")  # one to three words, letters first
_LEADING = re.compile(r"^(?:(?:at|in|on|by|near|outside|inside|from|behind)\s+)?(?:the\s+)?", re.IGNORECASE)
_NOT_A_PLACE = frozenset({"at", "in", "on", "with", "and", "the", "by", "of", "w"})


@lru_cache(maxsize=4096)
def heard_at(what: str) -> str | None:
    """The place a note framing its quote names ("overheard on the jetty" → "jetty", "corridor, blackout" →
    "corridor"), or None: a longer note, one naming no place's word, a sentence ("Kroll, on losing:")."""
    note = prose(what).strip().rstrip(".!:")
    if not note or len(note.split()) > NOTE_WORDS:
        return None
    phrase = thin_place(note)
    if phrase:
        place = _LEADING.sub("", phrase).split(",")[0].strip()
        return place if place and kinds(place.split()[-1]) else None
    for part in (p.strip() for p in note.split(",")):
        words = part.split()
        if not _PART.match(part) or any(w.casefold() in _NOT_A_PLACE for w in words):
            continue
        if any(w[:1].isupper() and not w.isupper() for w in words[1:]):
            continue  # a name ("Juno Park, hosting, …"), not a place
        if kinds(words[-1].split("-")[-1]):
            return part
    return None
