"""A retelling is one moment, wherever the clusterer left it (see `bot.digest.stories`).

The clusterer (`moments`) joins the reports of one moment it compares: the same words, or a report in another
language and the one English report it pairs with. A retelling can still escape it: other words and other tags
("Voss hugged the stagehand." / "Voss and a stagehand were hugging by the lift"), minutes more than its
neighbours reach, a second report in another language. Story building asks again, of every moment about to be
told (a follow-up, or the lead of a later story), whether it tells a moment already told (`retells`); if so it
is merged into that moment (its reporter credited when the body tells it, a new quote kept, its votes counted),
never told again.
"""

from __future__ import annotations

import re

from .events import same_event
from .matching import CLOSE_SECONDS, _shared_across, numbers_conflict, same_figure, stands_alone, untranslated
from .moments import Moment
from .night import Report
from .places import PLACE_WORDS, other_place, same_place
from .scenes import things
from .textutil import fold
from .threads import _vows
from .writeups import written_up

RETELL_SECONDS = 20 * 60  # a retelling is filed at most this long from a report of the moment it retells...
RETELL_AHEAD = 5 * 60  # ...and at most this long before its first report
RETELL_WORDS = 2  # ...gives at least this many of the things already told...
RETELL_SHARE = 2 / 3  # ...and this share of the things its text names: what it adds is a detail, not a beat
SAME_ACT_SECONDS = 3 * 60  # a report this close to one of a moment, from its place, about its people: the same act
GOING_ON_SECONDS = 10 * 60  # ...or this close after its last, from its place, weaker, a word of the act in common


def same_act(told: Moment, other: Moment) -> bool:
    """Whether `other` was filed during the act `told` tells: from its place (or either gives none), within
    SAME_ACT_SECONDS of one of its reports, whatever its words (the callers ask for its people and its reporter)."""
    here = {r.place for r in told.reports if r.place}
    for b in other.reports:
        if here and b.place and not any(p == b.place or same_place(p, b.place) for p in here):
            continue
        if any(abs(a.ts - b.ts) <= SAME_ACT_SECONDS for a in told.reports) and not _told_elsewhere(b, told):
            return True
    return False


def _told_elsewhere(b: Report, told: Moment) -> bool:
    """Whether report `b`'s English text says it happened at another place than every English report of `told` says
    (`other_place`:
    "walked the red carpet with his arm in a sling" filed from the lobby two minutes before "beat him at
    arm-wrestling on the lobby table"): another act, though filed from its place."""
    told_in_english = told.english
    return (
        bool(told_in_english)
        and b.english
        and all(other_place(b.sighting.what, a.sighting.what) for a in told_in_english)
    )


