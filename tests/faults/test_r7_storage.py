"""R7: the database stops accepting writes (read-only, or the disk is full) in the middle of a show.

How the failure is made: the tests run as root, and root writes to a chmod 0444 file (and its -wal/-shm)
regardless, so file modes prove nothing here; `chattr +i` or a tiny tmpfs need privileges CI may not have.
The bot's own SQLite connection is changed instead, through its Database object:
- read-only: `PRAGMA query_only = ON` (SQLite then refuses every write with "attempt to write a readonly
  database", SQLITE_READONLY, as for a read-only file);
- disk full: `PRAGMA max_page_count = <pages in use>` (SQLite then answers "database or disk is full",
  SQLITE_FULL, as when the disk fills up).
Both are undone the same way, which plays "storage is back".

What must hold: the correspondent whose post could not be saved gets a clear ephemeral answer (and no
"Posted"); the bot keeps serving (reads work meanwhile, a later /spot works once storage is back); every
sighting acknowledged before is stored and shown in the feed exactly once; the refused one is nowhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from backstage_testing.fakediscord import InteractionResult
from backstage_testing.pytest_plugin import Newsroom, eventually
from bot.client import INTERNAL_ERROR
from db.database import Database, StorageUnavailable
from tests.faults.helpers import feed_ids, nonce_clashes, posted_id, repeated, wait_feed_covers

BIG_TEXT = " ".join(["The after-party guest list is read aloud at the door, name by name."] * 13)  # ~900 chars


@dataclass(frozen=True)
class StorageFault:
    name: str
    break_sql: Callable[[int], str]  # given the pages in use
    mend_sql: str


READ_ONLY = StorageFault("read-only", lambda pages: "PRAGMA query_only = ON", "PRAGMA query_only = OFF")
DISK_FULL = StorageFault(
    "disk-full", lambda pages: f"PRAGMA max_page_count = {pages}", "PRAGMA max_page_count = 1073741823"
)
FAULTS = [READ_ONLY, DISK_FULL]


async def break_storage(room: Newsroom, fault: StorageFault, headroom: int = 0) -> None:
    """`headroom`: pages the disk can still take before it is full."""
    db = room.services.db
    pages = int((await db.fetchall("PRAGMA page_count"))[0][0])
    await db.fetchall(fault.break_sql(pages + headroom))


async def mend_storage(room: Newsroom, fault: StorageFault) -> None:
    await room.services.db.fetchall(fault.mend_sql)


async def spot(room: Newsroom, what: str) -> InteractionResult:
    return await room.slash(room.amy, "spot", what=what, where="Coat check")


async def refused_post(room: Newsroom) -> tuple[str, InteractionResult, dict[int, str]]:
    """Posts until storage refuses one (a full disk may still take a few rows into free space in its pages).
    Returns the refused text, its answer, and what was acknowledged on the way."""
    acknowledged: dict[int, str] = {}
    for n in range(60):
        what = f"Storage trouble, post {n}: {BIG_TEXT}"
        result = await spot(room, what)
        sighting_id = posted_id(result)
        if sighting_id is None:
            return what, result, acknowledged
        acknowledged[sighting_id] = what
    raise AssertionError("storage never refused a post: the fault was not applied")


def backlog_cleared(room: Newsroom) -> Callable[[], Awaitable[bool]]:
    """A check for `eventually`: /show status no longer lists feed items waiting to be published."""

    async def check() -> bool:
        status = await room.ok(room.editor, "show status")
        return "waiting to be published" not in (await status.final())["content"]

    return check


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
async def test_storage_failure_refuses_the_post_keeps_the_bot_serving_and_loses_nothing_acknowledged(
    newsroom: Newsroom, fault: StorageFault
) -> None:
    fake = newsroom.fake
    await newsroom.open_show()
    before = {}
    for n in range(3):
        what = f"Before the trouble {n}: the host practises a bow"
        sighting_id = posted_id(await spot(newsroom, what))
        assert sighting_id is not None
        before[sighting_id] = what
    await wait_feed_covers(fake, newsroom.feed.id, set(before), timeout=10)
    await eventually(backlog_cleared(newsroom), timeout=10, what="the feed to be confirmed")

    await break_storage(newsroom, fault)
    try:
        refused_text, refused, acknowledged = await refused_post(newsroom)
        # a clear, private answer that does not pretend the post went through
        assert refused.type == 4 and refused.ephemeral, (refused.type, refused.content)
        assert "Posted" not in (refused.content or "")
        # the bot still serves what it has: reading needs no write
        listed = await newsroom.ok(newsroom.amy, "sighting list", text="Before the trouble")
        assert "3 sightings" in (listed.content or ""), listed.content
    finally:
        await mend_storage(newsroom, fault)

    # storage is back: the next post works, and everything acknowledged is shown exactly once
    again = await spot(newsroom, "After the trouble: the coat check reopens")
    after_id = posted_id(again)
    assert after_id is not None, again.content
    acknowledged = {**before, **acknowledged, after_id: "After the trouble: the coat check reopens"}
    await wait_feed_covers(fake, newsroom.feed.id, set(acknowledged), timeout=20)
    await eventually(backlog_cleared(newsroom), timeout=20, what="the feed to be confirmed")
    shown = feed_ids(fake, newsroom.feed.id)
    assert repeated(shown) == {}, repeated(shown)
    assert sorted(shown) == sorted(acknowledged)
    assert nonce_clashes(fake, newsroom.feed.id) == {}
    stored = {s.id: s.what for s in await newsroom.services.sighting_repo.for_show(1)}
    assert stored == acknowledged, "the stored sightings are not exactly the acknowledged ones"
    assert refused_text not in stored.values()
    print(
        f"\nR7 {fault.name}: refused after {len(acknowledged) - len(before) - 1} more post(s) with: "
        f"{refused.content!r}",
        file=sys.stderr,
    )


async def test_a_disk_filling_up_under_concurrent_posts_stores_exactly_what_was_acknowledged(
    newsroom: Newsroom,
) -> None:
    """Posts arriving together are committed together (one transaction, a savepoint each): when the disk
    fills in the middle of such a group, no refused post may be stored and no acknowledged one lost."""
    fake = newsroom.fake
    await newsroom.open_show()
    reporters = [newsroom.guild.add_member(f"Night desk {i}", roles=[newsroom.reporters]) for i in range(10)]
    acknowledged: dict[int, str] = {}
    refused: list[str] = []
    await break_storage(newsroom, DISK_FULL, headroom=8)  # a few waves fit, then the disk is full
    try:
        for wave in range(30):
            texts = [f"Wave {wave}, desk {i}: {BIG_TEXT}" for i in range(len(reporters))]
            results = await asyncio.gather(
                *(newsroom.slash(m, "spot", what=t) for m, t in zip(reporters, texts, strict=True))
            )
            for text, result in zip(texts, results, strict=True):
                sighting_id = posted_id(result)
                if sighting_id is None:
                    assert result.ephemeral, result.content
                    refused.append(text)
                else:
                    acknowledged[sighting_id] = text
            if refused:
                break
    finally:
        await mend_storage(newsroom, DISK_FULL)
    assert refused, "the disk never filled"
    stored = {s.id: s.what for s in await newsroom.services.sighting_repo.for_show(1)}
    assert stored == acknowledged
    await wait_feed_covers(fake, newsroom.feed.id, set(acknowledged), timeout=20)
    await eventually(backlog_cleared(newsroom), timeout=20, what="the feed to be confirmed")
    shown = feed_ids(fake, newsroom.feed.id)
    assert repeated(shown) == {} and sorted(shown) == sorted(acknowledged)
    print(
        f"\nR7 disk fills under concurrent posts: {len(acknowledged)} acknowledged and stored, "
        f"{len(refused)} refused and not stored",
        file=sys.stderr,
    )


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
async def test_a_post_storage_refused_is_explained_as_not_saved_try_again(
    newsroom: Newsroom, fault: StorageFault
) -> None:
    await newsroom.open_show()
    await break_storage(newsroom, fault)
    try:
        _, refused, _ = await refused_post(newsroom)
    finally:
        await mend_storage(newsroom, fault)
    text = (refused.content or "").lower()
    assert refused.ephemeral
    assert INTERNAL_ERROR.lower() not in text, refused.content
    assert "not saved" in text and "try again" in text, refused.content


async def test_a_feed_post_that_cannot_be_recorded_is_not_hammered_at_discord(newsroom: Newsroom) -> None:
    fake = newsroom.fake
    await newsroom.open_show()
    path = f"/channels/{newsroom.feed.id}/messages"

    def feed_posts() -> list[tuple[int, str]]:
        return [
            (r.status, str(r.json.get("nonce")))
            for r in fake.requests
            if r.method == "POST" and r.path == path and isinstance(r.json, dict)
        ]

    fake.latency = 0.3  # the feed post stays on the wire long enough for storage to fail behind it
    assert posted_id(await spot(newsroom, "The envelope is sealed in front of the cameras")) is not None

    async def on_the_wire() -> bool:
        return any(status == 0 for status, _ in feed_posts())

    await eventually(on_the_wire, timeout=10, what="the feed post on its way to Discord")
    await break_storage(newsroom, READ_ONLY)
    fake.latency = 0.0
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        # Discord accepted it; recording that fails. A bot that backs off sends it again a few times at most
        # in the next 4 s; this waits for a fifth send, or gives up after 4 s.
        nonce = feed_posts()[0][1]

        def sends() -> int:
            return sum(n == nonce for _, n in feed_posts())

        with contextlib.suppress(AssertionError):
            await fake.wait_for(lambda: sends() >= 5, 4, "a fifth send of the same feed message")
        sent, within = sends(), loop.time() - started
    finally:
        await mend_storage(newsroom, READ_ONLY)
    shown = await wait_feed_covers(fake, newsroom.feed.id, {1}, timeout=20)
    assert shown == [1]  # the nonce kept the fake's feed clean; Discord keeps a nonce for minutes only
    print(f"\nR7 unrecordable feed post: sent {sent} times in {within:.2f} s", file=sys.stderr)
    assert sent <= 3, f"the same feed message was sent {sent} times in {within:.2f} s while storage was down"


async def test_posts_committed_together_with_the_one_that_fills_the_disk_are_told_storage_is_full(
    tmp_path: Path,
) -> None:
    """Group commit, one level down: a small write and a large one arrive together on a nearly full disk.
    The large one must fail as StorageUnavailable (so its correspondent can be told the disk is full); the
    small one must either be committed or fail the same way, never with an unrelated SQLite error."""
    db = await Database.open(tmp_path / "full.db")
    try:
        pages = int((await db.fetchall("PRAGMA page_count"))[0][0])
        await db.fetchall(f"PRAGMA max_page_count = {pages}")

        def small(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO meta(key, value) VALUES ('small', 'fits in a page')")

        def large(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO meta(key, value) VALUES ('large', ?)", ("x" * 1_000_000,))

        fits, too_big = await asyncio.gather(db.write(small), db.write(large), return_exceptions=True)
        assert isinstance(too_big, StorageUnavailable), repr(too_big)
        assert fits is None or isinstance(fits, StorageUnavailable), repr(fits)
        assert (await db.get_meta("small") is not None) == (fits is None)
    finally:
        await db.close()
