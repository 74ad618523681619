"""Two `backstage run` processes on two shard ranges of one (fake) Discord, each with its own SQLite file, as
README "Several processes" describes: each serves its shard's servers, and a file refuses a process whose shards
would leave its servers behind."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom
from tests.faults.helpers import BotProcess, bot_env, feed_ids, read_rows, run_to_exit

SHARDS = 2


def on_shard(fake: FakeDiscord, tmp_path: Path, shard: int) -> tuple[Newsroom, BotProcess]:
    """A server on `shard`, and the process for that shard with its own database file and working folder."""
    room = Newsroom(fake, tmp_path / f"shard{shard}.db", shard=(shard, SHARDS))
    room.guild.name = f"Newsroom on shard {shard}"
    workdir = tmp_path / f"shard{shard}"
    workdir.mkdir()
    env = {"BACKSTAGE_SHARD_COUNT": str(SHARDS), "BACKSTAGE_SHARD_IDS": str(shard)}
    return room, BotProcess(fake, room.db_path, workdir, env=env, shards=((shard, SHARDS),))


def guilds_in(db_path: Path) -> set[int]:
    rows = read_rows(db_path, "SELECT guild_id FROM guild_config UNION SELECT guild_id FROM sightings")
    return {int(guild_id) for (guild_id,) in rows}


async def test_two_processes_on_two_shard_ranges_each_serve_their_own_servers(tmp_path: Path) -> None:
    # Discord's identify limit is enforced: with max_concurrency 2, shards 0 and 1 may start at the same time
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        zero_room, zero = on_shard(fake, tmp_path, 0)
        one_room, one = on_shard(fake, tmp_path, 1)
        await asyncio.gather(zero.start(), one.start())
        try:
            assert fake.hub.identify_refused == 0
            for room in (zero_room, one_room):
                await room.open_show()
                posted = await room.slash(room.amy, "spot", what=f"Seen in {room.guild.name}")
                assert "Posted **#1**" in (posted.content or ""), posted.content
            for room in (zero_room, one_room):
                await fake.wait_for(lambda r=room: feed_ids(fake, r.feed.id) == [1] or None, 15, "the feed")
            # each server's interactions reached the process of its shard, which wrote to its own file
            assert guilds_in(zero_room.db_path) == {zero_room.guild.id}
            assert guilds_in(one_room.db_path) == {one_room.guild.id}
            [zero_embed] = zero_room.feed_embeds()
            [one_embed] = one_room.feed_embeds()
            assert "shard 0" in zero_embed["description"] and "shard 1" in one_embed["description"]
        finally:
            await zero.kill()
            await one.kill()

        # shard 0's file with shard 1's settings: refused in one sentence, before reaching Discord
        identifies = fake.identify_count
        env = bot_env(zero_room.db_path, token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
        env |= {"BACKSTAGE_SHARD_COUNT": str(SHARDS), "BACKSTAGE_SHARD_IDS": "1"}
        refused = await run_to_exit([sys.executable, "-m", "bot", "run"], env, tmp_path)
        assert refused.code == 2, refused.stderr
        [sentence] = refused.stderr.strip().splitlines()
        assert sentence == (
            f"The database {zero_room.db_path} belongs to the process serving shard 0 of 2, and this one would "
            f"serve shard 1 of 2: start it with BACKSTAGE_SHARD_COUNT=2 and BACKSTAGE_SHARD_IDS=0, or give this "
            f"process a new file in BACKSTAGE_DATABASE (README: Several processes)."
        )
        # and with every shard in one process: refused too (shard 1's servers are in the other file)
        env.pop("BACKSTAGE_SHARD_IDS")
        refused = await run_to_exit([sys.executable, "-m", "bot", "run"], env, tmp_path)
        assert refused.code == 2 and "start it with BACKSTAGE_SHARD_COUNT=2 and BACKSTAGE_SHARD_IDS=0" in refused.stderr
        assert fake.identify_count == identifies
    fake.assert_clean()
