"""PostgreSQL, the shared store for many processes and hosts, through asyncpg.

The repositories' SQL is synchronous code run on a thread of the database's own (`fn(conn)`, as on SQLite), and
asyncpg is asynchronous: asyncpg's connections live on an event loop of their own, in a thread of its own
(`ServerLoop`), and `PgConnection` gives the repositories the part of sqlite3's interface they use
(`execute` → a cursor with `fetchone`/`fetchall`/`rowcount`, `executemany`; rows by position and by column name,
as asyncpg's `Record` already reads). Each statement crosses to that loop and back; the bot's event loop never
waits on the database, only on the job's future.

Connections, as on SQLite: one connection writes and serves ordinary reads, one job at a time, so one process's
writes stay serialized (the repositories' single-writer rules hold inside a process; across processes the outbox
claims and the channel leases decide). A `write` is one transaction (READ COMMITTED), a savepoint per grouped
write. A `read(fn)` is one REPEATABLE READ, READ ONLY transaction, so its statements see one committed state even
while other processes write. `read_apart` and `read_only` (the worker processes) are the same kind of transaction
on a connection of their own. `write_apart` is a write transaction on a connection of its own, opened for it and
closed after, so that a long statement (a big roster import made live) never holds up the process's other writes.

SQL is written once, with `?` (or `:name`) placeholders: `PgConnection` turns them into `$1, $2, …` outside string
literals and comments (each statement translated once, then cached). The schema version is the one row of
`backstage_schema`; checking and migrating it hold one session-level advisory lock from the first look to the
last migration, so two processes starting together never both migrate nor see each other's half-made schema.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import re
import socket
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

import asyncpg

from db.database import (
    POSTGRESQL,
    Conflict,
    Connection,
    Database,
    DatabaseError,
    ServerUnreachable,
    StorageUnavailable,
    hide_credentials,
)

T = TypeVar("T")
CONNECT_TIMEOUT = 10.0  # seconds for a server to answer before the sentence saying it did not
MIGRATION_LOCK = 0x4261636B73746167  # "Backstag": the advisory lock key held while migrating
SNAPSHOT = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SELECT = re.compile(r"^\s*(SELECT|WITH)\b(?!.*\bRETURNING\b)", re.IGNORECASE | re.DOTALL)  # a read, streamable
BATCH = 2000  # rows a streamed SELECT reads at a time (PgStreamCursor)
_RETURNS_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW)\b|\bRETURNING\b", re.IGNORECASE)
_LOST = (  # the connection is gone (a job that met this on a closed connection may be run again if it only reads)
    OSError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.InternalClientError,  # the server's goodbye met the connection between two statements
)
_STORAGE = (  # a write failed because of the server rather than what it wrote
    *_LOST,
    asyncpg.exceptions.InsufficientResourcesError,  # disk full, out of memory
    asyncpg.exceptions.ReadOnlySQLTransactionError,  # a standby
    asyncpg.exceptions.InsufficientPrivilegeError,
)


@functools.lru_cache(maxsize=4096)
def translate(sql: str) -> tuple[str, tuple[str, ...]]:
    """SQL written with `?` (or `:name`) placeholders as PostgreSQL reads it (`$1`, `$2`, …), and the names in the
    order of their numbers (empty for `?`). Quoted strings, quoted names and `--` comments are left as they are."""
    out: list[str] = []
    names: list[str] = []
    positional = 0
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"":
            j = i + 1
            while j < n and not (sql[j] == c and not sql.startswith(c * 2, j)):
                j += 2 if sql.startswith(c * 2, j) else 1
            out.append(sql[i : j + 1])
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            out.append(sql[i:j])
            i = j
        elif c == "?":
            positional += 1
            out.append(f"${positional}")
            i += 1
        elif c == ":" and (m := _NAME.match(sql, i + 1)) and (i == 0 or sql[i - 1] != ":"):
            if m.group(0) not in names:
                names.append(m.group(0))
            out.append(f"${names.index(m.group(0)) + 1}")
            i = m.end()
        else:
            out.append(c)
            i += 1
    if positional and names:
        raise ValueError(f"SQL mixes ? and :name placeholders: {sql}")
    return "".join(out), tuple(names)


def _arguments(names: tuple[str, ...], parameters: Any) -> Sequence[Any]:
    if names:
        assert isinstance(parameters, Mapping), "SQL with :name placeholders takes a mapping"
        return [parameters[name] for name in names]
    return list(parameters)


class ServerLoop:
    """An event loop in a thread of its own, where asyncpg's connections live. `call` runs a coroutine there from
    any other thread and waits for it; `run` does the same for a coroutine of another event loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="backstage-postgresql", daemon=True)
        self._thread.start()

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        assert threading.current_thread() is not self._thread, "a statement was sent from the server loop itself"
        return self._submit(coro).result()

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return await asyncio.wrap_future(self._submit(coro))

    def _submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """The coroutine handed to the server loop; when the loop is already closed (a statement racing a
        shutdown), the coroutine is closed before the RuntimeError is raised, so it is not left never-awaited."""
        try:
            return asyncio.run_coroutine_threadsafe(coro, self.loop)
        except RuntimeError:
            coro.close()
            raise

    def stop(self) -> None:
        if self.loop.is_closed():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


