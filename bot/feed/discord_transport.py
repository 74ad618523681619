"""FeedTransport over discord.py: partial messageables, so nothing needs the channel cache."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import aiohttp
import discord

from bot.feed.transport import Button, PermanentError, TransientError

NONE = discord.AllowedMentions.none()


class DiscordTransport:
    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, buttons: list[Button] | None = None
    ) -> int:
        channel = self.client.get_partial_messageable(channel_id, type=discord.ChannelType.text)
        view = discord.utils.MISSING
        if buttons:
            view = discord.ui.View(timeout=None)
            for b in buttons:
                view.add_item(
                    discord.ui.Button(custom_id=b.custom_id, label=b.label, style=getattr(discord.ButtonStyle, b.style))
                )
        with _mapped_errors():
            message = await channel.send(
                embeds=[discord.Embed.from_dict(e) for e in embeds], nonce=nonce, allowed_mentions=NONE, view=view
            )
        return message.id

    async def edit(self, channel_id: int, message_id: int, embeds: list[dict[str, Any]]) -> None:
        channel = self.client.get_partial_messageable(channel_id, type=discord.ChannelType.text)
        with _mapped_errors():
            await channel.get_partial_message(message_id).edit(
                embeds=[discord.Embed.from_dict(e) for e in embeds], allowed_mentions=NONE
            )


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    """discord.py's exceptions → the publisher's two kinds of failure."""
    try:
        yield
    except (discord.Forbidden, discord.NotFound) as exc:
        raise PermanentError(f"{exc.status} {exc.text or ''}".strip()) from exc
    except discord.HTTPException as exc:
        if exc.status == 429 or exc.status >= 500:
            raise TransientError(f"{exc.status} {exc.text or ''}".strip()) from exc
        raise PermanentError(f"{exc.status} {exc.text or ''}".strip()) from exc
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise TransientError(f"{type(exc).__name__}: {exc}") from exc
