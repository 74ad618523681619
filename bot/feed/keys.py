"""The feed's pinned "Key moments so far" message and the desk's key-moment suggestions.

- `summary_embed`: one embed, a line per key moment (a jump link to its feed message and a Discord timestamp),
  in the order they happened, within Discord's limits (description 4,096 characters): when the list is longer,
  the latest moments are kept and the first line says how many earlier ones are left out.
- `KeySummaryWork`: what the publisher does for a show's message, in the feed channel's budget (it is asked
  like any other request of the channel, see bot.feed.scheduling): make it (with a nonce; one an earlier process
  may have made, or older than Discord's nonce window, is adopted from the channel's history when there:
  `OwnSends`, the feed's rule), pin it, show the latest list in one edit, make it again when a moderator deleted
  it (10008). A pin Discord refuses (no Pin Messages: 50013; the channel's pins are
  full: 30003) is not retried; the editors are told once, in the desk (or by DM to the editor who opened the
  show), and the message goes on being kept up to date, unpinned. A former message of the show
  (`KeySummary.leftover`) is deleted when the feed moved away from its channel (the new channel's message
  replaces it, so no stale list stays pinned there) and unpinned when the show ended (its final list stays in the
  channel's history; the next show's message is the channel's only pin); an unpin Discord refuses is told once,
  as a pin is.
The desk's suggestion card (a sighting that passed a vote or corroboration threshold, with its persistent
"Mark key moment" button) is `bot.feed.render.suggestion_card`, sent through the outbox like a desk card.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.feed.editors import tell_editors
from bot.feed.health import ChannelHealth
from bot.feed.render import COLOR_LIVE, discord_time, message_link
from bot.feed.sending import CLOCK_SKEW, Content, OwnSends, delay_after
from bot.feed.transport import (
    ChannelDoctor,
    ChannelUnavailable,
    FeedError,
    FeedTransport,
    MessageGone,
    PermanentError,
    TransientError,
)
from bot.limits import DESCRIPTION_MAX, TITLE_MAX, clip
from bot.text import inert
from db.repositories.keys import DELETE, PIN_REFUSED, PINNED, KeyLine, KeyRepository, KeySummary

log = logging.getLogger(__name__)

TITLE = "📌 Key moments so far"
EMPTY = "None yet. Editors mark them with `/sighting key` or the message menu **Mark key moment**."
LINE_TEXT = 90  # characters of a moment's headline (or text) on its line
PINS_FULL = 30003  # "Maximum number of pins reached for the channel"


def summary_footer(show_id: int) -> str:
    """How the message is known again in the channel's history (no feed item's footer starts with "key")."""
    return f"key moments · show {show_id}"


def _line(line: KeyLine) -> str:
    text = clip(inert(" ".join((line.headline or line.what).split())), LINE_TEXT).replace("]", ")").replace("[", "(")
    when = discord_time(line.created_at)
    if line.message_id is not None and line.channel_id is not None:
        return (
            f"• {when} [{text}]({message_link(line.guild_id, line.channel_id, line.message_id)}) · #{line.sighting_id}"
        )
    return f"• {when} {text} · #{line.sighting_id}"


FINAL = "The show has ended: this is its final list."


def summary_embed(show_id: int, show_name: str, lines: list[KeyLine], *, closed: bool = False) -> dict[str, Any]:
    """The message as it should read now (the final list once the show ended). The latest moments are kept
    when they do not all fit."""
    rendered = [_line(line) for line in lines]
    kept: list[str] = []
    size = 0
    for text in reversed(rendered):
        more = len(rendered) - len(kept) - 1  # left out if this one is the last kept
        note = len(f"…and {more} earlier key moments\n") if more else 0
        if size + len(text) + 1 + note + (len(FINAL) + 1 if closed else 0) > DESCRIPTION_MAX:
            break
        kept.insert(0, text)
        size += len(text) + 1
    left = len(rendered) - len(kept)
    description = "\n".join(kept) if kept else ("None." if closed else EMPTY)
    if left:
        description = f"…and {left} earlier key moment{'s' if left != 1 else ''}\n{description}"
    if closed:
        description = f"{FINAL}\n{description}"
    return {
        "type": "rich",
        "title": clip(f"{TITLE}: {inert(show_name)}", TITLE_MAX),
        "description": description,
        "color": COLOR_LIVE,
        "footer": {"text": summary_footer(show_id)},
    }


class PinTransport(FeedTransport, Protocol):
    async def pin(self, channel_id: int, message_id: int) -> None:
        """Pin one of the channel's messages (Pin Messages permission)."""
        ...

    async def unpin(self, channel_id: int, message_id: int) -> None:
        """Unpin one of the channel's messages (Pin Messages permission)."""
        ...

    async def delete(self, channel_id: int, message_id: int) -> None:
        """Delete one of the bot's own messages."""
        ...


