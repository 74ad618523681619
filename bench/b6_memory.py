"""B6 — peak memory (RSS) of the bot process through a night of 10,000 sightings.

The night (`synthetic_night(n, seed)`: who, what, where, quote, reporter and time) is written to a temporary
JSON-lines file here, so that generating it is not charged to the bot; each repeat then runs
`python -m bench.b6_child` in a fresh interpreter (see that module) and reads the peak RSS it reports.

The full run makes one night only: with the feed as it is, one 10,000-sighting night takes about four
minutes on 2 cores (the outbox drains ~30 messages a second, see the final report), and a process's peak
RSS varies far less between runs than a latency does (within ~2 MB here).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import Row, row, scratch_dir
from bot.digest.synthetic import synthetic_night

TARGET_MB = 150.0
PROJECT_ROOT = Path(__file__).resolve().parents[1]
CHILD_TIMEOUT_S = 900.0


@dataclass(frozen=True)
class Plan:
    sightings: int
    repeats: int


FULL = Plan(sightings=10_000, repeats=1)  # one night takes ~4 min on 2 cores (see the module docstring)
QUICK = Plan(sightings=1_000, repeats=1)


def write_night(count: int, seed: int, folder: Path) -> tuple[Path, Path]:
    """The night as JSON lines (one /spot each, `at` in seconds from the start) and its meta file."""
    show, sightings = synthetic_night(count, seed)
    night = folder / "night.jsonl"
    with night.open("w", encoding="utf-8") as out:
        for s in sightings:
            item = {
                "what": s.what[:1000],
                "who": ", ".join(s.people) or None,
                "where": s.where,
                "quote": s.quote[:1000] if s.quote else None,
                "reporter": [s.reporter.id, s.reporter.name],
                "at": (s.created_at - show.opened_at).total_seconds(),
            }
            out.write(json.dumps(item) + "\n")
    duration = max(((s.created_at - show.opened_at).total_seconds() for s in sightings), default=0.0)
    meta = folder / "meta.json"
    roster = sorted({p for s in sightings for p in s.people})
    meta.write_text(json.dumps({"roster": roster, "duration": duration}), encoding="utf-8")
    return night, meta


async def run_child(night: Path, meta: Path, db: Path) -> dict[str, Any]:
    """One night in `python -m bench.b6_child`; its JSON report."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.b6_child",
        "--night",
        str(night),
        "--meta",
        str(meta),
        "--db",
        str(db),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=PROJECT_ROOT,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), CHILD_TIMEOUT_S)
    if process.returncode != 0:
        raise RuntimeError(f"bench.b6_child failed ({process.returncode}):\n{stderr.decode()[-3000:]}")
    report: dict[str, Any] = json.loads(stdout.decode().strip().splitlines()[-1])
    return report


async def run(quick: bool) -> list[Row]:
    """Measure and return B6's rows."""
    plan = QUICK if quick else FULL
    reports = []
    with scratch_dir("b6") as tmp:
        night, meta = write_night(plan.sightings, seed=7, folder=tmp)
        for i in range(plan.repeats):
            reports.append(await run_child(night, meta, tmp / f"night-{i}.db"))

    def runs(key: str) -> list[float]:
        return [float(r[key]) for r in reports]

    peak = statistics.median(runs("after_digest_mb"))
    messages = statistics.median(runs("feed_messages"))
    failed = [str(r["digest_error"]) for r in reports if "digest_error" in r]
    digest_note = f"; /digest preview FAILED in {len(failed)} run(s): {failed[0]}" if failed else ""
    return [
        row(
            "B6",
            f"peak RSS, {plan.sightings:,}-sighting night",
            runs("after_digest_mb"),
            "MB",
            baseline=statistics.median(runs("after_start_mb")),
            target=f"≤ {TARGET_MB:g} MB",
            met=peak <= TARGET_MB,
            note=f"baseline: peak RSS once the bot is up (idle); night = posts, {messages:.0f} feed messages, "
            "then /digest preview; the fake Discord runs in the same process" + digest_note,
        ),
        row("B6", "peak RSS before /digest preview", runs("after_night_mb"), "MB"),
        row("B6", "peak RSS after imports", runs("after_imports_mb"), "MB"),
        row(
            "B6",
            "fake Discord's message store (in the figure)",
            runs("fake_messages_mb"),
            "MB",
            note="approximate heap size of the feed messages the fake keeps; part of the peak, not the bot's",
        ),
        row(
            "B6",
            "night duration (posts + feed)",
            runs("night_seconds"),
            "s",
            note="informative: the child posts through SightingService.post, one sighting after another",
        ),
    ]
