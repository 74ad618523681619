"""Shipped migrations are frozen: a database made by one of them must meet the same text forever.
To change the schema, add db/migrations/V{n+1}__name.sql and its PostgreSQL twin
db/migrations/postgresql/V{n+1}__name.sql — never edit a shipped file."""

import hashlib
import sqlite3
from importlib import resources
from pathlib import Path

from bot.models import Reporter
from bot.text import fold
from db.database import LATEST_VERSION, POSTGRESQL, Database, migrations
from db.repositories import SightingRepository

SHIPPED = {
    "V1__initial.sql": "8331a19640c40aeb4ea65e4f9373af38660124cdbbeeaf5f016342b412112907",
    "V2__newsroom.sql": "ddd4e426b9c58bd8c89bfc7c1617c85df343b283d1848b56c727e687d191780e",
    "V3__quote_by.sql": "c07b90ddf85fdf5640b103c7e9d8f02a4f133e1c87ab67be2dbb32556cb80e58",
    "V4__fold_keys.sql": "19307b1d39d7f416ff2a1a469ca592cac8390b49d48f7a25c863a00ba3a1b7e4",
    "V5__feed_channels.sql": "a23065fede98c5c5a5bba120ac725a0336f3f783356643cf29e859315acdee1b",
    "V6__web.sql": "4def3f36bea4e54b66e6fb4b19c5a6915f11eecc00aba5a5588662a0a6326f7b",
    "V7__digest_editions.sql": "07a30761557ad42194765813db9f826a60a20cc9f18caaaba4979c6c245540a5",
    "V8__feed_publisher.sql": "371dafbbbd1b1fa59ec39888307069a3bfd2b8989809f27eed6a4ef25fcc094e",
    "V9__web_credits.sql": "65ddaf90150e976719ee1121857ba31990ca6f9835710309bd2862dac3120d4f",
    "V10__photos.sql": "ae43763d6408cc73fb29f685b53c7d1a1b0a1c67822eb025f562ccb2bcdaf049",
    "V11__key_moments.sql": "06223cfcee9f205b12818ae8dffd6ebe5a2a399049067777bee38c0bfe71c07d",
    "V12__post_as_source.sql": "e5cb595e998f4276d488149774cdba8079af46116a82ae92f48c13edb8adf14b",
    "V13__key_leftovers.sql": "d43e7235c22f83d5c493119aaa600e19e83bd2931178b5fd1f0b74c21eec8ee1",
    "V14__unanswered.sql": "e62708e7d809389afddd9e83f131f8620b94306cc2c3f1c420b6f8cbf18e9f28",
    "V15__where_remembered.sql": "c575ac4ecc44e29c53fa97e5b1fc29f753c10cb57f8938015007e700e649087a",
}
SHIPPED_POSTGRESQL = {
    "V1__initial.sql": "29c9f5aaff3d0acf0dd4ab00ea0984d214b9323a636bd0c1d2f94c8d77de3c3d",
    "V2__newsroom.sql": "e1a67a09ab087be0af2634def03b02c0b3934b94c2ea12afd7629f279037333d",
    "V3__quote_by.sql": "502ed0382962aac90d4f1f35d5059bfcfc88adf9d3bbc17e25f5917f0009b9ff",
    "V4__fold_keys.sql": "c1a4267d84de4669b36d2274af5df7ab36496885baefe4a693eaad475780beff",
    "V5__feed_channels.sql": "160cf5d5272f7f46477e1b569d10957196fbbfd3b07ba7830555a4df95ebe3f3",
    "V6__web.sql": "e3011f2b228ef40eb35eeaa55679397e7ffed7b6cb20a40a86306cd52fa41048",
    "V7__digest_editions.sql": "ab70ef01383896b261ada368d8a8205a453a5f029efb36d57743e4f55866c82e",
    "V8__feed_publisher.sql": "3135cb8468e095c94ff3288d4b1fd869317668edbd0fcb09c9831a6d21f4e907",
    "V9__web_credits.sql": "41dea1f48971c018d5927b4e80f33cb94d2bf142be18f6c05d8d7e2a930b4c09",
    "V10__photos.sql": "7977014cf63b5c8d02b379a9a6db29eae3f9f0d16d9c73c50a12326e9d66db0b",
    "V11__key_moments.sql": "5f07e3c7c376f8d50822c124b218788e7f9b943e92481a214c9182c8d1fb42dc",
    "V12__post_as_source.sql": "f970e26b99398309e32fe622603cee5cea1ad0acc12c4e2553b5f77282adb24f",
    "V13__key_leftovers.sql": "11691fad06a1362943c683863d9716d5e600538e26f4e974683b0865ee1aa531",
    "V14__unanswered.sql": "c95c2dd6d36a3f510068a9d7f1799800d95041001e3a5a0172ccbd26d85c30a3",
    "V15__where_remembered.sql": "b28648ad98112576f847e0b235a77e65ddc258770be49ff568e0a5ef3ad452c1",
}


