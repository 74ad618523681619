"""Announcement channels and crossposts (Discord's "Publish"), the upload limit, and holding a request on the
wire: the fake answers as Discord documents, through the real discord.py client."""

from __future__ import annotations

import asyncio
import io

import discord
import pytest

from backstage_testing.fakediscord import FakeDiscord, running
from backstage_testing.fakediscord.messages import CROSSPOSTED, IS_CROSSPOST, SOURCE_MESSAGE_DELETED
from backstage_testing.fakediscord.permissions import GUILD_ANNOUNCEMENT

from .conftest import World
from .tinybot import TinyBot


async def test_a_crosspost_reaches_following_channels_once(world: World) -> None:
    fake = world.fake
    news = world.guild.add_channel("announcements", type=GUILD_ANNOUNCEMENT)
    follower = fake.add_guild("Fan Club").add_channel("vma-news")
    fake.follow(news, follower)
    bot = TinyBot()
    async with running(bot, fake):
        channel = bot.get_channel(news.id)
        assert isinstance(channel, discord.TextChannel) and channel.is_news()
        sent = await channel.send("The winners")
        await sent.publish()
        with pytest.raises(discord.HTTPException) as twice:
            await sent.publish()
        source = fake.message(sent.id)
        assert source is not None and source["flags"] & CROSSPOSTED
        (copy,) = fake.channel_messages(follower.id)
        assert copy["content"] == "The winners" and copy["flags"] & IS_CROSSPOST
        assert copy["message_reference"]["message_id"] == str(sent.id)
        await sent.delete()
    assert (twice.value.status, twice.value.code) == (400, 40033)
    assert copy["flags"] & SOURCE_MESSAGE_DELETED  # the copy stays, marked
    fake.assert_clean()


async def test_a_crosspost_outside_an_announcement_channel_is_refused(world: World) -> None:
    bot = TinyBot()
    async with running(bot, world.fake):
        channel = bot.get_channel(world.feed.id)
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send("Not news")
        with pytest.raises(discord.HTTPException) as refused:
            await sent.publish()
    assert (refused.value.status, refused.value.code) == (400, 50024)


async def test_crossposts_beyond_the_hourly_limit_get_a_429_whose_body_says_how_long() -> None:
    async with FakeDiscord(crosspost_limit=(2, 3600.0)) as fake:
        guild = fake.add_guild()
        news = guild.add_channel("announcements", type=GUILD_ANNOUNCEMENT)
        bot = TinyBot()
        bot.http.max_ratelimit_timeout = 30.0  # raise a long wait instead of sleeping on it (as Backstage does)
        async with running(bot, fake):
            channel = bot.get_channel(news.id)
            assert isinstance(channel, discord.TextChannel)
            for n in range(2):
                await (await channel.send(f"news {n}")).publish()
            third = await channel.send("news 2")
            with pytest.raises(discord.RateLimited) as limited:
                await third.publish()
    assert 3590 < limited.value.retry_after <= 3600 and fake.count_429 == 1
    refused = [r for r in fake.requests if r.path.endswith("/crosspost")][-1]
    assert refused.status == 429


async def test_a_file_over_the_upload_limit_is_refused_with_40005() -> None:
    async with FakeDiscord(upload_limit=1000) as fake:
        guild = fake.add_guild()
        feed = guild.add_channel("feed")
        bot = TinyBot()
        async with running(bot, fake):
            channel = bot.get_channel(feed.id)
            assert isinstance(channel, discord.TextChannel)
            await channel.send(file=discord.File(io.BytesIO(b"x" * 1000), "fits.txt"))
            with pytest.raises(discord.HTTPException) as refused:
                await channel.send(file=discord.File(io.BytesIO(b"x" * 1001), "too-big.txt"))
    assert (refused.value.status, refused.value.code) == (413, 40005)
    assert [u.filename for u in fake.uploads] == ["fits.txt"]


async def test_a_held_request_is_answered_only_when_released(world: World) -> None:
    fake = world.fake
    hold = fake.hold(lambda r: r.method == "POST" and r.path.endswith("/messages"))
    bot = TinyBot()
    async with running(bot, fake):
        channel = bot.get_channel(world.feed.id)
        assert isinstance(channel, discord.TextChannel)
        sending = asyncio.create_task(channel.send("on the wire"))
        await fake.wait_for(lambda: hold.reached, 5, "the send to reach the fake")
        assert fake.channel_messages(world.feed.id) == [] and not sending.done()
        hold.release()
        sent = await sending
    assert [m["id"] for m in fake.channel_messages(world.feed.id)] == [str(sent.id)]
