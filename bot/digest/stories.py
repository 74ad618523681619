"""From a night of sightings to ranked stories: the digest's algorithm.

Deterministic, no network, no model; O(n log n) in the number of sightings.

1. **Candidates** (`night.candidates`). Live sightings whose embargo has passed, in (created_at, id) order,
   never in the order of the input, without a post its own correspondent corrected in a later one ("correction to my
   last: …", within 30 minutes, about one of its people or from its place), nor a report a later one denies in words
   ("UPDATE: they did NOT kiss, it was a hug", by any correspondent, within 30 minutes, about one of its people or
   from its place: `denials`; the preview names it when its denial is not told either). The editor's drops are still
   here (step 3 needs them).
2. **Names** (`night.prepare`). Names (`people` + `other_names`) are folded (case, accents, entities;
   with the roster, aliases map to canonical names, and every name a person goes by is known: "Sister
   Static" is a name, not a content word). A tag a corrected report's text only denies ("… (not Bram,
   sorry)", "no Inés") is dropped, unless it is the quote's speaker. *Attention* of a person = candidates
   naming them. The last curation of a sighting wins: a pin or a drop. Once the stories are known, a person
   of theirs whom the night's reports call by one alias (a handle: "Glitch") far more than by the roster name
   is named by it in the article (`handle_names`). A sighting tagging a name beside two people or more and
   calling it a group ("The duo Tin Whistle came in with Jo Barr and Ned Lusk") makes them its members: a report
   naming two of them is about the group too (`groups.join_groups`), one party.
3. **Moments, across people and languages** (`moments.Clusters`). An explicit corroboration joins its
   original. Then each report is compared with its nearest reports (12 each side, within 20 minutes, by
   another correspondent) that share a person or its place. Two reports in English (or both in one other
   language) tell one moment (`moments.same_moment`) when they give the same quote, or one only frames its
   quote ("Overheard by the bar:") and the quote echoes the other (two content words) minutes apart at the
   same place or about one of the same people, or its speaker is the other's person five minutes apart (never when
   its note names another place: "On the loading dock, Lea Moor to the DJ:" before the duet on stage), or it is only a
   line, no speaker given, tagged with the other's people five minutes apart (`moments._line_of`), or enough of
   the same content words (folded, stemmed, names and function words left out) for how many people, how much time
   and which place they share; reports filed from different places need more. A report in another
   language (`language`: script, then function words of Spanish, Dutch, Polish, French, German…) cannot be
   compared word for word: it joins the one English report that fits it best (`moments.cross_language`:
   a shared person, tagged or named in its text, within 10 minutes, the same place in either language
   (`places`: "Sala stampa" is "Press room") or none given; or a place written in another language within 5
   minutes, or two people in common and no plainly other place; or, tagged with someone else or no one,
   within 5 minutes and sharing two content words written alike (one of six letters from the same place), the
   names of the moment's things: "le héron de Marlow Street", "confettis"), never a chain of them; besides its
   people's and place's reports it is compared with the reports nearest in time. Numbers that
   count the same thing differently ("third espresso", "fourth espresso") keep reports apart. Last, two English
   reports minutes apart (5) sharing a person or their place that name the thing of one event in other words (a fall
   and the hands that caught it, the power cut and the dark or the torch: `events`, `moments.one_event`) are joined,
   when the rules here allow (never taking a report from the moment its own words join it to); two posts by
   one correspondent are never one moment, even through a third report, except a note that hands over to
   its quote ("Her reply, once the doors opened:"): it joins its correspondent's post right before it (5 minutes,
   the same place, a shared person), the rest of one exchange; and their prose account of their own note (10 minutes,
   the same place or none, a person and the moment's words in common, `Clusters._write_ups`: "MAIN BAR, Orrin Vale:
   refuses stool. … hands his 1962 trumpet to grandson Teo.", then "Teo Vale stopped his set …"), which then speaks
   for it. A report with weight of its own (a key mark, a pin,
   or ten votes and half those of the lead report: the pinned, else the most voted) about other people than the lead
   report's (`moments.apart`: neither tags nor names anyone the other does) is a separate act, never clustered into
   its moment: "Teo Vance and Bea Sol caught the trophy on the back stairs" is its own moment, not the tail of the
   blessing pinned there. A moment never spans more than 30 minutes. On nights of more than 2,000 candidates a
   report is compared when a story is about to use it.
   A moment holding a dropped report stays out of the digest, every report of it, unless another of its
   reports is pinned (the dropped one is then left out of it).
4. **Moment score** (`scoring`): 2·ln(1+votes) + 1·[a quote] + 1·(distinct correspondents−1)
   + 0.5·[a reporter headline]. A moment's *speaker* is the first of its reports in one order
   (`moments.speaking_order`, used by the writer too): in English, the one written most as prose
   (`register.note_speak` in bands, between reports that each tell the whole moment: votes and pins say which
   moment matters, not which wording is best), then
   the one the editor pinned, the one the editor keyed, the most voted (votes compared in tiers of about twice: 2 votes
   never beat 90), one telling the moment over a note that only frames its quote, the one carrying a quote, then the
   cleanest; one mostly debris never speaks. Its
   *lead* is the person in the subject of the speaker's lead clause. It is *filler* with no votes, quote or
   headline, one correspondent and at most 15 words (*told filler* when its English reports alone are: the
   votes of a twin in another language do not make its short English line worth telling); *junk* when its
   speaker is mostly mentions, markup or
   links; *tellable* when the article can tell it in English (its English text, or an English quote when
   its note only frames the quote or is in another language). A moment told only by its quote waits 1.5
   behind the rest of its thread when a lead is chosen.
5. **Stories** (`_build`). Pinned moments first, in pin order; then the editors' key moments (/sighting key, never
   filler) by score; then the others by score. A moment leads a story unless it is filler, junk, dropped or not
   tellable, or its lead already leads one (a star leads one item; a strong moment, below, leads its own all the
   same: a second pin of a person is told in her story only when it is a beat of it; so does a moment of a pair,
   `_of_a_pair`: two people or more told, two correspondents, ten votes, led by one of its people who leads none,
   else by nobody: the reconciliation of two people who each lead an item is the night's next story, not lost). A moment
   about to be told, as a follow-up or as the lead of a story, that retells a moment already told (`retellings.retells`:
   other correspondents, the same people or some of them, the same place or none, within 20 minutes and never more than
   5 before it, no number counting the same thing differently, and filed from its place within 3 minutes of one of its
   reports in whatever words, `same_act`, or most of the things its text names already told) is merged into that
   moment — its reporter credited when the body tells it, its quote kept, its votes counted — never told again nor
   an item of its own. A story's follow-ups are at most two other tellable moments that are beats of it (`joins`), the
   strongest first. A moment is on a story's thread (`continues`) when it shares the lead moment's people *and* its
   subject: two of its people, or its lead person and a *thing* both name (`subject`: a content word of the reports
   or their quotes that is neither a word every part of a night uses, "trophy", "stage", nor where they were filed;
   or, minutes apart, any word: the same scene going on). Sharing the star alone is not enough: "Will juggling
   Rocha's trophy by the stage door" is no beat of Rocha's proposal at the stage door. Before the lead moment its
   *setup* joins (`setup`), told as what it began with: an earlier moment its reporter held, 15 minutes or more,
   until within 20 minutes of the lead moment, or that named its clock time (`sets_up`, `appointments`: a promise it
   pays off); or one led by one of the lead moment's people that tells what it pays off (its lead person and a thing
   both name, "shaving off his dreadlocks" before "nine years of dreadlocks", or two of its people and a word both
   use), with weight of its own, or whatever its votes when it makes a promise, a vow or a bet (`_vows`), or a promise,
   vow or bet of one of its people naming the lead moment's place as where it will be paid (`_vowed_there`: "he'll
   shave his moustache on the food-truck stage" before the shave filed from the food trucks, in notes and Dutch that
   share no word with it), and then the award result the bet hangs on, filed between them, whoever it tags, its winner
   one of the vow's people or named in it (`_won_as_vowed`: "The Harbour Rats won Best Group." after "if the Harbour
   Rats win Best Group he is shaving off his dreadlocks", never "Mira Solis won Album of the Year"); or the award
   result it answers, within 90 minutes, about its people only ("Pip Lane won Best Female Artist" before Ada Roe's
   hug, `_answers_award`: a one-line result is filler, but not for the hug). An earlier moment on its thread with weight
   that is no setup (two people in common and nothing else: a shoelace tied hours before their duet) is told after the
   story as a look back (`Story.aside`), never as what it began with. An earlier moment of the lead moment's own people
   again (two of them at least and no one else, tagged or named by surname: "Lea Moor greeted Pia Sand in the corridor"
   tagged with Sand alone) with ten votes (RANK_VOTES) is on its thread whatever the lead moment's votes
   (`_same_people`): told in its item, never an item of its own. After it, a moment on its thread that *carries
   weight of its own* (`weighs`: votes, a fifth of the lead moment's and one at least; a quote by one of the lead
   moment's people, or in a report that shares a thing with it; a key mark) or is what the lead moment led to
   (`_led_to`: held for it, naming its time, the search it ends, two of its people still on its subject); or a moment of
   the lead person with weight, nearly as strong (70% of its score) and about the same thing or within the hour after it
   (the same stretch of their night); an earlier one nearly as strong is told last, as a look back, never as a setup (a
   star leads one item). Trivia of the same person (no votes worth the name, no quote: a drink order after an ovation)
   never joins; an item of one strong moment is fine, and a later moment led by someone the lead moment does not name,
   with half its votes, is their story, never a beat of this one (`_someone_elses`). A *strong* moment (`Night.strong`:
   keyed, pinned, or with three quarters of the votes of the night's most voted report) is never a premise of another
   story, and leads its own item even when its person leads one already, unless it is a beat of that story by the rules
   above. A moment about a side character, or that only shares a room with it, does not join; a follow-up's people are
   those of its English reports (a person only its report in another language tags does not make it a beat of the
   story). A *premise* (`_with_premise`): an earlier moment about the lead moment's lead person (tagged, or named by
   surname in its text: "Stage manager Dev Rao taped Mia Holt's snapped statuette", `Night.mentioning`) that a told
   moment refers back to (a
   definite phrase's noun, "she meant the holiday", not a place, "the whole corridor", or a quote's word, “Nine
   nominations.”, that only it gives, or a search for someone a told moment finds: "asking if anyone has seen his aunt"
   before "FOUND HER."), in a free place or instead of a weaker follow-up. Whoever they name, a moment's *scene* (an
   earlier moment about none of its people, within 15 minutes, at the same place, about the same thing: the mishap
   before the person who coped with it), a later moment answering it, and what happened elsewhere *because* of it join
   too (`scenes`, read from the reports filed around it only; never a strong moment after it, which leads its own item
   unless it is a beat by the rules above): a pinned moment's scene first (`Story.scene`), else in the places the
   follow-ups leave. What a story's headline (the editor's pin headline, else its reporters') names and its lead
   moment's reports never give comes from the report minutes before it that gives it (`scenes.promised_cause`: "The Fog
   Machine Swallows …" over a speech given "from inside the cloud"), whoever and wherever it names. A story opens with
   its lead moment (`writing`; a lead moment that is only a quote, in the paragraph of its speaker's event it was said
   at, told first: `beats.said_at`), pinned or not, its setups told briefly right after its lead sentence and before
   its quotes ("It began hours earlier, when …"), then its follow-ups in time order; an earlier moment of the lead
   person that is no setup (`Story.aside`) is told last.
6. **Order.** Story score = the lead moment's score with the votes of every moment the story tells in its vote term, the
   quote and the corroboration of the best-told of them (a payoff's quote counts when the lead has none), + 0.5 per
   follow-up + 0.4·min(ln(1+attention of its lead), 2.5); a story whose lead moment is a quiet exchange
   (`moments.exchange`: a line `quote_by` gives to one of two named people) scores as if its votes were at least 50, and
   such a moment left unbuilt when the heap stops gets a story of its own (`_quiet_exchanges`) to compete by score.
   Pinned stories first, then key moments, then the rest (`Story.order`); in each, by the votes of the strongest moment
   it tells (`scoring.vote_band`: from 10 votes on, a quarter more always ranks higher; an exchange counts 50,
   yet never above a moment with a quote and more votes: `quiet_rank`), then
   pins in pin order and the others by score, then earliest. A story whose lead moment belongs to the thread of one
   ranked before it (`carries_on`: later, the lead moment's own people and a thing of the story, or two of them; or
   earlier, its setup, with weight) is told there as a follow-up when it has room, else left out: every item is a
   separate story, and a setup is never an item beside its payoff; a spare story after them on a thread is left out,
   never moved up into the bonus. A story whose lead moment cannot be told
   (`writing.tells`: no sentence of its reports reads as prose and no quote with its speaker; never a pin) is not built:
   the stories after it move up a place, before the bonus is chosen. The compiler takes the first `count` as items and
   the next as the bonus: every story here can be told in English. The bonus keeps only the follow-ups that continue its
   thread (not one only nearly as strong), and goes to someone new when one is nearly as strong: never a second helping
   of a party of an item's lead moment (`_choose_bonus`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.models import AnySighting, Curation, RosterEntry, Show

from .appointments import keeps_appointment
from .handle_names import name_by_handles
from .lexicon import BODILY, EVERYDAY, EVERYWHERE, stem
from .lookbacks import looks_back
from .moments import BIG_NIGHT_NEIGHBOURS, Clusters, Moment, exchange, priority_of, stands_alone
from .night import STOPWORDS, NameBook, Report, candidates, prepare
from .payoffs import set_up_elsewhere
from .places import PLACE_WORDS
from .quiet_night import filler_left, fills_count, may_fill
from .quiet_rank import rank_key
from .retellings import retells
from .roles import note_roles
from .scenes import AROUND, around, bound_to, promised_cause, sets_the_scene, things
from .scoring import (
    FOLLOW_UP_SHARE,
    FOLLOW_UP_VOTES,
    NEARLY_AS_STRONG,
    RANK_VOTES,
    UNPINNED,
    story_score,
    vote_band,
)
from .second_items import second_items
from .shortthings import short_things
from .textutil import fold, wordset
from .throwaways import throwaway
from .withdrawn import note_withdrawn

MAX_FOLLOW_UPS = 2
SPARE_STORIES = 3  # stories built beyond count + bonus, so that bonuses cannot reorder what was not built
FOLLOW_UP_POOL = 24  # strongest reports of each person considered as follow-ups
STRONG_SHARE = 0.75  # a moment with this share of the votes of the night's most voted report is near the top
MEDIAN_SAMPLE = 2000  # reports the median is read from (every k-th: a night of 100,000 is not sorted for it)
STANDS_OUT = 3  # ... and with this many times the votes of the night's median report (on a night where every
# report drew 10–18 votes, none is a moment above the rest: a star's pile of them leads one item, not three)


@dataclass(slots=True)
class Story:
    """What one item tells: a lead moment and its follow-ups."""

    moment: Moment
    lead: str | None  # the lead person's key
    follow_ups: list[Moment] = field(default_factory=list)
    score: float = 0.0
    scene: Moment | None = None  # a follow-up the lead moment answers (`scenes.sets_the_scene`)
    premise: Moment | None = None  # a follow-up told because another beat presupposes it (`_with_premise`)
    tz: ZoneInfo | None = None  # the show's timezone (the clock times its reports name)

    @property
    def pin(self) -> int | None:
        return self.moment.pin

    @property
    def moments(self) -> list[Moment]:
        """The lead moment, then the follow-ups in time order."""
        return [self.moment, *sorted(self.follow_ups, key=lambda m: m.first)]

    @property
    def people(self) -> list[str]:
        """Everyone the story is about (name keys): its lead, then its moments' people."""
        keys = [self.lead] if self.lead is not None else []
        for m in self.moments:
            keys.extend(k for k in m.people if k not in keys)
        return keys

    def replace(self, old: Moment, new: Moment) -> None:
        """Tell `new` where the story told `old` (a moment with a retelling merged into it)."""
        if self.moment is old:
            self.moment = new
        self.follow_ups = [new if f is old else f for f in self.follow_ups]
        if self.scene is old:
            self.scene = new
        if self.premise is old:
            self.premise = new

    def aside(self, earlier: Moment) -> bool:
        """Whether an earlier moment the story tells is not its setup (`setup`: held for it, naming its time, or its
        people and its subject), nor its premise or scene, nor what a told quote refers to: it sets up nothing, and
        is told after the story, not as the way into it."""
        if earlier is self.premise or earlier is self.scene or earlier.first > self.moment.first:
            return False
        told = [m for m in self.moments if m is not earlier]
        if any(_won_as_vowed(m, earlier) for m in told):
            return False  # (the result a told vow hangs on: "The Harbour Rats won Best Group.")
        quoted = frozenset().union(*(r.features().quote_tokens for m in told for r in m.reports))
        if not things(quoted, frozenset()).isdisjoint(earlier.topic):
            return False  # a quote refers to it ("Four espressos." after his fourth espresso): its setup
        return not any(setup(m, self.lead, earlier, self.tz) for m in told)

    def order(self) -> tuple[int, int, float, int]:
        """Pins first, then key moments, then the rest; in each, by the votes of the strongest moment the story
        tells (`vote_band`: a moment with a quarter more votes than another ranks above it; its lead moment, or the
        setup its lead moment pays off), then pins in the editor's order, the others by score."""
        m = self.moment
        band = vote_band(max(x.votes for x in self.moments), m.exchange)
        if m.pin is not None:
            return (0, -band, m.pin, m.first)
        return (m.place, -band, -self.score, m.first)


