"""B10's child process: the bot and the fake Discord in a fresh interpreter, with a big night in server A and
`/spot` probes in server B.

`python -m bench.b10_child --night NIGHT.sqlite --db PATH --repeats N --roster M` starts the real bot against
a fake Discord in this process (its OpenAPI validator off, as in B6: its parsed spec would be charged to the
bot), sets up server A and server B (the same bot, the same database), loads NIGHT.sqlite (written by
`bench.b10_bignight`) into server A's open show with plain SQL on a connection of its own, then runs:
probes alone; each heavy command in server A `repeats` times with probes in server B; probes alone again.
The last line on stdout is the JSON report `bench.b10_bignight` turns into rows.

Probes are open loop: probe k is due at start + k·100 ms and is sent then, or as soon as the event loop
lets the fake send it; its latency is from when it was due to when its answer reached the fake (the fake
shares the bot's event loop, so a blocked loop delays the sending as much as the answer).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backstage_testing.fakediscord import Attachment, FakeMember, InteractionResult
from backstage_testing.pytest_plugin import unpack
from bench.common import percentile, quiet_logs, settle
from bench.harness import BenchNewsroom, newsroom, prepare_slash
from bench.workload import big_roster, roster_csv, untagged_spots

PROBE_EVERY_S = 0.1
SAMPLE_EVERY_S = 0.02
DEADLINE_S = 3.0
BASELINE_S = 8.0
LEAD_S = 0.5  # probes before each heavy command starts, and after it ends
COMMAND_TIMEOUT_S = 300.0
VOTE_MESSAGE_BASE = 10**12


# ---- memory: this process and its children (worker processes), peaks reset before each command ----


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            continue
    return found


def _family() -> list[int]:
    pids, todo = [], [os.getpid()]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += _children(pid)
    return pids


def _status_mb(pid: int, field_name: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return float(line.split()[1]) / 1024.0
    except (OSError, IndexError, ValueError):
        return 0.0
    return 0.0


def reset_peak() -> None:
    """Reset the peak RSS (VmHWM) of this process to its current RSS."""
    Path("/proc/self/clear_refs").write_text("5")


def own_peak_mb() -> float:
    """This process's peak RSS since the last reset (exact: the kernel keeps it)."""
    return _status_mb(os.getpid(), "VmHWM")


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return float(line.split()[1]) / 1024.0
    except (OSError, IndexError, ValueError):
        return 0.0
    return 0.0


