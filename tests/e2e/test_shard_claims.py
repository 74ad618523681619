"""Two `backstage run` processes on overlapping shards of one PostgreSQL database (db/shard_claims.py): the second
refuses to start with one sentence naming the overlapping shards and exit status 2, so every `/spot` is stored
and posted once; `backstage doctor` lists the running processes and their shards. Discord (and the fake) gives a
server's interactions to every session covering it, so without the claims both processes would answer."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import asyncpg

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom, eventually
from db.shard_claims import claims
from tests.faults.helpers import BotProcess, bot_env, posted_id, run_to_exit, wait_feed_covers

SHARDS = 2


def settings(count: int, ids: str) -> dict[str, str]:
    return {"BACKSTAGE_SHARD_COUNT": str(count), "BACKSTAGE_SHARD_IDS": ids}


async def backstage(fake: FakeDiscord, url: str, cwd: Path, command: str, env: dict[str, str]) -> tuple[int, str]:
    environment = bot_env(Path("unused.db"), token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
    exited = await run_to_exit(
        [sys.executable, "-m", "bot", command], environment | {"BACKSTAGE_DATABASE": url, **env}, cwd, timeout=60
    )
    return exited.code, exited.stdout + exited.stderr


async def test_a_second_process_on_a_running_process_shards_refuses_to_start_and_each_spot_is_posted_once(
    tmp_path: Path, postgresql_url: str
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(1, SHARDS))
        running = BotProcess(fake, postgresql_url, tmp_path, env=settings(SHARDS, "1"), shards=((1, SHARDS),))  # type: ignore[arg-type]
        await running.start()
        try:
            # the same shard (a split changed before the old unit stopped), and a count that overlaps it
            for count, ids, named in (
                (SHARDS, "1", "shard 1 of 2"),
                (4, "0-3", "every shard"),
                (4, "3", "shard 3 of 4"),
            ):
                code, said = await backstage(fake, postgresql_url, tmp_path, "run", settings(count, ids))
                assert code == 2, said
                assert "Another Backstage process already serves shard 1 of 2 on the database" in said, said
                assert f"which overlaps this one's {named}" in said, said
                assert "Stop the other process first, or give this one other BACKSTAGE_SHARD_IDS." in said

            await room.open_show()
            result = await room.slash(room.amy, "spot", what="Adele at the side door")
            sighting = posted_id(result)
            assert sighting is not None, result.content
            assert await wait_feed_covers(fake, room.feed.id, {sighting}, 15) == [sighting]  # once

            code, said = await backstage(fake, postgresql_url, tmp_path, "doctor", settings(SHARDS, "0"))
            assert f"[note] Processes running on this database: backstage shards {running.proc.pid}" in said, said  # type: ignore[union-attr]
            assert ": shard 1 of 2." in said
            pid = running.proc.pid  # type: ignore[union-attr]
            # settings a `backstage run` would refuse with while it runs: a fix, exit status 1
            code, said = await backstage(fake, postgresql_url, tmp_path, "doctor", settings(4, "3"))
            assert code == 1, said
            assert f"[fix] Processes running on this database: backstage shards {pid}" in said, said
            assert "A `backstage run` with these settings (shard 3 of 4) would refuse to start while" in said, said
            # the running process's own settings: how the deployment looks from its host, a note
            code, said = await backstage(fake, postgresql_url, tmp_path, "doctor", settings(SHARDS, "1"))
            assert f"[note] Processes running on this database: backstage shards {pid}" in said, said
            assert "This configuration's shard 1 of 2 is served by backstage shards" in said, said
            assert "[fix] Processes running" not in said, said
            # README's env file the instances share (a count, no ids): not "would refuse", but which --instance
            code, said = await backstage(fake, postgresql_url, tmp_path, "doctor", {"BACKSTAGE_SHARD_COUNT": "2"})
            assert f"[note] Processes running on this database: backstage shards {pid}" in said, said
            assert ": shard 1 of 2. These settings choose no shards (BACKSTAGE_SHARD_COUNT=2, no " in said, said
            assert "check each instance with `backstage doctor --instance ID` (as `backstage@ID` runs)." in said, said
            assert "would refuse" not in said and code == 0, said
        finally:
            await running.kill()
        # its claims went with it: a process on its shards starts now
        after = BotProcess(fake, postgresql_url, tmp_path, env=settings(4, "1,3"), shards=((1, 4), (3, 4)))  # type: ignore[arg-type]
        await after.start()
        await after.kill()
    fake.assert_clean()


async def test_a_process_whose_lost_claims_were_taken_meanwhile_stops_and_each_spot_is_posted_once(
    tmp_path: Path, postgresql_url: str
) -> None:
    """A process cut from the database (frozen here, its claims' connection ended by the server) while another
    starts on its shards: when it comes back and finds them claimed, it stops with status 2 and says why, instead
    of serving the same servers as the other (each would store and post every `/spot`)."""
    async with FakeDiscord() as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        first = BotProcess(fake, postgresql_url, tmp_path / "a")  # type: ignore[arg-type]
        second = BotProcess(fake, postgresql_url, tmp_path / "b", env=settings(SHARDS, "0"), shards=((0, SHARDS),))  # type: ignore[arg-type]
        await first.start()
        try:
            await room.open_show()
            assert first.proc is not None
            os.kill(first.proc.pid, signal.SIGSTOP)
            conn = await asyncpg.connect(postgresql_url)
            try:
                # its claims' connection (`backstage shards <pid> <host>`), in this test's database: the session's
                # server also holds other tests' databases, and their processes' connections while they end
                ended = await conn.fetchval(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name LIKE $1",
                    f"backstage shards {first.proc.pid} %",
                )
                assert ended == 1

                async def released() -> bool:  # pg_terminate_backend only signals: the locks go when it has ended
                    return not await claims(conn)

                await eventually(released, what="the first process's claims to go with their connection")
            finally:
                await conn.close()
            await second.start()
            os.kill(first.proc.pid, signal.SIGCONT)

            code = await asyncio.wait_for(first.proc.wait(), 60)
            assert code == 2, first.log_tail()
            said = first.log_tail(lines=10_000)  # (its whole log: what its stop logged after the sentence too)
            assert "Backstage stopped: Another Backstage process already serves shard 0 of 2" in said, said

            result = await room.slash(room.amy, "spot", what="Adele at the side door")
            sighting = posted_id(result)
            assert sighting is not None, result.content
            assert await wait_feed_covers(fake, room.feed.id, {sighting}, 15) == [sighting]  # once
        finally:
            if first.proc is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(first.proc.pid, signal.SIGCONT)
            await first.kill()
            await second.kill()
    fake.assert_clean()
