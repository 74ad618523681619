"""The headline grammar gate: whether a headline the product wrote reads as one sentence in the house style,
checked before it is used (never on an editor's or a reporter's own headline).

A headline passes when it names someone of the moment, has a subject (a name or a noun phrase, never a bare
pronoun nor a verb: "Announced He Leaves …"), one finite main verb in the simple present (never the live blog's
"Has Just Come Out", "Is Now", "Just Walks In"), no second verb of that
subject in another tense, no clause glued on without a subject of its own, no second one with a subject of its own
after "and" ("… and the Room Goes Nuts") nor without a verb of its own ("… and the Song She Writes With Cody Ray") nor
after a colon ("…: Lifted Her Visor"; the house quote shape `Name: “…”` is no label) nor a fragment after one
("…: With the Ring Tucked Inside"; a noun phrase with its article says what a thing was), no "and neither …" glued
on, no clause of time cut after its subject ("… Before He Even", "… When the Whole Queue"), no opening subordinate
clause that never reaches its main clause ("After the show clears Ada went down to the dock"), no flat movement
that tells nothing ("Ada Comes Off After the Award"), and no end that leaves it hanging: a second predicate that is
only a verb needing its object or a light verb and its particle ("… and Takes", "… and Comes Up"), a conjunction, a
preposition, an article, a possessive, an adjective inside its noun phrase ("… of Their Old"), a giving verb
(give, hand, tell, show …) with only whom it gave to ("Mira Gives the Festival Director"), a relative clause with no
main verb after it ("… and the First Thing She Did"); no "do" standing for a verb it never says ("So Did Two of
the Guards" → "Réka Does Two of the Guards", "Bo Kim Does Too"); a quotation closed and in English (`quote_problem`);
30–90 characters, never "…".

The rules read the words and their endings with the verb tables of `bot.digest.verbs` (no night's vocabulary).
They work on the headline as written (names capitalised, verbs in lower case) and on a title-cased one when the
names it may open with are given. `problem` says what is wrong (None when nothing is); the writer tries its next
candidate, then a plain safe form, when a candidate fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .contact import pasted_clause
from .cutting import ARTICLES, MAX_LEN, PRONOUNS, complement_cut
from .headline_clause import _clause_problem
from .headline_reading import (
    _CONJUNCTIONS,
    _COPULAS,
    _NOT_A_NOUN,
    _POSSESSIVES,
    _PREPOSITIONS,
    _QUOTE_TOKEN,
    _QUOTED,
    BAD_OPENERS,
    CHAT,
    SUBORDINATORS,
    _Reading,
    bare,
    tense,
)
from .headline_shapes import (
    _bare_duration_end,
    _elliptical_do,
    _first_object_only,
    _hanging_predicate,
    _label,
    _live_tense,
    _noun_phrase_cut,
    _second_clause_cut,
    _second_subject,
    _subject_left_hanging,
    _verbless_second_clause,
    orphan_it,
    pasted_after_colon,
    shouted_order,
)
from .language import english_line
from .lexicon import KIN, NOBODY, PEOPLE
from .quoted import double_quoted
from .textutil import wordset
from .verbs import is_past_verb

MIN_CHARS = 30  # the gate's floor; the writer aims for `cutting.MIN_LEN` and over
_PARTS = wordset("half quarter")
_DANGLING_END = (
    ARTICLES
    | _CONJUNCTIONS
    | (_PREPOSITIONS - wordset("in on by over through across around past"))
    | (_POSSESSIVES | frozenset(PRONOUNS) - {"it"})
    | wordset("not very is are was were be been being has have had")  # "… Accordion That Is Not"
    | wordset("next")  # "… Sits Down Next": cut from "next to her"
    | wordset("how why what whom")  # "… a Lesson in How": cut from "in how to hold a bow"
    | _PARTS  # "… Finishes the Link With Half": cut from "half a face" (round 44's breaker)
)
# a part the night is divided in, whole ("… for the Second Half", "… in the Final Quarter"), never "half" of something
_PART_OF = wordset("the first second third fourth final last other")
_FIRST_PERSON = wordset("i me my mine we us our ours myself")
_PRONOUN_CONTRACTION = re.compile(r"^(?:i|you|he|she|it|we|they|there)['’](?:d|ll|ve|re|m|s)$", re.IGNORECASE)


def _house_quote(r: _Reading) -> bool:
    """Whether a headline is a name, a colon and a quotation ("Mags Okafor: “He has survived four shipwrecks”")."""
    n = len(r.words)
    return n >= 3 and r.words[-1] == _QUOTE_TOKEN and r.words[-2].endswith(":") and r.name_at.get(0) == n - 1


_SAID_WORDS = 3  # a quotation of fewer words may be a name's nickname
# the title of what someone performs, in quotes after its verb ("Sings 'Snijeg Pade Na Behar' Under …"): a song's
# name in its own language, never a quotation the reader is asked to read
_PERFORMED_TITLE = re.compile(
    r"(?i:\b(?:sings|sang|plays|played|performs|performed|recites|recited|dances|danced)) "
    r"(?:[“\"][^“”\"]*[”\"]|['‘][^'‘’“”]*['’](?![\w'’]))"
)


def quote_problem(headline: str) -> str | None:
    """What is wrong with a headline's quotation (None when it has none, or a sound one): one opened and never
    closed ("Omar Haddad: “Fifty Years Ago I Washed These"), one closed and never opened ("Papá' and Are Not
    Allowed …"), or one not in English (`language.english_line`; a song's title after "Sings" is no quotation)."""
    if headline.count("“") > headline.count("”") or headline.count('"') % 2:
        return "a quotation opened and never closed"
    if _BROKEN_OPENING.match(headline.strip()):
        return "it opens inside a quotation"  # "Papá' and Are Not Allowed …" (from “no, papá” and was not …)
    quoted = [q.strip('“”"') for q in _QUOTED.findall(_PERFORMED_TITLE.sub(" ", headline))]
    quoted = [q for q in quoted if len(q.split()) >= _SAID_WORDS]  # (not a nickname: 'José “Zé” Silva')
    if quoted and not english_line(" ".join(quoted)):
        return "a quotation in another language than English"
    return None


def sentence_problem(headline: str, names: Sequence[str] = ()) -> str | None:
    """What keeps a headline from reading as one sentence about someone named, whatever its length (None when
    nothing does): the checks of `problem` but the length."""
    r = _Reading(headline, names)
    words = r.words
    if not words:
        return "empty"
    said = quote_problem(headline)
    if said is not None:
        return said
    if _house_quote(r):
        return None  # `Name: “the quote”`: the house shape of a line that is the moment
    if any(_PRONOUN_CONTRACTION.match(bare(w)) for w in words):
        return "a pronoun contraction"
    if orphan_it(words):
        return "'it' or 'them' for a thing it never names"
    lowered = [bare(w).lower() for w in words]
    if any(w in CHAT for w in lowered):
        return "a correspondent's chat"
    if any(w in _FIRST_PERSON for w in lowered):
        return "the correspondent's first person"
    if _elliptical_do(r):
        return "an elliptical 'do' that stands for a verb the headline never says (“Does Two of the Guards”)"
    if _live_tense(r):
        return "the live blog's tense (“Has Just Come Out”, “Is Now”): a headline is in the simple present"
    if shouted_order(lowered) is not None:
        return "a verb chain (a shout at someone to do something: tells them to)"
    if _subject_left_hanging(r):
        return "a subordinate clause cut after its subject"
    if not r.ends_on_quote and _bare_duration_end(lowered):
        return "it ends on an amount of time cut from what it was before or after"
    last = r.lower(len(words) - 1)
    if not r.ends_on_quote and (
        (last in _DANGLING_END and not (last in _PARTS and r.lower(len(words) - 2) in _PART_OF))
        or last.endswith("'s")
        or (last == "his" and r.lower(len(words) - 2) not in _COPULAS)
    ):
        return f"it ends on {last!r}"
    if not r.ends_on_quote and _noun_phrase_cut(r):
        return f"it ends inside a noun phrase, on {last!r}"
    if not r.ends_on_quote and _first_object_only(r):
        return "a verb that gives something, left with only whom (“Gives the Festival Director”)"
    if not r.ends_on_quote and complement_cut([w.lower() for w in words], len(words)):
        return "a placing verb without where it put its object (“Sets His Trophy”)"
    if any(lowered[k] == "and" and complement_cut(words, k) for k in range(2, len(words))):
        return "a placing verb without where, before its “and” (“Puts Her Sound Award and Tells …”)"
    if (
        not r.ends_on_quote
        and len(lowered) > 2
        and lowered[-2] == "to"
        and lowered[-1] in _NEEDS_A_THING
        and not any(w in _HANDED for w in lowered[:-2])  # ("Hands Her Trophy to Fortunata Layme to Hold": it)
    ):
        return f"an infinitive cut from its object (“… Tells the DJ to {lowered[-1].capitalize()}”)"
    if _says_nothing(lowered):
        return "a verb of saying with nothing said (“Says in the Queue for Hair”)"
    if _label(r):
        return "a label and a clause with no subject of its own (“…: Lifted Her Visor …”)"
    if pasted_after_colon(r):
        return "a fragment pasted after a colon (“…: With the Ring Tucked Inside”)"
    if _verbless_second_clause(r):
        return "a second clause with no verb of its own (“… and the Song She Writes”)"
    if not r.ends_on_quote and _second_clause_cut(r):
        return f"a second clause cut after its verb ({last!r})"
    if not r.ends_on_quote and _hanging_predicate(r):
        return f"a predicate cut before what it needs ({last!r}: “… and Comes Up”, “… and Takes”)"
    if _second_subject(r):
        return "two clauses of different subjects glued (“… and the Room Goes Nuts”)"
    end = len(words)
    found = _clause_problem(r, 0, end)
    if found is None:
        return None
    if r.lower(0) in BAD_OPENERS:
        return found  # "Later, Jo sings", "Then he outs the deal": no subject of its own
    comma = next((i for i, w in enumerate(words[:12]) if w.endswith(",")), None)
    if r.lower(0) in SUBORDINATORS and comma is None:
        return "a subordinate clause that never reaches its main clause"
    if comma is not None and 0 not in r.name_at:
        # "After her ninth loss, Ada Brook wins …", "Sewn into her gown, Ada makes her cue": an opening adjunct
        after = _clause_problem(r, comma + 1, end)
        if after is None:
            return None
    return found


_PRONOUN_SUBJECTS = frozenset(PRONOUNS) | wordset("this that these those you")


def pronoun_subject(headline: str) -> bool:
    """Whether a headline opens with a pronoun ("She Laughs It Off", "This Is Why") or has one as the subject
    after its opening adjunct ("After the Win, She …"): whom it means, the reader was never told."""
    r = _Reading(headline, ())
    if not r.words:
        return False
    comma = next((i for i, w in enumerate(r.words[:12]) if w.endswith(",")), None)
    return r.lower(0) in _PRONOUN_SUBJECTS or (
        comma is not None and comma + 1 < len(r.words) and r.lower(comma + 1) in _PRONOUN_SUBJECTS
    )


def sound(headline: str, names: Sequence[str] = ()) -> bool:
    """Whether a headline reads as one sentence about someone named (`sentence_problem` finds nothing)."""
    return sentence_problem(headline, names) is None


_ENDS_ON_WHOM = re.compile(r"\b(?:Him|Them|him|them)[.!?]?$")
_WHOM = re.compile(r"\b(?:Him|Them|him|them)\b")


def _cut_before_its_verb(text: str) -> bool:
    """Whether a headline ends inside a clause of the time of its act that brings in someone new, before that
    clause's verb ("… Keeps Playing on One String While an Elderly Herder in a Grey Deel": stood and passed what?)."""
    words = text.split()
    at = max((k for k, w in enumerate(words) if bare(w).lower() in _TIME_CLAUSE), default=-1)
    if at < 0 or at + 1 >= len(words) or bare(words[at + 1]).lower() not in ("a", "an"):
        return False
    return not any(tense(w) in ("present", "past") for w in words[at + 2 :])


_TIME_CLAUSE = wordset("while when until")  # (never "as": "… Hands Her an Empty Pie Tin as a Trophy")


# a verb that takes someone somewhere, right before a name that ends the headline: where was cut off
_TAKEN_SOMEWHERE = re.compile(r"\b(?:[Ww]alks|[Ll]eads|[Ee]scorts|[Gg]uides|[Uu]shers|[Ss]teers|[Bb]rings) $")
# a closing "her" after "his": the subject is a man, so she is someone the headline never named (never the subject)
_ENDS_ON_HER = re.compile(r"\b(?:Her|her)[.!?]?$")
_HIS = re.compile(r"\b(?:His|his)\b")
_RELATIVE_BEFORE = 4  # words between a determiner and a name that ends the headline


def _relative_cut(text: str, names: Sequence[str]) -> bool:
    """Whether a headline ends on a name right after a noun phrase, nothing between them ("… Misses the Bottom Step
    Gaspard Lemoine-Tissot", cut from "the same bottom step Gaspard missed earlier"): a relative clause's subject,
    its verb cut off."""
    for name in names:
        if not text.endswith(" " + name):
            continue
        before = text[: -len(name)].split()
        if before and (bare(before[-1]).lower() in _WHO_SOMEONE_IS or _AGENT.search(bare(before[-1]).lower())):
            continue  # "… With the Waiter Pip Lane", "… to Her Grandson Teo", "… the Dishwasher Ama Pell": who they
            # are, then the name
        for k in range(2, min(_RELATIVE_BEFORE, len(before)) + 1):
            word = before[-k].lower()
            if word in ("the", "a", "an", "his", "her", "their", "its"):
                if word in _POSSESSIVE or _passive_agent(before[:-k]):
                    return False  # "… With His Old Rival Ken Oduya", "… Is Caught by the Sound Tech Ravi Dutt": whose
                    # someone is, or who did it, then the name (a relative clause never follows either)
                between = [w.lower() for w in before[-k + 1 :]]
                return not any(w in _NOT_A_NOUN for w in between)
    return False


_POSSESSIVE = frozenset({"his", "her", "their"})  # a person's own: "his old rival", "her co-star"
_PASSIVE = frozenset({"is", "are", "gets", "get"})  # (a headline's present: "Is Caught by", "Gets Carried Off by")


def _passive_agent(before: list[str]) -> bool:
    """Whether the words end on a passive's "by" ("… Is Caught by"): the noun phrase after it is who did it."""
    return len(before) >= 3 and before[-1].lower() == "by" and before[-3].lower() in _PASSIVE


_WHO_SOMEONE_IS = PEOPLE | KIN
_AGENT = re.compile(r"\w{3,}(?:washer|keeper|maker|ist|ician|tender)$")  # one's trade: "dishwasher", "pianist"
# a time long before the night: the clause is what happened then, told in the present as if it were tonight's news
# a face, a head or cheeks taken or held, the cut before "in both hands": grotesque without it
_TAKEN_PART = re.compile(r"\b(?:takes|grabs|holds|cups|seizes)\b[^;:]*\b(?:face|head|cheeks)$", re.IGNORECASE)
_BACKSTORY = re.compile(
    r"\b(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b|\bback in (?:the )?(?:19|20)\d\ds?\b|"
    r"\bas an? (?:boy|girl|child|kid|teenager|teen|student)\b|"
    r"(?<!first time )\bsince (?:19|20)\d\d\b|"  # what has not happened since 2027, never in a relative clause of the
    # object (but "Play Together for the First Time Since 2011" is the night's news)
    r"\bin (?:19|20)\d\d\b(?! ?[-–—])|"  # "Leaves Cuba by Boat From Mariel in 1980": a year gone, the backstory
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bi )\b(?:have|has|had)(?:n't|n’t| not| never)\b|"  # ("… Writes
    # Out the Chord Changes of a Ballad He Has Never Recorded": the ballad's, not the act's)
    r"\b(?:has|have) been\b|"  # "… Son Has Been the Technical Operator", "… Ring Has Been Hidden All Night": before
    # a habit of years, not the night: "Américo Pinto Drives Dário Quental to Gigs for Eight Years"
    r"\bfor (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|many|"
    r"several|a few|[a-z]+-[a-z]+) (?:years?|decades?|months?|seasons?)\b",  # ("for a Year", "for Two Seasons")
    re.IGNORECASE,
)


_NEEDS_A_THING = frozenset(
    {"cut", "pour", "stop", "turn", "give", "hand", "put", "bring", "take", "make", "fix", "open", "close"}
    | {"drop", "kill", "pass", "send", "fetch", "lift", "buy", "get", "find"}
)
_HANDED = frozenset({"hands", "gives", "passes", "lends", "leaves", "tosses", "throws", "offers"})
_SAYING = frozenset({"says", "said", "admits", "confides", "reveals", "tells"})
_ADJUNCT_OPENERS = frozenset({"in", "at", "on", "during", "after", "before", "outside", "inside", "by", "near"})


def _says_nothing(lowered: list[str]) -> bool:
    """Whether a verb of saying is followed only by where or when it was said, never what ("Zara Quinn Says in the
    Queue for Hair", cut from "… that she had lost her grandmother's ring")."""
    for k, w in enumerate(lowered[:-1]):
        if w in _SAYING and lowered[k + 1] in _ADJUNCT_OPENERS:
            return not any(x in ("that", "“", '"') or x.startswith(("“", '"')) for x in lowered[k + 1 :])
    return False


def backstory(headline: str) -> bool:
    """Whether a headline tells a time long before the night, or what has not happened since (`_BACKSTORY`; a quote
    may look back: “Fifty years ago I …”)."""
    return bool(_BACKSTORY.search(_QUOTED.sub(" ", headline)))


# "his", "their", "its" (never "her": "Carries Her to the Car") before a preposition: a possessive owning nothing
_OWNS_NOTHING = re.compile(r"\b(?:[Hh]is|[Tt]heir|[Ii]ts)\s+(?i:in|on|at|into|onto|to|from|with|under|over)\b")
_BROKEN_OPENING = re.compile(r"^[^\s“\"‘']*[^\s“\"‘'s][”\"’'](?=\s|$)")  # a word closing a quote (not "Boys'")


_TIME_OF_THE_ACT = re.compile(r"\b(?:when|while|as|until|after|before|because)\s+(?:the|every)\b", re.IGNORECASE)


def _back_to_the_subject(text: str, names: Sequence[str]) -> bool:
    """Whether a headline's closing "him" or "them" stands for its one named subject, after a clause of the time of
    its act with a subject of its own that names nobody ("Pavel Ost Cries When the Whole Queue Claps for Him"), or
    whose relative is its subject ("Kai Brennan's Nan Follows Him Up on Stage")."""
    found = _TIME_OF_THE_ACT.search(text)
    reading = _Reading(text, names)
    if len(reading.name_at) != 1 or 0 not in reading.name_at:
        return False
    words = text.split()
    owner = next((k for k, w in enumerate(words[:5]) if w.endswith(("'s", "’s"))), None)
    kin = owner is not None and owner + 1 < len(words) and words[owner + 1].strip(",").lower() in KIN
    return found is not None or kin  # "Kai Brennan's Nan Follows Him Up on Stage": him, whose nan she is


def owns_nothing(headline: str) -> bool:
    """Whether a headline's "his", "their" or "its" owns nothing ("Puts His in His Wallet"): unreadable as it is."""
    return _OWNS_NOTHING.search(headline) is not None


def problem(headline: str, names: Sequence[str] = ()) -> str | None:
    """What is wrong with a headline the product wrote (None when nothing is): `sentence_problem`, someone of the
    moment named, never the backstory (`backstory`: "… Twenty Years Ago", "Haven't Recorded Together Since 2027"),
    30–90 characters, never "…" (`names`: the moment's people, as the roster spells them). Worked out once per
    headline and names (the writer asks again of each candidate: whether it passes, whether it is only short)."""
    return _problem(headline, tuple(names))


def opens_on_nobody(headline: str) -> bool:
    """Whether a headline's subject is nobody ("Neither Sits Down for an Hour"): a negation, which the headline's
    present turns round. ("Someone" is the handle a report never explains: `handles`.)"""
    return headline.strip().split(" ", 1)[0].lower() in NOBODY


# a contact clause in the passive at the end, its preposition cut: "the Tune It Is Built" (for)
_CONTACT_PASSIVE_END = re.compile(r" (?:[A-Z][a-z]+|[a-z]+) (?:It|They) (?:Is|Was|Are|Were) [A-Z][a-z]+(?:ed|en|t)$")


# a title opened in single quotes ("Sings 'Not Tonight, Lorraine'"), and one closed after it
# (a letter after it: "Her '79 Film" is a year; an apostrophe between letters is inside the title: 'Sana'y Bukas Pa')
_OPEN_TITLE = re.compile(r"(?:^|\s)['‘](?=[^\W\d_])")
_CLOSED_TITLE = re.compile(r"(?:^|\s)['‘][^\W\d_](?:[^'‘’]|(?<=\w)['’](?=\w))*?[\w.!?]['’](?!\w)")


_ENDS_SAYING = re.compile(r" (?:Says|Said|Adds|Added|Tells|Told|Asks|Asked|Replies|Answers|Shouts|Whispers)[:,]?$")


@lru_cache(maxsize=4096)
def _problem(headline: str, names: tuple[str, ...]) -> str | None:
    text = headline.strip()
    if "…" in text or "..." in text:
        return "it is cut off with an ellipsis"
    if opens_on_nobody(text):
        return "it opens on nobody"  # "Neither Sits Down for an Hour" (round 41's breaker: "Someone Sits Down …")
    if _BROKEN_OPENING.match(text):
        return "it opens inside a quotation"
    if _OPEN_TITLE.search(text) and not _CLOSED_TITLE.search(text):
        return "a title cut inside its quotes"  # "Mabel Quist Sings 'Not Tonight" ('Not Tonight, Lorraine')
    if owns_nothing(text):
        return "a possessive owns nothing"  # "Pieter de Villiers Puts His in His Wallet" (his what?)
    if _ENDS_SAYING.search(text):
        return "it ends on a saying verb, with nothing said"  # "Vusi Mabaso's Braai Stand Says" (round 44)
    if len(text) > MAX_LEN:
        return f"longer than {MAX_LEN} characters"
    found = sentence_problem(double_quoted(text), names)  # ('Salt Road': a title in single quotes, as printed)
    if found is not None:
        return found
    if names and not _Reading(text, names).name_at:
        return "it names nobody of the moment"  # "Full Tux Holds Up Clear of Water", "The Usher Watches …"
    if _ENDS_ON_WHOM.search(text) and not _back_to_the_subject(text, names):
        return "it ends on a pronoun for someone it never named"  # "… Orders Two Gin-Tonics Without Asking Him"
    if _ENDS_ON_HER.search(text) and _HIS.search(text) and len(_Reading(text, names).name_at) == 1:
        return "it ends on 'her' after 'his': a woman it never named"  # "T-Baatar Puts His Own Chair Down Next to Her"
    if _WHOM.search(text) and len(_Reading(text, names).name_at) == 1 and not _back_to_the_subject(text, names):
        return "a pronoun for someone it never named"  # "Ratih Purnama Will Not Let Anyone Move Him" (the cat)
    if _cut_before_its_verb(text):
        return "a clause of its time cut before its verb"  # "… Keeps Playing While an Elderly Herder in a Grey Deel"
    if any(_TAKEN_SOMEWHERE.search(text[: len(text) - len(n)]) and text.endswith(" " + n) for n in names):
        return "someone taken somewhere, cut before where"  # "… and Walks Patience Ilunga" (to the stage stairs)
    if pasted_clause(text, names) is not None:
        return "a clause with its own subject pasted on after the object"  # "… the Bottom Step Lio Castel Missed"
    if names and _relative_cut(text, names):
        return "it is cut inside a relative clause"  # "… Misses the Bottom Step Gaspard Lemoine-Tissot" (missed)
    if _CONTACT_PASSIVE_END.search(text):
        return "a contact clause cut before its preposition"  # "… Plays the Tune It Is Built" (for)
    reciprocal = _RECIPROCAL.search(text)
    if reciprocal and not _MORE_THAN_ONE.search(text[: reciprocal.start()]):
        return "'each other' after one person"  # "Maite Ovalle Runs Into Each Other" (the "and" cut off)
    if _TAKEN_PART.search(text):
        return "a face or a head taken, cut before how"  # "Kofi Mensah Takes Kofi Mensah Jr.'s Face" (in both hands)
    happened = _SAYS_IT_HAPPENED.search(text)
    if happened is not None and not _PROMISED_AFTER.match(text, happened.end()):  # (never "Says His Mum Had
        return "it tells who said what happened, not what happened"  # Promised …": a promise) "Says the Dog Walked"
    said = _SAYS_WHO.search(text)
    who = said.group("rest").split() if said is not None else []
    if who and who[-1].lower() in KIN | PEOPLE and not any(is_past_verb(w.lower()) for w in who):
        return "a reported clause cut before its verb"  # "Ana Ruiz Says Her Old Singing Teacher" (never "the Word")
    if _DUE.search(text):
        return "it tells what was due, not what happened"  # "Graziella Ferrante Is Due to Present in 8 Minutes"
    if backstory(text):
        return "it tells the backstory, not the night"  # "Hoa Teaches Diệp at Drama School Twenty Years Ago", "Haven't
        # Recorded Together Since 2027"
    if len(text) < MIN_CHARS:
        return f"shorter than {MIN_CHARS} characters"
    return None


# a speaker's word that something else happened, the happening in the past ("Says the Dog Walked In", "Says the Cake
# Had Gone"): its news is that clause, never the saying
_SAYS_IT_HAPPENED = re.compile(
    r"\b(?:says|say|tells us|explains)(?: that)? (?:the|a|an|his|her|their) (?:\w+ ){1,3}(?:\w+ed|had)\b", re.IGNORECASE
)
_PROMISED_AFTER = re.compile(r" (?:promised|vowed|sworn|bet|agreed|planned|said|told)\b", re.IGNORECASE)
# "Says Her Old Singing Teacher": what was said, cut at its subject
_SAYS_WHO = re.compile(
    r"\bsays (?:that )?(?:the|a|an|his|her|their) (?P<rest>(?:[\w'’-]+ ){0,3}[\w'’-]+)$", re.IGNORECASE
)
_DUE = re.compile(r"\b(?:is|are|was|were) due (?:to|on|in|at)\b", re.IGNORECASE)


# a reciprocal needs more than one subject: "X and Y", "X & Y", "Both …", "The Two …"
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
_MORE_THAN_ONE = re.compile(r"\b(?:and|both|two|three|four)\b|&", re.IGNORECASE)


def too_short_only(headline: str, names: Sequence[str] = ()) -> bool:
    """Whether a headline's only problem is that it is short: a plain sentence, kept when nothing longer reads."""
    return problem(headline, names) == f"shorter than {MIN_CHARS} characters"