class PgCursor:
    """The rows a statement returned (all of them: asyncpg reads a result whole), or how many it changed."""

    def __init__(self, rows: list[asyncpg.Record], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self) -> asyncpg.Record | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[asyncpg.Record]:
        rows, self._next = self._rows[self._next :], len(self._rows)
        return rows

    def __iter__(self) -> Iterator[asyncpg.Record]:
        while (row := self.fetchone()) is not None:
            yield row

    def close(self) -> None:
        self._rows, self._next = [], 0


class PgStreamCursor(PgCursor):
    """The rows of a SELECT read `BATCH` at a time from a server-side cursor (a portal of the read's transaction),
    as sqlite3's cursor steps through a result: a whole night is never held twice (asyncpg's records and the
    models made from them), only one batch of records at a time."""

    def __init__(self, server: ServerLoop, cursor: Any, first: list[asyncpg.Record]) -> None:
        super().__init__(first, -1)
        self.server = server
        self._cursor: Any = cursor
        self._done = len(first) < BATCH

    def fetchone(self) -> asyncpg.Record | None:
        if self._next >= len(self._rows) and not self._done:
            self._rows, self._next = self.server.call(self._cursor.fetch(BATCH)), 0
            self._done = len(self._rows) < BATCH
        return super().fetchone()

    def fetchall(self) -> list[asyncpg.Record]:
        rows = super().fetchall()
        while not self._done:
            batch = self.server.call(self._cursor.fetch(BATCH))
            self._done = len(batch) < BATCH
            rows.extend(batch)
        return rows

    def close(self) -> None:
        super().close()
        self._done = True  # the portal ends with the read's transaction


async def _open_cursor(raw: asyncpg.Connection, query: str, args: Sequence[Any]) -> tuple[Any, list[asyncpg.Record]]:
    cursor = await raw.cursor(query, *args)
    return cursor, await cursor.fetch(BATCH)


