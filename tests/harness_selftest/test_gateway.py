"""Login and gateway: READY, GUILD_CREATE, a rejected token, restarts, RESUME, late guilds, chunking."""

from __future__ import annotations

import asyncio

import discord
import pytest

from backstage_testing.fakediscord import running

from .conftest import World
from .tinybot import TinyBot


async def test_bot_gets_ready_with_the_guild(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        assert bot.user is not None and bot.user.id == fake.application_id
        guild = bot.get_guild(world.guild.id)
        assert guild is not None and guild.name == "VMA Newsroom"
        assert {c.name for c in guild.text_channels} == {"newsroom", "vma-live"}
        assert guild.get_role(world.role.id) is not None
        # without the GUILD_MEMBERS intent Discord lists only the bot itself
        assert guild.member_count == 3 and guild.get_member(world.amy.id) is None
        assert guild.me is not None and guild.me.guild_permissions.send_messages
        assert fake.intents == discord.Intents.default().value
        assert [c["name"] for c in fake.commands] == ["echo", "panel", "slow", "embedded", "show", "Quote it"]
    fake.assert_clean()


async def test_wrong_token_is_rejected(world: World) -> None:
    bot = TinyBot()
    with pytest.raises(discord.LoginFailure):
        await bot.login("not-the-token")
    await bot.close()
    assert world.fake.requests[-1].path == "/users/@me"
    assert world.fake.requests[-1].status == 401


async def test_a_restarted_bot_gets_ready_again(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        pass
    second = TinyBot()
    async with running(second, fake):
        assert fake.identify_count == 2
        assert second.get_guild(world.guild.id) is not None
        result = await fake.slash(world.guild, world.amy, world.channel, "panel")
        assert result.content == "panel"
    fake.assert_clean()


async def test_dropped_connection_resumes(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        resumed = bot.wait_for("resumed", timeout=10)
        await fake.disconnect(code=4000)
        # sent while the bot is away: kept in the session's backlog and replayed on RESUME
        result = await fake.slash(world.guild, world.amy, world.channel, "panel")
        await resumed
        assert fake.resume_count == 1 and fake.identify_count == 1
        assert result.status == 200 and result.content == "panel"
    fake.assert_clean()


async def test_guild_added_while_connected_is_joined(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        # Client.wait_for registers its listener when called, before it is awaited
        waiter = bot.wait_for("guild_join", timeout=5)
        second = fake.add_guild("Second Newsroom")
        joined = await waiter
        assert joined.id == second.id
        await fake.wait_ready()
        channel_waiter = bot.wait_for("guild_channel_create", timeout=5)
        channel = second.add_channel("late-channel")
        created = await channel_waiter
        assert created.id == channel.id


async def test_members_intent_is_answered_with_a_chunk(world: World) -> None:
    fake = world.fake
    bot = TinyBot(members_intent=True)  # discord.py then chunks every guild before on_ready
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with running(bot, fake, timeout=4.0):
        guild = bot.get_guild(world.guild.id)
        assert guild is not None and guild.chunked
        amy = guild.get_member(world.amy.id)
        assert amy is not None and world.role.id in [r.id for r in amy.roles]
        editor = guild.get_member(world.editor.id)
        assert editor is not None and editor.guild_permissions.manage_guild
    assert loop.time() - started < 4.0
