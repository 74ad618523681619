"""`backstage serve` as a process of its own beside the bot, its refusals, and `backstage rehearse --serve` watched
in a browser."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.web import events
from bot.web.links import show_url
from db.database import Database
from tests.faults.helpers import bot_env
from tests.web.conftest import SHOTS, reader

ROOT = Path(__file__).resolve().parents[2]
URL = re.compile(r"http://127\.0\.0\.1:\d+(/s/[A-Za-z0-9_-]+)?")


def env(**values: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", "BACKSTAGE_WEB_HOST": "127.0.0.1", **values}


@contextlib.asynccontextmanager
async def backstage(*args: str, environment: dict[str, str], cwd: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def line_matching(stream: asyncio.StreamReader, pattern: re.Pattern[str], timeout: float = 60) -> re.Match[str]:
    """Read the process's output until a line matches (it prints its address once it listens)."""
    seen = []
    async with asyncio.timeout(timeout):
        while True:
            line = (await stream.readline()).decode()
            if not line:
                raise AssertionError("the process ended without printing it:\n" + "".join(seen))
            seen.append(line)
            found = pattern.search(line)
            if found:
                return found


async def stop(proc: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> tuple[int, str]:
    proc.send_signal(sig)
    assert proc.stderr is not None
    err = await asyncio.wait_for(proc.stderr.read(), 30)
    return await asyncio.wait_for(proc.wait(), 30), err.decode()


@pytest.mark.slow
async def test_serve_in_a_process_of_its_own_follows_the_bot_s_database(newsroom: Newsroom, tmp_path: Path):
    await newsroom.open_show(web=True)
    environment = env(BACKSTAGE_DATABASE=str(newsroom.db_path), BACKSTAGE_WEB_PORT="0", DISCORD_TOKEN="")
    async with backstage("serve", environment=environment, cwd=tmp_path) as proc:
        assert proc.stderr is not None
        base = (await line_matching(proc.stderr, URL)).group(0)
        show = await newsroom.services.shows.current(newsroom.guild.id)
        assert show is not None and show.web_token is not None
        url = show_url(base, show.web_token)
        async with events(url) as stream:
            result = await newsroom.slash(newsroom.amy, "spot", what="Seen from another process")
            sid = int(result.content.split("**#")[1].split("**")[0])
            event = await stream.until(lambda e: e.data.get("id") == sid, what="from the other process")
            assert "Seen from another process" in event.data["html"]
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as page:
                assert page.status == 200 and "Seen from another process" in await page.text()
            async with session.get(f"{base}/s/{'Z' * 22}") as missing:
                assert missing.status == 404
        code, err = await stop(proc)
        assert code == 0 and "Traceback" not in err


async def test_serve_on_a_port_already_taken_says_what_to_change(tmp_path: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        await (await Database.open(tmp_path / "b.db")).close()  # the bot's database, made by the bot
        environment = env(BACKSTAGE_DATABASE=str(tmp_path / "b.db"), BACKSTAGE_WEB_PORT=str(port))
        async with backstage("serve", environment=environment, cwd=tmp_path) as proc:
            _, err = await asyncio.wait_for(proc.communicate(), 60)
    text = err.decode()
    assert proc.returncode == 2 and "Traceback" not in text
    assert f"cannot listen on 127.0.0.1:{port}" in text and "BACKSTAGE_WEB_PORT" in text


async def test_serve_on_a_missing_database_refuses_in_one_sentence_and_creates_nothing(tmp_path: Path):
    environment = env(BACKSTAGE_DATABASE=str(tmp_path / "typo.db"))
    async with backstage("serve", environment=environment, cwd=tmp_path) as proc:
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    text = err.decode()
    assert proc.returncode == 2 and "Traceback" not in text
    assert f"There is no database at {tmp_path / 'typo.db'}" in text and "BACKSTAGE_DATABASE" in text
    assert list(tmp_path.iterdir()) == []


async def test_a_bad_public_url_or_speed_is_refused_in_one_sentence(tmp_path: Path):
    environment = env(BACKSTAGE_DATABASE=str(tmp_path / "b.db"), BACKSTAGE_PUBLIC_URL="live.example.com")
    async with backstage("serve", environment=environment, cwd=tmp_path) as proc:
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2 and "Invalid setting BACKSTAGE_PUBLIC_URL='live.example.com'" in err.decode()
    async with backstage("rehearse", "--serve", "--speed", "0", environment=env(), cwd=tmp_path) as proc:
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2 and "give a number above 0" in err.decode()


@pytest.mark.slow
async def test_rehearse_serve_plays_the_sample_night_on_a_live_page(tmp_path: Path, chromium_browser):
    environment = env(BACKSTAGE_WEB_PORT="0", BACKSTAGE_DATABASE=str(tmp_path / "unused.db"))
    async with backstage("rehearse", "--serve", "--speed", "1500", environment=environment, cwd=tmp_path) as proc:
        assert proc.stdout is not None
        url = (await line_matching(proc.stdout, re.compile(r"Open (http://\S+/s/[A-Za-z0-9_-]+) in a browser"))).group(
            1
        )
        async with aiohttp.ClientSession() as session, session.get(url) as before:
            assert '<article id="s-' not in await before.text()  # the night waits for a page to listen
        opened = await reader(chromium_browser, url)
        page = opened.page
        await page.evaluate("window.sameDocument = true")
        await page.locator("#timeline article").nth(29).wait_for(timeout=60_000)
        await page.wait_for_selector("#status.ended", timeout=60_000)
        await page.wait_for_selector("#article-link", timeout=60_000)
        assert await page.evaluate("window.sameDocument") is True
        assert int(await page.inner_text("#count")) >= 30
        assert await page.query_selector("article.retracted del") is not None  # the sample night retracts one
        assert await page.query_selector("article.corrected") is not None  # and corrects some
        await page.emulate_media(reduced_motion="reduce")
        await page.screenshot(path=f"{SHOTS}/rehearsal-phone.png")
        article = await reader(chromium_browser, f"{url}/digest")
        assert "you didn" in await article.page.inner_text("h1")
        assert opened.errors == [] and article.errors == []
        await line_matching(proc.stdout, re.compile("The pages stay up until Ctrl-C"))
        code, err = await stop(proc, signal.SIGINT)
        assert code == 0 and "Traceback" not in err


@pytest.mark.slow
async def test_run_serve_keeps_the_pages_up_in_the_bot_s_own_process(fake, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "b.db")  # the server, its members and channels: the bot runs in a process
    environment = {
        **bot_env(room.db_path, token=fake.token, api=fake.api_base, gateway=fake.gateway_url),
        "PYTHONPATH": str(ROOT),
        "BACKSTAGE_WEB_HOST": "127.0.0.1",
        "BACKSTAGE_WEB_PORT": "0",
    }
    identifies = fake.identify_count + 1
    async with backstage("run", "--serve", environment=environment, cwd=tmp_path) as proc:
        assert proc.stderr is not None
        base = (await line_matching(proc.stderr, re.compile(r"web pages .* are at (http://\S+)"))).group(1)
        await fake.wait_ready(30, identifies=identifies)
        await room.open_show(web=True)
        status = await room.said(room.editor, "show status")
        url = re.search(r"<(http://\S+/s/[A-Za-z0-9_-]+)>", status).group(1)
        assert url.startswith(base)  # the port it really listens on, though it was asked for any free one
        async with events(url) as stream:
            result = await room.slash(room.amy, "spot", what="Posted while the bot serves the page itself")
            sid = int(result.content.split("**#")[1].split("**")[0])
            event = await stream.until(lambda e: e.data.get("id") == sid, what="from the bot's own process")
            assert "serves the page itself" in event.data["html"]
    fake.assert_clean()
