"""The feed paces itself by the channel's budget (bot/feed/scheduling.py): sightings that arrive while it is low
are gathered into full messages instead of spending it on half-empty ones, urgent work is never held, and a
steady stream goes out whole, once, without a 429. Through the real discord.py client and the fake Discord.

The bot runs with no linger at all, so that whatever holds a sighting is the budget; where a test needs the budget
to stay low while it acts, the fake's channel allows 5 requests per 20 s (an even step of 4 s), so that what the
bot holds and what it sends does not depend on how fast this machine is."""

from __future__ import annotations

import asyncio
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom
from tests.e2e.test_feed_discord_failures import edits_of, posts_to, spot
from tests.faults.helpers import feed_ids, posted_id, repeated

SLOW_CHANNEL = (5, 20.0)


def sizes(fake: FakeDiscord, channel_id: int) -> list[int]:
    return [len(m.get("embeds") or []) for m in fake.channel_messages(channel_id)]


async def test_sightings_arriving_while_the_budget_is_low_fill_messages_instead_of_spending_it_half_empty(
    tmp_path: Path,
) -> None:
    async with FakeDiscord(channel_limit=SLOW_CHANNEL) as fake:
        room = Newsroom(fake, tmp_path / "low.db", BACKSTAGE_FEED_LINGER_MS=0)
        await room.start()
        try:
            await room.open_show()
            await spot(room, "A lone guest waves from the balcony")
            await room.wait_feed(1)  # a fresh window: the lone sighting went at once
            first = [await spot(room, f"Early arrival {i} at the red carpet") for i in range(3)]
            reporters = [room.guild.add_member(f"Reporter {i}", roles=[room.reporters]) for i in range(11)]
            rush = await asyncio.gather(
                *(room.slash(reporters[i % 11], "spot", what=f"Rush moment {i} by the press pit") for i in range(22))
            )
            ids = {1, *first, *(i for r in rush if (i := posted_id(r)) is not None)}
            assert len(ids) == 26
            await room.wait_feed(26, timeout=30)
        finally:
            await room.stop()
        # the three early ones were held, not sent alone: the rush joined them in full messages
        assert sizes(fake, room.feed.id) == [1, 10, 10, 5]
        shown = feed_ids(fake, room.feed.id)
        assert repeated(shown) == {} and set(shown) == ids
        assert fake.count_429 == 0
        fake.assert_clean()


async def test_a_retraction_goes_at_once_while_new_posts_are_held_for_the_budget(tmp_path: Path) -> None:
    async with FakeDiscord(channel_limit=SLOW_CHANNEL) as fake:
        room = Newsroom(fake, tmp_path / "retract.db", BACKSTAGE_FEED_LINGER_MS=0)
        await room.start()
        try:
            await room.open_show()
            early = await spot(room, "Adele tunes a borrowed guitar in the corridor")
            await room.wait_feed(1)
            later = [await spot(room, f"Guest {i} arrives in a silver coat") for i in range(2)]
            await room.slash(room.editor, "sighting retract", id=early, reason="It was a rehearsal")

            def all_shown() -> bool | None:
                embeds = room.feed_embeds()
                return (len(embeds) == 3 and "Retracted" in str(embeds[0])) or None

            await fake.wait_for(all_shown, 30, "the retraction and both new sightings in the feed")
        finally:
            await room.stop()
        [retraction] = [r for r in edits_of(fake, room.feed.id) if "Retracted" in str(r.json)]
        [first, held] = [r for r in posts_to(fake, room.feed.id) if r.status == 200]
        assert first.time < retraction.time < held.time, "the retraction waited behind the held posts"
        assert sizes(fake, room.feed.id) == [1, 2]  # the two new sightings went together
        assert sorted(feed_ids(fake, room.feed.id)) == sorted([early, *later])
        fake.assert_clean()


async def test_a_steady_stream_goes_out_one_message_per_wave_each_sighting_once_and_without_a_429(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """Discord's own limit (5 per 5 s): five waves of three sightings, one after another, each wave dispatched
    once the previous one is in the feed; they cross a window's reset."""
    room = Newsroom(fake, tmp_path / "steady.db", BACKSTAGE_FEED_LINGER_MS=0)
    await room.start()
    try:
        await room.open_show()
        await spot(room, "A lone guest waves from the balcony")
        await room.wait_feed(1)
        ids = {1}
        for wave in range(5):
            ids |= {await spot(room, f"Wave {wave}, moment {i} by the stage door") for i in range(3)}
            await room.wait_feed(len(ids), timeout=15)
    finally:
        await room.stop()
    assert len(ids) == 16
    assert sizes(fake, room.feed.id) == [1, 3, 3, 3, 3, 3]  # a wave is never split
    shown = feed_ids(fake, room.feed.id)
    assert repeated(shown) == {} and set(shown) == ids
    assert fake.count_429 == 0
    fake.assert_clean()
