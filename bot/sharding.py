"""Which servers a process serves, and what that means for its SQLite file.

Discord routes a server's events, interactions included, to the gateway session whose shard is
`(guild_id >> 22) % shard_count` (https://discord.com/developers/docs/events/gateway#sharding). One process
serves the shards `BACKSTAGE_SHARD_IDS` of `BACKSTAGE_SHARD_COUNT`, all of them by default.

SQLite is one process's database (db/lock.py), so several processes on one machine each have their own file,
and a server's data lives in the file of the process that serves its shard. That holds only while the split
stays the same: with another count or other ids, a server moves to another process and its setup, shows and
sightings would stay behind in a file nobody reads. So the file records the shards it serves (its "scope")
and a process refuses to start on a file whose servers it would not serve, or that served only part of the
shards when it now serves others (and two files are never served for the same shard at once: each process claims
its shards in the files' folder, db/shard_files.py). Changing the split with SQLite means starting from new files
or renaming them (README: Growing the split). A PostgreSQL database is one store shared by every process
(db/coordination.py keeps them from treading on each other): no server's data is left behind by any split, so it
records no scope; instead each running process claims its shards there (db/shard_claims.py), and a process whose
shards overlap a running one's refuses to start.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.settings import parse_shard_ids
from db.database import SQLITE, DatabaseError
from db.repositories.deployment import DeploymentRepository

ALL = "all"
SAME_SERVERS_MODULUS_MAX = 100_000  # lcm of two shard counts up to which their shards are compared server for server


def shard_of(guild_id: int, count: int) -> int:
    """The shard Discord sends a server's events to."""
    return (guild_id >> 22) % count


def ranges(ids: tuple[int, ...]) -> str:
    """`0-3,8`: ids as BACKSTAGE_SHARD_IDS writes them."""
    parts: list[str] = []
    start = prev = ids[0]
    for i in [*ids[1:], None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if i is not None:
            start = prev = i
    return ",".join(parts)


@dataclass(frozen=True)
class ShardPlan:
    """`count` None: Discord's recommended count, every shard here. `ids` None: every shard of `count`."""

    count: int | None = None
    ids: tuple[int, ...] | None = None

    @property
    def partial(self) -> bool:
        return self.ids is not None and self.count is not None and len(self.ids) < self.count

    @property
    def scope(self) -> str:
        """What the database records: `all`, or `0-1/4` (these ids of that count)."""
        if not self.partial or self.ids is None:
            return ALL
        return f"{ranges(self.ids)}/{self.count}"

    def serves(self, guild_id: int) -> bool:
        if not self.partial or self.ids is None or self.count is None:
            return True
        return shard_of(guild_id, self.count) in self.ids

    def describe(self) -> str:
        if self.count is None:
            return "every shard (as many as Discord recommends)"
        if not self.partial or self.ids is None:
            return "the one shard" if self.count == 1 else f"all {self.count} shards"
        return f"shard{'s' if len(self.ids) > 1 else ''} {ranges(self.ids)} of {self.count}"


def settings_of(scope: str) -> str:
    if scope == ALL:
        return "BACKSTAGE_SHARD_IDS empty (every shard)"
    ids, count = scope.split("/")
    return f"BACKSTAGE_SHARD_COUNT={count} and BACKSTAGE_SHARD_IDS={ids}"


async def scope_problem(repo: DeploymentRepository, plan: ShardPlan, database: str) -> str | None:
    """The sentence refusing `plan` for this file: servers in it would go unserved, or servers would miss their
    data (it served only part of the shards, and not these); None when the plan fits (always, on PostgreSQL)."""
    if repo.db.engine != SQLITE:
        return None
    recorded = await repo.shard_scope()
    fix = "or give this process a new file in BACKSTAGE_DATABASE (README: Several processes)"
    if recorded is not None and recorded != ALL and not _same_servers(recorded, plan):
        return (
            f"The database {database} belongs to the process serving {ShardPlan(*_parse(recorded)).describe()}, "
            f"and this one would serve {plan.describe()}: start it with {settings_of(recorded)}, {fix}."
        )
    strangers = [g for g in await repo.guild_ids() if not plan.serves(g)]
    if strangers:
        servers = f"{len(strangers)} server{'s' if len(strangers) != 1 else ''}"
        return (
            f"The database {database} holds {servers} that this process, serving {plan.describe()}, does not "
            f"serve (Discord sends their events to other shards), so their data (setup, roster, shows) would be "
            f"left behind: start this process with the shard settings that serve them, {fix}."
        )
    return None


async def check_scope(repo: DeploymentRepository, plan: ShardPlan, database: str) -> None:
    """At start: refuse a plan that does not fit the file (DatabaseError, one sentence), else record its scope."""
    problem = await scope_problem(repo, plan, database)
    if problem is not None:
        raise DatabaseError(problem)
    if repo.db.engine == SQLITE and await repo.shard_scope() != plan.scope:
        await repo.record_shard_scope(plan.scope)


def _same_servers(recorded: str, plan: ShardPlan) -> bool:
    """Whether `plan` serves exactly the servers of the partial scope `recorded`, whatever the counts: a server is
    on shard (id >> 22) % count, so two splits serve the same servers when the residues of (id >> 22) modulo the
    lcm of the counts they serve agree (`1/2` and `1,3/4` do). Beyond `SAME_SERVERS_MODULUS_MAX`, only the same
    scope written alike counts as the same."""
    if recorded == plan.scope:
        return True
    if not plan.partial or plan.ids is None or plan.count is None:
        return False
    count, ids = _parse(recorded)
    modulus = math.lcm(count, plan.count)
    if modulus > SAME_SERVERS_MODULUS_MAX:
        return False
    was, now = set(ids), set(plan.ids)
    return all((r % count in was) == (r % plan.count in now) for r in range(modulus))


def _parse(scope: str) -> tuple[int, tuple[int, ...]]:
    ids, count = scope.split("/")
    return int(count), parse_shard_ids(ids)
