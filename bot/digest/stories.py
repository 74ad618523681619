"""From a night of sightings to ranked stories: the digest's algorithm.

Deterministic, and O(n log n) in the number of sightings:

1. **Candidates** (`night.candidates`). The show's sightings that `Sighting.is_candidate(now)` accepts
   (live, embargo passed), minus the editor's drops; a drop also removes what corroborates the dropped
   sighting (the same moment). Each sighting's *last* curation wins. Candidates are sorted by
   (created_at, id) and everything after works in that order, never in the order of the input list.
2. **Names** (`night.prepare`). Names (`people` + `other_names`) are folded (case, accents, entities);
   with a roster, aliases map to canonical names. *Attention* of a person = candidate sightings naming
   them. The *lead* of a sighting or moment is its name with the most attention, ties alphabetical (not
   the reporter's order, so two reports of one exchange get the same lead). Every other name of a moment
   therefore drew no more attention than its lead.
3. **Exact links** (`moments.Groups`, union-find). A sighting that `corroborates` another joins it; its
   group goes to the lead of all its names. Then, per lead, sightings with the same quote (16+
   characters, folded), nested names (one's names all among the other's) and at most 20 minutes apart
   join too. Groups found this way never span more than 20 minutes: no chaining across the night.
4. **Stories** (`_stories`). All the groups of one lead make one story: a person who dominates the
   night ("Gaga-centric") is one story built from several moments, never several items; so each person
   leads at most one story, hence at most one item. Nameless groups are stories of their own.
5. **Near-duplicates** (`_ranked`, the sweep). A story's moments are ranked by priority (pinned first,
   then moment score, earliest, lowest id). Around each of its 10 strongest (and every pinned one) the
   sweep looks at the moments at most 20 minutes and 24 positions away, scores their texts against it in
   one C call (`rapidfuzz.process.extract`, `fuzz.ratio` on the folded `what`), and absorbs those that
   are near-identical (ratio >= 75, or >= 85 once the words are sorted, for reordered names), with nested
   names and a merged span of 20 minutes at most. Two correspondents reporting one exchange thus become
   one moment credited to both, and the corroboration counts in its favour. The story tells its pinned
   moments, then its strongest, up to 5; the others are counted ("… more sightings of X"), not told.
   Only moments that may be told are compared, and each with a bounded window: never all pairs.
6. **Scores** (`scoring`). moment = 2·ln(1+votes) + 1.5·(sightings−1) + 1·(distinct reporters−1)
   + 1·[a quote] + 0.5·[a reporter headline]; story = the same over the moments told
   + 1.5·ln(1+attention of the lead) + 0.25·Σ ln(1+attention) of up to 3 other people
   + 0.5·(moments told−1), rounded to 4 decimals.
7. **Order.** Pinned stories first, in pin order; then score (descending), earliest sighting, lowest id.
   The compiler takes the first `count` as items and the next one as the bonus.

Cost: a few passes of O(1) work per sighting, sorts (n log n), and per story at most
10 × 48 text comparisons in C.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from rapidfuzz import fuzz, process

from bot.models import Curation, RosterEntry, Show, Sighting

from .moments import (
    REORDER_FLOOR,
    REORDER_SIMILARITY,
    TEXT_SIMILARITY,
    WINDOW_SECONDS,
    Groups,
    Lineup,
    Moment,
    link_quotes,
    measure,
    names_nest,
)
from .night import NameBook, Report, candidates, lead_of, prepare
from .scoring import (
    OTHER_PEOPLE_COUNTED,
    UNPINNED,
    W_BREADTH,
    W_CORROBORATION,
    W_HEADLINE,
    W_LEAD_ATTENTION,
    W_OTHER_ATTENTION,
    W_QUOTE,
    W_REPORTERS,
    attention_term,
    vote_term,
)

MAX_MOMENTS = 5  # moments told in one story (pinned ones always are)
SWEPT = 2 * MAX_MOMENTS  # the sweep looks around this many of a story's strongest moments (+ pinned)
SWEEP_SPAN = 24  # ... at most this many moments either side of each


@dataclass(slots=True)
class Story:
    """What one item tells: a person's moments (or one nameless moment)."""

    lead: str | None
    used: list[Moment]  # the moments told, by priority
    total: int  # sightings in the story, told or not
    score: float = 0.0
    pin: int | None = None
    pin_headline: str | None = None
    order: tuple[int, int, float, int] = (1, 0, 0.0, 0)

    @property
    def first(self) -> int:
        """Time-order index of its earliest sighting told."""
        return min(m.first for m in self.used)


def _buckets(reports: list[Report], groups: Groups, book: NameBook) -> dict[str | None, list[Report]]:
    """Corroborations joined (step 3), then the sightings of each story lead (step 4), in time order."""
    linked: set[int] = set()
    corroborating = [r for r in reports if r.sighting.corroborates is not None]
    if corroborating:
        index_of = {r.sighting.id: r.index for r in reports}
        for r in corroborating:
            target = r.sighting.corroborates
            original = index_of.get(target) if target is not None else None
            if original is not None:
                groups.union(original, r.index, force=True)
                linked.update((r.index, original))
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


