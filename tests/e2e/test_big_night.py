"""Issue 12: a big night in one server holds up nobody in another. While server A's digest of a long night is
being compiled or exported (in the worker's process), a `/spot` in server B is answered, and A still gets
its digest or its file. The night is written straight into the database; its size makes the work take
long enough that, done on the event loop, it would answer B only after A."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path

import pytest

from backstage_testing.pytest_plugin import Newsroom, eventually, unpack
from bot.worker import Interrupted

NIGHT = 30_000


async def two_servers(newsroom: Newsroom) -> Newsroom:
    await newsroom.open_show()
    await newsroom.big_night(NIGHT)
    other = newsroom.another_server("Rival Newsroom")
    await other.open_show(name="Rival Awards")
    return other


async def test_a_spot_in_another_server_is_answered_while_a_big_export_is_made(newsroom: Newsroom):
    other = await two_servers(newsroom)

    export = await newsroom.slash(newsroom.editor, "digest export", format="json", contents="timeline")
    spot = await other.slash(other.amy, "spot", what="The rival host tripped on the stairs", channel=other.lobby)

    assert "Posted" in (spot.content or "")
    assert not export.followups, "server B waited for server A's export"
    reply = await export.final(timeout=120)
    assert reply["attachments"], reply["content"]
    (timeline,) = unpack(newsroom.fake.uploads[-1]).values()
    assert len(json.loads(timeline)["sightings"]) == NIGHT


async def test_a_spot_in_another_server_is_answered_while_a_big_preview_is_compiled(newsroom: Newsroom):
    other = await two_servers(newsroom)

    preview = await newsroom.slash(newsroom.editor, "digest preview")
    spot = await other.slash(other.amy, "spot", what="The rival host lost a shoe", channel=other.lobby)

    assert "Posted" in (spot.content or "")
    assert not preview.followups and not preview.edits, "server B waited for server A's preview"
    message = await preview.final(timeout=120)
    assert "5 items" in message["content"] and f"from {NIGHT} eligible sightings" in message["content"]


def long_job(pid_file: str) -> None:
    """A job that runs until it is ended: it stands for a big night's export still being made (the worker's
    child imports this module by name to run it)."""
    Path(pid_file).write_text(str(os.getpid()))
    signal.pause()


async def started(pid_file: Path) -> str:
    return pid_file.read_text() if pid_file.exists() else ""


async def test_a_small_servers_preview_is_answered_while_a_big_servers_jobs_run_and_wait(
    newsroom: Newsroom, tmp_path: Path
):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="The host waved at the balcony", quote="Hello up there")
    small = newsroom.another_server("Small Newsroom")
    await small.open_show(name="Small Awards")
    await small.slash(
        small.amy, "spot", what="Adele sang by the piano in the lobby", quote="One more", channel=small.lobby
    )
    worker = newsroom.services.worker
    pid_file = tmp_path / "export.pid"
    big = asyncio.create_task(worker.run(long_job, str(pid_file), server=newsroom.guild.id))
    await eventually(lambda: started(pid_file), what="the big server's long job to start")
    export = await newsroom.slash(newsroom.editor, "digest export", format="markdown")
    await eventually(lambda: _waits(newsroom), what="the big server's export to wait for its turn")

    preview = await small.slash(small.editor, "digest preview")
    message = await preview.final(timeout=60)

    try:
        assert "Preview" in message["content"] and "Adele" in json.dumps(message["embeds"])
        assert worker.running(newsroom.guild.id) and not export.followups  # it waits for its own server's turn
    finally:
        big.cancel()
    reply = await export.final(timeout=60)
    assert reply["attachments"], reply["content"]


async def test_stopping_the_bot_tells_the_editor_the_export_was_interrupted_and_to_run_it_again(
    newsroom: Newsroom, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="The host waved at the balcony")
    worker = newsroom.services.worker
    pid_file = tmp_path / "export.pid"
    running = asyncio.create_task(worker.run(long_job, str(pid_file), server=newsroom.guild.id))
    await eventually(lambda: started(pid_file), what="the long job to start")
    export = await newsroom.slash(newsroom.editor, "digest export", format="json")
    await eventually(lambda: _waits(newsroom), what="the export to wait for its turn")

    await newsroom.stop()

    reply = await export.final(timeout=30)
    assert "export was interrupted: Backstage is restarting" in reply["content"]
    assert "run `/digest export` again" in reply["content"] and reply["flags"] & 64
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    with pytest.raises(Interrupted):
        await running


async def _waits(newsroom: Newsroom) -> bool:
    return newsroom.services.worker.waiting(newsroom.guild.id) > 0
