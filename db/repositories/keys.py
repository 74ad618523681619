"""Key moments: the editors' marks, each show's "Key moments so far" message, and the desk's suggestions.

The message is feed work like any other: `due` tells the publisher (through `OutboxRepository.due_times`, which
reads the same rule, `SUMMARY_DUE`) when a show's message must be made, shown again or pinned. Changes never
edit it directly: they bump its `version` (the key moments migration's triggers do it for every change of a
key moment, whatever wrote it), and one edit shows every change made since the last one.

A suggestion is an outbox entry of kind 'suggest' for the desk channel, claimed once per sighting
(`key_suggested_at`) in the same write that finds the sighting passed a threshold.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from db.database import Connection, Database, Row, select_one
from db.repositories._util import ts
from db.repositories.outbox import NONCE_BYTES, SUMMARY_DUE, Priority, dt_required, enqueue_row

PINNED, PIN_REFUSED, ENDED = 1, 2, 3  # 0: still to pin; ENDED: the show ended, never pinned again
DELETE, UNPIN = "delete", "unpin"  # what is left to do to a message that is no longer the current one


@dataclass(frozen=True)
class KeySummary:
    show_id: int
    guild_id: int
    channel_id: int
    message_id: int | None
    nonce: str
    version: int
    shown: int
    pinned: int
    attempts: int
    created_at: datetime  # when the current message's first attempt was made (its nonce's age)
    show_name: str
    desk_channel_id: int | None
    opened_by: int
    closed: bool = False  # the show ended: the message shows its final list
    leftover: str | None = None  # DELETE or UNPIN: a former message of the show (key_leftovers), not the current


@dataclass(frozen=True)
class KeyLine:
    """One key moment as the message lists it."""

    sighting_id: int
    what: str
    headline: str | None
    created_at: datetime
    guild_id: int
    channel_id: int | None  # where its feed message is (None: not posted yet, or deleted)
    message_id: int | None


_SUMMARY_SQL = """SELECT k.*, sh.name AS show_name, sh.desk_channel_id, sh.opened_by, sh.closed_at,
                  NULL AS action FROM key_summaries k JOIN shows sh ON sh.id = k.show_id"""

# a former message as the publisher gets it: the fields of its show's current one, its own channel, id and action
_LEFTOVER_SQL = """SELECT k.show_id, k.guild_id, l.channel_id, l.message_id, k.nonce, k.version, k.shown, k.pinned,
                          l.attempts, k.created_at, sh.name AS show_name, sh.desk_channel_id, sh.opened_by,
                          sh.closed_at, l.action
                   FROM key_leftovers l JOIN key_summaries k ON k.show_id = l.show_id
                   JOIN shows sh ON sh.id = l.show_id"""


def _summary(row: Row) -> KeySummary:
    return KeySummary(
        show_id=row["show_id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        message_id=row["message_id"],
        nonce=row["nonce"],
        version=row["version"],
        shown=row["shown"],
        pinned=row["pinned"],
        attempts=row["attempts"],
        created_at=dt_required(row["created_at"]),
        show_name=row["show_name"],
        desk_channel_id=row["desk_channel_id"],
        opened_by=row["opened_by"],
        closed=row["closed_at"] is not None,
        leftover=row["action"],
    )


def _nonce() -> str:
    return secrets.token_urlsafe(NONCE_BYTES)


# a live sighting's standing against its server's thresholds: distinct voters, corroborating correspondents.
# A reaction is on a message, not a sighting: the votes on a message that shows several sightings (coalesced)
# say nothing of which one readers liked, so they never make a suggestion (they still count in the digest).
_STANDING_SQL = """
SELECT s.id, s.guild_id, sh.desk_channel_id, g.key_votes, g.key_corroborations,
       (SELECT COUNT(DISTINCT r.user_id) FROM reactions r JOIN feed_message_items i ON i.message_id = r.message_id
        WHERE i.sighting_id = s.id AND (SELECT COUNT(*) FROM feed_message_items j
                                        WHERE j.message_id = i.message_id AND j.moved_to IS NULL) = 1) AS votes,
       (SELECT COUNT(DISTINCT c.reporter_id) FROM sightings c
        WHERE c.corroborates = s.id AND c.status = 'live' AND c.reporter_id != s.reporter_id) AS corroborations
