"""Repositories against a real database, a SQLite file and a PostgreSQL database (`database_url`): what is stored
is what comes back, scoped by server."""

from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from bot.models import GuildConfig, Reporter, Sighting, SightingRow, SightingStatus
from bot.text import fold
from bot.worker.jobs import check_roster_import
from db.database import LATEST_VERSION, SQLITE, Database, DatabaseError
from db.repositories import ConfigRepository, OutboxRepository, RosterRepository, ShowRepository, SightingRepository
from db.repositories.newsroom import NewsroomRepository, SightingChanges
from db.repositories.roster import LeftOut, RosterRow, roster_as_read
from db.repositories.shows import ShowAlreadyOpen
from db.repositories.sightings import NewSighting

T0 = datetime(2031, 8, 31, 20, 0, tzinfo=UTC)


@pytest.fixture
def db(database: Database) -> Database:
    return database


async def open_show(db: Database, guild_id: int = 1) -> int:
    show = await ShowRepository(db).create(
        guild_id=guild_id,
        name="VMAs",
        venue="Barclays",
        feed_channel_id=100,
        desk_channel_id=101,
        approval=False,
        opened_by=7,
        opened_at=T0,
    )
    return show.id


def new(show_id: int, what: str, *, guild_id: int = 1, at: datetime = T0, **kw) -> NewSighting:
    return NewSighting(
        guild_id=guild_id,
        show_id=show_id,
        reporter=Reporter(id=kw.pop("reporter_id", 11), name="Amy"),
        what=what,
        people=kw.pop("people", ()),
        other_names=kw.pop("other_names", ()),
        where=kw.pop("where", None),
        quote=kw.pop("quote", None),
        quote_by=kw.pop("quote_by", None),
        headline=None,
        photo_url=None,
        status=kw.pop("status", SightingStatus.LIVE),
        created_at=at,
        publish_at=kw.pop("publish_at", None),
        source=kw.pop("source", None),
        source_url=kw.pop("source_url", None),
        source_rest=kw.pop("source_rest", None),
        where_remembered=kw.pop("where_remembered", False),
    )


async def test_database_is_migrated(db: Database):
    assert await db.version() == LATEST_VERSION
    assert "sightings" in await db.tables()


async def test_a_sqlite_database_is_configured(tmp_path: Path):
    db = await Database.open(tmp_path / "backstage.db")
    try:
        assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"
        assert (await db.fetchone("PRAGMA foreign_keys"))[0] == 1
        assert (await db.fetchone("PRAGMA busy_timeout"))[0] == 5000
    finally:
        await db.close()


async def test_a_database_from_a_newer_version_is_refused_untouched(database_url: str):
    first = await Database.open(database_url)
    sql = "PRAGMA user_version = ?" if first.engine == SQLITE else "UPDATE backstage_schema SET version = ?"
    await first.write(lambda conn: conn.execute(sql.replace("?", str(LATEST_VERSION + 1))))
    await first.close()
    before = Path(database_url).read_bytes() if first.engine == SQLITE else None
    with pytest.raises(DatabaseError, match="newer Backstage"):
        await Database.open(database_url)
    if before is not None:
        assert Path(database_url).read_bytes() == before


async def test_config_round_trip_and_defaults(db: Database):
    repo = ConfigRepository(db)
    assert (await repo.get(5)).timezone == "UTC"
    await repo.save(
        GuildConfig(guild_id=5, reporter_role_id=1, editor_role_id=2, feed_channel_id=3, timezone="Europe/Paris")
    )
    assert await repo.get(5) == GuildConfig(
        guild_id=5, reporter_role_id=1, editor_role_id=2, feed_channel_id=3, timezone="Europe/Paris"
    )


async def test_only_one_open_show_per_server(db: Database):
    await open_show(db, guild_id=1)
    await open_show(db, guild_id=2)
    with pytest.raises(ShowAlreadyOpen):
        await open_show(db, guild_id=1)


