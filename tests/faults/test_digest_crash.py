"""The bot process is SIGKILLed in the middle of `/digest publish`, then started again.

The bot runs as its own process (`python -m bot`, configured only through the environment) against the fake
Discord in the test process. A two-message digest is being published; the fake holds one of its messages on
the wire and the process is killed with SIGKILL (no shutdown code runs) while it waits for Discord's answer.
Discord then makes that message anyway: the dead process never learns its id. The same again with a photo on
every item: each message carries its photos after the restart, read again from the database.

What must hold after the restart: the digest is completed (every message posted), nothing is posted twice
(one message per position, no nonce twice; the message made while the bot was dead is found in the channel's
history, not sent again), the desk is told the edition is now published in full, the editor's "thinking…" is
answered by the process that starts again (bot.unanswered), and a second `/digest publish` answers with the links
of the first and posts nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from backstage_testing.fakediscord import Attachment, FakeDiscord, InteractionResult
from backstage_testing.fakediscord.server import Hold
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom, long_sighting
from bot.unanswered import CUT_SHORT
from cogs.digest import PUBLISH_CUT_SHORT
from tests.e2e.test_digest_photos import CAPE, HEEL, fetch, sha
from tests.faults.helpers import BotProcess, read_rows, repeated

PHOTOS = (CAPE, HEEL)


def digest_nonces(fake: FakeDiscord, channel_id: int) -> list[str]:
    return [str(m["nonce"]) for m in fake.channel_messages(channel_id) if str(m.get("nonce")).startswith("digest-")]


@contextlib.asynccontextmanager
async def running(
    tmp_path: Path, database: str | None = None
) -> AsyncIterator[tuple[FakeDiscord, BotProcess, Newsroom]]:
    """The fake Discord, the bot as its own process on `database` (default: a SQLite file in `tmp_path`), and a
    show open."""
    fake = FakeDiscord()
    await fake.start()  # not install()ed: the bot is another process, aimed at the fake by its environment
    db_path: Path | str = database or tmp_path / "b.db"
    bot = BotProcess(fake, db_path, tmp_path)  # type: ignore[arg-type]
    try:
        room = Newsroom(fake, db_path)
        await bot.start()
        await room.open_show()
        yield fake, bot, room
    finally:
        await bot.kill()
        await fake.stop()


async def photo_spots(room: Newsroom) -> list[bytes]:
    """Eight long sightings with a photo each, by Amy and Ben in turn (a digest of two messages); the photos."""
    shots = [PHOTOS[i % len(PHOTOS)] for i in range(8)]
    for i, data in enumerate(shots):
        member = room.amy if i % 2 == 0 else room.ben
        photo = Attachment(f"shot{i}.png", data, "image/png")
        result = await room.slash(member, "spot", **long_sighting(i), photo=photo)
        answer = str((await result.final())["content"])  # deferred: the photo is read after the answer
        assert "Posted" in answer, answer
    return shots


async def publish_held(fake: FakeDiscord, room: Newsroom, position: int) -> tuple[Hold, InteractionResult]:
    """`/digest publish` in the lobby, its message `position` held on the wire; the editor's interaction."""
    hold = fake.hold(lambda r: isinstance(r.json, dict) and str(r.json.get("nonce")) == f"digest-1-{position}")
    publish = await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
    await fake.wait_for(lambda: hold.reached, 30, f"digest message {position} on the wire")
    return hold, publish


@pytest.mark.parametrize("position", [0, 1], ids=["first-message-on-the-wire", "second-message-on-the-wire"])
async def test_sigkill_mid_publish_is_completed_after_restart_never_repeated(
    position: int, tmp_path: Path, database_url: str
) -> None:
    """On both engines. The editor's "thinking…" is answered by the process that starts again (what to do: run
    the command again, nothing is posted twice), the desk (the editors' channel) is told which edition is now
    complete and where, and their `/digest publish` again gives its links."""
    async with running(tmp_path, database_url) as (fake, bot, room):
        db_path = room.db_path
        await room.long_night()
        lobby = room.lobby.id
        hold, publish = await publish_held(fake, room, position)
        assert publish.type == 5  # "thinking…"

        await bot.kill()
        hold.release()  # Discord makes the message; the dead process never hears its id
        await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) == position + 1, 10, "the held message")
        await bot.start()
        answered = await publish.final(timeout=30)
        assert answered["content"] == PUBLISH_CUT_SHORT[CUT_SHORT]
        await fake.wait_for(  # its token is not kept (the note goes once told)
            lambda: read_rows(db_path, "SELECT count(*) FROM unanswered") == [(0,)], 10, "the note to go"
        )

        await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) >= 2, 30, "the digest completed")

        def told() -> list[str]:
            return [m["content"] for m in fake.channel_messages(room.desk.id) if "published in full" in m["content"]]

        await fake.wait_for(told, 30, "the desk to be told")
        assert read_rows(db_path, "SELECT completed_at FROM digest_editions")[0][0] is not None
        nonces = digest_nonces(fake, lobby)
        assert nonces == ["digest-1-0", "digest-1-1"] and repeated(nonces) == {}
        [notice] = told()
        assert notice.startswith(
            f"Edition 1 of the digest of **2031 Music Video Awards** is now published in full in <#{lobby}>: "
        )
        digest = [m for m in fake.channel_messages(lobby) if str(m.get("nonce")).startswith("digest-")]
        links = [f"/channels/{room.guild.id}/{lobby}/{m['id']}" for m in digest]
        assert len(links) == 2 and all(link in notice for link in links), notice  # each message of the edition
        held = f"digest-1-{position}"
        sends = [r for r in fake.requests if isinstance(r.json, dict) and r.json.get("nonce") == held]
        assert len(sends) == 1  # found in the channel's history after the restart: not even sent again

        second = await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
        reply = str((await second.final())["content"])
        assert "is already published: edition 1" in reply and "Nothing more was posted" in reply
        assert all(link in reply for link in links), reply
        assert len(digest_nonces(fake, lobby)) == 2
        fake.assert_clean()


