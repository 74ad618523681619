"""Who a candidate clause of `options` is about and whom it acts on: a subject without the time or the place
fronted before it, a description or a relation joined to a name, an epithet named, a possessive or an object
pronoun as the person it stands for, the one an observer watched, another person's act on the one before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from .clauses import COPULA, Clause, Option, capitalised, mentioned
from .cutting import ARTICLES, CUT_BEFORE, DETERMINERS, PLACE_PREPOSITIONS, WHEN, bare
from .headline_reading import CHAT
from .lexicon import EPITHETS, STOPWORDS
from .option_pieces import _FRONTED_TIME
from .pairs import AROUND, PARTICLES
from .payoff import news_weight
from .places import kinds
from .presenting import plural_subject
from .pronouns import bound_object, owned_thing
from .textutil import wordset
from .verbs import base_form, looks_like_verb, past_tense, third_person

_POSSESSIVE = wordset("her his their")
_SUBJECT_PRONOUNS = wordset("she he they we i")


def _described_named(rest: list[str], others: set[str], by_word: dict[str, str]) -> list[str]:
    """A clause's object that describes the one other person its report names ("handed the young actor his own
    bronze" after "Tiernan Hegarty slipped …") as that person: "Hands Tiernan Hegarty His Own Bronze" (a headline
    names its people). The words as they are otherwise."""
    if len(others) != 1 or len(rest) < 2 or rest[0].lower() != "the" or mentioned(rest, by_word):
        return rest
    for k in range(1, min(len(rest), 4)):
        word = bare(rest[k])
        if not word.islower():
            return rest
        if word in EPITHETS:
            return [*next(iter(others)).split(), *rest[k + 1 :]]
    return rest


_FRONTED = wordset("at in on outside inside behind by near under beside")
_FRONTED_PRONOUNS = frozenset({"she", "he", "they"})
_FRONTED_TIMES = wordset("during after before throughout")  # a time that opens a sentence, when an article follows
_TIME_OWNERS = wordset("the a an this that his her their its")
_PLACE_OBJECT = wordset("during of for from with to into after before about")  # a name after it is the place's
_LINKING = wordset("of for from with to into at in on by and or the a an this that his her their its")


def _after_fronted_place(sentence: str, by_word: dict[str, str]) -> str:
    """A sentence that opens on its place with no comma to close it ("At the Long Bar Grace Moriarty bought him a
    pint", "At the ferry stop she sang …"), from the person of the moment (or the pronoun) the place runs into:
    "Grace Moriarty bought him a pint" (the place's own capitals would otherwise make "Long Bar Grace Moriarty" one
    name; a pronoun inside the subject is refused). The sentence as it is otherwise."""
    words = sentence.split()
    if len(words) >= 4 and words[0] in ("With", "Without"):  # "With half his cue cards in the harbour and the link
        # minutes away, Dazza stood still …": how things stood, then the person of the moment (its "and" is no clause's)
        for i in range(2, min(len(words) - 1, 18)):
            if words[i - 1].endswith(",") and capitalised(words[i]) and mentioned(words[i : i + 1], by_word):
                return " ".join(words[i:])
        return sentence
    timed = len(words) > 1 and words[0].lower() in _FRONTED_TIMES and words[1].lower() in _TIME_OWNERS
    if len(words) < 4 or (words[0].lower() not in _FRONTED and not timed):
        return sentence  # ("During the interval Ned Quill, the night porter, built …": a time, then its person)
    for i in range(2, min(len(words) - 1, 9)):
        before = words[i - 1]
        if before.endswith((",", ":", ";")):
            return sentence  # (a comma closes the place)
        if words[i] in _FRONTED_PRONOUNS and words[i + 1].islower():
            if before.lower() in _SUBORDINATE or before.lower() in ("when", "while"):
                return sentence  # ("In the ten minutes after he won, Tobias …": the pronoun opens the time's clause)
            return " ".join(words[i:])  # "At the ferry stop she sang …" ("stop" is no verb before a pronoun)
        if before.islower() and looks_like_verb(before, after_name=False):
            return sentence  # ("At the bar sat Grace …": a verb before the name)
        if timed and words[i] in ("a", "an") and before.isalpha() and before.islower() and before not in _LINKING:
            # "During the closing number a boy of about six, …, climbed …": the boy, never nobody (whose subject the
            # report's tagged person would then be taken for)
            return " ".join([words[i].capitalize(), *words[i + 1 :]])
        if capitalised(words[i]) and mentioned(words[i : i + 1], by_word):
            if before.lower() in _PLACE_OBJECT:
                return sentence  # ("At the sound desk during Alenka Bizjak's speech, …": the place's own, round 46)
            return " ".join(words[i - (before == "the") :])  # ("… the Fusos de Poblenou, …": a group, its article)
    return sentence


def _two_acting(found: list[Option], place: tuple[int, int], by_word: dict[str, str]) -> str | None:
    """ "A and B" when the clauses of the sentence at `place` have exactly two people of the moment as their subjects
    (in that order): whom the next sentence's "They" stands for ("Dąbek took the mic …, called Gosia up, and
    Zielonka walked up. They sang …"). None otherwise."""
    acting: list[str] = []
    for option in found:
        if option.place[:2] != place:
            continue
        for name in sorted(mentioned(option.clause.subject, by_word)):
            if name not in acting:
                acting.append(name)
    return f"{acting[0]} and {acting[1]}" if len(acting) == 2 else None


def _owner_of(referent: str, by_word: dict[str, str]) -> str | None:
    """The person a thing belongs to, when a sentence's subject was their thing ("Will Lam's phone" → "Will Lam"):
    whom the next sentence's "he" or "she" stands for (a phone puts nobody on speaker). None otherwise."""
    words = referent.split()
    for k, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")):
            owner = [*words[:k], word[:-2]]
            return " ".join(owner) if mentioned(owner, by_word) else None
    return None


def _described_subject(subject: Sequence[str]) -> bool:
    """Whether a later piece's subject is a lower-case description, not a noun phrase ("barefoot in the red dress"
    of "Rouba Sahar, barefoot in the red dress, sat down …"): no name, no function word or number opening it."""
    first = subject[0] if subject else ""
    return first.islower() and bare(first).lower() not in STOPWORDS and not first.isdigit()


def _possessor_named(rest: Sequence[str], owner: str, gender: dict[str, str]) -> list[str]:
    """The words with their first "his" or "her" before a noun as `owner`'s ("shaved off his beard" → "shaved off
    Samir Haddad's beard"), unless the owner's known gender is not the pronoun's, and "the" after "off" likewise
    ("shaved off all the locks" → "shaved off all Chumbaz's locks"); as they were otherwise."""
    words = list(rest)
    for k, word in enumerate(words[:-1]):
        pronoun = bare(word).lower()
        before = [bare(w).lower() for w in words[max(0, k - 2) : k]]
        if pronoun == "the" and before and (before[-1] == "off" or before == ["off", "all"]):
            pronoun = ""  # "shaved off (all) the locks" of the one who sat: theirs, whatever their pronoun
        elif pronoun not in ("his", "her"):
            continue
        following = bare(words[k + 1]).lower()
        said = gender.get(owner)
        if not words[k + 1].islower() or following in {*PARTICLES, *CUT_BEFORE, *ARTICLES, *_INTO, "own"}:
            return words
        if pronoun and said is not None and said != ("he" if pronoun == "his" else "she"):
            return words
        return [*words[:k], *owner.split()[:-1], owner.split()[-1] + "'s", *words[k + 1 :]]
    return words


def _whom(
    words: list[str],
    size: int,
    sentence: str,
    piece: str,
    previous: str,
    by_word: dict[str, str],
    people: Sequence[str],
    gender: dict[str, str],
) -> str | None:
    """Whom the clause's object pronoun stands for (`pronouns.bound_object`), None when it has none."""
    at = next((k for k in range(size + 1, len(words)) if bare(words[k]).lower() in ("her", "him", "them")), None)
    if at is None:
        return None
    owner = next((k for k, w in enumerate(words[: size - 1]) if w.endswith(("'s", "’s")) and capitalised(w)), None)
    if owner is not None and words[owner + 1].islower():
        before_piece = sentence[: max(sentence.find(piece), 0)].split()
        if mentioned(before_piece, by_word) <= mentioned(words[: owner + 1], by_word):
            return None  # "Kai Brennan won … and his nan followed him up on stage": him is whose nan she is (not
            # "Manaia has joined … and Will's aunties are teaching her": her is the one named before)
    told = piece.split()
    stop = next((k for k, w in enumerate(told) if bare(w).lower() == bare(words[at]).lower()), len(told))
    before = [*sentence[: max(sentence.find(piece), 0)].split(), *told[:stop]]
    actors = mentioned(words[:size], by_word)
    opened = [k for k in range(size + 1, at) if bare(words[k]).lower() in WHEN]
    if opened:  # "… when Ada Lind walked over and gave him her statue": the "when" clause's subject gave
        named = list(takewhile(capitalised, words[opened[-1] + 1 : at]))
        actors = mentioned(named, by_word) or actors
    return bound_object(before, previous.split(), actors, list(people), by_word, bare(words[at]), gender)


_ONTO = wordset("to on onto into around over at")


_SUBORDINATE = wordset("because since as if though although after before once until unless whether")


_LATER = re.compile(
    r"^(?:(?:a few|some|two|three|five|ten|\d+) )?(?:minutes?|seconds?|moments?|hours?) (?:later|after that),?$",
    re.IGNORECASE,
)
_LATER_WORDS = 4


def _time_dropped(subject: list[str]) -> list[str]:
    """A subject without the time fronted before it with no comma ("Minutes later Ansel Roe", "A few seconds later
    she"): when it happened, never who did it."""
    for k in range(2, min(_LATER_WORDS, len(subject) - 1) + 1):
        if _LATER.match(" ".join(subject[:k])):
            return subject[k:]
    return subject


def _two_subjects(before: str) -> bool:
    """Whether a sentence's words before a listed verb hold a subject pronoun other than its opening one ("When she
    finished he walked over, …"): the list's subject is not the sentence's first."""
    before = _FRONTED_TIME.sub("", before, count=1)  # ("In the ten minutes after he won, Mo …": Mo's list)
    words = [bare(word).lower() for word in before.split()]
    found = [
        k
        for k, word in enumerate(words)
        if word in _SUBJECT_PRONOUNS and (k == 0 or words[k - 1] not in _SUBORDINATE)  # ("because they pinched")
    ]
    return len(found) >= 2 or found[:1] > [0]


def _it_named(words: list[str], at: int, before: str) -> list[str]:
    """The clause's words with its object "it" (right after the verb) as the thing its sentence gave the subject
    before it ("walked … with his Lifetime Achievement statuette, knocked, and handed it to her" → "hands his
    Lifetime Achievement statuette to her": `pronouns.owned_thing`; "came off stage with the trophy, …, and put it
    in …" → "puts the trophy in …"); the words as they were when there is none."""
    if at >= len(words) or words[at].lower() not in ("it", "them") or not before:
        return words
    owned = owned_thing(before)
    if owned is not None and (words[at].lower() == "them") != owned[1].endswith("s"):
        owned = None  # ("them": a thing in the plural, "her 1981 pearls")
    if owned is None:
        carried = (_CARRIED if words[at].lower() == "it" else _THINGS).findall(before)
        return [*words[:at], *carried[-1].split(), *words[at + 1 :]] if carried else words
    owner, thing = owned
    return [*words[:at], owner, *thing.split(), *words[at + 1 :]]


_CARRIED = re.compile(r"\bwith (the [a-z][\w-]*)(?=[,;]| and\b)")  # "came off stage with the trophy, …"
_THINGS = re.compile(r"\b(the [a-z][\w-]*s)\b(?! of\b)")  # "unclasped the pearls she wore … and gave them to her"


def _seen_doing(sentence: str, by_word: dict[str, str]) -> str | None:
    """The clause of a person of the moment someone watched do something ("I watched Priya Nand cry in the
    corridor", "Lena Vos sees Omar Idris fall into the cake") as their own, in the present ("Priya Nand cries in
    the corridor"): the news is what was watched, not the one who watched. None when the sentence has no such
    clause."""
    words = sentence.split()
    for p, word in enumerate(words[:6]):
        if news_weight(word) > -3.0 or not word.islower():
            continue
        named = list(takewhile(capitalised, words[p + 1 : p + 5]))
        at = p + 1 + len(named)
        if not named or at >= len(words) or not mentioned(named, by_word):
            return None
        doing = bare(words[at]).lower()
        base = base_form(doing) if doing.endswith("ing") else (doing if past_tense(doing) is not None else None)
        if base is None or not words[at].islower():
            return None
        rest = words[at + 1 :]
        # "sees Omar fall into the cake and laughs": the watcher's own verb, agreeing with the watcher, is theirs
        agreeing = doing == base  # (a bare verb after the watched: a verb in -s after "and" is the watcher's)
        ends = (k for k in range(len(rest) - 1) if rest[k] == "and" and bare(rest[k + 1]).endswith("s") and agreeing)
        return " ".join([*named, third_person(base), *rest[: next(ends, len(rest))]])
    return None


def _watched(clause: Clause, by_word: dict[str, str]) -> str | None:
    """The person of the moment an observer's clause looks at ("films Abdou Sarr from the sand"), None when its
    verb is not one of looking or no name follows it."""
    following = clause.rest[0] if clause.rest else ""
    if news_weight(clause.verb, following) > -3.0:
        return None
    rest = clause.rest[1:] if clause.verb.lower() in COPULA else clause.rest
    named = list(takewhile(capitalised, rest[:4]))
    return " ".join(named) if named and mentioned(named, by_word) else None


def _epithet_named(subject: list[str], in_report: set[str], by_word: dict[str, str]) -> list[str]:
    """A subject that joins a description to a name ("the fado grande dame and K-pop's Ji-woo") with the
    description as the one other person of the moment its report names ("Dulce Amaral and K-pop's Ji-woo"): a
    headline names its people. The subject as it is otherwise."""
    lowered = [w.lower() for w in subject]
    if "and" not in lowered or lowered[0] != "the":
        return subject
    at = lowered.index("and")
    description, other = subject[:at], subject[at + 1 :]
    if len(description) < 2 or any(capitalised(w) for w in description) or not mentioned(other, by_word):
        return subject
    unnamed = in_report - mentioned(other, by_word)
    return [*next(iter(unnamed)).split(), *subject[at:]] if len(unnamed) == 1 else subject


def _unplaced(subject: list[str], by_word: dict[str, str]) -> list[str]:
    """A subject that names a person of the moment and then where they were ("The composer Teo Bali at the next
    table") as the person ("The composer Teo Bali"): the headline tells who acted, the body where."""
    for k in range(1, len(subject) - 1):
        if subject[k].lower() in PLACE_PREPOSITIONS and mentioned(subject[:k], by_word) and capitalised(subject[k - 1]):
            place = [bare(w).lower() for w in subject[k + 1 :]]
            # (one short place: "on the carpet in a frock | made of old film reels" is a note, its verb a frock's)
            return subject[:k] if len(place) <= _PLACE_LEN and not PLACE_PREPOSITIONS & set(place) else subject
    return subject


_PLACE_LEN = 4  # "at the next table"


def _relation_dropped(subject: list[str]) -> list[str]:
    """A subject joining two names with the second's relation to the first ("Felix Ortega and his old bandmate Sam
    Petrie") as the two names ("Felix Ortega and Sam Petrie"): a headline names its people, the body tells who they
    are. The subject as it is otherwise."""
    lowered = [w.lower() for w in subject]
    if "and" not in lowered:
        return subject
    at = lowered.index("and")
    first, rest = subject[:at], subject[at + 1 :]
    if not first or not all(capitalised(w) for w in first) or not rest or rest[0].lower() not in _POSSESSIVE:
        return subject
    named = len(rest) - len(list(takewhile(capitalised, reversed(rest))))
    if named <= 1 or named == len(rest) or any(capitalised(w) for w in rest[1:named]):
        return subject
    return [*first, "and", *rest[named:]]


_CHATTY = wordset("totally literally absolutely completely basically actually practically seriously genuinely honestly")


_CHAT = _CHATTY | CHAT


def without_chat(words: list[str]) -> list[str]:
    return [w for w in words if bare(w).lower() not in _CHAT]


_INTO = wordset("into onto from")  # "sewed her into the dress": whom, not whose
_NOT = wordset("not never")  # "told her not to breathe out": whom (no possessive is followed by "not")


_AFTER_PARTICLE = frozenset({"to", "onto", "into"})
_ASKED = frozenset({"how", "what", "where", "why", "whether"})  # a question or a way told to the one "her" is


# how an act on someone was done, after whom ("caught her one-handed", "caught her mid-fall"): never what of hers
_MANNER = re.compile(r"^(?:one|two|single|left|right|bare|back)-handed$|^mid-[a-z]+$")


def object_named(words: list[str], at: int, name: str, *, manner: bool = False) -> list[str] | None:
    """The words with the object pronoun right after the verb (`at`) as the person it stands for ("Sal
    scooped him up" → "Sal scooped up Pip"; "handed her a tissue" → "handed Pip a tissue", "gave her his pass"); None
    when there is no such pronoun ("her own boots" is whose, not whom). `manner`: "her" before how it was done
    ("caught her one-handed") is whom too (asked of a headline's own pronoun only)."""
    if at >= len(words) or bare(words[at]).lower() not in ("him", "them", "her"):
        return None
    if bare(words[at]).lower() == "them" and not plural_subject(name.split()):
        return None  # "put them round her neck": things, never one person
    following = bare(words[at + 1]).lower() if at + 1 < len(words) else ""
    if following == "back" and at and bare(words[at - 1]).lower() in ("turn", "turns", "turned", "turning"):
        return None  # "turned her back on the stage": her own back (the idiom), never whom she turned
    after_manner = bare(words[at + 2]).lower() if at + 2 < len(words) else ""
    manner = (
        manner
        and _MANNER.match(following) is not None
        and (after_manner in ("", *CUT_BEFORE) or words[at + 1][-1:] in ",;")
    )  # (a headline's "her" the writer names, `headline_words._whom_named`: "Catches Her One-Handed")
    if (
        bare(words[at]).lower() == "her"
        and not manner
        and following
        not in {
            "",
            *PARTICLES,
            *AROUND,
            *CUT_BEFORE,
            *ARTICLES,
            *_INTO,
            *_NOT,
            "his",
            *_ASKED,  # ("showed her how to fold the rice", "asked her what she wanted": whom she was shown, asked)
        }
    ):
        return None
    after = bare(words[at + 2]).lower() if at + 2 < len(words) else ""
    if following == "his" and after in ("", "own"):
        return None  # "handed her his own": his own what, the name cannot tell
    # "sews her back in" stays; "stopped him in Corridor B" is a place: "in" opens a phrase there, no particle
    phrase = at + 2 < len(words) and (after in DETERMINERS or not words[at + 2][:1].islower())
    # ("pulled him up into a hug" → "pulls K. Ilamaran up into a hug": a phrase after the particle keeps it there)
    onward = after in _INTO or after in _AFTER_PARTICLE or bool(kinds(after))  # ("carried her off stage": off the
    # stage, a place, never "carries off Pip stage")
    moved = following in PARTICLES and after not in PARTICLES and not phrase and not onward and following != "in"
    # ("asked them in" → "asks De Derailleurs in", never "asks in De Derailleurs")
    particle = [words[at + 1]] if moved else []
    return [*words[:at], *particle, *name.split(), *words[at + 1 + len(particle) :]]


def _act_on_other(rest: list[str]) -> tuple[list[str], str, list[str]] | None:
    """After a clause's first act, a second one on the other person its report names ("grabbed mint floss from a
    stagehand's kit | and sewed her back in"): ([], that verb, what follows it); None when there is none. What
    was done to the person is the beat; what was fetched for it only sets it up ("took a roll of gaffer tape | and
    taped the shoe to her foot")."""
    for k in range(1, len(rest) - 1):
        if rest[k - 1].lower() in WHEN:
            return None  # "… when Ada Lind walked over and gave him": that act is the other clause's subject's
        on_them = bare(rest[k + 1]).lower() in ("her", "him") or any(  # "and taped the shoe to her foot"
            bare(rest[j - 1]).lower() in _ONTO and bare(rest[j]).lower() in ("her", "him", "his")
            for j in range(k + 2, min(k + 6, len(rest)))
        )
        act = rest[k - 1].lower() == "and" and on_them and rest[k].islower()
        if act and base_form(rest[k]) is not None and looks_like_verb(rest[k], after_name=True):
            return [], rest[k], rest[k + 1 :]
    return None
