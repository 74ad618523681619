"""Channel messages: nonces, pacing from rate-limit headers, 429s, uploads, edits, faults, mentions."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import aiohttp
import discord
import pytest

from backstage_testing.fakediscord import FakeDiscord, default_spec_path, running
from backstage_testing.fakediscord.permissions import SEND_MESSAGES

from .conftest import World, build_world
from .tinybot import TinyBot

NONE: dict[str, list[str]] = {"parse": []}


def text_channel(bot: discord.Client, channel_id: int) -> discord.TextChannel:
    channel = bot.get_channel(channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


async def test_same_nonce_twice_is_one_message(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        feed = text_channel(bot, world.feed.id)
        first = await feed.send("Gaga arrives", nonce="outbox-17")
        again = await feed.send("Gaga arrives", nonce="outbox-17")
    assert first.id == again.id
    assert [m["content"] for m in fake.channel_messages(world.feed.id)] == ["Gaga arrives"]
    assert fake.requests[-1].json["enforce_nonce"] is True
    fake.assert_clean()


async def test_quick_sends_are_paced_by_discord_py_without_429() -> None:
    # a 2 s window keeps the test short; discord.py learns limit and reset from the headers either way
    async with FakeDiscord(channel_limit=(5, 2.0)) as fake:
        world = build_world(fake)
        bot = TinyBot()
        async with running(bot, fake):
            feed = text_channel(bot, world.feed.id)
            await asyncio.gather(*(feed.send(f"sighting {i}") for i in range(12)))
    assert fake.count_429 == 0
    assert len(fake.channel_messages(world.feed.id)) == 12
    sends = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(sends) == 12 and all(r.status == 200 for r in sends)
    assert sends[-1].time - sends[0].time >= 2 * 2.0  # three windows: 5 + 5 + 2
    assert sends[0].headers.get("Authorization") == f"Bot {fake.token}"
    fake.assert_clean()


async def test_ignoring_the_limit_gets_429_with_via(world: World, raw: aiohttp.ClientSession) -> None:
    fake = world.fake
    url = f"channels/{world.feed.id}/messages"
    statuses = []
    for i in range(6):
        async with raw.post(url, json={"content": f"flood {i}", "allowed_mentions": NONE}) as response:
            statuses.append(response.status)
            if i == 0:
                assert response.headers["X-RateLimit-Limit"] == "5"
                assert response.headers["X-RateLimit-Remaining"] == "4"
                assert float(response.headers["X-RateLimit-Reset-After"]) > 0
                assert response.headers["X-RateLimit-Bucket"]
            if response.status == 429:
                body = await response.json()
                assert response.headers["Via"] == "1.1 google"
                assert body["global"] is False and 0 < body["retry_after"] <= 5.0
    assert statuses == [200] * 5 + [429]
    assert fake.count_429 == 1
    fake.assert_clean()  # a 429 is not a violation by itself


async def test_json_replies_and_unknown_routes(world: World, raw: aiohttp.ClientSession) -> None:
    fake = world.fake
    async with raw.get("users/@me") as response:
        assert response.headers["Content-Type"] == "application/json"
        assert (await response.json())["id"] == str(fake.application_id)
    async with raw.get(f"channels/{world.feed.id}/messages/123") as response:
        assert response.status == 404 and (await response.json())["code"] == 10008
    async with raw.get(f"guilds/{world.guild.id}/bans") as response:
        assert response.status == 404
    assert fake.violations == [f"unhandled route: GET /guilds/{world.guild.id}/bans"]
    with pytest.raises(AssertionError, match="unhandled route"):
        fake.assert_clean()


async def test_uploads_edits_deletes_reactions_and_dms(world: World, raw: aiohttp.ClientSession) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        feed = text_channel(bot, world.feed.id)
        upload = await feed.send("digest", file=discord.File(io.BytesIO(b"# Five things"), "digest.md"))
        kept = await feed.send("draft")
        await kept.edit(content="final")
        await kept.add_reaction("🔥")
        gone = await feed.send("oops")
        await gone.delete()
        user = await bot.fetch_user(world.amy.id)
        await user.send("your sighting is live")
    [stored] = fake.uploads
    assert (stored.filename, stored.data, stored.message_id) == ("digest.md", b"# Five things", upload.id)
    messages = fake.channel_messages(world.feed.id)
    assert [m["content"] for m in messages] == ["digest", "final"]
    assert messages[1]["edited_timestamp"] is not None
    assert messages[1]["reactions"][0]["me"] is True
    assert len(fake.channel_messages(world.feed.id, include_deleted=True)) == 3
    async with raw.get(messages[0]["attachments"][0]["url"]) as response:
        assert await response.read() == b"# Five things"
    dm = fake.dm_channel(world.amy.id)
    assert dm is not None
    assert [m["content"] for m in fake.channel_messages(dm.id)] == ["your sighting is live"]
    fake.assert_clean()


async def test_a_client_with_allowed_mentions_none_satisfies_the_rule(world: World) -> None:
    """Every way the bot creates or edits a message carries ``allowed_mentions: {"parse": []}``."""
    fake, guild, amy = world.fake, world.guild, world.amy
    bot = TinyBot()
    async with running(bot, fake):
        feed = text_channel(bot, world.feed.id)
        sent = await feed.send("@everyone look", embed=discord.Embed(title="t"))
        await sent.edit(content="edited <@1>")
        none = discord.AllowedMentions.none()
        await sent.edit(embed=discord.Embed(title="embed only"), allowed_mentions=none)
        await feed.send(file=discord.File(io.BytesIO(b"x"), "x.txt"), content="with a file")
        options = {"text": "t", "count": 1, "flag": False, "role": world.role, "channel": world.feed}
        await fake.slash(guild, amy, world.channel, "echo", options=options)
        started = await fake.slash(guild, amy, world.channel, "show start", name="n")
        await started.wait_followups(2)
        embedded = await fake.slash(guild, amy, world.channel, "embedded")
        await embedded.wait_followups(1)
        panel = await fake.slash(guild, amy, world.channel, "panel")
        assert panel.original is not None
        later = await fake.click(guild, amy, panel.original, "panel:later")
        await later.final()
        await fake.click(guild, amy, panel.original, "panel:ok")
    fake.assert_clean()
    carrying = [r for r in fake.requests if _message_body(r.json)]
    assert len(carrying) >= 12
    for request in carrying:
        assert _message_body(request.json)["allowed_mentions"] == NONE, (request.method, request.path)


async def test_embed_only_edit_without_explicit_mentions_is_flagged(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send("first")
        await sent.edit(embed=discord.Embed(title="corrected"))  # discord.py adds no allowed_mentions here
    [violation] = fake.violations
    assert "without allowed_mentions" in violation and "embed-only edits" in violation


async def test_a_client_without_allowed_mentions_is_flagged(world: World) -> None:
    fake = world.fake
    bot = TinyBot(mentions_none=False)
    async with running(bot, fake):
        await text_channel(bot, world.feed.id).send("hello @everyone")
        await fake.slash(world.guild, world.amy, world.channel, "panel")
    assert len(fake.violations) == 2
    assert all("without allowed_mentions" in v for v in fake.violations)


async def test_6001_embed_characters_are_refused(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        embeds = [discord.Embed(description="x" * 4096), discord.Embed(description="y" * 1905)]
        with pytest.raises(discord.HTTPException) as caught:
            await text_channel(bot, world.feed.id).send(embeds=embeds)
    assert caught.value.status == 400 and caught.value.code == 50035
    assert any("embeds total 6001 characters" in v for v in fake.violations)
    assert fake.channel_messages(world.feed.id) == []


async def test_11_embeds_are_refused(world: World, raw: aiohttp.ClientSession) -> None:
    # discord.py refuses to send 11 embeds itself, so this one is a raw request
    fake = world.fake
    body = {"embeds": [{"title": str(i)} for i in range(11)], "allowed_mentions": NONE}
    async with raw.post(f"channels/{world.feed.id}/messages", json=body) as response:
        assert response.status == 400
    assert any("11 embeds in one message (max 10)" in v for v in fake.violations)


async def test_outage_then_recovery(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        feed = text_channel(bot, world.feed.id)
        fake.outage(503)
        with pytest.raises(discord.DiscordServerError):
            await feed.send("during the outage")
        fake.restore()
        await feed.send("after the outage")
        fake.outage_429(retry_after=0.1, seconds=0.25)
        await feed.send("retried by discord.py")  # 429 with Via: discord.py sleeps and retries
    contents = [m["content"] for m in fake.channel_messages(world.feed.id)]
    assert contents == ["after the outage", "retried by discord.py"]
    assert fake.count_outage >= 3 and fake.count_429 == 0
    fake.assert_clean()


async def test_latency_delays_answers(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        fake.latency = 0.2
        loop = asyncio.get_running_loop()
        started = loop.time()
        await text_channel(bot, world.feed.id).send("slowly")
        assert loop.time() - started >= 0.2


async def test_reactions_reach_on_raw_reaction_add(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send("vote for me")
        assert await fake.react(world.guild, world.amy, world.feed, sent.id, "🔥")
        await asyncio.wait_for(bot.reaction_seen.wait(), 5)
    [event] = bot.raw_reactions
    assert (event.message_id, event.user_id, str(event.emoji)) == (sent.id, world.amy.id, "🔥")
    assert event.member is not None and event.member.name == "amy"
    stored = fake.message(sent.id)
    assert stored is not None and stored["reactions"][0]["count"] == 1


async def test_spec_validation_and_its_absence() -> None:
    if not default_spec_path().is_file():
        pytest.skip("shared/discord-api-spec/openapi.json is absent")
    for spec_path, expect_refusal in ((default_spec_path(), True), (None, False)):
        async with FakeDiscord(spec_path=spec_path) as fake:
            world = build_world(fake)
            bot = TinyBot()
            async with running(bot, fake):
                feed = text_channel(bot, world.feed.id)
                if expect_refusal:  # Discord caps nonces at 25 characters
                    with pytest.raises(discord.HTTPException):
                        await feed.send("x", nonce="n" * 30)
                else:
                    await feed.send("x", nonce="n" * 30)
            assert fake.spec_loaded is expect_refusal
            assert bool(fake.violations) is expect_refusal
            if expect_refusal:
                assert "$.nonce" in fake.violations[0]


def _message_body(body: Any) -> dict[str, Any]:
    """The message part of a request body (the ``data`` of an interaction callback), if it has any."""
    if not isinstance(body, dict):
        return {}
    if "type" in body and isinstance(body.get("data"), dict):
        body = body["data"]
    return body if body.get("content") or body.get("embeds") else {}


async def test_a_channel_the_bot_cannot_write_to(fake: FakeDiscord) -> None:
    world = build_world(fake)
    locked = world.guild.add_channel("locked", deny_bot=SEND_MESSAGES)
    bot = TinyBot()
    async with running(bot, fake):
        channel = text_channel(bot, locked.id)
        assert channel.guild.me is not None
        assert not channel.permissions_for(channel.guild.me).send_messages
        with pytest.raises(discord.Forbidden) as caught:
            await channel.send("hello")
    assert caught.value.code == 50013
    fake.assert_clean()
