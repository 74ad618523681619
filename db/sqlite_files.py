"""What a folder's SQLite files say before one is opened: whether a file is empty, and whether its data is elsewhere.

A SQLite file in WAL mode keeps recent writes in `<file>-wal` until a checkpoint copies them into the file; a
process that stops cleanly folds the WAL in (db/sqlite.py), one killed (SIGKILL, a power cut) leaves it beside the
file. Renaming the file alone then leaves its data behind: the WAL is orphaned, read by nobody, and the renamed
file is empty (schema version 0) or, when SQLite checkpointed earlier in the night, holds all but the last writes.
Opening it would make a new empty database or go on without those writes (a sighting posted again under a number
the feed already has), so any database is refused while its folder holds a WAL whose file is missing, in one
sentence naming that WAL and saying how to fold it back in (`orphaned_wal`). Only a WAL that could be this file's
counts: its file's name, or an instance's file (`shards-ID.db`) whose shard ids meet this one's (a grown split keeps
its old ids: shard 1 of 2 is 1,3 of 4) or, the shard count known, whose shards hold some of this one's servers by
the split rule (shard 0 of 2 holds shard 2 of 4's); another instance's stray WAL is none of this file's business
(`stray_wals`, a note in `backstage doctor`). Renaming the WAL onto the file is offered only when the file could be
the one renamed: no WAL of its own, and no record of having served its own name's shards (the scope `backstage run`
records). A WAL lost beside its file (deleted, its `-shm` left) is told by that `-shm`: its wal-index header counts
the frames the WAL held and those already in the file, so a file whose WAL held writes it lacks is refused too,
rather than opened without them (on a file with no schema yet: a new empty database over it; `lost_wal`). Read from
the files' headers, folder listing, claim files and the files themselves, read so that nothing is left beside them
(`_reading`): nothing here writes in the folder.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

_INSTANCE = re.compile(r"shards-(.+)\.db")
_CLAIM = re.compile(r"shard-(\d+)-of-(\d+)\.lock")
_HEADER = b"SQLite format 3\x00"


def is_empty(path: Path) -> bool:
    """Whether `path` holds no Backstage data yet: missing, zero bytes, or a SQLite file whose header says no
    table was ever made and no schema version set, with no WAL of its own that may hold them."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return True
    except OSError:
        return False  # (a folder, no permission: refused elsewhere with its own sentence)
    if not header:
        return not has_wal(path)
    if len(header) < 100 or not header.startswith(_HEADER):
        return False  # not a SQLite file: refused elsewhere as such
    schema_cookie = int.from_bytes(header[40:44], "big")
    user_version = int.from_bytes(header[60:64], "big")
    return schema_cookie == 0 and user_version == 0 and not has_wal(path)


def has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def orphaned_wals(folder: Path) -> list[Path]:
    """The WAL files in `folder` whose database file is missing (left behind by a rename)."""
    if not folder.is_dir():
        return []
    found = []
    for wal in sorted(folder.glob("*-wal")):
        if wal.is_file() and wal.stat().st_size > 0 and not wal.with_name(wal.name[: -len("-wal")]).exists():
            found.append(wal)
    return found


def orphaned_wal(path: Path, count: int | None = None) -> str | None:
    """The sentence refusing to open `path` while its folder holds a WAL whose file is missing (the recent writes of
    a file renamed or moved without it, perhaps this one's, whatever this file holds), or None. `count`: the shard
    count of the process that would open `path` (an instance's file), when known (`_could_be`)."""
    wals = [w for w in orphaned_wals(path.parent) if _could_be(w, path.name, count)]
    if not wals:
        return None
    wal = next((w for w in wals if w.name[: -len("-wal")] == path.name), wals[0])
    old = wal.name[: -len("-wal")]
    instance = _INSTANCE.fullmatch(old)
    fold = (
        f"`backstage migrate --instance {instance[1]}`"
        if instance
        else f"`backstage migrate` with BACKSTAGE_DATABASE={wal.parent / old}"
    )
    if old == path.name:
        what = f"The database {path} is missing, but its WAL {wal} is still in the folder"
        move = f"move the database file back to {path} (beside its WAL, with its -shm if you moved that)"
        then = "; to rename it, do so only after that"
    elif is_empty(path):
        what = (
            f"The database {path} is empty, and {wal} in its folder holds the recent writes of a database file "
            f"that is no longer there ({old}, renamed or moved without its WAL after the process using it was killed)"
        )
        move = f"move that file back beside its WAL under its old name {old} (with its -shm, if you moved that)"
        then = ", then rename it"
    else:
        return (
            f"{wal} in the folder of the database {path} holds the recent writes of a database file that is no longer "
            f"there ({old}, renamed or moved without its WAL after the process using it was killed): opening "
            f"{path.name} would go on without those writes if it is that file, renamed; move it back beside its WAL "
            f"under its old name {old} (with its -shm, if you moved that), open it once so that SQLite folds the WAL "
            f"into it ({fold}), then rename it{_or_rename(wal, path)}; a WAL whose file is gone for good can be "
            f"deleted (README: Growing the split)."
        )
    return (
        f"{what}: opening {path.name} would start an empty database and leave that data behind; {move}, open it "
        f"once so that SQLite folds the WAL into it ({fold}){then} (README: Growing the split)."
    )


