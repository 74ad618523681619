"""Where feed messages go. The publisher speaks to this protocol; discord.py and the rehearsal console
each implement it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Button:
    custom_id: str
    label: str
    style: str  # "success", "danger", "secondary"


class TransientError(Exception):
    """Try again later (Discord down, slow, rate limited, network)."""


class PermanentError(Exception):
    """Retrying will not help (channel deleted, no permission). The batch is set aside and reported."""


class FeedTransport(Protocol):
    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, buttons: list[Button] | None = None
    ) -> int:
        """Post one message; return its id. The same nonce twice must yield one message."""
        ...

    async def edit(self, channel_id: int, message_id: int, embeds: list[dict[str, Any]]) -> None: ...
