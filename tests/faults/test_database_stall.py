"""A database that stops answering for a while (finding 1 of the PostgreSQL review): every command is answered
within Discord's 3 s whatever the database does (deferred by `bot.client.answer_in_time`), and the person is told
what became of their post once the database answers: saved, or not saved. On PostgreSQL the server's processes are
stopped (SIGSTOP); on SQLite another connection holds the write lock."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.stall import frozen, write_locked
from bot.client import ANSWER_MARGIN, STORAGE_ERROR
from cogs.views import FORM_LATE

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


def button(message: dict[str, Any], label: str) -> str:
    return next(c for row in message["components"] for c in row["components"] if c["label"] == label)["custom_id"]


async def desk_card(room: Newsroom, what: str) -> dict[str, Any]:
    """A sighting that waits for approval, and its card at the desk."""
    assert "waiting for an editor's approval" in await room.said(room.amy, "spot", what=what)
    return await room.fake.wait_for(
        lambda: next((m for m in room.fake.channel_messages(room.desk.id) if m["embeds"]), None), 10, "the desk card"
    )


async def test_an_approval_during_a_stall_is_deferred_in_time_then_the_card_says_approved(
    engine_newsroom: Newsroom, stall: Stall
) -> None:
    room = engine_newsroom
    await room.open_show(approval=True)
    card = await desk_card(room, "Gaga waits backstage for the desk")
    with stall() as end_stall:
        pressed = await room.fake.click(room.guild, room.editor, card, button(card, "Approve"))
        # DEFERRED_UPDATE_MESSAGE: the card will be edited; no "thinking…" message appears
        assert pressed.type == 6
        assert pressed.elapsed is not None and ANSWER_MARGIN <= pressed.elapsed < DEADLINE
        end_stall()
        edited = await pressed.final(timeout=20)
    assert "approved by Eddie Editor" in edited["embeds"][0]["title"] and edited["components"] == []
    assert edited["id"] == card["id"]  # the card itself, not a new message
    [embed] = await room.wait_feed(1)
    assert embed["description"].endswith("Gaga waits backstage for the desk")


async def test_a_reject_form_sent_during_a_stall_is_deferred_in_time_then_the_card_says_rejected(
    engine_newsroom: Newsroom, stall: Stall
) -> None:
    room = engine_newsroom
    await room.open_show(approval=True)
    card = await desk_card(room, "A rumour about the afterparty")
    opened = await room.fake.click(room.guild, room.editor, card, button(card, "Reject"))
    assert opened.type == 9 and opened.modal is not None
    field = opened.modal["components"][0]["components"][0]["custom_id"]
    with stall() as end_stall:
        sent = await room.fake.submit_modal(room.guild, room.editor, opened, {field: "Unconfirmed"})
        assert sent.type == 6  # the form came from the card's button: the card will be edited
        assert sent.elapsed is not None and ANSWER_MARGIN <= sent.elapsed < DEADLINE
        end_stall()
        edited = await sent.final(timeout=20)
    assert "rejected by Eddie Editor: Unconfirmed" in edited["embeds"][0]["title"] and edited["components"] == []
    assert room.feed_embeds() == []


async def test_a_form_that_cannot_open_in_time_is_deferred_then_says_to_try_again(
    postgresql_url: str, fake: FakeDiscord, postgresql_server: PostgresServer
) -> None:
    """Post as sighting reads the show before its form opens; a form can only be the first answer, so when the
    read outlasts the 2 s (PostgreSQL stalled: reads wait too), the menu is deferred and then says so."""
    room = Newsroom(fake, postgresql_url)
    await room.start()
    try:
        await room.open_show()
        message = fake.member_message(room.guild, room.fan, room.lobby, "Gaga hugged Adele by the bar")
        with frozen(postgresql_server) as stopped:
            opened = await fake.message_command(room.guild, room.amy, message, "Post as sighting")
            assert opened.type == 5 and opened.ephemeral  # "thinking…", not the form
            assert opened.elapsed is not None and ANSWER_MARGIN <= opened.elapsed < DEADLINE
            stopped.thaw()
            told = str((await opened.final(timeout=20)).get("content"))
        assert told == FORM_LATE
    finally:
        await room.stop()