def stray_wals(path: Path, count: int | None = None) -> list[Path]:
    """The WALs in `path`'s folder whose file is missing and could not be `path`'s (another instance's)."""
    return [w for w in orphaned_wals(path.parent) if not _could_be(w, path.name, count)]


def _could_be(wal: Path, name: str, count: int | None) -> bool:
    """Whether the file once named as `wal`'s (`old`) could be the file now named `name`: the same name, two
    instances' files that share servers, or two files of one process each (neither an instance's). Two instances'
    files share servers when their shard ids meet, or, with `count` (the shard count `name` is served with), when a
    shard of `old` covers servers of one of `name`'s by the split rule (db/shard_claims.py `Shard.overlaps`: shard
    0 of 2 holds shard 2 of 4's servers), `old`'s count being the one its killed process claimed in the folder
    (`_claimed_counts`), else `count`."""
    old = wal.name[: -len("-wal")]
    if old == name:
        return True
    if _INSTANCE.fullmatch(old) and _INSTANCE.fullmatch(name):
        return _meets(old, name) or (count is not None and _shares_servers(wal.parent, old, name, count))
    return not _INSTANCE.fullmatch(old) and not _INSTANCE.fullmatch(name)


def _shares_servers(folder: Path, old: str, name: str, count: int) -> bool:
    theirs, mine = _INSTANCE.fullmatch(old), _INSTANCE.fullmatch(name)
    if theirs is None or mine is None:
        return False
    from db.shard_claims import Shard  # (here: db.shard_claims imports db.database, which imports this module)

    counts = _claimed_counts(folder, old) or {count}
    return any(
        Shard(was, a).overlaps(Shard(count, b))
        for was in counts
        for a in _ids(theirs[1])
        if a < was
        for b in _ids(mine[1])
        if b < count
    )


def _claimed_counts(folder: Path, name: str) -> set[int]:
    """The shard counts a process on the file `name` claimed in `folder` (db/shard_files.py: `shard-ID-of-COUNT.lock`
    holding `PID PATH`, left by a killed process, whose WAL is the one left)."""
    found = set()
    for lock in folder.glob("shard-*-of-*.lock"):
        claim = _CLAIM.fullmatch(lock.name)
        try:
            _, _, database = lock.read_text(errors="replace").partition(" ")
        except OSError:
            continue
        if claim is not None and Path(database.strip()).name == name:
            found.add(int(claim[2]))
    return found


def _or_rename(wal: Path, path: Path) -> str:
    """The second way out, renaming the WAL onto `path`, when `path` could be the file renamed: never onto a file
    with a WAL of its own, nor one that served its own name's shards (its writes would be mixed with another's)."""
    if path.with_name(path.name + "-wal").exists() or _served_as_named(path):
        return ""
    return f", or rename the WAL with it ({wal.name} to {path.name}-wal)"


def _served_as_named(path: Path) -> bool:
    """Whether the instance's file `path` records serving the shards its name names (so it is no renamed file);
    unknown (unreadable) counts as served."""
    named = _INSTANCE.fullmatch(path.name)
    if named is None:
        return False
    try:  # immutable: no -wal nor -shm is made (it has no WAL: `_or_rename` asked first)
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True, timeout=5)
    except sqlite3.Error:
        return True
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'shard_scope'").fetchone()
    except sqlite3.Error:
        return True
    finally:
        conn.close()
    if row is None:
        return False
    return _ids(str(row[0]).partition("/")[0]) == _ids(named[1])


def _ids(instance: str) -> set[int]:
    return {i for lo, hi in _ranges(instance) for i in range(lo, hi + 1)}


def _meets(one: str, other: str) -> bool:
    """Whether two instances' file names (`shards-0.db`, `shards-0,2.db`) share a shard id."""
    a, b = _INSTANCE.fullmatch(one), _INSTANCE.fullmatch(other)
    if a is None or b is None:
        return False
    return any(lo <= hi2 and lo2 <= hi for lo, hi in _ranges(a[1]) for lo2, hi2 in _ranges(b[1]))


