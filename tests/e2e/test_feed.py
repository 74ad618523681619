"""The feed under load and across restarts, and reactions as votes."""

import asyncio
import re
import sys

import pytest

from backstage_testing.pytest_plugin import Newsroom, eventually


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


def footer_ids(embeds):
    return [int(re.match(r"#(\d+)", e["footer"]["text"]).group(1)) for e in embeds]


async def test_each_distinct_user_reaction_is_one_vote(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="Gaga lit a cigarette for Adele")
    await newsroom.wait_feed(1)
    message = newsroom.fake.channel_messages(newsroom.feed.id)[0]
    fake, guild, feed = newsroom.fake, newsroom.guild, newsroom.feed

    async def votes():
        return (await newsroom.services.newsroom.get(guild.id, 1)).votes

    await fake.react(guild, newsroom.fan, feed, message["id"], "🔥")
    await fake.react(guild, newsroom.fan, feed, message["id"], "😂")  # same person, second emoji: still one vote
    await fake.react(guild, newsroom.ben, feed, message["id"], "🔥")
    await eventually(lambda: _equals(votes(), 2), what="2 votes")
    await fake.unreact(guild, newsroom.ben, feed, message["id"], "🔥")
    await eventually(lambda: _equals(votes(), 1), what="1 vote after removal")


async def test_votes_survive_a_restart_and_count_on_uncached_messages(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="Adele sang in the corridor")
    await newsroom.wait_feed(1)
    message = newsroom.fake.channel_messages(newsroom.feed.id)[0]
    await newsroom.restart()
    await newsroom.fake.react(newsroom.guild, newsroom.fan, newsroom.feed, message["id"], "🔥")

    async def votes():
        return (await newsroom.services.newsroom.get(newsroom.guild.id, 1)).votes

    await eventually(lambda: _equals(votes(), 1), what="the vote after restart")


async def test_a_moderators_bulk_clear_takes_those_votes_back_and_bots_never_vote(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="Gaga lit a cigarette for Adele")
    await newsroom.wait_feed(1)
    message = newsroom.fake.channel_messages(newsroom.feed.id)[0]
    fake, guild, feed = newsroom.fake, newsroom.guild, newsroom.feed
    helper = guild.add_member("Helper Bot", bot=True)

    async def votes():
        return (await newsroom.services.newsroom.get(guild.id, 1)).votes

    async def voters():
        assert newsroom.db is not None
        rows = await newsroom.db.fetchall("SELECT user_id FROM reactions WHERE message_id = ?", (int(message["id"]),))
        return {r[0] for r in rows}

    await fake.react(guild, helper, feed, message["id"], "🔥")  # a bot's reaction is not a vote
    await fake.react(guild, newsroom.fan, feed, message["id"], "🔥")
    await fake.react(guild, newsroom.ben, feed, message["id"], "😂")
    # the reactions are written in the order they came: once Fran's and Ben's are in, the bot's was handled
    assert await eventually(lambda: _equals(voters(), {newsroom.fan.id, newsroom.ben.id}), what="two voters")
    assert await votes() == 2
    await fake.clear_reactions(guild, feed, message["id"], "🔥")  # MESSAGE_REACTION_REMOVE_EMOJI
    await eventually(lambda: _equals(votes(), 1), what="Fran's 🔥 cleared, Ben's 😂 kept")
    await fake.react(guild, newsroom.fan, feed, message["id"], "😂")
    await eventually(lambda: _equals(votes(), 2), what="Fran votes again")
    await fake.clear_reactions(guild, feed, message["id"])  # MESSAGE_REACTION_REMOVE_ALL
    await eventually(lambda: _equals(votes(), 0), what="every vote cleared")


async def _equals(value, expected):
    return (await value) == expected


async def test_a_burst_of_100_sightings_is_coalesced_without_a_429(fake, tmp_path):
    newsroom = Newsroom(fake, tmp_path / "burst.db", BACKSTAGE_FEED_LINGER_MS=250)  # the production default
    await newsroom.start()
    try:
        await _burst(newsroom)
    finally:
        await newsroom.stop()
    fake.assert_clean()


async def _burst(newsroom: Newsroom):
    await newsroom.open_show()
    reporters = [newsroom.guild.add_member(f"Reporter {i}", roles=[newsroom.reporters]) for i in range(20)]
    loop = asyncio.get_running_loop()
    started = loop.time()
    results = await asyncio.gather(
        *(
            newsroom.slash(
                reporters[i % 20],
                "spot",
                what=f"Moment {i}: a winner walks past the press room",
                where="Press room",
            )
            for i in range(100)
        )
    )
    assert all(r.ephemeral and "Posted" in r.content for r in results)
    embeds = await newsroom.wait_feed(100, timeout=60)
    elapsed = loop.time() - started
    messages = newsroom.fake.channel_messages(newsroom.feed.id)
    assert newsroom.fake.count_429 == 0
    assert sorted(footer_ids(embeds)) == list(range(1, 101))  # every sighting, exactly once
    assert all(len(m["embeds"]) <= 10 for m in messages)
    # 100 single-embed messages would take ~100 s at 5 per 5 s; coalesced, 10 full messages are the floor
    assert len(messages) <= 12, [len(m["embeds"]) for m in messages]
    print(
        f"\nburst: 100 sightings in the feed after {elapsed:.2f} s in {len(messages)} messages "
        f"{[len(m['embeds']) for m in messages]}",
        file=sys.stderr,
    )


async def test_pending_outbox_is_published_after_a_restart_exactly_once(fake, tmp_path):
    from backstage_testing.pytest_plugin import Newsroom

    room = Newsroom(fake, tmp_path / "b.db", BACKSTAGE_FEED_LINGER_MS=5000)  # the bot stops before it publishes
    await room.start()
    try:
        await room.open_show()
        for i in range(3):
            await room.slash(room.amy, "spot", what=f"Sighting {i} before the crash")
        assert room.feed_embeds() == []
        await room.stop()
        room.settings = room.settings.model_copy(update={"feed_linger_ms": 50})
        await room.start()
        embeds = await room.wait_feed(3)
        assert footer_ids(embeds) == [1, 2, 3]
        await room.slash(room.amy, "spot", what="After the restart")
        embeds = await room.wait_feed(4)
        assert footer_ids(embeds) == [1, 2, 3, 4]
    finally:
        await room.stop()
    fake.assert_clean()


async def test_discord_outage_delays_but_loses_nothing(newsroom: Newsroom):
    await newsroom.open_show()
    newsroom.fake.outage(status=503)
    for i in range(3):
        result = await newsroom.slash(newsroom.amy, "spot", what=f"During the outage {i}")
        assert "Posted" in result.content  # the correspondent is answered whatever Discord's feed does
    await newsroom.fake.wait_for(
        lambda: any(r.status == 503 for r in newsroom.fake.requests), 10, "a refused feed post"
    )
    newsroom.fake.restore()
    newsroom.services.feed_wakeup.set()
    embeds = await newsroom.wait_feed(3, timeout=30)
    assert sorted(footer_ids(embeds)) == [1, 2, 3]
