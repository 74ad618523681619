from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Callable
from functools import partial
from typing import Literal, NamedTuple

from bot.models import RosterEntry
from db.coordination import is_sqlite
from db.database import Connection, Database, Row, select_all


class Held(NamedTuple):
    """A roster row as stored (its aliases as the database's text): what an import compares it with."""

    name: str
    aliases: str


class RosterRow(NamedTuple):
    """A name to store: `key` is how the roster finds it, computed by the caller (the database stores and
    compares keys, it never computes them: the services fold names, `bot.text.fold`). For an import, `held` is
    what the roster held under `key` when the file was checked (`roster_as_read`; None: nothing), so that a name
    an editor changed meanwhile is not overwritten (`RosterRepository.import_rows`); `line`, the file's line."""

    key: str
    name: str
    aliases: tuple[str, ...]
    held: Held | None = None
    line: int = 0


class LeftOut(NamedTuple):
    """An import's row left out because one of its labels now means another name (`owner`): an editor gave it
    to them while the file was imported."""

    label: str  # as the owner's entry spells it
    owner: str


ImportOutcome = Literal["added", "updated", "kept"] | LeftOut


_ENTRY = "SELECT id, guild_id, name, aliases FROM roster"  # by position: a worker's rows are plain tuples


def _entry(row: Row) -> RosterEntry:
    return RosterEntry(id=row[0], guild_id=row[1], name=row[2], aliases=tuple(json.loads(row[3])))


def roster_entries(conn: Connection, guild_id: int) -> list[RosterEntry]:
    """Every name of the guild, by key, on `conn` (the database thread's, or a worker's read-only one)."""
    return [_entry(r) for r in select_all(conn, f"{_ENTRY} WHERE guild_id = ? ORDER BY key", (guild_id,))]


def roster_as_read(conn: Connection, guild_id: int) -> tuple[list[RosterEntry], dict[str, Held]]:
    """`roster_entries`, and each key's row as stored, in one read: what an import's check saw."""
    sql = "SELECT id, guild_id, name, aliases, key FROM roster WHERE guild_id = ? ORDER BY key"
    rows = select_all(conn, sql, (guild_id,))
    return [_entry(r) for r in rows], {r[4]: Held(r[2], r[3]) for r in rows}


IMPORT_CHUNK = 1_000  # rows per write of an import: a few milliseconds of the connection that writes
_imports = itertools.count(1)  # each import's own staging table (the connection that writes is the process's one)
# a name already there as written is left alone (no new row version, no index entry: a file imported again is cheap)
_UPSERT = """INSERT INTO roster(guild_id, name, key, aliases) {rows}
    ON CONFLICT(guild_id, key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
    WHERE roster.name <> excluded.name OR roster.aliases <> excluded.aliases"""


def _aliases(row: RosterRow) -> str:
    return json.dumps(list(row.aliases), ensure_ascii=False)


def _create_staging(staging: str, conn: Connection) -> None:
    conn.execute(
        f"CREATE TEMPORARY TABLE {staging} (key TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL, "
        "held_name TEXT, held_aliases TEXT)"  # by key: the statement making them live looks each up
    )


def _drop_staging(staging: str, conn: Connection) -> None:
    conn.execute(f"DROP TABLE IF EXISTS {staging}")


def _stage(staging: str, rows: list[RosterRow], conn: Connection) -> None:
    conn.executemany(
        f"INSERT INTO {staging}(name, key, aliases, held_name, held_aliases) VALUES (?, ?, ?, ?, ?)",
        [
            (r.name, r.key, _aliases(r), r.held.name if r.held else None, r.held.aliases if r.held else None)
            for r in rows
        ],
    )


KNOWN_BY_KEY = 100  # keys `_known` looks up one by one (in one statement); more: the guild's whole roster


