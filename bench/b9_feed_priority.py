"""B9 — the feed against Discord's failures: a deleted message, and a retraction in a rush.

The fake Discord allows 5 requests per 5 s per channel, sends and edits together (one bucket, as on Discord),
and the bot runs with the production feed linger (250 ms). Each figure has a baseline measured in the same run:

- A new post while an edit of a deleted message fails. A moderator deletes a feed message; a correction of its
  sighting and a new `/spot` are dispatched together; the clock runs from the `/spot`'s dispatch until its item
  is in the feed. Baseline: the same `/spot` with nothing else going on. Each repeat is a fresh newsroom (a
  fresh budget). Before issue 9 the failing edit froze the whole channel for about ten minutes.
- A retraction in a rush. Six sightings are in the feed before B3's rush (400 sightings of an invented night
  over 4 s, re-reports credited as "also reported by"). One is retracted before the rush: the baseline. The
  five others are retracted while 100 or more entries wait in the outbox, 6.1 s apart (each in a window of
  its own, and together at every point of the channel's 5-second window); the clock runs from each
  `/sighting retract`'s dispatch until the feed shows it struck through, and the row shows the slowest.
- That rush's drain: from the first `/spot` until the last request of the rush (every post and every edit)
  is done, against the platform limit for the requests the rush took, edits counted: ⌈requests / 5⌉ windows
  of 5 s, the first at once. The feed messages are compared with every message full as well.
"""

from __future__ import annotations

import asyncio
import math
import statistics
from dataclasses import dataclass

from backstage_testing.fakediscord import FakeDiscord, InteractionResult, RecordedRequest
from backstage_testing.pytest_plugin import eventually
from bench.common import Row, row, scratch_dir, settle
from bench.harness import BenchNewsroom, dispatch, dispatch_over, newsroom, prepare_slash
from bench.workload import night_spots

CHANNEL_LIMIT = (5, 5.0)
EMBEDS_PER_MESSAGE = 10
CORRESPONDENTS = 20
RUSH_SIGHTINGS, RUSH_SPREAD = 400, 4.0
BACKLOG = 100  # outbox entries waiting when the retractions are issued (at least)
RETRACTIONS, RETRACTION_SPACING = 5, 6.1  # a window apart and 1.1 s more: together at every point of one
DELETED_REPEATS = {False: 5, True: 1}  # full run, --quick
POST_TARGET_S = 2.0
RETRACTION_TARGET_S = 3.0
DRAIN_RATIO_TARGET = 1.05
TIMEOUT_S = 600.0


async def _spot(room: BenchNewsroom, what: str) -> int:
    result = await room.ok(room.amy, "spot", channel=room.lobby, what=what)
    return int((result.content or "").split("**#")[1].split("**")[0])


def _shows(room: BenchNewsroom, sighting_id: int, text: str | None = None) -> bool:
    """Whether the feed shows this sighting (and, if given, `text` in its embed)."""
    for embed in room.feed_embeds():
        if (embed.get("footer") or {}).get("text", "").startswith(f"#{sighting_id}"):
            return text is None or text in str(embed)
    return False


async def _visible_after(room: BenchNewsroom, prepared: InteractionResult, sighting_id: int, text: str | None) -> float:
    """Dispatch a prepared interaction; seconds until the feed shows the sighting (with `text`)."""
    dispatch(room.fake, room.guild, prepared)
    await room.fake.wait_for(lambda: _shows(room, sighting_id, text) or None, TIMEOUT_S, f"#{sighting_id} shown")
    assert prepared.dispatched_at is not None
    return asyncio.get_running_loop().time() - prepared.dispatched_at


def _feed_requests(fake: FakeDiscord, channel_id: int, since: float) -> list[RecordedRequest]:
    """Sends and edits of the feed channel's messages Discord accepted after `since`."""
    prefix = f"/channels/{channel_id}/messages"
    return [
        r
        for r in fake.requests
        if r.method in ("POST", "PATCH") and r.path.startswith(prefix) and r.status == 200 and r.time >= since
    ]


# -- a new post while an edit of a deleted message fails -------------------------------------------------------


