"""Moments that belong to another one's item though they share no tagged person with it (see `bot.digest.stories`):

- its **scene**: what the lead moment answers, minutes before it at the same place ("A WHOLE TRAY OF CHAMPAGNE
  FLUTES JUST WENT OVER IN THE FOYER", then the head waiter who had the glass swept and new flutes out, with her
  line): told right after the lead moment, as what it began with (`sets_the_scene`);
- its **consequences**: what happened elsewhere because of it while it lasted ("The kitchen is holding dessert
  because the speech is running long"): told after it (`follows_from`);
- its **promised cause**: the report, minutes before it, of the thing its editor's (or reporter's) headline
  names and its own reports never give ("The Fog Machine Swallows X's Speech" over "X gave her speech from
  inside the cloud": the report that the fog machine went off, wherever it was filed, whoever it names):
  told right after the lead moment (`promised_cause`).

Both are read from the reports filed around the lead moment only (`around`), never from the whole night.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from bot.text import NUMBER_VALUES

from .acts import others_acts, same_named_thing
from .hygiene import prose
from .lexicon import EVERYDAY, STOPWORDS, TIME_UNITS, stem
from .moments import Moment
from .night import Report
from .places import same_place
from .textutil import fold, wordset

SCENE_SECONDS = 15 * 60  # a scene is at most this long before the moment that answers it
CONSEQUENCE_SECONDS = 20 * 60  # a consequence is posted at most this long after the moment's last report
AROUND = 48  # reports read on each side of a moment for its scene and its consequences (on a night of a few
# hundred reports: 20 minutes and more; a big night reads fewer, `stories`)

PROMISE_SECONDS = 5 * 60  # one word of the headline is enough this close before the moment (two up to SCENE_SECONDS)
_CAUSE = re.compile(
    r"\b(?:because(?: of)?|'?cause|cos|due to|thanks to|owing to|on account of|until|till|waiting (?:for|on)"
    r"|held up by)\b([^.!?;]*)"
)
_WORD = re.compile(r"[^\W_]+")


def around(reports: Sequence[Report], lead: Moment, reach: int = AROUND) -> Iterator[int]:
    """The indexes of the reports filed from SCENE_SECONDS before `lead` to CONSEQUENCE_SECONDS after its last
    report (`reach` at most before its first, after its first, and after its last), its own left out, that may
    belong to its item: about none of its people, filed from the same place (or either gives none); or, after
    it, giving a cause (`follows_from`)."""
    first, last = lead.reports[0], max(lead.reports, key=lambda r: r.index)
    start = bisect_left(reports, first.ts - SCENE_SECONDS, hi=first.index, key=lambda r: r.ts)
    end = bisect_right(reports, last.ts + CONSEQUENCE_SECONDS, lo=last.index, key=lambda r: r.ts)
    own = set(lead.indexes)
    places = {r.place for r in lead.reports}
    before = range(max(start, first.index - reach), first.index)
    after = range(first.index + 1, min(end, first.index + 1 + reach))
    later = range(max(after.stop, last.index + 1), min(end, last.index + 1 + reach))  # (after its last report)
    people = set(lead.people)
    for i in (*before, *after, *later):
        if i in own:
            continue
        r = reports[i]
        if people.isdisjoint(r.names) and (
            "" in places or r.place in places or not r.place or any(same_place(r.place, p) for p in places)
        ):
            yield i  # a scene, or a moment answering it
        elif i > first.index and _causes(r.sighting.what):
            yield i


def _thing_words(m: Moment) -> frozenset[str]:
    """What a moment is about beyond the night itself: its content words and its quotes' (4 letters at least,
    no everyday word, no word of where it was filed nor of the venue, no number nor unit of time: "thirty seconds"
    and "thirty years" are no thing two moments share)."""
    return things(m.topic, frozenset(r.place for r in m.reports)) - _NO_THING - m.setting


_NO_THING = frozenset(stem(w) for w in [*NUMBER_VALUES, *TIME_UNITS] if " " not in w)


@lru_cache(maxsize=1024)  # (a moment is compared with each moment around it: worked out once)
def things(topic: frozenset[str], places: frozenset[str]) -> frozenset[str]:
    left_out = {stem(w) for place in places for w in _WORD.findall(place)}
    return frozenset(w for w in topic if len(w) >= 4 and w not in _NOT_THINGS and w not in left_out)


# words of four letters or more that name no thing: where or when something was, never what two moments share
# ("behind the reception counter" and "climbed up behind the band" are no thread)
_NOT_A_THING = wordset(
    """
    behind beside inside outside around across through before after during against toward towards between without
    within under over into onto upon along about above below back away again still just even only then once also
    """
)
_NOT_THINGS = EVERYDAY | _NOT_A_THING


def same_spot(a: Moment, b: Moment) -> bool:
    """One of `a`'s reports and one of `b`'s give the same place, in one language or two."""
    here = {r.place for r in a.reports if r.place}
    return any(r.place in here or any(same_place(r.place, p) for p in here) for r in b.reports if r.place)


def sets_the_scene(scene: Moment, lead: Moment) -> bool:
    """`scene` is what `lead` answers: posted minutes before it (SCENE_SECONDS), told in English, not filler,
    about none of the lead moment's people (a moment of the same people is a setup of the thread), about the
    same thing (`_thing_words`): one such word in common at the same place ("glass": the tray that went over in
    the foyer, then the waiter who swept the glass), two when the scene is about other people or stronger than
    the lead moment; three when either gives no place, and then about nobody."""
    if scene.first >= lead.first or lead.ts - scene.ts > SCENE_SECONDS or scene.filler:
        return False
    told = scene.english
    people = {k for r in told for k in r.names}
    if not told:
        return False
    if not people.isdisjoint(lead.people):
        return False  # a moment of the same people: a setup or a follow-up of the thread (`threads.continues`)
    shared = len(_thing_words(scene) & _thing_words(lead))
    if not same_spot(scene, lead):  # (filed from two places, `around` never offers it)
        answers = not people and shared >= 3
    else:  # a stronger moment, or one about other people, is a story of its own unless they share more than a word
        answers = shared >= (2 if people or scene.score > lead.score else 1)
    # two people's own acts in one room minutes apart: two moments, whatever words they share (asked last, of a
    # scene its words would set: `others_acts` reads each speaker's lead clause)
    return answers and not (
        lead.english and others_acts(scene.speaker, lead.speaker) and not same_named_thing(scene.speaker, lead.speaker)
    )


def follows_from(other: Moment, lead: Moment) -> bool:
    """`other` happened because of `lead` while it lasted: posted after its first report, at most
    CONSEQUENCE_SECONDS after its last, its English text gives a cause ("because", "due to", "until"…) that
    names one of the lead moment's people, or one of the content words its speaking report tells when `other` is
    about nobody the lead moment does not name ("…holding dessert because the speech is running long")."""
    last = max(r.ts for r in lead.reports)
    if not lead.ts <= other.ts <= last + CONSEQUENCE_SECONDS or other.first < lead.first:
        return False
    names = frozenset(w for k in lead.people for w in k.split() if len(w) >= 3)
    strangers = {k for r in other.english for k in r.names} - set(lead.people)
    # (a word of what the lead moment's own report tells, never one a report merged into it gives in passing:
    # "crammed into the lobby because it's the only warm room" is no consequence of a solo whose other report had
    # the player "warming the pegs" in the wings)
    told = {w for w in _WORD.findall(fold(prose(lead.speaker.sighting.what)))}
    told |= {stem(w) for w in told}
    words = names if strangers else names | frozenset(w for w in lead.topic if len(w) >= 4 and w in told)
    return any(not words.isdisjoint(_causes(r.sighting.what)) for r in other.english)


@lru_cache(maxsize=1024)
def _causes(text: str) -> frozenset[str]:
    """The words (folded; content words stemmed, names as they are) of the causes a text gives (none: empty)."""
    found: set[str] = set()
    for m in _CAUSE.finditer(fold(prose(text))):
        for w in _WORD.findall(m.group(1)):
            if w not in STOPWORDS:
                found.update((w, stem(w)))
    return frozenset(found)


def bound_to(other: Moment, lead: Moment) -> bool:
    """`other` belongs to `lead`'s item whoever it names: its scene, a moment that answers it, or what happened
    because of it."""
    return sets_the_scene(other, lead) or sets_the_scene(lead, other) or follows_from(other, lead)


def _headline_words(lead: Moment) -> frozenset[str]:
    """The words of the lead moment's headline (the editor's pin headline, else its reporters') that its own
    reports never give: stemmed content words, its people's names and the night's everyday words left out."""
    texts = [lead.pin_headline] if lead.pin_headline else [r.sighting.headline for r in lead.reports]
    names = {w for r in lead.reports for w in r.vocabulary.name_words(r.names)}
    given = lead.topic
    found = {
        stem(w)
        for text in texts
        if text
        for w in _WORD.findall(fold(prose(text)))
        if len(w) >= 3 and w not in STOPWORDS and w not in names
    }
    return frozenset(w for w in found if w not in EVERYDAY and w not in given)


def _someone_elses(r: Report, lead: Moment) -> bool:
    """`r` tags or names people and none of them is one of `lead`'s: it is those people's moment (Lizzo's flute
    in the upper tier), never the cause a pinned headline's word ("Plays") promises: the editor's wording never
    changes which moments an item tells. A report naming nobody (the fog machine going off) may be."""
    return bool(r.names) and not set(r.names) & set(lead.people)


def promised_cause(reports: Sequence[Report], lead: Moment, reach: int = AROUND) -> Iterator[int]:
    """The indexes of the reports (in English, up to SCENE_SECONDS and `reach` reports before `lead`, nearest
    first) that give what `lead`'s headline promises and its own reports never say: two of those words, or one
    within PROMISE_SECONDS ("THE FOG MACHINE JUST WENT OFF" a minute before the pinned speech under "The Fog
    Machine Swallows …"), about nobody else (`_someone_elses`). None when the headline says nothing its reports do
    not."""
    if not lead.pin_headline and not lead.has_headline:
        return
    wanted = _headline_words(lead)
    if not wanted:
        return
    first = lead.reports[0]
    own = set(lead.indexes)
    for i in range(first.index - 1, max(first.index - 1 - reach, -1), -1):
        r = reports[i]
        gap = first.ts - r.ts
        if gap > SCENE_SECONDS:
            break
        if i in own or not r.english or _someone_elses(r, lead):
            continue
        features = r.features()
        shared = wanted & (features.tokens | features.quote_tokens)
        if len(shared) >= 2 or (shared and gap <= PROMISE_SECONDS):
            yield i
