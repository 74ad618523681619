"""Helpers every cog uses to turn an interaction into what the services need."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.access import Actor
from bot.errors import UserError
from bot.limits import CONTENT_MAX, clip
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
    """Ephemeral reply or followup, depending on whether the interaction was answered. The text is cut to
    Discord's 2,000 characters, so a long echo of user input can never turn a success into an error."""
    kwargs.setdefault("ephemeral", True)
    content = clip(content, CONTENT_MAX) if content else content
    if interaction.response.is_done():
        await interaction.followup.send(content or "", **kwargs)
    else:
        await interaction.response.send_message(content, **kwargs)


async def sighting_id_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[int]]:
    """`id` options: a correspondent's own sightings, an editor's whole show, labelled with their text."""
    services = bot_of(interaction).services
    found = await services.newsroom.id_choices(
        guild_id(interaction), await config(interaction), actor(interaction), current
    )
    return [app_commands.Choice(name=clip(f"#{s.id} · {s.what}", 100), value=s.id) for s in found[:25]]
