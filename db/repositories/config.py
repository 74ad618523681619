from __future__ import annotations

from bot.models import GuildConfig
from db.database import Connection, Database, select_all


def timezone_of(conn: Connection, guild_id: int) -> str:
    """A server's timezone (`/setup timezone`), on any connection: "UTC" when it set none."""
    rows = select_all(conn, "SELECT timezone FROM guild_config WHERE guild_id = ?", (guild_id,))
    return str(rows[0][0]) if rows and rows[0][0] else GuildConfig(guild_id=guild_id).timezone


class ConfigRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, guild_id: int) -> GuildConfig:
        row = await self.db.fetchone("SELECT * FROM guild_config WHERE guild_id = ?", (guild_id,))
        if row is None:
            return GuildConfig(guild_id=guild_id)
        return GuildConfig(**dict(row))

    async def save(self, config: GuildConfig) -> GuildConfig:
        params = (
            config.guild_id,
            config.reporter_role_id,
            config.editor_role_id,
            config.feed_channel_id,
            config.timezone,
            int(config.web),
            int(config.key_moments),
            config.key_votes,
            config.key_corroborations,
        )

        def save(conn: Connection) -> None:
            conn.execute(
                """INSERT INTO guild_config(guild_id, reporter_role_id, editor_role_id, feed_channel_id, timezone, web,
                                           key_moments, key_votes, key_corroborations)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(guild_id) DO UPDATE SET reporter_role_id = excluded.reporter_role_id,
                     editor_role_id = excluded.editor_role_id, feed_channel_id = excluded.feed_channel_id,
                     timezone = excluded.timezone, web = excluded.web, key_moments = excluded.key_moments,
                     key_votes = excluded.key_votes, key_corroborations = excluded.key_corroborations""",
                params,
            )

        await self.db.write(save)
        return config
