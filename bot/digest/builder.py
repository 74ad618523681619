"""The night's moments (`Night`) and the builder of its stories (`_Builder`): a lead moment, its follow-ups and
the retellings merged into them. See `bot.digest.stories`."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from .clusters import BIG_NIGHT_NEIGHBOURS, Clusters
from .moments import Moment
from .night import NameBook, Report, claim_words
from .own_items import stands_apart
from .payoffs import set_up_elsewhere
from .retellings import retells
from .retold_window import may_retell
from .scenes import AROUND, around, bound_to, promised_cause, sets_the_scene
from .scoring import (
    FOLLOW_UP_SHARE,
    story_score,
)
from .story import Story
from .threads import (
    MAX_FOLLOW_UPS,
    _answers_award,
    _led_to,
    _told_people,
    _vows,
    _with_premise,
    _won_as_vowed,
    joins,
    keeps_promise,
    merged,
    of_a_pair,
    pays_off_line,
    setup,
    subject,
)

KEPT_APART = 15 * 60  # seconds: a moment that keeps a promise this far from a story's lead moment is another story
FOLLOW_UP_POOL = 24  # strongest reports of each person considered as follow-ups
STRONG_SHARE = 0.75  # a moment with this share of the votes of the night's most voted report is near the top
MEDIAN_SAMPLE = 2000  # reports the median is read from (every k-th: a night of 100,000 is not sorted for it)
STANDS_OUT = 3  # ... and with this many times the votes of the night's median report (on a night where every
# report drew 10–18 votes, none is a moment above the rest: a star's pile of them leads one item, not three)


class Night:
    """The night's reports, their clusters and the moments built from them (lazily, by root)."""

    def __init__(self, reports: list[Report], book: NameBook, tz: ZoneInfo | None = None) -> None:
        self.reports = reports
        self.book = book
        self.tz = tz  # the show's timezone: the clock times reports name are its local ones
        self.clusters = Clusters(reports)
        self.clusters.link(r for r in reports if r.sighting.corroborates is not None)
        self.clusters.join_replies()
        self.clusters.join_pronoun_posts()
        self.clusters.join_object_posts()
        if not self.clusters.big:  # (the role join is read pair by pair, as clustering is: never on a big night)
            self.clusters.join_role_posts()
            self.clusters.cluster(range(len(reports)))
        self.built: dict[tuple[int, ...], Moment] = {}
        self._strongest: dict[str, list[int]] = {}
        self._mentioning: dict[str, list[int]] | None = None
        # a moment with this many votes is near the night's top and stands out from its run of reports (`strong`)
        top = max((r.sighting.votes for r in reports), default=0)
        sample = sorted(r.sighting.votes for r in reports[:: max(1, len(reports) // MEDIAN_SAMPLE)])
        typical = sample[len(sample) // 2] if sample else 0  # (the median of an even sample of the night's reports)
        self.strong_votes = max(1.0, STRONG_SHARE * top, STANDS_OUT * typical)

    def strong(self, m: Moment) -> bool:
        """A moment that leads an item of its own, never a tail of another story unless it is that story's own beat
        (`setup`, `continues`): one the editors keyed or pinned, or with votes near the night's top (STRONG_SHARE of
        the most any report drew) that stand out from the night's run of reports (STANDS_OUT times the median)."""
        return m.key or m.pin is not None or m.votes >= self.strong_votes

    def strongest(self, person: str) -> list[int]:
        """The FOLLOW_UP_POOL strongest reports of a person (smallest `solo` first), worked out once per person:
        every story about them asks again. (A report's `solo` ends with its index and is fixed once prepared.)"""
        found = self._strongest.get(person)
        if found is None:
            reports = self.reports
            solos = [reports[j].solo for j in self.clusters.lists.get(person, ())]
            found = self._strongest[person] = [solo[2] for solo in heapq.nsmallest(FOLLOW_UP_POOL, solos)]
        return found

    def mentioning(self, person: str) -> list[int]:
        """The FOLLOW_UP_POOL strongest reports whose text names a person by surname without tagging them
        (`Clusters.mentions`: "Stage manager Dev Rao taped Mia Holt's snapped statuette" tagged with Rao alone; none
        on a big night), worked out for every person at once, the first time a story asks."""
        if self._mentioning is None:
            found: dict[str, list[tuple[int, float, int]]] = {}
            for i, keys in self.clusters.mentions.items():
                for k in keys:
                    found.setdefault(k, []).append(self.reports[i].solo)
            self._mentioning = {k: [solo[2] for solo in heapq.nsmallest(FOLLOW_UP_POOL, v)] for k, v in found.items()}
        return self._mentioning.get(person, [])

    def moment(self, i: int, *, grow: bool = True) -> Moment:
        """The moment report `i` belongs to (compared with its neighbours first, if it was not yet and
        `grow`)."""
        if grow:
            self.clusters.grow(i)
            self.clusters.join_events()
        group = tuple(self.clusters.group(i))
        m = self.built.get(group)
        if m is None:
            m = self.built[group] = Moment([self.reports[j] for j in group])
        return m


NAMELESS_BEFORE = 2 * 3600  # seconds: how long before a moment a report naming nobody may be its premise


def _others_only(m: Moment, lead: Moment) -> bool:
    """Whether a moment is about people and none of `lead`'s: someone else's line, not an answer to `lead` when
    nobody voted for it and it has no quote."""
    return bool(m.people) and set(m.people).isdisjoint(lead.people)


class _Builder:
    def __init__(self, night: Night) -> None:
        self.night = night
        self.assigned: set[int] = set()
        self.leading: dict[str, Story] = {}
        self.stories: list[Story] = []
        self.scene: Moment | None = None  # the scene the last story's lead moment answers, if it is told
        self.premise: Moment | None = None  # the premise the last story's follow-ups brought in
        self.passed: list[Moment] = []  # (moments left out because their person leads an item: `stories._build`)

    def free(self, m: Moment) -> bool:
        return not any(i in self.assigned for i in m.indexes)

    def told_in(self, m: Moment) -> tuple[Story, Moment] | None:
        """The story, and its moment, that `m` retells (`retellings.retells`), if any."""
        for story in self.stories:
            for told in story.moments:
                if may_retell(told, m) and retells(told, m):
                    return story, told
        return None

    def follow_ups(self, lead: Moment, about: str | None) -> tuple[Moment, list[Moment]]:
        """The lead moment, with its retellings merged in, and its follow-ups: at most MAX_FOLLOW_UPS beats of its
        story (`joins`), the strongest first, after what its headline promises (`promised`) and a pinned moment's
        scene; the moments bound to it whoever they name (`bound`) in the places left; its premise
        (`_with_premise`). A candidate that retells the lead moment, a follow-up or a moment of another story is
        merged into that moment instead of being told again."""
        night = self.night
        pool: dict[int, Moment] = {}
        foreign: dict[int, Moment] = {}  # (told only in another language: merged when it retells, never a beat)
        for person in lead.people:
            for i in night.strongest(person):
                if i in self.assigned or i in lead.indexes:
                    continue
                m = night.moment(i, grow=False)
                if m.root not in pool and m is not lead and self.free(m) and _may_tell(m):
                    pool[m.root] = m
                elif m.root not in pool and m is not lead and self.free(m) and not m.dropped and m.told_abroad:
                    foreign[m.root] = m
                elif m.told_filler and m.first < lead.first and _may_join(m) and _answers_award(lead, m):
                    pool[m.root] = m  # (a one-line award result is filler, but not before the hug that answers it)
            for i in night.mentioning(person):  # what a line of the lead moment said would be done, done later by
                # someone else, who names them without tagging ("… fed it to the horse. Lia Conti held the trophy")
                if i in self.assigned or i in lead.indexes or night.reports[i].ts <= lead.ts:
                    continue
                m = night.moment(i, grow=False)
                if m.root not in pool and self.free(m) and _may_tell(m) and pays_off_line(lead, m):
                    pool[m.root] = m
        bound = self.bound(lead)
        eligible = sorted(
            (
                m
                for m in pool.values()
                if m not in bound
                and joins(lead, about, m, night.tz)
                and not self._own_item(lead, m)
                and not stands_apart(lead, about, m, night.strong(m), night.tz)
                and (m.first < lead.first or self.payoff_of(lead, m) is None)
                and not (m.first < lead.first and _vows(m) and self.kept_elsewhere(lead, m))
            ),
            key=lambda m: m.priority[1:],
        )
        # what the headline promises comes first, then a pinned moment's scene; the others
        # take the places left
        cause = self.promised(lead)
        if cause is None:  # "Haskett kept the promise he made in the green room", or a shave an earlier vow names:
            # the promise is what the story began with, whatever else of his night is stronger
            kept = keeps_promise(lead)
            cause = next(
                (
                    m
                    for m in eligible
                    if m.first < lead.first
                    and _vows(m)
                    and setup(lead, about, m)
                    and (kept or subject(lead, m))
                    and not _promise_told(lead, m)
                ),
                None,
            )
        first = [
            *([cause] if cause is not None else []),
            *(m for m in bound if lead.pin is not None and m is not cause and sets_the_scene(m, lead)),
        ]
        ranked = [*first, *(m for m in eligible if m is not cause), *(m for m in bound if m not in first)]
        chosen: list[Moment] = []
        absorbed: set[int] = set()
        foreign = {k: m for k, m in foreign.items() if k not in pool and not m.junk}
        for m in [*ranked, *(m for m in pool.values() if m not in ranked), *foreign.values()]:
            told = [lead, *chosen]
            home = next((t for t in told if may_retell(t, m) and retells(t, m)), None)
            if home is not None:  # told already: one moment
                absorbed.add(m.root)
                joined = merged(home, m)
                if home is lead:
                    lead = joined
                else:
                    chosen[chosen.index(home)] = joined
            elif (elsewhere := self.told_in(m)) is not None:
                absorbed.add(m.root)
                self.merge(*elsewhere, m)
            elif len(chosen) < MAX_FOLLOW_UPS and m in ranked:
                chosen.append(m)
        rest = [m for m in pool.values() if m.root not in absorbed and not night.strong(m)]
        rest += self.naming(lead, about, rest)
        rest += self.nameless(lead, rest)
        chosen = self.with_result(lead, chosen)
        before = chosen
        chosen = _with_premise(lead, chosen, rest)
        self.premise = next((m for m in chosen if m not in before), None)
        self.scene = (
            cause
            if cause is not None and cause in chosen
            else next((m for m in chosen if m.first < lead.first and sets_the_scene(m, lead)), None)
        )
        return lead, chosen

    def naming(self, lead: Moment, about: str | None, pool: list[Moment]) -> list[Moment]:
        """The moments before `lead` that name its lead person by surname without tagging them (`Night.mentioning`),
        free and not in `pool`: its premise may be one of them (`_with_premise`: the act a quote of the lead moment
        needs, "Stage manager Dev Rao taped Mia Holt's snapped statuette" before her “Two statuettes now. Stereo.”)."""
        if about is None:
            return []
        night = self.night
        found: dict[int, Moment] = {}
        for i in night.mentioning(about):
            if i in self.assigned or i in lead.indexes or night.reports[i].ts >= lead.ts:
                continue
            m = night.moment(i, grow=False)
            if m.root not in found and self.free(m) and _may_tell(m) and not night.strong(m) and m not in pool:
                found[m.root] = m
        return list(found.values())

    def nameless(self, lead: Moment, pool: list[Moment]) -> list[Moment]:
        """The moments before `lead`, within NAMELESS_BEFORE, filed where it was and naming nobody, free and not in
        `pool`: its premise may be one of them (`_with_premise`: "update on the cake: someone has eaten the ROOF",
        before "update on the cake: IT WAS RAIN")."""
        night = self.night
        found: dict[int, Moment] = {}
        first = night.reports[lead.root].ts
        floor = FOLLOW_UP_SHARE * lead.score
        for place in {r.place for r in lead.reports if r.place}:
            for i in night.clusters.nameless_at(place, first - NAMELESS_BEFORE, first):
                if i in self.assigned or i in lead.indexes or night.reports[i].score < floor:
                    continue  # (a premise weighs FOLLOW_UP_SHARE of the lead at least: `_with_premise`)
                m = night.moment(i, grow=False)
                if m.root not in found and self.free(m) and _may_tell(m) and not night.strong(m) and m not in pool:
                    found[m.root] = m
        return list(found.values())

    def with_result(self, lead: Moment, chosen: list[Moment]) -> list[Moment]:
        """The follow-ups, with the award result a told vow hangs on (`_won_as_vowed`: filed between the vow and the
        lead moment, tagging someone the vow's text names, or about a thing of the vow) when the story does not tell
        it: in a free place, else instead of the weakest follow-up that is no vow. Looked up in the lists of the
        people the vow tags or names (`Clusters.mentions`; not on a big night)."""
        vows = [m for m in chosen if m.first < lead.first and _vows(m)]
        night = self.night
        if not vows or night.clusters.big:
            return chosen
        lists, mentions = night.clusters.lists, night.clusters.mentions
        for vow in vows:
            keys = sorted({k for r in vow.reports for k in (*r.names, *mentions.get(r.index, ()))})
            for i in sorted({i for k in keys for i in lists.get(k, ())}):
                r = night.reports[i]
                if i in self.assigned or not vow.ts < r.ts < lead.ts or i in lead.indexes:
                    continue
                m = night.moment(i, grow=False)
                if any(m is c for c in chosen) or not self.free(m) or not _may_join(m) or not _won_as_vowed(vow, m):
                    continue
                if len(chosen) < MAX_FOLLOW_UPS:
                    return [*chosen, m]
                weakest = min((c for c in chosen if c not in vows), key=lambda c: c.score, default=None)
                return chosen if weakest is None else [m if c is weakest else c for c in chosen]
        return chosen

    def payoff_of(self, lead: Moment | None, m: Moment) -> Moment | None:
        """The free earlier moment that sets `m` up, led by someone `m` tells and `lead` does not (when `m` shares
        no thing and not two people with `lead`), if any (`payoffs.set_up_elsewhere`): `m` is told with it."""
        night = self.night
        people = _told_people(m)
        own = set(lead.people) if lead is not None else {m.lead}
        if m.lead is None or not people - own or (lead is not None and (subject(lead, m) or len(people & own) >= 2)):
            return None

        def earlier_of(person: str) -> Iterable[Moment]:
            for i in night.strongest(person):
                if i not in self.assigned and night.reports[i].ts < m.ts:
                    s = night.moment(i, grow=False)
                    if self.free(s) and _may_tell(s):
                        yield s

        return set_up_elsewhere(m, lead, people - own, earlier_of, lambda s: setup(m, m.lead, s, night.tz))

    def kept_elsewhere(self, lead: Moment, vow: Moment) -> bool:
        """Whether a promise is kept by a later moment other than `lead` that says so and is set up by it ("If Filip
        wins, he will ring it twice" at 20:10; "As he promised at ten past eight, Stjepan rang his bell" at 22:05):
        the promise is that moment's setup, never the setup of another moment of the same people (Filip's set at
        21:31)."""
        night = self.night
        for person in vow.people:
            for i in night.strongest(person):
                if i in lead.indexes or i in vow.indexes or night.reports[i].ts <= vow.ts:
                    continue
                kept = night.moment(i, grow=False)
                if kept is lead or abs(kept.ts - lead.ts) <= KEPT_APART:
                    continue  # ("Nino kept his word." a minute before his shave: the lead moment's own payoff)
                if keeps_promise(kept) and setup(kept, kept.lead, vow, night.tz):
                    return True
        return False

    def _own_item(self, lead: Moment, m: Moment) -> bool:
        """Whether a strong moment (`Night.strong`) led by someone who is not in `lead`, and voted for more than it,
        leads an item of its own rather than being told as its beat: a gown's slide to the minister's feet (400 votes)
        is not a tail of the minister's swearing lesson (230), whatever people they share, unless the lead moment led
        to it (`_led_to`). Of two moments the editor pinned, neither is a beat of the other's story."""
        if m.pin is not None and lead.pin is not None:
            return True  # the editor pinned both: each leads an item of its own
        return (
            self.night.strong(m)
            and m.lead is not None
            and m.lead not in lead.people
            and m.votes > lead.votes
            and not _led_to(lead, m, self.night.tz)
        )

    def promised(self, lead: Moment) -> Moment | None:
        """The moment minutes before `lead` that gives what its headline promises (`scenes.promised_cause`),
        when it is free and may be told: it is told right after the lead moment."""
        night = self.night
        for i in promised_cause(night.reports, lead):
            if i in self.assigned:
                continue
            m = night.moment(i, grow=False)
            if m is not lead and self.free(m) and _may_join(m):
                return m
        return None

    def bound(self, lead: Moment) -> list[Moment]:
        """The moments filed around `lead` that belong to its item whoever they name (`scenes.bound_to`): its
        scene first, then the others in time order. A strong moment after it (`Night.strong`: keyed, pinned, near
        the night's top) is never one: it leads its own item unless it is a beat of the story (`joins`), never a
        tail told after an item it only shares a staircase with."""
        night = self.night
        found: dict[int, Moment] = {}
        for i in around(night.reports, lead, BIG_NIGHT_NEIGHBOURS if night.clusters.big else AROUND):
            if i in self.assigned:
                continue
            m = night.moment(i, grow=False)
            if m.root in found or not self.free(m) or not _may_join(m):
                continue
            if m.first > lead.first and night.strong(m):
                continue
            if m.first > lead.first and not m.votes and not m.has_quote and _others_only(m, lead):
                continue  # ("The whole balcony is standing for Đurđica", after the bell rung there: her moment)
            if bound_to(m, lead):
                found[m.root] = m
        return sorted(found.values(), key=lambda m: (not sets_the_scene(m, lead), m.first))

    def merge(self, story: Story, told: Moment, other: Moment) -> None:
        """Merge a retelling into the moment of a story that it retells."""
        story.replace(told, merged(told, other))
        self.assigned.update(other.indexes)
        story.score = self.score(story)

    def tell_in_story(self, m: Moment) -> bool:
        """Tell `m` in the story its lead person leads, when it is a beat of it (`joins`) and the story has room
        (MAX_FOLLOW_UPS): whether it did (`second_items`)."""
        lead = m.lead
        earlier = self.leading.get(lead) if lead is not None else None
        if earlier is None or len(earlier.follow_ups) >= MAX_FOLLOW_UPS:
            return False
        if not joins(earlier.moment, lead, m, self.night.tz):
            return False
        earlier.follow_ups.append(m)
        self.assigned.update(m.indexes)
        earlier.score = self.score(earlier)
        return True

    def take(self, m: Moment) -> None:
        """Build the story `m` leads (or merge it, or tell it in its person's story: each person leads one item)."""
        lead = m.lead
        if m.pin is None and (home := self.told_in(m)) is not None:
            self.merge(*home, m)  # a retelling of a moment told: one moment, never a story of its own
            return
        if m.pin is None and lead is not None and lead in self.leading and self.night.strong(m):
            earlier = self.leading[lead]  # (a person leads one item, however strong her second moment: a beat of
            # her story when it is one, else led by another of its people, else not an item of its own)
            if (
                len(earlier.follow_ups) < MAX_FOLLOW_UPS
                and joins(earlier.moment, lead, m, self.night.tz)
                and not stands_apart(earlier.moment, lead, m, True, self.night.tz)
                and self.payoff_of(earlier.moment, m) is None  # (a promise kept is told with the promise, led by
                # whoever made it: the grandfather's bell, never a beat of his grandson's set)
            ):
                earlier.follow_ups.append(m)
                self.assigned.update(m.indexes)
                earlier.score = self.score(earlier)
                return
            told = _told_people(m)
            lead = next((k for k in m.people if k in told and k not in self.leading), None)
            if lead is None:
                self.passed.append(m)
                return
        elif m.pin is None and lead is not None and lead in self.leading:
            if self._of_a_pair(m):
                lead = next((k for k in m.people if k not in self.leading), None)  # (the pair's: led by neither)
            elif (setter := self.payoff_of(None, m)) is not None and setter.lead not in self.leading:
                lead = setter.lead  # (a payoff told with its setup, led by the setup's person: `payoffs`)
            else:
                self.passed.append(m)
                return  # (a person leads one item)
        if m.pin is not None and lead is not None and lead in self.leading and self.leading[lead].pin is not None:
            # (a second pin of a person whose first pin leads an item: the editor chose both, each leads its own, by
            # another of its people where one leads none)
            lead = next((k for k in m.people if k not in self.leading), lead)
        elif m.pin is not None and lead is not None and lead in self.leading:
            earlier = self.leading[lead]  # (a second pin of a person: a beat of her story, else an item of its own)
            if len(earlier.follow_ups) < MAX_FOLLOW_UPS and joins(earlier.moment, lead, m, self.night.tz):
                earlier.follow_ups.append(m)
                self.assigned.update(m.indexes)
                earlier.score = self.score(earlier)
                return
        story = Story(m, lead, tz=self.night.tz)
        self.assigned.update(m.indexes)
        head, follow_ups = self.follow_ups(m, lead)
        brighter = _outshone(head, follow_ups)
        if brighter is not None:  # the beat leads, with the follow-ups it has (the old lead one of them)
            if brighter.lead is not None and brighter.lead not in self.leading:
                story.lead = lead = brighter.lead  # (led by whoever the moment that leads it is about)
            self.assigned.update(brighter.indexes)
            first = head
            head, follow_ups = self.follow_ups(brighter, lead)
            follow_ups = [first, *follow_ups][:MAX_FOLLOW_UPS]
        story.moment, story.follow_ups = head, follow_ups
        story.scene = self.scene if self.scene in story.follow_ups else None
        story.premise = self.premise if self.premise in story.follow_ups else None
        for f in (story.moment, *story.follow_ups):
            self.assigned.update(f.indexes)
        story.score = self.score(story)
        if lead is not None:
            self.leading.setdefault(lead, story)
        self.stories.append(story)

    def _of_a_pair(self, m: Moment) -> bool:
        """Whether a moment whose lead person leads a story already is the story of two people or more all the same
        (`threads.of_a_pair`: "Rafe Ocampo crossed the room to Bex Hollis's table …", after a feud reported all night,
        when each of them leads an item of their own). It leads an item, led by one of its people who leads none, else
        by nobody: each person still leads one item, and the night's next strongest story is not lost to a weaker
        one."""
        return of_a_pair(m)

    def score(self, story: Story) -> float:
        attention = self.night.book.attention.get(story.lead, 0) if story.lead is not None else 0
        return story_score(story.moment, story.follow_ups, attention)


PROMISE_NEW_WORDS = 3  # a promise tells this many words its payoff's reports do not, or the payoff tells it already


OUTSHINES = 2.0  # a later beat this many times as strong as an unpinned lead moment leads the story instead


def _outshone(lead: Moment, follow_ups: list[Moment]) -> Moment | None:
    """A later beat that outshines an unpinned lead moment (`OUTSHINES` its score: the key-marked "BEST FILM: Kaghaz
    Ki Kashti. … Shazzy hands back mic", 20 votes, before the presenter keeping his promise and singing, 470): it
    leads the story instead, the old lead one of its follow-ups (the item tells the moment first, and its headline is
    about it). None when no beat does."""
    if lead.pin is not None:
        return None
    later = [f for f in follow_ups if f.first > lead.first and f.pin is None]
    best = max(later, key=lambda f: f.score, default=None)
    return best if best is not None and best.score >= OUTSHINES * lead.score else None


def _promise_told(lead: Moment, vow: Moment) -> bool:
    """Whether the lead moment's reports tell the promise it keeps already ("Ossie Trent, who swore on the carpet that
    his beard would go if Velvet Dock won Best Album, kept his word …"): told again, it would say it twice."""
    told = frozenset().union(*(claim_words(r.sighting.what) for r in lead.english))
    return all(len(claim_words(r.sighting.what) - told) < PROMISE_NEW_WORDS for r in vow.english)


def _may_join(m: Moment) -> bool:
    """Whether a moment may be told in another's item, however small: not dropped nor junk, and something of it
    can be told in English."""
    return not m.dropped and not m.junk and m.tellable


def _may_tell(m: Moment, *, in_english: bool = True) -> bool:
    """Whether a moment may open a story or follow one: not dropped, not filler or junk, and something of
    it can be told in English (unless `in_english` is False)."""
    return not m.dropped and not m.told_filler and not m.junk and (m.tellable or not in_english)
