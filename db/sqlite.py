"""SQLite, the default engine: one file, one process (db/lock.py), through aiosqlite.

One connection serves every write and every ordinary read of the process, and everything that touches it is one
hop to the thread that owns it (aiosqlite's worker thread, which runs one job at a time).

Why one connection rather than a second one for ordinary reads: because no transaction is ever open between jobs,
a read can only run before or after a whole write, never in the middle of one, so it sees committed data
only; and because every read statement is finished in its own job, no read transaction is ever left open
on the connection. (An open read statement makes SQLite answer a write with "database is locked" at once
instead of waiting `busy_timeout`: SQLite skips the busy handler for a connection holding a read
transaction, since waiting could deadlock.) One connection also keeps connection settings (PRAGMAs) in
one place. A read waits behind at most the write group in progress (milliseconds). SQLite allows one
writer at a time anyway; WAL keeps readers in other processes (e.g. `backstage rehearse`) unblocked.

Reads that scan a whole night are the exception, because on that one connection they would hold up every
write meanwhile (a `/spot` in another server waits behind a 100,000-sighting `/show status` for 0.4 s):
`read_apart` runs them on a second, read-only connection with a thread of its own (opened at first use), inside
one read transaction; WAL lets it read while the first one writes, and the GIL is released while SQLite works.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

import aiosqlite

from bot.text import fold
from db.database import (
    SQLITE,
    Conflict,
    Connection,
    Database,
    DatabaseError,
    StorageUnavailable,
    check_path,
    select_one,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_TIMEOUT_MS = 5000
# "database is locked": another writer held the file past the busy timeout; the write was not made
_STORAGE = ("readonly", "read-only", "disk is full", "disk i/o", "database or disk is full", "database is locked")


class ConnectionThread:
    """Runs `fn(sqlite3_connection)` on the thread that owns the connection, as one job.

    aiosqlite offers no public way to do this: its own methods all go through the private
    `Connection._execute(fn, *args)` and the private `Connection._conn` (the sqlite3 connection). This class
    is the only place that uses them, and it is why aiosqlite is pinned to one version (pyproject.toml and
    constraints.txt): before upgrading it, check that both still exist and mean the same (tests/unit/
    test_database.py fails otherwise)."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    @classmethod
    async def connect(cls, path: str, *, uri: bool = False) -> ConnectionThread:
        conn = await aiosqlite.connect(path, isolation_level=None, uri=uri)  # autocommit: we say BEGIN ourselves
        conn.row_factory = sqlite3.Row
        return cls(conn)

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return await self._conn._execute(fn, self._conn._conn)

    async def close(self) -> None:
        await self._conn.close()


