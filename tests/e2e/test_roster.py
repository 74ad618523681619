"""/roster: the names the bot recognises."""

import asyncio
from pathlib import Path

import asyncpg
import pytest

from backstage_testing.fakediscord import Attachment
from backstage_testing.fakediscord.interactions import InteractionResult
from backstage_testing.pytest_plugin import Newsroom, eventually
from cogs.roster import CSV_MAX_BYTES
from db.database import POSTGRESQL
from tests.faults.helpers import read_rows


async def test_add_list_remove(newsroom: Newsroom):
    await newsroom.configure()
    added = await newsroom.slash(
        newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga, Jo Calderone, Mother Monster"
    )
    assert added.ephemeral and "Added **Lady Gaga**" in added.content and "Jo Calderone" in added.content
    await newsroom.slash(newsroom.editor, "roster add", name="Beyoncé")
    listing = await newsroom.slash(newsroom.amy, "roster list")
    assert "Lady Gaga" in listing.content and "Beyoncé" in listing.content and "(2 names)" in listing.content
    removed = await newsroom.slash(newsroom.editor, "roster remove", name="beyonce")
    assert "Removed **Beyoncé**" in removed.content
    assert "Beyoncé" not in (await newsroom.slash(newsroom.amy, "roster list")).content


async def test_adding_again_updates_aliases(newsroom: Newsroom):
    await newsroom.configure()
    await newsroom.slash(newsroom.editor, "roster add", name="Kanye West", aliases="Ye")
    updated = await newsroom.slash(newsroom.editor, "roster add", name="kanye west", aliases="'Ye, Yeezy")
    assert "Updated" in updated.content
    assert "Yeezy" in (await newsroom.slash(newsroom.amy, "roster list")).content


async def test_an_alias_already_taken_is_refused(newsroom: Newsroom):
    await newsroom.configure()
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    clash = await newsroom.slash(newsroom.editor, "roster add", name="Gaga Fan", aliases="Gaga")
    assert clash.ephemeral and "already means **Lady Gaga**" in clash.content


async def test_a_name_written_across_a_separator_another_way_is_refused_as_the_roster_reads_it(newsroom: Newsroom):
    await newsroom.configure()
    await newsroom.slash(newsroom.editor, "roster add", name="Tyler, The Creator")
    clash = await newsroom.slash(newsroom.editor, "roster add", name="Tyler;The Creator")
    assert clash.ephemeral and clash.content.startswith("“Tyler, The Creator” already means **Tyler, The Creator**")
    assert "(1 names)" in (await newsroom.slash(newsroom.amy, "roster list")).content


async def test_removing_an_unknown_name_suggests_the_closest(newsroom: Newsroom):
    await newsroom.configure()
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    result = await newsroom.slash(newsroom.editor, "roster remove", name="Adel")
    assert result.ephemeral and "not on the roster" in result.content and "**Adele**" in result.content


async def test_roster_changes_are_for_editors(newsroom: Newsroom):
    await newsroom.configure()
    result = await newsroom.slash(newsroom.amy, "roster add", name="Adele")
    assert result.ephemeral and "Only editors" in result.content
    assert "empty" in (await newsroom.slash(newsroom.amy, "roster list")).content


async def test_an_import_with_many_bad_lines_lists_the_first_twenty_and_counts_the_rest(newsroom: Newsroom):
    await newsroom.configure()
    csv = "name,aliases\n" + "".join(f"Guest {i},G{i},extra\n" for i in range(23))
    result = await newsroom.slash(newsroom.editor, "roster import", file=Attachment("r.csv", csv.encode()))
    text = (await result.final())["content"]
    assert text.startswith("Nothing was imported: fix these lines and upload the file again.\nLine 2: ")
    assert "\nLine 21: " in text and "Line 22" not in text and text.endswith("\n…and 3 more")


async def test_a_long_roster_is_paginated_and_only_the_caller_turns_pages(newsroom: Newsroom):
    await newsroom.configure()
    csv = "name,aliases\n" + "".join(f"Performer {i:02d},P{i:02d}\n" for i in range(45))
    imported = await newsroom.slash(newsroom.editor, "roster import", file=Attachment("roster.csv", csv.encode()))
    message = await imported.final()
    assert "45 added" in message["content"]
    first = await newsroom.slash(newsroom.amy, "roster list")
    assert "Page 1 of 3" in first.content and "Performer 00" in first.content
    assert "Performer 20" not in first.content
    next_id = next(c for row in first.components for c in row["components"] if c["label"] == "Next")["custom_id"]
    other = await newsroom.fake.click(newsroom.guild, newsroom.ben, first.original, next_id)
    assert other.ephemeral and "someone else" in other.content
    turned = await newsroom.fake.click(newsroom.guild, newsroom.amy, first.original, next_id)
    assert turned.type == 7 and "Page 2 of 3" in turned.content and "Performer 20" in turned.content


