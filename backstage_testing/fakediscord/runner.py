"""Running a real discord.py client against a :class:`FakeDiscord` for the duration of a test."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import discord

    from .server import FakeDiscord


@contextlib.asynccontextmanager
async def running(client: discord.Client, fake: FakeDiscord, *, timeout: float = 10.0) -> AsyncIterator[None]:
    """Starts ``client`` with the fake's token, waits until both sides are ready, closes it afterwards.

    The fake must be started and installed. Build the client with ``guild_ready_timeout`` small (e.g.
    0.05): discord.py otherwise waits 2 s after the last GUILD_CREATE before ``on_ready``. A login
    failure or crash of the client surfaces here instead of as a timeout.
    """
    identifies = fake.identify_count + 1
    task = asyncio.create_task(client.start(fake.token), name="fakediscord-client")
    ready = asyncio.create_task(_ready(client, fake, identifies, timeout))
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            ready.cancel()
            task.result()  # re-raises LoginFailure and friends
            raise AssertionError("the client stopped before it was ready")
        if ready not in done:
            raise AssertionError(f"the client was not ready within {timeout:g} s")
        ready.result()
        yield
    finally:
        ready.cancel()
        if not client.is_closed():
            await client.close()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(task, timeout)


async def _ready(client: discord.Client, fake: FakeDiscord, identifies: int, timeout: float) -> None:
    await fake.wait_ready(timeout, identifies=identifies)
    await client.wait_until_ready()
