from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any, NamedTuple

from bot.models import Reporter, Sighting, SightingRow, SightingStatus, credit_shown
from db.database import Connection, Database, Row, select_all, select_one
from db.repositories._util import dt, dump_list, load_list, ts
from db.repositories.outbox import Priority, enqueue_row
from db.repositories.photos import NewPhoto, store_photo
from db.repositories.shows import REMEMBER_LOCATION_SQL, _like

_VOTES = """(SELECT COUNT(DISTINCT r.user_id) FROM reactions r JOIN feed_message_items i ON i.message_id = r.message_id
              WHERE i.sighting_id = s.id)"""
_FEED_DELETED = "EXISTS (SELECT 1 FROM deleted_messages d WHERE d.message_id = s.feed_message_id)"
_SELECT = f"""SELECT s.*, {_VOTES} AS votes, {_FEED_DELETED} AS feed_deleted FROM sightings s"""
# a night read in two statements: the columns every sighting fills (`_NIGHT_SQL`), then the few sightings that fill
# any of the others (`_NIGHT_RARE_SQL`); a column handed over costs about as much empty as filled, and most of a
# night's sightings leave these empty. Each rare column as an expression that is NULL when it is empty, in the
# order of SightingRow's fields from `quote_by` on (without `votes`, counted apart)
_RARE = (
    ("quote_by", "s.quote_by"),
    ("photo_url", "s.photo_url"),
    ("publish_at", "s.publish_at"),
    ("edited_at", "s.edited_at"),
    ("retracted_reason", "s.retracted_reason"),
    ("corroborates", "s.corroborates"),
    ("credited", "NULLIF(s.credited, 0)"),
    ("deleted", f"CASE WHEN {_FEED_DELETED} THEN 1 END"),
    ("key_at", "s.key_at"),
    ("source_user_id", "s.source_user_id"),
    ("source_name", "s.source_name"),
    ("source_url", "s.source_url"),
    ("source_rest", "s.source_rest"),
    ("where_remembered", "NULLIF(s.where_remembered, 0)"),
)
_NIGHT_SQL = """SELECT s.id, s.guild_id, s.reporter_id, s.reporter_name, s.what, s.people, s.other_names, s.location,
                      s.quote, s.headline, s.status, s.created_at
                FROM sightings s WHERE s.show_id = ? ORDER BY s.id"""
_NIGHT_RARE_SQL = f"""SELECT * FROM (SELECT s.id, {", ".join(f"{sql} AS {name}" for name, sql in _RARE)}
                       FROM sightings s WHERE s.show_id = ?) r
                     WHERE {" OR ".join(f"r.{name} IS NOT NULL" for name, _ in _RARE)}"""
# grouped by s.id (the same as i.sighting_id), which the show's index yields in order: no sort for the grouping
_NIGHT_VOTES_SQL = """SELECT s.id, COUNT(DISTINCT r.user_id) FROM sightings s
                      JOIN feed_message_items i ON i.sighting_id = s.id JOIN reactions r ON r.message_id = i.message_id
                      WHERE s.show_id = ? GROUP BY s.id"""


def _sighting(row: Row) -> Sighting:
    return Sighting(
        id=row["id"],
        guild_id=row["guild_id"],
        show_id=row["show_id"],
        reporter=Reporter(id=row["reporter_id"], name=row["reporter_name"]),
        what=row["what"],
        people=load_list(row["people"]),
        other_names=load_list(row["other_names"]),
        where=row["location"],
        quote=row["quote"],
        quote_by=row["quote_by"],
        headline=row["headline"],
        photo_url=row["photo_url"],
        status=SightingStatus(row["status"]),
        created_at=dt(row["created_at"]),
        publish_at=dt(row["publish_at"]),
        edited_at=dt(row["edited_at"]),
        retracted_reason=row["retracted_reason"],
        corroborates=row["corroborates"],
        credited=bool(row["credited"]),
        feed_message_deleted=bool(row["feed_deleted"]),
        votes=row["votes"] or 0,
        key=row["key_at"] is not None,
        source=_source(row["source_user_id"], row["source_name"]),
        source_url=row["source_url"],
        source_rest=row["source_rest"],
        where_remembered=bool(row["where_remembered"]),
    )


def _source(user_id: int | None, name: str | None) -> Reporter | None:
    return None if user_id is None else Reporter(id=user_id, name=name or "")


