"""Which servers a process serves, and the SQLite rule: a file refuses a split that would leave its servers
behind or its servers' data elsewhere (bot/sharding.py), on a real database file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.models import GuildConfig
from bot.sharding import ShardPlan, check_scope, ranges, shard_of
from db.database import Database, DatabaseError
from db.repositories.config import ConfigRepository
from db.repositories.deployment import GUILD_TABLES, DeploymentRepository
from db.repositories.roster import RosterRepository, RosterRow


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "backstage.db")
    yield database
    await database.close()


MS = 1_500_000_000_000  # an id's timestamp bits, a multiple of 2 and 4


def guild_on(shard: int) -> int:
    """A server id on `shard` of 2 or of 4 (Discord's formula: the id's timestamp bits modulo the count)."""
    return (MS + shard) << 22


def test_a_server_is_on_the_shard_of_its_id_timestamp_bits() -> None:
    assert [shard_of(guild_on(s), 4) for s in range(4)] == [0, 1, 2, 3]
    assert ShardPlan(4, (1, 2)).serves(guild_on(2)) and not ShardPlan(4, (1, 2)).serves(guild_on(3))
    assert ShardPlan().serves(guild_on(3)) and ShardPlan(4).serves(guild_on(3))


def test_shard_ids_read_back_as_ranges() -> None:
    assert ranges((0, 1, 2, 3, 8)) == "0-3,8"
    assert ranges((1,)) == "1"
    assert ShardPlan(4, (0, 1)).scope == "0-1/4"
    assert ShardPlan(4, (0, 1, 2, 3)).scope == "all" == ShardPlan().scope == ShardPlan(2).scope


async def test_a_file_records_its_shards_and_refuses_another_range(db: Database) -> None:
    repo = DeploymentRepository(db)
    await check_scope(repo, ShardPlan(4, (0, 1)), "b.db")
    assert await repo.shard_scope() == "0-1/4"
    await check_scope(repo, ShardPlan(4, (0, 1)), "b.db")  # the same range: fine
    for other in (ShardPlan(4, (2, 3)), ShardPlan(8, (0, 1)), ShardPlan()):
        with pytest.raises(DatabaseError) as refused:
            await check_scope(repo, other, "b.db")
        assert "BACKSTAGE_SHARD_COUNT=4 and BACKSTAGE_SHARD_IDS=0-1" in str(refused.value)
    assert await repo.shard_scope() == "0-1/4"


async def test_a_file_with_every_shard_takes_a_range_only_when_it_holds_no_server_of_other_shards(
    db: Database,
) -> None:
    repo = DeploymentRepository(db)
    await check_scope(repo, ShardPlan(), "b.db")
    await ConfigRepository(db).save(GuildConfig(guild_id=guild_on(1)))
    with pytest.raises(DatabaseError) as refused:
        await check_scope(repo, ShardPlan(2, (0,)), "b.db")
    assert "holds 1 server that this process, serving shard 0 of 2, does not serve" in str(refused.value)
    await check_scope(repo, ShardPlan(2, (1,)), "b.db")  # the range that serves it
    assert await repo.shard_scope() == "1/2"


async def test_every_table_with_a_guild_id_column_counts_as_a_servers_data(db: Database) -> None:
    tables = [r[0] for r in await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")]
    keyed = set()
    for table in tables:
        columns = {c[1] for c in await db.fetchall(f"PRAGMA table_info({table})")}
        if "guild_id" in columns:
            keyed.add(table)
    assert keyed == set(GUILD_TABLES)


async def test_a_server_whose_only_data_is_a_roster_keeps_an_unsharded_file_from_a_range_that_does_not_serve_it(
    db: Database,
) -> None:
    repo = DeploymentRepository(db)
    await check_scope(repo, ShardPlan(), "b.db")
    await RosterRepository(db).upsert_many(guild_on(1), [RosterRow("adele", "Adele", ())])  # no /setup, no show
    with pytest.raises(DatabaseError) as refused:
        await check_scope(repo, ShardPlan(2, (0,)), "b.db")
    assert "holds 1 server that this process, serving shard 0 of 2, does not serve" in str(refused.value)
    assert await repo.shard_scope() == "all"


async def test_a_postgresql_database_takes_any_split_and_records_none(postgresql_url: str) -> None:
    db = await Database.open(postgresql_url)
    try:
        repo = DeploymentRepository(db)
        await ConfigRepository(db).save(GuildConfig(guild_id=guild_on(1)))
        for plan in (ShardPlan(2, (0,)), ShardPlan(2, (1,)), ShardPlan(4, (2, 3)), ShardPlan()):
            await check_scope(repo, plan, db.shown)  # one store for every process: nothing left behind
        assert await repo.shard_scope() is None
    finally:
        await db.close()


async def test_a_file_takes_another_count_that_serves_exactly_its_servers(db: Database) -> None:
    repo = DeploymentRepository(db)
    await check_scope(repo, ShardPlan(2, (0,)), "b.db")
    await ConfigRepository(db).save(GuildConfig(guild_id=guild_on(0)))
    await ConfigRepository(db).save(GuildConfig(guild_id=guild_on(2)))
    # (id >> 22) % 4 in {0, 2} exactly when (id >> 22) % 2 == 0: the same servers, so the file grows with them
    await check_scope(repo, ShardPlan(4, (0, 2)), "b.db")
    assert await repo.shard_scope() == "0,2/4"
    await check_scope(repo, ShardPlan(6, (0, 2, 4)), "b.db")  # even a count that is no power of 2
    await check_scope(repo, ShardPlan(2, (0,)), "b.db")  # and back
    assert await repo.shard_scope() == "0/2"
    for other in (ShardPlan(4, (0,)), ShardPlan(4, (0, 1)), ShardPlan(3, (0,)), ShardPlan(6, (0, 2))):
        with pytest.raises(DatabaseError) as refused:
            await check_scope(repo, other, "b.db")
        assert "start it with BACKSTAGE_SHARD_COUNT=2 and BACKSTAGE_SHARD_IDS=0" in str(refused.value)


async def test_counts_whose_lcm_is_past_the_cap_are_compared_as_written(db: Database) -> None:
    repo = DeploymentRepository(db)
    await check_scope(repo, ShardPlan(2, (0,)), "b.db")
    odd = 100_001  # lcm(2, 100,001) = 200,002, past SAME_SERVERS_MODULUS_MAX
    with pytest.raises(DatabaseError):
        await check_scope(repo, ShardPlan(2 * odd, tuple(range(0, 2 * odd, 2))), "b.db")
    assert await repo.shard_scope() == "0/2"
