"""The web side of the test kit: `backstage serve` beside a `Newsroom`, a reader of its server-sent events, and
headless Chromium (Debian's `chromium` package, driven by Playwright; imported only when a browser is asked for,
so this module needs no dev dependency to import).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp

from backstage_testing.pytest_plugin import Newsroom
from bot.web.links import show_url
from bot.web.server import WebServer

if TYPE_CHECKING:
    from playwright.async_api import Browser

# what a sandboxed root process on a machine without a network needs (no GPU, no sandbox, no calls home)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str | None:
    """Debian's Chromium, where `.ci/run` installs it (`apt-get install chromium`)."""
    return shutil.which("chromium")


@contextlib.asynccontextmanager
async def browser() -> AsyncIterator[Browser]:
    from playwright.async_api import async_playwright

    path = chromium()
    assert path is not None, "Chromium is not installed: apt-get install chromium (as .ci/run does)"
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


@contextlib.asynccontextmanager
async def serving(room: Newsroom, **kwargs: Any) -> AsyncIterator[WebServer]:
    """`backstage serve` on a free port of 127.0.0.1, reading the newsroom's database through its own connection
    (as it would in a process of its own)."""
    settings = room.settings.model_copy(update={"web_host": "127.0.0.1", "web_port": 0})
    async with WebServer(settings, **kwargs) as server:
        yield server


async def page_url(room: Newsroom, server: WebServer) -> str:
    """The live page of the newsroom's latest show."""
    show = await room.services.shows.current_or_last(room.guild.id)
    assert show is not None and show.web_token is not None
    return show_url(server.base_url, show.web_token)


@dataclass(frozen=True)
class SentEvent:
    kind: str
    id: str
    data: dict[str, Any]


class EventReader:
    """Reads a live page's server-sent events as a browser's EventSource would."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self.response = response
        self.seen: list[SentEvent] = []

    async def next(self, timeout: float = 10.0) -> SentEvent:
        fields: dict[str, str] = {}
        while True:
            line = (await asyncio.wait_for(self.response.content.readline(), timeout)).decode()
            if not line:
                raise AssertionError("the event stream ended")
            line = line.rstrip("\n")
            if line == "" and "data" in fields:
                event = SentEvent(fields.get("event", "message"), fields.get("id", ""), json.loads(fields["data"]))
                self.seen.append(event)
                return event
            if line and not line.startswith(":"):
                name, _, value = line.partition(":")
                fields[name] = value.removeprefix(" ")

    async def until(self, check: Callable[[SentEvent], bool], timeout: float = 10.0, what: str = "") -> SentEvent:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"no event {what} within {timeout:g} s; seen: {self.seen}")
            try:
                event = await self.next(remaining)
            except TimeoutError:
                continue
            if check(event):
                return event


@contextlib.asynccontextmanager
async def events(url: str, *, since: str | None = None) -> AsyncIterator[EventReader]:
    async with aiohttp.ClientSession() as session:
        params = {"since": since} if since else {}
        async with session.get(f"{url}/events", params=params, timeout=aiohttp.ClientTimeout(total=None)) as response:
            assert response.status == 200, response.status
            yield EventReader(response)
