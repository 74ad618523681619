"""A database that stops answering, for the tests of what the bot does meanwhile.

PostgreSQL: `frozen(server)` stops the server's processes (SIGSTOP, then SIGCONT), as a host that hangs or a
network that drops every packet would: connections stay open and every statement waits. SQLite: `write_locked(path)`
holds the file's write lock from another connection, as a second writer in a long transaction would."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from backstage_testing.postgres import PostgresServer


def server_pids(server: PostgresServer) -> list[int]:
    """The postmaster and its children (backends, background workers)."""
    postmaster = int((server.folder / "data" / "postmaster.pid").read_text().splitlines()[0])
    pids = [postmaster]
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
            pids.append(int(entry.name))
    return pids


class Frozen:
    """The stopped processes; `thaw()` continues them (once; the context's exit thaws whatever is left)."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids

    def thaw(self) -> None:
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.pids = []


@contextlib.contextmanager
def frozen(server: PostgresServer) -> Iterator[Frozen]:
    pids = server_pids(server)
    stopped = Frozen([])
    try:
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
            stopped.pids.append(pid)
        yield stopped
    finally:
        stopped.thaw()


class Held:
    """The write lock held by another connection; `release()` ends its transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def release(self) -> None:
        if self.conn.in_transaction:
            self.conn.rollback()


@contextlib.contextmanager
def write_locked(path: Path | str) -> Iterator[Held]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        held = Held(conn)
        yield held
        held.release()
    finally:
        conn.close()
