"""R6: upgrading the database, and refusing one from the future.

A night recorded by the first schema version (db/migrations/V1__initial.sql applied alone, user_version
1, rows written with plain SQL as that version wrote them) must come through the migrations whole: read
back by the repositories, searchable with /sighting list in the running bot, its votes still counted, and
its unpublished outbox published exactly once. A database whose schema is newer than this Backstage knows
is refused with a sentence that says what to do, by `Database.open` and by `backstage run` alike, and the
file is left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom
from bot.text import fold
from db.database import LATEST_VERSION, Database, DatabaseError
from db.repositories import ConfigRepository, OutboxRepository, RosterRepository, ShowRepository, SightingRepository
from tests.faults.helpers import (
    VENV_BIN,
    bot_env,
    nonce_clashes,
    repeated,
    run_to_exit,
    wait_feed_covers,
)

# V1 as it was first committed (e6f5fa8: votes kept per sighting in a `votes` table) and as it stood before
# its latest in-place edit (4cf00a7: `reactions`, without the two indexes ea0d7bc added to V1 itself).
FEED_MESSAGE = 990_000_000_000_000_001  # the message #1 was published in, in the V1 days
VOTERS = (700_001, 700_002)


def ts(moment: datetime) -> str:
    """How every version so far stores a time: ISO-8601 UTC text with microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def current_v1() -> str:
    return resources.files("db.migrations").joinpath("V1__initial.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Night:
    """The ids a V1 night is written with (those of the fake server, so the bot can serve it)."""

    guild: int
    reporters_role: int
    editors_role: int
    feed: int
    desk: int
    amy: int
    ben: int
    editor: int


def night_of(room: Newsroom) -> Night:
    return Night(
        guild=room.guild.id,
        reporters_role=room.reporters.id,
        editors_role=room.editors.id,
        feed=room.feed.id,
        desk=room.desk.id,
        amy=room.amy.id,
        ben=room.ben.id,
        editor=room.editor.id,
    )


def write_v1_night(path: Path, schema: str, night: Night, *, votes_table: bool = False) -> None:
    """A first-version database with an open show: #1 published (two votes on its message), #2 and #4 waiting
    in the outbox, #3 claimed into a batch that was never confirmed sent (the bot died while posting it)."""
    t0 = datetime.now(UTC) - timedelta(minutes=30)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(schema)
        conn.execute("PRAGMA user_version = 1")
        sql = conn.execute
        sql(
            "INSERT INTO guild_config(guild_id, reporter_role_id, editor_role_id, feed_channel_id, timezone)"
            " VALUES (?, ?, ?, ?, 'America/New_York')",
            (night.guild, night.reporters_role, night.editors_role, night.feed),
        )
        sql(
            "INSERT INTO shows(id, guild_id, name, venue, feed_channel_id, desk_channel_id, approval, opened_by,"
            " opened_at) VALUES (1, ?, 'Night One Awards', 'The Armory', ?, ?, 0, ?, ?)",
            (night.guild, night.feed, night.desk, night.editor, ts(t0)),
        )
        sql(
            "INSERT INTO roster(guild_id, name, key, aliases) VALUES (?, 'Lady Gaga', 'lady gaga', ?)",
            (night.guild, '["Gaga"]'),
        )
        sightings = [
            (1, night.amy, "Amy", "Gaga fixed Adele's earring", '["Lady Gaga"]', '["Adele"]', "Green room", None),
            (2, night.ben, "Ben", "Gaga signed a fan's cast", '["Lady Gaga"]', "[]", "Stage door", "Hold still"),
            (3, night.amy, "Amy", "A stagehand naps in a road case", "[]", "[]", "Loading dock", None),
            (4, night.ben, "Ben", "Someone hums the anthem off key", "[]", '["Ned"]', None, None),
        ]
        for n, (sid, reporter, name, what, people, others, where, quote) in enumerate(sightings):
            sql(
                "INSERT INTO sightings(id, guild_id, show_id, reporter_id, reporter_name, what, people, other_names,"
                " location, quote, status, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'live', ?)",
                (sid, night.guild, reporter, name, what, people, others, where, quote, ts(t0 + timedelta(minutes=n))),
            )
        sql("INSERT INTO sighting_people(sighting_id, show_id, name) VALUES (1, 1, 'Lady Gaga'), (1, 1, 'Adele')")
        sql("INSERT INTO sighting_people(sighting_id, show_id, name) VALUES (2, 1, 'Lady Gaga'), (4, 1, 'Ned')")
        sql(
            "INSERT INTO reporter_locations(show_id, reporter_id, location) VALUES (1, ?, 'Loading dock'),"
            " (1, ?, 'Stage door')",
            (night.amy, night.ben),
        )
        # the feed: batch 1 sent as FEED_MESSAGE with #1; batch 2 (#3) claimed but never confirmed
        sent, claimed = ts(t0 + timedelta(minutes=1)), ts(t0 + timedelta(minutes=3))
        sql(
            "INSERT INTO feed_batches(id, channel_id, kind, message_id, attempts, next_attempt, created_at, sent_at)"
            " VALUES (1, ?, 'post', ?, 0, ?, ?, ?), (2, ?, 'post', NULL, 0, ?, ?, NULL)",
            (night.feed, FEED_MESSAGE, sent, sent, sent, night.feed, claimed, claimed),
        )
        sql(
            "UPDATE sightings SET feed_message_id = ?, feed_channel_id = ? WHERE id = 1",
            (FEED_MESSAGE, night.feed),
        )
        sql("INSERT INTO feed_message_items(message_id, position, sighting_id) VALUES (?, 0, 1)", (FEED_MESSAGE,))
        outbox = [(1, 1, sent), (2, None, None), (3, 2, None), (4, None, None)]
        for sid, batch, done in outbox:
            sql(
                "INSERT INTO outbox(guild_id, channel_id, kind, sighting_id, not_before, batch_id, done_at,"
                " created_at) VALUES (?, ?, 'post', ?, ?, ?, ?, ?)",
                (night.guild, night.feed, sid, ts(t0 + timedelta(minutes=sid)), batch, done, ts(t0)),
            )
        for voter, emoji in ((VOTERS[0], "🔥"), (VOTERS[0], "😂"), (VOTERS[1], "🔥")):
            if votes_table:  # the first V1 kept votes per sighting
                sql("INSERT INTO votes(sighting_id, user_id, emoji) VALUES (1, ?, ?)", (voter, emoji))
            else:
                sql(
                    "INSERT INTO reactions(message_id, guild_id, user_id, emoji) VALUES (?, ?, ?, ?)",
                    (FEED_MESSAGE, night.guild, voter, emoji),
                )
        conn.commit()
    finally:
        conn.close()


async def read_back_through_repositories(path: Path, night: Night) -> None:
    db = await Database.open(path)
    try:
        assert await db.version() == LATEST_VERSION
        config = await ConfigRepository(db).get(night.guild)
        assert (config.reporter_role_id, config.feed_channel_id, config.timezone) == (
            night.reporters_role,
            night.feed,
            "America/New_York",
        )
        show = await ShowRepository(db).open_show(night.guild)
        assert show is not None and show.name == "Night One Awards" and show.desk_channel_id == night.desk
        gaga = await RosterRepository(db).get(night.guild, fold("lady GAGA"))
        assert gaga is not None and gaga.aliases == ("Gaga",)
        repo = SightingRepository(db)
        first = await repo.get(night.guild, 1)
        assert first is not None
        assert (first.what, first.people, first.other_names, first.where, first.votes) == (
            "Gaga fixed Adele's earring",
            ("Lady Gaga",),
            ("Adele",),
            "Green room",
            2,
        )
        second = await repo.get(night.guild, 2)
        assert second is not None and second.quote == "Hold still"
        tagged, total = await repo.search(show.id, who="Lady Gaga")
        assert total == 2 and [s.id for s in tagged] == [2, 1]
        assert await repo.feed_message_of(1) == (night.feed, FEED_MESSAGE)
        waiting = await OutboxRepository(db).pending(night.feed, datetime.now(UTC), limit=10)
        assert [e.sighting_id for e in waiting] == [2, 4]
        [unsent] = await OutboxRepository(db).unsent(night.feed, datetime.now(UTC))
        assert unsent.sighting_ids == (3,) and unsent.nonce == "backstage-2"  # the nonce it was sent with
    finally:
        await db.close()


async def test_a_first_version_night_upgrades_with_nothing_lost(fake: FakeDiscord, tmp_path: Path) -> None:
    path = tmp_path / "night-one.db"
    room = Newsroom(fake, path)
    night = night_of(room)
    write_v1_night(path, current_v1(), night)

    await read_back_through_repositories(path, night)

    # The V1 bot died after Discord had created batch 2's message but before it recorded that: Discord holds
    # a message with the batch's nonce (`backstage-<batch id>` then), which the upgraded bot must reuse.
    body = {"embeds": [{"description": "» A stagehand naps in a road case", "footer": {"text": "#3"}}]}
    fake.messages.create(room.feed.id, {**body, "nonce": "backstage-2", "enforce_nonce": True}, [])

    await room.start()  # the bot itself, on the upgraded file
    try:
        found = await room.ok(room.amy, "sighting list", who="gaga")
        content = found.content or ""
        assert "2 sightings" in content and "**#2**" in content and "**#1**" in content, content
        everything = await room.ok(room.amy, "sighting list")
        assert "4 sightings" in (everything.content or ""), everything.content
        # the unpublished part of the night is published, once; #1 was published back then and is not again
        shown = await wait_feed_covers(fake, room.feed.id, {2, 3, 4}, timeout=15)
        assert repeated(shown) == {} and 1 not in shown
        assert nonce_clashes(fake, room.feed.id) == {}
        assert (await room.services.newsroom.get(room.guild.id, 1)).votes == 2
        # and the night goes on: a new sighting after the upgrade takes the next id
        after = await room.ok(room.ben, "spot", what="Gaga waves from the balcony")
        assert "Posted **#5**" in (after.content or "") and "tagged Lady Gaga" in (after.content or "")
        shown = await wait_feed_covers(fake, room.feed.id, {2, 3, 4, 5}, timeout=15)
        assert sorted(shown) == [2, 3, 4, 5]
    finally:
        await room.stop()
    fake.assert_clean()


def future_database(path: Path, *, wal: bool) -> bytes:
    """A database written by a Backstage newer than this one: today's schema, user_version one higher."""
    conn = sqlite3.connect(path)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(current_v1())
        conn.execute("INSERT INTO meta(key, value) VALUES ('written_by', 'a newer Backstage')")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        conn.commit()
        if wal:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path.read_bytes()


def assert_refusal_is_clear(text: str, path: Path) -> None:
    assert "newer Backstage" in text and "Upgrade Backstage" in text and str(path) in text, text
    assert "Traceback" not in text, text


async def test_a_database_from_a_newer_backstage_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    before = future_database(path, wal=True)  # Backstage keeps its databases in WAL mode

    with pytest.raises(DatabaseError) as refused:
        await Database.open(path)
    assert_refusal_is_clear(str(refused.value), path)
    assert path.read_bytes() == before

    # the same through the command line: one clear sentence, a non-zero exit, no traceback, no change
    # (nothing listens on port 9: the bot must stop before it ever talks to Discord)
    env = bot_env(path, token="fake-token", api="http://127.0.0.1:9/api/v10", gateway="ws://127.0.0.1:9/")
    run = await run_to_exit([str(VENV_BIN / "backstage"), "run"], env, cwd=tmp_path)
    assert run.code != 0
    assert_refusal_is_clear(run.stderr, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.db"], "left -wal/-shm files behind"


async def test_a_newer_database_in_rollback_journal_mode_is_also_left_byte_for_byte_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "future.db"
    before = future_database(path, wal=False)  # e.g. a copy made with `sqlite3 .dump | sqlite3`
    with pytest.raises(DatabaseError, match="newer Backstage"):
        await Database.open(path)
    assert path.read_bytes() == before
