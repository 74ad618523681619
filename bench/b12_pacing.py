"""B12 — feed latency at 4 and 8 sightings/s in one channel, a lone sighting and a 100-sighting burst.

The fake Discord allows 5 requests per 5 s per channel (fixed windows, real rate-limit headers) and the bot runs
with the production feed linger (`BACKSTAGE_FEED_LINGER_MS` = 250). Every figure runs from a `/spot`'s dispatch
(when the fake sent the interaction) until the fake received the feed message that shows it (the earliest
accepted `POST` to the feed channel whose embeds carry the sighting's `#id`). Each scenario uses a fresh fake,
database and bot, so a fresh rate-limit window.

- **Steady rates.** Distinct sightings naming nobody (each its own feed item) from 20 correspondents for
  `seconds` at 4 and at 8 per second, dispatched evenly, and at random (a Poisson process with that rate, a
  fixed seed); p50 and p95 over every sighting. Every sighting must be in the feed exactly once, with no 429 and
  nothing the fake counts as a violation. Baseline, the ideal pacer for the same dispatch times: Discord's
  sustained rate is one message per `window / limit` (1 s), so one message every second, at the phase that
  gives the lowest p95 for these times, carrying everything dispatched since the previous one, plus the path
  below. (It ignores the 10-embed limit, so at random arrivals it is a little better than possible.)
- **The path** (measured, same run): a lone `/spot` with linger 0 into a fresh channel: everything but the
  linger (the interaction, the write, the publisher's wake-up, one request to Discord).
- **A lone sighting** with the production linger, against linger + that path.
- **Cosmetic edits beside the stream** (`b12_cosmetic`): the evenly paced rates again, with every third `/spot`
  a re-report ("also reported by") or with an editor marking key moments, against the plain stream.
- **A 100-sighting burst** over one second (as B3) until all are in the feed, against the platform limit:
  10 full messages, the first 5 at once and the next 5 one window later (5.0 s).
"""

from __future__ import annotations

import math
import random
import re
import statistics
from dataclasses import dataclass

from backstage_testing.fakediscord import FakeDiscord, InteractionResult
from bench.b3_burst import platform_limit
from bench.common import Row, percentile, row, scratch_dir, settle
from bench.harness import (
    PRODUCTION_LINGER_MS,
    BenchNewsroom,
    dispatch,
    dispatch_at,
    dispatch_over,
    newsroom,
    prepare_slash,
)
from bench.workload import untagged_spots

CHANNEL_LIMIT = (5, 5.0)
EMBEDS_PER_MESSAGE = 10
CORRESPONDENTS = 20
RATES = (4.0, 8.0)  # sightings per second
ARRIVALS = ("evenly", "at random")
SEED = 12
PHASES = 200  # phases of the ideal pacer tried
SECONDS = {False: 60.0, True: 12.0}  # full run, --quick
LONE_REPEATS = {False: 5, True: 2}
BURST = (100, 1.0)  # sightings, over seconds
BURST_REPEATS = {False: 3, True: 1}
P95_TARGET_S = 1.2
LONE_RATIO_TARGET = 1.05
BURST_RATIO_TARGET = 1.05
TIMEOUT_S = 120.0

POSTED = re.compile(r"Posted \*\*#(\d+)\*\*")
FOOTER_ID = re.compile(r"#(\d+)")


@dataclass(frozen=True)
class Outcome:
    latencies: list[float]  # per sighting, seconds
    dispatched: list[float]  # per sighting, loop time
    span: float  # from the first dispatch until the feed showed every sighting
    messages: int
    count_429: int


def shown_at(fake: FakeDiscord, channel_id: int) -> dict[int, list[float]]:
    """When each sighting reached the feed: the times of the accepted posts whose embeds carry its `#id`."""
    shown: dict[int, list[float]] = {}
    for request in fake.requests:
        if request.method != "POST" or request.path != f"/channels/{channel_id}/messages" or request.status != 200:
            continue
        for embed in (request.json or {}).get("embeds") or []:
            match = FOOTER_ID.match((embed.get("footer") or {}).get("text") or "")
            if match:
                shown.setdefault(int(match.group(1)), []).append(request.time)
    return shown


