"""A process holding a feed channel's lease that stops answering (SIGSTOP: a stuck event loop, a paused container,
a host gone without closing its connections) frees the channel within about LEASE_IDLE s: the server ends its
lease session (`idle_session_timeout`, db/coordination.py) and another process carries on the feed, in order, each
sighting once; woken, the frozen process finds its lease gone and posts nothing twice."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

import asyncpg

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom, eventually
from db.coordination import LEASE_IDLE
from tests.e2e.test_postgres_processes import SHARDS, feed_posts, held_by, process_for, spot
from tests.faults.helpers import nonce_clashes, wait_feed_covers


async def test_a_frozen_lease_holder_frees_the_feed_for_another_process_with_nothing_doubled(
    tmp_path: Path, postgresql_url: str
) -> None:
    admin = await asyncpg.connect(postgresql_url)
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        own, other = (process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS))
        frozen: int | None = None
        await own.start()
        try:
            await room.open_show()
            # the other process comes to pace this server's feed: the server's own process dies mid-send
            wire = fake.hold(feed_posts(room))
            first = await spot(room, "Adele at the side door")
            await fake.wait_for(lambda: wire.reached >= 1 or None, 15, "the first feed post on the wire")
            await other.start()
            await own.kill()
            await eventually(held_by(admin, room.feed.id, other), 20, "the other process to take the channel")
            await fake.wait_for(lambda: wire.reached >= 2 or None, 15, "the other process sending the post again")
            await own.start()

            assert other.proc is not None
            frozen = other.proc.pid
            os.kill(frozen, signal.SIGSTOP)  # holding the lease, its send on the wire
            wire.release()
            later = [await spot(room, f"Seen {i} while the holder is frozen") for i in range(3)]
            # the posts made while it was frozen went out, so `own` drained the channel under its lease (the lease is
            # exclusive); a drain gives its lease back when it is done, so who holds it now is a race: only that the
            # frozen process holds it no longer is certain
            assert await wait_feed_covers(fake, room.feed.id, {first, *later}, LEASE_IDLE + 20) == [first, *later]
            assert not await held_by(admin, room.feed.id, other)()

            os.kill(frozen, signal.SIGCONT)
            frozen = None
            last = await spot(room, "Seen after the holder woke")
            assert await wait_feed_covers(fake, room.feed.id, {last}, 15) == [first, *later, last]
            assert nonce_clashes(fake, room.feed.id) == {}
        finally:
            if frozen is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(frozen, signal.SIGCONT)
            await admin.close()
            await own.kill()
            await other.kill()
    fake.assert_clean()