def retells(told: Moment, other: Moment) -> bool:
    """Whether `other` tells the moment `told` tells: reported by other correspondents, about the same people or
    some of them (one at least), from the same place or none, within RETELL_SECONDS of it (and never more than
    RETELL_AHEAD before its first report), its numbers never counting the same thing differently ("third espresso",
    "fourth espresso" stay two moments), and filed during the act it tells (`same_act`: from its place, within
    minutes, in whatever words) or saying what is already told: two of the things its English text names, two
    thirds of them at least (a quote it adds is kept, not compared: a line said later is told by the clusterer's
    rule, `matching.same_moment`), or, in another language, a figure of two digits both give ("31 minutes", "31分")
    or two words written alike (in English, such a figure and one thing told are enough)."""
    if other is told or stands_alone(told, other):
        return False
    if written_up(told, other):
        return not any(
            numbers_conflict(a.features().counts, b.features().counts) for a in told.reports for b in other.reports
        )
    if _in_other_languages(told, other):
        return True  # (its reports in other languages, other tags: "Corridor des loges : toute la gang …")
    if other.english and told.english and not told.reports[0].english:
        told = Moment(told.english)  # (an English report is timed and placed by the English ones)
    people = set(other.people)
    watched = _watched_it(told, other)
    if not people or not (
        people <= set(told.people) or _helped_in_it(told, other) or watched or _initialled(told, other)
    ):
        return False
    if not {r.reporter for r in told.reports}.isdisjoint(r.reporter for r in other.reports):
        return False  # a correspondent who posts again tells the next beat, not the same one
    if not any(abs(a.ts - b.ts) <= RETELL_SECONDS for a in told.reports for b in other.reports):
        return False
    if other.ts < told.ts - RETELL_AHEAD:
        return False  # filed well before the moment was first reported: what came before it (her arrival)
    # (a place remembered from the correspondent's last post is no place of the report's: "Lobby" for a bystander's
    # account of the fall on the mezzanine stairs)
    here = {r.place for r in told.reports if r.place and r.place != r.near}
    there = {r.place for r in other.reports if r.place and r.place != r.near}
    if here and there and not any(p == q or same_place(p, q) for p in here for q in there):
        return False
    if any(numbers_conflict(a.features().counts, b.features().counts) for a in told.reports for b in other.reports):
        return False
    if watched:
        return True  # "… at the bottom of the stairs when Halloway fell": the fall, as someone watched it
    if (other.ts >= told.ts and same_act(told, other)) or _going_on(told, other) or _helped_in_it(other, told):
        return True  # the same act in other words: "Her grandfather wept, took off his cap" a minute after she knelt
    # (one filed before anyone reported the act is compared by its words: "Greta Lind is on stage for the honorary
    # award" two minutes before "GRN RM: LIND OFF STAGE, STRAIGHT TO KAJSA BERG" is what came before it)
    english = other.english
    if not english:  # words cannot be compared across languages: a figure, or the names of its things
        return any(
            same_figure(b, a) or len(untranslated(b, a)) >= RETELL_WORDS for a in told.english for b in other.reports
        )
    own = things(frozenset().union(*(r.features().tokens for r in english)), frozenset(r.place for r in other.reports))
    shared = own & told.topic
    if shared and any(same_figure(b, a) for a in told.english for b in english):
        return True  # the same figure of two digits and a thing of it ("ran 31 minutes", "the 31-minute speech")
    return len(shared) >= RETELL_WORDS and len(shared) >= RETELL_SHARE * len(own)


# "… at the bottom of the stairs when Halloway fell": the told moment's event, as the one who watched it puts it
_WHEN_IT_HAPPENED = re.compile(r"\bwhen ((?:[A-Z][\w'’-]+ ){1,3})(?:[a-z]+ed|fell|caught|slipped|tripped|broke)\b")


def _watched_it(told: Moment, other: Moment) -> bool:
    """Whether `other` is someone's account of watching the act `told` tells: filed after it, its English text
    placing itself "when" a person of `told` did the thing of the same kind of event ("Mina Torvald was at the
    bottom of the mezzanine stairs when Halloway fell and says it looked choreographed" after the fall and the
    catch): one moment, the witness's line kept, never an item of its own that tells the fall again."""
    if other.ts < told.ts or not other.english or not told.english:
        return False
    words = {w for k in told.people for w in k.split() if len(w) >= 3}
    for r in other.english:
        m = _WHEN_IT_HAPPENED.search(r.sighting.what)
        if m and {fold(w) for w in m.group(1).split()} & words:
            return any(same_event(r.features().tokens, a.features().tokens) for a in told.english)
    return False


def by_initial(told: Moment, other: Moment) -> bool:
    """Whether `other`'s text in English calls `told`'s lead person by their surname's initial and does not tag them
    ("CRTYRD: old K. 'dies' on cobbles for kid": Miha Kavčič, round 46)."""
    if told.lead is None or told.lead in other.people or "." not in "".join(r.sighting.what for r in other.reports):
        return False
    initial = re.escape(told.lead.split()[-1][:1].upper())
    return any(re.search(rf"(?<![\w.]){initial}\.(?!\w)", r.sighting.what) for r in other.english)