class Night:
    """The night's reports, their clusters and the moments built from them (lazily, by root)."""

    def __init__(self, reports: list[Report], book: NameBook, tz: ZoneInfo | None = None) -> None:
        self.reports = reports
        self.book = book
        self.tz = tz  # the show's timezone: the clock times reports name are its local ones
        self.clusters = Clusters(reports)
        self.clusters.link(r for r in reports if r.sighting.corroborates is not None)
        self.clusters.join_replies()
        if not self.clusters.big:
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


MINUTES_APART = 15 * 60  # seconds: a moment this close to another of its person needs only a word in common
SAME_STRETCH = 60 * 60  # a nearly-as-strong moment of the lead person this soon after it: the same stretch of her night
# ("came back in with doughnuts and missed her own category" 45 minutes after she walked out before it)


def continues(lead: Moment, about: str | None, other: Moment) -> bool:
    """`other` is on the thread of `lead` (whose lead person is `about`): two of its people (the same pair again:
    "Rennick waited in the doorway till the hand was over" after the card game); or its lead person and its subject
    (`subject`: a thing both name, "the envelope", "the lullaby", not a word every part of a night uses, "trophy",
    "stage", nor where they were filed), or, minutes apart (MINUTES_APART), a word in common: the same scene going
    on. Sharing one person is not enough (the star is everywhere): "Will juggling Rocha's trophy by the stage door"
    is no beat of Rocha's proposal at the stage door. Its people are those of what the article tells of it
    (`_told_people`)."""
    people = _told_people(other, lead.people)
    if len(set(lead.people) & people) >= 2:
        return True
    if about is None or about not in people:
        return False
    if subject(lead, other):
        return True
    return abs(other.ts - lead.ts) <= MINUTES_APART and word_in_common(lead, other)


