"""What `backstage serve` reads: shows by their web token, the part of a timeline that may be public, and the
change log (`web_changes`, filled by triggers) that tells the live page what to look at again.

Read-only. The web server opens its own connection to the database (in its own process, or beside the bot's), so
`Database.data_version` tells it when another connection committed: between two such commits nothing needs reading.

The change log's numbers are taken when a row is written, not when it commits: on PostgreSQL, with several
processes writing, change 11 can commit after change 12 was read, and a reader that only asked for "after 12" would
never see it. `ChangeCursor` keeps the numbers it skipped (gaps) and asks for them again at every read, for
`GAP_WAIT` seconds (a write transaction lasts milliseconds; a number whose write rolled back never comes, so a gap
cannot be kept for ever). The alternative, numbering changes at commit under one lock, would make every writer of
every process wait for the others from its first change to its commit, and needs a migration; the reader paying a
few numbers in an `IN` list costs nothing the writers feel. On SQLite (one writer) there are no gaps but rollbacks'.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.models import SightingStatus
from db.database import Database, Row
from db.repositories._util import dt, load_list
from db.repositories.photos import photo_file_name


@dataclass(frozen=True)
class WebShow:
    """A show as the web sees it. `on_web`: its server turned the web on (/setup web:true)."""

    id: int
    guild_id: int
    name: str
    venue: str | None
    token: str
    timezone: str
    opened_at: datetime
    closed_at: datetime | None
    on_web: bool
    # the show's published digest: the newest edition posted in full and not unpublished (`/digest publish`,
    # db.repositories.editions): how many items, and when its last message was posted; None while there is none
    digest_count: int | None
    digest_published_at: datetime | None


@dataclass(frozen=True)
class TimelineRow:
    """A sighting that may be public: never a pending or rejected one (the query leaves them out). Whether it is
    shown now (embargo, retraction, drop, corroboration) is `bot.web.timeline`'s rule."""

    id: int
    show_id: int
    reporter_id: int
    reporter: str
    what: str
    people: tuple[str, ...]
    other_names: tuple[str, ...]
    where: str | None
    quote: str | None
    quote_by: str | None
    headline: str | None
    status: SightingStatus
    created_at: datetime
    publish_at: datetime | None
    edited_at: datetime | None
    retracted_reason: str | None
    corroborates: int | None
    credited: bool  # the publisher credited this corroboration on its original's feed item
    waiting: bool  # a corroboration not claimed for a feed item of its own yet: the publisher has not decided
    in_feed: bool  # it was published in the Discord feed (a retraction strikes only what readers saw)
    dropped: bool  # an editor dropped it (/digest drop)
    key: bool = False  # an editor marked it as a key moment (/sighting key)
    photo: str | None = None  # the name of its photo (`photo_file_name`), served at /s/<token>/photos/<name>
    source: str | None = None  # posted from this person's message ("Post as sighting"), someone else's


GAP_WAIT = 120.0  # seconds a skipped change number is asked for again (it may still commit)
GAPS_MAX = 2000  # the most skipped numbers kept (the newest): beyond, a burst of rolled-back writes
LOOK_BACK = 1000  # numbers below the newest looked at when a cursor starts, for changes not yet committed


@dataclass(frozen=True)
class Change:
    seq: int
    show_id: int
    sighting_id: int


_SHOW = """SELECT s.id, s.guild_id, s.name, s.venue, s.web_token, s.opened_at, s.closed_at, e.items AS digest_count,
                  e.completed_at AS digest_published_at, COALESCE(g.timezone, 'UTC') AS timezone,
                  COALESCE(g.web, 0) AS web
           FROM shows s LEFT JOIN guild_config g ON g.guild_id = s.guild_id
           LEFT JOIN digest_editions e ON e.id = (
               SELECT id FROM digest_editions WHERE show_id = s.id AND completed_at IS NOT NULL
               AND unpublished_at IS NULL ORDER BY number DESC LIMIT 1)"""

_ROWS = """SELECT s.id, s.show_id, s.reporter_id, s.reporter_name, s.what, s.people, s.other_names, s.location,
                  s.quote, s.quote_by, s.headline, s.status, s.created_at, s.publish_at, s.edited_at,
                  s.retracted_reason, s.corroborates, s.credited, s.source_name,
                  s.corroborates IS NOT NULL AND NOT EXISTS (
                      SELECT 1 FROM outbox o WHERE o.sighting_id = s.id AND o.kind = 'post' AND o.batch_id IS NOT NULL
                  ) AS waiting,
                  s.feed_message_id IS NOT NULL AS in_feed,
                  EXISTS (SELECT 1 FROM curations c WHERE c.sighting_id = s.id AND c.pinned = 0) AS dropped,
                  s.key_at IS NOT NULL AS key,
                  p.sha256 AS photo_sha256, p.content_type AS photo_type
           FROM sightings s LEFT JOIN photos p ON p.sighting_id = s.id WHERE s.status IN ('live', 'retracted')"""


def _show(row: Row) -> WebShow:
    return WebShow(
        id=row["id"],
        guild_id=row["guild_id"],
        name=row["name"],
        venue=row["venue"],
        token=row["web_token"],
        timezone=row["timezone"],
        opened_at=datetime.fromisoformat(row["opened_at"]),
        closed_at=dt(row["closed_at"]),
        on_web=bool(row["web"]),
        digest_count=row["digest_count"],
        digest_published_at=dt(row["digest_published_at"]),
    )


