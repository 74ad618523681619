"""JSON for a publishing system: the digest (digest.json), and the editors' record of the night (timeline.json).
Stable key order, UTF-8 text as stored (data, not a page: the consumer renders it); the editor's bookkeeping
(ids, votes, score) is kept. Every text is inert (`bot.text.inert`: "@everyone", "<@123>" and "<@&42>" cannot
ping wherever a consumer posts them; a masked link shows where it goes). The timeline holds one sighting per line
(a night of 100,000 is written a line at a time, and greps and diffs well)."""

from __future__ import annotations

import json
from _json import make_encoder
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from bot.models import SightingStatus
from bot.text import inert

from .models import Digest, DigestItem, PhotoFile
from .photos import export_path
from .timeline import Part, Standing, TimelineRow


def photo_dict(photo: PhotoFile | None) -> dict[str, Any] | None:
    """A photo as the JSON describes it: the file beside the article (`file`, relative to it), its type, size
    and sha256, the sighting it belongs to, the name it was uploaded as and who took it."""
    if photo is None:
        return None
    return {
        "file": export_path(photo),
        "content_type": photo.content_type,
        "size": photo.size,
        "sha256": photo.sha256,
        "sighting_id": photo.sighting_id,
        "uploaded_as": photo.filename,
        "credit": photo.credit,
    }


def item_dict(item: DigestItem) -> dict[str, Any]:
    """An item as a plain dict, keys in a fixed order, every text inert."""
    return {
        "rank": item.rank,
        "headline": inert(item.headline),
        "body": inert(item.body),
        "credit": inert(item.credit),
        "lead": None if item.lead is None else inert(item.lead),
        "people": [inert(p) for p in item.people],
        "sighting_ids": list(item.sighting_ids),
        "reporters": [inert(r) for r in item.reporters],
        "sources": [inert(x) for x in item.sources],
        "locations": [inert(x) for x in item.locations],
        "votes": item.votes,
        "pinned": item.pinned,
        "score": item.score,
        "more_sightings": item.more_sightings,
        "to_translate": [inert(q) for q in item.to_translate],
        "untranslated": [inert(q) for q in item.untranslated],
        "photo": photo_dict(item.photo),
    }


def _row_photo(photo: PhotoFile | None) -> dict[str, Any] | None:
    """A timeline row's photo: described, not carried (only the article's photos travel with an export)."""
    if photo is None:
        return None
    return {
        "uploaded_as": photo.filename,
        "content_type": photo.content_type,
        "size": photo.size,
        "sha256": photo.sha256,
    }


def digest_dict(digest: Digest) -> dict[str, Any]:
    """The digest as a plain dict: only what the editors kept."""
    return {
        "show": {
            "id": digest.show_id,
            "name": inert(digest.show_name),
            "venue": None if digest.venue is None else inert(digest.venue),
        },
        "title": inert(digest.title),
        "intro": inert(digest.intro),
        "compiled_at": digest.compiled_at.isoformat(),
        "items": [item_dict(item) for item in digest.items],
        "bonus": item_dict(digest.bonus) if digest.bonus else None,
    }


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_json(digest: Digest) -> str:
    """digest.json: the digest as indented JSON."""
    return _dumps(digest_dict(digest))


# one line per sighting, byte for byte as json.JSONEncoder(ensure_ascii=False).encode writes the row as a dict, but
# the keys written once here and each value as that encoder writes it (strings by the same C function): the
# encoder wrote every key again on each of a night's 100,000 lines (a row's line costs about 0.7 of what it did)
_TEXT = json.encoder.encode_basestring
_PHOTO_ENCODER = make_encoder(None, json.JSONEncoder().default, _TEXT, None, ": ", ", ", False, False, True)


def _texts(values: Iterable[str]) -> str:
    return "[" + ", ".join(_TEXT(inert(v)) for v in values) + "]"


def _text(value: str) -> str:
    return _TEXT(inert(value))


# the two StrEnums as JSON writes them, each value written once
_STATUSES = {status: _TEXT(status) for status in SightingStatus}
_STANDINGS = {standing: _TEXT(standing) for standing in Standing}


@lru_cache(maxsize=4096)
def _who(people: tuple[str, ...], others: tuple[str, ...]) -> str:
    """A sighting's names as its line lists them (many sightings share their lists)."""
    return _texts((*people, *others))


def timeline_row(row: TimelineRow) -> str:
    """One sighting as its line of timeline.json writes it, keys in a fixed order: the sighting, then where it
    stands, spelled out (the two standings are StrEnums, which JSON writes as their values). A time's ISO text
    has nothing to escape; the optional texts are tested for None here rather than in a call each."""
    s = row.sighting
    photo = "null" if row.photo is None else "".join(_PHOTO_ENCODER(_row_photo(row.photo), 0))
    return (
        f'{{"id": {int.__repr__(s.id)}, "time": "{s.created_at.isoformat()}", '
        f'"reporter": {_text(s.reporter.name)}, "what": {_text(s.what)}, "who": {_who(s.people, s.other_names)}, '
        f'"where": {"null" if s.where is None else _text(s.where)}, '
        f'"where_remembered": {"true" if s.where_remembered and s.where else "false"}, '
        f'"quote": {"null" if s.quote is None else _text(s.quote)}, '
        f'"quote_by": {"null" if s.quote_by is None else _text(s.quote_by)}, '
        f'"headline": {"null" if s.headline is None else _text(s.headline)}, "status": {_STATUSES[s.status]}, '
        f'"votes": {int.__repr__(s.votes)}, '
        f'"corroborates": {"null" if s.corroborates is None else int.__repr__(s.corroborates)}, '
        f'"publish_at": {_TEXT(s.publish_at.isoformat()) if s.publish_at else "null"}, '
        f'"edited_at": {_TEXT(s.edited_at.isoformat()) if s.edited_at else "null"}, '
        f'"standing": {_STANDINGS[row.standing]}, "status_text": {_TEXT(row.status)}, '
        f'"in_digest": {"null" if row.item is None else _text(row.item)}, '
        f'"notes": {_texts(row.notes) if row.notes else "[]"}, '
        f'"retracted_reason": {"null" if s.retracted_reason is None else _text(s.retracted_reason)}, '
        f'"photo": {photo}}}'
    )


def timeline_json(rows: Sequence[TimelineRow], digest: Digest, part: Part | None = None) -> str:
    """timeline.json: the show, then every sighting of the night in time order with its standing (`standing`:
    live, pinned, dropped, embargoed, pending, rejected or retracted; `status_text` spells it out). With
    `part`, the rows are that part of the night, and `part` says which (`number`, `of`, `night`: the
    sightings of the whole night)."""
    return "".join(timeline_json_pieces(rows, digest, part))


def timeline_json_pieces(
    rows: Sequence[TimelineRow], digest: Digest, part: Part | None = None, lines: Iterable[str] | None = None
) -> Iterator[str]:
    """`timeline_json`, a line at a time; `lines`, when given, are the rows already written (`timeline_row`)."""
    head: dict[str, Any] = {
        "show": {
            "id": digest.show_id,
            "name": inert(digest.show_name),
            "venue": None if digest.venue is None else inert(digest.venue),
        },
        "as_of": digest.compiled_at.isoformat(),
    }
    if part is not None:
        head["part"] = {"number": part.number, "of": part.of, "night": part.night}
    yield _dumps(head)[: -len("\n}\n")] + ',\n  "sightings": ['
    for index, line in enumerate(map(timeline_row, rows) if lines is None else lines):
        yield ("\n    " if index == 0 else ",\n    ") + line
    yield "\n  ]\n}\n" if rows else "]\n}\n"
