"""JSON for a publishing system: the digest, and the night's timeline. Stable key order, UTF-8 text as stored
(data, not a page: the consumer renders it); the editor's bookkeeping (ids, votes, score) is kept."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from bot.models import Sighting

from .models import Digest, DigestItem


def item_dict(item: DigestItem) -> dict[str, Any]:
    """An item as a plain dict, keys in a fixed order."""
    return {
        "rank": item.rank,
        "headline": item.headline,
        "body": item.body,
        "credit": item.credit,
        "lead": item.lead,
        "people": list(item.people),
        "sighting_ids": list(item.sighting_ids),
        "reporters": list(item.reporters),
        "locations": list(item.locations),
        "votes": item.votes,
        "pinned": item.pinned,
        "score": item.score,
        "more_sightings": item.more_sightings,
    }


def sighting_dict(s: Sighting) -> dict[str, Any]:
    """One sighting of the timeline, keys in a fixed order."""
    return {
        "id": s.id,
        "time": s.created_at.isoformat(),
        "reporter": s.reporter.name,
        "what": s.what,
        "who": list(s.names),
        "where": s.where,
        "quote": s.quote,
        "quote_by": s.quote_by,
        "headline": s.headline,
        "status": s.status.value,
        "votes": s.votes,
        "corroborates": s.corroborates,
        "publish_at": s.publish_at.isoformat() if s.publish_at else None,
        "edited_at": s.edited_at.isoformat() if s.edited_at else None,
    }


def in_time_order(sightings: Iterable[Sighting]) -> list[Sighting]:
    """Sightings in the order of the night: time, then id."""
    return sorted(sightings, key=lambda s: (s.created_at, s.id))


def digest_dict(digest: Digest, timeline_of: Iterable[Sighting] | None = None) -> dict[str, Any]:
    """The digest as a plain dict; `timeline` is present only when sightings are given."""
    data: dict[str, Any] = {
        "show": {"id": digest.show_id, "name": digest.show_name, "venue": digest.venue},
        "title": digest.title,
        "intro": digest.intro,
        "compiled_at": digest.compiled_at.isoformat(),
        "items": [item_dict(item) for item in digest.items],
        "bonus": item_dict(digest.bonus) if digest.bonus else None,
    }
    if timeline_of is not None:
        data["timeline"] = [sighting_dict(s) for s in in_time_order(timeline_of)]
    return data


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_json(digest: Digest, timeline: Iterable[Sighting] | None = None) -> str:
    """The digest (and the timeline of the night when given) as indented JSON."""
    return _dumps(digest_dict(digest, timeline))


def timeline_json(sightings: Iterable[Sighting]) -> str:
    """timeline.json: a JSON array of the sightings in time order, each as in `to_json`'s timeline."""
    return _dumps([sighting_dict(s) for s in in_time_order(sightings)])
