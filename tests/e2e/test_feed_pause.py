"""A feed or desk channel that Discord refuses is paused, never given up: the desk (or the editor, by DM) is
told once, `/spot` and `/show status` say so, and the bot resumes by itself, publishing everything held in
order, exactly once. `/show feed` moves the live feed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backstage_testing.fakediscord import Attachment, FakeChannel, FakeDiscord
from backstage_testing.fakediscord.permissions import ATTACH_FILES, EMBED_LINKS, SEND_MESSAGES, VIEW_CHANNEL
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom
from db.database import migrations

EVENTS_ONLY = 60.0  # a probe interval no test waits for: what resumes these feeds is a gateway event
FOOTER_ID = re.compile(r"#(\d+)")


@pytest.fixture
async def room(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[Newsroom]:
    newsroom = Newsroom(fake, tmp_path / "backstage.db", BACKSTAGE_FEED_PROBE_SECONDS=EVENTS_ONLY)
    await newsroom.start()
    try:
        yield newsroom
    finally:
        await newsroom.stop()
    fake.assert_clean()


def shown(fake: FakeDiscord, channel: FakeChannel) -> list[int]:
    """Sighting ids in a channel's feed messages, in order, once per embed."""
    ids = []
    for message in fake.channel_messages(channel.id):
        for embed in message.get("embeds") or []:
            match = FOOTER_ID.match((embed.get("footer") or {}).get("text") or "")
            if match:
                ids.append(int(match.group(1)))
    return ids


async def wait_shown(fake: FakeDiscord, channel: FakeChannel, ids: list[int], timeout: float = 15) -> None:
    await fake.wait_for(lambda: shown(fake, channel) == ids or None, timeout, f"{ids} in #{channel.name}")


def notices(fake: FakeDiscord, channel_id: int) -> list[str]:
    return [m["content"] for m in fake.channel_messages(channel_id) if m["content"].startswith("⚠️")]


async def wait_notices(fake: FakeDiscord, channel_id: int, count: int) -> list[str]:
    await fake.wait_for(lambda: len(notices(fake, channel_id)) >= count or None, 10, f"{count} notice(s)")
    return notices(fake, channel_id)


def feed_posts(fake: FakeDiscord, channel: FakeChannel, status: int) -> list[float]:
    path = f"/channels/{channel.id}/messages"
    return [r.time for r in fake.requests if r.method == "POST" and r.path == path and r.status == status]


async def test_a_revoked_permission_pauses_the_feed_tells_the_desk_once_and_resumes_in_order(room: Newsroom):
    fake, feed, desk = room.fake, room.feed, room.desk
    await room.open_show()
    await room.slash(room.amy, "spot", what="Gaga arrives on a horse")
    await wait_shown(fake, feed, [1])

    room.guild.deny_bot(feed, SEND_MESSAGES)  # a moderator changes the channel: CHANNEL_UPDATE
    await room.slash(room.amy, "spot", what="Adele waves from the balcony")
    [notice] = await wait_notices(fake, desk.id, 1)
    assert "live feed" in notice and f"<#{feed.id}>" in notice and "missing **Send Messages**" in notice
    replies = [await room.slash(room.ben, "spot", what=f"Held sighting {i}") for i in range(3)]
    for reply in replies:
        assert "saved" in reply.content and "the feed is paused" in reply.content
        assert f"missing **Send Messages** in <#{feed.id}>" in reply.content and reply.ephemeral
    status = await room.said(room.editor, "show status")
    assert "Paused since" in status and f"**Send Messages** in <#{feed.id}>" in status
    assert shown(fake, feed) == [1]

    room.guild.deny_bot(feed, 0)  # fixed
    await wait_shown(fake, feed, [1, 2, 3, 4, 5])
    await room.slash(room.amy, "spot", what="After the fix")
    await wait_shown(fake, feed, [1, 2, 3, 4, 5, 6])
    assert len(notices(fake, desk.id)) == 1
    assert "Paused" not in await room.said(room.editor, "show status")


async def test_a_feed_the_bot_can_no_longer_see_is_paused_for_view_channel(room: Newsroom):
    fake, feed = room.fake, room.feed
    await room.open_show()
    room.guild.deny_bot(feed, VIEW_CHANNEL)
    await room.slash(room.amy, "spot", what="Gaga arrives")
    [notice] = await wait_notices(fake, room.desk.id, 1)
    assert f"I am missing **View Channel** in <#{feed.id}>" in notice and "Send Messages" not in notice
    reply = await room.slash(room.ben, "spot", what="Adele arrives")
    assert "the feed is paused: I am missing **View Channel**" in (reply.content or "")
    room.guild.deny_bot(feed, 0)
    await wait_shown(fake, feed, [1, 2])


