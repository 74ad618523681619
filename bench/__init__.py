"""Backstage benchmarks: `python -m bench [--quick] [B1 B3 …]` (also `make bench`). Not part of the tests.

One module per benchmark (`b1_spot`, `b2_storage` when present, `b3_burst`, `b4_digest`, `b5_autocomplete`,
`b6_memory`), each exposing ``async def run(quick: bool) -> list[Row]``. Latencies go through the real
discord.py client against the fake Discord in `backstage_testing/fakediscord`; every figure is a median over repeated
runs and is compared with a baseline measured in the same run. Tables are printed with rich and every row
is written to `bench/results.json`.
"""
