"""A database that stops answering for a while (finding 1 of the PostgreSQL review): every command is answered
within Discord's 3 s whatever the database does (deferred by `bot.client.answer_in_time`), and the person is told
what became of their post once the database answers: saved, or not saved. On PostgreSQL the server's processes are
stopped (SIGSTOP); on SQLite another connection holds the write lock."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.stall import frozen, write_locked
from bot.client import ANSWER_MARGIN, STORAGE_ERROR

DEADLINE = 3.0  # Discord's, for an interaction's initial response

Stall = Callable[[], contextlib.AbstractContextManager[Callable[[], None]]]


@pytest.fixture
def stall(request: pytest.FixtureRequest, database_url: str) -> Stall:
    """A context in which the test's database does not answer; it yields the function that ends the stall."""

    @contextlib.contextmanager
    def stalled() -> Iterator[Callable[[], None]]:
        if database_url.startswith("postgresql"):
            with frozen(request.getfixturevalue("postgresql_server")) as stopped:
                yield stopped.thaw
        else:
            with write_locked(Path(database_url)) as held:
                yield held.release

    return stalled


async def test_a_spot_during_a_stall_is_deferred_in_time_then_told_it_was_saved(
    engine_newsroom: Newsroom, stall: Stall
) -> None:
    room = engine_newsroom
    await room.open_show()
    with stall() as end_stall:
        result = await room.slash(room.amy, "spot", what="Gaga waves from the balcony during the stall")
        assert result.type == 5 and result.ephemeral  # deferred, only Amy sees it
        assert result.elapsed is not None and ANSWER_MARGIN <= result.elapsed < DEADLINE
        end_stall()
        told = str((await result.final(timeout=20)).get("content"))
    assert told.startswith("Posted **#1**"), told
    embeds = await room.wait_feed(1)
    assert [e["description"].endswith("Gaga waves from the balcony during the stall") for e in embeds] == [True]


async def test_a_spot_the_database_never_took_is_deferred_then_told_it_was_not_saved(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    """SQLite gives up after its busy timeout (5 s): longer than Discord's 3 s, so the answer is deferred first."""
    await newsroom.open_show()
    with write_locked(tmp_path / "backstage.db"):
        result = await newsroom.slash(newsroom.amy, "spot", what="Seen while another writer holds the file")
        assert result.type == 5 and result.elapsed is not None and result.elapsed < DEADLINE
        told = str((await result.final(timeout=20)).get("content"))
    assert told == STORAGE_ERROR
    assert (await newsroom.said(newsroom.amy, "sighting list")).startswith("No sightings in")


async def test_a_public_answer_deferred_by_a_stall_stays_public(newsroom: Newsroom, tmp_path: Path) -> None:
    await newsroom.open_show()
    with write_locked(tmp_path / "backstage.db") as held:
        result = await newsroom.slash(newsroom.editor, "show end")
        assert result.type == 5 and not result.ephemeral  # the channel sees the show close, as without a stall
        held.release()
        told = str((await result.final(timeout=20)).get("content"))
    assert told.startswith("**2031 Music Video Awards** is closed."), told
