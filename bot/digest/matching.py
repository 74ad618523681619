"""Whether two reports tell one moment (`same_moment`, `one_event`, `cross_language`), or one of them is an act
of its own inside it (`apart`). Asked by `clusters.Clusters`; see `bot.digest.stories`, step 3."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.tagging import is_everyday_word
from bot.text import NAME_DENIALS, denied, tokens

from .acts import told_from_two_places, two_acts
from .clauses import sentences
from .copyedit import thin_place
from .events import same_event
from .hygiene import prose, word_count
from .labels import other_categories
from .language import ENGLISH, foreign_place, language_of
from .lexicon import BODILY, EVERYWHERE, PEOPLE, stem
from .night import STOPWORDS, Features, Report
from .noteplace import heard_at
from .places import broad, other_place, same_place, within
from .polish import verbless
from .quoted import one_line, only_quoted
from .remembered import place_given
from .scoring import FILLER_WORDS, UNPINNED
from .standins import stands_in
from .textutil import fold
from .things import thing_of

if TYPE_CHECKING:
    from .moments import Moment


CLOSE_SECONDS = 10 * 60  # "minutes apart": the same people this close need fewer shared words
SAME_MINUTE = 60  # two reports of one person filed less than this apart, whatever their places' words
MOMENTS_APART = 5 * 60  # the same person at the same place this close: one word in common is enough


def numbers_conflict(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Both count the same thing with different numbers: "third espresso" vs "fourth espresso", "quick
    change #3" vs "#6" ("300 people" and "11% battery" count different things)."""
    if not a or not b:
        return False
    mine: dict[str, set[str]] = {}
    for number, word in a:
        mine.setdefault(word, set()).add(number)
    theirs: dict[str, set[str]] = {}
    for number, word in b:
        if word in mine:
            theirs.setdefault(word, set()).add(number)
    return any(mine[word].isdisjoint(numbers) for word, numbers in theirs.items())


def awards_conflict(a: Report, b: Report) -> bool:
    """Both name award categories and none in common (`labels.other_categories`): "Best Actor went to Rishad Kabir for
    Shesh Chithi" and "Best Actress: Orin. Shesh Chithi." are two results, two moments, whatever film they share (round
    44's Dhaka: the two were one moment, and the Best Actor result led an item)."""
    return other_categories(a.sighting.what, b.sighting.what)


def _shared_people(a: Report, b: Report) -> int:
    return (
        len(set(a.names) & set(b.names))
        or _named_in(a, b.features().words, b.sighting.what)
        or _named_in(b, a.features().words, a.sighting.what)
    )


def _shared_across(foreign: Report, english: Report) -> int:
    """`_shared_people` of a report in another language and an English one: a word the foreign report writes only in
    lower case is a word of its language, never a name ("hanh lang dong nguoi": the corridor was crowded, not Đông
    Nguyễn; tagging's rule, `bot.tagging.other_language`)."""
    if not set(foreign.names).isdisjoint(english.names):
        return len(set(foreign.names) & set(english.names))
    words = foreign.features().words - _written_lower(foreign.sighting.what)
    return _named_in(foreign, english.features().words) or _named_in(english, words)


@lru_cache(maxsize=4096)
def _written_lower(text: str) -> frozenset[str]:
    """The folded words a text writes only in lower case."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for w in _LETTERS.findall(text):
        (lower if w[:1].islower() else capitalised).add(fold(w))
    return frozenset(lower - capitalised)


_LETTERS = re.compile(r"[^\W\d_]+")


def _places_agree(a: Report, b: Report) -> bool:
    """Either gives no place, or they give the same one, whatever its language ("Salle de presse", "Press room")."""
    return not a.place or not b.place or _same_place(a, b)


def _same_place(a: Report, b: Report) -> bool:
    """Both give a place, and it is the same one, in one language or two (`places.same_place`). A place remembered
    from a correspondent's last post is never one they share (`remembered.place_given`)."""
    here, there = place_given(a), place_given(b)
    return bool(here) and (here == there or same_place(here, there))


def stands_alone(a: Report | Moment, b: Report | Moment) -> bool:
    """Whether either of two reports (or moments) is a correction (`Report.correction`, `Moment.correction`): it
    stands in for the report it retracts, so it is never told beside another's: never one moment with another report
    (`same_moment`), never a retelling of a moment (`retellings.retells`), never a beat of a story nor one with beats
    (`threads.joins`)."""
    return a.correction or b.correction


