"""`backstage doctor` on servers whose channels or membership changed while the bot was stopped: what it calls
each channel, what is a note and what is to fix, and the database paths `backstage migrate` would refuse."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom
from db.lock import acquire, exclusive, lock_path, release
from tests.faults.helpers import BotProcess, Exited, bot_env, run_to_exit


async def doctor(fake: FakeDiscord | None, database: Path, cwd: Path) -> Exited:
    if fake is None:
        env = bot_env(database, token="", api="", gateway="")
    else:
        env = bot_env(database, token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
    return await run_to_exit([sys.executable, "-m", "bot", "doctor"], env, cwd, timeout=60)


def removed(fake: FakeDiscord, room: Newsroom) -> None:
    """A server admin removes the bot: the server is no longer the bot's (its GET /guilds/{id} fails)."""
    fake.guilds.remove(room.guild)


async def test_a_server_that_removed_the_bot_is_a_note_unless_a_show_is_still_running_there(tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        ended = Newsroom(fake, tmp_path / "backstage.db")
        await ended.start()
        try:
            running = ended.another_server("Still on")
            await ended.open_show()
            await ended.ok(ended.editor, "show end")
            await running.open_show()
        finally:
            await ended.stop()
        removed(fake, ended)
        noted = await doctor(fake, ended.db_path, tmp_path)
        removed(fake, running)
        fixed = await doctor(fake, ended.db_path, tmp_path)
    note = (
        f"[note] Backstage is no longer in the server {ended.guild.id} (it was removed); its setup stays in the "
        "database, nothing to do unless you want it back there (then invite it again)."
    )
    assert noted.code == 0, noted.stdout
    assert note in noted.stdout.splitlines() and noted.stdout.splitlines()[-1] == "Nothing to fix."
    assert fixed.code == 1
    assert note in fixed.stdout.splitlines()
    assert (
        f"[fix] Backstage is no longer in the server {running.guild.id} (it was removed) and a show is still running "
        "there: invite it again so that the show's feed goes on (its sightings are kept)."
    ) in fixed.stdout.splitlines()
    assert fixed.stdout.splitlines()[-1] == "1 thing to fix."


async def test_doctor_names_a_thread_by_name_a_deleted_channel_by_id_and_only_the_current_feed_the_live_feed(
    tmp_path: Path,
) -> None:
    async with FakeDiscord() as fake:
        room = Newsroom(fake, tmp_path / "backstage.db")
        await room.start()
        try:
            await room.configure()
            thread = room.guild.add_thread(room.feed, "red-carpet")
            await room.ok(room.editor, "show start", name="VMAs", feed=thread, approval=True)
        finally:
            await room.stop()
        room.guild.update_thread(thread, archived=True, locked=True)
        room.guild.delete_channel(room.desk)
        exited = await doctor(fake, room.db_path, tmp_path)
    lines = exited.stdout.splitlines()
    assert exited.code == 1
    assert lines[5:-1] == [
        "[fix] thread red-carpet in VMA Newsroom (the live feed): I can't post the live feed in thread red-carpet: "
        "the thread is locked; unlock it, or pick another channel.",
        f"[fix] #{room.desk.id} (deleted) in VMA Newsroom (the approval desk): I can't post the approval desk in "
        f"#{room.desk.id} (deleted): it was deleted; pick another channel.",
        "[ok] #vma-live in VMA Newsroom (the feed channel of /setup, for new shows): Backstage can post there.",
    ]


async def test_doctor_on_a_missing_folder_or_a_lock_path_that_is_a_folder_says_what_migrate_would(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no" / "such" / "backstage.db"
    in_missing = await doctor(None, missing, tmp_path)
    database = tmp_path / "backstage.db"
    lock_path(database).mkdir()
    locked = await doctor(None, database, tmp_path)
    migrate = await run_to_exit(
        [sys.executable, "-m", "bot", "migrate"], bot_env(database, token="", api="", gateway=""), tmp_path
    )
    assert (
        f"[fix] Cannot create the database {missing}: the folder {missing.parent} does not exist; create it, or "
        "point BACKSTAGE_DATABASE (or --db) at a file in an existing folder."
    ) in in_missing.stdout.splitlines()
    assert "backstage migrate" not in in_missing.stdout
    sentence = (
        f"Cannot use the database {database}: its lock file {lock_path(database)} is a folder; move it away "
        "(Backstage makes the file itself), then try again."
    )
    assert f"[fix] {sentence}" in locked.stdout.splitlines()
    assert (migrate.code, migrate.stderr) == (2, sentence + "\n")


async def test_of_two_migrates_at_once_the_one_that_waits_names_the_other_command(tmp_path: Path) -> None:
    database = tmp_path / "backstage.db"
    env = bot_env(database, token="", api="", gateway="")
    with exclusive(database, "migrate"):  # what a `backstage migrate` in progress holds
        loser = await run_to_exit([sys.executable, "-m", "bot", "migrate"], env, tmp_path)
    assert (loser.code, loser.stderr) == (
        2,
        f"Another Backstage command (migrate, process {os.getpid()}) is using {database} right now; "
        "wait for it to finish, then try again.\n",
    )


async def test_a_shard_claim_path_that_is_a_folder_is_one_line_saying_to_move_it_in_doctor_and_run(
    tmp_path: Path,
) -> None:
    """`backstage run --instance 0` claims shard 0 of 2 with a lock file beside its database: a folder at that path
    was "check that the folder can be written" in `run` and nothing at all in `doctor`."""
    data = tmp_path / "data"
    data.mkdir()
    async with FakeDiscord() as fake:
        env = bot_env(data / "backstage.db", token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
        env["BACKSTAGE_SHARD_COUNT"] = "2"
        assert (await run_to_exit([sys.executable, "-m", "bot", "migrate", "--instance", "0"], env, tmp_path)).code == 0
        claim = data / "shard-0-of-2.lock"
        claim.mkdir()
        checked = await run_to_exit(
            [sys.executable, "-m", "bot", "doctor", "--instance", "0"], env, tmp_path, timeout=60
        )
        run = await run_to_exit([sys.executable, "-m", "bot", "run", "--instance", "0"], env, tmp_path, timeout=60)
    sentence = (
        f"Cannot claim shard 0 of 2 in {data}: its lock file {claim} is a folder; move it away (Backstage makes the "
        "file itself), then try again."
    )
    assert f"[fix] {sentence}" in checked.stdout.splitlines() and checked.code == 1
    assert (run.code, run.stderr.splitlines()[-1:]) == (2, [sentence])
    assert "Traceback" not in checked.stdout + checked.stderr + run.stderr


async def test_a_lock_file_left_by_a_process_that_ended_or_holding_other_text_is_no_obstacle(tmp_path: Path) -> None:
    """The lock is the OS's (`flock`), not the file's text: a lock file a killed process left (its pid and command)
    or one holding something else (not Backstage's text at all) neither stops `backstage run` nor worries `doctor`."""
    async with FakeDiscord() as fake:
        for text in (b"999999 run", b'\x00\xff{"pid": "not ours"}\n'):
            database = tmp_path / f"{len(text)}.db"
            env = bot_env(database, token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
            assert (await run_to_exit([sys.executable, "-m", "bot", "migrate"], env, tmp_path)).code == 0
            lock_path(database).write_bytes(text)
            checked = await run_to_exit([sys.executable, "-m", "bot", "doctor"], env, tmp_path, timeout=60)
            assert checked.code == 0 and checked.stdout.endswith("Nothing to fix.\n"), checked.stdout + checked.stderr
            assert "Traceback" not in checked.stderr
            bot = BotProcess(fake, database, tmp_path)
            await bot.start()
            await bot.kill()


async def test_a_lock_held_by_a_process_that_wrote_other_text_is_named_as_another_process(tmp_path: Path) -> None:
    database = tmp_path / "backstage.db"
    env = bot_env(database, token="", api="", gateway="")
    fd = acquire(lock_path(database), "\x00not Backstage's {text}")  # held, as by a process of another program
    try:
        loser = await run_to_exit([sys.executable, "-m", "bot", "migrate"], env, tmp_path)
    finally:
        release(fd, lock_path(database))
    assert (loser.code, loser.stderr) == (
        2,
        f"Another Backstage (another process) is already running on {database}; stop it first, or point "
        "BACKSTAGE_DATABASE at another file.\n",
    )
