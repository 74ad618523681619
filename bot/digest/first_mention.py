"""Who someone is, said where the body first names them: a later sentence that introduces the story's people by a
relative clause ("Earlier in the night, Hakobyan and Mirzoyan, who co-directed “The Salt Road” and had not spoken
since they split in 2021, came face to face …") after the opening has named them without it ("Vilen Hakobyan and
Gayane Mirzoyan met at the bar for the second time that night.") has its clause moved to that first naming: the
reader learns why the moment matters before it, not a paragraph after (round 41, Yerevan: "the item reads in
reverse"). Only when the first naming opens its sentence, names the same people in the same order and says nothing
of them already; the clause is the words from "who" to the next comma outside quotes, and what follows it reads on
("came face to face")."""

from __future__ import annotations

import re

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
            tense = clause.replace(" have not ", " had not ").replace(" has not ", " had not ")
            paragraphs = list(paragraphs)
            paragraphs[k] = text[: m.start()] + " " + text[m.end() :]
            if k == at:
                opening = paragraphs[k]
            paragraphs[at] = f"{full}, who {tense}, {opening[len(full) + 1 :]}"
            return paragraphs
    return paragraphs
