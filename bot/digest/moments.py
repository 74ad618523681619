"""Step 3 of the digest: reports of one moment, clustered across people. See `bot.digest.stories`."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .acts import told_from_two_places, two_acts
from .clauses import lead_clause, sentences
from .copyedit import thin_place
from .events import same_event
from .gates import story_text
from .hygiene import is_junk, prose, word_count
from .language import ENGLISH, foreign_place, language_of
from .lexicon import BODILY, EVERYWHERE, stem
from .night import STOPWORDS, Features, Report
from .places import other_place, same_place, within
from .polish import verbless
from .quoted import only_quoted
from .register import register
from .remembered import place_given
from .scoring import (
    EXCHANGE_QUOTE_WORDS,
    KEYED,
    UNPINNED,
    W_HEADLINE,
    W_QUOTE,
    W_REPORTERS,
    W_UNTOLD,
    vote_term,
)
from .shorthand import unfolded
from .textutil import alnum_words, fold

WINDOW_SECONDS = 20 * 60  # two reports of one moment are at most this far apart...
SPAN_SECONDS = 30 * 60  # ...and a moment lasts at most this long (no chaining across the night)
CLOSE_SECONDS = 10 * 60  # "minutes apart": the same people this close need fewer shared words
SAME_MINUTE = 60  # two reports of one person filed less than this apart, whatever their places' words
MOMENTS_APART = 5 * 60  # the same person at the same place this close: one word in common is enough
NEIGHBOURS = 12  # reports compared on each side, per person and per place a report shares
FULL_NIGHT = 2_000  # up to this many candidates every report is compared with its neighbours; beyond,
BIG_NIGHT_NEIGHBOURS = 6  # a report is compared when a story is about to use it, with fewer neighbours, in
# the lists of its people only (its place too if it names nobody)
IDLE_VOTES = 10  # a verbless short line with fewer votes than this never joins another item (`Moment.idle`)
OWN_POSTS = 4  # a correspondent's note and their write-up of it: this close in the list of a person they both name
FILLER_WORDS = 15  # a line with no votes, no quote, no headline, one correspondent and at most this many words


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


def _shared_people(a: Report, b: Report) -> int:
    return len(set(a.names) & set(b.names)) or _named_in(a, b.features().words) or _named_in(b, a.features().words)


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
    (`stories.joins`)."""
    return a.correction or b.correction


def same_moment(a: Report, b: Report) -> bool:
    """Whether two reports in one language (by different correspondents, close in time, sharing a person or
    a place) tell one moment: the same quote, or enough of the same content words for how many people,
    how much time and which place they share (reports filed from different places need more words in
    common). Reports in different languages are paired by `cross_language` instead."""
    fa, fb = a.features(), b.features()
    if fa.counts and fb.counts and numbers_conflict(fa.counts, fb.counts):
        return False
    if stands_alone(a, b):
        return False
    if fa.quote and fa.quote == fb.quote:
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
    report's moment (`Clusters.union`): it is told as its own moment, not as a pinned item's tail."""
    if not r.names or not lead.names:
        return False
    s = r.sighting
    weighs = s.key or r.pin is not None or (s.votes >= APART_VOTES and s.votes >= APART_SHARE * lead.sighting.votes)
    return bool(weighs) and set(r.names).isdisjoint(lead.names) and _shared_people(r, lead) == 0


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


def _speaks_for(said: Report, other: Report) -> bool:
    """`said` is a quote-only report (its note only frames its quote: "Overheard by the bar:", "Kroll, on losing:",
    "Her answer, after a long pause:": a place, or no verb at all)
    whose speaker `other` is about, filed at most five minutes apart from the same place (or one gives none, or
    `other` is about the speaker alone): the line is that moment's, whatever its words. Not when its note names
    another place than `other`'s (`other_place`: "On the loading dock, Lea Moor to the DJ:" five minutes before the
    duet on stage is a line of its own, never printed as said during the duet)."""
    if said.speaker not in other.names or abs(said.ts - other.ts) > MOMENTS_APART:
        return False
    if (
        said.place
        and other.place
        and not _same_place(said, other)
        and len(other.names) != 1  # (a line of the one person a report is about, minutes after it, from the wings)
        and not within(said.place, other.place)  # ("corridor, blackout" is the backstage corridor said shorter)
    ):
        return False
    # (the costliest tests last)
    return frames_only(said) and not other_place(said.sighting.what, other.sighting.where or other.sighting.what)


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


def quote_only(r: Report) -> bool:
    """Whether a report gives only a line: its text a quotation (“We were both wrong.”), or a note that only frames
    its quote (`frames_only`)."""
    return only_quoted(r.sighting.what) or (bool(r.sighting.quote) and frames_only(r))


def frames_only(r: Report) -> bool:
    """Whether a report's note only frames its quote ("Overheard by the bar:", "Kroll, on losing:", "quote of the
    night, bar": a place, or no verb at all)."""
    note = prose(r.sighting.what)
    return thin_place(note) is not None or all(verbless(s, frozenset()) for s in sentences(note))


