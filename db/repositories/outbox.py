"""The feed outbox: durable intent to publish, claimed into batches (one batch = one Discord request).

Life of an entry: enqueued in the same transaction as the sighting (or the change) → claimed into a batch
(committed before anything is sent) → the batch is sent → marked done with the Discord message id.

Kinds: 'post' (a new feed item), 'desk' (a desk card) and 'suggest' (a key moment offered to the desk) create a
message and are kept in order; 'refresh'
(re-render the feed message showing a sighting), 'card' (re-render a desk card) and 'suggestion' (a suggestion
card whose sighting was retracted) edit one. Each entry has a
`Priority`: corrections first, new items next, cosmetic refreshes last.

Exactly once: each batch gets a random nonce when it is claimed, and an unconfirmed batch is resent with
it, so Discord answers with the message it already made (within its nonce window; after that the publisher
looks for the message in the channel's history first).
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from functools import partial

from db.coordination import notify_channel, skip_locked
from db.database import Connection, Database, Row, select_all, select_one
from db.repositories._util import dt, ts


class Priority(IntEnum):
    """What goes first in a channel (lower first)."""

    URGENT = 0  # retractions and corrections, a credit dropped, a sighting moved out of its message
    NEW = 1  # new feed items and desk cards
    COSMETIC = 2  # "also reported by" added


POSTS = ("post", "desk", "suggest")  # kinds that create a message
EDITS = ("refresh", "card", "suggestion")  # kinds that edit one
_POST_KINDS = "('post', 'desk', 'suggest')"
_EDIT_KINDS = "('refresh', 'card', 'suggestion')"
NONCE_BYTES = 15  # 20 URL-safe characters, within Discord's 25
# a show's "Key moments so far" message needs work (the rule of db.repositories.keys, read in `due_times`)
SUMMARY_DUE = "(k.message_id IS NULL OR k.shown < k.version OR k.pinned = 0)"


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    guild_id: int
    channel_id: int
    kind: str
    sighting_id: int
    not_before: datetime
    priority: Priority = Priority.NEW
    message_id: int | None = None  # for edits: the message to edit, once it exists


@dataclass(frozen=True)
class Batch:
    id: int
    channel_id: int
    kind: str
    attempts: int
    next_attempt: datetime
    created_at: datetime
    sighting_ids: tuple[int, ...]
    message_id: int | None  # for edits: the message to edit
    nonce: str
    priority: Priority


ENQUEUE_SQL = """INSERT INTO outbox(guild_id, channel_id, kind, sighting_id, not_before, created_at, priority,
                                    message_id)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""


def enqueue_row(
    conn: Connection,
    *,
    guild_id: int,
    channel_id: int,
    kind: str,
    sighting_id: int,
    not_before: datetime,
    now: datetime,
    priority: Priority,
    message_id: int | None = None,
) -> None:
    """Add an entry inside the caller's write (on the database thread); on PostgreSQL, every process listening
    hears of the channel when the write commits."""
    conn.execute(
        ENQUEUE_SQL,
        (guild_id, channel_id, kind, sighting_id, ts(not_before), ts(now), int(priority), message_id),
    )
    notify_channel(conn, channel_id)


def dt_required(value: str) -> datetime:
    parsed = dt(value)
    assert parsed is not None
    return parsed


# the message an edit entry is for: its own, else the one showing the sighting (feed) or its card (desk)
_TARGET = """COALESCE(o.message_id, CASE o.kind WHEN 'card' THEN s.desk_message_id
                                              WHEN 'refresh' THEN s.feed_message_id END)"""
_UNSENT = "b.sent_at IS NULL AND b.failed = 0"


