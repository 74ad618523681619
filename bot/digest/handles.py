"""Someone the reports call by a handle nobody introduced ("Bozo shaved off Karim's beard": "Bozo" is on no roster and
no report says who he is to a reader): a reader meets them by what the reports say they are.

A handle is a one-word capitalised name (not a word of any roster name, never written in lower case, not an everyday
word nor a function word) that the story's reports use as someone doing something (a verb or "'s" right after it). Its
role is what any report of the story says they are, to a person of the story: "his cousin Bozo", "Karim's cousin
Bozo", "Bozo, his cousin,", "Bozo is his cousin" (`Handle.role`, with whose: the person named, else the story's lead).

A headline never names a handle: one with a role names them by it ("Bozo Shaves Off Karim Abou Zeid's Beard" →
"Karim Abou Zeid's Cousin Shaves Off His Beard"; `in_headline`); one without is written from copy in which they are
"someone", so a clause about a person of the story heads the item (`unnamed`). A body introduces them at their first
mention by the role ("while his cousin Bozo shaved …"; `Names.body`); a report that introduces them itself ("his
cousin Bozo", "Bozo, his cousin,", "the lift operator, Dennis") is left as written, and so is a handle no report
says anything of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.tagging import is_everyday_word

from .lexicon import NOBODY, NOT_A_SUBJECT, ROLE_NOUNS, STOPWORDS
from .night import NameBook
from .textutil import WORD, fold, wordset
from .verbs import PAST_OF

# who someone is to a person, as chat says it: the roster's roles and the kin and friends a night brings along
_KIN = "cousin|friend|best friend|mate|uncle|aunt|auntie|nephew|niece|neighbour|neighbor|flatmate|roommate|bandmate"
_ROLES = rf"(?:{_KIN}|{ROLE_NOUNS})"
_OWNER = r"(?P<owner>his|her|their|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*['’]s)"
_CANDIDATE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(?=(?:['’]s)?(?: [a-z]|[,;:.!?]))")
_NOT_HANDLES = (
    wordset(
        "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
        "september october november december god mum mom dad later then when while after before during security staff "
        "crew management everyone everybody somebody someone people police either both each"
    )
    | NOBODY
)  # (never "Neither sat down" read as someone called Neither: "Someone Sits Down for an Hour", round 41's breaker)


@dataclass(frozen=True, slots=True)
class Handle:
    name: str  # as the reports write it ("Bozo")
    role: str | None = None  # "cousin"
    owner: str | None = None  # whose: the display name of a person of the story ("Karim Abou Zeid")


def story_handles(texts: Iterable[str], book: NameBook, keys: Iterable[str], lead: str | None) -> dict[str, Handle]:
    """The handles of a story whose reports' copy is `texts`, its people `keys` and its lead `lead` (keys)."""
    if book.roster_words_ is None:  # (once a night: every name of the roster and of the night's people)
        names = [f for forms in book.roster.values() for f in forms] + list(book.display.values())
        book.roster_words_ = frozenset(w for name in names for w in WORD.findall(fold(name)))
    known = book.roster_words_
    people: dict[str, str] = {}
    for k in keys:
        if k in book.display:
            for form in (*book.forms.get(k, ()), book.display[k]):
                people.update((w, book.display[k]) for w in WORD.findall(fold(form)))
    return handles_in(texts, known, people, book.display.get(lead) if lead is not None else None)


def handles_in(
    texts: Iterable[str], known: frozenset[str], people: Mapping[str, str], lead: str | None
) -> dict[str, Handle]:
    """The handles the story's reports (`texts`) use, by name, with their role where a report says it. `known`: the
    folded words of every roster name; `people`: the story's people's display names by the words a report may call
    them by (folded); `lead`: the story's lead's display name (whose "his cousin" is, when the text does not say).
    A handle acts somewhere (a verb in the past or "'s" right after it), is capitalised mid-sentence somewhere or is
    no plural (a word opening sentences only, "Photographers begged", is a word), never follows a determiner ("the
    Pemberton kestrel"), stands alone (not beside another capitalised word: "Best Actress", "the Circle Bar")."""
    texts = [t for t in texts if t]
    joined = "\n".join(texts)
    seen: dict[str, list[re.Match[str]]] = {}
    for m in _CANDIDATE.finditer(joined):
        word = m.group(1)
        before = joined[max(0, m.start() - 30) : m.start()]
        if _CAPITALISED_BEFORE.search(before) or _CAPITALISED_AFTER.match(joined, m.end()):
            continue
        seen.setdefault(word, []).append(m)
    found: dict[str, Handle] = {}
    for word, matches in seen.items():
        folded = fold(word)
        if folded in known or folded in _NOT_HANDLES or folded in STOPWORDS or folded in NOT_A_SUBJECT:
            continue
        if is_everyday_word(word) or re.search(rf"\b{folded}\b", joined) is not None:
            continue  # (a word the reports write in lower case too is a word, not a name)
        if any(_DETERMINER.search(joined, max(0, m.start() - 6), m.start()) for m in matches):
            continue  # "the Pemberton kestrel": a thing's name
        acting = [m for m in matches if _acts(joined, m)]
        if not acting or not (any(_mid_sentence(joined, m.start()) for m in matches) or word[-1] != "s"):
            continue  # ("Photographers begged her": a plural opening a sentence is a word)
        found[word] = _with_role(word, joined, people, lead)
    return found


