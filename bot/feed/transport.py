"""Where feed messages go. The publisher speaks to this protocol; discord.py and the rehearsal console
each implement it, and turn their failures into the few kinds below."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class Button:
    custom_id: str
    label: str
    style: str  # "success", "danger", "secondary"


@dataclass(frozen=True)
class SentMessage:
    """One of the bot's own messages, read back from a channel's history."""

    id: int
    embeds: list[dict[str, Any]]


class FeedError(Exception):
    """A request failed. `status` is the HTTP status and `code` Discord's JSON error code, when known."""

    def __init__(self, text: str, *, status: int | None = None, code: int | None = None) -> None:
        super().__init__(text)
        self.status = status
        self.code = code


class TransientError(FeedError):
    """Try again later (Discord down, slow, rate limited, network)."""


class RateLimited(TransientError):
    """A rate limit longer than the client waits for (`max_ratelimit_timeout`), e.g. 30046 on an edit of an
    hour-old message: retry after `retry_after` seconds, without holding the channel meanwhile."""

    def __init__(self, text: str, retry_after: float) -> None:
        super().__init__(text, status=429)
        self.retry_after = retry_after


class PermanentError(FeedError):
    """Retrying the same request will not help (no permission, channel deleted, body refused)."""


class MessageGone(PermanentError):
    """404 10008 Unknown Message: a moderator deleted the message; every later edit fails the same way."""


class FeedTransport(Protocol):
    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, buttons: list[Button] | None = None
    ) -> int:
        """Post one message; return its id. The same nonce twice (within Discord's window) yields one message."""
        ...

    async def edit(
        self, channel_id: int, message_id: int, embeds: list[dict[str, Any]], buttons: list[Button] | None = None
    ) -> None:
        """Replace a message's embeds; `buttons` None leaves its buttons as they are, [] removes them."""
        ...

    async def recent(self, channel_id: int, since: datetime) -> list[SentMessage]:
        """The bot's own messages in the channel created since `since` (needs Read Message History)."""
        ...