async def test_import_with_a_bad_line_imports_nothing_and_says_which(newsroom: Newsroom):
    await newsroom.configure()
    csv = "name,aliases\nAdele,\n,Nobody\nLady Gaga,Gaga|Jo Calderone,extra\n"
    result = await newsroom.slash(newsroom.editor, "roster import", file=Attachment("r.csv", csv.encode()))
    text = (await result.final())["content"]
    assert "Nothing was imported" in text and "Line 3" in text and "Line 4" in text
    assert "empty" in (await newsroom.slash(newsroom.amy, "roster list")).content


async def test_import_of_a_non_utf8_file_is_refused(newsroom: Newsroom):
    await newsroom.configure()
    result = await newsroom.slash(
        newsroom.editor, "roster import", file=Attachment("r.csv", "Beyoncé,Bey\n".encode("utf-16"))
    )
    assert "not UTF-8" in (await result.final())["content"]


async def test_a_file_imported_again_says_its_names_are_unchanged_and_counts_only_real_updates(
    engine_newsroom: Newsroom,
):
    room = engine_newsroom
    await room.configure()
    csv = "name,aliases\nLady Gaga,Gaga|Mother Monster\nAdele,\n"
    first = await room.slash(room.editor, "roster import", file=Attachment("r.csv", csv.encode()))
    assert (await first.final())["content"] == "Imported the roster: 2 added, 0 updated."
    again = await room.slash(room.editor, "roster import", file=Attachment("r.csv", csv.encode()))
    assert (await again.final())["content"] == "Imported the roster: 0 added, 0 updated, 2 unchanged."
    changed = await room.slash(
        room.editor, "roster import", file=Attachment("r.csv", csv.replace("Adele,", "Adele,Adkins").encode())
    )
    assert (await changed.final())["content"] == "Imported the roster: 0 added, 1 updated, 1 unchanged."


