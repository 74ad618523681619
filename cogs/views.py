"""Reusable views: a paginator only its caller can turn."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.limits import CONTENT_MAX, clip
from cogs._common import Interaction

PageLoader = Callable[[int], Awaitable[str]]


class Paginator(discord.ui.View):
    """Previous / Next over pages loaded on demand; only `owner_id` may press."""

    def __init__(self, load: PageLoader, count: int, owner_id: int, *, timeout: float = 600) -> None:
        super().__init__(timeout=timeout)
        self.load = load
        self.count = max(1, count)
        self.owner_id = owner_id
        self.index = 0
        self._sync_buttons()

    @classmethod
    def of(cls, pages: list[str], owner_id: int) -> Paginator:
        async def load(i: int) -> str:
            return pages[i]

        return cls(load, len(pages), owner_id)

    async def content(self) -> str:
        footer = f"\n-# Page {self.index + 1} of {self.count}" if self.count > 1 else ""
        return clip(await self.load(self.index), CONTENT_MAX - len(footer)) + footer

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= self.count - 1

    async def on_error(self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any], /) -> None:
        from bot.client import handle_error

        await handle_error(interaction, error)

    async def interaction_check(self, interaction: Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "These pages belong to someone else's search. Run the command yourself to browse.", ephemeral=True
            )
            return False
        return True

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        self.index = max(0, self.index - 1)
        self._sync_buttons()
        await interaction.response.edit_message(content=await self.content(), view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        self.index = min(self.count - 1, self.index + 1)
        self._sync_buttons()
        await interaction.response.edit_message(content=await self.content(), view=self)

    async def start(self, interaction: Interaction) -> None:
        view = self if self.count > 1 else discord.utils.MISSING
        content = await self.content()
        if interaction.response.is_done():
            await interaction.followup.send(content, view=view, ephemeral=True)
        else:
            await interaction.response.send_message(content, view=view, ephemeral=True)


def paginate(lines: list[str], *, header: str = "", per_page: int = 10, max_chars: int = 1800) -> list[str]:
    """Group lines into pages of at most `per_page` lines and `max_chars` characters."""
    pages: list[str] = []
    current: list[str] = []
    size = len(header)
    for line in lines:
        if current and (len(current) >= per_page or size + len(line) + 1 > max_chars):
            pages.append(header + "\n".join(current))
            current, size = [], len(header)
        current.append(line[: max_chars - len(header) - 1])
        size += len(line) + 1
    if current:
        pages.append(header + "\n".join(current))
    return pages
