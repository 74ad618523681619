"""The one owner of the database connection, and the one way to read and write it, on either engine.

`Database.open(location)` picks the engine from the location: a file path is SQLite (db/sqlite.py, the default,
embedded, for one process), a `postgresql://` (or `postgres://`) address is a PostgreSQL server (db/postgres.py,
asyncpg, for many processes and hosts). The repositories are the same code on both: their SQL lives in plain
synchronous functions `fn(conn)`, written once in the subset both engines read (`?` placeholders, `ON CONFLICT`,
`RETURNING`, no engine's own functions), run on a thread of the database's own, never on the event loop:
- `write(fn)`: `fn(connection)` inside one write transaction, in one job (group commit: writes queued meanwhile
  share the next transaction, a savepoint each). There is no other way to write, so a transaction is never open
  between two jobs, and one process's writes are serialized on its one connection.
- `read(fn)`, `fetchall`/`fetchone`: between write transactions, on the same connection; their statements are
  finished in the job (no read transaction is left open).
- `read_apart(fn)`: for reads that scan a whole night, on a second, read-only connection with a thread of its own,
  inside one read transaction (one committed state), so that the connection that writes is not held up.
- `read_only(location)`: the same kind of connection for another process (`bot.worker`), opened and closed by it.
- `write_apart(fn)`: one long write that must not hold up the others (a 50,000-name roster import made live):
  on PostgreSQL one transaction on a connection of its own, beside the process's writes (`writes_apart`); on
  SQLite, whose file has one writer at a time, it is `write`.

What cannot be written once (the schema version, the engine's own catalogue, how a write transaction starts, how
another connection's commits are noticed) is a method of the engine's class. Each engine's module docstring says
why its connections are arranged as they are.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar

from db.sqlite_files import lost_wal, not_a_file, orphaned_wal

log = logging.getLogger(__name__)

T = TypeVar("T")
GROUP_MAX = 256  # writes committed together at most
# The reason a stop gives when it cancels a command still working (`task.cancel(FINISH_WRITE)`, bot.in_flight): a
# write of that command's not yet begun is never made, and one under way is waited for and its outcome returned,
# so a command cancelled this way has saved nothing, and one that saved something goes on to say so.
FINISH_WRITE = "Backstage is stopping: a write under way finishes, one not begun is not made"
SQLITE, POSTGRESQL = "sqlite", "postgresql"

_MIGRATION_NAME = re.compile(r"^V(\d+)__([a-z0-9_]+)\.sql$")
_SERVER = re.compile(r"^(postgresql|postgres)://", re.IGNORECASE)
_CREDENTIALS = re.compile(r"(?<=://)[^?#\s]*@")  # up to the address's last @ (a password may hold an unencoded @ or /)
# a password= of the query string, up to what ends it (in a sentence, the address may be followed by `).` or `):`)
_SECRET_PARAMETER = re.compile(r"(?<=[?&])((?:ssl)?password=)[^&#\s]*?(?=\)*[.,;:]?(?:[&#\s]|$))", re.IGNORECASE)


class DatabaseError(Exception):
    """The database cannot be used; the message says what to do."""


class StorageUnavailable(DatabaseError):
    """A write failed because of the storage itself (read-only file, full disk, I/O error, the server gone)."""


class ServerUnreachable(StorageUnavailable):
    """The database server could not be reached (refused, no answer, its name not resolved for now): a temporary
    failure, unlike a wrong password or a missing database."""


class Conflict(DatabaseError):
    """A write broke one of the schema's rules (a unique index, a foreign key); the engine's error is its cause."""


class Row(Protocol):
    """A row as both engines give it (sqlite3.Row, asyncpg.Record): by position, by column name, `dict(row)`."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def keys(self) -> Any: ...


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def close(self) -> None: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the repositories' functions use of a connection: sqlite3's own, or db.postgres's adapter of it."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...


Fn = Callable[[Connection], Any]


