"""pytest fixtures for Backstage, shipped as a plugin: `pytest_plugins = ["backstage_testing.pytest_plugin"]`
in a conftest.py (as Red-DiscordBot ships `redbot.pytest`). The benchmarks use `Newsroom` and `eventually` too.

`newsroom` gives a running bot (the real discord.py client) connected to a fake Discord on 127.0.0.1, a
server with roles, channels and members, and a real SQLite file. Every test using it ends with the fake's
checks: no request broke Discord's rules or the OpenAPI spec, and nothing could ping.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from backstage_testing.fakediscord import (
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeRole,
    InteractionResult,
    Upload,
    running,
)
from backstage_testing.fakediscord.permissions import PIN_MESSAGES
from backstage_testing.nights import write_night
from backstage_testing.postgres import MISSING, REQUIRE, PostgresServer, running_server
from bot.client import Backstage
from bot.services import Services
from bot.settings import Settings
from db.database import POSTGRESQL, SQLITE, Database, is_server

T = TypeVar("T")


async def eventually(check: Callable[[], Awaitable[T]], timeout: float = 10.0, what: str = "a condition") -> T:
    """Re-check an async condition (e.g. a database read) until it holds: waiting on state, not on time."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await check()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what} (last: {value!r})")
        await asyncio.sleep(0.01)


