"""B12, cosmetic edits beside a steady stream: the same feed latency as B12's steady rates (evenly, 5 requests per
5 s, production linger) while the channel also owes edits that only make the feed look better.

- **Re-reports.** Every third `/spot` is a second correspondent's report of the sighting dispatched two before
  it (the same person, on the roster, in the same words): it is stored as a corroboration and credited on the
  original's feed item ("also reported by"), one edit of that item's message. Latency over the new items only.
- **Key-moment marks.** The show's feed has its pinned "Key moments so far" message, and an editor marks the
  newest sighting in the feed as a key moment every `MARK_EVERY_S` while the stream runs: each mark changes that
  message (one edit may show several marks).

Baseline: the plain stream at the same rate in the same run (`b12_pacing`). Also reported: how long after the
last dispatch every credit (every mark) was shown, and how many feed edits went out while the stream ran (the
target: none of them takes a step a waiting post needed, so the p95 stays within 1.2 s).
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass

from backstage_testing.fakediscord import FakeDiscord
from bench.b12_pacing import CHANNEL_LIMIT, CORRESPONDENTS, P95_TARGET_S, RATES, Outcome, offsets, outcome_of, shown_at
from bench.common import Row, percentile, row, scratch_dir, settle
from bench.harness import BenchNewsroom, dispatch_at, newsroom
from bench.workload import SpotInput, big_roster, untagged_spots

MARK_EVERY_S = 1.5
RE_REPORT_EVERY = 3
CORROBORATION = "stored as a corroboration"
TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Cosmetic:
    """What a stream with cosmetic work gave: the new items' latencies (as B12's `Outcome`), how many cosmetic
    changes were asked for, seconds from the last dispatch until the feed showed them all, and feed edits made
    while the stream ran."""

    outcome: Outcome
    asked: int
    shown_after: float
    edits_during: int


def re_reported(count: int) -> tuple[list[SpotInput], list[bool]]:
    """`count` /spot inputs, every third a repeat of the one two before it; which are repeats."""
    names = [name for name, _ in big_roster(count)]
    spots: list[SpotInput] = []
    again: list[bool] = []
    for i in range(count):
        repeat = i % RE_REPORT_EVERY == RE_REPORT_EVERY - 1
        name = names[i - 2] if repeat else names[i]
        what = spots[i - 2].what if repeat else f"{name} arrives in a {i} red gown on the carpet"
        spots.append(SpotInput(what=what, who=name, where=None, quote=None))
        again.append(repeat)
    return spots, again


def _edits(fake: FakeDiscord, channel_id: int, start: float, end: float) -> int:
    return sum(
        1
        for r in fake.requests
        if r.method == "PATCH" and r.path.startswith(f"/channels/{channel_id}/messages/") and start <= r.time <= end
    )


async def with_re_reports(times: list[float]) -> Cosmetic:
    spots, again = re_reported(len(times))
    with scratch_dir("b12") as tmp:
        async with newsroom(tmp / "b12.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            await room.open_show()
            await room.load_roster(
                [(s.who, ()) for s, repeat in zip(spots, again, strict=True) if s.who and not repeat]
            )
            settle()
            loop = asyncio.get_running_loop()
            start = loop.time()
            results = await dispatch_at(room, spots, times, CORRESPONDENTS)
            end = loop.time()
            await room.fake.wait_for(lambda: all(r.answered for r in results), TIMEOUT_S, "every /spot answered")
            repeats = [r for r, repeat in zip(results, again, strict=True) if repeat]
            credited = sum(1 for r in repeats if CORROBORATION in (r.content or ""))
            new = [r for r, repeat in zip(results, again, strict=True) if not repeat]
            outcome = await outcome_of(room, new)
            await room.fake.wait_for(lambda: _credits(room) >= credited or None, TIMEOUT_S, "every credit shown")
            return Cosmetic(outcome, credited, loop.time() - end, _edits(room.fake, room.feed.id, start, end))


def _credits(room: BenchNewsroom) -> int:
    return sum(1 for e in room.feed_embeds() if "also reported by" in json.dumps(e).lower())


async def with_key_marks(times: list[float]) -> Cosmetic:
    with scratch_dir("b12") as tmp:
        async with newsroom(tmp / "b12.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            room.allow_pins()
            await room.open_show(key_moments=True)
            await room.fake.wait_for(lambda: _key_lines(room) is not None or None, TIMEOUT_S, "the key message")
            settle()
            loop = asyncio.get_running_loop()
            start = loop.time()
            stream = asyncio.ensure_future(dispatch_at(room, untagged_spots(len(times)), times, CORRESPONDENTS))
            marked = await _mark(room, start + max(times))
            results = await stream
            end = loop.time()
            outcome = await outcome_of(room, results)
            await room.fake.wait_for(lambda: (_key_lines(room) or 0) >= len(marked) or None, TIMEOUT_S, "marks")
            return Cosmetic(outcome, len(marked), loop.time() - end, _edits(room.fake, room.feed.id, start, end))


async def _mark(room: BenchNewsroom, until: float) -> set[int]:
    """Every `MARK_EVERY_S`, the editor marks the newest sighting in the feed (not marked yet) as a key moment."""
    loop = asyncio.get_running_loop()
    marked: set[int] = set()
    while loop.time() + MARK_EVERY_S < until:
        await asyncio.sleep(MARK_EVERY_S)
        fresh = sorted(set(shown_at(room.fake, room.feed.id)) - marked)
        if fresh:
            result = await room.slash(room.editor, "sighting key", id=fresh[-1])
            if result.type in (5, 6):
                await result.final()
            marked.add(fresh[-1])
    return marked


def _key_lines(room: BenchNewsroom) -> int | None:
    """Lines of the "Key moments so far" message as the feed shows it now (None: not made yet)."""
    for embed in room.feed_embeds():
        if ((embed.get("footer") or {}).get("text") or "").startswith("key moments"):
            lines = (embed.get("description") or "").splitlines()
            earlier = re.match(r"…and (\d+) earlier", lines[0]) if lines else None  # the list keeps the latest
            return sum(1 for line in lines if line.startswith("•")) + (int(earlier.group(1)) if earlier else 0)
    return None


async def cosmetic_rows(seconds: float, plain: dict[float, Outcome]) -> list[Row]:
    """B12's rows for the streams with cosmetic edits, against `plain` (the same rates without, same run)."""
    rows: list[Row] = []
    for label, measure, what in (
        ("every third a re-report", with_re_reports, "credits (also reported by)"),
        ("an editor marking key moments", with_key_marks, "key-moment marks"),
    ):
        for rate in RATES:
            times = offsets(rate, seconds, "evenly")
            got = await measure(times)
            p95 = percentile(got.outcome.latencies, 95)
            baseline = percentile(plain[rate].latencies, 95)
            rows.append(
                row(
                    "B12",
                    f"feed latency, {rate:g} sightings/s evenly, {label}, p95 of new items",
                    [p95],
                    "s",
                    baseline=baseline,
                    target=f"≤ {P95_TARGET_S:g} s, 0 × 429",
                    met=p95 <= P95_TARGET_S and got.outcome.count_429 == 0,
                    note=f"{len(got.outcome.latencies)} new items in {got.outcome.messages} messages, "
                    f"p50 {percentile(got.outcome.latencies, 50):.2f} s, worst {max(got.outcome.latencies):.2f} s, "
                    f"{got.outcome.count_429} × 429; {got.asked} {what}, all shown {got.shown_after:.1f} s after "
                    f"the last dispatch; {got.edits_during} feed edits while the stream ran; baseline: the plain "
                    f"stream at {rate:g}/s in this run",
                )
            )
    return rows
