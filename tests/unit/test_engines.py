"""The two engines cannot drift apart, and PostgreSQL refuses what it cannot use in one sentence.

The schemas are compared as each engine's own catalogue describes them after migrating: the same tables, the
same columns in the same order, the same named indexes (and whether each is unique), the same unique keys, the
same triggers on the same tables. SQL written once is translated for PostgreSQL without touching its literals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from functools import partial
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from backstage_testing.postgres import APP_PASSWORD, PostgresServer
from backstage_testing.pytest_plugin import eventually
from db.database import (
    LATEST_VERSION,
    POSTGRESQL,
    SQLITE,
    Connection,
    Database,
    DatabaseError,
    ServerUnreachable,
    StorageUnavailable,
    hide_credentials,
    migrations,
)
from db.postgres import translate

Schema = dict[str, Any]


def _sqlite_schema(conn: Connection) -> Schema:
    def rows(sql: str) -> list[Any]:
        return conn.execute(sql).fetchall()

    tables = sorted(r[0] for r in rows("SELECT name FROM sqlite_master WHERE type = 'table'"))
    columns = {t: [r[1] for r in rows(f"PRAGMA table_info({t})")] for t in tables}
    indexes, keys = {}, {}
    for table in tables:
        primary = [r[1] for r in sorted(rows(f"PRAGMA table_info({table})"), key=lambda r: r[5]) if r[5]]
        found = {frozenset(primary)}
        for index in rows(f"PRAGMA index_list({table})"):
            name, unique, origin = index[1], bool(index[2]), index[3]
            if origin == "c":
                indexes[name] = (table, unique)
            elif unique:
                found.add(frozenset(r[2] for r in rows(f"PRAGMA index_info({name})")))
        keys[table] = found
    triggers = {r[0]: r[1] for r in rows("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")}
    return {"tables": tables, "columns": columns, "indexes": indexes, "keys": keys, "triggers": triggers}


def _postgresql_schema(conn: Connection) -> Schema:
    def rows(sql: str) -> list[Any]:
        return conn.execute(sql).fetchall()

    here = "current_schema()"
    tables = sorted(
        r[0]
        for r in rows(f"SELECT table_name FROM information_schema.tables WHERE table_schema = {here}")
        if r[0] != "backstage_schema"  # the engine's own record of the schema version (SQLite: user_version)
    )
    columns = {
        t: [
            r[0]
            for r in rows(
                f"""SELECT column_name FROM information_schema.columns WHERE table_schema = {here}
                    AND table_name = '{t}' ORDER BY ordinal_position"""
            )
        ]
        for t in tables
    }
    indexes = {
        r[0]: (r[1], bool(r[2]))
        for r in rows(
            f"""SELECT i.relname, t.relname, x.indisunique FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = {here}
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"""
        )
        if r[1] != "backstage_schema"
    }
    keys: dict[str, set[frozenset[str]]] = {t: set() for t in tables}
    for r in rows(
        f"""SELECT t.relname, array_agg(a.attname) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid
            AND a.attnum = ANY(c.conkey) WHERE n.nspname = {here} AND c.contype IN ('p', 'u')
            GROUP BY c.oid, t.relname"""
    ):
        keys[r[0]].add(frozenset(r[1]))
    triggers = {
        r[0]: r[1]
        for r in rows(
            f"""SELECT DISTINCT trigger_name, event_object_table FROM information_schema.triggers
                WHERE trigger_schema = {here}"""
        )
    }
    return {"tables": tables, "columns": columns, "indexes": indexes, "keys": keys, "triggers": triggers}


async def test_both_engines_migrate_to_the_same_tables_columns_indexes_keys_and_triggers(
    tmp_path: Path, postgresql_server: PostgresServer
):
    url = postgresql_server.new_database(migrated=False)
    lite, server = await Database.open(tmp_path / "backstage.db"), await Database.open(url)
    try:
        assert await lite.version() == await server.version() == LATEST_VERSION
        sqlite_schema = await lite.read(_sqlite_schema)
        postgresql_schema = await server.read(_postgresql_schema)
    finally:
        await lite.close()
        await server.close()
        postgresql_server.drop(url)
    assert len(sqlite_schema["tables"]) >= 20  # the comparison saw the whole schema
    for part in ("tables", "columns", "indexes", "keys", "triggers"):
        assert postgresql_schema[part] == sqlite_schema[part], part


async def test_two_processes_opening_a_new_postgresql_database_together_migrate_it_once(
    postgresql_server: PostgresServer, caplog: pytest.LogCaptureFixture
):
    url = postgresql_server.new_database(migrated=False)
    caplog.set_level(logging.INFO, logger="db.database")
    try:
        first, second = await asyncio.gather(Database.open(url), Database.open(url))
        try:
            assert await first.version() == await second.version() == LATEST_VERSION
            await first.set_meta("from", "first")
            assert await second.get_meta("from") == "first"
        finally:
            await first.close()
            await second.close()
    finally:
        postgresql_server.drop(url)
    applied = [r.getMessage() for r in caplog.records if r.getMessage().startswith("migrating")]
    assert len(applied) == LATEST_VERSION  # each migration once, by one or the other
    assert all(APP_PASSWORD not in line for line in applied)


async def test_another_programs_postgresql_database_is_refused_untouched(postgresql_server: PostgresServer):
    url = postgresql_server.new_database(migrated=False)
    try:
        other = await Database.open(url, migrate=False)
        await other.write(lambda conn: conn.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY)"))
        await other.close()
        with pytest.raises(DatabaseError, match="another program's PostgreSQL database") as refused:
            await Database.open(url)
        assert "invoices" in str(refused.value) and APP_PASSWORD not in str(refused.value)
        conn = await asyncpg.connect(url)
        try:
            tables = await conn.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        finally:
            await conn.close()
        assert [r[0] for r in tables] == ["invoices"]
    finally:
        postgresql_server.drop(url)


@pytest.mark.parametrize(
    ("mistake", "sentence"),
    [
        ("password", "refused the password of user 'backstage'"),
        ("database", "There is no database 'nowhere' on the PostgreSQL server at 127.0.0.1"),
        ("port", "Cannot reach the database 'postgres' on the PostgreSQL server at 127.0.0.1"),
    ],
)
async def test_a_server_that_cannot_be_used_is_one_sentence_without_the_password(
    postgresql_server: PostgresServer, mistake: str, sentence: str
):
    url = {
        "password": postgresql_server.url("postgres", password="not-the-password"),
        "database": postgresql_server.url("nowhere"),
        "port": postgresql_server.url("postgres").replace(f":{postgresql_server.port}/", ":1/"),
    }[mistake]
    with pytest.raises(DatabaseError, match=sentence) as refused:
        await Database.open(url)
    text = str(refused.value)
    assert "BACKSTAGE_DATABASE" in text and "not-the-password" not in text and APP_PASSWORD not in text
    assert text.count("\n") == 0


def test_placeholders_become_numbered_outside_strings_and_comments():
    sql = "SELECT '?', \"a?\", x::text FROM t -- what?\nWHERE a = ? AND b = ? AND c = 'it''s ?'"
    assert translate(sql) == (
        "SELECT '?', \"a?\", x::text FROM t -- what?\nWHERE a = $1 AND b = $2 AND c = 'it''s ?'",
        (),
    )
    assert translate("UPDATE t SET a = :new WHERE a = :old OR b = :new") == (
        "UPDATE t SET a = $1 WHERE a = $2 OR b = $1",
        ("new", "old"),
    )


async def test_a_write_that_breaks_a_unique_rule_is_a_conflict_on_both_engines(database: Database):
    from db.database import Conflict

    await database.set_meta("k", "v")
    with pytest.raises(Conflict):
        await database.write(lambda conn: conn.execute("INSERT INTO meta(key, value) VALUES ('k', 'again')"))
    assert await database.get_meta("k") == "v"
    assert database.engine == SQLITE or APP_PASSWORD not in database.shown


async def test_after_the_server_drops_its_connections_at_most_one_write_fails_and_the_next_ones_reconnect(
    postgresql_url: str, postgresql_server: PostgresServer
):
    db = await Database.open(postgresql_url)
    try:
        await db.set_meta("before", "1")
        await db.read_apart(lambda conn: conn.execute("SELECT 1").fetchall())
        name = postgresql_url.rsplit("/", 1)[1]
        # what a server restart or an administrator does to every connection of the database
        postgresql_server.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        # met by the write when the loss was not noticed before it (else a new connection is made first)
        with contextlib.suppress(StorageUnavailable):
            await db.set_meta("maybe", "1")
        await db.set_meta("after", "1")
        assert (await db.get_meta("before"), await db.get_meta("after")) == ("1", "1")
        assert (
            await db.read_apart(
                lambda conn: conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'after'").fetchone()[0]
            )
            == 1
        )
    finally:
        await db.close()


async def waits_for_an_advisory_lock(url: str) -> bool:
    conn = await asyncpg.connect(url)
    try:
        return bool(await conn.fetchval("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))
    finally:
        await conn.close()


async def test_a_process_that_looks_at_the_schema_while_another_migrates_waits_for_the_whole_migration(
    postgresql_server: PostgresServer,
):
    """What two processes starting together on an empty database do: the second's look at the schema (the
    foreign/newer check `migrate` and every opening make) waits for the first's last migration, so it never sees
    a half-made schema nor migrates from a version in between."""
    url = postgresql_server.new_database(migrated=False)
    try:
        first = await Database.open(url, migrate=False)
        try:
            async with first._schema_held():  # the first process, between two of its migrations
                await first.write(partial(first._apply_migration, 1, *migrations(POSTGRESQL)[0][1:]))
                second = asyncio.ensure_future(Database.open(url, migrate=False))
                await eventually(partial(waits_for_an_advisory_lock, url), what="the second to wait for the lock")
                assert not second.done()
                for version, name, sql in migrations(POSTGRESQL)[1:]:
                    await first.write(partial(first._apply_migration, version, name, sql))
            opened = await second  # neither "another program's" nor half-way
            try:
                assert await opened.version() == LATEST_VERSION
            finally:
                await opened.close()
        finally:
            await first.close()
    finally:
        postgresql_server.drop(url)


@pytest.mark.parametrize(
    "address",
    [
        "postgresql:///backstage?host=/tmp&port=5544&user=u&password=secret",
        "postgresql://u:secret@db.example.com/backstage?sslpassword=secret",
        "postgresql://u:p@ss:w/rd@db.example.com:5432/backstage",
    ],
)
def test_an_address_is_shown_without_its_password_wherever_it_holds_it(address: str):
    shown = hide_credentials(f"Cannot reach it ({address}): start the server.")
    assert "secret" not in shown and "ss:w" not in shown and shown.endswith(": start the server.")
    assert "db.example.com" in shown or "host=/tmp" in shown


@pytest.mark.parametrize(
    ("address", "sentence"),
    [
        ("postgresql://u:p@ss:w/rd@127.0.0.1:{port}/db", "unencoded @"),
        ("postgresql://u:pw@127.0.0.1:99999/db", "the port '99999' is not a number from 1 to 65535"),
        ("postgresql://u:pw@127.0.0.1:{port}/db?sslmode=require", "refused SSL"),
    ],
)
async def test_an_address_that_cannot_be_used_as_written_is_one_sentence_exit_2(
    postgresql_server: PostgresServer, address: str, sentence: str
):
    with pytest.raises(DatabaseError, match=sentence) as refused:
        await Database.open(address.format(port=postgresql_server.port))
    assert not isinstance(refused.value, ServerUnreachable)
    assert "ss:w" not in str(refused.value) and "pw@" not in str(refused.value)


async def test_a_sentence_names_the_host_port_and_user_the_query_string_gave(postgresql_server: PostgresServer):
    address = f"postgresql:///nowhere?host=127.0.0.1&port={postgresql_server.port}&user=backstage&password=x9secret"
    with pytest.raises(DatabaseError) as refused:
        await Database.open(address)
    text = str(refused.value)
    assert f"127.0.0.1:{postgresql_server.port}" in text and "'backstage'" in text
    assert "localhost:5432" not in text and "x9secret" not in text


async def test_a_server_that_cannot_be_reached_is_a_temporary_failure(postgresql_server: PostgresServer):
    with socket.socket() as unused:  # a port nothing listens on (bound, never listening: refused)
        unused.bind(("127.0.0.1", 0))
        address = postgresql_server.url("postgres").replace(
            f":{postgresql_server.port}/", f":{unused.getsockname()[1]}/"
        )
        with pytest.raises(ServerUnreachable, match="Cannot reach"):
            await Database.open(address)


async def test_a_statement_sent_after_the_server_loop_stopped_is_refused_and_closed() -> None:
    """A statement racing a shutdown gets RuntimeError, and its coroutine is closed rather than left to warn
    "coroutine … was never awaited" at garbage collection (seen in CI after a restart test)."""
    from db.postgres import ServerLoop

    server = ServerLoop()
    await asyncio.to_thread(server.stop)

    async def statement() -> int:
        return 1

    coro = statement()
    with pytest.raises(RuntimeError):
        await server.run(coro)
    assert coro.cr_frame is None  # closed: nothing left to warn about
    coro2 = statement()
    with pytest.raises(RuntimeError):
        await asyncio.to_thread(server.call, coro2)
    assert coro2.cr_frame is None
