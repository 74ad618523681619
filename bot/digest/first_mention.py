"""Who someone is, said where the body first names them: a later sentence that introduces the story's people by a
relative clause ("Earlier in the night, Hakobyan and Mirzoyan, who co-directed “The Salt Road” and had not spoken
since they split in 2021, came face to face …") after the opening has named them without it ("Vilen Hakobyan and
Gayane Mirzoyan met at the bar for the second time that night.") has its clause moved to that first naming: the
reader learns why the moment matters before it, not a paragraph after (round 41, Yerevan: "the item reads in
reverse"). Only when the first naming opens its sentence, names the same people in the same order and says nothing
of them already, nor what the clause says ("who lost Pop Album to Qasımova" before "… applauded when Qasımova's name
was read for Pop Album"); the clause is the words from "who" to the next comma outside quotes, and what follows it
reads on ("came face to face")."""

from __future__ import annotations

import re

from .clauses import sentences
from .lexicon import STOPWORDS
from .textutil import alnum_words, fold

_WHO = re.compile(r", who (?P<clause>[^,“”]*(?:“[^”]*”[^,“”]*)*), (?=[a-z])")


def _spans(people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each way the body may name one or two of the people later (by the name it writes again) → how it named them
    first (as printed): "Mirzoyan" → "Gayane Mirzoyan", "Hakobyan and Mirzoyan" → "Vilen Hakobyan and Gayane
    Mirzoyan"."""
    spans = [(again, full) for full, again in people if again and full]
    spans += [
        (f"{a_again} and {b_again}", f"{a} and {b}")
        for a, a_again in people
        for b, b_again in people
        if a != b and a_again and b_again
    ]
    return sorted(spans, key=lambda s: -len(s[0]))


_SAID_WORDS = 2  # content words a clause shares with the opening sentence: it says what that sentence says


def _says_it_already(clause: str, opening: str) -> bool:
    """Whether the opening's first sentence tells what the clause would add (two of its content words)."""
    first = next(iter(sentences(opening)), "")
    words = {w for w in alnum_words(fold(clause)) if len(w) > 3 and w not in STOPWORDS}
    return len(words & set(alnum_words(fold(first)))) >= _SAID_WORDS


def identified_first(paragraphs: list[str], people: list[tuple[str, str]]) -> list[str]:
    """The body's paragraphs with a relative clause introducing the story's people later moved to where the opening
    paragraph's first sentence names them (`people`: each person's name as printed and as written again)."""
    at = next((k for k, p in enumerate(paragraphs) if p), None)
    if at is None or len(people) == 0:
        return paragraphs
    opening = paragraphs[at]
    for k in range(at, len(paragraphs)):
        text = paragraphs[k]
        for m in _WHO.finditer(text):
            before = text[: m.start()]
            found = next(((later, full) for later, full in _spans(people) if before.endswith(later)), None)
            if found is None:
                continue
            later, full = found
            if not opening.startswith(f"{full} ") or not re.match(r"[a-z]", opening[len(full) + 1 :]):
                continue  # (the first naming does not open its sentence with them, or says something of them)
            if k == at and m.start() - len(later) == 0:
                continue  # (it is the first naming)
            clause = m.group("clause")
            if _says_it_already(clause, opening):
                continue  # ("who lost Pop Album to Qasımova" before "… when Qasımova's name was read for Pop Album")
            tense = clause.replace(" have not ", " had not ").replace(" has not ", " had not ")
            paragraphs = list(paragraphs)
            paragraphs[k] = text[: m.start()] + " " + text[m.end() :]
            if k == at:
                opening = paragraphs[k]
            paragraphs[at] = f"{full}, who {tense}, {opening[len(full) + 1 :]}"
            return paragraphs
    return paragraphs
