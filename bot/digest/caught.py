"""A fall another person of the moment answered, told with the answer when the answer alone is too short (issue 11,
point 3, "the other person's act on the star"): "Bram Holt Catches Nell Ames" (27 characters) and "Nell Ames Slips
on the Wet Stairs" → "Bram Holt Catches Nell Ames as She Slips on the Wet Stairs", never the slip alone. The one who
fell is a "she" or a "he" when the reports say so (their pronoun, `pronouns.genders`, else the only "her" or "him"
the reports use); none otherwise (`caught_named`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .cutting import MAX_LEN
from .headline_check import problem, too_short_only
from .headline_score import actor, flat
from .payoff import MISHAPS, MUNDANE, news_weight, reaction, verb_base
from .textutil import fold

_OBJECT = re.compile(r"\b(her|him|his)\b")


def _pronoun(who: str, gender: Mapping[str, str], texts: Sequence[str]) -> str | None:
    if gender.get(who) in ("he", "she"):
        return gender[who]
    said = {m.group(1) for t in texts for m in _OBJECT.finditer(t)}
    if said == {"her"}:
        return "she"
    return "he" if said and said <= {"him", "his"} else None


def caught_named(
    passing: Sequence[str],
    candidates: Sequence[str],
    names: Sequence[str],
    gender: Mapping[str, str],
    texts: Sequence[str],
) -> tuple[list[str], set[str]]:
    """The answer of another person of the moment to the one fall `passing` tells, only too short alone, told with
    the fall ("… Catches Nell Ames as She Slips on the Wet Stairs") when that passes the gate; and the falls it
    answers (which lose to it)."""
    acts = {h: actor(h, names) for h in passing}
    falls = [h for h, (who, verb) in acts.items() if who in names and verb_base(verb) in MISHAPS]
    fallen = {acts[h][0] for h in falls}
    if len(fallen) != 1:
        return [], set()
    who = next(iter(fallen))
    placed = sorted((f for f in falls if len(f.split()) > len(who.split()) + 1), key=len)
    pronoun = _pronoun(who, gender, texts)
    if not placed or pronoun is None:
        return [], set()
    told = []
    for h in candidates:
        helper, verb = actor(h, names)
        if not helper or fold(who) in fold(helper) or helper not in names or not too_short_only(h, names):
            continue
        if verb_base(verb) in MISHAPS | MUNDANE or reaction(verb, []) or news_weight(verb) < 0 or flat(h, names):
            continue
        rest = h[len(helper) + len(verb) + 2 :]
        if not rest.startswith(who):
            continue  # (the act is on the one who fell: "catches Nell Ames", "pulls Nell Ames up")
        if any(p.startswith(h + " ") for p in passing):
            continue  # (the answer told further passes already: "… Catches Mara Quist Before She Hits the Floor")
        answer = f"{h} as {pronoun} {placed[0][len(who) + 1 :]}"
        if len(answer) <= MAX_LEN and problem(answer, names) is None:
            told.append(answer)
    return told, (set(falls) if told else set())
