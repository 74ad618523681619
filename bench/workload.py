"""Realistic inputs: sightings and a roster drawn from `bot.digest.synthetic.synthetic_night`."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.digest.synthetic import synthetic_night
from bot.models import Sighting


@dataclass(frozen=True)
class SpotInput:
    """The options a correspondent fills in for one `/spot`."""

    what: str
    who: str | None
    where: str | None
    quote: str | None

    def options(self) -> dict[str, Any]:
        """Slash-command option values, without the empty ones."""
        values = {"what": self.what, "who": self.who, "where": self.where, "quote": self.quote}
        return {k: v for k, v in values.items() if v}


def _spot_of(sighting: Sighting) -> SpotInput:
    return SpotInput(
        what=sighting.what[:1000],
        who=", ".join(sighting.people) or None,
        where=sighting.where,
        quote=sighting.quote[:1000] if sighting.quote else None,
    )


def night_spots(count: int, seed: int = 7) -> tuple[list[SpotInput], list[str]]:
    """`count` /spot inputs in the order of an invented night, and every person they name (the roster)."""
    _, sightings = synthetic_night(count, seed)
    people = sorted({p for s in sightings for p in s.people})
    return [_spot_of(s) for s in sightings], people


def untagged_spots(count: int, seed: int = 11) -> list[SpotInput]:
    """`count` distinct /spot inputs naming nobody (never linked as duplicates: each is its own feed item)."""
    _, sightings = synthetic_night(count, seed)
    return [
        SpotInput(what=f"Moment {i + 1}: {s.what}"[:1000], who=None, where=s.where, quote=None)
        for i, s in enumerate(sightings)
    ]


_SYLLABLES = [
    "ka",
    "ri",
    "lo",
    "ven",
    "mar",
    "tis",
    "a",
    "el",
    "on",
    "ur",
    "bel",
    "cas",
    "dra",
    "fen",
    "gal",
    "hal",
    "ira",
    "jo",
    "kel",
    "lun",
    "mor",
    "nad",
    "ost",
    "pel",
    "quin",
    "ros",
    "sil",
    "tav",
    "ul",
    "vor",
    "wen",
    "xan",
    "yor",
    "zel",
    "bri",
    "cor",
    "dex",
    "fal",
    "gor",
    "hen",
    "iv",
    "jan",
    "kor",
    "lis",
    "mel",
    "nor",
    "pax",
    "rin",
    "sar",
    "tor",
    "ves",
    "wil",
]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def big_roster(size: int, seed: int = 3) -> list[tuple[str, tuple[str, ...]]]:
    """`size` distinct invented names ("Velmar Castis"), one in five with a one-word stage-name alias."""
    rng = random.Random(seed)
    taken: set[str] = set()  # folded names and aliases: each label means one person
    rows: list[tuple[str, tuple[str, ...]]] = []
    while len(rows) < size:
        name = f"{_word(rng, rng.randint(1, 3))} {_word(rng, rng.randint(2, 3))}"
        if rng.random() < 0.1:
            name = f"{name}-{_word(rng, 2)}"
        if name.casefold() in taken:
            continue
        taken.add(name.casefold())
        alias: tuple[str, ...] = ()
        stage = _word(rng, rng.randint(2, 4))
        if rng.random() < 0.2 and stage.casefold() not in taken:
            taken.add(stage.casefold())
            alias = (stage,)
        rows.append((name, alias))
    return rows


def roster_csv(rows: Sequence[tuple[str, tuple[str, ...]]]) -> bytes:
    """The `/roster import` file for these names: a `name,aliases` header, aliases separated by `|`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "aliases"])
    writer.writerows([name, "|".join(aliases)] for name, aliases in rows)
    return out.getvalue().encode()
