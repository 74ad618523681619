"""Outbox claims by two processes on one database (two connections, as two processes have): what a claim binds is
what it read in its own transaction, so no entry is claimed twice, no batch is empty, and a batch of posts never
passes an entry another claimer took (the feed's order)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from db.database import Database
from db.repositories import OutboxRepository, ShowRepository, SightingRepository
from tests.unit.test_repositories import new

T0 = datetime(2031, 8, 31, 20, 0, tzinfo=UTC)
CHANNEL = 100


@pytest.fixture
async def two(database_url: str) -> AsyncIterator[tuple[Database, Database]]:
    """Two connections to one store (a SQLite file, then a PostgreSQL database), as two processes would have."""
    first = await Database.open(database_url)
    second = await Database.open(database_url)
    yield first, second
    await second.close()
    await first.close()


async def sightings(db: Database, count: int) -> list[int]:
    show = await ShowRepository(db).create(
        guild_id=1,
        name="VMAs",
        venue="Barclays",
        feed_channel_id=CHANNEL,
        desk_channel_id=101,
        approval=False,
        opened_by=7,
        opened_at=T0,
    )
    repo = SightingRepository(db)
    return [(await repo.add(new(show.id, f"s{i}"), feed_channel_id=CHANNEL)).id for i in range(count)]


async def batches(db: Database) -> dict[int, list[int]]:
    """Every batch with the sightings bound to it (a batch with none shows as an empty list)."""
    rows = await db.fetchall(
        """SELECT b.id, o.sighting_id FROM feed_batches b LEFT JOIN outbox o ON o.batch_id = b.id
           ORDER BY b.id, o.id"""
    )
    found: dict[int, list[int]] = {}
    for batch_id, sighting_id in rows:
        found.setdefault(int(batch_id), [])
        if sighting_id is not None:
            found[int(batch_id)].append(int(sighting_id))
    return found


async def test_two_claimers_of_the_same_entries_make_one_batch_and_the_second_claims_nothing(
    two: tuple[Database, Database],
) -> None:
    a, b = (OutboxRepository(db) for db in two)
    ids = await sightings(two[0], 4)
    seen_by_a = await a.pending(CHANNEL, T0, 10)
    seen_by_b = await b.pending(CHANNEL, T0, 10)
    assert [e.sighting_id for e in seen_by_a] == [e.sighting_id for e in seen_by_b] == ids

    won = await a.claim(CHANNEL, "post", seen_by_a, T0)
    lost = await b.claim(CHANNEL, "post", seen_by_b, T0)

    assert won is not None and won.sighting_ids == tuple(ids)
    assert lost is None
    assert await batches(two[1]) == {won.id: ids}


async def test_a_batch_of_posts_never_passes_an_entry_another_claimer_took(two: tuple[Database, Database]) -> None:
    a, b = (OutboxRepository(db) for db in two)
    ids = await sightings(two[0], 4)
    seen = await b.pending(CHANNEL, T0, 10)
    third = [e for e in await a.pending(CHANNEL, T0, 10) if e.sighting_id == ids[2]]
    taken = await a.claim(CHANNEL, "post", third, T0)
    assert taken is not None

    claimed = await b.claim(CHANNEL, "post", seen, T0)

    assert claimed is not None and claimed.sighting_ids == tuple(ids[:2])  # not the fourth, after the third
    first = [e for e in seen if e.sighting_id == ids[0]]
    assert await b.claim(CHANNEL, "post", first, T0) is None  # already in a batch


async def test_claimers_racing_over_one_channel_bind_every_entry_once_in_no_empty_batch(
    two: tuple[Database, Database],
) -> None:
    ids = await sightings(two[0], 60)
    claimed: list[list[int]] = [[], []]
    nothing = [0, 0]

    async def claimer(n: int) -> None:
        outbox = OutboxRepository(two[n])
        while pending := await outbox.pending(CHANNEL, T0, 10):
            batch = await outbox.claim(CHANNEL, "post", pending[:3], T0)
            if batch is None:
                nothing[n] += 1
            else:
                claimed[n].extend(batch.sighting_ids)

    await asyncio.gather(claimer(0), claimer(1), claimer(0), claimer(1))

    everything = claimed[0] + claimed[1]
    assert sorted(everything) == ids  # each entry claimed, and once
    found = await batches(two[0])
    assert all(found.values()), "a batch with no entries"
    assert all(entries == sorted(entries) for entries in found.values())
    assert sum(len(entries) for entries in found.values()) == len(ids)