def same_moment(a: Report, b: Report) -> bool:
    """Whether two reports in one language (by different correspondents, close in time, sharing a person or
    a place) tell one moment: the same quote, or enough of the same content words for how many people,
    how much time and which place they share (reports filed from different places need more words in
    common). Reports in different languages are paired by `cross_language` instead."""
    fa, fb = a.features(), b.features()
    if fa.counts and fb.counts and numbers_conflict(fa.counts, fb.counts):
        return False
    if stands_alone(a, b) or awards_conflict(a, b):
        return False
    if (fb.quote and clothes_filler(a)) or (fa.quote and clothes_filler(b)):
        return False  # ("has changed into flats for the bastion" beside her line there: never its frame)
    if fa.quote and fa.quote == fb.quote:
        return True
    if fa.quote and fb.quote and one_line(fa.quote, fb.quote):
        return True
    gap = abs(a.ts - b.ts)
    close = gap <= CLOSE_SECONDS
    # (`_echoes` needs two words in the quote and minutes apart: most pairs are neither, and the call is left out)
    if close and ((len(fa.quote_tokens) >= 2 and _echoes(a, b)) or (len(fb.quote_tokens) >= 2 and _echoes(b, a))):
        return True
    if (a.speaker is not None and _speaks_for(a, b)) or (b.speaker is not None and _speaks_for(b, a)):
        return True
    if _line_of(a, b) or _line_of(b, a):
        return True
    if fa.english != fb.english:
        return False
    # two people's acts, or one person's sharing only the room (`acts`), are never one moment; `two_acts` reads each
    # report's lead clause, so it is asked last, of the few pairs whose words would join them
    return _same_words(a, b, fa, fb) and not two_acts(a, b)


def _strangers(a: Report, b: Report) -> bool:
    """Two reports about different people, each tagging someone, neither tagging nor naming anyone the other does,
    and not filed from one place: whatever words they share ("tripped on the stairs and laughed it off"), they tell
    two people's moments (issue 11 §1: a shared person or place *and* the same thing)."""
    return bool(a.names) and bool(b.names) and not _same_place(a, b) and not _shared_people(a, b)


def _same_words(a: Report, b: Report, fa: Features, fb: Features) -> bool:
    """`same_moment`'s tests of two reports in one language that no quote, line or speaker joins: the same people's
    act told from two places, or enough content words in common for the time, place and people they share."""
    if told_from_two_places(a, b):
        return True  # (the same people's act, each naming the other's, told from the stage and from the pit)
    gap = abs(a.ts - b.ts)
    close = gap <= CLOSE_SECONDS
    shared = len(fa.tokens & fb.tokens)
    smaller = min(len(fa.tokens), len(fb.tokens)) or 1
    if shared >= 3 and shared >= 0.6 * smaller:
        return not _strangers(a, b)
    if a.place and b.place and a.place != b.place and not _same_place(a, b):  # (two places, not one
        # place named in two languages: "Casinò pontile" is "Casino jetty")
        # a person on the move: minutes apart, the same person and three words in common ("wheeled in
        # programme boxes at the loading dock" / "came in carrying a box of programmes" in the corridor)
        return shared >= 3 and gap <= MOMENTS_APART and _shared_people(a, b) > 0
    if not shared and max(len(a.names), len(b.names)) < 3:
        return False  # with no word in common only three people in common would do (at most a report's names)
    if not close and shared < 2:
        return False  # (the next test's answer, without asking for the place)
    same_place = _same_place(a, b)
    if not close and not (same_place and shared >= 2):
        return False
    if same_place and close and shared >= 3 and shared >= 0.4 * smaller:
        return True
    shared_people = _shared_people(a, b)  # (the costliest test: last)
    if shared_people and shared >= 2 and shared >= 0.34 * smaller:
        return True
    if same_place and shared_people >= 2 and shared >= 2:
        return True  # the same two people at the same place, within the window: a note and its full account
        # eleven minutes later ("WINGS: SALO wins Best Presenter, … hug" / "When Tapio Salo came off stage …")
    if same_place and close and shared_people and (shared >= 2 or (shared and gap <= MOMENTS_APART and _thing(fa, fb))):
        return True  # ("rode in on a grey horse" / "arrived on a horse": the same person, place and word)
    return close and (shared_people >= 3 or (shared_people >= 2 and shared >= 1))


