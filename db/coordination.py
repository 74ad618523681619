"""What several processes sharing one database need from it, written once for both engines.

SQLite is one process's database (db/lock.py): a claim is already alone in its transaction, every channel's
lease is this process's, and there is no other process to wake. PostgreSQL is shared by several processes (or
hosts), each serving a range of shards:
- **Claims** (db/repositories/outbox.py) read the entries they bind `FOR UPDATE SKIP LOCKED` (`skip_locked`),
  in the claiming transaction, so two processes never bind one entry and a batch is never empty.
- **Leases**: exactly one process paces a channel at a time (`AdvisoryLeases`): a session advisory lock keyed
  by the channel's id, taken with `pg_try_advisory_lock` on a connection of its own while this process drains
  the channel, released when the drain ends. The server drops a session's locks when its connection ends, so a
  process killed outright (SIGKILL, a lost host) frees its channels for the others at once.
- **Edition leases**: exactly one process finishes a digest edition at a time (every process resumes the unfinished
  ones when it starts): the same kind of lock, in a key space of its own (`pg_try_advisory_lock(EDITIONS, id)`,
  two int4 keys, which never meet the channels' one bigint key), on another connection of its own, held while a
  process drives the edition (sends, crossposts, deletes) and freed when it stops or dies.
- **Channel health**: a feed channel paused (Discord refused it) or resumed by one process is paused or resumed in
  every process: each write of `feed_channels` says `NOTIFY backstage_outbox, '<channel id> health <origin>'`
  (`notify_health`), and a listening process reads that channel's state again (`bot.feed.health`).
- **Wake-ups**: whatever enqueues work for a channel also says `NOTIFY backstage_outbox, '<channel id>'` in the
  same transaction (`notify_channel`; PostgreSQL delivers it at commit, once per channel per transaction), and
  a lease given back says it too. Each process LISTENs on a connection of its own (`Listener`), which
  connects again when it drops and then wakes everything (notifications sent meanwhile are lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from db.database import is_server

log = logging.getLogger(__name__)

CHANNEL = "backstage_outbox"  # the NOTIFY channel; a payload is `<channel id> <what> <origin>`:
WORK, FREED, HEALTH = "work", "free", "health"  # the channel has work / its lease was given back / its pause changed
ORIGIN = f"{socket.gethostname()}:{os.getpid()}"  # this process: it hears its own work without being told
KEEPALIVE = 15.0  # seconds between checks that the listening connection still answers
RECONNECT_MAX = 30.0  # the longest wait between two attempts to connect again
# A lease holder that stops answering (a frozen process, a host gone without closing its connections) must not
# hold its channels for ever: its lease connection says `SET idle_session_timeout`, so the server ends that session,
# and its leases with it, after LEASE_IDLE s without a statement; a live holder says `SELECT 1` every HEARTBEAT s
# while it holds a lease. Woken, a frozen holder finds its connection gone (`holds` false) and stops draining.
LEASE_IDLE = 15.0
HEARTBEAT = 5.0
EDITIONS = 0x45444954  # "EDIT": the first key of a digest edition's lease (the second: the edition's id)


def is_sqlite(conn: Any) -> bool:
    """The engine switch: whether a write function runs on SQLite (else PostgreSQL)."""
    return isinstance(conn, sqlite3.Connection)


def skip_locked(conn: Any) -> str:
    """The end of a claim's SELECT: lock what it reads, skipping rows another transaction holds."""
    return "" if is_sqlite(conn) else " FOR UPDATE SKIP LOCKED"


def notify_channel(conn: Any, channel_id: int) -> None:
    """Inside a write: every listening process hears, when it commits, that `channel_id` has work."""
    if not is_sqlite(conn):
        conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, f"{channel_id} {WORK} {ORIGIN}"))


def notify_health(conn: Any, channel_id: int) -> None:
    """Inside a write of a channel's pause: every listening process hears, when it commits, to read it again."""
    if not is_sqlite(conn):
        conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, f"{channel_id} {HEALTH} {ORIGIN}"))


