from __future__ import annotations

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


class RosterRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self, guild_id: int) -> list[RosterEntry]:
        """Every name of the guild, by key (built on the database thread: a roster may have 10,000 names)."""
        return await self.db.read(partial(roster_entries, guild_id=guild_id))

    async def get(self, guild_id: int, key: str) -> RosterEntry | None:
        row = await self.db.fetchone(f"{_ENTRY} WHERE guild_id = ? AND key = ?", (guild_id, key))
        return None if row is None else _entry(row)

    async def upsert_many(self, guild_id: int, rows: list[RosterRow]) -> list[bool]:
        """Add or update names by key in one write; returns for each whether it was new."""

        def upsert(conn: Connection) -> list[bool]:
            known = {r[0] for r in select_all(conn, "SELECT key FROM roster WHERE guild_id = ?", (guild_id,))}
            conn.executemany(
                """INSERT INTO roster(guild_id, name, key, aliases) VALUES (?, ?, ?, ?)
                   ON CONFLICT(guild_id, key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases""",
                [(guild_id, row.name, row.key, json.dumps(list(row.aliases), ensure_ascii=False)) for row in rows],
            )
            created = []
            for row in rows:  # a key twice in one call: the first is new, the second an update
                created.append(row.key not in known)
                known.add(row.key)
            return created

        return await self.db.write(upsert)

    async def remove(self, guild_id: int, key: str) -> bool:
        def remove(conn: Connection) -> bool:
            return conn.execute("DELETE FROM roster WHERE guild_id = ? AND key = ?", (guild_id, key)).rowcount > 0

        return await self.db.write(remove)
