"""B13 — 40 servers with a rush of 100 sightings each: one `backstage run` against two on two shard ranges.

The bots run as processes of their own (`python -m bot run`), as deployed; the fake Discord runs in the bench
process. One process serves every server with one SQLite file (the baseline); two processes serve shards 0 and 1
of 2 (20 servers each), each with its own file, as README "Several processes" describes. The fake enforces
Discord's identify limit with `max_concurrency` 2, so both start at once. Each server's 100 `/spot`s, from two
correspondents, are interleaved with the other servers' and dispatched evenly over `SPREAD` seconds; every feed
channel has Discord's 5 messages per 5 s, so 100 sightings need ⌈100/10⌉ = 10 messages, at best 5 s after the
first (the channels drain side by side).

On PostgreSQL (README "Deployment: several processes on shard ranges with PostgreSQL") the same rush runs again
with one process, then two on two shard ranges, all sharing one database on a throwaway server started from the
machine's binaries (a fresh database per run): the two-process rows' baseline is one process on PostgreSQL, and
one more row compares one process on PostgreSQL with one on SQLite.

Figures (medians over repeats): the time from the rush's last `/spot` until every server's feed shows all of
its sightings (the drain; the rush itself takes `SPREAD` seconds); the `/spot` initial-response latency (p50,
p99, measured by the fake from dispatch to callback); the bots' CPU per sighting (user + system time of the bot
processes over the rush and the drain, divided by the sightings); and the bench process's CPU (the fake Discord:
on a 2-core machine it competes with the bots).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import signal
import statistics
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from backstage_testing.fakediscord import FakeDiscord, InteractionResult
from backstage_testing.postgres import MISSING, running_server
from backstage_testing.pytest_plugin import Newsroom
from bench.common import Row, ms, percentile, row, scratch_dir, settle
from bench.harness import dispatch, prepare_slash
from bench.workload import untagged_spots

SHARDS = 2
SPREAD = 20.0  # seconds over which every server's rush is dispatched (4,000 /spots: 200 a second)
EMBEDS_PER_MESSAGE = 10
CHANNEL_LIMIT = (5, 5.0)
READY_TIMEOUT = 120.0
DRAIN_TIMEOUT = 600.0
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Sizes:
    servers: int
    rush: int
    repeats: int


FULL = Sizes(servers=40, rush=100, repeats=2)
QUICK = Sizes(servers=8, rush=20, repeats=1)


@dataclass(frozen=True)
class Outcome:
    drain: float
    latencies: list[float]
    late: int  # initial responses after Discord's 3 s (answered 10062; the sighting was saved all the same)
    cpu_per_sighting: float  # seconds of the bot processes' CPU
    fake_cpu: float  # seconds of the bench process's CPU over the same span


def cpu_seconds(pid: int) -> float:
    """User + system time of a process and its reaped children (/proc/<pid>/stat fields 14–17)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / TICKS


@contextlib.asynccontextmanager
async def bot_process(
    fake: FakeDiscord, db_path: Path | str, workdir: Path, shard: int | None
) -> AsyncIterator[asyncio.subprocess.Process]:
    """`python -m bot run` on `db_path` (a SQLite file or a PostgreSQL address; with `shard`: shard `shard` of
    SHARDS), stopped with SIGTERM after."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BACKSTAGE_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN=fake.token,
        BACKSTAGE_DATABASE=str(db_path),
        BACKSTAGE_DISCORD_API=fake.api_base,
        BACKSTAGE_DISCORD_GATEWAY=fake.gateway_url,
        BACKSTAGE_LOG_LEVEL="WARNING",
    )
    if shard is not None:
        env.update(BACKSTAGE_SHARD_COUNT=str(SHARDS), BACKSTAGE_SHARD_IDS=str(shard))
    os.makedirs(workdir, exist_ok=True)
    log = workdir / "bot.log"
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=workdir, stdout=out, stderr=asyncio.subprocess.STDOUT
        )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 60)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        if proc.returncode not in (0, -signal.SIGTERM):
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
            raise AssertionError(f"a bot process ended with {proc.returncode}:\n{tail}")


def feed_count(fake: FakeDiscord, room: Newsroom) -> int:
    return sum(len(m.get("embeds") or []) for m in fake.channel_messages(room.feed.id))


async def wait_feeds(fake: FakeDiscord, rooms: list[Newsroom], count: int, timeout: float) -> float:
    """Until every room's feed shows `count` sightings (looked at every 50 ms: the check costs the fake's CPU);
    returns the loop time it was first seen."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    waiting = list(rooms)
    while waiting:
        waiting = [r for r in waiting if feed_count(fake, r) < count]
        if not waiting:
            break
        if loop.time() > deadline:
            raise AssertionError(f"{len(waiting)} feeds short of {count} sightings after {timeout:g} s")
        await asyncio.sleep(0.05)
    return loop.time()


