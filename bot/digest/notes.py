"""Notes with no verb read as clauses: a name in a room with a named award is the win ("X won Jazz Album"), a name
and a place is "X is on the decks …"."""

from __future__ import annotations

import re

from .clauses import capitalised, name_run
from .cutting import MIN_LEN, PLACE_PREPOSITIONS, cut
from .presenting import plural_subject
from .textutil import wordset

_WITH_AWARD = re.compile(
    r"^(\S+(?:\s+\S+){0,3}?)\s+(?:back\s+|still\s+)?(?:in|at)\s+the\s+(?:[\w-]+\s+){1,3}?"
    r"(?:with|holding|clutching)\s+(?:the|her|his|their)\s+((?:\S+\s+){1,5}?)(?:award|trophy|prize)(?=[,.;:!?]|$)"
)


def win_told(text: str) -> str:
    """A note of a name in a room with a named award ("Ada Brook in the press room with the Jazz Album award,
    …") as the win it tells ("Ada Brook won Jazz Album, …"): the news a headline leads on."""
    m = _WITH_AWARD.match(text)
    if m is None or not all(capitalised(w) for w in (*m.group(1).split(), *m.group(2).split())):
        return text
    return f"{m.group(1)} won {m.group(2).strip()}{text[m.end() :]}"


_WHERE_NEXT = PLACE_PREPOSITIONS | wordset("through thru into onto under with backstage outside")


def note_as_clause(text: str) -> str | None:
    """A note that opens with a name and a place and no verb ("Ada Brook on the decks at the after-party, …")
    as a clause: its first clause with "is" ("Ada Brook Is on the Decks at the After-Party"); None for any
    other note."""
    first = re.split(r"[,;:.!?]\s", text.rstrip(".!?"), maxsplit=1)[0].split()  # "…, grinning": the first clause
    given = _with_copula(first)
    return cut(given, MIN_LEN, min(len(given), 3)) if given is not first else None


def _with_copula(words: list[str]) -> list[str]:
    """A note with no verb ("Ada Brook on the decks at the after-party") as a clause: the name, "is", where."""
    name = name_run(words)
    if not name or len(name) >= len(words) or words[len(name)].lower() not in _WHERE_NEXT:
        return words
    verb = "are" if plural_subject(name) else "is"
    return [*name, verb, *words[len(name) :]]
