"""Where a quiet exchange ranks: above voted lines with nothing said, never above a voted moment with a quote.

A quiet exchange (`moments.exchange`: a line of some words `quote_by` gives to one of two named people) counts as
EXCHANGE_VOTES in `Story.order`, so a pile of voted filler ("posed on the carpet", 60 votes, nothing said) does not
bury it. That stand-in is what an editor gives a line nobody voted for over a moment with nothing in it; it is no
reason to open the digest on a six-word quip over the night's 45-vote quoted moment (issue 11 §5: a story ranks by
its lead moment's votes, quote and corroboration). So an exchange whose own votes are below the stand-in ranks after
every story of its rank group (pins, key moments, the rest) whose lead moment has a quote and more real votes
(RANK_VOTES at least) than it, and where it did among the others."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from .scoring import EXCHANGE_VOTES, RANK_VOTES, vote_band


class _Lead(Protocol):
    votes: int
    has_quote: bool
    pin: int | None

    @property
    def exchange(self) -> bool: ...


class _Ranked(Protocol):
    @property
    def moment(self) -> _Lead: ...  # its lead moment

    @property
    def moments(self) -> Sequence[_Lead]: ...

    def order(self) -> tuple[int, int, float, int]: ...


def _votes(story: _Ranked) -> int:
    return max(m.votes for m in story.moments)


def _stand_in(story: _Ranked) -> bool:
    """Its rank is the exchange's stand-in, not its own votes."""
    return story.moment.exchange and _votes(story) < EXCHANGE_VOTES


def _quoted(story: _Ranked) -> bool:
    return story.moment.has_quote and _votes(story) >= RANK_VOTES and not story.moment.exchange


def rank_key(stories: Sequence[_Ranked]) -> Callable[[_Ranked], tuple[int, int, int, float, int]]:
    """The sort key of `stories` in digest order: `Story.order`, an exchange's stand-in band lowered to the lowest
    band of the quoted moments with more votes in its group (and after them)."""
    quoted = [s for s in stories if _quoted(s)]

    def key(story: _Ranked) -> tuple[int, int, int, float, int]:
        place, band, rest, first = story.order()
        after = 0
        if story.moment.pin is None and _stand_in(story):
            own = _votes(story)
            above = [-vote_band(_votes(q)) for q in quoted if q.order()[0] == place and _votes(q) > own]
            if above and max(above) >= band:  # (bands negated: the weakest such quoted moment ranks at or above it)
                band, after = max(above), 1
        return (place, band, after, rest, first)

    return key
