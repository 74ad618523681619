"""One request of the feed: render a claimed batch, make the request, record what Discord answered.

- Posts, desk cards and the desk's key-moment suggestions go with the batch's nonce. A batch first tried
  longer ago than Discord remembers a nonce (`nonce_window`), or claimed by another process (one killed with
  its request on the wire, however recently: how long Discord remembers a nonce is not documented, "a few
  minutes"), first looks for its own message in the channel's recent history and adopts it.
- Edits re-render the whole message (coalesced sightings, credits, pointers). An edit that would pass the
  6,000-character rule (or its photos one request) moves the sighting that grew to a message of its own
  instead (see `packing`).
- Photos: a message (a desk or suggestion card too) uploads the photo of each sighting it shows and its embed points
  at `attachment://<name>` (`render.photo_shown`). Discord keeps a message's files through an edit that does not
  list them, and an edit that lists files leaves the message with exactly those ("Any previously-added files that
  aren't included will be removed", reference#uploading-files). So an edit leaves the files alone when the photos
  the message shows are those it was last sent with (`_files`, kept for the messages this process sent or edited),
  and otherwise uploads the photos it shows again, which also drops the others (a retraction's, a replaced one, a
  sighting moved out). After a restart the first such edit of a message with photos uploads them again.
- 404 10008 on an edit: a moderator deleted the message. That is final at once; nothing is retried.
- A refusal of the channel as a whole (403 50001/50013, 404 10003) pauses the channel (bot.feed.health); the
  batch stays due, to go first when it resumes.
- Any other failure reschedules the batch alone (`retry_delay`); a request never holds the channel for more
  than `request_timeout` seconds.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from bot.feed import packing
from bot.feed.health import ChannelHealth
from bot.feed.render import (
    current_card,
    message_link,
    photo_shown,
    pointer_embed,
    sighting_embed,
    suggestion_card,
    withdrawn_suggestion,
)
from bot.feed.transport import (
    Button,
    ChannelUnavailable,
    FeedError,
    FeedFile,
    FeedTransport,
    MessageGone,
    PermanentError,
    RateLimited,
    TransientError,
)
from bot.limits import EMBED_CHARS_PER_MESSAGE, embed_size
from bot.models import Sighting, SightingStatus
from bot.photos import PhotoMeta, feed_filename
from db.repositories.outbox import EDITS, Batch, OutboxRepository
from db.repositories.photos import PhotoRepository
from db.repositories.sightings import SightingRepository

log = logging.getLogger(__name__)

MAX_BACKOFF = 60.0
MAX_EDIT_BACKOFF = 300.0
GIVE_UP_AFTER = 8  # a post whose body Discord refuses (400) that often is set aside, visibly (/show status)
CLOCK_SKEW = timedelta(seconds=5)  # look a little before the first attempt in the history
FILES_REMEMBERED = 20_000  # messages whose files this process knows (older ones upload again on their next edit)

Content = tuple[list[dict[str, Any]], list[Button] | None, list[FeedFile] | None]  # embeds, buttons, files


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


class OwnSends:
    """Which first messages this process may trust Discord's nonce for: those it sent itself, within the nonce
    window of the first attempt (`first_tried`). Any other (one an earlier process claimed, perhaps killed with it
    on the wire, however recently: how long Discord remembers a nonce is undocumented, "a few minutes") is looked
    for in the channel's history before it is sent, and adopted when there. The one rule of the feed's batches
    (`Sender`) and the pinned key-moments message (bot.feed.keys), each keeping its own by its own key."""

    def __init__(self) -> None:
        self._ours: set[int] = set()

    def look_first(self, key: int, first_tried: datetime, now: datetime, window: timedelta) -> bool:
        return key not in self._ours or now - first_tried > window

    def ours(self, key: int) -> None:
        """This process claimed it, or looked and did not find it: from now on its nonce is this process's own."""
        self._ours.add(key)

    def settled(self, key: int) -> None:
        """Sent or adopted: nothing to trust any more."""
        self._ours.discard(key)


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
        photos: PhotoRepository,
    ) -> None:
        self.outbox = outbox
        self.sightings = sightings
        self.photos = photos
        self._files: OrderedDict[int, frozenset[str]] = OrderedDict()  # message -> the photo files it carries
        self.transport = transport
        self.health = health
        self.clock = clock
        self.nonce_window = nonce_window
        self.request_timeout = request_timeout
        self._ours = OwnSends()  # unconfirmed batches this process claimed (others': in the history)

    # -- posts and desk cards -------------------------------------------------------------------------
    async def post(self, batch: Batch, before_request: Callable[[], None], *, claimed: bool = False) -> None:
        """Send the batch (`claimed`: this process claimed it just now), or adopt the message it already made."""
        if claimed:
            self._ours.ours(batch.id)
        try:
            content = await self._post_content(batch)
        except TransientError as exc:  # a photo replaced meanwhile: render again on the retry
            await self._failed(batch, exc)
            return
        if content is None:  # decided or retracted before its card went out: nothing to show
            await self.outbox.mark_edited(batch, self.clock())
            return
        embeds, buttons, files = content
        try:
            if self._ours.look_first(batch.id, batch.created_at, self.clock(), self.nonce_window):
                found = await self._already_sent(batch, embeds)
                if found is not None:
                    log.info("feed batch %s was already in channel %s: adopted", batch.id, batch.channel_id)
                    await self.outbox.mark_posted(batch, found, self.clock(), maybe_stale=True)
                    self._ours.settled(batch.id)
                    return
                self._ours.ours(batch.id)
            before_request()
            message_id = await self._timed(
                self.transport.send(batch.channel_id, embeds, batch.nonce, buttons, files or ())
            )
        except FeedError as exc:
            await self._failed(batch, exc)
            return
        self._remember(message_id, [f.filename for f in files or ()])
        await self.outbox.mark_posted(batch, message_id, self.clock(), maybe_stale=batch.attempts > 0)
        self._ours.settled(batch.id)
        await self.health.delivered(batch.channel_id)

    async def _post_content(self, batch: Batch) -> Content | None:
        rows = await self.sightings.get_many(list(batch.sighting_ids))
        metas = await self.photos.meta_for(batch.sighting_ids)
        if batch.kind == "suggest":
            return await self._suggestion(rows.get(batch.sighting_ids[0]), metas)
        if batch.kind == "desk":
            sid = batch.sighting_ids[0]
            sighting = rows.get(sid)
            card = current_card(sighting, metas.get(sid)) if sighting is not None else None
            if card is None or not card[1]:
                return None
            return [card[0]], card[1], await self._uploads([card[0]], metas)
        credits = await self.sightings.credits(list(batch.sighting_ids), self.clock())
        embeds = [sighting_embed(rows[s], credits[s], metas.get(s)) for s in batch.sighting_ids if s in rows]
        if sum(embed_size(e) for e in embeds) > EMBED_CHARS_PER_MESSAGE:  # credits grew while it waited
            embeds = [sighting_embed(rows[s], photo=metas.get(s)) for s in batch.sighting_ids if s in rows]
        return embeds, None, await self._uploads(embeds, metas)

    async def _suggestion(self, sighting: Sighting | None, metas: Mapping[int, PhotoMeta]) -> Content | None:
        """A key moment offered to the desk, with its photo as the feed shows it: nothing once it is no longer
        in the feed, or already marked."""
        if sighting is None or sighting.key or not sighting.is_candidate(self.clock()):
            return None
        credits = (await self.sightings.credits([sighting.id], self.clock()))[sighting.id]
        others = {c.reporter.id for c in credits if c.reporter.id != sighting.reporter.id}
        embed, buttons = suggestion_card(sighting, len(others), metas.get(sighting.id))
        return [embed], buttons, await self._uploads([embed], metas)

    # -- photos ------------------------------------------------------------------------------------------
    async def _uploads(self, embeds: list[dict[str, Any]], metas: Mapping[int, PhotoMeta]) -> list[FeedFile]:
        """The files these embeds show, read in one go. A photo replaced since `metas` were read raises
        TransientError: the request is made again soon, rendered afresh."""
        wanted = [name for e in embeds if (name := photo_shown(e)) is not None]
        if not wanted:
            return []
        by_name = {feed_filename(m): m.sighting_id for m in metas.values()}
        photos = await self.photos.get_many(by_name[n] for n in wanted if n in by_name)
        files = {feed_filename(p.meta): FeedFile(feed_filename(p.meta), p.data) for p in photos.values()}
        if any(name not in files for name in wanted):
            raise TransientError("a photo was replaced while its message was prepared")
        return [files[name] for name in wanted]

    async def _with_files(
        self,
        message_id: int,
        embeds: list[dict[str, Any]],
        buttons: list[Button] | None,
        metas: Mapping[int, PhotoMeta],
    ) -> Content:
        """An edit's content: no files when the message already carries the photos it shows (or never carried
        any), else every photo it shows, uploaded again (the others are dropped)."""
        wanted = frozenset(name for e in embeds if (name := photo_shown(e)) is not None)
        known = self._files.get(message_id)
        if wanted == known or (known is None and not metas):
            return embeds, buttons, None
        return embeds, buttons, await self._uploads(embeds, metas)

    def _remember(self, message_id: int, names: Iterable[str]) -> None:
        """The photo files the message carries now (a send or an edit of it went through)."""
        self._files[message_id] = frozenset(names)
        self._files.move_to_end(message_id)
        while len(self._files) > FILES_REMEMBERED:
            self._files.popitem(last=False)

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
        try:
            content = await self._edit_content(batch)
        except TransientError as exc:  # a photo replaced meanwhile: render again on the retry
            await self._failed(batch, exc)
            return
        if content is None:
            await self.outbox.mark_edited(batch, self.clock())
            return
        embeds, buttons, files = content
        assert batch.message_id is not None
        try:
            before_request()
            await self._timed(self.transport.edit(batch.channel_id, batch.message_id, embeds, buttons, files))
        except MessageGone:
            log.info("feed message %s in channel %s was deleted: it stays deleted", batch.message_id, batch.channel_id)
            await self.outbox.mark_message_deleted(batch, self.clock())
            return
        except FeedError as exc:
            self._files.pop(batch.message_id, None)  # it may or may not have been applied
            await self._failed(batch, exc)
            return
        if files is not None or batch.message_id not in self._files:  # without files: it carries what it shows
            self._remember(batch.message_id, (name for e in embeds if (name := photo_shown(e)) is not None))
        await self.outbox.mark_edited(batch, self.clock())
        await self.health.delivered(batch.channel_id)

    async def _edit_content(self, batch: Batch) -> Content | None:
        """What the message should show now; None when there is nothing to edit (deleted message, a decided
        card, or sightings moving out: the pointer follows their own messages)."""
        if batch.message_id is None or batch.message_id in await self.outbox.deleted_messages([batch.message_id]):
            return None
        if batch.kind == "suggestion":
            return await self._withdrawn(batch.message_id, batch.sighting_ids[0])
        if batch.kind == "card":
            sid = batch.sighting_ids[0]
            sighting = (await self.sightings.get_many([sid])).get(sid)
            metas = await self.photos.meta_for([sid])
            card = current_card(sighting, metas.get(sid)) if sighting is not None else None
            return None if card is None else await self._with_files(batch.message_id, [card[0]], card[1], metas)
        shown = await self._message_embeds(batch)
        return None if shown is None else await self._with_files(batch.message_id, shown[0], None, shown[1])

    async def _withdrawn(self, message_id: int, sid: int) -> Content | None:
        """A key-moment suggestion whose sighting was retracted: it says so, without its button or photo."""
        sighting = (await self.sightings.get_many([sid])).get(sid)
        if sighting is None or sighting.status is not SightingStatus.RETRACTED:
            return None
        return await self._with_files(
            message_id, [withdrawn_suggestion(sighting)], [], await self.photos.meta_for([sid])
        )

    async def _message_embeds(self, batch: Batch) -> tuple[list[dict[str, Any]], dict[int, PhotoMeta]] | None:
        assert batch.message_id is not None
        items = await self.sightings.message_items(batch.message_id)
        rows = await self.sightings.get_many([sid for sid, _ in items])
        items = [(sid, moved_to) for sid, moved_to in items if sid in rows]
        if not items:
            return None
        ids = [sid for sid, _ in items]
        credits = await self.sightings.credits(ids, self.clock())
        metas = await self.photos.meta_for(ids)
        shown: list[packing.Shown] = []
        embeds: dict[int, dict[str, Any]] = {}
        for sid, moved_to in items:
            s = rows[sid]
            if moved_to is None:
                embed = sighting_embed(s, credits[sid], metas.get(sid))
                size = metas[sid].size if sid in metas and s.status is not SightingStatus.RETRACTED else 0
                shown.append(packing.Shown(sid, embed, sid in batch.sighting_ids, size))
                embeds[sid] = embed
            else:
                link = message_link(s.guild_id, batch.channel_id, moved_to) if moved_to else None
                embeds[sid] = pointer_embed(sid, link)
        pointers = sum(embed_size(e) for sid, e in embeds.items() if sid not in {x.sighting_id for x in shown})
        moving = packing.to_move(shown, pointers)
        if moving:
            log.info("feed message %s outgrew one message: moving %s to their own", batch.message_id, moving)
            await self.outbox.move_out(batch.message_id, rows[moving[0]].guild_id, moving, self.clock())
            return None
        return [embeds[sid] for sid in ids], metas

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
