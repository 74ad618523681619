"""Whose door was knocked on is whom the act after it is done to: "knocked on the headliner's door and handed him a
jar of chutney" is the headliner handed it ("Nora Kemp Hands the Headliner a Jar …"), "knocked on the dressing room
door of his childhood hero and asked her to sign his arm" is his childhood hero asked ("Felix Ward Asks His
Childhood Hero to Sign His Arm"). A headline never says "Him" or "Her" of nobody it names (`options`)."""

from __future__ import annotations

import re

_OWNER = r"(?P<owner>(?:the|his|her|their|a|an) [\w'’ -]{2,40}?)"
_KNOCKED = r"\bknock(?:ed|s)? (?:on|at) "
_DOORS = (
    re.compile(rf"{_KNOCKED}{_OWNER}['’]s (?:[\w-]+ )?door and (?P<act>\w+) (?P<whom>him|her)\b"),
    re.compile(rf"{_KNOCKED}(?:the|a) (?:[\w-]+ ){{0,2}}door of {_OWNER} and (?P<act>\w+) (?P<whom>him|her)\b"),
)


def door_owner_named(sentence: str) -> str:
    """`sentence` with the "him" or "her" of the act after a knock at someone's door as that someone (see the
    module); as it is otherwise."""
    if "knock" not in sentence:
        return sentence
    for door in _DOORS:
        m = door.search(sentence)
        if m is not None and " and " not in m.group("owner"):
            owner = m.group("owner")
            return sentence[: m.start("whom")] + owner + sentence[m.end("whom") :]
    return sentence