def _known(guild_id: int, keys: list[str], conn: Connection) -> set[str]:
    """Which of `keys` the roster holds: a few looked up by key (an editor's change to a roster of 100,000 names
    reads one row, not 100,000 keys on the database thread, whose Python holds up the event loop), many read all."""
    if len(keys) > KNOWN_BY_KEY:
        return {r[0] for r in select_all(conn, "SELECT key FROM roster WHERE guild_id = ?", (guild_id,))}
    sql = f"SELECT key FROM roster WHERE guild_id = ? AND key IN ({', '.join('?' * len(keys))})"
    return {r[0] for r in select_all(conn, sql, (guild_id, *keys))}


def _go_live(guild_id: int, rows: list[RosterRow], conn: Connection) -> list[bool]:
    """Write `rows` into the roster in one statement; for each, whether it was new. A key twice: the last one's
    name and aliases win, the first counts as new."""
    known = _known(guild_id, [r.key for r in rows], conn)
    conn.executemany(_UPSERT.format(rows="VALUES (?, ?, ?, ?)"), [(guild_id, r.name, r.key, _aliases(r)) for r in rows])
    created = []
    for row in rows:
        created.append(row.key not in known)
        known.add(row.key)
    return created


# An import's rows made live from its staging table in one statement, except the names the roster no longer holds as
# the file's check read them (`held`): added, changed or removed by an editor since. Those are the editor's later
# word and stay as they are. Per row, atomically on both engines: a name removed meanwhile is not inserted again
# (the SELECT's WHERE), one added or changed meanwhile is not updated (the DO UPDATE's WHERE, evaluated against the
# row as it is when the statement reaches it).
_IMPORT = """INSERT INTO roster(guild_id, name, key, aliases)
    SELECT CAST(? AS BIGINT), s.name, s.key, s.aliases FROM {staging} AS s
    WHERE s.held_name IS NULL OR EXISTS (SELECT 1 FROM roster AS r WHERE r.guild_id = ? AND r.key = s.key)
    ON CONFLICT(guild_id, key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
    WHERE (roster.name <> excluded.name OR roster.aliases <> excluded.aliases) AND EXISTS (
        SELECT 1 FROM {staging} AS h
        WHERE h.key = excluded.key AND h.held_name = roster.name AND h.held_aliases = roster.aliases)"""
# after it: the staged names the roster does not hold as the file has them, i.e. those kept
_KEPT = """SELECT s.key FROM {staging} AS s LEFT JOIN roster AS r ON r.guild_id = ? AND r.key = s.key
    WHERE r.key IS NULL OR r.name <> s.name OR r.aliases <> s.aliases"""


def _leave_out_taken(
    guild_id: int, last: list[RosterRow], staging: str, fold: Callable[[str], str], conn: Connection
) -> dict[str, LeftOut]:
    """The roster's rule at go-live: a label (a name or an alias, as `fold` folds it) means one person. The file was
    checked against the roster as it was read, so a label of one of its rows that another entry holds now was given
    to that entry by an editor since: the row is taken out of the staging table (the editor's word stands), and
    returned by key with the label and who holds it. On PostgreSQL the roster is locked against other writers
    from this read to the end of the import's transaction (a second or two), so no label is given away between."""
    if not is_sqlite(conn):  # SQLite: the one connection that writes is this one until the commit
        conn.execute("LOCK TABLE roster IN SHARE ROW EXCLUSIVE MODE")
    claims = {fold(label): row.key for row in last for label in (row.name, *row.aliases)}
    taken: dict[str, LeftOut] = {}
    for entry in select_all(conn, "SELECT key, name, aliases FROM roster WHERE guild_id = ?", (guild_id,)):
        for label in (entry[1], *json.loads(entry[2])):
            claimant = claims.get(fold(label))
            if claimant is not None and claimant != entry[0] and claimant not in taken:
                taken[claimant] = LeftOut(label, entry[1])
    if taken:
        conn.executemany(f"DELETE FROM {staging} WHERE key = ?", [(key,) for key in taken])
    return taken