def _ranges(instance: str) -> list[tuple[int, int]]:
    found = []
    for part in instance.split(","):
        low, _, high = part.partition("-")
        if low.isdigit() and (high or low).isdigit():
            found.append((int(low), int(high or low)))
    return found


def holds_servers(path: Path, tables: tuple[str, ...]) -> bool:
    """Whether the Backstage file `path` has any server's data (a row in one of `tables`), its WAL included."""
    if is_empty(path) or not path.is_file():
        return False
    try:
        with _reading(path) as conn:
            present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return any(conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in tables if t in present)
    except (sqlite3.Error, OSError):
        return False


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only look at `path` with its WAL's writes, leaving nothing beside it: a file without a WAL is opened
    `immutable` (no -wal nor -shm is made; no process writes a WAL-mode file without one), a file with one is
    copied with it into a folder of its own and read there (SQLite folds the WAL into the copy's view)."""
    if not has_wal(path):
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True, timeout=5)
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="backstage-read-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            yield conn
        finally:
            conn.close()


Sightings = dict[int, frozenset[tuple[int, str]]]  # per server: its sightings, as (number, when it was made)


def sightings_of(path: Path) -> Sightings:
    """Per server in the Backstage file `path` (its WAL included), its sightings by number and time made: what tells
    whether one copy of a file holds everything another does (a sighting posted on a stale copy takes a number the
    other file already has, at another time). Empty when unreadable."""
    if is_empty(path) or not path.is_file():
        return {}
    try:
        with _reading(path) as conn:
            rows = conn.execute("SELECT guild_id, id, created_at FROM sightings").fetchall()
            servers = conn.execute("SELECT guild_id FROM guild_config").fetchall()
    except (sqlite3.Error, OSError):
        return {}
    found: dict[int, set[tuple[int, str]]] = {int(g): set() for (g,) in servers}
    for guild, number, made in rows:
        found.setdefault(int(guild), set()).add((int(number), str(made)))
    return {guild: frozenset(made) for guild, made in found.items()}


def holding_all(files: dict[Path, Sightings]) -> Path | None:
    """Of several copies of one file and their `sightings_of`, the one holding every sighting (and server) the
    others hold; when they hold the same, one with a WAL (writes the copy was made without), else the first. None
    when each holds some the others lack."""
    keeping = [f for f in files if all(_covers(files[f], theirs) for theirs in files.values())]
    if not keeping:
        return None
    return next((f for f in keeping if has_wal(f)), keeping[0])


def _covers(mine: Sightings, theirs: Sightings) -> bool:
    return all(server in mine and made <= mine[server] for server, made in theirs.items())


def highest_sighting(sightings: Sightings) -> int:
    """The highest sighting number among a file's `sightings_of` (0: none)."""
    return max((number for made in sightings.values() for number, _ in made), default=0)


def lost_wal(path: Path) -> str | None:
    """The sentence refusing to open `path` while its WAL is missing and its `-shm` says that WAL held writes not
    yet folded into the file (SQLite would start without them: on a file with no schema yet, an empty database over
    it), or None. The -shm's wal-index header (sqlite.org/walformat.html 2.1) counts the WAL's frames (`mxFrame`)
    and those already copied into the file (`nBackfill`); a -shm our own read-only looks leave says none."""
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    if not shm.is_file():
        return None
    instance = _INSTANCE.fullmatch(path.name)
    migrate = f"backstage migrate --instance {instance[1]}" if instance else "backstage migrate"
    if wal.exists():
        return _wal_not_as_told(path, wal, shm, migrate)
    frames = _unfolded_frames(shm)
    if not frames:
        return None
    lost = "make a new empty database over it" if is_empty(path) else "go on without them"
    return (
        f"The WAL {wal} of the database {path} is missing, and {shm.name} beside it says it held {frames} page "
        f"write{'s' if frames != 1 else ''} not yet in {path.name} (the last writes of a process that was killed): "
        f"opening {path.name} would {lost}; put {wal.name} back beside it (from where it was moved, or a backup), "
        f"or, if those writes are truly gone, start without them deliberately with `rm {shm}` and then "
        f"`{migrate}` (README: Growing the split)."
    )


def not_a_file(path: Path) -> str | None:
    """The sentence refusing `path` when its `-wal` or `-shm` is there but is not a file (a folder, say): SQLite
    cannot use it, and would answer every write "readonly database"."""
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists() and not companion.is_file():
            kept = "write-ahead log" if companion.name.endswith("-wal") else "shared memory"
            return (
                f"{companion} is not a file (a folder?), so SQLite cannot keep the database {path.name}'s {kept} "
                f"there: move it out of the way (Backstage never makes one that is not a file), then run the command "
                f"again."
            )
    return None


