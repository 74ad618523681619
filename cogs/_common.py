"""What every cog uses to turn an interaction into what the services need."""

from __future__ import annotations

from datetime import UTC, datetime

import discord
from discord import app_commands

from bot.access import Actor, Caller
from bot.client import Backstage
from bot.errors import UserError
from bot.limits import clip

Interaction = discord.Interaction[Backstage]


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


async def caller(interaction: Interaction) -> Caller:
    """The one value a service needs about an interaction: the server, its configuration, who, and when."""
    gid = guild_id(interaction)
    config = await interaction.client.services.config.get(gid)
    return Caller(guild_id=gid, config=config, actor=actor(interaction), now=datetime.now(UTC))


async def sighting_id_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[int]]:
    """`id` options: a correspondent's own sightings, an editor's whole show, labelled with their text."""
    found = await interaction.client.services.newsroom.id_choices(await caller(interaction), current)
    return [app_commands.Choice(name=clip(f"#{s.id} · {s.what}", 100), value=s.id) for s in found[:25]]
