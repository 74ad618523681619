"""Is a new sighting another report of a moment already reported? (rapidfuzz for the wording)

A link hides the new sighting from the feed and credits it as a corroboration, so it is made only when there is
no doubt: the same people, near-identical wording as a whole (extra words count against it: "a drink" is not "a
second drink"), the same numbers and ordinals ("third"/"fourth", "two"/"three", "3rd"), the same polarity ("did"
/ "did not"), and another correspondent (the repository never offers a correspondent's own reports as
candidates: one person posting twice is telling two things).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple, Protocol, TypeVar

from rapidfuzz import fuzz

from bot.models import SightingStatus
from bot.text import NUMBER_VALUES, fold, tokens

SAME_NAMES_SCORE = 85.0  # same people tagged: near-identical text

_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th|s)?")  # 3, 3rd, 21st, 1990s
_NEGATIONS = frozenset({"not", "no", "never", "'t", "nobody", "nothing", "none", "without"})


class _Told(NamedTuple):
    """What a text tells, for comparing: its matching key, its numbers, whether it says something did not happen."""

    text: str
    numbers: tuple[int, ...]
    negated: bool


@functools.lru_cache(maxsize=4096)  # the recent sightings of a busy person are candidates post after post
def _told(text: str) -> _Told:
    toks = tokens(text)
    return _Told(fold(text), _numbers(toks), any(t in _NEGATIONS for t in toks))


def _numbers(toks: list[str]) -> tuple[int, ...]:
    found: list[int] = []
    tens = False  # the last number was a round ten ("twenty") that a unit may complete ("one")
    for token in toks:
        digits = _DIGITS.fullmatch(token)
        value = int(digits.group(1)) if digits else NUMBER_VALUES.get(token)
        if value is None:
            tens = False
            continue
        if tens and 0 < value < 10 and not digits:
            found[-1] += value
            tens = False
            continue
        found.append(value)
        tens = not digits and 20 <= value < 100 and value % 10 == 0
    return tuple(sorted(found))


def numbers(text: str) -> tuple[int, ...]:
    """The numbers a text states, in digits or words, cardinal or ordinal: "his third espresso" → (3,),
    "twenty-one songs" → (21,), "the 3rd time" → (3,). Sorted, repeats kept."""
    return _numbers(tokens(text))


def _likeness(a: _Told, b: _Told) -> float:
    """How alike two texts are as wholes, 0-100, whatever the word order; a text inside a longer one is not
    alike for that (unlike a token-set score, which calls "a drink" and "a second drink" identical). 0 when
    their numbers or their polarity differ: those are different moments however alike the words."""
    if a.numbers != b.numbers or a.negated != b.negated:
        return 0.0
    return max(fuzz.token_sort_ratio(a.text, b.text), fuzz.ratio(a.text, b.text))


class Candidate(Protocol):
    """What the check reads of an earlier sighting (a `Sighting` has it all; so has the database's light
    `db.repositories.sightings.Recent` row)."""

    @property
    def id(self) -> int: ...
    @property
    def what(self) -> str: ...
    @property
    def people(self) -> Sequence[str]: ...
    @property
    def status(self) -> SightingStatus: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def corroborates(self) -> int | None: ...


C = TypeVar("C", bound=Candidate)


def find_original(
    what: str, people: Iterable[str], candidates: Iterable[C], *, now: datetime, window: timedelta
) -> C | None:
    """The recent sighting this one most likely duplicates, or None: the likeliest of those near-identical in
    words (`_likeness` ≥ 85), with the same numbers and polarity; the earlier report on a tie.

    Only sightings naming the same people are linked: a link hides the new sighting from the feed, and text
    alone ("Moment 1 …" / "Moment 2 …") is too weak a reason to do that without a person in common."""
    names = set(people)  # canonical roster names: compared as they are
    if not names:
        return None
    told = _told(what)
    best: tuple[float, int, C] | None = None
    for c in candidates:
        if c.status in (SightingStatus.RETRACTED, SightingStatus.REJECTED) or now - c.created_at > window:
            continue
        if set(c.people) != names:
            continue
        score = _likeness(told, _told(c.what))
        if score < SAME_NAMES_SCORE:
            continue
        key = (score, -c.id, c)
        if best is None or key[:2] > best[:2]:
            best = key
    return None if best is None else best[2]
