"""The feed's order of precedence and its budget (bot/feed/scheduling.py), how messages are filled
(bot/feed/packing.py) and when a failed request is tried again (bot/feed/sending.py): pure logic, no Discord."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.feed import packing
from bot.feed.scheduling import Action, Pacer, Waiting, decide
from bot.feed.sending import retry_delay
from bot.feed.transport import PermanentError, RateLimited, TransientError
from bot.limits import EMBED_CHARS_PER_MESSAGE, FILES_BYTES_PER_MESSAGE, REQUEST_MAX, UPLOAD_PER_FILE
from db.repositories.keys import KeySummary
from db.repositories.outbox import Batch, OutboxEntry, Priority

T0 = datetime(2031, 9, 1, 20, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def entry(
    n: int,
    kind: str = "post",
    priority: Priority = Priority.NEW,
    message_id: int | None = None,
    due: datetime = T0,
) -> OutboxEntry:
    return OutboxEntry(n, 1, 10, kind, n, due, priority, message_id)


def at(seconds: float) -> datetime:
    """The outbox's time `seconds` after T0 (the `Clock` starts at 100.0 at T0)."""
    return T0 + timedelta(seconds=seconds)


def batch(n: int, kind: str, priority: Priority) -> Batch:
    return Batch(n, 10, kind, 1, T0, T0, (n,), 900 + n if kind == "refresh" else None, f"nonce{n}", priority)


def test_the_last_slot_of_a_window_is_kept_for_urgent_work_until_70_percent_of_it() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    for _ in range(4):
        assert pacer.wait(Priority.NEW, last=False) == 0
        pacer.spend()
    assert pacer.wait(Priority.NEW, last=False) == 3.5  # kept for a correction
    assert pacer.wait(Priority.COSMETIC, last=False) == 3.5
    assert pacer.wait(Priority.URGENT, last=False) == 0
    assert pacer.wait(Priority.NEW, last=True) == 3.5  # a burst's first posts look like the last: kept
    clock.now += 3.5
    assert pacer.wait(Priority.NEW, last=False) == 0
    pacer.spend()
    assert pacer.wait(Priority.URGENT, last=False) == 1.5  # spent: even urgent work waits for the next window
    clock.now += 1.5
    for _ in range(4):
        assert pacer.wait(Priority.NEW, last=False) == 0
        pacer.spend()
    assert pacer.wait(Priority.NEW, last=False) == 3.5
    assert pacer.wait(Priority.NEW, last=True) == 0  # after a full window: the tail of a drain goes at once


def test_the_budget_follows_what_discord_reports() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    pacer.spend()
    pacer.observe(limit=50, remaining=49, reset_after=2.0)  # a faster channel than the guess
    for _ in range(48):
        assert pacer.wait(Priority.NEW, last=False) == 0
        pacer.spend()
    assert abs(pacer.wait(Priority.NEW, last=False) - 1.4) < 1e-9  # the 50th is kept until 70 % of the 2 s window
    pacer.observe(limit=50, remaining=0, reset_after=1.5)  # Discord counts more than we did: believe it
    assert pacer.wait(Priority.URGENT, last=False) == 1.5


def test_urgent_edits_go_before_posts_and_cosmetic_ones_after() -> None:
    posts = [entry(i) for i in range(1, 13)]
    cosmetic = [entry(20, "refresh", Priority.COSMETIC, 920)]
    urgent = [entry(30, "refresh", Priority.URGENT, 930)]
    first = decide(Waiting(posts=posts, edits=[cosmetic, urgent]), None, now=T0, linger=0)
    assert (first.action, first.entries) == (Action.EDIT, urgent)
    then = decide(Waiting(posts=posts, edits=[cosmetic]), None, now=T0, linger=0)
    assert (then.action, then.entries) == (Action.POST, posts)
    last = decide(Waiting(edits=[cosmetic]), None, now=T0, linger=0)
    assert (last.action, last.entries) == (Action.EDIT, cosmetic)
    assert decide(Waiting(), None, now=T0, linger=0).action is None