class KeySummaryWork:
    def __init__(
        self,
        repo: KeyRepository,
        transport: PinTransport,
        doctor: ChannelDoctor,
        health: ChannelHealth,
        clock: Callable[[], datetime],
        *,
        nonce_window: timedelta,
        request_timeout: float,
    ) -> None:
        self.repo = repo
        self.transport = transport
        self.doctor = doctor
        self.health = health
        self.clock = clock
        self.nonce_window = nonce_window
        self.request_timeout = request_timeout
        self._ours = OwnSends()  # shows whose message this process tried to make

    async def run(self, summary: KeySummary, before_request: Callable[[], None]) -> None:
        """Make, show again or pin the show's message: one request of the channel's budget at most (the pin
        has a bucket of its own)."""
        if summary.leftover is not None:
            await self._leftover(summary, before_request)
            return
        try:
            if summary.message_id is None:
                await self._post(summary, before_request)
            elif summary.shown < summary.version:
                await self._edit(summary, before_request)
            else:
                await self._pin(summary)
        except MessageGone:
            log.info(
                "key moments message %s of show %s was deleted: making it again", summary.message_id, summary.show_id
            )
            await self.repo.gone(summary, self.clock())
        except ChannelUnavailable as exc:
            await self.repo.retry(summary, str(exc), self.clock())
            await self.health.pause(summary.channel_id, exc, summary.guild_id)
        except FeedError as exc:
            delay, _ = delay_after(exc, summary.attempts, edit=True)
            log.warning("key moments message of show %s failed (%s); next try in %.0f s", summary.show_id, exc, delay)
            await self.repo.retry(summary, str(exc), self.clock() + timedelta(seconds=delay))

    async def _leftover(self, summary: KeySummary, before_request: Callable[[], None]) -> None:
        """Delete (the feed moved) or unpin (the show ended) a former message of the show."""
        assert summary.message_id is not None
        try:
            if summary.leftover == DELETE:
                before_request()
                await self._timed(self.transport.delete(summary.channel_id, summary.message_id))
            else:
                await self._timed(self.transport.unpin(summary.channel_id, summary.message_id))
        except MessageGone:
            pass  # a moderator deleted it already: nothing is left pinned
        except (ChannelUnavailable, PermanentError) as exc:
            if not isinstance(exc, ChannelUnavailable) and exc.code not in (50013, 50001):
                raise
            await self.tell(summary, leftover_refused(summary))
        except FeedError as exc:
            delay, _ = delay_after(exc, summary.attempts, edit=True)
            log.warning("former key moments message %s failed (%s)", summary.message_id, exc)
            await self.repo.leftover_retry(summary, str(exc), self.clock() + timedelta(seconds=delay))
            return
        await self.repo.leftover_done(summary)

    async def _render(self, summary: KeySummary) -> tuple[Content, int]:
        """The message as it should read now (one embed; no buttons, no files: a line links to its moment's
        feed message, which shows the photo), and the version it shows."""
        current = await self.repo.get(summary.show_id)
        version = current.version if current is not None else summary.version
        lines = await self.repo.lines(summary.show_id, self.clock())
        embed = summary_embed(summary.show_id, summary.show_name, lines, closed=summary.closed)
        return ([embed], None, None), version

    async def _post(self, summary: KeySummary, before_request: Callable[[], None]) -> None:
        (embeds, buttons, files), version = await self._render(summary)
        message_id = None
        if self._ours.look_first(summary.show_id, summary.created_at, self.clock(), self.nonce_window):
            message_id = await self._already_sent(summary)
            if message_id is None:
                self._ours.ours(summary.show_id)
            else:
                log.info(
                    "key moments message of show %s was already in channel %s: adopted",
                    summary.show_id,
                    summary.channel_id,
                )
        if message_id is None:
            before_request()
            sent = self.transport.send(summary.channel_id, embeds, summary.nonce, buttons, files or ())
            message_id = await self._timed(sent)
        self._ours.settled(summary.show_id)
        await self.repo.posted(summary, message_id, version)
        await self.health.delivered(summary.channel_id)
        posted = await self.repo.get(summary.show_id)
        if posted is not None and posted.message_id == message_id:
            await self._pin(posted)

    async def _already_sent(self, summary: KeySummary) -> int | None:
        try:
            since = summary.created_at - CLOCK_SKEW
            recent = await self._timed(self.transport.sent_since(summary.channel_id, since))
        except PermanentError:
            return None
        footer = summary_footer(summary.show_id)
        found = [m.id for m in recent if any((e.get("footer") or {}).get("text") == footer for e in m.embeds)]
        return found[-1] if found else None

    async def _edit(self, summary: KeySummary, before_request: Callable[[], None]) -> None:
        assert summary.message_id is not None
        (embeds, buttons, files), version = await self._render(summary)
        before_request()
        await self._timed(self.transport.edit(summary.channel_id, summary.message_id, embeds, buttons, files))
        await self.repo.shown(summary, version)
        await self.health.delivered(summary.channel_id)
        if summary.pinned == 0:
            await self._pin(summary)

    async def _pin(self, summary: KeySummary) -> None:
        assert summary.message_id is not None
        try:
            await self._timed(self.transport.pin(summary.channel_id, summary.message_id))
        except (ChannelUnavailable, PermanentError) as exc:
            if isinstance(exc, MessageGone):
                raise
            if exc.code not in (50013, 50001, PINS_FULL):
                raise
            await self.repo.set_pinned(summary, PIN_REFUSED)
            await self.tell(summary, pin_refused(summary, exc.code or 0))
            return
        await self.repo.set_pinned(summary, PINNED)

    async def tell(self, summary: KeySummary, text: str) -> None:
        """The editors are told once: in the show's desk, else by DM to the editor who opened the show."""
        await tell_editors(
            self.doctor,
            summary.desk_channel_id,
            summary.opened_by,
            text,
            not_in=summary.channel_id,
            within=self.request_timeout,
        )

    async def _timed(self, request: Any) -> Any:
        try:
            async with asyncio.timeout(self.request_timeout):
                return await request
        except TimeoutError as exc:
            raise TransientError(f"no answer within {self.request_timeout:g} s") from exc


def pin_refused(summary: KeySummary, code: int) -> str:
    where = f"<#{summary.channel_id}>"
    if code == PINS_FULL:
        why = f"{where} already has as many pinned messages as Discord allows; unpin an old one"
    else:
        why = f"I am missing **Pin Messages** in {where}; give Backstage that permission there"
    return (
        f"⚠️ The **Key moments so far** message of {inert(summary.show_name)} is in {where} but I could not pin it: "
        f"{why}, then pin it yourself (it is the message titled “Key moments so far”). I keep it up to date either way."
    )


def leftover_refused(summary: KeySummary) -> str:
    where = f"<#{summary.channel_id}>"
    link = message_link(summary.guild_id, summary.channel_id, summary.message_id or 0)
    if summary.leftover == DELETE:
        what = f"the live feed of {inert(summary.show_name)} moved, but I could not delete its old"
        todo = "delete it yourself"
    else:
        what = f"{inert(summary.show_name)} has ended, but I could not unpin its"
        todo = "give Backstage **Pin Messages** there, or unpin it yourself"
    return f"⚠️ {what[0].upper()}{what[1:]} **Key moments so far** message in {where} ({link}): {todo}."
