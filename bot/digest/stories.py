"""From a night of sightings to ranked stories: the digest's algorithm.

Deterministic, no network, no model; O(n log n) in the number of sightings.

1. **Candidates** (`night.candidates`). Live sightings whose embargo has passed, minus the editor's
   drops (a drop also removes what corroborates the dropped sighting). The last curation of a sighting
   wins. Everything after works in (created_at, id) order, never in the order of the input.
2. **Names** (`night.prepare`). Names (`people` + `other_names`) are folded (case, accents, entities;
   with a roster, aliases map to canonical names). *Attention* of a person = candidates naming them.
3. **Moments, across people** (`moments.Clusters`). An explicit corroboration joins its original. Then
   each report is compared with its nearest reports (12 each side, within 20 minutes, by another
   correspondent) that share a person or its place, and joins those that tell the same moment
   (`moments.same_moment`: the same quote; or enough of the same content words — folded, stemmed,
   names and function words left out — for how many people, how much time and which place they share;
   across scripts, the same people minutes apart); numbers or ordinals that disagree keep reports apart.
   A moment never spans more than 30 minutes. On nights of more than 2,000 candidates only the
   strongest n/40 (at least 300) and whatever joins them are compared up front; any other moment is
   compared when a story is about to use it. Each moment belongs to one item at most.
4. **Moment score** (`scoring`): 2·ln(1+votes) + 1·[a quote] + 1.5·(distinct correspondents−1)
   + 0.5·[a reporter headline]. A moment's *speaker* is its cleanest report (`moments._cleanliness`);
   its *lead* is the person that report names first. It is *filler* with no votes, quote or headline,
   one correspondent and at most 15 words; *junk* when its speaker is mostly mentions, markup or links.
5. **Stories** (`_build`). Pinned moments first, in pin order; then the others by score. A moment leads
   a story unless it is filler or junk, or its lead already leads one (a star leads one item). Its
   follow-ups are at most two other moments sharing one of its people that continue it (two of its
   people, its place within the hour, or two content words) or are nearly as strong (70% of its score),
   never filler or junk, the strongest first.
6. **Order.** Story score = lead moment's score + 0.5 per follow-up + 0.4·min(ln(1+attention of its
   lead), 2.5). Pinned stories first in pin order, then score, then earliest. The compiler takes the
   first `count` as items and the next as the bonus.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.models import AnySighting, Curation, RosterEntry, Show

from .moments import Clusters, Moment, priority_of
from .night import NameBook, Report, candidates, prepare
from .scoring import NEARLY_AS_STRONG, UNPINNED, W_FOLLOW_UP, attention_bonus

MAX_FOLLOW_UPS = 2
SPARE_STORIES = 3  # stories built beyond count + bonus, so that bonuses cannot reorder what was not built
FOLLOW_UP_POOL = 24  # strongest reports of each person considered as follow-ups
SAME_PLACE_SECONDS = 60 * 60


@dataclass(slots=True)
class Story:
    """What one item tells: a lead moment and its follow-ups."""

    moment: Moment
    lead: str | None  # the lead person's key
    follow_ups: list[Moment] = field(default_factory=list)
    score: float = 0.0

    @property
    def pin(self) -> int | None:
        return self.moment.pin

    @property
    def moments(self) -> list[Moment]:
        """The lead moment, then the follow-ups in time order."""
        return [self.moment, *sorted(self.follow_ups, key=lambda m: m.first)]

    def order(self) -> tuple[int, float, int]:
        pin = self.moment.pin
        return (UNPINNED if pin is None else pin, -self.score if pin is None else 0.0, self.moment.first)


class Night:
    """The night's reports, their clusters and the moments built from them (lazily, by root)."""

    def __init__(self, reports: list[Report], book: NameBook) -> None:
        self.reports = reports
        self.book = book
        self.clusters = Clusters(reports)
        self.clusters.link(r for r in reports if r.sighting.corroborates is not None)
        if not self.clusters.big:
            self.clusters.cluster(range(len(reports)))
        self.built: dict[tuple[int, ...], Moment] = {}

    def moment(self, i: int, *, grow: bool = True) -> Moment:
        """The moment report `i` belongs to (compared with its neighbours first, if it was not yet and
        `grow`)."""
        if grow:
            self.clusters.grow(i)
        group = tuple(self.clusters.group(i))
        m = self.built.get(group)
        if m is None:
            m = self.built[group] = Moment([self.reports[j] for j in group])
        return m


