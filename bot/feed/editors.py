"""Telling the editors something the bot could not do, or must not keep quiet: once, in the show's desk channel,
else by direct message to the editor who opened the show. One rule, used by the key-moments message
(`keys.KeySummaryWork.tell`) and by a retraction the published digest still tells (`EditionService.tell_retraction`).
The channel watch (`health.ChannelWatch.tell`) keeps its own because a desk that fails there is paused and looked at
again rather than passed over."""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable
from typing import Protocol

from bot.feed.transport import PermanentError, TransientError

log = logging.getLogger(__name__)


class EditorsLine(Protocol):
    """The two ways of reaching an editor (the Discord transport, the rehearsal's console)."""

    async def notice(self, channel_id: int, text: str) -> None: ...

    async def direct_message(self, user_id: int, text: str) -> bool: ...


class Told(enum.Enum):
    DESK = "desk"
    DIRECT_MESSAGE = "direct message"
    NOBODY = "nobody"


async def tell_editors(
    line: EditorsLine,
    desk: int | None,
    opened_by: int,
    text: str,
    *,
    not_in: int | None = None,
    within: float | None = None,
) -> Told:
    """Post `text` in the desk (unless there is none or it is `not_in`, the channel the trouble is about), else DM
    the editor who opened the show; `within` seconds at most for the desk's answer (no answer counts as a
    refusal). Returns who was told; nobody is logged as an error."""
    if desk is not None and desk != not_in:
        try:
            await _answered(line.notice(desk, text), within)
            return Told.DESK
        except (TransientError, PermanentError) as exc:
            log.warning("could not tell the desk %s: %s", desk, exc)
    if await line.direct_message(opened_by, text):
        return Told.DIRECT_MESSAGE
    log.error("nobody could be told: %s", text)
    return Told.NOBODY


async def _answered(request: Awaitable[None], within: float | None) -> None:
    if within is None:
        await request
        return
    try:
        async with asyncio.timeout(within):
            await request
    except TimeoutError as exc:
        raise TransientError(f"no answer within {within:g} s") from exc
