"""A command left on "thinking…" by a killed process is answered by the next one (bot.unanswered), and only such a
command: one whose answer was sent before the kill keeps it, and one whose token has expired is not tried.
(The answer after a real kill mid-publish, on both engines: tests/faults/test_digest_crash.py.)"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backstage_testing.fakediscord import Attachment, FakeDiscord, InteractionResult
from backstage_testing.images import png
from bot.unanswered import CUT_SHORT
from cogs.sightings import SPOT_CUT_SHORT
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


def a_photo() -> Attachment:
    return Attachment("p.png", png((200, 10, 10)), "image/png")


async def test_a_restart_connects_while_discords_webhooks_hang_and_tells_the_person_once_they_answer(
    tmp_path: Path,
) -> None:
    """break20: a restarted process told the notes a kill left before it connected to the gateway, one request after
    another, with no time limit: hung webhooks kept every server of the process unanswered for 5 minutes. The
    pass runs in the background: the process connects, and the person is told once Discord answers."""
    async with running(tmp_path) as (fake, bot, room):
        fake.downloads.clear()  # the photo never arrives: the /spot stays on "thinking…"
        spot = await room.slash(room.amy, "spot", what="Seen with a photo", photo=a_photo())
        assert spot.type == 5
        await fake.wait_for(
            lambda: read_rows(tmp_path / "b.db", "SELECT count(*) FROM unanswered") == [(1,)], 10, "the note"
        )
        await bot.kill()
        fake.downloads.set()
        webhooks = fake.hold(lambda r: r.path.startswith("/api/v10/webhooks/") or "/webhooks/" in r.path)
        await bot.start()  # ready: it identified and got its guilds, while the webhook requests are held
        await fake.wait_for(lambda: webhooks.reached, 10, "the start-up pass to reach Discord")
        webhooks.release()
        told = await spot.final(timeout=30)
        assert told["content"] == SPOT_CUT_SHORT[CUT_SHORT]
        await forgotten(fake, tmp_path / "b.db")


async def test_a_stop_whose_answer_discord_did_not_take_leaves_the_note_for_the_next_start(tmp_path: Path) -> None:
    """break20: at a stop with Discord's webhooks hung, the person's "not saved" never reached Discord, yet the stop
    forgot the note, so no later start told them. A note goes only once its answer reached Discord."""
    async with running(tmp_path) as (fake, bot, room):
        fake.downloads.clear()
        spot = await room.slash(room.amy, "spot", what="Seen with a photo", photo=a_photo())
        assert spot.type == 5
        followups = fake.hold(lambda r: r.method == "POST" and "/webhooks/" in r.path)  # the stop's answer hangs
        proc = bot.proc
        assert proc is not None
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
        bot.proc = None
        assert spot.followups == [] and spot.edits == 0
        assert read_rows(tmp_path / "b.db", "SELECT count(*) FROM unanswered") == [(1,)]
        fake.downloads.set()
        await bot.start()
        told = await spot.final(timeout=30)  # the next start edits the "thinking…" (a PATCH: not held)
        assert told["content"] == SPOT_CUT_SHORT[CUT_SHORT]
        await forgotten(fake, tmp_path / "b.db")
        followups.release()
