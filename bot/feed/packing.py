"""How sightings fill feed messages, and how an edited message keeps within Discord's limits.

A message holds at most 10 embeds and 6,000 embed characters, and the limits apply to every edit as to the
send (Discord refuses the whole edit with 400 50035 otherwise). A new coalesced message is filled only to
`PACK_CHARS`, leaving room for what later edits add (a retraction's reason, "also reported by" credits); a
correction that still does not fit moves the sighting that grew to a message of its own, and the old message
shows a pointer to it.

Photos: each sighting's photo is a file of its message (at most one per sighting, so at most 10 files per
message, Discord's limit), and the files of one request must stay within Discord's 25 MiB request size
(`FILES_BYTES_PER_MESSAGE`). A new message takes photos up to `PACK_FILE_BYTES`, leaving room for one photo
replaced later (/sighting edit photo:); an edit whose photos would still not fit moves the sighting that
changed out, like one that outgrew 6,000 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.feed.render import message_link, pointer_embed
from bot.limits import (
    EMBED_CHARS_PER_MESSAGE,
    EMBEDS_PER_MESSAGE,
    FILES_BYTES_PER_MESSAGE,
    UPLOAD_PER_FILE,
    embed_size,
)

HEADROOM = 1000  # characters a new coalesced message keeps free for later edits
PACK_CHARS = EMBED_CHARS_PER_MESSAGE - HEADROOM
PACK_FILE_BYTES = FILES_BYTES_PER_MESSAGE - UPLOAD_PER_FILE  # room for one photo replaced by a later edit
_LONGEST_ID = 2**64 - 1


def take(sizes: Sequence[int], photo_bytes: Sequence[int] = ()) -> int:
    """How many of these embeds (in order) one new message takes: at most 10 (so at most 10 photos), at most
    `PACK_CHARS` characters and photos of at most `PACK_FILE_BYTES` together (`photo_bytes[i]`: the size of
    the i-th sighting's photo, 0 without one); the first always goes (a sighting alone always fits)."""
    photos = list(photo_bytes) + [0] * (len(sizes) - len(photo_bytes))
    total = files = 0
    for count, (size, photo) in enumerate(zip(sizes[:EMBEDS_PER_MESSAGE], photos, strict=False)):
        if count and (total + size > PACK_CHARS or files + photo > PACK_FILE_BYTES):
            return count
        total += size
        files += photo
    return min(len(sizes), EMBEDS_PER_MESSAGE)


@dataclass(frozen=True)
class Shown:
    """One sighting as an edit of its message would show it."""

    sighting_id: int
    embed: dict[str, Any]
    changed: bool  # this edit was asked for because of it
    photo_bytes: int = 0  # the size of the photo it shows (a file of the message), 0 without one


def pointer_size(sighting_id: int) -> int:
    """The most a pointer to a moved sighting can take."""
    return embed_size(pointer_embed(sighting_id, message_link(_LONGEST_ID, _LONGEST_ID, _LONGEST_ID)))


def to_move(shown: Sequence[Shown], others: int) -> list[int]:
    """The sightings to move out so that the edit fits 6,000 characters and its photos one request (all of
    them, as when they are all uploaded again), counting a pointer in place of each and `others` characters
    already taken (pointers of earlier moves): those that changed first, the largest first, then the others.
    Empty when the message fits as it is."""
    total = others + sum(embed_size(s.embed) for s in shown)
    files = sum(s.photo_bytes for s in shown)
    weight = (lambda s: embed_size(s.embed)) if total > EMBED_CHARS_PER_MESSAGE else (lambda s: s.photo_bytes)
    order = sorted(shown, key=lambda s: (not s.changed, -weight(s)))
    moving: list[int] = []
    for candidate in order:
        if total <= EMBED_CHARS_PER_MESSAGE and files <= FILES_BYTES_PER_MESSAGE:
            break
        moving.append(candidate.sighting_id)
        total += pointer_size(candidate.sighting_id) - embed_size(candidate.embed)
        files -= candidate.photo_bytes
    return moving
