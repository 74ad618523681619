"""The digest's weights, in one place. See `bot.digest.stories` for how they combine.

moment score = 2·ln(1+votes) + 1·[a quote] + 1·(distinct correspondents−1) + 0.5·[a reporter headline]
story score  = its lead moment's score, with the votes of every moment it tells in the vote term, the quote and
               the corroboration of the best-told of them (not only the lead's)
               + 0.5 per follow-up told + 0.4·min(ln(1+attention of the lead), 2.5)
               + for a lead moment that is an exchange (a line of 6+ words `quote_by` gives to one of two or
                 more named people): what the story's votes lack of 50 votes' term
item order   = pins, key moments, the rest; in each by the `vote_band` of the strongest moment the story tells (its
               votes from 10 on, in bands of ×1.25), then the editor's pin order or the story score
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from bot.models import AnySighting

W_VOTES = 2.0  # community votes, logarithmic: a landslide does not drown everything
W_QUOTE = 1.0
W_REPORTERS = 1.0  # each extra correspondent who reported the same moment (independent corroboration)
W_HEADLINE = 0.5
# a quiet exchange (two named people, a line one of them said) is a story an editor puts in the five however
# few saw it: its vote term is at least that of this many votes, so a pile of voted filler does not bury it
EXCHANGE_VOTES = 50
EXCHANGE_QUOTE_WORDS = 6  # a line, not an exclamation ("Wow.")
FILLER_WORDS = 15  # a line with no votes, no quote, no headline, one correspondent and at most this many words
W_FOLLOW_UP = 0.5  # each follow-up moment told in a story
W_ATTENTION = 0.4  # how much of the night the lead drew...
ATTENTION_CAP = 2.5  # ...capped: ln(1+11); a star's fiftieth sighting adds nothing
W_UNTOLD = 1.5  # a moment told only by its quote (its text is thin or not in English) leads after its thread
NEARLY_AS_STRONG = 0.7  # a moment of the lead person this strong (relative to the lead) joins on less of a thread
FOLLOW_UP_VOTES = 0.2  # a follow-up's votes weigh when they are this share of the lead moment's (and one at least)
FOLLOW_UP_SHARE = 0.45  # a premise weaker than this (relative to the lead) is a footnote, not a beat

RANK_VOTES = 10  # from this many votes on, the lead moments' votes order the items (`vote_band`)...
RANK_RATIO = 1.25  # ...a moment with this many times the votes of another always ranks above it

UNPINNED = 1 << 30  # a priority's first element when nothing is pinned: after every pin position
KEYED = UNPINNED - 1  # ... for an editor's key moment (/sighting key): after every pin, before the rest

VOTE_TERMS = tuple(W_VOTES * math.log1p(v) for v in range(1024))


@lru_cache(maxsize=1024)
def _big_vote_term(votes: int) -> float:
    return W_VOTES * math.log1p(votes)


def vote_term(votes: int) -> float:
    """2·ln(1+votes) (negative counts as 0)."""
    if votes < len(VOTE_TERMS):
        return VOTE_TERMS[votes] if votes > 0 else 0.0
    return _big_vote_term(votes)


def solo_score(s: AnySighting) -> float:
    """The moment score of one sighting on its own."""
    return vote_term(s.votes) + (W_QUOTE if s.quote else 0.0) + (W_HEADLINE if s.headline else 0.0)


def vote_band(votes: int, exchange: bool = False) -> int:
    """The band of votes an item's strongest moment drew (every report of it), as items are ordered: 0 under
    RANK_VOTES, then one band for each RANK_RATIO times more, so a moment with a quarter more votes than another
    (240 and 180) is always in a higher band; an exchange counts as EXCHANGE_VOTES however few saw it."""
    votes = max(votes, EXCHANGE_VOTES) if exchange else votes
    if votes < RANK_VOTES:
        return 0
    return 1 + int(math.log(votes / RANK_VOTES) / math.log(RANK_RATIO))


def exchange_bonus(votes: int) -> float:
    """What an exchange's votes lack of EXCHANGE_VOTES votes' term (0 when it has that many)."""
    return max(vote_term(EXCHANGE_VOTES) - vote_term(votes), 0.0)


def attention_bonus(attention: int) -> float:
    return W_ATTENTION * min(math.log1p(attention), ATTENTION_CAP)


class Scored(Protocol):
    votes: int
    score: float
    has_quote: bool
    reporters: int  # distinct correspondents

    @property
    def exchange(self) -> bool: ...  # a line one of two named people said


def story_score(lead: Scored, follow_ups: Sequence[Scored], attention: int) -> float:
    """The lead moment's score with the votes of every moment the story tells, the quote and the corroboration
    of the best-told of them (a story whose lead has no quote but whose payoff does tells one), plus a little per
    follow-up told and for the attention its lead drew over the night; a story that opens on an exchange counts
    as voted for however few saw it."""
    votes = lead.votes + sum(f.votes for f in follow_ups)
    quote = W_QUOTE if not lead.has_quote and any(f.has_quote for f in follow_ups) else 0.0
    reporters = max((f.reporters for f in follow_ups), default=lead.reporters)
    return round(
        lead.score
        - vote_term(lead.votes)
        + vote_term(votes)
        + quote
        + W_REPORTERS * max(reporters - lead.reporters, 0)
        + W_FOLLOW_UP * len(follow_ups)
        + attention_bonus(attention)
        + (exchange_bonus(votes) if lead.exchange else 0.0),
        4,
    )