def night_rows(conn: Connection, show_id: int) -> Iterator[SightingRow]:
    """Every sighting of the show (by id), streamed from the cursor as `SightingRow`s: for reading a whole night
    at once (the digest, its exports). The values are the ones `_insert` and the newsroom's writes checked and
    stored, so they are not validated again; a value rows repeat (the server's id, a reporter, a list of names, a
    place) is one object, however many rows hold it. Call it inside one read transaction (its three statements see
    one state of the night)."""
    votes: dict[int, int] = {r[0]: r[1] for r in select_all(conn, _NIGHT_VOTES_SQL, (show_id,))}
    rare = {r[0]: r for r in select_all(conn, _NIGHT_RARE_SQL, (show_id,))}
    reporters: dict[tuple[int, str], Reporter] = {}
    names: dict[str, tuple[str, ...]] = {"[]": ()}
    places: dict[str, str] = {}  # a night has a handful of places: one string each
    guilds: dict[int, int] = {}  # (the show's: sqlite3 makes an int of 32 bytes for each row's)
    statuses = {status.value: status for status in SightingStatus}
    when = datetime.fromisoformat
    row = partial(tuple.__new__, SightingRow)  # SightingRow(*values) without its __new__'s 25 named arguments
    cur = conn.execute(_NIGHT_SQL, (show_id,))
    try:
        for r in cur:
            reporter = reporters.get((r[2], r[3]))
            if reporter is None:
                reporter = reporters[(r[2], r[3])] = Reporter(id=r[2], name=r[3])
            people = names.get(r[5])
            if people is None:
                people = names[r[5]] = tuple(json.loads(r[5]))
            others = names.get(r[6])
            if others is None:
                others = names[r[6]] = tuple(json.loads(r[6]))
            where = r[7] and places.setdefault(r[7], r[7])
            guild = guilds.setdefault(r[1], r[1])
            x = rare.get(r[0])
            if x is None:
                yield row((
                    r[0], guild, show_id, reporter, r[4], people, others, where, r[8], None, r[9], None,
                    statuses[r[10]], when(r[11]), None, None, None, None, False, False, votes.get(r[0], 0),
                    False, None, None, None, False,
                ))  # fmt: skip
            else:
                yield row((
                    r[0], guild, show_id, reporter, r[4], people, others, where, r[8], x[1], r[9], x[2],
                    statuses[r[10]], when(r[11]), x[3] and when(x[3]), x[4] and when(x[4]), x[5], x[6], bool(x[7]),
                    bool(x[8]), votes.get(r[0], 0), x[9] is not None, _source(x[10], x[11]), x[12], x[13], bool(x[14]),
                ))  # fmt: skip
    finally:
        cur.close()


@dataclass(frozen=True)
class NewSighting:
    """What a correspondent posts, after validation and tagging."""

    guild_id: int
    show_id: int
    reporter: Reporter
    what: str
    people: tuple[str, ...]
    other_names: tuple[str, ...]
    where: str | None
    quote: str | None
    headline: str | None
    photo_url: str | None
    status: SightingStatus
    created_at: datetime
    publish_at: datetime | None
    quote_by: str | None = None
    corroborates: int | None = None
    source: Reporter | None = None
    source_url: str | None = None
    source_rest: str | None = None
    where_remembered: bool = False  # `where` is the correspondent's last location, not given for this report


_INSERT_SQL = """INSERT INTO sightings(guild_id, show_id, reporter_id, reporter_name, what, people, other_names,
                    location, quote, quote_by, headline, photo_url, status, created_at, publish_at, corroborates,
                    source_user_id, source_name, source_url, source_rest, where_remembered)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"""


# a recent sighting of the person, with its correspondent and that of the report it corroborates
_CANDIDATES_SQL = """SELECT s.id, s.what, s.people, s.status, s.created_at, s.corroborates, s.reporter_id, o.reporter_id
                      FROM sightings s JOIN sighting_people p ON p.sighting_id = s.id
                      LEFT JOIN sightings o ON o.id = s.corroborates
                      WHERE p.show_id = ? AND p.name = ? AND s.created_at >= ? ORDER BY p.sighting_id DESC LIMIT ?"""


class Recent(NamedTuple):
    """A light row for the duplicate check (`Dedupe.pick`): no model validation for every recent sighting
    of a busy person."""

    id: int
    what: str
    people: tuple[str, ...]
    status: SightingStatus
    created_at: datetime
    corroborates: int | None


def _recent(rows: list[Any], reporter_id: int) -> list[Recent]:
    """The candidates another correspondent told: never a report of this correspondent, nor one of a moment
    they already reported (its original or another report of it is theirs). One person posting twice is
    telling two things, so their posts are never linked to each other."""
    mine = {r[5] or r[0] for r in rows if r[6] == reporter_id} | {r[5] for r in rows if r[7] == reporter_id}
    return [
        Recent(r[0], r[1], load_list(r[2]), SightingStatus(r[3]), datetime.fromisoformat(r[4]), r[5])
        for r in rows
        if r[6] != reporter_id and (r[5] or r[0]) not in mine
    ]


