"""A person's other moments, once she leads an item: told in her story, never an item of their own.

Each person leads at most one item (issue 11 §5; `stories._build`): her other moments are beats of her story or left
out. A moment of hers the heap passed over while her story was being built (`skipped`) may have become a beat of it
since (its lead moment grew: another report merged in) — "Céline Marchand went back on stage barefoot to present the
last award", “Who needs shoes?”, 35 votes, after her heel snapped on the stairs: it is told in her story, in time
order (issue 11 §2: a later moment joins when it continues the story), while the story has room (MAX_FOLLOW_UPS).
One with votes or a quote that is no beat of it, or finds no room, is named in the editor's preview ("leads already",
`compiler._left_out`) when the digest is short of its count, never dropped unsaid. The count is kept with other
people's stories (the quiet night's acts, `quiet_night.fills_count`), never with a second item of one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .builder import Night, _Builder
    from .moments import Moment


def second_items(
    night: Night, builder: _Builder, skipped: list[int], items: int, untold: list[Moment] | None = None
) -> None:
    """Tell the moments `skipped` (report indexes, in the order the heap gave them: strongest first) in the story their
    person leads when they are beats of it; name the others with votes or a quote in `untold` while the builder has
    fewer than `items` stories."""
    for i in skipped:
        if i in builder.assigned:
            continue
        m = night.moment(i)
        if m.root != i or not builder.free(m) or m.told_filler or m.idle or m.dropped or m.junk or not m.tellable:
            continue
        if m.votes == 0 and not m.has_quote:
            continue
        if builder.tell_in_story(m):
            continue
        if untold is not None and len(builder.stories) < items:
            untold.append(m)