def unreadable(path: Path | str, error: Exception) -> str:
    """The sentence for a SQLite file that opened but could not be read ("disk I/O error", "database disk image is
    malformed"): what is wrong, most likely, and the way back."""
    return (
        f"The database {path} cannot be read (SQLite says: {error}): it, or the write-ahead log beside it "
        f"({Path(path).name}-wal), is damaged or not its own (a WAL of another file put in its place, a copy or a "
        f"restore that stopped early). Put back the files as they were (the file with its own -wal and -shm), or "
        f"restore a backup (README: Backups); start Backstage on it only then."
    )


def _wal_not_as_told(path: Path, wal: Path, shm: Path, migrate: str) -> str | None:
    """The sentence refusing `path` when its WAL is not the one its `-shm` describes: another log (its salts differ
    from the ones the wal-index header holds: a WAL of another file put in its place), or the same log cut short
    (fewer whole frames than the header's `mxFrame`: a copy or a restore that stopped early). SQLite would read
    such a file wrongly ("malformed"), or go on without the writes cut off. None when they agree, or the -shm
    says nothing (sqlite.org/walformat.html 1.1, 2.1)."""
    index = _wal_index(shm)
    if index is None or index[0] == 0:
        return None
    mx_frame, salts = index
    try:
        with wal.open("rb") as f:
            head = f.read(32)
        size = wal.stat().st_size
    except OSError:
        return None
    restore = (
        f"put back {path.name}'s own whole {wal.name} (from where it was copied, or a backup), or, if those writes "
        f"are truly gone, start without them deliberately with `rm {wal} {shm}` and then `{migrate}` ({path.name} "
        f"then holds only what was folded into it before: nothing at all, if it was new; README: Backups)."
    )
    if len(head) < 32:  # not even its header: cut off at the start (an empty file)
        return (
            f"The WAL {wal} of the database {path} is shorter than {shm.name} says: it holds none of its {mx_frame} "
            f"page writes (it was emptied or cut off), and opening {path.name} would go on without them: {restore}"
        )
    if head[16:24] != salts:
        return (
            f"The WAL {wal} is not the one the database {path} was writing ({shm.name} describes another log, of "
            f"{mx_frame} page writes: a WAL of another file put in its place?); opening {path.name} would read it "
            f"wrongly: {restore}"
        )
    (page,) = struct.unpack(">I", head[8:12])
    frames = (size - 32) // (page + 24) if page else 0
    if frames < mx_frame:
        return (
            f"The WAL {wal} of the database {path} is shorter than {shm.name} says: it holds {frames} of its "
            f"{mx_frame} page writes (its end was cut off, by a copy or a restore that stopped early), and opening "
            f"{path.name} would go on without the last of them: {restore}"
        )
    return None


def _wal_index(shm: Path) -> tuple[int, bytes] | None:
    """The -shm's wal-index header: the WAL's valid frames (`mxFrame`) and its salts (None when unreadable or not
    initialised). Two copies of 48 bytes in native byte order: iVersion 3007000, unused, iChange, isInit,
    bigEndCksum, szPage, mxFrame at 16, nPage, aFrameCksum, aSalt at 32 (the WAL header's salt bytes as they are,
    SQLite's walIndexRecover copying them with memcpy)."""
    try:
        with shm.open("rb") as f:
            head = f.read(48)
    except OSError:
        return None
    if len(head) < 48:
        return None
    version, _, _, is_init, _, _, mx_frame = struct.unpack("=IIIBBHI", head[:20])
    if version != 3007000 or not is_init:
        return None
    return mx_frame, head[32:40]


def _unfolded_frames(shm: Path) -> int:
    """How many WAL frames the -shm's wal-index header says are not yet copied into the file (0 when unreadable).
    The header is two copies of 48 bytes in native byte order (iVersion 3007000, isInit, mxFrame at 16), then
    nBackfill at 96."""
    try:
        with shm.open("rb") as f:
            head = f.read(100)
    except OSError:
        return 0
    if len(head) < 100:
        return 0
    frames = 0
    for copy in (head[:48], head[48:96]):
        version, _, _, is_init, _, _, mx_frame = struct.unpack("=IIIBBHI", copy[:20])
        if version == 3007000 and is_init:
            frames = max(frames, mx_frame)
    (backfilled,) = struct.unpack("=I", head[96:100])
    return max(frames - backfilled, 0)
