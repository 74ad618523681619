"""Invented awards nights for the digest tests, built directly as model objects.

Everyone here is made up: the Golden Kettle Awards at the Harbourside Pavilion, its guests and its
correspondents. A test writes its night in a few lines and compiles it:

    night = Night()
    a = night.spot("Dex Okafor tripped over a cable", who=["Dex Okafor"], by="Amy", at="21:03")
    digest = night.compile()
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from bot.digest import Digest, DigestItem, TimelineRow, compile_digest, timeline_rows
from bot.models import Curation, Reporter, RosterEntry, Show, Sighting, SightingStatus

EVENING = datetime(2030, 2, 14, 0, 0, tzinfo=UTC)
SHOW = Show(
    id=7,
    guild_id=99,
    name="The Golden Kettle Awards",
    venue="Harbourside Pavilion",
    feed_channel_id=1001,
    opened_by=1,
    opened_at=EVENING + timedelta(hours=19),
)
END = EVENING + timedelta(hours=23, minutes=59)


def clock_time(clock: str) -> datetime:
    """'21:03' on the night of the show (UTC)."""
    hours, minutes = clock.split(":")
    return EVENING + timedelta(hours=int(hours), minutes=int(minutes))


class Night:
    """A show's sightings and curations, written by a test."""

    def __init__(self, show: Show = SHOW) -> None:
        self.show = show
        self.sightings: list[Sighting] = []
        self.curations: list[Curation] = []
        self.roster: list[RosterEntry] = []
        self._reporters: dict[str, Reporter] = {}
        self._next_id = 101

    def reporter(self, name: str) -> Reporter:
        if name not in self._reporters:
            self._reporters[name] = Reporter(id=5000 + len(self._reporters), name=name)
        return self._reporters[name]

    def spot(
        self,
        what: str,
        *,
        who: Sequence[str] = (),
        by: str = "Amy",
        at: str = "21:00",
        quote: str | None = None,
        quote_by: str | None = None,
        headline: str | None = None,
        where: str | None = None,
        votes: int = 0,
        status: SightingStatus = SightingStatus.LIVE,
        hold: int | None = None,
        corroborates: Sighting | None = None,
        other_names: Sequence[str] = (),
        show_id: int | None = None,
        key: bool = False,
        where_remembered: bool = False,
    ) -> Sighting:
        created = clock_time(at)
        sighting = Sighting(
            id=self._next_id,
            guild_id=self.show.guild_id,
            show_id=self.show.id if show_id is None else show_id,
            reporter=self.reporter(by),
            what=what,
            people=tuple(who),
            other_names=tuple(other_names),
            where=where,
            quote=quote,
            quote_by=quote_by,
            headline=headline,
            status=status,
            created_at=created,
            publish_at=created + timedelta(minutes=hold) if hold is not None else None,
            corroborates=corroborates.id if corroborates is not None else None,
            votes=votes,
            key=key,
            where_remembered=where_remembered,
        )
        self._next_id += 1
        self.sightings.append(sighting)
        return sighting

    def pin(self, sighting: Sighting, headline: str | None = None) -> None:
        self.curations.append(Curation(sighting_id=sighting.id, pinned=True, headline=headline))

    def drop(self, sighting: Sighting) -> None:
        self.curations.append(Curation(sighting_id=sighting.id, pinned=False))

    def set_roster(self, *people: tuple[str, Sequence[str]]) -> None:
        """The show's roster: each person's name and aliases, ids from 1 in the order given."""
        self.roster = [
            RosterEntry(id=k, guild_id=self.show.guild_id, name=name, aliases=list(aliases))
            for k, (name, aliases) in enumerate(people, 1)
        ]

    def compile(self, count: int = 5, now: datetime = END, shuffle: int | None = None) -> Digest:
        """The digest; with `shuffle`, the sightings are handed over in a seeded random order."""
        sightings = list(self.sightings)
        if shuffle is not None:
            random.Random(shuffle).shuffle(sightings)
        return compile_digest(self.show, sightings, self.curations, count=count, now=now, roster=self.roster or None)

    def timeline(self, digest: Digest | None = None, now: datetime = END, tz: tzinfo = UTC) -> list[TimelineRow]:
        """The editors' record of the night (every sighting with where it stands at `now`)."""
        return timeline_rows(self.sightings, self.curations, digest, now, tz)


def every_item(digest: Digest) -> list[DigestItem]:
    """The items and the bonus, as an editor reads them."""
    return [*digest.items, *([digest.bonus] if digest.bonus else [])]


def all_ids(digest: Digest) -> set[int]:
    return {i for item in every_item(digest) for i in item.sighting_ids}


def item_with(digest: Digest, sighting: Sighting) -> DigestItem:
    """The one item (or bonus) that tells `sighting`."""
    found = [item for item in every_item(digest) if sighting.id in item.sighting_ids]
    assert len(found) == 1, f"sighting {sighting.id} is told by {len(found)} items"
    return found[0]


def filler(night: Night, count: int, start_hour: int = 19, votes: int = 0) -> list[Sighting]:
    """`count` unremarkable, unrelated moments, one person each, seven minutes apart. With no votes they
    are filler (never told); with `votes` they are small stories."""
    guests = [
        "Wren Quill",
        "Noor Sallow",
        "Bastian Marchetti",
        "Odile Pellham",
        "Caspian Thorne",
        "Sunniva Ekwueme",
        "Hollis Lindqvist",
        "Rafferty Moreau",
        "Zadie Kovalenko",
        "Emrys Delacroix",
        "Calla Ashdown",
        "Lazlo Serrano",
        "Romilly Abernathy",
        "Thaddeus Falk",
    ]
    chores = [
        "checked a reflection in a fire extinguisher",
        "asked where the nearest kettle was",
        "signed a programme for a cloakroom attendant",
        "counted the stairs to the stage out loud",
        "borrowed a pen and forgot to give it back",
        "tied a shoelace on the loading ramp",
        "hummed a jingle from a cereal advert",
    ]
    made = []
    for i in range(count):
        guest = guests[i % len(guests)]
        minute = (i * 7) % 60
        made.append(
            night.spot(
                f"{guest} {chores[i % len(chores)]}",
                who=[guest],
                by=f"Stringer {i % 3}",
                at=f"{start_hour + (i * 7) // 60:02d}:{minute:02d}",
                votes=votes,
            )
        )
    return made
