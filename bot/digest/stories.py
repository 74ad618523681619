"""From a night of sightings to ranked stories.

The algorithm (deterministic, O(n log n)):

1. **Candidates.** Sightings of the show that `Sighting.is_candidate(now)` accepts (live, embargo passed),
   minus the editor's drops. A drop also removes the sightings that corroborate the dropped one (they
   report the same moment). For each sighting the editor's *last* curation wins (pin, then drop = drop).
   Candidates are sorted by (created_at, id); everything after works on that order, never on the order
   of the input list, of a dict or of a set.
2. **Names.** Every name (`people` + `other_names`) is folded (case, accents, HTML entities) to a key;
   with a roster, aliases map to the canonical name. *Attention* of a person = number of candidate
   sightings naming them. The *lead* of a sighting or a moment is its name with the most attention,
   ties to the name tagged first.
3. **Moments** (near-duplicates, union-find). Two sightings are one moment when
   a. one `corroborates` the other, or
   b. they share a lead, are at most 20 minutes apart, one's names are a subset of the other's, and their
      token-sorted texts (what + quote) score >= 75 with `rapidfuzz.fuzz.ratio`, or
   c. they share a lead, are at most 20 minutes apart and carry the same quote (folded).
   Rule b is *blocked*: sightings are bucketed by lead, sorted by time, and each is compared with at most
   the next 12 sightings of its bucket inside the window (so at most 12·n comparisons, never all pairs).
   Only a person dense enough to fill the window is affected by the cap, and all of that person's
   moments become one story anyway (step 4). Rule c is an exact bucket (lead, quote).
4. **Stories.** Moments are grouped by their lead: one story per person ("Gaga-centric" nights give one
   story about her built from several moments); moments that name nobody are stories of their own.
   Each person therefore leads at most one story, hence at most one item. A story uses its pinned
   moments, then its best moments by moment score, up to 5; the rest are counted, not told.
5. **Scores.** moment = 2·ln(1+votes) + 1.5·(reports−1) + 1·(distinct reporters−1) + 1·[quote]
   + 0.5·[reporter headline]. story = the same over its used moments, + 1.5·ln(1+attention of the lead)
   + 0.25·Σ ln(1+attention) of up to 3 other people + 0.5·(used moments−1). Rounded to 4 decimals.
6. **Order.** Pinned stories first, in pin order; then by score (descending), earliest sighting, lowest
   id. The compiler takes the first `count` as items and the next one as the bonus.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import chain, compress, count, pairwise
from operator import attrgetter

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.models import Curation, RosterEntry, Show, Sighting, SightingStatus

from .textutil import fold

WINDOW_SECONDS = 20 * 60  # near-duplicates are at most this far apart
TEXT_SIMILARITY = 75.0  # rapidfuzz ratio for "near-identical" (plain, or with tokens sorted)
REORDER_FLOOR = 50.0  # below this plain ratio, sorting the tokens is not tried
NEIGHBOURS = 3  # step 3 compares each sighting with this many next ones of the same lead
QUOTE_MIN = 16  # a shared quote links two sightings only if it is at least this long
PREFIX_CHARS = 64  # ... on the first characters of their texts, then checks the hits in full
MAX_MOMENTS = 5  # moments told in one story (pinned ones always are)
SWEEP_SPAN = 32  # step 4 looks at most this many moments either side of a strong one
UNPINNED = 1 << 30  # sorts after every pin position

W_VOTES = 2.0
W_CORROBORATION = 1.5
W_REPORTERS = 1.0
W_QUOTE = 1.0
W_HEADLINE = 0.5
W_LEAD_ATTENTION = 1.5
W_OTHER_ATTENTION = 0.25
W_BREADTH = 0.5
OTHER_PEOPLE_COUNTED = 3

_SIMILAR = TEXT_SIMILARITY.__le__


@dataclass(slots=True)
class Report:
    """One candidate sighting, prepared for grouping."""

    index: int  # position in (created_at, id) order
    sighting: Sighting
    ts: float
    names: tuple[str, ...]  # folded name keys, distinct, in tagging order
    lead: str | None = None
    pin: int | None = None  # position of the editor's pin among the curations
    pin_headline: str | None = None
    text: str = ""  # default_process(what + quote), computed when first needed
    sorted_text: str = ""  # the same, tokens sorted

    def plain(self) -> str:
        if not self.text:
            s = self.sighting
            self.text = default_process(f"{s.what} {s.quote}" if s.quote else s.what) or " "
        return self.text

    def key(self) -> str:
        if not self.sorted_text:
            self.sorted_text = " ".join(sorted(self.plain().split())) or " "
        return self.sorted_text


@dataclass(frozen=True, slots=True)
class _Stats:
    names: tuple[str, ...]  # keys in order of first mention
    votes: int
    reporters: int  # distinct reporter ids
    has_quote: bool
    has_headline: bool
    pin: int | None


class Moment:
    """Sightings of one moment (near-duplicates and corroborations), in time order.

    Its priority is computed at once (stories sort by it); the other statistics only when asked, since
    most moments of a big night are never told.
    """

    __slots__ = ("_stats", "lead", "priority", "reports")

    def __init__(self, reports: list[Report], attention: dict[str, int]) -> None:
        self.reports = reports
        self._stats: _Stats | None = None
        if len(reports) == 1:  # the common case, kept cheap
            r = reports[0]
            s = r.sighting
            self.lead = r.lead
            score = _vote_term(s.votes) + (W_QUOTE if s.quote else 0.0) + (W_HEADLINE if s.headline else 0.0)
            self.priority = (UNPINNED if r.pin is None else r.pin, -score, r.ts, s.id)
        else:
            self._measure(attention)

    def _measure(self, attention: dict[str, int]) -> None:
        reports = self.reports
        stats = self._stats = _measure(reports)
        self.lead = lead_of(stats.names, attention)
        score = (
            _vote_term(stats.votes)
            + W_CORROBORATION * (len(reports) - 1)
            + W_REPORTERS * (stats.reporters - 1)
            + W_QUOTE * stats.has_quote
            + W_HEADLINE * stats.has_headline
        )
        first = reports[0]
        # pinned first (pin order), then the strongest, the earliest, the lowest id
        self.priority = (UNPINNED if stats.pin is None else stats.pin, -score, first.ts, first.sighting.id)

    @property
    def stats(self) -> _Stats:
        if self._stats is None:
            self._stats = _measure(self.reports)
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
    def start(self) -> float:
        return self.reports[0].ts

    @property
    def first_id(self) -> int:
        return self.reports[0].sighting.id

    def span_with(self, other: Moment) -> float:
        """Seconds from the first to the last sighting of both moments together."""
        first = min(self.reports[0].ts, other.reports[0].ts)
        return max(self.reports[-1].ts, other.reports[-1].ts) - first

    def absorb(self, other: Moment, attention: dict[str, int]) -> None:
        """Take in a near-duplicate moment found late (see `_sweep`)."""
        self.reports = sorted(self.reports + other.reports, key=attrgetter("index"))
        self._measure(attention)


def _measure(reports: list[Report]) -> _Stats:
    names: list[str] = []
    for r in reports:
        names.extend(k for k in r.names if k not in names)
    pins = [r.pin for r in reports if r.pin is not None]
    return _Stats(
        names=tuple(names),
        votes=sum(max(r.sighting.votes, 0) for r in reports),
        reporters=len({r.sighting.reporter.id for r in reports}),
        has_quote=any(r.sighting.quote for r in reports),
        has_headline=any(r.sighting.headline for r in reports),
        pin=min(pins) if pins else None,
    )


@lru_cache(maxsize=1024)
def _vote_term(votes: int) -> float:
    return W_VOTES * math.log1p(max(votes, 0))


@dataclass(slots=True)
class Story:
    """What one item tells: a person's moments (or one unnamed moment)."""

    lead: str | None
    moments: list[Moment]  # all its moments, by priority
    used: list[Moment] = field(default_factory=list)  # the ones told, by priority
    score: float = 0.0
    pin: int | None = None
    pin_headline: str | None = None
    order: tuple[int, int, float, float, int] = (1, 0, 0.0, 0.0, 0)

    @property
    def start(self) -> float:
        return min(m.start for m in self.used)

    @property
    def first_id(self) -> int:
        return min(m.first_id for m in self.used)