def test_a_cosmetic_edit_waits_while_posts_linger_but_not_behind_a_blocked_post() -> None:
    posts = [entry(1)]
    cosmetic = [entry(20, "refresh", Priority.COSMETIC, 920)]
    lingering = decide(Waiting(posts=posts, edits=[cosmetic]), None, now=T0, linger=0.2)
    assert lingering.action is None and lingering.wait == 0.2
    blocked = decide(Waiting(posts=posts, posts_blocked=True, edits=[cosmetic]), None, now=T0, linger=0.2)
    assert blocked.action is Action.EDIT


def test_an_unconfirmed_post_is_resent_before_newer_posts_and_a_move_goes_alone() -> None:
    resend = batch(7, "post", Priority.NEW)
    step = decide(Waiting(resend=resend, posts_blocked=True, posts=[entry(1)]), None, now=T0, linger=0)
    assert (step.action, step.batch) == (Action.RESEND, resend)
    moving = entry(9, priority=Priority.URGENT)
    step = decide(Waiting(posts=[moving, entry(1), entry(2)]), None, now=T0, linger=5.0)
    assert (step.action, list(step.entries)) == (Action.POST, [moving])  # no lingering for a move


def test_an_urgent_edit_takes_the_reserved_slot_a_post_must_wait_for() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    for _ in range(4):
        pacer.spend()
    posts = [entry(i) for i in range(1, 25)]
    assert decide(Waiting(posts=posts), pacer, now=T0, linger=0).wait == 3.5
    assert decide(Waiting(posts=posts[:1]), pacer, now=T0, linger=0).wait == 3.5  # maybe the first of a burst
    urgent = [entry(30, "refresh", Priority.URGENT, 930)]
    step = decide(Waiting(posts=posts, edits=[urgent]), pacer, now=T0, linger=0)
    assert step.action is Action.EDIT and step.priority is Priority.URGENT


def test_a_lone_post_only_lingers_while_the_budget_is_plentiful() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    assert decide(Waiting(posts=[entry(1)]), pacer, now=at(0), linger=0.25).wait == 0.25  # a fresh window
    assert decide(Waiting(posts=[entry(1)]), pacer, now=at(0.25), linger=0.25).action is Action.POST
    pacer.spend()
    clock.now += 3.0  # a quiet spell: one request in 3 s is slower than the even pace (one a second)
    lone = [entry(2, due=at(3.0))]
    assert decide(Waiting(posts=lone), pacer, now=at(3.0), linger=0.25).wait == pytest.approx(0.25)
    clock.now += 0.25
    assert decide(Waiting(posts=lone), pacer, now=at(3.25), linger=0.25).action is Action.POST


def test_once_the_budget_is_spent_at_an_even_pace_posts_wait_for_its_next_step() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    pacer.spend()  # the first message of the window, at 0 s
    clock.now += 0.6
    posts = [entry(2, due=at(0.3)), entry(3, due=at(0.5))]
    held = decide(Waiting(posts=posts), pacer, now=at(0.6), linger=0.25)
    assert held.action is None and held.wait == pytest.approx(0.4)  # the second step of five: 1 s in
    clock.now += 0.4
    step = decide(Waiting(posts=posts), pacer, now=at(1.0), linger=0.25)
    assert (step.action, step.entries) == (Action.POST, posts)
    pacer.spend()
    clock.now += 0.2
    later = [entry(4, due=at(1.1))]
    assert decide(Waiting(posts=later), pacer, now=at(1.2), linger=0.25).wait == pytest.approx(0.8)  # at 2 s


def test_a_full_message_desk_card_move_or_correction_is_never_held_by_the_pace() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    pacer.spend()
    clock.now += 0.1
    now = at(0.1)
    full = [entry(i, due=now) for i in range(2, 12)]
    assert decide(Waiting(posts=full), pacer, now=now, linger=0.25).action is Action.POST
    desk = [entry(20, "desk", due=now)]
    assert decide(Waiting(posts=desk), pacer, now=now, linger=0.25).action is Action.POST
    moving = [entry(21, priority=Priority.URGENT, due=now)]
    assert decide(Waiting(posts=moving), pacer, now=now, linger=0.25).action is Action.POST
    urgent = [entry(30, "refresh", Priority.URGENT, 930, due=now)]
    assert decide(Waiting(edits=[urgent]), pacer, now=now, linger=0.25).action is Action.EDIT


