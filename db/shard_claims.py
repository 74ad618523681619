"""Which process serves which shards of one PostgreSQL database: two processes never serve the same servers.

Discord sends a server's interactions to *every* gateway session whose shard covers it, so two processes on
overlapping shards would each store and post every `/spot` (with SQLite, db/shard_files.py claims the shards in
the files' folder). On PostgreSQL each `backstage run` claims its shards when it starts: a session advisory lock
per shard, in a key space of its own (`pg_advisory_lock(SHARDS, count << 16 | id)`: two int4 keys, which never
meet a channel's one bigint key nor an edition's space), held on a connection of its own (`backstage shards <pid>` in
pg_stat_activity) for the life of the process. The server drops them when that connection ends (the process
stopped, was killed, or its host vanished: README, TCP keepalives).

Two claims overlap when some server falls in both: shard `a` of `m` and shard `b` of `n` share the servers whose id
`(guild_id >> 22)` is `a` mod `m` and `b` mod `n`, which exist exactly when `a ≡ b (mod gcd(m, n))`. So claims of
different counts (a split being changed) are compared too: the check of the others' claims and the taking of this
process's locks happen under one more lock (`SHARDS, MUTEX`), so two processes starting at once see each other.
A process whose shards are held refuses to start (exit status 2, one sentence naming the overlapping shards)
after waiting `GRACE` s, the time the server may take to notice that a restarted unit's old process is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from db.database import DatabaseError

log = logging.getLogger(__name__)

SHARDS = 0x53484152  # "SHAR": the first key of a shard's claim
MUTEX = 0  # the second key (no claim has count 0) of the lock held while a process checks and takes its claims
GRACE = 5.0  # seconds a starting process waits for overlapping claims to go away before it refuses
COUNT_MAX = 32767  # counts above this would not fit the key (count << 16 | id in an int4)


@dataclass(frozen=True, order=True)
class Shard:
    """Shard `id` of `count`; `count` 1 is every server (a process without shard settings)."""

    count: int
    id: int

    @property
    def key(self) -> int:
        return self.count << 16 | self.id

    @classmethod
    def of_key(cls, key: int) -> Shard:
        return cls(key >> 16, key & 0xFFFF)

    def overlaps(self, other: Shard) -> bool:
        return (self.id - other.id) % math.gcd(self.count, other.count) == 0

    def __str__(self) -> str:
        return "every shard" if self.count == 1 else f"shard {self.id} of {self.count}"


def shards_of(count: int | None, ids: Sequence[int] | None) -> list[Shard]:
    """What a process claims: its ids of `count`; every shard when it serves them all (or lets Discord choose)."""
    if count is None or ids is None or len(ids) >= count or count > COUNT_MAX:
        return [Shard(1, 0)]
    return [Shard(count, i) for i in sorted(set(ids))]


@dataclass(frozen=True, order=True)
class Claim:
    """A running process's claim as the server sees it."""

    shard: Shard
    pid: int  # the server's backend pid of the claiming connection
    name: str  # its application_name, `backstage shards <pid> <host>`
    address: str | None


class ShardsInUse(DatabaseError):
    """Another running process serves some of these shards."""


_CLAIMS = f"""
SELECT l.objid::bigint AS key, l.pid, a.application_name, host(a.client_addr) AS address
FROM pg_locks l JOIN pg_stat_activity a USING (pid)
WHERE l.locktype = 'advisory' AND l.classid::bigint = {SHARDS} AND l.objsubid = 2 AND l.granted
  AND l.objid::bigint <> {MUTEX} AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
"""


async def claims(conn: Any) -> list[Claim]:
    """Every process's claims on this database (an asyncpg connection)."""
    rows = await conn.fetch(_CLAIMS)
    return sorted(Claim(Shard.of_key(r["key"]), r["pid"], r["application_name"] or "", r["address"]) for r in rows)


def overlapping(mine: Sequence[Shard], theirs: Sequence[Claim]) -> list[tuple[Shard, Claim]]:
    return [(s, c) for s in mine for c in theirs if s.overlaps(c.shard)]


def who(claim: Claim) -> str:
    where = f" from {claim.address}" if claim.address else ""
    return f"{claim.name or 'a Backstage process'}{where}"