def rss_mb() -> float:
    """The memory of this process and of every process it started, directly or not: the sum of their PSS
    (resident pages, a page shared by k processes counted 1/k in each: a worker forked from the fork server
    shares its imported modules with it)."""
    return sum(_pss_mb(pid) for pid in _family())


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Sampler:
    """Every SAMPLE_EVERY_S, in a thread: the largest `rss_mb()` seen, and the CPU time of each process that was
    not there at the start (the workers: they come and go within a command, so neither their peak memory nor
    their CPU time can be read afterwards; the last sample before a worker exits stands for it)."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._before: set[int] = set()
        self._cpu: dict[int, float] = {}
        self._own_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        self.peak = max(self.peak, rss_mb())
        for pid in _family():
            if pid not in self._before:
                self._cpu[pid] = max(self._cpu.get(pid, 0.0), _cpu_s(pid))

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY_S):
            self._sample()

    @property
    def worker_cpu_s(self) -> float:
        return sum(self._cpu.values())

    def __enter__(self) -> Sampler:
        self._before = set(_family())
        self._own_cpu = _cpu_s(os.getpid())
        self.peak = rss_mb()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
        self.own_cpu_s = _cpu_s(os.getpid()) - self._own_cpu


# ---- the probes ----


@dataclass
class Probes:
    """`/spot` in server B every PROBE_EVERY_S, each due at its time (open loop)."""

    room: BenchNewsroom
    members: list[FakeMember]
    sent: list[tuple[float, InteractionResult]] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task[None] | None = None
    _count: int = 0

    def start(self) -> None:
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        fake, guild = self.room.fake, self.room.guild
        started = loop.time()
        k = 0
        while not self._stop.is_set():
            due = started + k * PROBE_EVERY_S
            wait = due - loop.time()
            if wait > 0:
                try:
                    await asyncio.wait_for(self._stop.wait(), wait)
                    break
                except TimeoutError:
                    pass
            spot = SPOTS[self._count % len(SPOTS)]
            member = self.members[self._count % len(self.members)]
            self._count += 1
            result = prepare_slash(fake, guild, member, self.room.lobby, "spot", spot)
            fake.hub.dispatch("INTERACTION_CREATE", result.payload, guild_id=guild.id)
            self.sent.append((due, result))
            k += 1

    async def stop(self) -> list[tuple[float, InteractionResult]]:
        """Stop sending; wait for every answer; return (due, result) of every probe sent since start."""
        self._stop.set()
        assert self._task is not None
        await self._task
        sent, self.sent = self.sent, []
        await self.room.fake.wait_for(lambda: all(r.answered for _, r in sent), 120, "every probe answered")
        return sent


SPOTS = [s.options() for s in untagged_spots(500, seed=23)]


def figures(probes: list[tuple[float, InteractionResult]]) -> dict[str, Any]:
    """p50/p99/max latency (ms, from due to answer) and how many were late or refused."""
    waits = []
    late = 0
    for due, result in probes:
        if result.received_at is None:
            raise AssertionError(f"{result.label} was never answered")
        wait = result.received_at - due
        waits.append(wait * 1000.0)
        if wait > DEADLINE_S or result.status != 200 or "Posted" not in (result.content or ""):
            late += 1
    return {
        "count": len(waits),
        "late": late,
        "p50_ms": percentile(waits, 50),
        "p99_ms": percentile(waits, 99),
        "max_ms": max(waits),
    }


# ---- server B, and the night in server A ----


def second_server(room: BenchNewsroom) -> BenchNewsroom:
    """Another server on the same fake Discord, served by the same bot and database."""
    other = BenchNewsroom(room.fake, room.db_path)
    other.guild.name = "Rival Newsroom"
    other.bot, other.db = room.bot, room.db
    return other


def load_night(db_path: Path, night: Path, guild_id: int, show_id: int) -> int:
    """Copy the night into server A's show with plain SQL on a connection of its own (the bot's database is
    in WAL mode: it sees the rows once committed). Votes are reactions on one feed message per sighting."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("ATTACH DATABASE ? AS night", (str(night),))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            """INSERT INTO sightings(id, guild_id, show_id, reporter_id, reporter_name, what, people, other_names,
                   location, quote, headline, status, created_at, publish_at, corroborates)
               SELECT id, ?, ?, reporter_id, reporter_name, what, people, other_names, location, quote, headline,
                   status, created_at, publish_at, corroborates FROM night.night ORDER BY id""",
            (guild_id, show_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO sighting_people(sighting_id, show_id, name) "
            "SELECT sighting_id, ?, name FROM night.night_people",
            (show_id,),
        )
        conn.execute(
            "INSERT INTO feed_message_items(message_id, position, sighting_id) "
            f"SELECT {VOTE_MESSAGE_BASE} + id, 0, id FROM night.night"
        )
        conn.execute(
            f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
                INSERT INTO reactions(message_id, guild_id, user_id, emoji)
                SELECT {VOTE_MESSAGE_BASE} + s.id, ?, 5000 + n.i, '👍' FROM night.night s JOIN n ON n.i <= s.votes""",
            (guild_id,),
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE night")
        return int(conn.execute("SELECT COUNT(*) FROM sightings WHERE show_id = ?", (show_id,)).fetchone()[0])
    finally:
        conn.close()


# ---- the heavy commands ----


@dataclass(frozen=True)
class Heavy:
    name: str
    kind: str  # export, preview, import
    command: str
    options: dict[str, Any]
    what: str


def heavy_commands(roster: int) -> list[Heavy]:
    csv = roster_csv(big_roster(roster))
    exports = [
        Heavy(f"/digest export {fmt}", "export", "digest export", {"format": fmt}, f"{fmt}, article and timeline")
        for fmt in ("json", "html", "markdown")
    ]
    return [
        Heavy("/digest preview", "preview", "digest preview", {}, "five items"),
        *exports,
        Heavy(
            f"/roster import {roster:,}",
            "import",
            "roster import",
            {"file": Attachment("roster.csv", csv)},
            f"{roster:,} names, {len(csv) / 1024:.0f} KB",
        ),
    ]


def forget_files(room: BenchNewsroom) -> None:
    """Drop what the fake Discord keeps of the files it was sent (and its request log): they are in the bench's
    process, but they are not the bot's."""
    room.fake.requests.clear()
    room.fake.messages.uploads.clear()
    room.fake.messages.blobs.clear()


