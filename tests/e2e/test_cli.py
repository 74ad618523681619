"""The command line: what someone starting the bot sees, and when commands are synced."""

import asyncio
import os
import re
import signal
import socket
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import discord
import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom, eventually
from tests.faults.helpers import bot_env

ROOT = Path(__file__).resolve().parents[2]


async def backstage(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, err.decode()


async def test_run_without_a_token_says_where_to_get_one(tmp_path: Path):
    code, err = await backstage(
        "run", env={"DISCORD_TOKEN": "", "BACKSTAGE_DATABASE": str(tmp_path / "b.db")}, cwd=tmp_path
    )
    assert code == 2 and "DISCORD_TOKEN is not set" in err and "Reset Token" in err and "Traceback" not in err


async def test_a_rejected_token_is_explained(fake: FakeDiscord, tmp_path: Path):
    env = {
        "DISCORD_TOKEN": "not-the-token",
        "BACKSTAGE_DATABASE": str(tmp_path / "b.db"),
        "BACKSTAGE_DISCORD_API": fake.api_base,
        "BACKSTAGE_DISCORD_GATEWAY": fake.gateway_url,
    }
    code, err = await backstage("run", env=env, cwd=tmp_path)
    assert code == 2 and "Discord rejected DISCORD_TOKEN" in err and "Traceback" not in err


def command_puts(fake: FakeDiscord) -> int:
    return sum(1 for r in fake.requests if r.method == "PUT" and r.path.endswith("/commands"))


async def test_commands_are_synced_once_not_at_every_start_and_on_request(fake: FakeDiscord, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "b.db")
    await room.start()
    try:
        assert command_puts(fake) == 1  # a new database: the definitions are new
        await room.restart()
        assert command_puts(fake) == 1  # unchanged definitions: no sync (Discord allows 200 a day)
        assert await room.bot.sync_commands(force=True)  # what `backstage sync` does
        assert command_puts(fake) == 2
    finally:
        await room.stop()
    env = {
        "DISCORD_TOKEN": fake.token,
        "BACKSTAGE_DATABASE": str(tmp_path / "b.db"),
        "BACKSTAGE_DISCORD_API": fake.api_base,
        "BACKSTAGE_DISCORD_GATEWAY": fake.gateway_url,
    }
    code, err = await backstage("sync", env=env, cwd=tmp_path)
    assert code == 0, err
    assert command_puts(fake) == 3


async def test_an_invalid_log_level_is_refused_in_one_sentence_like_any_invalid_setting(tmp_path: Path):
    env = {"DISCORD_TOKEN": "", "BACKSTAGE_DATABASE": str(tmp_path / "b.db")}
    code, err = await backstage("run", env={**env, "BACKSTAGE_LOG_LEVEL": "verbose"}, cwd=tmp_path)
    other_code, other_err = await backstage("run", env={**env, "BACKSTAGE_FEED_LINGER_MS": "soon"}, cwd=tmp_path)
    fix = "; fix it in .env or the environment (README.md lists every setting)."
    assert (code, err) == (
        2,
        f"Invalid setting BACKSTAGE_LOG_LEVEL='verbose': input should be DEBUG, INFO, WARNING or ERROR{fix}\n",
    )
    assert other_code == 2
    assert other_err.startswith("Invalid setting BACKSTAGE_FEED_LINGER_MS='soon': input should be a valid integer")
    assert other_err.endswith(fix + "\n") and other_err.count("\n") == 1  # one line, no traceback
    assert not (tmp_path / "b.db").exists()  # refused before anything starts


@pytest.mark.parametrize(
    ("setting", "value", "said"),
    [
        ("BACKSTAGE_SHARD_COUNT", "2.0", "input should be a whole number written in the digits 0-9, like 2"),
        ("BACKSTAGE_SHARD_COUNT", "\u0662", "input should be a whole number written in the digits 0-9, like 2"),
        (
            "BACKSTAGE_SHARD_IDS",
            "\u0660",
            "input should be shard ids as a range like 0-3 or a list like 0,1, each id once",
        ),
    ],
    ids=["count 2.0", "count in Arabic-Indic digits", "ids in Arabic-Indic digits"],
)
async def test_shard_settings_not_written_in_the_digits_0_to_9_are_refused_as_the_instance_is(
    setting: str, value: str, said: str, tmp_path: Path
):
    """`2.0` or `٢` (read as 2 by int()) would name the same shards as `2` in other words; `--instance` takes only
    0-9, and so do the settings."""
    env = {"DISCORD_TOKEN": "", "BACKSTAGE_DATABASE": str(tmp_path / "b.db"), "BACKSTAGE_SHARD_COUNT": "2"}
    code, err = await backstage("migrate", env={**env, setting: value}, cwd=tmp_path)
    fix = "; fix it in .env or the environment (README.md lists every setting)."
    assert (code, err) == (2, f"Invalid setting {setting}={value!r}: {said}{fix}\n")
    assert not (tmp_path / "b.db").exists()


async def test_a_log_level_in_any_case_is_accepted(tmp_path: Path):
    env = {"DISCORD_TOKEN": "", "BACKSTAGE_DATABASE": str(tmp_path / "b.db"), "BACKSTAGE_LOG_LEVEL": "warning"}
    code, err = await backstage("run", env=env, cwd=tmp_path)
    assert code == 2 and err.startswith("DISCORD_TOKEN is not set")  # past the settings, to the missing token


async def test_a_misspelt_setting_in_the_environment_or_env_file_is_named_not_ignored_silently(tmp_path: Path):
    (tmp_path / ".env").write_text("BACKSTAGE_FEED_LINGR_MS=100\nBACKSTAGE_MAX_TEXT=900\n", encoding="utf-8")
    env = {"DISCORD_TOKEN": "", "BACKSTAGE_DATABASE": str(tmp_path / "b.db"), "BACKSTAGE_VEIW_TIMEOUT": "5"}
    code, err = await backstage("run", env=env, cwd=tmp_path)
    assert code == 2 and "DISCORD_TOKEN is not set" in err
    assert "BACKSTAGE_VEIW_TIMEOUT is not a Backstage setting and is ignored" in err
    assert "BACKSTAGE_FEED_LINGR_MS is not a Backstage setting and is ignored" in err
    assert "BACKSTAGE_MAX_TEXT" not in err


# -- operator mistakes: one sentence, exit 2, never a traceback -------------------------------------------------


LOG_LINE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} (DEBUG|INFO|WARNING|ERROR) ")


