"""What a channel does next, and when: the one place the feed's order of precedence lives.

Discord gives a channel one budget for sends and edits together (about 5 per 5 s: POST and PATCH on its
messages share a rate-limit bucket). Within it, in this order:

1. urgent work: corrections, retractions, a dropped credit, a sighting moved out of an overfull message;
2. an unconfirmed post is resent before anything newer is posted (the feed keeps its order), then new feed
   items and desk cards;
3. cosmetic edits ("also reported by", the "Key moments so far" message) last, when no post is waiting, and
   only in a slot the even pace leaves spare (`Pacer.spare`: one step after the next post's even step, so the
   window's budget left still covers an even pace for posts to its end; a fresh window has slots to spare). At
   4 sightings a second or more a post waits at every step, so they go when the stream slows; every refresh of
   one message waiting at that moment is one edit, and every change of the key moments since the message was
   last shown is one edit too (at most one a step). Making that message (at /show start) ranks with new posts.

Pacing: new feed items that do not fill a message yet (which more could join) are held by the channel's
budget, not by a constant:

- while the budget is plentiful (a fresh window, or one spent more slowly than an even pace) it goes after the
  short `linger` only, so a lone sighting appears at once;
- when the window has been spent at an even pace or faster, it waits for the next even step: the k-th request
  of a window goes no sooner than k/limit of the way through it (1 s apart at 5 per 5 s). The budget then
  lasts until the window resets, each request carries everything that arrived since the previous one, and no
  sighting waits for a reset behind messages that went out half-empty;
- it never waits longer than one such step after its oldest item was due: what has already waited (the tail of
  a backlog) goes as soon as the budget allows;
- a full message (10 items) and urgent work are never held: holding cannot make them carry more.

The `Pacer` also keeps the last slot of each window for urgent work until 70 % of the window has passed: a
retraction issued in a rush waits at most 30 % of a window (1.5 s of 5; a second one within the same window
waits for the next), and the rush still uses every slot. The slot is not kept for the tail of a drain (the
last request of the backlog, after a full window): there it would only make the feed wait.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.limits import EMBEDS_PER_MESSAGE
from db.repositories.keys import KeySummary
from db.repositories.outbox import Batch, OutboxEntry, Priority


class Pacer:
    """A channel's budget for sends and edits, in windows as Discord reports them: `limit` requests per
    `window` seconds, a window starting with its first request. It starts from a guess (about 5 per 5 s) and
    follows the rate-limit headers of every answer (`observe`): limit, remaining, reset. discord.py still
    enforces the real limit; this count decides what goes first, and when to keep gathering posts."""

    ALIGN = 0.25  # seconds within which the window Discord reports is taken to be ours
    RESERVED_UNTIL = 0.7  # the part of a window during which its last slot waits for urgent work

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._started: float | None = None
        self._used = 0
        self._after_full = False  # the previous window was used up: the channel is draining a backlog

    def _roll(self, now: float) -> None:
        if self._started is not None and now >= self._started + self.window:
            self._after_full = self._used >= self.limit and now < self._started + 2 * self.window
            self._started, self._used = None, 0

    def observe(self, limit: int, remaining: int, reset_after: float) -> None:
        """Discord's answer to one of the channel's requests: `remaining` of `limit` left, the window ending
        in `reset_after` seconds. Requests still on their way are counted on top."""
        now = self.clock()
        self.limit = limit
        if remaining == limit - 1 and reset_after > 0:  # the first request of a window: its full length
            self.window = reset_after
        self._roll(now)
        started = now + reset_after - self.window
        same = self._started is not None and abs(started - self._started) <= self.ALIGN
        self._used = max(self._used, limit - remaining) if same else limit - remaining
        self._started = started

    def wait(self, priority: Priority, *, last: bool) -> float:
        """Seconds until a request of this priority may go (0: now). `last`: nothing that is not urgent waits
        behind it; after a full window that is the tail of a drain, and the reserved slot need not be kept (at
        the start of a burst the first requests look like the last too, and keep it)."""
        now = self.clock()
        self._roll(now)
        if self._started is None:
            return 0.0
        if self._used >= self.limit:
            return self._started + self.window - now
        if priority is Priority.URGENT or (last and self._after_full) or self._used < self.limit - 1:
            return 0.0
        return max(0.0, self._started + self.window * self.RESERVED_UNTIL - now)

    @property
    def step(self) -> float:
        """The even pace: seconds between requests that spread the window's budget over the window."""
        return self.window / self.limit

    def pace(self) -> float:
        """Seconds until the next request keeps an even pace through the current window (0: now, also when no
        window runs): the k-th request of a window goes no sooner than k steps after the window started."""
        now = self.clock()
        self._roll(now)
        if self._started is None:
            return 0.0
        return max(0.0, self._started + self._used * self.step - now)

    def spare(self) -> float:
        """Seconds until a slot the even pace leaves spare (0: now, also when no window runs): one step after
        the next request's even step, so that the window's requests left still cover an even pace to its end
        (a cosmetic edit never takes the budget a post arriving meanwhile needs, nor the window's last slot)."""
        now = self.clock()
        self._roll(now)
        if self._started is None:
            return 0.0
        return max(0.0, self._started + (self._used + 1) * self.step - now)

    def spend(self) -> None:
        now = self.clock()
        self._roll(now)
        if self._started is None:
            self._started = now
        self._used += 1


