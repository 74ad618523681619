"""Processes sharing one PostgreSQL database (db/coordination.py), each played here by connections of its own: a
channel's lease is one process's at a time and goes to another when it is given back or its holder's connection
ends; a wake-up is heard by every listening process, also after its listening connection was cut."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import asyncpg
import pytest

from backstage_testing.pytest_plugin import eventually
from db.coordination import CHANNEL, EDITIONS, ORIGIN, AdvisoryLeases, Listener
from db.database import Database
from db.repositories import SightingRepository
from tests.unit.test_repositories import new, open_show

CHANNEL_ID = 1_234_567_890_123_456_789  # a Discord id: a bigint
ELSEWHERE = "another-host:1"  # a listener standing for another process


@pytest.fixture
async def admin(postgresql_url: str) -> AsyncIterator[asyncpg.Connection]:
    """The server as its administrator sees it (to cut a connection, as a dead host would)."""
    conn = await asyncpg.connect(postgresql_url)
    yield conn
    await conn.close()


class Heard(list[tuple[int, bool]]):
    """What a listener heard, in order: (channel id, whether its lease was given back)."""

    def __call__(self, channel_id: int, freed: bool) -> None:
        self.append((channel_id, freed))


async def cut(admin: asyncpg.Connection, role: str) -> None:
    """End the server side of this process's `role` connection (what happens when its process dies)."""
    ended = await admin.fetchval(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE $1",
        f"backstage {role} %",
    )
    assert ended == 1


async def test_a_channel_lease_is_one_processs_until_it_is_given_back(postgresql_url: str) -> None:
    first, second = AdvisoryLeases(postgresql_url), AdvisoryLeases(postgresql_url)
    try:
        assert await first.acquire(CHANNEL_ID)
        assert not await second.acquire(CHANNEL_ID)
        assert await second.acquire(CHANNEL_ID + 1)  # another channel is free
        assert first.holds(CHANNEL_ID) and not second.holds(CHANNEL_ID)

        await first.release(CHANNEL_ID)

        assert not first.holds(CHANNEL_ID)
        assert await second.acquire(CHANNEL_ID)
        assert not await first.acquire(CHANNEL_ID)
    finally:
        await first.close()
        await second.close()


async def test_an_edition_lease_is_one_processs_and_never_meets_a_channel_lease_of_the_same_number(
    postgresql_url: str,
) -> None:
    channels = AdvisoryLeases(postgresql_url)
    first, second = (AdvisoryLeases(postgresql_url, space=EDITIONS) for _ in range(2))
    try:
        assert await channels.acquire(7)
        assert await first.acquire(7)  # edition 7 is not channel 7
        assert not await second.acquire(7)
        await first.release(7)
        assert await second.acquire(7)
    finally:
        for leases in (channels, first, second):
            await leases.close()


async def test_the_leases_of_a_process_whose_connection_ends_go_to_another(postgresql_url: str, admin) -> None:
    first, second = AdvisoryLeases(postgresql_url), AdvisoryLeases(postgresql_url)
    try:
        assert await first.acquire(CHANNEL_ID)
        await cut(admin, "leases")  # only `first` has connected so far

        async def lost() -> bool:
            return not first.holds(CHANNEL_ID)

        await eventually(lost, what="the first process to know it lost its lease")
        assert await second.acquire(CHANNEL_ID)
        assert not await first.acquire(CHANNEL_ID)  # connected again, and refused: the other paces it now
    finally:
        await first.close()
        await second.close()


async def test_a_lease_given_back_and_a_notification_wake_every_listener(postgresql_url: str) -> None:
    heard: list[tuple[int, bool]] = []
    woken = asyncio.Event()

    def on_heard(channel_id: int, freed: bool) -> None:
        heard.append((channel_id, freed))
        woken.set()

    listener = Listener(postgresql_url, on_heard, lambda: None, origin=ELSEWHERE)
    leases = AdvisoryLeases(postgresql_url)
    listener.start()
    try:
        await asyncio.wait_for(listener.listening.wait(), 10)
        assert await leases.acquire(CHANNEL_ID)
        await leases.release(CHANNEL_ID)
        await asyncio.wait_for(woken.wait(), 10)
        assert heard == [(CHANNEL_ID, True)]
    finally:
        await listener.stop()
        await leases.close()