async def test_sighting_is_stored_with_tags_location_and_outbox_entry_in_one_go(db: Database):
    show_id = await open_show(db)
    repo = SightingRepository(db)
    s = await repo.add(
        new(show_id, "Gaga lit a cigarette", people=("Lady Gaga",), where="Backstage", quote="Here you go"),
        feed_channel_id=100,
    )
    assert (s.what, s.people, s.where, s.quote, s.status) == (
        "Gaga lit a cigarette",
        ("Lady Gaga",),
        "Backstage",
        "Here you go",
        SightingStatus.LIVE,
    )
    assert await ShowRepository(db).reporter_location(show_id, 11) == "Backstage"
    outbox = OutboxRepository(db)
    assert await outbox.due_times() == {100: T0}
    assert [e.sighting_id for e in await outbox.pending(100, T0, 10)] == [s.id]


async def test_a_where_remembered_from_the_last_location_is_stored_as_such_until_a_correction_gives_one(db: Database):
    """A `/spot` with no `where` is filed at the correspondent's last location: stored as remembered (the timeline and
    the digest never take it for where the moment was), read so by `get` and `for_show`, until a correction gives
    another place."""
    show_id = await open_show(db)
    repo = SightingRepository(db)
    given = await repo.add(new(show_id, "Ines ordered a round", where="Bar"), feed_channel_id=100)
    kept = await repo.add(new(show_id, "Ines cried backstage", where="Bar", where_remembered=True), feed_channel_id=100)

    assert (given.where_remembered, kept.where_remembered) == (False, True)
    stored = await repo.get(1, kept.id)
    assert stored is not None and (stored.where, stored.where_remembered) == ("Bar", True)
    assert {r.id: r.where_remembered for r in await repo.for_show(show_id)} == {given.id: False, kept.id: True}

    amy = Reporter(id=11, name="Amy")
    same = SightingChanges("Ines cried backstage, twice", (), (), "Bar", None, None, None)
    await NewsroomRepository(db).edit(stored, same, amy, T0 + timedelta(minutes=1))
    again = await repo.get(1, kept.id)
    assert again is not None and again.where_remembered  # (a correction of the text leaves the place as it was)
    moved = SightingChanges("Ines cried backstage, twice", (), (), "Backstage", None, None, None)
    await NewsroomRepository(db).edit(again, moved, amy, T0 + timedelta(minutes=2))
    placed = await repo.get(1, kept.id)
    assert placed is not None and (placed.where, placed.where_remembered) == ("Backstage", False)


async def test_another_servers_sighting_reads_as_unknown(db: Database):
    show_id = await open_show(db, guild_id=1)
    s = await SightingRepository(db).add(new(show_id, "x"), feed_channel_id=None)
    assert await SightingRepository(db).get(1, s.id) is not None
    assert await SightingRepository(db).get(2, s.id) is None


async def test_embargoed_entries_wait_until_their_time(db: Database):
    show_id = await open_show(db)
    later = T0 + timedelta(minutes=30)
    await SightingRepository(db).add(new(show_id, "held", publish_at=later), feed_channel_id=100)
    outbox = OutboxRepository(db)
    assert await outbox.due_times() == {100: later}  # not before the embargo ends


async def test_claimed_batch_is_resent_unchanged_until_marked_posted(db: Database):
    show_id = await open_show(db)
    repo = SightingRepository(db)
    ids = [(await repo.add(new(show_id, f"s{i}"), feed_channel_id=100)).id for i in range(3)]
    outbox = OutboxRepository(db)
    batch = await outbox.claim(100, "post", await outbox.pending(100, T0, 10), T0)
    assert batch.sighting_ids == tuple(ids)
    # a crash here: the same batch comes back, and nothing new is claimable twice
    [again] = await outbox.unsent(100, T0)
    assert again.id == batch.id and again.sighting_ids == tuple(ids) and again.nonce == batch.nonce
    assert await outbox.pending(100, T0, 10) == []
    await outbox.mark_posted(batch, 999, T0)
    assert await outbox.unsent(100, T0) == []
    assert await repo.feed_message_of(ids[1]) == (100, 999)
    assert await repo.message_items(999) == [(i, None) for i in ids]
    assert await outbox.backlog() == (0, 0)


