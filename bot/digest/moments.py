"""A moment (`Moment`): the reports of one thing that happened, clustered by `clusters.Clusters`; its score,
and which of its reports speaks for it (`speaking_order`). See `bot.digest.stories`, step 3."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

from .clauses import lead_clause, sentences
from .copyedit import thin_place
from .elders import ELDER, aged
from .gates import story_text
from .hygiene import is_junk, prose, word_count
from .language import in_other_script, line_in_english
from .matching import (
    frames_only,
)
from .night import Report
from .polish import verbless, where_only
from .register import register
from .scoring import (
    EXCHANGE_QUOTE_WORDS,
    FILLER_WORDS,
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

IDLE_VOTES = 10  # a verbless short line with fewer votes than this never joins another item (`Moment.idle`)
ABROAD_VOTES = 30  # a line in another language voted this much, beside unvoted English asides: its moment's news


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
    framing = (bool(r.sighting.quote) and frames_only(r)) or _only_where(r)  # ("Ana Sousa is by the cloakroom.")
    framing = framing or IDENTIFIES.match(prose(r.sighting.what)) is not None  # ("The man in the balcony is …")
    quoted = r.features().quote_english and not is_junk(r.sighting.quote or "")
    pinned = r.pin is None  # the report the editor pinned speaks before the room's favourite wording
    keyed = not r.sighting.key  # ...and so does the one the editor marked as the key moment (issue 11, round 10)
    return (unfit, clean[1], framing, notes, pinned, keyed, -vote_tier(r.sighting.votes), not quoted, clean)


# a report that opens by saying who someone of the moment was ("The man in the balcony is Rodolfo Rentería, 81,
# who …", "The woman who caught her was Ana Ruiz"): the moment's background, never the report that tells what
# happened while another one does (the throw from the balcony, told minutes before by the one who saw it)
IDENTIFIES = re.compile(
    r"^(?:(?:[Uu]pdate|UPDATE|[Cc]orrection|[Cc]onfirmed|[Ff]ollow-?up)[:,!]* )?"  # ("Update: the little girl is …")
    r"(?:[Tt]he|[Tt]hat|[Tt]his) (?P<who>(?:[\w'’-]+ ){1,8})(?:is|was|turns out to be|turned out to be) "
    r"(?:[A-Z][\w'’-]+|[‘'“\"][A-Z])"
)  # (as typed in a hurry too: "the little girl is Marta, she's nine")


def names_the_unnamed(lead: Moment, other: Moment) -> bool:
    """Whether a later moment opens by saying who someone the lead moment left unnamed was ("the little girl is
    Marta, she's nine", after "a little girl on the choir steps sang it for her"): who she was, a beat of the lead
    moment's story, never another person's."""
    texts = [prose(r.sighting.what) for r in lead.english]
    for r in other.english:
        said = IDENTIFIES.match(prose(r.sighting.what))
        if said is None:
            continue
        nouns = [w for w in said.group("who").lower().split() if len(w) > 2 and w not in ("the", "and", "with")]
        introduced = (rf"\b(?:a|an) (?:[\w'’-]+ ){{0,2}}{re.escape(w)}\b" for w in nouns)  # "a little girl"
        if any(re.search(pattern, t, re.IGNORECASE) for pattern in introduced for t in texts):
            return True
    return False


def _only_where(r: Report) -> bool:
    """Whether a short report only says where someone was (`where_only`): it never speaks for a moment another
    report of it tells ("… by the cloakroom with a lost wallet she found")."""
    text = prose(r.sighting.what)
    return word_count(text) <= FILLER_WORDS and where_only(text, frozenset(w for k in r.names for w in k.split()))


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


def _line_abroad(r: Report) -> bool:
    """Whether a report's news is a line in another language its short English note only frames ("Jean-Luc at the
    coat check:" and “La cuisine de ma grand-mère sentait la cannelle.”)."""
    return bool(r.sighting.quote) and not r.features().quote_english and word_count(prose(r.sighting.what)) <= 8


class Moment:
    """Reports of one moment, in time order, and what the digest needs to know about it.

    A report the editor dropped is never told nor credited, and it keeps its whole moment out of the
    digest (`dropped`) unless another report of the moment is pinned."""

    __slots__ = (
        "_abroad",
        "_correction",
        "_english",
        "_idle",
        "_lead",
        "_speaking",
        "_told",
        "_told_filler",
        "_told_topic",
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
        self._told_topic: frozenset[str] | None = None
        self._idle: bool | None = None
        self._abroad: bool | None = None
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
            self._lead = (_subject(self.speaker, self.people, self.reports),)
        return self._lead[0]

    def _telling(self) -> tuple[bool, bool]:
        if self._told is None:
            what = self.speaker.sighting.what
            told = self.speaker.english and not self.speaker.junk
            thin = not told or thin_place(story_text(prose(what))) is not None or self.news_abroad
            quoted = any(_told_by_line(r) for r in self.reports)
            self._told = (thin, quoted)
        return self._told

    @property
    def told_abroad(self) -> bool:
        """Told only in another language: no report in English, or English ones that only say where someone was
        (`news_abroad`), or a note that only frames a line in another language ("Overheard at the stage door:" and
        “Obrigado, Lisboa, vocês são a minha casa!”). The preview names it so when it is left out."""
        return (
            not self.english
            or self.news_abroad
            or (self.thin and self.has_quote and not self.tellable)
            or (self.has_quote and self.reporters == 1 and _framed_abroad(self))
        )

    @property
    def news_abroad(self) -> bool:
        """Its news is told only in another language: its English reports only say where someone was (`where_only`:
        "Gábor is on the balcony.", short, no pin, key mark or headline), while a report in another language has more
        votes than any of them (the proposal he made there, told in Hungarian: the readers voted for that, never for
        "Tomás Rey by the lift."). The article has nothing of it to tell; the preview says it was reported in another
        language."""
        if self._abroad is None:
            self._abroad = self._is_news_abroad()
        return self._abroad

    def _is_news_abroad(self) -> bool:
        abroad = [r for r in self.reports if not r.junk and (not r.english or _line_abroad(r))]
        told = [r for r in self.english if r not in abroad]
        if not told or not abroad or self.pin is not None or self.key:
            return False
        most = max(r.sighting.votes for r in told)
        if any(r.sighting.headline for r in told):
            return False
        if not any(r.sighting.votes > most for r in abroad):
            return False
        if most == 0 and max((r.sighting.votes for r in abroad if _line_abroad(r)), default=0) >= ABROAD_VOTES:
            # (an unvoted aside beside the line the readers voted for, told only in another language: "Jean-Luc is
            # doing his soundcheck in the foyer." never leads the item of “La cuisine de ma grand-mère …”, round 44)
            return all(word_count(prose(r.sighting.what)) <= FILLER_WORDS for r in told)
        names = frozenset(w for k in self.people for w in fold(k).split())
        return all(word_count(text := prose(r.sighting.what)) <= FILLER_WORDS and where_only(text, names) for r in told)

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
    def setting(self) -> frozenset[str]:
        """The venue's words, stemmed (`Vocabulary.setting`: "tram", "depot" in an old tram depot): where every moment
        of the night happened, never a thing two of them share."""
        return self.reports[0].vocabulary.setting if self.reports else frozenset()

    @property
    def told_topic(self) -> frozenset[str]:
        """`topic` in the article's letters when the moment has a report in English: a word written in a script
        English does not use is left out (a name written in kana and a particle, "ユナ", "てユ": two Japanese reports
        of one person six minutes apart share those whatever they tell), a word of another language in Latin
        letters is kept ("sambal", "suya": the thing the English follow-up names too)."""
        if self._told_topic is None:
            topic = self.topic
            self._told_topic = frozenset(w for w in topic if not in_other_script(w)) if self.english else topic
        return self._told_topic

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
        it (`threads.joins`). Worked out once per moment (asked for each story it might join)."""
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


def _framed_abroad(m: Moment) -> bool:
    """Whether a moment is a line in another language and English notes that only frame it ("Jean-Luc Fourie at the
    coat check:" and “La cuisine de ma grand-mère …”): told in another language, whatever else the notes name."""
    return not any(_told_by_line(r) for r in m.reports) and all(frames_only(r) for r in m.english)


def _told_by_line(r: Report) -> bool:
    """Whether a report's quote may tell its moment alone: in English, no junk, and, when none of its words tells a
    language, none written with letters English never uses (`line_in_english`: "Trăiască România!" tells no reader
    that he danced on a table; beside an English sentence such a line is still printed)."""
    line = r.sighting.quote or ""
    if not r.features().quote_english or is_junk(line):
        return False
    return line_in_english(prose(line), frozenset(w for k in r.names for w in k.split()))


# a report passed on by someone, before the news it passes on ("Kit Dunmore texted from the Orpheum: …")
_PASSED_ON = re.compile(
    r"^[^:“”\"]{0,60}\b(?:texted|messaged|reported|reports|confirmed|confirms|says|said|tells us|told us|writes|wrote)"
    r"\b[^:“”\"]{0,40}:\s*\S"
)


_ASKED = frozenset({"asked", "asks", "begged", "challenged", "dared", "invited", "urged", "pressed"})
# what the one asked did with the question: "Hætta answered in North Sami first" (never a proposal's "said yes")
_ANSWERED = re.compile(r"\b(?:answered|replied|refused|declined)\b", re.IGNORECASE)


def _names_key(words: Sequence[str], key: str) -> bool:
    """Whether `words` name `key` (a word of three letters or more of its name, a possessive's too)."""
    said = set(fold(" ".join(words)).replace("'s", " ").split())
    return any(len(w) >= 3 and w in said for w in alnum_words(key))


def _next_subject(pieces: list[str], key: str) -> bool:
    """Whether the sentence after a report's first has `key`'s name as its subject ("Pagon kept his hand …")."""
    clause = lead_clause(pieces[1]) if len(pieces) > 1 else None
    return clause is not None and _names_key(clause.subject, key)


_NOTE_LABEL = re.compile(r"^[A-ZÀ-Þ][\w'’ -]{0,30}:\s+")  # a note's place or thread label ("LIMMAT: ")


def _subject(speaker: Report, people: tuple[str, ...], reports: Sequence[Report]) -> str | None:
    """Who the moment is about: the person in the subject of its best report's lead clause (but the one it asks when
    the report's quote is theirs: the answer is the moment; of the news a report
    passed on by someone gives after its colon: "Kit texted from the Orpheum: Rhea made it" is Rhea's), else the one
    whose line the report quotes when its opening names no one and the report tags them first, else the one it names
    first (one it calls "a 90 year old nonna" before naming anyone is named there: `elders`), else its first tag."""
    if not people:
        return None
    if len(people) == 1:
        return people[0]
    text = fold(prose(speaker.sighting.what))
    pieces = sentences(prose(speaker.sighting.what))
    if pieces and _PASSED_ON.match(pieces[0]):  # "Kit Dunmore texted from the Orpheum: Rhea Sandoval made …": Rhea's
        pieces[0] = pieces[0].split(":", 1)[1].strip()
    clause = lead_clause(pieces[0]) if pieces else None
    if clause is None and pieces and speaker.english:  # a note in English with no clause, opening on one person's
        # alias after its label ("LIMMAT: Schnee IN. … Rigi brass playing": Noah Schneebeli's, known as Schnee, never
        # the band's named after him)
        opening = _NOTE_LABEL.sub("", pieces[0], count=1).split()[:1]
        first = fold(opening[0]).strip(".,;:!?") if opening else ""
        aliases = speaker.vocabulary.aliases
        named = [k for k in people if first and first in aliases.get(k, frozenset())]
        others = tuple(k for k in people if k not in named)
        if len(named) == 1 and not _names_anyone(pieces[0], others, aliases):  # (alone: never "Smog & Pani Halina
            return named[0]  # mid-polka", the two of them)
    if clause is not None:  # the grammatical subject, when it names someone ("Asked about Zoë, Selene held …")
        subject = set(fold(" ".join(clause.subject)).replace("'s", " ").split())
        for key in people:
            if any(len(w) >= 3 and w in subject for w in alnum_words(key)):  # ("kranz" of "leopold kranz, jr.")
                answered = speaker.speaker
                if (
                    clause.verb.lower() in _ASKED
                    and answered in people
                    and answered != key
                    and _ANSWERED.search(speaker.sighting.what) is not None
                ):
                    return answered  # "Hedda Strand asked Máret Ánne Hætta to repeat her speech", and the line is
                    # Hætta's: the moment is her answer, never the question
                if (
                    answered in people
                    and answered != key
                    and _names_key(clause.rest, answered)  # (done at or to them)
                    and _next_subject(pieces, answered)
                ):
                    return answered  # "… the stage manager, Tomaž Rus, twice drew a finger across his throat at Matej
                    # Pagon. Pagon kept his hand over the fader …", and the line is Pagon's: his moment (round 46)
                return key
    speaking = speaker.speaker
    aliases = speaker.vocabulary.aliases
    if (
        speaking in people
        and speaker.names[:1] == (speaking,)
        and clause is not None
        and not _names_anyone(pieces[0], people, aliases)
        and not ELDER.search(text)
    ):
        return speaking  # "In Memoriam had just begun when the band reached the corner. Pace ran out. Grech lowered
        # the baton …", and the line is Grech's: an opening that names no one, the one whose line it is
    best: tuple[int, int] | None = None
    for rank, key in enumerate(people):
        positions = [text.find(w) for w in alnum_words(key) if len(w) >= 3]
        found = [p for p in positions if p >= 0]
        if found and (best is None or (min(found), rank) < best):
            best = (min(found), rank)
    elder = ELDER.search(text)
    if elder is not None and elder.group("age") and (best is None or elder.start() < best[0]):
        # "… gone dead quiet because a 90 year old nonna is singing and Banjo Quill is playing along": hers
        unnamed = {k: [k] for k in people if not any(len(w) >= 3 and w in text for w in alnum_words(k))}
        texts = " ".join(fold(prose(r.sighting.what)) for r in reports)
        if (one := aged(elder.group("age"), unnamed, texts)) is not None:
            return one
    if best is not None:
        return people[best[1]]
    return speaker.names[0] if speaker.names else people[0]


def _names_anyone(sentence: str, people: tuple[str, ...], aliases: Mapping[str, frozenset[str]]) -> bool:
    """Whether a sentence names any of `people` (by a word of three letters or more of their name or an alias:
    "Nonna Pina" for Giuseppina Rossi)."""
    words = set(alnum_words(fold(sentence)))
    return any(
        len(w) >= 3 and w in words for key in people for w in (*alnum_words(key), *aliases.get(key, frozenset()))
    )
