"""A report that tells its moment's person by a role, not by name ("the guitarist went flying over a cable mid-solo
and Teo Brandt ran on to help her up", tagged with the helper only), and the report that names her ("Juniper Hale
tripped over a cable during her guitar solo", two minutes before): one moment, though they share no tag and no
place (issue 11 §1: close in time, about the same thing, "the guitarist" standing for Hale). Asked by
`clusters.Clusters` (with how many of the night's reports use each word) and by `matching.apart` (without)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .hygiene import prose
from .lexicon import BODILY, EPITHETS, EVERYWHERE, ROLE_NOUNS, stem
from .night import Report

STAND_IN_SECONDS = 5 * 60  # "minutes apart": a person told by a role is the one named this close in time
RARE_USES = 3  # a word at most this many of the night's reports use is the moment's own ("cable", "solo")

# one person told by what they do on the night: an epithet or a role ("the singer", "the presenter"), or a player
# ("the guitarist", "the cellist"), never a crowd ("the band", "the fans")
_ONE_PERSON = sorted(EPITHETS | set(ROLE_NOUNS.split("|")) | {"drummer", "dancer", "performer", "frontman"})
_ROLE = re.compile(rf"^\W*[Tt]he\s+(?:[a-z'-]+\s+)?(?P<role>{'|'.join(_ONE_PERSON)}|[a-z]{{3,}}ist)\b(?!\s+[A-Z])")
_NO_THING = BODILY | frozenset(stem(w) for w in EVERYWHERE)


def role_opening(r: Report) -> str | None:
    """The role a report opens on, when it tells its first person by it and not by a name ("the guitarist", not "the
    guitarist Juniper Hale"), folded; else None."""
    m = _ROLE.match(prose(r.sighting.what))
    return m.group("role").lower() if m else None


def stands_in(a: Report, b: Report, uses: Mapping[str, int] | None = None) -> bool:
    """Whether one of two English reports minutes apart tells by a role (`role_opening`) a person the other names,
    about the same thing: two words of substance in common (no body part, no word every part of a night uses, not
    the role's own word), each rare in the night when `uses` tells how many reports use it, with places that agree
    and no numbers that disagree. Two reports that each name their own person in the lead are never joined here
    (`matching._strangers`)."""
    if abs(a.ts - b.ts) > STAND_IN_SECONDS or not a.english or not b.english or a.correction or b.correction:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    for told, named in ((a, b), (b, a)):
        role = role_opening(told)
        if role is None or not named.names or role_opening(named) is not None:
            continue
        shared = told.features().tokens & named.features().tokens
        things = {w for w in shared - _NO_THING - {stem(role), role} if uses is None or uses.get(w, 0) <= RARE_USES}
        if len(things) >= 2 and not _counts_conflict(told, named):
            return True
    return False


def _counts_conflict(a: Report, b: Report) -> bool:
    from .matching import numbers_conflict

    fa, fb = a.features(), b.features()
    return bool(fa.counts and fb.counts and numbers_conflict(fa.counts, fb.counts))
