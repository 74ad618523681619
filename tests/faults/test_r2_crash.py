"""R2: the bot process is SIGKILLed in the middle of a 500-sighting burst, then started again.

The bot runs as its own process (`python -m bot`, configured only through the environment, as in
production) against the fake Discord in the test process. 25 correspondents fire 500 /spot; at a seeded
random point the process is killed with SIGKILL (no shutdown code runs) and started again, and the
correspondents carry on with the sightings they had not posted yet.

What must hold: every sighting whose correspondent received "Posted **#N**" is stored as #N and shown in the
feed exactly once; nothing is shown twice, and no two feed messages carry the same nonce. Interactions the
dead process never answered are allowed to be lost (Discord shows "interaction failed"); they are counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from backstage_testing.fakediscord import FakeDiscord, FakeMember, RecordedRequest
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.faults.helpers import (
    FAST_CHANNEL,
    BotProcess,
    feed_ids,
    nonce_clashes,
    posted_id,
    read_rows,
    repeated,
    wait_feed_covers,
)

SEED = 20310831
BURST = 500
CORRESPONDENTS = 25
ANSWER_WAIT = 3.5  # Discord gives up on an interaction after 3 s


@dataclass(frozen=True)
class KillPoint:
    """When to SIGKILL: after `confirmations` answered /spot, or (burst over) once the feed shows `shown`;
    `on_the_wire`: at that point, also wait until a feed message is on its way to Discord (Discord creates
    it, but the bot dies before it hears back: only the nonce can stop the resend from posting it twice)."""

    name: str
    confirmations: int | None = None
    shown: int | None = None
    on_the_wire: bool = False


def kill_points(seed: int) -> list[KillPoint]:
    rng = random.Random(seed)
    return [
        KillPoint("early", confirmations=rng.randint(10, 100)),
        KillPoint("middle", confirmations=rng.randint(150, 350)),
        KillPoint("late", shown=rng.randint(100, 400)),
        KillPoint("on-the-wire", shown=rng.randint(100, 400), on_the_wire=True),
    ]


@dataclass
class Burst:
    """What the correspondents saw."""

    confirmed: dict[int, str] = field(default_factory=dict)  # sighting id -> the text that was posted
    unanswered: list[str] = field(default_factory=list)  # "interaction failed" in Discord
    refused: list[str] = field(default_factory=list)  # answered, but not with a confirmation
    bot_down: asyncio.Event = field(default_factory=asyncio.Event)
    bot_up: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def answered(self) -> int:
        return len(self.confirmed) + len(self.refused)


async def correspondent(room: Newsroom, member: FakeMember, index: int, burst: Burst) -> None:
    for n in range(BURST // CORRESPONDENTS):
        if burst.bot_down.is_set():
            await burst.bot_up.wait()  # the bot is gone: Discord shows no commands to run; wait for it
        what = f"Burst {index}-{n}: a presenter rehearses the envelope line in the stairwell"
        try:
            result = await room.fake.slash(room.guild, member, room.desk, "spot", timeout=ANSWER_WAIT, what=what)
        except AssertionError:
            burst.unanswered.append(what)
            continue
        sighting_id = posted_id(result)
        if sighting_id is None:
            burst.refused.append(f"{what} -> {result.content}")
        else:
            burst.confirmed[sighting_id] = what


async def kill_and_restart(bot: BotProcess, point: KillPoint, burst: Burst, room: Newsroom) -> float:
    """Waits for the kill point, SIGKILLs the bot, starts it again; returns how long it was down."""
    fake = room.fake
    if point.confirmations is not None:
        wanted = point.confirmations
        await fake.wait_for(lambda: burst.answered >= wanted, 30, f"{wanted} answered /spot")
    else:
        wanted = point.shown or 0
        await fake.wait_for(lambda: len(feed_ids(fake, room.feed.id)) >= wanted, 60, f"{wanted} sightings shown")
    if point.on_the_wire:
        fake.latency = 0.5  # Discord is slow to answer: the next feed post stays on the wire for 0.5 s
        await until(lambda: any(r.status == 0 for r in feed_posts(room)), "a feed post on the wire", 10)
    burst.bot_down.set()
    await bot.kill()
    fake.latency = 0.0
    loop = asyncio.get_running_loop()
    down_at = loop.time()
    await bot.start()
    burst.bot_down.clear()
    burst.bot_up.set()
    return loop.time() - down_at


def feed_posts(room: Newsroom) -> list[RecordedRequest]:
    path = f"/channels/{room.feed.id}/messages"
    return [r for r in room.fake.requests if r.method == "POST" and r.path == path]


def resent(room: Newsroom) -> int:
    """Feed posts that repeated an earlier post's nonce (a resend after the kill)."""
    nonces = [str(r.json.get("nonce")) for r in feed_posts(room) if isinstance(r.json, dict)]
    return sum(n - 1 for n in repeated(nonces).values())


