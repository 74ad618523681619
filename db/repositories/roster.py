from __future__ import annotations

import contextlib
import itertools
import json
import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
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


ImportOutcome = Literal["added", "updated", "unchanged", "kept"] | LeftOut


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
# before it: the staged names the roster already holds as the file has them, taken out of the staging table
# ("unchanged": not rewritten, nor checked again, as a name the roster holds holds its own labels), so that an import
# of a file imported before costs its go-live write one indexed look-up per name and nothing else
_SAME = """DELETE FROM {staging} WHERE EXISTS (SELECT 1 FROM roster AS r WHERE r.guild_id = ? AND r.key = {staging}.key
    AND r.name = {staging}.name AND r.aliases = {staging}.aliases) RETURNING key"""
# then the names left that the roster holds (in another spelling: "updated", unless an editor's word stands)
_KNOWN = "SELECT s.key FROM {staging} AS s JOIN roster AS r ON r.guild_id = ? AND r.key = s.key"
# after it: the staged names the roster does not hold as the file has them, i.e. those kept
_KEPT = """SELECT s.key FROM {staging} AS s LEFT JOIN roster AS r ON r.guild_id = ? AND r.key = s.key
    WHERE r.key IS NULL OR r.name <> s.name OR r.aliases <> s.aliases"""


def _lock(conn: Connection) -> None:
    """The roster locked against other writers until this transaction ends: what a write reads of it is what it
    writes against. PostgreSQL: a table lock that other writers of the roster wait for (a second or two at most,
    an import's go-live); SQLite: nothing to do, the one connection that writes is this one until the commit."""
    if not is_sqlite(conn):
        conn.execute("LOCK TABLE roster IN SHARE ROW EXCLUSIVE MODE")


def _holders(
    guild_id: int, claims: Mapping[str, str], fold: Callable[[str], str], conn: Connection
) -> dict[str, LeftOut]:
    """The roster's rule, on the roster as it is in this write: a label (a name or an alias, as `fold` folds it)
    means one person. `claims` maps labels (folded) to the key of the name claiming them; for each claimant one
    of whose labels another entry holds, the label as that entry spells it and its name."""
    taken: dict[str, LeftOut] = {}
    sql, params = "SELECT key, name, aliases FROM roster WHERE guild_id = ?", list[object]([guild_id])
    if len(claims) <= FEW_LABELS:  # `/roster add`: only the rows that may hold one of its labels
        sql, params = _maybe_holding(sql, params, list(claims), conn)
    for row in select_all(conn, sql, params):
        key, name = row[0], row[1]
        for label in (name, *json.loads(row[2])):
            claimant = claims.get(fold(label))
            if claimant is not None and claimant != key and claimant not in taken:
                taken[claimant] = LeftOut(label, name)
    return taken


FEW_LABELS = 50  # claims from which a check reads the server's whole roster rather than the rows that may match
# an alias list whose folding is not its text lower-cased (bot.text.fold): non-ASCII, entities, quotes, escapes, spaces
_ODD = {
    "sqlite": "length(aliases) <> length(CAST(aliases AS BLOB)) OR instr(aliases, '&') OR instr(aliases, '#')"
    " OR instr(aliases, '`') OR instr(aliases, '\\') OR instr(aliases, '  ')",
    "postgresql": "aliases ~ '[^ -~]|[&#`\\\\]|  '",
}


def _maybe_holding(sql: str, params: list[object], labels: list[str], conn: Connection) -> tuple[str, list[object]]:
    """`sql` narrowed to the roster rows that may hold one of `labels` (folded, `_holders`): folding changes no
    word's letters once case and accents are off, so the longest word of a label is in the key of a name meaning it
    (its name folded), and in the lower-cased text of an alias list of plain ASCII that holds it; the other alias
    lists are read whatever they say. A superset of the rows, read in less than half the time of all of them
    (bench/roster_add.py)."""
    probes = [
        "%" + _longest_word(label).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%" for label in labels
    ]
    odd = _ODD["sqlite" if is_sqlite(conn) else "postgresql"]
    likes = " OR ".join("key LIKE ? ESCAPE '!' OR lower(aliases) LIKE ? ESCAPE '!'" for _ in probes)
    return f"{sql} AND ({odd} OR {likes})", [*params, *(p for probe in probes for p in (probe, probe))]


def _longest_word(label: str) -> str:
    return max(re.findall(r"\w+", label), key=len, default=label)


def _add(
    guild_id: int, row: RosterRow, fold: Callable[[str], str], edited: Callable[[str], None], conn: Connection
) -> bool | LeftOut:
    """`/roster add` in one write: the row stored unless one of its labels is another name's on the roster as it is
    now (then nothing is written and that label and its holder are returned); whether the name was new."""
    _lock(conn)
    taken = _holders(guild_id, {fold(label): row.key for label in (row.name, *row.aliases)}, fold, conn)
    if taken:
        return taken[row.key]
    (created,) = _go_live(guild_id, [row], conn)
    edited(row.key)
    return created


def _remove(guild_id: int, key: str, edited: Callable[[str], None], conn: Connection) -> bool:
    removed = conn.execute("DELETE FROM roster WHERE guild_id = ? AND key = ?", (guild_id, key)).rowcount > 0
    if removed:
        edited(key)
    return removed


