"""R1: Discord's API fails for the feed while a whole newsroom is posting.

The fake answers every feed post with 503 for 20 s (discord.py does not retry a 503 itself, so the bot's
outbox must), then with 429 + `retry_after` for 10 s more. Meanwhile 50 correspondents post 1,000
sightings. Each of them must be confirmed at once (the interaction callback is not part of the outage),
stored, and shown in the feed exactly once when Discord is back, without anyone waking the publisher:
a real bot has nobody to do that, so its scheduled retries must be enough.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord, FakeMember, InteractionResult, RecordedRequest
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.faults.helpers import FAST_CHANNEL, feed_ids, nonce_clashes, posted_id, repeated, wait_feed_covers

CORRESPONDENTS = 50
PER_CORRESPONDENT = 20
OUTAGE_503_S = 20.0
OUTAGE_429_S = 10.0
RETRY_AFTER_S = 1.5


@dataclass
class Timeline:
    """What the feed channel's POSTs met, in seconds from the start of the outage."""

    refused_503: int
    refused_429: int
    first_success: float | None
    last_failure: float | None


def feed_posts(requests: list[RecordedRequest], channel_id: int) -> list[RecordedRequest]:
    path = f"/channels/{channel_id}/messages"
    return [r for r in requests if r.method == "POST" and r.path == path]


def timeline(requests: list[RecordedRequest], channel_id: int, t0: float) -> Timeline:
    posts = feed_posts(requests, channel_id)
    ok = [r.time - t0 for r in posts if 200 <= r.status < 300]
    failed = [r.time - t0 for r in posts if r.status >= 400]
    return Timeline(
        refused_503=sum(r.status == 503 for r in posts),
        refused_429=sum(r.status == 429 for r in posts),
        first_success=min(ok) if ok else None,
        last_failure=max(failed) if failed else None,
    )


async def post_all(room: Newsroom, reporters: list[FakeMember]) -> list[tuple[str, InteractionResult]]:
    """Every correspondent posts their sightings one after another, all correspondents at once."""

    async def one_reporter(index: int, member: FakeMember) -> list[tuple[str, InteractionResult]]:
        done = []
        for n in range(PER_CORRESPONDENT):
            what = f"Correspondent {index} sighting {n}: a winner slips out through the loading dock"
            done.append((what, await room.slash(member, "spot", what=what, where=f"Door {index}")))
        return done

    batches = await asyncio.gather(*(one_reporter(i, m) for i, m in enumerate(reporters)))
    return [item for batch in batches for item in batch]


async def test_a_30_s_discord_outage_during_1000_sightings_loses_nothing_and_posts_nothing_twice(
    tmp_path: Path,
) -> None:
    async with FakeDiscord(channel_limit=FAST_CHANNEL) as fake:
        room = Newsroom(fake, tmp_path / "outage.db", BACKSTAGE_FEED_LINGER_MS=250)  # the production linger
        await room.start()
        try:
            await _outage_scenario(room, fake)
        finally:
            await room.stop()
        fake.assert_clean()