@dataclass(slots=True)
class NameBook:
    """Display names and attention (sightings naming each person) over the night, by folded key."""

    display: dict[str, str] = field(default_factory=dict)
    attention: dict[str, int] = field(default_factory=dict)


def lead_of(keys: Sequence[str], attention: dict[str, int]) -> str | None:
    """The key with the most attention; among equals the first in `keys` (tagged first)."""
    if not keys:
        return None
    if len(keys) == 1:
        return keys[0]
    return max(keys, key=lambda k: attention.get(k, 0))


class _Moments:
    """Union-find over sightings in time order, where a group never spans more than WINDOW_SECONDS:
    a moment is minutes long, so near-duplicates cannot chain one sighting to the next all night."""

    def __init__(self, times: list[float]) -> None:
        self.parent = list(range(len(times)))
        self.first = list(times)  # per root: earliest and latest time of the group
        self.last = list(times)

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        """Join the groups of `a` and `b` unless that would span more than the window."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        first = min(self.first[ra], self.first[rb])
        last = max(self.last[ra], self.last[rb])
        if last - first > WINDOW_SECONDS:
            return False
        root, child = (ra, rb) if ra < rb else (rb, ra)  # the earlier sighting stays the root
        self.parent[child] = root
        self.first[root], self.last[root] = first, last
        return True


def effective_curations(curations: Sequence[Curation]) -> dict[int, tuple[int, Curation]]:
    """The last curation of each sighting, with its position in the list (the pin order)."""
    last: dict[int, tuple[int, Curation]] = {}
    for position, curation in enumerate(curations):
        last[curation.sighting_id] = (position, curation)
    return last


def _distinct(sightings: Iterable[Sighting], show_id: int) -> list[Sighting]:
    """The show's sightings, one per id (the latest edit if an id repeats), in (created_at, id) order."""
    by_id: dict[int, Sighting] = {}
    for s in sightings:
        if s.show_id != show_id:
            continue
        known = by_id.setdefault(s.id, s)
        if known is not s and _version(s) > _version(known):
            by_id[s.id] = s
    return sorted(by_id.values(), key=attrgetter("created_at", "id"))


