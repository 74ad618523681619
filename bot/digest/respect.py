"""A word of respect a report addresses someone by ("Mr Ade", "Vasanth sir", "Aunty Bisi") is never part of the
name the article prints: house style names everyone plainly ("Tunde Ade Pays for Pizza for the Whole Crew", never
"Mr Tunde Ade …"; "Vasanth Kumar handed …", never "Vasanth Kumar sir"). A title of someone's profession stays
("Dr Helen Kim"), and so does a title the article keeps ("Sir Ambrose", `textutil.title_of`); a relation is no form
of address ("her uncle Femi Ade"); and no one's own name loses a word ("Anna Kowalski")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import RESPECT, RESPECT_AFTER, RESPECT_ONLY_AFTER
from .quoted import Hidden
from .textutil import FORMAL_TITLES

_PROFESSIONAL = frozenset({"dr", "maestro", "maestrul"})  # a title of what they do, not of how they are addressed
_GIVEN_TOO = frozenset({"anna", "amma"})  # said after a name ("Vijay anna"); before one, a given name ("Anna Ade")
_BEFORE = sorted(RESPECT - RESPECT_ONLY_AFTER - _PROFESSIONAL - _GIVEN_TOO, key=len, reverse=True)
_AFTER = sorted(RESPECT_AFTER, key=len, reverse=True)
# ("her uncle Femi Ade", "the Aunty Bisi stall": a relation, or a name for something)
_OWNER = re.compile(r"(?:\b(?:his|her|their|my|our|your|its|the|a|an)|['’]s)\s+$", re.I)
_EDGE = r"(?![\w'’-])"
# a title said twice over ("Dr Dr Helen Marsh": the report's "Dr Marsh" named in full as the roster's "Dr Helen Marsh")
_TITLE_WORDS = "|".join(sorted((t.capitalize() for t in FORMAL_TITLES), key=len, reverse=True))
_DOUBLED = re.compile(rf"\b((?:{_TITLE_WORDS})\.?) \1(?= )")


def without_respect(text: str, names: Iterable[tuple[str, str]]) -> str:
    """`text` (a body or a headline) with the words of respect beside these people's names dropped, outside quoted
    words: each person as (the name the article prints in full, the shorter name it names them by again)."""
    hidden = Hidden(single=False)
    out = _DOUBLED.sub(r"\1", hidden.hide(text))  # "Dr Marsh" named in full as the roster's "Dr Helen Marsh"
    for full, again in names:
        for name in dict.fromkeys(n for n in (full, again) if n):
            escaped = re.escape(name)
            before = rf"(?<![\w'’-])(?:{'|'.join(w.capitalize() for w in _BEFORE)})\.? (?={escaped}{_EDGE})"
            out = _drop(out, re.compile(before), full)
            after = rf"(?<![\w'’-]){escaped}( (?:{'|'.join(_AFTER)})){_EDGE}"
            out = _drop(out, re.compile(after, re.I), full)
    return hidden.show(out)


def _drop(text: str, respect: re.Pattern[str], full: str) -> str:
    """`text` without the words of respect the pattern finds (the whole match, or its group when it has one), but
    where the word is of the person's own name ("Anna Kowalski", "Ali Bey") or follows an owner ("her uncle Femi
    Ade")."""
    parts: list[str] = []
    at = 0
    for m in respect.finditer(text):
        if text.startswith(full, m.start()) or _OWNER.search(text, 0, m.start()):
            continue
        if respect.groups and m.group(1).strip().lower() == full.split()[0].lower():
            continue  # ("called Sir Colin Aske sir": the knight's own title, said to him)
        start, end = m.span(1) if respect.groups else m.span()
        parts.append(text[at:start])
        at = end
    return "".join(parts) + text[at:]
