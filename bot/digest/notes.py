"""Notes with no verb read as clauses: a name in a room with a named award is the win ("X won Jazz Album"), a name
with someone and what they were doing is that act, done with them ("X walked the carpet with Y"), a name and a place
is "X is on the decks …", and one of what they have on is what they wear ("X wears full knight cosplay on the
carpet")."""

from __future__ import annotations

import re

from .clauses import capitalised, name_run
from .cutting import MIN_LEN, PLACE_PREPOSITIONS, cut
from .places import PLACE_WORDS
from .presenting import plural_subject
from .textutil import wordset
from .verbs import base_form, past_tense

_WITH_AWARD = re.compile(
    r"^(\S+(?:\s+\S+){0,3}?)\s+(?:back\s+|still\s+)?(?:in|at)\s+the\s+(?:[\w-]+\s+){1,3}?"
    r"(?:with|holding|clutching)\s+(?:the|her|his|their)\s+((?:\S+\s+){1,5}?)(?:award|trophy|prize)(?=[,.;:!?]|$)"
)


def note_told(text: str) -> str:
    """A note with no verb as the act it tells, for a headline's clause (the text as it is otherwise): a name in a
    room with a named award is the win ("Ada Brook in the press room with the Jazz Album award, …" → "Ada Brook won
    Jazz Album, …"); a name with someone, then what they were doing ("Lina Marsh with drummer boy Joss Penn, both
    walking carpet together, …") is that act, done with them ("Lina Marsh walked the carpet with drummer boy Joss
    Penn, …"), a place noun given its article."""
    m = _WITH_AWARD.match(text)
    if m is not None and all(capitalised(w) for w in (*m.group(1).split(), *m.group(2).split())):
        return f"{m.group(1)} won {m.group(2).strip()}{text[m.end() :]}"
    m = _WITH_DOING.match(text)
    base = base_form(m.group("doing")) if m is not None else None
    done = past_tense(base) if base is not None else None
    if m is None or done is None or not all(capitalised(w) for w in m.group("name").split()):
        return text
    what = m.group("what").split()
    if what and what[-1] in _TOGETHER:
        what = what[:-1]  # ("walking carpet together" with someone: together)
    if what and what[0] in PLACE_WORDS:
        what = ["the", *what]  # "walking carpet": the carpet
    return " ".join([m.group("name"), done, *what, "with", m.group("with")]) + text[m.end() :]


# "Lina Marsh with drummer boy Joss Penn, both walking carpet together": the act, and whom it was done with
_WITH_DOING = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) with (?P<with>[^,;:.!?“”\"]{3,60}),"
    r" (?:(?:both|together|all|now) )?(?P<doing>[a-z]+ing)\b(?P<what>[^,;:.!?“”\"]{0,60})(?=[,;:.!?]|$)"
)
_TOGETHER = wordset("together")


_WHERE_NEXT = PLACE_PREPOSITIONS | wordset("through thru into onto under with backstage outside")


def note_as_clause(text: str) -> str | None:
    """A note that opens with a name and a place and no verb ("Ada Brook on the decks at the after-party, …")
    as a clause: its first clause with "is" ("Ada Brook Is on the Decks at the After-Party"); None for any
    other note."""
    first = re.split(r"[,;:.!?]\s", text.rstrip(".!?"), maxsplit=1)[0].split()  # "…, grinning": the first clause
    given = _with_copula(first)
    return cut(given, MIN_LEN, min(len(given), 3)) if given is not first else None


def _with_copula(words: list[str]) -> list[str]:
    """A note with no verb ("Ada Brook on the decks at the after-party") as a clause: the name, "is", where; one
    that says what the person has on ("Lola Vance on the carpet in full knight cosplay") tells that: the name,
    "wears", the outfit, where ("Lola Vance Wears Full Knight Cosplay on the Carpet"), not only where they were."""
    name = name_run(words)
    if not name or len(name) >= len(words) or words[len(name)].lower() not in _WHERE_NEXT:
        return words
    plural = plural_subject(name)
    rest = words[len(name) :]
    worn = _worn(rest)
    if worn is not None:
        start, end = worn
        return [*name, "wear" if plural else "wears", *rest[start:end], *rest[: start - 1], *rest[end:]]
    return [*name, "are" if plural else "is", *rest]


_ATTIRE = wordset(
    "cosplay costume costumes dress gown suit tux tuxedo armour armor jacket blazer hat mask heels sneakers trainers "
    "jumpsuit robe kimono sari hanbok onesie pyjamas pajamas hoodie outfit uniform cape wig sequins boots tiara "
    "sunglasses shades overalls apron suits dresses gowns masks hats wigs capes jackets costumes"
)
_ATTIRE_WORDS = 4  # "in full knight cosplay", "in a borrowed velvet tux": the outfit named within a few words


def _worn(words: list[str]) -> tuple[int, int] | None:
    """Where "in <an outfit>" is among a note's words (the outfit's first word and the one after its noun)."""
    for at, word in enumerate(words):
        if word.lower() != "in":
            continue
        for end in range(at + 1, min(at + 1 + _ATTIRE_WORDS, len(words))):
            if words[end].lower().strip(",.;:!?") in _ATTIRE:
                return at + 1, end + 1
    return None
