"""`backstage rehearse --serve`: the sample night (or a script) played in real time, `speed` times faster, while
its live page updates in a browser. The night starts when the page is first opened, so nothing is missed."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from bot.models import Show
from bot.rehearsal.runner import PacedClock, night_start
from bot.rehearsal.script import Script
from bot.settings import Settings
from bot.web.links import show_url
from bot.web.server import WebServer


class Watch:
    def __init__(
        self, settings: Settings, database: Path | str, script: Script, speed: float, console: Console
    ) -> None:
        self.clock = PacedClock(night_start(script), speed)
        self.server = WebServer(settings.model_copy(update={"database_path": database}), clock=self.clock.now)
        self.script = script
        self.speed = speed
        self.console = console
        self.url = ""

    async def __aenter__(self) -> Watch:
        await self.server.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.server.stop()

    async def opened(self, show: Show) -> None:
        """The show is open: say where to watch it, wait for the page, then start the night's clock."""
        assert show.web_token is not None
        self.url = show_url(self.server.base_url, show.web_token)
        minutes = (self.script.timeline[-1].minutes - self.script.timeline[0].minutes) % (24 * 60)
        self.console.print(
            f"\n[bold]Open {self.url} in a browser.[/bold] The night starts when the page opens and plays "
            f"{self.speed:g}× faster than real time ({minutes} minutes of show in about "
            f"{minutes * 60 / self.speed:.0f} s). Ctrl-C stops.\n"
        )
        await self.server.watched()
        self.clock.begin()

    def published(self) -> None:
        """The night is over and its digest published (`play`, as /digest publish does): say where to read it."""
        self.console.print(f"\n[bold]The digest, as an article:[/bold] {self.url}/digest")