async def test_each_user_counts_once_per_sighting_and_removal_takes_it_back(db: Database):
    show_id = await open_show(db)
    repo = SightingRepository(db)
    s = await repo.add(new(show_id, "s"), feed_channel_id=100)
    await repo.react(1, 555, 1, "🔥", add=True)  # before the publisher recorded message 555: still counts later
    outbox = OutboxRepository(db)
    batch = await outbox.claim(100, "post", await outbox.pending(100, T0, 10), T0)
    await outbox.mark_posted(batch, 555, T0)
    await repo.react(1, 555, 1, "👍", add=True)
    await repo.react(1, 555, 2, "🔥", add=True)
    assert (await repo.get(1, s.id)).votes == 2
    await repo.react(1, 555, 2, "🔥", add=False)
    assert (await repo.get(1, s.id)).votes == 1
    await repo.react(1, 4242, 3, "🔥", add=True)  # not a feed message: no sighting gains
    assert (await repo.get(1, s.id)).votes == 1


async def test_a_whole_night_reads_as_each_sighting_reads_alone(db: Database):
    """`for_show` (a whole night at once, as light rows) gives every field, votes and a source included, as `get`
    does, and nothing of another show."""
    show_id = await open_show(db)
    other_show = await open_show(db, guild_id=2)
    repo = SightingRepository(db)
    first = await repo.add(
        new(show_id, "Gaga waved", people=("Lady Gaga",), other_names=("a fan",), where="red carpet", quote="hi"),
        feed_channel_id=100,
    )
    fran = Reporter(id=42, name="Fran")
    link = "https://discord.com/channels/1/5/9"
    held = await repo.add(
        new(show_id, "Held…", publish_at=T0 + timedelta(minutes=30), source=fran, source_url=link, source_rest="on"),
        feed_channel_id=100,
    )
    await repo.add(new(other_show, "elsewhere", guild_id=2), feed_channel_id=200)
    outbox = OutboxRepository(db)
    batch = await outbox.claim(100, "post", await outbox.pending(100, T0, 10), T0)
    await outbox.mark_posted(batch, 777, T0)
    for user in (1, 2, 3):
        await repo.react(1, 777, user, "🔥", add=True)

    night = await repo.for_show(show_id)

    assert [s.id for s in night] == [first.id, held.id]
    for row in night:
        alone = await repo.get(1, row.id)
        assert alone is not None
        assert [getattr(row, f) for f in SightingRow._fields] == [getattr(alone, f) for f in SightingRow._fields]
    assert (night[0].votes, night[1].votes) == (3, 0)
    assert night[0].names == ("Lady Gaga", "a fan")
    assert (night[0].source, night[1].source, night[1].source_url, night[1].source_rest) == (None, fran, link, "on")


async def test_a_whole_night_reads_a_field_few_sightings_fill_on_the_one_sighting_that_fills_it(db: Database):
    """`for_show` reads the fields most sightings leave empty (a quote's speaker, an embargo, a correction, a
    retraction's reason, a re-report, a credit, a deleted feed message, a key moment, a source) apart, for the
    sightings that fill one: each filled alone, on a sighting of its own, reads as `get` reads it."""
    show_id = await open_show(db)
    repo = SightingRepository(db)
    plain = await repo.add(new(show_id, "plain"), feed_channel_id=100)
    later = "2031-08-31T21:00:00.000000+00:00"
    fills = {
        "quote_by": ("UPDATE sightings SET quote = 'hi', quote_by = 'Ann' WHERE id = ?",),
        "photo_url": ("UPDATE sightings SET photo_url = 'https://cdn.example/a.png' WHERE id = ?",),
        "publish_at": (f"UPDATE sightings SET publish_at = '{later}' WHERE id = ?",),
        "edited_at": (f"UPDATE sightings SET edited_at = '{later}' WHERE id = ?",),
        "retracted_reason": ("UPDATE sightings SET status = 'retracted', retracted_reason = 'wrong' WHERE id = ?",),
        "corroborates": (f"UPDATE sightings SET corroborates = {plain.id} WHERE id = ?",),
        "credited": ("UPDATE sightings SET credited = 1 WHERE id = ?",),
        "feed_message_deleted": (
            "UPDATE sightings SET feed_message_id = 555 WHERE id = ?",
            f"INSERT INTO deleted_messages(message_id, channel_id, deleted_at) VALUES (555, 100, '{later}')",
        ),
        "key": (f"UPDATE sightings SET key_at = '{later}' WHERE id = ?",),
        "source": ("UPDATE sightings SET source_user_id = 42, source_name = 'Fran' WHERE id = ?",),
        "source_url": ("UPDATE sightings SET source_url = 'https://discord.com/channels/1/5/9' WHERE id = ?",),
        "source_rest": ("UPDATE sightings SET source_rest = 'more' WHERE id = ?",),
        "where_remembered": ("UPDATE sightings SET location = 'Bar', where_remembered = 1 WHERE id = ?",),
    }
    filled = {}
    for field, statements in fills.items():
        s = await repo.add(new(show_id, field), feed_channel_id=100)
        filled[field] = s.id

        def fill(conn, statements=statements, sid=s.id):
            for sql in statements:
                conn.execute(sql, (sid,) if "?" in sql else ())

        await db.write(fill)

    night = {row.id: row for row in await repo.for_show(show_id)}

    assert set(night) == {plain.id, *filled.values()}
    for field, sid in filled.items():
        alone = await repo.get(1, sid)
        assert alone is not None
        assert getattr(night[sid], field) != getattr(night[plain.id], field), f"{field} read as if empty"
        assert [getattr(night[sid], f) for f in SightingRow._fields] == [
            getattr(alone, f) for f in SightingRow._fields
        ], field
    assert [getattr(night[plain.id], f) for f in SightingRow._fields] == [
        getattr(await repo.get(1, plain.id), f) for f in SightingRow._fields
    ]


