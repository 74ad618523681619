"""Whose act a report tells, and when two reports tell two acts (see `bot.digest.stories`, step 3).

Reports of one moment are about the same thing (issue 11, point 1): a room and a time are not enough. Two reports
minutes apart in one green room, "Lena sewed a loose button back onto a dancer's jacket" and "Hugo sewed up the
torn hem of his co-host's dress", are two people's acts: never one moment, never one the other's scene. Nor are
"Vesper drank a green smoothie in the green room" and "Vesper changed her shoes in the green room", whose only
words in common are those of the room.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import lead_clause, sentences
from .events import same_event
from .hygiene import prose
from .lexicon import STOPWORDS, stem
from .night import Report
from .textutil import fold

_WORD = re.compile(r"[^\W\d_]+")


def actor(r: Report) -> str | None:
    """The person (a name key of the report's own) who is the grammatical subject of its first sentence's lead
    clause ("Hugo Blanc sewed up the torn hem …": Hugo Blanc), else None ("Huge save by Marco Ferri, who …", "The
    lights went out", "Lena Voss's dress ripped": a possession, not the person, is the subject)."""
    if not r.names:
        return None
    return _actor(r.sighting.what, r.names)


@lru_cache(maxsize=4096)
def _actor(what: str, names: tuple[str, ...]) -> str | None:
    pieces = sentences(prose(what))
    if not pieces:
        return None
    clause = lead_clause(pieces[0])
    if clause is None:  # (a verb no list knows, "restrung": the name, then a word in lower case)
        return _named_first(pieces[0], names)
    if not clause.subject or len(clause.subject) > 4:
        return None
    words = [fold(w).strip(",;:") for w in clause.subject]
    if any(w.endswith(("'s", "’s")) for w in words):
        return None  # ("Lena Voss's dress ripped": the dress did it)
    found = [k for k in names if any(len(part) >= 3 and part in words for part in k.split())]
    return found[0] if len(found) == 1 else None


def _named_first(sentence: str, names: tuple[str, ...]) -> str | None:
    """The person whose whole name opens a sentence, followed by a word in lower case that is no function word
    ("Person0 Test restrung a harp …"), else None."""
    words = sentence.split()
    for k in names:
        parts = k.split()
        n = len(parts)
        if len(words) > n and [fold(w) for w in words[:n]] == parts:
            after = words[n]
            if after[:1].islower() and fold(after) not in STOPWORDS:
                return k
    return None


def names_anyone_of(r: Report, key: str) -> bool:
    """Whether report `r` is about person `key` too: tags them, or its text (or quote) names them by a word of
    their name that is no word of its own people's names ("Person1 Test" names no "Person0 Test" by "Test"; a
    sibling's surname is her own)."""
    if key in r.names:
        return True
    own = {w for k in r.names for w in k.split()}
    words = _words(f"{r.sighting.what} {r.sighting.quote or ''}")
    return any(
        len(w) >= 3 and w not in STOPWORDS and w not in own and all(p in words for p in w.split("-") if p)
        for w in key.split()
    )


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(w.removesuffix("s") if w.endswith("'s") else w for w in _WORD.findall(fold(text)))


def others_acts(a: Report, b: Report) -> bool:
    """Whether two reports tell two different people's acts: each is the act of one of its own people (`actor`),
    two different people, and neither report is about the other one's (tags or names them, `names_anyone_of`).
    Three people who each sewed, ironed or rehearsed in one room minutes apart did three things."""
    x, y = actor(a), actor(b)
    if x is None or y is None or x == y:
        return False
    return not names_anyone_of(b, x) and not names_anyone_of(a, y)


def same_named_thing(a: Report, b: Report) -> bool:
    """Whether two reports name one thing by its proper name, a capitalised word of four letters or more inside a
    sentence that is no word of their people's names ("the Pemberton kestrel" / "the Pemberton table"): what one did
    to it and what another did with it are one scene, whoever did them."""
    return not _proper_words(a).isdisjoint(_proper_words(b))


def _proper_words(r: Report) -> frozenset[str]:
    own = r.vocabulary.name_words(r.names)
    found = set()
    for sentence in sentences(prose(r.sighting.what)):
        for w in sentence.split()[1:]:
            w = w.strip(".,;:!?\"“”'‘’()")
            if len(w) >= 4 and w[:1].isupper() and not w.isupper() and fold(w) not in own and fold(w) not in STOPWORDS:
                found.add(fold(w))
    return frozenset(found)


def only_the_room(a: Report, b: Report) -> bool:
    """Whether the only content words two reports share are words of where they were filed ("drank a green smoothie
    in the green room" / "changed her shoes in the green room"), and the room voted for each: they share a room, not an
    act. (A line nobody voted for, filed minutes after a moment at its place, may still be a detail of it.)"""
    if a.sighting.votes <= 0 or b.sighting.votes <= 0:
        return False
    fa, fb = a.features(), b.features()
    shared = fa.tokens & fb.tokens
    if not shared or not a.place or not b.place:
        return False
    return shared <= _place_words(a.place) | _place_words(b.place)


@lru_cache(maxsize=1024)
def _place_words(place: str) -> frozenset[str]:
    return frozenset(x for w in _WORD.findall(fold(place)) for x in (w, stem(w)))


def two_acts(a: Report, b: Report) -> bool:
    """Whether two reports tell two acts whatever else they share (a room, a time, words): two people's
    (`others_acts`), one person's with nothing in common but the room (`only_the_room`), or a win and what its
    winner did after it somewhere else (`won_then`)."""
    return others_acts(a, b) or only_the_room(a, b) or won_then(a, b)


# a report of a result: the award and its winner opening it ("Best Film: 'Zima u Bistriku'. …"), or the winner
# accepting ("Tarik Hadžiomerović accepted with the whole crew on stage")
_RESULT_OPENING = re.compile(r"^(?:Best [A-Z][\w'’ -]{1,40}|[A-Z][\w'’ -]{1,40} of the Year)\s*(?::|→|->|—|-)\s")
_ACCEPTED = re.compile(r"^(?:[A-Z][\w'’-]+ ){1,3}(?:accepted|accepts|collected|collects)\b")


def _a_result(r: Report) -> bool:
    what = r.sighting.what.strip()
    return bool(_RESULT_OPENING.match(what)) or any(_ACCEPTED.match(s) for s in sentences(what)[:2])


def won_then(a: Report, b: Report) -> bool:
    """Whether one of two reports tells a win (`_a_result`: "Best Film: 'Zima u Bistriku'. Tarik Hadžiomerović
    accepted with the whole crew on stage") and the other what its winner did after it, filed from another place
    ("walked straight out of the wings into the courtyard fountain in the tux"): the win the cameras showed and the
    act they did not are two moments (the win a setup of the act, told as such), never one the win's wording heads
    (round 41's Sarajevo, "Tarik Hadžiomerović Accepts With the Whole Crew on Stage")."""
    if not a.place or not b.place or _place_words(a.place) & _place_words(b.place):
        return False
    return _a_result(a) != _a_result(b)


BOTH_NAMED_SECONDS = 10 * 60  # two accounts of one act by the people both name are at most this far apart


def told_from_two_places(a: Report, b: Report) -> bool:
    """Whether two English reports minutes apart (BOTH_NAMED_SECONDS), tagged with different people, tell one act of
    those people from where each correspondent stood: each names every person the other tags (two people at least
    between them), and both name the thing of one event (`events.same_event`: "lost her footing … Marco Ferri caught
    her" from the stage, "Marco Ferri grabbed Ambrose mid-air as she toppled" from the pit). Things in common are not
    enough: a rumour about the same two people ("hearing Delane might be buying Fujimura's studio") is no account of
    the whisky he bought him."""
    if abs(a.ts - b.ts) > BOTH_NAMED_SECONDS or not a.english or not b.english or a.reporter == b.reporter:
        return False
    if not a.names or not b.names or set(a.names) == set(b.names) or len({*a.names, *b.names}) < 2:
        return False
    if not same_event(a.features().tokens, b.features().tokens):
        return False  # (the cheap test first: a few set lookups, where naming reads both texts' words)
    return all(names_anyone_of(b, k) for k in a.names) and all(names_anyone_of(a, k) for k in b.names)
