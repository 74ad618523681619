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
)


@dataclass(frozen=True)
class ConfiguredChannel:
    guild_id: int
    channel_id: int
    use: str  # "feed" (a /setup feed channel or an open show's feed) or "desk" (an open show's approval desk)


class DeploymentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def guild_ids(self) -> list[int]:
        """Every server with any data in this database (a roster alone counts: it would be left behind too)."""
        union = " UNION ".join(f"SELECT guild_id FROM {table}" for table in GUILD_TABLES)
        rows = await self.db.fetchall(f"{union} ORDER BY 1")
        return [int(r[0]) for r in rows]

    async def channels(self) -> list[ConfiguredChannel]:
        """The channels Backstage posts to: each server's /setup feed channel and its open show's feed and desk
        (each channel once per use, by server)."""
        rows = await self.db.fetchall(
            """SELECT guild_id, feed_channel_id AS channel_id, 'feed' AS use FROM guild_config
                 WHERE feed_channel_id IS NOT NULL
               UNION SELECT guild_id, feed_channel_id, 'feed' FROM shows WHERE closed_at IS NULL
               UNION SELECT guild_id, desk_channel_id, 'desk' FROM shows
                 WHERE closed_at IS NULL AND desk_channel_id IS NOT NULL
               ORDER BY 1, 3 DESC, 2"""
        )
        return [ConfiguredChannel(int(r["guild_id"]), int(r["channel_id"]), str(r["use"])) for r in rows]

    async def shard_scope(self) -> str | None:
        return await self.db.get_meta(SHARD_SCOPE_KEY)

    async def record_shard_scope(self, scope: str) -> None:
        await self.db.set_meta(SHARD_SCOPE_KEY, scope)