def _initialled(told: Moment, other: Moment) -> bool:
    """Whether `other`, filed during the act `told` tells (`same_act`), calls its lead person by their surname's
    initial ("CRTYRD: old K. 'dies' on cobbles for kid — acting lesson. Hribar runs w/ 1st aid." beside Miha Kavčič's
    stage death, tagged with the volunteer who ran: round 46's Ljubljana printed it as an item of its own)."""
    return other.ts >= told.ts and by_initial(told, other) and same_act(told, other)


def _helped_in_it(told: Moment, other: Moment) -> bool:
    """Whether `other`, about the person `told` is about and someone new, tells the same act with the one who helped
    in it: filed during it (`same_act`), one of its reports naming all its people together (the fall and who picked
    her up: "Rosa Pike se cayó … y Teo Brandt la levantó"), and its English text naming a thing `told` names ("went
    down hard on the confetti"): one moment, never a second item told from the helper's side."""
    if told.lead is None or told.lead not in other.people or other.ts < told.ts or not same_act(told, other):
        return False
    if _vows(told) or _vows(other):
        return False  # (a promise and the act that keeps it are two beats: its setup, `threads.setup`)
    people = set(other.people)
    if not any(people <= set(r.names) for r in other.reports):
        return False
    mine = frozenset().union(*(r.features().tokens for r in other.english))
    places = frozenset(r.place for r in (*told.reports, *other.reports) if r.place)
    return bool(things(mine & told.topic, places))


def _in_other_languages(told: Moment, other: Moment) -> bool:
    """Whether `other`, told only in other languages, tells the act `told` tells in English, whatever people each
    tags and however many minutes before it its first report came: other correspondents, each of its reports within
    CLOSE_SECONDS of an English report of `told` that shares a person with it (tagged, or named in its text:
    "… tann Ketly"), no number counting the same thing differently, and two words written alike (`untranslated`: the
    name of the show both sang, "Rue des Érables"), or one long one (`_named_alike`). The clusterer pairs a report in
    another language with one English report and never chains them; two of them that joined each other first are still
    that English report's moment."""
    if other.english or not told.english:
        return False
    if not {r.reporter for r in told.reports}.isdisjoint(r.reporter for r in other.reports):
        return False
    return all(
        any(
            abs(a.ts - b.ts) <= CLOSE_SECONDS
            and _shared_across(b, a)
            and not numbers_conflict(a.features().counts, b.features().counts)
            and _named_alike(untranslated(b, a))
            for a in told.english
        )
        for b in other.reports
    )


def _named_alike(words: frozenset[str]) -> bool:
    """Two words written alike, or one of six letters or more (a name no language translates: "Saltimbanque")."""
    return len(words) >= RETELL_WORDS or any(len(w) >= 6 for w in words)


def _going_on(told: Moment, other: Moment) -> bool:
    """Whether `other` retells the act `told` tells while it was still going on: filed after it, within
    GOING_ON_SECONDS of its last report, from its place (both give one), with fewer votes and no quote of its own, and
    a word of the act in common ("Rhun Ady knelt to cradle her head until the medics came", then seven minutes later
    "Rhun Ady held Suki's head in his lap while they waited for the paramedics": one beat, never "Later, …")."""
    if other.ts < told.ts or other.ts - max(r.ts for r in told.reports) > GOING_ON_SECONDS:
        return False
    if other.votes > told.votes or any(r.sighting.quote for r in other.reports):
        return False
    here = {r.place for r in told.reports if r.place}
    there = {r.place for r in other.reports if r.place}
    if not here or not there or not any(p == q or same_place(p, q) for p in here for q in there):
        return False
    mine = frozenset().union(*(r.features().tokens for r in other.english))
    theirs = frozenset().union(*(r.features().tokens for r in told.english))
    return bool(mine & theirs - PLACE_WORDS)