async def test_a_refusal_the_cache_does_not_explain_is_retried_at_the_probe_pace_and_never_given_up(
    fake: FakeDiscord, tmp_path: Path
):
    """Earlier versions gave a batch up after 8 refusals: here the channel refuses 10 times in a row (a
    change Discord never announced), then takes everything."""
    room = Newsroom(fake, tmp_path / "b.db", BACKSTAGE_FEED_PROBE_SECONDS=0.1)
    await room.start()
    try:
        await room.open_show()
        room.guild.deny_bot(room.feed, SEND_MESSAGES, announce=False)
        for i in range(3):
            await room.slash(room.amy, "spot", what=f"Sighting {i} during the refusals")
        await fake.wait_for(lambda: len(feed_posts(fake, room.feed, 403)) >= 10 or None, 20, "10 refusals")
        refusals = feed_posts(fake, room.feed, 403)
        # one try per probe interval, never a hot loop of 403s (Discord bans bots that keep getting them)
        assert refusals[-1] - refusals[0] >= (len(refusals) - 1) * 0.1 * 0.9
        [notice] = notices(fake, room.desk.id)
        assert f"I am missing **Send Messages** in <#{room.feed.id}>" in notice  # asked Discord: the cache missed it
        room.guild.deny_bot(room.feed, 0, announce=False)
        await wait_shown(fake, room.feed, [1, 2, 3])
        assert len(notices(fake, room.desk.id)) == 1  # told once, however many times it was refused
    finally:
        await room.stop()
    fake.assert_clean()


@pytest.mark.parametrize(
    ("denied", "name", "photo"),
    [
        (SEND_MESSAGES, "Send Messages", False),
        (EMBED_LINKS, "Embed Links", False),
        (ATTACH_FILES, "Attach Files", True),
    ],
)
async def test_a_permission_taken_without_a_gateway_event_is_named_in_the_desk_notice_with_what_to_do(
    room: Newsroom, denied: int, name: str, photo: bool
):
    fake, feed = room.fake, room.feed
    await room.open_show()
    room.guild.deny_bot(feed, denied, announce=False)  # the bot's cache still says it may post
    extra = {"photo": Attachment("cape.png", png(), "image/png")} if photo else {}
    await room.slash(room.amy, "spot", what="Gaga arrives on a horse", **extra)
    await fake.wait_for(lambda: feed_posts(fake, feed, 403) or None, 10, "Discord's refusal")

    [notice] = await wait_notices(fake, room.desk.id, 1)
    assert f"I am missing **{name}** in <#{feed.id}>" in notice, notice
    assert f"To fix it, give Backstage the missing permission in <#{feed.id}>" in notice
    reply = await room.slash(room.ben, "spot", what="Adele arrives")
    assert f"the feed is paused: I am missing **{name}** in <#{feed.id}>" in (reply.content or "")


async def test_a_fix_discord_never_announces_is_found_by_the_periodic_probe(fake: FakeDiscord, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "b.db", BACKSTAGE_FEED_PROBE_SECONDS=0.2)
    await room.start()
    try:
        await room.open_show()
        room.guild.deny_bot(room.feed, SEND_MESSAGES)  # announced: the bot's cache knows it may not send
        await room.slash(room.amy, "spot", what="Held while the cache says no")
        await wait_notices(fake, room.desk.id, 1)
        room.guild.deny_bot(room.feed, 0, announce=False)  # fixed, but the cache still says no
        await wait_shown(fake, room.feed, [1])
    finally:
        await room.stop()
    fake.assert_clean()


