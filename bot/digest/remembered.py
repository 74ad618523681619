"""A `where` nobody gave: a `/spot` with no `where` is filed at the correspondent's last location (README), a
convenience for the feed, not a fact about the moment ("cried backstage" filed at "Bar" because the reporter was
last at the bar). The digest never prints it as where the moment happened (`unplaced`: `night.prepare` hands each
report its sighting without it) and never takes it for a place two reports share (`place_given`), so it never
joins two moments. The timeline shows it as remembered (`where_shown`)."""

from __future__ import annotations

from typing import Protocol

from bot.models import AnySighting

REMEMBERED = "last seen at"  # the timeline's words for a remembered place: "last seen at Bar"


def unplaced(s: AnySighting) -> AnySighting:
    """The sighting without its remembered `where` (None): what `night.prepare` hands on as a report's sighting, so
    no writer prints it. The report keeps it as `Report.near`, only to be compared with the reports filed there
    (`clusters.Clusters`: the lists a report is compared in), never as its place (`Report.place`, ""): two
    reports are joined by what they tell, never by a place one of them did not give."""
    return s._replace(where=None) if isinstance(s, tuple) else s.model_copy(update={"where": None})


def where_shown(s: AnySighting) -> str:
    """A sighting's place as the timeline shows it: as given, or "last seen at Bar" when it was remembered."""
    if not s.where:
        return ""
    return f"{REMEMBERED} {s.where}" if s.where_remembered else s.where


class _Filed(Protocol):
    @property
    def place(self) -> str: ...
    @property
    def near(self) -> str: ...


def place_given(r: _Filed) -> str:
    """A report's place (`night.Report.place`) when its correspondent gave it, else "": a place remembered from their
    last post (`near`) still keeps the report among those filed there and apart from another place's, as any place
    does, but it is never the place two reports share (`matching._same_place`): it never joins two moments."""
    return "" if r.near else r.place
