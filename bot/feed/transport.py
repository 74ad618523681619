"""Where feed messages go. The publisher speaks to this protocol; discord.py and the rehearsal console
each implement it, and turn their failures into the few kinds below."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from bot.feed.permissions import ChannelFacts


@dataclass(frozen=True)
class Button:
    custom_id: str
    label: str
    style: str  # "success", "danger", "secondary"


@dataclass(frozen=True)
class FeedFile:
    """A file uploaded with a feed message (a sighting's photo; its embed shows it as `attachment://name`)."""

    filename: str
    data: bytes = field(repr=False)


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
    """Discord refused the request itself (e.g. 400): sending it unchanged soon will not help. The batch is
    retried after a longer back-off, never dropped, and `/show status` shows it."""


class ChannelUnavailable(PermanentError):
    """Discord refuses the channel as a whole: no access (50001), a missing permission (50013), deleted
    (10003), a locked thread (160005). The channel is paused until it can take posts again (bot.feed.health)."""

    CODES = frozenset({50001, 50013, 10003, 160005})
    code: int

    def __init__(self, code: int, text: str) -> None:
        super().__init__(text, code=code)


class MessageGone(PermanentError):
    """404 10008 Unknown Message: a moderator deleted the message; every later edit fails the same way."""


class FeedTransport(Protocol):
    async def send(
        self,
        channel_id: int,
        embeds: list[dict[str, Any]],
        nonce: str,
        buttons: list[Button] | None = None,
        files: Sequence[FeedFile] = (),
    ) -> int:
        """Post one message with these files; return its id. The same nonce twice (within Discord's window)
        yields one message."""
        ...

    async def edit(
        self,
        channel_id: int,
        message_id: int,
        embeds: list[dict[str, Any]],
        buttons: list[Button] | None = None,
        files: Sequence[FeedFile] | None = None,
    ) -> None:
        """Replace a message's embeds; `buttons` None leaves its buttons as they are, [] removes them; `files`
        None leaves its files as they are (Discord keeps a message's files when an edit does not list them), a
        list replaces them all with these (uploaded again; [] removes them)."""
        ...

    async def sent_since(self, channel_id: int, since: datetime) -> list[SentMessage]:
        """The bot's own messages in the channel created since `since` (needs Read Message History)."""
        ...


class ChannelDoctor(Protocol):
    """What the channel watch needs from Discord: the state of a channel and two ways to tell an editor."""

    async def examine(self, channel_id: int, *, fresh: bool = False) -> ChannelFacts:
        """The channel's kind and the bot's permissions there now; `fresh`: as Discord computes them now, not as
        the gateway's cache holds them (which misses a change the gateway never announced)."""
        ...

    async def notice(self, channel_id: int, text: str) -> None:
        """Post a plain message (raises ChannelUnavailable when the channel refuses it)."""
        ...

    async def direct_message(self, user_id: int, text: str) -> bool:
        """DM a member; False when Discord refuses (DMs closed)."""
        ...