def test_shipped_migrations_are_unchanged():
    for package, shipped in (("db.migrations", SHIPPED), ("db.migrations.postgresql", SHIPPED_POSTGRESQL)):
        folder = resources.files(package)
        for name, digest in shipped.items():
            assert hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest() == digest, (
                f"{package}/{name} was edited after it shipped; add a new migration instead"
            )


def test_migrations_are_numbered_without_gaps_and_every_one_is_pinned_once_shipped():
    versions = [v for v, _, _ in migrations()]
    assert versions == list(range(1, LATEST_VERSION + 1))
    assert len(SHIPPED) <= LATEST_VERSION


def test_each_migration_has_a_postgresql_twin_of_the_same_number_and_name_pinned_with_it():
    twins = migrations(POSTGRESQL)
    assert [(v, name) for v, name, _ in twins] == [(v, name) for v, name, _ in migrations()]
    assert SHIPPED_POSTGRESQL.keys() == SHIPPED.keys()


def v9_database(path: Path) -> None:
    """A database as the last release before photos left it (V1..V9, user_version 9) with a live sighting."""
    conn = sqlite3.connect(path)
    conn.create_function("backstage_fold", 1, fold, deterministic=True)  # V4 re-keys the roster with it
    try:
        for version, _, sql in migrations()[:9]:
            conn.executescript(sql)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("INSERT INTO guild_config(guild_id, reporter_role_id, editor_role_id) VALUES (5, 6, 7)")
        conn.execute(
            "INSERT INTO shows(id, guild_id, name, venue, feed_channel_id, approval, opened_by, opened_at)"
            " VALUES (1, 5, 'Night', 'Hall', 2, 0, 7, '2026-11-30T20:00:00.000000+00:00')"
        )
        conn.execute(
            "INSERT INTO sightings(id, guild_id, show_id, reporter_id, reporter_name, what, people, other_names,"
            " status, created_at) VALUES (1, 5, 1, 8, 'Amy', 'Gaga waves', '[]', '[]', 'live',"
            " '2026-11-30T20:05:00.000000+00:00')"
        )
        conn.commit()
    finally:
        conn.close()


async def test_a_version_9_database_and_a_new_one_reach_the_latest_with_key_moments_and_post_as_sources(
    tmp_path: Path,
):
    assert LATEST_VERSION == 15  # V10 photos, V11 key moments, V12 post-as sources, V13 key leftovers, V14 unanswered,
    # V15 a where remembered
    v9_database(tmp_path / "v9.db")
    for path in (tmp_path / "v9.db", tmp_path / "new.db"):
        db = await Database.open(path)
        try:
            assert await db.version() == 15
            columns = {row[1] for row in await db.fetchall("PRAGMA table_info(sightings)")}
            assert {
                "key_at",
                "source_user_id",
                "source_name",
                "source_url",
                "source_rest",
                "where_remembered",
            } <= columns
        finally:
            await db.close()

    db = await Database.open(tmp_path / "v9.db")
    try:
        sightings = SightingRepository(db)
        old = await sightings.get(5, 1)
        assert old is not None and old.what == "Gaga waves" and not old.key and old.source is None
        await db.write(
            lambda conn: conn.execute(
                "UPDATE sightings SET key_at = '2026-11-30T20:06:00.000000+00:00', key_by = 7, source_user_id = 9,"
                " source_name = 'Fan', source_url = 'https://discord.com/channels/5/2/3' WHERE id = 1"
            )
        )
        marked = await sightings.get(5, 1)
        [row] = await sightings.for_show(1)
        for read in (marked, row):
            assert read is not None and read.key and read.source == Reporter(id=9, name="Fan")
            assert read.source_url == "https://discord.com/channels/5/2/3" and read.source_rest is None
    finally:
        await db.close()
