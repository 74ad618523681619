"""A correction placed by the name it says was not so, whoever posts it and however long after: "Correction: it was
Lulu Okafor who left through the kitchen, not Pam Reyes." (a colleague's), "correction to Amy's post: it was a waiter
who dropped Ivo Dahl's trophy in the car park, not Ivo" (forty minutes later). The post it takes back is the latest
before it that tells one of its people by that name and is about the same moment: from the correspondent the
correction names ("Amy's post"), or sharing a word of substance with it beyond the names ("kitchen",
"trophy"). Claimed what it took back, it is left out like a retracted one (`night._without_corrected`); a correction
that names nobody a post tells is placed nowhere (never guessed). break30 B1."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import AnySighting

from .corrections import is_correction, named_back, whose_post
from .lexicon import STOPWORDS
from .textutil import alnum_words, fold

CORRECTS_NAMED_WITHIN = 3 * 60 * 60  # seconds: a correction naming what it takes back looks this far back


def _words(text: str) -> set[str]:
    return {w for w in alnum_words(fold(text)) if len(w) >= 3 and w not in STOPWORDS}


def named_back_posts(ordered: Sequence[AnySighting], k: int) -> set[int]:
    """The index of the post the correction `ordered[k]` takes back by name (a set of one, or empty)."""
    fix = ordered[k]
    names = named_back(fix.what)
    if not names:
        return set()
    wrong = set().union(*(_words(n) for n in names))
    whose = whose_post(fix.what)
    named = set().union(*(_words(n) for n in fix.people), wrong)
    own = {w for w in _words(fix.what) if len(w) >= 4} - named
    right = set().union(*(w for n in fix.people if not wrong & (w := _words(n))))  # (who it says it was)
    for j in range(k - 1, -1, -1):
        s = ordered[j]
        if (fix.created_at - s.created_at).total_seconds() > CORRECTS_NAMED_WITHIN:
            break
        if is_correction(s.what) or not s.people:
            continue
        if not any(wrong & _words(person) for person in s.people):
            continue
        if right & (set().union(*(_words(n) for n in s.people)) | _words(s.what)):
            continue  # it tells already who it was ("Best Actor — Papadakis. Vlachos claps first."): not the one
        by = fold(s.reporter.name).split()
        if (whose and by and fold(whose) == by[0]) or own & _words(s.what):
            return {j}  # (not any post of its own correspondent's: the one it meant may be retracted already)
    return set()
