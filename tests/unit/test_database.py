"""The one way to read and write the database, on both engines: what a read can see while a write is in progress,
what a read apart sees while a write commits; and on a SQLite file, what a second connection to the same file does
while the first one is writing."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from db import postgres
from db.database import FINISH_WRITE, Connection, Database, read_only

WAIT = 10.0  # seconds: a bound on waiting for the other thread, never a delay


@pytest.fixture
def db(database: Database) -> Database:
    return database


def insert(key: str, value: str):
    def fn(conn: Connection) -> None:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))

    return fn


async def test_a_read_during_an_uncommitted_write_never_sees_it(db: Database):
    written, release = threading.Event(), threading.Event()

    def draft_then_fail(conn: Connection) -> None:
        insert("draft", "never committed")(conn)
        written.set()
        release.wait(WAIT)
        raise RuntimeError("the write fails after its insert, so it is rolled back")

    writing = asyncio.create_task(db.write(draft_then_fail))
    assert await asyncio.to_thread(written.wait, WAIT), "the write never ran"
    # the row is in the open transaction now; issue a read, let it start, and only then end the write
    reading = asyncio.create_task(db.get_meta("draft"))
    await asyncio.sleep(0)  # one turn of the event loop (not a delay): the read is under way
    release.set()
    with pytest.raises(RuntimeError, match="rolled back"):
        await writing
    assert await reading is None
    assert await db.get_meta("draft") is None


async def test_a_stop_withdraws_a_write_not_begun_and_lets_one_under_way_finish(db: Database):
    """What a stop (bot.in_flight) relies on to tell a person "not saved" truthfully."""
    running, release = threading.Event(), threading.Event()

    def under_way(conn: Connection) -> str:
        insert("under way", "kept")(conn)
        running.set()
        release.wait(WAIT)
        return "committed"

    first = asyncio.create_task(db.write(under_way))
    assert await asyncio.to_thread(running.wait, WAIT), "the first write never ran"
    second = asyncio.create_task(db.write(insert("not begun", "never made")))
    await asyncio.sleep(0)  # one turn of the event loop (not a delay): the second write is queued
    first.cancel(FINISH_WRITE)
    second.cancel(FINISH_WRITE)
    await asyncio.sleep(0)
    release.set()
    assert await first == "committed"
    with pytest.raises(asyncio.CancelledError):
        await second
    assert await db.get_meta("under way") == "kept"
    assert await db.get_meta("not begun") is None


async def test_a_second_connection_writing_while_the_first_holds_the_write_lock_succeeds(tmp_path: Path):
    """Two Database objects on one file. The second one reads (several rows, only the first one wanted, as
    the bot does) and then starts a write while the first one is inside its write transaction: the write must
    succeed once the first one commits. A read statement left open on the second connection makes SQLite
    refuse that write at once ("database is locked", its busy handler skipped), every time; without a busy
    timeout it is refused whenever it reaches the lock before the first commits (nearly always)."""
    path = tmp_path / "shared.db"
    holding, release = threading.Event(), threading.Event()
    first, second = await Database.open(path), await Database.open(path)
    try:
        for key in ("a", "b", "c"):
            await first.set_meta(key, "earlier")

        def hold_the_write_lock(conn: sqlite3.Connection) -> None:
            insert("first", "committed once the second is waiting")(conn)
            holding.set()
            release.wait(WAIT)

        def on_statement(sql: str) -> None:  # on the second connection's thread
            if sql.strip().upper() == "BEGIN IMMEDIATE":
                release.set()  # the second is now asking for the lock the first still holds

        await second.read(lambda conn: conn.set_trace_callback(on_statement))
        writing_first = asyncio.create_task(first.write(hold_the_write_lock))
        assert await asyncio.to_thread(holding.wait, WAIT), "the first write never ran"

        assert (await second.fetchone("SELECT key FROM meta ORDER BY key"))["key"] == "a"
        await second.write(insert("second", "waited its turn"))
        await writing_first

        rows = {r["key"]: r["value"] for r in await second.fetchall("SELECT key, value FROM meta")}
        assert rows["first"] == "committed once the second is waiting"
        assert rows["second"] == "waited its turn"
    finally:
        release.set()
        await first.close()
        await second.close()


async def test_a_read_apart_sees_one_committed_state_and_holds_up_no_write(db: Database):
    """A read that scans a whole night (`read_apart`) runs on a read-only connection of its own: a write made
    while it is in the middle of its statements is committed at once (on the one connection it would wait for
    the read), and the read's statements all see the state it started with."""
    await db.write(insert("before", "1"))
    first_done, release = threading.Event(), threading.Event()

    def count_twice(conn: Connection) -> tuple[int, int]:
        first = conn.execute("SELECT COUNT(*) FROM meta").fetchone()[0]
        first_done.set()
        release.wait(WAIT)
        second = conn.execute("SELECT COUNT(*) FROM meta").fetchone()[0]
        return first, second

    reading = asyncio.create_task(db.read_apart(count_twice))
    assert await asyncio.to_thread(first_done.wait, WAIT), "the read never ran"
    await db.write(insert("during", "2"))  # committed while the read is between its two statements
    assert not reading.done()
    assert await db.get_meta("during") == "2"
    release.set()
    first, second = await reading
    assert first == second  # one committed state, from the first statement to the last
    after = await db.read_apart(lambda conn: conn.execute("SELECT COUNT(*) FROM meta").fetchone()[0])
    assert after == first + 1


async def test_a_read_apart_cannot_write(db: Database):
    with pytest.raises(Exception, match=r"(?i)read-?only"):  # SQLite: a readonly database; PostgreSQL: transaction
        await db.read_apart(insert("sneaky", "write"))
    assert await db.get_meta("sneaky") is None


async def test_a_whole_night_scan_reads_every_row_in_order_past_many_batches_with_other_reads_between(
    db: Database, database_url: str, monkeypatch: pytest.MonkeyPatch
):
    """On PostgreSQL a scan on a whole-night connection is read a batch at a time from a server-side cursor
    (db/postgres.py, made small here so that 250 rows take several batches); on SQLite the cursor steps. Either
    way every row comes once, in order, and other statements may run between two rows (a night's photos)."""
    monkeypatch.setattr(postgres, "BATCH", 40)
    await db.write(lambda conn: conn.execute("CREATE TABLE scan(id INTEGER PRIMARY KEY, what TEXT NOT NULL)"))
    await db.write(lambda conn: conn.executemany("INSERT INTO scan VALUES (?, ?)", [(i, f"r{i}") for i in range(250)]))

    def scan(conn: Connection) -> tuple[list[int], list[int]]:
        seen, between = [], []
        for row in conn.execute("SELECT id, what FROM scan ORDER BY id"):
            seen.append(row[0])
            if row[0] % 50 == 0:
                between.append(conn.execute("SELECT COUNT(*) FROM scan WHERE id <= ?", (row[0],)).fetchone()[0])
        return seen, between

    assert await db.read_apart(scan) == (list(range(250)), [1, 51, 101, 151, 201])
    with read_only(database_url) as conn:
        assert scan(conn) == (list(range(250)), [1, 51, 101, 151, 201])
        tail = conn.execute("SELECT id FROM scan WHERE id >= 200 ORDER BY id").fetchall()
        assert [r[0] for r in tail] == list(range(200, 250))
