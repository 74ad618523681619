"""`retellings.retells`'s cheapest necessary tests, asked by the builder before it: a story's builder asks of every
moment about to be told whether it retells each moment told so far (`_Builder.told_in`), most pairs hours apart or
about other people. The answer is the same; only the pairs that may retell are read word by word."""

from __future__ import annotations

from .moments import Moment
from .retellings import RETELL_SECONDS, by_initial
from .writeups import WRITE_UP_SECONDS

_WINDOW = max(RETELL_SECONDS, WRITE_UP_SECONDS)  # (a retelling, or a note's write-up: the wider of the two)


def may_retell(told: Moment, other: Moment) -> bool:
    """False when `other` cannot retell `told` (`retells`): they share no person (a retelling's people are some of
    the moment's, a write-up's its note's), or no report of one is within the wider window (`_WINDOW`) of a report
    of the other. True when `retells` must be asked."""
    if other is told:
        return False
    people = told.people  # (a few names each: looks in a tuple, no set built per pair)
    for k in other.people:
        if k in people:
            break
    else:
        if not by_initial(told, other):
            return False  # (no person in common, or none at all)
    times = [r.ts for r in told.reports]
    first, last = min(times) - _WINDOW, max(times) + _WINDOW
    return any(first <= r.ts <= last for r in other.reports)
