"""Step 3 of the digest: reports of one moment, clustered across people. See `bot.digest.stories`."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from .headlines import lead_clause, sentences
from .hygiene import is_junk, prose, word_count
from .night import STOPWORDS, Report
from .scoring import UNPINNED, W_HEADLINE, W_QUOTE, W_REPORTERS, vote_term
from .textutil import fold

WINDOW_SECONDS = 20 * 60  # two reports of one moment are at most this far apart...
SPAN_SECONDS = 30 * 60  # ...and a moment lasts at most this long (no chaining across the night)
CLOSE_SECONDS = 10 * 60  # "minutes apart": the same people this close need fewer shared words
NEIGHBOURS = 12  # reports compared on each side, per person and per place a report shares
FULL_NIGHT = 2_000  # up to this many candidates every report is compared with its neighbours; beyond,
BIG_NIGHT_NEIGHBOURS = 6  # a report is compared when a story is about to use it, with fewer neighbours, in
# the lists of its people only (its place too if it names nobody)
FILLER_WORDS = 15  # a line with no votes, no quote, no headline, one correspondent and at most this many words


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both give numbers (or ordinals) and neither's are all among the other's: "third" vs "fourth"."""
    return bool(a) and bool(b) and not (a <= b or b <= a)


def same_moment(a: Report, b: Report) -> bool:
    """Whether two reports (by different correspondents, close in time, sharing a person or a place) tell
    one moment: the same quote, or enough of the same content words for how much else they share; across
    scripts (one in Chinese, one in English), the same people minutes apart."""
    fa, fb = a.features(), b.features()
    if numbers_conflict(fa.numbers, fb.numbers):
        return False
    if fa.quote and fa.quote == fb.quote:
        return True
    gap = abs(a.ts - b.ts)
    shared_people = len(set(a.names) & set(b.names)) or _named_in(a, fb.words) or _named_in(b, fa.words)
    same_place = bool(a.place) and a.place == b.place
    if fa.cjk != fb.cjk:
        nested = set(a.names) <= set(b.names) or set(b.names) <= set(a.names)
        places_agree = not a.place or not b.place or same_place
        return shared_people > 0 and nested and gap <= CLOSE_SECONDS and places_agree
    shared = len(fa.tokens & fb.tokens)
    smaller = min(len(fa.tokens), len(fb.tokens)) or 1
    if shared >= 3 and shared >= 0.6 * smaller:
        return True
    if shared_people and shared >= 2 and shared >= 0.34 * smaller and (gap <= CLOSE_SECONDS or same_place):
        return True
    if same_place and gap <= CLOSE_SECONDS and shared >= 3 and shared >= 0.4 * smaller:
        return True
    return shared_people >= 2 and shared >= 1 and gap <= CLOSE_SECONDS


def _named_in(r: Report, words: frozenset[str]) -> int:
    """How many of `r`'s people the other report names in its text (by a word of 3+ letters)."""
    return sum(1 for key in r.names if any(len(w) >= 3 and w in words and w not in STOPWORDS for w in key.split()))


