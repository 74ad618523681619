"""Which process serves which shards with SQLite: two processes never serve the same servers, whatever their files.

Each SQLite file has one process (db/lock.py), but two files can still be served for the same servers at once:
`backstage run --instance 0-1` on `shards-0-1.db` beside a running `--instance 0` on `shards-0.db` would answer
shard 0's servers twice (Discord sends a server's interactions to every session covering it). So every
`backstage run` on a SQLite file claims its shards in the folder of its file, where the instances' files live
(README "Several processes"): an OS lock per shard, `shard-ID-of-COUNT.lock` (taken as db/lock.py takes a
database's: released by the kernel when the process ends, even on SIGKILL; the file says which process holds it
and on which database file, and is removed on a clean exit). Claims of different counts meet by the rule of
db/shard_claims.py (`Shard.overlaps`), so the check of the folder's claims and the taking of this process's happen
under a lock on the folder itself, and the refusal is that module's sentence. A PostgreSQL database's processes
claim their shards in the database instead (db/shard_claims.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Iterator
from pathlib import Path

from db.database import DatabaseError, is_server
from db.lock import Held, acquire, check_lock_file, held_by, release
from db.shard_claims import Claim, Shard, ShardsInUse, overlapping, refusal

_CLAIM = re.compile(r"shard-(\d+)-of-(\d+)\.lock")
_INSTANCE = re.compile(r"shards-(.+)\.db")


def folder_of(database: Path) -> Path:
    """Where the claims of a process on `database` are: the folder of its file."""
    return database.absolute().parent.resolve()


def claim_path(folder: Path, shard: Shard) -> Path:
    return folder / f"shard-{shard.id}-of-{shard.count}.lock"


def check_claim_path(folder: Path, shard: Shard) -> Path:
    """`shard`'s claim file in `folder`; DatabaseError, in one sentence saying what to do, when that path cannot be
    a lock file (a folder left there)."""
    path = claim_path(folder, shard)
    check_lock_file(path, f"Cannot claim {shard} in {folder}")
    return path


def holder_name(pid: int, database: str) -> str:
    """How a claim's process is named: its instance when its file is an instance's (`shards-ID.db`)."""
    name = Path(database).name
    instance = _INSTANCE.fullmatch(name)
    if instance:
        return f"instance {instance[1]}, process {pid} on {name}"
    return f"process {pid} on {name}"


@contextlib.contextmanager
def _folder_locked(folder: Path) -> Iterator[None]:
    """The folder's own lock, held while claims are looked at and taken: two processes starting at once see each
    other. Held for a moment only, so waiting for it is fine."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _claims(folder: Path) -> list[Claim]:
    found = []
    for path in folder.glob("shard-*-of-*.lock"):
        match = _CLAIM.fullmatch(path.name)
        text = held_by(path) if match else None
        if match is None or text is None:  # a file left by a process that ended: nobody's claim
            continue
        pid, _, database = text.partition(" ")
        pid_number = int(pid) if pid.isdigit() else 0
        shard = Shard(int(match[2]), int(match[1]))
        found.append(Claim(shard, pid_number, holder_name(pid_number, database), None))
    return sorted(found)


def claims_in(folder: Path) -> list[Claim]:
    """Every running process's claims in `folder` (none when it does not exist)."""
    if not folder.is_dir():
        return []
    with _folder_locked(folder):
        return _claims(folder)


def in_folder(folder: Path) -> str:
    return f"with a SQLite file in {folder}"


@contextlib.contextmanager
def claimed(database: Path | str, shards: list[Shard]) -> Iterator[None]:
    """Hold `shards`' claims in the folder of `database` until the block ends; ShardsInUse, in one sentence, when a
    running process holds an overlapping shard. Nothing to claim here on a PostgreSQL database."""
    if is_server(database):
        yield
        return
    database = Path(database)
    folder = folder_of(database)
    for shard in shards:
        check_claim_path(folder, shard)
    taken: list[tuple[int, Path]] = []
    try:
        with _folder_locked(folder):
            found = overlapping(shards, _claims(folder))
            if found:
                raise ShardsInUse(
                    refusal(found, in_folder(folder), ids="shard ids (--instance, or BACKSTAGE_SHARD_IDS)")
                )
            for shard in shards:
                path = claim_path(folder, shard)
                taken.append((acquire(path, f"{os.getpid()} {database.absolute()}"), path))
    except (Held, OSError) as exc:
        _release(taken)
        if isinstance(exc, Held):  # a process that claimed without the folder's lock (none of ours does)
            raise ShardsInUse(f"Another Backstage process holds a shard claim in {folder}: stop it first.") from None
        raise DatabaseError(
            f"Cannot claim this process's shards in {folder} ({exc.strerror}): check that the folder of "
            f"BACKSTAGE_DATABASE can be written."
        ) from exc
    try:
        yield
    finally:
        _release(taken)


def _release(taken: list[tuple[int, Path]]) -> None:
    for fd, path in taken:
        release(fd, path)