def test_a_sighting_row_has_the_fields_of_a_sighting_in_the_same_order():
    assert SightingRow._fields == tuple(Sighting.model_fields)


async def test_a_roster_import_over_many_chunks_adds_and_updates_by_key_and_the_last_of_a_key_twice_wins(
    database: Database,
):
    repo = RosterRepository(database)
    await repo.upsert_many(1, [RosterRow("guest 5", "Guest 5", ("Old",))])
    _, held = await database.read(partial(roster_as_read, guild_id=1))  # as the file's check reads the roster
    rows = [RosterRow(f"guest {i}", f"Guest {i}", (f"G{i}",), held.get(f"guest {i}")) for i in range(2_500)]
    rows.append(RosterRow("guest 7", "GUEST 7", ("Seven",)))  # three chunks, and a key twice
    outcomes = await repo.import_rows(1, rows, fold)
    assert outcomes.count("updated") == 2 and outcomes[5] == outcomes[-1] == "updated" and outcomes[0] == "added"
    entries = {e.name.casefold(): e for e in await repo.all(1)}
    assert len(entries) == 2_500 and entries["guest 5"].aliases == ("G5",)
    assert (entries["guest 7"].name, entries["guest 7"].aliases) == ("GUEST 7", ("Seven",))
    assert await repo.all(2) == []


async def test_a_roster_import_keeps_what_an_editor_added_changed_or_removed_after_its_file_was_checked(
    database: Database,
):
    """`/roster add` or `/roster remove` on a name while an import naming it runs (after the worker checked the file,
    before its names go live): the editor's later word stands and the import says which names it left alone;
    the others are imported as usual."""
    repo = RosterRepository(database)
    await repo.upsert_many(1, [RosterRow("adele", "Adele", ("Del",)), RosterRow("lorde", "Lorde", ())])
    await repo.upsert_many(1, [RosterRow("sam smith", "Sam Smith", ())])
    csv = "Adele,Adele Adkins\nSam Smith,Sam\nLorde,Ella\nSZA,Solána\nTems,\n"
    report, rows = check_roster_import(str(database.location), 1, csv)  # the worker's job, run here
    assert not report.rejected
    await repo.upsert_many(1, [RosterRow("adele", "Adele", ("Del", "Adele L."))])  # /roster add, meanwhile
    await repo.upsert_many(1, [RosterRow("sza", "SZA", ("Solana Rowe",))])
    assert await repo.remove(1, "lorde")  # /roster remove
    assert await repo.import_rows(1, rows, fold) == ["kept", "updated", "kept", "kept", "added"]
    assert {e.name: e.aliases for e in await repo.all(1)} == {
        "Adele": ("Del", "Adele L."),
        "Sam Smith": ("Sam",),
        "SZA": ("Solana Rowe",),
        "Tems": (),
    }


