"""Sharding as Discord does it (gateway#sharding): GET /gateway/bot, each shard's guilds and interactions on its own
session, and the refusals (4010 Invalid shard, 4011 Sharding required, INVALID_SESSION past the identify limit)."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands

from backstage_testing.fakediscord import FakeDiscord, running


class ShardedBot(discord.AutoShardedClient):
    """discord.py's sharded client with one command that says which shards this process runs."""

    def __init__(self, **options: Any) -> None:
        super().__init__(
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=0.05,
            **options,
        )
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="where", description="Which shards answer here")
        async def where(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(f"shards {sorted(self.shards)} of {self.shard_count}")

    async def setup_hook(self) -> None:
        await self.tree.sync()


async def test_gateway_bot_gives_the_url_the_recommended_shards_and_the_session_start_limit() -> None:
    async with FakeDiscord(max_concurrency=2) as fake:
        fake.add_guild("Solo")
        headers = {"Authorization": f"Bot {fake.token}"}
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{fake.api_base}/gateway/bot", headers=headers) as response,
        ):
            body = await response.json()
        assert body["url"] == fake.gateway_url.rstrip("/")
        assert body["shards"] == 1  # one guild: one shard
        assert body["session_start_limit"] == {
            "total": 1000,
            "remaining": 1000,
            "reset_after": 86_400_000,
            "max_concurrency": 2,
        }
        async with running(ShardedBot(), fake):  # no count given: discord.py asks GET /gateway/bot
            assert fake.identify_count == 1
            limits = await fake_client_limits(fake)
            assert limits["remaining"] == 999


async def fake_client_limits(fake: FakeDiscord) -> dict[str, Any]:
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(fake.token)
        _, _, limits = await client.http.get_bot_gateway()
        return dict(limits)
    finally:
        await client.close()


async def test_two_processes_on_two_shards_each_get_only_their_guilds_and_their_interactions() -> None:
    async with FakeDiscord() as fake:
        first = fake.add_guild("On shard 0", shard=(0, 2))
        second = fake.add_guild("On shard 1", shard=(1, 2))
        amy_first, amy_second = first.add_member("amy"), second.add_member("amy")
        where_first, where_second = first.add_channel("desk"), second.add_channel("desk")
        zero, one = ShardedBot(shard_count=2, shard_ids=[0]), ShardedBot(shard_count=2, shard_ids=[1])
        async with running(zero, fake), running(one, fake):
            await fake.wait_ready(shards=[(0, 2), (1, 2)])
            assert [g.id for g in zero.guilds] == [first.id]
            assert [g.id for g in one.guilds] == [second.id]
            answered_first = await fake.slash(first, amy_first, where_first, "where")
            answered_second = await fake.slash(second, amy_second, where_second, "where")
            assert answered_first.content == "shards [0] of 2"
            assert answered_second.content == "shards [1] of 2"
            # a guild that joins later goes to its shard's session only
            joined = one.wait_for("guild_join", timeout=5)
            late = fake.add_guild("Joins shard 1", shard=(1, 2))
            assert (await joined).id == late.id
            assert zero.get_guild(late.id) is None
    fake.assert_clean()


async def test_two_processes_on_the_same_shard_both_get_each_interaction_and_the_later_answer_is_40060() -> None:
    """Discord gives a guild's interactions to every session covering it (gateway.py `sessions_for`)."""
    async with FakeDiscord() as fake:
        guild = fake.add_guild("On shard 0", shard=(0, 2))
        amy, desk = guild.add_member("amy"), guild.add_channel("desk")
        first, second = ShardedBot(shard_count=2, shard_ids=[0]), ShardedBot(shard_count=2, shard_ids=[0])
        refused: list[int] = []

        async def on_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
            original = getattr(error, "original", error)
            refused.append(original.code if isinstance(original, discord.HTTPException) else 0)

        first.tree.on_error = second.tree.on_error = on_error  # type: ignore[method-assign]
        async with running(first, fake), running(second, fake):
            assert [g.id for g in first.guilds] == [guild.id] == [g.id for g in second.guilds]
            answered = await fake.slash(guild, amy, desk, "where")
            assert answered.content == "shards [0] of 2"
            await fake.wait_for(lambda: refused or None, 5, "the later answer refused")
            assert refused == [40060]
        assert any("40060 already acknowledged" in v for v in fake.violations)


async def test_events_without_a_guild_go_to_shard_0_only() -> None:
    async with FakeDiscord() as fake:
        guild = fake.add_guild("On shard 1", shard=(1, 2))
        amy = guild.add_member("amy")
        zero, one = ShardedBot(shard_count=2, shard_ids=[0]), ShardedBot(shard_count=2, shard_ids=[1])
        async with running(zero, fake), running(one, fake):
            seen_by_zero = zero.wait_for("message", timeout=5)
            member = await (await one.fetch_guild(guild.id)).fetch_member(amy.id)
            sent = await member.send("a direct message")  # its MESSAGE_CREATE carries no guild_id
            assert (await seen_by_zero).id == sent.id  # sent by shard 1's process, told to shard 0's
    fake.assert_clean()


async def test_a_shard_outside_the_count_is_closed_with_4010() -> None:
    async with FakeDiscord() as fake:
        fake.add_guild("Anywhere")
        bot = ShardedBot(shard_count=2, shard_ids=[2])
        with pytest.raises(discord.ConnectionClosed) as closed:
            await bot.start(fake.token)
        assert closed.value.code == 4010
        assert fake.identify_count == 0


async def test_a_session_over_the_guilds_per_shard_is_closed_with_4011() -> None:
    async with FakeDiscord(guilds_per_shard=2) as fake:
        for name in ("One", "Two", "Three"):
            fake.add_guild(name, shard=(0, 1))
        bot = ShardedBot(shard_count=1)
        with pytest.raises(discord.ConnectionClosed) as closed:
            await bot.start(fake.token)
        assert closed.value.code == 4011
        assert fake.identify_count == 0


async def identify(fake: FakeDiscord, http: aiohttp.ClientSession, shard: list[int]) -> dict[str, Any]:
    """One raw IDENTIFY on a new connection; the first frame after HELLO."""
    ws = await http.ws_connect(fake.gateway_url)
    await ws.receive_json()  # HELLO
    await ws.send_str(json.dumps({"op": 2, "d": {"token": fake.token, "intents": 1, "shard": shard}}))
    frame: dict[str, Any] = await ws.receive_json()
    await ws.close()
    return frame


async def test_past_max_concurrency_identify_is_answered_with_invalid_session() -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=2) as fake:
        fake.add_guild("Anywhere", shard=(0, 3))
        async with aiohttp.ClientSession() as http:
            assert (await identify(fake, http, [0, 3]))["t"] == "READY"
            assert (await identify(fake, http, [1, 3]))["t"] == "READY"  # rate-limit key 1: its own bucket
            refused = await identify(fake, http, [2, 3])  # key 2 % 2 = 0, within 5 s of shard 0
        assert refused["op"] == 9 and refused["d"] is False
        assert fake.identify_count == 2 and fake.hub.identify_refused == 1