def _row(row: Row) -> TimelineRow:
    return TimelineRow(
        id=row["id"],
        show_id=row["show_id"],
        reporter_id=row["reporter_id"],
        reporter=row["reporter_name"],
        what=row["what"],
        people=load_list(row["people"]),
        other_names=load_list(row["other_names"]),
        where=row["location"],
        quote=row["quote"],
        quote_by=row["quote_by"],
        headline=row["headline"],
        status=SightingStatus(row["status"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        publish_at=dt(row["publish_at"]),
        edited_at=dt(row["edited_at"]),
        retracted_reason=row["retracted_reason"],
        corroborates=row["corroborates"],
        credited=bool(row["credited"]),
        waiting=bool(row["waiting"]),
        in_feed=bool(row["in_feed"]),
        dropped=bool(row["dropped"]),
        key=bool(row["key"]),
        photo=photo_file_name(row["id"], row["photo_sha256"], row["photo_type"]) if row["photo_sha256"] else None,
        source=row["source_name"],
    )


class WebRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def data_version(self) -> int:
        """Changes whenever another connection commits to the database (`Database.data_version`)."""
        return await self.db.data_version()

    async def show_by_token(self, token: str) -> WebShow | None:
        row = await self.db.fetchone(f"{_SHOW} WHERE s.web_token = ?", (token,))
        return None if row is None else _show(row)

    async def shows(self, ids: Iterable[int]) -> dict[int, WebShow]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        rows = await self.db.fetchall(f"{_SHOW} WHERE s.id IN ({','.join('?' * len(wanted))})", wanted)
        return {r["id"]: _show(r) for r in rows}

    async def last_change(self) -> int:
        row = await self.db.fetchone("SELECT COALESCE(MAX(seq), 0) FROM web_changes")
        return int(row[0]) if row else 0

    async def changes_since(self, seq: int, limit: int = 5000, *, also: Iterable[int] = ()) -> list[Change]:
        """The changes after `seq`, and those numbered `also` (gaps looked for again), in order."""
        gaps = sorted(set(also))
        extra = f" OR seq IN ({','.join('?' * len(gaps))})" if gaps else ""
        rows = await self.db.fetchall(
            f"SELECT seq, show_id, sighting_id FROM web_changes WHERE seq > ?{extra} ORDER BY seq LIMIT ?",
            (seq, *gaps, limit),
        )
        return [Change(int(r[0]), int(r[1]), int(r[2])) for r in rows]

    async def timeline(self, show_id: int) -> list[TimelineRow]:
        """Every row of the show that may be public, in posting order."""
        rows = await self.db.fetchall(f"{_ROWS} AND s.show_id = ? ORDER BY s.id", (show_id,))
        return [_row(r) for r in rows]

    async def photo(self, show_id: int, sighting_id: int, name: str) -> tuple[str, bytes] | None:
        """The photo called `name` of this sighting of the show (content type, bytes), while it is that one."""
        row = await self.db.fetchone(
            """SELECT p.sha256, p.content_type, p.data FROM photos p JOIN sightings s ON s.id = p.sighting_id
               WHERE p.sighting_id = ? AND s.show_id = ?""",
            (sighting_id, show_id),
        )
        if row is None or photo_file_name(sighting_id, row[0], row[1]) != name:
            return None
        return str(row[1]), bytes(row[2])

    async def rows(self, show_id: int, ids: Iterable[int]) -> dict[int, TimelineRow]:
        """These sightings of the show as they read now; an id missing from the answer may not be public
        (pending, rejected) or no longer exists."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        rows = await self.db.fetchall(
            f"{_ROWS} AND s.show_id = ? AND s.id IN ({','.join('?' * len(wanted))})", [show_id, *wanted]
        )
        return {r["id"]: _row(r) for r in rows}


class ChangeCursor:
    """A reader's place in the change log that misses no change committed out of order (see the module's
    docstring): `seq`, the highest number read, and `gaps`, the numbers below it not read yet (with when they were
    first missed). `read()` gives each change once."""

    def __init__(self, repo: WebRepository, *, wait: float = GAP_WAIT, clock: Callable[[], float] = time.monotonic):
        self.repo = repo
        self.wait = wait
        self.clock = clock
        self.seq = 0
        self.gaps: dict[int, float] = {}
        self.count = 0  # changes read so far: it moves whenever a show on the web changed

    async def start(self) -> None:
        """From now on: the newest change, and the numbers among the last `LOOK_BACK` not committed yet."""
        newest = await self.repo.last_change()
        self.seq, self.gaps = max(0, newest - LOOK_BACK), {}
        while await self.read():  # what committed already is the past: read past it
            pass
        self.count = 0

    async def read(self, limit: int = 5000) -> list[Change]:
        """The next changes (at most `limit`): later numbers, and skipped ones that committed since."""
        now = self.clock()
        self.gaps = {n: at for n, at in self.gaps.items() if now - at < self.wait}
        changes = await self.repo.changes_since(self.seq, limit, also=self.gaps)
        for change in changes:
            if change.seq <= self.seq:
                self.gaps.pop(change.seq, None)
                continue
            for missing in range(max(self.seq + 1, change.seq - GAPS_MAX), change.seq):
                self.gaps[missing] = now
            self.seq = change.seq
        if len(self.gaps) > GAPS_MAX:
            self.gaps = dict(sorted(self.gaps.items())[-GAPS_MAX:])
        self.count += len(changes)
        return changes