async def test_a_roster_import_leaves_out_the_lines_whose_label_an_editor_gave_to_another_name_meanwhile(
    database: Database,
):
    """A label (a name or an alias, folded) means one person: `/roster add Pat aliases:Shared` and `/roster add Rae
    aliases:Sam` while a file with `Quinn,Shared` and `Sam,` is imported. Those two lines are left out, saying who
    holds the label now; the rest of the file goes live."""
    repo = RosterRepository(database)
    csv = "Quinn,Shared\nSam,\nTems,\n"
    report, rows = check_roster_import(str(database.location), 1, csv)  # the worker's job, run here
    assert not report.rejected
    await repo.upsert_many(1, [RosterRow("pat", "Pat", ("SHARÉD",))])  # /roster add, meanwhile
    await repo.upsert_many(1, [RosterRow("rae", "Rae", ("Sam",))])
    outcomes = await repo.import_rows(1, rows, fold)
    assert outcomes == [LeftOut("SHARÉD", "Pat"), LeftOut("Sam", "Rae"), "added"]
    assert [row.line for row in rows] == [1, 2, 3]
    assert {e.name: e.aliases for e in await repo.all(1)} == {"Pat": ("SHARÉD",), "Rae": ("Sam",), "Tems": ()}


async def test_roster_add_checks_its_labels_against_the_roster_in_its_write_and_records_what_it_changed(
    database: Database,
):
    """`/roster add`'s write: a label another name holds now (here an import's, live a moment ago) refuses the add,
    naming the label as its holder spells it and who that is; nothing is written nor recorded. Its own labels are
    no clash (an update), and each add or remove that changed the roster is recorded for the imports under way."""
    repo = RosterRepository(database)
    _, rows = check_roster_import(str(database.location), 1, "Quinn,Shared\n")
    assert await repo.import_rows(1, rows, fold) == ["added"]
    edited: list[str] = []
    refused = await repo.add(1, RosterRow("pat", "Pat", ("Mx Pat", "SHARÉD")), fold, edited.append)
    assert refused == LeftOut("Shared", "Quinn") and edited == []
    assert await repo.add(1, RosterRow("quinn", "Quinn", ("shared", "Q")), fold, edited.append) is False
    assert await repo.add(1, RosterRow("pat", "Pat", ("Mx Pat",)), fold, edited.append) is True
    assert await repo.add(1, RosterRow("rae", "Rae", ("Quinn",)), fold, edited.append) == LeftOut("Quinn", "Quinn")
    assert await repo.remove(1, "nobody", edited.append) is False
    assert await repo.remove(1, "pat", edited.append) is True
    assert edited == ["quinn", "pat", "pat"]
    assert {e.name: e.aliases for e in await repo.all(1)} == {"Quinn": ("shared", "Q")}
    # labels whose spelling on the roster is not their folding: accents, an entity, a quote, odd spaces, a wildcard
    odd = ("Björk", "Tom &amp; Jerry", 'Say "Hi"', "Two  Spaces", "100%_Pure")
    assert await repo.add(1, RosterRow("odd", "Odd", odd), fold, edited.append) is True
    for label, holder_spelling in zip(
        ("BJORK", "tom & jerry", 'say "hi"', "two spaces", "100%_pure"), odd, strict=True
    ):
        assert await repo.add(1, RosterRow("new", "New", (label,)), fold) == LeftOut(holder_spelling, "Odd"), label
    assert await repo.add(1, RosterRow("new", "New", ("100% Pure", "Bjor", "Spaces")), fold) is True


async def test_a_roster_import_keeps_the_names_in_its_edits_as_they_are_when_it_goes_live(database: Database):
    """The editors' changes since the import started are read when it goes live, whenever they were made: Adele,
    changed before the file's check read the roster (its `held` is the editor's version) and Lorde, removed then,
    are kept as the editor left them; Tems, which no editor touched, is updated from the file."""
    repo = RosterRepository(database)
    await repo.upsert_many(1, [RosterRow("adele", "Adele", ("Editor",)), RosterRow("tems", "Tems", ())])
    _, rows = check_roster_import(str(database.location), 1, "Adele,F1\nLorde,F2\nTems,F3\nSZA,\n")
    edits = {"adele", "lorde"}
    assert await repo.import_rows(1, rows, fold, edits=edits) == ["kept", "kept", "updated", "added"]
    assert {e.name: e.aliases for e in await repo.all(1)} == {"Adele": ("Editor",), "SZA": (), "Tems": ("F3",)}


