from __future__ import annotations

import contextlib
import itertools
import json
from functools import partial
from typing import NamedTuple

from bot.models import RosterEntry
from db.database import Connection, Database, Row, select_all


class RosterRow(NamedTuple):
    """A name to store: `key` is how the roster finds it, computed by the caller (the database stores and
    compares keys, it never computes them: the services fold names, `bot.text.fold`)."""

    key: str
    name: str
    aliases: tuple[str, ...]


_ENTRY = "SELECT id, guild_id, name, aliases FROM roster"  # by position: a worker's rows are plain tuples


def _entry(row: Row) -> RosterEntry:
    return RosterEntry(id=row[0], guild_id=row[1], name=row[2], aliases=tuple(json.loads(row[3])))


def roster_entries(conn: Connection, guild_id: int) -> list[RosterEntry]:
    """Every name of the guild, by key, on `conn` (the database thread's, or a worker's read-only one)."""
    return [_entry(r) for r in select_all(conn, f"{_ENTRY} WHERE guild_id = ? ORDER BY key", (guild_id,))]


IMPORT_CHUNK = 1_000  # rows per write of an import: a few milliseconds of the connection that writes
_imports = itertools.count(1)  # each import's own staging table (the connection that writes is the process's one)
# a name already there as written is left alone (no new row version, no index entry: a file imported again is cheap)
_UPSERT = """INSERT INTO roster(guild_id, name, key, aliases) {rows}
    ON CONFLICT(guild_id, key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
    WHERE roster.name <> excluded.name OR roster.aliases <> excluded.aliases"""


def _aliases(row: RosterRow) -> str:
    return json.dumps(list(row.aliases), ensure_ascii=False)


def _create_staging(staging: str, conn: Connection) -> None:
    conn.execute(f"CREATE TEMPORARY TABLE {staging} (name TEXT NOT NULL, key TEXT NOT NULL, aliases TEXT NOT NULL)")


def _drop_staging(staging: str, conn: Connection) -> None:
    conn.execute(f"DROP TABLE IF EXISTS {staging}")


def _stage(staging: str, rows: list[RosterRow], conn: Connection) -> None:
    conn.executemany(
        f"INSERT INTO {staging}(name, key, aliases) VALUES (?, ?, ?)", [(r.name, r.key, _aliases(r)) for r in rows]
    )


def _go_live(guild_id: int, rows: list[RosterRow], staging: str | None, conn: Connection) -> list[bool]:
    """Write `rows` into the roster (from `staging` when given, where they already are) in one statement;
    for each, whether it was new. A key twice: the last one's name and aliases win, the first counts as new
    (the staging table holds each key once)."""
    known = {r[0] for r in select_all(conn, "SELECT key FROM roster WHERE guild_id = ?", (guild_id,))}
    if staging is None:
        values = [(guild_id, r.name, r.key, _aliases(r)) for r in rows]
        conn.executemany(_UPSERT.format(rows="VALUES (?, ?, ?, ?)"), values)
    else:
        conn.execute(
            _UPSERT.format(rows=f"SELECT CAST(? AS BIGINT), name, key, aliases FROM {staging} WHERE true"),
            (guild_id,),
        )
    created = []
    for row in rows:
        created.append(row.key not in known)
        known.add(row.key)
    return created


def _import_apart(
    guild_id: int, rows: list[RosterRow], last: list[RosterRow], staging: str, conn: Connection
) -> list[bool]:
    """A whole import in one transaction on a connection of its own (`Database.write_apart`): staged, then live."""
    _create_staging(staging, conn)
    for start in range(0, len(last), IMPORT_CHUNK):
        _stage(staging, last[start : start + IMPORT_CHUNK], conn)
    return _go_live(guild_id, rows, staging, conn)


class RosterRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self, guild_id: int) -> list[RosterEntry]:
        """Every name of the guild, by key, read on the read-only connection: a roster may have 50,000 names,
        and the connection that writes (other servers' /spot) is not held while they are read and built."""
        return await self.db.read_apart(partial(roster_entries, guild_id=guild_id))

    async def get(self, guild_id: int, key: str) -> RosterEntry | None:
        row = await self.db.fetchone(f"{_ENTRY} WHERE guild_id = ? AND key = ?", (guild_id, key))
        return None if row is None else _entry(row)

    async def upsert_many(self, guild_id: int, rows: list[RosterRow]) -> list[bool]:
        """Add or update names by key in one write; returns for each whether it was new."""
        return await self.db.write(partial(_go_live, guild_id, rows, None))

    async def import_rows(self, guild_id: int, rows: list[RosterRow]) -> list[bool]:
        """`upsert_many` for a whole file, all or nothing for readers, without holding the connection that writes
        for long. The rows go into a temporary table of this import's own that no reader sees, then one statement
        makes them live. On PostgreSQL all of it is one transaction on a connection of its own
        (`Database.write_apart`): making 50,000 names live takes a second or two of the server, and other
        servers' writes go on meanwhile. On SQLite (one writer per file) the rows go in chunks of `IMPORT_CHUNK`,
        each its own short write (other servers' writes take their turns between them), and one short write
        makes them live. On failure the staging table is dropped and the roster is as it was."""
        staging = f"roster_import_{next(_imports)}"
        last = list({row.key: row for row in rows}.values())  # a key twice: the last wins (one statement
        # may not update a row twice)
        if self.db.writes_apart:
            return await self.db.write_apart(partial(_import_apart, guild_id, rows, last, staging))
        await self.db.write(partial(_create_staging, staging))
        try:
            for start in range(0, len(rows), IMPORT_CHUNK):
                await self.db.write(partial(_stage, staging, last[start : start + IMPORT_CHUNK]))
            return await self.db.write(partial(_go_live, guild_id, rows, staging))
        finally:
            with contextlib.suppress(Exception):  # a connection that was lost took its temporary tables with it
                await self.db.write(partial(_drop_staging, staging))

    async def remove(self, guild_id: int, key: str) -> bool:
        def remove(conn: Connection) -> bool:
            return conn.execute("DELETE FROM roster WHERE guild_id = ? AND key = ?", (guild_id, key)).rowcount > 0

        return await self.db.write(remove)
