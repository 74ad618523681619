"""Digest editions: the publication outbox of a show's digest.

Life of an edition: created with all its messages (their embeds and a stable nonce each) in one write, before
anything is sent → each message is marked attempted, sent with its nonce, then marked with the Discord message
it became → (an announcement channel) each is crossposted → completed. Unpublishing marks the edition, then
each posted message is deleted and marked. A restart reads what is unfinished and carries on from there.

One live edition per show: creating one while another is live returns the live one, unless a new edition is
asked for (`again`) and its messages differ from the live one's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from db.database import Connection, Database, Row, select_all, select_one
from db.repositories._util import dt, ts

BOT_NAME = "Backstage"  # who unpublished an edition that stopped before posting anything


@dataclass(frozen=True)
class EditionMessage:
    position: int
    embeds: list[dict[str, Any]]
    sighting_ids: tuple[int, ...]
    nonce: str
    attempted_at: datetime | None
    message_id: int | None
    crosspost_after: datetime | None
    crossposted_at: datetime | None
    crosspost_error: str | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class Edition:
    id: int
    guild_id: int
    show_id: int
    number: int
    channel_id: int
    crosspost: bool
    items: int
    requested_by: int
    requested_name: str
    requested_at: datetime
    notify_channel: int | None
    completed_at: datetime | None
    halted: str | None
    unpublished_at: datetime | None
    unpublished_by: str | None
    messages: tuple[EditionMessage, ...]

    @property
    def live(self) -> bool:
        return self.unpublished_at is None

    @property
    def sent(self) -> list[EditionMessage]:
        return [m for m in self.messages if m.message_id is not None]

    @property
    def done(self) -> bool:
        """Published in full: every message posted and, in an announcement channel, none waiting to be crossposted."""
        return self.completed_at is not None and not any(m.crosspost_after is not None for m in self.messages)

    @property
    def unsent(self) -> list[EditionMessage]:
        return [m for m in self.messages if m.message_id is None]


@dataclass(frozen=True)
class NewEdition:
    """What `create` needs: where, who, and every message as (embeds, sighting ids)."""

    guild_id: int
    show_id: int
    channel_id: int
    crosspost: bool
    items: int
    requested_by: int
    requested_name: str
    notify_channel: int | None
    messages: list[tuple[list[dict[str, Any]], list[int]]]


def nonce(edition_id: int, position: int) -> str:
    """Stable per message (Discord keeps at most 25 characters); distinct from the feed's `backstage-N`."""
    return f"digest-{edition_id}-{position}"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _message(row: Row) -> EditionMessage:
    return EditionMessage(
        position=row["position"],
        embeds=json.loads(row["embeds"]),
        sighting_ids=tuple(json.loads(row["sighting_ids"])),
        nonce=row["nonce"],
        attempted_at=dt(row["attempted_at"]),
        message_id=row["message_id"],
        crosspost_after=dt(row["crosspost_after"]),
        crossposted_at=dt(row["crossposted_at"]),
        crosspost_error=row["crosspost_error"],
        deleted_at=dt(row["deleted_at"]),
    )


def _edition(conn: Connection, row: Row) -> Edition:
    messages = select_all(conn, "SELECT * FROM digest_messages WHERE edition_id = ? ORDER BY position", (row["id"],))
    requested_at = dt(row["requested_at"])
    assert requested_at is not None
    return Edition(
        id=row["id"],
        guild_id=row["guild_id"],
        show_id=row["show_id"],
        number=row["number"],
        channel_id=row["channel_id"],
        crosspost=bool(row["crosspost"]),
        items=row["items"],
        requested_by=row["requested_by"],
        requested_name=row["requested_name"],
        requested_at=requested_at,
        notify_channel=row["notify_channel"],
        completed_at=dt(row["completed_at"]),
        halted=row["halted"],
        unpublished_at=dt(row["unpublished_at"]),
        unpublished_by=row["unpublished_by"],
        messages=tuple(_message(m) for m in messages),
    )


