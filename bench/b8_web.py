"""B8 — `/spot` to the live page in a browser, against the Discord feed's own latency in the same run; the page's
weight.

Each repeat: a fresh fake Discord, database and bot (the production feed linger, 250 ms), the server on the web,
`backstage serve` on a connection of its own (as in its own process: it learns of changes by polling the file),
and headless Chromium (Debian's `chromium`) with the live page open. Then `/spot`s one at a time (a few unmeasured
first), one every 1.1 s: under the channel's 5 messages per 5 s, so that the feed's figure is its own latency, not
the queue Discord's rate limit would build. For each: t0 just before the interaction is sent; the feed: when the
fake holds the feed message that shows it (the fake wakes its waiters on every request); the page: when the post's
element entered the page (a MutationObserver's timestamp in the browser; the same machine clock). Figures: median
and p95 of each, and the largest lag of the page behind the feed (the issue's promise: within 2 s).

Page weight: what a reader downloads for the live page holding those posts: its HTML, script and stylesheet as
served (uncompressed; gzip in the note), icon excluded.
"""

from __future__ import annotations

import asyncio
import gzip
import statistics
import time

import aiohttp

from backstage_testing.web import browser, chromium, page_url, serving
from bench.common import Row, ms, percentile, row, scratch_dir
from bench.harness import BenchNewsroom, newsroom

FULL = (50, 5, 1)  # measured spots, unmeasured warm-up spots, repeats
QUICK = (15, 3, 1)
PACE_SECONDS = 1.1  # one /spot per this: the feed channel allows 5 messages per 5 s
LAG_TARGET_MS = 2000.0

OBSERVE = """() => {
  window.seenAt = {};
  new MutationObserver((changes) => {
    const at = performance.timeOrigin + performance.now();
    for (const change of changes) for (const node of change.addedNodes)
      if (node.id && !(node.id in window.seenAt)) window.seenAt[node.id] = at;
  }).observe(document.getElementById("timeline"), { childList: true });
}"""


async def _spot_and_time(room: BenchNewsroom, page, i: int) -> tuple[float, float]:
    """Seconds from sending /spot to the feed message, and to the post on the page."""
    what = f"Bench sighting {i}: a guest waves at the cameras from the balcony"
    started = time.time()
    result = await room.slash(room.amy, "spot", channel=room.lobby, what=what)
    if "Posted **#" not in (result.content or ""):
        raise AssertionError(f"/spot was refused: {result.content}")
    sid = int(result.content.split("**#")[1].split("**")[0])
    await room.fake.wait_for(
        lambda: any(what in (e.get("description") or "") for e in room.feed_embeds()) or None, 30, f"#{sid} in the feed"
    )
    in_feed = time.time()
    await page.wait_for_selector(f"#s-{sid}", timeout=30_000)
    on_page = await page.evaluate(f"window.seenAt['s-{sid}']") / 1000.0
    return in_feed - started, on_page - started


async def _weight(url: str) -> tuple[int, int, int, int]:
    """Bytes of the page's HTML, its script and its stylesheet, and of the three gzipped."""
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        async with session.get(url) as response:
            html = await response.read()
        text = html.decode()
        parts = [html]
        for kind in ("live.js", "live.css"):
            start = text.index(f"/static/{kind}")
            path = text[start : text.index('"', start)]
            async with session.get(url.split("/s/")[0] + path) as response:
                parts.append(await response.read())
    return len(parts[0]), len(parts[1]), len(parts[2]), sum(len(gzip.compress(p)) for p in parts)


async def run(quick: bool) -> list[Row]:
    if chromium() is None:
        raise RuntimeError("B8 needs Debian's chromium package (apt-get install chromium), as the web tests do")
    measured, warmup, repeats = QUICK if quick else FULL
    feed: list[float] = []
    page_times: list[float] = []
    lags: list[float] = []
    weight = (0, 0, 0, 0)
    for _ in range(repeats):
        with scratch_dir("b8") as tmp:
            async with newsroom(tmp / "b8.db") as room, serving(room) as server, browser() as launched:
                await room.open_show(web=True)
                url = await page_url(room, server)
                page = await launched.new_page()
                await page.goto(url)
                await page.wait_for_selector("body[data-connection=open]")
                await page.evaluate(OBSERVE)
                loop = asyncio.get_running_loop()
                start = loop.time()
                for i in range(warmup + measured):
                    await asyncio.sleep(max(0.0, start + i * PACE_SECONDS - loop.time()))  # the arrival rate
                    to_feed, to_page = await _spot_and_time(room, page, i)
                    if i >= warmup:
                        feed.append(to_feed)
                        page_times.append(to_page)
                        lags.append(to_page - to_feed)
                weight = await _weight(url)
                if room.fake.violations:
                    raise AssertionError(f"the fake saw violations: {room.fake.violations[:3]}")
    feed_ms = [ms(v) for v in feed]
    page_ms = [ms(v) for v in page_times]
    worst_lag = max(ms(v) for v in lags)
    html, js, css, zipped = weight
    n = len(page_ms)
    return [
        row(
            "B8",
            f"`/spot` → on the open live page (browser), median of {n}",
            page_ms,
            "ms",
            baseline=statistics.median(feed_ms),
            target="within 2 s of the feed",
            met=worst_lag <= LAG_TARGET_MS,
            note="baseline: `/spot` → the Discord feed message (fake Discord, production linger 250 ms), same run",
        ),
        row(
            "B8",
            f"`/spot` → on the open live page, p95 of {n}",
            [percentile(page_ms, 95)],
            "ms",
            baseline=percentile(feed_ms, 95),
            note="baseline: p95 of `/spot` → the Discord feed message",
        ),
        row(
            "B8",
            "page behind the feed, worst of the run",
            [worst_lag],
            "ms",
            target=f"≤ {LAG_TARGET_MS:.0f} ms",
            met=worst_lag <= LAG_TARGET_MS,
            note="negative: the page showed it before the Discord feed did",
        ),
        row(
            "B8",
            f"page weight, live page with {warmup + measured} posts (HTML + JS + CSS)",
            [float(html + js + css)],
            "bytes",
            note=f"HTML {html:,} + JS {js:,} + CSS {css:,} bytes; {zipped:,} gzipped",
        ),
    ]
