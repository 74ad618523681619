"""B10 — a 100,000-sighting night in one server: `/digest export` and `/digest preview` run there, and a
10,000-name `/roster import`, while `/spot` probes arrive in another server.

The night (`synthetic_night(n, seed)`, shifted so that it ends now, with its tags and its votes as feed
reactions) is written here to a small SQLite file, so that generating it is charged neither to the bot nor
to its memory; `python -m bench.b10_child` (see that module) then runs the bot and the fake Discord in a
fresh interpreter, loads the night into server A with plain SQL, and reports every figure as JSON.

Probes: one `/spot` every 100 ms in server B, open loop (each is due at its time whatever the bot is doing;
one blocked event loop holds the fake Discord too, so a probe's latency runs from when it was due, not from
when the fake managed to send it). A probe is late when its answer came more than 3 s after it was due
(Discord's deadline). Baseline, same run: the probes alone, before and after the heavy commands.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import statistics
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import Row, row, scratch_dir
from bot.digest.synthetic import CLOSED_AT, synthetic_night

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CHILD_TIMEOUT_S = 1800.0
P99_TARGET_MS = 500.0
PREVIEW_RSS_TARGET_MB = 250.0
EXPORT_TARGET_S = 3.0


@dataclass(frozen=True)
class Plan:
    sightings: int
    repeats: int
    roster: int


FULL = Plan(sightings=100_000, repeats=3, roster=10_000)
QUICK = Plan(sightings=10_000, repeats=1, roster=2_000)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat(timespec="microseconds")


def write_night(count: int, seed: int, path: Path) -> None:
    """The night as rows of the `sightings` table (times shifted so that the show closes now), its tags and
    each sighting's vote count."""
    _, sightings = synthetic_night(count, seed)
    shift = datetime.now(UTC) - CLOSED_AT
    with sqlite3.connect(path) as conn:
        conn.execute(
            """CREATE TABLE night(id INTEGER PRIMARY KEY, reporter_id, reporter_name, what, people, other_names,
                location, quote, headline, status, created_at, publish_at, corroborates, votes)"""
        )
        conn.execute("CREATE TABLE night_people(sighting_id, name)")
        conn.executemany(
            "INSERT INTO night VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    s.id,
                    s.reporter.id,
                    s.reporter.name,
                    s.what,
                    json.dumps(list(s.people), ensure_ascii=False),
                    json.dumps(list(s.other_names), ensure_ascii=False),
                    s.where,
                    s.quote,
                    s.headline,
                    s.status.value,
                    _iso(s.created_at + shift),
                    _iso(s.publish_at + shift if s.publish_at else None),
                    s.corroborates,
                    s.votes,
                )
                for s in sightings
            ),
        )
        tags = ((s.id, name) for s in sightings for name in (*s.people, *s.other_names))
        conn.executemany("INSERT INTO night_people VALUES (?, ?)", tags)


async def run_child(night: Path, db: Path, plan: Plan) -> dict[str, Any]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.b10_child",
        "--night",
        str(night),
        "--db",
        str(db),
        "--repeats",
        str(plan.repeats),
        "--roster",
        str(plan.roster),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=PROJECT_ROOT,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), CHILD_TIMEOUT_S)
    if process.returncode != 0:
        raise RuntimeError(f"bench.b10_child failed ({process.returncode}):\n{stderr.decode()[-4000:]}")
    report: dict[str, Any] = json.loads(stdout.decode().strip().splitlines()[-1])
    return report


def _mb(size: float) -> float:
    return size / (1024 * 1024)


def _rows(report: dict[str, Any], plan: Plan) -> list[Row]:
    base = report["baseline"]
    base_p99 = statistics.median(base["p99_ms"])
    rows = [
        row(
            "B10",
            "/spot in server B, probes alone: p99",
            base["p99_ms"],
            "ms",
            note=f"{base['count']} probes (one every 100 ms) before and after the heavy commands; late: {base['late']}",
        )
    ]
    size = f"{plan.sightings:,}"
    for phase in report["phases"]:
        name, probes = phase["name"], phase["probes"]
        late = sum(probes["late"])
        rows.append(
            row(
                "B10",
                f"/spot in B during {name}: p99",
                probes["p99_ms"],
                "ms",
                baseline=base_p99,
                target=f"≤ {P99_TARGET_MS:g} ms, none late",
                met=statistics.median(probes["p99_ms"]) <= P99_TARGET_MS and late == 0,
                note=f"{phase['what']}; {sum(probes['count'])} probes while it ran, {late} late (> 3 s), "
                f"worst {max(probes['max_ms']):.0f} ms",
            )
        )
        cpu = (
            f"CPU meanwhile: the worker process {statistics.median(phase['worker_cpu_s']):.2f} s, the bench's "
            f"process (bot, fake Discord, probes) {statistics.median(phase['bot_cpu_s']):.2f} s"
        )
        if phase["kind"] == "export":
            rows.append(
                row(
                    "B10",
                    f"{name}: time to the file",
                    phase["seconds"],
                    "s",
                    target=f"≤ {EXPORT_TARGET_S:g} s",
                    met=statistics.median(phase["seconds"]) <= EXPORT_TARGET_S,
                    note=f"{size} sightings; dispatch → the reply with the file; {cpu}",
                )
            )
            limit = phase["upload_limit"]
            biggest = max(phase["largest_file"])
            rows.append(
                row(
                    "B10",
                    f"{name}: largest file uploaded",
                    [_mb(b) for b in phase["largest_file"]],
                    "MB",
                    target=f"≤ {_mb(limit):.0f} MB (the upload limit)",
                    met=biggest <= limit,
                    note=f"files: {phase['files']}; unpacked {_mb(phase['unpacked']):.1f} MB",
                )
            )
        else:
            rows.append(row("B10", f"{name}: time to the answer", phase["seconds"], "s", note=cpu))
        target = PREVIEW_RSS_TARGET_MB if phase["kind"] == "preview" else None
        rows.append(
            row(
                "B10",
                f"{name}: peak RSS, bot and its workers",
                phase["peak_rss_mb"],
                "MB",
                baseline=report["rss_before_mb"],
                target="—" if target is None else f"≤ {target:g} MB",
                met=None if target is None else statistics.median(phase["peak_rss_mb"]) <= target,
                note="PSS summed over the bench's process (bot and fake Discord) and the processes it started, "
                "sampled every 20 ms; baseline: the same before the commands; held "
                f"afterwards {statistics.median(phase['rss_after_mb']):.0f} MB",
            )
        )
        rows.append(row("B10", f"{name}: peak RSS, bot process alone", phase["bot_peak_rss_mb"], "MB"))
    return rows


async def run(quick: bool) -> list[Row]:
    """Measure and return B10's rows."""
    plan = QUICK if quick else FULL
    with scratch_dir("b10") as tmp:
        night = tmp / "night.sqlite"
        await asyncio.to_thread(write_night, plan.sightings, 7, night)
        report = await run_child(night, tmp / "b10.db", plan)
    return _rows(report, plan)