def adopted(bot: BotProcess) -> int:
    """Feed posts a restarted bot found in the channel's history (made by the request its predecessor died in)."""
    return sum(log.read_text(errors="replace").count("was already in channel") for log in bot.logs)


@contextlib.asynccontextmanager
async def forgetful(tmp_path: Path) -> AsyncIterator[tuple[FakeDiscord, Newsroom, BotProcess, Path]]:
    """A fake Discord that remembers a nonce for one second (how long Discord does is undocumented, "a few
    minutes"), a server, and the bot as a process on `tmp_path/b.db`, started; stopped at the end."""
    fake = FakeDiscord(channel_limit=FAST_CHANNEL, nonce_window=1.0)
    await fake.start()
    db_path = tmp_path / "b.db"
    bot = BotProcess(fake, db_path, tmp_path)
    try:
        room = Newsroom(fake, db_path)
        await bot.start()
        yield fake, room, bot, db_path
    finally:
        await bot.kill()
        await fake.stop()


async def test_a_restarted_bot_looks_for_its_predecessors_post_in_the_history_however_recent(tmp_path: Path) -> None:
    """How long Discord remembers a nonce is undocumented ("a few minutes"); here, one second. The bot is killed
    with a feed post on the wire (Discord makes the message, the answer is lost) and started again at once: the
    claim it inherits is looked for in the channel's history before it is sent again, so the sighting is shown
    once, where a resend trusting the nonce (claimed seconds ago, well within Backstage's own window) showed it
    twice."""
    async with forgetful(tmp_path) as (fake, room, bot, db_path):
        stringer = room.guild.add_member("Stringer", roles=[room.reporters])
        await room.open_show()
        fake.latency = 0.5  # Discord is slow to answer: the feed post stays on the wire for 0.5 s
        answered = await fake.slash(room.guild, stringer, room.desk, "spot", what="The envelope is in the stairwell")
        sighting = posted_id(answered)
        assert sighting is not None, answered.content
        await until(lambda: any(r.status == 0 for r in feed_posts(room)), "the feed post on the wire", 10)
        await bot.kill()
        fake.latency = 0.0
        await bot.start()
        await wait_feed_covers(fake, room.feed.id, {sighting}, timeout=20)
        await until(
            lambda: read_rows(db_path, "SELECT COUNT(*) FROM outbox WHERE done_at IS NULL")[0][0] == 0,
            "the bot to finish its outbox",
        )
        assert feed_ids(fake, room.feed.id) == [sighting]
        assert adopted(bot) == 1 and resent(room) == 0


async def test_a_restarted_bot_looks_for_its_predecessors_key_moments_message_in_the_history(tmp_path: Path) -> None:
    """As above, for the feed's pinned "Key moments so far" message: the bot is killed with that message's POST on
    the wire (held by the fake until the process is dead: Discord makes it, the answer is lost; Discord's nonce
    memory here one second) and started again at once. It trusted the nonce of a message first tried seconds
    before (within Backstage's 2-minute window) and made a second list; now a message this process did not try
    itself is looked for in the history first, by the feed's rule (`OwnSends`), and adopted: one list."""
    async with forgetful(tmp_path) as (fake, room, bot, db_path):
        await room.configure(key_moments=True)
        path = f"/channels/{room.feed.id}/messages"
        on_the_wire = fake.hold(lambda r: r.method == "POST" and r.path == path and "Key moments so far" in str(r.json))
        opened = await room.slash(room.editor, "show start", name="2031 Music Video Awards")
        assert "is open" in (opened.content or ""), opened.content
        await until(lambda: on_the_wire.reached == 1, "the key moments message on the wire", 10)
        await bot.kill()
        on_the_wire.release()  # Discord makes the message; the answer is lost with the process

        def made() -> list[dict[str, Any]]:
            return [m for m in fake.channel_messages(room.feed.id) if "Key moments so far" in str(m.get("embeds"))]

        await until(lambda: len(made()) == 1, "the message made")
        await bot.start()
        await until(
            lambda: read_rows(db_path, "SELECT message_id FROM key_summaries")[0][0] is not None,
            "the key moments message recorded",
        )
        assert len(made()) == 1, f"{len(made())} key moments messages in the feed"
        assert read_rows(db_path, "SELECT message_id FROM key_summaries") == [(int(made()[0]["id"]),)]


