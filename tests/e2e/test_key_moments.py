"""Key moments, live: /sighting key, the "Mark key moment" message command, the feed's pinned "Key moments so
far" message (made at /show start, edited in place, within the channel's budget, made again when deleted), and
the desk's suggestions with their persistent button. The real discord.py client against the fake Discord."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from backstage_testing.pytest_plugin import Newsroom

TITLE = "📌 Key moments so far"


def key_messages(room: Newsroom) -> list[dict[str, Any]]:
    return [
        m
        for m in room.fake.channel_messages(room.feed.id)
        if any((e.get("title") or "").startswith(TITLE) for e in m.get("embeds") or [])
    ]


async def key_message(room: Newsroom, check: Any = None, what: str = "the key moments message") -> dict[str, Any]:
    """The feed's key moments message, once it reads as `check` wants (a predicate on its description)."""

    def found() -> dict[str, Any] | None:
        messages = key_messages(room)
        if len(messages) != 1:
            return None
        message = messages[0]
        return message if check is None or check(message["embeds"][0]["description"]) else None

    return await room.fake.wait_for(found, 10, what)


async def spot(room: Newsroom, what: str, **values: Any) -> int:
    result = await room.slash(room.amy, "spot", what=what, **values)
    assert "Posted" in (result.content or ""), result.content
    return int(result.content.split("**#")[1].split("**")[0])


def feed_message_of(room: Newsroom, sid: int) -> dict[str, Any]:
    return next(
        m
        for m in room.fake.channel_messages(room.feed.id)
        if any((e.get("footer") or {}).get("text", "").split(" ")[0] == f"#{sid}" for e in m.get("embeds") or [])
    )


def edits_of(room: Newsroom, message_id: str) -> int:
    return sum(1 for r in room.fake.requests if r.method == "PATCH" and r.path.endswith(f"/messages/{message_id}"))