async def outcome_of(room: BenchNewsroom, results: list[InteractionResult]) -> Outcome:
    """Every /spot answered and its sighting in the feed once; the latency of each."""
    fake = room.fake
    await fake.wait_for(lambda: all(r.answered for r in results), TIMEOUT_S, "every /spot answered")
    ids = []
    for result in results:
        match = POSTED.search(result.content or "")
        if match is None:
            raise AssertionError(f"a /spot was refused: {result.content}")
        ids.append(int(match.group(1)))
    await fake.wait_for(
        lambda: set(ids) <= set(shown_at(fake, room.feed.id)) or None, TIMEOUT_S, "every sighting in the feed"
    )
    shown = shown_at(fake, room.feed.id)
    twice = [i for i, times in shown.items() if len(times) > 1]
    if twice:
        raise AssertionError(f"{len(twice)} sightings posted twice, e.g. #{twice[0]}")
    if fake.violations:
        raise AssertionError(f"the fake saw violations: {fake.violations[:3]}")
    dispatched = [r.dispatched_at for r in results if r.dispatched_at is not None]
    assert len(dispatched) == len(results)
    latencies = [shown[i][0] - at for i, at in zip(ids, dispatched, strict=True)]
    span = max(shown[i][0] for i in ids) - min(dispatched)
    return Outcome(latencies, dispatched, span, len(fake.channel_messages(room.feed.id)), fake.count_429)


def offsets(rate: float, seconds: float, arrivals: str) -> list[float]:
    """Dispatch times (seconds from the start): evenly, or a Poisson process of that rate (a fixed seed)."""
    if arrivals == "evenly":
        count = round(rate * seconds)
        return [seconds * i / count for i in range(count)]
    rng = random.Random(SEED)
    times, at = [], rng.expovariate(rate)
    while at < seconds:
        times.append(at)
        at += rng.expovariate(rate)
    return times


def ideal(dispatched: list[float], step: float) -> tuple[float, float]:
    """(p50, p95) of the waits under the ideal pacer: one message every `step` seconds, at the phase with the
    lowest p95, each carrying everything dispatched before it."""
    best: tuple[float, float] | None = None
    for k in range(PHASES):
        phase = step * k / PHASES
        waits = [phase + math.ceil((t - phase) / step) * step - t for t in dispatched]
        got = (percentile(waits, 50), percentile(waits, 95))
        if best is None or got[1] < best[1]:
            best = got
    assert best is not None
    return best