async def until(check: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    async def holds() -> bool:
        return check()

    await eventually(holds, timeout=timeout, what=what)


@pytest.mark.parametrize("point", kill_points(SEED), ids=lambda p: p.name)
async def test_sigkill_during_a_burst_loses_no_confirmed_sighting_and_posts_none_twice(
    point: KillPoint, tmp_path: Path
) -> None:
    fake = FakeDiscord(channel_limit=FAST_CHANNEL)
    await fake.start()  # not install()ed: the bot is another process, aimed at the fake by its environment
    db_path = tmp_path / "b.db"
    bot = BotProcess(fake, db_path, tmp_path)
    try:
        room = Newsroom(fake, db_path)  # the server and its people; the bot is the process
        reporters = [room.guild.add_member(f"Stringer {i}", roles=[room.reporters]) for i in range(CORRESPONDENTS)]
        await bot.start()
        await room.open_show()  # /setup as the admin, then /show start as the editor
        burst = Burst()
        async with asyncio.TaskGroup() as tasks:  # one failing cancels the others: nobody waits forever
            killer = tasks.create_task(kill_and_restart(bot, point, burst, room))
            for i, member in enumerate(reporters):
                tasks.create_task(correspondent(room, member, i, burst))
        await _check(room, bot, burst, point, killer.result())
    finally:
        await bot.kill()
        await fake.stop()


async def _check(room: Newsroom, bot: BotProcess, burst: Burst, point: KillPoint, downtime: float) -> None:
    fake, db_path = room.fake, bot.db_path
    assert burst.refused == [], burst.refused[:3]
    stored = dict(read_rows(db_path, "SELECT id, what FROM sightings"))

    # every confirmation the correspondents received names a stored sighting, with their text
    wrong = {sid: what for sid, what in burst.confirmed.items() if stored.get(sid) != what}
    assert wrong == {}, f"{len(wrong)} confirmed sightings missing or different, e.g. {list(wrong.items())[:3]}"

    # everything stored reaches the feed (confirmed or not), once; wait until the bot considers itself done
    await wait_feed_covers(fake, room.feed.id, set(stored), timeout=40)

    def outbox_empty() -> bool:
        rows = read_rows(db_path, "SELECT COUNT(*) FROM outbox WHERE done_at IS NULL")
        return rows[0][0] == 0

    await until(outbox_empty, "the bot to finish its outbox")
    shown = feed_ids(fake, room.feed.id)
    assert repeated(shown) == {}, f"shown more than once: {repeated(shown)}"
    assert set(shown) == set(stored)
    assert nonce_clashes(fake, room.feed.id) == {}
    if point.on_the_wire:  # a claim of the killed process: looked for in the history first, then sent again
        assert resent(room) + adopted(bot) >= 1, (
            "the message on the wire when the bot died was neither adopted nor sent"
        )

    # a restart is not a new deployment: the slash commands were synced once (Discord allows 200 a day)
    syncs = [r for r in fake.requests if r.method == "PUT" and r.path.endswith("/commands")]
    assert len(syncs) == 1, f"{len(syncs)} command syncs"
    fake.assert_clean()

    saved_unanswered = sum(1 for what in burst.unanswered if what in set(stored.values()))
    print(
        f"\nR2 kill {point.name} ({point.confirmations or point.shown} "
        f"{'answered' if point.confirmations else 'shown'}): {len(burst.confirmed)} confirmed, "
        f"{len(burst.unanswered)} unanswered ({saved_unanswered} of them saved anyway), {len(stored)} stored, "
        f"{len(shown)} shown once each in {len(fake.channel_messages(room.feed.id))} messages "
        f"({resent(room)} resent with their nonce); "
        f"down {downtime:.1f} s",
        file=sys.stderr,
    )
