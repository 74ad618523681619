"""Where feed messages go. The publisher speaks to this protocol; discord.py and the rehearsal console
each implement it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from bot.feed.permissions import ChannelFacts


@dataclass(frozen=True)
class Button:
    custom_id: str
    label: str
    style: str  # "success", "danger", "secondary"


class TransientError(Exception):
    """Try again later (Discord down, slow, rate limited, network)."""


class PermanentError(Exception):
    """Discord refused the request itself (e.g. 400): sending it unchanged soon will not help. The batch is
    retried after a longer back-off, never dropped, and `/show status` shows it."""


class ChannelUnavailable(PermanentError):
    """Discord refuses the channel as a whole: no access (50001), a missing permission (50013), deleted
    (10003), a locked thread (160005). The channel is paused until it can take posts again (bot.feed.health)."""

    CODES = frozenset({50001, 50013, 10003, 160005})

    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code


class FeedTransport(Protocol):
    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, buttons: list[Button] | None = None
    ) -> int:
        """Post one message; return its id. The same nonce twice must yield one message."""
        ...

    async def edit(self, channel_id: int, message_id: int, embeds: list[dict[str, Any]]) -> None: ...


class ChannelDoctor(Protocol):
    """What the channel watch needs from Discord: the state of a channel and two ways to tell an editor."""

    async def examine(self, channel_id: int) -> ChannelFacts:
        """The channel's kind and the bot's permissions there now."""
        ...

    async def notice(self, channel_id: int, text: str) -> None:
        """Post a plain message (raises ChannelUnavailable when the channel refuses it)."""
        ...

    async def direct_message(self, user_id: int, text: str) -> bool:
        """DM a member; False when Discord refuses (DMs closed)."""
        ...