def _version(s: Sighting) -> tuple[datetime, str]:
    return (s.edited_at or s.created_at, s.model_dump_json())


def candidates(
    show: Show, sightings: Iterable[Sighting], curations: Sequence[Curation], now: datetime
) -> list[Sighting]:
    """Step 1: eligible sightings, drops (and what corroborates a drop) removed, in time order."""
    live = SightingStatus.LIVE
    eligible = [
        s for s in _distinct(sightings, show.id) if s.status is live and (s.publish_at is None or s.publish_at <= now)
    ]
    dropped = {sid for sid, (_, c) in effective_curations(curations).items() if not c.pinned}
    if not dropped:
        return eligible
    by_id = {s.id: s for s in eligible}

    def is_dropped(s: Sighting) -> bool:
        seen: set[int] = set()
        current: Sighting | None = s
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
    ordered: list[Sighting],
    curations: Sequence[Curation],
    roster: Sequence[RosterEntry] | None = None,
) -> tuple[list[Report], NameBook]:
    """Step 2: name keys, attention and leads for candidates already in time order."""
    aliases = _alias_map(roster)
    book = NameBook()
    display = book.display
    tagged: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}
    reports: list[Report] = []
    append = reports.append
    for index, s in enumerate(ordered):
        raw = (s.people, s.other_names)
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
        append(Report(index, s, s.created_at.timestamp(), keys, keys[0] if keys else None))
    attention = book.attention
    attention.update(Counter(chain.from_iterable(r.names for r in reports)))
    for r in reports:
        if len(r.names) > 1:
            r.lead = lead_of(r.names, attention)
    pins = {sid: pc for sid, pc in effective_curations(curations).items() if pc[1].pinned}
    if pins:
        for r in reports:
            if r.sighting.id in pins:
                position, curation = pins[r.sighting.id]
                r.pin, r.pin_headline = position, curation.headline
    return reports, book


