"""A report denied in words: "Tavi kissed Nell on the balcony!" and, minutes later, "UPDATE: they did NOT kiss, it
was a goodbye hug, sorry" (by the same correspondent or another). The later report takes back what the earlier one
claimed: the earlier one is never told (like a retracted report), and the denial, if it says what did happen, tells
the moment. Only an act denied by its own word counts ("did not kiss", "didn't fall", "there was no kiss"), about
one of the same people or at the same place, within DENIES_WITHIN; quoted speech is never read as a denial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import AnySighting

from .lexicon import STOPWORDS, stem
from .textutil import fold

DENIES_WITHIN = 30 * 60  # seconds: a denial is about a report this recent...
LOOK_BACK = 200  # ...among at most this many posts before it
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# a denial of an act: "did not kiss", "didn't kiss", "did NOT actually kiss", "was not a kiss", "there was no kiss",
# "never kissed" is left out ("never stopped dancing" tells an act, not a denial)
_DENIED = re.compile(
    r"\b(?:(?:did|does|do|was|were|is|are|had|has)\s*(?:not|n[’']t)|didn[’']t|wasn[’']t|weren[’']t|(?:was|were|is|there[’']s)\s+no)"
    r"\s+(?:(?:actually|really|even|a|an|the|any)\s+){0,2}([a-z][a-z'’-]{2,})\b",
    re.IGNORECASE,
)
# what every denial holds: its "not" or "n't", or its "no" after a space, before a space (a space or a quote
# `_unquoted` takes out, either side: "was no“…”"): a text without it, lowered, is no denial ("Serrano asked", "know");
# `_DENIED` itself tries every position of a text, this only its "n"s
_MAY_DENY = re.compile(r"n(?:o(?:t|(?<=[\s”\"]no))|[’']t)[\s“\"]")
_WORD = re.compile(r"[a-z][a-z'’-]+")
_AUX = frozenset(["be", "have", "do", "get", "go"])


def _root(word: str) -> str:
    """A word's stem without a final "e": "danced" and "dance" are one act ("danc")."""
    return stem(word).removesuffix("e")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def denied_acts(text: str) -> frozenset[str]:
    """The stems of the acts a text denies in its own words ("UPDATE: they did NOT kiss, it was a hug" → {"kiss"});
    a word written with a capital after the denial is a name, never an act ("not Bram")."""
    lower = text.lower()
    if "no" not in lower and "n't" not in text and "n’t" not in text:
        return frozenset()
    if _MAY_DENY.search(lower) is None:
        return frozenset()
    acts = set()
    for m in _DENIED.finditer(_unquoted(text)):
        word = m.group(1)
        if word[0].isupper() and not word.isupper():
            continue
        w = fold(word)
        if w not in STOPWORDS and stem(w) not in _AUX:
            acts.add(_root(w))
    return frozenset(acts)


def _claimed(text: str) -> frozenset[str]:
    """The stems of the words a text says outside quoted speech and outside its own denials."""
    plain = _DENIED.sub(" ", _unquoted(text))
    return frozenset(_root(w) for w in _WORD.findall(fold(plain)))


def verbs_only(text: str) -> bool:
    """Whether every denial of a text says "did not …" ("Kirra did NOT bin it"): it denies only verbs."""
    plain = _unquoted(text)
    return _DID.search(plain) is not None and all(_DID.search(m.group(0)) for m in _DENIED.finditer(plain))


def claimed(text: str, of_verbs: bool) -> frozenset[str]:
    """What a text claims that a denial may take back: every word it says (`_claimed`), without those it says only
    as things when the denial is of verbs (`verbs_only`)."""
    return _claimed(text) - (_claimed_as_things(text) if of_verbs else frozenset())


def _claimed_as_things(text: str) -> frozenset[str]:
    """The stems of the words a text says only as things, after an article or a possessive ("by the bins", "a
    kiss"), never as its verb: a denial of an act ("Kirra did NOT bin it") never takes back "playing by the bins"."""
    plain = fold(_DENIED.sub(" ", _unquoted(text)))
    words = _WORD.findall(plain)
    things = {_root(w) for k, w in enumerate(words) if k and words[k - 1] in _THING_BEFORE}
    acts = {_root(w) for k, w in enumerate(words) if not k or words[k - 1] not in _THING_BEFORE}
    return frozenset(things - acts)


_THING_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "those", "these"})
# a denial with "did not", "didn't", "does not": of a verb ("did NOT bin it"), never of a thing's name
_DID = re.compile(r"\b(?:did|does|do)\s*(?:not|n[’']t)|\bdidn[’']t|\bdoesn[’']t|\bdon[’']t", re.IGNORECASE)


def _about_same(a: AnySighting, b: AnySighting) -> bool:
    people = {fold(n) for n in a.people}
    return bool(people & {fold(n) for n in b.people}) or bool(a.where and b.where and fold(a.where) == fold(b.where))


def without_denied(
    ordered: Sequence[AnySighting], denied: list[tuple[AnySighting, AnySighting]] | None = None
) -> list[AnySighting]:
    """The sightings (in time order) without those a later one denies in words (`denied_acts`): the latest before
    the denial within DENIES_WITHIN, about one of its people or at its place, that claims the act it denies (and
    denies nothing itself). `denied`, when given, gets each (report denied, its denial), for the editor's preview.
    Cheap: a night whose posts deny no act is returned as it is."""
    gone: set[int] = set()
    denies = [denied_acts(post.what) for post in ordered]  # (each post's read once, also as an earlier one)
    for k, post in enumerate(ordered):
        if not denies[k]:
            continue
        acts = denies[k] - {_root(w) for n in post.people for w in _WORD.findall(fold(n))}
        if not acts:
            continue
        of_verbs = verbs_only(post.what)
        for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
            s = ordered[j]
            if (post.created_at - s.created_at).total_seconds() > DENIES_WITHIN:
                break
            if j in gone or not _about_same(s, post) or denies[j]:
                continue
            if acts & claimed(s.what, of_verbs):
                gone.add(j)
                if denied is not None:
                    denied.append((s, post))
                break
    return list(ordered) if not gone else [s for j, s in enumerate(ordered) if j not in gone]
