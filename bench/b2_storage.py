"""B2: sightings stored per second through the service layer (validation, tagging, duplicate check, the
outbox entry, one transaction each), sequential and 50 concurrent, against raw `sqlite3` doing one INSERT
transaction per sighting on the same schema and PRAGMAs."""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.access import Actor, Caller
from bot.models import GuildConfig
from bot.services import Services
from bot.settings import Settings
from db.database import Database

GUILD = 1
REPORTER_ROLE = 11
EDITOR = Actor(id=2, name="Desk", manages_server=True)
PEOPLE = ["Vesper Lane", "Zoë Delacroix", "Rafferty Quill", "Noor Abernathy", "Selene Achebe", "Hollis Thorne"]
TARGET = 0.25


VERBS = [
    "hugged",
    "argued with",
    "shared a drink with",
    "took a selfie with",
    "whispered to",
    "high-fived",
    "ignored",
    "sang a duet with",
    "swapped jackets with",
    "danced with",
    "gave flowers to",
    "waved at",
]
THINGS = [
    "by the bar",
    "in the corridor",
    "on the red carpet",
    "behind the curtain",
    "in the press room",
    "at the catering table",
    "near the loading dock",
    "in the VIP lounge",
    "outside the dressing rooms",
]
MOODS = [
    "laughing",
    "in tears",
    "very quietly",
    "for the cameras",
    "while security watched",
    "twice",
    "before anyone noticed",
    "to loud applause",
    "in matching sunglasses",
    "holding a trophy",
    "barefoot",
]


def what(i: int) -> str:
    """Varied texts, like a real night (most sightings are not duplicates of one another)."""
    person = PEOPLE[i % len(PEOPLE)]
    return (
        f"{person} {VERBS[i * 7 % len(VERBS)]} a stranger {THINGS[i * 5 % len(THINGS)]}, "
        f"{MOODS[i * 3 % len(MOODS)]} (note {i})"
    )


async def _setup(path: Path) -> tuple[Database, Services, GuildConfig]:
    db = await Database.open(path)
    services = Services(db, Settings(_env_file=None))
    config = GuildConfig(guild_id=GUILD, reporter_role_id=REPORTER_ROLE, editor_role_id=12, feed_channel_id=21)
    await services.config.save(config)
    await services.roster.store(GUILD, [(p, ()) for p in PEOPLE])
    await services.shows.start(
        Caller(GUILD, config, EDITOR, datetime.now(UTC)),
        name="Bench Awards",
        venue=None,
        feed_channel_id=21,
        desk_channel_id=22,
        approval=False,
    )
    return db, services, config


async def service_rate(n: int, concurrency: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db, services, config = await _setup(Path(tmp) / "b2.db")
        start_at = datetime.now(UTC)
        reporters = [Actor(id=100 + r, name=f"R{r}", role_ids=frozenset({REPORTER_ROLE})) for r in range(50)]

        async def worker(k: int) -> None:
            for i in range(k, n, concurrency):
                caller = Caller(GUILD, config, reporters[i % 50], start_at + timedelta(milliseconds=i))
                await services.sightings.post(caller, services.draft(what=what(i), where="Bar"))

        began = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        elapsed = time.perf_counter() - began
        stored = await db.fetchone("SELECT COUNT(*) FROM sightings")
        assert stored is not None and stored[0] == n, stored
        await db.close()
        return n / elapsed


def raw_rate(n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "raw.db"
        asyncio.run(_migrate(path))
        conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(
            "INSERT INTO shows(guild_id, name, feed_channel_id, opened_by, opened_at) VALUES (1, 'x', 21, 2, '')"
        )
        now = datetime.now(UTC).isoformat()
        began = time.perf_counter()
        for i in range(n):
            conn.execute("BEGIN")
            conn.execute(
                """INSERT INTO sightings(guild_id, show_id, reporter_id, reporter_name, what, people, location,
                   created_at) VALUES (1, 1, ?, ?, ?, '[]', 'Bar', ?)""",
                (100 + i % 50, f"R{i % 50}", what(i), now),
            )
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - began
        conn.close()
        return n / elapsed


async def _migrate(path: Path) -> None:
    db = await Database.open(path)
    await db.close()


async def run(quick: bool = False) -> list[dict[str, Any]]:
    n = 500 if quick else 2000
    repeats = 3 if quick else 5
    raws, seqs, concs = [], [], []
    for _ in range(repeats):
        raws.append(await asyncio.to_thread(raw_rate, n))
        seqs.append(await service_rate(n, 1))
        concs.append(await service_rate(n, 50))
    raw = statistics.median(raws)
    rows = []
    for figure, values in (("sightings/s, sequential", seqs), ("sightings/s, 50 concurrent", concs)):
        value = statistics.median(values)
        rows.append(
            {
                "id": "B2",
                "figure": figure,
                "value": round(value),
                "unit": "sightings/s",
                "baseline": round(raw),
                "ratio": round(value / raw, 3),
                "target": f">= {TARGET} x raw sqlite3",
                "met": value / raw >= TARGET,
                "runs": repeats,
                "note": f"{n} sightings per run; baseline: raw sqlite3, one INSERT transaction each",
            }
        )
    return rows


if __name__ == "__main__":
    for row in asyncio.run(run(quick=True)):
        print(row)