def test_a_cosmetic_edit_only_takes_a_slot_the_even_pace_leaves_spare() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    cosmetic = [entry(20, "refresh", Priority.COSMETIC, 920, due=at(-3.0))]
    assert decide(Waiting(edits=[cosmetic]), pacer, now=at(0), linger=0.25).action is Action.EDIT  # fresh window
    pacer.spend()  # a post at 0 s
    clock.now += 0.2
    held = decide(Waiting(edits=[cosmetic]), pacer, now=at(0.2), linger=0.25)
    assert held.action is None and held.wait == pytest.approx(1.8)  # the post's next step (1 s) stays free
    assert decide(Waiting(edits=[cosmetic]), None, now=at(0.2), linger=0.25).action is Action.EDIT  # no budget


def test_a_waiting_post_takes_each_step_and_refreshes_wait_for_a_step_no_post_needs() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    pacer.spend()  # a post at 0 s; a steady stream goes on, and refreshes of earlier messages wait
    refreshes = [[entry(20 + m, "refresh", Priority.COSMETIC, 920 + m, due=at(-2.0))] for m in range(3)]
    for second in (1, 2, 3):
        clock.now = 100.0 + second
        posts = [entry(second * 10 + i, due=at(second - 0.8 + 0.2 * i)) for i in range(4)]
        step = decide(Waiting(posts=posts, edits=refreshes), pacer, now=at(second), linger=0.25)
        assert (step.action, step.entries) == (Action.POST, posts)  # never behind a refresh, however old
        pacer.spend()
        after = decide(Waiting(edits=refreshes), pacer, now=at(second), linger=0.25)
        assert after.action is None and after.wait == pytest.approx(2.0)  # no cluster of edits after a post
    clock.now = 106.0  # the stream slowed: a fresh window
    first = decide(Waiting(edits=refreshes), pacer, now=at(6.0), linger=0.25)
    assert (first.action, first.entries) == (Action.EDIT, refreshes[0])  # every refresh of one message, one edit
    pacer.spend()
    assert decide(Waiting(edits=refreshes[1:]), pacer, now=at(6.0), linger=0.25).wait == pytest.approx(2.0)


def test_what_waited_a_whole_step_goes_as_soon_as_the_budget_allows() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    for _ in range(3):  # the backlog of a burst: three full messages at once
        pacer.spend()
    clock.now += 0.5
    tail = [entry(40, due=at(-1.0)), entry(41, due=at(-0.9))]  # waited behind them for 1.5 s
    assert decide(Waiting(posts=tail), pacer, now=at(0.5), linger=0.25).action is Action.POST
    pacer.spend()
    newer = [entry(42, due=at(0.2))]  # the fifth: kept for urgent work until 3.5 s in
    assert decide(Waiting(posts=newer), pacer, now=at(0.5), linger=0.25).wait == pytest.approx(3.0)


def test_the_pace_follows_the_window_discord_reports() -> None:
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    pacer.spend()
    pacer.observe(limit=50, remaining=49, reset_after=2.0)  # 50 per 2 s: a step of 40 ms
    clock.now += 0.01
    posts = [entry(2, due=at(0.01))]
    assert decide(Waiting(posts=posts), pacer, now=at(0.01), linger=0).wait == pytest.approx(0.03)


def test_new_messages_keep_headroom_for_later_edits() -> None:
    assert packing.take([400] * 12) == 10
    assert packing.take([1200] * 5) == 4  # 4,800 characters; a fifth would pass 5,000
    assert packing.take([5900, 10]) == 1  # a single large sighting still goes
    assert packing.PACK_CHARS == EMBED_CHARS_PER_MESSAGE - packing.HEADROOM