def one_event(a: Report, b: Report) -> bool:
    """Whether two reports in English that `same_moment` keeps apart tell one event all the same: minutes apart
    (MOMENTS_APART), one place or one person in common, and the thing of one event in their words (`events`: "slipped
    on the spilled ice" / "grabbed her by the wrist before she hit the floor"). A weaker link than `same_moment`'s:
    `Clusters` makes it last, so it never takes a report from the moment its own words join it to."""
    if abs(a.ts - b.ts) > MOMENTS_APART or not a.english or not b.english or stands_alone(a, b):
        return False
    fa, fb = a.features(), b.features()
    if not same_event(fa.tokens, fb.tokens) or (fa.counts and fb.counts and numbers_conflict(fa.counts, fb.counts)):
        return False
    if awards_conflict(a, b):
        return False
    return _places_agree(a, b) and (_same_place(a, b) or _shared_people(a, b) > 0)


_NO_THING = BODILY | frozenset(stem(w) for w in EVERYWHERE)  # (not `EVERYDAY`'s acts: "lost" / "loses" is one)


def _thing(fa: Features, fb: Features) -> bool:
    """Whether two reports' one word in common names a thing ("horse"), not a body part or a word every part of a
    night uses (`lexicon.BODILY`, `lexicon.EVERYWHERE`): "his arm in a sling" and "beat him at arm-wrestling" in one
    lobby are two moments."""
    return not (fa.tokens & fb.tokens) <= _NO_THING


APART_VOTES = 10  # a report with this many votes (or a key mark) may be an act of its own inside a moment...
APART_SHARE = 0.5  # ...when it has this share of the votes of the moment's lead report


def _lead_key(r: Report) -> tuple[int, int, int]:
    """The lead report of a group as clustering sees it: the editor's pin, else the most voted, else the first."""
    return (r.pin if r.pin is not None else UNPINNED, -r.sighting.votes, r.index)


def apart(r: Report, lead: Report) -> bool:
    """Whether `r` tells an act of its own beside the lead report of its moment: it has weight of its own (a key
    mark, a pin, or APART_VOTES votes and APART_SHARE of the lead report's) and is about other people (both tag
    someone, and neither tags nor names anyone the other does). Such a report is never clustered into the lead
    report's moment (`Clusters.union`): it is told as its own moment, not as a pinned item's tail. Unless
    one of them tells someone it does not name and the two tell one event (`_unnamed_party`, `one_event`). Only
    reports both in English are compared so."""
    if not r.names or not lead.names:
        return False
    if not (r.english and lead.english):
        return False  # (a report in another language is one moment with another only by `cross_language`: the same
        # people, or the same things of the night told from one place minutes apart, never its acts read in English)
    s = r.sighting
    weighs = s.key or r.pin is not None or (s.votes >= APART_VOTES and s.votes >= APART_SHARE * lead.sighting.votes)
    if not (weighs and set(r.names).isdisjoint(lead.names) and _shared_people(r, lead) == 0):
        return False
    return not (((_unnamed_party(r) or _unnamed_party(lead)) and one_event(r, lead)) or stands_in(r, lead))


_UNNAMED = re.compile(rf"(?i)\b(?:someone|somebody|(?:a|an|one)\s+(?:[a-z'-]+\s+)?(?:{'|'.join(sorted(PEOPLE))}))\b")


def _unnamed_party(r: Report) -> bool:
    """Whether a report tells someone it does not name ("a presenter went over the lip of the stage … and the bassist
    Juniper Hale caught him", tagged with Hale alone): the other report of one event in other words (`one_event`: the
    fall, at the same place minutes before) may name him. Such a pair is one moment told from two sides, never an
    act of its own (`apart`)."""
    return _UNNAMED.search(prose(r.sighting.what)) is not None


def _echoes(said: Report, other: Report) -> bool:
    """`said` is a quote-only report (its note only frames its quote: "Overheard by the bar:") whose quote
    echoes `other` (two content words of its text or quote), filed minutes apart from the same place or about
    one of the same people: the line is that moment's."""
    quoted = said.features().quote_tokens
    if len(quoted) < 2 or abs(said.ts - other.ts) > CLOSE_SECONDS:
        return False
    theirs = other.features()
    if len(quoted & (theirs.tokens | theirs.quote_tokens)) < 2:
        return False
    if thin_place(prose(said.sighting.what)) is None:  # (the costliest test last)
        return False
    return _same_place(said, other) or _shared_people(said, other) > 0


