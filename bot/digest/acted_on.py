"""A sentence opening on "He" or "She" right after one whose subject, another person of that pronoun, did something
to "him" or "her": the reader takes the pronoun for that subject, the writer meant the one acted on. "Aram Vardanyan,
the head of security, stood beside him and did not stop him. He played his father's lullaby …" makes the security chief
the pianist (round 41, Yerevan); the item's lead person, the one "him" stands for, is named there instead: "…
Aghababyan played his father's lullaby …". Only when the story's lead has that pronoun and the sentence before does
not name them (then "him" is them, and so is the "He" the writer meant) nor anyone else of the story ("took
Vardanyan by the arm and led him away. He was back …": "him" is Vardanyan, and "He" may be the one who led him); the
subject's own pronoun may be unknown (a subject of the other pronoun, known, leaves "He" no doubt)."""

from __future__ import annotations

import re
from itertools import pairwise

from .clauses import sentences
from .quoted import Hidden

_OPENS_ON = re.compile(r"^(?P<pronoun>He|She) (?=[a-z])")
# the object pronoun outside quotes ("stood beside him", "did not stop her."): "her" only where it cannot own a noun
_ACTED_ON = {"he": re.compile(r"\bhim\b"), "she": re.compile(r"\bher(?=[.,;!?]| and\b| or\b| but\b|$)")}
_QUOTED = re.compile(r"“[^”]*”")


def _named_in(name: str, text: str) -> bool:
    """Whether a sentence names a person by their name or its last word ("Vardanyan" of "Aram Vardanyan")."""
    return name in text or re.search(rf"\b{re.escape(name.split()[-1])}\b", text) is not None


def acted_on_named(
    paragraph: str, lead: str, lead_again: str, pronoun: str | None, others: dict[str, str | None]
) -> str:
    """`paragraph` with each "He"/"She" opening a sentence after one whose subject is another person of that pronoun
    who acts on "him"/"her" told by the lead's name as the body writes it again (`lead_again`). `lead`: the lead's
    name as printed; `pronoun`: the lead's, where the night says it; `others`: every other person of the story, their
    name as printed → their pronoun, None where the night does not say it (a subject that may be of the lead's
    pronoun: "Aram Vardanyan … stood beside him" leaves "He" either of two)."""
    if pronoun not in _ACTED_ON or not others:
        return paragraph
    hidden = Hidden(single=False)
    said = [hidden.show(s) for s in sentences(hidden.hide(paragraph))]
    told = said[:1]
    for prev, cur in pairwise(said):
        opening = _OPENS_ON.match(cur)
        if opening is not None and opening.group("pronoun").lower() == pronoun:
            outside = _QUOTED.sub(" ", prev)
            subject = next(
                (name for name, p in others.items() if p in (pronoun, None) and outside.startswith(name)),
                None,
            )
            lead_words = {lead, lead_again}
            named = [n for n in others if n != subject and _named_in(n, outside)]
            if (
                subject is not None
                and not any(w and w in outside for w in lead_words)
                and not named  # ("… took Vardanyan by the arm and led him away. He was back …": "him" is Vardanyan)
                and _ACTED_ON[pronoun].search(outside[len(subject) :]) is not None
            ):
                cur = f"{lead_again} {cur[opening.end() :]}"
        told.append(cur)
    return " ".join(told)
