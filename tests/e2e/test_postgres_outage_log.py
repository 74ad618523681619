"""The feed while its PostgreSQL server is down (a restart, a failover): one log line when the database goes, however
many times the feed tries meanwhile, and one when it is back, saying how long it was gone."""

from __future__ import annotations

import logging

import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import Newsroom, eventually

FEED_LOG = "bot.feed.publisher"


async def test_the_feed_logs_once_that_its_database_went_down_and_once_how_long_it_was_gone(
    fake: FakeDiscord, postgresql_server: PostgresServer, postgresql_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=FEED_LOG)
    room = Newsroom(fake, postgresql_url)
    bot = await room.start()
    try:
        await room.open_show()

        def tries() -> int:
            return sum("cannot be reached" in r.getMessage() for r in caplog.records if r.name == FEED_LOG)

        async with postgresql_server.down():
            for attempt in range(1, 4):  # the scheduler tries again at each wake-up (and every 5 s)
                bot.publisher.wakeup.set()

                async def tried(attempt: int = attempt) -> bool:
                    return tries() >= attempt

                await eventually(tried, 20, f"the feed's try number {attempt} while the server is down")
        bot.publisher.wakeup.set()

        async def back() -> bool:
            return any("is back" in r.getMessage() for r in caplog.records if r.name == FEED_LOG)

        await eventually(back, 30, "the feed to say the database is back")
        said = [r for r in caplog.records if r.name == FEED_LOG and r.levelno >= logging.INFO]
        assert len(said) == 2, [r.getMessage() for r in said]
        assert "cannot be reached" in said[0].getMessage() and said[0].levelno == logging.ERROR
        assert "the database is back after" in said[1].getMessage() and " s;" in said[1].getMessage()
        assert tries() >= 3
    finally:
        await room.stop()