class Clusters:
    """Union-find over the night's reports (by time-order index).

    A report is compared with its NEIGHBOURS nearest reports (each side, within WINDOW) in the list of
    every person it names and of its place (nameless, placeless reports share one list); a group never
    spans more than SPAN, except through an explicit corroboration."""

    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.big = len(reports) > FULL_NIGHT
        self.neighbours = BIG_NIGHT_NEIGHBOURS if self.big else NEIGHBOURS
        self.parent = list(range(len(reports)))
        self.members: dict[int, list[int]] = {}  # root -> indexes, for groups of two or more
        self.bounds: dict[int, tuple[float, float]] = {}  # root -> (first, last) time, groups of 2+
        self.expanded: set[int] = set()
        self.lists: dict[str, list[int]] = {}
        lists = self.lists
        for r in reports:
            for key in r.names:
                lists.setdefault(key, []).append(r.index)
            lists.setdefault("@" + r.place if r.place else "∅", []).append(r.index)

    def keys(self, r: Report) -> list[str]:
        """The lists `r` is compared in: its people's, and its place's (on a big night, only if it names
        nobody)."""
        place = "@" + r.place if r.place else "∅"
        if not r.names:
            return [place]
        return [*r.names, place] if not self.big else list(r.names)

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def group(self, i: int) -> list[int]:
        root = self.find(i)
        return self.members.get(root) or [root]

    def union(self, a: int, b: int, *, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        reports = self.reports
        fa = self.bounds.get(ra) or (reports[ra].ts, reports[ra].ts)
        fb = self.bounds.get(rb) or (reports[rb].ts, reports[rb].ts)
        first, last = min(fa[0], fb[0]), max(fa[1], fb[1])
        if last - first > SPAN_SECONDS and not force:
            return False
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        merged = self.members.pop(root, [root])
        merged.extend(self.members.pop(child, [child]))
        merged.sort()
        self.members[root] = merged
        self.bounds.pop(child, None)
        self.bounds[root] = (first, last)
        return True

    def link(self, reports: Iterable[Report]) -> None:
        """Explicit corroborations join their original, whatever the wording or the time between."""
        index_of = {r.sighting.id: r.index for r in self.reports}
        for r in reports:
            original = index_of.get(r.sighting.corroborates) if r.sighting.corroborates is not None else None
            if original is not None:
                self.union(original, r.index, force=True)

    def expand(self, i: int) -> list[int]:
        """Compare report `i` with its neighbours; join those that tell the same moment. Returns them."""
        if i in self.expanded:
            return []
        self.expanded.add(i)
        reports = self.reports
        r = reports[i]
        reporter = r.sighting.reporter.id
        near = self.neighbours
        at_time = r.ts
        joined: list[int] = []
        for key in self.keys(r):
            indexes = self.lists[key]
            at = bisect_left(indexes, i)
            for j in (*indexes[max(0, at - near) : at], *indexes[at + 1 : at + 1 + near]):
                other = reports[j]
                if abs(other.ts - at_time) > WINDOW_SECONDS or other.sighting.reporter.id == reporter:
                    continue
                if self.find(i) != self.find(j) and same_moment(r, other) and self.union(i, j):
                    joined.append(j)
        return joined

    def grow(self, i: int) -> None:
        """Expand `i`, then what joined it, and so on (at most 16 reports; 4 on a big night)."""
        budget = 4 if self.big else 16
        queue = [i]
        while queue and budget > 0:
            j = queue.pop()
            if j in self.expanded:
                continue
            budget -= 1
            queue.extend(self.expand(j))

    def cluster(self, centres: Iterable[int]) -> None:
        for i in centres:
            self.grow(i)


def priority_of(reports: list[Report]) -> tuple[int, float, int]:
    """A group's priority: (earliest pin position, -moment score, first index)."""
    votes = sum(max(r.sighting.votes, 0) for r in reports)
    score = round(
        vote_term(votes)
        + W_QUOTE * any(r.sighting.quote for r in reports)
        + W_REPORTERS * (len({r.sighting.reporter.id for r in reports}) - 1)
        + W_HEADLINE * any(r.sighting.headline for r in reports),
        4,
    )
    pin = min((r.pin for r in reports if r.pin is not None), default=UNPINNED)
    return (pin, -score, reports[0].index)


class Moment:
    """Reports of one moment, in time order, and what the digest needs to know about it."""

    __slots__ = (
        "filler",
        "junk",
        "lead",
        "people",
        "pin",
        "pin_headline",
        "priority",
        "reporters",
        "reports",
        "score",
        "speaker",
        "votes",
    )

    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        counts: dict[str, int] = {}
        for r in reports:
            for k in r.names:
                counts[k] = counts.get(k, 0) + 1
        order = list(counts)
        self.people = tuple(sorted(order, key=lambda k: (-counts[k], order.index(k))))
        self.votes = sum(max(r.sighting.votes, 0) for r in reports)
        self.reporters = len({r.sighting.reporter.id for r in reports})
        has_quote = any(r.sighting.quote for r in reports)
        has_headline = any(r.sighting.headline for r in reports)
        self.priority = priority_of(reports)
        self.score = -self.priority[1]
        pins = sorted((r.pin, r.index) for r in reports if r.pin is not None)
        self.pin = pins[0][0] if pins else None
        self.pin_headline: str | None = None
        by_index = {r.index: r for r in reports}
        for _, index in pins:  # the first pin (in pin order) that carries a headline
            headline = (by_index[index].pin_headline or "").strip()
            if headline:
                self.pin_headline = headline
                break
        self.speaker = min(reports, key=Report.cleanliness)
        self.junk = is_junk(self.speaker.sighting.what)
        self.lead = _subject(self.speaker, self.people)
        self.filler = (
            self.pin is None
            and self.votes == 0
            and not has_quote
            and not has_headline
            and self.reporters == 1
            and word_count(prose(self.speaker.sighting.what)) <= FILLER_WORDS
        )

    @property
    def first(self) -> int:
        return self.reports[0].index

    @property
    def ts(self) -> float:
        return self.reports[0].ts

    @property
    def indexes(self) -> list[int]:
        return [r.index for r in self.reports]


def _subject(speaker: Report, people: tuple[str, ...]) -> str | None:
    """Who the moment is about: the person in the subject of its best report's lead clause, else the one
    it names first, else its first tag."""
    if not people:
        return None
    if len(people) == 1:
        return people[0]
    text = fold(prose(speaker.sighting.what))
    pieces = sentences(prose(speaker.sighting.what))
    clause = lead_clause(pieces[0]) if pieces else None
    if clause is not None:  # the grammatical subject, when it names someone ("Asked about Zoë, Selene held …")
        subject = set(fold(" ".join(clause.subject)).replace("'s", " ").split())
        for key in people:
            if any(len(w) >= 3 and w in subject for w in key.split()):
                return key
    best: tuple[int, int] | None = None
    for rank, key in enumerate(people):
        positions = [text.find(w) for w in key.split() if len(w) >= 3]
        found = [p for p in positions if p >= 0]
        if found and (best is None or (min(found), rank) < best):
            best = (min(found), rank)
    if best is not None:
        return people[best[1]]
    return speaker.names[0] if speaker.names else people[0]