def one_sentence(code: int, err: str) -> str:
    """Exit 2, no traceback, and one line besides the log's: the error, returned."""
    assert code == 2 and "Traceback" not in err, err
    lines = [line for line in err.splitlines() if not LOG_LINE.match(line)]
    assert len(lines) == 1, err
    return lines[0]


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_an_unreachable_discord_is_one_sentence(tmp_path: Path):
    port = closed_port()
    env = {
        "DISCORD_TOKEN": "a-token",
        "BACKSTAGE_DATABASE": str(tmp_path / "b.db"),
        "BACKSTAGE_DISCORD_API": f"http://127.0.0.1:{port}/api/v10",
        "BACKSTAGE_DISCORD_GATEWAY": f"ws://127.0.0.1:{port}/",
    }
    code, err = await backstage("run", env=env, cwd=tmp_path)
    assert code == 75  # EX_TEMPFAIL: a service manager starts it again (deploy/)
    last = one_sentence(2, err)
    assert last.startswith(f"Cannot reach Discord at http://127.0.0.1:{port}/api/v10 (")
    assert last.endswith("check the network connection (and any proxy or firewall), then start Backstage again.")


def not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    return path


DATABASE_MISTAKES = {
    "missing-folder": (lambda tmp: tmp / "no" / "such" / "b.db", "the folder {parent} does not exist"),
    "a-folder": (lambda tmp: tmp, "is a folder, not a database file"),
    "not-sqlite": (not_sqlite, "is not a SQLite database"),
}


