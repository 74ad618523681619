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

from db.database import DatabaseError, check_path


class DatabaseInUse(DatabaseError):
    """Another process runs Backstage on this database."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@contextlib.contextmanager
def exclusive(database: str | Path) -> Iterator[None]:
    """Hold the database's lock until the block ends (the lock file is removed then); DatabaseInUse, in one
    sentence, if another process holds it."""
    check_path(Path(database))  # a path that cannot be a database is told as Database.open tells it
    path = lock_path(Path(database).resolve())
    fd = _locked(path, database)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # still holding the lock: whoever opens the path next gets a fresh file
        os.close(fd)  # releases the lock


def _locked(path: Path, database: str | Path) -> int:
    """An open descriptor of `path` holding its exclusive lock. A file the previous holder unlinked after we
    opened it is not the lock any more: open the path again."""
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise DatabaseError(
                f"Cannot use the database {database}: its lock file {path} cannot be created ({exc.strerror}); "
                f"check that its folder can be written."
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            os.close(fd)
            who = f" (process {holder})" if holder.isdigit() else ""
            raise DatabaseInUse(
                f"Another Backstage{who} is already running on {database}; stop it first, or point "
                f"BACKSTAGE_DATABASE at another file."
            ) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


def holder(database: str | Path) -> int | None:
    """The process holding the database's lock now (a running bot), or None. Looks without keeping the lock."""
    path = lock_path(Path(database).resolve())
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        pid = os.pread(fd, 32, 0).decode(errors="replace").strip()
        return int(pid) if pid.isdigit() else 0
    finally:
        os.close(fd)  # releases a lock taken here
    return None