async def _steady(rate: float, seconds: float, arrivals: str) -> Outcome:
    times = offsets(rate, seconds, arrivals)
    with scratch_dir("b12") as tmp:
        async with newsroom(tmp / "b12.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            await room.open_show()
            settle()
            results = await dispatch_at(room, untagged_spots(len(times)), times, CORRESPONDENTS)
            return await outcome_of(room, results)


async def _lone(linger_ms: int) -> float:
    with scratch_dir("b12") as tmp:
        db = tmp / "b12.db"
        async with newsroom(
            db, fake_options={"channel_limit": CHANNEL_LIMIT}, BACKSTAGE_FEED_LINGER_MS=linger_ms
        ) as room:
            await room.open_show()
            settle()
            what = {"what": "A lone guest waves at the cameras from the balcony"}
            prepared = prepare_slash(room.fake, room.guild, room.amy, room.lobby, "spot", what)
            outcome = await outcome_of(room, [dispatch(room.fake, room.guild, prepared)])
            return outcome.latencies[0]


async def _burst() -> Outcome:
    count, spread = BURST
    with scratch_dir("b12") as tmp:
        async with newsroom(tmp / "b12.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            await room.open_show()
            settle()
            return await outcome_of(room, await dispatch_over(room, untagged_spots(count), spread, CORRESPONDENTS))


def _steady_rows(rate: float, seconds: float, arrivals: str, outcome: Outcome, path: float) -> list[Row]:
    step = CHANNEL_LIMIT[1] / CHANNEL_LIMIT[0]
    count = len(outcome.latencies)
    p50, p95 = percentile(outcome.latencies, 50), percentile(outcome.latencies, 95)
    ideal50, ideal95 = ideal(outcome.dispatched, step)
    what = f"{count} sightings {arrivals} at {rate:g}/s for {seconds:g} s"
    note = (
        f"{what}; {outcome.messages} messages (every message full: {math.ceil(count / EMBEDS_PER_MESSAGE)}), "
        f"{outcome.count_429} × 429, worst {max(outcome.latencies):.2f} s; baseline: the ideal pacer (one "
        f"message every {step:g} s at its best phase) for the same dispatch times, plus the path {path * 1000:.0f} ms"
    )
    figure = f"feed latency, {rate:g} sightings/s {arrivals}"
    return [
        row("B12", f"{figure}, p50", [p50], "s", baseline=ideal50 + path),
        row(
            "B12",
            f"{figure}, p95",
            [p95],
            "s",
            baseline=ideal95 + path,
            target=f"≤ {P95_TARGET_S:g} s, 0 × 429",
            met=p95 <= P95_TARGET_S and outcome.count_429 == 0,
            note=note,
        ),
    ]


async def run(quick: bool) -> list[Row]:
    """Measure and return B12's rows."""
    from bench.b12_cosmetic import cosmetic_rows  # it builds on this module's streams

    paths = [await _lone(0) for _ in range(LONE_REPEATS[quick])]
    path = statistics.median(paths)
    lone = [await _lone(PRODUCTION_LINGER_MS) for _ in range(LONE_REPEATS[quick])]
    rows: list[Row] = []
    evenly: dict[float, Outcome] = {}  # the same-run baselines of the streams with cosmetic edits
    for arrivals in ARRIVALS:
        for rate in RATES:
            outcome = await _steady(rate, SECONDS[quick], arrivals)
            rows.extend(_steady_rows(rate, SECONDS[quick], arrivals, outcome, path))
            if arrivals == "evenly":
                evenly[rate] = outcome
    floor = PRODUCTION_LINGER_MS / 1000 + path
    rows.append(
        row(
            "B12",
            "a lone sighting → in the feed",
            lone,
            "s",
            baseline=floor,
            target=f"≤ {LONE_RATIO_TARGET:g}× (linger + path)",
            met=statistics.median(lone) <= LONE_RATIO_TARGET * floor,
            note=f"median of {len(lone)}, a fresh channel each; baseline: linger {PRODUCTION_LINGER_MS} ms + the path "
            f"(the same /spot with linger 0, median of {len(paths)}: {', '.join(f'{p * 1000:.0f}' for p in paths)} ms)",
        )
    )
    rows.extend(await cosmetic_rows(SECONDS[quick], evenly))
    bursts = [await _burst() for _ in range(BURST_REPEATS[quick])]
    limit = platform_limit(BURST[0], EMBEDS_PER_MESSAGE, CHANNEL_LIMIT)
    seconds = [o.span for o in bursts]
    total_429 = sum(o.count_429 for o in bursts)
    rows.append(
        row(
            "B12",
            f"{BURST[0]} sightings over {BURST[1]:g} s → all in the feed",
            seconds,
            "s",
            baseline=limit,
            target=f"≤ {BURST_RATIO_TARGET:g}× platform limit, 0 × 429",
            met=statistics.median(seconds) <= BURST_RATIO_TARGET * limit and total_429 == 0,
            note=f"messages {', '.join(str(o.messages) for o in bursts)}, {total_429} × 429; baseline: "
            f"⌈{BURST[0]}/{EMBEDS_PER_MESSAGE}⌉ messages at {CHANNEL_LIMIT[0]} per {CHANNEL_LIMIT[1]:g} s, "
            f"the first {CHANNEL_LIMIT[0]} at once",
        )
    )
    return rows