def _import_live(
    guild_id: int,
    rows: list[RosterRow],
    last: list[RosterRow],
    staging: str,
    fold: Callable[[str], str],
    edits: AbstractSet[str],
    conn: Connection,
) -> list[ImportOutcome]:
    """Make the staged import live (`_IMPORT`), on the roster as it is in this write (`_lock`), but for the rows
    an editor's word stands against: a name an editor added, changed or removed since the import started (`edits`,
    recorded by their writes; "kept"), and a row one of whose labels another name holds now (an editor gave it to
    them meanwhile: `LeftOut`). For each row, whether it was added, updated, unchanged (already as the file has it:
    not rewritten), kept, or left out. A key twice: the last one's name and aliases win, the first counts as added
    (the staging table holds each key once)."""
    _lock(conn)
    same = {r[0] for r in select_all(conn, _SAME.format(staging=staging), (guild_id,))}
    edited = {row.key for row in last if row.key in edits}
    live = [row for row in last if row.key not in edited and row.key not in same]
    claims = {fold(label): row.key for row in live for label in (row.name, *row.aliases)}
    taken = _holders(guild_id, claims, fold, conn) if claims else {}
    if edited or taken:
        conn.executemany(f"DELETE FROM {staging} WHERE key = ?", [(key,) for key in (*edited, *taken)])
    known = same | {r[0] for r in select_all(conn, _KNOWN.format(staging=staging), (guild_id,))}
    conn.execute(_IMPORT.format(staging=staging), (guild_id, guild_id))
    kept = edited | {r[0] for r in select_all(conn, _KEPT.format(staging=staging), (guild_id,))}
    outcomes: list[ImportOutcome] = []
    for row in rows:
        left_out = taken.get(row.key)
        outcomes.append(
            left_out
            if left_out
            else "kept"
            if row.key in kept
            else "unchanged"
            if row.key in same and row.key in known
            else "updated"
            if row.key in known
            else "added"
        )
        known.add(row.key)
    return outcomes


def _import_apart(
    guild_id: int,
    rows: list[RosterRow],
    last: list[RosterRow],
    staging: str,
    fold: Callable[[str], str],
    edits: AbstractSet[str],
    conn: Connection,
) -> list[ImportOutcome]:
    """A whole import in one transaction on a connection of its own (`Database.write_apart`): staged, then live."""
    _create_staging(staging, conn)
    for start in range(0, len(last), IMPORT_CHUNK):
        _stage(staging, last[start : start + IMPORT_CHUNK], conn)
    return _import_live(guild_id, rows, last, staging, fold, edits, conn)


def _unrecorded(key: str) -> None:
    """An edit nobody follows (no import under way)."""


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
        edits: AbstractSet[str] = frozenset(),
    ) -> list[ImportOutcome]:
        """`upsert_many` for a whole file, all or nothing for readers, without holding the connection that writes
        for long. The rows go into a temporary table of this import's own that no reader sees, then one statement
        makes them live. On PostgreSQL all of it is one transaction on a connection of its own
        (`Database.write_apart`): making 50,000 names live takes a second or two of the server, and other
        servers' writes go on meanwhile. On SQLite (one writer per file) the rows go in chunks of `IMPORT_CHUNK`,
        each its own short write (other servers' writes take their turns between them), and one short write
        makes them live. On failure the staging table is dropped and the roster is as it was.

        A name an editor added, changed or removed since the import started is left as the editor left it: its
        outcome is "kept". `edits` holds their keys, filled by the editors' writes (`add`, `remove`) as they
        run and read when the import goes live; a row's `held` (what the file's check read) catches any other
        change since the check. A row whose label another name holds by then is left out (`LeftOut`)."""
        staging = f"roster_import_{next(_imports)}"
        last = list({row.key: row for row in rows}.values())  # a key twice: the last wins (one statement
        # may not update a row twice)
        if self.db.writes_apart:
            return await self.db.write_apart(partial(_import_apart, guild_id, rows, last, staging, fold, edits))
        await self.db.write(partial(_create_staging, staging))
        try:
            for start in range(0, len(last), IMPORT_CHUNK):
                between()
                await self.db.write(partial(_stage, staging, last[start : start + IMPORT_CHUNK]))
            between()
            return await self.db.write(partial(_import_live, guild_id, rows, last, staging, fold, edits))
        finally:
            with contextlib.suppress(Exception):  # a connection that was lost took its temporary tables with it
                await self.db.write(partial(_drop_staging, staging))

    async def add(
        self, guild_id: int, row: RosterRow, fold: Callable[[str], str], edited: Callable[[str], None] = _unrecorded
    ) -> bool | LeftOut:
        """Add or update one name, its labels checked against the roster in the same write (two editors adding one
        label at once: the second is refused); whether it was new, or the label another name holds and who.
        `edited(key)` is called in the write, once the name is stored (imports under way keep it)."""
        return await self.db.write(partial(_add, guild_id, row, fold, edited))

    async def remove(self, guild_id: int, key: str, edited: Callable[[str], None] = _unrecorded) -> bool:
        """Remove a name; whether it was there. `edited(key)` is called in the write when it was."""
        return await self.db.write(partial(_remove, guild_id, key, edited))
