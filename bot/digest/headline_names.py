"""A person as a headline names them (`headline_name`: "Ilse Varga-Lindqvist" for Prof. Dr. Ilse Marta
Varga-Lindqvist, "Luc Perrin Jr." for "Luc Perrin, fils"), the names a headline writes shorter (`shortened`), and a
father and son together as "Luc Perrin and His Father" (`_generation_of`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .textutil import fold, generational, honorific, kept_title, name_parts, patronymic_given

# a generational suffix as a headline writes it, folded ("Luc Perrin, fils" → "Luc Perrin Jr.")
_GENERATION_SHOWN = {"pere": "Sr.", "sr": "Sr.", "st": "Sr.", "fils": "Jr.", "jr": "Jr.", "junior": "Jr.", "ml": "Jr."}
_ELDER = frozenset({"pere", "sr", "st"})
_RELATED = re.compile(r"\bhis (?:father|son)\b", re.I)  # (already told so: "Walks Up to His Father")
_YOUNGER = frozenset({"fils", "jr", "junior", "ml"})


@lru_cache(maxsize=1024)
def headline_name(name: str, family_first: bool = False, again: str | None = None) -> str:
    """A person as a headline names them: without the titles before the name ("Prof. Dr."; a title the article
    names them again by stays: "Sir", "Dame", `kept_title`), and, for a name that had such a title or has four
    words or more, by its first given name and the family name ("Prof. Dr. Ilse Marta Varga-Lindqvist" → "Ilse
    Varga-Lindqvist", "Sir Anthony Baptiste Okafor-Reyes" → "Sir Anthony Okafor-Reyes"; two Spanish surnames by
    the first: "María José Hernández López" → "María José Hernández"), so the payoff fits; a generational suffix
    after a comma goes after the name, never a comma before the verb ("Luc Perrin, fils" → "Luc Perrin Jr.", "Luc
    Perrin, père" → "Luc Perrin Sr.", "Amos Dube, Jr." → "Amos Dube Jr."). A name with a title of a place
    ("Vivienne, Duchess of Deptford") or no family name stays as it is. `again`: the one word of the name the
    article names them again by, when the roster says so (`roles`): the first of two surnames, up to which the
    headline names them ("Ana Belén Carrasco Villar", again "Carrasco" → "Ana Belén Carrasco"). A Malay name by its
    given names, never its father's ("Kamal Ariffin" for Dato' Sri Kamal Ariffin bin Zainal: `patronymic_given`)."""
    given = patronymic_given(name)
    if given is not None:
        return given
    words = name.replace(",", " , ").split()
    suffix = ""
    if len(words) > 2 and generational(words[-1]):
        suffix = _GENERATION_SHOWN.get(fold(words[-1]).rstrip("."), words[-1])
        words = words[:-2] if words[-2] == "," else words[:-1]
    kept = words[0] if len(words) > 2 and kept_title(words[0]) else ""
    words = words[1:] if kept else words
    titled = bool(kept)
    while len(words) > 2 and honorific(words[0]):
        words, titled = words[1:], True
    if "," in words:
        return name
    core = " ".join(words)
    if not titled and len(words) >= 4 and again in words[1:-1]:
        return " ".join(filter(None, (kept, " ".join(words[: words.index(again) + 1]), suffix)))
    if titled or len(words) >= 4:
        parts = name_parts(core, family_first)
        if parts is None:
            return name
        given, family = parts
        if not core.endswith(family):  # two Spanish surnames: the given names and the first
            core = f"{given} {family}"
        else:
            core = f"{family} {given.split()[0]}" if family_first else f"{given.split()[0]} {family}"
    return " ".join(filter(None, (kept, core, suffix)))


def shortened(names: Iterable[str]) -> dict[str, str]:
    """The names of `names` a headline writes shorter (`headline_name`), by the name, without a generational suffix
    (whose comma the copy goes on with: "Luc Perrin, fils, ordered"): what the headline's clause is cut to fit with."""
    return {n: short for n in names if (short := headline_name(n)) != n and _generation(n) is None}


def _generation(name: str) -> tuple[str, str] | None:
    """A name's core and its generational suffix, folded ("Luc Perrin, père" → ("luc perrin", "pere"))."""
    words = name.replace(",", " , ").split()
    if len(words) < 3 or not generational(words[-1]):
        return None
    core = words[:-2] if words[-2] == "," else words[:-1]
    return fold(" ".join(core)), fold(words[-1]).rstrip(".")


def _generation_of(first: str, other: str) -> str | None:
    """The relation a headline names `other` by after `first`, when they are father and son sharing a name
    ("Luc Perrin, fils" and "Luc Perrin, père": "His Father"); None otherwise."""
    a, b = _generation(first), _generation(other)
    if a is None or b is None or a[0] != b[0]:
        return None
    if a[1] in _YOUNGER and b[1] in _ELDER:
        return "His Father"
    if a[1] in _ELDER and b[1] in _YOUNGER:
        return "His Son"
    return None


def _without_generation(name: str) -> str:
    """A headline's name without its generational suffix ("Luc Perrin Jr." → "Luc Perrin")."""
    head, _, last = name.rpartition(" ")
    return head if head and (last in _GENERATION_SHOWN.values() or generational(last)) else name


# what joins a second person to the first in one subject ("Dulce Amaral and K-Pop's Han Ji-woo Swap …")
_SHARING = re.compile(r" (?:and|&) (?:[A-Z][\w'’-]*['’]s )?")
