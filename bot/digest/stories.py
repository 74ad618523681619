"""From a night of sightings to ranked stories: the digest's algorithm.

Deterministic and O(n log n):

1. **Candidates** (`night.candidates`). Sightings of the show that `Sighting.is_candidate(now)` accepts
   (live, embargo passed), minus the editor's drops; a drop also removes the sightings that corroborate
   the dropped one (the same moment). Each sighting's *last* curation wins. Candidates are sorted by
   (created_at, id) and everything after works on that order, never on the order of the input list.
2. **Names** (`night.prepare`). Names (`people` + `other_names`) are folded (case, accents, entities);
   with a roster, aliases map to canonical names. *Attention* of a person = candidate sightings naming
   them. The *lead* of a sighting (or moment) is its name with the most attention, ties to the first
   tagged, so every other name of a moment drew no more attention than its lead.
3. **Moments** (`moments`, union-find). Two sightings are one moment when
   a. one `corroborates` the other (explicit: always), or
   b. they have the same lead, nested names (one's names all among the other's), are at most 20 minutes
      apart and their texts (what + quote) are near-identical (`fuzz.ratio` >= 75), or
   c. same lead, nested names, at most 20 minutes apart, the same quote (16+ characters).
   Rule b is blocked: within one lead, in time order, each sighting is compared with its next 3 only
   (prefix prefilter in C, then a full check), so never all pairs. A moment found by b or c never spans
   more than 20 minutes (no chaining across the night).
4. **Stories**. A corroborated group goes with the lead of all its names; then every moment of a lead is
   one story: a person who dominates the night ("Gaga-centric") is one story built from several
   moments, never several items. Nameless moments are stories of their own. Each person therefore
   leads at most one story, hence at most one item. Around each moment a story may tell, a *sweep*
   absorbs near-duplicates that step 3's blocking missed (reordered words — tokens sorted — or more
   than 3 sightings of the same person in between). A story tells its pinned moments, then its strongest
   moments, up to 5; the rest are counted ("… more sightings of X"), not told.
5. **Scores.** moment: see `moments.Moment`. story = 2·ln(1+votes) + 1.5·corroborations
   + 1·(distinct reporters−1) + 1.5·ln(1+attention of the lead) + 0.25·Σ ln(1+attention) of up to 3 other
   people + 1·[a quote] + 0.5·[a reporter headline] + 0.5·(moments told−1), over the moments told,
   rounded to 4 decimals.
6. **Order.** Pinned stories first, in pin order; then score (descending), earliest sighting, lowest id.
   Steps 3–5 only run for the leads that can still reach the digest: leads are visited by an upper bound
   of their story's score (from their sighting count, votes and attention), and the visit stops once that
   bound falls below the score of the last story the digest (count items + bonus) would keep — so a big
   night's long tail costs one pass, and the result is exactly the one a full computation would give.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from rapidfuzz import fuzz, process

from bot.models import Curation, RosterEntry, Show, Sighting

from .moments import (
    REORDER_FLOOR,
    TEXT_SIMILARITY,
    UNPINNED,
    W_CORROBORATION,
    W_HEADLINE,
    W_QUOTE,
    W_REPORTERS,
    WINDOW_SECONDS,
    Groups,
    Moment,
    link_quotes,
    measure,
    names_nest,
    vote_term,
)
from .night import NameBook, Report, candidates, lead_of, prepare

MAX_MOMENTS = 5  # moments told in one story (pinned ones always are)
SWEPT = 2 * MAX_MOMENTS  # the sweep looks around this many of a story's strongest moments (+ pinned)
SWEEP_SPAN = 24  # ... at most this many moments either side of each
W_LEAD_ATTENTION = 1.5
W_OTHER_ATTENTION = 0.25
W_BREADTH = 0.5
OTHER_PEOPLE_COUNTED = 3
BOUND_MARGIN = 1e-3  # covers the rounding of scores when a lead is skipped by its bound


@dataclass(slots=True)
class Story:
    """What one item tells: a person's moments (or one nameless moment)."""

    lead: str | None
    used: list[Moment]  # the moments told, by priority
    total: int  # sightings in the story, told or not
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


