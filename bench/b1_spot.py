"""B1 — `/spot` initial-response latency through the fake Discord, against a no-op `/ping`.

Each repeat starts a fresh fake Discord, database and bot, opens a show with the night's roster, then
1. sequential: `/ping` and `/spot` alternately, one at a time (median of each);
2. burst: an unmeasured `/ping` burst (so discord.py's connection pool is warm for both), then all `/ping`s
   from the correspondents dispatched at once, answered, then all `/spot`s the same way (p99 of each).
Latency is `InteractionResult.elapsed`: the fake's clock from sending INTERACTION_CREATE to receiving the
initial callback POST. The figure is the median over repeats; the baseline is `/ping` in the same repeats.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from backstage_testing.fakediscord import InteractionResult
from bench.common import Row, ms, percentile, row, scratch_dir, settle
from bench.harness import BenchNewsroom, burst, latencies, newsroom, prepare_slash
from bench.workload import SpotInput, night_spots

SEQ_TARGET_MS = 3.0
BURST_RATIO_TARGET = 2.0
BURST_ABSOLUTE_TARGET_MS = 1000.0
WARMUP = 10


@dataclass(frozen=True)
class Sizes:
    sequential: int
    burst: int
    correspondents: int
    repeats: int


FULL = Sizes(sequential=200, burst=200, correspondents=50, repeats=5)
QUICK = Sizes(sequential=40, burst=50, correspondents=20, repeats=2)


@dataclass
class Repeat:
    """Latencies (seconds) of one repeat."""

    ping_seq: list[float] = field(default_factory=list)
    spot_seq: list[float] = field(default_factory=list)
    ping_burst: list[float] = field(default_factory=list)
    spot_burst: list[float] = field(default_factory=list)


async def _sequential(room: BenchNewsroom, spots: list[SpotInput], out: Repeat) -> None:
    member = room.amy
    for i, spot in enumerate(spots):
        ping = await room.slash(member, "ping", channel=room.lobby)
        answer = await room.slash(member, "spot", channel=room.lobby, **spot.options())
        if "Posted" not in (answer.content or ""):
            raise AssertionError(f"/spot was refused: {answer.content}")
        if i >= WARMUP:
            out.ping_seq.extend(latencies([ping]))
            out.spot_seq.extend(latencies([answer]))


async def _burst(room: BenchNewsroom, spots: list[SpotInput], correspondents: int) -> tuple[list[float], list[float]]:
    fake, guild = room.fake, room.guild
    members = room.correspondents(correspondents)

    def pings() -> list[InteractionResult]:
        return [
            prepare_slash(fake, guild, members[i % len(members)], room.lobby, "ping", {}) for i in range(len(spots))
        ]

    await burst(fake, guild, pings(), timeout=30)  # unmeasured: fills discord.py's connection pool for both
    ping_sent = pings()
    await burst(fake, guild, ping_sent, timeout=30)
    spots_sent = [
        prepare_slash(fake, guild, members[i % len(members)], room.lobby, "spot", spot.options())
        for i, spot in enumerate(spots)
    ]
    await burst(fake, guild, spots_sent, timeout=30)
    refused = [r.content for r in spots_sent if "Posted" not in (r.content or "")]
    if refused:
        raise AssertionError(f"{len(refused)} /spot refused in the burst, e.g. {refused[0]}")
    return latencies(ping_sent), latencies(spots_sent)


async def _repeat(sizes: Sizes, spots: list[SpotInput], roster: list[str]) -> Repeat:
    out = Repeat()
    with scratch_dir("b1") as tmp:
        async with newsroom(tmp / "b1.db") as room:
            await room.open_show()
            await room.load_roster([(name, ()) for name in roster])
            settle()
            await _sequential(room, spots[: sizes.sequential + WARMUP], out)
            burst_spots = spots[sizes.sequential + WARMUP :][: sizes.burst]
            out.ping_burst, out.spot_burst = await _burst(room, burst_spots, sizes.correspondents)
            if room.fake.violations:
                raise AssertionError(f"the fake saw violations: {room.fake.violations[:3]}")
    return out


async def run(quick: bool) -> list[Row]:
    """Measure and return B1's rows."""
    sizes = QUICK if quick else FULL
    spots, roster = night_spots(sizes.sequential + WARMUP + sizes.burst)
    repeats = [await _repeat(sizes, spots, roster) for _ in range(sizes.repeats)]

    seq = [ms(statistics.median(r.spot_seq)) for r in repeats]
    seq_base = [ms(statistics.median(r.ping_seq)) for r in repeats]
    p99 = [ms(percentile(r.spot_burst, 99)) for r in repeats]
    p99_base = [ms(percentile(r.ping_burst, 99)) for r in repeats]
    p50 = [ms(statistics.median(r.spot_burst)) for r in repeats]
    p50_base = [ms(statistics.median(r.ping_burst)) for r in repeats]
    seq_p99 = [ms(percentile(r.spot_seq, 99)) for r in repeats]
    seq_p99_base = [ms(percentile(r.ping_seq, 99)) for r in repeats]
    burst_p99, burst_base = statistics.median(p99), statistics.median(p99_base)
    what = f"{sizes.burst} /spot from {sizes.correspondents} correspondents at once"
    return [
        row(
            "B1",
            "/spot sequential median",
            seq,
            "ms",
            baseline=statistics.median(seq_base),
            target=f"≤ {SEQ_TARGET_MS:g} ms",
            met=statistics.median(seq) <= SEQ_TARGET_MS,
            note=f"{sizes.sequential} /spot one at a time; baseline: /ping (no-op) alternating with them",
        ),
        row("B1", "/spot sequential p99", seq_p99, "ms", baseline=statistics.median(seq_p99_base)),
        row(
            "B1",
            "/spot burst p99",
            p99,
            "ms",
            baseline=burst_base,
            target=f"≤ {BURST_RATIO_TARGET:g}× /ping and < {BURST_ABSOLUTE_TARGET_MS:g} ms",
            met=burst_p99 <= BURST_RATIO_TARGET * burst_base and burst_p99 < BURST_ABSOLUTE_TARGET_MS,
            note=f"{what}; baseline: {sizes.burst} /ping dispatched the same way just before",
        ),
        row("B1", "/spot burst median", p50, "ms", baseline=statistics.median(p50_base)),
    ]