def subject(a: Moment, b: Moment) -> frozenset[str]:
    """The things two moments both name (`scenes.things`: content words and their quotes', no everyday word of a
    night, no word of where they were filed; a word of three letters when both name it as a thing, `shortthings`: "a
    small wooden box", then "opened the box"): what makes them about the same thing."""
    places = frozenset(r.place for r in (*a.reports, *b.reports) if r.place)
    shared = a.topic & b.topic
    found = things(shared, places)
    return found | short_things(shared, a, b)  # ("a small wooden box", then "opened the box": `shortthings`)


_NO_THING = EVERYDAY | BODILY


def word_in_common(a: Moment, b: Moment) -> bool:
    """Whether two moments use a word in common that is no body part nor everyday word (`lexicon.BODILY`, `EVERYDAY`:
    "his arm in a sling" and "an arm-wrestle" share a body part, not a scene)."""
    return not (a.topic & b.topic) <= _NO_THING


def _told_people(m: Moment, among: Iterable[str] = ()) -> set[str]:
    """The people of a moment's reports the article can print (in English): a report in another language that
    joined it is credited, but the people only it names are not in what the item tells ("Earlier, the director
    was smoking on the fire escape" is no beat of the star's story because the French twin names the star).
    Every one of its people when none of its reports is in English. Those of `among` (the lead moment's people)
    that its English text names by surname without tagging count too (`_names_untagged`: "Lea Moor greeted Pia
    Sand in the corridor" tagged with Sand alone is about both of them)."""
    told = m.english
    people = {k for r in told for k in r.names} if told else set(m.people)
    return people | _names_untagged(told, [k for k in among if k not in people]) if told else people


def _names_untagged(reports: list[Report], keys: list[str]) -> set[str]:
    """The people of `keys` whose surname (four letters or more, not a function word; a hyphenated one by all its
    parts) is a word of one of these reports' texts."""
    if not keys:
        return set()
    texts = [r.features().words for r in reports]
    return {
        k
        for k in keys
        if (parts := _surname(k))
        and any(
            all(p in words for p in parts) and _own_surname(r.sighting.what, k, parts)
            for r, words in zip(reports, texts, strict=True)
        )
    }


def _own_surname(text: str, key: str, parts: tuple[str, ...]) -> bool:
    """Whether a surname in `text` can be this person's: not only ever part of someone else's full name ("Ari
    Helgason" names Ari, never the guard Gunnar Helgason). A hyphenated surname is its own."""
    if len(parts) > 1:
        return True
    given = set(key.split()[:-1])
    return any(fold(before) in given or not before[:1].isupper() for before in _before_surname(text, parts[0]))


