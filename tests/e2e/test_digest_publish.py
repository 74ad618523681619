"""Issue 10 items 4, 5 and 7 through the real client: one digest per show, published once (a second publish,
`again:true`, two editors at once, a double click), unpublish, crossposts in announcement channels within
Discord's limit, Publish posts what the editor saw, and a channel the bot cannot post in is named."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from backstage_testing.fakediscord import FakeChannel
from backstage_testing.fakediscord.messages import CROSSPOSTED, IS_CROSSPOST
from backstage_testing.fakediscord.permissions import GUILD_ANNOUNCEMENT, SEND_MESSAGES
from backstage_testing.pytest_plugin import Newsroom
from tests.e2e.test_digest import night
from tests.faults.helpers import read_rows


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


JSON = dict[str, Any]


def digest_messages(room: Newsroom, channel: FakeChannel | None = None) -> list[JSON]:
    """The digest's messages in a channel (the feed's carry the nonce `backstage-N`, the digest's `digest-E-P`)."""
    messages = room.fake.channel_messages((channel or room.feed).id)
    return [m for m in messages if str(m.get("nonce") or "").startswith("digest-")]


def editions(messages: list[JSON]) -> set[str]:
    return {str(m["nonce"]).split("-")[1] for m in messages}


def link(room: Newsroom, message: JSON) -> str:
    return f"https://discord.com/channels/{room.guild.id}/{message['channel_id']}/{message['id']}"


def text_of(messages: list[JSON]) -> str:
    return json.dumps([m["embeds"] for m in messages], ensure_ascii=False)


async def publish(room: Newsroom, member: Any = None, **values: Any) -> str:
    """What the editor is finally told (30 s allowed: a test process's first compile starts the worker, which
    takes more than 10 s on a loaded machine)."""
    result = await room.slash(member or room.editor, "digest publish", **values)
    return str((await result.final(30))["content"])


def publish_button(message: JSON) -> str:
    return next(c["custom_id"] for row in message["components"] for c in row["components"] if c["label"] == "Publish")


async def test_a_second_publish_answers_with_the_link_of_the_first_and_posts_nothing(newsroom: Newsroom):
    await night(newsroom)
    first = await publish(newsroom)
    posted = digest_messages(newsroom)
    assert first.startswith("Published edition 1 of the digest") and posted
    assert all(link(newsroom, m) in first for m in posted)

    second = await publish(newsroom, count=3)

    assert "is already published: edition 1, by Eddie Editor" in second and "Nothing more was posted" in second
    assert all(link(newsroom, m) in second for m in posted)
    assert digest_messages(newsroom) == posted