@pytest.mark.parametrize("mistake", list(DATABASE_MISTAKES))
@pytest.mark.parametrize("command", ["run", "rehearse"])
async def test_a_database_path_that_cannot_be_a_database_is_one_sentence(mistake: str, command: str, tmp_path: Path):
    make, words = DATABASE_MISTAKES[mistake]
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    if command == "run":
        code, err = await backstage("run", env={"DISCORD_TOKEN": "t", "BACKSTAGE_DATABASE": str(path)}, cwd=tmp_path)
    else:
        code, err = await backstage("rehearse", "--db", str(path), env={}, cwd=tmp_path)
    assert err == one_sentence(code, err) + "\n"  # nothing else: refused before anything starts
    assert words.format(parent=path.parent) in err and str(path) in err
    if before is not None:
        assert path.read_bytes() == before  # left untouched


@pytest.mark.parametrize("where", ["a-file", "inside-a-file"])
async def test_an_out_folder_that_cannot_be_written_is_one_sentence_before_the_night_is_played(
    where: str, tmp_path: Path
):
    blocker = tmp_path / "taken"
    blocker.write_text("a file")
    out = blocker if where == "a-file" else blocker / "exports"
    code, err = await backstage("rehearse", "--out", str(out), env={}, cwd=tmp_path)
    assert err == one_sentence(code, err) + "\n"
    assert str(out) in err and "Give a folder" in err
    assert blocker.read_text() == "a file"


async def rehearse(*args: str, cwd: Path) -> bytes:
    """`backstage rehearse …` run to its end (successfully); what it printed, in a terminal 200 columns wide."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "rehearse",
        *args,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode()
    return out


async def test_rehearse_out_writes_the_article_and_the_timeline_and_says_what_each_is(tmp_path: Path):
    out = await rehearse("--out", str(tmp_path / "out"), cwd=tmp_path)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "digest.html",
        "digest.json",
        "digest.md",
        "photos",
        "timeline.html",
        "timeline.json",
        "timeline.md",
    ]
    assert sorted(p.name for p in (tmp_path / "out" / "photos").iterdir()) == [  # (the photos of the items told)
        "photo-20.png",
        "photo-4.png",
    ]
    text = " ".join(out.decode().split())  # the terminal wraps long lines
    folder = tmp_path / "out"
    assert f"wrote {folder}/digest.md, {folder}/digest.html, {folder}/digest.json: the article as published" in text
    assert f"{folder}/timeline.json: the editors' record of the night, not for publication" in text
    assert f"wrote {folder}/photos/photo-20.png: the photo of item 5, by Fay" in text
    article = (tmp_path / "out" / "digest.md").read_text()
    timeline = (tmp_path / "out" / "timeline.md").read_text()
    assert "sighting by sighting" not in article and "retracted" in timeline
    assert "Key moments so far" not in text  # the sample night marks none


KEY_NIGHT = """\
show: {name: "Key Night", timezone: "UTC"}
roster:
  - {name: "Ines Achebe"}
timeline:
  - {at: "20:05", by: amy, spot: {what: "Ines Achebe sings the encore from the aisle", headline: "Aisle encore"}}
  - {at: "20:06", by: ben, spot: {what: "Catering restocks the sliders"}}
  - {at: "20:10", key: {id: 1}}
  - {at: "20:20", by: ben, spot: {what: "Ines Achebe hugs the drummer", headline: "A hug backstage"}}
  - {at: "20:25", by: eddie, key: {id: 3}}
