"""R8: a second `backstage run` on the database a running bot uses refuses to start, in one sentence, and the
first one keeps serving untouched. Two real processes against the fake Discord in the test process."""

from __future__ import annotations

import sys
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom
from tests.faults.helpers import BotProcess, bot_env, feed_ids, run_to_exit


async def test_a_second_bot_on_the_same_database_refuses_and_the_first_keeps_serving(tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        room = Newsroom(fake, tmp_path / "backstage.db")  # the world only: the bot runs as its own process
        first = BotProcess(fake, room.db_path, tmp_path)
        await first.start()
        try:
            await room.configure()
            await room.open_show()
            identifies = fake.identify_count
            env = bot_env(room.db_path, token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
            second = await run_to_exit([sys.executable, "-m", "bot", "run"], env, tmp_path)
            assert second.code == 2, second.stderr
            [sentence] = second.stderr.strip().splitlines()
            assert "Another Backstage" in sentence and f"(process {first.proc.pid})" in sentence  # type: ignore[union-attr]
            assert str(room.db_path) in sentence and "BACKSTAGE_DATABASE" in sentence
            assert fake.identify_count == identifies  # it never reached Discord

            posted = await room.slash(room.amy, "spot", what="Still served by the first bot")
            assert "Posted **#1**" in (posted.content or "")
            await fake.wait_for(lambda: feed_ids(fake, room.feed.id) == [1] or None, 15, "the sighting in the feed")
            assert first.proc is not None and first.proc.returncode is None
        finally:
            await first.kill()
        # the lock dies with its process (even on SIGKILL): the next bot starts
        again = BotProcess(fake, room.db_path, tmp_path)
        await again.start()
        await again.kill()
    fake.assert_clean()