async def test_role_and_member_updates_resume_the_feed_and_each_new_pause_is_told_once(room: Newsroom):
    fake, guild, feed = room.fake, room.guild, room.feed
    everyone = guild.everyone.permissions
    await room.open_show()
    guild.set_role_permissions(guild.everyone, everyone & ~EMBED_LINKS)  # GUILD_ROLE_UPDATE
    await room.slash(room.amy, "spot", what="Gaga arrives")  # an embed-only send without Embed Links: 50013
    [notice] = await wait_notices(fake, room.desk.id, 1)
    assert "missing **Embed Links**" in notice
    assert guild.bot_member is not None
    guild.set_roles(guild.bot_member, [guild.add_role("Backstage", permissions=EMBED_LINKS)])  # the bot's own
    await wait_shown(fake, feed, [1])  # GUILD_MEMBER_UPDATE resumed it

    guild.set_roles(guild.bot_member, [])  # taken away again: a new pause, told anew
    await room.slash(room.amy, "spot", what="Adele arrives")
    await wait_notices(fake, room.desk.id, 2)
    guild.set_role_permissions(guild.everyone, everyone)  # GUILD_ROLE_UPDATE resumes it
    await wait_shown(fake, feed, [1, 2])
    assert len(notices(fake, room.desk.id)) == 2


async def test_a_deleted_feed_is_paused_and_show_feed_sends_what_waits_to_the_new_channel(room: Newsroom):
    fake, guild = room.fake, room.guild
    await room.open_show()
    await room.slash(room.amy, "spot", what="Posted before the deletion")
    await wait_shown(fake, room.feed, [1])
    guild.delete_channel(room.feed)
    await room.slash(room.amy, "spot", what="Held 1")
    [notice] = await wait_notices(fake, room.desk.id, 1)
    assert f"<#{room.feed.id}> was deleted" in notice and "/show feed channel:" in notice
    await room.slash(room.ben, "spot", what="Held 2")
    await room.slash(room.amy, "sighting edit", id=1, what="Posted before the deletion, corrected")

    fresh = guild.add_channel("vma-live-2")
    moved = await room.slash(room.editor, "show feed", options={"channel": fresh})
    assert f"now goes to <#{fresh.id}>" in (moved.content or "") and "2 waiting sightings" in moved.content
    await wait_shown(fake, fresh, [2, 3])
    reply = await room.slash(room.amy, "spot", what="After the move")
    assert f"It will appear in <#{fresh.id}>" in (reply.content or "")
    await wait_shown(fake, fresh, [2, 3, 4])
    status = await room.said(room.editor, "show status")
    assert f"feed <#{fresh.id}>" in status
    # the deleted channel never comes back: the correction that waited for it is given up (kept in the history),
    # so nothing stays paused or waiting for ever
    assert "Paused" not in status and "waiting to be published" not in status
    listed = await room.slash(room.amy, "sighting list")
    assert "feed message deleted" in (listed.content or "")
    again = await room.slash(room.amy, "sighting edit", id=1, what="Posted before the deletion, corrected twice")
    assert "A moderator deleted its feed message" in (again.content or "")


async def test_show_feed_moves_an_open_feed_and_corrections_stay_where_they_were_posted(room: Newsroom):
    fake, guild = room.fake, room.guild
    await room.open_show()
    await room.slash(room.amy, "spot", what="In the first channel")
    await wait_shown(fake, room.feed, [1])
    thread = guild.add_thread(room.lobby, "after-party thread")
    await room.slash(room.editor, "show feed", options={"channel": thread})
    await room.slash(room.amy, "spot", what="In the thread")
    await wait_shown(fake, thread, [2])
    await room.slash(room.amy, "sighting edit", id=1, what="In the first channel, corrected")
    await fake.wait_for(
        lambda: "corrected" in fake.channel_messages(room.feed.id)[0]["embeds"][0]["description"] or None,
        10,
        "the correction in the first channel",
    )
    assert shown(fake, room.feed) == [1] and shown(fake, thread) == [2]
    again = await room.slash(room.editor, "show feed", options={"channel": thread})
    assert "already goes to" in (again.content or "") and again.ephemeral


async def test_a_broken_desk_dms_the_editor_who_opened_the_show_and_its_cards_follow_the_fix(room: Newsroom):
    fake, guild, desk = room.fake, room.guild, room.desk
    await room.open_show(approval=True)
    guild.deny_bot(desk, EMBED_LINKS)
    await room.slash(room.amy, "spot", what="Awaiting approval 1")
    dm = await fake.wait_for(lambda: fake.dm_channel(room.editor.id), 5, "a DM channel")
    await fake.wait_messages(dm.id, 1)
    [told] = [m["content"] for m in fake.channel_messages(dm.id)]
    assert "approval desk" in told and f"<#{desk.id}>" in told and "**Embed Links**" in told
    second = await room.slash(room.amy, "spot", what="Awaiting approval 2")
    assert "approval desk is paused" in (second.content or "") and "**Embed Links**" in second.content
    guild.deny_bot(desk, 0)
    await fake.wait_for(
        lambda: len([m for m in fake.channel_messages(desk.id) if m.get("components")]) == 2 or None,
        10,
        "both desk cards",
    )
    assert len(fake.channel_messages(dm.id)) == 1


