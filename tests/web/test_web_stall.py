"""`backstage serve` while its PostgreSQL server stalls (SIGSTOP on the server's processes): a page answers 503
"Unavailable for a moment" within READ_SECONDS instead of never, and the page is back once the server answers."""

from __future__ import annotations

import time
from pathlib import Path

import aiohttp

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import _running_newsroom
from backstage_testing.stall import frozen
from bot.web.app import READ_SECONDS
from bot.web.links import show_url
from tests.web.test_web_cli import URL, backstage, env, line_matching, stop


async def test_a_page_answers_503_while_the_database_stalls_then_the_page_again(
    fake: FakeDiscord, postgresql_server: PostgresServer, postgresql_url: str, tmp_path: Path
) -> None:
    environment = env(BACKSTAGE_DATABASE=postgresql_url, BACKSTAGE_WEB_PORT="0", DISCORD_TOKEN="")
    async with (
        _running_newsroom(fake, postgresql_url) as newsroom,
        backstage("serve", environment=environment, cwd=tmp_path) as proc,
    ):
        await newsroom.open_show(web=True)
        base = (await line_matching(proc.stderr, URL)).group(0)
        show = await newsroom.services.shows.current(newsroom.guild.id)
        assert show is not None and show.web_token is not None
        url = show_url(base, show.web_token)
        await newsroom.ok(newsroom.amy, "spot", what="Adele at the side door")
        patience = aiohttp.ClientTimeout(total=READ_SECONDS + 10)
        async with aiohttp.ClientSession(timeout=patience) as session:
            with frozen(postgresql_server) as stopped:
                for path in ("", "/feed.json"):
                    started = time.monotonic()
                    async with session.get(url + path) as answer:
                        assert answer.status == 503
                        assert "Unavailable for a moment" in await answer.text()
                    assert time.monotonic() - started < READ_SECONDS + 5
                stopped.thaw()
            async with session.get(url) as answer:
                assert answer.status == 200
                assert "Adele at the side door" in await answer.text()
        await stop(proc)