@pytest.mark.parametrize("position", [0, 1], ids=["first-message-on-the-wire", "second-message-on-the-wire"])
async def test_sigkill_mid_publish_with_photos_completes_with_every_photo_uploaded_once(
    position: int, tmp_path: Path
) -> None:
    """The same crash with a photo on every item: after the restart (and after the /spot URLs expired), each
    message of the digest carries its items' photos, read again from the database; none is uploaded twice."""
    async with running(tmp_path) as (fake, bot, room):
        shots = await photo_spots(room)
        lobby = room.lobby.id
        hold, _ = await publish_held(fake, room, position)

        await bot.kill()
        hold.release()
        await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) == position + 1, 10, "the held message")
        fake.travel(
            fake.messages.ephemeral_ttl + 60
        )  # the /spot files are gone from Discord: only the database has them
        await bot.start()
        await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) >= 2, 30, "the digest completed")

        nonces = digest_nonces(fake, lobby)
        assert nonces == ["digest-1-0", "digest-1-1"] and repeated(nonces) == {}
        digest = [m for m in fake.channel_messages(lobby) if str(m.get("nonce")).startswith("digest-")]
        urls = [e["image"]["url"] for m in digest for e in m["embeds"] if e.get("image")]
        shown = [await fetch(url) for url in urls]
        assert [status for status, _ in shown] == [200] * 8
        assert sorted(sha(data) for _, data in shown) == sorted(sha(data) for data in shots)
        uploaded = [u for u in fake.uploads if u.message_id in {int(m["id"]) for m in digest}]
        assert len(uploaded) == 8  # each photo once, with the message that shows it
        fake.assert_clean()


async def test_a_photo_replaced_before_a_restart_stops_the_resumed_edition_instead_of_posting_it(
    tmp_path: Path,
) -> None:
    """The edition is recorded with the photos the editor saw (named by their sha256); one of the second
    message's photos is replaced while the first message is on the wire, and the bot is killed. After the
    restart the second message is not posted with the new photo (the editor never saw it): the edition stops
    there like a retraction, and the desk is told why and what to do."""
    async with running(tmp_path) as (fake, bot, room):
        db_path = room.db_path
        await photo_spots(room)
        lobby = room.lobby.id
        hold, _ = await publish_held(fake, room, 0)
        [(embeds,)] = read_rows(db_path, "SELECT embeds FROM digest_messages WHERE position = 1")
        sid = int(re.findall(r"attachment://photo-(\d+)-[0-9a-f]{12}\.png", embeds)[0])
        new = png((10, 200, 10), size=4000)
        edit = await room.slash(room.editor, "sighting edit", id=sid, photo=Attachment("new.png", new, "image/png"))
        assert "Its photo was replaced" in str((await edit.final())["content"])

        await bot.kill()
        hold.release()
        await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) == 1, 10, "the held message")
        await bot.start()

        def told() -> list[str]:
            return [m["content"] for m in fake.channel_messages(room.desk.id) if "stopped" in m["content"]]

        [notice] = await fake.wait_for(told, 30, "the desk to be told the edition stopped")
        assert f"#{sid} was given a new photo after the digest was compiled, so it was not posted" in notice, notice
        assert "1 of its 2 messages was posted" in notice and "`/digest publish again:true`" in notice, notice
        assert digest_nonces(fake, lobby) == ["digest-1-0"]
        digest = {int(m["id"]) for m in fake.channel_messages(lobby)}
        assert sha(new) not in {sha(u.data) for u in fake.uploads if u.message_id in digest}
        assert read_rows(db_path, "SELECT halted, completed_at FROM digest_editions")[0][1] is None


async def test_sigterm_mid_publish_answers_the_editor_stops_cleanly_and_completes_after_restart(tmp_path: Path) -> None:
    async with running(tmp_path) as (fake, bot, room):
        await room.long_night()
        lobby = room.lobby.id
        hold = fake.hold(lambda r: isinstance(r.json, dict) and str(r.json.get("nonce")) == "digest-1-1")
        publish = await room.slash(room.editor, "digest publish", count=8, options={"channel": room.lobby})
        await fake.wait_for(lambda: hold.reached, 30, "the second digest message on the wire")

        assert bot.proc is not None
        bot.proc.send_signal(signal.SIGTERM)
        reply = str((await publish.final(timeout=30))["content"])
        code = await asyncio.wait_for(bot.proc.wait(), 30)
        bot.proc = None
        hold.release()

        assert reply.startswith("Backstage is stopping (a restart or an update): edition 1 of the digest"), reply
        assert "the rest is posted in" in reply and "when Backstage starts again" in reply
        log = bot.log_tail(200)
        assert code == 0 and "Backstage stopped cleanly (SIGTERM)" in log
        assert "ERROR" not in log and "Traceback" not in log and "never retrieved" not in log, log

        await bot.start()
        await fake.wait_for(lambda: len(digest_nonces(fake, lobby)) >= 2, 30, "the digest completed")
        nonces = digest_nonces(fake, lobby)
        assert nonces == ["digest-1-0", "digest-1-1"] and repeated(nonces) == {}