def link_moments(reports: list[Report], book: NameBook) -> list[Moment]:
    """Step 3: union-find over corroborations, shared quotes and quick near-duplicates."""
    uf = _Moments([r.ts for r in reports])
    index_of = {r.sighting.id: r.index for r in reports}
    buckets: dict[str, list[Report]] = {}
    quotes: dict[tuple[str, str], list[Report]] = {}
    for r in reports:  # in time order, so every bucket is sorted by time
        s = r.sighting
        if s.corroborates is not None and s.corroborates in index_of:
            uf.union(index_of[s.corroborates], r.index)
        lead = r.lead or ""
        buckets.setdefault(lead, []).append(r)
        if s.quote and len(s.quote) >= QUOTE_MIN:
            quotes.setdefault((lead, default_process(s.quote)), []).append(r)

    for lead in sorted(buckets):
        bucket = buckets[lead]
        if len(bucket) < 2:
            continue
        heads = [default_process(r.sighting.what[: PREFIX_CHARS + 16])[:PREFIX_CHARS] for r in bucket]
        for offset in range(1, min(NEIGHBOURS, len(bucket) - 1) + 1):
            # one C-level pass per offset: sighting i against sighting i + offset of the same lead
            scores = map(fuzz.ratio, heads[:-offset], heads[offset:])
            for i in compress(count(), map(_SIMILAR, scores)):
                a, b = bucket[i], bucket[i + offset]
                if (
                    b.ts - a.ts <= WINDOW_SECONDS
                    and _names_nest(a.names, b.names)
                    and uf.find(a.index) != uf.find(b.index)
                    and _same_text(a, b)
                ):
                    uf.union(a.index, b.index)
    for same_quote in sorted(quotes):
        for a, b in pairwise(quotes[same_quote]):
            if b.ts - a.ts <= WINDOW_SECONDS and _names_nest(a.names, b.names):
                uf.union(a.index, b.index)

    groups: dict[int, list[Report]] = {}
    find = uf.find
    for r in reports:  # time order within each group
        groups.setdefault(find(r.index), []).append(r)
    attention = book.attention
    return [Moment(groups[root], attention) for root in sorted(groups)]


