"""What one item tells: a story, its lead moment and its follow-ups (built by `stories.stories_of`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from .moments import Moment
from .scenes import things
from .scoring import KEYED, UNPINNED, vote_band
from .threads import _PERFORMED, _won_as_vowed, setup


@dataclass(slots=True)
class Story:
    """What one item tells: a lead moment and its follow-ups."""

    moment: Moment
    lead: str | None  # the lead person's key
    follow_ups: list[Moment] = field(default_factory=list)
    score: float = 0.0
    scene: Moment | None = None  # a follow-up the lead moment answers (`scenes.sets_the_scene`)
    premise: Moment | None = None  # a follow-up told because another beat presupposes it (`_with_premise`)
    tz: ZoneInfo | None = None  # the show's timezone (the clock times its reports name)

    @property
    def pin(self) -> int | None:
        return self.moment.pin

    @property
    def moments(self) -> list[Moment]:
        """The lead moment, then the follow-ups in time order."""
        return [self.moment, *sorted(self.follow_ups, key=lambda m: m.first)]

    @property
    def people(self) -> list[str]:
        """Everyone the story is about (name keys): its lead, then its moments' people."""
        keys = [self.lead] if self.lead is not None else []
        for m in self.moments:
            keys.extend(k for k in m.people if k not in keys)
        return keys

    def replace(self, old: Moment, new: Moment) -> None:
        """Tell `new` where the story told `old` (a moment with a retelling merged into it)."""
        if self.moment is old:
            self.moment = new
        self.follow_ups = [new if f is old else f for f in self.follow_ups]
        if self.scene is old:
            self.scene = new
        if self.premise is old:
            self.premise = new

    def aside(self, earlier: Moment) -> bool:
        """Whether an earlier moment the story tells is not its setup (`setup`: held for it, naming its time, or its
        people and its subject), nor its premise or scene, nor what a told quote refers to: it sets up nothing, and
        is told after the story, not as the way into it."""
        if earlier is self.premise or earlier is self.scene or earlier.first > self.moment.first:
            return False
        told = [m for m in self.moments if m is not earlier]
        if any(_won_as_vowed(m, earlier) for m in told):
            return False  # (the result a told vow hangs on: "The Harbour Rats won Best Group.")
        quoted = frozenset().union(*(r.features().quote_tokens for m in told for r in m.reports))
        if not (things(quoted, frozenset()) - _PERFORMED).isdisjoint(earlier.topic):
            return False  # a quote refers to it ("Four espressos." after his fourth espresso): its setup
        return not any(setup(m, self.lead, earlier, self.tz) for m in told)

    def order(self) -> tuple[int, int, float, int]:
        """Pins first, then the stories that tell a key moment (led by it, or telling it as a beat: the award result
        a payoff answers, `stories._build`), then the rest; in each, by the votes of the strongest moment the story
        tells (`vote_band`: a moment with a quarter more votes than another ranks above it; its lead moment, or the
        setup its lead moment pays off), then pins in the editor's order, the others by score."""
        m = self.moment
        band = vote_band(max(x.votes for x in self.moments), m.exchange)
        if m.pin is not None:
            return (0, -band, m.pin, m.first)
        place = min(m.place, KEYED if any(x.key for x in self.follow_ups) else UNPINNED)
        return (place, -band, -self.score, m.first)