async def test_show_start_posts_the_key_moments_message_and_pins_it(newsroom: Newsroom):
    newsroom.allow_pins()
    await newsroom.open_show(key_moments=True)
    message = await key_message(newsroom)
    embed = message["embeds"][0]
    assert embed["title"] == f"{TITLE}: 2031 Music Video Awards"
    assert "None yet" in embed["description"]
    await newsroom.fake.wait_for(lambda: newsroom.fake.pins(newsroom.feed.id) or None, 10, "a pin")
    assert [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [message["id"]]


async def test_marking_correcting_unmarking_and_retracting_edit_the_same_message(newsroom: Newsroom):
    newsroom.allow_pins()
    await newsroom.open_show(key_moments=True)
    first = await spot(newsroom, "Kit Abernathy kisses the trophy on stage", headline="A kiss for the trophy")
    second = await spot(newsroom, "Dex Okafor trips on the stairs and laughs it off")
    await newsroom.wait_feed(3)  # the key moments message and the two sightings
    made = await key_message(newsroom)

    marked = await newsroom.slash(newsroom.editor, "sighting key", id=first)
    assert marked.ephemeral and f"**#{first}** is now a key moment" in marked.content
    feed = feed_message_of(newsroom, first)
    link = f"https://discord.com/channels/{newsroom.guild.id}/{newsroom.feed.id}/{feed['id']}"
    listed = await key_message(newsroom, lambda d: link in d, "the first moment listed")
    line = next(x for x in listed["embeds"][0]["description"].split("\n") if f"#{first}" in x)
    assert re.search(r"<t:\d+:t>", line) and f"[A kiss for the trophy]({link})" in line

    await newsroom.ok(newsroom.editor, "sighting edit", id=first, headline="The trophy gets a kiss")
    await key_message(newsroom, lambda d: "[The trophy gets a kiss]" in d, "the correction shown")

    await newsroom.ok(newsroom.editor, "sighting key", id=second)
    await key_message(newsroom, lambda d: f"#{second}" in d and f"#{first}" in d, "both moments listed")
    unmarked = await newsroom.slash(newsroom.editor, "sighting key", id=first, off=True)
    assert f"**#{first}** is no longer a key moment" in unmarked.content
    await key_message(newsroom, lambda d: f"#{first}" not in d and f"#{second}" in d, "the first one gone")

    await newsroom.ok(newsroom.amy, "sighting retract", id=second, reason="wrong person")
    final = await key_message(newsroom, lambda d: "None yet" in d, "the retracted moment gone")
    assert final["id"] == made["id"] and len(key_messages(newsroom)) == 1
    assert edits_of(newsroom, made["id"]) >= 4
    assert [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [made["id"]]


async def test_the_message_survives_a_restart_and_is_made_again_when_deleted(newsroom: Newsroom):
    newsroom.allow_pins()
    await newsroom.open_show(key_moments=True)
    sid = await spot(newsroom, "Lou Farrant is carried offstage by the dancers")
    await newsroom.wait_feed(2)
    made = await key_message(newsroom)
    await newsroom.fake.wait_for(lambda: newsroom.fake.pins(newsroom.feed.id) or None, 10, "a pin")

    await newsroom.restart()
    await newsroom.ok(newsroom.editor, "sighting key", id=sid)
    after_restart = await key_message(newsroom, lambda d: f"#{sid}" in d, "the moment listed after a restart")
    assert after_restart["id"] == made["id"]

    moderator = newsroom.guild.add_member("Mo Moderator", administrator=True)
    newsroom.fake.delete_message(newsroom.guild, moderator, made["id"])
    second = await spot(newsroom, "Calla Ashdown thanks her mother from the stage")
    await newsroom.wait_feed(2)  # the two sightings (the key moments message is gone)
    await newsroom.ok(newsroom.editor, "sighting key", id=second)
    again = await key_message(newsroom, lambda d: f"#{second}" in d and f"#{sid}" in d, "a new message")
    assert again["id"] != made["id"]
    await newsroom.fake.wait_for(
        lambda: [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [again["id"]] or None, 10, "the new pin"
    )


async def test_without_pin_messages_the_editor_is_told_and_the_message_is_kept_unpinned(newsroom: Newsroom):
    await newsroom.configure(key_moments=True)
    started = await newsroom.slash(newsroom.editor, "show start", name="Late Night Awards")
    told = await started.wait_followups(1)
    assert told[0]["flags"] & 64 and "**Pin Messages**" in told[0]["content"]
    await key_message(newsroom)
    notice = await newsroom.fake.wait_for(
        lambda: next(
            (m for m in newsroom.fake.channel_messages(newsroom.desk.id) if "could not pin" in m["content"]), None
        ),
        10,
        "the desk told about the pin",
    )
    assert "**Pin Messages**" in notice["content"] and f"<#{newsroom.feed.id}>" in notice["content"]
    assert newsroom.fake.pins(newsroom.feed.id) == []
    sid = await spot(newsroom, "Wren Quill signs autographs in the press room")
    await newsroom.ok(newsroom.editor, "sighting key", id=sid)
    await key_message(newsroom, lambda d: f"#{sid}" in d, "the moment listed, unpinned")
    notices = [m for m in newsroom.fake.channel_messages(newsroom.desk.id) if "could not pin" in m["content"]]
    assert len(notices) == 1


async def test_a_burst_of_30_marks_is_merged_never_rate_limited_and_stays_within_limits(newsroom: Newsroom):
    newsroom.allow_pins()
    await newsroom.open_show(key_moments=True)
    ids = []
    for i in range(30):
        headline = f"Moment {i:02d}: " + "an unforgettable scene on the red carpet with everyone watching " * 2
        ids.append(await spot(newsroom, f"Scene number {i} on the carpet", headline=headline[:200]))
    await newsroom.wait_feed(31, timeout=30)
    made = await key_message(newsroom)
    results = await asyncio.gather(*(newsroom.slash(newsroom.editor, "sighting key", id=i) for i in ids))
    assert all("is now a key moment" in r.content for r in results)
    final = await key_message(newsroom, lambda d: f"#{ids[-1]}" in d and "earlier key moments" in d, "all listed")
    description = final["embeds"][0]["description"]
    shown = re.findall(r"· #(\d+)$", description, re.M)
    left = int(re.search(r"…and (\d+) earlier key moments", description).group(1))
    assert shown == [str(i) for i in ids[left:]] and left + len(shown) == 30
    assert len(description) <= 4096
    assert newsroom.fake.count_429 == 0
    assert final["id"] == made["id"] and edits_of(newsroom, made["id"]) < 30
