from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.models import Reporter, Sighting, SightingStatus
from db.database import Database
from db.repositories._util import dt, dump_list, load_list, ts
from db.repositories.outbox import enqueue
from db.repositories.shows import _like, remember_location

_SELECT = """SELECT s.*, (SELECT COUNT(DISTINCT v.user_id) FROM votes v WHERE v.sighting_id = s.id) AS votes
             FROM sightings s"""


def _sighting(row: aiosqlite.Row) -> Sighting:
    return Sighting(
        id=row["id"],
        guild_id=row["guild_id"],
        show_id=row["show_id"],
        reporter=Reporter(id=row["reporter_id"], name=row["reporter_name"]),
        what=row["what"],
        people=load_list(row["people"]),
        other_names=load_list(row["other_names"]),
        where=row["location"],
        quote=row["quote"],
        headline=row["headline"],
        photo_url=row["photo_url"],
        status=SightingStatus(row["status"]),
        created_at=dt(row["created_at"]),
        publish_at=dt(row["publish_at"]),
        edited_at=dt(row["edited_at"]),
        retracted_reason=row["retracted_reason"],
        corroborates=row["corroborates"],
        votes=row["votes"] or 0,
    )


class NewSighting:
    """What a correspondent posts, after validation and tagging."""

    def __init__(
        self,
        *,
        guild_id: int,
        show_id: int,
        reporter: Reporter,
        what: str,
        people: tuple[str, ...],
        other_names: tuple[str, ...],
        where: str | None,
        quote: str | None,
        headline: str | None,
        photo_url: str | None,
        status: SightingStatus,
        created_at: datetime,
        publish_at: datetime | None,
        corroborates: int | None = None,
    ) -> None:
        self.guild_id = guild_id
        self.show_id = show_id
        self.reporter = reporter
        self.what = what
        self.people = people
        self.other_names = other_names
        self.where = where
        self.quote = quote
        self.headline = headline
        self.photo_url = photo_url
        self.status = status
        self.created_at = created_at
        self.publish_at = publish_at
        self.corroborates = corroborates


class SightingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, new: NewSighting, *, feed_channel_id: int | None) -> Sighting:
        """Store the sighting, its tags, the reporter's location and (when `feed_channel_id` is given)
        its feed outbox entry, all in one transaction: either all of it is durable or none."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                """INSERT INTO sightings(guild_id, show_id, reporter_id, reporter_name, what, people, other_names,
                       location, quote, headline, photo_url, status, created_at, publish_at, corroborates)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    new.guild_id,
                    new.show_id,
                    new.reporter.id,
                    new.reporter.name,
                    new.what,
                    dump_list(new.people),
                    dump_list(new.other_names),
                    new.where,
                    new.quote,
                    new.headline,
                    new.photo_url,
                    new.status.value,
                    ts(new.created_at),
                    ts(new.publish_at),
                    new.corroborates,
                ),
            )
            sighting_id = int(cur.lastrowid or 0)
            await conn.executemany(
                "INSERT OR IGNORE INTO sighting_people(sighting_id, show_id, name) VALUES (?, ?, ?)",
                [(sighting_id, new.show_id, name) for name in new.people + new.other_names],
            )
            if new.where:
                await remember_location(conn, new.show_id, new.reporter.id, new.where)
            if feed_channel_id is not None:
                kind = "post" if new.corroborates is None else "refresh"
                target = sighting_id if new.corroborates is None else new.corroborates
                await enqueue(
                    conn,
                    guild_id=new.guild_id,
                    channel_id=feed_channel_id,
                    kind=kind,
                    sighting_id=target,
                    not_before=new.publish_at or new.created_at,
                    now=new.created_at,
                )
        got = await self.get(new.guild_id, sighting_id)
        assert got is not None
        return got

    async def get(self, guild_id: int, sighting_id: int) -> Sighting | None:
        """A sighting of this guild; another guild's id reads as unknown."""
        row = await self.db.fetchone(f"{_SELECT} WHERE s.id = ? AND s.guild_id = ?", (sighting_id, guild_id))
        return None if row is None else _sighting(row)

    async def get_many(self, ids: list[int]) -> dict[int, Sighting]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self.db.fetchall(f"{_SELECT} WHERE s.id IN ({marks})", ids)
        return {r["id"]: _sighting(r) for r in rows}

    async def for_show(self, show_id: int) -> list[Sighting]:
        rows = await self.db.fetchall(f"{_SELECT} WHERE s.show_id = ? ORDER BY s.id", (show_id,))
        return [_sighting(r) for r in rows]

    async def corroborations(self, sighting_id: int) -> list[Sighting]:
        rows = await self.db.fetchall(f"{_SELECT} WHERE s.corroborates = ? ORDER BY s.id", (sighting_id,))
        return [_sighting(r) for r in rows]

    async def recent(self, show_id: int, since: datetime) -> list[Sighting]:
        rows = await self.db.fetchall(
            f"{_SELECT} WHERE s.show_id = ? AND s.created_at >= ? ORDER BY s.id", (show_id, ts(since))
        )
        return [_sighting(r) for r in rows]

    async def search(
        self,
        show_id: int,
        *,
        who: str | None = None,
        where: str | None = None,
        reporter_id: int | None = None,
        text: str | None = None,
        offset: int = 0,
        limit: int = 10,
    ) -> tuple[list[Sighting], int]:
        """Newest first; returns one page and the total count."""
        clauses = ["s.show_id = ?"]
        params: list[object] = [show_id]
        if who:
            clauses.append("EXISTS (SELECT 1 FROM sighting_people p WHERE p.sighting_id = s.id AND p.name = ?)")
            params.append(who)
        if where:
            clauses.append("s.location LIKE ? ESCAPE '\\'")
            params.append("%" + _like(where) + "%")
        if reporter_id is not None:
            clauses.append("s.reporter_id = ?")
            params.append(reporter_id)
        if text:
            clauses.append("(s.what LIKE ? ESCAPE '\\' OR s.quote LIKE ? ESCAPE '\\' OR s.headline LIKE ? ESCAPE '\\')")
            params += ["%" + _like(text) + "%"] * 3
        where_sql = " AND ".join(clauses)
        total_row = await self.db.fetchone(f"SELECT COUNT(*) FROM sightings s WHERE {where_sql}", params)
        rows = await self.db.fetchall(
            f"{_SELECT} WHERE {where_sql} ORDER BY s.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]
        )
        return [_sighting(r) for r in rows], int(total_row[0]) if total_row else 0

    async def by_feed_message(self, message_id: int) -> list[Sighting]:
        rows = await self.db.fetchall(
            f"""{_SELECT} JOIN feed_message_items i ON i.sighting_id = s.id
                WHERE i.message_id = ? ORDER BY i.position""",
            (message_id,),
        )
        return [_sighting(r) for r in rows]

    async def feed_message_of(self, sighting_id: int) -> tuple[int, int] | None:
        """(channel_id, message_id) of the feed message that shows this sighting, once published."""
        row = await self.db.fetchone(
            "SELECT feed_channel_id, feed_message_id FROM sightings WHERE id = ? AND feed_message_id IS NOT NULL",
            (sighting_id,),
        )
        return None if row is None else (int(row[0]), int(row[1]))

    async def vote(self, message_id: int, position: int | None, user_id: int, emoji: str, *, add: bool) -> int | None:
        """Record a reaction on a feed message as a vote for the sighting(s) it shows.

        A message with one sighting gets the vote; on a coalesced message the reaction counts for every
        sighting in it (Discord reactions belong to the whole message). Returns how many sightings changed."""
        rows = await self.db.fetchall(
            "SELECT sighting_id FROM feed_message_items WHERE message_id = ? ORDER BY position", (message_id,)
        )
        ids = [int(r[0]) for r in rows]
        if position is not None:
            ids = ids[position : position + 1]
        if not ids:
            return None
        async with self.db.transaction() as conn:
            if add:
                await conn.executemany(
                    "INSERT OR IGNORE INTO votes(sighting_id, user_id, emoji) VALUES (?, ?, ?)",
                    [(i, user_id, emoji) for i in ids],
                )
            else:
                await conn.executemany(
                    "DELETE FROM votes WHERE sighting_id = ? AND user_id = ? AND emoji = ?",
                    [(i, user_id, emoji) for i in ids],
                )
        return len(ids)

    async def stats(self, show_id: int, *, now: datetime) -> dict[str, object]:
        row = await self.db.fetchone(
            """SELECT COUNT(*) AS total,
                      SUM(status = 'live' AND (publish_at IS NULL OR publish_at <= ?)) AS live,
                      SUM(status = 'pending') AS pending,
                      SUM(status = 'live' AND publish_at > ?) AS held,
                      SUM(status = 'retracted') AS retracted,
                      COUNT(DISTINCT reporter_id) AS reporters
               FROM sightings WHERE show_id = ?""",
            (ts(now), ts(now), show_id),
        )
        people = await self.db.fetchall(
            """SELECT p.name, COUNT(*) AS n FROM sighting_people p JOIN sightings s ON s.id = p.sighting_id
               WHERE p.show_id = ? AND s.status = 'live' GROUP BY p.name ORDER BY n DESC, p.name LIMIT 5""",
            (show_id,),
        )
        reporters = await self.db.fetchall(
            """SELECT reporter_name, COUNT(*) AS n FROM sightings WHERE show_id = ?
               GROUP BY reporter_id ORDER BY n DESC, reporter_name LIMIT 5""",
            (show_id,),
        )
        assert row is not None
        return {
            "sightings": row["total"] or 0,
            "live": row["live"] or 0,
            "pending": row["pending"] or 0,
            "held": row["held"] or 0,
            "retracted": row["retracted"] or 0,
            "reporters": row["reporters"] or 0,
            "top_people": [(str(r[0]), int(r[1])) for r in people],
            "top_reporters": [(str(r[0]), int(r[1])) for r in reporters],
        }
