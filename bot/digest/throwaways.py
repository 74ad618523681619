"""A bystander's throwaway line is no beat of another person's story (issue 11: "filler never joins").

A line a follow-up carries gives it weight (`threads.weighs`) when it is the story's: said by one of its people.
"She's tough.", filed with nothing else by a correspondent, no votes, said by someone the story is not about (the
dresser of the star's mishap, a friend at her side), is a remark, not what happened next: printed as a follow-up it
reads "Minutes later, in the wings, Lund said: “She's tough.”", a line with nothing behind it. It gives no weight.
A line of the story's own person, a line readers voted for, or a longer one is unchanged.
"""

from __future__ import annotations

from .hygiene import word_count
from .matching import frames_only
from .moments import Moment
from .night import Report

THROWAWAY_WORDS = 4  # a line of at most this many words...


def throwaway(r: Report, lead: Moment) -> bool:
    """Whether report `r`'s quote is a bystander's throwaway beside moment `lead`: no votes, no key mark nor pin, a
    quote of at most THROWAWAY_WORDS words, a note that only frames it (a place, no act), said by someone who is not
    the person `lead` is about."""
    s = r.sighting
    if s.votes or s.key or r.pin is not None or not s.quote or word_count(s.quote) > THROWAWAY_WORDS:
        return False
    if r.speaker is None or r.speaker == lead.lead:
        return False
    return frames_only(r)