@lru_cache(maxsize=4096)
def _before_surname(text: str, surname: str) -> tuple[str, ...]:
    """The word (as typed, "" at the start or after a stop) before each time `surname` (folded) is written in
    `text`: a capitalised one that is no stop-word opens another full name."""
    out: list[str] = []
    before = ""
    for raw in text.split():
        word = raw.strip("()[]“”\"'’,;:!?.")
        if fold(word).removesuffix("'s") == surname:
            out.append(before)
        before = "" if raw[-1:] in ".!?:" or fold(word) in STOPWORDS else word
    return tuple(out)


@lru_cache(maxsize=4096)
def _surname(key: str) -> tuple[str, ...]:
    """The parts of a name key's surname that name it in a text ("ocampo-fry" as "ocampo" and "fry"); none when it
    is under four letters or a function word. Worked out once per key."""
    last = key.split()[-1] if key.strip() else ""
    if len(last) < 4 or last in STOPWORDS:
        return ()
    return tuple(p for p in last.split("-") if p)


def weighs(lead: Moment, other: Moment) -> bool:
    """Whether a follow-up carries weight of its own: readers' votes (a fifth of the lead moment's at least, and
    some), a quote in English by one of the lead moment's people, or by someone else in a report whose own words
    share a thing with the lead moment ("Grell stopped Abara on her way out with the trophy": a line merely
    overheard, "Dez to Juno, just the two of them:", is Dez's moment, not a beat of Juno's), or an editor's key
    mark. Trivia of the same person (a drink
    order after a standing ovation, a selfie after the moment) has none."""
    if other.key or other.votes >= max(1.0, FOLLOW_UP_VOTES * lead.votes):
        return True
    quoted = [r for r in other.english if r.features().quote_english and not throwaway(r, lead)]
    if any(r.speaker is None or r.speaker in lead.people for r in quoted):
        return True
    # a line someone else said: the story's when what its report tells shares a thing with the lead moment
    told = things(frozenset().union(*(r.features().tokens for r in quoted)), frozenset(r.place for r in quoted))
    return not told.isdisjoint(lead.topic)


def joins(lead: Moment, about: str | None, other: Moment, tz: ZoneInfo | None = None) -> bool:
    """Whether `other` is a beat of `lead`'s story (whose lead person is `about`). Before it, its setup (`setup`),
    with weight of its own (`weighs`) unless it was held for it or named its time; or a moment of its lead person
    with weight and nearly as strong (NEARLY_AS_STRONG of its score), told after the story as a look back, never as
    what it began with (`Story.aside`): a star leads one item. After it, a moment that continues it (`continues`:
    its people and its subject) and carries weight of its own (`weighs`) or is what it led to (`_led_to`); or a
    moment of its lead person with weight, nearly as strong and about the same thing (a thing in common) or within
    SAME_STRETCH after it ("came off stage vibrating" ten minutes after his read): her other big moment of the
    night, hours away and about something else, is not a beat of this one. An idle line (`Moment.idle`: short, few
    votes, no act: "Marta Quinn on her fourth coffee of the night") joins only about a thing of the story."""
    if stands_alone(lead, other):
        return False
    if other.idle and not subject(lead, other):
        return False  # (filler: a short line with few votes and no act, about nothing the story is about)
    # (its score before its lead person: `Moment.lead` reads the subject of its speaker's first sentence, worked out
    # only for the candidates nearly as strong as the lead moment, or those a test below needs it for)
    nearly = other.score >= NEARLY_AS_STRONG * lead.score and other.lead == about and weighs(lead, other)
    if other.first < lead.first:  # (`Story.aside`: one that is no setup is told after the story, as a look back)
        if setup(lead, about, other, tz) and (_answers_award(lead, other) or _vows(other)):
            return True  # (a promise or the result it answers: told whatever its votes, the payoff hangs on it)
        return (
            sets_up(lead, other, tz)
            or ((looks_back(lead, other, nearly) or _on_thread(lead, about, other)) and weighs(lead, other))
            or _same_people(lead, other)
        )
    if _someone_elses(lead, about, other):
        return False  # (Hope's table dance, where the lead's star threw the first carnation: Hope's own story)
    if continues(lead, about, other):
        return weighs(lead, other) or _led_to(lead, other, tz)
    return nearly and (bool(subject(lead, other)) or other.ts - lead.ts <= SAME_STRETCH)


OWN_STORY_SHARE = 0.5  # a later moment led by someone new with this share of the lead moment's votes is a story


def _someone_elses(lead: Moment, about: str | None, other: Moment) -> bool:
    """Whether a later moment is another person's story, not a beat of this one: led by someone the lead moment
    does not name, with votes of its own near the lead's (OWN_STORY_SHARE): "Hope Mavridou danced on a taverna
    table; Dragoumi threw the first carnation" is Hope's, though the star of the staircase is in it."""
    return (
        other.votes >= max(1.0, OWN_STORY_SHARE * lead.votes)  # (the votes first: `Moment.lead` reads a sentence)
        and other.lead is not None
        and other.lead != about
        and other.lead not in lead.people
    )


def setup(lead: Moment, about: str | None, other: Moment, tz: ZoneInfo | None = None) -> bool:
    """Whether an earlier moment is the setup of `lead` (told as what it began with when it joins, `joins`): held for it
    or naming its time (`sets_up`); or led by one of the lead moment's people and telling what the lead moment pays
    off: its lead person (or two of its people) and a thing both name (`subject`: "shaving off his dreadlocks" hours
    before "nine years of dreadlocks" on the car park floor), two of its people and a word both use ("trophy" and the
    doorman), or, minutes apart (MINUTES_APART), its lead person and a word in common (the same scene going on); or
    the award result it answers (`_answers_award`: "Pip Lane won Best Female Artist" before Ada Roe's hug). Two people
    in common and nothing else ("Kit knelt to tie Lou's shoelace" hours before their duet), or only the star, set up
    nothing: never told as what the lead moment began with."""
    if other.first >= lead.first:
        return False
    if sets_up(lead, other, tz):
        return True
    if other.lead is None or other.lead not in lead.people:
        return False
    people = _told_people(other, lead.people)
    shared = len(set(lead.people) & people)
    if shared >= 2 and (
        (lead.topic & other.topic) - _CARRIED or (not lead.topic.isdisjoint(other.topic) and _vows(other))
    ):
        return True  # (a guitar both name starts nothing: `_CARRIED`)
    if _vowed_there(lead, other):
        return True
    if (shared >= 2 or (about is not None and about in people)) and (
        _set_up_thing(lead, other) or (lead.ts - other.ts <= MINUTES_APART and word_in_common(lead, other))
    ):
        return True
    return _answers_award(lead, other)


# what a performer carries or plays all night: an earlier sighting of it starts nothing ("arrived carrying his own
# guitar case" is no start of his playing on in the dark hours later) unless it was a promise
_CARRIED = frozenset(
    stem(w)
    for w in wordset(
        "guitar piano drum drums violin fiddle saxophone sax trumpet bass keyboard mic microphone phone bag case "
        "glass drink coat jacket shoes sunglasses"
    )
)


