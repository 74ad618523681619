from __future__ import annotations

from datetime import datetime
from functools import partial

from bot.models import Curation
from db.database import Connection, Database, select_all
from db.repositories._util import ts


def curations_of(conn: Connection, show_id: int) -> list[Curation]:
    """The show's pins and drops, in the order they were made (on any connection; rows read by position)."""
    rows = select_all(
        conn,
        "SELECT sighting_id, pinned, headline FROM curations WHERE show_id = ? ORDER BY decided_at, sighting_id",
        (show_id,),
    )
    return [Curation(sighting_id=r[0], pinned=bool(r[1]), headline=r[2]) for r in rows]


class CurationRepository:
    """Editor pins and drops for a show's digest."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def set(
        self, show_id: int, sighting_id: int, *, pinned: bool, headline: str | None, by: int, now: datetime
    ) -> None:
        """Pin or drop a sighting. Pinning one already pinned (a new headline) keeps its place among the pins: the
        pins' order is when each was first pinned, and re-pinning is the only way to edit a pinned headline."""

        def save(conn: Connection) -> None:
            conn.execute(
                """INSERT INTO curations(sighting_id, show_id, pinned, headline, decided_by, decided_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(sighting_id) DO UPDATE SET pinned = excluded.pinned, headline = excluded.headline,
                     decided_by = excluded.decided_by,
                     decided_at = CASE WHEN curations.pinned = 1 AND excluded.pinned = 1
                                       THEN curations.decided_at ELSE excluded.decided_at END""",
                (sighting_id, show_id, int(pinned), headline, by, ts(now)),
            )

        await self.db.write(save)

    async def for_show(self, show_id: int) -> list[Curation]:
        return await self.db.read(partial(curations_of, show_id=show_id))
