"""B3 — a burst of sightings until every one is in the feed, against the platform limit.

The fake Discord allows 5 messages per 5 s per channel (fixed windows, real rate-limit headers) and the bot
runs with the production feed linger (`BACKSTAGE_FEED_LINGER_MS` = 250). `/spot`s from 20 correspondents
are dispatched evenly over the burst; the clock runs from the first dispatch until the feed channel shows
every feed item (then the outbox must drain too: no edit is left behind). The baseline is what the
platform allows at best: n feed items at 10 embeds per message are ⌈n/10⌉ messages; the first 5 go at
once and each next 5 one window later (100 items: 10 messages, about 5 s). Each repeat uses a fresh fake,
database and bot (so fresh rate-limit windows).

Two scenarios:
- the issue's: 100 distinct sightings naming nobody, over one second (5 repeats);
- a rush with re-reports (full run only, one repeat): 400 sightings of an invented night over 4 s, tagged
  from the roster, so that near-identical reports of the same people become corroborations (“also reported
  by”: an edit of the original's feed message instead of a new item). The feed items are the sightings
  that are not corroborations.
"""

from __future__ import annotations

import asyncio
import math
import statistics
from dataclasses import dataclass

from backstage_testing.pytest_plugin import eventually
from bench.common import Row, row, scratch_dir, settle
from bench.harness import BenchNewsroom, dispatch_over, newsroom
from bench.workload import SpotInput, night_spots, untagged_spots

CORRESPONDENTS = 20
EMBEDS_PER_MESSAGE = 10
CHANNEL_LIMIT = (5, 5.0)
RATIO_TARGET = 1.5
DRAIN_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class Scenario:
    name: str
    short: str
    sightings: int
    spread: float  # seconds over which the /spots are dispatched
    tagged: bool  # drawn from an invented night with its roster (re-reports become corroborations)
    repeats_full: int
    repeats_quick: int


ISSUE = Scenario(
    "100 sightings → all in the feed", "100 sightings", 100, 1.0, tagged=False, repeats_full=5, repeats_quick=1
)
RUSH = Scenario(
    "rush with re-reports → all in the feed", "rush", 400, 4.0, tagged=True, repeats_full=1, repeats_quick=0
)


def platform_limit(items: int, per_message: int, limit: tuple[int, float]) -> float:
    """Seconds the platform needs at best: full messages, `limit[0]` per window, the first window at once."""
    messages = math.ceil(items / per_message)
    windows = math.ceil(messages / limit[0])
    return (windows - 1) * limit[1]


@dataclass(frozen=True)
class Outcome:
    seconds: float
    items: int  # sightings that are feed items of their own (not corroborations)
    messages: int
    count_429: int


async def _outbox_empty(room: BenchNewsroom) -> bool:
    waiting, failed = await room.services.outbox.backlog(room.guild.id)
    if failed:
        raise AssertionError(f"{failed} feed batches failed")
    if await room.services.feed_health.paused(room.guild.id):
        raise AssertionError("a feed channel was paused")
    return waiting == 0


async def _once(scenario: Scenario, spots: list[SpotInput], roster: list[str]) -> Outcome:
    with scratch_dir("b3") as tmp:
        async with newsroom(tmp / "b3.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            await room.open_show()
            await room.load_roster([(name, ()) for name in roster])
            settle()
            results = await dispatch_over(room, spots, scenario.spread, CORRESPONDENTS)
            await room.fake.wait_for(lambda: all(r.answered for r in results), 60, "every /spot answered")
            refused = [r.content for r in results if "Posted" not in (r.content or "")]
            if refused:
                raise AssertionError(f"{len(refused)} /spot refused, e.g. {refused[0]}")
            items = sum(1 for r in results if "corroboration" not in (r.content or ""))
            await room.wait_feed(items, timeout=DRAIN_TIMEOUT_S)
            first = min(r.dispatched_at for r in results if r.dispatched_at is not None)
            seconds = asyncio.get_running_loop().time() - first
            await eventually(lambda: _outbox_empty(room), timeout=DRAIN_TIMEOUT_S, what="the outbox to drain")
            shown = len(room.feed_embeds())
            if shown != items:
                raise AssertionError(f"the feed shows {shown} sightings, not {items}")
            if room.fake.violations:
                raise AssertionError(f"the fake saw violations: {room.fake.violations[:3]}")
            messages = len(room.fake.channel_messages(room.feed.id))
            return Outcome(seconds, items, messages, room.fake.count_429)


def _rows(scenario: Scenario, outcomes: list[Outcome]) -> list[Row]:
    items = statistics.median(o.items for o in outcomes)
    floor = platform_limit(round(items), EMBEDS_PER_MESSAGE, CHANNEL_LIMIT)
    seconds = [o.seconds for o in outcomes]
    total_429 = sum(o.count_429 for o in outcomes)
    median = statistics.median(seconds)
    limit_text = f"{CHANNEL_LIMIT[0]} per {CHANNEL_LIMIT[1]:g} s"
    what = f"{scenario.sightings} sightings over {scenario.spread:g} s"
    if scenario.tagged:
        what += f", {scenario.sightings - items:.0f} of them corroborations"
    return [
        row(
            "B3",
            scenario.name,
            seconds,
            "s",
            baseline=floor,
            target=f"≤ {RATIO_TARGET:g}× platform limit, 0 × 429",
            met=median <= RATIO_TARGET * floor and total_429 == 0,
            note=f"{what}; linger 250 ms; baseline: {items:.0f} feed items in ⌈{items:.0f}/{EMBEDS_PER_MESSAGE}⌉ "
            f"messages at {limit_text}, the first {CHANNEL_LIMIT[0]} at once",
        ),
        row(
            "B3",
            f"{scenario.short}: 429 responses (all repeats)",
            [float(o.count_429) for o in outcomes],
            "count",
            value=float(total_429),
            target="0",
            met=total_429 == 0,
        ),
        row(
            "B3",
            f"{scenario.short}: feed messages used",
            [float(o.messages) for o in outcomes],
            "messages",
            baseline=float(math.ceil(items / EMBEDS_PER_MESSAGE)),
            note="baseline: every message full (10 embeds)",
        ),
    ]


async def run(quick: bool) -> list[Row]:
    """Measure and return B3's rows."""
    rows: list[Row] = []
    for scenario in (ISSUE, RUSH):
        repeats = scenario.repeats_quick if quick else scenario.repeats_full
        if repeats == 0:
            continue
        if scenario.tagged:
            spots, roster = night_spots(scenario.sightings)
        else:
            spots, roster = untagged_spots(scenario.sightings), []
        outcomes = [await _once(scenario, spots, roster) for _ in range(repeats)]
        rows.extend(_rows(scenario, outcomes))
    return rows