def _noted_in(said: Report, other: Report) -> bool:
    """Whether a line was filed from the place of `other`: its `where`, or its note that is only a place
    ("kitchen")."""
    if said.place:
        return _same_place(said, other)
    noted = heard_at(said.sighting.what)
    if not noted and other.place and (after := _AFTER_THE.search(said.sighting.what)) is not None:
        noted = after.group(1)  # "Mashrur, after the staircase": the line said after the moment there
        return within(fold(noted), other.place) or same_place(fold(noted), other.place)
    return bool(noted) and bool(other.place) and same_place(fold(noted or ""), other.place)


# a line's note that says it came after the moment at a place ("Mashrur, after the staircase", round 44's Dhaka: the
# catcher's line, nine minutes on, was a moment of its own and never printed)
_AFTER_THE = re.compile(r"\bafter the ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?)\s*[.:]?\s*$", re.IGNORECASE)


SCENE_WORDS = 20  # words of a report that tells a scene at length (a line noted after it may be its, minutes on)
LINE_SAME_ROOM = 15 * 60  # seconds: a speaker's line noted from the room of their moment, this long after it, is its


def _speaks_for(said: Report, other: Report) -> bool:
    """`said` is a quote-only report (its note only frames its quote: "Overheard by the bar:", "Kroll, on losing:",
    "Her answer, after a long pause:": a place, or no verb at all)
    whose speaker `other` is about, filed at most five minutes apart from the same place (or one gives none, or
    `other` is about the speaker alone), or up to LINE_SAME_ROOM after a scene told at length (SCENE_WORDS), voted for
    as much, from the same room, one where half the night does not happen ("kitchen", twelve minutes after the scene
    there): the line is that moment's, whatever its words. Not when its note names
    another place than `other`'s (`other_place`: "On the loading dock, Lea Moor to the DJ:" five minutes before the
    duet on stage is a line of its own, never printed as said during the duet)."""
    if said.speaker not in other.names or abs(said.ts - other.ts) > LINE_SAME_ROOM:
        return False
    if abs(said.ts - other.ts) > MOMENTS_APART and (
        other.sighting.votes < said.sighting.votes  # (a line rated above its "scene" is its own: an arrival's)
        or not _after_its_scene(said, other)
    ):
        return False  # (further apart, only a line after a scene told at length, from a room no half of the night
        # happens in: "kitchen"; never a line before an espresso in the green room)
    if (
        said.place
        and other.place
        and not _same_place(said, other)
        and len(other.names) != 1  # (a line of the one person a report is about, minutes after it, from the wings)
        and not within(said.place, other.place)  # ("corridor, blackout" is the backstage corridor said shorter)
    ):
        return False
    if _filler_beside(said, other) or calls_someone_else(said, other.names):
        return False
    # (the costliest tests last)
    return frames_only(said) and not other_place(said.sighting.what, other.sighting.where or other.sighting.what)


# a line that opens by calling someone by name ("Jure, you're getting these back signed.")
_CALLED_BY_NAME = re.compile(r"^[\"“]?(?P<name>[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?, ")


def calls_someone_else(said: Report, names: Collection[str]) -> bool:
    """Whether a report's line calls by name someone of the night who is not among `names` ("Jure, you're getting
    these back signed." three minutes before her hug with Mrak: said to the volunteer whose trainers she wore, round
    46): that person's moment, never told as said at a moment of `names`."""
    called = _CALLED_BY_NAME.match(said.sighting.quote or "")
    if called is None:
        return False
    word = fold(called.group("name"))
    named = [key for key, words in said.vocabulary.aliases.items() if word in words]
    return len(named) == 1 and named[0] not in names


def _filler_beside(said: Report, other: Report) -> bool:
    """Whether `other` is a change of clothes noted as filler (no votes, no quote, no headline, a short line: "Ornella
    Casadei has changed into flats for the bastion.") beside a line voted for: never its frame, where a reader takes
    the line as said there and then (round 44's Valletta: “I lost to a twenty-three-year-old …” hung on her shoes).
    Only such a note: a result or an arrival minutes before a line is what it was said about."""
    return said.sighting.votes > 0 and clothes_filler(other)