def is_server(location: str | Path) -> bool:
    """Whether the location is a PostgreSQL server's address rather than a SQLite file."""
    return isinstance(location, str) and bool(_SERVER.match(location.strip()))


def hide_credentials(text: str) -> str:
    """An address as it may be shown, wherever it is: `postgresql://user:secret@host/db?password=x` →
    `postgresql://***@host/db?password=***`."""
    return _SECRET_PARAMETER.sub(r"\1***", _CREDENTIALS.sub("***@", text))


def migrations(engine: str = SQLITE) -> list[tuple[int, str, str]]:
    """The numbered migrations shipped for the engine (db/migrations, db/migrations/postgresql), as (version,
    name, sql), in order. Both engines have the same numbers and names (tests/unit/test_engines.py)."""
    package = "db.migrations" if engine == SQLITE else "db.migrations.postgresql"
    found = []
    for entry in resources.files(package).iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise DatabaseError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


LATEST_VERSION = len(migrations())


def newer(shown: str, version: int, engine: str = SQLITE) -> str:
    """The sentence refusing a database a newer Backstage wrote."""
    return (
        f"The database {shown} was written by a newer Backstage (schema version {version}; this one knows up to "
        f"{LATEST_VERSION}). Upgrade Backstage; the {'file' if engine == SQLITE else 'database'} was left untouched."
    )


def foreign(shown: str | Path, tables: Sequence[str], engine: str = SQLITE) -> str:
    """The sentence refusing a database with tables but no Backstage schema version (another program's)."""
    listed = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
    what = "SQLite file" if engine == SQLITE else "PostgreSQL database"
    instead = (
        "at Backstage's file or at a new file name" if engine == SQLITE else "at Backstage's database or an empty one"
    )
    return (
        f"The database {shown} is another program's {what} (it has tables, {listed}, and no Backstage schema "
        f"version): point BACKSTAGE_DATABASE (or --db) {instead}; this one was left untouched."
    )