FROM sightings s JOIN shows sh ON sh.id = s.show_id JOIN guild_config g ON g.guild_id = s.guild_id
WHERE s.id = ? AND s.status = 'live' AND s.key_at IS NULL AND s.key_suggested_at IS NULL
  AND sh.closed_at IS NULL AND sh.desk_channel_id IS NOT NULL AND (s.publish_at IS NULL OR s.publish_at <= ?)"""


class KeyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the editors' marks ----------------------------------------------------------------------------
    async def mark(self, sighting_id: int, by: int, now: datetime, *, key: bool) -> bool:
        """Mark (or unmark) a key moment; False when it already was (or was not) one."""

        def mark(conn: Connection) -> bool:
            if key:
                sql = "UPDATE sightings SET key_at = ?, key_by = ? WHERE id = ? AND key_at IS NULL"
                return conn.execute(sql, (ts(now), by, sighting_id)).rowcount > 0
            sql = "UPDATE sightings SET key_at = NULL, key_by = NULL WHERE id = ? AND key_at IS NOT NULL"
            return conn.execute(sql, (sighting_id,)).rowcount > 0

        return await self.db.write(mark)

    async def marked_by(self, sighting_id: int) -> int | None:
        """Who marked this key moment (None: it is not one)."""
        row = await self.db.fetchone("SELECT key_by FROM sightings WHERE id = ? AND key_at IS NOT NULL", (sighting_id,))
        return None if row is None else row[0]

    # -- the message -----------------------------------------------------------------------------------
    async def open_summary(self, show_id: int, guild_id: int, channel_id: int, now: datetime) -> None:
        """The show gets its message (made by the publisher as soon as the channel's budget allows)."""
        await self.db.write(
            partial(
                _execute,
                """INSERT INTO key_summaries(show_id, guild_id, channel_id, nonce, next_attempt, created_at)
                   VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                (show_id, guild_id, channel_id, _nonce(), ts(now), ts(now)),
            )
        )

    async def get(self, show_id: int) -> KeySummary | None:
        row = await self.db.fetchone(f"{_SUMMARY_SQL} WHERE k.show_id = ?", (show_id,))
        return None if row is None else _summary(row)

    async def due(self, channel_id: int, now: datetime) -> KeySummary | None:
        """A message of this channel that needs work now, if one does: a show's current message first, then a
        former one to delete or unpin."""
        row = await self.db.fetchone(
            f"{_SUMMARY_SQL} WHERE k.channel_id = ? AND {SUMMARY_DUE} AND k.next_attempt <= ? ORDER BY k.show_id",
            (channel_id, ts(now)),
        )
        if row is None:
            row = await self.db.fetchone(
                f"{_LEFTOVER_SQL} WHERE l.channel_id = ? AND l.next_attempt <= ? ORDER BY l.message_id",
                (channel_id, ts(now)),
            )
        return None if row is None else _summary(row)

    async def leftover_done(self, summary: KeySummary) -> None:
        await self.db.write(partial(_execute, "DELETE FROM key_leftovers WHERE message_id = ?", (summary.message_id,)))

    async def leftover_retry(self, summary: KeySummary, error: str, next_attempt: datetime) -> None:
        await self.db.write(
            partial(
                _execute,
                """UPDATE key_leftovers SET attempts = attempts + 1, last_error = ?, next_attempt = ?
                   WHERE message_id = ?""",
                (error[:500], ts(next_attempt), summary.message_id),
            )
        )

    async def close(self, show_id: int, now: datetime) -> None:
        """The show ended: its message keeps its final list but is unpinned (the channel's pin is for the show
        that runs), and is never pinned again."""

        def close(conn: Connection) -> None:
            conn.execute(
                """INSERT INTO key_leftovers(message_id, show_id, channel_id, action, next_attempt)
                   SELECT message_id, show_id, channel_id, CAST(? AS TEXT), CAST(? AS TEXT) FROM key_summaries
                   WHERE show_id = ? AND message_id IS NOT NULL AND pinned IN (0, ?)
                   ON CONFLICT DO NOTHING""",
                (UNPIN, ts(now), show_id, PINNED),
            )
            conn.execute(
                "UPDATE key_summaries SET pinned = ?, version = version + 1 WHERE show_id = ?", (ENDED, show_id)
            )

        await self.db.write(close)

    async def lines(self, show_id: int, now: datetime) -> list[KeyLine]:
        """The show's key moments a reader may see (live, out of embargo), in the order they happened."""
        rows = await self.db.fetchall(
            """SELECT s.id, s.what, s.headline, s.created_at, s.guild_id, s.feed_channel_id, s.feed_message_id,
                      EXISTS (SELECT 1 FROM deleted_messages d WHERE d.message_id = s.feed_message_id) AS gone
               FROM sightings s WHERE s.show_id = ? AND s.key_at IS NOT NULL AND s.status = 'live'
               AND (s.publish_at IS NULL OR s.publish_at <= ?) ORDER BY s.created_at, s.id""",
            (show_id, ts(now)),
        )
        return [
            KeyLine(
                sighting_id=r["id"],
                what=r["what"],
                headline=r["headline"],
                created_at=dt_required(r["created_at"]),
                guild_id=r["guild_id"],
                channel_id=None if r["gone"] or r["feed_message_id"] is None else r["feed_channel_id"],
                message_id=None if r["gone"] else r["feed_message_id"],
            )
            for r in rows
        ]

    async def posted(self, summary: KeySummary, message_id: int, version: int) -> None:
        await self.db.write(
            partial(
                _execute,
                """UPDATE key_summaries SET message_id = ?, shown = CASE WHEN shown > ? THEN shown ELSE ? END,
                   attempts = 0, last_error = NULL WHERE show_id = ?""",
                (message_id, version, version, summary.show_id),
            )
        )

    async def shown(self, summary: KeySummary, version: int) -> None:
        sql = """UPDATE key_summaries SET shown = CASE WHEN shown > ? THEN shown ELSE ? END, attempts = 0,
                 last_error = NULL WHERE show_id = ?"""
        await self.db.write(partial(_execute, sql, (version, version, summary.show_id)))

    async def set_pinned(self, summary: KeySummary, state: int) -> None:
        sql = "UPDATE key_summaries SET pinned = ? WHERE show_id = ? AND message_id = ? AND pinned != ?"
        await self.db.write(partial(_execute, sql, (state, summary.show_id, summary.message_id, ENDED)))

    async def retry(self, summary: KeySummary, error: str, next_attempt: datetime) -> None:
        await self.db.write(
            partial(
                _execute,
                "UPDATE key_summaries SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE show_id = ?",
                (error[:500], ts(next_attempt), summary.show_id),
            )
        )

    async def gone(self, summary: KeySummary, now: datetime) -> None:
        """A moderator deleted the message (10008): a new one is made (with a new nonce) and pinned."""
        await self.db.write(
            partial(
                _execute,
                """UPDATE key_summaries SET message_id = NULL, nonce = ?, shown = 0,
                   pinned = CASE pinned WHEN 3 THEN 3 ELSE 0 END, attempts = 0, next_attempt = ?, created_at = ?
                   WHERE show_id = ? AND message_id = ?""",
                (_nonce(), ts(now), ts(now), summary.show_id, summary.message_id),
            )
        )

    async def move(self, show_id: int, channel_id: int, now: datetime) -> None:
        """The show's feed moved: its message is made again, pinned, in the new channel, and the one in the old
        channel is deleted (its pin goes with it; a list left there would go stale)."""

        def move(conn: Connection) -> None:
            conn.execute(
                """INSERT INTO key_leftovers(message_id, show_id, channel_id, action, next_attempt)
                   SELECT message_id, show_id, channel_id, CAST(? AS TEXT), CAST(? AS TEXT) FROM key_summaries
                   WHERE show_id = ? AND message_id IS NOT NULL AND channel_id != ?
                   ON CONFLICT (message_id) DO UPDATE SET show_id = excluded.show_id, channel_id = excluded.channel_id,
                     action = excluded.action, next_attempt = excluded.next_attempt, attempts = 0, last_error = NULL""",
                (DELETE, ts(now), show_id, channel_id),
            )
            conn.execute(
                """UPDATE key_summaries SET channel_id = ?, message_id = NULL, nonce = ?, shown = 0, pinned = 0,
                   attempts = 0, next_attempt = ?, created_at = ? WHERE show_id = ? AND channel_id != ?""",
                (channel_id, _nonce(), ts(now), ts(now), show_id, channel_id),
            )

        await self.db.write(move)

    # -- the desk's suggestions ------------------------------------------------------------------------
    async def suggest(self, sighting_ids: list[int], now: datetime) -> list[tuple[int, str]]:
        """Offer the desk each of these sightings that just passed its server's vote or corroboration threshold
        (once per sighting, ever): (sighting id, why) for each one offered."""
        if not sighting_ids:
            return []
        # most votes pass no threshold: a read decides, and only a sighting that passed one is claimed in a write
        passed = await self.db.read(partial(_passed, sighting_ids, now))
        return await self.db.write(partial(_suggest, passed, now)) if passed else []

    async def for_message(self, message_id: int) -> list[int]:
        """The sightings a feed message shows now, in order (none for any other message)."""
        rows = await self.db.fetchall(
            "SELECT sighting_id FROM feed_message_items WHERE message_id = ? AND moved_to IS NULL ORDER BY position",
            (message_id,),
        )
        return [int(r[0]) for r in rows]


def _execute(sql: str, params: tuple[object, ...], conn: Connection) -> None:
    conn.execute(sql, params)


def suggestion_reason(votes: int, corroborations: int, key_votes: int, key_corroborations: int) -> str | None:
    """Why a sighting is worth a look as a key moment, or None when it passed no threshold."""
    if key_votes > 0 and votes >= key_votes:
        return f"{votes} readers voted for it"
    if key_corroborations > 0 and corroborations >= key_corroborations:
        return f"{corroborations + 1} correspondents reported it"
    return None


def _passed(sighting_ids: list[int], now: datetime, conn: Connection) -> list[int]:
    """The sightings that pass a threshold now and were never offered."""
    return [i for i in sighting_ids if _standing(conn, i, now) is not None]


def _standing(conn: Connection, sighting_id: int, now: datetime) -> tuple[Row, str] | None:
    row = select_one(conn, _STANDING_SQL, (sighting_id, ts(now)))
    if row is None:
        return None
    reason = suggestion_reason(row["votes"], row["corroborations"], row["key_votes"], row["key_corroborations"])
    return None if reason is None else (row, reason)


def _suggest(sighting_ids: list[int], now: datetime, conn: Connection) -> list[tuple[int, str]]:
    offered = []
    for sighting_id in sighting_ids:
        standing = _standing(conn, sighting_id, now)  # again, inside the write: another may have claimed it
        if standing is None:
            continue
        row, reason = standing
        claimed = conn.execute(
            "UPDATE sightings SET key_suggested_at = ? WHERE id = ? AND key_suggested_at IS NULL",
            (ts(now), sighting_id),
        ).rowcount
        if not claimed:
            continue
        enqueue_row(
            conn,
            guild_id=row["guild_id"],
            channel_id=row["desk_channel_id"],
            kind="suggest",
            sighting_id=sighting_id,
            not_before=now,
            now=now,
            priority=Priority.NEW,
        )
        offered.append((sighting_id, reason))
    return offered