def cross_language(foreign: Report, english: Report) -> tuple[int, bool, float] | None:
    """How well an English report fits as the moment a report in another language tells (larger is
    better), or None when it cannot be: they must share a person (tagged, or named in the text: a Japanese
    report writes the names in Latin letters), minutes apart, filed from the same place in either language
    ("Salle de presse" / "Press room", `places`), or one gives none, or they share two people or a figure
    (`same_figure`: "31 minutes", "31分"); with no numbers that disagree. Content words cannot be compared
    across languages, so a report in another language joins one English report at most (`Clusters.partner`)."""
    gap = abs(foreign.ts - english.ts)
    if gap > CLOSE_SECONDS:
        return None
    shared_people = _shared_across(foreign, english)
    # tagged with different people (or none), they may still tell one moment when they share the names of its
    # things ("le héron de Marlow Street" / "the Marlow Street heron"): words written alike in two languages,
    # minutes apart; one long one is enough from the same place ("Le canon à confettis…" / "THE CONFETTI
    # CANNON…", Atrium; not "bar")
    if not shared_people and (gap > MOMENTS_APART or not _things_in_common(foreign, english)):
        return None
    if numbers_conflict(foreign.features().counts, english.features().counts):
        return None
    agree = _places_agree(foreign, english)
    # a place is often written in the report's own language in words no list knows: a place written in another
    # language, or two or more people in common, minutes apart, is enough without it (two people ten minutes
    # apart, unless the places are plainly different ones); so is a place that tells no language by its words
    # ("Coulisses côté jardin") filed the same minute
    where = foreign.sighting.where or ""
    if not agree and not (
        ((shared_people >= 2 and not other_place(foreign.place, english.place)) or same_figure(foreign, english))
        if gap > MOMENTS_APART
        else (shared_people >= 2 or foreign_place(where) or (gap < SAME_MINUTE and language_of(where) != ENGLISH))
    ):
        return None
    return (shared_people, _same_place(foreign, english), -gap)


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


def untranslated(foreign: Report, english: Report) -> frozenset[str]:
    """Content words two reports in different languages share, written alike (`_cognate`: "confettis" and
    "confetti", "canon" and "cannon"), but for the words of where they were filed."""
    places = {_cognate(w) for r in (foreign, english) for w in fold(r.sighting.where or "").split()}
    theirs = {_cognate(w) for w in english.features().tokens if len(w) > 2}
    return frozenset(c for w in foreign.features().tokens if len(w) > 2 and (c := _cognate(w)) in theirs) - places


_DOUBLED = re.compile(r"(\w)\1")


@lru_cache(maxsize=8192)
def _cognate(word: str) -> str:
    """A word as two languages may both write it: doubled letters single, a final "s" and "e" left off, for words
    of five letters or more ("cannon", "canon" -> "canon"; "confettis" -> "confeti")."""
    if len(word) < 5:
        return word
    return _DOUBLED.sub(r"\1", word).removesuffix("s").removesuffix("e")


def _named_in(r: Report, words: frozenset[str]) -> int:
    """How many of `r`'s people the other report names in its text (by a word of 3+ letters; a hyphenated
    surname by all its parts: "behind Ocampo-Fry" names Marisela Ocampo-Fry)."""
    named = 0
    for key in r.names:
        for w, parts in _name_parts(key):
            if _names_word(w, parts, words):
                named += 1
                break
    return named


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