class Database:
    """Owns the connections; repositories read through `read` (or `fetchall`/`fetchone`) and write through
    `write`. An engine's subclass provides the connections and what cannot be written once."""

    engine: ClassVar[str]
    writes_apart: ClassVar[bool] = False  # whether `write_apart` runs beside `write`'s transactions

    def __init__(self, location: str) -> None:
        self.location = location  # as given: a file path, or a server address with its password (for workers)
        self.shown = hide_credentials(location)  # for every message and log line
        self._queued: list[tuple[Fn, asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, location: str | Path, *, migrate: bool = True) -> Database:
        """Open (creating a missing SQLite file) and migrate the database. A location that cannot be used (a
        folder, a file that is not SQLite, a server that cannot be reached, a wrong password) raises
        DatabaseError with the sentence to show."""
        if is_server(location):
            from db.postgres import PostgresDatabase

            return await PostgresDatabase.connect(str(location).strip(), migrate=migrate)
        from db.sqlite import SqliteDatabase

        return await SqliteDatabase.connect(str(location), migrate=migrate)

    # -- what each engine provides ------------------------------------------------------------------------
    async def _run(self, fn: Callable[[Connection], T]) -> T:
        """`fn(connection)` on the thread of the connection that writes, as one job."""
        raise NotImplementedError

    async def _write_job(self, group: Callable[[Connection], T]) -> T:
        """A write group on the thread of the connection that writes: `_run`, but never run twice."""
        return await self._run(group)

    async def _run_apart(self, fn: Callable[[Connection], T]) -> T:
        """`fn(connection)` on the read-only connection's thread, inside one read transaction."""
        raise NotImplementedError

    def _begin(self) -> str:
        """The statement that starts a write transaction."""
        raise NotImplementedError

    def _in_transaction(self, conn: Connection) -> bool:
        raise NotImplementedError

    def _error(self, exc: BaseException) -> BaseException:
        """A failed write's error as the callers see it (StorageUnavailable, Conflict, or as it is)."""
        raise NotImplementedError

    def _version_in(self, conn: Connection) -> int:
        """The schema version, read on the connection (0: no Backstage schema)."""
        raise NotImplementedError

    def _migrating(self, version: int, sql: str, conn: Connection) -> None:
        """Inside the write that applies migration `version`: run its statements and record the version."""
        raise NotImplementedError

    def _tables_in(self, conn: Connection) -> list[str]:
        """The names of the tables in the database (its schema on a server)."""
        raise NotImplementedError

    async def data_version(self) -> int:
        """A number that changes whenever something was committed to the database by another connection (it may
        change for other reasons too): cheap, for polling readers such as the web server."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError

    # -- the schema ---------------------------------------------------------------------------------------
    async def version(self) -> int:
        return await self.read(self._version_in)

    async def tables(self) -> list[str]:
        return await self.read(self._tables_in)

    @contextlib.asynccontextmanager
    async def _schema_held(self) -> AsyncIterator[None]:
        """While the schema is checked and migrated: no other process checks or migrates it meanwhile (one
        advisory lock for the whole of it on a server; on SQLite the file lock and each migration's write
        transaction already keep processes apart)."""
        yield

    def _schema_in(self, conn: Connection) -> tuple[int, list[str]]:
        """The schema version and the tables, in one read (one committed state)."""
        return self._version_in(conn), self._tables_in(conn)

    async def _refuse_newer(self) -> None:
        """Refuse, before anything writes to it, a database a newer Backstage wrote or another program's."""
        async with self._schema_held():
            await self._check_schema()

    async def _check_schema(self) -> int:
        current, tables = await self.read(self._schema_in)
        if current == 0 and tables:
            raise DatabaseError(foreign(self.shown, tables, self.engine))
        if current > LATEST_VERSION:
            raise DatabaseError(newer(self.shown, current, self.engine))
        return current

    async def migrate(self) -> int:
        """Apply every migration newer than the database's schema version; return the new version."""
        return (await self.migrate_from())[1]

    async def migrate_from(self) -> tuple[int, int]:
        """`migrate`, saying from which version (read under the same lock, so another process migrating at the same
        time is either all done or not begun) to which."""
        async with self._schema_held():
            current = await self._check_schema()
            for version, name, sql in migrations(self.engine):
                if version <= current:
                    continue
                await self.write(partial(self._apply_migration, version, name, sql))
            return current, await self.version()

    def _apply_migration(self, version: int, name: str, sql: str, conn: Connection) -> None:
        if self._version_in(conn) >= version:
            return  # another process (the bot and `backstage serve` start together) applied it meanwhile
        log.info("migrating %s to version %d (%s)", self.shown, version, name)
        self._migrating(version, sql, conn)

    # -- writes -------------------------------------------------------------------------------------------
    async def write(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn(connection)` inside a write transaction on the database thread, in one hop.

        Group commit: writes queued while a transaction is running are committed together in the next one,
        each inside its own savepoint, so one failing write never spoils its neighbours. The caller's await
        returns only after the COMMIT, so an acknowledged write is durable. `fn` runs on the database thread:
        it must be plain synchronous code (no awaits, nothing slow)."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queued.append((fn, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_queued(), name="db-group-commit")
        try:
            return await asyncio.shield(future)  # a cancelled caller leaves the write's own future be
        except asyncio.CancelledError as cancelled:
            if cancelled.args != (FINISH_WRITE,):
                future.cancel()  # as before: the write is still made, its outcome reported to nobody
                raise
            queued = next((i for i, (_, waiting) in enumerate(self._queued) if waiting is future), None)
            if queued is not None:  # not begun: never made
                del self._queued[queued]
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()  # under way: its outcome stands, and is the caller's to report
            return await future

    async def _write_queued(self) -> None:
        while self._queued:
            batch, self._queued = self._queued[:GROUP_MAX], self._queued[GROUP_MAX:]
            try:
                outcomes = await self._write_job(partial(self._group, [fn for fn, _ in batch]))
            except Exception as exc:
                error = self._error(exc)
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
                    future.set_exception(self._error(value))

    def _group(self, fns: list[Fn], conn: Connection) -> list[tuple[bool, Any]]:
        """On the database thread: one transaction, a savepoint per write (a write alone needs none: when it fails,
        the transaction is rolled back, which on a server saves two round trips per write)."""
        outcomes: list[tuple[bool, Any]] = []
        alone = len(fns) == 1
        conn.execute(self._begin())
        try:
            for fn in fns:
                if not alone:
                    conn.execute("SAVEPOINT one_write")
                try:
                    outcomes.append((True, fn(conn)))
                except Exception as exc:
                    if not self._in_transaction(conn):
                        raise  # the engine aborted the whole transaction (e.g. disk full): the group is not saved
                    conn.execute("ROLLBACK" if alone else "ROLLBACK TO one_write")
                    outcomes.append((False, exc))
                    if alone:
                        return outcomes
                if not alone:
                    conn.execute("RELEASE one_write")
            conn.execute("COMMIT")
        except BaseException:
            if self._in_transaction(conn):
                conn.execute("ROLLBACK")
            raise
        return outcomes

    async def write_apart(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn(connection)` inside one write transaction that does not hold up `write`'s (when the engine
        allows: `writes_apart`); else as `write`. For a long write whose rows no other write of this process needs
        meanwhile."""
        return await self.write(fn)

    # -- reads --------------------------------------------------------------------------------------------
    async def read(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn(connection)` on the database thread, in one hop, between write transactions: it sees
        committed data only, and nothing is written between its statements. For reads only (writes go through
        `write`); `fn` must finish its statements (`select_all`/`select_one` do)."""
        return await self._run(fn)

    async def read_apart(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn(connection)` on the read-only connection's thread, inside one read transaction: for reads that
        scan a whole night, so that the connection that writes is not held up meanwhile."""
        return await self._run_apart(fn)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return await self._run(lambda conn: select_all(conn, sql, params))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        return await self._run(lambda conn: select_one(conn, sql, params))

    async def get_meta(self, key: str) -> str | None:
        row = await self.fetchone("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def set_meta(self, key: str, value: str) -> None:
        await self.write(partial(_set_meta, key, value))


@contextlib.contextmanager
def read_only(location: str | Path) -> Iterator[Connection]:
    """A read-only connection of this process to the database at `location`, inside one read transaction (what it
    reads is one committed state, however long it takes; the bot writes meanwhile), closed after. For
    `bot.worker`'s processes, which are given `Database.location`."""
    if is_server(location):
        from db.postgres import read_only_server

        with read_only_server(str(location).strip()) as conn:
            yield conn
        return
    from db.sqlite import read_only_file

    with read_only_file(str(location)) as file_conn:
        yield file_conn


def check_path(path: str | Path) -> None:
    """Refuse, in one sentence, a database path that cannot be a database file (nothing to check for a server)."""
    if is_server(path):
        return
    path = Path(path)
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
    # a WAL renamed away from its file, or lost, cut or swapped beside it; a -wal or -shm that is not a file
    orphaned = orphaned_wal(path) or not_a_file(path) or lost_wal(path)
    if orphaned is not None:
        raise DatabaseError(orphaned)


def select_all(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """On the database thread (in a read, or inside a `write`): every row, the statement finished."""
    cur = conn.execute(sql, params)
    try:
        return cur.fetchall()
    finally:
        cur.close()


def select_one(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Row | None:
    """On the database thread: the first row or None, the statement finished (closing the cursor resets it,
    so no read transaction is left open even when more rows were left unread)."""
    cur = conn.execute(sql, params)
    try:
        row: Row | None = cur.fetchone()
        return row
    finally:
        cur.close()


def _set_meta(key: str, value: str, conn: Connection) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
