"""A stop (SIGTERM, a restart) while commands are still working: each person is answered before Discord's
connection closes (their command's own answer, or "Backstage is restarting ..."), never left on "thinking…"."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from backstage_testing.pytest_plugin import Newsroom, eventually
from backstage_testing.stall import write_locked
from bot import in_flight
from bot.client import STORAGE_ERROR
from bot.unanswered import CUT_SHORT
from cogs.sightings import SPOT_CUT_SHORT
from tests.faults.helpers import read_rows

SPOT_UNSURE = SPOT_CUT_SHORT[CUT_SHORT]  # a /spot still in a write at the stop: may or may not be saved


async def test_a_spot_deferred_and_still_working_at_a_stop_is_told_it_was_not_saved(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    await newsroom.open_show()
    with write_locked(tmp_path / "backstage.db"):
        result = await newsroom.slash(newsroom.amy, "spot", what="Seen just before the restart")
        assert result.type == 5  # deferred: "thinking…"
        await newsroom.stop()
        told = str((await result.final(timeout=20)).get("content"))
    assert told == STORAGE_ERROR  # its own answer (the write gave up within the stop's wait)
    assert read_rows(tmp_path / "backstage.db", "SELECT count(*) FROM sightings") == [(0,)]


async def test_spots_still_working_when_the_stop_stops_waiting_are_told_backstage_is_restarting(
    newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both wait for the database (another writer holds its lock); the stop waits 0.2 s for them."""
    monkeypatch.setattr(in_flight, "HANDLERS_WAIT", 0.2)  # shorter than a write's wait for the lock (5 s)
    await newsroom.open_show()
    with write_locked(tmp_path / "backstage.db"):
        first = await newsroom.slash(newsroom.amy, "spot", what="Seen just before the restart")
        second = await newsroom.slash(newsroom.amy, "spot", what="Seen a moment later")
        assert (first.type, second.type) == (5, 5)
        await newsroom.stop()
        told = [(await result.final(timeout=20)).get("content") for result in (first, second)]
    # the first's write was under way: it finished (refused after the lock's 5 s) and the command said so, or, still
    # waiting for the lock, its person is told it may be saved; the second's had not begun: it was never made
    assert told[0] in (STORAGE_ERROR, SPOT_UNSURE)
    assert told[1] == in_flight.RESTARTING
    assert read_rows(tmp_path / "backstage.db", "SELECT count(*) FROM sightings") == [(0,)]


async def test_a_spot_arriving_while_the_stop_waits_is_answered_before_discord_closes(
    newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """break17: a /spot that arrived just as SIGTERM landed was stored but its person got no answer (the stop
    waited only for the handlers under way when it began, then closed Discord's session under the new one)."""
    monkeypatch.setattr(in_flight, "HANDLERS_WAIT", 0.5)
    await newsroom.open_show()
    with write_locked(tmp_path / "backstage.db"):
        first = await newsroom.slash(newsroom.amy, "spot", what="Seen just before the restart")
        bot = newsroom.bot
        assert bot is not None
        stopping = asyncio.create_task(newsroom.stop())

        async def waiting() -> bool:
            return bot.in_flight.stopping

        await eventually(waiting, what="the stop to begin waiting")
        late = await newsroom.slash(newsroom.amy, "spot", what="Seen as the restart began")
        told = [(await result.final(timeout=20)).get("content") for result in (first, late)]
        await stopping
    assert all(t in (STORAGE_ERROR, SPOT_UNSURE, in_flight.RESTARTING) for t in told), told
    assert read_rows(tmp_path / "backstage.db", "SELECT count(*) FROM sightings") == [(0,)]


async def test_a_spot_told_at_the_stop_it_may_be_saved_gets_no_second_answer_when_its_write_ends(
    newsroom: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """break19: a command still in a write when the stop gave up on it was told "may or may not have been saved",
    then its own answer as well, once the write ended: two answers. One answer each: the handler's own, later one
    is not sent. (The lock is released once the stop has told: the write then goes through, as "may" said.)"""
    monkeypatch.setattr(in_flight, "HANDLERS_WAIT", 0.2)
    monkeypatch.setattr(in_flight, "CANCEL_WAIT", 0.2)  # the write waits for the lock (up to 5 s) far longer
    await newsroom.open_show()
    with write_locked(tmp_path / "backstage.db"):
        result = await newsroom.slash(newsroom.amy, "spot", what="Seen just before the restart")
        assert result.type == 5
        stopping = asyncio.create_task(newsroom.stop())

        async def told() -> bool:
            return bool(result.followups)

        await eventually(told, what="the stop to tell the person")
    await stopping  # the write, let through, ends and its handler answers "Posted": not sent
    assert [m.get("content") for m in result.followups] == [SPOT_UNSURE]
    assert read_rows(tmp_path / "backstage.db", "SELECT count(*) FROM sightings") == [(1,)]
