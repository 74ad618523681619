"""A second item of a person, only to keep the count asked.

A person leads one item (`stories._build`): her other moments are beats of her story or left out. When that leaves
the digest short of its count (five asked, four told) while one of those moments is a story of its own (votes or a
quote: "Hollis Thorne gave his speech notes to a kid in the front row — “Keep it, I improvised anyway”", 15 votes,
after his argument at the bar led an item), it leads an item of its own, the strongest first, until the count is kept
(issue 11 §2: the digest's count of items is respected). Filler and idle lines never do; a beat of her story is told
there, as before (`_Builder.take`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .builder import Night, _Builder


def second_items(night: Night, builder: _Builder, skipped: list[int], items: int) -> None:
    """Take the moments `skipped` (report indexes, in the order the heap gave them: strongest first) as stories of their
    own while the builder has fewer than `items` stories."""
    for i in skipped:
        if len(builder.stories) >= items:
            return
        if i in builder.assigned:
            continue
        m = night.moment(i)
        if m.root != i or not builder.free(m) or m.told_filler or m.idle or m.dropped or m.junk or not m.tellable:
            continue
        if m.votes == 0 and not m.has_quote:
            continue
        builder.take(m, again=True)