def _quoted(bucket: list[Report]) -> list[Report]:
    return [r for r in bucket if r.sighting.quote]


def _ranked(lineup: Lineup, book: NameBook, swept: int) -> list[Moment]:
    """A lead's moments by priority after the sweep; only the ones that may be told are built.

    `lineup` holds the lead's sightings grouped by step 3, in time order. Around each of the
    `swept` strongest (and every pinned one), the sweep absorbs near-duplicates among the moments at most
    WINDOW apart (SWEEP_SPAN either side): texts alike as written (`fuzz.ratio` in one C call per moment
    via `process.extract`) or once their words are sorted, names nested, the merged moment ≤ WINDOW.
    """
    attention = book.attention
    built: dict[int, Moment] = {}

    def moment(i: int) -> Moment:
        m = built.get(i)
        if m is None:
            m = built[i] = Moment(lineup.group(i), attention)
        return m

    firsts, members = lineup
    if members:
        priority = [r.solo if r.index not in members else moment(i).priority for i, r in enumerate(firsts)]
    else:
        priority = [r.solo for r in firsts]
    order = sorted(range(len(firsts)), key=priority.__getitem__)
    gone: set[int] = set()
    told = 0
    for i in order:
        if told >= swept and priority[i][0] == UNPINNED:
            break
        if i in gone:
            continue
        told += 1
        current = moment(i)
        near = _around(firsts, i, gone)
        if not near:
            continue
        texts = [firsts[j].plain() for j in near]
        first = current.reports[0]
        hits = process.extract(
            first.plain(), texts, scorer=fuzz.ratio, processor=None, score_cutoff=REORDER_FLOOR, limit=None
        )
        for _, similarity, k in hits:
            j = near[k]
            candidate = firsts[j]
            # cheap checks on the candidate's first sighting before building it as a moment
            if candidate.index in members:
                other = moment(j)
                names, start, end = other.names, other.start, other.end
            else:
                names, start, end = candidate.names, candidate.ts, candidate.ts
            span = max(current.end, end) - min(current.start, start)
            if span > WINDOW_SECONDS or not names_nest(current.names, names):
                continue
            if similarity < TEXT_SIMILARITY and fuzz.ratio(first.key(), candidate.key()) < REORDER_SIMILARITY:
                continue
            current.absorb(moment(j), attention)
            gone.add(j)
        priority[i] = current.priority
    if gone:
        order = sorted((i for i in range(len(firsts)) if i not in gone), key=priority.__getitem__)
    return [moment(i) for i in order[: max(swept, sum(1 for i in order if priority[i][0] != UNPINNED))]]


def _around(firsts: list[Report], i: int, gone: set[int]) -> list[int]:
    """Positions of the moments at most WINDOW_SECONDS and SWEEP_SPAN positions from moment `i`."""
    at = firsts[i].ts
    lo = i
    while lo > 0 and i - lo < SWEEP_SPAN and at - firsts[lo - 1].ts <= WINDOW_SECONDS:
        lo -= 1
    hi = i + 1
    while hi < len(firsts) and hi - i <= SWEEP_SPAN and firsts[hi].ts - at <= WINDOW_SECONDS:
        hi += 1
    return [j for j in range(lo, hi) if j != i and j not in gone]


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
    weight = W_OTHER_ATTENTION * sum(attention_term(attention.get(k, 0)) for k in others[:OTHER_PEOPLE_COUNTED])
    if story.lead is not None:
        weight += W_LEAD_ATTENTION * attention_term(attention.get(story.lead, 0))
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
        story.order = (0, story.pin, 0.0, 0)
    else:
        story.order = (1, 0, -story.score, story.first)


def _stories(lead: str | None, bucket: list[Report], groups: Groups, book: NameBook) -> list[Story]:
    """Steps 3 (shared quotes) to 6 for one lead: its story; for nameless sightings, a story per moment."""
    link_quotes(_quoted(bucket), groups)
    lineup = groups.of(bucket)
    if lead is None:
        ranked = _ranked(lineup, book, len(lineup.firsts))
        stories = [Story(None, [m], len(m.reports)) for m in ranked]
    else:
        ranked = _ranked(lineup, book, SWEPT)
        pinned = sum(1 for m in ranked if m.pin is not None)
        stories = [Story(lead, ranked[: max(MAX_MOMENTS, pinned)], len(bucket))]
    for story in stories:
        _score(story, book)
    return stories


def stories_of(
    show: Show,
    sightings: Iterable[Sighting],
    curations: Sequence[Curation],
    now: datetime,
    roster: Sequence[RosterEntry] | None = None,
) -> tuple[list[Story], NameBook, int]:
    """Stories in digest order, the name book, and the number of candidates."""
    reports, book = prepare(candidates(show, sightings, curations, now), curations, roster)
    groups = Groups(reports)
    buckets = _buckets(reports, groups, book)
    stories: list[Story] = []
    for lead in sorted(buckets, key=lambda lead: (lead is not None, lead or "")):
        stories.extend(_stories(lead, buckets[lead], groups, book))
    stories.sort(key=attrgetter("order"))
    return stories, book, len(reports)
