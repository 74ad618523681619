from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import process

from bot.access import Caller, require_admin
from bot.errors import InvalidInput
from bot.models import GuildConfig
from db.repositories import ConfigRepository


def check_timezone(name: str) -> str:
    name = name.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        best = process.extractOne(name, sorted(available_timezones()))
        hint = f" Did you mean `{best[0]}`?" if best else ""
        raise InvalidInput(
            f"`{name}` is not a timezone I know. Use an IANA name such as `America/New_York`.{hint}"
        ) from None
    return name


class ConfigService:
    """Guild configuration, cached: every command reads it, only /setup changes it (this process owns the
    database, so the cache cannot go stale behind its back)."""

    def __init__(self, repo: ConfigRepository) -> None:
        self.repo = repo
        self._cache: dict[int, GuildConfig] = {}

    async def get(self, guild_id: int) -> GuildConfig:
        config = self._cache.get(guild_id)
        if config is None:
            config = self._cache[guild_id] = await self.repo.get(guild_id)
        return config

    async def save(self, config: GuildConfig) -> GuildConfig:
        self._cache[config.guild_id] = await self.repo.save(config)
        return config

    async def update(
        self,
        caller: Caller,
        *,
        reporter_role_id: int | None = None,
        editor_role_id: int | None = None,
        feed_channel_id: int | None = None,
        timezone: str | None = None,
        web: bool | None = None,
        key_moments: bool | None = None,
        key_votes: int | None = None,
        key_corroborations: int | None = None,
    ) -> GuildConfig:
        require_admin(caller.actor)
        current = await self.get(caller.guild_id)
        changes: dict[str, object] = {}
        if reporter_role_id is not None:
            changes["reporter_role_id"] = reporter_role_id
        if editor_role_id is not None:
            changes["editor_role_id"] = editor_role_id
        if feed_channel_id is not None:
            changes["feed_channel_id"] = feed_channel_id
        if timezone is not None:
            changes["timezone"] = check_timezone(timezone)
        if web is not None:
            changes["web"] = web
        if key_moments is not None:
            changes["key_moments"] = key_moments
        if key_votes is not None:
            changes["key_votes"] = key_votes
        if key_corroborations is not None:
            changes["key_corroborations"] = key_corroborations
        if not changes:
            return current
        return await self.save(current.model_copy(update=changes))

    async def list_timezones(self, prefix: str, limit: int = 25) -> list[str]:
        zones = sorted(available_timezones())
        key = prefix.strip().lower()
        if not key:
            return ["UTC", "America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Paris"][:limit]
        hits = [z for z in zones if key in z.lower()]
        return hits[:limit]
