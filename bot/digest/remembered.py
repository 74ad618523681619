"""A `where` nobody gave: a `/spot` with no `where` is filed at the correspondent's last location (README), a
convenience for the feed, not a fact about the moment ("cried backstage" filed at "Bar" because the reporter was
last at the bar). The digest takes it for nothing: it never joins two moments as "one place" (`moments`), never
tells another report's moment as "the same place" (`denials`, `night._without_corrected`) and is never printed as
where it happened. The timeline shows it as remembered (`where_shown`)."""

from __future__ import annotations

from bot.models import AnySighting

REMEMBERED = "last seen at"  # the timeline's words for a remembered place: "last seen at Bar"


def places_given(ordered: list[AnySighting]) -> list[AnySighting]:
    """The sightings, a `where` filled from the correspondent's last location taken out (None): the digest knows
    only the places the reports give."""
    if not any(s.where_remembered for s in ordered):  # (most nights: one look each)
        return ordered
    return [_unplaced(s) if s.where_remembered and s.where else s for s in ordered]


def _unplaced(s: AnySighting) -> AnySighting:
    return s._replace(where=None) if isinstance(s, tuple) else s.model_copy(update={"where": None})


def where_shown(s: AnySighting) -> str:
    """A sighting's place as the timeline shows it: as given, or "last seen at Bar" when it was remembered."""
    if not s.where:
        return ""
    return f"{REMEMBERED} {s.where}" if s.where_remembered else s.where
