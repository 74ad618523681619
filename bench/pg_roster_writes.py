"""Other servers' writes during a big `/roster import` on PostgreSQL: how long a small write (one row, as another
server's `/spot` stores its sighting) waits while 50,000 names are imported, new ones and then an update of every
name, as shipped (the import as one transaction on a connection of its own, `Database.write_apart`) and as before
(`staged`: the rows 1,000 a write on the connection that writes, then made live there in one statement, as SQLite
still does), in the same run, on a throwaway PostgreSQL server.

    .venv/bin/python -m bench.pg_roster_writes [--names 50000] [--repeats 3]

Prints, per case, the medians over the repeats of the writes' p50, p99 and worst latency (one write every 50 ms
while the import runs) and of the import's own seconds; the first row is the writes alone (no import).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from functools import partial

from backstage_testing.postgres import running_server
from bot.text import fold
from db.database import Connection, Database
from db.repositories.roster import RosterRepository, RosterRow, roster_as_read

GUILD = 1
PACE = 0.05  # seconds between two probe writes


def _probe(conn: Connection) -> None:
    conn.execute("INSERT INTO bench_probe(at) VALUES (?)", (time.time(),))


def _table(conn: Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS bench_probe (id BIGSERIAL PRIMARY KEY, at DOUBLE PRECISION)")


async def _writes_during(db: Database, work: Callable[[], Awaitable[object]]) -> tuple[list[float], float]:
    """Each probe write's seconds while `work` runs, and `work`'s own seconds."""
    latencies: list[float] = []
    done = asyncio.Event()

    async def probes() -> None:
        while not done.is_set():
            started = time.perf_counter()
            await db.write(_probe)
            latencies.append(time.perf_counter() - started)
            await asyncio.sleep(PACE)  # the probes' pace, not a wait for a condition

    task = asyncio.create_task(probes())
    started = time.perf_counter()
    await work()
    took = time.perf_counter() - started
    done.set()
    await task
    return latencies, took


def _summary(latencies: list[float]) -> tuple[float, float, float]:
    ordered = sorted(latencies)
    return (
        ordered[len(ordered) // 2] * 1000,
        ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        ordered[-1] * 1000,
    )


async def _one_run(url: str, names: int) -> dict[str, tuple[float, float, float, float]]:
    db = await Database.open(url)
    try:
        await db.write(_table)
        repo = RosterRepository(db)
        results: dict[str, tuple[float, float, float, float]] = {}
        alone, took = await _writes_during(db, lambda: asyncio.sleep(3))
        results["writes alone"] = (*_summary(alone), 0.0)
        for way, apart in (("staged (before)", False), ("own connection", True)):
            db.writes_apart = apart  # type: ignore[misc]  # the shipped choice, or the way before it
            await db.write(lambda conn: conn.execute("DELETE FROM roster WHERE guild_id = ?", (GUILD,)))
            for case in (f"{names:,} new names", f"{names:,} names, every one updated"):
                _, held = await db.read(partial(roster_as_read, guild_id=GUILD))  # as the file's check reads it
                alias = "G" if not held else "H"
                keys = [f"guest {i}" for i in range(names)]
                rows = [RosterRow(k, f"Guest {i}", (f"{alias}{i}",), held.get(k)) for i, k in enumerate(keys)]
                latencies, took = await _writes_during(db, partial(repo.import_rows, GUILD, rows, fold))
                results[f"{case}, {way}"] = (*_summary(latencies), took)
        return results
    finally:
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    runs = []
    with running_server() as server:
        if server is None:
            raise SystemExit("no PostgreSQL server binaries on this machine (install Debian's postgresql package)")
        for _ in range(args.repeats):
            url = server.new_database()
            runs.append(asyncio.run(_one_run(url, args.names)))
            server.drop(url)
    print(f"| case (medians of {args.repeats}) | writes p50 | p99 | worst | the import |")
    print("|---|---|---|---|---|")
    for case in runs[0]:
        p50, p99, worst, took = (statistics.median(run[case][k] for run in runs) for k in range(4))
        print(f"| {case} | {p50:.0f} ms | {p99:.0f} ms | {worst:.0f} ms | {took:.2f} s |")


if __name__ == "__main__":
    main()
