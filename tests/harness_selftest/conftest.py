"""Fixtures for the fake Discord's self-tests: a started, installed fake with one guild."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import pytest_asyncio

from backstage_testing.fakediscord import FakeChannel, FakeDiscord, FakeGuild, FakeMember, FakeRole


@dataclass
class World:
    fake: FakeDiscord
    guild: FakeGuild
    role: FakeRole
    channel: FakeChannel
    feed: FakeChannel
    amy: FakeMember
    editor: FakeMember


def build_world(fake: FakeDiscord) -> World:
    guild = fake.add_guild("VMA Newsroom")
    role = guild.add_role("Correspondents")
    channel = guild.add_channel("newsroom")
    feed = guild.add_channel("vma-live")
    amy = guild.add_member("amy", roles=[role])
    editor = guild.add_member("eddie", manage_guild=True)
    return World(fake, guild, role, channel, feed, amy, editor)


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as instance:
        yield instance


@pytest_asyncio.fixture
async def world(fake: FakeDiscord) -> World:
    return build_world(fake)


@pytest_asyncio.fixture
async def raw(fake: FakeDiscord) -> AsyncIterator[aiohttp.ClientSession]:
    """A plain HTTP client with the bot token, for requests discord.py itself would refuse to send."""
    headers = {"Authorization": f"Bot {fake.token}"}
    async with aiohttp.ClientSession(base_url=fake.api_base + "/", headers=headers) as session:
        yield session
