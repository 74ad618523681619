"""Deploying Backstage: the shard settings, `backstage migrate` and `backstage doctor`, run as their own processes
against the fake Discord, as an operator would (README "Deploying")."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom
from bot.feed.permissions import EMBED_LINKS
from db.database import LATEST_VERSION, Database, migrations
from db.lock import exclusive
from db.repositories.deployment import DeploymentRepository
from tests.faults.helpers import BotProcess, Exited, bot_env, read_rows, repeated, run_to_exit, wait_feed_covers

FIX = "; fix it in .env or the environment (README.md lists every setting).\n"


async def backstage(command: str, tmp_path: Path, fake: FakeDiscord | None = None, **settings: str) -> Exited:
    """`python -m bot <command>` with the settings given (aimed at `fake` when there is one), in `tmp_path`."""
    if fake is not None:
        env = bot_env(tmp_path / "backstage.db", token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
    else:
        env = bot_env(tmp_path / "backstage.db", token="", api="", gateway="")
    env.update(settings)
    return await run_to_exit([sys.executable, "-m", "bot", command], env, tmp_path)


# -- shard settings -------------------------------------------------------------------------------------------


async def test_shard_settings_that_cannot_be_used_are_refused_in_one_sentence(tmp_path: Path) -> None:
    without_count = await backstage("run", tmp_path, BACKSTAGE_SHARD_IDS="0-1")
    beyond = await backstage("run", tmp_path, BACKSTAGE_SHARD_COUNT="2", BACKSTAGE_SHARD_IDS="1-2")
    garbled = await backstage("run", tmp_path, BACKSTAGE_SHARD_COUNT="4", BACKSTAGE_SHARD_IDS="one")
    assert (without_count.code, without_count.stderr) == (
        2,
        "Invalid setting BACKSTAGE_SHARD_IDS='0-1': input needs BACKSTAGE_SHARD_COUNT too (the number of shards "
        "across every process)" + FIX,
    )
    assert (beyond.code, beyond.stderr) == (
        2,
        "Invalid setting BACKSTAGE_SHARD_IDS='1-2': input should name shards below BACKSTAGE_SHARD_COUNT=2, that "
        "is 0 to 1" + FIX,
    )
    assert (garbled.code, garbled.stderr) == (
        2,
        "Invalid setting BACKSTAGE_SHARD_IDS='one': input should be shard ids as a range like 0-3 or a list like "
        "0,1, each id once" + FIX,
    )
    assert not (tmp_path / "backstage.db").exists()


async def test_a_shard_count_beyond_ten_thousand_or_a_huge_range_is_refused_at_once_in_one_sentence(
    tmp_path: Path,
) -> None:
    huge = await backstage("migrate", tmp_path, BACKSTAGE_SHARD_COUNT="100000000")
    wide = await backstage("migrate", tmp_path, BACKSTAGE_SHARD_COUNT="10000", BACKSTAGE_SHARD_IDS="0-99999999")
    assert (huge.code, huge.stderr) == (
        2,
        "Invalid setting BACKSTAGE_SHARD_COUNT='100000000': input should be at most 10,000 (a shard serves up to "
        "2,500 servers; `backstage doctor` shows the count Discord recommends, or leave it empty to use that "
        "count)" + FIX,
    )
    assert (wide.code, wide.stderr) == (
        2,
        "Invalid setting BACKSTAGE_SHARD_IDS='0-99999999': input should name shards below "
        "BACKSTAGE_SHARD_COUNT=10000, that is 0 to 9999" + FIX,
    )


async def test_doctor_says_what_to_change_when_a_day_of_session_starts_cannot_start_the_shards(tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        exited = await backstage("doctor", tmp_path, fake, BACKSTAGE_SHARD_COUNT="10000")
    assert exited.code == 1
    assert (
        "[fix] This process would start 10000 sessions (one per shard) and Discord allows 1000 a day: serve fewer "
        "shards in each process (BACKSTAGE_SHARD_IDS), or lower BACKSTAGE_SHARD_COUNT towards the 1 Discord "
        "recommends." in exited.stdout.splitlines()
    )
    assert "wait" not in exited.stdout


async def test_too_few_shards_for_discord_is_one_sentence_naming_the_setting(tmp_path: Path) -> None:
    # Discord closes a session that would hold more guilds than a shard may (4011 Sharding required)
    async with FakeDiscord(guilds_per_shard=1) as fake:
        fake.add_guild("One")
        fake.add_guild("Two")
        exited = await backstage("run", tmp_path, fake, BACKSTAGE_SHARD_COUNT="1")
    assert exited.code == 2, exited.stderr
    assert exited.stderr.strip().splitlines()[-1] == (
        "Discord requires more shards (4011 Sharding required: a shard may serve at most 2,500 servers): raise "
        "BACKSTAGE_SHARD_COUNT to the count Discord recommends (`backstage doctor` shows it), or leave it empty."
    )
    assert "Traceback" not in exited.stderr


# -- backstage migrate ------------------------------------------------------------------------------------------


def at_version(path: Path, version: int) -> None:
    """A database as an older Backstage left it: the migrations up to `version`."""
    conn = sqlite3.connect(path)
    conn.create_function("backstage_fold", 1, lambda text: text)  # V4 re-keys with it; this roster is empty
    for number, _, sql in migrations()[:version]:
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.commit()
    conn.close()


def version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


async def test_migrate_creates_upgrades_and_then_says_the_database_is_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "backstage.db"
    created = await backstage("migrate", tmp_path)
    every = ", ".join(f"V{v} {name}" for v, name, _ in migrations())
    assert (created.code, created.stdout) == (
        0,
        f"Created the database {path} at schema version {LATEST_VERSION} (applied {every}).\n",
    )
    again = await backstage("migrate", tmp_path)
    assert (again.code, again.stdout) == (
        0,
        f"The database {path} is up to date: schema version {LATEST_VERSION} (the latest this Backstage knows).\n",
    )
    older = tmp_path / "older.db"
    at_version(older, 3)
    upgraded = await backstage("migrate", tmp_path, BACKSTAGE_DATABASE=str(older))
    newer = ", ".join(f"V{v} {name}" for v, name, _ in migrations()[3:])
    assert (upgraded.code, upgraded.stdout) == (
        0,
        f"Migrated the database {older} from schema version 3 to {LATEST_VERSION} (applied {newer}).\n",
    )
    assert version_of(older) == LATEST_VERSION


async def test_migrate_refuses_in_one_sentence_a_newer_database_and_one_a_bot_is_running_on(tmp_path: Path) -> None:
    path = tmp_path / "backstage.db"
    await backstage("migrate", tmp_path)
    with exclusive(path):  # what a running `backstage run` holds
        busy = await backstage("migrate", tmp_path)
    assert busy.code == 2 and busy.stdout == ""
    [sentence] = busy.stderr.strip().splitlines()
    assert sentence.startswith("Another Backstage (process ") and "stop it first" in sentence
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    newer = await backstage("migrate", tmp_path)
    assert (newer.code, newer.stderr) == (
        2,
        f"The database {path} was written by a newer Backstage (schema version {LATEST_VERSION + 1}; this one "
        f"knows up to {LATEST_VERSION}). Upgrade Backstage; the file was left untouched.\n",
    )


# -- backstage doctor -------------------------------------------------------------------------------------------


async def newsroom_with_a_show(fake: FakeDiscord, tmp_path: Path) -> Newsroom:
    """A server set up with an open show whose desk approves sightings, in tmp_path/backstage.db; the bot stopped."""
    room = Newsroom(fake, tmp_path / "backstage.db")
    await room.start()
    try:
        await room.open_show(approval=True)  # /show start in #desk: the approval desk
    finally:
        await room.stop()
    return room


async def test_doctor_on_a_working_setup_checks_everything_and_finds_nothing_to_fix(tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        room = await newsroom_with_a_show(fake, tmp_path)
        identifies = fake.identify_count
        exited = await backstage("doctor", tmp_path, fake)
        assert fake.identify_count == identifies  # REST only: no gateway session beside a running bot
    path = room.db_path
    assert exited.code == 0, exited.stdout + exited.stderr
    assert exited.stdout.splitlines() == [
        "Backstage doctor",
        f"[ok] The token logs in as Backstage (id {fake.application_id}, application Backstage).",
        f"[ok] The database {path} opens, is writable and at schema version {LATEST_VERSION}, the latest.",
        "[ok] The database fits the shards this process serves: every shard (as many as Discord recommends).",
        "[ok] Shards: this process serves every shard (as many as Discord recommends); Discord recommends 1, "
        "allows 999 more session starts today and 1 at a time.",
        "[ok] #vma-live in VMA Newsroom (the live feed): Backstage can post there.",
        "[ok] #desk in VMA Newsroom (the approval desk): Backstage can post there.",
        "Nothing to fix.",
    ]


async def test_doctor_lists_what_to_fix_a_permission_the_shard_count_and_an_old_database(tmp_path: Path) -> None:
    async with FakeDiscord(recommended_shards=2) as fake:
        room = await newsroom_with_a_show(fake, tmp_path)
        room.guild.deny_bot(room.feed, EMBED_LINKS, announce=False)
        conn = sqlite3.connect(room.db_path)
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")  # as if this Backstage were an upgrade
        conn.close()
        exited = await backstage("doctor", tmp_path, fake, BACKSTAGE_SHARD_COUNT="1")
        wrong_token = await backstage("doctor", tmp_path, fake, DISCORD_TOKEN="not-the-token")
    assert exited.code == 1, exited.stdout + exited.stderr
    assert exited.stdout.splitlines() == [
        "Backstage doctor",
        f"[ok] The token logs in as Backstage (id {fake.application_id}, application Backstage).",
        f"[fix] The database {room.db_path} is at schema version {LATEST_VERSION - 1}, this Backstage's is "
        f"{LATEST_VERSION}: run `backstage migrate` (or start the bot, which migrates).",
        "[ok] The database fits the shards this process serves: the one shard.",
        "[fix] Discord recommends 2 shards and BACKSTAGE_SHARD_COUNT is 1: set it to 2 or more in every process "
        "(their BACKSTAGE_SHARD_IDS together covering 0 to 1 or more), or leave both empty with a single process.",
        "[fix] #vma-live in VMA Newsroom (the live feed): I can't post the live feed in #vma-live: I am missing "
        "Embed Links there; give Backstage that permission in the channel's settings (Permissions), or pick "
        "another channel.",
        "[ok] #desk in VMA Newsroom (the approval desk): Backstage can post there.",
        "3 things to fix.",
    ]
    assert wrong_token.code == 1
    assert wrong_token.stdout.splitlines()[1] == (
        "[fix] Discord rejected DISCORD_TOKEN (401 Unauthorized). It was mistyped, or reset in the developer portal: "
        "copy a fresh token from Applications → your app → Bot, update .env, and start again. (The shards and the "
        "channels are checked once it logs in.)"
    )
    assert wrong_token.stdout.splitlines()[-1] == "2 things to fix."


async def test_migrate_refuses_another_programs_sqlite_file_and_leaves_it_untouched_but_takes_an_empty_file(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (x)")
    conn.execute("INSERT INTO invoices VALUES (1)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    refused = await backstage("migrate", tmp_path, BACKSTAGE_DATABASE=str(other))
    doctor = await backstage("doctor", tmp_path, BACKSTAGE_DATABASE=str(other))
    sentence = (
        f"The database {other} is another program's SQLite file (it has tables, invoices, and no Backstage schema "
        "version): point BACKSTAGE_DATABASE (or --db) at Backstage's file or at a new file name; this one was left "
        "untouched."
    )
    assert (refused.code, refused.stdout, refused.stderr) == (2, "", sentence + "\n")
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]
    assert f"[fix] {sentence}" in doctor.stdout.splitlines()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    taken = await backstage("migrate", tmp_path, BACKSTAGE_DATABASE=str(empty))
    assert taken.code == 0 and taken.stdout.startswith(f"Created the database {empty} at schema version ")


# -- README "Deploying", followed literally ---------------------------------------------------------------------


def deploying() -> str:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    return readme[readme.index("## Deploying") : readme.index("### Backups")]


async def test_the_readme_deploying_steps_run_as_written_with_the_env_file_in_a_scratch_root(tmp_path: Path) -> None:
    steps = deploying()
    root = tmp_path / "root"
    env_block = steps.split("```sh\n", 1)[1].split("```", 1)[0]  # step 2: the env file
    (root / "srv/backstage/data").mkdir(parents=True)  # step 1: install -d … /srv/backstage/data
    assert "install -d -m 0750 -o root -g backstage /etc/backstage" in steps  # step 2 makes the folder first
    (root / "etc/backstage").mkdir(parents=True)
    env_file = root / "etc/backstage/backstage.env"
    async with FakeDiscord() as fake:
        lines = [line.split("#")[0].strip() for line in env_block.splitlines()]
        lines = [line.replace("/srv/", f"{root}/srv/") for line in lines if line]
        lines = [f"DISCORD_TOKEN={fake.token}" if line.startswith("DISCORD_TOKEN=") else line for line in lines]
        env_file.write_text("\n".join([*lines, f"BACKSTAGE_DISCORD_API={fake.api_base}", ""]), encoding="utf-8")
        for command in ("migrate", "doctor"):  # steps 3 and 4, from /srv/backstage as the README says
            assert f"backstage {command} --env-file /etc/backstage/backstage.env" in steps
        bare = {k: v for k, v in bot_env(Path("unused"), token="", api="", gateway="").items()}
        for key in ("DISCORD_TOKEN", "BACKSTAGE_DATABASE", "BACKSTAGE_DISCORD_API", "BACKSTAGE_DISCORD_GATEWAY"):
            bare.pop(key)  # nothing but the env file
        cwd = root / "srv/backstage"
        argv = [sys.executable, "-m", "bot"]
        migrated = await run_to_exit([*argv, "migrate", "--env-file", str(env_file)], bare, cwd)
        doctor = await run_to_exit([*argv, "doctor", "--env-file", str(env_file)], bare, cwd)
        missing = await run_to_exit([*argv, "migrate", "--env-file", str(root / "etc/nope.env")], bare, cwd)
    database = root / "srv/backstage/data/backstage.db"
    assert migrated.code == 0 and migrated.stdout.startswith(
        f"Created the database {database} at schema version {LATEST_VERSION} (applied V1 "
    )
    assert doctor.code == 0, doctor.stdout + doctor.stderr
    assert f"[ok] The database {database} opens, is writable and at schema version {LATEST_VERSION}, the latest." in (
        doctor.stdout.splitlines()
    )
    assert (missing.code, missing.stderr) == (
        2,
        f"Cannot read the settings file {root / 'etc/nope.env'} (No such file or directory): give --env-file the "
        "path of a KEY=value file this user can read (e.g. /etc/backstage/backstage.env, README: Deploying).\n",
    )


def test_the_readme_names_no_schema_version_but_this_backstages() -> None:
    import re

    assert {int(v) for v in re.findall(r"schema version (\d+)", deploying())} <= {LATEST_VERSION}


# -- several processes on SQLite: the instance ------------------------------------------------------------------


@dataclass
class Instances:
    """README "Several processes" on one machine: the data folder, the env file the `backstage@ID` units share
    (two shards, `.env.example`'s empty `BACKSTAGE_SHARD_IDS=`), and the real CLI run with it against the fake
    Discord; the environment names `stray`, a database no instance may use."""

    fake: FakeDiscord
    cwd: Path
    data: Path
    env_file: Path
    stray: Path

    def env(self) -> dict[str, str]:
        return bot_env(self.stray, token=self.fake.token, api=self.fake.api_base, gateway=self.fake.gateway_url)

    async def backstage(self, *args: str) -> Exited:
        """`python -m bot ARGS --env-file …` to its end."""
        return await run_to_exit(
            [sys.executable, "-m", "bot", *args, "--env-file", str(self.env_file)], self.env(), self.cwd
        )

    def bot(self, instance: str, *shards: int) -> BotProcess:
        """`backstage run --instance INSTANCE` as the unit runs it, ready once `shards` (of 2) are connected."""
        args = ("run", "--instance", instance, "--env-file", str(self.env_file))
        return BotProcess(self.fake, self.stray, self.cwd, shards=tuple((s, 2) for s in shards), args=args)


@pytest.fixture
async def instances(tmp_path: Path) -> AsyncIterator[Instances]:
    data = tmp_path / "data"
    data.mkdir()
    env_file = tmp_path / "backstage.env"
    env_file.write_text(f"BACKSTAGE_SHARD_COUNT=2\nBACKSTAGE_SHARD_IDS=\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    async with FakeDiscord(recommended_shards=2) as fake:
        yield Instances(fake, tmp_path, data, env_file, tmp_path / "stray.db")


async def test_an_instance_on_the_command_line_picks_its_shards_and_file_over_an_env_files_empty_ids(
    instances: Instances,
) -> None:
    """README "Several processes": the env file shared by the `backstage@ID` instances keeps `.env.example`'s empty
    `BACKSTAGE_SHARD_IDS=`; `--instance ID` (the unit's `backstage run --instance %I`) still serves shard ID only, on
    its own file, and `migrate` and `doctor` take the same option."""
    data = instances.data
    for shard in ("0", "1"):
        migrated = await instances.backstage("migrate", "--instance", shard)
        assert migrated.code == 0, migrated.stderr
        assert f"Created the database {data / f'shards-{shard}.db'} at schema version" in migrated.stdout
    checked = await instances.backstage("doctor", "--instance", "1")
    assert f"[ok] The database {data / 'shards-1.db'} opens" in checked.stdout, checked.stdout
    assert "[ok] The database fits the shards this process serves: shard 1 of 2." in checked.stdout.splitlines()
    # without an instance the checklist cannot know which file is meant: a fix, and it says how to choose
    unsure = await instances.backstage("doctor")
    assert unsure.code == 1, unsure.stdout
    checked_file = data / "backstage.db"
    assert (
        f"[fix] BACKSTAGE_SHARD_COUNT is 2 with SQLite and no shards chosen, so this checked {checked_file}"
        in unsure.stdout
    ), unsure.stdout
    assert "`backstage doctor --instance ID`" in unsure.stdout
    # a file that names other shards than the instance: refused, not one of them silently winning
    instances.env_file.write_text(
        f"BACKSTAGE_SHARD_COUNT=2\nBACKSTAGE_SHARD_IDS=0\nBACKSTAGE_DATABASE={data / 'x.db'}\n"
    )
    refused = await instances.backstage("run", "--instance", "1")
    assert refused.code == 2
    assert refused.stderr.strip().splitlines()[-1] == (
        "BACKSTAGE_SHARD_IDS=0 in the settings disagrees with --instance 1: the instance is the shards this process "
        "serves, so remove BACKSTAGE_SHARD_IDS from the settings file (README: Several processes)."
    )
    assert not instances.stray.exists() and not (data / "backstage.db").exists()
    assert sorted(p.name for p in data.glob("*.db")) == ["shards-0.db", "shards-1.db"]


async def test_an_instance_whose_shards_another_instances_file_holds_is_refused_until_that_file_is_renamed(
    instances: Instances,
) -> None:
    """Several SQLite processes: `--instance 0-1` beside instance 0's file, or growing to 4 shards as `0,2` (the same
    servers as shard 0 of 2), would open an empty file and leave the servers' data behind (and 0-1 would answer
    instance 0's servers a second time): refused in one sentence saying to rename the file. Renamed, it starts
    on its data. An instance spelt two ways (`01`) is refused too."""
    data = instances.data
    for shard in ("0", "1"):
        assert (await instances.backstage("migrate", "--instance", shard)).code == 0
    overlapping = await instances.backstage("run", "--instance", "0-1")
    twice = await instances.backstage("migrate", "--instance", "01")
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    grown = await instances.backstage("migrate", "--instance", "0,2")
    (data / "shards-0.db").rename(data / "shards-0,2.db")
    renamed = await instances.backstage("migrate", "--instance", "0,2")
    assert overlapping.code == 2, overlapping.stderr
    assert (  # each file named with the shards it has of these, and whether it holds servers (these were migrated only)
        f"in {data} shards-0.db is the file of shard 0, with no servers yet; shards-1.db is the file of shard 1, "
        "with no servers yet (of this or an earlier split): two processes could answer one server."
    ) in overlapping.stderr, overlapping.stderr
    assert "rename the file to shards-0-1.db" in overlapping.stderr
    assert twice.code == 2 and "digits without leading zeros" in twice.stderr, twice.stderr
    assert grown.code == 2 and f"in {data} shards-0.db is the file of shard 0" in grown.stderr, grown.stderr
    assert "rename the file to shards-0,2.db" in grown.stderr
    assert renamed.code == 0, renamed.stderr
    assert sorted(p.name for p in data.glob("*.db")) == ["shards-0,2.db", "shards-1.db"]


async def test_an_instance_whose_shards_a_running_instance_serves_refuses_to_start_even_when_its_file_exists(
    instances: Instances,
) -> None:
    """`--instance 0-1` on its own existing file beside a running `--instance 0`: each file has its own lock, but both
    would answer shard 0's servers. Every `backstage run` on SQLite claims its shards in the folder (an OS lock per
    shard), so the second refuses in one sentence naming the instance that holds the shard and what to do, before
    reaching Discord; `backstage doctor` lists the claims; once instance 0 is killed (SIGKILL) the claim is gone."""
    data = instances.data
    assert (await instances.backstage("migrate", "--instance", "0")).code == 0
    both = await instances.backstage("migrate")  # and a file for one process serving both shards, made by hand
    assert both.code == 0, both.stderr
    (data / "backstage.db").rename(data / "shards-0-1.db")
    zero = instances.bot("0", 0)
    await zero.start()
    try:
        assert zero.proc is not None
        pid = zero.proc.pid
        identifies = instances.fake.identify_count
        second = await instances.backstage("run", "--instance", "0-1")
        checked = await instances.backstage("doctor", "--instance", "0-1")
        own = await instances.backstage("doctor", "--instance", "0")
        assert instances.fake.identify_count == identifies  # it never connected: shard 0 answered once
    finally:
        await zero.kill()
    assert second.code == 2, second.stderr
    assert second.stderr.strip().splitlines()[-1] == (
        f"Another Backstage process already serves shard 0 of 2 with a SQLite file in {data} (instance 0, process "
        f"{pid} on shards-0.db), which overlaps this one's every shard: two processes on the same servers would each "
        f"answer and post every command. Stop the other process first, or give this one other shard ids "
        f"(--instance, or BACKSTAGE_SHARD_IDS)."
    )
    listing = f"Processes running with a SQLite file in {data}: instance 0, process {pid} on shards-0.db: shard 0 of 2."
    assert (
        checked.code == 1 and f"[fix] {listing} A `backstage run` with these settings (every shard)" in checked.stdout
    )
    assert f"[note] {listing} This configuration's shard 0 of 2 is served by instance 0" in own.stdout, own.stdout
    after = instances.bot("0-1", 0, 1)  # the kernel dropped the killed process's claim
    await after.start()
    await after.kill()
    assert sorted(p.name for p in data.glob("*.db")) == ["shards-0-1.db", "shards-0.db"]


async def test_serve_and_doctor_on_an_instance_whose_file_is_missing_say_how_to_make_that_instances_file(
    instances: Instances,
) -> None:
    """`backstage serve --instance 1` before instance 1's file exists: not "point BACKSTAGE_DATABASE at the file"
    (the instance chose the file) but how that file is made; `backstage doctor --instance 1` says the same."""
    path = instances.data / "shards-1.db"
    served = await instances.backstage("serve", "--instance", "1")
    checked = await instances.backstage("doctor", "--instance", "1")
    make = (
        "run `backstage migrate --instance 1` first, or start the bot with `backstage run --instance 1`, which "
        "creates it."
    )
    assert served.code == 2, served.stderr
    assert served.stderr.strip().splitlines()[-1] == (
        f"There is no database at {path} for --instance 1: `backstage serve` only reads the bot's database, so {make}"
    )
    assert checked.code == 1 and f"[fix] The database {path} does not exist yet: {make}" in checked.stdout.splitlines()
    assert list(instances.data.iterdir()) == []


async def test_doctor_accepts_a_file_for_a_split_that_serves_exactly_its_servers(tmp_path: Path) -> None:
    """The file of shard 0 of 2 (recorded by the `backstage run` that served it) with BACKSTAGE_SHARD_COUNT=4 and
    BACKSTAGE_SHARD_IDS=0,2: the same servers, so it fits; 0,1 of 4 would move servers, so it does not."""
    database = await Database.open(tmp_path / "backstage.db")
    try:
        await DeploymentRepository(database).record_shard_scope("0/2")
    finally:
        await database.close()
    async with FakeDiscord(recommended_shards=4) as fake:
        same = await backstage("doctor", tmp_path, fake, BACKSTAGE_SHARD_COUNT="4", BACKSTAGE_SHARD_IDS="0,2")
        moved = await backstage("doctor", tmp_path, fake, BACKSTAGE_SHARD_COUNT="4", BACKSTAGE_SHARD_IDS="0-1")
    assert "[ok] The database fits the shards this process serves: shards 0,2 of 4." in same.stdout.splitlines()
    assert (
        "[fix] The database" in moved.stdout
        and "start it with BACKSTAGE_SHARD_COUNT=2 and BACKSTAGE_SHARD_IDS=0" in (moved.stdout)
    ), moved.stdout


# -- growing the split: the WAL goes with its file ----------------------------------------------------------------


async def killed_after_roster(instances: Instances, names: list[str], checkpointed: int = 0) -> None:
    """Instance 0 (shard 0 of 2) adds `names` to a server's roster and is SIGKILLed, its last writes left in
    shards-0.db-wal; the first `checkpointed` of them were folded into the file before (as SQLite's automatic
    checkpoint does on a long night)."""
    room = Newsroom(instances.fake, instances.stray, shard=(0, 2))
    zero = instances.bot("0", 0)
    await zero.start()
    try:
        await room.configure()
        for added, name in enumerate(names):
            if added == checkpointed and added:
                conn = sqlite3.connect(instances.data / "shards-0.db")
                try:
                    assert conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[0] == 0
                finally:
                    conn.close()
            assert "Added" in await room.said(room.editor, "roster add", name=name)
    finally:
        await zero.kill()


async def refused_everywhere(instances: Instances, instance: str, sentence: str) -> None:
    """`migrate`, `run` and `doctor --instance INSTANCE` each refuse in `sentence` (exit 2; doctor: a `[fix]`)."""
    migrated = await instances.backstage("migrate", "--instance", instance)
    started = await instances.backstage("run", "--instance", instance)
    checked = await instances.backstage("doctor", "--instance", instance)
    assert (migrated.code, migrated.stderr.strip().splitlines()[-1]) == (2, sentence), migrated.stderr
    assert (started.code, started.stderr.strip().splitlines()[-1]) == (2, sentence), started.stderr
    assert checked.code == 1 and checked.stdout.splitlines().count(f"[fix] {sentence}") == 1, checked.stdout


async def test_growing_after_a_kill_refuses_the_renamed_file_whose_writes_stayed_in_the_wal_and_says_how_to_fold_it(
    instances: Instances,
) -> None:
    """README "Growing the split" after instance 0 was killed (SIGKILL: systemd's stop timeout, the OOM killer): its
    writes are still in shards-0.db-wal, and `mv shards-0.db shards-0,2.db` leaves them behind. `migrate`, `run`
    and `doctor` on the renamed (empty) file refuse in one sentence naming the WAL and saying to move the file back,
    open it once and rename it; done so, the grown instance has the server's roster."""
    data = instances.data
    await killed_after_roster(instances, ["Adele"])
    assert (data / "shards-0.db-wal").stat().st_size > 0  # the writes are in the WAL only
    (data / "shards-0.db").rename(data / "shards-0,2.db")  # README's mv, without the WAL
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    sentence = (
        f"The database {data / 'shards-0,2.db'} is empty, and {data / 'shards-0.db-wal'} in its folder holds the "
        f"recent writes of a database file that is no longer there (shards-0.db, renamed or moved without its WAL "
        f"after the process using it was killed): opening shards-0,2.db would start an empty database and leave "
        f"that data behind; move that file back beside its WAL under its old name shards-0.db (with its -shm, if "
        f"you moved that), open it once so that SQLite folds the WAL into it (`backstage migrate --instance 0`), "
        f"then rename it (README: Growing the split)."
    )
    await refused_everywhere(instances, "0,2", sentence)
    assert version_of(data / "shards-0,2.db") == 0  # nothing was written to it
    # as the sentence says: back, opened once with the old count (clean close: the WAL folded in), renamed
    (data / "shards-0,2.db").rename(data / "shards-0.db")
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=2\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    assert (await instances.backstage("migrate", "--instance", "0")).code == 0
    assert not (data / "shards-0.db-wal").exists() or (data / "shards-0.db-wal").stat().st_size == 0
    (data / "shards-0.db").rename(data / "shards-0,2.db")
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    grown = await instances.backstage("migrate", "--instance", "0,2")
    assert grown.code == 0 and "is up to date" in grown.stdout, grown.stderr
    assert read_rows(data / "shards-0,2.db", "SELECT name FROM roster") == [("Adele",)]


async def test_a_renamed_file_that_holds_data_is_refused_too_while_its_last_writes_are_in_a_stray_wal(
    instances: Instances,
) -> None:
    """As above, but SQLite had checkpointed earlier in the night: the renamed file holds the first roster name and
    only the second is in shards-0.db-wal. Started so, the instance would go on without the second (a /spot
    answered "Posted #6" while #6 is in the feed); `migrate`, `run` and `doctor` refuse in one sentence naming the
    stray WAL and saying what to do. Renaming the WAL with the file, as the sentence offers, keeps both names."""
    data = instances.data
    await killed_after_roster(instances, ["Adele", "Bea"], checkpointed=1)
    assert (data / "shards-0.db-wal").stat().st_size > 0  # the last writes (not opened here: that would fold it in)
    assert (data / "shards-0.db").read_bytes()[60:64] != bytes(4)  # the file has a schema version: it holds data
    (data / "shards-0.db").rename(data / "shards-0,2.db")  # README's mv, without the WAL
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    wal = data / "shards-0.db-wal"
    sentence = (
        f"{wal} in the folder of the database {data / 'shards-0,2.db'} holds the recent writes of a database file "
        f"that is no longer there (shards-0.db, renamed or moved without its WAL after the process using it was "
        f"killed): opening shards-0,2.db would go on without those writes if it is that file, renamed; move it back "
        f"beside its WAL under its old name shards-0.db (with its -shm, if you moved that), open it once so that "
        f"SQLite folds the WAL into it (`backstage migrate --instance 0`), then rename it, or rename the WAL with it "
        f"(shards-0.db-wal to shards-0,2.db-wal); a WAL whose file is gone for good can be deleted (README: Growing "
        f"the split)."
    )
    await refused_everywhere(instances, "0,2", sentence)
    wal.rename(data / "shards-0,2.db-wal")  # the other way the sentence offers
    grown = await instances.backstage("migrate", "--instance", "0,2")
    assert grown.code == 0, grown.stderr
    assert read_rows(data / "shards-0,2.db", "SELECT name FROM roster ORDER BY name") == [("Adele",), ("Bea",)]


async def test_a_lost_wal_is_refused_rather_than_starting_an_empty_database_over_the_file(tmp_path: Path) -> None:
    """A bot killed before SQLite folded anything into its file (the schema and the night only in backstage.db-wal),
    then the -wal deleted and its -shm left: `doctor` said only "run `backstage migrate`", and `migrate` made a new
    empty database over it. The -shm's wal-index header says the WAL held frames not yet in the file, so `migrate`,
    `run` and `doctor` refuse in one sentence naming the missing WAL; the command it gives to start afresh
    deliberately is accepted."""
    database = tmp_path / "backstage.db"
    async with FakeDiscord() as fake:
        room = Newsroom(fake, database)
        bot = BotProcess(fake, database, tmp_path)
        await bot.start()
        try:
            await room.open_show()
            assert "Posted **#1**" in await room.said(room.amy, "spot", what="Adele arrives")
        finally:
            await bot.kill()
        assert (database.read_bytes()[60:64], database.read_bytes()[40:44]) == (bytes(4), bytes(4))  # no schema
        shm = tmp_path / "backstage.db-shm"
        assert shm.exists()
        (tmp_path / "backstage.db-wal").unlink()
        refusal = (
            f"The WAL {tmp_path / 'backstage.db-wal'} of the database {database} is missing, and backstage.db-shm "
            f"beside it says it held "
        )
        tail = (
            " not yet in backstage.db (the last writes of a process that was killed): opening backstage.db would make "
            "a new empty database over it; put backstage.db-wal back beside it (from where it was moved, or a backup), "
            f"or, if those writes are truly gone, start without them deliberately with `rm {shm}` and then `backstage "
            "migrate` (README: Growing the split)."
        )
        for command in ("migrate", "run"):
            refused = await backstage(command, tmp_path, fake)
            assert refused.code == 2 and refused.stderr.startswith(refusal), refused.stderr
            assert refused.stderr.strip().endswith(tail), refused.stderr
        checked = await backstage("doctor", tmp_path, fake)
        assert checked.code == 1 and f"[fix] {refused.stderr.strip()}" in checked.stdout.splitlines(), checked.stdout
        assert database.read_bytes()[60:64] == bytes(4) and not (tmp_path / "backstage.db-wal").exists()  # untouched
        shm.unlink()  # the sentence's way to start afresh, deliberately
        fresh = await backstage("migrate", tmp_path, fake)
        assert fresh.code == 0 and f"Created the database {database}" in fresh.stdout, fresh.stderr


async def test_a_shm_left_by_a_read_only_look_beside_a_healthy_database_is_no_lost_wal(tmp_path: Path) -> None:
    """A read-only connection (ours, or the sqlite3 tool's) leaves a -shm (and an empty -wal) beside a file; with the
    -wal gone too, the -shm says no frame was waiting, so a new database and one in use both open."""
    database = tmp_path / "backstage.db"
    assert (await backstage("migrate", tmp_path)).code == 0
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    conn.execute("SELECT * FROM meta").fetchall()
    conn.close()
    assert (tmp_path / "backstage.db-shm").exists()
    (tmp_path / "backstage.db-wal").unlink(missing_ok=True)
    migrated = await backstage("migrate", tmp_path)
    assert migrated.code == 0 and "is up to date" in migrated.stdout, migrated.stderr


def killed_with_wal(path: Path) -> None:
    """A write left in `path`'s WAL by a process that dies without a checkpoint, as SIGKILL leaves it."""
    code = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL'); "
        "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute('CREATE TABLE IF NOT EXISTS left (x)'); "
        "c.execute('INSERT INTO left VALUES (1)'); c.commit(); os._exit(9)"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    assert Path(f"{path}-wal").stat().st_size > 0


async def test_a_wal_cut_short_or_another_files_wal_is_refused_in_one_sentence_and_the_way_back_opens(
    tmp_path: Path,
) -> None:
    """break19: a WAL cut short after a kill (a copy or restore that stopped early) was "up to date" for `migrate`,
    a traceback ("disk I/O error") for `doctor` and `run`; another file's WAL put in a file's place, a traceback
    ("malformed"). The -shm says how many page writes the WAL holds and which log it is (its salts): both are
    refused in one sentence by `migrate`, `run` and `doctor`, and putting the right whole WAL back opens it."""
    database, other = tmp_path / "backstage.db", tmp_path / "elsewhere" / "backstage.db"
    other.parent.mkdir()
    assert (await backstage("migrate", tmp_path)).code == 0
    for path in (database, other):
        killed_with_wal(path)
        killed_with_wal(path)  # a second write: two commits in the log
    wal = Path(f"{database}-wal")
    whole = wal.read_bytes()
    page = int.from_bytes(whole[8:12], "big")
    wal.write_bytes(whole[: len(whole) - (page + 24)])  # its last frame cut off
    for command in ("migrate", "run"):
        refused = await backstage(command, tmp_path, DISCORD_TOKEN="never.used.here")
        assert refused.code == 2, refused.stderr
        assert refused.stderr.startswith(
            f"The WAL {wal} of the database {database} is shorter than backstage.db-shm "
        ), refused.stderr
        assert "Traceback" not in refused.stderr
    checked = await backstage("doctor", tmp_path)
    assert f"[fix] {refused.stderr.strip()}" in checked.stdout.splitlines(), checked.stdout
    wal.write_bytes(Path(f"{other}-wal").read_bytes())  # another file's log in its place
    swapped = await backstage("migrate", tmp_path)
    assert swapped.code == 2 and swapped.stderr.startswith(f"The WAL {wal} is not the one the database "), (
        swapped.stderr
    )
    wal.write_bytes(whole)  # its own whole WAL back
    opened = await backstage("migrate", tmp_path)
    assert opened.code == 0 and "is up to date" in opened.stdout, opened.stderr
    assert read_rows(database, "SELECT count(*) FROM left") == [(2,)]


async def test_an_emptied_wal_and_a_companion_that_is_a_folder_are_refused_in_one_sentence(tmp_path: Path) -> None:
    """break20: a -wal cut to 0 bytes was called "a WAL of another file"; a -shm that is a folder passed `migrate`
    ("up to date") and `run`, which then answered every /spot "not saved" (SQLite: readonly database)."""
    database = tmp_path / "backstage.db"
    assert (await backstage("migrate", tmp_path)).code == 0
    killed_with_wal(database)
    wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
    whole = wal.read_bytes()
    wal.write_bytes(b"")
    emptied = await backstage("migrate", tmp_path)
    assert (
        emptied.code == 2
        and f"The WAL {wal} of the database {database} is shorter than backstage.db-shm says: it holds none of its"
        in emptied.stderr
    ), emptied.stderr
    wal.write_bytes(whole)
    shm.unlink()
    shm.mkdir()
    for command in ("migrate", "doctor"):
        refused = await backstage(command, tmp_path)
        assert refused.code != 0 and f"{shm} is not a file (a folder?)" in refused.stdout + refused.stderr, refused


async def test_another_instances_stray_wal_neither_stops_this_one_nor_is_offered_as_its_wal(
    instances: Instances,
) -> None:
    """Instance 0 (shard 0 of 2) was killed and its file moved out of the folder without its -wal. Instance 1's
    file is untouched: `migrate --instance 1` opens it (a refusal, exit 2, is one systemd never restarts, and its
    advice "rename shards-0.db-wal to shards-1.db-wal" put server 0's writes in shards-1.db), and `doctor
    --instance 1` says the stray WAL in a note; instance 0 is still refused."""
    data = instances.data
    for shard in ("0", "1"):
        assert (await instances.backstage("migrate", "--instance", shard)).code == 0
    killed_with_wal(data / "shards-0.db")
    (data / "shards-0.db").rename(instances.cwd / "shards-0.db")
    one = await instances.backstage("migrate", "--instance", "1")
    assert one.code == 0 and "is up to date" in one.stdout, one.stderr
    checked = await instances.backstage("doctor", "--instance", "1")
    wal = data / "shards-0.db-wal"
    notes = [line for line in checked.stdout.splitlines() if str(wal) in line]
    assert len(notes) == 1 and notes[0].startswith(f"[note] {wal} in the folder holds the recent writes of "), (
        checked.stdout
    )
    zero = await instances.backstage("migrate", "--instance", "0")
    assert zero.code == 2 and f"The database {data / 'shards-0.db'} is missing" in zero.stderr, zero.stderr


async def test_a_stray_wal_of_an_earlier_split_stops_the_instances_sharing_its_servers_by_the_split_rule(
    instances: Instances,
) -> None:
    """Instance 0 (shard 0 of 2) killed, its file moved out of the folder without its -wal, then the split grown to
    4: shard 0 of 2 is shards 0 and 2 of 4, so `--instance 2` would start a new empty file for servers whose
    writes are in shards-0.db-wal, yet it was accepted (its id 2 is not 0: the WAL counted as another instance's).
    By the split rule (shard 0 of 2, the count its killed process claimed in the folder, holds shard 2 of 4's
    servers) `migrate`, `run` and `doctor --instance 2` refuse naming the WAL; `--instance 1,3` (shard 1 of 2's
    servers) only notes it."""
    data = instances.data
    await killed_after_roster(instances, ["Adele"])
    assert (data / "shard-0-of-2.lock").exists()  # the killed process's claim, naming shards-0.db
    (data / "shards-0.db").rename(instances.cwd / "shards-0.db")
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    wal = data / "shards-0.db-wal"
    sentence = (
        f"The database {data / 'shards-2.db'} is empty, and {wal} in its folder holds the recent writes of a "
        f"database file that is no longer there (shards-0.db, renamed or moved without its WAL after the process "
        f"using it was killed): opening shards-2.db would start an empty database and leave that data behind; move "
        f"that file back beside its WAL under its old name shards-0.db (with its -shm, if you moved that), open it "
        f"once so that SQLite folds the WAL into it (`backstage migrate --instance 0`), then rename it (README: "
        f"Growing the split)."
    )
    await refused_everywhere(instances, "2", sentence)
    assert not (data / "shards-2.db").exists()
    other = await instances.backstage("doctor", "--instance", "1,3")
    assert any(line.startswith(f"[note] {wal} in the folder holds") for line in other.stdout.splitlines()), other.stdout
    assert (await instances.backstage("migrate", "--instance", "1,3")).code == 0


async def test_a_stray_wal_is_never_offered_for_a_file_that_served_its_own_shards(instances: Instances) -> None:
    """A `shards-0-1.db` killed and moved away without its WAL meets instance 0's shards, so instance 0 is refused;
    but shards-0.db has served shard 0 under its own name (the scope `backstage run` records), so it is no renamed
    shards-0-1.db: the sentence says to move that file back, never to rename the stray WAL onto shards-0.db."""
    data = instances.data
    assert (await instances.backstage("migrate", "--instance", "0")).code == 0
    database = await Database.open(data / "shards-0.db")
    try:
        await DeploymentRepository(database).record_shard_scope("0/2")
    finally:
        await database.close()
    killed_with_wal(data / "shards-0-1.db")
    (data / "shards-0-1.db").rename(instances.cwd / "shards-0-1.db")
    refused = await instances.backstage("migrate", "--instance", "0")
    assert refused.code == 2 and f"{data / 'shards-0-1.db-wal'} in the folder of the database" in refused.stderr
    assert "then rename it; a WAL whose file is gone for good can be deleted" in refused.stderr, refused.stderr
    assert "rename the WAL with it" not in refused.stderr


async def test_a_copy_beside_the_file_it_was_copied_from_is_refused_naming_both(instances: Instances) -> None:
    """Growing the split with `cp shards-1.db shards-1,3.db` instead of `mv` (after a kill, the old file and its WAL
    left): the copy holds data, so the empty-file check passed it and the next /spot took a number the feed
    already had. `migrate` and `run --instance 1,3` refuse in one sentence naming both files, and `doctor` says it
    as a [fix] line (exit 1); so it does for a new file beside shards-1.db, which it printed bare with exit 2."""
    data = instances.data
    assert (await instances.backstage("migrate", "--instance", "1")).code == 0
    conn = sqlite3.connect(data / "shards-1.db")
    try:
        conn.execute("INSERT INTO roster (guild_id, name, key) VALUES (3, 'Adele', 'adele')")
        conn.commit()
    finally:
        conn.close()
    shutil.copy2(data / "shards-1.db", data / "shards-1,3.db")
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    for command in ("migrate", "run"):
        refused = await instances.backstage(command, "--instance", "1,3")
        assert refused.code == 2, refused.stderr
        sentence = refused.stderr.strip().splitlines()[-1]
        assert sentence.startswith(
            f"shards-1,3.db in {data} holds data, but shards-1.db beside it also holds servers of shard ids 1,3"
        ), sentence
        # the same writes in both (a copy made after a clean stop): keeping the copy, named for its shards, loses none
        assert sentence.endswith(
            "the highest sighting numbers: shards-1,3.db none, shards-1.db none; shards-1,3.db holds every sighting "
            "the other holds: stop the instances, move shards-1.db (with any -wal and -shm) out of the folder, then "
            "run this again (README: Growing the split)."
        ), sentence
    checked = await instances.backstage("doctor", "--instance", "1,3")
    assert checked.code == 1 and f"[fix] {sentence}" in checked.stdout.splitlines(), checked.stdout
    (data / "shards-1,3.db").unlink()
    checked = await instances.backstage("doctor", "--instance", "1,3")
    assert checked.code == 1, checked.stdout + checked.stderr
    assert f"[fix] shards-1,3.db does not exist yet, and in {data} shards-1.db already holds servers of shard 1" in (
        checked.stdout
    )
    # the checks read shards-1.db without leaving a -wal or -shm beside it (a -shm beside a file is evidence of a WAL)
    assert sorted(p.name for p in data.glob("shards-1*")) == ["shards-1.db"]


async def test_a_copy_made_after_a_kill_is_refused_naming_the_newer_file_and_the_advice_keeps_every_sighting(
    instances: Instances,
) -> None:
    """break17 a3: instance 1 posts four sightings and is SIGKILLed, the last two only in shards-1.db-wal, and the
    operator runs `cp shards-1.db shards-1,3.db` (the copy has #1 and #2). The refusal offered to keep the copy (the
    next /spot reused #3) or to migrate --instance 1 first, which was refused with the mirror advice. Now it names
    the file holding every sighting, WAL included, and one way out; both commands say the same file; followed step
    by step, instance 1,3 starts on every sighting, and the next /spot takes #5 with no number twice in the feed."""
    data = instances.data
    room = Newsroom(instances.fake, instances.stray, shard=(1, 2))
    one = instances.bot("1", 1)
    await one.start()
    try:
        await room.open_show()
        for n in range(4):
            if n == 2:  # SQLite's automatic checkpoint, earlier in the night: #1 and #2 are in the file itself
                conn = sqlite3.connect(data / "shards-1.db")
                try:
                    assert conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[0] == 0
                finally:
                    conn.close()
            assert f"Posted **#{n + 1}**" in await room.said(room.amy, "spot", what=f"Sighting {n + 1}")
        await wait_feed_covers(instances.fake, room.feed.id, {1, 2, 3, 4}, 15)
    finally:
        await one.kill()
    assert (data / "shards-1.db-wal").stat().st_size > 0
    shutil.copyfile(data / "shards-1.db", data / "shards-1,3.db")  # cp, not mv, and without the WAL
    said = (
        "servers of shard ids {ids} (of this or an earlier split), so one is a stale copy (`cp` rather than `mv`) and "
        "starting on one would go on without the other's writes (a sighting posted again under a number the feed "
        "already has); the highest sighting numbers: {numbers}; shards-1.db holds every sighting the other holds: stop "
        "the instances, move shards-1,3.db (with any -wal and -shm) out of the folder, then "
    )
    # the old count, as the advice to open the old file once used to say: not a circle any more
    mirror = await instances.backstage("migrate", "--instance", "1")
    assert mirror.code == 2, mirror.stderr
    assert mirror.stderr.strip() == (
        f"shards-1.db in {data} holds data, but shards-1,3.db beside it also holds "
        + said.format(ids="1", numbers="shards-1.db with its -wal #4, shards-1,3.db #2")
        + "run this again (README: Growing the split)."
    )
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    sentence = (
        f"shards-1,3.db in {data} holds data, but shards-1.db beside it also holds "
        + said.format(ids="1,3", numbers="shards-1,3.db #2, shards-1.db with its -wal #4")
        + "`mv shards-1.db shards-1,3.db` with its WAL (`mv shards-1.db-wal shards-1,3.db-wal`, and its -shm "
        "likewise if there) and run this again (README: Growing the split)."
    )
    await refused_everywhere(instances, "1,3", sentence)
    # the advice, step by step
    (instances.cwd / "aside").mkdir()
    (data / "shards-1,3.db").rename(instances.cwd / "aside" / "shards-1,3.db")
    for suffix in ("", "-wal", "-shm"):
        if (data / f"shards-1.db{suffix}").exists():
            (data / f"shards-1.db{suffix}").rename(data / f"shards-1,3.db{suffix}")
    grown = BotProcess(
        instances.fake,
        instances.stray,
        instances.cwd,
        shards=((1, 4), (3, 4)),
        args=("run", "--instance", "1,3", "--env-file", str(instances.env_file)),
    )
    await grown.start()
    try:
        assert "Posted **#5**" in await room.said(room.amy, "spot", what="Sighting 5")
        feed = await wait_feed_covers(instances.fake, room.feed.id, {1, 2, 3, 4, 5}, 15)
    finally:
        await grown.kill()
    assert repeated(feed) == {}, feed
    assert read_rows(data / "shards-1,3.db", "SELECT id FROM sightings ORDER BY id") == [(n,) for n in range(1, 6)]


def posted(database: Path, number: int, made: str) -> None:
    """Sighting `number` of a server, made at `made`, written into `database` as a bot would have."""
    conn = sqlite3.connect(database)
    try:
        conn.execute(
            "INSERT INTO sightings (id, guild_id, show_id, reporter_id, reporter_name, what, created_at) "
            "VALUES (?, 3, 1, 7, 'Amy', 'A sighting', ?)",
            (number, made),
        )
        conn.commit()
    finally:
        conn.close()


async def test_a_copy_that_took_a_number_of_its_own_is_refused_saying_no_file_holds_every_sighting(
    instances: Instances,
) -> None:
    """A stale copy that was run (before it was refused) posted its own #3, while the original holds another #3:
    the higher number, or the later time, would have chosen the copy and lost the original's #3. Each file holds a
    sighting the other lacks, so the sentence says so and offers neither as the file that keeps everything."""
    data = instances.data
    assert (await instances.backstage("migrate", "--instance", "1")).code == 0
    for number in (1, 2):
        posted(data / "shards-1.db", number, f"2031-08-31T20:0{number}:00")
    shutil.copyfile(data / "shards-1.db", data / "shards-1,3.db")
    posted(data / "shards-1.db", 3, "2031-08-31T20:03:00")
    posted(data / "shards-1,3.db", 3, "2031-08-31T20:09:00")
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=4\nBACKSTAGE_DATABASE={data / 'backstage.db'}\n")
    refused = await instances.backstage("migrate", "--instance", "1,3")
    assert refused.code == 2, refused.stderr
    assert refused.stderr.strip().endswith(
        "the highest sighting numbers: shards-1,3.db #3, shards-1.db #3, and each file holds sightings the other "
        "lacks (one number posted in both), which Backstage cannot merge: keep the file whose servers' nights matter "
        "most and move the others (with any -wal and -shm) out of the folder, as a backup (README: Growing the split)."
    ), refused.stderr


# -- from one process to several, and back --------------------------------------------------------------------------


async def test_one_process_to_instances_and_back_refuses_new_files_that_would_leave_the_servers_behind(
    instances: Instances,
) -> None:
    """A folder holding `backstage.db`, the file of one process without shard settings (README "One process with
    SQLite"), with a server set up: `--instance 1` with BACKSTAGE_SHARD_COUNT=2 would start on a new, empty
    shards-1.db, so `migrate` and `run` refuse in one sentence naming backstage.db (also once shards-1.db exists but
    is empty); a copy of backstage.db as an instance's file does not fit either (it holds servers of the other shard).
    Back from instances to one process: a new backstage.db beside instances' files holding servers is refused too.
    The one process stopped cleanly (SIGTERM) left its writes in the file, not in a WAL."""
    data, single = instances.data, instances.data / "backstage.db"
    instances.env_file.write_text(f"BACKSTAGE_DATABASE={single}\n")
    args = ("run", "--env-file", str(instances.env_file))
    one = BotProcess(instances.fake, instances.stray, instances.cwd, shards=((0, 2), (1, 2)), args=args)
    await one.start()
    room = Newsroom(instances.fake, instances.stray, shard=(1, 2))
    try:
        await room.configure()
        assert "Added" in await room.said(room.editor, "roster add", name="Adele")
    finally:
        assert one.proc is not None
        one.proc.send_signal(signal.SIGTERM)
        assert await one.proc.wait() == 0
    wal = data / "backstage.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # folded into the file by the clean stop
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=2\nBACKSTAGE_DATABASE={single}\n")
    migrated = await instances.backstage("migrate", "--instance", "1")
    started = await instances.backstage("run", "--instance", "1")
    assert sorted(p.name for p in data.glob("*.db")) == ["backstage.db"]
    (data / "shards-1.db").touch()  # an empty file (as a failed start may leave) is no instance's data either
    emptied = await instances.backstage("migrate", "--instance", "1")
    sentence = (
        f"shards-1.db {{}}, and {single} (the file of one process serving every shard) already holds servers, of "
        f"every shard: a new file would leave their data behind. A file's servers cannot be split between "
        f"instances: keep serving them from one process on that file (without --instance nor "
        f"BACKSTAGE_SHARD_COUNT), or start the instances on new files in a folder of their own (README: From one "
        f"process to several)."
    )
    assert (migrated.code, migrated.stderr.strip()) == (2, sentence.format("does not exist yet")), migrated.stderr
    assert (started.code, started.stderr.strip()) == (2, sentence.format("does not exist yet")), started.stderr
    assert (emptied.code, emptied.stderr.strip()) == (2, sentence.format("is empty")), emptied.stderr
    # a copy per instance does not fit: instance 0's copy holds a server of shard 1, which it does not serve
    (data / "shards-1.db").unlink()
    (data / "shards-0.db").write_bytes(single.read_bytes())
    copied = await instances.backstage("doctor", "--instance", "0")
    assert copied.code == 1 and "holds 1 server that this process, serving shard 0 of 2, does not serve" in (
        copied.stdout
    ), copied.stdout
    # and back: one process on a new backstage.db beside an instance's file that holds servers
    single.rename(data / "shards-1.db")
    (data / "shards-0.db").unlink()
    instances.env_file.write_text(f"BACKSTAGE_DATABASE={single}\n")
    merged = await instances.backstage("migrate")
    behind = (
        f"The database {single} does not exist yet, and shards-1.db in {data} already holds servers this process "
        f"would serve (instances' files, of this or an earlier split): a new file would leave their data behind. "
        f"Instances' files cannot be merged into one: keep running the instances (`backstage run --instance ID` for "
        f"each), or give this process a new file in a folder of its own (README: From one process to several)."
    )
    assert (merged.code, merged.stderr.strip()) == (2, behind), merged.stderr
    # doctor says it among its checks, a [fix] line (the shared env file's count too), not one sentence and exit 2
    instances.env_file.write_text(f"BACKSTAGE_SHARD_COUNT=2\nBACKSTAGE_DATABASE={single}\n")
    checked = await instances.backstage("doctor")
    lines = checked.stdout.splitlines()
    assert checked.code == 1 and lines[:2] == ["Backstage doctor", f"[fix] {behind}"], checked.stdout + checked.stderr
    assert any(line.startswith("[fix] BACKSTAGE_SHARD_COUNT is 2 with SQLite and no shards chosen") for line in lines)
    assert not single.exists()


async def test_a_range_systemd_turned_into_a_slash_is_refused_with_how_to_escape_it(instances: Instances) -> None:
    """`backstage@0-1` written by hand reaches Backstage as `0/1` (systemd's %I): README says the refusal names
    systemd-escape."""
    refused = await instances.backstage("run", "--instance", "0/1")
    assert refused.code == 2, refused.stderr
    assert refused.stderr.strip().endswith(
        "In a systemd instance name a range's `-` reads as `/`: write the name with systemd-escape, "
        '`systemctl enable --now "$(systemd-escape --template backstage@.service 0-1)"`.'
    ), refused.stderr
    assert not list(instances.data.glob("*.db"))


@pytest.mark.parametrize(
    ("command", "spelling", "same"),
    [
        ("run", "0-0", "0"),
        ("run", "1,0", "0,1"),
        ("serve", "2-1", "1,2"),
        ("serve", " 1", "1"),
        ("run", "0-2,1", "0-2"),
    ],
)
async def test_an_instance_spelt_out_of_order_is_refused_at_start_with_the_accepted_forms_and_its_spelling(
    instances: Instances, command: str, spelling: str, same: str
) -> None:
    """One spelling per set of shards (a second would be a second file of the same servers): a range of one, a list
    or a range written downwards, a space, are refused before anything is opened, naming the forms the unit writes
    and how to write these shards."""
    refused = await instances.backstage(command, "--instance", spelling)
    assert refused.code == 2, refused.stderr
    assert refused.stderr.strip() == (
        f"--instance {spelling!r} is not a list of shard ids as the unit writes them: digits without leading zeros, "
        "ascending, each shard once, a range `a-b` with a below b, lists with ',', no spaces (`0`, `0-3`, `0,2`; "
        f"README: Several processes). `{same}` names the same shards."
    )
    assert not list(instances.data.glob("*.db"))