async def test_a_thread_feed_is_unarchived_by_a_post_and_a_locked_one_waits_for_its_unlock(room: Newsroom):
    fake, guild = room.fake, room.guild
    thread = guild.add_thread(room.feed, "live")
    await room.open_show(feed=thread)
    await room.slash(room.amy, "spot", what="First in the thread")
    await wait_shown(fake, thread, [1])
    guild.update_thread(thread, archived=True)
    await room.slash(room.amy, "spot", what="The thread had gone quiet")
    await wait_shown(fake, thread, [1, 2])
    assert not thread.archived
    guild.update_thread(thread, archived=True)  # quiet again: Discord refuses edits in it (50083)
    await room.slash(room.amy, "sighting edit", id=1, what="First in the thread, corrected")
    await fake.wait_for(
        lambda: "corrected" in fake.channel_messages(thread.id)[0]["embeds"][0]["description"] or None,
        10,
        "the correction in the archived thread",
    )
    assert not thread.archived
    guild.update_thread(thread, locked=True)
    await room.slash(room.amy, "spot", what="Written while the thread is locked")
    [notice] = await wait_notices(fake, room.desk.id, 1)
    assert f"the thread <#{thread.id}> is locked" in notice
    guild.update_thread(thread, locked=False)
    await wait_shown(fake, thread, [1, 2, 3])


async def test_a_batch_an_earlier_version_gave_up_is_published_after_the_upgrade(fake: FakeDiscord, tmp_path: Path):
    """Version 3 gave a batch up after 8 refusals (`failed = 1`) and never looked at it again; the upgrade
    to version 4 puts it back in line, and the bot publishes it once."""
    room = Newsroom(fake, tmp_path / "v3.db")
    write_v3_with_a_given_up_batch(room)
    await room.start()
    try:
        await wait_shown(fake, room.feed, [1])
        assert len(fake.channel_messages(room.feed.id)) == 1
    finally:
        await room.stop()
    fake.assert_clean()


def write_v3_with_a_given_up_batch(room: Newsroom) -> None:
    conn = sqlite3.connect(room.db_path)
    try:
        for version, _, sql in migrations()[:3]:
            conn.executescript(sql)
            conn.execute(f"PRAGMA user_version = {version}")
        then = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="microseconds")
        guild, feed = room.guild.id, room.feed.id
        conn.execute(
            "INSERT INTO shows(id, guild_id, name, feed_channel_id, desk_channel_id, approval, opened_by, opened_at)"
            " VALUES (1, ?, 'Night Three', ?, ?, 0, ?, ?)",
            (guild, feed, room.desk.id, room.editor.id, then),
        )
        conn.execute(
            "INSERT INTO sightings(id, guild_id, show_id, reporter_id, reporter_name, what, status, created_at)"
            " VALUES (1, ?, 1, ?, 'Amy', 'Given up on, once', 'live', ?)",
            (guild, room.amy.id, then),
        )
        conn.execute(
            "INSERT INTO feed_batches(id, channel_id, kind, attempts, next_attempt, last_error, failed, created_at)"
            " VALUES (1, ?, 'post', 8, ?, '403 Missing Permissions', 1, ?)",
            (feed, then, then),
        )
        conn.execute(
            "INSERT INTO outbox(guild_id, channel_id, kind, sighting_id, not_before, batch_id, created_at)"
            " VALUES (?, ?, 'post', 1, ?, 1, ?)",
            (guild, feed, then, then),
        )
        conn.commit()
    finally:
        conn.close()


async def test_a_show_started_on_a_channel_the_preflight_finds_usable_ends_its_pause_at_once(room: Newsroom):
    fake, feed = room.fake, room.feed
    await room.open_show()
    room.guild.deny_bot(feed, SEND_MESSAGES, announce=False)
    await room.slash(room.amy, "spot", what="Held from the first show")
    await wait_notices(fake, room.desk.id, 1)
    room.guild.deny_bot(feed, 0, announce=False)  # fixed; nothing tells the bot, and no probe is due
    await room.slash(room.editor, "show end")
    opened = await room.slash(room.editor, "show start", name="The after-show", feed=feed)
    assert "is open" in (opened.content or "")
    await wait_shown(fake, feed, [1])