class AlreadyPosted(Exception):
    """The message a new sighting is posted from already is a live or pending sighting of the show."""

    def __init__(self, sighting_id: int, reporter_name: str) -> None:
        super().__init__(f"already sighting #{sighting_id}")
        self.sighting_id = sighting_id
        self.reporter_name = reporter_name


_SAME_SOURCE_SQL = """SELECT id, reporter_name FROM sightings WHERE show_id = ? AND source_url = ?
                      AND status IN ('live', 'pending') ORDER BY id LIMIT 1"""


@dataclass(frozen=True)
class Dedupe:
    """How to find the sighting a new one duplicates: candidates since `since` (only other correspondents'
    reports, see `_recent`), judged by `pick`."""

    since: datetime
    pick: Callable[[list[Recent]], Recent | None]
    limit: int = 25


def _insert(
    new: NewSighting,
    feed_channel_id: int | None,
    desk_channel_id: int | None,
    dedupe: Dedupe | None,
    photo: NewPhoto | None,
    conn: Connection,
) -> tuple[int, int | None]:
    """The write of a new sighting, run on the database thread inside the caller's transaction: the
    duplicate check reads the same transaction, so two near-identical posts committed together still link, and
    two posts of one message (`source_url`) committed together make one sighting (the other: `AlreadyPosted`)."""
    if new.source_url is not None:
        same = select_one(conn, _SAME_SOURCE_SQL, (new.show_id, new.source_url))
        if same is not None:
            raise AlreadyPosted(same["id"], same["reporter_name"])
    if dedupe is not None and new.people and new.corroborates is None:
        rows = select_all(conn, _CANDIDATES_SQL, (new.show_id, min(new.people), ts(dedupe.since), dedupe.limit))
        match = dedupe.pick(_recent(rows, new.reporter.id))
        if match is not None:
            new = replace(new, corroborates=match.corroborates or match.id)
    inserted = select_one(
        conn,
        _INSERT_SQL,
        (
            new.guild_id,
            new.show_id,
            new.reporter.id,
            new.reporter.name,
            new.what,
            dump_list(new.people),
            dump_list(new.other_names),
            new.where,
            new.quote,
            new.quote_by,
            new.headline,
            new.photo_url,
            new.status.value,
            ts(new.created_at),
            ts(new.publish_at),
            new.corroborates,
            new.source.id if new.source else None,
            new.source.name if new.source else None,
            new.source_url,
            new.source_rest,
            int(new.where_remembered and new.where is not None),
        ),
    )
    assert inserted is not None
    sighting_id = int(inserted[0])
    conn.executemany(
        "INSERT INTO sighting_people(sighting_id, show_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(sighting_id, new.show_id, name) for name in new.people + new.other_names],
    )
    if photo is not None:  # in the same write: the feed never renders the sighting without its photo
        store_photo(conn, sighting_id, photo, new.created_at)
    if new.where:
        conn.execute(REMEMBER_LOCATION_SQL, (new.show_id, new.reporter.id, new.where))
    now = new.created_at
    if feed_channel_id is not None:
        # a corroboration too: when it is due, the publisher credits it on its original's item ("also reported
        # by") if the original is in the feed by then, and posts it as an item of its own otherwise
        enqueue_row(
            conn,
            guild_id=new.guild_id,
            channel_id=feed_channel_id,
            kind="post",
            sighting_id=sighting_id,
            not_before=new.publish_at or now,
            now=now,
            priority=Priority.NEW,
        )
    if desk_channel_id is not None:
        enqueue_row(
            conn,
            guild_id=new.guild_id,
            channel_id=desk_channel_id,
            kind="desk",
            sighting_id=sighting_id,
            not_before=now,
            now=now,
            priority=Priority.NEW,
        )
    return sighting_id, new.corroborates


class SightingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self,
        new: NewSighting,
        *,
        feed_channel_id: int | None,
        desk_channel_id: int | None = None,
        dedupe: Dedupe | None = None,
        photo: NewPhoto | None = None,
    ) -> Sighting:
        """Store the sighting, its tags, the reporter's location and its outbox entry (the feed, or the desk
        when it awaits approval) in one transaction: either all of it is durable or none. With `dedupe`, a
        duplicate of a recent sighting is stored as its corroboration; `photo` is stored with it. One database
        hop; concurrent posts share a commit."""
        sighting_id, corroborates = await self.db.write(
            partial(_insert, new, feed_channel_id, desk_channel_id, dedupe, photo)
        )
        return Sighting(
            id=sighting_id,
            guild_id=new.guild_id,
            show_id=new.show_id,
            reporter=new.reporter,
            what=new.what,
            people=new.people,
            other_names=new.other_names,
            where=new.where,
            quote=new.quote,
            headline=new.headline,
            photo_url=new.photo_url,
            status=new.status,
            created_at=new.created_at,
            publish_at=new.publish_at,
            corroborates=corroborates,
            source=new.source,
            source_url=new.source_url,
            source_rest=new.source_rest,
            where_remembered=new.where_remembered and new.where is not None,
        )

    async def posted_from(self, show_id: int, source_url: str) -> AlreadyPosted | None:
        """The live or pending sighting of the show posted from this message, if there is one."""
        row = await self.db.fetchone(_SAME_SOURCE_SQL, (show_id, source_url))
        return None if row is None else AlreadyPosted(row["id"], row["reporter_name"])

    async def get(self, guild_id: int, sighting_id: int) -> Sighting | None:
        """A sighting of this guild; another guild's id reads as unknown."""
        row = await self.db.fetchone(f"{_SELECT} WHERE s.id = ? AND s.guild_id = ?", (sighting_id, guild_id))
        return None if row is None else _sighting(row)

    async def get_many(self, ids: list[int]) -> dict[int, Sighting]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self.db.fetchall(f"{_SELECT} WHERE s.id IN ({marks})", ids)
        return {r["id"]: _sighting(r) for r in rows}

    async def for_show(self, show_id: int) -> list[SightingRow]:
        """Every sighting of the show, by id, built on the database thread (`night_rows`)."""
        return await self.db.read(lambda conn: list(night_rows(conn, show_id)))

    async def credits(self, sighting_ids: list[int], now: datetime) -> dict[int, list[Sighting]]:
        """The reports credited on each sighting's feed item ("also reported by"): corroborations the publisher
        credited whose credit is shown now (`bot.models.credit_shown`, the web's rule too). {sighting id: its
        credited reports}."""
        found: dict[int, list[Sighting]] = {sid: [] for sid in sighting_ids}
        if not sighting_ids:
            return found
        marks = ",".join("?" * len(sighting_ids))
        rows = await self.db.fetchall(
            f"{_SELECT} WHERE s.corroborates IN ({marks}) AND s.credited = 1 ORDER BY s.id", sighting_ids
        )
        for report in map(_sighting, rows):
            if credit_shown(report, None, now, waiting=False):  # decided: the original does not matter
                assert report.corroborates is not None
                found[report.corroborates].append(report)
        return found

    async def message_items(self, message_id: int) -> list[tuple[int, int | None]]:
        """What a feed message shows, in order: (sighting id, where it moved to: None in place, 0 moving, or
        the id of its own message)."""
        rows = await self.db.fetchall(
            "SELECT sighting_id, moved_to FROM feed_message_items WHERE message_id = ? ORDER BY position",
            (message_id,),
        )
        return [(int(r[0]), r[1]) for r in rows]

    async def search(
        self,
        show_id: int,
        *,
        who: str | None = None,
        where: str | None = None,
        reporter_id: int | None = None,
        text: str | None = None,
        id_prefix: str | None = None,
        offset: int = 0,
        limit: int = 10,
    ) -> tuple[list[Sighting], int]:
        """Newest first; returns one page and the total count."""
        clauses = ["s.show_id = ?"]
        params: list[object] = [show_id]
        if who:
            clauses.append("EXISTS (SELECT 1 FROM sighting_people p WHERE p.sighting_id = s.id AND p.name = ?)")
            params.append(who)
        if where:
            clauses.append("lower(s.location) LIKE lower(?) ESCAPE '\\'")
            params.append("%" + _like(where) + "%")
        if reporter_id is not None:
            clauses.append("s.reporter_id = ?")
            params.append(reporter_id)
        if text:
            clauses.append(
                "(lower(s.what) LIKE lower(?) ESCAPE '\\' OR lower(s.quote) LIKE lower(?) ESCAPE '\\'"
                " OR lower(s.headline) LIKE lower(?) ESCAPE '\\')"
            )
            params += ["%" + _like(text) + "%"] * 3
        if id_prefix:
            clauses.append("CAST(s.id AS TEXT) LIKE ?")
            params.append(id_prefix + "%")
        where_sql = " AND ".join(clauses)

        def page(conn: Connection) -> tuple[list[Row], int]:
            total = select_one(conn, f"SELECT COUNT(*) FROM sightings s WHERE {where_sql}", params)
            rows = select_all(
                conn, f"{_SELECT} WHERE {where_sql} ORDER BY s.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]
            )
            return rows, int(total[0]) if total else 0

        # a search scans the show (tens of milliseconds on a big night): on the read-only connection
        rows, total = await self.db.read_apart(page)
        return [_sighting(r) for r in rows], total

    async def feed_message_of(self, sighting_id: int) -> tuple[int, int] | None:
        """(channel_id, message_id) of the feed message that shows this sighting, once published."""
        row = await self.db.fetchone(
            "SELECT feed_channel_id, feed_message_id FROM sightings WHERE id = ? AND feed_message_id IS NOT NULL",
            (sighting_id,),
        )
        return None if row is None else (int(row[0]), int(row[1]))

    async def react(self, guild_id: int, message_id: int, user_id: int, emoji: str, *, add: bool) -> None:
        """Record (or take back) a reaction on a message; it counts as a vote once the message is known as a
        feed message. On a coalesced message it counts for each sighting the message shows."""

        def react(conn: Connection) -> None:
            if add:
                conn.execute(
                    """INSERT INTO reactions(message_id, guild_id, user_id, emoji) VALUES (?, ?, ?, ?)
                       ON CONFLICT DO NOTHING""",
                    (message_id, guild_id, user_id, emoji),
                )
            else:
                conn.execute(
                    "DELETE FROM reactions WHERE message_id = ? AND user_id = ? AND emoji = ?",
                    (message_id, user_id, emoji),
                )

        await self.db.write(react)

    async def clear_reactions(self, guild_id: int, message_id: int, emoji: str | None = None) -> None:
        """A moderator cleared a message's reactions: all of them, or every one with `emoji`."""

        def clear(conn: Connection) -> None:
            conn.execute(
                """DELETE FROM reactions WHERE message_id = ? AND guild_id = ?
                   AND (CAST(? AS TEXT) IS NULL OR emoji = ?)""",
                (message_id, guild_id, emoji, emoji),
            )

        await self.db.write(clear)

    async def stats(self, show_id: int, *, now: datetime) -> dict[str, object]:
        """The show's counts, its most-spotted names and most active correspondents. On a big night these scan
        every sighting (0.4 s for 100,000): on the read-only connection, so that no write waits for them."""
        return await self.db.read_apart(partial(_stats, show_id, now))