def clothes_filler(r: Report) -> bool:
    """Whether a report is a change of clothes noted as filler: no votes, no quote, no headline, a short line
    ("Ornella Casadei has changed into flats for the bastion.")."""
    return (
        r.sighting.votes == 0
        and not r.sighting.quote
        and not r.sighting.headline
        and word_count(prose(r.sighting.what)) <= FILLER_WORDS
        and _CHANGED_CLOTHES.search(r.sighting.what) is not None
    )


# a note of clothes changed or worn ("has changed into flats", "is wearing a kaftan", "swapped her heels for …")
_CHANGED_CLOTHES = re.compile(
    r"\b(?:(?:has|have|had) )?(?:changed|changes) (?:into|out of)\b|\b(?:is|are) (?:now )?wearing\b"
    r"|\b(?:swapped|swaps|switched|switches) (?:her|his|their) \w+ for\b",
    re.IGNORECASE,
)


def _line_of(said: Report, other: Report) -> bool:
    """`said` is only a line (its text a quotation, or a note that only frames its quote) whose speaker is not given,
    tagged with people `other` is about, and no one else (two of them, or one at the same place), filed at most five
    minutes apart from the same place or one gives none (its note naming no other place), while `other` tells the
    moment without a line of its own: the line is that moment's, whatever its words ("Mara Loft and Pim Ardent hugged
    on the terrace", then “It's too cold out here to stay angry.” tagged with both), told in its paragraph."""
    names = said.names
    if not names or said.speaker is not None or abs(said.ts - other.ts) > MOMENTS_APART:
        return False  # (a line whose speaker is given is `_speaks_for`'s)
    if not set(names) <= set(other.names) or other.sighting.quote or not _places_agree(said, other):
        return False
    if (len(names) < 2 and not _same_place(said, other)) or quote_only(other):
        return False  # (two lines are two moments' lines, unless they are the same quote)
    # (the costliest tests last)
    return quote_only(said) and not other_place(said.sighting.what, other.sighting.where or other.sighting.what)


def heard_after(said: Report, other: Report) -> bool:
    """`said` is a line nobody is named for (no speaker, no tag), noted by the correspondent of `other` from the room
    of the scene `other` tells at length (SCENE_WORDS), minutes after it (LINE_SAME_ROOM), while `other` has no line
    of its own ("KITCHEN: Dame Hester … rebuilt the tower …" then "kitchen" and “If it stands up for the speeches, it
    stands up for me.” six minutes on): the line is that scene's, heard there, one moment though one correspondent
    posted both (`Clusters.expand` joins them whatever `same_moment` says of two posts of one correspondent)."""
    if said.names or said.speaker is not None or said.reporter != other.reporter or other.sighting.quote:
        return False
    return _after_its_scene(said, other) and quote_only(said)


def _after_its_scene(said: Report, other: Report) -> bool:
    """Whether a line was noted after the scene `other` tells at length (SCENE_WORDS), within LINE_SAME_ROOM, from
    its room, one where half the night does not happen (`broad`): the room's, as `_noted_in` reads it."""
    return (
        0 < said.ts - other.ts <= LINE_SAME_ROOM
        and not broad(other.place)
        and len(other.sighting.what.split()) >= SCENE_WORDS
        and _noted_in(said, other)
    )


def quote_only(r: Report) -> bool:
    """Whether a report gives only a line: its text a quotation (“We were both wrong.”), or a note that only frames
    its quote (`frames_only`)."""
    return only_quoted(r.sighting.what) or (bool(r.sighting.quote) and frames_only(r))


def frames_only(r: Report) -> bool:
    """Whether a report's note only frames its quote ("Overheard by the bar:", "Kroll, on losing:", "quote of the
    night, bar": a place, or no verb at all)."""
    note = prose(r.sighting.what)
    return thin_place(note) is not None or all(verbless(s, frozenset()) for s in sentences(note))


FILED_LATE = 12 * 60  # a report in another language filed this late tells the moment from the same spot (not a
# quarter of an hour: by then, another beat)


