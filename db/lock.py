"""One `backstage run` per database file.

Two bots on one database would both drain the same outbox (every sighting posted twice) and both answer the
same token's interactions. The guard is an OS lock on a sidecar file, `<database>.lock`, taken before
anything else and held for the life of the process: `flock` (POSIX) is released by the kernel when the
process ends, even on SIGKILL or a power cut of the process, so a crash never leaves a stale lock behind
(the file itself may stay after a crash; it is removed on a clean exit).

SQLite's own locking is not used for this: `locking_mode=EXCLUSIVE` would also shut out readers (the
rehearsal, a backup, `sqlite3` on the file), which WAL mode is there to keep working; and a busy-timeout
error would come at the first write, after the second bot had already connected to Discord.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from db.database import DatabaseError, check_path, is_server


class DatabaseInUse(DatabaseError):
    """Another process runs Backstage on this database."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def check_lock_path(database: str | Path) -> None:
    """Refuse, in one sentence, a lock path that cannot be the lock file (a folder, a device...): the one rule
    `exclusive` and `backstage doctor` apply. A server's database has no lock file."""
    if is_server(database):
        return
    check_lock_file(lock_path(Path(database).resolve()), f"Cannot use the database {database}")


def check_lock_file(path: Path, refusing: str) -> None:
    """Refuse, in one sentence opening with `refusing`, a path that cannot be a lock file (a folder, a device...):
    the one rule for a database's lock file (`check_lock_path`) and a shard's claim (db/shard_files.py), in
    `backstage run` and `backstage doctor` alike."""
    if path.exists() and not path.is_file():
        what = "a folder" if path.is_dir() else "not a file"
        raise DatabaseError(
            f"{refusing}: its lock file {path} is {what}; move it away (Backstage makes the file itself), then try "
            "again."
        )


@contextlib.contextmanager
def exclusive(database: str | Path, command: str = "run") -> Iterator[None]:
    """Hold the database's lock until the block ends (the lock file is removed then); DatabaseInUse, in one
    sentence, if another process holds it. The file says which process holds it, and for which command.

    A PostgreSQL server's database takes no such lock: it is shared by design, by processes on several hosts that
    coordinate through the database itself (README: Running with PostgreSQL)."""
    if is_server(database):
        yield
        return
    check_path(Path(database))  # a path that cannot be a database is told as Database.open tells it
    check_lock_path(database)
    path = lock_path(Path(database).resolve())
    try:
        fd = acquire(path, f"{os.getpid()} {command}")
    except Held as exc:
        raise DatabaseInUse(in_use(database, _parsed(exc.text))) from None
    except OSError as exc:
        raise DatabaseError(
            f"Cannot use the database {database}: its lock file {path} cannot be created ({exc.strerror}); "
            f"check that its folder can be written."
        ) from exc
    try:
        yield
    finally:
        release(fd, path)


class Held(Exception):
    """Another process holds the lock file; `text` is what it wrote there (`acquire`)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def acquire(path: Path, text: str) -> int:
    """An open descriptor of `path` holding its exclusive lock (`flock`: the kernel drops it when the process
    ends, however it ends), with `text` written in the file for whoever looks (`held_by`); Held when another
    process holds it, OSError when the file cannot be opened. The one way Backstage takes a lock file: a
    database's (above) and a shard's (db/shard_files.py)."""
    fd = _locked(path)
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode(), 0)
    return fd


def release(fd: int, path: Path) -> None:
    """Give `acquire`'s lock back, removing its file first (still holding the lock: whoever opens the path next
    gets a fresh file)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    os.close(fd)  # releases the lock


def _locked(path: Path) -> int:
    """An open descriptor of `path` holding its exclusive lock. A file the previous holder unlinked after we
    opened it is not the lock any more: open the path again."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            text = _text(fd)
            os.close(fd)
            raise Held(text) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


def held_by(path: Path) -> str | None:
    """What the process holding `path`'s lock now wrote there (`acquire`), or None when nobody holds it. Looks
    without keeping the lock."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _text(fd)
    finally:
        os.close(fd)  # releases a lock taken here
    return None


def _text(fd: int) -> str:
    return os.pread(fd, 4096, 0).decode(errors="replace").strip()


def in_use(database: str | Path, held: tuple[int, str]) -> str:
    """The sentence for a database another Backstage process holds: a bot, or a command that soon ends."""
    pid, command = held
    process = f"process {pid}" if pid else "another process"
    if command == "run":
        return (
            f"Another Backstage ({process}) is already running on {database}; stop it first, or point "
            f"BACKSTAGE_DATABASE at another file."
        )
    return (
        f"Another Backstage command ({command}, {process}) is using {database} right now; wait for it to "
        f"finish, then try again."
    )


def _parsed(text: str) -> tuple[int, str]:
    """(pid, command) as `exclusive` wrote them (0 for a pid it had not written yet; `run` by default, and for text
    it did not write)."""
    pid, _, command = text.partition(" ")
    return (int(pid) if pid.isdigit() else 0), (command if command.isidentifier() else "run")


def holder(database: str | Path) -> tuple[int, str] | None:
    """(pid, command) of the process holding the database's lock now, or None. Looks without keeping the lock."""
    text = held_by(lock_path(Path(database).resolve()))
    return None if text is None else _parsed(text)