def _names_nest(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One's names are all among the other's ("same names", allowing a forgotten tag)."""
    if a == b:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return all(k in large for k in small)


def _same_text(a: Report, b: Report) -> bool:
    """Near-identical texts (what + quote): alike as written, or alike once their words are sorted."""
    plain = fuzz.ratio(a.plain(), b.plain())
    if plain >= TEXT_SIMILARITY:
        return True
    return plain >= REORDER_FLOOR and fuzz.ratio(a.key(), b.key()) >= TEXT_SIMILARITY


def _same_moment(a: Moment, b: Moment) -> bool:
    """Near-duplicate moments: nested names, at most WINDOW apart, near-identical first texts."""
    ra, rb = a.reports[0], b.reports[0]
    return abs(ra.ts - rb.ts) <= WINDOW_SECONDS and _names_nest(a.names, b.names) and _same_text(ra, rb)


def _sweep(story: Story, book: NameBook) -> None:
    """Step 4a: around each moment the story may tell, absorb the near-duplicates step 3 missed
    (reordered words, or more than NEIGHBOURS sightings of the same person in between)."""
    moments = sorted(story.moments, key=attrgetter("priority"))
    if len(moments) > 1:
        by_time = sorted(moments, key=lambda m: (m.start, m.first_id))
        starts = [m.start for m in by_time]
        gone: set[int] = set()
        pinned = sum(1 for m in moments if m.pin is not None)
        for moment in moments[: pinned + MAX_MOMENTS]:
            if id(moment) in gone:
                continue
            centre = bisect_left(starts, moment.start)
            lo = max(bisect_left(starts, moment.start - WINDOW_SECONDS), centre - SWEEP_SPAN)
            hi = min(bisect_right(starts, moment.start + WINDOW_SECONDS), centre + SWEEP_SPAN)
            for other in by_time[lo:hi]:
                if (
                    other is not moment
                    and id(other) not in gone
                    and moment.span_with(other) <= WINDOW_SECONDS
                    and _same_moment(moment, other)
                ):
                    moment.absorb(other, book.attention)
                    gone.add(id(other))
        if gone:
            moments = [m for m in moments if id(m) not in gone]
            moments.sort(key=attrgetter("priority"))
    story.moments = moments


def _choose(story: Story) -> None:
    """Step 4b: the moments a story tells: pinned ones, then the strongest, up to MAX_MOMENTS."""
    pinned = sum(1 for m in story.moments if m.pin is not None)
    story.used = story.moments[: max(MAX_MOMENTS, pinned)]


def build_stories(moments: list[Moment], book: NameBook) -> list[Story]:
    """Steps 4–6: one story per lead (unnamed moments alone), scored and in digest order."""
    by_lead: dict[str, list[Moment]] = {}
    stories: list[Story] = []
    for moment in moments:
        if moment.lead is None:
            stories.append(Story(lead=None, moments=[moment]))
        else:
            by_lead.setdefault(moment.lead, []).append(moment)
    stories.extend(Story(lead=lead, moments=by_lead[lead]) for lead in sorted(by_lead))
    for story in stories:
        _sweep(story, book)
        _choose(story)
        _score(story, book)
    stories.sort(key=attrgetter("order"))
    return stories


def _score(story: Story, book: NameBook) -> None:
    """Step 5: the story's score; step 6: its sort key."""
    used = story.used
    reports = [r for m in used for r in m.reports]
    pins = sorted((r.pin, r.index) for r in reports if r.pin is not None)
    if pins:
        story.pin = pins[0][0]
        by_index = {r.index: r for r in reports}
        for _, index in pins:  # the first pin (in pin order) that carries a headline
            headline = by_index[index].pin_headline
            if headline and headline.strip():
                story.pin_headline = headline.strip()
                break
    attention = book.attention
    others: list[str] = []
    for m in used:
        others.extend(k for k in m.names if k != story.lead and k not in others)
    others.sort(key=lambda k: (-attention.get(k, 0), k))
    weight = 0.0
    if story.lead is not None:
        weight += W_LEAD_ATTENTION * math.log1p(attention.get(story.lead, 0))
    weight += W_OTHER_ATTENTION * sum(math.log1p(attention.get(k, 0)) for k in others[:OTHER_PEOPLE_COUNTED])
    stats = [m.stats for m in used]
    score = (
        _vote_term(sum(st.votes for st in stats))
        + W_CORROBORATION * (len(reports) - len(used))
        + W_REPORTERS * (len({r.sighting.reporter.id for r in reports}) - 1)
        + weight
        + W_QUOTE * any(st.has_quote for st in stats)
        + W_HEADLINE * any(st.has_headline for st in stats)
        + W_BREADTH * (len(used) - 1)
    )
    story.score = round(score, 4)
    if story.pin is not None:
        story.order = (0, story.pin, 0.0, 0.0, 0)
    else:
        story.order = (1, 0, -story.score, story.start, story.first_id)


def stories_of(
    show: Show,
    sightings: Iterable[Sighting],
    curations: Sequence[Curation],
    now: datetime,
    roster: Sequence[RosterEntry] | None = None,
) -> tuple[list[Story], NameBook, int]:
    """The whole pipeline: stories in digest order, the name book, and the number of candidates."""
    ordered = candidates(show, sightings, curations, now)
    reports, book = prepare(ordered, curations, roster)
    moments = link_moments(reports, book)
    return build_stories(moments, book), book, len(reports)
