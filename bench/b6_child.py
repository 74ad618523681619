"""B6's child process: one whole night in a fresh interpreter, reporting its peak RSS.

`python -m bench.b6_child --night NIGHT.jsonl --meta META.json --db PATH` starts the real bot (publisher
included) against a fake Discord in this process, opens a show, loads the night's roster, then posts every
sighting of NIGHT.jsonl through `SightingService.post` (the code `/spot` runs, without an interaction per
sighting), each stamped with its time in the night shifted so that the night ends now. The feed may post
100 messages per second (the fake's channel limit and the publisher's budget, instead of 5 per 5 s) so that
the night's feed is published within minutes; then an editor runs `/digest preview`. The last line on
stdout is JSON: the peak RSS of this process image (`VmHWM`) after imports, after start-up, after the
night's feed and after the digest, in MB, plus the raw `ru_maxrss` (which Linux carries over from the
parent across fork and exec, so it is at least the parent's size when the child was spawned).

What the fake keeps only for test assertions is kept out of the figure where it can be: its request log is
cleared as the night goes and it runs without the OpenAPI validator (whose parsed spec would be charged to
the bot). Its store of the feed's messages stays: the figure is an upper bound for the bot alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backstage_testing.fakediscord import InteractionResult
from backstage_testing.pytest_plugin import eventually
from bench.common import quiet_logs
from bench.harness import BenchNewsroom, newsroom
from bot.access import Actor, Caller

FEED_BUDGET = (100, 1.0)  # messages per second per channel, for the fake and the publisher alike
CLEAR_RECORDS_EVERY = 500


def maxrss_mb() -> float:
    """`ru_maxrss` in MB (Linux reports KiB). Linux keeps it across execve, so a child forked from a big
    parent starts with the parent's size: use `peak_rss_mb` for this program's own peak."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _status_kib(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return float(line.split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return None


def peak_rss_mb() -> float:
    """The peak resident set size of this process image (`VmHWM`, reset by execve), in MB; `ru_maxrss`
    where /proc is unavailable."""
    kib = _status_kib("VmHWM")
    return maxrss_mb() if kib is None else kib / 1024.0


def current_rss_mb() -> float:
    """The resident set size now (`VmRSS`), in MB (0 when unavailable)."""
    kib = _status_kib("VmRSS")
    return 0.0 if kib is None else kib / 1024.0


async def _post_night(room: BenchNewsroom, night: Path, duration: float) -> int:
    """Post every sighting of the night (streamed from the file) through the service; return how many."""
    services, guild_id = room.services, room.guild.id
    config = await services.config.get(guild_id)
    base = datetime.now(UTC) - timedelta(seconds=duration + 1)
    posted = 0
    with night.open(encoding="utf-8") as lines:
        for line in lines:
            item: dict[str, Any] = json.loads(line)
            reporter_id, reporter_name = item["reporter"]
            actor = Actor(id=reporter_id, name=reporter_name, role_ids=frozenset({room.reporters.id}))
            draft = services.draft(what=item["what"], who=item["who"], where=item["where"], quote=item["quote"])
            await services.sightings.post(Caller(guild_id, config, actor, base + timedelta(seconds=item["at"])), draft)
            posted += 1
            if posted % CLEAR_RECORDS_EVERY == 0:
                room.fake.requests.clear()
    return posted


def deep_size_mb(root: object) -> float:
    """Approximate heap size of a tree of JSON-like objects (dicts, lists, strings, numbers), in MB."""
    seen: set[int] = set()
    stack = [root]
    total = 0
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return total / (1024.0 * 1024.0)


async def _quiet(result: InteractionResult, still: float = 0.5) -> None:
    """Until the bot stops sending followups to `result` (the preview sends one message per digest page)."""
    count = -1
    while count != len(result.followups):
        count = len(result.followups)
        await asyncio.sleep(still)


async def _drained(room: BenchNewsroom) -> bool:
    waiting, failed = await room.services.outbox.backlog(room.guild.id)
    if failed:
        raise AssertionError(f"{failed} feed batches failed")
    if await room.services.feed_health.paused(room.guild.id):
        raise AssertionError("a feed channel was paused")
    return waiting == 0


async def night(night_path: Path, meta: dict[str, Any], db_path: Path) -> dict[str, Any]:
    """Run the night; return the figures."""
    report: dict[str, Any] = {"after_imports_mb": peak_rss_mb()}
    async with newsroom(db_path, fake_options={"channel_limit": FEED_BUDGET, "spec_path": None}) as room:
        assert room.bot is not None
        room.bot.publisher.budget = FEED_BUDGET  # coalesce as under Discord's limit, only four times faster
        await room.open_show()
        await room.load_roster([(name, ()) for name in meta["roster"]])
        report["after_start_mb"] = peak_rss_mb()
        started = time.perf_counter()
        report["sightings"] = await _post_night(room, night_path, float(meta["duration"]))
        report["post_seconds"] = time.perf_counter() - started
        await eventually(lambda: _drained(room), timeout=600, what="the feed outbox to drain")
        report["night_seconds"] = time.perf_counter() - started
        report["feed_messages"] = len(room.fake.channel_messages(room.feed.id))
        report["after_night_mb"] = peak_rss_mb()
        report["fake_messages_mb"] = deep_size_mb(room.fake.messages.messages)
        room.fake.requests.clear()
        preview = await room.slash(room.editor, "digest preview")
        message = await preview.final(timeout=120)
        if not message.get("embeds"):
            report["digest_error"] = str(message.get("content"))[:300]
        await _quiet(preview)
        report["after_digest_mb"] = peak_rss_mb()
        report["current_mb"] = current_rss_mb()
        report["ru_maxrss_mb"] = maxrss_mb()
        if room.fake.violations:
            raise AssertionError(f"the fake saw violations: {room.fake.violations[:3]}")
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.b6_child", description=__doc__.splitlines()[0])
    parser.add_argument("--night", type=Path, required=True, help="JSON lines: what, who, where, quote, reporter, at")
    parser.add_argument("--meta", type=Path, required=True, help='JSON {"roster": [names], "duration": seconds}')
    parser.add_argument("--db", type=Path, required=True, help="the SQLite file to create")
    args = parser.parse_args(argv)
    quiet_logs()
    meta = json.loads(args.meta.read_text(encoding="utf-8"))
    report = asyncio.run(night(args.night, meta, args.db))
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