def _continues(lead: Moment, other: Moment) -> bool:
    """`other` carries on `lead`'s story: two of its people, its place within the hour, or its subject."""
    if len(set(lead.people) & set(other.people)) >= 2:
        return True
    a, b = lead.speaker, other.speaker
    if a.place and a.place == b.place and abs(a.ts - b.ts) <= SAME_PLACE_SECONDS:
        return True
    return len(a.features().tokens & b.features().tokens) >= 2


class _Builder:
    def __init__(self, night: Night) -> None:
        self.night = night
        self.assigned: set[int] = set()
        self.leading: dict[str, Story] = {}
        self.stories: list[Story] = []

    def free(self, m: Moment) -> bool:
        return not any(i in self.assigned for i in m.indexes)

    def follow_ups(self, lead: Moment) -> list[Moment]:
        night = self.night
        pool: dict[int, Moment] = {}
        for person in lead.people:
            indexes = night.clusters.lists.get(person, [])
            for i in heapq.nsmallest(FOLLOW_UP_POOL, indexes, key=lambda j: night.reports[j].solo):
                if i in self.assigned or i in lead.indexes:
                    continue
                m = night.moment(i, grow=False)
                if m.first not in pool and m is not lead and self.free(m) and not m.filler and not m.junk:
                    pool[m.first] = m
        eligible = [
            m
            for m in pool.values()
            if _continues(lead, m) or (m.lead == lead.lead and m.score >= NEARLY_AS_STRONG * lead.score)
        ]
        eligible.sort(key=lambda m: m.priority[1:])
        return eligible[:MAX_FOLLOW_UPS]

    def take(self, m: Moment) -> None:
        lead = m.lead
        if m.pin is None and lead is not None and lead in self.leading:
            return
        if m.pin is not None and lead is not None and lead in self.leading:
            earlier = self.leading[lead]
            if len(earlier.follow_ups) < MAX_FOLLOW_UPS:
                earlier.follow_ups.append(m)
                self.assigned.update(m.indexes)
                return
        story = Story(m, lead)
        self.assigned.update(m.indexes)
        story.follow_ups = self.follow_ups(m)
        for f in story.follow_ups:
            self.assigned.update(f.indexes)
        attention = self.night.book.attention.get(lead, 0) if lead is not None else 0
        story.score = round(m.score + W_FOLLOW_UP * len(story.follow_ups) + attention_bonus(attention), 4)
        if lead is not None:
            self.leading.setdefault(lead, story)
        self.stories.append(story)


def _build(night: Night, wanted: int) -> list[Story]:
    builder = _Builder(night)
    reports = night.reports
    for r in sorted((r for r in reports if r.pin is not None), key=lambda r: r.solo):
        m = night.moment(r.index)
        if builder.free(m):
            builder.take(m)
    parent, members = night.clusters.parent, night.clusters.members
    heap = [
        reports[i].solo if i not in members else priority_of([reports[j] for j in members[i]])
        for i in range(len(reports))
        if parent[i] == i
    ]
    heapq.heapify(heap)
    unpinned = 0
    while heap and unpinned < wanted:
        priority = heapq.heappop(heap)
        i = priority[2]
        if i in builder.assigned or night.clusters.find(i) != i or reports[i].pin is not None:
            continue
        names = reports[i].names
        if names and all(k in builder.leading for k in names) and len(night.clusters.group(i)) == 1:
            continue  # about people who already lead a story: cannot lead one
        m = night.moment(i)  # compares it with its neighbours if that was not done yet
        if m.priority != priority and night.clusters.find(i) == i:
            heapq.heappush(heap, m.priority)  # it grew: back in line with its real score
            continue
        if m.first != i or not builder.free(m) or m.filler or m.junk:
            continue
        before = len(builder.stories)
        builder.take(m)
        unpinned += len(builder.stories) - before
    stories = builder.stories
    stories.sort(key=Story.order)
    return stories


def stories_of(
    show: Show,
    sightings: Iterable[AnySighting],
    curations: Sequence[Curation],
    now: datetime,
    roster: Sequence[RosterEntry] | None = None,
    count: int = 5,
) -> tuple[list[Story], NameBook, int]:
    """Stories in digest order (at least `count` + 1 when the night has them), the name book, and the
    number of candidates."""
    reports, book = prepare(candidates(show, sightings, curations, now), curations, roster)
    night = Night(reports, book)
    return _build(night, count + 1 + SPARE_STORIES), book, len(reports)
