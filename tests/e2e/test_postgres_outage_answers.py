"""What each command answers while its PostgreSQL server is down (a restart, a failover): a command that only
reads says it cannot read right now (never "not saved"), a command that writes says it was not saved, and the
digest's and the roster's worker jobs say the database is unavailable (never "Something went wrong"). Each
answer is ephemeral and says to try again in a minute."""

from __future__ import annotations

from typing import Any

from backstage_testing.fakediscord import Attachment, FakeDiscord
from backstage_testing.postgres import PostgresServer
from backstage_testing.pytest_plugin import Newsroom

READS: list[tuple[str, dict[str, Any]]] = [
    ("show status", {}),
    ("sighting list", {}),
    ("sighting history", {"id": 1}),
    ("digest preview", {}),
    ("digest export", {"format": "markdown"}),
]
WRITES: list[tuple[str, dict[str, Any]]] = [
    ("spot", {"what": "Seen while the database is down"}),
    ("roster add", {"name": "Adele"}),
    ("roster import", {"file": Attachment("roster.csv", b"Adele,\nBeyonce,Bey\n")}),
]


async def test_while_the_database_is_down_reads_say_they_cannot_read_and_writes_say_not_saved(
    fake: FakeDiscord, postgresql_server: PostgresServer, postgresql_url: str
) -> None:
    room = Newsroom(fake, postgresql_url)
    await room.start()
    try:
        await room.open_show()
        await room.slash(room.amy, "spot", what="Gaga at the bar")
        answers: dict[str, tuple[str, bool]] = {}
        async with postgresql_server.down():
            for command, values in READS + WRITES:
                member = room.amy if command in ("spot", "sighting list") else room.editor
                result = await room.slash(member, command, **values)
                if result.type == 5:  # deferred: the answer is the followup
                    final = await result.final(timeout=60)
                    answers[command] = (final.get("content") or "", bool(final.get("flags", 0) & 64))
                else:
                    answers[command] = (result.content or "", result.ephemeral)
        for command, _ in READS:
            text, ephemeral = answers[command]
            assert ephemeral, command
            assert "cannot read its database right now" in text and "Try again in a minute" in text, (command, text)
            assert "not saved" not in text and "Something went wrong" not in text, (command, text)
        for command, _ in WRITES:
            text, ephemeral = answers[command]
            assert ephemeral, command
            assert "**not saved**" in text and "Try again in a minute" in text, (command, text)
            assert "Something went wrong" not in text, (command, text)
        after = await room.slash(room.amy, "spot", what="Seen once it is back")
        assert "not saved" not in (after.content or ""), after.content
    finally:
        await room.stop()