def unpack(upload: Upload) -> dict[str, bytes]:
    """The files of an upload by name: a .zip's members, or the file itself."""
    if not upload.filename.endswith(".zip"):
        return {upload.filename: upload.data}
    with zipfile.ZipFile(io.BytesIO(upload.data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def settings_for(db_path: Path | str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"BACKSTAGE_DATABASE": db_path, "BACKSTAGE_FEED_LINGER_MS": 50}
    values.update(overrides)
    return Settings(_env_file=None, **values)


class RefusalLog(logging.Handler):
    """Collects the sentences of refused interactions, by interaction id, from the bot's error path."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.refused: dict[int, str] = {}

    def emit(self, record: logging.LogRecord) -> None:
        interaction_id = getattr(record, "refused_interaction", None)
        if interaction_id is not None:
            self.refused[int(interaction_id)] = record.getMessage()


LONG_NIGHT_PEOPLE = (
    "Ines Achebe",
    "Dex Okafor",
    "Lou Farrant",
    "Calla Ashdown",
    "Kit Abernathy",
    "Wren Quill",
    "Juniper Hale",
    "Noor Abernathy",
)
_WORD_LINES = (
    "apple bridge candle dragon engine falcon garden harbor island jungle kettle lantern meadow needle",
    "orchard pepper quartz ribbon saddle timber umbrella velvet walnut yarrow zephyr anchor basket cactus",
    "dolphin ember feather glacier hammer igloo jasmine kayak lemon magnet nutmeg oyster parrot quiver",
    "rocket spinach tulip unicorn violin waffle xylophone yogurt zebra acorn barrel cobalt daisy eclipse",
    "fossil goblet hazel iris jigsaw koala lobster mango nickel olive pebble quill raven salmon thistle",
    "urchin vanilla willow yodel zinnia amber bison cedar denim elbow fig gravel hornet ivy juniper kiwi",
    "lilac maple nectar onyx peach quokka radish sequin thimble ukulele vortex wombat",
    "almond beacon cherry dune eagle fern ginger helmet jelly kelp lynx marble noodle otter pumpkin quinoa",
    "rhubarb saffron tangerine",
)
_LONG_NIGHT_WORDS = [word for line in _WORD_LINES for word in line.split()]


def long_sighting(i: int) -> dict[str, Any]:
    """The options of a long /spot (about 700 + 600 characters) about its own person, with words no other one
    shares: eight of them make eight digest items, too long for one Discord message (6,000 characters)."""
    words = _LONG_NIGHT_WORDS[i * 14 : (i + 1) * 14]
    person = LONG_NIGHT_PEOPLE[i]
    first, second = ", ".join(words[:7]), ", ".join(words[8:])
    line = f"{person} juggled {first} beside the {words[7]}; later {second} filled the room. "
    # (the quote reads as English, with a word English uses: a line of bare nouns reads as a language we cannot read)
    return {"what": (line * 4).strip(), "who": person, "quote": (("the " + " ".join(words) + ". ") * 6).strip()}


class Newsroom:
    """One server as a newsroom sees it, and the bot serving it."""

    def __init__(
        self, fake: FakeDiscord, db_path: Path | str, *, shard: tuple[int, int] | None = None, **settings: Any
    ) -> None:
        """`db_path`: a SQLite file, or a PostgreSQL database's address. `shard=(i, n)`: the server's id puts it
        on shard `i` of `n`."""
        self.fake = fake
        self.db_path = db_path
        self.settings = settings_for(db_path, **settings)
        self.guild: FakeGuild = fake.add_guild("VMA Newsroom", shard=shard)
        self.reporters: FakeRole = self.guild.add_role("Correspondents")
        self.editors: FakeRole = self.guild.add_role("Desk")
        self.feed: FakeChannel = self.guild.add_channel("vma-live")
        self.desk: FakeChannel = self.guild.add_channel("desk")
        self.lobby: FakeChannel = self.guild.add_channel("lobby")
        self.admin: FakeMember = self.guild.add_member("Ada Admin", manage_guild=True)
        self.editor: FakeMember = self.guild.add_member("Eddie Editor", roles=[self.editors])
        self.amy: FakeMember = self.guild.add_member("Amy", roles=[self.reporters])
        self.ben: FakeMember = self.guild.add_member("Ben", roles=[self.reporters])
        self.fan: FakeMember = self.guild.add_member("Fran Fan")
        self.bot: Backstage | None = None
        self.db: Database | None = None
        self._refusals = RefusalLog()
        self._stack: contextlib.AsyncExitStack | None = None

    @property
    def services(self) -> Services:
        assert self.bot is not None, "the bot is not running"
        return self.bot.services

    async def start(self) -> Backstage:
        stack = contextlib.AsyncExitStack()
        logger = logging.getLogger("bot.client")
        stack.callback(logger.setLevel, logger.level)
        logger.setLevel(logging.INFO)  # refusals are logged at INFO
        logger.addHandler(self._refusals)
        stack.callback(logger.removeHandler, self._refusals)
        self.db = await Database.open(self.db_path)
        stack.push_async_callback(self.db.close)
        self.bot = Backstage(Services(self.db, self.settings), guild_ready_timeout=0.05)
        await stack.enter_async_context(running(self.bot, self.fake))
        self._stack = stack
        return self.bot

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
        self._stack = None
        self.bot = None

    async def restart(self) -> Backstage:
        await self.stop()
        return await self.start()

    async def slash(
        self, member: FakeMember, command: str, /, *, channel: FakeChannel | None = None, **values: Any
    ) -> InteractionResult:
        return await self.fake.slash(self.guild, member, channel or self.desk, command, **values)

    async def said(self, member: FakeMember, command: str, /, **values: Any) -> str:
        """The text `member` finally sees for a command (after a defer: its followup)."""
        result = await self.slash(member, command, **values)
        return str((await result.final()).get("content") or "")

    async def ok(self, member: FakeMember, command: str, /, **values: Any) -> InteractionResult:
        """Run a command that must succeed: answered, and not with a refusal (the bot's one error path logs
        every refusal with the interaction's id; a refused `ok` fails with the sentence the member saw)."""
        result = await self.slash(member, command, **values)
        if result.type in (5, 6):
            await result.final()
        refused = self._refusals.refused.get(result.id)
        assert refused is None, f"/{command} was refused: {refused}"
        return result

    async def configure(self, **extra: Any) -> None:
        """/setup as the admin: correspondent and editor roles, the feed channel, New York time (and `extra`
        options, e.g. web=True). The feed's "Key moments so far" message is off unless `key_moments=True`: it
        is one more message in the feed, which the tests of everything else need not count."""
        extra.setdefault("key_moments", False)
        result = await self.slash(
            self.admin,
            "setup",
            reporter_role=self.reporters,
            editor_role=self.editors,
            feed_channel=self.feed,
            timezone="America/New_York",
            **extra,
        )
        assert "saved" in (result.content or ""), result.content

    async def open_show(self, *, web: bool = False, key_moments: bool = False, **values: Any) -> None:
        """/setup, then /show start with `values`; `web`: the server publishes its shows on the web;
        `key_moments`: the feed gets its pinned "Key moments so far" message."""
        await self.configure(**({"web": True} if web else {}), key_moments=key_moments)
        values.setdefault("name", "2031 Music Video Awards")
        values.setdefault("venue", "Barclays Center, Brooklyn")
        result = await self.slash(self.editor, "show start", **values)
        assert "is open" in (result.content or ""), result.content

    def allow_pins(self) -> None:
        """Give the bot Pin Messages in the whole server (a role, as an invite with that permission makes)."""
        role = self.guild.add_role("Backstage", permissions=PIN_MESSAGES)
        assert self.guild.bot_member is not None
        self.guild.set_roles(self.guild.bot_member, [role])

    async def big_night(self, count: int) -> None:
        """`count` more sightings in the open show, written straight into the database (`nights.write_night`)."""
        show = await self.services.shows.current(self.guild.id)
        assert show is not None, "open the show first"
        assert not is_server(str(self.db_path)), "a big night is written straight into a SQLite file"
        await asyncio.to_thread(write_night, Path(self.db_path), self.guild.id, show.id, count)

    def another_server(self, name: str) -> Newsroom:
        """Another server on the same fake Discord, with its own roles, channels and members, served by the same
        running bot and database."""
        other = Newsroom(self.fake, self.db_path)
        other.guild.name = name
        other.bot, other.db, other._refusals = self.bot, self.db, self._refusals
        return other

    async def long_night(self, count: int = len(LONG_NIGHT_PEOPLE)) -> None:
        """`count` long sightings (`long_sighting`), posted by Amy and Ben in turn: a digest of `count` items
        that takes two messages."""
        for i in range(count):
            result = await self.slash(self.amy if i % 2 == 0 else self.ben, "spot", **long_sighting(i))
            assert "Posted" in (result.content or ""), result.content

    def feed_embeds(self, channel: FakeChannel | None = None) -> list[dict[str, Any]]:
        """Every embed in the feed channel, in order, as it reads now (edits applied)."""
        return [e for m in self.fake.channel_messages((channel or self.feed).id) for e in m.get("embeds") or []]

    async def wait_feed(
        self, count: int, channel: FakeChannel | None = None, timeout: float = 15.0
    ) -> list[dict[str, Any]]:
        """Wait until the feed shows `count` embeds."""
        await self.fake.wait_for(
            lambda: len(self.feed_embeds(channel)) >= count or None, timeout, f"{count} embeds in the feed"
        )
        return self.feed_embeds(channel)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
async def newsroom(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[Newsroom]:
    async with _running_newsroom(fake, tmp_path / "backstage.db") as room:
        yield room


@contextlib.asynccontextmanager
async def _running_newsroom(fake: FakeDiscord, database: Path | str) -> AsyncIterator[Newsroom]:
    room = Newsroom(fake, database)
    await room.start()
    try:
        yield room
    finally:
        await room.stop()
    fake.assert_clean()


# -- both engines ------------------------------------------------------------------------------------------
# `database_url` runs a test once on a SQLite file and once on a fresh PostgreSQL database (backstage_testing/
# postgres.py); `database` gives the test that location opened (and migrated), closed after.


_REQUIRED = pytest.StashKey[bool]()


def pytest_configure(config: pytest.Config) -> None:
    """BACKSTAGE_REQUIRE_POSTGRESQL is read once, then taken out of the environment: it is no setting, and the
    commands the tests start would name it in a warning (`backstage` warns of every unknown BACKSTAGE_ name)."""
    config.stash[_REQUIRED] = os.environ.pop(REQUIRE, "") == "1"


@pytest.fixture(scope="session")
def postgresql_server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """The session's PostgreSQL server: skipped (MISSING) without the binaries, an error then under
    BACKSTAGE_REQUIRE_POSTGRESQL=1."""
    with running_server() as server:
        if server is None:
            if request.config.stash[_REQUIRED]:
                pytest.fail(f"{MISSING}; {REQUIRE}=1 says these tests must run", pytrace=False)
            pytest.skip(MISSING)
        yield server


@pytest.fixture
def postgresql_url(postgresql_server: PostgresServer) -> Iterator[str]:
    """A fresh PostgreSQL database at the latest schema, dropped after the test."""
    url = postgresql_server.new_database()
    yield url
    postgresql_server.drop(url)


@pytest.fixture(params=[SQLITE, POSTGRESQL])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's database is: a new SQLite file, or (second run) a fresh PostgreSQL database."""
    if request.param == SQLITE:
        return str(tmp_path / "backstage.db")
    return str(request.getfixturevalue("postgresql_url"))


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """`database_url` opened (and migrated), closed after the test."""
    db = await Database.open(database_url)
    try:
        yield db
    finally:
        await db.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say at the end how many PostgreSQL cases did not run, and why (`make test` without the server)."""
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if MISSING in str(r.longrepr)]
    if skipped:
        tests = f"{len(skipped)} test{'s' if len(skipped) != 1 else ''}"
        terminalreporter.write_line(f"PostgreSQL: {tests} skipped: {MISSING}.", yellow=True, bold=True)


@pytest.fixture
async def engine_newsroom(fake: FakeDiscord, database_url: str) -> AsyncIterator[Newsroom]:
    """`newsroom` on each engine in turn: a SQLite file, then a fresh PostgreSQL database."""
    async with _running_newsroom(fake, database_url) as room:
        yield room
