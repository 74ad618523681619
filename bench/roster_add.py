"""How long `/roster add`'s write holds the connection that writes (other servers' writes wait meanwhile), now that
it checks its labels against the roster in that write: on a roster of 1,000 / 10,000 / 50,000 names, on SQLite and
(when the machine has the server binaries) PostgreSQL, reading only the rows that may hold a label (as shipped)
and, interleaved in the same run, the whole roster (`FEW_LABELS = 0`), medians.

Run: .venv/bin/python -m bench.roster_add [--repeats 7]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import db.repositories.roster as roster
from bench.common import each_engine
from bot.text import fold
from db.database import Database

SIZES = (1_000, 10_000, 50_000)
SHIPPED = roster.FEW_LABELS


async def _one(location: str, names: int, repeats: int) -> tuple[float, float]:
    """Medians (ms) of an add's write reading the rows that may match, and reading them all."""
    db = await Database.open(location)
    repo = roster.RosterRepository(db)
    try:
        rows = [roster.RosterRow(f"performer {i}", f"Performer {i}", (f"P{i}", f"Perf {i}")) for i in range(names)]
        await repo.import_rows(1, rows, fold)
        took: dict[int, list[float]] = {SHIPPED: [], 0: []}
        for k in range(repeats):
            for few in took:
                roster.FEW_LABELS = few
                name = f"Editor {k}-{few}"
                start = time.perf_counter()
                assert await repo.add(1, roster.RosterRow(fold(name), name, (f"E{k}-{few}",)), fold) is True
                took[few].append((time.perf_counter() - start) * 1000)
        return statistics.median(took[SHIPPED]), statistics.median(took[0])
    finally:
        roster.FEW_LABELS = SHIPPED
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    print(f"| engine, names (medians of {args.repeats}) | rows that may match (shipped) | the whole roster |")
    print("|---|---|---|")
    for engine, names, location in each_engine(SIZES):
        shipped, whole = asyncio.run(_one(location, names, args.repeats))
        print(f"| {engine}, {names:,} | {shipped:.1f} ms | {whole:.1f} ms |")


if __name__ == "__main__":
    main()
