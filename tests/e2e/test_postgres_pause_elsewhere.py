"""A feed channel refused while a process that does not serve its server paces it (it took the channel's lease when
the server's own process died): the pause names the permission Discord refused, computed from the server's roles
and the channel's overwrites fetched over REST (that process has no cache of the server), never a guess; the desk
notice, and `/spot` and `/show status` in the server's own process, say the same."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.fakediscord.permissions import SEND_MESSAGES
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.e2e.test_postgres_processes import SHARDS, holder, process_for
from tests.faults.helpers import posted_id, wait_feed_covers


@pytest.fixture
async def admin(postgresql_url: str) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(postgresql_url)
    yield conn
    await conn.close()


async def test_a_pause_found_by_the_process_pacing_another_shard_s_channel_names_send_messages(
    tmp_path: Path, postgresql_url: str, admin: asyncpg.Connection
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        probe = {"BACKSTAGE_FEED_PROBE_SECONDS": "5"}
        own, other = (process_for(fake, postgresql_url, tmp_path, s, **probe) for s in range(SHARDS))
        await own.start()
        try:
            await room.open_show()
            first = posted_id(await room.slash(room.amy, "spot", what="Gaga arrives on a horse"))
            await wait_feed_covers(fake, room.feed.id, {first}, 15)
            wire = fake.hold(lambda r: r.method == "POST" and r.path == f"/channels/{room.feed.id}/messages")
            posted_id(await room.slash(room.amy, "spot", what="Adele waves"))
            await fake.wait_for(lambda: wire.reached >= 1 or None, 15, "the second post on the wire")
            await other.start()  # serves shard 1 only: no cache of the room's server
            await own.kill()

            async def other_paces() -> bool:
                return other.proc is not None and await holder(admin, room.feed.id) == other.proc.pid

            await eventually(other_paces, 20, "the other process to take the feed's lease")
            await fake.wait_for(lambda: wire.reached >= 2 or None, 15, "the other process's send")
            room.guild.deny_bot(room.feed, SEND_MESSAGES)
            wire.release()  # Discord refuses it: 403 50013 Missing Permissions

            def notices() -> list[str]:
                return [m["content"] for m in fake.channel_messages(room.desk.id) if m["content"].startswith("⚠️")]

            (notice,) = await fake.wait_for(notices, 30, "the desk to be told of the pause")
            assert "**Send Messages**" in notice and "View Channel" not in notice, notice

            await own.start()
            held = await room.slash(room.amy, "spot", what="Held sighting")
            assert "**Send Messages**" in (held.content or "") and "View Channel" not in (held.content or "")
            status = (await (await room.slash(room.editor, "show status")).final(timeout=20)).get("content") or ""
            assert "**Send Messages**" in status and "View Channel" not in status, status
            assert len(notices()) == 1
        finally:
            await own.kill()
            await other.kill()