async def test_an_import_over_a_roster_updates_its_names_and_a_label_another_name_has_refuses_the_file(
    engine_newsroom: Newsroom,
):
    room = engine_newsroom
    await room.configure()
    await room.slash(room.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    csv = "name,aliases\nLady Gaga,Gaga|Mother Monster\nAdele,\n"
    imported = await room.slash(room.editor, "roster import", file=Attachment("r.csv", csv.encode()))
    assert "1 added, 1 updated" in (await imported.final())["content"]
    clash = "name,aliases\nGaga Fan,Mother Monster\n"
    refused = await room.slash(room.editor, "roster import", file=Attachment("r.csv", clash.encode()))
    text = (await refused.final())["content"]
    assert "Nothing was imported" in text and "Line 2" in text and "already means Lady Gaga" in text
    listing = (await room.slash(room.amy, "roster list")).content
    assert "Mother Monster" in listing and "Adele" in listing and "Gaga Fan" not in listing


async def test_an_import_one_byte_over_the_limit_the_readme_states_is_refused_and_nothing_imported(newsroom: Newsroom):
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    row = next(line for line in readme.splitlines() if line.startswith("| `/roster import file`"))
    assert f"at most 1 MB ({CSV_MAX_BYTES:,} bytes" in row
    await newsroom.configure()
    line = b"Someone Famous,Famous\n"
    body = line * (CSV_MAX_BYTES // len(line) + 1)
    refused = await newsroom.slash(
        newsroom.editor, "roster import", file=Attachment("r.csv", body[: CSV_MAX_BYTES + 1])
    )
    assert refused.ephemeral and "over 1 MB" in refused.content and "smaller files" in refused.content
    assert "empty" in (await newsroom.slash(newsroom.amy, "roster list")).content


BIG = 50_000  # names (0.9 MB, within the 1 MB limit): written in one go, another server's /spot waited seconds


def big_csv(alias: str) -> bytes:
    return ("name,aliases\n" + "\n".join(f"Guest {i},{alias}{i}" for i in range(BIG))).encode()


async def spots_until(room: Newsroom, done: asyncio.Event) -> list[InteractionResult]:
    """/spot in `room`, one after another, until `done`: each initial response as Discord received it."""
    answers = []
    while not done.is_set():
        answers.append(await room.slash(room.amy, "spot", what=f"Rival probe {len(answers)}", channel=room.lobby))
    return answers


async def test_a_spot_in_another_server_is_answered_in_time_during_a_big_import_and_every_name_arrives(
    engine_newsroom: Newsroom,
):
    room = engine_newsroom
    await room.configure()
    other = room.another_server("Rival Newsroom")
    await other.open_show(name="Rival Awards")
    done = asyncio.Event()
    probes = asyncio.create_task(spots_until(other, done))

    imported = await room.slash(room.editor, "roster import", file=Attachment("r.csv", big_csv("G")))
    try:
        reply = await imported.final(timeout=240)
    finally:
        done.set()
    answers = await probes

    assert f"{BIG} added, 0 updated" in reply["content"]
    assert answers and all("Posted" in (a.content or "") for a in answers), [a.content for a in answers[:3]]
    late = [v for v in room.fake.violations if "deadline" in v]
    assert not late, late[:3]  # the fake's own check of Discord's 3-second deadline
    assert read_rows(room.db_path, "SELECT count(*) FROM roster WHERE guild_id = ?", (room.guild.id,)) == [(BIG,)]


async def staging_table_appears(url: str) -> None:
    """Wait until the bot is inside an import's transaction, writing into its staging table (a session in a
    transaction whose statement names it), then drop every other connection to the database."""
    conn = await asyncpg.connect(url)
    try:
        staging = (
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL"
            " AND query LIKE '%roster\\_import\\_%' AND pid <> pg_backend_pid()"
        )
        await eventually(lambda: conn.fetchval(staging), 120, "the import's staging table being written")
        await conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        )
    finally:
        await conn.close()


@pytest.mark.parametrize("database_url", [POSTGRESQL], indirect=True)
async def test_an_import_the_database_drops_midway_leaves_the_roster_as_it_was(engine_newsroom: Newsroom):
    room = engine_newsroom
    await room.configure()
    first = await room.slash(room.editor, "roster import", file=Attachment("r.csv", big_csv("G")))
    assert f"{BIG} added" in (await first.final(timeout=240))["content"]
    dropped = asyncio.create_task(staging_table_appears(str(room.db_path)))

    second = await room.slash(room.editor, "roster import", file=Attachment("r.csv", big_csv("H")))
    reply = (await second.final(timeout=240))["content"]
    await dropped

    assert "not saved" in reply, reply
    aliases = read_rows(room.db_path, "SELECT aliases FROM roster WHERE guild_id = ?", (room.guild.id,))
    assert len(aliases) == BIG and all('"G' in a for (a,) in aliases)  # the old roster, not one name of the new
    assert await room.said(room.editor, "roster add", name="Guest 7", aliases="H7")  # and the bot carries on
    assert read_rows(room.db_path, "SELECT aliases FROM roster WHERE key = ?", ("guest 7",)) == [('["H7"]',)]


async def summary_and_roster(room: Newsroom, imported: InteractionResult) -> tuple[str, list[tuple[str, str]]]:
    """An import's summary once it is sent, and the server's roster then: (name, aliases) by key."""
    reply = (await imported.final(timeout=60))["content"]
    sql = "SELECT name, aliases FROM roster WHERE guild_id = ? ORDER BY key"
    return reply, read_rows(room.db_path, sql, (room.guild.id,))


async def lock_queued_on_roster(conn: asyncpg.Connection) -> bool:
    waiting = "SELECT count(*) FROM pg_locks WHERE relation = 'roster'::regclass AND NOT granted"
    return bool(await conn.fetchval(waiting))


@pytest.mark.parametrize("database_url", [POSTGRESQL], indirect=True)
async def test_a_label_an_editor_gives_away_during_an_import_leaves_the_files_line_out_and_the_summary_says_so(
    engine_newsroom: Newsroom,
):
    """One label, one name, whatever the timing: Pat gets the alias “Shared” and Rae “Sam” after the file (with
    `Quinn,Shared` and `Sam,`) was checked and before it goes live. The go-live is held back by a lock of the
    test's own (`SHARE UPDATE EXCLUSIVE`, which the import's go-live waits for and a row's insert does not), and the
    two names are stored as `/roster add` stores them, on that connection, meanwhile."""
    room = engine_newsroom
    await room.configure()
    conn = await asyncpg.connect(str(room.db_path))
    try:
        held = conn.transaction()
        await held.start()
        await conn.execute("LOCK TABLE roster IN SHARE UPDATE EXCLUSIVE MODE")
        csv = "name,aliases\nQuinn,Shared\nSam,\nTems,T\n"
        imported = await room.slash(room.editor, "roster import", file=Attachment("r.csv", csv.encode()))
        await eventually(lambda: lock_queued_on_roster(conn), 60, "the import's go-live waiting for the roster")
        await conn.executemany(
            "INSERT INTO roster(guild_id, name, key, aliases) VALUES ($1, $2, $3, $4)",
            [(room.guild.id, "Pat", "pat", '["Shared"]'), (room.guild.id, "Rae", "rae", '["Sam"]')],
        )
        await held.commit()
    finally:
        await conn.close()
    reply, rows = await summary_and_roster(room, imported)
    assert reply == (
        "Imported the roster: 1 added, 0 updated."
        "\nLine 2 (**Quinn**) left out: “Shared” now means **Pat**, given to them on the roster while the file was "
        "imported."
        "\nLine 3 (**Sam**) left out: “Sam” now means **Rae**, given to them on the roster while the file was imported."
    )
    assert rows == [("Pat", '["Shared"]'), ("Rae", '["Sam"]'), ("Tems", '["T"]')]


async def test_an_editors_change_before_the_imports_check_read_the_roster_stays_and_the_summary_names_it(
    engine_newsroom: Newsroom,
):
    """The import starts when the command arrives: an editor's `/roster add` from then on is their later word, even
    one made before the file is read and checked (here the file's download is held until both adds are answered).
    Adele keeps the editor's aliases; `Quinn,Shared` is left out, as “Shared” went to Pat; the rest goes live."""
    room = engine_newsroom
    await room.configure()
    assert "Added **Adele**" in await room.said(room.editor, "roster add", name="Adele", aliases="Del")
    csv = "name,aliases\nQuinn,Shared\nAdele,From the file\nTems,T\n"
    room.fake.downloads.clear()
    try:
        imported = await room.slash(room.editor, "roster import", file=Attachment("r.csv", csv.encode()))
        assert "Added **Pat**" in await room.said(room.editor, "roster add", name="Pat", aliases="Shared")
        assert "Updated **Adele**" in await room.said(room.editor, "roster add", name="Adele", aliases="Adele Adkins")
    finally:
        room.fake.downloads.set()
    reply, rows = await summary_and_roster(room, imported)
    assert reply == (
        "Imported the roster: 1 added, 0 updated."
        "\nNot overwritten, as they were changed on the roster while the file was being imported (by an editor or"
        " another import; the file's line for each was not applied): **Adele**."
        "\nLine 2 (**Quinn**) left out: “Shared” now means **Pat**, given to them on the roster while the file was "
        "imported."
    )
    assert rows == [("Adele", '["Adele Adkins"]'), ("Pat", '["Shared"]'), ("Tems", '["T"]')]


async def test_two_editors_adding_one_label_at_once_one_gets_it_and_the_other_is_told_who_has_it(
    engine_newsroom: Newsroom,
):
    room = engine_newsroom
    await room.configure()
    await room.said(room.editor, "roster add", name="Lorde")  # the roster's index is built before the race
    answers = await asyncio.gather(
        *(room.slash(room.editor, "roster add", name=name, aliases="Shared, Mx Shared") for name in ("Pat", "Quinn"))
    )
    added, refused = sorted(answers, key=lambda a: "Added" not in (a.content or ""))
    holder = "Pat" if "Pat" in added.content else "Quinn"
    assert added.content.startswith(f"Added **{holder}**")
    assert refused.ephemeral and refused.content == (
        f"“Shared” already means **{holder}** on the roster. "
        f"Remove it there first (`/roster remove name:{holder}`) or choose another alias."
    )
    rows = read_rows(
        room.db_path, "SELECT name FROM roster WHERE guild_id = ? AND aliases LIKE '%Shared%'", (room.guild.id,)
    )
    assert rows == [(holder,)]


async def test_a_stop_during_an_import_tells_the_editor_to_run_it_again_and_nothing_of_it_is_live(
    engine_newsroom: Newsroom, caplog: pytest.LogCaptureFixture
):
    room = engine_newsroom
    await room.configure()
    imported = await room.slash(room.editor, "roster import", file=Attachment("r.csv", big_csv("G")))
    await room.stop()  # as on SIGTERM: the bot closes while the file is checked or staged
    reply = (await imported.final(timeout=60))["content"]
    assert reply == (
        "The import was interrupted: Backstage is restarting. Nothing of the file was imported: "
        "run `/roster import` again in a minute."
    )
    assert read_rows(room.db_path, "SELECT count(*) FROM roster WHERE guild_id = ?", (room.guild.id,)) == [(0,)]
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]
    await room.start()
    assert "The roster is empty" in (await room.slash(room.amy, "roster list")).content
