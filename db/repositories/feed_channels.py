"""Channel health, as stored: which feed or desk channels are paused, why, and whether an editor was told.
And the one write that moves a show's live feed to another channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.coordination import notify_health
from db.database import Connection, Database, Row, select_one
from db.repositories._util import dt, ts


@dataclass(frozen=True)
class ChannelState:
    channel_id: int
    guild_id: int
    paused_at: datetime | None
    code: int | None
    reason: str | None
    notified_at: datetime | None


def _state(row: Row) -> ChannelState:
    return ChannelState(
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        paused_at=dt(row["paused_at"]),
        code=row["code"],
        reason=row["reason"],
        notified_at=dt(row["notified_at"]),
    )


# this show's sightings that are not in a feed message yet: what may still move with the feed
_NOT_POSTED = "SELECT id FROM sightings WHERE show_id = :show AND feed_message_id IS NULL"
_CLAIMED_POSTS = f"""SELECT id FROM feed_batches WHERE channel_id = :old AND sent_at IS NULL AND failed = 0
                     AND kind = 'post' AND id IN (SELECT batch_id FROM outbox WHERE sighting_id IN ({_NOT_POSTED}))"""


class FeedChannelRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self) -> list[ChannelState]:
        """Every channel with a row (paused now, or told about a pause and not yet confirmed healthy)."""
        return [_state(r) for r in await self.db.fetchall("SELECT * FROM feed_channels ORDER BY channel_id")]

    async def pause(
        self, channel_id: int, guild_id: int | None, code: int, reason: str, now: datetime
    ) -> ChannelState | None:
        """Mark the channel paused (a channel already paused keeps its start and its notice). `guild_id` None:
        the guild of the channel's outbox entries. None when the guild is unknown (nothing was ever queued)."""

        def pause(conn: Connection) -> ChannelState | None:
            conn.execute(
                """INSERT INTO feed_channels(channel_id, guild_id, paused_at, code, reason)
                   SELECT CAST(:channel AS BIGINT), g, CAST(:now AS TEXT), CAST(:code AS BIGINT), CAST(:reason AS TEXT)
                   FROM (SELECT COALESCE(CAST(:guild AS BIGINT), (SELECT guild_id FROM outbox
                       WHERE channel_id = :channel ORDER BY id DESC LIMIT 1)) AS g) AS known
                   WHERE g IS NOT NULL
                   ON CONFLICT(channel_id) DO UPDATE SET
                       paused_at = COALESCE(feed_channels.paused_at, excluded.paused_at),
                       code = excluded.code, reason = excluded.reason, resumed_at = NULL""",
                {"channel": channel_id, "guild": guild_id, "now": ts(now), "code": code, "reason": reason},
            )
            row = select_one(conn, "SELECT * FROM feed_channels WHERE channel_id = ?", (channel_id,))
            notify_health(conn, channel_id)
            return None if row is None else _state(row)

        return await self.db.write(pause)

    async def get(self, channel_id: int) -> ChannelState | None:
        row = await self.db.fetchone("SELECT * FROM feed_channels WHERE channel_id = ?", (channel_id,))
        return None if row is None else _state(row)

    async def _update(self, channel_id: int, sql: str, params: tuple[object, ...]) -> int:
        """One statement about a channel's pause in a write (the other processes hear of it); how many rows it
        changed."""

        def update(conn: Connection) -> int:
            changed = conn.execute(sql, params).rowcount
            if changed:
                notify_health(conn, channel_id)
            return changed

        return await self.db.write(update)

    async def explain(self, channel_id: int, reason: str) -> None:
        await self._update(channel_id, "UPDATE feed_channels SET reason = ? WHERE channel_id = ?", (reason, channel_id))

    async def claim_notice(self, channel_id: int, now: datetime) -> bool:
        """Whether this process is the one to tell the editors about the pause (several processes watch it)."""
        return (
            await self._update(
                channel_id,
                "UPDATE feed_channels SET notified_at = ? WHERE channel_id = ? AND notified_at IS NULL",
                (ts(now), channel_id),
            )
            > 0
        )

    async def unclaim_notice(self, channel_id: int) -> None:
        """The editors could not be told for now: the next look (of any process) tries again."""
        await self._update(
            channel_id, "UPDATE feed_channels SET notified_at = NULL WHERE channel_id = ?", (channel_id,)
        )

    async def resume(self, channel_id: int, now: datetime) -> None:
        """Takes posts again; the notice stays recorded until a post goes through (`confirm`), so that a
        channel that fails again at once is not announced twice."""
        await self._update(
            channel_id,
            "UPDATE feed_channels SET paused_at = NULL, resumed_at = ? WHERE channel_id = ?",
            (ts(now), channel_id),
        )

    async def confirm(self, channel_id: int) -> None:
        """A post went through after a resume: the channel is healthy, its row can go."""
        await self._update(
            channel_id, "DELETE FROM feed_channels WHERE channel_id = ? AND paused_at IS NULL", (channel_id,)
        )

    async def abandon_deleted(self, channel_id: int, now: datetime) -> int:
        """A deleted channel (10003) cannot come back, nor can the messages in it: once the feed has moved away,
        each message Backstage had posted there counts as deleted (like a moderator's delete: later corrections
        are kept in the sighting's history, not re-posted), and the corrections still waiting for it are closed.
        Returns how many waiting entries were closed."""
        stamp = ts(now)

        def abandon(conn: Connection) -> int:
            conn.execute(
                """INSERT INTO deleted_messages(message_id, channel_id, deleted_at)
                   SELECT message_id, channel_id, CAST(? AS TEXT) FROM feed_batches
                   WHERE channel_id = ? AND message_id IS NOT NULL
                   ON CONFLICT DO NOTHING""",
                (stamp, channel_id),
            )
            conn.execute(
                "UPDATE feed_batches SET sent_at = ? WHERE channel_id = ? AND sent_at IS NULL", (stamp, channel_id)
            )
            cur = conn.execute(
                "UPDATE outbox SET done_at = ? WHERE channel_id = ? AND done_at IS NULL", (stamp, channel_id)
            )
            return cur.rowcount

        return await self.db.write(abandon)

    async def forget_if_idle(self, channel_id: int) -> bool:
        """Drop a channel's pause when nothing waits for it any more (e.g. the feed moved away). True if so."""
        forgotten = await self._update(
            channel_id,
            """DELETE FROM feed_channels WHERE channel_id = ? AND NOT EXISTS (
                   SELECT 1 FROM outbox WHERE channel_id = ? AND done_at IS NULL)""",
            (channel_id, channel_id),
        )
        return forgotten > 0

    async def waiting(self, channel_id: int) -> int:
        """Sightings waiting for this channel (feed items, corrections and desk cards)."""
        row = await self.db.fetchone(
            "SELECT COUNT(DISTINCT sighting_id) FROM outbox WHERE channel_id = ? AND done_at IS NULL", (channel_id,)
        )
        return int(row[0]) if row else 0

    async def move_feed(self, show_id: int, old: int, new: int, *, take_claimed: bool) -> int:
        """Point the show's live feed at `new`. What is still waiting for this show in `old` goes along:
        entries not yet in a batch whose sighting is in no feed message yet, and (`take_claimed`, when nothing
        can be in flight to `old` because it is paused) the post batches claimed there but never confirmed,
        which Discord refused. What was posted stays in `old`, and its corrections keep going there. Returns
        how many of the show's sightings now wait for `new`."""
        params = {"show": show_id, "old": old, "new": new}

        def move(conn: Connection) -> int:
            conn.execute("UPDATE shows SET feed_channel_id = :new WHERE id = :show", params)
            conn.execute(
                f"""UPDATE outbox SET channel_id = :new WHERE channel_id = :old AND done_at IS NULL
                    AND batch_id IS NULL AND kind IN ('post', 'refresh') AND sighting_id IN ({_NOT_POSTED})""",
                params,
            )
            if take_claimed:
                conn.execute(f"UPDATE outbox SET channel_id = :new WHERE batch_id IN ({_CLAIMED_POSTS})", params)
                conn.execute(f"UPDATE feed_batches SET channel_id = :new WHERE id IN ({_CLAIMED_POSTS})", params)
            cur = conn.execute(
                f"""SELECT COUNT(DISTINCT sighting_id) FROM outbox WHERE channel_id = :new AND kind = 'post'
                    AND done_at IS NULL AND sighting_id IN ({_NOT_POSTED})""",
                params,
            )
            row = cur.fetchone()
            cur.close()
            return int(row[0]) if row else 0

        return await self.db.write(move)
