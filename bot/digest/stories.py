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
3. **Moments, across people and languages** (`clusters.Clusters`). An explicit corroboration joins its
   original. Then each report is compared with its nearest reports (12 each side, within 20 minutes, by
   another correspondent) that share a person or its place. Two reports in English (or both in one other
   language) tell one moment (`matching.same_moment`) when they give the same quote, or one only frames its
   quote ("Overheard by the bar:") and the quote echoes the other (two content words) minutes apart at the
   same place or about one of the same people, or its speaker is the other's person five minutes apart (never when
   its note names another place: "On the loading dock, Lea Moor to the DJ:" before the duet on stage), or it is only a
   line, no speaker given, tagged with the other's people five minutes apart (`matching._line_of`), or enough of
   the same content words (folded, stemmed, names and function words left out) for how many people, how much time
   and which place they share; reports filed from different places need more. A report in another
   language (`language`: script, then function words of Spanish, Dutch, Polish, French, German…) cannot be
   compared word for word: it joins the one English report that fits it best (`matching.cross_language`:
   a shared person, tagged or named in its text, within 10 minutes, the same place in either language
   (`places`: "Sala stampa" is "Press room") or none given; or a place written in another language within 5
   minutes, or two people in common and no plainly other place; or, tagged with someone else or no one,
   within 5 minutes and sharing two content words written alike (one of six letters from the same place), the
   names of the moment's things: "le héron de Marlow Street", "confettis"), never a chain of them; besides its
   people's and place's reports it is compared with the reports nearest in time. Numbers that
   count the same thing differently ("third espresso", "fourth espresso") keep reports apart. Last, two English
   reports minutes apart (5) sharing a person or their place that name the thing of one event in other words (a fall
   and the hands that caught it, the power cut and the dark or the torch: `events`, `matching.one_event`) are joined,
   when the rules here allow (never taking a report from the moment its own words join it to); two posts by
   one correspondent are never one moment, even through a third report, except a note that hands over to
   its quote ("Her reply, once the doors opened:"): it joins its correspondent's post right before it (5 minutes,
   the same place, a shared person), the rest of one exchange; and their prose account of their own note (10 minutes,
   the same place or none, a person and the moment's words in common, `Clusters._write_ups`: "MAIN BAR, Orrin Vale:
   refuses stool. … hands his 1962 trumpet to grandson Teo.", then "Teo Vale stopped his set …"), which then speaks
   for it. A report with weight of its own (a key mark, a pin,
   or ten votes and half those of the lead report: the pinned, else the most voted) about other people than the lead
   report's (`matching.apart`: neither tags nor names anyone the other does) is a separate act, never clustered into
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
   star leads one item), unless it is a pair's moment with someone new, half its votes (`threads._theirs`). Trivia
   of the same person (no votes worth the name, no quote: a drink order after an ovation)
   never joins; an item of one strong moment is fine, and a later moment led by someone the lead moment does not name,
   with half its votes, is their story, never a beat of this one (`_someone_elses`). A *strong* moment (`Night.strong`:
   keyed, pinned, or with three quarters of the votes of the night's most voted report) is never a premise of another
   story, and leads its own item even when its person leads one already, unless it is a beat of that story by the rules
   above; one before the lead moment, led by someone else, joins only when it truly sets it up (`own_items`: held for
   it, naming its time, a vow, the award it answers, or a thing both tell in English; never its people alone). A moment
   about a side character, or that only shares a room with it, does not join; a follow-up's people are those of its
   English reports (a person only its report in another language tags does not make it a beat of the
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
   earlier, its setup, with weight) is told there as a follow-up when it has room; when it has none, a beat more voted
   than every follow-up it tells takes the place of its weakest (never the promise it keeps: `_displaced`), and a
   different event of the same people (more voted than them, led by someone else, not reported during its lead
   moment, setting nothing of it up: `_of_its_own`) stays a story of its own; else it is left out, and the preview
   names it ("thread full"): every item is a
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
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.models import AnySighting, Curation, RosterEntry, Show

from .builder import Night, _Builder, _may_tell
from .handle_names import name_by_handles, titles_unwritten
from .moments import Moment, exchange, priority_of
from .night import NameBook, Report, candidates, prepare
from .own_items import stands_apart
from .quiet_night import filler_left, fills_count, may_fill
from .quiet_rank import rank_key
from .roles import note_roles
from .scenes import bound_to
from .scoring import (
    KEYED,
    NEARLY_AS_STRONG,
    UNPINNED,
    story_score,
)
from .second_items import second_items
from .story import Story
from .threads import (
    MAX_FOLLOW_UPS,
    _on_thread,
    _same_people,
    _told_people,
    _vows,
    award_told,
    continues,
    sets_up,
    subject,
    updates_another_thing,
    weighs,
)
from .withdrawn import note_withdrawn

SPARE_STORIES = 3  # stories built beyond count + bonus, so that bonuses cannot reorder what was not built


def _second_left(m: Moment, i: int, builder: _Builder) -> bool:
    """Whether moment `m` (of report `i`), of people who lead a story already, is one the preview names when it is
    left out: its own, free, with votes, tellable or told only in another language (his dance on a table, in
    Romanian, beside the item of his win: the editor is told it is there)."""
    told = m.tellable or m.told_abroad
    return m.root == i and builder.free(m) and m.votes > 0 and not (m.dropped or m.junk) and told


def _build(
    night: Night,
    wanted: int,
    shown: int | None = None,
    untold: list[Moment] | None = None,
    barred: Collection[int] = (),
) -> list[Story]:
    """The pinned stories, and unpinned ones led by the strongest moments: `wanted` of them, then more while the
    next moment could still lead a story that outscores the `shown`-th best so far (STORY_MARGIN: what
    follow-ups, corroboration and attention add to a lead moment's score), up to `wanted` more. A moment whose
    reports are `barred` (one the writer cannot tell as a story) is in none."""
    builder = _Builder(night)
    builder.assigned.update(barred)  # (never a lead, never a beat: "Later, Lindahl said: “Sure.”" is no story either)
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
    waiting: dict[int, tuple[int, float, int]] = {}  # (key moments that only tell a result, `_result_only`)
    while heap and unpinned < 2 * wanted:
        priority = heapq.heappop(heap)
        if unpinned >= wanted and -priority[1] + STORY_MARGIN <= _nth_score(builder.stories, shown):
            break  # no story it leads could be shown
        i = priority[2]
        if i in builder.assigned or night.clusters.find(i) != i or reports[i].pin is not None:
            continue
        if priority[0] == KEYED and i not in waiting and _result_only(night.moment(i)):
            waiting[i] = priority  # a key moment that only tells an award result waits for its score's turn: the
            heapq.heappush(heap, (UNPINNED, *priority[1:]))  # payoff it answers leads the story that tells it (and
            continue  # that story ranks as a key moment's: `Story.order`)
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
            elif untold is not None and m.root == i and builder.free(m) and m.junk and m.votes:
                untold.append(m)  # (voted chatter, "test test is this thing on": the preview says why it is out)
            if untold is not None and m.root == i and builder.free(m) and _may_tell(m, in_english=False):
                untold.append(m)  # (strong, free, and only in another language: the preview says so)
            continue
        before = len(builder.stories)
        builder.take(m)
        unpinned += len(builder.stories) - before
    for i in waiting:  # (a key moment is told: one no stronger story took leads its own)
        m = night.moment(i)
        if i not in builder.assigned and m.root == i and builder.free(m) and _may_tell(m):
            builder.take(m)
    empty = not builder.stories  # a night with nothing better: its events with no votes are the news
    for m in quiet:  # (else, when the digest is short of its count, its full acts: `quiet_night.fills_count`)
        if len(builder.stories) >= shown - 1:  # (the digest's items, `shown` - 1: never its bonus)
            break
        if (empty or fills_count(m)) and builder.free(m):
            builder.take(m)
    second_items(night, builder, seconds, shown - 1, untold)
    if untold is not None:  # (a duet of a star who leads an item, left out; a voted one whatever the count: the
        # keg fall of a star whose beard leads an item, 24 votes, was named nowhere)
        short = len(builder.stories) < shown - 1
        untold.extend(
            m
            for m in builder.passed
            if builder.free(m) and m.tellable and (m.votes if not short else m.votes or m.has_quote)
        )
    if untold is not None:  # (a voted moment of someone who leads a story already, left out: the preview names it)
        voted = [i for i in seconds if reports[i].sighting.votes and i not in builder.assigned]  # (cheap test first)
        untold.extend(m for i in voted if _second_left(m := night.moment(i), i, builder))
    if untold is not None:  # (when the digest is still short, the preview names the filler it left out)
        untold.extend(m for m in quiet if m.root not in builder.assigned)
    _quiet_exchanges(night, builder)
    stories = builder.stories
    stories.sort(key=rank_key(stories))
    return stories


def _award_line(r: Report) -> bool:
    """Whether a report tells an award result (`threads.award_told`)."""
    return award_told(r.sighting.what)


def _result_only(m: Moment) -> bool:
    """Whether a key moment tells an award result and nothing anyone did after it ("Best Film went to Nodir Opare,
    ahead of Agun Jhor. Several people in the press room turned round to look at Topu.", 15 votes): marked by the
    desk as the night's result, it is the setup of the payoff it answers (the host shaving half his moustache, 460
    votes, round 44's Dhaka), never the lead of a story that takes the payoff as its beat."""
    keyed = [r for r in m.reports if r.sighting.key]
    return bool(keyed) and all(r.sighting.votes < _RESULT_VOTES and _award_line(r) for r in keyed)


_RESULT_VOTES = 60  # a key result with this many votes or more is a moment readers voted for: it leads as marked


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
    if updates_another_thing(story.moment, m) or updates_another_thing(m, story.moment):
        return False  # ("Update on the bucket: sold …": the auction's thread, never the buyer's singalong after it)
    if m.first <= story.moment.first:
        return (
            sets_up(story.moment, m, tz)
            or (bool(people) and people <= own and _on_thread(story.moment, story.lead, m) and weighs(story.moment, m))
            or _same_people(story.moment, m)
        )
    if not people:
        return False
    own = _told_people(story.moment, own)  # (never one only a report in another language tags: Nadia Qistina singing
    # harmony in the Malay report of the blackout is no thread to her trophy an hour on, round 50's Kuala Lumpur)
    if not people <= own:  # someone new: still the thread when it is about one of them, and then some
        return m.lead in own and max(len(subject(t, m)) for t in story.moments) > 2
    return len(people) >= 2 or any(subject(t, m) for t in story.moments)


def _threads_joined(stories: list[Story], night: Night, wanted: int, full: list[Moment] | None = None) -> list[Story]:
    """The stories in order, each of the first `wanted` a separate story: a story whose lead moment belongs to
    the thread of one ranked before it (`carries_on`: its setup, or a later beat) is told there, as a follow-up
    (a setup right after the moment it sets up), when that story has room (and it is not pinned); with no room, it
    takes the place of the story's weakest beat when it is more voted than every one (`_displaced`), or stays a
    story of its own when it is a different event of the same people (`_of_its_own`); else it is left out. A spare
    story after the first `wanted` that belongs to a thread is left out too: a story the writer
    cannot tell moves the rest up, and the bonus is chosen among them. Never an item (or the bonus) of its own that
    retells item 1 a little later, or sets it up. `full`, when given, gets each moment left out because its
    thread's story had no room (the editor's preview names a voted one: "thread full"). A story that tells the
    promise its lead moment keeps is its own (`_keeps_its_promise`)."""
    book = night.book
    kept: list[Story] = []
    for story in stories:
        home = next(
            (
                s
                for s in kept
                if story.pin is None
                and carries_on(s, story.moment, night.tz)
                and not stands_apart(s.moment, s.lead, story.moment, night.strong(story.moment), night.tz)
            ),
            None,
        )
        if home is None or _keeps_its_promise(story):
            kept.append(story)
            continue
        if len(kept) >= wanted:
            continue  # (a spare story, after the bonus: left out, never moved up into the bonus later)
        m = story.moment
        if len(home.follow_ups) >= MAX_FOLLOW_UPS and _of_its_own(home, m, night.tz):
            kept.append(story)
            continue
        displaced = _displaced(home, m, night.tz) if len(home.follow_ups) >= MAX_FOLLOW_UPS else None
        if displaced is not None:
            home.follow_ups.remove(displaced)
            m, displaced = displaced, m  # (the weaker beat is the one left out)
            home.follow_ups.append(displaced)
        if len(home.follow_ups) < MAX_FOLLOW_UPS:
            home.follow_ups.append(m)
        elif full is not None:
            full.append(m)  # (a beat the thread had no room for: named in the preview, never lost unsaid)
        attention = book.attention.get(home.lead, 0) if home.lead is not None else 0
        home.score = story_score(home.moment, home.follow_ups, attention)
    return kept


def _keeps_its_promise(story: Story) -> bool:
    """Whether a story tells the promise its lead moment keeps (a vow before it among its follow-ups: Stjepan's "he
    will ring it twice" at 20:10, then the bell rung when his grandson won): a thread of its own, never a beat of
    another story of the same people (the grandson's set two hours before), where the promise would be lost."""
    return any(_vows(f) and f.first < story.moment.first for f in story.follow_ups)


def _beyond(home: Story, m: Moment) -> bool:
    """Whether a moment is more voted than every follow-up the story tells: no lesser beat of its thread. A later
    moment is weighed against the beats after the lead moment only (what it began with is no beat it could replace:
    the slow air on the recovered fiddle, 33 votes, against the loss of the fiddle, 33, break 68)."""
    later = m.first > home.moment.first
    return all(m.votes > f.votes for f in home.follow_ups if not (later and f.first < home.moment.first))


def _during(lead: Moment, m: Moment) -> bool:
    """Whether a moment's first report was filed while the lead moment was being reported (between its first and
    last reports): part of that scene ("LIFT: engineer called" between "the lift is STUCK" and "LIFT: open")."""
    return lead.ts <= m.ts <= max(r.ts for r in lead.reports)


def _of_its_own(home: Story, m: Moment, tz: ZoneInfo | None) -> bool:
    """Whether a moment on the thread of a story that already tells its follow-ups is a story of its own: more
    voted than every beat that story tells, led by someone else, not reported during its lead moment, and, when it
    came before it, setting nothing of it up as a strong moment would (`own_items.stands_apart`: no appointment, vow,
    award result or thing in common). Each is a different event of the same people, and a good editor publishes it
    on its own (New Orleans' blackout choir, 117 votes, 11 minutes after the same choir's chemistry quiz; Almaty's
    composer weeping at his song, 76 votes, before the host's shave the trio won him; Johannesburg's duo making up,
    129 votes, before Lwazi's dreads come off). Never a retelling of the lead moment (`_during`)."""
    return (
        _beyond(home, m)
        and m.lead is not None
        and m.lead != home.lead
        and not _during(home.moment, m)
        and (m.first > home.moment.first or stands_apart(home.moment, home.lead, m, True, tz))
    )


def _displaced(home: Story, m: Moment, tz: ZoneInfo | None) -> Moment | None:
    """The follow-up a full story gives up for a beat of its thread more voted than every one it tells (Istanbul's
    jump into the sea, 202 votes, over the actor's push-ups before his award; Glasgow's singing in the stuck lift
    over a result): its least voted beat that is no setup of its lead moment (the promise it keeps stays)."""
    if not _beyond(home, m):
        return None
    beats = [f for f in home.follow_ups if not (sets_up(home.moment, f, tz) or _vows(f))]
    return min(beats, key=lambda f: (f.votes, -f.first), default=None)


FRESH_VOTES_SHARE = 0.5  # of the told person's story's votes, for someone new's to take the bonus from it


def _choose_bonus(stories: list[Story], count: int, night: Night) -> None:
    """The bonus stands alone: one thread, not two unrelated moments of one person. Each candidate after the
    `count` items keeps only the follow-ups that continue its thread (not another moment of its person only
    nearly as strong, nor a moment of an item's lead that leaves its people out: "Later, Carys Pennant-Lloyd and
    Ffion Rees were singing at the piano" is no beat of the rivals' toast in the same bar), is scored on what it
    will tell, and the best of them (unless a pinned or key story is next in line) becomes the bonus: never the
    story whose lead came first only thanks to follow-ups it then leaves out (`_told`: a lone voted line does not
    move up); a story led by someone an item's lead moment already tells gives way to the best one led by someone
    new when it is nearly as strong (NEARLY_AS_STRONG of its score, FRESH_VOTES_SHARE of its readers' votes: a 78-vote
    thread is no match for Nadia Crowe's 245, though Grace Thibodeaux's item names her; Pelle Hedin, Jr.'s 67 are for
    Saga Wästberg's 109): the bonus is one more person's
    night, not a second helping of a star's (Saga Wästberg, handed the statuette in item 4, then her cinnamon buns,
    over Pelle Hedin, Jr.'s buzzer). A candidate whose strongest moment drew BONUS_VOTES_RATIO times the votes of the
    best-scoring one's is the bonus all the same (a 192-vote mirror over a 32-vote pile of four small sightings)."""
    leads = {story.lead for story in stories[:count]}
    for story in stories[count:]:
        kept = [
            f
            for f in story.follow_ups
            if (
                continues(story.moment, story.lead, f)
                or sets_up(story.moment, f, night.tz)
                or bound_to(f, story.moment)
            )
            # (an item's lead's moment is that item's, or no one's, unless someone of this story is in it too)
            and (f.lead == story.lead or f.lead not in leads or not set(story.moment.people).isdisjoint(f.people))
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
    # ... unless another drew BONUS_VOTES_RATIO times its strongest moment's votes: never a pile of four small
    # sightings of one cluster, 32 votes and four correspondents, over a 192-vote moment (a 15-vote "That's my boy!"
    # with its follow-ups keeps its place over a 35-vote lost shoe)
    loudest = min([count, *rivals], key=lambda k: (stories[k].order(), k))
    if _strongest_votes(stories[loudest]) >= BONUS_VOTES_RATIO * max(_strongest_votes(stories[best]), 1):
        best = loudest
    # someone the items have told already (a party of an item's lead moment) gives way to someone new nearly as strong
    told = {k for story in stories[:count] for k in story.moment.people}
    if stories[best].lead in told:
        fresh = [k for k in [count, *rivals] if stories[k].lead not in told and stories[k].lead is not None]
        new = max(fresh, key=lambda k: (stories[k].score, -k), default=None)
        if (
            new is not None
            and stories[new].score >= NEARLY_AS_STRONG * stories[best].score
            and _votes_of(stories[new]) >= FRESH_VOTES_SHARE * _votes_of(stories[best])
        ):
            best = new
    stories.insert(count, stories.pop(best))


BONUS_VOTES_RATIO = 3  # the votes of a bonus candidate's strongest moment that outrank a higher score


def _strongest_votes(story: Story) -> int:
    return max(m.votes for m in story.moments)


def _votes_of(story: Story) -> int:
    """The readers' votes on every moment a story tells."""
    return story.moment.votes + sum(f.votes for f in story.follow_ups)


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
    unapplied: list[tuple[AnySighting, AnySighting | None]] | None = None,
    full: list[Moment] | None = None,
) -> tuple[list[Story], NameBook, int]:
    """Stories in digest order (at least `count` + 1 when the night has them), the name book, and the
    number of candidates. With `tells`, only the stories it can tell (`writing.tells`), before the bonus is
    chosen: the stories after one it cannot tell each move up a place. `untold`, when given, gets the moments that
    would have led a story and cannot be told as written: in no English (`Moment.tellable`) or refused by `tells`
    (the editor's preview names them, `compiler`); `denied`, each report another denied in words, and `unapplied`,
    each correction not applied (`candidates`); `full`, each moment left out on a thread whose story had no room
    (`_threads_joined`)."""
    sightings = list(sightings)
    reports, book = prepare(candidates(show, sightings, now, denied, unapplied), curations, roster, show.venue)
    note_withdrawn(book, sightings, reports, show.id)
    night = Night(reports, book, ZoneInfo(timezone))
    built: list[Moment] | None = [] if untold is not None else None
    dropped: list[Moment] = []
    stories = _threads_joined(_build(night, count + 1 + SPARE_STORIES, count + 1, built), night, count + 1, dropped)
    if tells is not None:  # a story whose lead moment cannot be told is not built: the next one takes its place
        refused = [story.moment for story in stories if not tells(story, book)]
        barred = {i for m in refused if m.pin is None for i in m.indexes}
        if barred:  # (built again without them: a moment such a story took in, the mother's own press-room line
            # under the churros note that cannot be printed, leads a story of its own or joins another)
            built = [] if untold is not None else None
            stories = _build(night, count + 1 + SPARE_STORIES, count + 1, built, barred)
            dropped = []
            stories = _threads_joined(stories, night, count + 1, dropped)
            refused = [m for m in refused if m.pin is None]  # (out, as before: no story tells them)
            refused += [story.moment for story in stories if not tells(story, book)]
        told = [story for story in stories if story.moment not in refused]
        if untold is not None:
            untold.extend(refused)
        stories = told
    if untold is not None and built is not None:
        untold[:0] = built
    if full is not None:
        full.extend(dropped)
    people = {k for story in stories[: count + 1] for k in story.people}
    everyone = sorted({k for story in stories for k in story.people})
    name_by_handles(book, everyone, night.reports, night.clusters.lists)
    titles_unwritten(book, everyone, night.reports, night.clusters.lists)
    note_roles(book, sorted(people), night.reports, night.clusters.lists)
    if len(stories) > count:
        _choose_bonus(stories, count, night)
    return stories, book, len(reports)
