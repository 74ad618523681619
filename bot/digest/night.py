"""Steps 1–2 of the digest: which sightings count, who they are about, and what each one says.

See `bot.digest.stories` for the whole algorithm.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from operator import attrgetter

from bot.models import AnySighting, Curation, RosterEntry, Show, SightingRow, SightingStatus

from .headlines import is_cjk
from .hygiene import is_junk, junk_share, prose, word_count
from .scoring import UNPINNED, solo_score
from .textutil import fold, wordset
from .verbs import IRREGULAR

_WORD = re.compile(r"[^\W_]+")
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
# words that say nothing about which moment a report is about (function words, and the venue itself)
STOPWORDS = wordset(
    """
    a an the and or but of to in on at by for from with without into onto over under about after before during
    while as than then so if is are was were be been being am has have had do does did not no nor he she it they
    we i you him her them us me his hers its their our my your this that these those there here who whom whose
    which what when where why how all any both each few more most other some such only own same too very just
    still also even again once up down out off away back now tonight night evening show stage backstage room
    corridor lounge carpet red vip side press dressing rooms wings hall area door doors spotted seen saw watched
    overheard apparently really quite one's s t re ve ll d m
"""
)
NUMBER_WORDS = {
    word: str(n)
    for n, words in enumerate(
        (
            "zero",
            "first",
            "two second twice",
            "three third",
            "four fourth",
            "five fifth",
            "six sixth",
            "seven seventh",
            "eight eighth",
            "nine ninth",
            "ten tenth",
            "eleven eleventh",
            "twelve twelfth",
        )
    )
    for word in words.split()
}


@dataclass(slots=True)
class Features:
    """What a report says, for telling moments apart: content words (folded, roughly stemmed, without
    names, function words or the venue), the numbers and ordinals it gives, its script."""

    tokens: frozenset[str]
    words: frozenset[str]  # every folded word, names included
    numbers: frozenset[str]
    cjk: bool
    quote: str  # folded quote ("" when none or too short to mean anything)


@dataclass(slots=True)
class Report:
    """One candidate sighting, prepared for grouping."""

    index: int  # position in (created_at, id) order: comparing indexes compares times
    sighting: AnySighting
    names: tuple[str, ...]  # folded name keys, distinct, in tagging order (people, then other names)
    place: str  # folded `where`, "" when not given
    solo: tuple[int, float, int]  # priority as a moment on its own: (pin position, -score, index)
    ts: float  # when it was posted, in seconds
    pin: int | None = None  # position of the editor's pin among the curations
    pin_headline: str | None = None
    features_: Features | None = None
    cleanliness_: tuple[bool, int, bool, int, bool, int] | None = None

    @property
    def score(self) -> float:
        return -self.solo[1]

    def features(self) -> Features:
        if self.features_ is None:
            self.features_ = describe(self.sighting, self.names)
        return self.features_

    def cleanliness(self) -> tuple[bool, int, bool, int, bool, int]:
        """Which report speaks for a moment (smallest first): not junk, little debris, more than a few
        words, most votes, a quote, earliest."""
        if self.cleanliness_ is None:
            what = self.sighting.what
            self.cleanliness_ = (
                is_junk(what),
                round(junk_share(what) * 10),
                word_count(prose(what)) < 4,
                -self.sighting.votes,
                not self.sighting.quote,
                self.index,
            )
        return self.cleanliness_


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2] if not word.endswith("ied") else word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1024)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for key in names for w in key.split())


def describe(s: AnySighting, names: tuple[str, ...]) -> Features:
    """The features of one sighting (`names`: its folded name keys, whose words are left out)."""
    text = prose(s.what)
    folded = fold(text)
    cjk = not folded.isascii() and is_cjk(text)
    words = _WORD.findall(_CJK_RUN.sub(" ", folded) if cjk else folded)
    grams: list[str] = []
    if cjk:
        for run in _CJK_RUN.findall(folded):
            grams.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    kept = set(words).difference(STOPWORDS, _name_words(names))
    numbers = {w.lstrip("0") or "0" for w in kept if w.isdigit()}
    numbers.update(NUMBER_WORDS[w] for w in kept.intersection(NUMBER_WORDS))
    tokens = {_stem(w) for w in kept if len(w) > 1 and not w.isdigit() and w not in NUMBER_WORDS}
    tokens.update(grams)
    quote = " ".join(_WORD.findall(fold(s.quote))) if s.quote else ""
    return Features(frozenset(tokens), frozenset(words), frozenset(numbers), cjk, quote if len(quote) >= 12 else "")


@dataclass(slots=True)
class NameBook:
    """Display names and attention (sightings naming each person) over the night, by folded key."""

    display: dict[str, str] = field(default_factory=dict)
    attention: dict[str, int] = field(default_factory=dict)


def effective_curations(curations: Sequence[Curation]) -> dict[int, tuple[int, Curation]]:
    """The last curation of each sighting, with its position in the list (the pin order)."""
    last: dict[int, tuple[int, Curation]] = {}
    for position, curation in enumerate(curations):
        last[curation.sighting_id] = (position, curation)
    return last


def _latest(sightings: Iterable[AnySighting], show_id: int) -> list[AnySighting]:
    """The show's sightings, one per id: if an id repeats, its latest edit."""
    mine = [s for s in sightings if s.show_id == show_id]
    by_id = {s.id: s for s in mine}
    if len(by_id) != len(mine):  # the same sighting twice (say, before and after an edit)
        for s in mine:
            known = by_id[s.id]
            if known is not s and _version(s) > _version(known):
                by_id[s.id] = s
    return list(by_id.values())


