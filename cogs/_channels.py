"""Channel options and the preflight check: before a channel is accepted for the feed, the desk or the digest,
the bot looks at its own permissions there and refuses, in one sentence, a channel it could not post in.

Where the bot's permissions come from, most direct first: `app_permissions` of the interaction for the
channel it was invoked in; `app_permissions` of a channel option in `data.resolved.channels` (Discord's
own computation, overwrites included); otherwise the gateway cache (`channel.permissions_for(guild.me)`),
or Discord itself for a channel the cache does not hold (bot.feed.discord_transport.examine).
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.errors import InvalidInput
from bot.feed.discord_transport import examine, facts_of
from bot.feed.permissions import ChannelFacts, Use, refusal
from cogs._common import Interaction

Picked = app_commands.AppCommandChannel | app_commands.AppCommandThread


class PostableChannel(app_commands.Transformer):
    """A channel option offering text and announcement channels and threads, handed over as Discord
    resolved it (an archived thread is not in the cache, and needs no cache here)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [
            discord.ChannelType.text,
            discord.ChannelType.news,
            discord.ChannelType.public_thread,
            discord.ChannelType.private_thread,
            discord.ChannelType.news_thread,
        ]

    async def transform(self, interaction: discord.Interaction[Any], value: Any, /) -> Picked:
        if not isinstance(value, app_commands.AppCommandChannel | app_commands.AppCommandThread):
            raise InvalidInput("Pick a text channel or a thread.")
        return value


ChannelOption = app_commands.Transform[Picked, PostableChannel]


def _resolved_app_permissions(interaction: Interaction, channel_id: int) -> int | None:
    """The bot's permissions in a channel option, as Discord sent them (`resolved.channels[id].app_permissions`;
    discord.py 2.7 does not parse that field)."""
    data: Any = interaction.data or {}
    channel = ((data.get("resolved") or {}).get("channels") or {}).get(str(channel_id)) or {}
    value = channel.get("app_permissions")
    return int(value) if value is not None else None


async def channel_facts(interaction: Interaction, channel_id: int, picked: Picked | None = None) -> ChannelFacts:
    if picked is not None:
        permissions = _resolved_app_permissions(interaction, channel_id)
        if permissions is not None:
            return facts_of(picked, permissions)
    here = interaction.channel
    if channel_id == interaction.channel_id and isinstance(here, discord.abc.GuildChannel | discord.Thread):
        return facts_of(here, interaction.app_permissions.value)
    return await examine(interaction.client, channel_id)


async def require_postable(
    interaction: Interaction, channel_id: int, use: Use, picked: Picked | None = None, *, after: str = ""
) -> ChannelFacts:
    """Refuse (an ephemeral sentence naming what is missing and where, then `after`, e.g. "Nothing was posted.")
    a channel the bot cannot post `use` in; otherwise return what the bot knows of it (its kind)."""
    facts = await channel_facts(interaction, channel_id, picked)
    sentence = refusal(facts, use)
    if sentence is not None:
        raise InvalidInput(f"{sentence} {after}".strip())
    return facts
