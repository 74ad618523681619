"""B4 — digest compile time for invented nights of 1,000, 10,000 and 100,000 sightings.

`bot.digest.synthetic.synthetic_night(n, seed)` builds the night (not timed) and `compile_digest` compiles
it as of `show.closed_at` (timed with `perf_counter`). Each repeat uses another seed, so every compile sees
a night it has not seen before, and the product's `functools` caches (`bot.*`) are cleared before each
compile: the figure is a first compile, as at the end of a real show. Growth is judged against n log n:
t(100k)/t(10k) must not exceed 10·log(100k)/log(10k) = 12.5.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from dataclasses import dataclass

from bench.common import Row, ms, row, settle
from bot.digest import compile_digest
from bot.digest.synthetic import synthetic_night

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


def time_compile(size: int, seed: int) -> float:
    """Seconds for one cold compile of a fresh night of `size` sightings."""
    show, sightings = synthetic_night(size, seed)
    assert show.closed_at is not None
    clear_product_caches()
    settle()
    started = time.perf_counter()
    digest = compile_digest(show, sightings, [], now=show.closed_at)
    elapsed = time.perf_counter() - started
    if not digest.items:
        raise AssertionError(f"the digest of {size} sightings has no items")
    return elapsed


def nlogn_bound(small: int, large: int) -> float:
    """How much slower n log n allows `large` to be than `small`."""
    return (large / small) * math.log(large) / math.log(small)


async def run(quick: bool) -> list[Row]:
    """Measure and return B4's rows."""
    plan = QUICK if quick else FULL
    time_compile(plan.sizes[0], BASE_SEED - 1)  # warm-up: imports and first-call costs
    times: dict[int, list[float]] = {size: [] for size in plan.sizes}
    for repeat in range(plan.repeats):
        for size in plan.sizes:
            times[size].append(time_compile(size, BASE_SEED + repeat))

    rows = []
    for size in plan.sizes:
        runs = [ms(t) for t in times[size]]
        if size == 10_000:
            median = statistics.median(runs)
            rows.append(
                row(
                    "B4",
                    "compile 10,000",
                    runs,
                    "ms",
                    target=f"≤ {TARGET_10K_MS:g} ms",
                    met=median <= TARGET_10K_MS,
                )
            )
        else:
            rows.append(row("B4", f"compile {size:,}", runs, "ms"))
    small, large = plan.sizes[-2], plan.sizes[-1]
    bound = nlogn_bound(small, large)
    growth = statistics.median(times[large]) / statistics.median(times[small])
    per_repeat = [a / b for a, b in zip(times[large], times[small], strict=True)]
    rows.append(
        row(
            "B4",
            f"growth t({large:,})/t({small:,})",
            per_repeat,
            "×",
            value=growth,
            baseline=bound,
            target=f"≤ {bound:.1f} (n log n)",
            met=growth <= bound,
            note=f"baseline: {large // small}·log({large:,})/log({small:,}); value: ratio of the medians",
        )
    )
    return rows
