"""One request of the feed: render a claimed batch, make the request, record what Discord answered.

- Posts and desk cards go with the batch's nonce. A batch first tried longer ago than Discord remembers a
  nonce (`nonce_window`) first looks for its own message in the channel's recent history and adopts it.
- Edits re-render the whole message (coalesced sightings, credits, pointers). An edit that would pass the
  6,000-character rule moves the sighting that grew to a message of its own instead (see `packing`).
- 404 10008 on an edit: a moderator deleted the message. That is final at once; nothing is retried.
- A refusal of the channel as a whole (403 50001/50013, 404 10003) pauses the channel (bot.feed.health); the
  batch stays due, to go first when it resumes.
- Any other failure reschedules the batch alone (`retry_delay`); a request never holds the channel for more
  than `request_timeout` seconds.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot.feed import packing
from bot.feed.health import ChannelHealth
from bot.feed.render import current_card, message_link, pointer_embed, sighting_embed, suggestion_card
from bot.feed.transport import (
    ChannelUnavailable,
    FeedError,
    FeedTransport,
    MessageGone,
    PermanentError,
    RateLimited,
    TransientError,
)
from bot.limits import EMBED_CHARS_PER_MESSAGE, embed_size
from bot.models import Sighting
from db.repositories.outbox import EDITS, Batch, OutboxRepository
from db.repositories.sightings import SightingRepository

log = logging.getLogger(__name__)

MAX_BACKOFF = 60.0
MAX_EDIT_BACKOFF = 300.0
GIVE_UP_AFTER = 8  # a post whose body Discord refuses (400) that often is set aside, visibly (/show status)
CLOCK_SKEW = timedelta(seconds=5)  # look a little before the first attempt in the history


def retry_delay(batch: Batch, exc: FeedError) -> tuple[float, bool]:
    """(seconds until the next attempt, whether to give up) after `exc`."""
    return delay_after(exc, batch.attempts, edit=batch.kind in EDITS)


def delay_after(exc: FeedError, attempts: int, *, edit: bool) -> tuple[float, bool]:
    """The rule of `retry_delay` for a request that failed `attempts` times before (`edit`: it edits a message,
    and is never given up)."""
    if isinstance(exc, RateLimited):
        return exc.retry_after, False
    if isinstance(exc, TransientError):
        return min(MAX_BACKOFF, 2.0 ** min(attempts, 6)), False
    if edit:  # a refused edit waits on its own, and never holds anything else up
        return min(MAX_EDIT_BACKOFF, 5.0 * 2 ** min(attempts, 6)), False
    return min(MAX_BACKOFF * 5, 5.0 * 2 ** min(attempts, 6)), attempts + 1 >= GIVE_UP_AFTER


def footer_ids(embeds: list[dict[str, Any]]) -> list[str]:
    """What identifies a feed message's items: the `#id` each embed's footer starts with."""
    return [((e.get("footer") or {}).get("text") or "").split(" ")[0] for e in embeds]


class Sender:
    def __init__(
        self,
        outbox: OutboxRepository,
        sightings: SightingRepository,
        transport: FeedTransport,
        health: ChannelHealth,
        clock: Callable[[], datetime],
        *,
        nonce_window: timedelta,
        request_timeout: float,
    ) -> None:
        self.outbox = outbox
        self.sightings = sightings
        self.transport = transport
        self.health = health
        self.clock = clock
        self.nonce_window = nonce_window
        self.request_timeout = request_timeout

    # -- posts and desk cards -------------------------------------------------------------------------
    async def post(self, batch: Batch, before_request: Callable[[], None]) -> None:
        content = await self._post_content(batch)
        if content is None:  # decided or retracted before its card went out: nothing to show
            await self.outbox.mark_edited(batch, self.clock())
            return
        embeds, buttons = content
        try:
            if self.clock() - batch.created_at > self.nonce_window:
                found = await self._already_sent(batch, embeds)
                if found is not None:
                    log.info("feed batch %s was already in channel %s: adopted", batch.id, batch.channel_id)
                    await self.outbox.mark_posted(batch, found, self.clock(), maybe_stale=True)
                    return
            before_request()
            message_id = await self._timed(self.transport.send(batch.channel_id, embeds, batch.nonce, buttons))
        except FeedError as exc:
            await self._failed(batch, exc)
            return
        await self.outbox.mark_posted(batch, message_id, self.clock(), maybe_stale=batch.attempts > 0)
        await self.health.delivered(batch.channel_id)

    async def _post_content(self, batch: Batch) -> tuple[list[dict[str, Any]], list[Any] | None] | None:
        rows = await self.sightings.get_many(list(batch.sighting_ids))
        if batch.kind == "suggest":
            return await self._suggestion(rows.get(batch.sighting_ids[0]))
        if batch.kind == "desk":
            sighting = rows.get(batch.sighting_ids[0])
            card = current_card(sighting) if sighting is not None else None
            if card is None or not card[1]:
                return None
            return [card[0]], card[1]
        credits = await self.sightings.credits(list(batch.sighting_ids), self.clock())
        embeds = [sighting_embed(rows[s], credits[s]) for s in batch.sighting_ids if s in rows]
        if sum(embed_size(e) for e in embeds) > EMBED_CHARS_PER_MESSAGE:  # credits grew while it waited
            embeds = [sighting_embed(rows[s]) for s in batch.sighting_ids if s in rows]
        return embeds, None

    async def _suggestion(self, sighting: Sighting | None) -> tuple[list[dict[str, Any]], list[Any]] | None:
        """A key moment offered to the desk: nothing once it is no longer in the feed, or already marked."""
        if sighting is None or sighting.key or not sighting.is_candidate(self.clock()):
            return None
        credits = (await self.sightings.credits([sighting.id], self.clock()))[sighting.id]
        others = {c.reporter.id for c in credits if c.reporter.id != sighting.reporter.id}
        embed, buttons = suggestion_card(sighting, len(others))
        return [embed], buttons

    async def _already_sent(self, batch: Batch, embeds: list[dict[str, Any]]) -> int | None:
        """Discord may have forgotten this batch's nonce: its own message, if the history shows it."""
        try:
            recent = await self._timed(self.transport.sent_since(batch.channel_id, batch.created_at - CLOCK_SKEW))
        except PermanentError as exc:  # no Read Message History: the nonce is all that is left
            log.warning("cannot read channel %s's history to find batch %s: %s", batch.channel_id, batch.id, exc)
            return None
        wanted = footer_ids(embeds)
        for message in recent:
            if footer_ids(message.embeds) == wanted and not await self.outbox.known_message(message.id):
                return message.id
        return None

    # -- edits ---------------------------------------------------------------------------------------
    async def edit(self, batch: Batch, before_request: Callable[[], None]) -> None:
        content = await self._edit_content(batch)
        if content is None:
            await self.outbox.mark_edited(batch, self.clock())
            return
        embeds, buttons = content
        assert batch.message_id is not None
        try:
            before_request()
            await self._timed(self.transport.edit(batch.channel_id, batch.message_id, embeds, buttons))
        except MessageGone:
            log.info("feed message %s in channel %s was deleted: it stays deleted", batch.message_id, batch.channel_id)
            await self.outbox.mark_message_deleted(batch, self.clock())
            return
        except FeedError as exc:
            await self._failed(batch, exc)
            return
        await self.outbox.mark_edited(batch, self.clock())
        await self.health.delivered(batch.channel_id)

    async def _edit_content(self, batch: Batch) -> tuple[list[dict[str, Any]], list[Any] | None] | None:
        """What the message should show now; None when there is nothing to edit (deleted message, a decided
        card, or sightings moving out: the pointer follows their own messages)."""
        if batch.message_id is None or batch.message_id in await self.outbox.deleted_messages([batch.message_id]):
            return None
        if batch.kind == "card":
            sighting = (await self.sightings.get_many(list(batch.sighting_ids[:1]))).get(batch.sighting_ids[0])
            card = current_card(sighting) if sighting is not None else None
            return None if card is None else ([card[0]], card[1])
        embeds = await self._message_embeds(batch)
        return None if embeds is None else (embeds, None)

    async def _message_embeds(self, batch: Batch) -> list[dict[str, Any]] | None:
        assert batch.message_id is not None
        items = await self.sightings.message_items(batch.message_id)
        rows = await self.sightings.get_many([sid for sid, _ in items])
        items = [(sid, moved_to) for sid, moved_to in items if sid in rows]
        if not items:
            return None
        ids = [sid for sid, _ in items]
        credits = await self.sightings.credits(ids, self.clock())
        shown: list[packing.Shown] = []
        embeds: dict[int, dict[str, Any]] = {}
        for sid, moved_to in items:
            s = rows[sid]
            if moved_to is None:
                shown.append(packing.Shown(sid, sighting_embed(s, credits[sid]), sid in batch.sighting_ids))
                embeds[sid] = shown[-1].embed
            else:
                link = message_link(s.guild_id, batch.channel_id, moved_to) if moved_to else None
                embeds[sid] = pointer_embed(sid, link)
        pointers = sum(embed_size(e) for sid, e in embeds.items() if sid not in {x.sighting_id for x in shown})
        moving = packing.to_move(shown, pointers)
        if moving:
            log.info("feed message %s outgrew 6,000 characters: moving %s to their own", batch.message_id, moving)
            await self.outbox.move_out(batch.message_id, rows[moving[0]].guild_id, moving, self.clock())
            return None
        return [embeds[sid] for sid in ids]

    # -- failures ------------------------------------------------------------------------------------
    async def _timed(self, request: Any) -> Any:
        try:
            async with asyncio.timeout(self.request_timeout):
                return await request
        except TimeoutError as exc:
            raise TransientError(f"no answer within {self.request_timeout:g} s") from exc

    async def _failed(self, batch: Batch, exc: FeedError) -> None:
        if isinstance(exc, ChannelUnavailable):
            # the channel itself is refused: hold it whole (the batch stays due, to go first on resume)
            await self.outbox.mark_retry(batch, str(exc), self.clock(), give_up=False)
            await self.health.pause(batch.channel_id, exc)
            return
        delay, give_up = retry_delay(batch, exc)
        log.warning(
            "feed %s batch %s to channel %s failed (%s); %s",
            batch.kind,
            batch.id,
            batch.channel_id,
            exc,
            "set aside: /show status counts it" if give_up else f"next try in {delay:.0f} s",
        )
        await self.outbox.mark_retry(batch, str(exc), self.clock() + timedelta(seconds=delay), give_up=give_up)