def _set_up_thing(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment names a thing the lead moment pays off (`subject`): a body part, or what a performer
    carries or plays all night (`_CARRIED`), only when it is a promise ("she would shave her head on stage", then the
    shave); "his face painted gold" is no start of the pie in his face an hour later."""
    shared = subject(lead, other)
    return bool(shared) and (not shared <= BODILY | _CARRIED or _vows(other))


def _same_people(lead: Moment, other: Moment) -> bool:
    """Whether an earlier moment is about the lead moment's own people again, two of them at least and no one else
    (tagged or named by surname, `_told_people`), with votes of its own (RANK_VOTES) or weight for the story
    (`weighs`): "Lea Moor greeted Pia Sand in the corridor; Sand turned to the mirror" (120 votes) hours before the
    two of them reunite on stage for their old duet (800). The story's thread, whatever the lead moment's votes:
    told in its item (`Story.aside`, unless it is its `setup`), never an item of its own."""
    if other.first >= lead.first or other.lead is None or other.lead not in lead.people:
        return False
    people = _told_people(other, lead.people)
    return len(people) >= 2 and people <= set(lead.people) and (other.votes >= RANK_VOTES or weighs(lead, other))


def _on_thread(lead: Moment, about: str | None, other: Moment) -> bool:
    """An earlier moment led by one of the lead moment's people on its thread (`continues`: two of its people, or its
    lead person and its subject): a beat of the story when it carries weight of its own (`weighs`), told as what the
    story began with only when it is its `setup`, else after it, as a look back (`Story.aside`)."""
    return other.lead is not None and other.lead in lead.people and continues(lead, about, other)


# a promise, a vow, a bet: "if the Harbour Rats win he is shaving off his dreadlocks", "swore she'd dance on the bar"
_VOW = re.compile(
    r"\b(?:if (?:[\w'-]+ ){1,4}?(?:win|wins|lose|loses|won|lost|get|gets)|vow(?:s|ed)?|promis(?:e|es|ed)"
    r"|swore|swears|bet(?:s|ting)?|pledged?|(?:he|she|they|i)(?:'ll| will| would|'d) (?:shave|wear|sing|dance|jump|eat"
    r"|dye|cut|give|buy|kiss|carry))\b"
)


def _vowed_there(lead: Moment, vow: Moment) -> bool:
    """Whether an earlier promise, vow or bet (`_vows`) names the place the lead moment happened at as where it will
    be paid ("he'll shave his moustache on the food-truck stage", then the shave filed from the food trucks, in Dutch
    and in notes that share no word with it): the lead moment pays it off."""
    texts = [fold(r.sighting.what) for r in vow.english]
    places = [
        ws
        for p in {r.place for r in lead.reports if r.place}
        if (ws := [stem(w) for w in re.findall(r"[a-z]+", p) if w not in STOPWORDS])
        and all(any(w in t for t in texts) for w in ws)  # (the cheap test first: each stem somewhere in the text)
    ]
    if not places or not _vows(vow):
        return False
    words = {stem(w) for t in texts for w in re.findall(r"[a-z]+", t)}
    return any(all(w in words for w in ws) for ws in places)


def _vows(m: Moment) -> bool:
    """Whether a moment's English report (its text or quote) makes a promise, a vow or a bet (`_VOW`): the setup
    a payoff hangs on, told with it whatever its own votes."""
    return any(_vowed(fold(f"{r.sighting.what} {r.sighting.quote or ''}")) for r in m.english)


# what every match of `_VOW` holds, one of these (a folded text with none of them is not scanned)
_VOW_WORDS = ("if ", "vow", "promis", "swore", "swears", "bet", "pledge", "'ll ", " will ", " would ", "'d ")


def _vowed(folded: str) -> bool:
    return any(w in folded for w in _VOW_WORDS) and _VOW.search(folded) is not None


AWARD_ANSWERED = 90 * 60  # seconds: a moment this soon after an award result of its people answers it
# an award result: a category named ("Best Female Artist", "Album of the Year") in a report that tells it won, was
# handed over or went to someone ("Pip Lane won Best Female Artist", "walked out for Best Director and handed it to
# Rao", "Best Lead in a Play: Ivy Marr.")
_AWARD_NAME = re.compile(r"\b(?:Best [A-Z]|[A-Z]\w+ of the Year|Lifetime Achievement|Outstanding [A-Z])")
_AWARD_GIVEN = re.compile(
    r"\b(?:won|wins|beat|beats|took home|takes home|picked up|picks up|scooped|present(?:ed|s)?|handed (?:it|her|him)"
    r"|gave (?:it|her|him)|accept(?:ed|s)|collect(?:ed|s)|went to)\b|^[^.:]{4,60}: [A-Z]"
)


def _answers_award(lead: Moment, other: Moment) -> bool:
    """Whether `other` is the award result `lead` answers: told in English minutes before it (AWARD_ANSWERED), about
    the lead moment's people only (the winner the loser hugs), its text a result (`_AWARD_NAME`, `_AWARD_GIVEN`)."""
    if lead.ts - other.ts > AWARD_ANSWERED:
        return False
    people = _told_people(other)
    return (
        bool(people)
        and people <= set(lead.people)
        and any(_AWARD_NAME.search(r.sighting.what) and _AWARD_GIVEN.search(r.sighting.what) for r in other.english)
    )


def _award_result(m: Moment) -> bool:
    """Whether a moment's English report tells an award result (`_AWARD_NAME`, `_AWARD_GIVEN`)."""
    return any(_AWARD_NAME.search(r.sighting.what) and _AWARD_GIVEN.search(r.sighting.what) for r in m.english)


def _won_as_vowed(vow: Moment, result: Moment) -> bool:
    """Whether `result`, after a promise, a vow or a bet (`_vows`), is the award result it hangs on: "if the Harbour
    Rats win Best Group he is shaving off his dreadlocks", then "The Harbour Rats won Best Group." (a person it tags
    named in the vow's text, `_names_untagged`, or a thing both name, `subject`), its winner (the subject of its lead
    clause) one of the vow's people or named in its text: "Mira Solis won Album of the Year" is another person's award
    after "if the Moth Choir beat him to Album of the Year". The payoff is told with it."""
    if result.first <= vow.first or not _vows(vow) or not _award_result(result):
        return False
    winner = result.lead
    if winner is not None and winner not in vow.people and not _names_untagged(vow.english, [winner]):
        return (
            False  # another person's award ("Mira Solis won Album of the Year; Kuyper clapped"): not what it hangs on
        )
    return bool(_names_untagged(vow.english, list(result.people))) or bool(subject(vow, result))


def _led_to(lead: Moment, other: Moment, tz: ZoneInfo | None) -> bool:
    """Whether a later moment is what `lead` led to: the lead moment held for it or named its time (`sets_up`),
    the person its search was for found (`_finds`), or two of its people still on its subject (a word in common:
    "Vance did her whole set in Carvajal's boots" after Carvajal gave her the boots)."""
    if sets_up(other, lead, tz) or _finds(other, lead):
        return True
    return len(set(lead.people) & _told_people(other, lead.people)) >= 2 and not lead.topic.isdisjoint(other.topic)


def merged(told: Moment, other: Moment) -> Moment:
    """One moment of a moment told and its retelling (`retellings.retells`): every report of both, in time order
    (each credited when the body tells it, each quote kept, every vote counted)."""
    return Moment(sorted({r.index: r for r in (*told.reports, *other.reports)}.values(), key=lambda r: r.index))


SETUP_HOLD_MINUTES = 15  # a report held at least this long is waiting for something
SETUP_RELEASE_WINDOW = 20 * 60  # ...and that something is a moment within this many seconds of its release