def cross_language(foreign: Report, english: Report) -> tuple[int, bool, float] | None:
    """How well an English report fits as the moment a report in another language tells (larger is
    better), or None when it cannot be: they must share a person (tagged, or named in the text: a Japanese
    report writes the names in Latin letters), minutes apart (up to FILED_LATE when both were filed from the same
    spot, not only backstage: the split trousers on the stage-left stairs, posted in Russian eleven minutes on),
    filed from the same place in either language
    ("Salle de presse" / "Press room", `places`), or one gives none, or they share two people or a figure
    (`same_figure`: "31 minutes", "31分"); with no numbers that disagree. Content words cannot be compared
    across languages, so a report in another language joins one English report at most (`Clusters.partner`)."""
    gap = abs(foreign.ts - english.ts)
    if gap > FILED_LATE:
        return None
    shared_people = _shared_across(foreign, english)
    if gap > CLOSE_SECONDS and not (shared_people and _same_place(foreign, english) and not broad(english.place)):
        return None  # (a report in another language filed late: from the same spot, about one of the same people)
    # tagged with different people (or none), they may still tell one moment when they share the names of its
    # things ("le héron de Marlow Street" / "the Marlow Street heron"): words written alike in two languages,
    # minutes apart; one long one is enough from the same place ("Le canon à confettis…" / "THE CONFETTI
    # CANNON…", Atrium; not "bar")
    if not shared_people and not (
        _things_in_common(foreign, english) if gap <= MOMENTS_APART else _same_things_there(foreign, english)
    ):
        return None
    if numbers_conflict(foreign.features().counts, english.features().counts):
        return None
    agree = _places_agree(foreign, english)
    # a place is often written in the report's own language in words no list knows: a place written in another
    # language that is not plainly another place (`_plainly_elsewhere`), or two or more people in common, minutes
    # apart, is enough without it (two people ten minutes apart, unless the places are plainly different ones); so is
    # a place that tells no language by its words ("Coulisses côté jardin") filed the same minute
    where = foreign.sighting.where or ""
    if not agree and not (
        ((shared_people >= 2 and not other_place(foreign.place, english.place)) or same_figure(foreign, english))
        if gap > MOMENTS_APART
        else (
            shared_people >= 2
            or (foreign_place(where) and not _plainly_elsewhere(foreign, english))
            or (gap < SAME_MINUTE and language_of(where) != ENGLISH)
        )
    ):
        return None
    # (the same spot ranks a partner above a closer one; "backstage", where half the night happens, does not)
    return (shared_people, _same_place(foreign, english) and not broad(english.place), -gap)


def _plainly_elsewhere(foreign: Report, english: Report) -> bool:
    """Two reports filed from places the lists read as different ones, neither of them broad ("зал, 6-й ряд", the
    stalls, and "Catering corridor"; never "за кулисами", backstage, where half the night happens, and "Pier")."""
    here, there = place_given(foreign), place_given(english)  # (never one remembered from a correspondent's last post)
    return bool(here and there) and other_place(here, there) and not broad(here) and not broad(there)


def best_partner(fits: list[tuple[tuple[int, bool, float], int]]) -> int | None:
    """Of the English reports a report in another language may tell (`cross_language`'s fits, with each report's
    index), the one it tells: the best fit, then the earliest. When one was filed from its spot, another filed
    elsewhere more than minutes apart counts one person in common at most ("Horvat u Ljubljanici do koljena!" from
    the river is the river report's, tagged with him, two minutes on, never the loss noted in the hall nine minutes
    before that tags him and the winner, round 46)."""
    if not fits:
        return None
    if any(fit[1] for fit, _ in fits):
        fits = [((fit[0] if fit[1] or -fit[2] <= MOMENTS_APART else min(fit[0], 1), *fit[1:]), j) for fit, j in fits]
    return max(fits, key=lambda pair: (pair[0], -pair[1]))[1]


FIGURE_MIN = 10  # a number this large that two reports both give is the moment's own ("31 minutes", "31分")


def same_figure(foreign: Report, english: Report) -> bool:
    """Both reports give the same figure of two digits or more ("ran 31 minutes" / "31分" / "31 minuti"): with
    a person in common ten minutes apart, one moment, wherever each says it was filed from (the wings, the
    stalls: where the correspondent stood)."""
    mine = foreign.features().numbers
    return bool(mine) and any(n.isdigit() and int(n) >= FIGURE_MIN and n in mine for n in english.features().numbers)


def _things_in_common(foreign: Report, english: Report) -> bool:
    """Two words written alike in both reports (`untranslated`), or one of six letters or more when they were
    filed from the same place."""
    words = untranslated(foreign, english)
    return len(words) >= 2 or (any(len(w) >= 6 for w in words) and _same_place(foreign, english))


