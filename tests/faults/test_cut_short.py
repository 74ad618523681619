"""A command left on "thinking…" by a killed process is answered by the next one (bot.unanswered), and only such a
command: one whose answer was sent before the kill keeps it, and one whose token has expired is not tried.
(The answer after a real kill mid-publish, on both engines: tests/faults/test_digest_crash.py.)"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord, InteractionResult
from tests.faults.helpers import read_rows
from tests.faults.test_digest_crash import running


async def forgotten(fake: FakeDiscord, db_path: Path) -> None:
    """The handler ended: its note goes."""
    await fake.wait_for(lambda: read_rows(db_path, "SELECT count(*) FROM unanswered") == [(0,)], 30, "the note to go")


def note(db_path: Path, result: InteractionResult, guild_id: int, application_id: int, at: datetime) -> None:
    """What a process killed between a command's answer and the end of its handler leaves behind."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO unanswered(interaction_id, guild_id, application_id, token, message, deferred_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (result.id, guild_id, application_id, result.token, "Cut short", at.isoformat()),
        )


async def test_a_command_answered_before_a_kill_keeps_its_answer(tmp_path: Path) -> None:
    async with running(tmp_path) as (fake, bot, room):
        status = await room.slash(room.editor, "show status")
        answer = str((await status.final())["content"])
        assert status.type == 5 and "open" in answer
        await forgotten(fake, tmp_path / "b.db")
        await bot.kill()
        note(tmp_path / "b.db", status, room.guild.id, fake.application_id, datetime.now(UTC))
        await bot.start()
        await forgotten(fake, tmp_path / "b.db")
        assert status.original is not None and status.original["content"] == answer
        assert status.edits == 0  # read, and left as it was
        fake.assert_clean()


async def test_a_note_older_than_its_token_is_dropped_without_a_request(tmp_path: Path) -> None:
    async with running(tmp_path) as (fake, bot, room):
        status = await room.slash(room.editor, "show status")
        await status.final()
        await forgotten(fake, tmp_path / "b.db")
        await bot.kill()
        note(tmp_path / "b.db", status, room.guild.id, fake.application_id, datetime.now(UTC) - timedelta(minutes=16))
        before = len(fake.requests)
        await bot.start()
        await forgotten(fake, tmp_path / "b.db")
        assert not [r for r in fake.requests[before:] if status.token in r.path]
