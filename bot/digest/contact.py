"""A clause pasted whole after a headline's object: a contact clause, "the step [that] X missed earlier", kept from
the report ("Yoan Berel Misses the Bottom Step Lio Castel Missed Earlier"): its own subject, someone named, and its
own verb in the past, no "that" or "which" before it (never one whose subject is "he" or "she": "Reads a Poem He
Wrote About His Mother" is what the poem is, and names nobody the reader does not know). The
gate refuses such a headline (`headline_check.problem`) and the writer offers it cut at the object ("Yoan Berel
Misses the Bottom Step": `before_pasted_clause`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .cutting import DETERMINERS
from .lexicon import KIN, PEOPLE
from .textutil import fold, wordset
from .verbs import AMBIGUOUS, IRREGULAR, PAST_AUXILIARIES, base_form

_EDGE = ",;:—–(\"“'‘.!?”’)"
_OPENS_NOUN = DETERMINERS | wordset("this that these those")  # the object's first word
_NOUN_WORDS = 4  # "the bottom step | Lio Castel": the object's words after its determiner, at most
# words that end a noun phrase or link a clause: a name after them is no contact clause's subject
_NOT_A_NOUN = wordset(
    """
    to with for from by at of on in into onto and or but as than like beside behind about that which who whom whose
    where when while then so after before until
    """
)


def _bare(word: str) -> str:
    return word.strip(_EDGE).replace("’", "'")


def _past(word: str) -> bool:
    """A verb in the past by its form ("missed", "walked", "had", "fell"), not one that is also a noun ("set",
    "cut")."""
    w = _bare(word).lower()
    if w in AMBIGUOUS or not w.isalpha():
        return False
    return w in PAST_AUXILIARIES or w in IRREGULAR or (w.endswith("ed") and len(w) > 3 and base_form(w) is not None)


def _subjects(words: Sequence[str], names: Sequence[str]) -> list[tuple[int, int]]:
    """Where a name of the moment (or, in a sentence-case headline, a run of two capitalised words) stands, as
    (first word, length), after the headline's first word."""
    folded = [fold(_bare(w)) for w in words]
    known = sorted({tuple(fold(_bare(w)) for w in n.split()) for n in names if n.strip()}, key=len, reverse=True)
    sentence_case = any(w[:1].islower() and len(_bare(w)) > 3 for w in words[1:])
    found: list[tuple[int, int]] = []
    for i in range(1, len(words)):
        name = next((len(n) for n in known if tuple(folded[i : i + len(n)]) == n), 0)
        if not name and sentence_case and i + 1 < len(words) and words[i][:1].isupper() and words[i + 1][:1].isupper():
            name = 2
        if name:
            found.append((i, name))
    return found


@lru_cache(maxsize=4096)  # (asked of each candidate by the writer and by the gate)
def _pasted_at(headline: str, names: tuple[str, ...]) -> int | None:
    if any(q in headline for q in '“”"'):
        return None  # (a quotation's words are the speaker's)
    words = headline.split()
    for at, length in _subjects(words, names):
        end = at + length
        if end >= len(words) or not _past(words[end]) or words[end - 1].endswith((",", ";", ":", "'s", "’s")):
            continue
        before = [_bare(w).lower() for w in words[max(1, at - _NOUN_WORDS - 1) : at]]
        opener = max((k for k, w in enumerate(before) if w in _OPENS_NOUN), default=None)
        if opener is None or opener == len(before) - 1 or words[at - 1].endswith((",", ";", ":")):
            continue  # no object before it, or "the" right before the name ("… With the Ada Brook")
        if any(w in _NOT_A_NOUN for w in before[opener + 1 :]):
            continue  # "… Hands the Cup to Ada Brook", "… the Step That Ada Missed": a phrase or a relative's own
        if before[-1] in KIN | PEOPLE:
            continue  # "… Says His Mum Lena Quist Had Promised …": who she is, then her name, the clause's subject
        return at
    return None


def pasted_clause(headline: str, names: Sequence[str] = ()) -> int | None:
    """The word at which a clause with its own subject and past verb runs on from the headline's object ("Ines Garo
    Walks Into the Glass Door Rafe Colt Walked Into Earlier": 7, Rafe), None when none does."""
    return _pasted_at(headline, tuple(names))


def before_pasted_clause(headline: str, names: Sequence[str] = ()) -> str:
    """The headline cut at its object when a clause is pasted on after it (`pasted_clause`: "… Walks Into the Glass
    Door"); as it is otherwise."""
    at = pasted_clause(headline, names)
    return headline if at is None else " ".join(headline.split()[:at])
