"""A stuck lift's headline: the people a report says were shut in a lift that stopped between floors — "Florencia Da
Silva and Caio Brandão Sing in a Stuck Freight Lift", "Pau de l'Olivera and Rosa Ventura Get Stuck in the Goods Lift".

Night writers and correspondents tell it the way it happened, with the lift as the sentence's subject ("The old
freight lift … stopped between floors at about 21:27 with the singer Florencia Da Silva, the Brazilian guest presenter
Caio Brandão and a waiter inside"): no clause of that sentence has a person as its subject, and the writer headed the
pinned 290-vote rescue with a detail of a later one ("… Teaches Caio Brandão a Candombe", round 46, Montevideo). The
people are the subject here: the roster names inside the "with … inside" span, in the report's order, three at most
(two when three would run over the length);
and when a later sentence says the ones inside sang, that is what they did in it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import named_in_order
from .cutting import TARGET_LEN
from .textutil import wordset

_LIFT = r"(?P<kind>(?:[\w-]+ ){0,3})(?P<lift>lift|elevator)"
_STOPPED = r"(?:has |had |have |was |got |is )?(?:stuck|stopped|stalled|jammed|broke down|broken down)"
# "The old freight lift that runs from the dock to the terrace stopped between floors … with A, B and a waiter inside"
_STUCK = re.compile(
    rf"\b[Tt]he {_LIFT}\b[^.;!?]*?\b{_STOPPED}\b[^.;!?]*?\bwith (?P<who>[^.;!?]*?) (?:inside|in it|on board)\b"
)
# what kind of lift: "freight", "goods", "service", "stage", "cargo" (never "old", "tiny")
_KINDS = wordset("freight goods service stage cargo staff kitchen")
# the ones inside sang: "the three of them sang", "they sang", "… and sang"
_SANG = re.compile(
    r"\b(?:they|the (?:two|three|four)(?: of them)?|all of them|everyone inside)\b[^.;!?]{0,40}?\bsang\b",
    re.IGNORECASE,
)


def stuck_headline(text: str, names: Sequence[str], lead: str | None) -> str | None:
    """The headline of the people shut in a stuck lift (see the module's docstring), in title case; None when the
    report tells no such lift, or names none of the moment's people inside it, or the moment's lead was not inside
    (the old man who tapped on its door: his moment, round 32's Barcelona)."""
    found = _STUCK.search(text)
    if found is None:
        return None
    inside = named_in_order(found.group("who"), names)
    if not inside or (lead is not None and lead not in inside):
        return None
    kind = next((w.capitalize() for w in found.group("kind").split() if w.lower() in _KINDS), "")
    lift = f"{kind} {found.group('lift').capitalize()}".strip()
    plural = len(inside) > 1  # ("with Pim Sorensen and his trophy inside": he Gets Stuck, breaker 61)
    sang = _SANG.search(text[found.end() :]) is not None
    for named in (inside[:3], inside[:2]):  # all three when they fit, never one of three dropped for no reason
        people = f"{', '.join(named[:-1])} and {named[-1]}" if len(named) > 1 else named[0]
        if sang:
            told = f"{people} {'Sing' if plural else 'Sings'} in a Stuck {lift}"
        else:
            told = f"{people} {'Get' if plural else 'Gets'} Stuck in the {lift}"
        if len(told) <= TARGET_LEN:
            return told
    return told