def _mentions(reports: list[Report], lists: dict[str, list[int]]) -> dict[int, tuple[str, ...]]:
    """The people each report names in its text by surname (four letters or more; a hyphenated one by all
    its parts) without tagging them ("running behind Ocampo-Fry" with only her stage manager tagged)."""
    by_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # a surname's first part -> (parts, key)
    for key in lists:
        last = key.split()[-1] if key[:1] not in "@∅" else ""
        if len(last) >= 4 and last not in STOPWORDS:
            parts = tuple(p for p in last.split("-") if p)
            if parts:
                by_word.setdefault(parts[0], []).append((parts, key))
    out: dict[int, tuple[str, ...]] = {}
    for r in reports:
        words = r.features().words
        found = tuple(  # (in the surnames' order, not the set's: it would change with the process's hash seed)
            key
            for w in sorted(words & by_word.keys())
            for parts, key in by_word[w]
            if key not in r.names and all(p in words for p in parts[1:])
        )
        if found:
            out[r.index] = tuple(dict.fromkeys(found))
    return out


class Clusters:
    """Union-find over the night's reports (by time-order index).

    A report is compared with its NEIGHBOURS nearest reports (each side, within WINDOW) in the list of
    every person it names and of its place (nameless, placeless reports share one list); a group never
    spans more than SPAN, except through an explicit corroboration."""

    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.big = len(reports) > FULL_NIGHT
        self.neighbours = BIG_NIGHT_NEIGHBOURS if self.big else NEIGHBOURS
        self.parent = [r.index for r in reports]  # (each its own root; a report's index is its place in the list)
        self.members: dict[int, list[int]] = {}  # root -> indexes, for groups of two or more
        self.bounds: dict[int, tuple[float, float]] = {}  # root -> (first, last) time, groups of 2+
        self.expanded: set[int] = set()
        self.events: list[tuple[int, int]] = []  # pairs `one_event` joins once the words have joined theirs
        self.partners: dict[int, int | None] = {}  # report not in English -> its English partner
        self.registers: dict[int, int] = {}  # report -> its register band, for `_write_ups`
        lists: defaultdict[str, list[int]] = defaultdict(list)
        place_keys: dict[str, str] = {}  # a folded place -> its list's key (a few places, thousands of reports)
        for r in reports:
            i = r.index
            for key in r.names:
                lists[key].append(i)
            place = place_keys.get(r.place)
            if place is None:
                place = place_keys[r.place] = "@" + r.place if r.place else "∅"
            lists[place].append(i)
        self.lists = dict(lists)
        self.mentions = {} if self.big else _mentions(reports, self.lists)

    def keys(self, r: Report) -> list[str]:
        """The lists `r` is compared in: its people's, and its place's (on a big night, only if it names
        nobody), and those of people its text names by surname without tagging them."""
        place = "@" + r.place if r.place else "∅"
        if not r.names:
            return [place, *self.mentions.get(r.index, ())]
        return [*r.names, place, *self.mentions.get(r.index, ())] if not self.big else list(r.names)

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def group(self, i: int) -> list[int]:
        root = self.find(i)
        return self.members.get(root) or [root]

    def union(self, a: int, b: int, *, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        reports = self.reports
        fa = self.bounds.get(ra) or (reports[ra].ts, reports[ra].ts)
        fb = self.bounds.get(rb) or (reports[rb].ts, reports[rb].ts)
        first, last = min(fa[0], fb[0]), max(fa[1], fb[1])
        if last - first > SPAN_SECONDS and not force:
            return False
        if not force and not self._reporters(ra).isdisjoint(self._reporters(rb)):
            return False  # two posts by one correspondent are two moments, even through a third report
        if not force and self._acts_apart(ra, rb):
            return False  # a separate act with weight of its own, about other people: a moment of its own
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        merged = self.members.pop(root, [root])
        merged.extend(self.members.pop(child, [child]))
        merged.sort()
        self.members[root] = merged
        self.bounds.pop(child, None)
        self.bounds[root] = (first, last)
        return True

    def _reporters(self, root: int) -> set[int]:
        return {self.reports[i].reporter for i in self.members.get(root, [root])}

    def _acts_apart(self, ra: int, rb: int) -> bool:
        """Whether the groups of roots `ra` and `rb` together would hold a separate act (`apart`) beside their lead
        report (the one pinned, else the most voted, else the first): "Teo Vance and Bea Sol caught the trophy on the
        back stairs", 80 votes, minutes after Nana Ines blessed Rafa there, is its own moment, never a tail of the
        blessing told as "Later, …". The cheap tests first: most groups hold no report with a key or votes."""
        reports = self.reports
        group = [reports[i] for i in (*self.members.get(ra, [ra]), *self.members.get(rb, [rb]))]
        if not any(r.sighting.key or r.pin is not None or r.sighting.votes >= APART_VOTES for r in group):
            return False
        lead = min(group, key=_lead_key)
        return any(apart(r, lead) for r in group if r is not lead)

    def link(self, reports: Iterable[Report]) -> None:
        """Explicit corroborations join their original, whatever the wording or the time between."""
        index_of = {r.sighting.id: r.index for r in self.reports}
        for r in reports:
            original = index_of.get(r.sighting.corroborates) if r.sighting.corroborates is not None else None
            if original is not None:
                self.union(original, r.index, force=True)

    def join_replies(self) -> None:
        """A note that hands over to its quote ("Her reply, once the doors opened:") is the rest of the exchange its
        correspondent posted just before, at the same place about one of the same people: one moment, though
        one correspondent posted it twice."""
        reports = self.reports
        for r in reports:
            if not (r.sighting.quote and r.names and r.sighting.what.rstrip().endswith(":")):
                continue
            for j in range(r.index - 1, -1, -1):
                before = reports[j]
                if r.ts - before.ts > MOMENTS_APART:
                    break
                if before.reporter != r.reporter:
                    continue
                if (not r.place or r.place == before.place) and not set(r.names).isdisjoint(before.names):
                    self.union(j, r.index, force=True)
                break  # only the post right before it

    def _write_ups(self, i: int) -> list[int]:
        """Report `i`'s own note or write-up: a correspondent's prose account of the moment their own note told minutes
        before ("MAIN BAR, Orrin Vale: refuses stool. … hands his 1962 trumpet to grandson Teo." then "Teo Vale stopped
        his set at the main bar when his grandfather walked up …") is that moment written up, one moment though one
        correspondent posted it twice (its prose then speaks for it, `speaking_order`). Looked for among the reports
        `i` is compared with in its people's lists (OWN_POSTS each side) by the same correspondent, within
        CLOSE_SECONDS: the same place or none, the later one longer, prose, the earlier one a note (`register_of`), and
        the same content words (`same_moment`). Two prose posts of one correspondent stay two moments. Only when the
        report is compared (`expand`): on a big night, when a story is about to use it."""
        reports = self.reports
        r = reports[i]
        found: list[int] = []
        reporter, ts = r.reporter, r.ts
        for key in (*r.names, *self.mentions.get(i, ())):  # (its people's lists, not its place's: a note names them)
            indexes = self.lists[key]
            at = bisect_left(indexes, i)
            for j in (*indexes[max(0, at - OWN_POSTS) : at], *indexes[at + 1 : at + 1 + OWN_POSTS]):
                other = reports[j]
                if other.reporter != reporter or abs(other.ts - ts) > CLOSE_SECONDS or j in found:
                    continue
                note, account = (other, r) if j < i else (r, other)
                if len(account.sighting.what) <= len(note.sighting.what):
                    continue  # (a write-up is longer than its note: the cheap tests first)
                if note.place and account.place and note.place != account.place and not _same_place(note, account):
                    continue
                if self._register(note) == 0 or self._register(account) != 0 or not note.english or not account.english:
                    continue
                if same_moment(note, account):
                    found.append(j)
        return found

    def _register(self, r: Report) -> int:
        """`register_of` a report, worked out once."""
        band = self.registers.get(r.index)
        if band is None:
            band = self.registers[r.index] = register_of(r)
        return band

    def _near(self, i: int) -> list[int]:
        """Reports compared with report `i`: its nearest neighbours in each of its lists, within WINDOW,
        by other correspondents."""
        reports = self.reports
        r = reports[i]
        reporter = r.reporter
        near = self.neighbours
        at_time = r.ts
        found: list[int] = []
        for key in self.keys(r):
            indexes = self.lists[key]
            at = bisect_left(indexes, i)
            for j in (*indexes[max(0, at - near) : at], *indexes[at + 1 : at + 1 + near]):
                other = reports[j]
                if abs(other.ts - at_time) <= WINDOW_SECONDS and other.reporter != reporter:
                    found.append(j)
        if not r.english:  # its English partner may be tagged with someone else and filed under another place name
            for j in range(max(0, i - near), min(len(reports), i + 1 + near)):
                other = reports[j]
                if j != i and abs(other.ts - at_time) <= CLOSE_SECONDS and other.reporter != reporter:
                    found.append(j)
        # each once (a report in two of the lists is compared once: comparing it again could change nothing)
        return list(dict.fromkeys(found))

    def partner(self, i: int) -> int | None:
        """For a report not in English: the one English report whose moment it tells, if any (the best fit
        by `cross_language`, then the earliest)."""
        if i in self.partners:
            return self.partners[i]
        reports = self.reports
        foreign = reports[i]
        best: tuple[tuple[int, bool, float], int] | None = None
        for j in self._near(i):
            if not reports[j].english:
                continue
            fit = cross_language(foreign, reports[j])
            if fit is not None and (best is None or (fit, -j) > (best[0], -best[1])):
                best = (fit, j)
        self.partners[i] = best[1] if best is not None else None
        return self.partners[i]

    def expand(self, i: int) -> list[int]:
        """Compare report `i` with its neighbours; join those that tell the same moment. Returns them."""
        if i in self.expanded:
            return []
        self.expanded.add(i)
        reports = self.reports
        r = reports[i]
        r_english = r.english  # (features worked out once: `_near` needed them)
        joined: list[int] = []
        for j in self._write_ups(i):
            if self.union(i, j, force=True):
                joined.append(j)
        for j in self._near(i):
            if self.find(i) == self.find(j):
                continue
            other = reports[j]
            if r_english != other.english:
                foreign, english = (i, j) if other.english else (j, i)
                same = self.partner(foreign) == english
            else:
                same = same_moment(r, other)
                if not same and one_event(r, other):
                    self.events.append((i, j))  # (joined last: `cluster`)
            if same and self.union(i, j):
                joined.append(j)
        return joined

    def grow(self, i: int) -> None:
        """Expand `i`, then what joined it, and so on (at most 16 reports; 4 on a big night)."""
        budget = 4 if self.big else 16
        queue = [i]
        while queue and budget > 0:
            j = queue.pop()
            if j in self.expanded:
                continue
            budget -= 1
            queue.extend(self.expand(j))

    def cluster(self, centres: Iterable[int]) -> None:
        for i in centres:
            self.grow(i)
        self.join_events()

    def join_events(self) -> None:
        """Join the pairs of reports of one event in other words (`one_event`) found so far: last, once the words
        have joined theirs (on a big night, after each report a story is about to use has grown)."""
        events, self.events = self.events, []
        for i, j in events:
            self.union(i, j)


def priority_of(reports: list[Report]) -> tuple[int, float, int]:
    """A group's priority: (earliest pin position, else KEYED for a key moment, -moment score, first index)."""
    unpinned = KEYED if any(r.sighting.key for r in reports) else UNPINNED
    pin = min((r.pin for r in reports if r.pin is not None), default=unpinned)
    return (pin, -moment_score(reports), reports[0].index)


def moment_score(reports: list[Report]) -> float:
    """Votes, a quote, independent corroboration (and a reporter headline) of one moment."""
    votes = sum(max(r.sighting.votes, 0) for r in reports)
    return round(
        vote_term(votes)
        + W_QUOTE * any(r.sighting.quote for r in reports)
        + W_REPORTERS * (len({r.reporter for r in reports}) - 1)
        + W_HEADLINE * any(r.sighting.headline for r in reports),
        4,
    )


def speaking_order(reports: Iterable[Report]) -> list[Report]:
    """A moment's reports in the order they may speak for it (the first whose text the writer can print tells
    it, and heads it): English before another language, then one whose text tells the moment before a note that
    only frames its quote (`frames_only`: "Overheard on the stairs" with her "I landed on my feet" never speaks for
    "Rocha trips on her train … lands on her feet", whatever its votes: the event leads, and the quote, what was
    said about it, is told in its paragraph), then the one written most as prose (`register.register`:
    "Ivo Dahl proposed to the floor manager …" before "GRN RM: Dahl + Ivo, … floor mgr crying, 2 min to air";
    votes, a pin or a key mark say which moment matters, not which wording is best), then, between reports
    written equally well, the one the editor pinned, then the one the editor marked as the key moment (the reports
    they chose: a flat "was seen at the kitchen sink" with 40 votes never speaks over the keyed report that says he
    lost for the fifth time and washed dishes there as a boy), then the ones the room reacted to most (votes,
    compared by `vote_tier`: 10 and 12 votes are comparable, 2 and 90 or 90 and 150 are not), then the one
    carrying a quote in English, then the cleanest
    (`Report.cleanliness`: little shouting, more than a few words). A report that is mostly mentions, markup or
    links, or only its reporter's chatter (`Report.junk`), or a quarter of whose text is such debris, comes last:
    it never speaks while another report can.

    Prose wins over notes only between reports that each tell the moment (`_registers`): a line telling a part of
    it ("Ivo Dahl in the green room with the floor manager.") never speaks for its wording over the notes that tell
    the proposal."""
    reports = list(reports)
    registers = _registers(reports)
    return sorted(reports, key=lambda r: _speaking_key(r, registers.get(r.index, 0)))


def vote_tier(votes: int) -> int:
    """Votes in tiers of comparable reactions, each about twice the one before: 0, 1–2, 3–6, 7–14, 15–30, …"""
    return int(math.log2(1 + max(votes, 0)))


DEBRIS_TENTHS = 2  # a report with more than this many tenths of its text in mentions, markup or links speaks last


TELLS_ALL = 0.6  # a report with this share of the content words of the one of its moment with most tells it all


def _registers(reports: list[Report]) -> dict[int, int]:
    """The register band (`register_of`) each English report of a moment is compared by, by index: its own when
    it tells the moment (at least `TELLS_ALL` as many content words as the English report with most), else no
    better than the best of those that do (it then speaks by its votes and marks, as before any register)."""
    english = [r for r in reports if r.english and not r.junk]
    if len(english) < 2:
        return {}
    sizes = {r.index: len(r.features().tokens) for r in english}
    most = max(sizes.values())
    bands = {r.index: register_of(r) for r in english}
    telling = [i for i in bands if sizes[i] >= TELLS_ALL * most]
    floor = min(bands[i] for i in telling)
    return {i: band if i in telling else max(band, floor) for i, band in bands.items()}


def _speaking_key(
    r: Report, notes: int
) -> tuple[bool, bool, bool, int, bool, bool, int, bool, tuple[bool, bool, int, int, bool, int, bool, int]]:
    clean = r.cleanliness()  # (junk, not English, tenths of debris, …): worked out once per report
    unfit = clean[0] or clean[2] > DEBRIS_TENTHS
    framing = bool(r.sighting.quote) and frames_only(r)
    quoted = r.features().quote_english and not is_junk(r.sighting.quote or "")
    pinned = r.pin is None  # the report the editor pinned speaks before the room's favourite wording
    keyed = not r.sighting.key  # ...and so does the one the editor marked as the key moment (issue 11, round 10)
    return (unfit, clean[1], framing, notes, pinned, keyed, -vote_tier(r.sighting.votes), not quoted, clean)


def register_of(r: Report) -> int:
    """How telegraphic a report's text reads, in bands (`register.register`: 0 for prose), as `speaking_order`
    compares the reports of one moment that tell it (`_registers`): of its text as the body prints it, a note's
    shorthand unfolded where that is certain (`shorthand.unfolded`: "lights out. Kwesi B keeps drumming, no mic" reads
    "The lights were out. Kwesi Boateng-Larbi keeps drumming without a mic", and the pinned note speaks). Once each."""
    if r.register_ is None:
        r.register_ = register(unfolded(prose(r.sighting.what), r.sighting.people), r.vocabulary.name_words(r.names))
    return r.register_


def exchange(r: Report) -> bool:
    """Whether a report tells an exchange: a line of some words, in English, that `quote_by` gives to one of
    two or more named people ("Overheard by the coat check, Grell to Abara: …")."""
    s = r.sighting
    if not (s.quote and s.quote_by and len(r.names) >= 2 and len(s.quote.split()) >= EXCHANGE_QUOTE_WORDS):
        return False
    return r.features().quote_english and not is_junk(s.quote)


class Moment:
    """Reports of one moment, in time order, and what the digest needs to know about it.

    A report the editor dropped is never told nor credited, and it keeps its whole moment out of the
    digest (`dropped`) unless another report of the moment is pinned."""

    __slots__ = (
        "_correction",
        "_english",
        "_idle",
        "_lead",
        "_speaking",
        "_told",
        "_told_filler",
        "_topic",
        "dropped",
        "filler",
        "has_headline",
        "has_quote",
        "indexes",
        "key",
        "people",
        "pin",
        "pin_headline",
        "reporters",
        "reports",
        "root",
        "score",
        "votes",
    )

    def __init__(self, reports: list[Report]) -> None:
        self.root = reports[0].index
        self.indexes = [r.index for r in reports]  # every report, dropped ones included
        pinned = any(r.pin is not None for r in reports)
        self.dropped = not pinned and any(r.dropped for r in reports)
        reports = [r for r in reports if not r.dropped] or reports
        self.reports = reports
        counts: dict[str, int] = {}
        for r in reports:
            for k in r.names:
                counts[k] = counts.get(k, 0) + 1
        order = list(counts)
        self.people = tuple(sorted(order, key=lambda k: (-counts[k], order.index(k))))
        self.votes = sum(max(r.sighting.votes, 0) for r in reports)
        self.reporters = len({r.reporter for r in reports})
        self.has_quote = any(r.sighting.quote for r in reports)
        self.has_headline = any(r.sighting.headline for r in reports)
        self.score = moment_score(reports)
        self._speaking: list[Report] | None = None
        self._lead: tuple[str | None] | None = None
        self._told: tuple[bool, bool] | None = None
        self._told_filler: bool | None = None
        self._topic: frozenset[str] | None = None
        self._idle: bool | None = None
        self._correction: bool | None = None
        self._english: list[Report] | None = None
        pins = sorted((r.pin, r.index) for r in reports if r.pin is not None)
        self.pin = pins[0][0] if pins else None
        self.key = any(r.sighting.key for r in reports)  # an editor marked one of its reports a key moment
        self.pin_headline: str | None = None
        by_index = {r.index: r for r in reports}
        for _, index in pins:  # the first pin (in pin order) that carries a headline
            headline = (by_index[index].pin_headline or "").strip()
            if headline:
                self.pin_headline = headline
                break
        self.filler = (
            self.pin is None
            and not self.key
            and self.votes == 0
            and not self.has_quote
            and not self.has_headline
            and self.reporters == 1
            and word_count(prose(self.speaker.sighting.what)) <= FILLER_WORDS
        )

    # what follows is worked out when a story needs it (a big night builds many moments it never tells)

    @property
    def speaking(self) -> list[Report]:
        """Its reports in the order they may speak for it (`speaking_order`)."""
        if self._speaking is None:
            self._speaking = self.reports if len(self.reports) == 1 else speaking_order(self.reports)
        return self._speaking

    @property
    def speaker(self) -> Report:
        """The report that speaks for the moment: the first of `speaking`."""
        return self.speaking[0]

    @property
    def junk(self) -> bool:
        return self.speaker.junk

    @property
    def correction(self) -> bool:
        """Every report of it corrects another (`Report.correction`): it is told as its own news or not at all
        (`stands_alone`). Worked out once per moment."""
        if self._correction is None:
            self._correction = all(r.correction for r in self.reports)
        return self._correction

    @property
    def lead(self) -> str | None:
        """Who the moment is about (a name key)."""
        if self._lead is None:
            self._lead = (_subject(self.speaker, self.people),)
        return self._lead[0]

    def _telling(self) -> tuple[bool, bool]:
        if self._told is None:
            what = self.speaker.sighting.what
            told = self.speaker.english and not self.speaker.junk
            thin = not told or thin_place(story_text(prose(what))) is not None
            quoted = any(r.features().quote_english and not is_junk(r.sighting.quote or "") for r in self.reports)
            self._told = (thin, quoted)
        return self._told

    @property
    def thin(self) -> bool:
        """Its text tells nothing the article can print: a note that only frames a quote, or a text in
        another language."""
        return self._telling()[0]

    @property
    def tellable(self) -> bool:
        """Told in the article's English: its own text, or a quote (framed by where it was heard)."""
        thin, quoted = self._telling()
        return not thin or quoted

    @property
    def topic(self) -> frozenset[str]:
        """The content words of its reports and their quotes (for telling whether a moment continues it)."""
        if self._topic is None:
            self._topic = frozenset().union(*(r.features().tokens | r.features().quote_tokens for r in self.reports))
        return self._topic

    @property
    def place(self) -> int:
        """Where it ranks first: its pin position; after every pin when it is a key moment; else after those."""
        if self.pin is not None:
            return self.pin
        return KEYED if self.key else UNPINNED

    @property
    def priority(self) -> tuple[int, float, int]:
        """(pin position, -score, first index), a moment told only by its quote after its thread."""
        return (
            self.place,
            -round(self.score - (W_UNTOLD if self.thin else 0.0), 4),
            self.root,
        )

    @property
    def exchange(self) -> bool:
        """Whether one of its reports tells an exchange (`exchange`): a line one of two named people said."""
        return any(exchange(r) for r in self.reports)

    @property
    def first(self) -> int:
        return self.reports[0].index

    @property
    def ts(self) -> float:
        return self.reports[0].ts

    @property
    def told_filler(self) -> bool:
        """Filler as the article can tell it: the votes, quotes and correspondents of its reports in another
        language aside (they are never printed), what is left is a short line with nothing happening ("X on
        the decks at the after-party."): it neither leads an item nor follows one. Worked out once per moment
        (each story whose people it names asks for it)."""
        if self._told_filler is None:
            self._told_filler = self._is_told_filler()
        return self._told_filler

    def _is_told_filler(self) -> bool:
        if self.filler or self.pin is not None or self.key:
            return self.filler
        told = self.english
        return (
            len(told) < len(self.reports)
            and len({r.reporter for r in told}) == 1
            and not any(r.sighting.votes > 0 or r.sighting.headline or r.features().quote_english for r in told)
            and not self.thin  # (after the reports' own tests: it picks the speaker)
            and word_count(prose(self.speaker.sighting.what)) <= FILLER_WORDS
        )

    @property
    def idle(self) -> bool:
        """A short line with few votes and no act ("Marta Quinn on her fourth coffee of the night", 6 votes): no pin,
        key mark, headline or quote in English, fewer than IDLE_VOTES votes on each English report, at most FILLER_WORDS
        words and no verb in any sentence (`polish.verbless`). It joins another moment's item only about a thing of
        it (`stories.joins`). Worked out once per moment (asked for each story it might join)."""
        if self._idle is None:
            self._idle = self._is_idle()
        return self._idle

    def _is_idle(self) -> bool:
        if self.pin is not None or self.key or self.thin or not self.english:
            return False
        if any(
            r.sighting.votes >= IDLE_VOTES or r.sighting.headline or r.features().quote_english for r in self.english
        ):
            return False
        text = prose(self.speaker.sighting.what)
        if word_count(text) > FILLER_WORDS:
            return False
        names = frozenset(w for k in self.people for w in k.split())
        return all(verbless(s, names) for s in sentences(text))

    @property
    def english(self) -> list[Report]:
        """Its reports in English (the ones the article may print), in time order. Worked out once per moment (the
        stories ask for it for every moment they weigh): read it, never change it."""
        if self._english is None:
            self._english = [r for r in self.reports if r.english and not r.junk]
        return self._english


# a report passed on by someone, before the news it passes on ("Kit Dunmore texted from the Orpheum: …")
_PASSED_ON = re.compile(
    r"^[^:“”\"]{0,60}\b(?:texted|messaged|reported|reports|confirmed|confirms|says|said|tells us|told us|writes|wrote)"
    r"\b[^:“”\"]{0,40}:\s*\S"
)


def _subject(speaker: Report, people: tuple[str, ...]) -> str | None:
    """Who the moment is about: the person in the subject of its best report's lead clause (of the news a report
    passed on by someone gives after its colon: "Kit texted from the Orpheum: Rhea made it" is Rhea's), else the one
    it names first, else its first tag."""
    if not people:
        return None
    if len(people) == 1:
        return people[0]
    text = fold(prose(speaker.sighting.what))
    pieces = sentences(prose(speaker.sighting.what))
    if pieces and _PASSED_ON.match(pieces[0]):  # "Kit Dunmore texted from the Orpheum: Rhea Sandoval made …": Rhea's
        pieces[0] = pieces[0].split(":", 1)[1].strip()
    clause = lead_clause(pieces[0]) if pieces else None
    if clause is not None:  # the grammatical subject, when it names someone ("Asked about Zoë, Selene held …")
        subject = set(fold(" ".join(clause.subject)).replace("'s", " ").split())
        for key in people:
            if any(len(w) >= 3 and w in subject for w in alnum_words(key)):  # ("kranz" of "leopold kranz, jr.")
                return key
    best: tuple[int, int] | None = None
    for rank, key in enumerate(people):
        positions = [text.find(w) for w in alnum_words(key) if len(w) >= 3]
        found = [p for p in positions if p >= 0]
        if found and (best is None or (min(found), rank) < best):
            best = (min(found), rank)
    if best is not None:
        return people[best[1]]
    return speaker.names[0] if speaker.names else people[0]
