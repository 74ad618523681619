"""A correction placed by the name it says was not so, whoever posts it and however long after: "Correction: it was
Lulu Okafor who left through the kitchen, not Pam Reyes." (a colleague's), "correction to Amy's post: it was a waiter
who dropped Ivo Dahl's trophy in the car park, not Ivo" (forty minutes later). The post it takes back is the latest
before it that tells one of its people by that name and is about the same moment: from the correspondent the
correction names ("Amy's post"), or sharing a word of substance with it beyond the names ("kitchen",
"trophy"). Claimed what it took back, it is left out like a retracted one (`night._without_corrected`); a correction
that names nobody a post tells is placed nowhere (never guessed). break30 B1.

A correction that says what it is on ("Correction on the taxi: no accident …", "Correction on the ambulance:
nobody collapsed") and whose correspondent's own last post never names that thing takes back a colleague's latest
post that does, within CORRECTS_NAMED_WITHIN (`topic_posts`): the rumour it answers ("Hearing her taxi crashed on
the A10??"), never her own unrelated post before it. break44 #1."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.models import AnySighting

from .corrections import is_correction, named_back, whose_post
from .lexicon import NUMBER_WORDS, STOPWORDS, stem
from .textutil import alnum_words, fold

CORRECTS_NAMED_WITHIN = 3 * 60 * 60  # seconds: a correction naming what it takes back looks this far back


def _words(text: str) -> set[str]:
    return {w for w in alnum_words(fold(text)) if len(w) >= 3 and w not in STOPWORDS}


def names_of(text: str, post: AnySighting) -> bool:
    """Whether a correction's text names one of the people of the post it corrects by a word of their name ("that
    was Pam leaving early, NOT Lulu" names Lulu Okafor, whom its tags leave out as the one it denies)."""
    words = set(alnum_words(fold(text)))
    parts = {w for n in post.people for w in alnum_words(fold(n)) if len(w) >= 3 and w not in STOPWORDS}
    return not parts.isdisjoint(words)  # (never by "The" of "Tyler, The Creator")


def about_the_same(text: str, post: AnySighting) -> bool:
    """Whether a correction (a number's fix, `night`; one that could not be placed, `unapplied`) is about a post: it
    names one of its people (`names_of`) or shares a word of substance with it ("update on the driver: it's EIGHT
    years, not twelve" and "Mo Greer's driver Américo has driven him to gigs for 12 years": driver, years), numbers
    and everyday words aside."""
    if names_of(text, post):
        return True
    own = {w for w in alnum_words(fold(text)) if len(w) >= 4 and w not in STOPWORDS and w not in NUMBER_WORDS}
    return bool(own & set(alnum_words(fold(post.what))))


def _stems(text: str) -> set[str]:
    """A text's words by their stems, and each two in a row as one ("walked out" is a "walkout")."""
    stems = [stem(w) for w in alnum_words(fold(text))]
    return {s for s in stems if len(s) >= 3} | {a + b for a, b in pairwise(stems)}


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


# what a correction says it is on: "Correction on the taxi: …", "correction re the ambulance -"
_ON_TOPIC = re.compile(
    r"^\W*(?:correction|clarification|fix)\s+(?:on|re|about|to)\s+(?:the\s+|that\s+)?"
    r"(?P<topic>[^\W\d_][\w' -]{1,30}?)\s*[:,.\-–—]",
    re.IGNORECASE,
)


def topic_posts(ordered: Sequence[AnySighting], k: int) -> set[int]:
    """The index of the colleague's post the correction `ordered[k]` answers by what it says it is on (a set of one,
    or empty): the latest before it, within CORRECTS_NAMED_WITHIN, by another correspondent, whose text has every word
    of the topic and is hedged as a rumour (`_HEDGED`: "??", "hearing", "not confirmed"), when the correction's own
    correspondent's latest post has none of them."""
    fix = ordered[k]
    m = _ON_TOPIC.match(fix.what)
    topic = {stem(w) for w in _words(m.group("topic"))} if m else set()
    if not topic:
        return set()
    own_seen = False
    for j in range(k - 1, -1, -1):
        s = ordered[j]
        if (fix.created_at - s.created_at).total_seconds() > CORRECTS_NAMED_WITHIN:
            break
        if is_correction(s.what):
            continue
        words = _stems(s.what)
        if s.reporter.id == fix.reporter.id:
            if not own_seen and topic & words:
                return set()  # (her own last post is on it: hers to put right, `night._without_corrected`)
            own_seen = True
            continue
        if topic <= words and _HEDGED.search(s.what):
            return {j}
    return set()


# what a colleague posts before confirming it: a rumour ("taken out in an ambulance?? people saying he collapsed",
# "Hearing her taxi crashed?? not confirmed"); a colleague's post told as fact is never taken back by a topic alone
_HEDGED = re.compile(
    r"\?\?|\b(?:hearing|heard|people saying|word is|not confirmed|unconfirmed|rumou?r|apparently|reportedly)\b",
    re.IGNORECASE,
)
