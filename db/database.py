"""The one owner of the SQLite connection, and the one way to read and write it.

One connection serves every write and every ordinary read of the process, and everything that touches it is
one hop to the thread that owns it (aiosqlite's worker thread, which runs one job at a time):
- `write(fn)`: `fn(connection)` runs inside BEGIN IMMEDIATE … COMMIT on that thread, in one job (group
  commit: writes queued meanwhile share the next transaction, a savepoint each). There is no other way to
  write, so a transaction is never open between two jobs.
- `fetchall`/`fetchone`: the statement runs and is finished (its cursor closed) in one job.

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
- `read_apart(fn)`: on a second, read-only connection with a thread of its own (opened at first use), inside
  one read transaction, so its statements see one committed state; WAL lets it read while the first one
  writes. For SQL that does the heavy lifting itself (counts over a night, a search); the GIL is released
  while SQLite works, so the event loop runs on.
- `read_only(path)`: the same kind of connection for another process (`bot.worker`: the digest and its
  exports are compiled there), opened and closed by that process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.text import fold

log = logging.getLogger(__name__)

T = TypeVar("T")
WriteFn = Callable[[sqlite3.Connection], Any]
GROUP_MAX = 256  # writes committed together at most
BUSY_TIMEOUT_MS = 5000

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


class Database:
    """Owns the connection; repositories read through `read` (or `fetchall`/`fetchone`) and write through
    `write`."""

    def __init__(self, thread: ConnectionThread, path: str) -> None:
        self._thread = thread
        self.path = path
        self._queued: list[tuple[WriteFn, asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None
        self._apart: asyncio.Task[ConnectionThread] | None = None  # the read-only connection, once opened

    @classmethod
    async def open(cls, path: str | Path, *, migrate: bool = True) -> Database:
        """Open (creating it if missing) and migrate the database. A path that cannot be one (a folder, a
        missing folder, a file that is not SQLite) raises DatabaseError with the sentence to show."""
        path = str(path)
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

    async def version(self) -> int:
        row = await self.fetchone("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def _refuse_newer(self) -> None:
        """Refuse, before anything writes to it, a file a newer Backstage wrote or another program's database."""
        current = await self.version()
        if current == 0:
            tables = [r[0] for r in await self.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")]
            if tables:
                raise DatabaseError(foreign(self.path, tables))
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
            await self.write(partial(_apply_migration, version, sql))
        return await self.version()

    async def close(self) -> None:
        if self._apart is not None:
            apart, self._apart = self._apart, None
            with contextlib.suppress(Exception):  # it never opened: nothing to close
                await (await apart).close()
        await self._thread.close()

    async def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(connection)` inside a write transaction on the database thread, in one hop.

        Group commit: writes queued while a transaction is running are committed together in the next one,
        each inside its own savepoint, so one failing write never spoils its neighbours. The caller's await
        returns only after the COMMIT, so an acknowledged write is durable. `fn` runs on the database thread:
        it must be plain synchronous code (no awaits, nothing slow)."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queued.append((fn, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_queued(), name="db-group-commit")
        return await future

    async def _write_queued(self) -> None:
        while self._queued:
            batch, self._queued = self._queued[:GROUP_MAX], self._queued[GROUP_MAX:]
            try:
                outcomes = await self._thread.run(partial(_run_group, [fn for fn, _ in batch]))
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

    async def read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(connection)` on the database thread, in one hop, between write transactions: it sees
        committed data only, and nothing is written between its statements. For reads only (writes go through
        `write`); `fn` must finish its statements (`select_all`/`select_one` do)."""
        return await self._thread.run(fn)

    async def read_apart(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(connection)` on the read-only connection's thread, inside one read transaction: for reads that
        scan a whole night, so that the connection that writes is not held up meanwhile (see the module's
        docstring). An in-memory database has no second connection: `read` then."""
        if self.path == ":memory:":
            return await self.read(fn)
        if self._apart is None:
            self._apart = asyncio.ensure_future(_open_apart(self.path))
        try:
            thread = await asyncio.shield(self._apart)
        except Exception:
            self._apart = None  # try again next time
            raise
        return await thread.run(partial(_in_snapshot, fn))

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return await self.read(lambda conn: select_all(conn, sql, params))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        return await self.read(lambda conn: select_one(conn, sql, params))

    async def get_meta(self, key: str) -> str | None:
        row = await self.fetchone("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def set_meta(self, key: str, value: str) -> None:
        await self.write(partial(_set_meta, key, value))


def _readonly_uri(path: str) -> str:
    return Path(path).absolute().as_uri() + "?mode=ro"


async def _open_apart(path: str) -> ConnectionThread:
    thread = await ConnectionThread.connect(_readonly_uri(path), uri=True)
    await thread.run(_configure_readonly)
    return thread


def _configure_readonly(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _in_snapshot(fn: Callable[[sqlite3.Connection], T], conn: sqlite3.Connection) -> T:
    """`fn(conn)` inside one read transaction (its statements see one committed state), ended after."""
    conn.execute("BEGIN")
    try:
        return fn(conn)
    finally:
        conn.execute("ROLLBACK")


@contextlib.contextmanager
def read_only(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection of this process to the database at `path`, inside one read transaction (what
    it reads is one committed state, however long it takes; WAL lets the bot write meanwhile), closed after.
    For `bot.worker`'s processes. Rows are plain tuples."""
    path = str(path)
    if path == ":memory:":
        raise DatabaseError("an in-memory database cannot be read from another connection")
    conn = sqlite3.connect(_readonly_uri(path), uri=True, isolation_level=None)
    try:
        _configure_readonly(conn)
        conn.execute("BEGIN")
        yield conn
    finally:
        conn.close()


def foreign(path: str | Path, tables: Sequence[str]) -> str:
    """The sentence refusing a SQLite file with tables but no Backstage schema version (another program's)."""
    shown = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
    return (
        f"The database {path} is another program's SQLite file (it has tables, {shown}, and no Backstage schema "
        f"version): point BACKSTAGE_DATABASE (or --db) at Backstage's file or at a new file name; this one was "
        f"left untouched."
    )


def check_path(path: Path) -> None:
    """Refuse, in one sentence, a database path that cannot be a database file."""
    if path.is_dir():
        raise DatabaseError(
            f"{path} is a folder, not a database file; point BACKSTAGE_DATABASE (or --db) at a file in it, "
            f"e.g. {path / 'backstage.db'} (it is created if missing)."
        )
    if not path.parent.is_dir():
        raise DatabaseError(
            f"Cannot create the database {path}: the folder {path.parent} does not exist; create it, or point "
            f"BACKSTAGE_DATABASE (or --db) at a file in an existing folder."
        )


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


def select_all(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
    """On the database thread (in a read, or inside a `write`): every row, the statement finished."""
    cur = conn.execute(sql, params)
    try:
        return cur.fetchall()
    finally:
        cur.close()


def select_one(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
    """On the database thread: the first row or None, the statement finished (closing the cursor resets it,
    so no read transaction is left open even when more rows were left unread)."""
    cur = conn.execute(sql, params)
    try:
        row: sqlite3.Row | None = cur.fetchone()
        return row
    finally:
        cur.close()


def _apply_migration(version: int, sql: str, conn: sqlite3.Connection) -> None:
    current = select_one(conn, "PRAGMA user_version")
    if current is not None and int(current[0]) >= version:
        return  # another process (the bot and `backstage serve` start together) applied it meanwhile
    # executescript would COMMIT on its own; run statement by statement inside the write's transaction
    for statement in _split_sql(sql):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")


def _set_meta(key: str, value: str, conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _run_group(fns: list[WriteFn], conn: sqlite3.Connection) -> list[tuple[bool, Any]]:
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


def _storage_error(exc: sqlite3.OperationalError) -> Exception:
    text = str(exc).lower()
    if any(s in text for s in ("readonly", "read-only", "disk is full", "disk i/o", "database or disk is full")):
        return StorageUnavailable(str(exc))
    return exc