def sets_up(lead: Moment, other: Moment, tz: ZoneInfo | None = None) -> bool:
    """`other` is the setup of `lead`: an earlier moment about one of the lead moment's people that its own
    reporter held back until about when `lead` happened ("she is not on the list: holding this"), or (with the
    show's timezone) that named the time `lead` happened at (`appointed`: "Ask me at nine."): a promise it pays off,
    so it is the first act of the same story."""
    if other.first >= lead.first or other.lead is None or other.lead not in lead.people:
        return False
    if tz is not None and appointed(lead, other, tz):
        return True
    for r in other.reports:
        s = r.sighting
        if s.publish_at is None or (s.publish_at - s.created_at).total_seconds() < SETUP_HOLD_MINUTES * 60:
            continue
        release = s.publish_at.timestamp()
        if any(abs(release - x.ts) <= SETUP_RELEASE_WINDOW for x in lead.reports):
            return True
    return False


def appointed(lead: Moment, other: Moment, tz: ZoneInfo) -> bool:
    """An earlier report of `other` (its text or quote) named the time that `lead` happened at, that night
    (`appointments.keeps_appointment`: "Ask me at nine." at 18:45, the reveal at 21:00)."""
    return any(
        keeps_appointment(f"{r.sighting.what} {r.sighting.quote or ''}", r.ts, lead.ts, tz) for r in other.reports
    )


_DEFINITE = re.compile(r"\b(?:the|that)\s+([a-z' ]+)")


_FOUND = re.compile(r"\b(?:found (?:her|him|them)|turned up|tracked (?:her|him|them) down)\b")
_SEARCH = re.compile(
    r"\b(?:(?:has|have) (?:anyone|anybody|you) seen|(?:anyone|anybody) (?:has |had )?seen|looking (?:for|everywhere)"
    r"|searching|(?:can't|cannot|couldn't) find|nobody (?:can|could) find|gone missing|where is)\b"
)


def _finds(later: Moment, earlier: Moment) -> bool:
    """Whether a moment finds someone ("FOUND HER.", "turned up in the boiler room") that an earlier one
    searched for ("asking if anyone has seen his aunt", "nobody could find him"): the search is its premise."""
    return any(_FOUND.search(fold(r.sighting.what)) for r in later.reports) and any(
        _SEARCH.search(fold(r.sighting.what)) for r in earlier.reports
    )


def _references(told: Moment, before: Iterable[Moment]) -> frozenset[str]:
    """The words a moment's text or quote refers back to that the moments told before it never give: the
    head of a definite phrase ("she meant the holiday") and a quote's words (“Nine nominations.”), stemmed."""
    given = frozenset().union(*(m.topic for m in before))
    everyday = {stem(w) for w in EVERYWHERE}
    found: set[str] = set()
    for r in told.reports:
        found.update(w for w in r.features().quote_tokens if len(w) >= 5 and w not in everyday)
        for phrase in _DEFINITE.findall(fold(r.sighting.what)):
            word = _head(phrase.split())
            if len(word) >= 5 and word not in EVERYWHERE and word not in PLACE_WORDS:  # ("the whole corridor": where)
                found.add(stem(word))
    return frozenset(found - given)


def _head(words: list[str]) -> str:
    """The noun a definite phrase ends on: its last word before a function word ("velvet jacket inside out"
    → "jacket", "holiday" → "holiday")."""
    head = ""
    for w in words:
        if w in STOPWORDS:
            break
        head = w
    return head


def _with_premise(lead: Moment, chosen: list[Moment], pool: Iterable[Moment]) -> list[Moment]:
    """The follow-ups, with the premise one of the story's moments presupposes when the story does not tell
    it: an earlier moment sharing a person that gives a word a told moment refers back to (`_references`:
    "she meant the holiday" after "If she wins, I'm going on holiday", a bet, a promise, a role). In a free
    place, else instead of the weakest follow-up that is weaker than the premise (the premise of a payoff
    before a lesser beat; the one that refers back to it too, if it is the weaker)."""
    floor = FOLLOW_UP_SHARE * lead.score
    told = [lead, *chosen]
    # about the lead moment's own lead person (not a side character it shares: the star is everywhere)
    candidates = [
        m
        for m in pool
        if m.score >= floor
        and m not in told
        and lead.lead is not None
        and (lead.lead in m.people or lead.lead in _told_people(m, (lead.lead,)))
    ]
    if not candidates:
        return chosen
    refs = [(t, _references(t, (x for x in told if x is not t))) for t in told]
    for m in sorted(candidates, key=lambda m: m.priority[1:]):
        if not any(
            m.first < t.first and ((words and not words.isdisjoint(m.topic)) or _finds(t, m)) for t, words in refs
        ):
            continue
        if not m.tellable:
            continue
        if len(chosen) < MAX_FOLLOW_UPS:
            return [*chosen, m]
        weakest = min(chosen, key=lambda x: x.score)
        if weakest.score >= m.score:
            return chosen
        return [x if x is not weakest else m for x in chosen]
    return chosen


