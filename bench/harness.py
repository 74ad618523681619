"""The real bot against the fake Discord, plus a bench-only no-op command to measure the floor.

`BenchBackstage` is the production `Backstage` with one extra cog, `PingCog`: `/ping` answers at once, its
`echo` option autocompletes to nothing and its `echo25` option to 25 fixed choices (as many as `who`
shows). Added in `setup_hook` before the production cogs load, the cog is synced with them, so the fake
registers `/ping` and drives it exactly like `/spot`. Whatever `/ping` costs is the floor set by discord.py,
the fake and the event loop they share; the production commands' figures are compared to it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from backstage_testing.fakediscord import FakeDiscord, FakeGuild, FakeMember, InteractionResult, running
from backstage_testing.fakediscord.interactions import build_command_data
from backstage_testing.pytest_plugin import Newsroom
from bench.workload import SpotInput, roster_csv
from bot.access import Actor, Caller
from bot.client import Backstage
from bot.services import Services
from db.database import Database

PRODUCTION_LINGER_MS = 250  # BACKSTAGE_FEED_LINGER_MS default


FIXED_CHOICES = [app_commands.Choice(name=f"Fixed choice {i:02d}", value=f"Fixed choice {i:02d}") for i in range(25)]


class PingCog(commands.Cog):
    """Bench-only: the cheapest possible slash command and autocompletes."""

    @app_commands.command(name="ping", description="Benchmark no-op: answers at once")
    @app_commands.describe(
        echo="Ignored; autocompletes to nothing", echo25="Ignored; autocompletes to 25 fixed choices"
    )
    async def ping(
        self, interaction: discord.Interaction[Any], echo: str | None = None, echo25: str | None = None
    ) -> None:
        await interaction.response.send_message("pong", ephemeral=True)

    @ping.autocomplete("echo")
    async def echo_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return []

    @ping.autocomplete("echo25")
    async def echo25_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return FIXED_CHOICES


class BenchBackstage(Backstage):
    """The production bot plus `PingCog`, synced together."""

    async def setup_hook(self) -> None:
        await self.add_cog(PingCog())
        await super().setup_hook()


class BenchNewsroom(Newsroom):
    """`Newsroom` (backstage_testing) running `BenchBackstage`, with the production feed linger by default."""

    def __init__(self, fake: FakeDiscord, db_path: Path, **settings: Any) -> None:
        settings.setdefault("BACKSTAGE_FEED_LINGER_MS", PRODUCTION_LINGER_MS)
        super().__init__(fake, db_path, **settings)

    async def start(self) -> Backstage:
        stack = contextlib.AsyncExitStack()
        self.db = await Database.open(self.db_path)
        stack.push_async_callback(self.db.close)
        self.bot = BenchBackstage(Services(self.db, self.settings), guild_ready_timeout=0.05)
        await stack.enter_async_context(running(self.bot, self.fake))
        self._stack = stack
        return self.bot

    def correspondents(self, count: int) -> list[FakeMember]:
        """`count` more members with the correspondent role."""
        return [self.guild.add_member(f"Correspondent {i}", roles=[self.reporters]) for i in range(count)]

    def editor_actor(self) -> Actor:
        """The editor as the services see them (for loading data without going through Discord)."""
        return Actor(id=self.editor.id, name=self.editor.name, role_ids=frozenset({self.editors.id}))

    async def load_roster(self, rows: Sequence[tuple[str, tuple[str, ...]]]) -> None:
        """Put names (and aliases) on the roster through the roster service, as `/roster import` does
        (the server must be configured first)."""
        if not rows:
            return
        config = await self.services.config.get(self.guild.id)
        editor = Caller(self.guild.id, config, self.editor_actor(), datetime.now(UTC))
        report = await self.services.roster.import_csv(editor, roster_csv(rows))
        if report.rejected:
            raise AssertionError(f"the roster import refused lines: {report.rejected[:3]}")


@contextlib.asynccontextmanager
async def newsroom(
    db_path: Path, fake_options: dict[str, Any] | None = None, **settings: Any
) -> AsyncIterator[BenchNewsroom]:
    """A fresh fake Discord (`fake_options` for its constructor) and a started `BenchNewsroom` over
    `db_path`, stopped afterwards."""
    fake_options = fake_options or {}
    async with FakeDiscord(**fake_options) as fake:
        room = BenchNewsroom(fake, db_path, **settings)
        await room.start()
        try:
            yield room
        finally:
            await room.stop()


def prepare_slash(
    fake: FakeDiscord, guild: FakeGuild, member: FakeMember, channel: Any, command: str, values: dict[str, Any]
) -> InteractionResult:
    """Build (but do not send) the INTERACTION_CREATE `fake.slash` would send, registered with the fake."""
    name, *path = command.split()
    definition = fake.registry.find(guild.id, name)
    payload = fake._base_interaction(2, guild, member, channel)
    payload["data"] = build_command_data(definition, path, values, fake._resolve_context(guild, member, channel))
    return fake._new_result(payload, f"/{command}")


def dispatch(fake: FakeDiscord, guild: FakeGuild, result: InteractionResult) -> InteractionResult:
    """Send one prepared interaction without waiting for its answer (its `dispatched_at` is set when sent)."""

    def sent(at: float) -> None:
        result.dispatched_at = at

    fake.hub.dispatch("INTERACTION_CREATE", result.payload, guild_id=guild.id, on_sent=sent)
    return result


async def dispatch_over(
    room: BenchNewsroom, spots: Sequence[SpotInput], spread: float, correspondents: int
) -> list[InteractionResult]:
    """Send the /spots evenly over `spread` seconds from `correspondents` members, without waiting for answers;
    return their results."""
    return await dispatch_at(room, spots, [spread * i / len(spots) for i in range(len(spots))], correspondents)


async def dispatch_at(
    room: BenchNewsroom, spots: Sequence[SpotInput], offsets: Sequence[float], correspondents: int
) -> list[InteractionResult]:
    """Send each /spot `offsets[i]` seconds after the start (in order) from `correspondents` members, without
    waiting for answers; return their results."""
    members = room.correspondents(correspondents)
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = []
    for i, (spot, offset) in enumerate(zip(spots, offsets, strict=True)):
        delay = start + offset - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        prepared = prepare_slash(room.fake, room.guild, members[i % len(members)], room.lobby, "spot", spot.options())
        results.append(dispatch(room.fake, room.guild, prepared))
    return results


async def burst(fake: FakeDiscord, guild: FakeGuild, prepared: Sequence[InteractionResult], timeout: float) -> None:
    """Send every prepared interaction at once, then wait until the bot answered all of them.

    Unlike `asyncio.gather(fake.slash(...) × n)` this keeps one waiter instead of n: the fake wakes every
    waiter on every request, which would bill the harness's own O(n²) bookkeeping to the bot.
    """
    for result in prepared:
        dispatch(fake, guild, result)
    await fake.wait_for(lambda: all(r.answered for r in prepared), timeout, f"answers to {len(prepared)} interactions")


def latencies(results: Sequence[InteractionResult]) -> list[float]:
    """Dispatch → initial callback (seconds, measured by the fake) of answered interactions."""
    out = []
    for result in results:
        if result.elapsed is None or result.status != 200:
            raise AssertionError(f"{result.label} was not answered in time (status {result.status})")
        out.append(result.elapsed)
    return out