def refusal(found: Sequence[tuple[Shard, Claim]], where: str, *, ids: str = "BACKSTAGE_SHARD_IDS") -> str:
    """The one sentence refusing a process whose shards overlap running ones' (`found`), on a PostgreSQL database
    or on a folder's SQLite files (db/shard_files.py): `where` says which ("on the database …", "with a SQLite file
    in …"), `ids` how this process is given other shards."""
    holders = sorted({who(c) for _, c in found})
    theirs = sorted({c.shard for _, c in found})
    mine = sorted({s for s, _ in found})
    return (
        f"Another Backstage process already serves {', '.join(map(str, theirs))} {where} "
        f"({'; '.join(holders)}), which overlap{'s' if len(theirs) == 1 else ''} this one's "
        f"{', '.join(map(str, mine))}: two processes on the same servers would each answer and post every "
        f"command. Stop the other process first, or give this one other {ids}."
    )


class ShardClaims:
    """This process's claims, on a connection of its own, held until `close`. When that connection is lost (a
    server restart, a network cut), the claims are taken again on a new one, every `AGAIN` s until they are; when
    another process has claimed an overlapping shard meanwhile, `on_taken` is called with why (the process must
    stop: two processes on the same servers would each answer and post every command) and no more is tried."""

    AGAIN = 5.0

    def __init__(self, conn: Any, shards: list[Shard], dsn: str, shown: str) -> None:
        self.conn = conn
        self.shards = shards
        self._dsn, self._shown = dsn, shown
        self._again: asyncio.Task[None] | None = None
        self._closed = False
        self.on_taken: Callable[[str], None] | None = None
        conn.add_termination_listener(self._lost)

    def _lost(self, _conn: Any) -> None:
        if not self._closed and self._again is None:
            log.warning("the connection holding this process's shard claims was lost; claiming them again")
            self._again = asyncio.get_running_loop().create_task(self._claim_again())

    async def _claim_again(self) -> None:
        while not self._closed:
            try:
                again = await ShardClaims.take(self._dsn, self.shards, self._shown, grace=0)
            except ShardsInUse as exc:
                log.error("this process's shards were claimed by another process while it was away: %s", exc)
                self._again = None
                if self.on_taken is not None:
                    self.on_taken(str(exc))
                return
            except Exception as exc:
                log.error("could not claim this process's shards again (trying every %g s): %s", self.AGAIN, exc)
                await asyncio.sleep(self.AGAIN)
                continue
            again._closed = True  # its connection is ours now: lost again, this object claims again
            self.conn = again.conn
            self.conn.add_termination_listener(self._lost)
            self._again = None
            return

    @classmethod
    async def take(cls, dsn: str, shards: list[Shard], shown: str, *, grace: float = GRACE) -> ShardClaims:
        """Claim `shards`, or ShardsInUse (after `grace` s of the overlap staying)."""
        import asyncpg

        name = f"backstage shards {os.getpid()} {socket.gethostname()}"[:63]
        conn = await asyncpg.connect(dsn, server_settings={"application_name": name})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        try:
            while True:
                found = await cls._try(conn, shards)
                if not found:
                    log.info("claimed %s on %s", ", ".join(map(str, shards)), shown)
                    return cls(conn, shards, dsn, shown)
                if loop.time() >= deadline:
                    raise ShardsInUse(refusal(found, f"on the database {shown}"))
                await asyncio.sleep(0.5)
        except BaseException:
            with contextlib.suppress(Exception):
                await conn.close(timeout=5)
            raise

    @staticmethod
    async def _try(conn: Any, shards: list[Shard]) -> list[tuple[Shard, Claim]]:
        """Under the mutex: the overlapping claims of others, or (none) this process's locks taken."""
        await conn.execute("SELECT pg_advisory_lock($1, $2)", SHARDS, MUTEX)
        try:
            found = overlapping(shards, await claims(conn))
            if not found:
                for shard in shards:
                    await conn.execute("SELECT pg_advisory_lock($1, $2)", SHARDS, shard.key)
            return found
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1, $2)", SHARDS, MUTEX)

    async def close(self) -> None:
        self._closed = True
        if self._again is not None:
            self._again.cancel()
        with contextlib.suppress(Exception):
            await self.conn.close(timeout=5)
