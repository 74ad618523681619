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

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.models import Curation, RosterEntry, Show, Sighting

from .moments import (
    PRIORITY,
    UNPINNED,
    W_CORROBORATION,
    W_HEADLINE,
    W_QUOTE,
    W_REPORTERS,
    WINDOW_SECONDS,
    Groups,
    Moment,
    link_bucket,
    measure,
    moments_of,
    same_moment,
    vote_term,
)
from .night import NameBook, Report, candidates, lead_of, prepare

MAX_MOMENTS = 5  # moments told in one story (pinned ones always are)
SWEEP_SPAN = 24  # the sweep looks at most this many moments either side of a told one
W_LEAD_ATTENTION = 1.5
W_OTHER_ATTENTION = 0.25
W_BREADTH = 0.5
OTHER_PEOPLE_COUNTED = 3
BOUND_MARGIN = 1e-3  # covers the rounding of scores when a lead is skipped by its bound


@dataclass(slots=True)
class Story:
    """What one item tells: a person's moments (or one nameless moment)."""

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


def _buckets(reports: list[Report], groups: Groups, book: NameBook) -> dict[str | None, list[Report]]:
    """Corroborations joined (step 3 a), then the sightings of each story lead, in time order."""
    index_of = {r.sighting.id: r.index for r in reports}
    linked: list[Report] = []
    for r in reports:
        original = r.sighting.corroborates
        if original is not None and original in index_of:
            groups.union(index_of[original], r.index, force=True)
            linked.append(r)
            linked.append(reports[index_of[original]])
    lead = [r.lead for r in reports]
    if linked:
        members: dict[int, list[Report]] = {}
        for r in sorted(set(linked), key=lambda r: r.index):
            members.setdefault(groups.find(r.index), []).append(r)
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


def _sweep(story: Story, book: NameBook) -> None:
    """Around each moment the story may tell, absorb near-duplicates that step 3 missed."""
    by_time = story.moments  # built in time order of first sighting
    moments = sorted(by_time, key=PRIORITY)
    if len(moments) > 1:
        starts = [m.start for m in by_time]
        gone: set[int] = set()
        told = 0
        for moment in moments:
            if told >= MAX_MOMENTS and moment.priority[0] == UNPINNED:
                break
            if id(moment) in gone:
                continue
            told += 1
            centre = bisect_left(starts, moment.start)
            lo = max(bisect_left(starts, moment.start - WINDOW_SECONDS), centre - SWEEP_SPAN)
            hi = min(bisect_right(starts, moment.start + WINDOW_SECONDS), centre + SWEEP_SPAN)
            for other in by_time[lo:hi]:
                if (
                    other is not moment
                    and id(other) not in gone
                    and moment.span_with(other) <= WINDOW_SECONDS
                    and same_moment(moment, other)
                ):
                    moment.absorb(other, book.attention)
                    gone.add(id(other))
        if gone:
            moments = [m for m in moments if id(m) not in gone]
            moments.sort(key=PRIORITY)
    story.moments = moments
    pinned = sum(1 for m in moments if m.priority[0] != UNPINNED)
    story.used = moments[: max(MAX_MOMENTS, pinned)]


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


def _stories(lead: str | None, bucket: list[Report], groups: Groups, book: NameBook) -> list[Story]:
    """Steps 3 b–c, 4 and 5 for one lead: its story, or one story per moment for nameless sightings."""
    link_bucket(bucket, groups)
    moments = moments_of(bucket, groups, book.attention)
    stories = [Story(lead, moments)] if lead is not None else [Story(None, [m]) for m in moments]
    for story in stories:
        _sweep(story, book)
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
        stories.extend(_stories(lead, buckets[lead], groups, book))
    for bound, lead in bounded:
        if keep is not None:
            scores = sorted((s.score for s in stories if s.pin is None), reverse=True)
            room = keep - sum(1 for s in stories if s.pin is not None)
            if room <= 0 or (len(scores) >= room and bound + BOUND_MARGIN < scores[room - 1]):
                break
        stories.extend(_stories(lead, buckets[lead], groups, book))
    stories.sort(key=lambda s: s.order)
    return stories, book, len(reports)
