"""How sightings fill feed messages, and how an edited message keeps within Discord's limits.

A message holds at most 10 embeds and 6,000 embed characters, and the limits apply to every edit as to the
send (Discord refuses the whole edit with 400 50035 otherwise). A new coalesced message is filled only to
`PACK_CHARS`, leaving room for what later edits add (a retraction's reason, "also reported by" credits); a
correction that still does not fit moves the sighting that grew to a message of its own, and the old message
shows a pointer to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.feed.render import message_link, pointer_embed
from bot.limits import EMBED_CHARS_PER_MESSAGE, EMBEDS_PER_MESSAGE, embed_size

HEADROOM = 1000  # characters a new coalesced message keeps free for later edits
PACK_CHARS = EMBED_CHARS_PER_MESSAGE - HEADROOM
_LONGEST_ID = 2**64 - 1


def take(sizes: Sequence[int]) -> int:
    """How many of these embeds (in order) one new message takes: at most 10 and at most `PACK_CHARS`
    characters; the first always goes (a sighting's embed alone always fits a message)."""
    total = 0
    for count, size in enumerate(sizes[:EMBEDS_PER_MESSAGE]):
        if count and total + size > PACK_CHARS:
            return count
        total += size
    return min(len(sizes), EMBEDS_PER_MESSAGE)


@dataclass(frozen=True)
class Shown:
    """One sighting as an edit of its message would show it."""

    sighting_id: int
    embed: dict[str, Any]
    changed: bool  # this edit was asked for because of it


def pointer_size(sighting_id: int) -> int:
    """The most a pointer to a moved sighting can take."""
    return embed_size(pointer_embed(sighting_id, message_link(_LONGEST_ID, _LONGEST_ID, _LONGEST_ID)))


def to_move(shown: Sequence[Shown], others: int) -> list[int]:
    """The sightings to move out so that the edit fits 6,000 characters, counting a pointer in place of each
    and `others` characters already taken (pointers of earlier moves): those that changed first, the largest
    first, then the others. Empty when the message fits as it is."""
    total = others + sum(embed_size(s.embed) for s in shown)
    order = sorted(shown, key=lambda s: (not s.changed, -embed_size(s.embed)))
    moving: list[int] = []
    for candidate in order:
        if total <= EMBED_CHARS_PER_MESSAGE:
            break
        moving.append(candidate.sighting_id)
        total += pointer_size(candidate.sighting_id) - embed_size(candidate.embed)
    return moving
