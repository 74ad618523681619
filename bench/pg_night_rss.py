"""Peak RSS of the whole-night jobs on PostgreSQL against SQLite: `/digest preview` (`compile_night`) and
`/digest export` (`export_night`, JSON, article and timeline), each run alone in a fresh process, as the bot's worker
runs them (bot/worker/jobs.py: a read-only connection of its own, the night read in one snapshot).

The night is B10's (`synthetic_night`, 100,000 sightings with their tags and votes), loaded once into a SQLite file
(B10's `load_night`) and copied into a fresh database on a throwaway PostgreSQL server. PostgreSQL is measured twice:
as shipped (a whole-night SELECT read in batches of `db.postgres.BATCH` rows from a server-side cursor) and as it was
before (`--whole`: every SELECT read as one result), the same-run baseline of the change.

    .venv/bin/python -m bench.pg_night_rss [--sightings 100000] [--repeats 3]

Prints a table of medians: peak RSS (VmHWM, reset before the job) of the job's process, its RSS before the job
(the interpreter and the bot's modules), and the seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.b10_bignight import write_night
from bench.b10_child import _status_mb, load_night, own_peak_mb, reset_peak
from bench.common import scratch_dir

GUILD = 1


async def _make_show(location: str) -> int:
    from bot.models import GuildConfig
    from db.database import Database
    from db.repositories import ConfigRepository, ShowRepository

    db = await Database.open(location)
    try:
        await ConfigRepository(db).save(GuildConfig(guild_id=GUILD, feed_channel_id=100))
        show = await ShowRepository(db).create(
            guild_id=GUILD, name="Big night", venue=None, feed_channel_id=100, desk_channel_id=None,
            approval=False, opened_by=7, opened_at=datetime(2020, 1, 1, tzinfo=UTC),
        )  # fmt: skip
        return show.id
    finally:
        await db.close()


async def _copy_to_postgresql(sqlite_path: Path, url: str, show_id: int) -> int:
    import asyncpg

    source = sqlite3.connect(sqlite_path)
    target = await asyncpg.connect(url)
    try:
        for table in ("sightings", "sighting_people", "feed_message_items", "reactions"):
            columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
            types = {
                r["column_name"]: r["data_type"]
                for r in await target.fetch(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1", table
                )
            }
            columns = [c for c in columns if c in types]
            rows = source.execute(f"SELECT {', '.join(columns)} FROM {table}")
            while batch := rows.fetchmany(20000):
                await target.copy_records_to_table(table, records=batch, columns=columns)
        return int(await target.fetchval("SELECT COUNT(*) FROM sightings WHERE show_id = $1", show_id))
    finally:
        source.close()
        await target.close()


def _child(location: str, show_id: int, job: str, whole: bool) -> None:
    """One job in this fresh process; prints its figures as JSON."""
    from bot.worker.jobs import ExportRequest, compile_night, export_night
    from db.database import Database
    from db.repositories import ShowRepository

    if whole:  # the baseline: no SELECT streamed
        import db.postgres

        db.postgres._SELECT = re.compile(r"(?!)")

    async def show() -> object:
        db = await Database.open(location, migrate=False)
        try:
            return await ShowRepository(db).get(show_id)
        finally:
            await db.close()

    the_show = asyncio.run(show())
    before = _status_mb(os.getpid(), "VmRSS")
    reset_peak()  # VmHWM from here (ru_maxrss would keep the parent's peak across fork and exec)
    now = datetime.now(UTC)
    start = time.perf_counter()
    if job == "preview":
        compile_night(location, the_show, 5, now)  # type: ignore[arg-type]
    else:
        request = ExportRequest(
            show=the_show, fmt="json", contents="both", count=5, now=now, timezone="UTC",  # type: ignore[arg-type]
            limit=10 * 1024 * 1024, stem="night",
        )  # fmt: skip
        export_night(location, request)
    seconds = time.perf_counter() - start
    peak = own_peak_mb()
    print(json.dumps({"before_mb": before, "peak_mb": peak, "seconds": seconds}))


def _run_child(location: str, show_id: int, job: str, whole: bool) -> dict[str, float]:
    argv = [sys.executable, "-m", "bench.pg_night_rss", "--child", location, str(show_id), job]
    out = subprocess.run([*argv, *(["--whole"] if whole else [])], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{job} on {location} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sightings", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", nargs=3)
    parser.add_argument("--whole", action="store_true")
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]), args.child[2], args.whole)
        return

    from backstage_testing.postgres import running_server

    with scratch_dir("pg-night-rss") as work, running_server() as server:
        assert server is not None, "no PostgreSQL binaries on this machine"
        night, sqlite_path = work / "night.sqlite", work / "backstage.db"
        write_night(args.sightings, 7, night)
        show_id = asyncio.run(_make_show(str(sqlite_path)))
        print(f"SQLite: {load_night(sqlite_path, night, GUILD, show_id)} sightings", flush=True)
        url = server.new_database()
        assert asyncio.run(_make_show(url)) == show_id
        print(f"PostgreSQL: {asyncio.run(_copy_to_postgresql(sqlite_path, url, show_id))} sightings", flush=True)
        cases = [("SQLite", str(sqlite_path), False), ("PostgreSQL, streamed", url, False)]
        cases.append(("PostgreSQL, one result (before)", url, True))
        print("| job | engine | peak RSS MB (median) | RSS before the job MB | seconds | runs |")
        print("|---|---|---|---|---|---|")
        for job in ("preview", "export"):
            for name, location, whole in cases:
                runs = [_run_child(location, show_id, job, whole) for _ in range(args.repeats)]
                peak = statistics.median(r["peak_mb"] for r in runs)
                before = statistics.median(r["before_mb"] for r in runs)
                seconds = statistics.median(r["seconds"] for r in runs)
                print(f"| {job} | {name} | {peak:.0f} | {before:.0f} | {seconds:.1f} | {len(runs)} |", flush=True)


if __name__ == "__main__":
    main()
