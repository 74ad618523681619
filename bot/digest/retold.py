"""One act told once inside a moment: another correspondent's opening sentence that retells it in other words.

Reports of one moment (`moments`) are told from the one that speaks for it; the others give only what it lacks
(`writing._told_reports`). Their content words are no test of that when a second correspondent tells the same act
in other words: "Dara Quinn caught his boot on a monitor cable and fell flat on his back" and "Dara Quinn went down
hard on the stage mid-speech after tripping over a lead" share hardly a word, yet the second is the same fall. A
report's first sentence tells its moment (that is why it was clustered there); when its subject is the person whose
act the told report's first sentence tells, it is that act again, never a second one ("Later, …" or a repeat), and
only a fact it adds (someone not named yet, a number not given) may be taken from it.
"""

from __future__ import annotations

from .acts import actor
from .night import Report


def retells_act(r: Report, chosen: Report) -> bool:
    """Whether report `r`'s first sentence tells the act report `chosen` (the one speaking for their moment) tells:
    another correspondent's, its subject the same person as `chosen`'s ("Dara Quinn went down hard …" beside "Dara
    Quinn caught his boot … and fell flat"). Another person's act in the moment ("Her grandfather wept …") is not."""
    if r is chosen or r.reporter == chosen.reporter:
        return False
    mine = actor(r)
    return mine is not None and mine == actor(chosen)