class PgConnection:
    """The part of sqlite3's connection the repositories use, over one asyncpg connection on `server`'s loop.
    Used from one thread at a time (the database's thread for it). `stream`: a connection for whole-night scans
    (`read_apart`, the workers' `read_only`), whose SELECTs inside their transaction are read in batches
    (`PgStreamCursor`); elsewhere a result is read whole, in one round trip."""

    def __init__(self, server: ServerLoop, raw: asyncpg.Connection, *, stream: bool = False) -> None:
        self.server = server
        self.raw = raw
        self.stream = stream

    def execute(self, sql: str, parameters: Any = ()) -> PgCursor:
        query, names = translate(sql)
        args = _arguments(names, parameters)
        if self.stream and _SELECT.match(query) and self.raw.is_in_transaction():
            return PgStreamCursor(self.server, *self.server.call(_open_cursor(self.raw, query, args)))
        if _RETURNS_ROWS.search(query):
            return PgCursor(self.server.call(self.raw.fetch(query, *args)), -1)
        status = self.server.call(self.raw.execute(query, *args))
        count = status.rsplit(" ", 1)[-1]
        return PgCursor([], int(count) if count.isdigit() else -1)

    def executemany(self, sql: str, parameters: Iterable[Any]) -> PgCursor:
        query, names = translate(sql)
        batch = [_arguments(names, p) for p in parameters]
        if batch:
            self.server.call(self.raw.executemany(query, batch))
        return PgCursor([], -1)

    def script(self, sql: str) -> None:
        """Several statements at once, no parameters (a migration): PostgreSQL parses them, `$$` bodies and all."""
        self.server.call(self.raw.execute(sql))

    @property
    def in_transaction(self) -> bool:
        return self.raw.is_in_transaction()


async def _abandon(conn: PgConnection) -> None:
    """A connection asyncpg lost track of (its protocol in a state it cannot leave): closed, so that the next job
    makes a new one."""
    conn.raw.terminate()


def _advisory(function: str, conn: Connection) -> None:
    conn.execute(f"SELECT {function}(?)", (MIGRATION_LOCK,))


def _in_snapshot(fn: Callable[[Connection], T], conn: PgConnection) -> T:
    """`fn(conn)` inside one REPEATABLE READ, READ ONLY transaction (one committed state), ended after."""
    conn.execute(SNAPSHOT)
    try:
        return fn(conn)
    finally:
        conn.execute("ROLLBACK")


def _in_write(fn: Callable[[Connection], T], conn: PgConnection) -> T:
    """`fn(conn)` inside one write transaction, committed if it returns, rolled back if it raises."""
    conn.execute("BEGIN")
    try:
        result = fn(conn)
    except BaseException:
        with contextlib.suppress(*_LOST):  # a connection that is gone rolled the transaction back with it
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


def _target(url: str) -> tuple[str, str, str, str]:
    """(host:port, database, user, what was malformed) as the address asks for them, for sentences only: from its
    authority and from its query string (`?host=/tmp&port=5544&user=u`, which wins, as libpq and asyncpg read it).
    Never raises: a malformed part is shown as written and named in the last item."""
    parts = urlsplit(url)
    query = {key.lower(): value[-1] for key, value in parse_qs(parts.query).items()}
    authority = parts.netloc.rpartition("@")
    userinfo, hosts = authority[0], authority[2]
    malformed = ""
    host, _, port = hosts.split(",")[0].rpartition(":") if not hosts.startswith("[") else (hosts, "", "")
    if not host:
        host, port = port, ""
    host = unquote(query.get("host", host)) or "localhost"
    port = query.get("port", port) or "5432"
    if not all(p.isdigit() and 0 < int(p) < 65536 for p in port.split(",")):
        malformed = f"the port {port!r} is not a number from 1 to 65535"
    user = unquote(query.get("user", userinfo.partition(":")[0])) or "(the system user's name)"
    database = unquote(query.get("dbname", parts.path.lstrip("/"))) or "(the user's default database)"
    if "@" in userinfo or "@" in parts.path:
        malformed = "the user or password holds an unencoded @ or /"
    return f"{host}:{port}", database, user, malformed


def where(url: str) -> str:
    """The server and database of an address, for sentences: `the database 'db' on … at host:port` (never the
    password)."""
    place, database, _, _ = _target(url)
    return f"the database {database!r} on the PostgreSQL server at {place}"


def _refused_ssl(exc: BaseException) -> bool:
    return "ssl" in str(exc).lower()


def _requires_ssl(url: str) -> bool:
    """Whether the address (or PGSSLMODE) asks for SSL outright; without it (asyncpg's `prefer`), an answer to the
    SSL request that is neither yes nor no is a server that does not speak PostgreSQL."""
    mode = parse_qs(urlsplit(url).query).get("sslmode", [os.environ.get("PGSSLMODE", "prefer")])[-1]
    return mode.lower() not in ("prefer", "allow", "disable")


