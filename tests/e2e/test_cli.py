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
