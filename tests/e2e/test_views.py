"""Buttons and forms never end in Discord's "This interaction failed": a view that times out disables its
buttons on the message, and a press or a form that outlived its view (a restart) gets a sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.e2e.test_approval import button as button_id
from tests.e2e.test_approval import pending


def button(result: Any, label: str) -> dict[str, Any]:
    return next(c for row in result.components for c in row["components"] if c["label"] == label)


async def list_of_twelve(room: Newsroom) -> Any:
    await room.configure()
    await room.open_show()
    for i in range(12):
        await room.ok(room.amy, "spot", what=f"Adele moment number {i}", who="Adele")
    result = await room.slash(room.amy, "sighting list")
    assert "Page 1 of 2" in result.content
    return result


async def test_a_search_that_times_out_disables_its_buttons_on_the_message(fake: FakeDiscord, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "views.db", BACKSTAGE_VIEW_TIMEOUT=0.5)
    await room.start()
    try:
        result = await list_of_twelve(room)
        assert button(result, "Next")["disabled"] is False

        async def disabled() -> bool:
            message = fake.messages.get(int(result.original_id)) or {}
            parts = [c for row in message.get("components") or [] for c in row["components"]]
            return bool(parts) and all(c.get("disabled") for c in parts)

        await eventually(disabled, what="the timed-out paginator's buttons to be disabled on its message")
        fake.assert_clean()
    finally:
        await room.stop()


async def test_pages_pressed_after_a_restart_say_to_run_the_command_again(newsroom: Newsroom):
    result = await list_of_twelve(newsroom)
    await newsroom.restart()
    late = await newsroom.fake.click(newsroom.guild, newsroom.amy, result.original, button(result, "Next")["custom_id"])
    assert late.ephemeral and "Run the command again" in late.content


async def test_a_preview_pressed_after_a_restart_says_to_preview_again(newsroom: Newsroom):
    await newsroom.configure()
    await newsroom.open_show()
    await newsroom.ok(newsroom.amy, "spot", what="Adele sang to the cleaners", who="Adele", quote="Encore!")
    await newsroom.wait_feed(1)
    preview = await newsroom.slash(newsroom.editor, "digest preview")
    message = await preview.final()
    publish = next(c for row in message["components"] for c in row["components"] if c["label"] == "Publish")
    feed_before = len(newsroom.fake.channel_messages(newsroom.feed.id))
    await newsroom.restart()
    late = await newsroom.fake.click(newsroom.guild, newsroom.editor, message, publish["custom_id"])
    assert late.ephemeral and "`/digest preview` again" in late.content
    assert len(newsroom.fake.channel_messages(newsroom.feed.id)) == feed_before, "a stale preview published"


async def test_a_rejection_form_submitted_after_a_restart_is_answered(newsroom: Newsroom):
    await newsroom.configure()
    await newsroom.open_show(approval=True)
    _, card = await pending(newsroom, "Adele hid in a laundry cart")
    opened = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button_id(card, "Reject"))
    await newsroom.restart()
    submitted = await newsroom.fake.submit_modal(newsroom.guild, newsroom.editor, opened, {})
    assert submitted.ephemeral and "Press **Reject** on the desk card again" in submitted.content


async def test_a_button_on_a_message_from_an_older_release_is_answered(newsroom: Newsroom):
    """Before this release, search pages and previews carried random custom ids; after an upgrade their
    buttons must still get a sentence, not Discord's "This interaction failed"."""
    await newsroom.configure()
    assert newsroom.bot is not None
    old = discord.ui.View(timeout=None)
    old.add_item(discord.ui.Button(label="Next", custom_id="5f2b7c0e9a1d4e6f8b3c2a1d0e9f8a7b"))
    channel = newsroom.bot.get_partial_messageable(newsroom.desk.id, guild_id=newsroom.guild.id)
    sent = await channel.send("Page 1 of 2", view=old)
    old.stop()  # the view of the old process is gone: nothing in this one knows the id
    message = newsroom.fake.message(sent.id)
    late = await newsroom.fake.click(newsroom.guild, newsroom.amy, message, "5f2b7c0e9a1d4e6f8b3c2a1d0e9f8a7b")
    assert late.ephemeral and "Run the command again" in late.content