class SqliteDatabase(Database):
    engine = SQLITE

    def __init__(self, thread: ConnectionThread, path: str) -> None:
        super().__init__(path)
        self._thread = thread
        self._apart: asyncio.Task[ConnectionThread] | None = None  # the read-only connection, once opened

    @classmethod
    async def connect(cls, path: str, *, migrate: bool) -> SqliteDatabase:
        if path != ":memory:":
            check_path(Path(path))
        try:
            thread = await ConnectionThread.connect(path)
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"Cannot open the database {path} ({exc}): check that it and its folder can be read and written."
            ) from exc
        db = cls(thread, path)
        try:
            await db._refuse_newer()  # before anything (even journal_mode) writes to the file
            await thread.run(partial(_configure, path))
            if migrate:
                await db.migrate()
        except sqlite3.DatabaseError as exc:
            await thread.close()
            if "not a database" in str(exc):
                raise DatabaseError(
                    f"{path} is not a SQLite database (SQLite says: {exc}); point BACKSTAGE_DATABASE (or --db) "
                    f"at Backstage's database file, or at a new file name to start a new one."
                ) from exc
            raise DatabaseError(
                f"Cannot use the database {path} ({exc}): check that it and its folder can be read and written."
            ) from exc
        except BaseException:
            await thread.close()
            raise
        return db

    async def _run(self, fn: Callable[[Connection], T]) -> T:
        return await self._thread.run(fn)

    async def _run_apart(self, fn: Callable[[Connection], T]) -> T:
        """An in-memory database has no second connection: `read` then."""
        if self.location == ":memory:":
            return await self._run(fn)
        if self._apart is None:
            self._apart = asyncio.ensure_future(_open_apart(self.location))
        try:
            thread = await asyncio.shield(self._apart)
        except Exception:
            self._apart = None  # try again next time
            raise
        return await thread.run(partial(_in_snapshot, fn))

    def _begin(self) -> str:
        return "BEGIN IMMEDIATE"

    def _in_transaction(self, conn: Connection) -> bool:
        assert isinstance(conn, sqlite3.Connection)
        return conn.in_transaction

    def _error(self, exc: BaseException) -> BaseException:
        if isinstance(exc, sqlite3.IntegrityError):
            error: BaseException = Conflict(str(exc))
            error.__cause__ = exc
            return error
        if isinstance(exc, sqlite3.OperationalError) and any(s in str(exc).lower() for s in _STORAGE):
            return StorageUnavailable(str(exc))
        return exc

    def _version_in(self, conn: Connection) -> int:
        row = select_one(conn, "PRAGMA user_version")
        return int(row[0]) if row else 0

    def _migrating(self, version: int, sql: str, conn: Connection) -> None:
        # executescript would COMMIT on its own; run statement by statement inside the write's transaction
        for statement in split_sql(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")

    def _tables_in(self, conn: Connection) -> list[str]:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return [str(r[0]) for r in rows]

    async def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`: changes whenever another connection commits to the file."""
        row = await self.fetchone("PRAGMA data_version")
        assert row is not None
        return int(row[0])

    async def close(self) -> None:
        if self._apart is not None:
            apart, self._apart = self._apart, None
            with contextlib.suppress(Exception):  # it never opened: nothing to close
                await (await apart).close()
        if self.location != ":memory:":  # fold the WAL into the file: the file alone then holds every write
            with contextlib.suppress(sqlite3.Error):
                await self._thread.run(_checkpoint)
        await self._thread.close()


def _checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _readonly_uri(path: str) -> str:
    return Path(path).absolute().as_uri() + "?mode=ro"


async def _open_apart(path: str) -> ConnectionThread:
    thread = await ConnectionThread.connect(_readonly_uri(path), uri=True)
    await thread.run(_configure_readonly)
    return thread


def _configure_readonly(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _in_snapshot(fn: Callable[[Connection], T], conn: sqlite3.Connection) -> T:
    """`fn(conn)` inside one read transaction (its statements see one committed state), ended after."""
    conn.execute("BEGIN")
    try:
        return fn(conn)
    finally:
        conn.execute("ROLLBACK")


@contextlib.contextmanager
def read_only_file(path: str) -> Iterator[sqlite3.Connection]:
    """`db.database.read_only` for a file: WAL lets the bot write meanwhile. Rows are plain tuples."""
    if path == ":memory:":
        raise DatabaseError("an in-memory database cannot be read from another connection")
    conn = sqlite3.connect(_readonly_uri(path), uri=True, isolation_level=None)
    try:
        _configure_readonly(conn)
        conn.execute("BEGIN")
        yield conn
    finally:
        conn.close()


def _configure(path: str, conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if path != ":memory:":
        mode = select_one(conn, "PRAGMA journal_mode = WAL")
        if mode is None or str(mode[0]).lower() != "wal":
            log.warning("SQLite refused WAL mode for %s (got %r)", path, mode and mode[0])
    conn.execute("PRAGMA synchronous = NORMAL")
    # the roster's key rule (bot.text.fold, the bottom layer), for migrations that re-key when folding widens
    conn.create_function("backstage_fold", 1, fold, deterministic=True)


def split_sql(sql: str) -> Iterable[str]:
    """Split a migration into statements: at each ';' that ends a complete statement, as SQLite judges it
    (`sqlite3.complete_statement`), so a trigger's body stays whole. Our migrations keep ';' out of strings."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    statement = ""
    for part in "\n".join(lines).split(";"):
        statement += part + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                yield statement
            statement = ""
    if statement.strip(" \n;"):
        yield statement
