"""What running Backstage needs to know about a database as a whole: the servers it holds, the channels their
shows post to (for `backstage doctor`), and which shards it was last served for (bot/sharding.py)."""

from __future__ import annotations

from dataclasses import dataclass

from db.database import Database

SHARD_SCOPE_KEY = "shard_scope"

# Every table that holds a server's data, by its guild_id column: the one list of what a server leaves behind
# in a file (tests/unit/test_sharding.py fails when a table with a guild_id column is missing from it).
GUILD_TABLES = (
    "guild_config",
    "shows",
    "roster",
    "sightings",
    "reactions",
    "outbox",
    "feed_channels",
    "digest_editions",
    "key_summaries",
    "unanswered",  # a command of the server's still to be told it was cut short (bot/unanswered.py)
)


@dataclass(frozen=True)
class ConfiguredChannel:
    guild_id: int
    channel_id: int
    use: str  # "live" (an open show's feed), "desk" (its approval desk), "default" (the /setup feed channel)
    show_open: bool  # the server has a show running now


class DeploymentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def guild_ids(self) -> list[int]:
        """Every server with any data in this database (a roster alone counts: it would be left behind too)."""
        union = " UNION ".join(f"SELECT guild_id FROM {table}" for table in GUILD_TABLES)
        rows = await self.db.fetchall(f"{union} ORDER BY 1")
        return [int(r[0]) for r in rows]

    async def channels(self) -> list[ConfiguredChannel]:
        """The channels Backstage posts to, server by server: its open show's feed and desk, and its /setup feed
        channel when that is not the open show's feed (each channel once per use)."""
        rows = await self.db.fetchall(
            """WITH open AS (SELECT guild_id, feed_channel_id, desk_channel_id FROM shows WHERE closed_at IS NULL)
               SELECT guild_id, feed_channel_id AS channel_id, 'live' AS use, 0 AS rank FROM open
               UNION SELECT guild_id, desk_channel_id, 'desk', 1 FROM open WHERE desk_channel_id IS NOT NULL
               UNION SELECT guild_id, feed_channel_id, 'default', 2 FROM guild_config c
                 WHERE feed_channel_id IS NOT NULL AND NOT EXISTS
                   (SELECT 1 FROM open o WHERE o.guild_id = c.guild_id AND o.feed_channel_id = c.feed_channel_id)
               ORDER BY 1, 4, 2"""
        )
        running = {int(r["guild_id"]) for r in rows if r["use"] != "default"}
        return [
            ConfiguredChannel(int(r["guild_id"]), int(r["channel_id"]), str(r["use"]), int(r["guild_id"]) in running)
            for r in rows
        ]

    async def shard_scope(self) -> str | None:
        return await self.db.get_meta(SHARD_SCOPE_KEY)

    async def record_shard_scope(self, scope: str) -> None:
        await self.db.set_meta(SHARD_SCOPE_KEY, scope)