def _import_live(
    guild_id: int,
    rows: list[RosterRow],
    last: list[RosterRow],
    staging: str,
    fold: Callable[[str], str],
    conn: Connection,
) -> list[ImportOutcome]:
    """Make the staged import live (`_IMPORT`) but for the rows whose labels another name now holds
    (`_leave_out_taken`); for each row, whether it was added, updated (or already as the file has it), kept as an
    editor left it meanwhile, or left out (`LeftOut`). A key twice: the last one's name and aliases win, the first
    counts as added (the staging table holds each key once)."""
    taken = _leave_out_taken(guild_id, last, staging, fold, conn)
    known = _known(guild_id, [r.key for r in rows], conn)
    conn.execute(_IMPORT.format(staging=staging), (guild_id, guild_id))
    kept = {r[0] for r in select_all(conn, _KEPT.format(staging=staging), (guild_id,))}
    outcomes: list[ImportOutcome] = []
    for row in rows:
        left_out = taken.get(row.key)
        outcomes.append(
            left_out if left_out else "kept" if row.key in kept else "updated" if row.key in known else "added"
        )
        known.add(row.key)
    return outcomes


def _import_apart(
    guild_id: int,
    rows: list[RosterRow],
    last: list[RosterRow],
    staging: str,
    fold: Callable[[str], str],
    conn: Connection,
) -> list[ImportOutcome]:
    """A whole import in one transaction on a connection of its own (`Database.write_apart`): staged, then live."""
    _create_staging(staging, conn)
    for start in range(0, len(last), IMPORT_CHUNK):
        _stage(staging, last[start : start + IMPORT_CHUNK], conn)
    return _import_live(guild_id, rows, last, staging, fold, conn)


class RosterRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self, guild_id: int) -> list[RosterEntry]:
        """Every name of the guild, by key, read on the read-only connection: a roster may have 50,000 names,
        and the connection that writes (other servers' /spot) is not held while they are read and built."""
        return await self.db.read_apart(partial(roster_entries, guild_id=guild_id))

    async def get(self, guild_id: int, key: str) -> RosterEntry | None:
        row = await self.db.fetchone(f"{_ENTRY} WHERE guild_id = ? AND key = ?", (guild_id, key))
        return None if row is None else _entry(row)

    async def upsert_many(self, guild_id: int, rows: list[RosterRow]) -> list[bool]:
        """Add or update names by key in one write; returns for each whether it was new."""
        return await self.db.write(partial(_go_live, guild_id, rows))

    async def import_rows(
        self,
        guild_id: int,
        rows: list[RosterRow],
        fold: Callable[[str], str],
        between: Callable[[], None] = lambda: None,
    ) -> list[ImportOutcome]:
        """`upsert_many` for a whole file, all or nothing for readers, without holding the connection that writes
        for long. The rows go into a temporary table of this import's own that no reader sees, then one statement
        makes them live. On PostgreSQL all of it is one transaction on a connection of its own
        (`Database.write_apart`): making 50,000 names live takes a second or two of the server, and other
        servers' writes go on meanwhile. On SQLite (one writer per file) the rows go in chunks of `IMPORT_CHUNK`,
        each its own short write (other servers' writes take their turns between them), and one short write
        makes them live. On failure the staging table is dropped and the roster is as it was.

        A name the roster no longer holds as each row's `held` says (an editor's `/roster add` or `/roster remove`
        since the file was checked) is left as the editor left it: its outcome is "kept"."""
        staging = f"roster_import_{next(_imports)}"
        last = list({row.key: row for row in rows}.values())  # a key twice: the last wins (one statement
        # may not update a row twice)
        if self.db.writes_apart:
            return await self.db.write_apart(partial(_import_apart, guild_id, rows, last, staging, fold))
        await self.db.write(partial(_create_staging, staging))
        try:
            for start in range(0, len(last), IMPORT_CHUNK):
                between()
                await self.db.write(partial(_stage, staging, last[start : start + IMPORT_CHUNK]))
            between()
            return await self.db.write(partial(_import_live, guild_id, rows, last, staging, fold))
        finally:
            with contextlib.suppress(Exception):  # a connection that was lost took its temporary tables with it
                await self.db.write(partial(_drop_staging, staging))

    async def remove(self, guild_id: int, key: str) -> bool:
        def remove(conn: Connection) -> bool:
            return conn.execute("DELETE FROM roster WHERE guild_id = ? AND key = ?", (guild_id, key)).rowcount > 0

        return await self.db.write(remove)
