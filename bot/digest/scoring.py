"""The digest's weights, in one place. See `bot.digest.stories` for how they combine.

moment score = 2·ln(1+votes) + 1.5·(sightings−1) + 1·(distinct reporters−1) + 1·[a quote]
               + 0.5·[a reporter headline]
story score  = the same over the moments told, + 1.5·ln(1+attention of the lead)
               + 0.25·Σ ln(1+attention) of up to 3 other people + 0.5·(moments told−1)
"""

from __future__ import annotations

import math
from functools import lru_cache

W_VOTES = 2.0  # community votes, logarithmic: a landslide does not drown everything
W_CORROBORATION = 1.5  # each extra sighting of the same moment
W_REPORTERS = 1.0  # each extra correspondent
W_QUOTE = 1.0
W_HEADLINE = 0.5
W_LEAD_ATTENTION = 1.5  # how much of the night the lead drew
W_OTHER_ATTENTION = 0.25
OTHER_PEOPLE_COUNTED = 3
W_BREADTH = 0.5  # each extra moment told in a story

UNPINNED = 1 << 30  # a priority's first element when nothing is pinned: after every pin position

VOTE_TERMS = tuple(W_VOTES * math.log1p(v) for v in range(1024))


@lru_cache(maxsize=1024)
def _big_vote_term(votes: int) -> float:
    return W_VOTES * math.log1p(votes)


def vote_term(votes: int) -> float:
    """2·ln(1+votes) (negative counts as 0)."""
    if votes < len(VOTE_TERMS):
        return VOTE_TERMS[votes] if votes > 0 else 0.0
    return _big_vote_term(votes)


def attention_term(attention: int) -> float:
    """ln(1+attention): the night's fiftieth sighting of a star adds less than the second."""
    return math.log1p(attention)