class _Builder:
    def __init__(self, night: Night) -> None:
        self.night = night
        self.assigned: set[int] = set()
        self.leading: dict[str, Story] = {}
        self.stories: list[Story] = []
        self.scene: Moment | None = None  # the scene the last story's lead moment answers, if it is told
        self.premise: Moment | None = None  # the premise the last story's follow-ups brought in

    def free(self, m: Moment) -> bool:
        return not any(i in self.assigned for i in m.indexes)

    def told_in(self, m: Moment) -> tuple[Story, Moment] | None:
        """The story, and its moment, that `m` retells (`retellings.retells`), if any."""
        for story in self.stories:
            for told in story.moments:
                if retells(told, m):
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
        for person in lead.people:
            for i in night.strongest(person):
                if i in self.assigned or i in lead.indexes:
                    continue
                m = night.moment(i, grow=False)
                if m.root not in pool and m is not lead and self.free(m) and _may_tell(m):
                    pool[m.root] = m
                elif m.told_filler and m.first < lead.first and _may_join(m) and _answers_award(lead, m):
                    pool[m.root] = m  # (a one-line award result is filler, but not before the hug that answers it)
        bound = self.bound(lead)
        eligible = sorted(
            (
                m
                for m in pool.values()
                if m not in bound
                and joins(lead, about, m, night.tz)
                and not self._own_item(lead, m)
                and (m.first < lead.first or self.payoff_of(lead, m) is None)
            ),
            key=lambda m: m.priority[1:],
        )
        # what the headline promises comes first, then a pinned moment's scene; the others
        # take the places left
        cause = self.promised(lead)
        first = [
            *([cause] if cause is not None else []),
            *(m for m in bound if lead.pin is not None and m is not cause and sets_the_scene(m, lead)),
        ]
        ranked = [*first, *(m for m in eligible if m is not cause), *(m for m in bound if m not in first)]
        chosen: list[Moment] = []
        absorbed: set[int] = set()
        for m in [*ranked, *(m for m in pool.values() if m not in ranked)]:
            told = [lead, *chosen]
            home = next((t for t in told if retells(t, m)), None)
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

    def _own_item(self, lead: Moment, m: Moment) -> bool:
        """Whether a strong moment (`Night.strong`) led by someone who is not in `lead`, and voted for more than it,
        leads an item of its own rather than being told as its beat: a gown's slide to the minister's feet (400 votes)
        is not a tail of the minister's swearing lesson (230), whatever people they share, unless the lead moment led
        to it (`_led_to`)."""
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
            if bound_to(m, lead):
                found[m.root] = m
        return sorted(found.values(), key=lambda m: (not sets_the_scene(m, lead), m.first))

    def merge(self, story: Story, told: Moment, other: Moment) -> None:
        """Merge a retelling into the moment of a story that it retells."""
        story.replace(told, merged(told, other))
        self.assigned.update(other.indexes)
        story.score = self.score(story)

    def take(self, m: Moment, again: bool = False) -> None:
        """Build the story `m` leads (or merge it, or tell it in its person's story). `again`: the digest is short of
        its count, and a moment of a person who leads an item already leads one of its own when it is no beat of
        hers (`second_items`)."""
        lead = m.lead
        if m.pin is None and (home := self.told_in(m)) is not None:
            self.merge(*home, m)  # a retelling of a moment told: one moment, never a story of its own
            return
        if m.pin is None and lead is not None and lead in self.leading and self.night.strong(m):
            earlier = self.leading[lead]  # (a person leads one item, however strong her second moment: a beat of
            # her story when it is one, else led by another of its people, else not an item of its own)
            if len(earlier.follow_ups) < MAX_FOLLOW_UPS and joins(earlier.moment, lead, m, self.night.tz):
                earlier.follow_ups.append(m)
                self.assigned.update(m.indexes)
                earlier.score = self.score(earlier)
                return
            told = _told_people(m)
            lead = next((k for k in m.people if k in told and k not in self.leading), None)
            if lead is None:
                return
        elif m.pin is None and lead is not None and lead in self.leading:
            if self._of_a_pair(m):
                lead = next((k for k in m.people if k not in self.leading), None)  # (the pair's: led by neither)
            elif (setter := self.payoff_of(None, m)) is not None and setter.lead not in self.leading:
                lead = setter.lead  # (a payoff told with its setup, led by the setup's person: `payoffs`)
            elif not again or joins(self.leading[lead].moment, lead, m, self.night.tz):
                return  # (a person leads one item)
        if m.pin is not None and lead is not None and lead in self.leading:
            earlier = self.leading[lead]  # (a second pin of a person: a beat of her story, else an item of its own)
            if len(earlier.follow_ups) < MAX_FOLLOW_UPS and joins(earlier.moment, lead, m, self.night.tz):
                earlier.follow_ups.append(m)
                self.assigned.update(m.indexes)
                earlier.score = self.score(earlier)
                return
        story = Story(m, lead, tz=self.night.tz)
        self.assigned.update(m.indexes)
        story.moment, story.follow_ups = self.follow_ups(m, lead)
        story.scene = self.scene if self.scene in story.follow_ups else None
        story.premise = self.premise if self.premise in story.follow_ups else None
        for f in (story.moment, *story.follow_ups):
            self.assigned.update(f.indexes)
        story.score = self.score(story)
        if lead is not None:
            self.leading.setdefault(lead, story)
        self.stories.append(story)

    def _of_a_pair(self, m: Moment) -> bool:
        """Whether a moment whose lead person leads a story already is the story of two people or more all the same:
        two of its people told in English, two correspondents or more and RANK_VOTES votes ("Rafe Ocampo crossed the
        room to Bex Hollis's table …", 88 and 41 votes, after a feud reported all night, when each of them leads an
        item of their own). It leads an item, led by one of its people who leads none, else by nobody: each person still
        leads one item, and the night's next strongest story is not lost to a weaker one."""
        return m.reporters >= 2 and m.votes >= RANK_VOTES and len(_told_people(m)) >= 2

    def score(self, story: Story) -> float:
        attention = self.night.book.attention.get(story.lead, 0) if story.lead is not None else 0
        return story_score(story.moment, story.follow_ups, attention)


def _may_join(m: Moment) -> bool:
    """Whether a moment may be told in another's item, however small: not dropped nor junk, and something of it
    can be told in English."""
    return not m.dropped and not m.junk and m.tellable


def _may_tell(m: Moment, *, in_english: bool = True) -> bool:
    """Whether a moment may open a story or follow one: not dropped, not filler or junk, and something of
    it can be told in English (unless `in_english` is False)."""
    return not m.dropped and not m.told_filler and not m.junk and (m.tellable or not in_english)


def _build(night: Night, wanted: int, shown: int | None = None, untold: list[Moment] | None = None) -> list[Story]:
    """The pinned stories, and unpinned ones led by the strongest moments: `wanted` of them, then more while the
    next moment could still lead a story that outscores the `shown`-th best so far (STORY_MARGIN: what
    follow-ups, corroboration and attention add to a lead moment's score), up to `wanted` more."""
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
    shown = wanted if shown is None else shown
    quiet: list[Moment] = []  # (filler that happened: it may lead on a night with nothing better, `quiet_night`)
    seconds: list[int] = []  # (moments of people who lead a story already: `second_items`)
    while heap and unpinned < 2 * wanted:
        priority = heapq.heappop(heap)
        if unpinned >= wanted and -priority[1] + STORY_MARGIN <= _nth_score(builder.stories, shown):
            break  # no story it leads could be shown
        i = priority[2]
        if i in builder.assigned or night.clusters.find(i) != i or reports[i].pin is not None:
            continue
        names = reports[i].names
        s = reports[i].sighting
        strong = s.key or s.votes >= night.strong_votes  # (`Night.strong`: it leads its own item all the same)
        if names and all(k in builder.leading for k in names) and len(night.clusters.group(i)) == 1 and not strong:
            seconds.append(i)  # (a moment of people who already lead a story: only when the digest is short)
            continue  # about people who already lead a story: cannot lead one
        m = night.moment(i)  # compares it with its neighbours if that was not done yet
        if m.priority != priority and night.clusters.find(i) == i:
            heapq.heappush(heap, m.priority)  # it grew, or is told only by its quote: back in line
            continue
        if m.root != i or not builder.free(m) or not _may_tell(m):
            if m.root == i and may_fill(m):
                quiet.append(m)
            elif untold is not None and m.root == i and builder.free(m) and filler_left(m):
                untold.append(m)  # (a note with nothing happening: named in the preview when nothing is told)
            if untold is not None and m.root == i and builder.free(m) and _may_tell(m, in_english=False):
                untold.append(m)  # (strong, free, and only in another language: the preview says so)
            continue
        before = len(builder.stories)
        builder.take(m)
        unpinned += len(builder.stories) - before
    empty = not builder.stories  # a night with nothing better: its events with no votes are the news
    for m in quiet:  # (else, when the digest is short of its count, its full acts: `quiet_night.fills_count`)
        if len(builder.stories) >= shown - 1:  # (the digest's items, `shown` - 1: never its bonus)
            break
        if (empty or fills_count(m)) and builder.free(m):
            builder.take(m)
    second_items(night, builder, seconds, shown - 1)
    if untold is not None:  # (when the digest is still short, the preview names the filler it left out)
        untold.extend(m for m in quiet if m.root not in builder.assigned)
    _quiet_exchanges(night, builder)
    stories = builder.stories
    stories.sort(key=rank_key(stories))
    return stories


STORY_MARGIN = 3.0  # what a story's follow-ups, their corroboration and its lead's attention add, mostly