def _version(s: AnySighting) -> tuple[datetime, str]:
    return (s.edited_at or s.created_at, repr([getattr(s, name) for name in SightingRow._fields]))


def candidates(
    show: Show, sightings: Iterable[AnySighting], curations: Sequence[Curation], now: datetime
) -> list[AnySighting]:
    """Step 1: eligible sightings, drops (and what corroborates a drop) removed, in (created_at, id) order."""
    live = SightingStatus.LIVE
    eligible = [
        s for s in _latest(sightings, show.id) if s.status is live and (s.publish_at is None or s.publish_at <= now)
    ]
    eligible.sort(key=attrgetter("created_at", "id"))
    dropped = {sid for sid, (_, c) in effective_curations(curations).items() if not c.pinned}
    if not dropped:
        return eligible
    by_id = {s.id: s for s in eligible}

    def is_dropped(s: AnySighting) -> bool:
        seen: set[int] = set()
        current: AnySighting | None = s
        while current is not None and current.id not in seen:
            if current.id in dropped:
                return True
            seen.add(current.id)
            current = by_id.get(current.corroborates) if current.corroborates is not None else None
        return False

    return [s for s in eligible if not is_dropped(s)]


def _alias_map(roster: Sequence[RosterEntry] | None) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in sorted(roster or (), key=lambda e: (e.id, e.name)):
        for alias in (entry.name, *entry.aliases):
            table.setdefault(fold(alias), entry.name)
    return table


def prepare(
    ordered: list[AnySighting],
    curations: Sequence[Curation],
    roster: Sequence[RosterEntry] | None = None,
) -> tuple[list[Report], NameBook]:
    """Step 2: name keys, places, attention and solo scores for candidates already in time order."""
    aliases = _alias_map(roster)
    book = NameBook()
    display = book.display
    tagged: dict[object, tuple[str, ...]] = {}  # people (and other names) as given -> name keys
    places: dict[str, str] = {}
    reports: list[Report] = []
    append = reports.append
    mentions: list[str] = []
    mention = mentions.extend
    for index, s in enumerate(ordered):
        raw = (s.people, s.other_names) if s.other_names else s.people
        keys = tagged.get(raw)
        if keys is None:
            found: list[str] = []
            for name in s.people + s.other_names:
                canonical = aliases.get(fold(name), name)
                key = fold(canonical)
                if key and key not in found:
                    found.append(key)
                    display.setdefault(key, " ".join(canonical.split()))
            keys = tagged[raw] = tuple(found)
        mention(keys)
        where = s.where or ""
        place = places.get(where)
        if place is None:
            place = places[where] = fold(where) if where else ""
        append(Report(index, s, keys, place, (UNPINNED, -solo_score(s), index), s.created_at.timestamp()))
    book.attention.update(Counter(mentions))
    pins = {sid: pc for sid, pc in effective_curations(curations).items() if pc[1].pinned}
    if pins:
        for r in reports:
            if r.sighting.id in pins:
                position, curation = pins[r.sighting.id]
                r.pin, r.pin_headline = position, curation.headline
                r.solo = (position, *r.solo[1:])
    return reports, book