_DETERMINER = re.compile(r"(?:^|[^\w'’])(?:the|a|an|this|that|his|her|their|its|our|my|your) $", re.I)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
# a verb in the past right after a name, or after its apposition ("Bozo, his cousin, shaved")
_PAST = re.compile(
    r"(?:, [^,.;:!?]{1,40},)? (?:was|were|had|is|[a-z]{2,}ed|" + "|".join(sorted(PAST_OF.values())) + r")\b"
)


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"“'‘([")
    return bool(before) and before[-1] not in ".!?:\n"


def _acts(text: str, m: re.Match[str]) -> bool:
    return text[m.end() : m.end() + 2] in ("'s", "’s") or _PAST.match(text, m.end()) is not None


def _with_role(word: str, text: str, people: Mapping[str, str], lead: str | None) -> Handle:
    w = re.escape(word)
    patterns = (
        rf"\b{_OWNER} (?P<role>(?:[a-z-]+ )?{_ROLES}),? {w}\b",  # "his cousin Bozo", "Karim's old mate Bozo"
        rf"\b{w}, {_OWNER} (?P<role>(?:[a-z-]+ )?{_ROLES}),",  # "Bozo, his cousin,"
        rf"\b{w},? (?:who )?(?:is|was|'s|’s) {_OWNER} (?P<role>(?:[a-z-]+ )?{_ROLES})\b",  # "Bozo is his cousin"
        rf"\b(?P<owner>the) (?P<role>(?:[a-z-]+ ){{0,2}}[a-z-]+),? {w}\b",  # "the lift operator, Dennis"
        rf"\b{w},? (?P<owner>the) (?P<role>(?:[a-z-]+ ){{0,2}}?(?:{_ROLES}|[a-z]{{3,}}(?:er|or|ist|ian|ant|ent)))\b",
    )
    for pattern in patterns:
        m = re.search(pattern, text)
        if m is None:
            continue
        owner = m.group("owner")
        if owner == "the":
            return Handle(word, m.group("role"))
        whose = lead if owner.lower() in ("his", "her", "their") else people.get(fold(owner[:-2]))
        if whose is not None:
            return Handle(word, m.group("role"), whose)
    return Handle(word)


def unnamed(text: str, handles: Mapping[str, Handle]) -> str:
    """`text` with every handle that has no role written "someone" (a headline never names a stranger), or left out
    before what the report says it is ("fed Biscuit the police horse a carrot" → "fed the police horse a carrot")."""
    for name, h in handles.items():
        if h.role is None:
            text = re.sub(rf"(?<![\w'’-]){re.escape(name)},? (?=the [a-z])", "", text)
            text = re.sub(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", "someone", text)
    return text


def in_headline(
    headline: str, handles: Mapping[str, Handle], pronoun: Mapping[str, str], again: Mapping[str, str]
) -> str:
    """A headline with each handle named by its role: "Karim Abou Zeid's Cousin" opening it (the owner's later
    possessive then "His": `pronoun`, by display name), "His Cousin" after the owner opened it, else the owner's
    `again` name's ("Abou Zeid's Cousin")."""
    for name, h in handles.items():
        at = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", headline)
        if at is None or h.role is None:
            continue
        role = " ".join(w.capitalize() for w in h.role.split())
        if h.owner is None:  # "the lift operator, Dennis": "The Lift Operator"
            the = "The" if at.start() == 0 else "the"
            headline = f"{headline[: at.start()]}{the} {role}{headline[at.end() :]}"
            continue
        possessive = _POSSESSIVE.get(pronoun.get(h.owner, ""))
        if at.start() == 0:
            rest = headline[at.end() :]
            owned = f"{h.owner}'s "
            if possessive and owned in rest:
                rest = rest.replace(owned, f"{possessive} ", 1)
            headline = f"{h.owner}'s {role}{rest}"
        elif headline.startswith(h.owner) and possessive:
            headline = f"{headline[: at.start()]}{possessive} {role}{headline[at.end() :]}"
        else:
            headline = f"{headline[: at.start()]}{again.get(h.owner, h.owner)}'s {role}{headline[at.end() :]}"
    return headline


_POSSESSIVE = {"she": "Her", "he": "His", "they": "Their"}
# "Bozo, who is his cousin", "Bozo is his cousin", "Bozo, his cousin,", "Dennis the lift operator"
_SAYS_WHO = re.compile(r",? (?:who )?(?:is|was)\b|,? (?:his|her|their|the|an?|[A-Z][\w'’-]*['’]s) ")


def introduced(text: str, h: Handle, at: int, owner: str | None) -> str:
    """What introduces the handle `h` at its first mention (at `at` in `text`): "" when the text does it already
    ("his cousin Bozo", "Bozo, his cousin,", "Bozo is his cousin" right after), else "his cousin " (`owner`: how
    the sentence may name the owner, "his" or "Abou Zeid's"; none: "the lift operator"); "" too when no report says."""
    before = text[max(0, at - 40) : at]
    after = text[at + len(h.name) : at + len(h.name) + 40]
    if h.role is None or before.endswith((f"{h.role} ", f"{h.role}, ")) or _SAYS_WHO.match(after):
        return ""  # (told already; or nobody says who they are: the name stands as written)
    if re.search(rf"[.!?] {re.escape(h.name)},? (?:who )?(?:is|was) ", text[at:]):
        return ""  # the next sentences say who they are ("… while Bozo shaved it off. Bozo is his cousin.")
    return f"{owner or 'the'} {h.role} "