def _buckets(reports: list[Report], groups: Groups, book: NameBook) -> dict[str | None, list[Report]]:
    """Corroborations joined (step 3 a), then the sightings of each story lead, in time order."""
    index_of = {r.sighting.id: r.index for r in reports}
    linked: set[int] = set()
    for r in reports:
        original = r.sighting.corroborates
        if original is not None and original in index_of:
            groups.union(index_of[original], r.index, force=True)
            linked.update((r.index, index_of[original]))
    lead = [r.lead for r in reports]
    if linked:
        members: dict[int, list[Report]] = {}
        for index in sorted(linked):
            members.setdefault(groups.find(index), []).append(reports[index])
        for group in members.values():
            group_lead = lead_of(measure(group).names, book.attention)
            for r in group:
                lead[r.index] = group_lead
    buckets: dict[str | None, list[Report]] = {}
    for r in reports:
        buckets.setdefault(lead[r.index], []).append(r)
    return buckets


def _bound(bucket: list[Report], lead: str, book: NameBook) -> float:
    """An upper bound of the score of `lead`'s story, whatever its moments turn out to be."""
    n = len(bucket)
    votes = sum(v for v in (r.sighting.votes for r in bucket) if v > 0)
    others = math.log1p(book.attention.get(lead, 0))  # no other name drew more attention than the lead
    return (
        vote_term(votes)
        + (W_CORROBORATION + W_REPORTERS) * (n - 1)
        + W_LEAD_ATTENTION * others
        + W_OTHER_ATTENTION * OTHER_PEOPLE_COUNTED * others
        + W_QUOTE
        + W_HEADLINE
        + W_BREADTH * (min(MAX_MOMENTS, n) - 1)
    )


def _ranked(groups: list[list[Report]], book: NameBook, swept: int) -> list[Moment]:
    """A lead's moments by priority after the sweep; only the ones that may be told are built.

    `groups` are the lead's sightings grouped by steps 3 a and c, in time order. Around each of the
    `swept` strongest (and every pinned one), the sweep absorbs near-duplicates among the moments at most
    WINDOW apart (SWEEP_SPAN either side): texts alike as written (`fuzz.ratio` in one C call per moment
    via `process.extract`) or once their words are sorted, names nested, the merged moment ≤ WINDOW.
    """
    attention = book.attention
    built: dict[int, Moment] = {}

    def moment(i: int) -> Moment:
        m = built.get(i)
        if m is None:
            m = built[i] = Moment(groups[i], attention)
        return m

    priority = [_priority(g) if len(g) == 1 else moment(i).priority for i, g in enumerate(groups)]
    order = sorted(range(len(groups)), key=priority.__getitem__)
    starts = [g[0].ts for g in groups]
    gone: set[int] = set()
    told = 0
    for i in order:
        if told >= swept and priority[i][0] == UNPINNED:
            break
        if i in gone:
            continue
        told += 1
        current = moment(i)
        lo = max(bisect_left(starts, starts[i] - WINDOW_SECONDS), i - SWEEP_SPAN)
        hi = min(bisect_right(starts, starts[i] + WINDOW_SECONDS), i + SWEEP_SPAN + 1)
        near = [j for j in range(lo, hi) if j != i and j not in gone]
        if not near:
            continue
        texts = [groups[j][0].plain() for j in near]
        first = current.reports[0]
        hits = process.extract(
            first.plain(), texts, scorer=fuzz.ratio, processor=None, score_cutoff=REORDER_FLOOR, limit=None
        )
        for _, similarity, k in hits:
            other = moment(near[k])
            if (
                current.span_with(other) <= WINDOW_SECONDS
                and names_nest(current.names, other.names)
                and (
                    similarity >= TEXT_SIMILARITY or fuzz.ratio(first.key(), other.reports[0].key()) >= TEXT_SIMILARITY
                )
            ):
                current.absorb(other, attention)
                gone.add(near[k])
        priority[i] = current.priority
    if gone:
        order = sorted((i for i in range(len(groups)) if i not in gone), key=priority.__getitem__)
    return [moment(i) for i in order[: max(swept, sum(1 for i in order if priority[i][0] != UNPINNED))]]


