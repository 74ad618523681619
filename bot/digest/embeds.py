"""Discord: the digest as embed dicts, packed into messages within Discord's limits.

Every text goes through `inert` (mentions cannot ping) before it is measured and clipped.
"""

from __future__ import annotations

from typing import Any

from bot.limits import (
    DESCRIPTION_MAX,
    DIGEST_PHOTO_BYTES_PER_MESSAGE,
    EMBED_CHARS_PER_MESSAGE,
    FOOTER_MAX,
    TITLE_MAX,
    clip,
    embed_size,
    pack_embeds,
)

from .models import Digest, DigestItem
from .photos import ATTACHMENT, attachment_url
from .textutil import inert

COLOUR = 0x8A2432
BONUS_COLOUR = 0xB08D57


def _footer(item: DigestItem, preview: bool) -> str:
    """The credit line; in the editor's preview, the sighting ids, votes and pick after it."""
    parts = [item.credit] if item.credit else []
    if preview:
        parts.append(item.bookkeeping)
    return " · ".join(parts)


def item_embed(item: DigestItem, label: str, colour: int = COLOUR, *, preview: bool = False) -> dict[str, Any]:
    """One item: title = label + headline (≤ 256), description = body (≤ 4,096), footer = the credit line
    (plus the bookkeeping in a preview), image = its photo, uploaded with the message."""
    title = clip(inert(f"{label} {item.headline}"), TITLE_MAX)
    description = clip(inert(item.body), DESCRIPTION_MAX)
    room = EMBED_CHARS_PER_MESSAGE - len(title) - len(description)
    footer = clip(inert(_footer(item, preview)), max(0, min(FOOTER_MAX, room)))
    embed: dict[str, Any] = {"title": title, "description": description, "color": colour}
    if footer:
        embed["footer"] = {"text": footer}
    if item.photo is not None:
        embed["image"] = {"url": attachment_url(item.photo)}
    return embed


def intro_embed(digest: Digest) -> dict[str, Any]:
    """The opening embed: the digest's title, the show and venue, the intro line."""
    where = digest.show_name + (f" · {digest.venue}" if digest.venue else "")
    return {
        "title": clip(inert(digest.title), TITLE_MAX),
        "description": clip(inert(digest.intro), DESCRIPTION_MAX),
        "color": COLOUR,
        "author": {"name": clip(inert(where), 256)},
    }


def to_embeds(digest: Digest, *, preview: bool = False) -> list[dict[str, Any]]:
    """The intro embed, one embed per item, then the bonus item if any. As published, an item's footer is
    its credit line; with `preview` (the editor's), the sighting ids, votes and pick follow it."""
    embeds = [intro_embed(digest)]
    embeds += [item_embed(item, f"{item.rank}.", preview=preview) for item in digest.items]
    if digest.bonus is not None:
        embeds.append(item_embed(digest.bonus, "Bonus:", BONUS_COLOUR, preview=preview))
    for embed in embeds:
        assert embed_size(embed) <= EMBED_CHARS_PER_MESSAGE
    return embeds


def to_messages(digest: Digest, *, preview: bool = False) -> list[list[dict[str, Any]]]:
    """`to_embeds` split into messages of at most 10 embeds and 6,000 embed characters each, and at most 10
    photos and DIGEST_PHOTO_BYTES_PER_MESSAGE bytes of photos (the files uploaded with it): the same packing
    for the preview and the published digest."""
    sizes = {attachment_url(i.photo): i.photo.size for i in (*digest.items, digest.bonus) if i and i.photo}

    def upload(embed: Any) -> int:
        url = (embed.get("image") or {}).get("url") or ""
        return sizes.get(url, 0) if url.startswith(ATTACHMENT) else 0

    packed = pack_embeds(to_embeds(digest, preview=preview), upload=upload, upload_limit=DIGEST_PHOTO_BYTES_PER_MESSAGE)
    return [[dict(embed) for embed in message] for message in packed]


def to_messages_with_ids(digest: Digest) -> list[tuple[list[dict[str, Any]], list[int]]]:
    """The published messages, each with the sightings its items tell (what the publisher checks again just
    before sending it; an item's photo belongs to one of them)."""
    told = [[], *(item.sighting_ids for item in digest.items)]
    if digest.bonus is not None:
        told.append(digest.bonus.sighting_ids)
    out: list[tuple[list[dict[str, Any]], list[int]]] = []
    for message in to_messages(digest):
        ids = [sid for embed_ids in told[: len(message)] for sid in embed_ids]
        told = told[len(message) :]
        out.append((message, ids))
    return out
