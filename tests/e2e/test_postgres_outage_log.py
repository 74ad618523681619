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


async def test_a_feed_post_on_the_wire_when_the_database_goes_logs_no_traceback_and_is_posted_once(
    fake: FakeDiscord, postgresql_server: PostgresServer, postgresql_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=FEED_LOG)
    room = Newsroom(fake, postgresql_url)
    await room.start()
    try:
        await room.open_show()
        post = fake.hold(lambda r: r.method == "POST" and r.path == f"/channels/{room.feed.id}/messages")
        await room.slash(room.amy, "spot", what="Gaga at the bar")
        await fake.wait_for(lambda: post.reached or None, 15, "the feed's post on the wire")
        async with postgresql_server.down():
            post.release()  # Discord makes the message; recording it meets the database gone

            async def drain_met_it() -> bool:
                return any("the database is unavailable" in r.getMessage() for r in caplog.records)

            await eventually(drain_met_it, 20, "the drain to meet the outage")
        await room.slash(room.amy, "spot", what="Adele by the stage")
        embeds = await room.wait_feed(2, timeout=30)
        assert [e["description"].count("Gaga at the bar") for e in embeds].count(1) == 1  # posted once
        said = [r for r in caplog.records if r.name == FEED_LOG and r.levelno >= logging.ERROR]
        assert len(said) == 1 and "cannot be reached" in said[0].getMessage(), [r.getMessage() for r in said]
        assert said[0].exc_info is None
    finally:
        await room.stop()
