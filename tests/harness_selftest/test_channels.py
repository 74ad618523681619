"""Channels as Discord keeps them: the bot's permissions (overwrites, roles, implicit rules), deleted channels,
announcement channels, threads, the gateway events that tell the bot, and reaction clears."""

from __future__ import annotations

import discord
import pytest

from backstage_testing.fakediscord import running
from backstage_testing.fakediscord.permissions import (
    ATTACH_FILES,
    EMBED_LINKS,
    EVERYONE_PERMISSIONS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
)

from .conftest import World
from .tinybot import TinyBot


def cached(bot: discord.Client, channel_id: int) -> discord.TextChannel | discord.Thread:
    channel = bot.get_channel(channel_id)
    assert isinstance(channel, discord.TextChannel | discord.Thread), channel
    return channel


def my_permissions(bot: discord.Client, channel_id: int) -> discord.Permissions:
    channel = cached(bot, channel_id)
    assert channel.guild.me is not None
    return channel.permissions_for(channel.guild.me)


async def refused(coro: object) -> tuple[int, int]:
    """(HTTP status, Discord code) of a request discord.py raised for."""
    with pytest.raises(discord.HTTPException) as caught:
        await coro  # type: ignore[misc]
    return caught.value.status, caught.value.code


async def test_without_view_channel_the_bot_gets_50001_everywhere(world: World) -> None:
    fake, guild = world.fake, world.guild
    guild.deny_bot(world.feed, VIEW_CHANNEL)
    bot = TinyBot()
    async with running(bot, fake):
        feed = cached(bot, world.feed.id)
        assert not my_permissions(bot, world.feed.id).view_channel
        assert await refused(feed.send("hello")) == (403, 50001)
        assert await refused(bot.fetch_channel(world.feed.id)) == (403, 50001)
        assert await refused(feed.history(limit=5).__anext__()) == (403, 50001)
    assert fake.channel_messages(world.feed.id) == []
    fake.assert_clean()


async def test_send_messages_embed_links_and_attach_files_are_each_required(world: World) -> None:
    fake, guild = world.fake, world.guild
    no_embeds = guild.add_channel("no-embeds", deny_bot=EMBED_LINKS)
    no_files = guild.add_channel("no-files", deny_bot=ATTACH_FILES)
    no_send = guild.add_channel("no-send", deny_bot=SEND_MESSAGES)
    bot = TinyBot()
    async with running(bot, fake):
        embed = discord.Embed(title="Gaga arrives")
        assert await refused(cached(bot, no_send.id).send("hello")) == (403, 50013)
        # implicit: without Send Messages, Embed Links and Attach Files do not count either
        assert not my_permissions(bot, no_send.id).embed_links
        assert await refused(cached(bot, no_embeds.id).send(embed=embed)) == (403, 50013)
        await cached(bot, no_embeds.id).send("text is fine")
        file = discord.File(__file__, filename="notes.txt")
        assert await refused(cached(bot, no_files.id).send("a file", file=file)) == (403, 50013)
        await cached(bot, no_files.id).send(embed=embed)
    assert [m["content"] for m in fake.channel_messages(no_embeds.id)] == ["text is fine"]
    assert [m["embeds"][0]["title"] for m in fake.channel_messages(no_files.id)] == ["Gaga arrives"]
    assert fake.channel_messages(no_send.id) == []
    fake.assert_clean()


