from __future__ import annotations

import secrets
from datetime import datetime

from bot.models import Show
from db.database import Conflict, Connection, Database, Row, select_one
from db.repositories._util import dt, ts


def _show(row: Row) -> Show:
    d = dict(row)
    d["approval"] = bool(d["approval"])
    d["opened_at"] = dt(d["opened_at"])
    d["closed_at"] = dt(d["closed_at"])
    return Show(**d)


class ShowAlreadyOpen(Exception):
    pass


class ShowRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def open_show(self, guild_id: int) -> Show | None:
        row = await self.db.fetchone("SELECT * FROM shows WHERE guild_id = ? AND closed_at IS NULL", (guild_id,))
        return None if row is None else _show(row)

    async def latest(self, guild_id: int) -> Show | None:
        """The open show, else the most recently opened one."""
        row = await self.db.fetchone(
            "SELECT * FROM shows WHERE guild_id = ? ORDER BY closed_at IS NOT NULL, id DESC LIMIT 1",
            (guild_id,),
        )
        return None if row is None else _show(row)

    async def get(self, show_id: int) -> Show | None:
        row = await self.db.fetchone("SELECT * FROM shows WHERE id = ?", (show_id,))
        return None if row is None else _show(row)

    async def create(
        self,
        *,
        guild_id: int,
        name: str,
        venue: str | None,
        feed_channel_id: int,
        desk_channel_id: int | None,
        approval: bool,
        opened_by: int,
        opened_at: datetime,
    ) -> Show:
        """A new open show, with a fresh unguessable token: its address on the web (/s/<token>)."""
        params = (
            guild_id,
            name,
            venue,
            feed_channel_id,
            desk_channel_id,
            int(approval),
            opened_by,
            ts(opened_at),
            secrets.token_urlsafe(16),
        )

        def create(conn: Connection) -> Row | None:
            return select_one(
                conn,
                """INSERT INTO shows(guild_id, name, venue, feed_channel_id, desk_channel_id, approval,
                                     opened_by, opened_at, web_token)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *""",
                params,
            )

        try:
            row = await self.db.write(create)
        except Conflict as exc:
            raise ShowAlreadyOpen(str(exc)) from exc
        assert row is not None
        return _show(row)

    async def close(self, show_id: int, closed_at: datetime) -> None:
        def close(conn: Connection) -> None:
            conn.execute("UPDATE shows SET closed_at = ? WHERE id = ? AND closed_at IS NULL", (ts(closed_at), show_id))

        await self.db.write(close)

    async def locations(self, show_id: int, prefix: str = "", limit: int = 25) -> list[str]:
        """The show's known locations, most used first."""
        rows = await self.db.fetchall(
            """SELECT location, COUNT(*) AS n FROM sightings
               WHERE show_id = ? AND location IS NOT NULL AND lower(location) LIKE lower(?) ESCAPE '\\'
               GROUP BY location ORDER BY n DESC, location LIMIT ?""",
            (show_id, "%" + _like(prefix) + "%", limit),
        )
        return [str(r["location"]) for r in rows]

    async def reporter_location(self, show_id: int, reporter_id: int) -> str | None:
        row = await self.db.fetchone(
            "SELECT location FROM reporter_locations WHERE show_id = ? AND reporter_id = ?",
            (show_id, reporter_id),
        )
        return None if row is None else str(row["location"])


REMEMBER_LOCATION_SQL = """INSERT INTO reporter_locations(show_id, reporter_id, location) VALUES (?, ?, ?)
                           ON CONFLICT(show_id, reporter_id) DO UPDATE SET location = excluded.location"""


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
