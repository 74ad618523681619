"""Commands answered "thinking…" and not answered yet (`bot.unanswered`): noted when they are deferred, forgotten
once their answer reaches Discord. What is left when a process starts was cut short, and is told so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from db.database import Connection, Database, Row
from db.repositories._util import dt, ts


@dataclass(frozen=True)
class Unanswered:
    interaction_id: int
    guild_id: int
    application_id: int
    token: str  # the interaction's token: it answers the interaction for 15 minutes, and only that
    message: str  # what the person is told if the process ends before their answer reaches Discord
    deferred_at: datetime


def _unanswered(row: Row) -> Unanswered:
    deferred_at = dt(row["deferred_at"])
    assert deferred_at is not None
    return Unanswered(
        row["interaction_id"], row["guild_id"], row["application_id"], row["token"], row["message"], deferred_at
    )


def _note(entry: Unanswered, conn: Connection) -> None:
    conn.execute(
        "INSERT INTO unanswered(interaction_id, guild_id, application_id, token, message, deferred_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(interaction_id) DO NOTHING",
        (
            entry.interaction_id,
            entry.guild_id,
            entry.application_id,
            entry.token,
            entry.message,
            ts(entry.deferred_at),
        ),
    )


def _forget(ids: list[int], conn: Connection) -> None:
    conn.executemany("DELETE FROM unanswered WHERE interaction_id = ?", [(i,) for i in ids])


class UnansweredRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def note(self, entry: Unanswered) -> None:
        await self.db.write(partial(_note, entry))

    async def forget(self, ids: list[int]) -> None:
        if ids:
            await self.db.write(partial(_forget, ids))

    async def left(self) -> list[Unanswered]:
        """Every row, oldest first (a handful: the commands that were working when a process was killed)."""
        rows = await self.db.fetchall("SELECT * FROM unanswered ORDER BY deferred_at")
        return [_unanswered(r) for r in rows]