class ChannelLeases:
    """Which process paces a channel (or drives a digest edition: `Coordination.editions`, keyed by the edition's
    id). This one, SQLite's: always this process (one process per file)."""

    async def acquire(self, channel_id: int) -> bool:
        """Take the channel's lease if no other process holds it; whether this process holds it now."""
        return True

    def holds(self, channel_id: int) -> bool:
        """Whether this process still holds the lease (false once its connection is lost)."""
        return True

    async def release(self, channel_id: int) -> None:
        """Give the lease back (this process stopped draining the channel)."""

    async def close(self) -> None:
        """Give every lease back."""


Connect = Callable[[str, str], Awaitable[Any]]  # (address, what it is for) -> an asyncpg connection


async def _connect(dsn: str, role: str) -> Any:
    """A connection of its own, named in pg_stat_activity `backstage <role> <pid>` (README: who holds a channel)."""
    import asyncpg

    return await asyncpg.connect(dsn, server_settings={"application_name": f"backstage {role} {os.getpid()}"})


class AdvisoryLeases(ChannelLeases):
    """PostgreSQL: a session advisory lock per channel (key: the channel id, a bigint) on one connection of its
    own. Losing that connection loses every lease (the server releases them): `holds` says so at once, so a
    drain stops; the next `acquire` connects again."""

    def __init__(self, dsn: str, *, connect: Connect = _connect, space: int | None = None) -> None:
        """`space`: None for the feed's channels (one bigint key, and a lease given back is announced); a number
        for another kind of lease (two int4 keys: `space`, the id), given back silently."""
        self.dsn = dsn
        self.space = space
        self._connect = connect
        self._conn: Any = None
        self._held: set[int] = set()
        self._lock = asyncio.Lock()  # one statement at a time on the connection
        self._failures: tuple[type[Exception], ...] = (OSError, TimeoutError, *_postgres_errors())
        self._heartbeat: asyncio.Task[None] | None = None

    async def _connection(self) -> Any:
        if self._conn is None or self._conn.is_closed():
            self._held.clear()
            self._conn = await self._connect(self.dsn, "leases" if self.space is None else f"leases {self.space}")
            self._conn.add_termination_listener(self._lost)
            try:  # PostgreSQL 14 and later; README "Deployment: several processes"
                await self._conn.execute(f"SET idle_session_timeout = {int(LEASE_IDLE * 1000)}")
            except _postgres_errors() as exc:
                log.warning("this PostgreSQL server cannot end a frozen lease holder's session (%s)", exc)
            if self._heartbeat is None:
                self._heartbeat = asyncio.get_running_loop().create_task(self._beat())
        return self._conn

    async def _beat(self) -> None:
        """While this process holds a lease, a statement every HEARTBEAT s keeps its session from timing out."""
        while True:
            await asyncio.sleep(HEARTBEAT)
            async with self._lock:
                if not self._held or self._conn is None or self._conn.is_closed():
                    continue
                try:
                    await self._conn.execute("SELECT 1")
                except self._failures:
                    await self._drop()

    def _lost(self, conn: Any) -> None:
        if conn is self._conn:
            if self._held:
                log.warning("the lease connection to PostgreSQL ended: %d channel lease(s) lost", len(self._held))
            self._held.clear()

    async def acquire(self, channel_id: int) -> bool:
        async with self._lock:
            try:
                conn = await self._connection()
                if self.space is None:
                    got = bool(await conn.fetchval("SELECT pg_try_advisory_lock($1::bigint)", channel_id))
                else:
                    got = bool(
                        await conn.fetchval("SELECT pg_try_advisory_lock($1::int, $2::int)", self.space, channel_id)
                    )
            except self._failures as exc:
                log.warning("could not take the lease of channel %s (%s); trying again later", channel_id, exc)
                await self._drop()
                return False
            if got:
                self._held.add(channel_id)
            return got

    def holds(self, channel_id: int) -> bool:
        return channel_id in self._held and self._conn is not None and not self._conn.is_closed()

    async def release(self, channel_id: int) -> None:
        async with self._lock:
            if channel_id not in self._held:
                return
            self._held.discard(channel_id)
            try:
                if self.space is None:
                    await self._conn.execute(
                        "SELECT pg_advisory_unlock($1::bigint), pg_notify($2, $3)",
                        channel_id,
                        CHANNEL,
                        f"{channel_id} {FREED} {ORIGIN}",
                    )
                else:
                    await self._conn.execute("SELECT pg_advisory_unlock($1::int, $2::int)", self.space, channel_id)
            except self._failures:
                await self._drop()  # the session is gone, and its locks with it

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self._held.clear()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.terminate()

    async def close(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            self._heartbeat = None
        async with self._lock:
            conn, self._conn = self._conn, None
            self._held.clear()
            if conn is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.close(), 5)


