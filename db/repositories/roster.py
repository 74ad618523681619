from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from bot.models import RosterEntry
from db.database import Database, select_one


class RosterRow(NamedTuple):
    """A name to store: `key` is how the roster finds it, computed by the caller (the database stores and
    compares keys, it never computes them: the services fold names, `bot.text.fold`)."""

    key: str
    name: str
    aliases: tuple[str, ...]


def _entry(row: sqlite3.Row) -> RosterEntry:
    return RosterEntry(
        id=row["id"], guild_id=row["guild_id"], name=row["name"], aliases=tuple(json.loads(row["aliases"]))
    )


class RosterRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self, guild_id: int) -> list[RosterEntry]:
        rows = await self.db.fetchall("SELECT * FROM roster WHERE guild_id = ? ORDER BY key", (guild_id,))
        return [_entry(r) for r in rows]

    async def get(self, guild_id: int, key: str) -> RosterEntry | None:
        row = await self.db.fetchone("SELECT * FROM roster WHERE guild_id = ? AND key = ?", (guild_id, key))
        return None if row is None else _entry(row)

    async def upsert_many(self, guild_id: int, rows: list[RosterRow]) -> list[bool]:
        """Add or update names by key in one write; returns for each whether it was new."""

        def upsert(conn: sqlite3.Connection) -> list[bool]:
            created: list[bool] = []
            for row in rows:
                exists = select_one(conn, "SELECT 1 FROM roster WHERE guild_id = ? AND key = ?", (guild_id, row.key))
                conn.execute(
                    """INSERT INTO roster(guild_id, name, key, aliases) VALUES (?, ?, ?, ?)
                       ON CONFLICT(guild_id, key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases""",
                    (guild_id, row.name, row.key, json.dumps(list(row.aliases), ensure_ascii=False)),
                )
                created.append(exists is None)
            return created

        return await self.db.write(upsert)

    async def remove(self, guild_id: int, key: str) -> bool:
        def remove(conn: sqlite3.Connection) -> bool:
            return conn.execute("DELETE FROM roster WHERE guild_id = ? AND key = ?", (guild_id, key)).rowcount > 0

        return await self.db.write(remove)
