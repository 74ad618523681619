"""The command line: what someone starting the bot sees, and when commands are synced."""

import asyncio
import os
import sys
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.pytest_plugin import Newsroom

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


async def test_a_log_level_in_any_case_is_accepted(tmp_path: Path):
    env = {"DISCORD_TOKEN": "", "BACKSTAGE_DATABASE": str(tmp_path / "b.db"), "BACKSTAGE_LOG_LEVEL": "warning"}
    code, err = await backstage("run", env=env, cwd=tmp_path)
    assert code == 2 and err.startswith("DISCORD_TOKEN is not set")  # past the settings, to the missing token
