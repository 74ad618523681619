"""Shared pieces of the fault tests: reading the feed as a user would, and the bot as its own process."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backstage_testing.fakediscord import FakeDiscord, InteractionResult
from db.database import read_only

JSON = dict[str, Any]

# Discord allows about 5 messages per 5 s per channel. 1,000 sightings are 100 full messages, i.e. 100 s of
# feed at that pace, which no test in `make test` can wait for; the fault tests that drain hundreds of
# sightings let the fake channel take 50 messages per 5 s. The bot still learns the limit from the headers.
FAST_CHANNEL = (50, 5.0)

POSTED = re.compile(r"Posted \*\*#(\d+)\*\*")
FOOTER_ID = re.compile(r"#(\d+)")
VENV_BIN = Path(sys.executable).parent


def posted_id(result: InteractionResult) -> int | None:
    """The sighting id a /spot confirmation announced, if the correspondent got one."""
    match = POSTED.search(result.content or "") if result.responded else None
    return int(match.group(1)) if match else None


def feed_messages(fake: FakeDiscord, channel_id: int) -> list[JSON]:
    return fake.channel_messages(channel_id)


def feed_ids(fake: FakeDiscord, channel_id: int) -> list[int]:
    """Every sighting id shown in the feed, once per embed footer (`#id`), in order."""
    ids = []
    for message in feed_messages(fake, channel_id):
        for embed in message.get("embeds") or []:
            match = FOOTER_ID.match(((embed.get("footer") or {}).get("text")) or "")
            if match:
                ids.append(int(match.group(1)))
    return ids


def repeated(values: Iterable[Any]) -> dict[Any, int]:
    """Values seen more than once, with their counts."""
    return {value: n for value, n in Counter(values).items() if n > 1}


def nonce_clashes(fake: FakeDiscord, channel_id: int) -> dict[str, int]:
    """Nonces carried by more than one message in the channel (a resend that made a second message)."""
    return repeated(str(m["nonce"]) for m in feed_messages(fake, channel_id) if m.get("nonce") is not None)


async def wait_feed_covers(fake: FakeDiscord, channel_id: int, expected: set[int], timeout: float) -> list[int]:
    """Until every id in `expected` is in the feed; returns the feed's ids."""

    def covered() -> tuple[list[int]] | None:  # a tuple: truthy even when the feed is (rightly) empty
        ids = feed_ids(fake, channel_id)
        return (ids,) if expected <= set(ids) else None

    try:
        (ids,) = await fake.wait_for(covered, timeout, f"{len(expected)} sightings in the feed")
        return ids
    except AssertionError as exc:
        missing = sorted(expected - set(feed_ids(fake, channel_id)))
        raise AssertionError(f"{exc}; {len(missing)} missing, e.g. {missing[:10]}") from None


def read_rows(database: Path | str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """A plain read of the bot's database (a SQLite file or a PostgreSQL address) from the test process, on a
    read-only connection of its own: it never blocks the bot."""
    with read_only(database) as conn:
        return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def bot_env(db_path: Path, *, token: str, api: str, gateway: str) -> dict[str, str]:
    """The environment of `backstage run` aimed at a (fake) Discord: bot/settings.py, bot/cli.py `point_at`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BACKSTAGE_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN=token,
        BACKSTAGE_DATABASE=str(db_path),
        BACKSTAGE_DISCORD_API=api,
        BACKSTAGE_DISCORD_GATEWAY=gateway,
        BACKSTAGE_LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),  # this tree's code, not an installed copy's
    )
    return env


@dataclass
class Exited:
    code: int
    stdout: str
    stderr: str


async def run_to_exit(argv: list[str], env: dict[str, str], cwd: Path, timeout: float = 30.0) -> Exited:
    """Runs a command to its end and returns its exit code and output."""
    proc = await asyncio.create_subprocess_exec(
        *argv, env=env, cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise AssertionError(f"{argv} did not exit within {timeout:g} s") from None
    assert proc.returncode is not None
    return Exited(proc.returncode, out.decode(errors="replace"), err.decode(errors="replace"))


@dataclass
class BotProcess:
    """`python -m bot` as its own process against a fake Discord living in the test process."""

    fake: FakeDiscord
    db_path: Path
    workdir: Path
    env: dict[str, str] = field(default_factory=dict)  # more settings, e.g. BACKSTAGE_SHARD_IDS
    shards: tuple[tuple[int, int], ...] = ()  # (shard_id, num_shards) whose sessions must be up when started
    args: tuple[str, ...] = ()  # the command line after `python -m bot` (empty: `run`)
    starts: int = 0
    proc: asyncio.subprocess.Process | None = None
    logs: list[Path] = field(default_factory=list)

    async def start(self, timeout: float = 30.0) -> None:
        """Starts the process and waits until it has IDENTIFYed and received its guilds."""
        assert self.proc is None, "already running"
        self.starts += 1
        log = self.workdir / f"bot-run-{self.starts}.log"
        self.logs.append(log)
        identifies = self.fake.identify_count + 1
        with log.open("wb") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                *self.args,
                env=bot_env(self.db_path, token=self.fake.token, api=self.fake.api_base, gateway=self.fake.gateway_url)
                | self.env,
                cwd=self.workdir,
                stdout=out,
                stderr=asyncio.subprocess.STDOUT,
            )
        exited = asyncio.create_task(self.proc.wait())
        ready = asyncio.create_task(self.fake.wait_ready(timeout, identifies=identifies, shards=self.shards))
        done, _ = await asyncio.wait({exited, ready}, timeout=timeout + 1, return_when=asyncio.FIRST_COMPLETED)
        if ready in done and ready.exception() is None:
            exited.cancel()
            return
        ready.cancel()
        exited.cancel()
        await self.kill()
        raise AssertionError(f"the bot process did not become ready; its log:\n{self.log_tail()}")

    async def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a power cut of the process."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()
        self.proc = None

    def log_tail(self, lines: int = 40) -> str:
        if not self.logs or not self.logs[-1].exists():
            return "(no log)"
        return "\n".join(self.logs[-1].read_text(errors="replace").splitlines()[-lines:])
