"""The feed outbox: durable intent to publish, claimed into batches (one batch = one Discord message).

Life of an entry: enqueued in the same transaction as the sighting → claimed into a batch (committed
before anything is sent) → the batch is sent with its id as the message nonce → marked sent with the
Discord message id. After a crash, a claimed-but-unsent batch is sent again with the same content and
nonce, so Discord answers with the message it already has instead of posting a second one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from db.database import Database, select_all, select_one
from db.repositories._util import dt, ts


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    guild_id: int
    channel_id: int
    kind: str
    sighting_id: int
    not_before: datetime


@dataclass(frozen=True)
class Batch:
    id: int
    channel_id: int
    kind: str
    attempts: int
    next_attempt: datetime
    sighting_ids: tuple[int, ...]
    message_id: int | None  # for 'refresh': the message to edit


ENQUEUE_SQL = """INSERT INTO outbox(guild_id, channel_id, kind, sighting_id, not_before, created_at)
                 VALUES (?, ?, ?, ?, ?, ?)"""


def enqueue(
    conn: sqlite3.Connection,
    *,
    guild_id: int,
    channel_id: int,
    kind: str,
    sighting_id: int,
    not_before: datetime,
    now: datetime,
) -> None:
    """Add an entry inside the caller's write."""
    conn.execute(ENQUEUE_SQL, (guild_id, channel_id, kind, sighting_id, ts(not_before), ts(now)))


def dt_required(value: str) -> datetime:
    parsed = dt(value)
    assert parsed is not None
    return parsed


