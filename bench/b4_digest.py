"""B4 — digest compile time for invented nights of 1,000, 10,000 and 100,000 sightings.

`bot.digest.synthetic.synthetic_night(n, seed)` builds the night (not timed) and `compile_digest` compiles
it as of `show.closed_at` (timed with `perf_counter`). What is timed is the production path: the night as
`SightingRow`s, the form the worker's read of a night hands to the compile (`db.repositories.sightings.night_rows`,
`bot.worker.jobs`), each built from its `Sighting`'s values before the timer starts (`as_rows`). The same night
as pydantic `Sighting`s (what B4 timed until 2026-12-01: about a sixth slower, each field read through pydantic's
hook) is timed beside it, in the lines marked "(models)", alternating which goes first. Each repeat uses another
seed, so every compile sees a night it has not seen before, and the product's `functools` caches (`bot.*`) are
cleared before each compile: the figure is a first compile, as at the end of a real show. Growth is judged
against n log n: t(100k)/t(10k) must not exceed 10·log(100k)/log(10k) = 12.5.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench.common import Row, ms, row, settle
from bot.digest import compile_digest
from bot.digest.synthetic import synthetic_night
from bot.models import AnySighting, Show, Sighting, SightingRow

TARGET_10K_MS = 150.0
BASE_SEED = 7


@dataclass(frozen=True)
class Plan:
    sizes: tuple[int, ...]
    repeats: int


FULL = Plan(sizes=(1_000, 10_000, 100_000), repeats=5)
QUICK = Plan(sizes=(1_000, 10_000), repeats=3)


def clear_product_caches() -> int:
    """Empty every `functools.lru_cache`/`cache` defined in the product's modules; return how many."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("bot.", "db.", "cogs.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
                cleared += 1
    return cleared


def as_rows(sightings: list[Sighting]) -> list[SightingRow]:
    """The night as the worker's read hands it to the compile: a `SightingRow` of each sighting's values (the
    two share their fields' order)."""
    fields = SightingRow._fields
    return [SightingRow(*[getattr(s, name) for name in fields]) for s in sightings]


def time_compile(show: Show, sightings: Sequence[AnySighting]) -> float:
    """Seconds for one cold compile of a night (product caches cleared first)."""
    assert show.closed_at is not None
    clear_product_caches()
    settle()
    started = time.perf_counter()
    digest = compile_digest(show, sightings, [], now=show.closed_at)
    elapsed = time.perf_counter() - started
    if not digest.items:
        raise AssertionError(f"the digest of {len(sightings)} sightings has no items")
    return elapsed


def nlogn_bound(small: int, large: int) -> float:
    """How much slower n log n allows `large` to be than `small`."""
    return (large / small) * math.log(large) / math.log(small)


def _size_rows(times: dict[int, list[float]], sizes: tuple[int, ...], label: str) -> list[Row]:
    rows = []
    for size in sizes:
        runs = [ms(t) for t in times[size]]
        if size == 10_000 and not label:
            median = statistics.median(runs)
            target = f"≤ {TARGET_10K_MS:g} ms"
            rows.append(row("B4", "compile 10,000", runs, "ms", target=target, met=median <= TARGET_10K_MS))
        else:
            rows.append(row("B4", f"compile {size:,}{label}", runs, "ms"))
    small, large = sizes[-2], sizes[-1]
    bound = nlogn_bound(small, large)
    growth = statistics.median(times[large]) / statistics.median(times[small])
    per_repeat = [a / b for a, b in zip(times[large], times[small], strict=True)]
    rows.append(
        row(
            "B4",
            f"growth t({large:,})/t({small:,}){label}",
            per_repeat,
            "×",
            value=growth,
            baseline=bound,
            target=f"≤ {bound:.1f} (n log n)" if not label else "—",
            met=growth <= bound if not label else None,
            note=f"baseline: {large // small}·log({large:,})/log({small:,}); value: ratio of the medians",
        )
    )
    return rows


async def run(quick: bool) -> list[Row]:
    """Measure and return B4's rows: the production path (rows) with the target, then the same nights as models."""
    plan = QUICK if quick else FULL
    show, sightings = synthetic_night(plan.sizes[0], BASE_SEED - 1)
    time_compile(show, as_rows(sightings))  # warm-up: imports and first-call costs
    time_compile(show, sightings)
    rows_times: dict[int, list[float]] = {size: [] for size in plan.sizes}
    model_times: dict[int, list[float]] = {size: [] for size in plan.sizes}
    for repeat in range(plan.repeats):
        for size in plan.sizes:
            show, sightings = synthetic_night(size, BASE_SEED + repeat)
            production_night = as_rows(sightings)
            for production in (True, False) if repeat % 2 == 0 else (False, True):  # (either first, in turn)
                if production:
                    rows_times[size].append(time_compile(show, production_night))
                else:
                    model_times[size].append(time_compile(show, sightings))
            del show, sightings, production_night
    return [*_size_rows(rows_times, plan.sizes, ""), *_size_rows(model_times, plan.sizes, " (models)")]
