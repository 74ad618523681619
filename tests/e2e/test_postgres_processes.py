"""Two `backstage run` processes on two shard ranges sharing one PostgreSQL database (README "Deployment: several
processes on shard ranges with PostgreSQL"): every sighting reaches its feed once and in order; a channel is paced
by one process at a time (its lease), and when that process is killed outright the other takes the channel over
with nothing lost or doubled; work enqueued through one process wakes the other that paces the channel."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import asyncpg
import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.fakediscord.permissions import SEND_MESSAGES
from backstage_testing.fakediscord.rest import RecordedRequest
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.faults.helpers import FAST_CHANNEL, BotProcess, nonce_clashes, posted_id, wait_feed_covers

SHARDS = 2

# who holds a channel's lease: the advisory lock keyed by the channel id (db/coordination.py), and the
# application_name of the connection holding it ("backstage leases <pid>")
HOLDER = """SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
            AND ((l.classid::bigint << 32) | l.objid::bigint) = $1"""


def process_for(fake: FakeDiscord, url: str, tmp_path: Path, shard: int, **settings: str) -> BotProcess:
    workdir = tmp_path / f"shard{shard}"
    workdir.mkdir(exist_ok=True)
    env = {"BACKSTAGE_SHARD_COUNT": str(SHARDS), "BACKSTAGE_SHARD_IDS": str(shard), **settings}
    return BotProcess(fake, url, workdir, env=env, shards=((shard, SHARDS),))  # type: ignore[arg-type]


@pytest.fixture
async def admin(postgresql_url: str) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(postgresql_url)
    yield conn
    await conn.close()


async def holder(admin: asyncpg.Connection, channel_id: int) -> int | None:
    """The pid of the process whose lease connection holds the channel, if one does."""
    name = await admin.fetchval(HOLDER, channel_id)
    return int(name.rsplit(" ", 1)[1]) if name else None


def held_by(admin: asyncpg.Connection, channel_id: int, process: BotProcess) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return process.proc is not None and await holder(admin, channel_id) == process.proc.pid

    return check


async def spot(room: Newsroom, what: str) -> int:
    result = await room.slash(room.amy, "spot", what=what)
    sighting = posted_id(result)
    assert sighting is not None, result.content
    return sighting


def feed_posts(room: Newsroom) -> Callable[[RecordedRequest], bool]:
    return lambda r: r.method == "POST" and r.path == f"/channels/{room.feed.id}/messages"


async def test_two_processes_on_one_postgresql_database_post_every_sighting_once_in_order(
    tmp_path: Path, postgresql_url: str
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS, channel_limit=FAST_CHANNEL) as fake:
        rooms = [Newsroom(fake, postgresql_url, shard=(s, SHARDS)) for s in range(SHARDS)]
        processes = [process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS)]
        await asyncio.gather(*(p.start() for p in processes))
        try:
            for room in rooms:
                await room.open_show()

            async def rush(room: Newsroom) -> list[int]:
                return [await spot(room, f"Seen {i} in {room.guild.name}") for i in range(30)]

            posted = await asyncio.gather(*(rush(room) for room in rooms))
            for room, ids in zip(rooms, posted, strict=True):
                assert await wait_feed_covers(fake, room.feed.id, set(ids), 30) == ids  # once each, in order
                assert nonce_clashes(fake, room.feed.id) == {}
            assert set(posted[0]).isdisjoint(posted[1])  # one store: the two servers' sightings are numbered apart
        finally:
            for process in processes:
                await process.kill()
    fake.assert_clean()


async def test_a_process_killed_while_pacing_a_channel_hands_it_to_the_other_with_nothing_lost_or_doubled(
    tmp_path: Path, postgresql_url: str, admin: asyncpg.Connection
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        own, other = (process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS))
        await own.start()  # alone at first: the channel's lease is surely its own
        try:
            await room.open_show()
            wire = fake.hold(feed_posts(room))
            posted = [await spot(room, f"Seen {i}") for i in range(3)]
            await fake.wait_for(lambda: wire.reached >= 1 or None, 15, "the first feed post on the wire")
            assert await held_by(admin, room.feed.id, own)()
            await other.start()

            await own.kill()  # SIGKILL while its post is on the wire: the server frees its lease

            await eventually(held_by(admin, room.feed.id, other), 20, "the other process to take the channel")
            await fake.wait_for(lambda: wire.reached >= 2 or None, 15, "the other process sending the post again")
            wire.release()
            assert await wait_feed_covers(fake, room.feed.id, set(posted), 30) == posted
            assert nonce_clashes(fake, room.feed.id) == {}

            await own.start()  # the server's own process again: its sightings follow the others
            later = await spot(room, "Seen after the restart")
            assert await wait_feed_covers(fake, room.feed.id, {later}, 30) == [*posted, later]
        finally:
            await own.kill()
            await other.kill()
    fake.assert_clean()


async def test_a_sighting_posted_through_one_process_wakes_the_other_that_paces_its_channel(
    tmp_path: Path, postgresql_url: str, admin: asyncpg.Connection
) -> None:
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        own, other = (process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS))
        await own.start()
        try:
            await room.open_show()
            first = await spot(room, "Adele in the lobby")
            assert await wait_feed_covers(fake, room.feed.id, {first}, 15) == [first]
            # a correction's edit held on the wire: the pacing process waits for it, with nothing else to do
            [message] = fake.channel_messages(room.feed.id)
            edits = fake.hold(lambda r: r.method == "PATCH" and r.path.endswith(f"/messages/{message['id']}"))
            edited = await room.slash(room.amy, "sighting edit", id=first, what="Adele in the VIP lobby")
            assert edited.responded, edited
            await fake.wait_for(lambda: edits.reached >= 1 or None, 15, "the edit on the wire")
            await other.start()
            await own.kill()  # the other takes the channel over, and sends the edit again: held too
            await eventually(held_by(admin, room.feed.id, other), 20, "the other process to pace the channel")
            await fake.wait_for(lambda: edits.reached >= 2 or None, 15, "the edit on the wire again")
            await own.start()

            # through the server's own process, which cannot pace the channel: the other is woken by NOTIFY
            second = await spot(room, "Gaga at the bar")
            assert await wait_feed_covers(fake, room.feed.id, {second}, 15) == [first, second]
            assert await held_by(admin, room.feed.id, other)()  # posted by the other, the edit still held
            edits.release()
        finally:
            await own.kill()
            await other.kill()
    fake.assert_clean()


async def test_a_process_survives_its_postgresql_server_going_down_and_coming_back(
    tmp_path: Path, postgresql_server: PostgresServer, postgresql_url: str
) -> None:
    """A restart of the server (an upgrade, a failover) in the middle of the night: while it is down a /spot says
    it was not saved; once it is back the next /spot is stored, and every sighting stored before reaches the feed,
    once and in order, without restarting the bot."""
    async with FakeDiscord() as fake:
        room = Newsroom(fake, postgresql_url)
        workdir = tmp_path / "bot"
        workdir.mkdir()
        process = BotProcess(fake, postgresql_url, workdir)  # type: ignore[arg-type]
        await process.start()
        try:
            await room.open_show()
            wire = fake.hold(feed_posts(room))  # the feed still has them to post when the server goes
            stored = [await spot(room, f"Seen {i} before the restart") for i in range(3)]
            await fake.wait_for(lambda: wire.reached >= 1 or None, 15, "the first feed post on the wire")
            async with postgresql_server.down():
                refused = await room.slash(room.amy, "spot", what="Seen while the server is down")
                text = refused.content if refused.type == 4 else (await refused.final()).get("content")
                assert refused.ephemeral and "not saved" in (text or ""), text
            wire.release()
            later = await spot(room, "Seen after the restart")
            assert await wait_feed_covers(fake, room.feed.id, {*stored, later}, 30) == [*stored, later]
            assert nonce_clashes(fake, room.feed.id) == {}
            assert process.proc is not None and process.proc.returncode is None
        finally:
            await process.kill()


def digest_nonces(fake: FakeDiscord, channel_id: int) -> list[str]:
    return [str(m["nonce"]) for m in fake.channel_messages(channel_id) if str(m.get("nonce")).startswith("digest-")]


def nonce_is(nonce: str) -> Callable[[RecordedRequest], bool]:
    return lambda r: isinstance(r.json, dict) and r.json.get("nonce") == nonce


async def test_two_processes_resuming_one_unfinished_digest_edition_post_each_of_its_messages_once(
    tmp_path: Path, postgresql_url: str
) -> None:
    """A process is killed while posting a digest; then two processes start at once and both resume the unfinished
    edition. One drives it (its lease), the other leaves it: the lobby gets each message once, sent once, and the
    desk is told once that the edition is published in full."""
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        own, other = (process_for(fake, postgresql_url, tmp_path, s) for s in range(SHARDS))
        await own.start()
        try:
            await room.open_show()
            await room.long_night()  # eight long sightings: a digest of two messages
            lobby = room.lobby.id
            first = fake.hold(nonce_is("digest-1-0"))
            await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
            await fake.wait_for(lambda: first.reached or None, 30, "the digest's first message on the wire")
            await own.kill()
            first.release()  # Discord makes it; the dead process never hears its id
            await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) == 1 or None, 10, "the first message")

            second = fake.hold(nonce_is("digest-1-1"))
            await asyncio.gather(own.start(), other.start())  # both resume edition 1

            def left_to_the_other() -> bool:
                return any(
                    "digest edition 1 is being driven by another process" in log.read_text(errors="replace")
                    for process in (own, other)
                    for log in process.logs
                )

            await fake.wait_for(lambda: second.reached or None, 30, "the second message on the wire")
            await fake.wait_for(lambda: left_to_the_other() or None, 30, "one process to leave the edition")
            second.release()

            def told() -> list[str]:
                return [
                    m["content"] for m in fake.channel_messages(room.desk.id) if "published in full" in m["content"]
                ]

            await fake.wait_for(told, 30, "the desk to be told")
            assert digest_nonces(fake, lobby) == ["digest-1-0", "digest-1-1"]
            assert [len([r for r in fake.requests if nonce_is(n)(r)]) for n in ("digest-1-0", "digest-1-1")] == [1, 1]
            assert len(told()) == 1
        finally:
            await own.kill()
            await other.kill()
    fake.assert_clean()


def listening(admin: asyncpg.Connection, process: BotProcess) -> Callable[[], Awaitable[bool]]:
    """Whether the process's listening connection has said LISTEN (db/coordination.py's Listener)."""

    async def check() -> bool:
        assert process.proc is not None
        query = await admin.fetchval(
            "SELECT query FROM pg_stat_activity WHERE application_name = $1", f"backstage listener {process.proc.pid}"
        )
        return query is not None and (query.startswith("LISTEN") or query == "SELECT 1")

    return check


def logged(process: BotProcess, text: str) -> bool:
    return any(text in log.read_text(errors="replace") for log in process.logs if log.exists())


async def test_a_feed_channel_paused_by_one_process_is_held_by_the_other_and_resumed_in_both(
    tmp_path: Path, postgresql_url: str, admin: asyncpg.Connection
) -> None:
    """The process pacing the feed meets Discord's refusal and pauses the channel; the other process, which serves
    the server's commands, learns it at once (its /spot says the feed is paused and it sends nothing there), the
    desk is told once; a fix seen by that other process (the gateway event is its) resumes the channel in both, and
    everything held is posted once, in order."""
    async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS) as fake:
        room = Newsroom(fake, postgresql_url, shard=(0, SHARDS))
        probe = {"BACKSTAGE_FEED_PROBE_SECONDS": "60"}  # no look in time: only events and notifications act
        own, other = (process_for(fake, postgresql_url, tmp_path, s, **probe) for s in range(SHARDS))
        await own.start()
        try:
            await room.open_show()
            first = await spot(room, "Gaga arrives on a horse")
            assert await wait_feed_covers(fake, room.feed.id, {first}, 15) == [first]
            wire = fake.hold(feed_posts(room))
            second = await spot(room, "Adele waves from the balcony")
            await fake.wait_for(lambda: wire.reached >= 1 or None, 15, "the second post on the wire")
            await other.start()
            await own.kill()  # the other process takes the channel over and sends the post again: held too
            await eventually(held_by(admin, room.feed.id, other), 20, "the other process to pace the channel")
            await fake.wait_for(lambda: wire.reached >= 2 or None, 15, "the post on the wire again")
            await own.start()  # the server's own process again, with no pause known
            await eventually(listening(admin, own), 20, "the server's own process to listen for the others")

            room.guild.deny_bot(room.feed, SEND_MESSAGES)
            wire.release()  # refused: the other process pauses the channel
            await fake.wait_for(
                lambda: logged(own, f"channel {room.feed.id} paused by another process") or None,
                20,
                "the server's own process to learn of the pause",
            )
            since = len(fake.requests)
            held = await room.slash(room.amy, "spot", what="Held sighting")
            assert "the feed is paused" in (held.content or ""), held.content
            third = posted_id(held)
            assert third is not None
            await fake.wait_for(lambda: notices(fake, room.desk.id) or None, 20, "the desk to be told")

            room.guild.deny_bot(room.feed, 0)  # fixed: CHANNEL_UPDATE reaches the server's own process only
            assert await wait_feed_covers(fake, room.feed.id, {second, third}, 30) == [first, second, third]
            await fake.wait_for(
                lambda: logged(other, f"channel {room.feed.id} resumed by another process") or None,
                20,
                "the other process to learn of the resume",
            )
            refused = [r for r in fake.requests[since:] if feed_posts(room)(r) and r.status == 403]
            assert refused == []  # nobody sent to the paused channel once it was paused
            assert len(notices(fake, room.desk.id)) == 1
            assert nonce_clashes(fake, room.feed.id) == {}
        finally:
            await own.kill()
            await other.kill()
    fake.assert_clean()


def notices(fake: FakeDiscord, channel_id: int) -> list[str]:
    return [m["content"] for m in fake.channel_messages(channel_id) if m["content"].startswith("⚠️")]