def _batch(conn: sqlite3.Connection, row: sqlite3.Row) -> Batch:
    items = select_all(conn, "SELECT DISTINCT sighting_id FROM outbox WHERE batch_id = ? ORDER BY id", (row["id"],))
    return Batch(
        id=row["id"],
        channel_id=row["channel_id"],
        kind=row["kind"],
        attempts=row["attempts"],
        next_attempt=dt_required(row["next_attempt"]),
        sighting_ids=tuple(int(r[0]) for r in items),
        message_id=row["message_id"],
    )


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        kind=row["kind"],
        sighting_id=row["sighting_id"],
        not_before=dt_required(row["not_before"]),
    )


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def due_times(self) -> dict[int, datetime]:
        """For every channel with work, when it is next due: an unconfirmed batch at its retry time (the
        entries behind it wait for it, to keep the feed in order), otherwise its earliest waiting entry."""
        rows = await self.db.fetchall(
            """SELECT channel_id, MIN(t) FROM (
                   SELECT channel_id, MIN(next_attempt) AS t FROM feed_batches
                   WHERE sent_at IS NULL AND failed = 0 GROUP BY channel_id
                   UNION ALL
                   SELECT o.channel_id, MIN(o.not_before) FROM outbox o
                   WHERE o.done_at IS NULL AND o.batch_id IS NULL AND NOT EXISTS (
                       SELECT 1 FROM feed_batches b WHERE b.channel_id = o.channel_id AND b.sent_at IS NULL
                       AND b.failed = 0)
                   GROUP BY o.channel_id)
               GROUP BY channel_id"""
        )
        return {int(r[0]): dt_required(r[1]) for r in rows}

    async def unsent_batch(self, channel_id: int, now: datetime) -> Batch | None:
        """A batch already claimed for this channel but not confirmed sent (resend it first, unchanged)."""

        def unsent(conn: sqlite3.Connection) -> Batch | None:
            row = select_one(
                conn,
                """SELECT * FROM feed_batches WHERE channel_id = ? AND sent_at IS NULL AND failed = 0
                   AND next_attempt <= ? ORDER BY id LIMIT 1""",
                (channel_id, ts(now)),
            )
            return None if row is None else _batch(conn, row)

        return await self.db.read(unsent)

    async def blocked_until(self, channel_id: int) -> datetime | None:
        """If this channel has an unsent batch waiting for a retry, when it is due."""
        row = await self.db.fetchone(
            "SELECT MIN(next_attempt) FROM feed_batches WHERE channel_id = ? AND sent_at IS NULL AND failed = 0",
            (channel_id,),
        )
        return dt(row[0]) if row and row[0] else None

    async def pending(self, channel_id: int, now: datetime, limit: int) -> list[OutboxEntry]:
        """Entries due now, new feed items first: a rush of "also reported by" refreshes must not crowd the
        posts out of the window and shrink every message to one or two embeds."""
        rows = await self.db.fetchall(
            """SELECT * FROM outbox WHERE channel_id = ? AND done_at IS NULL AND batch_id IS NULL
               AND not_before <= ? ORDER BY kind != 'post', not_before, id LIMIT ?""",
            (channel_id, ts(now), limit),
        )
        return [_entry(r) for r in rows]

    async def claim(
        self,
        channel_id: int,
        kind: str,
        entries: list[OutboxEntry],
        now: datetime,
        message_id: int | None = None,
    ) -> Batch:
        """Bind entries to a new batch. Committed before the batch is sent."""

        def claim(conn: sqlite3.Connection) -> Batch:
            cur = conn.execute(
                """INSERT INTO feed_batches(channel_id, kind, message_id, next_attempt, created_at)
                   VALUES (?, ?, ?, ?, ?)""",
                (channel_id, kind, message_id, ts(now), ts(now)),
            )
            batch_id = int(cur.lastrowid or 0)
            conn.executemany(
                "UPDATE outbox SET batch_id = ? WHERE id = ? AND batch_id IS NULL",
                [(batch_id, e.id) for e in entries],
            )
            row = select_one(conn, "SELECT * FROM feed_batches WHERE id = ?", (batch_id,))
            assert row is not None
            return _batch(conn, row)

        return await self.db.write(claim)

    async def mark_posted(self, batch: Batch, message_id: int, now: datetime) -> None:
        """The message exists in Discord: link each sighting to it and close the batch's entries."""

        def posted(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE feed_batches SET message_id = ?, sent_at = ? WHERE id = ?",
                (message_id, ts(now), batch.id),
            )
            conn.execute("UPDATE outbox SET done_at = ? WHERE batch_id = ?", (ts(now), batch.id))
            if batch.kind == "desk":
                conn.executemany(
                    "UPDATE sightings SET desk_message_id = ? WHERE id = ?",
                    [(message_id, sid) for sid in batch.sighting_ids],
                )
                return
            conn.executemany(
                "UPDATE sightings SET feed_message_id = ?, feed_channel_id = ? WHERE id = ?",
                [(message_id, batch.channel_id, sid) for sid in batch.sighting_ids],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO feed_message_items(message_id, position, sighting_id) VALUES (?, ?, ?)",
                [(message_id, pos, sid) for pos, sid in enumerate(batch.sighting_ids)],
            )

        await self.db.write(posted)

    async def mark_refreshed(self, batch: Batch, now: datetime) -> None:
        def refreshed(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE feed_batches SET sent_at = ? WHERE id = ?", (ts(now), batch.id))
            conn.execute("UPDATE outbox SET done_at = ? WHERE batch_id = ?", (ts(now), batch.id))

        await self.db.write(refreshed)

    async def mark_retry(self, batch: Batch, error: str, next_attempt: datetime, *, give_up: bool) -> None:
        def retry(conn: sqlite3.Connection) -> None:
            conn.execute(
                """UPDATE feed_batches SET attempts = attempts + 1, last_error = ?, next_attempt = ?, failed = ?
                   WHERE id = ?""",
                (error[:500], ts(next_attempt), int(give_up), batch.id),
            )

        await self.db.write(retry)

    async def backlog(self, guild_id: int | None = None) -> tuple[int, int]:
        """(entries waiting, batches given up) — for /show status and tests."""
        where, params = ("AND guild_id = ?", (guild_id,)) if guild_id is not None else ("", ())
        row = await self.db.fetchone(f"SELECT COUNT(*) FROM outbox WHERE done_at IS NULL {where}", params)
        failed = await self.db.fetchone(
            f"""SELECT COUNT(DISTINCT b.id) FROM feed_batches b JOIN outbox o ON o.batch_id = b.id
                WHERE b.failed = 1 {where.replace("guild_id", "o.guild_id")}""",
            params,
        )
        return (int(row[0]) if row else 0, int(failed[0]) if failed else 0)
