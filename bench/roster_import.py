"""How long a `/roster import`'s longest write holds the connection that writes (other servers' `/spot`s wait for
it on SQLite, where a file has one writer), for a file imported fresh and the same file imported again unchanged,
on rosters of 10,000 / 50,000 / 130,000 names: SQLite, and PostgreSQL when the machine has the server binaries
(there the go-live write runs on a connection of its own, beside other servers' writes). The rest of an import is
staged in writes of `IMPORT_CHUNK` rows, each a few milliseconds; the go-live write is the one that counts.

Run: .venv/bin/python -m bench.roster_import
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import db.repositories.roster as roster
from bench.common import each_engine
from bot.text import fold
from db.database import Database

SIZES = (10_000, 50_000, 130_000)


async def _one(location: str, names: int) -> dict[str, tuple[float, float]]:
    """For the fresh import and the unchanged one: (longest write, whole import) in ms."""
    db = await Database.open(location)
    repo = roster.RosterRepository(db)
    longest: list[float] = []
    for attr in ("write", "write_apart"):
        inner: Callable[[Any], Awaitable[Any]] = getattr(db, attr)

        async def timed(fn: Any, inner: Callable[[Any], Awaitable[Any]] = inner) -> Any:
            start = time.perf_counter()
            try:
                return await inner(fn)
            finally:
                longest.append((time.perf_counter() - start) * 1000)

        setattr(db, attr, timed)
    try:
        rows = [
            roster.RosterRow(fold(f"Performer {i}"), f"Performer {i}", (f"P{i}", f"Perf {i}")) for i in range(names)
        ]
        out = {}
        for label, expect in (("fresh", "added"), ("unchanged", "unchanged")):
            longest.clear()
            start = time.perf_counter()
            outcomes = await repo.import_rows(1, rows, fold)
            took = (time.perf_counter() - start) * 1000
            assert set(outcomes) == {expect}, set(outcomes)
            out[label] = (max(longest), took)
        return out
    finally:
        await db.close()


def _row(engine: str, names: int, out: dict[str, tuple[float, float]]) -> str:
    (fw, ft), (uw, ut) = out["fresh"], out["unchanged"]
    return f"| {engine}, {names:,} | {fw:.0f} ms | {ft:.0f} ms | {uw:.0f} ms | {ut:.0f} ms | {uw / fw:.2f}× |"


def main() -> None:
    print(
        "| engine, names | fresh: longest write | fresh: whole import | unchanged: longest write | unchanged: whole "
        "import | unchanged/fresh longest write |"
    )
    print("|---|---|---|---|---|---|")
    for engine, names, location in each_engine(SIZES):
        print(_row(engine, names, asyncio.run(_one(location, names))))


if __name__ == "__main__":
    main()
