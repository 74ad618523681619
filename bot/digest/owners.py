"""A thing told by a contact clause of owning or making, said as its owner's ("hold the plaque his son Yaw Asante had
won" → "hold his son Yaw Asante's plaque", "in the sandals Abena Quaye wore at her wedding" → "in Abena Quaye's
sandals"): a headline cut at the object ("… Asks to Hold the Plaque", `contact`) keeps whose it was, the story. Only
verbs of having won, worn, made or been given a thing, and only an owner who is someone of the moment by name or
a relative of the subject's ("his son", "her grandmother"), or a pronoun ("the award he had won minutes earlier" →
"his award"); what follows the verb is dropped only when it is an
adjunct (a preposition or a time: "at her wedding", "last year"), else the sentence is as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import KIN

_OWNING = (
    "won|wore|made|built|baked|wrote|earned|received|got|bought|knitted|sewed|sewn|designed|owned|carved|painted|"
    "stitched|brought|bequeathed|inherited"
)
_ADJUNCT = (  # (never "for", "to", "with", "by": "the lullaby her mother wrote for the ferrymen" says what it is)
    "at|in|on|during|when|while|before|after|last|years|decades|back|once|ago|earlier|tonight|yesterday|minutes|"
    "hours|moments|seconds"
)


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    kin = "|".join(sorted(KIN, key=len, reverse=True))
    spelt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.strip())
    _word = r"(?!(?:his|her|their|its|my|our|your|that|which|who|whom)\b)[a-z][\w-]*"
    named = rf"(?:{spelt})" if spelt else r"(?!x)x"
    owner = rf"(?:(?:his|her|their) (?:late |old )?(?:{kin})(?: {named})?|{named}|he|she|they)"
    return re.compile(
        rf"\bthe (?P<thing>(?:{_word} ){{0,2}}{_word}) (?P<owner>{owner}) (?:had |has |once |just |had just )?"
        rf"(?P<verb>{_OWNING})\b(?P<tail>(?: (?:{_ADJUNCT})\b[^,.;:!?—–]*)?)(?=[,.;:!?—–]|$)"
    )


# (a text without one of the verbs, a word of its own, is left as it is before its pattern is built: a pattern a
# moment's names, compiled for each new set of them)
_OWNS = re.compile(rf"\b(?:{_OWNING})\b")


def owner_fronted(text: str, names: Sequence[str]) -> str:
    """`text` with each thing a contact clause says someone won, wore or made told as theirs (see the module)."""
    if " the " not in f" {text}" or _OWNS.search(text) is None:
        return text
    return _pattern(tuple(names)).sub(_owned, text)


def _owned(m: re.Match[str]) -> str:
    """A matched thing as its owner's; a pronoun owns only what it won ("the award he had won" → "his award", never
    "the pearls she wore" → "her pearls", whose "her" a headline naming two may read as either's)."""
    if m.group("owner") in _POSSESSIVE and m.group("verb") not in _WINNING:
        return m.group(0)
    return f"{_whose(m.group('owner'))} {m.group('thing')}"


_WINNING = frozenset({"won", "earned", "received"})


_POSSESSIVE = {"he": "his", "she": "her", "they": "their"}


def _whose(owner: str) -> str:
    """An owner's possessive: "Yaw Asante's", "his" for "he" ("the award he had won minutes earlier" → "his award")."""
    return _POSSESSIVE.get(owner, f"{owner}'s")