def _same_things_there(foreign: Report, english: Report) -> bool:
    """Two or more things of the night's in common (`things.thing_of`: "buste" and "envelopes", "scirocco" and
    "sirocco"), told from one place that is no broad one ("Old Mint Street" and "Stage door, Old Mint Street"): a
    report in another language filed up to ten minutes after, tagged with someone else, tells the same gust."""
    if not _same_place(foreign, english) or broad(english.place):
        return False
    return sum(w.startswith("#") for w in untranslated(foreign, english)) >= THINGS_THERE


THINGS_THERE = 2  # things of the night's list two reports share, from one place, for a late report to tell its moment


def untranslated(foreign: Report, english: Report) -> frozenset[str]:
    """Content words two reports in different languages share, written alike (`_cognate`: "confettis" and
    "confetti", "canon" and "cannon") or naming one thing of the night's (`things.thing_of`: "buste" and
    "envelopes" are "#envelope"), but for the words of where they were filed."""
    places = {_cognate(w) for r in (foreign, english) for w in fold(r.sighting.where or "").split()}
    theirs = {_alike(w) for w in english.features().tokens if len(w) > 2}
    return frozenset(c for w in foreign.features().tokens if len(w) > 2 and (c := _alike(w)) in theirs) - places


def _alike(token: str) -> str:
    """A token as two languages may both write it: the thing it names, else its `_cognate`."""
    return thing_of(token) or _cognate(token)


_DOUBLED = re.compile(r"(\w)\1")


@lru_cache(maxsize=8192)
def _cognate(word: str) -> str:
    """A word as two languages may both write it: doubled letters single, a final "s" and "e" left off, for words
    of five letters or more ("cannon", "canon" -> "canon"; "confettis" -> "confeti")."""
    if len(word) < 5:
        return word
    return _DOUBLED.sub(r"\1", word).removesuffix("s").removesuffix("e")


def _named_in(r: Report, words: frozenset[str], text: str | None = None) -> int:
    """How many of `r`'s people the other report names in its text (by a word of 3+ letters; a hyphenated
    surname by all its parts: "behind Ocampo-Fry" names Marisela Ocampo-Fry). With the other report's `text`, a
    person it names only as who it was not ("Hollis Thorne, not Vesper Lane, won the fan vote") is not one it names:
    a plain report saying so is about Hollis, and Vesper's own moment (her tears) stays hers (`denied_only`)."""
    named = 0
    lower = _written_lower(text) if text is not None else frozenset()
    for key in r.names:
        for w, parts in _name_parts(key):
            if w in lower and is_everyday_word(w):
                continue  # "Banjo Quill said grace …" names no Grace Tully: an everyday word, in lower case
            if _names_word(w, parts, words):
                if text is None or not denied_only(text, key):
                    named += 1
                break
    return named


@lru_cache(maxsize=4096)
def denied_only(text: str, key: str) -> bool:
    """Whether `text` names the person of name key `key` (by any word of it) and every time right after a word that
    denies it (`bot.text.NAME_DENIALS`: "…, not Vesper Lane,", "(not Vesper)"), the way tagging leaves them untagged."""
    keys = tokens(text)
    if NAME_DENIALS.isdisjoint(keys):
        return False  # (the cheap test: most texts deny nobody)
    parts = set(tokens(key))
    found, i = False, 0
    while i < len(keys):
        if keys[i] not in parts:
            i += 1
            continue
        start = i
        while i < len(keys) and keys[i] in parts:
            i += 1
        if not denied(keys, start, i):
            return False
        found = True
    return found


@lru_cache(maxsize=4096)
def _name_parts(key: str) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """The words of a name key that can name it in a text (3+ letters, not a function word), each with its
    hyphen-separated parts (None without a hyphen): worked out once per key, not per pair of reports."""
    return tuple(
        (w, tuple(part for part in w.split("-") if part) if "-" in w else None)
        for w in key.split()
        if len(w) >= 3 and w not in STOPWORDS
    )


def _names_word(word: str, parts: tuple[str, ...] | None, words: frozenset[str]) -> bool:
    """Whether a text's words hold one word of a name ("ocampo-fry" as "ocampo" and "fry")."""
    return word in words or (parts is not None and all(part in words for part in parts))
