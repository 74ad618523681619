"""Slash commands, autocomplete and buttons, answered by the real discord.py client."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from backstage_testing.fakediscord import Attachment, FakeDiscord, running
from backstage_testing.fakediscord.permissions import VIEW_CHANNEL

from .conftest import World, build_world
from .tinybot import TinyBot


async def test_slash_command_with_every_option_type(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        result = await fake.slash(
            world.guild,
            world.amy,
            world.channel,
            "echo",
            text="hello",
            count=3,
            flag=True,
            role=world.role,
            channel=world.feed,
            ratio=0.5,
            who=world.editor,
            file=Attachment("roster.csv", b"Lady Gaga,Gaga"),
        )
    assert result.status == 200 and result.type == 4 and not result.ephemeral
    assert result.content == (
        "text=hello count=3 flag=True role=Correspondents channel=vma-live ratio=0.5 who=eddie"
        " file=roster.csv:Lady Gaga,Gaga"
    )
    assert result.elapsed is not None and 0 <= result.elapsed < 1.0
    assert result.original is not None and result.original["type"] == 20
    assert fake.channel_messages(world.channel.id) == [result.original]
    fake.assert_clean()


async def test_the_fake_refuses_what_the_bot_did_not_register(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        with pytest.raises(AssertionError, match="not registered"):
            await fake.slash(world.guild, world.amy, world.channel, "nope")
        with pytest.raises(AssertionError, match="option"):
            await fake.slash(world.guild, world.amy, world.channel, "panel", colour="red")
        with pytest.raises(AssertionError, match="required option"):
            await fake.slash(world.guild, world.amy, world.channel, "echo", text="x")
        with pytest.raises(AssertionError, match="is a group"):
            await fake.slash(world.guild, world.amy, world.channel, "show")
        with pytest.raises(AssertionError, match="no subcommand"):
            await fake.slash(world.guild, world.amy, world.channel, "show stop")
        with pytest.raises(TypeError, match="expected a number"):
            await fake.slash(world.guild, world.amy, world.channel, "slow", seconds="1")


async def test_ephemeral_defer_then_followups(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        result = await fake.slash(
            world.guild,
            world.amy,
            world.channel,
            "show start",
            name="2031 VMAs",
            approval=True,
        )
        assert result.type == 5 and result.ephemeral
        final = await result.final()
        assert final["content"] == "Show 2031 VMAs opened (approval on)"
        followups = await result.wait_followups(2)
    # the first followup after a defer replaces the "thinking" message and keeps its ephemeral flag
    assert followups[0]["id"] == str(result.original_id) and followups[0]["flags"] == 64
    assert followups[1]["content"] == "second note" and followups[1]["id"] != followups[0]["id"]
    assert fake.channel_messages(world.channel.id) == []  # all ephemeral
    fake.assert_clean()


async def test_guild_command_synced_per_guild(fake: FakeDiscord) -> None:
    world = build_world(fake)
    async with running(TinyBot(guild_id=world.guild.id), fake):
        result = await fake.slash(world.guild, world.amy, world.channel, "local")
    assert result.content == "local" and result.ephemeral
    guild_commands = [c for c in fake.commands if c.get("guild_id") == str(world.guild.id)]
    assert [c["name"] for c in guild_commands] == ["local"]
    fake.assert_clean()


async def test_autocomplete(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        choices = await fake.autocomplete(
            world.guild,
            world.amy,
            world.channel,
            "echo",
            focused="text",
            text="Ga",
        )
    assert choices == [{"name": "Gaga", "value": "Gaga"}, {"name": "Gabriel", "value": "Gabriel"}]
    fake.assert_clean()


async def test_autocomplete_over_25_choices_is_a_violation(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        result = await fake.autocomplete_result(
            world.guild, world.amy, world.channel, "echo", focused="text", text="many"
        )
    assert result.status == 400 and not result.responded  # Discord refuses it: "interaction failed"
    assert any("30 choices (max 25)" in v for v in fake.violations)


async def test_button_updates_its_message(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        panel = await fake.slash(world.guild, world.amy, world.channel, "panel")
        assert panel.original is not None
        clicked = await fake.click(world.guild, world.editor, panel.original, "panel:ok")
        assert clicked.type == 7
        message = fake.message(panel.original["id"])
        assert message is not None and message["content"] == "clicked by eddie"
        assert message["components"] == [] and message["edited_timestamp"] is not None
        with pytest.raises(AssertionError, match="no component"):
            await fake.click(world.guild, world.amy, message, "panel:ok")
    fake.assert_clean()


async def test_button_deferred_update_then_edit(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        panel = await fake.slash(world.guild, world.amy, world.channel, "panel")
        assert panel.original is not None
        later = await fake.click(world.guild, world.amy, panel.original, "panel:later")
        assert later.type == 6
        final = await later.final()
    assert final["id"] == panel.original["id"] and final["content"] == "updated later"
    fake.assert_clean()


async def test_embeds_edits_and_followups_are_recorded(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        result = await fake.slash(world.guild, world.amy, world.channel, "embedded")
        followups = await result.wait_followups(1)
        await fake.wait_for(lambda: result.edits == 1, 5, "the edit of @original")
    assert result.embeds[0]["title"] == "first"
    assert result.original is not None and result.original["embeds"][0]["title"] == "second"
    assert followups[0]["embeds"][0]["title"] == "third"
    fake.assert_clean()


async def test_a_late_initial_response_is_a_violation() -> None:
    async with FakeDiscord(response_deadline=0.2) as fake:
        world = build_world(fake)
        async with running(TinyBot(), fake):
            result = await fake.slash(world.guild, world.amy, world.channel, "slow", seconds=0.4)
    assert result.status == 404  # Discord: 10062 Unknown interaction
    assert result.elapsed is not None and result.elapsed > 0.2
    assert len(fake.violations) == 1 and "deadline 0.2 s" in fake.violations[0]


async def test_after_a_late_initial_response_the_token_is_dead_another_try_is_10062_a_followup_10015() -> None:
    async with FakeDiscord(response_deadline=0.2) as fake:
        world = build_world(fake)
        async with running(TinyBot(), fake):
            result = await fake.slash(world.guild, world.amy, world.channel, "slow", seconds=0.4)
            callback = f"{fake.api_base}/interactions/{result.id}/{result.token}/callback"
            followup = f"{fake.api_base}/webhooks/{fake.application_id}/{result.token}"
            body = {"type": 4, "data": {"content": "again", "allowed_mentions": {"parse": []}}}
            async with aiohttp.ClientSession() as session:
                async with session.post(callback, json=body) as response:
                    assert response.status == 404
                    assert (await response.json())["code"] == 10062  # not 40060: the token died at the deadline
                async with session.post(followup, json=body["data"]) as response:
                    assert response.status == 404
                    assert (await response.json())["code"] == 10015
    assert any("whose token died" in v for v in fake.violations), fake.violations


async def test_a_followup_more_than_15_minutes_after_the_interaction_is_401_50027(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        result = await fake.slash(world.guild, world.amy, world.channel, "panel")
        followup = f"{fake.api_base}/webhooks/{fake.application_id}/{result.token}?wait=true"
        body = {"content": "later", "allowed_mentions": {"parse": []}}
        async with aiohttp.ClientSession() as session:
            async with session.post(followup, json=body) as response:
                assert response.status == 200  # within the token's 15 minutes
            fake.travel(15 * 60 + 1)
            async with session.post(followup, json=body) as response:
                assert response.status == 401
                assert (await response.json())["code"] == 50027
    fake.assert_clean()


async def test_a_second_initial_response_is_rejected_with_40060(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        result = await fake.slash(world.guild, world.amy, world.channel, "panel")
        url = f"{fake.api_base}/interactions/{result.id}/{result.token}/callback?with_response=1"
        body = {"type": 4, "data": {"content": "again", "allowed_mentions": {"parse": []}}}
        async with aiohttp.ClientSession() as session, session.post(url, json=body) as response:
            assert response.status == 400
            assert (await response.json())["code"] == 40060
    assert len(fake.violations) == 1 and "40060" in fake.violations[0]


async def test_modal_opened_from_a_button_and_submitted(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        panel = await fake.slash(world.guild, world.amy, world.channel, "panel")
        assert panel.original is not None
        opened = await fake.click(world.guild, world.amy, panel.original, "panel:why")
        assert opened.type == 9 and opened.modal is not None and opened.modal["title"] == "Why?"
        with pytest.raises(AssertionError, match="required"):
            await fake.submit_modal(world.guild, world.amy, opened, {})
        with pytest.raises(AssertionError, match="length 51 outside 0-50"):
            await fake.submit_modal(world.guild, world.amy, opened, {"reason": "x" * 51})
        submitted = await fake.submit_modal(world.guild, world.amy, opened, {"reason": "duplicate"})
    assert submitted.type == 7
    message = fake.message(panel.original["id"])
    assert message is not None and message["content"] == "reason: duplicate"
    fake.assert_clean()


async def test_bad_command_definitions_are_refused(world: World, raw: aiohttp.ClientSession) -> None:
    # discord.py validates names itself, so a raw request shows what the fake does with a bad sync
    fake = world.fake
    commands = [
        {"name": "Bad Name", "description": "x", "type": 1},
        {"name": "fine", "description": "", "type": 1},
    ]
    async with raw.put(f"applications/{fake.application_id}/commands", json=commands) as response:
        assert response.status == 400
        assert (await response.json())["code"] == 50035
    report = "\n".join(fake.violations)
    assert "command 'Bad Name': name must match" in report
    assert "command 'fine': description must have 1-100 characters" in report
    assert fake.commands == []


async def test_a_message_command_carries_the_whole_message_as_discord_sends_it(world: World) -> None:
    fake = world.fake
    async with running(TinyBot(), fake):
        [menu] = [c for c in fake.commands if c["type"] == 3]
        assert menu["name"] == "Quote it" and menu["description"] == ""  # read back as an empty string
        photo = Attachment("photo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        message = fake.member_message(
            world.guild, world.amy, world.channel, f"hi <@{world.editor.id}>", attachments=[photo]
        )
        result = await fake.message_command(world.guild, world.editor, message, "Quote it")
    data = result.payload["data"]
    assert data["type"] == 3 and data["target_id"] == message["id"]
    resolved = data["resolved"]["messages"][message["id"]]
    assert resolved["author"]["id"] == str(world.amy.id) and resolved["attachments"][0]["filename"] == "photo.png"
    assert resolved["mentions"][0]["id"] == str(world.editor.id)
    assert result.content == f"amy said 'hi @eddie' with [photo.png] (message {message['id']})"
    assert result.original is not None and result.original["type"] == 23  # CONTEXT_MENU_COMMAND
    assert result.original["interaction_metadata"]["target_message_id"] == message["id"]
    fake.assert_clean()


async def test_a_members_message_reaches_a_bot_without_the_content_intent_empty(world: World) -> None:
    fake = world.fake
    bot = TinyBot()
    async with running(bot, fake):
        fake.member_message(world.guild, world.amy, world.channel, "secret plans")
        await asyncio.wait_for(bot.message_seen.wait(), 5)
    [seen] = bot.messages_seen
    assert seen.author.id == world.amy.id and seen.content == "" and seen.attachments == []


async def test_the_fake_refuses_message_commands_discord_would_not_offer(world: World) -> None:
    fake = world.fake
    hidden = world.guild.add_channel("editors-only")
    world.guild.set_overwrite(hidden, world.amy, deny=VIEW_CHANNEL, announce=False)
    async with running(TinyBot(), fake):
        message = fake.member_message(world.guild, world.editor, world.channel, "hello")
        with pytest.raises(AssertionError, match=r"'Nope' is not registered: .* message command"):
            await fake.message_command(world.guild, world.amy, message, "Nope")
        with pytest.raises(AssertionError, match="not registered"):
            await fake.slash(world.guild, world.amy, world.channel, "Quote it")
        secret = fake.member_message(world.guild, world.editor, hidden, "for editors")
        with pytest.raises(AssertionError, match="cannot see"):
            await fake.message_command(world.guild, world.amy, secret, "Quote it")
        with pytest.raises(AssertionError, match="cannot post"):
            fake.member_message(world.guild, world.amy, hidden, "let me in")
