"""A stop ends within its time (bot.cli.STOP_WITHIN) even when the database does not answer: the person whose
command was working is told, and the process ends without waiting for the database (break18: with a PostgreSQL
server hung, SIGTERM took as long as the hang, 45 s for a 45 s hang, past systemd's 30 s stop timeout)."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from backstage_testing.postgres import PostgresServer
from backstage_testing.stall import frozen
from bot import in_flight
from bot.unanswered import CUT_SHORT
from cogs.sightings import SPOT_CUT_SHORT
from tests.faults.test_digest_crash import running

ABANDONED = "without the database's last answer"

SPOT_UNSURE = SPOT_CUT_SHORT[CUT_SHORT]  # a /spot still in a write at the stop: may or may not be saved


async def test_a_stop_with_the_database_server_hung_ends_after_telling_the_person(
    tmp_path: Path, postgresql_url: str, postgresql_server: PostgresServer
) -> None:
    async with running(tmp_path, postgresql_url) as (_, bot, room):
        proc = bot.proc
        assert proc is not None
        with frozen(postgresql_server):
            result = await room.slash(room.amy, "spot", what="Seen as the database server hung")
            assert result.type == 5  # "thinking…": its write waits for the server
            proc.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(proc.wait(), 30)  # the server is still hung: before, this never came
            told = str((await result.final(timeout=5)).get("content"))
        assert code == 0
        assert told in (in_flight.RESTARTING, SPOT_UNSURE), told
        assert ABANDONED in bot.logs[-1].read_text(errors="replace")
