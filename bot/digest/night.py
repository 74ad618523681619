"""Steps 1–2 of the digest: which sightings count, and who they are about.

See `bot.digest.stories` for the whole algorithm.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter

from rapidfuzz.utils import default_process

from bot.models import Curation, RosterEntry, Show, Sighting, SightingStatus

from .scoring import UNPINNED, VOTE_TERMS, W_HEADLINE, W_QUOTE, vote_term
from .textutil import fold


@dataclass(slots=True)
class Report:
    """One candidate sighting, prepared for grouping."""

    index: int  # position in (created_at, id) order: comparing indexes compares times
    sighting: Sighting
    names: tuple[str, ...]  # folded name keys, distinct, in tagging order
    lead: str | None = None  # the name with the most attention
    solo: tuple[int, float, int] = (UNPINNED, 0.0, 0)  # priority as a moment on its own (see Moment)
    pin: int | None = None  # position of the editor's pin among the curations
    pin_headline: str | None = None
    stamp: float | None = None  # created_at as a POSIX timestamp, computed when first needed
    text: str = ""  # default_process(what), computed when first needed
    sorted_text: str = ""  # the same, tokens sorted

    @property
    def ts(self) -> float:
        """When it was posted, in seconds (only the sightings compared in time ever need it)."""
        if self.stamp is None:
            self.stamp = self.sighting.created_at.timestamp()
        return self.stamp

    def plain(self) -> str:
        if not self.text:
            self.text = default_process(self.sighting.what) or " "
        return self.text

    def key(self) -> str:
        if not self.sorted_text:
            self.sorted_text = " ".join(sorted(self.plain().split())) or " "
        return self.sorted_text


@dataclass(slots=True)
class NameBook:
    """Display names and attention (sightings naming each person) over the night, by folded key."""

    display: dict[str, str] = field(default_factory=dict)
    attention: dict[str, int] = field(default_factory=dict)


def lead_of(keys: Sequence[str], attention: dict[str, int]) -> str | None:
    """The key with the most attention; among equals the first in alphabetical order.

    The tie-break must not depend on how one reporter ordered the names: two reports of one exchange
    ("Dex, Juniper" and "Juniper, Dex") must get the same lead.
    """
    if not keys:
        return None
    if len(keys) == 1:
        return keys[0]
    return min(keys, key=lambda k: (-attention.get(k, 0), k))


def effective_curations(curations: Sequence[Curation]) -> dict[int, tuple[int, Curation]]:
    """The last curation of each sighting, with its position in the list (the pin order)."""
    last: dict[int, tuple[int, Curation]] = {}
    for position, curation in enumerate(curations):
        last[curation.sighting_id] = (position, curation)
    return last


def _latest(sightings: Iterable[Sighting], show_id: int) -> list[Sighting]:
    """The show's sightings, one per id: if an id repeats, its latest edit."""
    mine = [s for s in sightings if s.show_id == show_id]
    by_id = {s.id: s for s in mine}
    if len(by_id) != len(mine):  # the same sighting twice (say, before and after an edit)
        for s in mine:
            known = by_id[s.id]
            if known is not s and _version(s) > _version(known):
                by_id[s.id] = s
    return list(by_id.values())


def _version(s: Sighting) -> tuple[datetime, str]:
    return (s.edited_at or s.created_at, s.model_dump_json())


def candidates(
    show: Show, sightings: Iterable[Sighting], curations: Sequence[Curation], now: datetime
) -> list[Sighting]:
    """Step 1: eligible sightings, drops (and what corroborates a drop) removed, in (created_at, id) order."""
    live = SightingStatus.LIVE
    eligible = [
        s for s in _latest(sightings, show.id) if s.status is live and (s.publish_at is None or s.publish_at <= now)
    ]
    eligible.sort(key=attrgetter("created_at", "id"))
    dropped = {sid for sid, (_, c) in effective_curations(curations).items() if not c.pinned}
    if not dropped:
        return eligible
    by_id = {s.id: s for s in eligible}

    def is_dropped(s: Sighting) -> bool:
        seen: set[int] = set()
        current: Sighting | None = s
        while current is not None and current.id not in seen:
            if current.id in dropped:
                return True
            seen.add(current.id)
            current = by_id.get(current.corroborates) if current.corroborates is not None else None
        return False

    return [s for s in eligible if not is_dropped(s)]


def _alias_map(roster: Sequence[RosterEntry] | None) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in sorted(roster or (), key=lambda e: (e.id, e.name)):
        for alias in (entry.name, *entry.aliases):
            table.setdefault(fold(alias), entry.name)
    return table


def prepare(
    ordered: list[Sighting],
    curations: Sequence[Curation],
    roster: Sequence[RosterEntry] | None = None,
) -> tuple[list[Report], NameBook]:
    """Step 2: name keys, attention and leads for candidates already in time order."""
    aliases = _alias_map(roster)
    book = NameBook()
    display = book.display
    tagged: dict[object, tuple[str, ...]] = {}  # people (and other names) as given -> name keys
    reports: list[Report] = []
    append = reports.append
    mentions: list[str] = []  # every name key of every sighting, for attention
    mention = mentions.extend
    terms, known_votes, quote_weight, headline_weight = VOTE_TERMS, len(VOTE_TERMS), W_QUOTE, W_HEADLINE
    for index, s in enumerate(ordered):
        raw = (s.people, s.other_names) if s.other_names else s.people
        keys = tagged.get(raw)
        if keys is None:
            found: list[str] = []
            for name in s.people + s.other_names:
                canonical = aliases.get(fold(name), name)
                key = fold(canonical)
                if key and key not in found:
                    found.append(key)
                    display.setdefault(key, " ".join(canonical.split()))
            keys = tagged[raw] = tuple(found)
        mention(keys)
        votes = s.votes
        score = (  # the moment score of this sighting alone (see scoring), inlined: this runs per sighting
            (terms[votes] if 0 < votes < known_votes else vote_term(votes))
            + (quote_weight if s.quote else 0.0)
            + (headline_weight if s.headline else 0.0)
        )
        append(Report(index, s, keys, keys[0] if keys else None, (UNPINNED, -score, index)))
    attention = book.attention
    attention.update(Counter(mentions))
    for r in reports:
        if len(r.names) > 1:
            r.lead = lead_of(r.names, attention)
    pins = {sid: pc for sid, pc in effective_curations(curations).items() if pc[1].pinned}
    if pins:
        for r in reports:
            if r.sighting.id in pins:
                position, curation = pins[r.sighting.id]
                r.pin, r.pin_headline = position, curation.headline
                r.solo = (position, *r.solo[1:])
    return reports, book
