"""B4 by hand: `python -m bench.b4_cpu N [REPEATS]` compiles `synthetic_night(N, 7)` as `SightingRow`s (a warm-up
compile of 1,000 first, the product's caches cleared before each) and prints each compile's CPU time.

Its instructions, the figure the digest rounds compare (steady where CPU time is not, on a shared machine): build the
client-request shim once, `gcc -shared -fPIC -O2 -o /tmp/libcg.so bench/callgrind_marks.c` (needs valgrind's headers),
then
    CG=/tmp/libcg.so PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --callgrind-out-file=/tmp/cg.%p .venv/bin/python -m bench.b4_cpu 10000
valgrind's "I refs" line then counts the compile alone (the marks start and stop collection around it)."""

from __future__ import annotations

import ctypes
import os
import sys
import time

from bench.b4_digest import as_rows, clear_product_caches
from bot.digest import compile_digest
from bot.digest.synthetic import synthetic_night


def main(argv: list[str]) -> None:
    n = int(argv[0])
    repeats = int(argv[1]) if len(argv) > 1 else 1
    marks = ctypes.CDLL(os.environ["CG"]) if os.environ.get("CG") else None
    warm_show, warm = synthetic_night(1000, 6)
    compile_digest(warm_show, as_rows(warm), [], now=warm_show.closed_at)
    show, sightings = synthetic_night(n, 7)
    rows = as_rows(sightings)
    for _ in range(repeats):
        clear_product_caches()
        if marks is not None:
            marks.cg_start()
        started = time.process_time()
        digest = compile_digest(show, rows, [], now=show.closed_at)
        took = time.process_time() - started
        if marks is not None:
            marks.cg_stop()
        print(f"{n}: {took * 1000:.1f} ms CPU, {len(digest.items)} items")


if __name__ == "__main__":
    main(sys.argv[1:])