def _entry(row: Row) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        kind=row["kind"],
        sighting_id=row["sighting_id"],
        not_before=dt_required(row["not_before"]),
        priority=Priority(row["priority"]),
        message_id=row["target"],
    )


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def due_times(self) -> dict[int, datetime]:
        """For every channel with work, when it is next due: unsent batches at their retry time; waiting
        entries at their `not_before`, except new posts behind an unsent post (they keep the feed's order); a
        "Key moments so far" message to make, show again or pin, or a former one to delete or unpin
        (db.repositories.keys), at its next attempt."""
        rows = await self.db.fetchall(
            f"""SELECT channel_id, MIN(t) FROM (
                   SELECT channel_id, MIN(next_attempt) AS t FROM feed_batches b WHERE {_UNSENT}
                   GROUP BY channel_id
                   UNION ALL
                   SELECT o.channel_id, MIN(o.not_before) FROM outbox o
                   WHERE o.done_at IS NULL AND o.batch_id IS NULL AND (o.kind IN {_EDIT_KINDS} OR NOT EXISTS (
                       SELECT 1 FROM feed_batches b WHERE b.channel_id = o.channel_id AND b.kind IN {_POST_KINDS}
                       AND {_UNSENT}))
                   GROUP BY o.channel_id
                   UNION ALL
                   SELECT k.channel_id, MIN(k.next_attempt) FROM key_summaries k WHERE {SUMMARY_DUE}
                   GROUP BY k.channel_id
                   UNION ALL
                   SELECT channel_id, MIN(next_attempt) FROM key_leftovers GROUP BY channel_id) AS due
               GROUP BY channel_id"""
        )
        return {int(r[0]): dt_required(r[1]) for r in rows}

    async def unsent(self, channel_id: int, now: datetime) -> list[Batch]:
        """Batches claimed for this channel, not confirmed, due for a (re)try now; oldest first."""
        sql = f"SELECT * FROM feed_batches b WHERE channel_id = ? AND {_UNSENT} AND next_attempt <= ? ORDER BY id"
        return await self.db.read(partial(_batches, sql, (channel_id, ts(now))))

    async def posts_blocked(self, channel_id: int) -> bool:
        """Whether a new post or desk card waits behind an unconfirmed one (due now or later)."""
        row = await self.db.fetchone(
            f"SELECT 1 FROM feed_batches b WHERE channel_id = ? AND kind IN {_POST_KINDS} AND {_UNSENT} LIMIT 1",
            (channel_id,),
        )
        return row is not None

    async def edits_under_way(self, channel_id: int) -> set[int]:
        """Messages with an unconfirmed edit batch (later edits of them join it instead of racing it)."""
        rows = await self.db.fetchall(
            f"""SELECT message_id FROM feed_batches b WHERE channel_id = ? AND kind IN {_EDIT_KINDS} AND {_UNSENT}
                AND message_id IS NOT NULL""",
            (channel_id,),
        )
        return {int(r[0]) for r in rows}

    async def pending(self, channel_id: int, now: datetime, limit: int) -> list[OutboxEntry]:
        """Unclaimed entries due now, most urgent first, then oldest; edits carry the message they are for."""
        rows = await self.db.fetchall(
            f"""SELECT o.*, {_TARGET} AS target FROM outbox o JOIN sightings s ON s.id = o.sighting_id
                WHERE o.channel_id = ? AND o.done_at IS NULL AND o.batch_id IS NULL AND o.not_before <= ?
                ORDER BY o.priority, o.not_before, o.id LIMIT ?""",
            (channel_id, ts(now), limit),
        )
        return [_entry(r) for r in rows]

    async def waiting_corroborations(self, channel_id: int, now: datetime) -> list[tuple[OutboxEntry, int]]:
        """Unclaimed post entries due now of live corroborations, with the original each one corroborates."""
        rows = await self.db.fetchall(
            """SELECT o.*, NULL AS target, s.corroborates FROM outbox o JOIN sightings s ON s.id = o.sighting_id
               WHERE o.channel_id = ? AND o.kind = 'post' AND o.done_at IS NULL AND o.batch_id IS NULL
               AND o.not_before <= ? AND s.corroborates IS NOT NULL AND s.status = 'live'""",
            (channel_id, ts(now)),
        )
        return [(_entry(r), int(r["corroborates"])) for r in rows]

    async def claim(
        self,
        channel_id: int,
        kind: str,
        entries: Sequence[OutboxEntry],
        now: datetime,
        message_id: int | None = None,
    ) -> Batch | None:
        """Bind entries to a new batch with a fresh nonce, committed before the batch is sent; None when none of
        them can be claimed any more (another process took them first). What is claimed is what the claim reads,
        in its own transaction: entries still unclaimed (on PostgreSQL, rows another transaction is claiming are
        skipped, `FOR UPDATE SKIP LOCKED`). Posts keep the feed's order: only the entries before the first one
        gone are claimed. A batch is never empty."""
        nonce = secrets.token_urlsafe(NONCE_BYTES)
        wanted = [(e.id, int(e.priority)) for e in entries]
        batch_id = await self.db.write(partial(_claim, channel_id, kind, wanted, now, message_id, nonce))
        if batch_id is None:
            return None
        batch = await self.get_batch(batch_id)
        assert batch is not None
        return batch

    async def join(self, batch: Batch, entries: Iterable[OutboxEntry]) -> None:
        """Later edits of a message whose edit is waiting for a retry: one edit shows them all."""
        ids = [e.id for e in entries]
        await self.db.write(partial(_join, batch.id, ids))

    async def get_batch(self, batch_id: int) -> Batch | None:
        found = await self.db.read(partial(_batches, "SELECT * FROM feed_batches WHERE id = ?", (batch_id,)))
        return found[0] if found else None

    async def batch_for_message(self, channel_id: int, message_id: int) -> Batch | None:
        """The unconfirmed edit batch of a message, if one waits."""
        sql = f"""SELECT * FROM feed_batches b WHERE channel_id = ? AND message_id = ? AND kind IN {_EDIT_KINDS}
                  AND {_UNSENT} ORDER BY id LIMIT 1"""
        found = await self.db.read(partial(_batches, sql, (channel_id, message_id)))
        return found[0] if found else None

    async def mark_posted(self, batch: Batch, message_id: int, now: datetime, *, maybe_stale: bool = False) -> None:
        """The message exists in Discord: link each sighting (or desk card) to it and close the batch. A
        sighting that already had a feed message moved out of it: that message now points here, and is
        re-rendered to show it. `maybe_stale`: the message may be an earlier attempt's (a resend answered by
        nonce, or found in the history), made before a correction or retraction: those are shown again."""
        await self.db.write(partial(_posted, batch, message_id, now, maybe_stale))

    async def mark_edited(self, batch: Batch, now: datetime) -> None:
        await self.db.write(partial(_close_batch, batch.id, now, None))

    async def mark_message_deleted(self, batch: Batch, now: datetime) -> None:
        """Discord answered 10008: a moderator deleted the message. It stays deleted; the batch is done."""
        await self.db.write(partial(_message_deleted, batch, now))

    async def deleted_messages(self, message_ids: Iterable[int]) -> set[int]:
        ids = list(message_ids)
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = await self.db.fetchall(f"SELECT message_id FROM deleted_messages WHERE message_id IN ({marks})", ids)
        return {int(r[0]) for r in rows}

    async def close(self, entries: Iterable[OutboxEntry], now: datetime) -> None:
        """Entries with nothing to send: an edit of a message not posted yet (the post will show the latest
        state) or deleted by a moderator."""
        ids = [e.id for e in entries]
        await self.db.write(partial(_close_entries, ids, now))

    async def fold(self, entries: Sequence[tuple[OutboxEntry, int]], now: datetime) -> None:
        """Corroborations credited on their original's feed item instead of an item of their own: each
        (entry, original) is closed, the sighting marked credited, and the original's message refreshed."""
        await self.db.write(partial(_fold, list(entries), now))

    async def move_out(self, message_id: int, guild_id: int, sighting_ids: Sequence[int], now: datetime) -> None:
        """These sightings outgrew their coalesced message: each gets a message of its own (urgent), and the
        old message shows a pointer once it exists."""
        await self.db.write(partial(_move_out, message_id, guild_id, list(sighting_ids), now))

    async def known_message(self, message_id: int) -> bool:
        """Whether a message is already recorded for some batch (never adopt it for another)."""
        row = await self.db.fetchone("SELECT 1 FROM feed_batches WHERE message_id = ? LIMIT 1", (message_id,))
        return row is not None

    async def mark_retry(self, batch: Batch, error: str, next_attempt: datetime, *, give_up: bool) -> None:
        await self.db.write(partial(_retry, batch.id, error, next_attempt, give_up))

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