async def once(sizes: Sizes, processes: int, postgres: str | None = None) -> Outcome:
    """One rush: on SQLite (a file per process), or with `postgres` (a database's address) shared by every process."""
    spots = untagged_spots(sizes.rush)
    with scratch_dir("b13") as tmp:

        def database(shard: int | None) -> Path | str:
            if postgres is not None:
                return postgres
            return tmp / (f"shard{shard}.db" if shard is not None and processes == SHARDS else "backstage.db")

        async with FakeDiscord(identify_limit=True, max_concurrency=SHARDS, channel_limit=CHANNEL_LIMIT) as fake:
            rooms = []
            for i in range(sizes.servers):
                shard = i % SHARDS
                rooms.append(Newsroom(fake, database(shard), shard=(shard, SHARDS)))
            async with contextlib.AsyncExitStack() as stack:
                shards = range(SHARDS) if processes == SHARDS else [None]
                procs = [
                    await stack.enter_async_context(bot_process(fake, database(s), tmp / f"p{s}", s)) for s in shards
                ]
                sessions = [(s, SHARDS) for s in shards if s is not None]
                await fake.wait_ready(READY_TIMEOUT, identifies=len(procs), shards=sessions)
                for room in rooms:
                    await room.open_show()
                settle()
                loop = asyncio.get_running_loop()
                cpu_before = sum(cpu_seconds(p.pid) for p in procs)
                fake_before = time.process_time()
                results: list[InteractionResult] = []
                start = loop.time()
                total = sizes.servers * sizes.rush
                for n in range(total):
                    room, spot = rooms[n % sizes.servers], spots[n // sizes.servers]
                    delay = start + SPREAD * n / total - loop.time()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    member = room.amy if (n // sizes.servers) % 2 == 0 else room.ben
                    prepared = prepare_slash(fake, room.guild, member, room.lobby, "spot", spot.options())
                    results.append(dispatch(fake, room.guild, prepared))
                drained = await wait_feeds(fake, rooms, sizes.rush, DRAIN_TIMEOUT)
                cpu = sum(cpu_seconds(p.pid) for p in procs) - cpu_before
                fake_cpu = time.process_time() - fake_before
                refused = [r for r in results if r.status not in (200, 404) or "Posted" not in (r.content or "")]
                if refused:
                    raise AssertionError(f"{len(refused)} /spot not posted, e.g. {refused[0].content!r}")
                # late answers are counted below; after one the bot sends nothing more to its dead token
                broken = [v for v in fake.violations if "deadline" not in v]
                if broken:
                    raise AssertionError(f"the fake saw violations: {broken[:3]}")
                last = max(r.dispatched_at for r in results if r.dispatched_at is not None)
                latencies = [r.elapsed for r in results if r.elapsed is not None]
                late = sum(1 for r in results if r.status == 404)
                return Outcome(drained - last, latencies, late, cpu / total, fake_cpu)
    raise AssertionError("unreachable")


def rows(sizes: Sizes, one: list[Outcome], two: list[Outcome]) -> list[Row]:
    """The SQLite rows: two processes (a file each) against one (one file)."""
    what = f"{sizes.servers} servers × {sizes.rush} sightings over {SPREAD:g} s"
    messages = math.ceil(sizes.rush / EMBEDS_PER_MESSAGE)

    def p(outcomes: list[Outcome], pct: float) -> list[float]:
        return [ms(percentile(o.latencies, pct)) for o in outcomes]

    baseline_note = "baseline: one process, every server, one SQLite file (same run)"
    return [
        row(
            "B13",
            f"{what}: drain after the last /spot, two processes on two shard ranges",
            [o.drain for o in two],
            "s",
            baseline=statistics.median(o.drain for o in one),
            note=f"{baseline_note}; each feed needs at least {messages} messages at 5 per 5 s, side by side",
        ),
        row(
            "B13",
            "/spot p99, two processes",
            p(two, 99),
            "ms",
            baseline=statistics.median(p(one, 99)),
            note=baseline_note,
        ),
        row("B13", "/spot p50, two processes", p(two, 50), "ms", baseline=statistics.median(p(one, 50))),
        row(
            "B13",
            "/spot answered after Discord's 3 s, two processes",
            [float(o.late) for o in two],
            "count",
            baseline=statistics.median(float(o.late) for o in one),
            note=f"of {sizes.servers * sizes.rush} per run; a late answer is refused (10062), the sighting is saved",
        ),
        row(
            "B13",
            "bots' CPU per sighting, two processes (both together)",
            [ms(o.cpu_per_sighting) for o in two],
            "ms",
            baseline=statistics.median(ms(o.cpu_per_sighting) for o in one),
            note="user + system time of the bot processes over the rush and the drain, per sighting",
        ),
        row(
            "B13",
            "the fake Discord's CPU (bench process), two processes",
            [o.fake_cpu for o in two],
            "s",
            baseline=statistics.median(o.fake_cpu for o in one),
            note="on 2 cores the fake competes with the bots for CPU",
        ),
    ]


def postgres_rows(sizes: Sizes, sqlite_one: list[Outcome], one: list[Outcome], two: list[Outcome]) -> list[Row]:
    """The PostgreSQL rows: two processes on two shard ranges sharing one database against one process on it."""
    what = f"{sizes.servers} servers × {sizes.rush} sightings on PostgreSQL"
    baseline_note = "baseline: one process, every server, on the same PostgreSQL server (same run)"

    def p99(outcomes: list[Outcome]) -> list[float]:
        return [ms(percentile(o.latencies, 99)) for o in outcomes]

    return [
        row(
            "B13",
            f"{what}: drain after the last /spot, two processes on two shard ranges, one database",
            [o.drain for o in two],
            "s",
            baseline=statistics.median(o.drain for o in one),
            note=baseline_note,
        ),
        row("B13", "/spot p99, two processes on PostgreSQL", p99(two), "ms", baseline=statistics.median(p99(one))),
        row(
            "B13",
            "/spot answered after Discord's 3 s, two processes on PostgreSQL",
            [float(o.late) for o in two],
            "count",
            baseline=statistics.median(float(o.late) for o in one),
            note=f"of {sizes.servers * sizes.rush} per run",
        ),
        row(
            "B13",
            "bots' CPU per sighting, two processes on PostgreSQL (both together)",
            [ms(o.cpu_per_sighting) for o in two],
            "ms",
            baseline=statistics.median(ms(o.cpu_per_sighting) for o in one),
            note=f"{baseline_note}; the PostgreSQL server's own CPU is not counted",
        ),
        row(
            "B13",
            "bots' CPU per sighting, one process on PostgreSQL",
            [ms(o.cpu_per_sighting) for o in one],
            "ms",
            baseline=statistics.median(ms(o.cpu_per_sighting) for o in sqlite_one),
            note="baseline: one process on SQLite (same run): what the client side of a server database costs",
        ),
        row(
            "B13",
            "/spot p99, one process on PostgreSQL",
            p99(one),
            "ms",
            baseline=statistics.median(p99(sqlite_one)),
            note="baseline: one process on SQLite (same run)",
        ),
    ]


async def run(quick: bool) -> list[Row]:
    """Measure and return B13's rows (one process and two, alternating, `repeats` times each; then the same on
    PostgreSQL)."""
    sizes = QUICK if quick else FULL
    one: list[Outcome] = []
    two: list[Outcome] = []
    pg_one: list[Outcome] = []
    pg_two: list[Outcome] = []
    with running_server() as server:
        if server is None:
            raise AssertionError(MISSING)
        for _ in range(sizes.repeats):
            one.append(await once(sizes, 1))
            two.append(await once(sizes, SHARDS))
            for processes, outcomes in ((1, pg_one), (SHARDS, pg_two)):
                url = server.new_database()  # a fresh, migrated database per run
                try:
                    outcomes.append(await once(sizes, processes, url))
                finally:
                    server.drop(url)
    return rows(sizes, one, two) + postgres_rows(sizes, one, pg_one, pg_two)
