"""Corrections, retractions, approval decisions, embargo release and corroboration links (the newsroom's
writes on sightings), each with the outbox entries the feed or the desk must show, in one write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from bot.models import Reporter, Revision, Sighting, SightingStatus
from db.database import Connection, Database, select_one
from db.repositories._util import dt, dump_list, load_list, ts
from db.repositories.keys import withdraw_suggestion
from db.repositories.outbox import Priority, enqueue_row
from db.repositories.photos import NewPhoto, store_photo

PHOTO_CHANGE = "revision_photo:"  # + a revision's id: what that correction did to the photo (`meta`)


@dataclass(frozen=True)
class SightingChanges:
    """A correction: the complete new values of the editable fields."""

    what: str
    people: tuple[str, ...]
    other_names: tuple[str, ...]
    where: str | None
    quote: str | None
    quote_by: str | None
    headline: str | None


class NewsroomRepository:
    """Corrections, retractions, approval decisions, embargo release and corroboration links.

    Every change the feed or the desk must show enqueues its outbox entries in the same write: corrections and
    retractions are urgent, new feed items come next (see `Priority`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def edit(
        self,
        s: Sighting,
        changes: SightingChanges,
        editor: Reporter,
        now: datetime,
        photo: NewPhoto | None = None,
        *,
        remove_photo: bool = False,
    ) -> None:
        """A correction (a new version; the old one kept in `revisions`), with a new photo if one is given, or
        without the photo it had (`remove_photo`)."""
        await self.db.write(partial(_edit, s, changes, editor, now, photo, remove_photo))

    async def revisions(self, sighting_id: int) -> list[Revision]:
        rows = await self.db.fetchall(
            """SELECT r.*, m.value AS photo FROM revisions r LEFT JOIN meta m ON m.key = ? || r.id
               WHERE r.sighting_id = ? ORDER BY r.id""",
            (PHOTO_CHANGE, sighting_id),
        )
        return [
            Revision(
                sighting_id=r["sighting_id"],
                editor=Reporter(id=r["editor_id"], name=r["editor_name"]),
                edited_at=dt(r["edited_at"]),
                what=r["what"],
                people=load_list(r["people"]),
                other_names=load_list(r["other_names"]),
                where=r["location"],
                quote=r["quote"],
                quote_by=r["quote_by"],
                headline=r["headline"],
                photo=r["photo"],
            )
            for r in rows
        ]

    async def retract(self, s: Sighting, reason: str | None, now: datetime) -> bool:
        """False when it was already retracted (retracting twice changes nothing)."""
        return bool(await self.db.write(partial(_retract, s, reason, now)))

    async def decide(self, s: Sighting, *, approve: bool, by: str, reason: str | None, now: datetime) -> bool:
        """Approve or reject a pending sighting. Exactly one of two racing editors wins (returns True)."""
        return bool(await self.db.write(partial(_decide, s, approve, by, reason, now)))

    async def decision(self, sighting_id: int) -> tuple[str | None, str | None]:
        row = await self.db.fetchone("SELECT decided_by, rejected_reason FROM sightings WHERE id = ?", (sighting_id,))
        return (None, None) if row is None else (row[0], row[1])

    async def release(self, s: Sighting, now: datetime) -> bool:
        """End an embargo now. False when it was not under embargo any more."""
        return bool(await self.db.write(partial(_release, s, now)))

    async def unlink(self, s: Sighting, now: datetime) -> bool:
        """Undo a corroboration link. A credited report gets its own feed item (within its own embargo) and
        the original loses the credit; one still waiting is posted on its own when due."""
        if s.corroborates is None:
            return False
        return bool(await self.db.write(partial(_unlink, s, now)))


# -- newsroom writes, on the database thread inside one group-commit transaction ---------------------------


def _channels(conn: Connection, s: Sighting) -> tuple[int, int | None]:
    """(the channel of the sighting's feed message, else the show's feed; the show's desk)."""
    row = conn.execute(
        """SELECT COALESCE(s.feed_channel_id, sh.feed_channel_id), sh.desk_channel_id FROM sightings s
           JOIN shows sh ON sh.id = s.show_id WHERE s.id = ?""",
        (s.id,),
    ).fetchone()
    return int(row[0]), row[1]


def _refresh(conn: Connection, s: Sighting, now: datetime, priority: Priority) -> None:
    """Re-render the feed message that shows `s` (no message yet: its post will show the latest state)."""
    enqueue_row(
        conn,
        guild_id=s.guild_id,
        channel_id=_channels(conn, s)[0],
        kind="refresh",
        sighting_id=s.id,
        not_before=now,
        now=now,
        priority=priority,
    )


def _refresh_card(conn: Connection, s: Sighting, now: datetime) -> None:
    """Re-render the desk card of a sighting that was waiting for approval."""
    desk = _channels(conn, s)[1]
    if desk is not None:
        enqueue_row(
            conn,
            guild_id=s.guild_id,
            channel_id=desk,
            kind="card",
            sighting_id=s.id,
            not_before=now,
            now=now,
            priority=Priority.URGENT,
        )


def _post(conn: Connection, s: Sighting, now: datetime) -> None:
    """A feed item of its own, within its embargo."""
    publish_at = s.publish_at if s.publish_at is not None and s.publish_at > now else now
    enqueue_row(
        conn,
        guild_id=s.guild_id,
        channel_id=_channels(conn, s)[0],
        kind="post",
        sighting_id=s.id,
        not_before=publish_at,
        now=now,
        priority=Priority.NEW,
    )


def _shown_as_credit_on(conn: Connection, s: Sighting) -> Sighting | None:
    """The original whose feed item credits `s`, if it does."""
    row = conn.execute("SELECT credited, corroborates FROM sightings WHERE id = ?", (s.id,)).fetchone()
    if not row[0] or row[1] is None:
        return None
    return s.model_copy(update={"id": int(row[1]), "corroborates": None, "credited": False})


def _edit(
    s: Sighting,
    changes: SightingChanges,
    editor: Reporter,
    now: datetime,
    photo: NewPhoto | None,
    remove_photo: bool,
    conn: Connection,
) -> None:
    had = conn.execute("SELECT 1 FROM photos WHERE sighting_id = ?", (s.id,)).fetchone() is not None
    if photo is not None:
        store_photo(conn, s.id, photo, now)
    elif remove_photo:
        conn.execute("DELETE FROM photos WHERE sighting_id = ?", (s.id,))
    revision = select_one(
        conn,
        """INSERT INTO revisions(sighting_id, editor_id, editor_name, edited_at, what, people, other_names,
               location, quote, quote_by, headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        (
            s.id,
            editor.id,
            editor.name,
            ts(now),
            s.what,
            dump_list(s.people),
            dump_list(s.other_names),
            s.where,
            s.quote,
            s.quote_by,
            s.headline,
        ),
    )
    assert revision is not None
    revision_id = int(revision[0])
    did = ("replaced" if had else "added") if photo is not None else "removed" if remove_photo else None
    if did is not None:  # for /sighting history (a key of `meta`: the revisions table has no column for it)
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"{PHOTO_CHANGE}{revision_id}", did))
    conn.execute(
        """UPDATE sightings SET what = ?, people = ?, other_names = ?, location = ?, quote = ?,
               quote_by = ?, headline = ?, edited_at = ?, where_remembered = ? WHERE id = ?""",
        (
            changes.what,
            dump_list(changes.people),
            dump_list(changes.other_names),
            changes.where,
            changes.quote,
            changes.quote_by,
            changes.headline,
            ts(now),
            int(s.where_remembered and changes.where == s.where),  # (a `where` the correction gives is where it was)
            s.id,
        ),
    )
    conn.execute("DELETE FROM sighting_people WHERE sighting_id = ?", (s.id,))
    conn.executemany(
        "INSERT INTO sighting_people(sighting_id, show_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(s.id, s.show_id, n) for n in changes.people + changes.other_names],
    )
    if s.status is SightingStatus.PENDING:
        _refresh_card(conn, s, now)
    elif s.status is SightingStatus.LIVE and _shown_as_credit_on(conn, s) is None:
        _refresh(conn, s, now, Priority.URGENT)


def _retract(s: Sighting, reason: str | None, now: datetime, conn: Connection) -> bool:
    cur = conn.execute(
        "UPDATE sightings SET status = 'retracted', retracted_reason = ? WHERE id = ? AND status != 'retracted'",
        (reason, s.id),
    )
    if cur.rowcount == 0:
        return False
    # nothing of it may still reach the feed or the desk as a new message
    conn.execute(
        """UPDATE outbox SET done_at = ? WHERE sighting_id = ? AND kind IN ('post', 'desk') AND batch_id IS NULL
           AND done_at IS NULL""",
        (ts(now), s.id),
    )
    if s.status is SightingStatus.PENDING:
        _refresh_card(conn, s, now)  # the card loses its buttons and says so
        return True
    withdraw_suggestion(conn, s.guild_id, s.id, now)  # a key moment offered to the desk is no longer one
    original = _shown_as_credit_on(conn, s)
    _refresh(conn, original or s, now, Priority.URGENT)  # struck through, or its credit dropped
    # reports credited on it are news of their own now: each gets its own feed item
    credited = conn.execute(
        "SELECT id FROM sightings WHERE corroborates = ? AND credited = 1 AND status = 'live'", (s.id,)
    ).fetchall()
    conn.execute("UPDATE sightings SET credited = 0 WHERE corroborates = ? AND credited = 1", (s.id,))
    for (other,) in credited:
        _post(conn, s.model_copy(update={"id": int(other), "publish_at": None}), now)
    return True


def _decide(s: Sighting, approve: bool, by: str, reason: str | None, now: datetime, conn: Connection) -> bool:
    cur = conn.execute(
        """UPDATE sightings SET status = ?, decided_by = ?, decided_at = ?, rejected_reason = ?
           WHERE id = ? AND status = 'pending'""",
        ("live" if approve else "rejected", by, ts(now), None if approve else reason, s.id),
    )
    if cur.rowcount == 0:
        return False
    if approve:
        _post(conn, s, now)  # a corroboration is credited on its original then, if the original is in the feed
    return True


def _release(s: Sighting, now: datetime, conn: Connection) -> bool:
    cur = conn.execute("UPDATE sightings SET publish_at = ? WHERE id = ? AND publish_at > ?", (ts(now), s.id, ts(now)))
    if cur.rowcount == 0:
        return False
    conn.execute(
        """UPDATE outbox SET not_before = ? WHERE sighting_id = ? AND kind = 'post' AND done_at IS NULL
           AND batch_id IS NULL""",
        (ts(now), s.id),
    )
    return True


def _unlink(s: Sighting, now: datetime, conn: Connection) -> bool:
    original = _shown_as_credit_on(conn, s)
    conn.execute("UPDATE sightings SET corroborates = NULL, credited = 0 WHERE id = ?", (s.id,))
    if original is not None:
        _refresh(conn, original, now, Priority.URGENT)  # the original: drop "also reported by"
        if s.status is SightingStatus.LIVE:
            _post(conn, s, now)
    return True
