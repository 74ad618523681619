"""Who someone is, as the night's reports say it: "The Wrenfield's stage manager Barty Nkemelu came with
her", "Tamsin Okoro-Blythe, Delphine's understudy, signed …". An item introduces a person its readers have
not met by that role at their first mention ("Barty Nkemelu, the Wrenfield's stage manager, texted …")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .hygiene import prose
from .lexicon import ROLE_NOUNS
from .night import NameBook, Report

_POSSESSOR = r"(?:(?:[Tt]he\s+)?[A-Z][\w'’-]+['’]s|[Tt]he)"
_ROLE = rf"{_POSSESSOR}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{ROLE_NOUNS})"
_REPORTS_READ = 60  # a person's reports read for a role, at most (a star's hundreds are not needed)


_ROLE_BEFORE = re.compile(rf"(?<![\w'’])({_ROLE})\s+")  # "the Wrenfield's stage manager " + the name
_ROLE_AFTER = re.compile(rf",\s+({_ROLE}),")  # the name + ", Delphine's understudy,"


def role_in(text: str, name: str) -> str | None:
    """The role a text gives `name` ("the Wrenfield's stage manager"), or None."""
    at = text.find(name)
    if at < 0:
        return None
    for m in _ROLE_BEFORE.finditer(text, max(0, at - 60), at + 1):
        if m.end() == at:
            return _told(m.group(1))
    while at >= 0:
        after = _ROLE_AFTER.match(text, at + len(name))
        if after:
            return _told(after.group(1))
        at = text.find(name, at + 1)
    return None


def _told(role: str) -> str:
    return "the" + role[3:] if role.startswith("The ") else role


def note_roles(book: NameBook, keys: Iterable[str], reports: list[Report], lists: dict[str, list[int]]) -> None:
    """Record in `book.roles` the role the night's English reports give each of these people (the first
    found, in time order)."""
    for key in keys:
        if key in book.roles or key not in book.display:
            continue
        name = book.display[key]
        for i in lists.get(key, [])[:_REPORTS_READ]:
            r = reports[i]
            if name not in r.sighting.what:  # (the cheap test first)
                continue
            role = role_in(prose(r.sighting.what), name)
            if role and r.english:  # (whether it is English last: it works out the report's features)
                book.roles[key] = role
                break
