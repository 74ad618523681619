"""What a moment's second report adds, told as a sentence or not at all (`told_as_sentence`, used by
`copying._told_reports` on each sentence another report adds).

A later report is often typed as a note: "Dalia said yes!! coat check, ring was a paper clip" after "Rafe knelt and
asked Dalia Moss to marry him beside the coat check". Its "Coat check, ring was a paper clip." is shorthand: a bare
noun phrase set before the clause with a comma (no preposition, no verb: where it was, typed again) and a subject
with no article. The head is left out when the told text already says it ("the coat check"), and a bare noun subject
given "the": "The ring was a paper clip."; a head the told text does not say is a fragment nobody can place, and
the sentence is left out (never printed as a fragment)."""

from __future__ import annotations

import re

from .language import FUNCTION_WORDS
from .lexicon import CONNECTIVES
from .night import claim_words
from .textutil import fold
from .verbs import looks_like_verb

# a sentence opening on a bare noun phrase of one to three words, then a comma and a clause in lower case with a
# verb of being or a past tense: "Coat check, ring was a paper clip."
_NOTE_HEAD = re.compile(r"^(?P<head>[A-Z][a-z'’-]+(?: [a-z'’-]+){0,2}), (?P<rest>(?P<first>[a-z'’-]+) [a-z].*)$")
# a note's bare subject and a state with no verb of being: "White sneakers already soaked through."
_BARE_STATE = re.compile(
    r"^(?!(?:The|A|An|His|Her|Their|Its|My|Our|Your|This|That|These|Those|Some|No|One|Two|Both|All)\b)"
    r"(?P<head>[A-Z][a-z'’-]+(?: (?!(?:was|were|is|are|had|has|have|got|been|and|but)\b)[a-z'’-]+){1,2}) "
    r"(?:already|still|now|all) [a-z]+ed\b"
)
_CLAUSE_VERB = re.compile(r"\b(?:was|were|had|is|are|[a-z]{3,}ed)\b")
_DETERMINED = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "my",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "there",
        "one",
        "some",
        "every",
        "no",
    ]
)
_ENGLISH = FUNCTION_WORDS["en"]
_OPENERS = frozenset(c.lower() for c in CONNECTIVES if " " not in c) | frozenset(
    [
        "backstage",
        "onstage",
        "offstage",
        "outside",
        "inside",
        "upstairs",
        "downstairs",
        "overhead",
        "afterwards",
        "meanwhile",
        "tonight",
        "earlier",
        "later",
        "again",
        "still",
        "then",
        "now",
        "there",
        "here",
    ]
)


def _bare_head(head: str) -> bool:
    """Whether a sentence's head before its comma is a bare noun phrase: no function word, connective, adverb in
    -ly or verb ("Coat check", "Fire exit"; never "Backstage", "Minutes later", "Still shaking")."""
    words = [w.lower() for w in head.split()]
    if words[-1].endswith("ing"):
        return False  # (a participle: "Still shaking, she …"; "Loading dock" is a place)
    return not any(
        w in _ENGLISH or w in _OPENERS or w.endswith("ly") or looks_like_verb(w, after_name=False) for w in words
    )


def told_as_sentence(sentence: str, told: str, name_words: frozenset[str]) -> str | None:
    """A sentence another report adds, as it may be told: its note's head left out and a bare subject given "the"
    when the told text already says the head ("Coat check, ring was a paper clip." → "The ring was a paper
    clip."), None when the head says what nothing told does (a fragment), the sentence as it is otherwise."""
    bare = _BARE_STATE.match(sentence)
    if bare is not None and not {fold(w) for w in bare.group("head").split()} & name_words:
        return None  # "White sneakers already soaked through.": a note with no verb of its own (round 49, Zurich)
    m = _NOTE_HEAD.match(sentence)
    if m is None or not _CLAUSE_VERB.search(m.group("rest")) or not _bare_head(m.group("head")):
        return sentence
    head_words = {fold(w) for w in m.group("head").split()}
    if head_words & name_words:
        return sentence  # (a name before the comma: "Dalia, ring in hand, …" is no place note)
    said = claim_words(m.group("head"))
    if not said:
        return sentence
    if not said <= claim_words(told):
        return None
    rest, first = m.group("rest"), m.group("first")
    if first not in _DETERMINED and first not in _ENGLISH and not looks_like_verb(first, after_name=False):
        rest = f"the {rest}"
    return rest[:1].upper() + rest[1:]