async def test_roster_upsert_and_remove_by_key(db: Database):
    repo = RosterRepository(db)
    added = await repo.upsert_many(
        1, [RosterRow("beyonce", "Beyoncé", ("Queen Bey",)), RosterRow("adele", "Adele", ())]
    )
    assert added == [True, True]
    assert await repo.upsert_many(1, [RosterRow("beyonce", "beyonce", ("Bey",))]) == [False]
    assert [(e.name, e.aliases) for e in await repo.all(1)] == [("Adele", ()), ("beyonce", ("Bey",))]
    assert await repo.all(2) == []
    assert await repo.remove(1, "beyonce") is True
    assert await repo.remove(1, "beyonce") is False


async def test_search_filters_and_pages_newest_first(db: Database):
    show_id = await open_show(db)
    repo = SightingRepository(db)
    for i in range(25):
        await repo.add(
            new(
                show_id,
                f"moment {i}",
                people=("Adele",) if i % 2 else (),
                where="VIP Vault" if i % 3 == 0 else "Press room",
                at=T0 + timedelta(minutes=i),
            ),
            feed_channel_id=None,
        )
    page, total = await repo.search(show_id, who="Adele", limit=5)
    assert total == 12 and [s.what for s in page][:2] == ["moment 23", "moment 21"]
    page, total = await repo.search(show_id, where="vault", text="moment 1", limit=10)
    assert {s.what for s in page} == {"moment 12", "moment 15", "moment 18"} and total == 3
    page, _ = await repo.search(show_id, text="100%_", limit=10)
    assert page == []


async def test_group_commit_isolates_a_failing_write_from_its_neighbours(db: Database):
    import asyncio
    import sqlite3

    def insert(name: str):
        def fn(conn: sqlite3.Connection) -> str:
            conn.execute("INSERT INTO meta(key, value) VALUES (?, 'x')", (name,))
            return name

        return fn

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO meta(key, value) VALUES ('half', 'x')")
        raise ValueError("refused")

    results = await asyncio.gather(
        db.write(insert("a")), db.write(broken), db.write(insert("b")), return_exceptions=True
    )
    assert results[0] == "a" and isinstance(results[1], ValueError) and results[2] == "b"
    keys = {r[0] for r in await db.fetchall("SELECT key FROM meta")}
    assert {"a", "b"} <= keys and "half" not in keys  # the broken write left nothing behind


async def test_concurrent_near_duplicates_committed_together_still_link(db: Database):
    """Two correspondents posting the same moment at the same instant share a commit: the second still sees
    the first, inside the transaction, and is stored as its corroboration."""
    import asyncio

    from bot.access import Actor, Caller
    from bot.services import Services
    from bot.settings import Settings

    services = Services(db, Settings(_env_file=None))
    config = GuildConfig(guild_id=1, reporter_role_id=5, editor_role_id=6, feed_channel_id=100)
    await services.config.save(config)
    await services.roster.store(1, [("Lady Gaga", ("Gaga",)), ("Adele", ())])
    await services.shows.start(
        Caller(1, config, Actor(id=1, name="Ed", manages_server=True), T0),
        name="VMAs",
        venue=None,
        feed_channel_id=None,
        desk_channel_id=None,
        approval=False,
    )
    amy, ben = (
        Caller(1, config, Actor(id=i, name=n, role_ids=frozenset({5})), T0) for i, n in ((11, "Amy"), (12, "Ben"))
    )
    first, second = await asyncio.gather(
        services.sightings.post(amy, services.draft(what="Gaga lit a cigarette for Adele")),
        services.sightings.post(ben, services.draft(what="Gaga lit a cigarette for Adele!")),
    )
    # Which of the two is stored first is the engine's choice (PostgreSQL may run Ben's first): the earlier one
    # stands alone, the later one corroborates it.
    earlier, later = sorted((first, second), key=lambda r: r.sighting.id)
    assert earlier.sighting.corroborates is None
    assert later.sighting.corroborates == earlier.sighting.id and later.duplicate_of is not None
