"""A correction that changes what a digest item says: which of a sighting's fields the digest tells (who did it,
what, the quote and who said it, where, the reporter's headline), and how a correction made since some moment
changed them. A photo is not one of them (bot.publishing checks a replaced photo by its bytes); a correction that
only repeats what the sighting said changes nothing.

Used twice, by one rule: just before each of an edition's messages is sent (a sighting it tells corrected since
the edition was recorded stops it, like a retraction), and after a correction of a sighting a published edition
tells (the desk is told, with the edition's links and what to do). Then, as the rule above only says which fields
changed, the item the digest would print now is compared with the published one (`reads_as_published`): a place
the item never prints, or a name already printed in full, alarms nobody."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.digest import Digest
from bot.digest.embeds import item_embed
from bot.models import Revision, Sighting

# (label for the editors, the fields compared): what an item can say of a sighting
TOLD_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("who", ("people", "other_names")),
    ("what", ("what",)),
    ("quote", ("quote",)),
    ("quote by", ("quote_by",)),
    ("where", ("where",)),
    ("headline", ("headline",)),
)


def told_changes(before: Revision | Sighting, after: Revision | Sighting) -> list[str]:
    """The labels of the told fields `after` changed ("who", "what"), in TOLD_FIELDS' order. Text saved again with
    only its spacing or its closing stop changed ("… at the bar" → "… at the bar.") changes nothing told."""
    return [
        label
        for label, fields in TOLD_FIELDS
        if any(_told(getattr(before, field)) != _told(getattr(after, field)) for field in fields)
    ]


_CLOSING = ".!?…。！？ \t\n"


def _told(value: object) -> object:
    """A field as a digest tells it: a text without its runs of spaces and its closing stop."""
    return " ".join(value.split()).rstrip(_CLOSING) if isinstance(value, str) else value


def corrected_since(revisions: list[Revision], now: Sighting, since: datetime) -> list[str]:
    """What the corrections made after `since` changed, the version as it stood at `since` (the oldest revision
    kept after it) against the sighting now: [] when none was made, or they only put back what it said."""
    later = [r for r in revisions if r.edited_at > since]
    return told_changes(later[0], now) if later else []


def corrected_reason(labels: list[str]) -> str:
    """ "corrected (who, what)": what follows "#7 was" in the publisher's sentence."""
    return f"corrected ({', '.join(labels)})"


def printed(embed: dict[str, Any]) -> tuple[str, str, str]:
    """What readers read of an item's embed: its headline without the rank label ("3." or "Bonus:"), its body,
    its credit line. The photo is not text (bot.publishing compares a replaced photo by its bytes)."""
    label, _, headline = str(embed.get("title") or "").partition(" ")
    footer = embed.get("footer") or {}
    return headline or label, str(embed.get("description") or ""), str(footer.get("text") or "")


def reads_as_published(digest: Digest, sighting_id: int, published: list[list[dict[str, Any]]]) -> bool:
    """Whether every item of `digest` (compiled now) that tells the sighting reads word for word as an item of the
    `published` messages: False when none tells it any more (the correction took it out of the digest)."""
    items = [i for i in (*digest.items, digest.bonus) if i is not None and sighting_id in i.sighting_ids]
    shown = {printed(embed) for message in published for embed in message}
    return bool(items) and all(
        printed(item_embed(i, "Bonus:" if i is digest.bonus else f"{i.rank}.")) in shown for i in items
    )
