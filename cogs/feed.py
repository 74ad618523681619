"""Community reactions on feed messages are votes. Raw events: they work for uncached messages and after
a restart."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.client import Backstage


class Feed(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot

    async def _vote(self, payload: discord.RawReactionActionEvent, *, add: bool) -> None:
        if payload.guild_id is None or payload.user_id == (self.bot.user.id if self.bot.user else None):
            return
        await self.bot.services.sightings.react(
            payload.guild_id, payload.message_id, payload.user_id, str(payload.emoji), add=add
        )

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        await self._vote(payload, add=True)

    @commands.Cog.listener()
    async def on_raw_reaction_remove(self, payload: discord.RawReactionActionEvent) -> None:
        await self._vote(payload, add=False)


async def setup(bot: Backstage) -> None:
    await bot.add_cog(Feed(bot))