async def test_the_listener_connects_again_after_its_connection_is_cut_and_says_so(
    postgresql_url: str, admin: asyncpg.Connection
) -> None:
    heard = Heard()
    connections = 0

    def on_connected() -> None:
        nonlocal connections
        connections += 1

    listener = Listener(postgresql_url, heard, on_connected, origin=ELSEWHERE)
    listener.start()
    try:
        await asyncio.wait_for(listener.listening.wait(), 10)
        assert connections == 1
        await cut(admin, "listener")

        async def again() -> bool:
            return connections == 2

        await eventually(again, what="the listener to connect again")
        await admin.execute("SELECT pg_notify($1, $2)", CHANNEL, f"{CHANNEL_ID} work another:2")

        async def notified() -> bool:
            return heard == [(CHANNEL_ID, False)]  # work for the channel, not a lease given back

        await eventually(notified, what="the notification after reconnecting")
    finally:
        await listener.stop()


async def test_a_sighting_stored_through_one_process_is_heard_by_the_others_at_commit_not_by_itself(
    postgresql_url: str, admin: asyncpg.Connection
) -> None:
    heard = {ORIGIN: Heard(), ELSEWHERE: Heard()}
    listeners = [Listener(postgresql_url, heard[o], lambda: None, origin=o) for o in heard]
    for listener in listeners:
        listener.start()
    db = await Database.open(postgresql_url)  # this process's database connection
    try:
        for listener in listeners:
            await asyncio.wait_for(listener.listening.wait(), 10)
        show_id = await open_show(db)
        await SightingRepository(db).add(new(show_id, "Gaga lit a cigarette"), feed_channel_id=CHANNEL_ID)
        await admin.execute("SELECT pg_notify($1, $2)", CHANNEL, f"{CHANNEL_ID + 1} work another:2")

        async def notified() -> bool:
            return all(heard[origin] and heard[origin][-1] == (CHANNEL_ID + 1, False) for origin in heard)

        await eventually(notified, what="the later notification to be heard")
        assert heard[ELSEWHERE] == [(CHANNEL_ID, False), (CHANNEL_ID + 1, False)]  # the sighting, at its commit
        assert heard[ORIGIN] == [(CHANNEL_ID + 1, False)]  # its own process was woken directly (on_enqueued)
    finally:
        await db.close()
        for listener in listeners:
            await listener.stop()


async def test_a_lease_query_that_meets_the_connection_mid_goodbye_is_a_warning_and_the_next_connects_again(
    postgresql_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """After a long stall the server ends the lease session (idle_session_timeout) and asyncpg may be caught between
    the goodbye and the connection's close: the next statement raises its InternalClientError ("cannot switch to
    state 12; another operation (2) is in progress", seen in tests/faults/test_stall_two_processes.py). That is the
    connection gone, like any other: one warning, no traceback, and the next lease query connects again."""
    made: list[asyncpg.Connection] = []

    class CaughtMidGoodbye:
        """A real connection whose first lease query meets asyncpg's protocol mid-goodbye."""

        def __init__(self, conn: asyncpg.Connection) -> None:
            self.conn = conn
            self.failed = False

        def __getattr__(self, name: str) -> object:
            return getattr(self.conn, name)

        async def fetchval(self, query: str, *args: object) -> object:
            if not self.failed:
                self.failed = True
                raise asyncpg.InternalClientError("cannot switch to state 12; another operation (2) is in progress")
            return await self.conn.fetchval(query, *args)

    async def connect(dsn: str, role: str) -> object:
        conn = await asyncpg.connect(dsn)
        made.append(conn)
        return CaughtMidGoodbye(conn) if len(made) == 1 else conn

    leases = AdvisoryLeases(postgresql_url, connect=connect)
    try:
        assert not await leases.acquire(CHANNEL_ID)  # not taken this time, and said so
        assert await leases.acquire(CHANNEL_ID)  # on a new connection
        assert len(made) == 2 and made[0].is_closed()
    finally:
        await leases.close()
    assert "Traceback" not in caplog.text
    [warning] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.startswith(f"could not take the lease of channel {CHANNEL_ID} (cannot switch to state 12")
