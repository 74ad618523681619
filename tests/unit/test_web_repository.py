"""What the web reads, on a real database (both engines; the upgrade of a SQLite file): show tokens (also for shows
from before the web), the change log the triggers keep (only for servers on the web, only for what the page shows),
data_version across connections, and rows that may be public (never pending or rejected)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.digest.changes import reads_the_same
from bot.models import GuildConfig, Reporter, SightingStatus
from bot.text import fold
from db.database import Connection, Database, migrations
from db.repositories import ConfigRepository, ShowRepository, SightingRepository
from db.repositories.curation import CurationRepository
from db.repositories.editions import EditionRepository, NewEdition
from db.repositories.newsroom import NewsroomRepository, SightingChanges
from db.repositories.sightings import NewSighting
from db.repositories.web import ChangeCursor, WebRepository
from db.sqlite import split_sql

T0 = datetime(2031, 8, 31, 20, 0, tzinfo=UTC)


@pytest.fixture
def db(database: Database) -> Database:
    return database


async def open_show(db: Database, guild_id: int, *, web: bool) -> int:
    await ConfigRepository(db).save(GuildConfig(guild_id=guild_id, feed_channel_id=100, web=web))
    show = await ShowRepository(db).create(
        guild_id=guild_id,
        name=f"Show of {guild_id}",
        venue=None,
        feed_channel_id=100,
        desk_channel_id=None,
        approval=False,
        opened_by=7,
        opened_at=T0,
    )
    return show.id


async def add(db: Database, show_id: int, guild_id: int, what: str, status=SightingStatus.LIVE) -> int:
    new = NewSighting(
        guild_id=guild_id,
        show_id=show_id,
        reporter=Reporter(id=11, name="Amy"),
        what=what,
        people=(),
        other_names=(),
        where=None,
        quote=None,
        headline=None,
        photo_url=None,
        status=status,
        created_at=T0,
        publish_at=None,
    )
    return (await SightingRepository(db).add(new, feed_channel_id=100)).id


def test_migrations_split_at_complete_statements_so_triggers_stay_whole():
    sql = dict((name, text) for _, name, text in migrations())["web"]
    statements = list(split_sql(sql))
    triggers = [s for s in statements if "CREATE TRIGGER" in s]
    assert len(triggers) == 5 and all(s.rstrip().endswith("END;") for s in triggers)
    assert all(sqlite3.complete_statement(s) for s in statements)


async def test_shows_opened_before_the_web_get_an_unguessable_token_on_upgrade(tmp_path: Path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.create_function("backstage_fold", 1, fold, deterministic=True)  # as Database registers it (V4 uses it)
    for version, name, sql in migrations():
        if name == "web":
            break
        for statement in split_sql(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    for n in range(3):
        conn.execute(
            "INSERT INTO shows(guild_id, name, feed_channel_id, opened_by, opened_at, closed_at) "
            "VALUES (1, ?, 100, 7, ?, ?)",
            (f"Old show {n}", T0.isoformat(), T0.isoformat()),
        )
    conn.commit()
    conn.close()
    db = await Database.open(path)
    try:
        tokens = [r[0] for r in await db.fetchall("SELECT web_token FROM shows ORDER BY id")]
        assert len(set(tokens)) == 3 and all(len(t) == 32 and int(t, 16) >= 0 for t in tokens)  # 128 random bits
        config = await ConfigRepository(db).get(1)
        assert config.web is False  # off by default, also for servers from before
        new_show = await ShowRepository(db).create(
            guild_id=2, name="New", venue=None, feed_channel_id=1, desk_channel_id=None, approval=False,
            opened_by=7, opened_at=T0,
        )  # fmt: skip
        assert new_show.web_token is not None and len(new_show.web_token) >= 22 and new_show.web_token not in tokens
    finally:
        await db.close()


async def test_the_change_log_follows_only_what_a_page_on_the_web_shows(db: Database):
    web = WebRepository(db)
    on = await open_show(db, 1, web=True)
    off = await open_show(db, 2, web=False)
    start = await web.last_change()
    first = await add(db, on, 1, "On the web")
    await add(db, off, 2, "Not on the web")
    changes = await web.changes_since(start)
    assert [(c.show_id, c.sighting_id) for c in changes] == [(on, first)]
    seen = changes[-1].seq
    # the publisher recording the feed message is bookkeeping the page does not show: not logged
    await db.write(lambda conn: conn.execute("UPDATE sightings SET feed_message_id = 5 WHERE id = ?", (first,)))
    assert await web.changes_since(seen) == []
    sighting = await SightingRepository(db).get(1, first)
    assert sighting is not None
    changes_ = SightingChanges("Corrected", (), (), None, None, None, None)
    await NewsroomRepository(db).edit(sighting, changes_, Reporter(id=11, name="Amy"), T0 + timedelta(minutes=1))
    await CurationRepository(db).set(on, first, pinned=False, headline=None, by=7, now=T0 + timedelta(minutes=2))
    assert [c.sighting_id for c in await web.changes_since(seen)] == [first, first]


async def test_another_connection_s_commit_moves_data_version_and_reads_see_it(db: Database, database_url: str):
    show = await open_show(db, 1, web=True)
    reader = await Database.open(database_url)
    try:
        web = WebRepository(reader)
        before = await web.data_version()
        assert await web.data_version() == before  # nothing committed meanwhile
        sid = await add(db, show, 1, "Fresh")
        assert await web.data_version() != before
        rows = await web.rows(show, [sid])
        assert rows[sid].what == "Fresh" and rows[sid].in_feed is False
    finally:
        await reader.close()


async def test_pending_and_rejected_rows_are_never_read(db: Database):
    show = await open_show(db, 1, web=True)
    live = await add(db, show, 1, "Live")
    pending = await add(db, show, 1, "Pending", SightingStatus.PENDING)
    rejected = await add(db, show, 1, "Rejected", SightingStatus.REJECTED)
    web = WebRepository(db)
    assert [r.id for r in await web.timeline(show)] == [live]
    assert set(await web.rows(show, [live, pending, rejected])) == {live}
    token = (await ShowRepository(db).get(show)).web_token
    found = await web.show_by_token(token)
    assert found is not None and found.on_web and found.id == show
    assert await web.show_by_token("x" * 22) is None


async def test_the_published_digest_is_the_newest_edition_posted_in_full_and_not_unpublished(db: Database):
    show = await open_show(db, 1, web=True)
    token = (await ShowRepository(db).get(show)).web_token
    web, editions = WebRepository(db), EditionRepository(db)

    async def edition(items: int, at: datetime, *, again: bool = False) -> int:
        new = NewEdition(1, show, 100, False, items, 7, "Eddie", None, [([{"title": f"{items} things"}], [1])])
        made, _ = await editions.create(new, at, again=again, same=reads_the_same)
        return made.id

    first = await edition(5, T0)
    assert (await web.show_by_token(token)).digest_count is None  # recorded, nothing posted yet
    await editions.mark_sent(first, 0, 900, T0, crosspost_after=None)
    assert (await web.show_by_token(token)).digest_count is None  # posting, not yet in full
    await editions.mark_completed(first, T0 + timedelta(seconds=2))
    published = await web.show_by_token(token)
    assert published.digest_count == 5 and published.digest_published_at == T0 + timedelta(seconds=2)

    second = await edition(3, T0 + timedelta(minutes=5), again=True)
    await editions.mark_sent(second, 0, 901, T0, crosspost_after=None)
    await editions.mark_completed(second, T0 + timedelta(minutes=5))
    assert (await web.show_by_token(token)).digest_count == 3  # the newer edition
    await editions.unpublish(show, 2, "Eddie", T0 + timedelta(minutes=6))
    assert (await web.show_by_token(token)).digest_count == 5  # back to the one still published
    await editions.unpublish(show, None, "Eddie", T0 + timedelta(minutes=7))
    assert (await web.show_by_token(token)).digest_count is None


async def test_a_change_committed_after_a_later_one_was_read_is_still_read_once(postgresql_url: str):
    """Two processes writing at once on PostgreSQL: the change numbered first commits last. The live page's
    cursor has read the later one already, and still reads the earlier one when it commits, once."""
    writer_a, writer_b, reader = [await Database.open(postgresql_url) for _ in range(3)]
    try:
        show = await open_show(writer_a, 1, web=True)
        cursor = ChangeCursor(WebRepository(reader))
        await cursor.start()
        holding, release = threading.Event(), threading.Event()

        def slow_write(conn: Connection) -> int:
            row = conn.execute(
                """INSERT INTO sightings(guild_id, show_id, reporter_id, reporter_name, what, status, created_at)
                   VALUES (1, ?, 11, 'Amy', 'Taken first, committed last', 'live', ?) RETURNING id""",
                (show, T0.isoformat()),
            ).fetchone()
            holding.set()  # its change number is taken: now the other process writes and commits
            release.wait(30)
            return int(row[0])

        slow = asyncio.ensure_future(writer_a.write(slow_write))
        await asyncio.to_thread(holding.wait, 30)
        second = await add(writer_b, show, 1, "Taken second, committed first")
        assert [c.sighting_id for c in await cursor.read()] == [second]
        release.set()
        first = await slow
        assert [c.sighting_id for c in await cursor.read()] == [first]  # read although numbered below `second`
        assert await cursor.read() == []  # once
        assert cursor.count == 2
    finally:
        release.set()
        for db in (writer_a, writer_b, reader):
            await db.close()
