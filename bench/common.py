"""What every benchmark shares: the result row, robust statistics, and a quiet environment."""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import statistics
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypedDict


class Row(TypedDict):
    """One figure of one benchmark, as printed and as written to `bench/results.json`.

    `value` and `baseline` are in `unit`; `ratio` is value / baseline; `target` is a readable rule and `met`
    says whether it held (None for figures reported without a target); `runs` are the per-repeat values
    the median `value` was taken from.
    """

    id: str
    figure: str
    value: float
    unit: str
    baseline: float | None
    ratio: float | None
    target: str
    met: bool | None
    runs: list[float]
    note: str


def row(
    bench_id: str,
    figure: str,
    runs: Sequence[float],
    unit: str,
    *,
    baseline: float | None = None,
    target: str = "—",
    met: bool | None = None,
    note: str = "",
    value: float | None = None,
) -> Row:
    """A row whose value is the median of `runs` (unless given), with its ratio to `baseline`."""
    shown = statistics.median(runs) if value is None else value
    ratio = shown / baseline if baseline not in (None, 0) else None
    return Row(
        id=bench_id,
        figure=figure,
        value=round(shown, 6),
        unit=unit,
        baseline=None if baseline is None else round(baseline, 6),
        ratio=None if ratio is None else round(ratio, 4),
        target=target,
        met=met,
        runs=[round(r, 6) for r in runs],
        note=note,
    )


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct`-th percentile with linear interpolation between closest ranks (numpy's default)."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def quiet_logs() -> None:
    """Benchmarks print tables, not the bot's INFO lines; warnings and errors still reach stderr."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in ("bot", "cogs", "db", "discord", "tests", "aiohttp", "aiosqlite"):
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger("discord.client").setLevel(logging.ERROR)  # "PyNaCl is not installed": no voice here


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary directory for databases and files, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"backstage-{prefix}-") as name:
        yield Path(name)


def settle() -> None:
    """Collect garbage left by the previous repeat so it is not charged to the next one."""
    gc.collect()


def each_engine(sizes: Sequence[int]) -> Iterator[tuple[str, int, str]]:
    """(engine, size, a fresh database's location) for each size on SQLite, then on PostgreSQL when the machine has
    its server binaries (else one line says their rows are left out); each database is removed after its turn."""
    from backstage_testing.postgres import running_server

    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            yield "SQLite", size, str(Path(folder) / "b.db")
    with running_server() as server:
        if server is None:
            print("(no PostgreSQL server binaries on this machine: its rows are left out)")
            return
        for size in sizes:
            url = server.new_database()
            yield "PostgreSQL", size, url
            server.drop(url)
