"""Helpers every cog uses to turn an interaction into what the services need."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import discord

from bot.access import Actor
from bot.errors import UserError
from bot.models import GuildConfig

if TYPE_CHECKING:
    from bot.client import Backstage

Interaction = discord.Interaction[Any]


def now() -> datetime:
    return datetime.now(UTC)


def actor(interaction: Interaction) -> Actor:
    user = interaction.user
    roles = frozenset(r.id for r in getattr(user, "roles", ()) if r is not None)
    perms = interaction.permissions
    return Actor(
        id=user.id,
        name=getattr(user, "display_name", None) or user.name,
        role_ids=roles,
        manages_server=perms.manage_guild or perms.administrator,
    )


def guild_id(interaction: Interaction) -> int:
    if interaction.guild_id is None:
        raise UserError("Backstage works inside a server, not in direct messages.")
    return interaction.guild_id


def bot_of(interaction: Interaction) -> Backstage:
    return interaction.client


async def config(interaction: Interaction) -> GuildConfig:
    return await bot_of(interaction).services.config.get(guild_id(interaction))


async def send(interaction: Interaction, content: str | None = None, **kwargs: Any) -> None:
    """Ephemeral reply or followup, depending on whether the interaction was answered."""
    kwargs.setdefault("ephemeral", True)
    if interaction.response.is_done():
        await interaction.followup.send(content or "", **kwargs)
    else:
        await interaction.response.send_message(content, **kwargs)
