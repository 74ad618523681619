"""Two `backstage run` processes on shard ranges share a PostgreSQL server that stalls (SIGSTOP) longer than a lease
session's idle limit and the listener's keepalive (15 s each, db/coordination.py), as a hung host or a network that
drops every packet would: every `/spot` meanwhile is answered within Discord's 3 s, then told it was posted; every
sighting reaches its feed once, in order; and neither process's log carries a traceback (issue 12: one was seen on
a lease connection in such a stall, "another operation is in progress")."""

from __future__ import annotations

from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import Newsroom, eventually
from backstage_testing.stall import frozen
from tests.e2e.test_postgres_processes import SHARDS, logged, process_for, spot
from tests.faults.helpers import FAST_CHANNEL, POSTED, nonce_clashes, wait_feed_covers

DEADLINE = 3.0  # Discord's, for an interaction's initial response
OUTLASTED = "listening for feed wake-ups failed"  # each process's listener gave up on its keepalive: a long stall


async def test_two_processes_through_a_long_stall_answer_every_spot_post_each_once_and_log_no_traceback(
    tmp_path: Path, postgresql_url: str, postgresql_server: PostgresServer
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS, channel_limit=FAST_CHANNEL) as fake:
        rooms = [Newsroom(fake, postgresql_url, shard=(s, SHARDS)) for s in range(SHARDS)]
        processes = [process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS)]
        for process in processes:
            await process.start()
        try:
            for room in rooms:
                await room.open_show()
            before = [await spot(room, f"Seen before the stall in {room.guild.name}") for room in rooms]

            with frozen(postgresql_server) as stopped:
                during = [
                    await room.slash(room.amy, "spot", what=f"Seen in the stall in {room.guild.name}") for room in rooms
                ]
                for result in during:
                    assert result.type == 5 and result.elapsed is not None and result.elapsed < DEADLINE

                async def outlasted() -> bool:
                    return all(logged(process, OUTLASTED) for process in processes)

                await eventually(outlasted, 90, "each process's listener to give up on the stalled server")
                stopped.thaw()

            told = [str((await result.final(timeout=60)).get("content")) for result in during]
            matches = [POSTED.search(text) for text in told]
            assert all(matches), told
            after = [int(m.group(1)) for m in matches if m]
            for room, first, then in zip(rooms, before, after, strict=True):
                assert await wait_feed_covers(fake, room.feed.id, {first, then}, 60) == [first, then]
                assert nonce_clashes(fake, room.feed.id) == {}
        finally:
            for process in processes:
                await process.kill()
        logs = "\n".join(log.read_text(errors="replace") for p in processes for log in p.logs if log.exists())
        # the protocol caught mid-goodbye ("another operation is in progress") is a connection lost: it may be met,
        # and then is said in one line and retried ("… trying again later"), never a traceback nor an unhandled error
        unhandled = [
            line for line in logs.splitlines() if "another operation" in line and "trying again later" not in line
        ]
        assert "Traceback" not in logs and not unhandled, logs[-4000:]
    fake.assert_clean()