async def _post_delay(with_failing_edit: bool) -> float:
    with scratch_dir("b8") as tmp:
        async with newsroom(tmp / "b8.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            fake = room.fake
            await room.open_show()
            moderator = room.guild.add_member("Mo Moderator", administrator=True)
            first = await _spot(room, "Adele signs a fan's cast at the side door")
            await room.wait_feed(1)
            settle()
            if with_failing_edit:
                [message] = fake.channel_messages(room.feed.id)
                fake.delete_message(room.guild, moderator, message["id"])
                correction = {"id": first, "what": "Adele signs two fans' casts at the side door"}
                dispatch(
                    fake, room.guild, prepare_slash(fake, room.guild, room.amy, room.lobby, "sighting edit", correction)
                )
            after = prepare_slash(fake, room.guild, room.ben, room.lobby, "spot", {"what": "Gaga on the stairs"})
            delay = await _visible_after(room, after, first + 1, None)
            if with_failing_edit:  # the figure means something only if the edit really met the deleted message
                await fake.wait_for(lambda: _refused_edit(fake, room.feed.id) or None, 10, "the edit to meet 10008")
            return delay


def _refused_edit(fake: FakeDiscord, channel_id: int) -> bool:
    prefix = f"/channels/{channel_id}/messages/"
    return any(r.method == "PATCH" and r.path.startswith(prefix) and r.status == 404 for r in fake.requests)


async def _deleted_rows(quick: bool) -> list[Row]:
    plain, failing = [], []
    for _ in range(DELETED_REPEATS[quick]):
        plain.append(await _post_delay(with_failing_edit=False))
        failing.append(await _post_delay(with_failing_edit=True))
    median = statistics.median(failing)
    return [
        row(
            "B9",
            "new post while an edit of a deleted message fails → in the feed",
            failing,
            "s",
            baseline=statistics.median(plain),
            target=f"≤ {POST_TARGET_S:g} s",
            met=median <= POST_TARGET_S,
            note="a correction of a sighting whose feed message a moderator deleted (404 10008) and a new /spot "
            "dispatched together; baseline: the same /spot alone; a fresh newsroom per repeat",
        )
    ]


# -- a retraction in a rush, and the rush's drain ---------------------------------------------------------


@dataclass(frozen=True)
class Rush:
    calm_retraction: float
    rush_retractions: list[float]
    backlog: list[int]
    drain: float
    posts: int
    edits: int
    items: int
    count_429: int


async def _rush() -> Rush:
    spots, roster = night_spots(RUSH_SIGHTINGS)
    with scratch_dir("b8") as tmp:
        async with newsroom(tmp / "b8.db", fake_options={"channel_limit": CHANNEL_LIMIT}) as room:
            fake = room.fake
            await room.open_show()
            await room.load_roster([(name, ()) for name in roster])
            calm = await _spot(room, "A stagehand drops the trophy tray")
            later = [await _spot(room, f"Rumour {n}: a winner's speech leaks") for n in range(RETRACTIONS)]
            await room.wait_feed(1 + RETRACTIONS)
            settle()

            def retract(sighting_id: int) -> InteractionResult:
                values = {"id": sighting_id, "reason": "Not what happened"}
                return prepare_slash(fake, room.guild, room.editor, room.lobby, "sighting retract", values)

            calm_retraction = await _visible_after(room, retract(calm), calm, "Retracted")
            await eventually(lambda: _quiet(room), timeout=TIMEOUT_S, what="a quiet outbox")
            await _fresh_window(fake, room.feed.id)  # the rush starts with the channel's whole budget
            started = asyncio.get_running_loop().time()
            sending = asyncio.create_task(dispatch_over(room, spots, RUSH_SPREAD, CORRESPONDENTS))
            loop = asyncio.get_running_loop()
            backlog, retractions = [], []
            await eventually(lambda: _backlog_of(room, BACKLOG), timeout=TIMEOUT_S, what="a backlog")
            for sighting_id in later:
                next_at = loop.time() + RETRACTION_SPACING
                waiting = await _waiting(room)
                if waiting < BACKLOG:
                    break
                backlog.append(waiting)
                retractions.append(await _visible_after(room, retract(sighting_id), sighting_id, "Retracted"))
                await asyncio.sleep(max(0.0, next_at - loop.time()))
            results = await sending
            await fake.wait_for(lambda: all(r.answered for r in results), TIMEOUT_S, "every /spot answered")
            refused = [r.content for r in results if "Posted" not in (r.content or "")]
            if refused:
                raise AssertionError(f"{len(refused)} /spot refused, e.g. {refused[0]}")
            await eventually(lambda: _quiet(room), timeout=TIMEOUT_S, what="the outbox to drain")
            if fake.violations:
                raise AssertionError(f"the fake saw violations: {fake.violations[:3]}")
            requests = _feed_requests(fake, room.feed.id, started)
            posts = sum(r.method == "POST" for r in requests)
            items = sum(1 for r in results if "also reported by" not in (r.content or ""))
            return Rush(
                calm_retraction,
                retractions,
                backlog,
                max(r.time for r in requests) - started,
                posts,
                len(requests) - posts,
                items,
                fake.count_429,
            )


async def _fresh_window(fake: FakeDiscord, channel_id: int) -> None:
    """Until the channel's rate-limit window of the last request has passed (Discord's windows are timed)."""
    last = max(r.time for r in _feed_requests(fake, channel_id, 0.0))
    await asyncio.sleep(max(0.0, last + CHANNEL_LIMIT[1] - asyncio.get_running_loop().time()))


async def _waiting(room: BenchNewsroom) -> int:
    waiting, failed = await room.services.outbox.backlog(room.guild.id)
    if failed:
        raise AssertionError(f"{failed} feed batches failed")
    return waiting


async def _quiet(room: BenchNewsroom) -> bool:
    return await _waiting(room) == 0


async def _backlog_of(room: BenchNewsroom, at_least: int) -> int | None:
    waiting = await _waiting(room)
    return waiting if waiting >= at_least else None


def platform_limit(requests: int, limit: tuple[int, float]) -> float:
    """Seconds the platform needs at best for this many requests: `limit[0]` per window, the first at once."""
    return (math.ceil(requests / limit[0]) - 1) * limit[1]


def _rush_rows(rush: Rush) -> list[Row]:
    requests = rush.posts + rush.edits
    floor = platform_limit(requests, CHANNEL_LIMIT)
    return [
        row(
            "B9",
            f"retraction at a backlog of 100+ in a {RUSH_SIGHTINGS}-sighting rush → struck through (slowest)",
            rush.rush_retractions,
            "s",
            value=max(rush.rush_retractions),
            baseline=rush.calm_retraction,
            target=f"≤ {RETRACTION_TARGET_S:g} s",
            met=max(rush.rush_retractions) <= RETRACTION_TARGET_S,
            note=f"{RUSH_SIGHTINGS} sightings over {RUSH_SPREAD:g} s; {len(rush.rush_retractions)} retractions "
            f"{RETRACTION_SPACING:g} s apart at backlogs of {', '.join(map(str, rush.backlog))}; "
            "baseline: a retraction with nothing waiting",
        ),
        row(
            "B9",
            "that rush drained: every post and edit done",
            [rush.drain],
            "s",
            baseline=floor,
            target=f"≤ {DRAIN_RATIO_TARGET:g}× platform limit, 0 × 429",
            met=rush.drain <= DRAIN_RATIO_TARGET * floor and rush.count_429 == 0,
            note=f"{rush.posts} messages + {rush.edits} edits ({rush.count_429} × 429); baseline: "
            f"⌈{requests}/{CHANNEL_LIMIT[0]}⌉ windows of {CHANNEL_LIMIT[1]:g} s, the first at once",
        ),
        row(
            "B9",
            "that rush: feed messages used",
            [float(rush.posts)],
            "messages",
            baseline=float(math.ceil(rush.items / EMBEDS_PER_MESSAGE)),
            note=f"baseline: {rush.items} feed items, every message full (10 embeds)",
        ),
    ]


async def run(quick: bool) -> list[Row]:
    """Measure and return B9's rows (the rush only in a full run)."""
    rows = await _deleted_rows(quick)
    if not quick:
        rows.extend(_rush_rows(await _rush()))
    return rows