async def test_again_true_posts_a_new_edition_beside_the_first(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    first = digest_messages(newsroom)
    await newsroom.slash(newsroom.editor, "digest pin", id=3, headline="The Ringtone Duet")

    reply = await publish(newsroom, again=True)

    assert reply.startswith("Published edition 2 of the digest")
    now = digest_messages(newsroom)
    assert now[: len(first)] == first and len(editions(now)) == 2
    assert "The Ringtone Duet" in text_of(now[len(first) :]) and "The Ringtone Duet" not in text_of(first)


async def test_again_true_makes_no_edition_when_nothing_changed_nor_twice_when_sent_twice_at_once(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    unchanged = await publish(newsroom, again=True)
    assert "Edition 1 of **2031 Music Video Awards** already shows exactly this digest" in unchanged
    assert "Nothing was posted" in unchanged and len(editions(digest_messages(newsroom))) == 1
    await newsroom.slash(newsroom.editor, "digest pin", id=3, headline="The Ringtone Duet")

    replies = await asyncio.gather(
        publish(newsroom, newsroom.editor, again=True), publish(newsroom, newsroom.admin, again=True)
    )

    assert len(editions(digest_messages(newsroom))) == 2
    assert sorted(r.split(" of ")[0] for r in replies) == ["Edition 2", "Published edition 2"]


async def test_two_editors_publishing_at_once_make_one_digest(newsroom: Newsroom):
    await night(newsroom)

    replies = await asyncio.gather(publish(newsroom, newsroom.editor), publish(newsroom, newsroom.admin))

    posted = digest_messages(newsroom)
    assert len(editions(posted)) == 1 and len(posted) == 1
    assert sum(r.startswith("Published edition 1") for r in replies) == 1
    assert sum("is already published: edition 1" in r for r in replies) == 1
    assert all(link(newsroom, posted[0]) in r for r in replies)


async def test_a_double_click_on_publish_makes_one_digest(newsroom: Newsroom):
    await night(newsroom)
    preview = await (await newsroom.slash(newsroom.editor, "digest preview")).final()
    button = publish_button(preview)

    clicks = await asyncio.gather(
        newsroom.fake.click(newsroom.guild, newsroom.editor, preview, button),
        newsroom.fake.click(newsroom.guild, newsroom.editor, preview, button),
    )
    replies = [str((await c.wait_followups(1))[0]["content"]) for c in clicks]

    posted = digest_messages(newsroom)
    assert len(posted) == 1
    assert sum(r.startswith("Published edition 1") for r in replies) == 1
    assert sum("is already published: edition 1" in r for r in replies) == 1


async def test_unpublish_deletes_the_digest_and_the_next_publish_is_edition_2(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    posted = digest_messages(newsroom)
    refused = await newsroom.slash(newsroom.amy, "digest unpublish")
    assert "Only editors" in str((await refused.final())["content"])

    result = await newsroom.slash(newsroom.editor, "digest unpublish")
    reply = str((await result.final())["content"])

    assert reply == (
        f"Unpublished the digest of **2031 Music Video Awards**: edition 1 ({len(posted)} message"
        f"{'s' if len(posted) > 1 else ''} deleted in <#{newsroom.feed.id}>)."
    )
    assert digest_messages(newsroom) == []
    again = await newsroom.slash(newsroom.editor, "digest unpublish")
    assert "has no published digest to take down" in str((await again.final())["content"])
    assert (await publish(newsroom)).startswith("Published edition 2")


async def test_in_an_announcement_channel_the_digest_is_crossposted_to_following_servers(newsroom: Newsroom):
    await night(newsroom)
    news = newsroom.guild.add_channel("vma-news", type=GUILD_ANNOUNCEMENT)
    fan_club = newsroom.fake.add_guild("Fan Club").add_channel("from-the-vmas")
    newsroom.fake.follow(news, fan_club)

    reply = await publish(newsroom, options={"channel": news})

    posted = digest_messages(newsroom, news)
    copies = newsroom.fake.channel_messages(fan_club.id)
    assert f"Crossposted to the servers that follow <#{news.id}>." in reply
    assert posted and all(m["flags"] & CROSSPOSTED for m in posted)
    assert [c["embeds"] for c in copies] == [m["embeds"] for m in posted]
    assert all(c["flags"] & IS_CROSSPOST and c["message_reference"]["channel_id"] == str(news.id) for c in copies)


async def test_crossposts_keep_within_discords_limit_of_ten_an_hour(newsroom: Newsroom):
    await night(newsroom)
    news = newsroom.guild.add_channel("vma-news", type=GUILD_ANNOUNCEMENT)
    replies = []
    for take in range(11):  # eleven one-message editions, each with a new headline
        await newsroom.slash(newsroom.editor, "digest pin", id=4, headline=f"The Cast, Take {take + 1}")
        replies.append(await publish(newsroom, again=True, options={"channel": news}))

    crossposts = [r for r in newsroom.fake.requests if r.path.endswith("/crosspost")]
    assert len(crossposts) == 10 and newsroom.fake.count_429 == 0
    assert all("Crossposted to the servers that follow" in r for r in replies[:10])
    assert "Discord lets a channel crosspost about 10 messages an hour: 1 of its messages will be" in replies[10]
    assert "<t:" in replies[10]


async def test_a_crosspost_discord_refuses_for_its_hourly_limit_is_scheduled_for_when_it_allows(newsroom: Newsroom):
    await night(newsroom)
    news = newsroom.guild.add_channel("vma-news", type=GUILD_ANNOUNCEMENT)
    newsroom.fake.crosspost_limit = (0, 3600.0)  # the hour's crossposts were all used by hand before

    reply = await publish(newsroom, options={"channel": news})

    assert reply.startswith("Published edition 1") and "1 of its messages will be crossposted" in reply
    assert newsroom.fake.count_429 == 1  # asked once, told to wait: no retry until the hour allows
    ((due, sent),) = read_rows(newsroom.db_path, "SELECT crosspost_after, sent_at FROM digest_messages")
    wait = datetime.fromisoformat(due) - datetime.fromisoformat(sent)
    assert timedelta(minutes=59) < wait <= timedelta(hours=1, seconds=5)


async def test_publishing_where_the_bot_cannot_post_names_the_missing_permission(newsroom: Newsroom):
    await night(newsroom)
    locked = newsroom.guild.add_channel("locked", deny_bot=SEND_MESSAGES)

    reply = await publish(newsroom, options={"channel": locked})

    assert reply == (
        f"I can't post the digest in <#{locked.id}>: I am missing **Send Messages** there; give Backstage that "
        f"permission in the channel's settings (Permissions), or pick another channel. Nothing was posted."
    )
    assert not [r for r in newsroom.fake.requests if r.method == "POST" and r.path.startswith(f"/channels/{locked.id}")]


async def test_a_refusal_discord_gives_anyway_stops_the_edition_and_says_so(newsroom: Newsroom):
    await night(newsroom)
    locked = newsroom.guild.add_channel("locked")
    wire = newsroom.fake.hold(lambda r: r.method == "POST" and r.path == f"/channels/{locked.id}/messages")
    publishing = asyncio.create_task(publish(newsroom, options={"channel": locked}))
    await newsroom.fake.wait_for(lambda: wire.reached, 20, "the digest's first message on the wire")
    # taken away after the check passed, without a CHANNEL_UPDATE: the bot's cache still says it can, so
    # only Discord's answer tells
    newsroom.guild.deny_bot(locked, SEND_MESSAGES, announce=False)
    wire.release()
    reply = await publishing

    assert "Edition 1 of the digest of **2031 Music Video Awards** was not published: Discord refused" in reply, reply
    assert "in full" not in reply, reply
    assert "Discord refused the digest" in reply and "50013" in reply and "Nothing was posted" in reply
    newsroom.guild.deny_bot(locked, 0, announce=False)
    # readers never saw edition 1: the first edition they see is edition 1, for the editor and the desk alike
    assert (await publish(newsroom, options={"channel": locked})).startswith("Published edition 1")
    (number,) = read_rows(newsroom.db_path, "SELECT number FROM digest_editions WHERE halted IS NOT NULL")
    assert number[0] < 0  # the refused one is kept, numbered apart


async def test_publish_shows_what_changed_since_the_preview_instead_of_posting(newsroom: Newsroom):
    await night(newsroom)
    preview = await (await newsroom.slash(newsroom.editor, "digest preview")).final()
    assert "cast" in text_of([preview])
    await newsroom.slash(newsroom.ben, "sighting retract", id=4, reason="It was a different fan")

    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, preview, publish_button(preview))
    await newsroom.fake.wait_for(lambda: clicked.edits, 10, "the preview to be updated")

    updated = newsroom.fake.message(preview["id"])
    assert updated is not None
    assert "**The digest changed since this preview, so nothing was posted**: #4 was retracted" in updated["content"]
    assert "cast" not in text_of([updated])  # the new preview, without it
    assert digest_messages(newsroom) == []

    again = await newsroom.fake.click(newsroom.guild, newsroom.editor, updated, publish_button(updated))
    assert str((await again.wait_followups(1))[0]["content"]).startswith("Published edition 1")
    assert digest_messages(newsroom) and "cast" not in text_of(digest_messages(newsroom))
    published = newsroom.fake.message(preview["id"])
    assert published is not None and "nothing was posted" not in published["content"], published["content"]


async def test_a_sighting_retracted_while_the_digest_is_posted_never_reaches_the_channel(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.long_night()
    hold = newsroom.fake.hold(lambda r: isinstance(r.json, dict) and r.json.get("nonce") == "digest-1-0")
    publishing = asyncio.create_task(publish(newsroom, count=8, options={"channel": newsroom.lobby}))
    await newsroom.fake.wait_for(lambda: hold.reached, 20, "the digest's first message on the wire")
    (second,) = read_rows(newsroom.db_path, "SELECT sighting_ids FROM digest_messages WHERE position = 1")
    pulled = json.loads(second[0])[0]
    text = (await newsroom.slash(newsroom.editor, "sighting retract", id=pulled)).content
    assert text is not None and "Retracted" in text, text
    hold.release()

    reply = await publishing

    assert f"#{pulled} was retracted after the digest was compiled, so it was not posted" in reply
    assert "1 of its 2 messages was posted" in reply and "`/digest unpublish` takes them down" in reply
    posted = digest_messages(newsroom, newsroom.lobby)
    assert len(posted) == 1
    what = read_rows(newsroom.db_path, "SELECT what FROM sightings WHERE id = ?", (pulled,))[0][0]
    assert what[:40] not in text_of(posted)


async def test_a_publish_discord_does_not_answer_is_retried_and_the_desk_told_when_done(newsroom: Newsroom):
    await night(newsroom)
    newsroom.fake.outage(503)  # channel messages answer 503 until restored

    reply = await publish(newsroom, options={"channel": newsroom.lobby})

    assert "is recorded and being posted" in reply and "Discord is not answering right now" in reply
    assert digest_messages(newsroom, newsroom.lobby) == []
    newsroom.fake.restore()

    def told() -> list[str]:
        return [m["content"] for m in newsroom.fake.channel_messages(newsroom.desk.id) if "in full" in m["content"]]

    (notice,) = await newsroom.fake.wait_for(told, 20, "the desk to be told")
    posted = digest_messages(newsroom, newsroom.lobby)
    assert len(posted) == 1 and link(newsroom, posted[0]) in notice
    assert notice.startswith("Edition 1 of the digest of **2031 Music Video Awards** is now published in full")


async def test_an_edition_unpublished_while_it_is_posted_is_said_to_be_unpublished_not_retried(newsroom: Newsroom):
    await night(newsroom)
    hold = newsroom.fake.hold(lambda r: isinstance(r.json, dict) and str(r.json.get("nonce")) == "digest-1-0")
    first = await newsroom.slash(newsroom.editor, "digest publish")
    await newsroom.fake.wait_for(lambda: hold.reached, 20, "the digest's first message on the wire")

    unpublish = await newsroom.slash(newsroom.admin, "digest unpublish")
    await newsroom.fake.wait_for(
        lambda: read_rows(newsroom.db_path, "SELECT unpublished_at FROM digest_editions")[0][0], 10, "unpublished"
    )
    hold.release()
    reply = str((await first.final())["content"])
    assert "Unpublished the digest" in str((await unpublish.final())["content"])

    assert "Edition 1 of the digest of **2031 Music Video Awards** was unpublished by" in reply, reply
    assert "while it was being posted" in reply and "keeps trying" not in reply
    await newsroom.fake.wait_for(lambda: not digest_messages(newsroom), 10, "the posted message taken down")


async def test_retracting_a_sighting_the_published_digest_tells_says_so_and_tells_the_desk(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    told = text_of(digest_messages(newsroom))
    assert "cigarette" in told  # the digest tells Amy's first sighting (#1, the cigarette)
    desk_before = len(newsroom.fake.channel_messages(newsroom.desk.id))

    result = await newsroom.slash(newsroom.amy, "sighting retract", id=1, reason="wrong night")
    answer = str((await result.final())["content"])

    assert "Retracted **#1**" in answer and "The published digest (edition 1) still tells it" in answer, answer
    assert "the desk is being told" in answer, answer  # (told after the answer: break30 B10)

    def notices() -> list[dict[str, Any]] | None:
        return [
            m
            for m in newsroom.fake.channel_messages(newsroom.desk.id)[desk_before:]
            if "**#1** was retracted, but the published digest" in str(m.get("content"))
            and "again:true" in str(m["content"])
        ] or None

    await newsroom.fake.wait_for(notices, 10, "the desk's notice")


async def test_a_retraction_the_desk_cannot_be_told_of_reaches_the_editor_who_opened_the_show_by_dm(
    newsroom: Newsroom,
):
    await night(newsroom)
    await publish(newsroom)
    newsroom.guild.deny_bot(newsroom.desk, SEND_MESSAGES)  # the desk refuses: 50013 Missing Permissions

    result = await newsroom.slash(newsroom.amy, "sighting retract", id=1, reason="wrong night")
    answer = str((await result.final())["content"])

    assert "still tells it: the desk is being told" in answer, answer
    followups = await result.wait_followups(2 if result.type == 5 else 1, timeout=10)
    second = str(followups[-1]["content"])
    assert second.startswith(
        "The desk could not be told that the published digest (edition 1) still tells it; the "
        "editor who opened the show was told by direct message instead."
    ), second

    def dm_messages() -> list[dict[str, Any]] | None:
        dm = newsroom.fake.dm_channel(newsroom.editor.id)
        return newsroom.fake.channel_messages(dm.id) if dm else None

    messages = await newsroom.fake.wait_for(dm_messages, 10, "a DM to the editor who opened the show")
    assert any("**#1** was retracted, but the published digest" in str(m.get("content")) for m in messages), messages


async def test_retracting_a_sighting_no_published_digest_tells_says_only_that_it_stays_out(newsroom: Newsroom):
    await night(newsroom)
    await publish(newsroom)
    result = await newsroom.slash(newsroom.amy, "sighting retract", id=5)  # (the sliders: in no item)
    answer = str((await result.final())["content"])
    assert answer.endswith("it stays out of the digest."), answer
