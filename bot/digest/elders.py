"""Someone a report calls by what the crowd calls an old person ("a 90 year old nonna", "the old oupa"), and who
that is: the one person of the moment whom a report gives that age beside their name ("G. Bortolin (90)",
"Giuseppina Bortolin, 90,"). Read by `after_passes` (the body names her) and `moments` (the moment is hers)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .lexicon import ELDER_WORDS

ELDER = re.compile(
    rf"(?<![\w'’-])(?:[Aa]n?|[Tt]he) (?:(?P<age>\d{{2,3}})[ -]year[ -]old |old )?(?P<word>{ELDER_WORDS})"
    r"(?![\w'’-])(?!['’]s)(?= [a-z])"
)


def aged(age: str, written: Mapping[str, Iterable[str]], texts: str) -> str | None:
    """The one key of `written` (each person's ways of writing their name) that `texts` give with `age` beside the
    name, in full or with the first name's initial; None when none or more than one fits (a son shares her family
    name: never a guess)."""
    found = []
    for key, names in written.items():
        for name in names:
            parts = name.split()
            if len(parts) < 2:
                continue
            first, last = re.escape(parts[0]), re.escape(parts[-1])
            if re.search(rf"\b(?:{first}|{first[0]}\.) {last}(?:,| \()\s*{age}\b", texts):
                found.append(key)
                break
    return found[0] if len(found) == 1 else None
