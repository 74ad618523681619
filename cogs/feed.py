"""The feed's gateway listeners. Community reactions on feed messages are votes (raw events: they work for
uncached messages and after a restart); a moderator's bulk clear takes those votes back; reactions by bots
never count. Channel, role, member and thread updates make the channel watch look at paused channels now."""

from __future__ import annotations

from typing import Any

import discord
from discord.ext import commands

from bot.client import Backstage


class Feed(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot

    async def _vote(self, payload: discord.RawReactionActionEvent, *, add: bool) -> None:
        if payload.guild_id is None or payload.user_id == (self.bot.user.id if self.bot.user else None):
            return
        if payload.member is not None and payload.member.bot:  # MESSAGE_REACTION_ADD carries the member
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

    @commands.Cog.listener()
    async def on_raw_reaction_clear(self, payload: discord.RawReactionClearEvent) -> None:
        if payload.guild_id is not None:
            await self.bot.services.sightings.clear_votes(payload.guild_id, payload.message_id)

    @commands.Cog.listener()
    async def on_raw_reaction_clear_emoji(self, payload: discord.RawReactionClearEmojiEvent) -> None:
        if payload.guild_id is not None:
            await self.bot.services.sightings.clear_votes(payload.guild_id, payload.message_id, str(payload.emoji))

    # -- what may pause or resume a feed channel ---------------------------------------------------
    @commands.Cog.listener()
    async def on_guild_channel_update(self, before: Any, after: Any) -> None:
        self.bot.feed_watch.poke()

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: Any) -> None:
        self.bot.feed_watch.poke()

    @commands.Cog.listener()
    async def on_guild_role_update(self, before: discord.Role, after: discord.Role) -> None:
        self.bot.feed_watch.poke()

    @commands.Cog.listener()
    async def on_member_update(self, before: discord.Member, after: discord.Member) -> None:
        if after.id == (self.bot.user.id if self.bot.user else None):  # the bot's own roles
            self.bot.feed_watch.poke()

    @commands.Cog.listener()
    async def on_raw_thread_update(self, payload: discord.RawThreadUpdateEvent) -> None:
        self.bot.feed_watch.poke()

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        self.bot.feed_watch.poke()


async def setup(bot: Backstage) -> None:
    await bot.add_cog(Feed(bot))
