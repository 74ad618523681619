"""The failures Discord really returns, and the fake returns too (shared/DISCORD-NOTES.md, "Failures Discord
really returns"): one bucket for sends and edits, 10008 after a moderator's delete, 50035 for an edit over the
embed limits, 50006 for an empty message, nonces remembered for a few minutes only, 30046 for edits of
hour-old messages, history reads, lost answers and closed DMs."""

from __future__ import annotations

import asyncio

import aiohttp
import discord
import pytest

from backstage_testing.fakediscord import FakeDiscord, running
from backstage_testing.fakediscord.permissions import READ_MESSAGE_HISTORY

from .conftest import World, build_world
from .tinybot import TinyBot

NONE: dict[str, list[str]] = {"parse": []}


def text_channel(bot: discord.Client, channel_id: int) -> discord.TextChannel:
    channel = bot.get_channel(channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


async def test_sends_and_edits_of_a_channel_share_one_bucket(world: World, raw: aiohttp.ClientSession) -> None:
    fake = world.fake
    url = f"channels/{world.feed.id}/messages"
    buckets, statuses = set(), []
    async with raw.post(url, json={"content": "first", "allowed_mentions": NONE}) as response:
        first = await response.json()
        buckets.add(response.headers["X-RateLimit-Bucket"])
    for i in range(4):
        body = {"content": f"edit {i}", "allowed_mentions": NONE}
        async with raw.patch(f"{url}/{first['id']}", json=body) as response:
            statuses.append(response.status)
            buckets.add(response.headers["X-RateLimit-Bucket"])
            remaining = response.headers["X-RateLimit-Remaining"]
    assert statuses == [200] * 4 and remaining == "0" and len(buckets) == 1
    async with raw.post(url, json={"content": "one too many", "allowed_mentions": NONE}) as response:
        assert response.status == 429  # four edits spent the sends' budget too
    assert fake.count_429 == 1


async def test_discord_py_paces_mixed_sends_and_edits_without_429() -> None:
    async with FakeDiscord(channel_limit=(5, 1.0)) as fake:
        world = build_world(fake)
        bot = TinyBot()
        async with running(bot, fake):
            feed = text_channel(bot, world.feed.id)
            sent = await asyncio.gather(*(feed.send(f"item {i}") for i in range(3)))
            await asyncio.gather(*(m.edit(content=f"item {i} corrected") for i, m in enumerate(sent)))
            await asyncio.gather(*(feed.send(f"late {i}") for i in range(5)))
    requests = [r for r in fake.requests if r.path.startswith(f"/channels/{world.feed.id}/messages")]
    assert len(requests) == 11 and all(r.status == 200 for r in requests)
    assert fake.count_429 == 0
    assert requests[-1].time - requests[0].time >= 2 * 1.0  # 11 requests at 5 per second: three windows
    fake.assert_clean()


async def test_a_moderator_deletes_a_message_the_bot_hears_it_and_every_later_edit_gets_10008(world: World) -> None:
    fake = world.fake
    moderator = world.guild.add_member("Mo Moderator", administrator=True)
    bot = TinyBot()
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send("a feed item")
        with pytest.raises(AssertionError, match="Manage Messages"):
            fake.delete_message(world.guild, world.amy, sent.id)  # a correspondent could not do it
        fake.delete_message(world.guild, moderator, sent.id)
        await asyncio.wait_for(bot.delete_seen.wait(), 5)
        for _ in range(2):
            with pytest.raises(discord.NotFound) as caught:
                await sent.edit(content="a correction", allowed_mentions=discord.AllowedMentions.none())
            assert caught.value.code == 10008
    [event] = bot.raw_deletes
    assert (event.message_id, event.channel_id, event.guild_id) == (sent.id, world.feed.id, world.guild.id)
    assert fake.channel_messages(world.feed.id) == []


async def test_an_edit_over_the_embed_limits_is_refused_whole(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send(embeds=[discord.Embed(description="x" * 3000)])
        none = discord.AllowedMentions.none()
        too_many = [discord.Embed(description="x" * 3000), discord.Embed(description="y" * 3001)]
        field_too_long = discord.Embed(description="ok").add_field(name="Who", value="z" * 1025)
        for embeds in (too_many, [field_too_long]):
            with pytest.raises(discord.HTTPException) as caught:
                await sent.edit(embeds=embeds, allowed_mentions=none)
            assert caught.value.status == 400 and caught.value.code == 50035
    assert [len(e["description"]) for e in fake.channel_messages(world.feed.id)[0]["embeds"]] == [3000]
    assert any("embeds total 6001 characters" in v for v in fake.violations)
    assert any("fields[0].value has 1025 characters" in v for v in fake.violations)


async def test_whitespace_around_embed_text_is_not_counted(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        padded = [discord.Embed(description="  " + "x" * 3000 + "\n"), discord.Embed(description="y" * 3000 + " ")]
        await text_channel(bot, world.feed.id).send(embeds=padded)  # 6,004 as sent, 6,000 as Discord counts
    assert len(fake.channel_messages(world.feed.id)) == 1
    fake.assert_clean()


async def test_an_empty_send_or_an_edit_that_empties_a_message_gets_50006(
    world: World, raw: aiohttp.ClientSession
) -> None:
    fake = world.fake
    url = f"channels/{world.feed.id}/messages"
    async with raw.post(url, json={"content": "", "allowed_mentions": NONE}) as response:
        assert response.status == 400 and (await response.json())["code"] == 50006
    bot = TinyBot()
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send(embed=discord.Embed(description="a feed item"))
        with pytest.raises(discord.HTTPException) as caught:
            await sent.edit(embeds=[], allowed_mentions=discord.AllowedMentions.none())
    assert caught.value.status == 400 and caught.value.code == 50006
    assert fake.channel_messages(world.feed.id)[0]["embeds"][0]["description"] == "a feed item"
    assert len(fake.violations) == 2 and all("50006" in v for v in fake.violations)


async def test_a_nonce_is_remembered_for_the_window_and_for_the_same_author_only() -> None:
    async with FakeDiscord(nonce_window=120.0) as fake:
        world = build_world(fake)
        someone = world.amy.user_payload()
        body = {"content": "a member's", "nonce": "n-1", "enforce_nonce": True}
        fake.messages.create(world.feed.id, body, [], author=someone)
        bot = TinyBot()
        async with running(bot, fake):
            feed = text_channel(bot, world.feed.id)
            first = await feed.send("mine", nonce="n-1")  # another author's nonce does not count
            again = await feed.send("mine", nonce="n-1")
            fake.travel(121)
            later = await feed.send("mine", nonce="n-1")
    assert again.id == first.id and later.id != first.id
    assert [m["content"] for m in fake.channel_messages(world.feed.id)] == ["a member's", "mine", "mine"]
    fake.assert_clean()


async def test_history_reads_page_around_an_id_and_need_read_message_history(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        feed = text_channel(bot, world.feed.id)
        sent = [await feed.send(f"m{i}", nonce=f"n{i}") for i in range(6)]
        newest = [m.content async for m in feed.history(limit=3)]
        after = [m.content async for m in feed.history(limit=2, after=sent[1])]
        before = [m.content async for m in feed.history(limit=10, before=sent[2])]
        nonces = [m.nonce async for m in feed.history(limit=10)]
        world.guild.everyone.permissions &= ~READ_MESSAGE_HISTORY
        hidden = [m async for m in feed.history(limit=10)]
    assert newest == ["m5", "m4", "m3"]
    assert after == ["m2", "m3"]  # discord.py reverses Discord's newest-first page for `after`
    assert before == ["m1", "m0"]
    assert nonces == [None] * 6  # a nonce travels with the send only
    assert hidden == []
    assert sent[0].nonce == "n0"


async def test_hour_old_messages_take_three_edits_per_window_then_30046_as_a_429() -> None:
    async with FakeDiscord(channel_limit=(50, 5.0)) as fake:  # room in the shared bucket: only 30046 applies
        world = build_world(fake)
        headers = {"Authorization": f"Bot {fake.token}"}
        async with aiohttp.ClientSession(base_url=fake.api_base + "/", headers=headers) as raw:
            await _old_edits(fake, world, raw)


async def _old_edits(fake: FakeDiscord, world: World, raw: aiohttp.ClientSession) -> None:
    url = f"channels/{world.feed.id}/messages"
    async with raw.post(url, json={"content": "an old item", "allowed_mentions": NONE}) as response:
        message = await response.json()
    fresh = message["id"]
    async with raw.patch(f"{url}/{fresh}", json={"content": "young", "allowed_mentions": NONE}) as response:
        assert response.status == 200
    fake.travel(3601)
    answers = []
    for i in range(4):
        async with raw.patch(f"{url}/{fresh}", json={"content": f"e{i}", "allowed_mentions": NONE}) as response:
            answers.append((response.status, await response.json(), response.headers.get("Via")))
    assert [a[0] for a in answers] == [200, 200, 200, 429]
    _, body, via = answers[-1]
    assert body["code"] == 30046 and 0 < body["retry_after"] <= 6.0 and body["global"] is False
    assert via == "1.1 google"
    assert fake.count_30046 == 1 and fake.count_429 == 0


async def test_a_long_30046_reaches_discord_py_as_rate_limited() -> None:
    async with FakeDiscord(old_edit_limit=(1, 120.0)) as fake:
        world = build_world(fake)
        bot = TinyBot(max_ratelimit_timeout=30.0)
        async with running(bot, fake):
            sent = await text_channel(bot, world.feed.id).send("an old item")
            fake.travel(3601)
            await sent.edit(content="first correction")
            started = asyncio.get_running_loop().time()
            with pytest.raises(discord.RateLimited) as caught:
                await sent.edit(content="second correction")
            waited = asyncio.get_running_loop().time() - started
    assert caught.value.retry_after > 30 and waited < 1.0
    assert fake.channel_messages(world.feed.id)[0]["content"] == "first correction"


async def test_a_lost_answer_leaves_the_message_created(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        fake.lose_answers(1)
        with pytest.raises(discord.DiscordServerError):
            await text_channel(bot, world.feed.id).send("did it go?", nonce="lost-1")
        again = await text_channel(bot, world.feed.id).send("did it go?", nonce="lost-1")
    assert [m["id"] for m in fake.channel_messages(world.feed.id)] == [str(again.id)]


async def test_a_dm_to_a_member_with_closed_dms_gets_50007(world: World) -> None:
    world.amy.accepts_dms = False
    bot = TinyBot()
    async with running(bot, world.fake):
        user = await bot.fetch_user(world.amy.id)
        with pytest.raises(discord.Forbidden) as caught:
            await user.send("your sighting was not published")
        editor = await bot.fetch_user(world.editor.id)
        await editor.send("this one arrives")
    assert caught.value.code == 50007
