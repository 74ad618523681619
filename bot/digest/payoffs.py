"""A payoff goes with its setup: a later moment that brings in someone the lead moment does not tell, sharing no thing
with it, is never a beat of that story when an earlier moment of that someone sets it up ("Beck said on the carpet he
would be polite if seated next to Brim", then "Brim hugged Beck and gave him notes on the song that mocks him"): told
as "Later, …" in an item about Brim's scolding by an usher, it loses the promise it keeps, and the promise is told
alone as another item. The payoff is told with its setup instead, led by the setup's person when its own leads an item
already.

`stories` passes its own rules in (who a moment tells, whether two moments share a thing, whether one sets up the
other), so this module stays below it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .moments import Moment


def set_up_elsewhere(
    m: Moment,
    lead: Moment | None,
    newcomers: set[str],
    earlier_of: Callable[[str], Iterable[Moment]],
    sets_up: Callable[[Moment], bool],
) -> Moment | None:
    """The earlier moment, not `lead`, led by one of `newcomers` (the people `m` tells that the lead moment does
    not), that sets `m` up (`sets_up`: its people and its subject, `threads.setup`), if any: `m` is its payoff."""
    for person in sorted(newcomers):
        for s in earlier_of(person):
            if s is m or s is lead or s.first >= m.first or s.lead != person:
                continue
            if sets_up(s):
                return s
    return None
