"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries by pytest-postgresql's
executor (pg_ctl under mirakuru) and emptied by its janitor; one server per test session, a fresh database per test.

Finding the server: `pg_config --bindir`, else Debian's /usr/lib/postgresql/<version>/bin (newest first), else
`pg_ctl` on PATH. Without one, the PostgreSQL cases are skipped with `MISSING` as the reason (`make test` lists
them at the end), unless BACKSTAGE_REQUIRE_POSTGRESQL=1 (CI sets it: `.ci/run`), which makes a missing server an
error.

Root: PostgreSQL refuses to run as root, and CI runs as root. Then pg_ctl is run as the `postgres` system user
(the one Debian's package creates) through a two-line wrapper that `runuser` gives it, and the server's folder is
handed to that user; the test process itself stays root and connects over TCP like any client.

Who connects: the janitor as the superuser `postgres` (trusted, on 127.0.0.1 only), Backstage as `backstage` with a
password (scram-sha-256, as a real deployment would), owner of every test database. Each test database is a copy
of one migrated at the start (`CREATE DATABASE … TEMPLATE`), which takes milliseconds; `empty_database` gives one
with no schema at all.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.database import Database

# pytest-postgresql (and psycopg, port_for) are imported where a server is started: a process that only imports
# the plugin, as the benches do, stays free of them (about 10 MB, which B10 would charge to the bot)
if TYPE_CHECKING:
    from pytest_postgresql.executors import PostgreSQLExecutor
    from pytest_postgresql.janitor import DatabaseJanitor

MISSING = "PostgreSQL server binaries not found: install Debian's postgresql package (CI installs it)"
REQUIRE = "BACKSTAGE_REQUIRE_POSTGRESQL"
SUPERUSER = "postgres"
APP_USER, APP_PASSWORD = "backstage", "pg-test-secret"
SYSTEM_USER = "postgres"  # who runs the server when the tests run as root
TEMPLATE = "backstage_template"
_HBA = f"""# written by backstage_testing/postgres.py
local all all trust
host all {SUPERUSER} 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""
# a test server keeps nothing after the session: durability is not what the tests are about
_FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"


def find_pg_ctl() -> str | None:
    """The server's pg_ctl on this machine, or None."""
    candidates: list[Path] = []
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=30, check=True)
        candidates.append(Path(bindir.stdout.strip()) / "pg_ctl")
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=_version, reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path))
    return next((str(c.resolve()) for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def _version(pg_ctl: Path) -> int:
    name = pg_ctl.parent.parent.name
    return int(name) if name.isdigit() else 0


def _as_system_user(pg_ctl: str, folder: Path) -> str:
    """A pg_ctl that runs the real one as `SYSTEM_USER` (for a root test process)."""
    wrapper = folder / "pg_ctl"
    wrapper.write_text(
        "#!/bin/sh\n# PostgreSQL refuses to run as root: run pg_ctl as the postgres system user\n"
        f'exec runuser -u {SYSTEM_USER} -- "{pg_ctl}" "$@"\n'
    )
    wrapper.chmod(0o755)
    return str(wrapper)


@dataclass
class PostgresServer:
    """A running server: `new_database()` makes a database for one test, `drop()` removes it."""

    executor: PostgreSQLExecutor
    folder: Path
    host: str = "127.0.0.1"
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _migrated: bool = False

    @property
    def port(self) -> int:
        return int(self.executor.port)

    def url(self, database: str, *, user: str = APP_USER, password: str = APP_PASSWORD) -> str:
        return f"postgresql://{user}:{password}@{self.host}:{self.port}/{database}"

    def _janitor(self, name: str, template: str | None = None) -> DatabaseJanitor:
        from pytest_postgresql.janitor import DatabaseJanitor

        return DatabaseJanitor(
            user=SUPERUSER, host=self.host, port=self.port, dbname=name, template_dbname=template, password=None
        )

    def sql(self, statement: str) -> None:
        """One statement as the superuser, on the server's maintenance database."""
        with self._janitor("postgres").cursor() as cur:
            cur.execute(statement.encode())

    def new_database(self, *, migrated: bool = True) -> str:
        """A database of its own (owned by Backstage's user), at the latest schema or empty; its URL."""
        if migrated and not self._migrated:
            self._create(TEMPLATE, None)
            _run(_migrate(self.url(TEMPLATE)))
            self._migrated = True
        name = f"backstage_test_{next(self._numbers)}"
        self._create(name, TEMPLATE if migrated else None)
        return self.url(name)

    def _create(self, name: str, template: str | None) -> None:
        janitor = self._janitor(name, template)
        janitor.init()
        with janitor.cursor() as cur:
            cur.execute(f'ALTER DATABASE "{name}" OWNER TO {APP_USER}'.encode())

    @contextlib.asynccontextmanager
    async def down(self) -> AsyncIterator[None]:
        """The server stopped (a fast shutdown: every connection dropped, as a restart or a failover does) for the
        block, started again after it (same folder, port and databases), whatever the block raised."""
        await asyncio.to_thread(self.executor.stop)
        try:
            yield
        finally:
            await asyncio.to_thread(self.executor.start)
            await self._accepting()

    async def _accepting(self, timeout: float = 30.0) -> None:
        """Until the server takes connections: the executor's start returns once the server runs, which may be
        while it still answers "the database system is starting up" (a test's next step would meet that)."""
        import asyncpg

        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            try:
                conn = await asyncpg.connect(host=self.host, port=self.port, user=SUPERUSER, database="postgres")
            except (OSError, asyncpg.CannotConnectNowError):
                if loop.time() > deadline:
                    raise
                await asyncio.sleep(0.05)  # a pause between two tries of a condition, not a wait for time
                continue
            await conn.close()
            return

    def drop(self, url: str) -> None:
        self._janitor(url.rsplit("/", 1)[1]).drop()


async def _migrate(url: str) -> None:
    db = await Database.open(url)
    await db.close()


def _run(coro: Coroutine[Any, Any, None]) -> None:
    """A coroutine run to its end on a loop of its own (a fixture may be set up while a test's loop runs)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coro).result()


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer | None]:
    """A server for the session, stopped and deleted after; None when the machine has no PostgreSQL."""
    pg_ctl = find_pg_ctl()
    if pg_ctl is None:
        yield None
        return
    import port_for
    from pytest_postgresql.executors import PostgreSQLExecutor

    folder = Path(tempfile.mkdtemp(prefix="backstage-postgresql-"))
    try:
        if os.geteuid() == 0:
            account = pwd.getpwnam(SYSTEM_USER)
            os.chown(folder, account.pw_uid, account.pw_gid)
            pg_ctl = _as_system_user(pg_ctl, folder)
        (folder / "pg_hba.conf").write_text(_HBA)
        executor = PostgreSQLExecutor(
            executable=pg_ctl,
            host="127.0.0.1",
            port=port_for.select_random(),
            datadir=str(folder / "data"),
            unixsocketdir=str(folder),
            logfile=str(folder / "postgresql.log"),
            startparams="-w",
            dbname="postgres",
            user=SUPERUSER,
            postgres_options=f"-c hba_file={folder / 'pg_hba.conf'} {_FAST}",
        )
        executor.start()
        try:
            server = PostgresServer(executor, folder)
            server.sql(f"CREATE ROLE {APP_USER} LOGIN PASSWORD '{APP_PASSWORD}'")
            yield server
        finally:
            executor.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
