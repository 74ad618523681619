"""`backstage serve` while its PostgreSQL server is down (a restart, a failover): pages answer 503, and the log
says once that the database went and once that it is back, however many polls and pages meet the outage."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import aiohttp

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import _running_newsroom, eventually
from bot.web.links import show_url
from tests.web.test_web_cli import URL, backstage, env, line_matching

GONE = "web: the database cannot be reached"
BACK = "web: the database is back after"
STILL = "the database still cannot be reached"


async def test_serve_logs_one_line_when_its_database_goes_and_one_when_it_is_back(
    fake: FakeDiscord, postgresql_server: PostgresServer, postgresql_url: str, tmp_path: Path
) -> None:
    environment = env(
        BACKSTAGE_DATABASE=postgresql_url, BACKSTAGE_WEB_PORT="0", DISCORD_TOKEN="", BACKSTAGE_LOG_LEVEL="DEBUG"
    )
    async with (
        _running_newsroom(fake, postgresql_url) as newsroom,
        backstage("serve", environment=environment, cwd=tmp_path) as proc,
    ):
        await newsroom.open_show(web=True)
        assert proc.stderr is not None
        base = (await line_matching(proc.stderr, URL)).group(0)
        show = await newsroom.services.shows.current(newsroom.guild.id)
        url = show_url(base, show.web_token)
        lines: list[str] = []

        async def collect() -> None:
            assert proc.stderr is not None
            while line := (await proc.stderr.readline()).decode():
                lines.append(line)

        reader = asyncio.create_task(collect())
        async with aiohttp.ClientSession() as session:
            async with postgresql_server.down():
                for _ in range(5):
                    async with session.get(url) as page:
                        assert page.status == 503

                async def polls_met_it() -> bool:  # the live poll tried again and again meanwhile
                    return sum(STILL in line for line in lines) >= 10

                await eventually(polls_met_it, 30, "ten polls while the database is down")

            async def back() -> bool:
                return any(BACK in line for line in lines)

            await eventually(back, 30, "serve to say the database is back")
            async with session.get(url) as page:
                assert page.status == 200
        proc.send_signal(signal.SIGTERM)
        await asyncio.wait_for(reader, 30)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
        errors = [line for line in lines if " ERROR " in line]
        assert len(errors) == 1 and GONE in errors[0], errors
        assert sum(BACK in line for line in lines) == 1
        assert not any("Traceback" in line for line in lines)