"""


async def test_rehearse_a_script_that_marks_key_moments_keeps_the_pinned_key_moments_message(tmp_path: Path):
    script = tmp_path / "keys.yaml"
    script.write_text(KEY_NIGHT, encoding="utf-8")
    text = (await rehearse(str(script), cwd=tmp_path)).decode()
    panels = [p for p in text.split("╭") if "📌 Key moments so far: Key Night" in p]
    assert len(panels) == 4, text  # made, then shown again at each mark and at the end
    assert "None yet." in panels[0] and "📌 message" in text and " pinned" in text
    assert "Aisle encore" in panels[1] and "#1" in panels[1] and "A hug backstage" not in panels[1]
    assert "Aisle encore" in panels[2] and "A hug backstage" in panels[2] and "#3" in panels[2]
    assert "The show has ended: this is its final list." in panels[3] and " unpinned" in text
    assert '"refused": 0' in text


# -- `backstage run`: one ready line, one clean line on SIGTERM --------------------------------------------------

README_PERMISSIONS = {
    "View Channels": "view_channel",
    "Send Messages": "send_messages",
    "Send Messages in Threads": "send_messages_in_threads",
    "Embed Links": "embed_links",
    "Attach Files": "attach_files",
    "Read Message History": "read_message_history",
    "Pin Messages": "pin_messages",
}


def readme_permissions() -> int:
    """The bot permissions README's "Invite it" step lists, as Discord's permission integer."""
    readme = (ROOT / "README.md").read_text()
    listed = re.search(r"the bot permissions (.*?)\. Open the URL", readme, re.S)
    assert listed is not None, "README no longer lists the bot permissions in 'Invite it'"
    names = re.findall(r"\*([^*]+)\*", listed.group(1))
    return discord.Permissions(**{README_PERMISSIONS[n]: True for n in names}).value


async def run_logged(fake: FakeDiscord, tmp_path: Path, log_path: Path) -> asyncio.subprocess.Process:
    """`backstage run` on tmp_path/b.db, one server with its channels and people, its output in `log_path`."""
    Newsroom(fake, tmp_path / "b.db")
    env = bot_env(tmp_path / "b.db", token=fake.token, api=fake.api_base, gateway=fake.gateway_url)
    with log_path.open("wb") as log:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=log, stderr=asyncio.subprocess.STDOUT
        )


async def test_run_logs_one_ready_line_with_the_invite_and_a_clean_line_on_sigterm(fake: FakeDiscord, tmp_path: Path):
    log_path = tmp_path / "run.log"
    proc = await run_logged(fake, tmp_path, log_path)
    try:

        async def ready() -> bool:
            return "Backstage is ready" in log_path.read_text()

        await eventually(ready, timeout=30, what="the ready line")
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    text = log_path.read_text()
    assert code == 0 and "Traceback" not in text, text
    (line,) = [x for x in text.splitlines() if "Backstage is ready" in x]
    assert f"logged in as Backstage (id {fake.application_id}) in 1 server (shard 0 of 1)." in line
    url = re.search(r"https://discord\.com/oauth2/authorize\?\S+", line)
    assert url is not None
    query = parse_qs(urlsplit(url.group(0)).query)
    assert query["client_id"] == [str(fake.application_id)]
    assert query["scope"] == ["bot applications.commands"]
    assert int(query["permissions"][0]) == readme_permissions()
    (clean,) = [x for x in text.splitlines() if "stopped cleanly" in x]
    assert "Backstage stopped cleanly (SIGTERM): the database is closed" in clean


async def test_sigterm_while_discord_is_unreachable_and_a_shard_still_connecting_stops_within_seconds(
    tmp_path: Path,
) -> None:
    """`systemctl stop` (SIGTERM) while Discord cannot be reached and the second of two shards is still being
    connected (discord.py launches them 5 s apart and, once the client is closed, retried the launch without end):
    the process must exit, cleanly and well within systemd's TimeoutStopSec=30, whatever the gateway is doing."""
    fake = FakeDiscord(recommended_shards=2)
    await fake.start()
    log_path = tmp_path / "run.log"
    proc = await run_logged(fake, tmp_path, log_path)
    try:
        await fake.wait_ready(30, shards=((0, 2),))  # shard 0 is up; shard 1 comes 5 s later
        stopping = asyncio.create_task(fake.stop())  # the network is gone (its last connections close meanwhile)

        async def unreachable() -> bool:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", fake.port)
            except OSError:
                return True
            writer.close()
            return False

        await eventually(unreachable, timeout=10, what="the fake Discord refusing connections")
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 15)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await stopping
    text = log_path.read_text()
    assert code == 0, text
    assert "Backstage stopped cleanly (SIGTERM): the database is closed" in text, text
