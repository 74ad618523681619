"""Starting and stopping the web server: on its own (`backstage serve`), beside the bot (`backstage run --serve`)
or beside a rehearsal (`backstage rehearse --serve`). It always reads through a connection of its own."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web

from bot.settings import Settings, create_first
from bot.web.app import make_app
from bot.web.article import Articles
from bot.web.links import base_url
from bot.web.live import POLL_SECONDS, LiveHub
from bot.worker import Worker
from db.database import LATEST_VERSION, Database
from db.repositories.web import WebRepository


class CannotServe(Exception):
    """The server cannot listen where the settings say; the message says what to change."""


class WebServer:
    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        poll_seconds: float = POLL_SECONDS,
        instance: str | None = None,
    ) -> None:
        self.settings = settings
        self.instance = instance  # `--instance ID`: the settings name that instance's file
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.port = settings.web_port
        self._db: Database | None = None
        self._worker = Worker()  # the digest as an article is compiled in a process of its own
        self._hub: LiveHub | None = None
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """Where readers find it: BACKSTAGE_PUBLIC_URL, else this server's own address (its real port)."""
        return base_url(self.settings.model_copy(update={"web_port": self.port}))

    async def watched(self) -> None:
        """Wait until a reader has a live page open."""
        assert self._hub is not None
        await self._hub.watched.wait()

    async def start(self) -> None:
        self._db = await self._open()
        try:
            self._hub = LiveHub(WebRepository(self._db), clock=self.clock, poll_seconds=self.poll_seconds)
            await self._hub.start()
            app = make_app(self._hub, Articles(self._db, self._worker), public_url=self.settings.public_url)
            self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
            await self._runner.setup()
            site = web.TCPSite(self._runner, self.settings.web_host, self.settings.web_port)
            try:
                await site.start()
            except OSError as exc:
                raise CannotServe(
                    f"The web server cannot listen on {self.settings.web_host}:{self.settings.web_port} "
                    f"({exc.strerror or exc}). Set BACKSTAGE_WEB_PORT to a free port (or BACKSTAGE_WEB_HOST to an "
                    "address of this machine) in .env or the environment."
                ) from None
        except BaseException:
            await self.stop()
            raise
        address = self._runner.addresses[0]
        self.port = int(address[1])

    async def _open(self) -> Database:
        """The bot's database, as it is: serving only reads, so a missing file is refused (never created) and
        one at another schema version is refused (never migrated)."""
        location = self.settings.database_path
        if isinstance(location, Path) and not await asyncio.to_thread(location.is_file):
            if self.instance is not None:
                raise CannotServe(
                    f"There is no database at {location} for --instance {self.instance}: `backstage serve` only "
                    f"reads the bot's database, so {create_first(self.instance)}."
                )
            raise CannotServe(
                f"There is no database at {location}: `backstage serve` only reads the bot's database, so point "
                "BACKSTAGE_DATABASE (or --db) at the file the bot uses."
            )
        db = await Database.open(location, migrate=False)
        version = await db.version()
        if version != LATEST_VERSION:
            await db.close()
            raise CannotServe(
                f"The database {db.shown} is at schema version {version} and this Backstage reads version "
                f"{LATEST_VERSION}: run `backstage migrate` first (serving never changes the database)."
            )
        return db

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()  # stops the hub too (on_shutdown), ending every event stream
            self._runner = None
        if self._hub is not None:
            await self._hub.stop()
            self._hub = None
        await self._worker.close()
        if self._db is not None:
            await self._db.close()
            self._db = None

    async def __aenter__(self) -> WebServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


async def until_stopped() -> None:
    """Wait for Ctrl-C or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def serve_main(settings: Settings, *, instance: str | None = None) -> int:
    async with WebServer(settings, instance=instance) as server:
        print(
            f"Serving the shows of servers that turned the web on (/setup web:true) at {server.base_url} "
            f"(listening on {settings.web_host}:{server.port}). Ctrl-C stops.",
            file=sys.stderr,
            flush=True,
        )
        await until_stopped()
    return 0
