"""Step 3 of the digest: sightings of the same moment, grouped. See `bot.digest.stories`."""

from __future__ import annotations

from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .night import Report, lead_of
from .scoring import UNPINNED, W_CORROBORATION, W_HEADLINE, W_QUOTE, W_REPORTERS, vote_term

WINDOW_SECONDS = 20 * 60  # a moment lasts at most this long: near-duplicates are minutes apart
TEXT_SIMILARITY = 75.0  # rapidfuzz ratio for "near-identical" (as written, or with tokens sorted)
REORDER_FLOOR = 60.0  # below this ratio as written, sorting the tokens is not tried
REORDER_SIMILARITY = 85.0  # ... and once sorted, the texts must be this alike (sorting flatters them)
QUOTE_MIN = 16  # a shared quote links two sightings only if it is at least this long


class Stats(NamedTuple):
    names: tuple[str, ...]  # keys in order of first mention
    votes: int
    reporters: int  # distinct reporter ids
    has_quote: bool
    has_headline: bool
    pin: int | None


def measure(reports: list[Report]) -> Stats:
    """Votes, distinct reporters, quote, headline, names and earliest pin of a group of sightings."""
    names: list[str] = []
    votes = 0
    reporters: set[int] = set()
    has_quote = has_headline = False
    pin: int | None = None
    for r in reports:
        s = r.sighting
        for k in r.names:
            if k not in names:
                names.append(k)
        votes += s.votes if s.votes > 0 else 0
        reporters.add(s.reporter.id)
        has_quote = has_quote or bool(s.quote)
        has_headline = has_headline or bool(s.headline)
        if r.pin is not None and (pin is None or r.pin < pin):
            pin = r.pin
    return Stats(tuple(names), votes, len(reporters), has_quote, has_headline, pin)


class Moment:
    """Sightings of one moment (near-duplicates and corroborations), in time order.

    moment score = 2·ln(1+votes) + 1.5·(sightings−1) + 1·(distinct reporters−1) + 1·[quote]
    + 0.5·[reporter headline]. Its priority (pinned first, in pin order; then score; then earliest, by
    the first sighting's time-order index) is computed at once; the other statistics only when asked, as
    most moments are never told.
    """

    __slots__ = ("_stats", "lead", "priority", "reports")

    def __init__(self, reports: list[Report], attention: dict[str, int]) -> None:
        self.reports = reports
        first = reports[0]
        self._stats: Stats | None = None
        if len(reports) == 1:  # the common case, kept cheap
            self.lead = first.lead
            self.priority = first.solo
        else:
            self._measure(attention)

    def _measure(self, attention: dict[str, int]) -> None:
        reports = self.reports
        stats = self._stats = measure(reports)
        self.lead = lead_of(stats.names, attention)
        score = (
            vote_term(stats.votes)
            + W_CORROBORATION * (len(reports) - 1)
            + W_REPORTERS * (stats.reporters - 1)
            + W_QUOTE * stats.has_quote
            + W_HEADLINE * stats.has_headline
        )
        self.priority = (UNPINNED if stats.pin is None else stats.pin, -score, reports[0].index)

    @property
    def stats(self) -> Stats:
        if self._stats is None:
            self._stats = measure(self.reports)
        return self._stats

    @property
    def names(self) -> tuple[str, ...]:
        return self.reports[0].names if len(self.reports) == 1 else self.stats.names

    @property
    def score(self) -> float:
        return -self.priority[1]

    @property
    def pin(self) -> int | None:
        return None if self.priority[0] == UNPINNED else self.priority[0]

    @property
    def first(self) -> int:
        """Time-order index of its first sighting."""
        return self.reports[0].index

    @property
    def start(self) -> float:
        return self.reports[0].ts

    @property
    def end(self) -> float:
        return self.reports[-1].ts

    def absorb(self, other: Moment, attention: dict[str, int]) -> None:
        """Take in a near-duplicate moment found late (see `bot.digest.stories`)."""
        self.reports = sorted(self.reports + other.reports, key=attrgetter("index"))
        self._measure(attention)


class Groups:
    """Union-find over the night's sightings (by time-order index). A group found by similarity never
    spans more than WINDOW_SECONDS, so near-duplicates cannot chain one sighting to the next all night;
    an explicit corroboration joins whatever the span."""

    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.parent = list(range(len(reports)))
        self.size = [1] * len(reports)  # per root: sightings in the group
        self.last: dict[int, float] = {}  # per root of 2+: the time of its latest sighting

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int, *, force: bool = False) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        root, child = (ra, rb) if ra < rb else (rb, ra)  # the earlier sighting stays the root...
        reports, latest = self.reports, self.last
        last = max(latest.get(root, reports[root].ts), latest.get(child, reports[child].ts))
        if last - reports[root].ts > WINDOW_SECONDS and not force:  # ...and is the group's first in time
            return
        self.parent[child] = root
        self.size[root] += self.size[child]
        latest[root] = last

    def of(self, bucket: list[Report]) -> Lineup:
        """The groups of `bucket` (sightings of one lead, in time order), in time order of their first
        sighting."""
        parent, size, find = self.parent, self.size, self.find
        firsts: list[Report] = []
        members: dict[int, list[Report]] = {}
        first_of: dict[int, int] = {}  # root -> index of the group's first sighting
        for r in bucket:
            i = r.index
            if parent[i] == i and size[i] == 1:
                firsts.append(r)
                continue
            root = find(i)
            first = first_of.get(root)
            if first is None:
                first_of[root] = i
                members[i] = [r]
                firsts.append(r)
            else:
                members[first].append(r)
        return Lineup(firsts, members)


class Lineup(NamedTuple):
    """A lead's groups of sightings, in time order: each by its first sighting, and the members of the
    groups of two or more (a single sighting is a group of one without an entry: most are)."""

    firsts: list[Report]
    members: dict[int, list[Report]]  # index of a group's first sighting -> all its sightings

    def group(self, position: int) -> list[Report]:
        first = self.firsts[position]
        return self.members.get(first.index) or [first]


def names_nest(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One's names are all among the other's ("same names", allowing a forgotten tag)."""
    if a == b:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return all(k in large for k in small)


def same_text(a: Report, b: Report) -> bool:
    """Near-identical texts (`what`): alike as written, or alike once their words are sorted."""
    plain = fuzz.ratio(a.plain(), b.plain())
    if plain >= TEXT_SIMILARITY:
        return True
    return plain >= REORDER_FLOOR and fuzz.ratio(a.key(), b.key()) >= REORDER_SIMILARITY


def link_quotes(quoted: list[Report], groups: Groups) -> None:
    """Sightings of one lead (in time order) with the same quote, at most WINDOW apart and names nested,
    are one moment."""
    if len(quoted) < 2:
        return
    quotes: dict[str, list[Report]] = {}
    for r in quoted:
        quote = r.sighting.quote
        if quote and len(quote) >= QUOTE_MIN:
            quotes.setdefault(default_process(quote), []).append(r)
    for same_quote in sorted(quotes):
        for a, b in pairwise(quotes[same_quote]):
            if b.ts - a.ts <= WINDOW_SECONDS and names_nest(a.names, b.names):
                groups.union(a.index, b.index)