async def _outage_scenario(room: Newsroom, fake: FakeDiscord) -> None:
    await room.open_show()
    reporters = [room.guild.add_member(f"Correspondent {i}", roles=[room.reporters]) for i in range(CORRESPONDENTS)]
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    cpu0 = time.process_time()
    fake.outage(status=503, seconds=OUTAGE_503_S)
    # the fault schedule itself (not a wait): at 20 s the 503s turn into 429s for 10 s
    phase_two = loop.call_later(OUTAGE_503_S, fake.outage_429, RETRY_AFTER_S, OUTAGE_429_S)
    try:
        posted = await post_all(room, reporters)
        posting_took = loop.time() - t0

        # every correspondent was answered at once, ephemerally, with the id of their own sighting
        unconfirmed = [what for what, r in posted if not (r.ephemeral and posted_id(r) is not None)]
        assert unconfirmed == [], f"{len(unconfirmed)} not confirmed, e.g. {unconfirmed[:3]}"
        ids = {sighting_id for _, r in posted if (sighting_id := posted_id(r)) is not None}
        assert len(ids) == CORRESPONDENTS * PER_CORRESPONDENT, "two confirmations named the same sighting"
        slowest = max(r.elapsed or 0.0 for _, r in posted)
        assert slowest < 3.0, f"a confirmation took {slowest:.2f} s: Discord would have failed the interaction"

        # all of them are stored, and the desk sees them waiting for the feed
        status = (await (await room.ok(room.editor, "show status")).final())["content"]
        assert f"Sightings: **{len(ids)}**" in status, status
        in_feed_during_outage = len(feed_ids(fake, room.feed.id))
        assert loop.time() - t0 < OUTAGE_503_S, "posting took longer than the 503 phase; the test proves less"
        assert in_feed_during_outage == 0

        # nobody wakes the publisher: its own scheduled retries must bring the feed back
        await wait_feed_covers(fake, room.feed.id, ids, timeout=55.0)
        drained_at = loop.time() - t0
    finally:
        phase_two.cancel()
        fake.restore()
    cpu = time.process_time() - cpu0

    async def backlog_cleared() -> bool:  # the last message is recorded a moment after Discord has it
        status = await room.ok(room.editor, "show status")
        return "waiting to be published" not in (await status.final())["content"]

    await eventually(backlog_cleared, timeout=10, what="/show status to show no feed backlog")
    shown = feed_ids(fake, room.feed.id)
    assert repeated(shown) == {}, f"sightings shown twice: {repeated(shown)}"
    assert sorted(shown) == sorted(ids)
    assert nonce_clashes(fake, room.feed.id) == {}
    assert fake.count_429 == 0, "after the outage the bot ran into Discord's own rate limit"

    seen = timeline(fake.requests, room.feed.id, t0)
    outage_end = OUTAGE_503_S + OUTAGE_429_S
    assert seen.refused_503 > 0
    assert seen.first_success is not None and seen.first_success >= OUTAGE_503_S
    messages = fake.channel_messages(room.feed.id)
    print(
        f"\nR1 outage: {len(ids)} sightings confirmed in {posting_took:.1f} s (slowest {slowest * 1000:.0f} ms); "
        f"feed POSTs refused: {seen.refused_503}x503, {seen.refused_429}x429 (last at {seen.last_failure:.1f} s); "
        f"first feed message at {seen.first_success:.1f} s ({seen.first_success - outage_end:+.1f} s after the "
        f"outage ended); all {len(shown)} shown at {drained_at:.1f} s in {len(messages)} messages; "
        f"process CPU {cpu:.1f} s over {drained_at:.1f} s",
        file=sys.stderr,
    )


async def test_the_bot_stays_idle_while_it_waits_to_retry_the_feed(newsroom: Newsroom) -> None:
    fake = newsroom.fake
    await newsroom.open_show()
    fake.outage(status=503)  # until restore()
    for n in range(15):
        result = await newsroom.slash(newsroom.amy, "spot", what=f"During the outage, moment {n}")
        assert posted_id(result) is not None

    def failures() -> int:
        return sum(r.status == 503 for r in feed_posts(fake.requests, newsroom.feed.id))

    # the first attempt fails, the retry 1 s later fails; the next retry is 2 s away: the bot should rest
    await fake.wait_for(lambda: failures() >= 2, 10, "the first retry to fail")
    wall0, cpu0 = asyncio.get_running_loop().time(), time.process_time()
    await fake.wait_for(lambda: failures() >= 3, 10, "the second retry to fail")
    wall, cpu = asyncio.get_running_loop().time() - wall0, time.process_time() - cpu0
    fake.restore()
    shown = await wait_feed_covers(fake, newsroom.feed.id, set(range(1, 16)), timeout=20)
    assert repeated(shown) == {}
    print(f"\nwaiting {wall:.2f} s for a retry cost {cpu:.2f} s of CPU", file=sys.stderr)
    assert cpu < 0.25 * wall, f"{cpu:.2f} s of CPU in {wall:.2f} s of waiting for a retry: a busy loop"


async def test_a_10_s_storm_of_429s_is_waited_out_and_each_sighting_is_shown_once(newsroom: Newsroom) -> None:
    """The 429 phase on its own: discord.py sleeps `retry_after` and tries again (5 tries), then the
    publisher's own retry takes over; the feed resumes once Discord stops refusing, with no duplicate."""
    fake = newsroom.fake
    await newsroom.open_show()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fake.outage_429(retry_after=RETRY_AFTER_S, seconds=OUTAGE_429_S)
    try:
        results = [
            await newsroom.slash(member, "spot", what=f"{member.name}'s moment {n} in the rain")
            for n in range(15)
            for member in (newsroom.amy, newsroom.ben)
        ]
        ids = {sighting_id for r in results if (sighting_id := posted_id(r)) is not None}
        assert len(ids) == len(results) == 30
        shown = await wait_feed_covers(fake, newsroom.feed.id, ids, timeout=40.0)
    finally:
        fake.restore()
    seen = timeline(fake.requests, newsroom.feed.id, t0)
    assert repeated(shown) == {} and sorted(shown) == sorted(ids)
    assert nonce_clashes(fake, newsroom.feed.id) == {}
    assert seen.refused_429 > 0 and seen.first_success is not None and seen.first_success >= OUTAGE_429_S
    print(
        f"\nR1 429 storm: {seen.refused_429} feed POSTs refused with 429; first feed message at "
        f"{seen.first_success:.1f} s ({seen.first_success - OUTAGE_429_S:+.1f} s after the storm)",
        file=sys.stderr,
    )
