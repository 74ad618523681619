"""A correspondent's telegraphic note and a careful prose report of the same act: one moment, however far apart.

"WINGS: JUNO OFF STAGE W/ TROPHY, STRAIGHT TO SOUND DESK, HANDS IT TO TOMAS R. HE SOBS." and, forty minutes later,
"Juno Varga walked straight to the sound desk and gave her trophy to the sound engineer, Tomas Reyes, …" are one
hand-over (issue 11, "Must be true" 1): the prose is written when there is time, often long after the note, and from
where the act ended, not where the note was typed. The retelling rule (`retellings.retells`) compares reports within
minutes and from one place; a note and its write-up are compared by what the note names: the write-up tells the
same people and nearly every thing the note names. Told once, from the prose; the note's correspondent is credited.
"""

from __future__ import annotations

from .moments import Moment, register_of
from .night import Report
from .scenes import things

WRITE_UP_SECONDS = 60 * 60  # a write-up is filed at most this long from the note it writes up...
WRITE_UP_THINGS = 3  # ...the note names at least this many things (its own place's words aside)...
WRITE_UP_SHARE = 2 / 3  # ...and the write-up tells this share of them at least


def _note_things(r: Report) -> frozenset[str]:
    return things(r.features().tokens, frozenset([r.place] if r.place else []))


def _may_write_up(note: Report, prose: Report) -> bool:
    """`_writes_up`'s cheap tests: the note tags people, all of them the prose's, within WRITE_UP_SECONDS."""
    names = prose.names  # (a few names each: a look in the tuple, no set built per pair)
    return abs(note.ts - prose.ts) <= WRITE_UP_SECONDS and bool(note.names) and all(k in names for k in note.names)


def _writes_up(note: Report, prose: Report) -> bool:
    """Whether prose report `prose` writes up telegraphic note `note`: the people the note tags are the prose's (one
    at least), within WRITE_UP_SECONDS, and the prose tells WRITE_UP_SHARE of the note's things, WRITE_UP_THINGS at
    least."""
    if not _may_write_up(note, prose):
        return False
    named = _note_things(note)
    if len(named) < WRITE_UP_THINGS:
        return False
    theirs = prose.features()
    told = named & (theirs.tokens | theirs.quote_tokens)
    return len(told) >= WRITE_UP_THINGS and len(told) >= WRITE_UP_SHARE * len(named)


def written_up(told: Moment, other: Moment) -> bool:
    """Whether one of two moments is a telegraphic note (every English report of it in notes, `register_of`) and the
    other has a prose report that writes it up (`_writes_up`)."""
    if set(told.people).isdisjoint(other.people):
        return False  # (a note's people are all its write-up's: the two moments share one at least)
    for notes, full in ((told, other), (other, told)):
        # (which reports are English, and their registers, a parse of each text, only for moments with a pair of
        # reports whose people and times may make one a write-up of the other)
        pairs = [(note, prose) for note in notes.reports for prose in full.reports if _may_write_up(note, prose)]
        if not pairs:
            continue
        mine = notes.english
        if not mine:
            continue
        english = {r.index for r in mine}
        written = {r.index for r in full.english}
        # (the things told first, the registers only then: a parse of every sentence, for the rare pair that tells
        # the note's things; the same answer as the registers first)
        found = [p for note, p in pairs if note.index in english and p.index in written and _writes_up(note, p)]
        if found and all(register_of(r) != 0 for r in mine) and any(register_of(p) == 0 for p in found):
            return True
    return False