async def open_connection(url: str) -> asyncpg.Connection:
    """An asyncpg connection, or DatabaseError with the one sentence saying what to fix (ServerUnreachable when the
    server could not be reached, a temporary failure). Run it on the database's `ServerLoop` (`await
    db.server.run(open_connection(db.location))`) for a connection of one's own, e.g. one that LISTENs."""
    shown, place = hide_credentials(url), where(url)
    _, _, user, malformed = _target(url)
    if malformed:
        raise DatabaseError(
            f"BACKSTAGE_DATABASE is not a valid PostgreSQL address ({malformed}): write it as "
            f"postgresql://user:password@host:port/database, percent-encoding any @ : / in the password "
            f"(@ as %40, : as %3A, / as %2F) ({shown})."
        )
    try:
        conn = await asyncpg.connect(url, timeout=CONNECT_TIMEOUT, server_settings={"application_name": "backstage"})
    except asyncpg.InvalidPasswordError:
        raise DatabaseError(
            f"PostgreSQL refused the password of user {user!r} for {place}: fix the user and password in "
            f"BACKSTAGE_DATABASE ({shown})."
        ) from None
    except asyncpg.InvalidCatalogNameError:
        raise DatabaseError(
            f"There is no {place.removeprefix('the ')}: create it (e.g. `createdb` with that name, owned by "
            f"{user!r}) or fix the database name in BACKSTAGE_DATABASE ({shown})."
        ) from None
    except asyncpg.InvalidAuthorizationSpecificationError as exc:
        raise DatabaseError(
            f"PostgreSQL refused user {user!r} for {place} ({exc}): create the user, or allow it in the server's "
            f"pg_hba.conf, or fix BACKSTAGE_DATABASE ({shown})."
        ) from None
    except socket.gaierror as exc:
        sentence = (
            f"Cannot find the PostgreSQL server's host for {place} ({exc.strerror}): fix the host in "
            f"BACKSTAGE_DATABASE ({shown})."
        )
        if exc.errno == socket.EAI_AGAIN:  # the name server did not answer for now
            raise ServerUnreachable(sentence) from None
        raise DatabaseError(sentence) from None
    except (OSError, TimeoutError, asyncpg.CannotConnectNowError) as exc:
        if _refused_ssl(exc) and not _requires_ssl(url):
            raise DatabaseError(
                f"The server at {place.rpartition(' at ')[2]} did not answer as PostgreSQL does ({exc}): it may be "
                f"another service on that port; fix the host and port in BACKSTAGE_DATABASE ({shown})."
            ) from None
        if _refused_ssl(exc):
            raise DatabaseError(
                f"The PostgreSQL server at {place.rpartition(' at ')[2]} refused SSL ({exc}), which the address "
                f"requires (sslmode): enable SSL on the server, or change sslmode in BACKSTAGE_DATABASE ({shown})."
            ) from None
        # CannotConnectNowError (the server starting up or shutting down) has no strerror
        reason = "it did not answer" if isinstance(exc, TimeoutError) else (getattr(exc, "strerror", "") or str(exc))
        raise ServerUnreachable(
            f"Cannot reach {place} ({reason}): start the server, or fix the host and port in BACKSTAGE_DATABASE "
            f"({shown})."
        ) from None
    except asyncpg.PostgresError as exc:
        raise DatabaseError(
            f"PostgreSQL refused the connection to {place} ({exc}): fix BACKSTAGE_DATABASE ({shown})."
        ) from None
    except ValueError as exc:  # an address asyncpg cannot read
        raise DatabaseError(
            f"BACKSTAGE_DATABASE is not a valid PostgreSQL address ({hide_credentials(str(exc))}): write it as "
            f"postgresql://user:password@host:port/database ({shown})."
        ) from None
    return conn


