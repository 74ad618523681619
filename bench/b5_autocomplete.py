"""B5 — `who` autocomplete with a 10,000-name roster: the service alone, and through the fake Discord.

The prefixes are what correspondents type: every keystroke of a roster name or alias (up to 14
characters), a second name after a comma ("Velmar Castis, Dra"), and typos (one letter changed) that find
no prefix and fall back to fuzzy matching.
- service: `bot.tagging.complete_who` on a `Roster` of the 10,000 names, called directly (p99 per repeat);
- harness: the same prefixes as autocomplete interactions on `/spot who`, the roster loaded with
  `/roster import` (a CSV attachment), one keystroke at a time, interleaved with the bench-only no-op
  autocomplete `/ping echo` (answers nothing: the baseline) and `/ping echo25` (answers 25 fixed choices:
  shows what the size of the answer alone costs), p99 of each per repeat.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass, field

from backstage_testing.fakediscord import Attachment, InteractionResult
from bench.common import Row, ms, percentile, row, scratch_dir, settle
from bench.harness import BenchNewsroom, newsroom
from bench.workload import big_roster, roster_csv
from bot.models import RosterEntry
from bot.tagging import Roster, complete_who

ROSTER_SIZE = 10_000
SERVICE_TARGET_MS = 5.0
HARNESS_RATIO_TARGET = 2.0
MAX_TYPED = 14


@dataclass(frozen=True)
class Plan:
    typed_names: int  # names whose keystrokes are replayed
    harness_prefixes: int
    repeats: int


FULL = Plan(typed_names=120, harness_prefixes=300, repeats=5)
QUICK = Plan(typed_names=30, harness_prefixes=100, repeats=2)


def keystrokes(roster: list[tuple[str, tuple[str, ...]]], names: int, seed: int = 5) -> list[str]:
    """What `who` holds after each keystroke while typing `names` roster names (some after a comma,
    some with a typo)."""
    rng = random.Random(seed)
    typed: list[str] = []
    for _ in range(names):
        name, aliases = rng.choice(roster)
        label = rng.choice((name, *aliases))[:MAX_TYPED]
        roll = rng.random()
        if roll < 0.15:  # a typo: the letter after the first three is wrong
            at = min(3, len(label) - 1)
            label = label[:at] + ("q" if label[at] != "q" else "z") + label[at + 1 :]
        head = f"{rng.choice(roster)[0]}, " if 0.15 <= roll < 0.35 else ""
        typed.extend(head + label[:i] for i in range(1, len(label) + 1))
    return typed


def _entries(rows: list[tuple[str, tuple[str, ...]]]) -> list[RosterEntry]:
    return [RosterEntry(id=i + 1, guild_id=1, name=n, aliases=a) for i, (n, a) in enumerate(rows)]


def service_p99s(roster: Roster, prefixes: list[str], repeats: int) -> list[float]:
    """p99 (ms) of `complete_who` over the prefixes, once per repeat."""
    out = []
    for _ in range(repeats):
        settle()
        durations = []
        for prefix in prefixes:
            started = time.perf_counter()
            complete_who(roster, prefix)
            durations.append(time.perf_counter() - started)
        out.append(ms(percentile(durations, 99)))
    return out


async def _import(room: BenchNewsroom, rows: list[tuple[str, tuple[str, ...]]]) -> None:
    result = await room.slash(room.editor, "roster import", file=Attachment("roster.csv", roster_csv(rows), "text/csv"))
    message = await result.final(timeout=60)
    if "Imported" not in (message.get("content") or ""):
        raise AssertionError(f"/roster import failed: {message.get('content')}")


async def _who(room: BenchNewsroom, prefix: str) -> InteractionResult:
    return await room.fake.autocomplete_result(room.guild, room.amy, room.lobby, "spot", focused="who", who=prefix)


async def _ping(room: BenchNewsroom, prefix: str, option: str = "echo") -> InteractionResult:
    return await room.fake.autocomplete_result(
        room.guild, room.amy, room.lobby, "ping", focused=option, options={option: prefix}
    )


def _elapsed(result: InteractionResult) -> float:
    if result.elapsed is None or result.type != 8:
        raise AssertionError(f"{result.label} got no autocomplete result (status {result.status})")
    return result.elapsed


@dataclass
class HarnessRuns:
    """Per repeat p99 (ms) of each autocomplete, and the first (cold) `who` latency (ms)."""

    who: list[float] = field(default_factory=list)
    ping: list[float] = field(default_factory=list)
    ping25: list[float] = field(default_factory=list)
    cold_ms: float = 0.0


async def harness_runs(rows: list[tuple[str, tuple[str, ...]]], prefixes: list[str], repeats: int) -> HarnessRuns:
    """`/spot who`, `/ping echo` and `/ping echo25` keystroke by keystroke, interleaved."""
    out = HarnessRuns()
    with scratch_dir("b5") as tmp:
        async with newsroom(tmp / "b5.db") as room:
            await room.configure()
            await _import(room, rows)
            out.cold_ms = ms(_elapsed(await _who(room, "a")))
            for _ in range(repeats):
                settle()
                who, ping, ping25 = [], [], []
                for prefix in prefixes:
                    ping.append(_elapsed(await _ping(room, prefix)))
                    who.append(_elapsed(await _who(room, prefix)))
                    ping25.append(_elapsed(await _ping(room, prefix, "echo25")))
                out.who.append(ms(percentile(who, 99)))
                out.ping.append(ms(percentile(ping, 99)))
                out.ping25.append(ms(percentile(ping25, 99)))
            if room.fake.violations:
                raise AssertionError(f"the fake saw violations: {room.fake.violations[:3]}")
    return out


async def run(quick: bool) -> list[Row]:
    """Measure and return B5's rows."""
    plan = QUICK if quick else FULL
    rows = big_roster(ROSTER_SIZE)
    prefixes = keystrokes(rows, plan.typed_names)

    started = time.perf_counter()
    roster = Roster(_entries(rows))
    build_ms = ms(time.perf_counter() - started)
    service = service_p99s(roster, prefixes, plan.repeats)

    sample = random.Random(9).sample(prefixes, min(plan.harness_prefixes, len(prefixes)))
    runs = await harness_runs(rows, sample, plan.repeats)
    service_median = statistics.median(service)
    harness, floor = statistics.median(runs.who), statistics.median(runs.ping)
    return [
        row(
            "B5",
            "service p99 (complete_who)",
            service,
            "ms",
            target=f"≤ {SERVICE_TARGET_MS:g} ms",
            met=service_median <= SERVICE_TARGET_MS,
            note=f"{ROSTER_SIZE:,} names; {len(prefixes)} keystrokes typing {plan.typed_names} names "
            "(20% after a comma, 15% with a typo)",
        ),
        row(
            "B5",
            "harness p99 (/spot who)",
            runs.who,
            "ms",
            baseline=floor,
            target=f"≤ {HARNESS_RATIO_TARGET:g}× /ping echo",
            met=harness <= HARNESS_RATIO_TARGET * floor,
            note=f"{len(sample)} keystrokes; baseline: the no-op autocomplete /ping echo, interleaved with them",
        ),
        row(
            "B5",
            "harness p99 (/ping echo25)",
            runs.ping25,
            "ms",
            baseline=floor,
            note="informative: a no-op answering 25 fixed choices (as many as who shows), same keystrokes",
        ),
        row(
            "B5",
            "first who after /roster import",
            [runs.cold_ms],
            "ms",
            note="informative: the first keystroke right after the import's reply, while the matcher for the new "
            "roster is being (re)built",
        ),
        row("B5", "Roster() build (service)", [build_ms], "ms"),
    ]
