"""A person named in two sentences in a row is a pronoun the second time: "Quarles won Best Actress. She came
off still flossed", "… the halo stays,” Marsh said. She stood there …", "“Four espressos,” he said."

A person's pronoun comes from how the night's reports about them alone speak of them ("her cue", "his
drummer"): only when they all agree; a group called "The …s" is "they" ("The Velvet Rooks' drum got left in
the van. They borrowed one"). Nobody else of the story may be named in the sentence before (the pronoun would
be ambiguous), and a one-word name or another band's name is never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from .clauses import sentences
from .lexicon import CONNECTIVE_HEAD
from .night import Report

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_CONNECTIVE = rf"(?:{CONNECTIVE_HEAD}, )?"
_SAID = r"(said|added)\."
_POSSESSIVE = {"she": "Her", "he": "His", "they": "Their"}


def pronoun_of(reports: Iterable[Report], key: str) -> str | None:
    """ "she" or "he" when every report naming only this person (outside quoted speech) says one and never
    the other; None otherwise."""
    she = he = 0
    for r in reports:
        if r.names != (key,):
            continue
        text = _QUOTED.sub(" ", r.sighting.what or "")
        she += len(_SHE.findall(text))
        he += len(_HE.findall(text))
    if she and not he:
        return "she"
    if he and not she:
        return "he"
    return None


def _subject(sentence: str, name: str) -> bool:
    """Whether the sentence is about `name` (a surname): it opens with them (named in full or not) or ends
    with them saying something."""
    n = re.escape(name)
    return bool(
        re.match(rf"{_CONNECTIVE}(?:[A-Z][\w'’-]* )?{n}(?:'s|’s|'|’)?\s", sentence)
        or re.search(rf"”\s{n}\s{_SAID}$", sentence)
    )


def _outside_quotes(sentence: str) -> str:
    return _QUOTED.sub(" ", sentence)


def with_pronouns(paragraph: str, pronouns: dict[str, str], others: Iterable[str]) -> str:
    """`paragraph` with a person named again in the next sentence replaced by their pronoun. `pronouns`:
    each person's name as the body writes it again (the surname) and their pronoun; `others`: every name
    of the story's people (full names and surnames), so a sentence naming two people is seen as such."""
    said = sentences(paragraph)
    if len(said) < 2 or paragraph.count("“") != paragraph.count("”"):
        return paragraph
    names = [n for n in others if n]
    out = [said[0]]
    for prev, cur in pairwise(said):
        for name, pronoun in pronouns.items():
            if not _subject(prev, name):
                continue
            rest = _outside_quotes(prev).replace(name, " ")
            if any(other in rest for other in names if other not in name):
                continue  # "Arroyo sewed Quarles back in": "she" would be either
            n = re.escape(name)
            possessive = _POSSESSIVE[pronoun]
            if owner := re.match(rf"{n}(?:'s|’s|'|’)(?=\s)", cur):
                cur = possessive + cur[owner.end() :]
            elif re.match(rf"{n}\s[a-z]", cur):
                cur = pronoun.capitalize() + cur[len(name) :]
            else:
                cur = re.sub(rf"(”\s){n}(\s{_SAID})$", rf"\g<1>{pronoun}\2", cur)
            break
        out.append(cur)
    return " ".join(out)