async def test_without_read_message_history_the_history_is_empty(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        feed = cached(bot, world.feed.id)
        await feed.send("one")
        assert [m.content async for m in feed.history(limit=5)] == ["one"]
        changed = bot.wait_for("guild_channel_update", timeout=5)
        world.guild.deny_bot(world.feed, READ_MESSAGE_HISTORY)
        await changed
        assert not my_permissions(bot, world.feed.id).read_message_history
        assert [m.content async for m in feed.history(limit=5)] == []
    fake.assert_clean()


async def test_a_deleted_channel_answers_10003_and_the_bot_is_told(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        feed = cached(bot, world.feed.id)
        sent = await feed.send("before")
        deleted = bot.wait_for("guild_channel_delete", timeout=5)
        world.guild.delete_channel(world.feed)
        assert (await deleted).id == world.feed.id
        assert bot.get_channel(world.feed.id) is None
        assert await refused(feed.send("after")) == (404, 10003)
        assert await refused(sent.edit(content="edited")) == (404, 10003)
        assert await refused(bot.fetch_channel(world.feed.id)) == (404, 10003)
    fake.assert_clean()


async def test_overwrite_role_and_member_changes_reach_the_cache_and_the_api(world: World) -> None:
    fake, guild = world.fake, world.guild
    bot = TinyBot()  # no GUILD_MEMBERS intent: the bot still hears about its own roles
    async with running(bot, fake):
        feed = cached(bot, world.feed.id)
        changed = bot.wait_for("guild_channel_update", timeout=5)
        guild.deny_bot(world.feed, SEND_MESSAGES)
        await changed
        assert not my_permissions(bot, world.feed.id).send_messages
        assert await refused(feed.send("x")) == (403, 50013)

        changed = bot.wait_for("guild_channel_update", timeout=5)
        guild.deny_bot(world.feed, 0)  # the overwrite is removed
        await changed
        await feed.send("back")

        # @everyone loses Send Messages; a role given to the bot brings it back
        role_changed = bot.wait_for("guild_role_update", timeout=5)
        guild.set_role_permissions(guild.everyone, EVERYONE_PERMISSIONS & ~SEND_MESSAGES)
        await role_changed
        assert not my_permissions(bot, world.feed.id).send_messages
        assert await refused(feed.send("x")) == (403, 50013)
        speakers = guild.add_role("Bots that speak", permissions=SEND_MESSAGES)
        assert guild.bot_member is not None
        member_changed = bot.wait_for("member_update", timeout=5)
        guild.set_roles(guild.bot_member, [speakers])
        await member_changed
        assert my_permissions(bot, world.feed.id).send_messages
        await feed.send("again")
    assert [m["content"] for m in fake.channel_messages(world.feed.id)] == ["back", "again"]
    fake.assert_clean()


async def test_a_change_not_announced_leaves_the_cache_stale_but_discord_refuses(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        world.guild.deny_bot(world.feed, SEND_MESSAGES, announce=False)
        assert my_permissions(bot, world.feed.id).send_messages  # the bot never heard of it
        assert await refused(cached(bot, world.feed.id).send("x")) == (403, 50013)
    fake.assert_clean()


async def test_an_announcement_channel_is_type_5(world: World) -> None:
    fake = world.fake
    news = world.guild.add_channel("announcements", type=5)
    bot = TinyBot()
    async with running(bot, fake):
        channel = cached(bot, news.id)
        assert isinstance(channel, discord.TextChannel) and channel.is_news()
        await channel.send("posted")
    assert [m["content"] for m in fake.channel_messages(news.id)] == ["posted"]
    fake.assert_clean()


async def test_threads_need_send_messages_in_threads_not_send_messages(world: World) -> None:
    fake, guild = world.fake, world.guild
    thread = guild.add_thread(world.feed, "live thread")
    bot = TinyBot()
    async with running(bot, fake):
        cached_thread = cached(bot, thread.id)
        assert isinstance(cached_thread, discord.Thread) and cached_thread.parent_id == world.feed.id
        # Send Messages has no effect in threads (../topics/permissions#inherited-permissions-threads)
        guild.deny_bot(world.feed, SEND_MESSAGES, announce=False)
        await cached_thread.send("still fine")
        guild.deny_bot(world.feed, SEND_MESSAGES_IN_THREADS, announce=False)
        assert await refused(cached_thread.send("refused")) == (403, 50013)
    assert [m["content"] for m in fake.channel_messages(thread.id)] == ["still fine"]
    fake.assert_clean()


async def test_an_archived_thread_is_unarchived_by_a_send_and_refuses_edits(world: World) -> None:
    fake, guild = world.fake, world.guild
    thread = guild.add_thread(world.feed, "old thread", archived=True)
    bot = TinyBot()
    async with running(bot, fake):
        assert bot.get_channel(thread.id) is None  # GUILD_CREATE lists active threads only
        fetched = await bot.fetch_channel(thread.id)
        assert isinstance(fetched, discord.Thread) and fetched.archived
        first = await fetched.send("first")
        guild.update_thread(thread, archived=True)
        assert await refused(first.edit(content="edited")) == (400, 50083)
        updated = bot.wait_for("thread_join", timeout=5)  # discord.py re-adds an unarchived thread
        await fetched.send("second")
        assert not (await updated).archived
    assert not thread.archived
    assert [m["content"] for m in fake.channel_messages(thread.id)] == ["first", "second"]
    fake.assert_clean()


async def test_a_locked_thread_refuses_160005_and_a_private_one_is_invisible_unless_joined(world: World) -> None:
    fake, guild = world.fake, world.guild
    locked = guild.add_thread(world.feed, "locked", locked=True)
    private = guild.add_thread(world.feed, "private", private=True, bot_joined=False)
    joined = guild.add_thread(world.feed, "private, joined", private=True)
    bot = TinyBot()
    async with running(bot, fake):
        assert bot.get_channel(private.id) is None
        assert await refused(cached(bot, locked.id).send("x")) == (400, 160005)
        invisible = bot.get_partial_messageable(private.id)
        assert await refused(invisible.send("x")) == (403, 50001)
        await cached(bot, joined.id).send("members only")
    assert [m["content"] for m in fake.channel_messages(joined.id)] == ["members only"]
    fake.assert_clean()


async def test_interactions_carry_the_bots_and_the_members_permissions(world: World) -> None:
    fake, guild = world.fake, world.guild
    guild.deny_bot(world.feed, EMBED_LINKS)
    bot = TinyBot()
    async with running(bot, fake):
        result = await fake.slash(
            guild, world.amy, world.feed, "echo", text="x", count=1, flag=True, role=world.role, channel=world.feed
        )
    payload = result.payload
    everything = EVERYONE_PERMISSIONS
    assert int(payload["app_permissions"]) == everything & ~EMBED_LINKS
    assert int(payload["member"]["permissions"]) == everything
    resolved = payload["data"]["resolved"]["channels"][str(world.feed.id)]
    assert int(resolved["app_permissions"]) == everything & ~EMBED_LINKS  # the bot's
    assert int(resolved["permissions"]) == everything  # the invoking member's
    fake.assert_clean()


async def test_reaction_clears_reach_the_bot_and_bot_reactions_say_so(world: World) -> None:
    fake, guild = world.fake, world.guild
    other_bot = guild.add_member("Another Bot", bot=True)
    bot = TinyBot()
    async with running(bot, fake):
        message = await cached(bot, world.feed.id).send("react to me")
        for who, emoji in ((other_bot, "🔥"), (world.amy, "😂")):
            added = bot.wait_for("raw_reaction_add", timeout=5)
            await fake.react(guild, who, world.feed, message.id, emoji)
            event = await added
            assert event.member is not None and event.member.bot is who.bot
        cleared = bot.wait_for("raw_reaction_clear_emoji", timeout=5)
        assert await fake.clear_reactions(guild, world.feed, message.id, "🔥")
        one_emoji = await cleared
        assert [r["emoji"]["name"] for r in fake.message(message.id)["reactions"]] == ["😂"]
        cleared_all = bot.wait_for("raw_reaction_clear", timeout=5)
        assert await fake.clear_reactions(guild, world.feed, message.id)
        everything = await cleared_all
    assert str(one_emoji.emoji) == "🔥" and one_emoji.message_id == message.id
    assert everything.message_id == message.id and everything.channel_id == world.feed.id
    assert "reactions" not in fake.message(message.id)
    fake.assert_clean()


async def test_a_thread_member_may_unarchive_it_and_posting_makes_the_bot_a_member(world: World) -> None:
    fake, guild = world.fake, world.guild
    joined = guild.add_thread(world.feed, "joined", archived=True)
    stranger = guild.add_thread(world.feed, "never posted in", archived=True, bot_joined=False)
    locked = guild.add_thread(world.feed, "locked and archived", archived=True, locked=True)
    bot = TinyBot()
    async with running(bot, fake):
        await bot.http.edit_channel(joined.id, archived=False)
        assert not joined.archived
        assert await refused(bot.http.edit_channel(stranger.id, archived=False)) == (403, 50013)
        assert await refused(bot.http.edit_channel(locked.id, archived=False)) == (403, 50013)
        assert await refused(bot.http.edit_channel(world.feed.id, topic="x")) == (403, 50013)
        fetched = await bot.fetch_channel(stranger.id)
        assert isinstance(fetched, discord.Thread)
        await fetched.send("now I am in")  # unarchives it, and the author joins
        assert guild.bot_member is not None and guild.bot_member.id in stranger.thread_members
        guild.update_thread(stranger, archived=True)
        await bot.http.edit_channel(stranger.id, archived=False)
    assert not stranger.archived and locked.archived
    fake.assert_clean()