def test_an_edit_that_would_pass_6000_moves_the_sighting_that_grew() -> None:
    def shown(sid: int, size: int, changed: bool = False) -> packing.Shown:
        return packing.Shown(sid, {"description": "x" * size}, changed)

    assert packing.to_move([shown(1, 1500), shown(2, 1500), shown(3, 2900, changed=True)], 0) == []
    grown = [shown(1, 2000), shown(2, 1500), shown(3, 2600, changed=True)]
    assert packing.to_move(grown, 0) == [3]  # not the larger untouched neighbour
    assert packing.to_move([shown(1, 3000), shown(2, 2900, changed=True)], 400) == [2]


def test_new_messages_take_photos_within_one_request_with_room_for_a_replaced_one() -> None:
    mib = 1024 * 1024
    assert packing.take([100] * 12, [8 * mib] * 12) == 1  # 8 + 8 MiB would leave no room for a 10 MiB photo
    assert packing.take([100] * 12, [3 * mib] * 12) == 4  # 12 MiB: a fifth would pass PACK_FILE_BYTES
    assert packing.take([100] * 12, [1000] * 12) == 10  # small photos: ten, the most a message holds
    assert packing.take([100] * 3, [10 * mib] * 3) == 1 and packing.take([100] * 3, [0, 10 * mib, 5 * mib]) == 2
    assert packing.PACK_FILE_BYTES + UPLOAD_PER_FILE == FILES_BYTES_PER_MESSAGE < REQUEST_MAX


def test_an_edit_whose_photos_would_pass_one_request_moves_the_sighting_that_changed() -> None:
    mib = 1024 * 1024

    def shown(sid: int, photo: int, changed: bool = False) -> packing.Shown:
        return packing.Shown(sid, {"description": "x"}, changed, photo)

    assert packing.to_move([shown(1, 7 * mib), shown(2, 7 * mib), shown(3, 9 * mib, changed=True)], 0) == []
    grown = [shown(1, 8 * mib), shown(2, 7 * mib), shown(3, 10 * mib, changed=True)]
    assert packing.to_move(grown, 0) == [3]  # the replaced photo moves out, not a larger untouched one


def test_a_long_rate_limit_waits_what_discord_says_and_a_refused_edit_is_never_given_up() -> None:
    edit = batch(3, "refresh", Priority.URGENT)
    assert retry_delay(edit, RateLimited("30046", 612.0)) == (612.0, False)
    assert retry_delay(edit, TransientError("503")) == (2.0, False)
    tired = Batch(3, 10, "refresh", 40, T0, T0, (3,), 903, "n", Priority.URGENT)
    assert retry_delay(tired, PermanentError("400 50035", status=400, code=50035)) == (300.0, False)


def summary(message_id: int | None) -> KeySummary:
    return KeySummary(7, 1, 10, message_id, "nonce", 3, 2, 1, 0, T0, "VMAs", 11, 5)


def test_the_key_moments_message_waits_behind_corrections_and_posts_and_its_making_ranks_with_posts() -> None:
    made = summary(message_id=900)
    correction = [entry(1, "refresh", Priority.URGENT, message_id=901)]
    assert decide(Waiting(edits=[correction], summary=made), None, now=T0, linger=0).action is Action.EDIT
    assert decide(Waiting(posts=[entry(2)], summary=made), None, now=T0, linger=0).action is Action.POST
    step = decide(Waiting(summary=made), None, now=T0, linger=0)
    assert (step.action, step.priority, step.summary) == (Action.KEYS, Priority.COSMETIC, made)
    assert decide(Waiting(summary=summary(message_id=None)), None, now=T0, linger=0).priority is Priority.NEW
    clock = Clock()
    pacer = Pacer(5, 5.0, clock)
    assert decide(Waiting(summary=made), pacer, now=T0, linger=0).action is Action.KEYS
    pacer.spend()
    clock.now += 0.04  # more marks: held one step after the next post's, at most one edit of it a step
    assert decide(Waiting(summary=made), pacer, now=at(0.04), linger=0).wait == pytest.approx(1.96)
    for _ in range(3):
        pacer.spend()
    assert decide(Waiting(summary=made), pacer, now=T0, linger=0).wait == pytest.approx(4.96)  # never the last slot
