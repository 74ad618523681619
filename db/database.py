"""The one owner of the SQLite connection.

A single aiosqlite connection serves the whole process: SQLite allows one writer at a time anyway, and
one connection lets us serialise write transactions with an asyncio lock instead of fighting over
SQLITE_BUSY. WAL keeps readers (and a second process such as `backstage rehearse`) unblocked.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.text import fold

log = logging.getLogger(__name__)

T = TypeVar("T")
WriteFn = Callable[[sqlite3.Connection], Any]
GROUP_MAX = 256  # writes committed together at most

_MIGRATION_NAME = re.compile(r"^V(\d+)__([a-z0-9_]+)\.sql$")


class DatabaseError(Exception):
    """The database cannot be used; the message says what to do."""


class StorageUnavailable(DatabaseError):
    """A write failed because of the storage itself (read-only file, full disk, I/O error)."""


def migrations() -> list[tuple[int, str, str]]:
    """The numbered migrations shipped in db/migrations, as (version, name, sql), in order."""
    found = []
    for entry in resources.files("db.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise DatabaseError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


LATEST_VERSION = len(migrations())


class Database:
    """Owns the connection; repositories borrow it through `read`/`transaction`."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self._conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()
        self._queued: list[tuple[WriteFn, asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, path: str | Path, *, migrate: bool = True) -> Database:
        path = str(path)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        db = cls(conn, path)
        try:
            await db._refuse_newer()  # before anything (even journal_mode) writes to the file
            await db._configure()
            if migrate:
                await db.migrate()
        except BaseException:
            await conn.close()
            raise
        return db

    async def _configure(self) -> None:
        await self._conn.execute("PRAGMA busy_timeout = 5000")
        await self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            cur = await self._conn.execute("PRAGMA journal_mode = WAL")
            row = await cur.fetchone()
            if row is None or str(row[0]).lower() != "wal":
                log.warning("SQLite refused WAL mode for %s (got %r)", self.path, row and row[0])
        await self._conn.execute("PRAGMA synchronous = NORMAL")
        # the roster's key column is bot.text.fold of the name; migrations re-key with it when folding widens
        await self._conn.create_function("backstage_fold", 1, fold, deterministic=True)

    async def version(self) -> int:
        cur = await self._conn.execute("PRAGMA user_version")
        row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def _refuse_newer(self) -> None:
        current = await self.version()
        if current > LATEST_VERSION:
            raise DatabaseError(
                f"The database {self.path} was written by a newer Backstage (schema version {current}; "
                f"this one knows up to {LATEST_VERSION}). Upgrade Backstage; the file was left untouched."
            )

    async def migrate(self) -> int:
        """Apply every migration newer than the database's `user_version`; return the new version."""
        await self._refuse_newer()
        current = await self.version()
        for version, name, sql in migrations():
            if version <= current:
                continue
            log.info("migrating %s to version %d (%s)", self.path, version, name)
            async with self.transaction() as conn:
                # executescript would COMMIT on its own; run statement by statement inside our transaction
                for statement in _split_sql(sql):
                    await conn.execute(statement)
                await conn.execute(f"PRAGMA user_version = {version}")
        return await self.version()

    async def close(self) -> None:
        await self._conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction (BEGIN IMMEDIATE … COMMIT), one at a time across the process."""
        async with self._write_lock:
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _storage_error(exc) from exc
            try:
                yield self._conn
            except sqlite3.OperationalError as exc:
                await self._rollback()
                raise _storage_error(exc) from exc
            except BaseException:
                await self._rollback()
                raise
            try:
                await self._conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                await self._rollback()
                raise _storage_error(exc) from exc

    async def _rollback(self) -> None:
        if self._conn.in_transaction:
            await self._conn.execute("ROLLBACK")

    async def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(connection)` inside a write transaction on the database thread, in one hop.

        Group commit: writes queued while a transaction is running are committed together in the next one,
        each inside its own savepoint, so one failing write never spoils its neighbours. The caller's await
        returns only after the COMMIT, so an acknowledged write is durable."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queued.append((fn, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_queued(), name="db-group-commit")
        return await future

    async def _write_queued(self) -> None:
        while self._queued:
            batch, self._queued = self._queued[:GROUP_MAX], self._queued[GROUP_MAX:]
            try:
                async with self._write_lock:
                    # aiosqlite's (private, pinned) entry point for running a callable on its thread
                    outcomes = await self._conn._execute(_run_group, self._conn._conn, [fn for fn, _ in batch])
            except sqlite3.Error as exc:
                error = _storage_error(exc) if isinstance(exc, sqlite3.OperationalError) else exc
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            except BaseException as exc:  # cancelled while closing: the callers must not hang
                for _, future in batch:
                    if not future.done():
                        future.set_exception(DatabaseError(f"the write was not committed: {exc!r}"))
                raise
            for (_, future), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(
                        _storage_error(value) if isinstance(value, sqlite3.OperationalError) else value
                    )

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        cur = await self._conn.execute(sql, params)
        return list(await cur.fetchall())

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        cur = await self._conn.execute(sql, params)
        return await cur.fetchone()

    async def get_meta(self, key: str) -> str | None:
        row = await self.fetchone("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def set_meta(self, key: str, value: str) -> None:
        async with self.transaction() as conn:
            await conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _run_group(conn: sqlite3.Connection, fns: list[WriteFn]) -> list[tuple[bool, Any]]:
    """On the database thread: one transaction, a savepoint per write."""
    outcomes: list[tuple[bool, Any]] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for fn in fns:
            conn.execute("SAVEPOINT one_write")
            try:
                outcomes.append((True, fn(conn)))
            except Exception as exc:
                if not conn.in_transaction:
                    raise  # SQLite aborted the whole transaction (e.g. disk full): the group is not saved
                conn.execute("ROLLBACK TO one_write")
                outcomes.append((False, exc))
            conn.execute("RELEASE one_write")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return outcomes


def _split_sql(sql: str) -> Iterable[str]:
    """Split a migration into statements (our migrations keep ';' out of strings and triggers)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            yield statement


def _storage_error(exc: sqlite3.OperationalError) -> Exception:
    text = str(exc).lower()
    if any(s in text for s in ("readonly", "read-only", "disk is full", "disk i/o", "database or disk is full")):
        return StorageUnavailable(str(exc))
    return exc
