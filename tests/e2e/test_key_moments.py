"""Key moments, live: /sighting key, the "Mark key moment" message command, the feed's pinned "Key moments so
far" message (made at /show start, edited in place, within the channel's budget, made again when deleted), and
the desk's suggestions with their persistent button. The real discord.py client against the fake Discord."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest

from backstage_testing.pytest_plugin import Newsroom, eventually


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


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


async def key_show(room: Newsroom) -> None:
    """A show opened with key moments on, in a feed where the bot may pin."""
    room.allow_pins()
    await room.open_show(key_moments=True)


async def marked(room: Newsroom, what: str) -> tuple[int, dict[str, Any]]:
    """A sighting posted, in the feed, marked key by the editor: its id and the key moments message listing it."""
    sid = await spot(room, what)
    await room.wait_feed(2)
    await room.ok(room.editor, "sighting key", id=sid)
    return sid, await key_message(room, lambda d: f"#{sid}" in d, "the moment listed")


def feed_message_of(room: Newsroom, sid: int) -> dict[str, Any]:
    return next(
        m
        for m in room.fake.channel_messages(room.feed.id)
        if any((e.get("footer") or {}).get("text", "").split(" ")[0] == f"#{sid}" for e in m.get("embeds") or [])
    )


def edits_of(room: Newsroom, message_id: str) -> int:
    return sum(1 for r in room.fake.requests if r.method == "PATCH" and r.path.endswith(f"/messages/{message_id}"))


async def test_show_start_posts_the_key_moments_message_and_pins_it(newsroom: Newsroom):
    await key_show(newsroom)
    message = await key_message(newsroom)
    embed = message["embeds"][0]
    assert embed["title"] == f"{TITLE}: 2031 Music Video Awards"
    assert "None yet" in embed["description"]
    await newsroom.fake.wait_for(lambda: newsroom.fake.pins(newsroom.feed.id) or None, 10, "a pin")
    assert [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [message["id"]]


async def test_marking_correcting_unmarking_and_retracting_edit_the_same_message(newsroom: Newsroom):
    await key_show(newsroom)
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
    await key_show(newsroom)
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
    await key_show(newsroom)
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


async def test_the_message_command_marks_the_sighting_of_a_feed_message_and_refuses_any_other(newsroom: Newsroom):
    await key_show(newsroom)
    sid = await spot(newsroom, "Juniper Hale hands her award to her drummer")
    await newsroom.wait_feed(2)
    feed = feed_message_of(newsroom, sid)
    fake, guild = newsroom.fake, newsroom.guild

    refused = await fake.message_command(guild, newsroom.amy, feed, "Mark key moment")
    assert refused.ephemeral and "Only editors" in refused.content
    other = await fake.message_command(guild, newsroom.editor, key_messages(newsroom)[0], "Mark key moment")
    assert other.ephemeral and "works on the feed's sighting messages only" in other.content

    marked = await fake.message_command(guild, newsroom.editor, feed, "Mark key moment")
    assert marked.ephemeral and f"**#{sid}** is now a key moment" in marked.content
    await key_message(newsroom, lambda d: f"#{sid}" in d, "the moment listed")
    again = await fake.message_command(guild, newsroom.editor, feed, "Mark key moment")
    assert f"**#{sid}** is already a key moment: nothing changed." in again.content
    [command] = [c for c in fake.commands if c["name"] == "Mark key moment"]
    assert command["type"] == 3


async def test_pending_and_retracted_sightings_are_refused_with_a_sentence(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    pending = await spot(newsroom, "Noor Abernathy waves from the balcony")
    refused = await newsroom.slash(newsroom.editor, "sighting key", id=pending)
    assert refused.ephemeral and "waiting for an editor's approval; approve it first" in refused.content
    mine = await newsroom.slash(newsroom.editor, "spot", what="Ines Achebe leaves before the finale")
    sid = int(mine.content.split("**#")[1].split("**")[0])
    await newsroom.ok(newsroom.editor, "sighting retract", id=sid)
    refused = await newsroom.slash(newsroom.editor, "sighting key", id=sid)
    assert refused.ephemeral and "was retracted, so it is no longer a moment of the night" in refused.content
    unknown = await newsroom.slash(newsroom.editor, "sighting key", id=99999)
    assert unknown.ephemeral and "There is no sighting #99999" in unknown.content


async def test_the_desk_is_offered_a_key_moment_once_and_its_button_works_after_a_restart(newsroom: Newsroom):
    newsroom.allow_pins()
    await newsroom.configure(key_moments=True, key_votes=2, key_corroborations=0)
    await newsroom.ok(newsroom.editor, "show start", name="2031 Music Video Awards")
    sid = await spot(newsroom, "Kit Abernathy proposes to her partner in the front row")
    await newsroom.wait_feed(2)
    feed = feed_message_of(newsroom, sid)
    fans = [newsroom.guild.add_member(f"Fan {n}") for n in range(3)]

    def cards() -> list[dict[str, Any]]:
        return [m for m in newsroom.fake.channel_messages(newsroom.desk.id) if "Key moment?" in str(m["embeds"])]

    await newsroom.fake.react(newsroom.guild, fans[0], newsroom.feed, feed["id"], "🔥")
    await newsroom.fake.react(newsroom.guild, fans[1], newsroom.feed, feed["id"], "🔥")
    [card] = await newsroom.fake.wait_for(lambda: cards() or None, 10, "the suggestion")
    assert card["embeds"][0]["title"] == f"Key moment? #{sid}: 2 readers voted for it"
    await newsroom.fake.react(newsroom.guild, fans[2], newsroom.feed, feed["id"], "🔥")
    await newsroom.fake.react(newsroom.guild, fans[0], newsroom.feed, feed["id"], "👏")
    await newsroom.restart()
    assert len(cards()) == 1

    [button] = [c for row in card["components"] for c in row["components"]]
    assert button["label"] == "Mark key moment"
    refused = await newsroom.fake.click(newsroom.guild, newsroom.ben, card, button["custom_id"])
    assert refused.ephemeral and "Only editors" in refused.content
    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button["custom_id"])
    assert clicked.type == 7 and clicked.components == []
    assert clicked.embeds[0]["title"] == f"#{sid}: key moment, marked by Eddie Editor"
    [told] = await clicked.wait_followups(1)
    assert told["flags"] & 64 and "is now a key moment" in told["content"]
    await key_message(newsroom, lambda d: f"#{sid}" in d, "the moment listed")
    assert [m["id"] for m in newsroom.fake.channel_messages(newsroom.desk.id) if m["embeds"]] == [card["id"]]


async def test_the_digest_preview_puts_a_key_moment_right_after_the_pins(newsroom: Newsroom):
    await newsroom.open_show()
    voted = await spot(newsroom, "Dex Okafor crowd-surfs to the stage", headline="Okafor Surfs the Crowd")
    key = await spot(newsroom, "Wren Quill slips out by the stage door", headline="Quill Slips Out")
    pinned = await spot(newsroom, "Lou Farrant tunes a borrowed cello", headline="Farrant Tunes a Cello")
    await newsroom.wait_feed(3)
    for n in range(3):
        fan = newsroom.guild.add_member(f"Voter {n}")
        await newsroom.fake.react(newsroom.guild, fan, newsroom.feed, feed_message_of(newsroom, voted)["id"], "🔥")
    await newsroom.ok(newsroom.editor, "digest pin", id=pinned)
    await newsroom.ok(newsroom.editor, "sighting key", id=key)
    preview = await (await newsroom.slash(newsroom.editor, "digest preview", count=3)).final()
    titles = [e.get("title", "") for e in preview["embeds"]]
    order = [next(i for i, t in enumerate(titles) if h in t) for h in ("Farrant", "Quill", "Okafor")]
    assert order == sorted(order), titles


async def test_the_desk_is_offered_a_moment_other_correspondents_report_too(newsroom: Newsroom):
    await newsroom.configure(key_votes=0, key_corroborations=1)
    await newsroom.ok(newsroom.editor, "show start", name="2031 Music Video Awards")
    await newsroom.ok(newsroom.editor, "roster add", name="Dex Okafor")
    first = await spot(newsroom, "Dex Okafor drops the trophy on the red carpet and it breaks in two", who="Dex Okafor")
    await newsroom.wait_feed(1)
    also = await newsroom.slash(
        newsroom.ben, "spot", what="Dex Okafor dropped the trophy on the red carpet, it broke in two", who="Dex Okafor"
    )
    assert f"Looks like **#{first}**" in also.content

    def cards() -> list[dict[str, Any]]:
        return [m for m in newsroom.fake.channel_messages(newsroom.desk.id) if "Key moment?" in str(m["embeds"])]

    [card] = await newsroom.fake.wait_for(lambda: cards() or None, 10, "the suggestion")
    assert card["embeds"][0]["title"] == f"Key moment? #{first}: 2 correspondents reported it"
    assert key_messages(newsroom) == []  # /setup key_moments is off here: no pinned message in the feed


async def test_setup_shows_and_saves_the_key_moment_settings(newsroom: Newsroom):
    shown = await newsroom.slash(newsroom.admin, "setup")
    assert "Key moments: a pinned “Key moments so far” message in each show's feed" in shown.content
    assert "offered a sighting as a key moment at 5 readers' votes or 2 other correspondents" in shown.content
    saved = await newsroom.ok(newsroom.admin, "setup", key_moments=False, key_votes=0, key_corroborations=1)
    assert "Key moments: no pinned message" in saved.content
    assert "key moment at 1 other correspondent reporting it too" in saved.content
    off = await newsroom.ok(newsroom.admin, "setup", key_corroborations=0)
    assert "the desk is never offered key moments" in off.content
    refused = await newsroom.slash(newsroom.editor, "setup", key_votes=3)
    assert refused.ephemeral and "Manage Server" in refused.content


async def test_moving_the_feed_makes_the_message_again_pinned_in_the_new_channel(newsroom: Newsroom):
    await key_show(newsroom)
    sid, _ = await marked(newsroom, "Ines Achebe sings the encore from the aisle")
    await newsroom.ok(newsroom.editor, "show feed", options={"channel": newsroom.lobby})

    def moved() -> dict[str, Any] | None:
        found = [m for m in newsroom.fake.channel_messages(newsroom.lobby.id) if TITLE in str(m["embeds"])]
        return found[0] if found and f"#{sid}" in found[0]["embeds"][0]["description"] else None

    message = await newsroom.fake.wait_for(moved, 10, "the message in the new feed")
    await newsroom.fake.wait_for(
        lambda: [m["id"] for m in newsroom.fake.pins(newsroom.lobby.id)] == [message["id"]] or None, 10, "its pin"
    )


def key_messages_in(room: Newsroom, channel_id: int) -> list[dict[str, Any]]:
    return [m for m in room.fake.channel_messages(channel_id) if TITLE in str(m.get("embeds"))]


async def test_moving_the_feed_and_back_leaves_one_pinned_current_list_and_deletes_the_old_ones(newsroom: Newsroom):
    await key_show(newsroom)
    sid, first = await marked(newsroom, "Ines Achebe sings the encore from the aisle")
    await newsroom.ok(newsroom.editor, "show feed", options={"channel": newsroom.lobby})
    await newsroom.fake.wait_for(lambda: len(newsroom.fake.pins(newsroom.lobby.id)) == 1 or None, 10, "lobby pin")
    await newsroom.fake.wait_for(lambda: not key_messages_in(newsroom, newsroom.feed.id) or None, 10, "old deleted")
    await newsroom.ok(newsroom.editor, "show feed", options={"channel": newsroom.feed})
    await newsroom.ok(newsroom.editor, "sighting key", id=sid, off=True)
    back = await key_message(newsroom, lambda d: "None yet" in d, "the list made again, without the moment")
    assert back["id"] != first["id"]
    await newsroom.fake.wait_for(
        lambda: [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [back["id"]] or None, 10, "one pin"
    )
    await newsroom.fake.wait_for(lambda: not key_messages_in(newsroom, newsroom.lobby.id) or None, 10, "lobby's gone")
    assert newsroom.fake.pins(newsroom.lobby.id) == []


async def test_a_show_that_ends_unpins_its_final_list_and_the_next_show_has_the_only_pin(newsroom: Newsroom):
    await key_show(newsroom)
    sid, first = await marked(newsroom, "Ines Achebe sings the encore from the aisle")
    await newsroom.fake.wait_for(lambda: newsroom.fake.pins(newsroom.feed.id) or None, 10, "the first pin")
    ended = await newsroom.slash(newsroom.editor, "show end")
    if ended.type in (5, 6):
        await ended.final()
    final = await key_message(newsroom, lambda d: d.startswith("The show has ended") and f"#{sid}" in d, "final")
    assert final["id"] == first["id"]
    await newsroom.fake.wait_for(lambda: newsroom.fake.pins(newsroom.feed.id) == [] or None, 10, "unpinned")
    await newsroom.ok(newsroom.editor, "show start", name="Second Night")

    def second() -> dict[str, Any] | None:
        found = [m for m in key_messages(newsroom) if "Second Night" in m["embeds"][0]["title"]]
        return found[0] if found else None

    made = await newsroom.fake.wait_for(second, 10, "the second show's message")
    await newsroom.fake.wait_for(
        lambda: [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [made["id"]] or None, 10, "its pin only"
    )


async def test_an_unpin_refused_at_show_end_is_told_to_the_desk_once(newsroom: Newsroom):
    from backstage_testing.fakediscord.permissions import PIN_MESSAGES

    await key_show(newsroom)
    made = await key_message(newsroom)
    await newsroom.fake.wait_for(lambda: newsroom.fake.pins(newsroom.feed.id) or None, 10, "the pin")
    newsroom.guild.deny_bot(newsroom.feed, PIN_MESSAGES)
    ended = await newsroom.slash(newsroom.editor, "show end")
    if ended.type in (5, 6):
        await ended.final()

    def told() -> list[str] | None:
        notes = [
            m["content"] for m in newsroom.fake.channel_messages(newsroom.desk.id) if "could not unpin" in m["content"]
        ]
        return notes or None

    [note] = await newsroom.fake.wait_for(told, 10, "the desk told")
    assert f"/{made['id']}" in note and "unpin it yourself" in note
    await key_message(newsroom, lambda d: d.startswith("The show has ended"), "the final list")
    assert len(told() or []) == 1


async def test_votes_on_a_message_of_several_sightings_offer_the_desk_none_of_them(newsroom: Newsroom):
    newsroom.allow_pins()
    await newsroom.configure(key_moments=True, key_votes=2, key_corroborations=0)
    await newsroom.ok(newsroom.editor, "show start", name="2031 Music Video Awards")
    await newsroom.wait_feed(1)
    results = await asyncio.gather(*(newsroom.slash(newsroom.amy, "spot", what=f"Quick scene {i}") for i in range(3)))
    assert all("Posted" in (r.content or "") for r in results)
    await newsroom.wait_feed(4)
    [multi] = [m for m in newsroom.fake.channel_messages(newsroom.feed.id) if len(m["embeds"]) > 1]
    single = await spot(newsroom, "Dex Okafor drops the trophy")
    await newsroom.wait_feed(5)
    fans = [newsroom.guild.add_member(f"Fan {n}") for n in range(2)]
    for fan in fans:
        await newsroom.fake.react(newsroom.guild, fan, newsroom.feed, multi["id"], "🔥")
    for fan in fans:  # the same readers on a message of its own: offered, and after the others' votes were read
        await newsroom.fake.react(newsroom.guild, fan, newsroom.feed, feed_message_of(newsroom, single)["id"], "🔥")

    def cards() -> list[str]:
        return [m["embeds"][0]["title"] for m in newsroom.fake.channel_messages(newsroom.desk.id) if m["embeds"]]

    await newsroom.fake.wait_for(lambda: cards() or None, 10, "a suggestion")
    assert cards() == [f"Key moment? #{single}: 2 readers voted for it"]


async def test_marking_a_report_credited_on_its_original_marks_the_original_once(newsroom: Newsroom):
    await key_show(newsroom)
    await newsroom.ok(newsroom.editor, "roster add", name="Dex Okafor")
    first = await spot(newsroom, "Dex Okafor drops the trophy on the red carpet and it breaks in two", who="Dex Okafor")
    await newsroom.wait_feed(2)
    also = await newsroom.slash(
        newsroom.ben, "spot", what="Dex Okafor dropped the trophy on the red carpet, it broke in two", who="Dex Okafor"
    )
    second = int(also.content.split("**#")[1].split("**")[0])
    assert second != first and f"Looks like **#{first}**" in also.content
    credited = await newsroom.fake.wait_for(
        lambda: "Ben" in str(feed_message_of(newsroom, first)["embeds"]) or None, 10, "the report credited"
    )
    assert credited
    marked = await newsroom.slash(newsroom.editor, "sighting key", id=second)
    assert f"so the moment is **#{first}**'s. **#{first}** is now a key moment" in marked.content
    again = await newsroom.slash(newsroom.editor, "sighting key", id=first)
    assert f"**#{first}** is already a key moment" in again.content
    listed = await key_message(newsroom, lambda d: f"#{first}" in d, "the original listed")
    description = listed["embeds"][0]["description"]
    assert description.count("\n") == 0 and f"#{second}" not in description
    assert f"/{feed_message_of(newsroom, first)['id']})" in description


async def suggested(room: Newsroom) -> tuple[int, dict[str, Any], str]:
    """A sighting offered to the desk by one reader's vote: its id, the card and the card's button."""
    newsroom = room
    newsroom.allow_pins()
    await newsroom.configure(key_moments=True, key_votes=1, key_corroborations=0)
    await newsroom.ok(newsroom.editor, "show start", name="2031 Music Video Awards")
    sid = await spot(newsroom, "Kit Abernathy proposes to her partner in the front row")
    await newsroom.wait_feed(2)
    fan = newsroom.guild.add_member("Fan")
    await newsroom.fake.react(newsroom.guild, fan, newsroom.feed, feed_message_of(newsroom, sid)["id"], "🔥")

    def cards() -> list[dict[str, Any]]:
        return [m for m in newsroom.fake.channel_messages(newsroom.desk.id) if "Key moment?" in str(m["embeds"])]

    [card] = await newsroom.fake.wait_for(lambda: cards() or None, 10, "the suggestion")
    [button] = [c for row in card["components"] for c in row["components"]]
    return sid, card, button["custom_id"]


async def test_two_editors_pressing_the_suggestion_at_once_leave_a_card_naming_who_marked_it(newsroom: Newsroom):
    sid, card, button = await suggested(newsroom)
    edna = newsroom.guild.add_member("Edna Editor", roles=[newsroom.editors])
    first, second = await asyncio.gather(
        newsroom.fake.click(newsroom.guild, newsroom.editor, card, button),
        newsroom.fake.click(newsroom.guild, edna, card, button),
    )
    told = {
        name: (await clicked.wait_followups(1))[0]["content"]
        for name, clicked in (("Eddie Editor", first), ("Edna Editor", second))
    }
    [winner] = [name for name, text in told.items() if "is now a key moment" in text]
    titles = [clicked.embeds[0]["title"] for clicked in (first, second)]
    assert titles == [f"#{sid}: key moment, marked by {winner}"] * 2
    assert (
        newsroom.fake.messages.get(int(card["id"]))["embeds"][0]["title"] == f"#{sid}: key moment, marked by {winner}"
    )


async def test_a_retraction_edits_the_suggestion_to_say_so_without_its_button(newsroom: Newsroom):
    sid, card, _ = await suggested(newsroom)
    desk = len(newsroom.fake.channel_messages(newsroom.desk.id))
    await newsroom.ok(newsroom.amy, "sighting retract", id=sid, reason="it was a lookalike")

    def withdrawn() -> dict[str, Any] | None:
        now = newsroom.fake.messages.get(int(card["id"]))
        return now if now is not None and not now.get("components") else None

    edited = await newsroom.fake.wait_for(withdrawn, 10, "the suggestion without its button")
    assert edited["embeds"][0]["title"] == f"#{sid}: retracted since it was offered, not a key moment"
    assert len(newsroom.fake.channel_messages(newsroom.desk.id)) == desk  # edited in place, nothing new posted


async def test_the_suggestion_pressed_before_the_retractions_edit_lands_says_so_politely(newsroom: Newsroom):
    sid, card, button = await suggested(newsroom)
    edit = newsroom.fake.hold(lambda r: r.method == "PATCH" and r.path.endswith(f"/messages/{card['id']}"))
    await newsroom.ok(newsroom.amy, "sighting retract", id=sid, reason="it was a lookalike")
    await newsroom.fake.wait_for(lambda: edit.reached or None, 10, "the retraction's edit of the card on the wire")
    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button)  # it still shows the button
    assert clicked.type == 7 and clicked.components == []
    assert clicked.embeds[0]["title"] == f"#{sid}: retracted since it was offered, not a key moment"
    [told] = await clicked.wait_followups(1)
    assert told["flags"] & 64 and "was retracted, so it is no longer a moment of the night" in told["content"]
    edit.release()

    async def edited() -> bool:
        waiting, failed = await newsroom.services.outbox.backlog(newsroom.guild.id)
        return waiting == 0 and failed == 0

    await eventually(edited, what="the retraction's edit of the card done")
    shown = newsroom.fake.messages.get(int(card["id"]))
    assert shown is not None and not shown.get("components")
    assert shown["embeds"][0]["title"] == f"#{sid}: retracted since it was offered, not a key moment"


async def test_a_line_loses_its_link_once_an_edit_finds_the_moments_feed_message_deleted(newsroom: Newsroom):
    await key_show(newsroom)
    sid = await spot(newsroom, "Ines Achebe sings the encore from the aisle")
    await newsroom.wait_feed(2)
    await newsroom.ok(newsroom.editor, "sighting key", id=sid)
    feed = feed_message_of(newsroom, sid)
    await key_message(newsroom, lambda d: f"/{feed['id']})" in d, "the moment listed with its link")
    moderator = newsroom.guild.add_member("Mo", administrator=True)
    newsroom.fake.delete_message(newsroom.guild, moderator, feed["id"])
    # the bot has no message intent: it learns of the delete when Discord refuses an edit of it (10008)
    await newsroom.ok(newsroom.amy, "sighting edit", id=sid, what="Ines Achebe sings the encore from the front row")
    listed = await key_message(newsroom, lambda d: f"#{sid}" in d and "](" not in d, "the line without its link")
    assert "Ines Achebe sings the encore from the front row" in listed["embeds"][0]["description"]


async def test_the_message_menus_on_a_suggestion_card_are_refused_politely(newsroom: Newsroom):
    sid, card, _ = await suggested(newsroom)
    [button] = [c for row in newsroom.fake.messages.get(int(card["id"]))["components"] for c in row["components"]]
    assert isinstance(button["id"], int)  # Discord numbers a message's components (the spec requires it)
    marked = await newsroom.fake.message_command(newsroom.guild, newsroom.editor, card, "Mark key moment")
    assert marked.ephemeral and "works on the feed's sighting messages only" in marked.content
    posted = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, card, "Post as sighting")
    assert posted.ephemeral and "one of Backstage's own messages" in posted.content
    assert f"#{sid}" not in (await key_message(newsroom))["embeds"][0]["description"]


async def test_the_pin_notice_discord_posts_is_left_alone_and_refused_by_post_as_sighting(newsroom: Newsroom):
    await key_show(newsroom)
    made = await key_message(newsroom)

    def notices() -> list[dict[str, Any]]:
        return [m for m in newsroom.fake.channel_messages(newsroom.feed.id) if m["type"] == 6]

    [notice] = await newsroom.fake.wait_for(lambda: notices() or None, 10, "Discord's pin notice")
    assert notice["message_reference"]["message_id"] == made["id"]
    refused = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, notice, "Post as sighting")
    assert refused.ephemeral and "a message Discord wrote" in refused.content
    sid = await spot(newsroom, "Ines Achebe sings the encore from the aisle")
    await newsroom.ok(newsroom.editor, "sighting key", id=sid)
    await key_message(newsroom, lambda d: f"#{sid}" in d, "the moment listed in the same message")
    assert len(notices()) == 1 and [m["id"] for m in newsroom.fake.pins(newsroom.feed.id)] == [made["id"]]


async def test_show_status_counts_the_live_key_moments_and_those_under_embargo(newsroom: Newsroom):
    await newsroom.open_show(key_moments=True)
    assert "Key moments: **0**\n" in await newsroom.said(newsroom.editor, "show status")
    kept = await spot(newsroom, "Ines Achebe sings the encore from the aisle")
    gone = await spot(newsroom, "Kit Abernathy proposes in the front row")
    held = await spot(newsroom, "Mo Reyes wins Video of the Year", hold_minutes=30)
    await spot(newsroom, "Catering restocks the sliders")  # not a key moment
    for sid in (kept, gone, held):
        await newsroom.ok(newsroom.editor, "sighting key", id=sid)
    await newsroom.ok(newsroom.editor, "sighting retract", id=gone)
    status = await newsroom.said(newsroom.editor, "show status")
    assert "Key moments: **2** (1 under embargo, listed when the embargo ends)\n" in status, status
