"""Two clauses of one report in one headline about one subject: the one who acted on another person (`Sal Scoops Up
Pip and Runs for the Wings`), the hero of a mishap (`Bo Sews Ada Back In`); never two subjects glued with "and"."""

from __future__ import annotations

from itertools import takewhile

from .clauses import Option, capitalised
from .cutting import (
    CUT_BEFORE,
    DANGLING,
    DETERMINERS,
    MIN_LEN,
    SAYING_THAT,
    TARGET_LEN,
    bare,
    cut,
    fixed_phrase,
)
from .payoff import MISHAPS, is_setting, verb_base
from .textutil import fold, wordset


def shortest(option: Option) -> str:
    """The option cut at its first clause boundary after the words it must keep."""
    words = option.words
    for end in range(option.keep, len(words)):
        word = bare(words[end]).lower()
        # a number opens an adjunct, never after the abbreviation it numbers ("Vol. 2", "No. 1": never "… of Vol.")
        numbered = word[:1].isdigit() and not words[end - 1].endswith(".")
        boundary = (word in CUT_BEFORE or numbered) and not fixed_phrase(words, end)
        boundary = boundary and not (word == "that" and any(bare(w).lower() in SAYING_THAT for w in words[:end]))
        if boundary and bare(words[end - 1]).lower() not in DANGLING:
            return " ".join(words[:end]).rstrip(",;:")
    return " ".join(words).rstrip(",;:")


def combined(best: Option, options: list[Option]) -> str | None:
    """One headline for two clauses of one report with different subjects, told as one clause about the one who
    acted: the hero of a mishap ("Ada's train catches on a plinth. Bo sews her back in" → "Bo Sews Ada Back In"), the
    one who acted on another person ("Sal Scoops Up Pip and Runs for the Wings"). Never the two glued with "and"
    ("… Falls Down the Stairs and the Guy Is Ken Abe"): None when the second clause does not act on the first."""
    t, n, c = best.place
    for other in sorted(options, key=lambda o: o.place):
        ot, on, oc = other.place
        if ot != t or not ((on == n and oc > c) or (on == n + 1 and oc == 0)):
            continue
        if [w.lower() for w in other.clause.subject] == [w.lower() for w in best.clause.subject]:
            continue  # the same subject again ("he is being zipped …"): `extend` tells that
        if _possessor(best.clause.subject) and _named(other.clause.subject) and other.people - best.people:
            hero = _hero_clause(best, other)
            if hero is not None:  # "Ada's train catches on a plinth. Bo sews her back in": Bo sews Ada back in
                return hero
        if _named(best.clause.subject) and _named(other.clause.subject) and other.people:
            return _helper_clause(best, other)  # two people, two clauses: one headline about the one who acts
        if _named(best.clause.subject) and not _named(other.clause.subject) and _set_up(best.clause.verb):
            return _done_to(best, other)  # "Lena stepped onto the roof, the hatch slammed shut behind her"
    return None


def _set_up(verb: str) -> bool:
    """Whether a clause only sets up what happens to its subject next: a movement, an approach, a fall."""
    return is_setting(verb) or verb_base(verb) in MISHAPS


def _done_to(first: Option, second: Option) -> str | None:
    """What happened to the one who moved, told with whom it happened to ("Lena Ross stepped onto the roof, the hatch
    slammed shut behind her" → "The Hatch Slams Shut Behind Lena Ross"); None when the second clause's subject is a
    pronoun or it does not point back at the first clause's person with "her", "him" or "them"."""
    subject = second.clause.subject
    if not subject or bare(subject[0]).lower() not in DETERMINERS:
        return None
    words = list(second.words)
    start = len(subject) + 1
    at = next((k for k in range(start, len(words)) if bare(words[k]).lower() in ("her", "him", "them")), None)
    following = bare(words[at + 1]).lower() if at is not None and at + 1 < len(words) else ""
    manner = following.endswith(("ly", "-handed", "-first")) or following == "mid-air"  # ("caught her one-handed")
    if at is None or not (following in {"", *PARTICLES, *CUT_BEFORE} or manner):
        return None  # ("… Behind Her Back": her back, not her)
    told = [*words[:at], *first.clause.subject, *words[at + 1 :]]
    headline = cut(told, MIN_LEN, at + len(first.clause.subject))
    return headline if len(headline) >= MIN_LEN else None


_GIVING = wordset("hand give pass lend offer toss throw slide")
PARTICLES = wordset("up down out off in over back away")
# after "her", a word that makes it whom, never whose ("caught her around the waist", "spun her round")
AROUND = wordset("around round")
_FILLERS = wordset("right there here just")


def giving(word: str) -> bool:
    """ "hands", "gave", "passes": a verb that hands something to someone."""
    third = word.endswith("s") and (word[:-1] in _GIVING or word[:-2] in _GIVING)
    return word in _GIVING or third or verb_base(word) in _GIVING


