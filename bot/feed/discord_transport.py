"""FeedTransport over discord.py: partial messageables, so nothing needs the channel cache."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord

from bot.feed.transport import (
    Button,
    MessageGone,
    PermanentError,
    RateLimited,
    SentMessage,
    TransientError,
)

NONE = discord.AllowedMentions.none()
UNKNOWN_MESSAGE = 10008
HISTORY_MAX = 100  # Get Channel Messages: at most 100 per request
_CHANNEL_MESSAGES = re.compile(r"/channels/(\d+)/messages(?:/\d+)?$")

BudgetListener = Callable[[int, int, int, float], None]  # (channel id, limit, remaining, reset after)


class BudgetWatch:
    """Reads the rate-limit headers of every send and edit of a channel's messages (an aiohttp trace:
    discord.py keeps its own copy private) and passes them on, so the feed paces each channel by what
    Discord says rather than by a guess. Give `trace` to the client as `http_trace`."""

    def __init__(self) -> None:
        self.trace = aiohttp.TraceConfig()
        self.trace.on_request_end.append(self._ended)
        self.listener: BudgetListener | None = None

    async def _ended(
        self, session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestEndParams
    ) -> None:
        found = _CHANNEL_MESSAGES.search(params.url.path) if params.method in ("POST", "PATCH") else None
        if found is None or self.listener is None:
            return
        headers = params.response.headers
        try:
            limit, remaining = int(headers["X-RateLimit-Limit"]), int(headers["X-RateLimit-Remaining"])
            reset_after = float(headers["X-RateLimit-Reset-After"])
        except (KeyError, ValueError):
            return
        self.listener(int(found.group(1)), limit, remaining, reset_after)


class DiscordTransport:
    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def _channel(self, channel_id: int) -> discord.PartialMessageable:
        return self.client.get_partial_messageable(channel_id, type=discord.ChannelType.text)

    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, buttons: list[Button] | None = None
    ) -> int:
        with _mapped_errors():
            message = await self._channel(channel_id).send(
                embeds=[discord.Embed.from_dict(e) for e in embeds],
                nonce=nonce,
                allowed_mentions=NONE,
                view=_view(buttons) if buttons else discord.utils.MISSING,
            )
        return message.id

    async def edit(
        self, channel_id: int, message_id: int, embeds: list[dict[str, Any]], buttons: list[Button] | None = None
    ) -> None:
        view = discord.utils.MISSING if buttons is None else _view(buttons) if buttons else None
        with _mapped_errors():
            await (
                self._channel(channel_id)
                .get_partial_message(message_id)
                .edit(embeds=[discord.Embed.from_dict(e) for e in embeds], allowed_mentions=NONE, view=view)
            )

    async def recent(self, channel_id: int, since: datetime) -> list[SentMessage]:
        me = self.client.user.id if self.client.user else None
        found = []
        with _mapped_errors():
            history = self._channel(channel_id).history(limit=HISTORY_MAX, after=since, oldest_first=True)
            async for message in history:
                if message.author.id == me:
                    found.append(SentMessage(message.id, [dict(e.to_dict()) for e in message.embeds]))
        return found


def _view(buttons: list[Button]) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for b in buttons:
        style = getattr(discord.ButtonStyle, b.style)
        view.add_item(discord.ui.Button(custom_id=b.custom_id, label=b.label, style=style))
    return view


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    """discord.py's exceptions → the publisher's kinds of failure."""
    try:
        yield
    except discord.RateLimited as exc:  # longer than max_ratelimit_timeout: never slept on
        raise RateLimited(f"rate limited for {exc.retry_after:.0f} s", exc.retry_after) from exc
    except discord.NotFound as exc:
        gone = MessageGone if exc.code == UNKNOWN_MESSAGE else PermanentError
        raise gone(_text(exc), status=exc.status, code=exc.code) from exc
    except discord.Forbidden as exc:
        raise PermanentError(_text(exc), status=exc.status, code=exc.code) from exc
    except discord.HTTPException as exc:
        if exc.status == 429 or exc.status >= 500:
            raise TransientError(_text(exc), status=exc.status, code=exc.code) from exc
        raise PermanentError(_text(exc), status=exc.status, code=exc.code) from exc
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise TransientError(f"{type(exc).__name__}: {exc}") from exc


def _text(exc: discord.HTTPException) -> str:
    return f"{exc.status} {exc.code} {exc.text or ''}".strip()