def _next_number(conn: Connection, show_id: int) -> int:
    """The number readers and the desk know the next edition by: one after the last edition that posted anything
    (or is still live). An edition withdrawn before it posted anything (`halt`: Discord refused its first message)
    gives its number back: it is renumbered below zero (-id, kept as a record) so that the number stays unique."""
    top = select_one(
        conn,
        """SELECT MAX(number) FROM digest_editions e WHERE show_id = ? AND number > 0 AND (unpublished_at IS NULL
             OR EXISTS (SELECT 1 FROM digest_messages m WHERE m.edition_id = e.id AND m.message_id IS NOT NULL))""",
        (show_id,),
    )
    number = int(top[0] or 0) + 1 if top else 1
    conn.execute(
        """UPDATE digest_editions SET number = -id WHERE show_id = ? AND number >= ? AND unpublished_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM digest_messages m WHERE m.edition_id = digest_editions.id
                             AND m.message_id IS NOT NULL)""",
        (show_id, number),
    )
    return number


def _one(conn: Connection, edition_id: int) -> Edition:
    row = select_one(conn, "SELECT * FROM digest_editions WHERE id = ?", (edition_id,))
    assert row is not None, f"no edition {edition_id}"
    return _edition(conn, row)


class EditionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self, new: NewEdition, now: datetime, *, again: bool, same: Callable[[list[Any], list[Any]], bool]
    ) -> tuple[Edition, bool]:
        """The show's live edition (and False), or a new edition with its messages (and True), in one write:
        two requests at once make one edition. With `again`, a new edition is made beside the live one, unless
        the live one already reads the same (`same`, the caller's rule, given the live edition's embeds and the
        new ones: a double click on a new edition makes one)."""

        def create(conn: Connection) -> tuple[Edition, bool]:
            live = select_one(
                conn,
                """SELECT * FROM digest_editions WHERE show_id = ? AND unpublished_at IS NULL
                   ORDER BY number DESC LIMIT 1""",
                (new.show_id,),
            )
            if live is not None:
                existing = _edition(conn, live)
                shown = [embed for m in existing.messages for embed in m.embeds]
                if not again or same(shown, [embed for embeds, _ in new.messages for embed in embeds]):
                    return existing, False
            number = _next_number(conn, new.show_id)
            inserted = select_one(
                conn,
                """INSERT INTO digest_editions(guild_id, show_id, number, channel_id, crosspost, items, requested_by,
                       requested_name, requested_at, notify_channel)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                (
                    new.guild_id,
                    new.show_id,
                    number,
                    new.channel_id,
                    int(new.crosspost),
                    new.items,
                    new.requested_by,
                    new.requested_name,
                    ts(now),
                    new.notify_channel,
                ),
            )
            assert inserted is not None
            edition_id = int(inserted[0])
            conn.executemany(
                """INSERT INTO digest_messages(edition_id, position, embeds, sighting_ids, nonce)
                   VALUES (?, ?, ?, ?, ?)""",
                [
                    (edition_id, pos, _dumps(embeds), json.dumps(ids), nonce(edition_id, pos))
                    for pos, (embeds, ids) in enumerate(new.messages)
                ],
            )
            return _one(conn, edition_id), True

        return await self.db.write(create)

    async def get(self, edition_id: int) -> Edition:
        return await self.db.read(lambda conn: _one(conn, edition_id))

    async def for_show(self, show_id: int) -> list[Edition]:
        def editions(conn: Connection) -> list[Edition]:
            rows = select_all(conn, "SELECT * FROM digest_editions WHERE show_id = ? ORDER BY number", (show_id,))
            return [_edition(conn, r) for r in rows]

        return await self.db.read(editions)

    async def unfinished(self) -> list[int]:
        """Editions with work left: messages to send, crossposts to make, or (unpublished) messages to delete."""
        rows = await self.db.fetchall(
            """SELECT e.id FROM digest_editions e WHERE
                 (e.unpublished_at IS NULL AND e.halted IS NULL AND (e.completed_at IS NULL OR EXISTS (
                     SELECT 1 FROM digest_messages m WHERE m.edition_id = e.id AND m.crosspost_after IS NOT NULL)))
                 OR (e.unpublished_at IS NOT NULL AND EXISTS (
                     SELECT 1 FROM digest_messages m WHERE m.edition_id = e.id AND m.message_id IS NOT NULL
                     AND m.deleted_at IS NULL))
               ORDER BY e.id"""
        )
        return [int(r[0]) for r in rows]

    async def known_message(self, message_id: int) -> bool:
        """Whether a Discord message is already recorded as one of some edition's messages."""
        row = await self.db.fetchone("SELECT 1 FROM digest_messages WHERE message_id = ?", (message_id,))
        return row is not None

    async def _update(self, sql: str, params: tuple[Any, ...]) -> None:
        def update(conn: Connection) -> None:
            conn.execute(sql, params)

        await self.db.write(update)

    async def mark_attempted(self, edition_id: int, position: int, now: datetime) -> None:
        await self._update(
            "UPDATE digest_messages SET attempted_at = ? WHERE edition_id = ? AND position = ?",
            (ts(now), edition_id, position),
        )

    async def mark_sent(
        self, edition_id: int, position: int, message_id: int, now: datetime, *, crosspost_after: datetime | None
    ) -> None:
        await self._update(
            """UPDATE digest_messages SET message_id = ?, sent_at = ?, crosspost_after = ?
               WHERE edition_id = ? AND position = ?""",
            (message_id, ts(now), ts(crosspost_after), edition_id, position),
        )

    async def record_embeds(self, edition_id: int, position: int, embeds: list[dict[str, Any]]) -> None:
        """A posted message edited since (an edition that stopped: its title made to say what was posted)."""
        await self._update(
            "UPDATE digest_messages SET embeds = ? WHERE edition_id = ? AND position = ?",
            (_dumps(embeds), edition_id, position),
        )

    async def mark_completed(self, edition_id: int, now: datetime) -> None:
        await self._update("UPDATE digest_editions SET completed_at = ? WHERE id = ?", (ts(now), edition_id))

    async def mark_crossposted(self, edition_id: int, position: int, now: datetime) -> None:
        await self._update(
            """UPDATE digest_messages SET crossposted_at = ?, crosspost_after = NULL, crosspost_error = NULL
               WHERE edition_id = ? AND position = ?""",
            (ts(now), edition_id, position),
        )

    async def defer_crosspost(self, edition_id: int, position: int, after: datetime | None, error: str) -> None:
        """Try the crosspost again at `after`; with None, give it up (the error stays, for the editor)."""
        await self._update(
            """UPDATE digest_messages SET crosspost_after = ?, crosspost_error = ?
               WHERE edition_id = ? AND position = ?""",
            (ts(after), error[:500], edition_id, position),
        )

    async def crossposts_since(self, channel_id: int, since: datetime) -> list[datetime]:
        """When the editions' messages in a channel were crossposted since `since`, oldest first."""
        rows = await self.db.fetchall(
            """SELECT m.crossposted_at FROM digest_messages m JOIN digest_editions e ON e.id = m.edition_id
               WHERE e.channel_id = ? AND m.crossposted_at >= ? ORDER BY m.crossposted_at""",
            (channel_id, ts(since)),
        )
        return [d for d in (dt(r[0]) for r in rows) if d is not None]

    async def halt(self, edition_id: int, reason: str, now: datetime) -> None:
        """Stop publishing an edition. One that posted nothing is also withdrawn (no longer live): the next
        publish makes a new edition without `again`."""

        def halt(conn: Connection) -> None:
            conn.execute("UPDATE digest_editions SET halted = ? WHERE id = ?", (reason, edition_id))
            conn.execute(
                """UPDATE digest_editions SET unpublished_at = ?, unpublished_by = ? WHERE id = ?
                   AND unpublished_at IS NULL AND NOT EXISTS (
                     SELECT 1 FROM digest_messages WHERE edition_id = ? AND message_id IS NOT NULL)""",
                (ts(now), BOT_NAME, edition_id, edition_id),
            )

        await self.db.write(halt)

    async def unpublish(self, show_id: int, number: int | None, by: str, now: datetime) -> list[Edition]:
        """Mark the show's live editions (or edition `number`, if live) unpublished; returns them."""

        def unpublish(conn: Connection) -> list[Edition]:
            extra, params = ("AND number = ?", (show_id, number)) if number is not None else ("", (show_id,))
            rows = select_all(
                conn, f"SELECT id FROM digest_editions WHERE show_id = ? AND unpublished_at IS NULL {extra}", params
            )
            ids = [int(r[0]) for r in rows]
            conn.executemany(
                "UPDATE digest_editions SET unpublished_at = ?, unpublished_by = ? WHERE id = ?",
                [(ts(now), by, i) for i in ids],
            )
            return [_one(conn, i) for i in ids]

        return await self.db.write(unpublish)

    async def mark_deleted(self, edition_id: int, position: int, now: datetime) -> None:
        await self._update(
            "UPDATE digest_messages SET deleted_at = ? WHERE edition_id = ? AND position = ?",
            (ts(now), edition_id, position),
        )