Heard = Callable[[int, bool], None]  # (channel id, whether its lease was given back)
HealthHeard = Callable[[int], None]  # (channel id whose pause another process changed)


class Listener:
    """LISTEN backstage_outbox on a connection of its own: `heard(channel_id, freed)` for each notification of
    another process (`origin`: this one's, whose own work wakes it directly), `health(channel_id)` for each change
    of a channel's pause, and `connected()` each time the connection is made (at start and after it dropped:
    notifications sent while it was down are lost, so the caller looks at everything again)."""

    def __init__(
        self,
        dsn: str,
        heard: Heard,
        connected: Callable[[], None],
        *,
        connect: Connect = _connect,
        keepalive: float = KEEPALIVE,
        origin: str = ORIGIN,
        health: HealthHeard | None = None,
    ) -> None:
        self.dsn = dsn
        self.origin = origin
        self.heard = heard
        self.health = health
        self.connected = connected
        self._connect = connect
        self.keepalive = keepalive
        self._task: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()  # set while LISTEN is in force (tests wait on it)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="outbox-listener")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def _notified(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        channel, what, origin = [*payload.split(" ", 2), "", ""][:3]
        if origin == self.origin:
            return
        if not channel.isdigit() or what not in (WORK, FREED, HEALTH):
            log.warning("ignored a notification on %s with payload %r", CHANNEL, payload)
            return
        if what == HEALTH:
            if self.health is not None:
                self.health(int(channel))
            return
        self.heard(int(channel), what == FREED)

    async def _run(self) -> None:
        delay = 0.5
        while True:
            try:
                await self._listen_once()
                delay = 0.5
                log.warning("the listening connection to PostgreSQL ended; connecting again")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("listening for feed wake-ups failed (%s); trying again in %.1f s", exc, delay)
            await asyncio.sleep(delay)  # a pause between attempts, not a wait for an event
            delay = min(RECONNECT_MAX, delay * 2)

    async def _listen_once(self) -> None:
        """One connection: LISTEN, say it is connected, and return when the connection ends."""
        conn = await self._connect(self.dsn, "listener")
        ended = asyncio.Event()
        try:
            conn.add_termination_listener(lambda _c: ended.set())
            await conn.add_listener(CHANNEL, self._notified)
            self.listening.set()
            self.connected()
            while not ended.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(ended.wait(), self.keepalive)
                if not ended.is_set():  # a connection that silently died answers nothing
                    await asyncio.wait_for(conn.execute("SELECT 1"), self.keepalive)
        finally:
            self.listening.clear()
            with contextlib.suppress(Exception):
                conn.terminate()


def _postgres_errors() -> tuple[type[Exception], ...]:
    """What asyncpg raises when a statement meets a server or a connection that is gone: its errors, and its
    protocol caught mid-goodbye (the server ended the session, e.g. its idle_session_timeout after a stall, between
    two statements: "cannot switch to state 12; another operation (2) is in progress", as db/postgres.py's _LOST)."""
    import asyncpg

    return (asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError)


class Coordination:
    """One process's part in sharing its database: its channel leases and, on PostgreSQL, its listener."""

    def __init__(self, location: str) -> None:
        """`location`: the database's (`Database.location`: a SQLite file or a PostgreSQL server's address)."""
        self.dsn = location.strip() if is_server(location) else None
        self.leases: ChannelLeases = AdvisoryLeases(self.dsn) if self.dsn else ChannelLeases()
        self.editions: ChannelLeases = AdvisoryLeases(self.dsn, space=EDITIONS) if self.dsn else ChannelLeases()
        self.listener: Listener | None = None

    def listen(self, heard: Heard, connected: Callable[[], None], health: HealthHeard | None = None) -> None:
        """Start hearing other processes' wake-ups and channel pauses (nothing to hear on SQLite)."""
        if self.dsn is not None and self.listener is None:
            self.listener = Listener(self.dsn, heard, connected, health=health)
            self.listener.start()

    async def close(self) -> None:
        if self.listener is not None:
            await self.listener.stop()
            self.listener = None
        await self.leases.close()
        await self.editions.close()