def _named(subject: list[str]) -> bool:
    """Whether a clause's subject is a name ("Pip Lasalle"), not a thing or a possessed noun."""
    return bool(subject) and all(capitalised(w) and not w.endswith(("'s", "’s")) for w in subject)


def _helper_clause(first: Option, second: Option) -> str | None:
    """When one person's clause is followed by another person's ("Pip was asleep in the prop store. Sal
    scooped him up and ran for the wings"), one clause about the one who acted, naming the other where the
    second clause only points at them: "Sal Scoops Up Pip and Runs for the Wings"; "Ines pulled her boots off
    and handed them over" → "Ines Pulls Her Boots Off for Teddy". Never "X Is Asleep and Y Scoops Him Up".
    None when the second clause does not act on the first person (each stays a headline of its own)."""
    name = first.clause.subject
    words = list(second.words)
    at = len(second.clause.subject) + 1  # the word after the verb
    if fold(" ".join(name)) in fold(" ".join(words)):  # "Sal Scoops Up Pip" (see `object_named`)
        return cut(words, MIN_LEN, second.keep)
    verbs = [words[k + 1] for k in range(at, len(words) - 1) if words[k].lower() in ("and", "then")]
    if not any(giving(bare(w).lower()) for w in verbs):
        return None  # (a verb that gives, never a noun: "asks for a rematch with his left hand" gives nothing)
    head = shortest(second).split()
    while len(head) > at and head[-1].lower() in _FILLERS:
        head.pop()  # "… Her Boots Off Right There"
    return f"{' '.join(head)} for {' '.join(name)}"


def _possessor(subject: list[str]) -> list[str]:
    """The person whose thing a subject is ("Ada Brook's train" → Ada Brook), [] for any other subject."""
    k = len(list(takewhile(capitalised, subject)))
    if 0 < k < len(subject) and subject[k - 1].endswith(("'s", "’s")) and all(w.islower() for w in subject[k:]):
        return [*subject[: k - 1], subject[k - 1][:-2]]
    return []


def _hero_clause(mishap: Option, rescue: Option) -> str | None:
    """A mishap to someone's thing followed by another person's clause that acts on them or on it ("Ada's train
    caught on a plinth. Bo knelt down and sewed her back in") as one headline about the one who helped, naming
    whom they helped: "Bo Sews Ada Back In"; a movement that only leads to the act ("knelt down and") goes. None
    when the rescuer's clause does not point back at the person or the thing."""
    owner, thing = _possessor(mishap.clause.subject), mishap.clause.subject
    words = list(rescue.words)
    verb = len(rescue.clause.subject)
    if len(words) > verb + 3 and bare(words[verb + 1]).lower() in PARTICLES and words[verb + 2].lower() == "and":
        words = [*words[:verb], *words[verb + 3 :]]  # "Kneels Down and Sews …"
    named = words[verb + 1 : verb + 1 + len(owner)]
    if owner and [bare(w).lower() for w in named] == [w.lower() for w in owner]:
        said = next((w for w in rescue.clause.rest[:2] if bare(w).lower() in ("her", "him", "them")), "them")
        words = [*words[: verb + 1], said, *words[verb + 1 + len(owner) :]]  # (the pronoun it was: named below)
    for j in range(verb + 1, min(verb + 2, len(words))):  # the verb's object: "sewed her back in", not "laughed at her"
        w = bare(words[j]).lower()
        whole = [bare(x).lower() for x in words[j : j + 3]] == ["the", "whole", "thing"]
        if whole or w == "everything":  # "spooned the whole thing into teacups": the thing that broke
            words, w = [*words[:j], "it", *words[j + (3 if whole else 1) :]], "it"
        following = bare(words[j + 1]).lower() if j + 1 < len(words) else ""
        # what may follow an object: "sewed her back in", "handed her his own", never "saw it happen"
        if following not in {"", *PARTICLES, *CUT_BEFORE, *DETERMINERS, *_AFTER_OBJECT}:
            return None
        if bare(words[-1]).lower() in _ELLIPTICAL:
            return None  # "handed her his own": his own what, the mishap says
        if w in ("him", "her", "them"):
            told = [*words[:j], *owner, *words[j + 1 :]]
        elif w == "it":
            told = [*words[:j], *thing, *words[j + 1 :]]
        else:
            continue
        after = j + len(told) - len(words) + 1
        told = [*told[:after], *takewhile(lambda x: x.lower() != "and", told[after:])]  # the rescue, not what next
        headline = cut(told, MIN_LEN, min(len(told), after))
        if len(headline) >= MIN_LEN:
            return headline
        # "Jonah Pell Catches Mara Quist" says too little: when the mishap happened, then the hero
        framed = f"when {shortest(mishap)}, {cut(words, MIN_LEN, j + 1)}"
        return framed if len(framed) <= TARGET_LEN else headline
    return None


_ELLIPTICAL = wordset("own one ones")
_AFTER_OBJECT = wordset("my your our into onto from")