_BATCH_SIGHTINGS = "SELECT sighting_id FROM outbox WHERE batch_id = ? GROUP BY sighting_id ORDER BY MIN(id)"


def _batches(sql: str, params: tuple[object, ...], conn: Connection) -> list[Batch]:
    """Batches read by `sql`, each with its sightings (one read hop)."""
    found = []
    for row in select_all(conn, sql, params):
        items = select_all(conn, _BATCH_SIGHTINGS, (row["id"],))
        found.append(
            Batch(
                id=row["id"],
                channel_id=row["channel_id"],
                kind=row["kind"],
                attempts=row["attempts"],
                next_attempt=dt_required(row["next_attempt"]),
                created_at=dt_required(row["created_at"]),
                sighting_ids=tuple(int(r[0]) for r in items),
                message_id=row["message_id"],
                nonce=row["nonce"],
                priority=Priority(row["priority"]),
            )
        )
    return found


# -- writes, run on the database thread inside one group-commit transaction ------------------------------


def _claim(
    channel_id: int,
    kind: str,
    wanted: list[tuple[int, int]],
    now: datetime,
    message_id: int | None,
    nonce: str,
    conn: Connection,
) -> int | None:
    """(entry id, priority) in the order wanted: the batch of those still free, or None."""
    if not wanted:
        return None
    marks = ",".join("?" * len(wanted))
    free = {
        int(r[0])
        for r in select_all(
            conn,
            f"""SELECT id FROM outbox WHERE id IN ({marks}) AND channel_id = ? AND batch_id IS NULL
                AND done_at IS NULL ORDER BY id{skip_locked(conn)}""",
            (*[i for i, _ in wanted], channel_id),
        )
    }
    if kind in POSTS:  # in the feed's order: never one past an entry gone to another batch
        taken = list(itertools.takewhile(lambda e: e[0] in free, wanted))
    else:
        taken = [e for e in wanted if e[0] in free]
    if not taken:
        return None
    row = select_one(
        conn,
        """INSERT INTO feed_batches(channel_id, kind, message_id, next_attempt, created_at, nonce, priority)
           VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        (channel_id, kind, message_id, ts(now), ts(now), nonce, min(p for _, p in taken)),
    )
    assert row is not None
    batch_id = int(row[0])
    conn.executemany("UPDATE outbox SET batch_id = ? WHERE id = ?", [(batch_id, i) for i, _ in taken])
    return batch_id


def _join(batch_id: int, entry_ids: list[int], conn: Connection) -> None:
    conn.executemany(
        "UPDATE outbox SET batch_id = ? WHERE id = ? AND batch_id IS NULL", [(batch_id, i) for i in entry_ids]
    )
    conn.execute(
        """UPDATE feed_batches SET priority = COALESCE((SELECT MIN(o.priority) FROM outbox o
               WHERE o.batch_id = feed_batches.id AND o.priority < feed_batches.priority), priority)
           WHERE id = ?""",
        (batch_id,),
    )


def _close_batch(batch_id: int, now: datetime, message_id: int | None, conn: Connection) -> None:
    conn.execute(
        "UPDATE feed_batches SET sent_at = ?, message_id = COALESCE(?, message_id) WHERE id = ?",
        (ts(now), message_id, batch_id),
    )
    conn.execute("UPDATE outbox SET done_at = ? WHERE batch_id = ?", (ts(now), batch_id))


def _posted(batch: Batch, message_id: int, now: datetime, maybe_stale: bool, conn: Connection) -> None:
    _close_batch(batch.id, now, message_id, conn)
    if batch.kind == "suggest":  # a card of its own: nothing links to it
        return
    if maybe_stale:
        _refresh_changed_since(batch, now, conn)
    if batch.kind == "desk":
        conn.executemany(
            "UPDATE sightings SET desk_message_id = ? WHERE id = ?", [(message_id, s) for s in batch.sighting_ids]
        )
        return
    for sighting_id in batch.sighting_ids:
        row = conn.execute(
            "SELECT guild_id, feed_message_id, feed_channel_id FROM sightings WHERE id = ?", (sighting_id,)
        ).fetchone()
        old_message, old_channel = row[1], row[2]
        if old_message is not None and old_message != message_id:
            conn.execute(
                "UPDATE feed_message_items SET moved_to = ? WHERE message_id = ? AND sighting_id = ?",
                (message_id, old_message, sighting_id),
            )
            enqueue_row(
                conn,
                guild_id=row[0],
                channel_id=old_channel,
                kind="refresh",
                sighting_id=sighting_id,
                not_before=now,
                now=now,
                priority=Priority.URGENT,
                message_id=old_message,
            )
    conn.executemany(
        "UPDATE sightings SET feed_message_id = ?, feed_channel_id = ? WHERE id = ?",
        [(message_id, batch.channel_id, s) for s in batch.sighting_ids],
    )
    conn.executemany(
        """INSERT INTO feed_message_items(message_id, position, sighting_id) VALUES (?, ?, ?)
           ON CONFLICT (message_id, position) DO UPDATE SET sighting_id = excluded.sighting_id, moved_to = NULL""",
        [(message_id, pos, s) for pos, s in enumerate(batch.sighting_ids)],
    )


def _refresh_changed_since(batch: Batch, now: datetime, conn: Connection) -> None:
    marks = ",".join("?" * len(batch.sighting_ids))
    changed = conn.execute(
        f"""SELECT id, guild_id FROM sightings WHERE id IN ({marks})
            AND (status NOT IN ('live', 'pending') OR edited_at > ?)""",
        (*batch.sighting_ids, ts(batch.created_at)),
    ).fetchall()
    kind = "card" if batch.kind == "desk" else "refresh"
    for sighting_id, guild_id in changed:
        enqueue_row(
            conn,
            guild_id=guild_id,
            channel_id=batch.channel_id,
            kind=kind,
            sighting_id=sighting_id,
            not_before=now,
            now=now,
            priority=Priority.URGENT,
        )


def _message_deleted(batch: Batch, now: datetime, conn: Connection) -> None:
    conn.execute(
        """INSERT INTO deleted_messages(message_id, channel_id, deleted_at) VALUES (?, ?, ?)
           ON CONFLICT DO NOTHING""",
        (batch.message_id, batch.channel_id, ts(now)),
    )
    _close_batch(batch.id, now, None, conn)


def _close_entries(entry_ids: list[int], now: datetime, conn: Connection) -> None:
    conn.executemany("UPDATE outbox SET done_at = ? WHERE id = ?", [(ts(now), i) for i in entry_ids])


def _fold(entries: list[tuple[OutboxEntry, int]], now: datetime, conn: Connection) -> None:
    for entry, original in entries:
        conn.execute("UPDATE outbox SET done_at = ? WHERE id = ?", (ts(now), entry.id))
        conn.execute("UPDATE sightings SET credited = 1 WHERE id = ?", (entry.sighting_id,))
        row = conn.execute(
            """SELECT COALESCE(s.feed_channel_id, sh.feed_channel_id) FROM sightings s
               JOIN shows sh ON sh.id = s.show_id WHERE s.id = ?""",
            (original,),
        ).fetchone()
        enqueue_row(
            conn,
            guild_id=entry.guild_id,
            channel_id=int(row[0]),
            kind="refresh",
            sighting_id=original,
            not_before=now,
            now=now,
            priority=Priority.COSMETIC,
        )


def _move_out(message_id: int, guild_id: int, sighting_ids: list[int], now: datetime, conn: Connection) -> None:
    for sighting_id in sighting_ids:
        conn.execute(
            "UPDATE feed_message_items SET moved_to = 0 WHERE message_id = ? AND sighting_id = ?",
            (message_id, sighting_id),
        )
        channel = conn.execute("SELECT feed_channel_id FROM sightings WHERE id = ?", (sighting_id,)).fetchone()[0]
        enqueue_row(
            conn,
            guild_id=guild_id,
            channel_id=channel,
            kind="post",
            sighting_id=sighting_id,
            not_before=now,
            now=now,
            priority=Priority.URGENT,
        )


def _retry(batch_id: int, error: str, next_attempt: datetime, give_up: bool, conn: Connection) -> None:
    conn.execute(
        """UPDATE feed_batches SET attempts = attempts + 1, last_error = ?, next_attempt = ?, failed = ?
           WHERE id = ?""",
        (error[:500], ts(next_attempt), int(give_up), batch_id),
    )
