"""`python -m bench [--quick] [IDS…]`: run the benchmarks, print their tables, write `bench/results.json`.

Examples: `python -m bench` (everything, about 10–15 minutes on 2 cores), `python -m bench --quick` (smaller
sizes, a smoke check in a couple of minutes), `python -m bench B1 B4` (only those). The exit status is 1 when a
benchmark crashed; a target that is not met is reported in the tables and the JSON, not in the status.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import importlib.util
import sys
import time
import traceback
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from bench.common import Row, quiet_logs, row
from bench.report import RESULTS, print_rows, write_results


@dataclass(frozen=True)
class Benchmark:
    id: str
    module: str
    title: str


BENCHMARKS = (
    Benchmark("B1", "bench.b1_spot", "B1 — /spot initial-response latency through the fake Discord"),
    Benchmark("B2", "bench.b2_storage", "B2 — storage throughput"),
    Benchmark("B3", "bench.b3_burst", "B3 — bursts of sightings until all are in the feed (5 msgs / 5 s per channel)"),
    Benchmark("B4", "bench.b4_digest", "B4 — digest compile time"),
    Benchmark("B5", "bench.b5_autocomplete", "B5 — `who` autocomplete with a 10,000-name roster"),
    Benchmark("B6", "bench.b6_memory", "B6 — peak memory of the bot through a 10,000-sighting night"),
    Benchmark("B7", "bench.b7_pause", "B7 — a paused feed: permission fixed → every held sighting published"),
    Benchmark("B8", "bench.b8_web", "B8 — `/spot` to the live page in a browser, against the Discord feed"),
    Benchmark(
        "B9",
        "bench.b9_feed_priority",
        "B9 — the feed under Discord's failures: a deleted message, a retraction in a rush (5 requests / 5 s)",
    ),
    Benchmark(
        "B10",
        "bench.b10_bignight",
        "B10 — a 100,000-sighting night in one server: exports, preview and a roster import, `/spot` in another",
    ),
    Benchmark(
        "B11", "bench.b11_photos", "B11 — `/digest export` of a 10,000-sighting night with 200 photos, and without"
    ),
    Benchmark(
        "B13",
        "bench.b13_shards",
        "B13 — 40 servers × a rush of 100 sightings: one `backstage run` against two on two shard ranges",
    ),
)

Runner = Callable[[bool], Coroutine[Any, Any, list[Row]]]


def available(benchmark: Benchmark) -> bool:
    """False for a benchmark whose module does not exist (yet): B2 is written separately."""
    return importlib.util.find_spec(benchmark.module) is not None


def selected(ids: Sequence[str]) -> list[Benchmark]:
    wanted = {i.upper() for i in ids}
    unknown = wanted - {b.id for b in BENCHMARKS}
    if unknown:
        known = " ".join(b.id for b in BENCHMARKS)
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))} (known: {known})")
    return [b for b in BENCHMARKS if not wanted or b.id in wanted]


def run_one(benchmark: Benchmark, quick: bool, console: Console) -> tuple[list[Row], bool]:
    """The benchmark's rows, and False if it crashed (then a single failing row says why)."""
    started = time.perf_counter()
    try:
        runner: Runner = importlib.import_module(benchmark.module).run
        rows = asyncio.run(runner(quick))
        ok = True
    except Exception as exc:
        console.print(f"[bold red]{benchmark.id} crashed:[/bold red]\n{traceback.format_exc()}")
        rows = [row(benchmark.id, "benchmark crashed", [0.0], "", met=False, note=f"{type(exc).__name__}: {exc}")]
        ok = False
    title = f"{benchmark.title}  ({time.perf_counter() - started:.0f} s)"
    print_rows(console, title, rows)
    return rows, ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Backstage benchmarks.")
    parser.add_argument("ids", nargs="*", metavar="ID", help="benchmarks to run (B1 … B13); all by default")
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a smoke check in under a minute")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"where to write the JSON (default {RESULTS})")
    args = parser.parse_args(argv)
    quiet_logs()
    console = Console(width=None if sys.stdout.isatty() else 150)
    started = time.perf_counter()
    rows: list[Row] = []
    crashed = False
    for benchmark in selected(args.ids):
        if not available(benchmark):
            console.print(f"[yellow]{benchmark.id} skipped: {benchmark.module} does not exist[/yellow]\n")
            continue
        got, ok = run_one(benchmark, args.quick, console)
        rows.extend(got)
        crashed = crashed or not ok
    command = [*(["--quick"] if args.quick else []), *args.ids]
    path = write_results(rows, command, args.out)
    missed = [r for r in rows if r["met"] is False]
    console.print(
        f"{len(rows)} figures, {len(missed)} target(s) not met, in {time.perf_counter() - started:.0f} s; "
        f"written to {path}"
    )
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
