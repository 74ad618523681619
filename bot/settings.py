"""Settings from the environment or `.env`, validated by pydantic-settings. `.env.example` lists them all."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, SecretStr
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _public_url(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value) or len(value) < 10:
        raise PydanticCustomError(
            "public_url", "Input should be the address readers use, starting with http:// or https://"
        )
    return value.rstrip("/")


def _log_level(value: str) -> str:
    if value.upper() not in LOG_LEVELS:
        raise PydanticCustomError("log_level", f"Input should be {', '.join(LOG_LEVELS[:-1])} or {LOG_LEVELS[-1]}")
    return value.upper()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = Field(
        default=None, description="The bot token from the Discord developer portal (Bot tab)."
    )
    database_path: Path = Field(
        default=Path("backstage.db"), alias="BACKSTAGE_DATABASE", description="The SQLite file."
    )
    log_level: Annotated[str, AfterValidator(_log_level)] = Field(
        default="INFO", alias="BACKSTAGE_LOG_LEVEL", description="DEBUG, INFO, WARNING or ERROR, in any case."
    )
    sync_guild_id: int | None = Field(
        default=None,
        alias="BACKSTAGE_SYNC_GUILD",
        description="Sync commands to this one server only (instant, for development) instead of globally.",
    )
    feed_linger_ms: int = Field(
        default=250,
        ge=0,
        le=5000,
        alias="BACKSTAGE_FEED_LINGER_MS",
        description="How long the feed waits for more sightings to coalesce into one message.",
    )
    feed_probe_seconds: float = Field(
        default=30,
        gt=0,
        le=60,
        alias="BACKSTAGE_FEED_PROBE_SECONDS",
        description="How often a paused feed or desk channel is looked at again (gateway events also trigger a look).",
    )
    max_text: int = Field(
        default=1000, ge=50, le=4000, alias="BACKSTAGE_MAX_TEXT", description="Longest `what` accepted."
    )
    photo_max_bytes: int = Field(
        default=8 * 1024 * 1024,
        ge=64 * 1024,
        le=10 * 1024 * 1024,
        alias="BACKSTAGE_PHOTO_MAX_BYTES",
        description="Largest photo accepted at /spot and /sighting edit, in bytes (at most 10 MiB: what the bot may "
        "upload to any server's feed).",
    )
    duplicate_window_minutes: int = Field(default=20, ge=1, le=240, alias="BACKSTAGE_DUPLICATE_WINDOW")
    view_timeout_seconds: float = Field(
        default=840,
        gt=0,
        le=840,
        alias="BACKSTAGE_VIEW_TIMEOUT",
        description="Longest time the buttons of a search or a digest preview stay usable (Discord's interaction "
        "tokens last 15 minutes; at the end the buttons are disabled).",
    )
    web_host: str = Field(
        default="127.0.0.1",
        alias="BACKSTAGE_WEB_HOST",
        description="Where `backstage serve` listens (0.0.0.0: every interface; behind a proxy keep 127.0.0.1).",
    )
    web_port: int = Field(
        default=8080, ge=0, le=65535, alias="BACKSTAGE_WEB_PORT", description="Its port (0: any free port)."
    )
    public_url: Annotated[str | None, AfterValidator(_public_url)] = Field(
        default=None,
        alias="BACKSTAGE_PUBLIC_URL",
        description="The address readers use (e.g. https://live.example.com); links, feeds and /show print it.",
    )
    api_base: str | None = Field(
        default=None,
        alias="BACKSTAGE_DISCORD_API",
        description="Testing only: talk to a fake Discord at this REST base (e.g. http://127.0.0.1:8080/api/v10).",
    )
    gateway_url: str | None = Field(
        default=None, alias="BACKSTAGE_DISCORD_GATEWAY", description="Testing only: the fake's gateway URL."
    )

    def token(self) -> str | None:
        return self.discord_token.get_secret_value() if self.discord_token else None