def _priority(group: list[Report]) -> tuple[int, float, float, int]:
    """`Moment(group).priority` of a single sighting, without building the moment."""
    r = group[0]
    s = r.sighting
    score = vote_term(s.votes) + (W_QUOTE if s.quote else 0.0) + (W_HEADLINE if s.headline else 0.0)
    return (UNPINNED if r.pin is None else r.pin, -score, r.ts, s.id)


def _score(story: Story, book: NameBook) -> None:
    """The story's score (step 5) and sort key (step 6)."""
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
    weight = W_OTHER_ATTENTION * sum(math.log1p(attention.get(k, 0)) for k in others[:OTHER_PEOPLE_COUNTED])
    if story.lead is not None:
        weight += W_LEAD_ATTENTION * math.log1p(attention.get(story.lead, 0))
    stats = [m.stats for m in used]
    score = (
        vote_term(sum(st.votes for st in stats))
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


def _stories(lead: str | None, bucket: list[Report], groups: Groups, book: NameBook, keep: int | None) -> list[Story]:
    """Steps 3 c, 4 and 5 for one lead: its story; or, for nameless sightings, a story per moment."""
    link_quotes(bucket, groups)
    members: dict[int, list[Report]] = {}
    find = groups.find
    for r in bucket:  # in time order, so groups are in time order of their first sighting
        members.setdefault(find(r.index), []).append(r)
    grouped = list(members.values())
    if lead is not None:
        ranked = _ranked(grouped, book, SWEPT)
        pinned = sum(1 for m in ranked if m.pin is not None)
        stories = [Story(lead, ranked[: max(MAX_MOMENTS, pinned)], len(bucket))]
    else:
        wanted = len(grouped) if keep is None else keep
        ranked = _ranked(grouped, book, wanted + SWEPT)
        pinned = sum(1 for m in ranked if m.pin is not None)
        stories = [Story(None, [m], len(m.reports)) for m in ranked[: max(wanted, pinned)]]
    for story in stories:
        _score(story, book)
    return stories


def stories_of(
    show: Show,
    sightings: Iterable[Sighting],
    curations: Sequence[Curation],
    now: datetime,
    roster: Sequence[RosterEntry] | None = None,
    *,
    keep: int | None = None,
) -> tuple[list[Story], NameBook, int]:
    """Stories in digest order, the name book, and the number of candidates.

    With `keep`, only the first `keep` stories are guaranteed (and computed): the leads whose bound
    cannot reach them are skipped. Without it, every story is computed.
    """
    reports, book = prepare(candidates(show, sightings, curations, now), curations, roster)
    groups = Groups(reports)
    buckets = _buckets(reports, groups, book)
    pinned_leads = {lead for lead, bucket in buckets.items() if any(r.pin is not None for r in bucket)}
    first = [lead for lead in buckets if lead is None or lead in pinned_leads]
    first.sort(key=lambda lead: (lead is not None, lead or ""))
    bounded = sorted(
        ((_bound(buckets[lead], lead, book), lead) for lead in buckets if lead is not None and lead not in first),
        key=lambda bl: (-bl[0], bl[1]),
    )
    stories: list[Story] = []
    for lead in first:
        stories.extend(_stories(lead, buckets[lead], groups, book, keep))
    room = None if keep is None else keep - sum(1 for s in stories if s.pin is not None)
    best = [s.score for s in stories if s.pin is None]  # a min-heap of the `room` best scores so far
    heapq.heapify(best)
    for bound, lead in bounded:
        if room is not None:
            while len(best) > max(room, 0):
                heapq.heappop(best)
            if room <= 0 or (len(best) == room and bound + BOUND_MARGIN < best[0]):
                break  # this lead, and every later one, cannot reach the digest
        for story in _stories(lead, buckets[lead], groups, book, keep):
            stories.append(story)
            heapq.heappush(best, story.score)
    stories.sort(key=attrgetter("order"))
    return stories, book, len(reports)
