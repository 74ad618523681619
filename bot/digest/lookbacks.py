"""Which earlier moment of the lead person an item may tell as a look back ("Earlier in the night, …").

`threads.joins` tells an earlier moment of the lead person that is no setup after the story, as a look back, when it
is nearly as strong (NEARLY_AS_STRONG of its score). A score adds a quote and a reporter's headline to the logarithm
of the votes, so a 10-vote cigarette on the fire escape with a line and a headline reads as 84% of a 30-vote gown
change: the item became the person's file (issue 11 §2: a moment joins only if it continues the story or is nearly as
strong). A look back that shares nothing with the story is nearly as strong only when its readers' votes are near
the lead moment's too: LOOK_BACK_VOTES of them at least (a lead moment nobody voted for asks nothing of them). A
third of the votes (the cigarette) or two fifths (a nap at the sound check before a 60-vote poem) is another story of
the person's night; two thirds (the rehearsal duet with a fan before the 270-vote win, 180) is the night's other big
moment of theirs, told in their one item."""

from __future__ import annotations

import re

from .moments import Moment

LOOK_BACK_VOTES = 0.5  # a share of the lead moment's votes an earlier moment of its person needs to look back on


def looks_back(lead: Moment, earlier: Moment, nearly: bool) -> bool:
    """Whether `earlier` (a moment of `lead`'s person before it, `nearly` as strong by score) is nearly as strong by
    its votes too, and so may be told after the story as a look back. A lead moment that is only a line (`Moment.thin`:
    "overheard", her line about the stairs) asks nothing of their votes: the event it was said about is its story."""
    return nearly and (lead.thin or earlier.votes >= LOOK_BACK_VOTES * lead.votes)


# the lead's count of its meetings ("met at the bar for the second time that night", "2nd time tonight"): the
# first is told after it, as a look back, and the count points at what the reader has not yet been told
_COUNTED = re.compile(r",? (?:for )?(?:the )?(?:second|2nd) time(?: (?:that night|tonight|this evening))?(?=[,.;])")


def uncounted(lead: str, looked_back: bool) -> str:
    """The lead paragraph without its count of a meeting (`_COUNTED`) when an earlier meeting is told after it as a
    look back ("… met at the bar. … Earlier in the night, Hakobyan and Mirzoyan came face to face …": round 45's
    Yerevan reviewer read "for the second time that night" before the first meeting as the story told backwards); as
    it is otherwise."""
    return _COUNTED.sub("", lead, count=1) if looked_back else lead