def _nth_score(stories: list[Story], n: int) -> float:
    """The score of the `n`-th best unpinned story so far (0 when there are fewer)."""
    scores = sorted((s.score for s in stories if s.moment.place == UNPINNED), reverse=True)
    return scores[n - 1] if len(scores) >= n else 0.0


def _quiet_exchanges(night: Night, builder: _Builder) -> None:
    """Stories for the exchanges the votes never reached (a line one of two named people said, overheard, few
    saw it): they compete with the rest by score (`scoring.story_score`), as an editor would weigh them."""
    for i, r in enumerate(night.reports):
        if not r.sighting.quote_by or i in builder.assigned or r.pin is not None or not exchange(r):  # (rarest first)
            continue
        m = night.moment(i)
        if builder.free(m) and _may_tell(m) and m.exchange:
            builder.take(m)


def carries_on(story: Story, m: Moment, tz: ZoneInfo | None = None) -> bool:
    """Whether moment `m` belongs to `story`'s thread rather than being a story of its own. Before the story's lead
    moment, it is its setup: held for it or naming its time (`sets_up`), or about the lead moment's own people (not a
    side character of a follow-up) and on its thread (`setup`: its people and its subject), with weight (`weighs`).
    After it, the people it tells are the lead moment's own, and it is about the same thing (a thing in common with a
    moment of the story, `subject`, or two of the lead moment's people: "Kwesi and Ottoline ate the fallen soufflé
    out of the tin" after the soufflé); or it is about one of those people with someone new and shares three things
    with the story."""
    people = _told_people(m)
    own = set(story.moment.people)
    if m.first <= story.moment.first:
        return (
            sets_up(story.moment, m, tz)
            or (bool(people) and people <= own and _on_thread(story.moment, story.lead, m) and weighs(story.moment, m))
            or _same_people(story.moment, m)
        )
    if not people:
        return False
    if not people <= own:  # someone new: still the thread when it is about one of them, and then some
        return m.lead in own and max(len(subject(t, m)) for t in story.moments) > 2
    return len(people) >= 2 or any(subject(t, m) for t in story.moments)


def _threads_joined(stories: list[Story], night: Night, wanted: int) -> list[Story]:
    """The stories in order, each of the first `wanted` a separate story: a story whose lead moment belongs to
    the thread of one ranked before it (`carries_on`: its setup, or a later beat) is told there, as a follow-up
    (a setup right after the moment it sets up), when that story has room (and it is not pinned); else it is
    left out. A spare story after the first `wanted` that belongs to a thread is left out too: a story the writer
    cannot tell moves the rest up, and the bonus is chosen among them. Never an item (or the bonus) of its own that
    retells item 1 a little later, or sets it up."""
    book = night.book
    kept: list[Story] = []
    for story in stories:
        home = next((s for s in kept if story.pin is None and carries_on(s, story.moment, night.tz)), None)
        if home is None:
            kept.append(story)
            continue
        if len(kept) >= wanted:
            continue  # (a spare story, after the bonus: left out, never moved up into the bonus later)
        if len(home.follow_ups) < MAX_FOLLOW_UPS:
            home.follow_ups.append(story.moment)
            attention = book.attention.get(home.lead, 0) if home.lead is not None else 0
            home.score = story_score(home.moment, home.follow_ups, attention)
    return kept


def _choose_bonus(stories: list[Story], count: int, night: Night) -> None:
    """The bonus stands alone: one thread, not two unrelated moments of one person. Each candidate after the
    `count` items keeps only the follow-ups that continue its thread (not another moment of its person only
    nearly as strong), is scored on what it will tell, and the best of them (unless a pinned or key story is
    next in line) becomes the bonus: never the story whose lead came first only thanks to follow-ups it then
    leaves out (`_told`: a lone voted line does not move up); a story led by someone an item's lead moment already
    tells gives way to the best one led by someone new when it is nearly as strong (NEARLY_AS_STRONG): the bonus is
    one more person's night, not a second helping of a star's (Saga Wästberg, handed the statuette in item 4, then
    her cinnamon buns, over Pelle Hedin, Jr.'s buzzer)."""
    for story in stories[count:]:
        kept = [
            f
            for f in story.follow_ups
            if continues(story.moment, story.lead, f) or sets_up(story.moment, f, night.tz) or bound_to(f, story.moment)
        ]
        if len(kept) < len(story.follow_ups):
            story.follow_ups = kept
            attention = night.book.attention.get(story.lead, 0) if story.lead is not None else 0
            story.score = story_score(story.moment, kept, attention)
    if stories[count].moment.place != UNPINNED:
        return
    # a lone voted line (one correspondent, no quote, nothing it leads to) never displaces the story next in line
    rivals = [k for k in range(count + 1, len(stories)) if stories[k].moment.place == UNPINNED and _told(stories[k])]
    best = max([count, *rivals], key=lambda k: (stories[k].score, -k))
    # someone the items have told already (a party of an item's lead moment) gives way to someone new nearly as strong
    told = {k for story in stories[:count] for k in story.moment.people}
    if stories[best].lead in told:
        fresh = [k for k in [count, *rivals] if stories[k].lead not in told and stories[k].lead is not None]
        new = max(fresh, key=lambda k: (stories[k].score, -k), default=None)
        if new is not None and stories[new].score >= NEARLY_AS_STRONG * stories[best].score:
            best = new
    stories.insert(count, stories.pop(best))


def _told(story: Story) -> bool:
    """A story rather than a lone line: a follow-up, a quote, or a second correspondent."""
    m = story.moment
    return bool(story.follow_ups) or m.has_quote or m.reporters > 1


def stories_of(
    show: Show,
    sightings: Iterable[AnySighting],
    curations: Sequence[Curation],
    now: datetime,
    roster: Sequence[RosterEntry] | None = None,
    count: int = 5,
    timezone: str = "UTC",
    tells: Callable[[Story, NameBook], bool] | None = None,
    untold: list[Moment] | None = None,
    denied: list[tuple[AnySighting, AnySighting]] | None = None,
) -> tuple[list[Story], NameBook, int]:
    """Stories in digest order (at least `count` + 1 when the night has them), the name book, and the
    number of candidates. With `tells`, only the stories it can tell (`writing.tells`), before the bonus is
    chosen: the stories after one it cannot tell each move up a place. `untold`, when given, gets the moments that
    would have led a story and cannot be told as written: in no English (`Moment.tellable`) or refused by `tells`
    (the editor's preview names them, `compiler`); `denied`, each report another denied in words (`candidates`)."""
    sightings = list(sightings)
    reports, book = prepare(candidates(show, sightings, now, denied), curations, roster)
    note_withdrawn(book, sightings, reports, show.id)
    night = Night(reports, book, ZoneInfo(timezone))
    stories = _build(night, count + 1 + SPARE_STORIES, count + 1, untold)
    stories = _threads_joined(stories, night, count + 1)
    if tells is not None:  # a story whose lead moment cannot be told is not built: the next one takes its place
        told = [story for story in stories if tells(story, book)]
        if untold is not None:
            untold.extend(story.moment for story in stories if story not in told)
        stories = told
    people = {k for story in stories[: count + 1] for k in story.people}
    name_by_handles(book, sorted({k for story in stories for k in story.people}), night.reports, night.clusters.lists)
    note_roles(book, sorted(people), night.reports, night.clusters.lists)
    if len(stories) > count:
        _choose_bonus(stories, count, night)
    return stories, book, len(reports)