class Action(StrEnum):
    RESEND = "resend"  # an unconfirmed post or desk card, unchanged
    RETRY_EDIT = "retry edit"  # an unconfirmed edit
    POST = "post"  # new feed items or desk cards (claim as many as fit one message)
    EDIT = "edit"  # one message's waiting edits, as one edit
    KEYS = "key moments"  # make, show again or pin a show's "Key moments so far" message


@dataclass(frozen=True)
class Waiting:
    """A channel's work that is due now."""

    resend: Batch | None = None  # the oldest unconfirmed post or desk card due for its retry
    posts_blocked: bool = False  # an unconfirmed post or desk card waits (due now or later)
    edit_retries: Sequence[Batch] = ()  # unconfirmed edits due now, of messages not being edited
    posts: Sequence[OutboxEntry] = ()  # new posts and desk cards, most urgent then oldest first
    edits: Sequence[Sequence[OutboxEntry]] = ()  # waiting edits, one group per message not being edited
    summary: KeySummary | None = None  # a "Key moments so far" message that needs work (not under way)


@dataclass(frozen=True)
class Next:
    """The decision: an action now, or how long to wait (None: nothing to do)."""

    action: Action | None = None
    priority: Priority = Priority.NEW
    batch: Batch | None = None
    entries: Sequence[OutboxEntry] = field(default_factory=tuple)
    wait: float | None = None
    summary: KeySummary | None = None


@dataclass(frozen=True)
class _Candidate:
    priority: Priority
    rank: int  # among equal priorities: edits before posts
    action: Action
    batch: Batch | None = None
    entries: Sequence[OutboxEntry] = ()
    summary: KeySummary | None = None


def decide(waiting: Waiting, pacer: Pacer | None, *, now: datetime, linger: float) -> Next:
    """The next request for a channel at `now`. `linger`: seconds new feed items wait for more to fill their
    message when the budget is plentiful; `pacer`: the channel's budget (None: no budget, only the linger)."""
    candidates = _candidates(waiting)
    if not candidates:
        return Next()
    best = min(candidates, key=lambda c: (c.priority, c.rank))
    wait = 0.0
    if best.priority is Priority.COSMETIC:  # a post waiting ranks before it; it only takes a spare slot
        wait = pacer.spare() if pacer is not None else 0.0
    elif _gathers(best):
        waited = (now - min(e.not_before for e in best.entries)).total_seconds()
        wait = linger - waited
        if pacer is not None:
            wait = max(wait, min(pacer.pace(), pacer.step - waited))
    if pacer is not None:
        wait = max(wait, pacer.wait(best.priority, last=_is_last(best, candidates)))
    if wait > 0:
        return Next(wait=wait)
    return Next(best.action, best.priority, best.batch, best.entries, summary=best.summary)


def _gathers(best: _Candidate) -> bool:
    """New feed items that do not fill a message yet, which more posts could join (desk cards and moves go
    alone). Cosmetic work is held apart (`Pacer.spare`)."""
    if best.action is not Action.POST:
        return False
    first = best.entries[0]
    return first.kind == "post" and first.priority is not Priority.URGENT and len(best.entries) < EMBEDS_PER_MESSAGE


def _candidates(waiting: Waiting) -> list[_Candidate]:
    found = [_Candidate(b.priority, 0, Action.RETRY_EDIT, batch=b) for b in waiting.edit_retries]
    found += [_Candidate(min(e.priority for e in group), 0, Action.EDIT, entries=group) for group in waiting.edits]
    if waiting.resend is not None:
        found.append(_Candidate(waiting.resend.priority, 1, Action.RESEND, batch=waiting.resend))
    elif waiting.posts and not waiting.posts_blocked:
        urgent = [e for e in waiting.posts if e.priority is Priority.URGENT]
        if urgent:  # a sighting moving out of an overfull message: alone, at once
            found.append(_Candidate(Priority.URGENT, 1, Action.POST, entries=urgent[:1]))
        else:
            found.append(_Candidate(Priority.NEW, 1, Action.POST, entries=waiting.posts))
    if waiting.summary is not None:
        made = waiting.summary.message_id is not None
        priority = Priority.COSMETIC if made else Priority.NEW
        found.append(_Candidate(priority, 2, Action.KEYS, summary=waiting.summary))
    return found


def _is_last(best: _Candidate, candidates: list[_Candidate]) -> bool:
    """Nothing but urgent or cosmetic work would be left once this request is made (cosmetic work waits for a
    spare slot, never for the reserved one)."""
    others = [c for c in candidates if c is not best and c.priority is Priority.NEW]
    if others:
        return False
    return best.action is not Action.POST or len(best.entries) <= EMBEDS_PER_MESSAGE