async def run_heavy(room: BenchNewsroom, probes: Probes, heavy: Heavy) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    forget_files(room)
    settle()
    reset_peak()
    probes.start()
    with Sampler() as sampler:
        await asyncio.sleep(LEAD_S)
        started = loop.time()
        result = await room.fake.slash(
            room.guild, room.editor, room.desk, heavy.command, timeout=COMMAND_TIMEOUT_S, **heavy.options
        )
        answer = await result.final(timeout=COMMAND_TIMEOUT_S)
        seconds = loop.time() - started
        await asyncio.sleep(LEAD_S)  # what the command leaves behind (a roster's matcher rebuilt) counts too
        ended = loop.time()
        sent = await probes.stop()
    during = [(due, r) for due, r in sent if started <= due <= ended]
    out: dict[str, Any] = {
        "seconds": seconds,
        "peak_rss_mb": sampler.peak,
        "bot_peak_rss_mb": own_peak_mb(),
        "worker_cpu_s": sampler.worker_cpu_s,
        "bot_cpu_s": sampler.own_cpu_s,
        "probes": figures(during),
    }
    content = str(answer.get("content") or "")
    if heavy.kind == "export":
        uploads = [u for u in room.fake.uploads if u.message_id is not None]
        if not uploads:
            raise AssertionError(f"{heavy.name} uploaded nothing: {content[:300]}")
        out["files"] = [f"{u.filename} {len(u.data) / (1024 * 1024):.1f} MB" for u in uploads]
        out["largest_file"] = max(len(u.data) for u in uploads)
        out["unpacked"] = sum(len(data) for u in uploads for data in unpack(u).values())
        out["upload_limit"] = room.fake.upload_limit
    elif heavy.kind != "export" and not content.startswith(("Imported", "**Preview**")):
        raise AssertionError(f"{heavy.name} failed: {content[:300]}")
    forget_files(room)
    settle()
    out["rss_after_mb"] = rss_mb()
    return out


async def baseline(probes: Probes) -> dict[str, Any]:
    probes.start()
    await asyncio.sleep(BASELINE_S)
    return figures(await probes.stop())


async def night(night_path: Path, db_path: Path, repeats: int, roster: int) -> dict[str, Any]:
    report: dict[str, Any] = {}
    async with newsroom(db_path, fake_options={"spec_path": None}) as room:
        await room.open_show()
        show = await room.services.shows.current(room.guild.id)
        assert show is not None
        other = second_server(room)
        await other.open_show()
        started = time.perf_counter()
        report["sightings"] = await asyncio.to_thread(load_night, db_path, night_path, room.guild.id, show.id)
        report["load_seconds"] = time.perf_counter() - started
        probes = Probes(other, other.correspondents(20))
        settle()
        report["rss_before_mb"] = rss_mb()
        before = await baseline(probes)
        phases = []
        for heavy in heavy_commands(roster):
            runs = [await run_heavy(room, probes, heavy) for _ in range(repeats)]
            phase: dict[str, Any] = {"name": heavy.name, "kind": heavy.kind, "what": heavy.what}
            phase["seconds"] = [r["seconds"] for r in runs]
            phase["peak_rss_mb"] = [r["peak_rss_mb"] for r in runs]
            phase["bot_peak_rss_mb"] = [r["bot_peak_rss_mb"] for r in runs]
            phase["worker_cpu_s"] = [r["worker_cpu_s"] for r in runs]
            phase["bot_cpu_s"] = [r["bot_cpu_s"] for r in runs]
            phase["rss_after_mb"] = [r["rss_after_mb"] for r in runs]
            phase["probes"] = {key: [r["probes"][key] for r in runs] for key in runs[0]["probes"]}
            for key in ("files", "upload_limit"):
                if key in runs[-1]:
                    phase[key] = runs[-1][key]
            for key in ("largest_file", "unpacked"):
                if key in runs[-1]:
                    phase[key] = [r[key] for r in runs] if key == "largest_file" else runs[-1][key]
            phases.append(phase)
        after = await baseline(probes)
        report["phases"] = phases
        report["baseline"] = {
            "p99_ms": [before["p99_ms"], after["p99_ms"]],
            "count": before["count"] + after["count"],
            "late": before["late"] + after["late"],
        }
        report["finished"] = datetime.now(UTC).isoformat()
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.b10_child")
    parser.add_argument("--night", type=Path, required=True, help="the night written by bench.b10_bignight")
    parser.add_argument("--db", type=Path, required=True, help="the SQLite file to create")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--roster", type=int, default=10_000)
    args = parser.parse_args(argv)
    quiet_logs()
    report = asyncio.run(night(args.night, args.db, args.repeats, args.roster))
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
