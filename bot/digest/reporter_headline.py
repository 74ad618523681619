"""A reporter's headline heads only the moment it was written for (issue 11, point 4): one filed with a report
the clustering put in the lead moment heads the item only when it tells what the report that speaks for the moment
tells (a content word of its act in common: "Toast Catches Liv Mid-Fall" over "Toast caught Liv as she fell"), never
a follow-up's own act ("Bea Kurz Gives Her Bouquet to the Stage Manager" over "Bea Kurz burst into tears when her
name was read …"). One typed all in lower case is printed in title case, as every other headline is, and one that
still names someone in lower case once the names were put right ("Zoë Delacroix steals hollis's last fry") is not
used: the rule writes one (`repaired_whole`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import STOPWORDS, stem
from .textutil import alnum_words, fold
from .titling import title_case
from .verbs import base_form

if TYPE_CHECKING:
    from .moments import Moment
    from .night import Report


def _stems(text: str, people: Sequence[str]) -> set[str]:
    own = {w for p in people for w in alnum_words(fold(p).lower())}
    out: set[str] = set()
    for word in alnum_words(fold(text).lower()):
        if word in STOPWORDS or word in own or len(word) < 3:
            continue
        out.add(stem(word))
        base = base_form(word)
        if base:
            out.add(stem(base))
    return out


def written_for(report: Report, moment: Moment, people: Sequence[str]) -> bool:
    """Whether `report`'s headline is the lead moment's: it is the report that speaks for the moment, or its
    headline names someone of the moment and shares a content word (stemmed, in any tense) with that report's copy or
    quote."""
    speaker = moment.speaker
    if report is speaker or speaker is None:
        return True
    written = {fold(w).lower() for w in alnum_words(report.sighting.headline or "")}
    if not any(fold(w).lower() in written for p in people for w in alnum_words(p) if len(w) > 2):
        return False  # another report's "lol the paella made it!!!": it names nobody the moment is about
    said = _stems(" ".join(filter(None, [speaker.sighting.what, speaker.sighting.quote])), people)
    return bool(_stems(report.sighting.headline or "", people) & said)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def repaired_whole(text: str, raw: str, people: Sequence[str]) -> str:
    """A reporter's headline (`text`, its names put right, from `raw` as typed) as printed: in title case when it was
    typed with no capital letter ("zoe steals the last fry" → "Zoë Delacroix Steals the Last Fry"); "" (the rule
    writes one) when a word of it is still a person's name in lower case ("… steals hollis's last fry")."""
    parts = {fold(w).lower() for p in people for w in alnum_words(p) if len(w) > 2}
    for word in _WORD.findall(text):
        bare = re.sub(r"['’]s$", "", word)
        if bare[:1].islower() and fold(bare).lower() in parts:
            return ""
    if text and not any(c.isupper() for c in raw):
        return title_case(text, people)
    return text
