"""The fake's pins and message commands, used by the real discord.py client: Discord's shapes (the target message
as the spec's MessageResponse), its permission (Pin Messages), its errors (10008, 50013, 30003)."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from backstage_testing.fakediscord import FakeDiscord, running
from backstage_testing.fakediscord.permissions import PIN_MESSAGES

from .conftest import World
from .tinybot import TinyBot


def text_channel(bot: discord.Client, channel_id: int) -> discord.PartialMessageable:
    return bot.get_partial_messageable(channel_id, type=discord.ChannelType.text)


async def test_a_message_command_on_the_bots_own_message_brings_it_as_discord_describes_it(world: World) -> None:
    fake = world.fake
    bot = TinyBot()  # its "Quote it" menu answers with what it read of the message
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send("Gaga arrives")
        [command] = [c for c in fake.commands if c["name"] == "Quote it"]
        assert command["type"] == 3 and command["description"] == ""
        result = await fake.message_command(world.guild, world.amy, fake.message(sent.id), "Quote it")
    assert result.content == f"Backstage said 'Gaga arrives' with [] (message {sent.id})"
    data = result.payload["data"]
    assert data["type"] == 3 and data["target_id"] == str(sent.id)
    target = data["resolved"]["messages"][str(sent.id)]
    assert fake.spec.validate_object("MessageResponse", target) == []
    with pytest.raises(AssertionError, match=r"'Nope' is not registered: .* message command"):
        await fake.message_command(world.guild, world.amy, target, "Nope")
    fake.assert_clean()


async def test_pinning_needs_pin_messages_and_stops_at_the_channels_limit(world: World) -> None:
    fake = world.fake
    fake.pin_limit = 2
    bot = TinyBot()
    async with running(bot, fake):
        channel = text_channel(bot, world.feed.id)
        first, second, third = [await channel.send(text) for text in ("one", "two", "three")]
        with pytest.raises(discord.Forbidden) as refused:
            await first.pin()
        assert refused.value.code == 50013 and fake.pins(world.feed.id) == []

        role = world.guild.add_role("Pinner", permissions=PIN_MESSAGES)
        assert world.guild.bot_member is not None
        world.guild.set_roles(world.guild.bot_member, [role])
        await first.pin()
        await first.pin()  # already pinned: Discord answers 204 and nothing changes
        await second.pin()
        with pytest.raises(discord.HTTPException) as full:
            await third.pin()
        assert full.value.status == 400 and full.value.code == 30003
        assert [m["id"] for m in fake.pins(world.feed.id)] == [str(first.id), str(second.id)]

        await first.unpin()
        await third.pin()
        moderator = world.guild.add_member("Mo Moderator", administrator=True)
        fake.delete_message(world.guild, moderator, second.id)
        assert [m["id"] for m in fake.pins(world.feed.id)] == [str(third.id)]  # a deleted message is no pin
        with pytest.raises(discord.NotFound) as gone:
            await second.pin()
        assert gone.value.code == 10008
    fake.assert_clean()


async def test_the_deprecated_pin_route_still_pins(world: World, raw: aiohttp.ClientSession, fake: FakeDiscord) -> None:
    role = world.guild.add_role("Pinner", permissions=PIN_MESSAGES)
    assert world.guild.bot_member is not None
    world.guild.set_roles(world.guild.bot_member, [role], announce=False)
    bot = TinyBot()
    async with running(bot, fake):
        sent = await text_channel(bot, world.feed.id).send("old client")
        async with raw.put(f"channels/{world.feed.id}/pins/{sent.id}") as response:
            assert response.status == 204
    assert [m["id"] for m in fake.pins(world.feed.id)] == [str(sent.id)]