def _stats(show_id: int, now: datetime, conn: Connection) -> dict[str, object]:
    row = select_one(
        conn,
        """SELECT COUNT(*) AS total,
                  COUNT(*) FILTER (WHERE status = 'live' AND (publish_at IS NULL OR publish_at <= ?)) AS live,
                  COUNT(*) FILTER (WHERE status = 'pending') AS pending,
                  COUNT(*) FILTER (WHERE status = 'live' AND publish_at > ?) AS held,
                  COUNT(*) FILTER (WHERE status = 'retracted') AS retracted,
                  COUNT(DISTINCT reporter_id) AS reporters,
                  COUNT(*) FILTER (WHERE key_at IS NOT NULL AND status = 'live') AS key_moments,
                  COUNT(*) FILTER (WHERE key_at IS NOT NULL AND status = 'live' AND publish_at > ?) AS key_held
           FROM sightings WHERE show_id = ?""",
        (ts(now), ts(now), ts(now), show_id),
    )
    people = select_all(
        conn,
        """SELECT p.name, COUNT(*) AS n FROM sighting_people p JOIN sightings s ON s.id = p.sighting_id
           WHERE p.show_id = ? AND s.status = 'live' GROUP BY p.name ORDER BY n DESC, p.name LIMIT 5""",
        (show_id,),
    )
    reporters = select_all(
        conn,
        """SELECT MAX(reporter_name) AS name, COUNT(*) AS n FROM sightings WHERE show_id = ?
           GROUP BY reporter_id ORDER BY n DESC, name LIMIT 5""",
        (show_id,),
    )
    assert row is not None
    return {
        "sightings": row["total"] or 0,
        "live": row["live"] or 0,
        "pending": row["pending"] or 0,
        "held": row["held"] or 0,
        "retracted": row["retracted"] or 0,
        "reporters": row["reporters"] or 0,
        "key_moments": row["key_moments"] or 0,
        "key_held": row["key_held"] or 0,
        "top_people": [(str(r[0]), int(r[1])) for r in people],
        "top_reporters": [(str(r[0]), int(r[1])) for r in reporters],
    }