class PostgresDatabase(Database):
    engine = POSTGRESQL
    writes_apart = True

    def __init__(self, url: str, server: ServerLoop, conn: PgConnection) -> None:
        super().__init__(url)
        self.server = server
        self._conn = conn
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="backstage-db")
        self._reconnecting = asyncio.Lock()
        self._apart: asyncio.Task[tuple[PgConnection, ThreadPoolExecutor]] | None = None

    @classmethod
    async def connect(cls, url: str, *, migrate: bool) -> PostgresDatabase:
        server = ServerLoop()
        try:
            raw = await server.run(open_connection(url))
        except BaseException:
            await asyncio.to_thread(server.stop)
            raise
        db = cls(url, server, PgConnection(server, raw))
        try:
            if migrate:
                await db.migrate()  # which checks the schema first, under the same lock
            else:
                await db._refuse_newer()
        except asyncpg.PostgresError as exc:
            await db.close()
            raise DatabaseError(
                f"Cannot use {where(url)} (PostgreSQL says: {exc}): check that the user in BACKSTAGE_DATABASE "
                f"may create tables in it (or that it holds Backstage's schema)."
            ) from exc
        except BaseException:
            await db.close()
            raise
        return db

    async def _run(self, fn: Callable[[Connection], T]) -> T:
        """A read: run again, once, on a new connection when the server dropped the one it met."""
        try:
            return await self._job(fn)
        except _LOST as exc:
            if not self._conn.raw.is_closed():
                raise self._error(exc) from exc
        try:
            return await self._job(fn)
        except _LOST as exc:  # the server went again: StorageUnavailable, the sentence callers show for it
            raise self._error(exc) from exc

    async def _write_job(self, group: Callable[[Connection], T]) -> T:
        """A write is never run twice: whether the one that met a dropped connection committed is the server's to
        say (its callers get StorageUnavailable); the next job gets a new connection."""
        return await self._job(group)

    async def _job(self, fn: Callable[[Connection], T]) -> T:
        if self._conn.raw.is_closed():
            await self._reconnect()
        conn = self._conn
        try:
            return await asyncio.get_running_loop().run_in_executor(self._thread, fn, conn)
        except asyncpg.InternalClientError:
            await self.server.run(_abandon(conn))
            raise

    async def _reconnect(self) -> None:
        """The server dropped the connection (a restart, a failover, an administrator): a new one."""
        async with self._reconnecting:
            if self._conn.raw.is_closed():
                self._conn = PgConnection(self.server, await self.server.run(open_connection(self.location)))

    async def read(self, fn: Callable[[Connection], T]) -> T:
        """On PostgreSQL other processes write too: a read's statements share one snapshot."""
        return await self._run(partial(_in_snapshot, fn))

    async def write_apart(self, fn: Callable[[Connection], T]) -> T:
        """A connection of its own for one long write transaction: the process's other writes (other servers'
        /spot) go on beside it on theirs. Row locks still keep the two apart where they meet the same rows. The
        connection lives on a loop of its own too: reading and decoding its rows (50,000 keys) never holds up
        the statements of the connection that writes."""
        server = ServerLoop()
        try:
            conn = PgConnection(server, await server.run(open_connection(self.location)))
            try:
                return await asyncio.to_thread(_in_write, fn, conn)
            except Exception as exc:
                error = self._error(exc)
                if error is exc:
                    raise
                raise error from exc
            finally:
                with contextlib.suppress(Exception):  # a connection the server already dropped
                    await server.run(conn.raw.close(timeout=5))
        finally:
            await asyncio.to_thread(server.stop)

    async def _run_apart(self, fn: Callable[[Connection], T]) -> T:
        if self._apart is None:
            self._apart = asyncio.ensure_future(self._open_apart())
        try:
            conn, thread = await asyncio.shield(self._apart)
        except Exception:
            self._apart = None  # try again next time
            raise
        try:
            if not conn.raw.is_closed():
                return await asyncio.get_running_loop().run_in_executor(thread, partial(_in_snapshot, fn), conn)
        except _LOST as exc:
            if isinstance(exc, asyncpg.InternalClientError):
                await self.server.run(_abandon(conn))
            elif not conn.raw.is_closed():
                raise
        self._apart = None  # the server dropped it: the read runs again on a new one
        thread.shutdown(wait=False)
        return await self._run_apart(fn)

    async def _open_apart(self) -> tuple[PgConnection, ThreadPoolExecutor]:
        raw = await self.server.run(open_connection(self.location))
        return PgConnection(self.server, raw, stream=True), ThreadPoolExecutor(
            1, thread_name_prefix="backstage-db-apart"
        )

    def _begin(self) -> str:
        return "BEGIN"

    def _in_transaction(self, conn: Connection) -> bool:
        assert isinstance(conn, PgConnection)
        return conn.in_transaction

    def _error(self, exc: BaseException) -> BaseException:
        if isinstance(exc, asyncpg.IntegrityConstraintViolationError):
            error: BaseException = Conflict(str(exc))
        elif isinstance(exc, _STORAGE):
            error = StorageUnavailable(f"{where(self.location)}: {exc}")
        else:
            return exc
        error.__cause__ = exc
        return error

    def _version_in(self, conn: Connection) -> int:
        if "backstage_schema" not in self._tables_in(conn):
            return 0
        row = conn.execute("SELECT version FROM backstage_schema").fetchone()
        return int(row[0]) if row else 0

    @contextlib.asynccontextmanager
    async def _schema_held(self) -> AsyncIterator[None]:
        """A session-level advisory lock from the first look at the schema to the last migration: two processes
        starting together on an empty database neither both migrate nor see the other's half-made schema."""
        await self._run(partial(_advisory, "pg_advisory_lock"))
        try:
            yield
        finally:
            with contextlib.suppress(*_LOST):  # a dropped connection took its lock with it
                await self._run(partial(_advisory, "pg_advisory_unlock"))

    def _migrating(self, version: int, sql: str, conn: Connection) -> None:
        assert isinstance(conn, PgConnection)
        conn.script(sql)
        conn.execute("CREATE TABLE IF NOT EXISTS backstage_schema (version BIGINT NOT NULL)")
        conn.execute("DELETE FROM backstage_schema")
        conn.execute("INSERT INTO backstage_schema(version) VALUES (?)", (version,))

    def _tables_in(self, conn: Connection) -> list[str]:
        rows = conn.execute(
            """SELECT table_name FROM information_schema.tables
               WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"""
        ).fetchall()
        return [str(r[0]) for r in rows]

    async def data_version(self) -> int:
        """The server's write-ahead log position: it moves with every commit (and with other writes of the
        server, which only cost the reader a needless look)."""
        row = await self.fetchone("SELECT CAST(pg_current_wal_insert_lsn() - CAST('0/0' AS pg_lsn) AS BIGINT)")
        assert row is not None
        return int(row[0])

    async def close(self) -> None:
        if self._apart is not None:
            apart, self._apart = self._apart, None
            with contextlib.suppress(Exception):  # it never opened: nothing to close
                conn, thread = await apart
                await asyncio.to_thread(thread.shutdown)  # (its statement under way may wait on the server: not
                # on the event loop)
                await self.server.run(conn.raw.close(timeout=5))
        await asyncio.to_thread(self._thread.shutdown)
        with contextlib.suppress(Exception):  # a connection the server already dropped
            await self.server.run(self._conn.raw.close(timeout=5))
        await asyncio.to_thread(self.server.stop)


@contextlib.contextmanager
def read_only_server(url: str) -> Iterator[PgConnection]:
    """`db.database.read_only` for a server: a connection of its own, in one REPEATABLE READ, READ ONLY
    transaction, closed after (with its loop)."""
    server = ServerLoop()
    try:
        conn = PgConnection(server, server.call(open_connection(url)), stream=True)
        try:
            conn.execute(SNAPSHOT)
            yield conn
        except _LOST as exc:  # the server went while the job read: the sentence callers show for it
            raise StorageUnavailable(f"{where(url)}: {exc}") from None
        finally:
            with contextlib.suppress(Exception):
                server.call(conn.raw.close(timeout=5))
    finally:
        server.stop()
