"""The server's timezone as the digest's worker job reads it (the clock times reports name are local ones)."""

from __future__ import annotations

from bot.models import GuildConfig
from db.database import Database
from db.repositories import ConfigRepository
from db.repositories.config import timezone_of


async def test_timezone_of_reads_the_servers_setting_and_defaults_to_utc(database: Database):
    await ConfigRepository(database).save(GuildConfig(guild_id=5, timezone="Europe/London"))

    assert await database.read(lambda conn: timezone_of(conn, 5)) == "Europe/London"
    assert await database.read(lambda conn: timezone_of(conn, 6)) == "UTC"
