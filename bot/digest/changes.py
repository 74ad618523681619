"""What changed in a digest between the preview an editor saw and a compile at the moment of publishing."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from bot.text import plural

from .embeds import to_embeds
from .models import Digest, DigestItem


def _told(digest: Digest) -> list[DigestItem]:
    return [*digest.items, *([digest.bonus] if digest.bonus is not None else [])]


def _ids(items: list[DigestItem]) -> list[int]:
    return [sid for item in items for sid in item.sighting_ids]


def told_ids(digest: Digest) -> list[int]:
    """Every sighting the digest tells, items then bonus."""
    return _ids(_told(digest))


def _label(item: DigestItem, digest: Digest) -> str:
    return "the bonus" if item is digest.bonus else f"item {item.rank}"


def _shot(item: DigestItem) -> tuple[int, str] | None:
    """The photo an item shows, as (sighting, sha256): a replaced photo is another photo."""
    return (item.photo.sighting_id, item.photo.sha256) if item.photo is not None else None


def _photo_change(was: DigestItem, now: DigestItem) -> str:
    if now.photo is None:
        return "no longer shows a photo"
    return "now shows a photo" if was.photo is None else "shows another photo"


def reads_the_same(before: Sequence[Mapping[str, Any]], after: Sequence[Mapping[str, Any]]) -> bool:
    """The one rule for "did the digest change": its embeds, as Discord would show them, are equal. An embed's
    image names the photo's content (`PhotoFile.upload_name`), so a replaced photo is a change. Used by the
    preview's Publish button (`changes`) and by `/digest publish again:true` (the embeds of the live edition's
    recorded messages against the new ones)."""
    return json.dumps(list(before), sort_keys=True) == json.dumps(list(after), sort_keys=True)


def changes(before: Digest, after: Digest, reasons: dict[int, str]) -> list[str]:
    """Sentences saying how `after` reads differently from `before` once published; empty when it reads the
    same. `reasons` says why a sighting left or joined ("retracted", "dropped by an editor", "pinned by an
    editor"), when known."""
    if reads_the_same(to_embeds(before), to_embeds(after)):
        return []
    old, new = _told(before), _told(after)
    old_ids, new_ids = _ids(old), _ids(new)
    said = []
    for sid in sorted(set(old_ids) - set(new_ids)):
        said.append(f"#{sid} was {reasons[sid]}" if sid in reasons else f"#{sid} is no longer told")
    for item in new:
        for sid in item.sighting_ids:
            if sid not in old_ids:
                why = f"#{sid} was {reasons[sid]}" if sid in reasons else f"#{sid} is now told"
                said.append(f"{why} ({_label(item, after)})")
    kept = {tuple(i.sighting_ids): i for i in old}
    for item in new:
        was = kept.get(tuple(item.sighting_ids))
        if was is None:
            continue
        if was.headline != item.headline:
            said.append(f"{_label(item, after).capitalize()} has a new headline: “{item.headline}”")
        elif was.body != item.body:
            said.append(f"the text of {_label(item, after)} changed")
        if _shot(was) != _shot(item):
            said.append(f"{_label(item, after)} {_photo_change(was, item)}")
    same_stories = sorted(tuple(i.sighting_ids) for i in old) == sorted(tuple(i.sighting_ids) for i in new)
    if same_stories and [i.sighting_ids for i in old] != [i.sighting_ids for i in new]:
        said.append("the order of the items changed")
    if len(after.items) != len(before.items):
        said.append(f"it now has {plural(len(after.items), 'item')} instead of {len(before.items)}")
    return said or ["its wording changed"]
