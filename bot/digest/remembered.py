"""A `where` nobody gave: a `/spot` with no `where` is filed at the correspondent's last location (README), a
convenience for the feed, not a fact about the moment ("cried backstage" filed at "Bar" because the reporter was
last at the bar). The digest takes it for nothing: it never joins two moments as "one place" (`moments`: a report
is only compared with those filed there, `Report.near`) and is never printed as where it happened. (A
correspondent's "correction to my last" still finds their last post by it: `night._without_corrected`.) The
timeline shows it as remembered (`where_shown`)."""

from __future__ import annotations

from typing import Protocol

from bot.models import AnySighting

from .places import same_place

REMEMBERED = "last seen at"  # the timeline's words for a remembered place: "last seen at Bar"


def unplaced(s: AnySighting) -> AnySighting:
    """The sighting without its remembered `where` (None): what `night.prepare` hands on as a report's sighting, so
    no writer prints it. The report keeps it as `Report.near`, only to be compared with the reports filed there
    (`moments.Clusters`: the lists a report is compared in), never as its place (`Report.place`, ""): two
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


def filed_apart(a: _Filed, b: _Filed) -> bool:
    """Whether two reports (`night.Report`) were filed from two places (not one named in two languages), a place
    remembered from a correspondent's last post counting as theirs (`near`): `moments`' test of a person on the
    move told from two places. Never a place two reports share: that is given, or it is none."""
    here, there = a.place or a.near, b.place or b.near
    return bool(here and there and here != there) and not same_place(here, there)
