"""A FeedTransport (and the digest's DigestTransport, and what the key moments message needs: pins, notices)
that prints the feed in the terminal (rich) and keeps it for timeline.json."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from bot.feed.permissions import ChannelFacts, Kind
from bot.feed.render import photo_shown
from bot.feed.transport import Button, FeedFile, SentMessage
from bot.publishing.transport import Posted, Refused

_TIMESTAMP = re.compile(r"<t:(\d+):[tTdDfFR]>")


class ConsoleTransport:
    def __init__(self, console: Console, tz: Any, *, quiet: bool = False) -> None:
        self.console = console
        self.tz = tz
        self.quiet = quiet
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.files: dict[int, list[str]] = {}  # message -> the names of the files it carries
        self._channel_of: dict[int, int] = {}
        self._nonces: dict[str, int] = {}
        self._next_id = 1000

    def _time(self, text: str) -> str:
        return _TIMESTAMP.sub(
            lambda m: datetime.fromtimestamp(int(m.group(1)), UTC).astimezone(self.tz).strftime("%H:%M"), text
        )

    def _panel(self, embed: dict[str, Any], note: str = "") -> Panel:
        lines: list[Text] = []
        if embed.get("title"):
            lines.append(Text(self._time(embed["title"]), style="bold"))
        lines.append(Text(self._time(embed.get("description", ""))))
        for field in embed.get("fields", []):
            lines.append(Text.assemble((f"{field['name']}: ", "dim"), self._time(field["value"])))
        photo = photo_shown(embed)
        if photo:
            lines.append(Text(f"📷 {photo}", style="dim"))
        footer = (embed.get("footer") or {}).get("text", "")
        return Panel(
            Group(*lines),
            subtitle=f"{footer}{note}",
            subtitle_align="right",
            width=90,
            border_style="yellow" if "retracted" not in footer else "grey50",
        )

    async def send(
        self,
        channel_id: int,
        embeds: list[dict[str, Any]],
        nonce: str,
        buttons: list[Button] | None = None,
        files: Sequence[FeedFile] = (),
    ) -> int:
        """A message printed (its photos are not: a terminal shows the embeds)."""
        if nonce in self._nonces:
            return self._nonces[nonce]
        self._next_id += 1
        self._nonces[nonce] = self._next_id
        self.messages[self._next_id] = embeds
        self.files[self._next_id] = [f.filename for f in files]
        self._channel_of[self._next_id] = channel_id
        if not self.quiet:
            for embed in embeds:
                self.console.print(self._panel(embed))
        return self._next_id

    async def edit(
        self,
        channel_id: int,
        message_id: int,
        embeds: list[dict[str, Any]],
        buttons: list[Button] | None = None,
        files: Sequence[FeedFile] | None = None,
    ) -> None:
        self.messages[message_id] = embeds
        if files is not None:
            self.files[message_id] = [f.filename for f in files]
        if not self.quiet:
            for embed in embeds:
                self.console.print(self._panel(embed, " · updated in place"))

    async def sent_since(self, channel_id: int, since: datetime) -> list[SentMessage]:
        """Every message printed in the channel (the console forgets no nonce, so it never needs this)."""
        return [SentMessage(m, embeds) for m, embeds in self.messages.items() if self._channel_of[m] == channel_id]

    # -- the digest's side (bot.publishing.transport.DigestTransport) ------------------------------------------
    async def crosspost(self, channel_id: int, message_id: int) -> None:
        raise Refused("the rehearsal has no announcement channel")

    async def delete(self, channel_id: int, message_id: int) -> None:
        self.messages.pop(message_id, None)

    async def recent(self, channel_id: int) -> list[Posted]:
        """Nothing to look for: a send to the console always answers (and a nonce sent again is the same message)."""
        return []

    async def notify(self, channel_id: int, content: str, *, nonce: str = "") -> None:
        if not self.quiet:
            self.console.print(self._time(content), highlight=False)

    # -- the key moments message's side (bot.feed.keys: PinTransport, ChannelDoctor) ----------------------------
    async def pin(self, channel_id: int, message_id: int) -> None:
        self._note(f"📌 message {message_id} pinned")

    async def unpin(self, channel_id: int, message_id: int) -> None:
        self._note(f"message {message_id} unpinned")

    async def notice(self, channel_id: int, text: str) -> None:
        await self.notify(channel_id, text)

    async def direct_message(self, user_id: int, text: str) -> bool:
        await self.notify(user_id, text)
        return True

    async def examine(self, channel_id: int, *, fresh: bool = False) -> ChannelFacts:
        """The console is a text channel where Backstage may do anything."""
        return ChannelFacts(channel_id, Kind.TEXT, permissions=~0)

    def _note(self, text: str) -> None:
        if not self.quiet:
            self.console.print(f"[dim]{text}[/dim]")
