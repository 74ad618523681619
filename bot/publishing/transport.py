"""Where the digest's messages go: the protocol the edition publisher speaks, its failures, and discord.py's
side of it. Everything is addressed by id (partial messageables), so nothing needs the channel cache; the
cache is only read to name a missing permission."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import aiohttp
import discord

NONE = discord.AllowedMentions.none()
# a request that takes longer is tried again later (a send's outcome is then checked). The client raises a rate
# limit longer than its max_ratelimit_timeout (bot.client) instead of sleeping on it, so this is only a safety net.
REQUEST_TIMEOUT = 60.0
HISTORY_LOOKBACK = 50  # recent messages read to find one whose send had no answer
UNKNOWN_MESSAGE = 10008
ALREADY_CROSSPOSTED = 40033  # https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
# What Backstage needs to post the digest in a channel (README, "Invite it"), as discord.py names them.
NEEDED = {
    "view_channel": "View Channel",
    "send_messages": "Send Messages",
    "embed_links": "Embed Links",
    "read_message_history": "Read Message History",
}


class PublishError(Exception):
    """A request failed; `str(exc)` is a clause for the editors."""


class Refused(PublishError):
    """Discord said no (permissions, a deleted channel): retrying will not help."""


class Unavailable(PublishError):
    """Discord did not answer, or answered 5xx: try again later."""


class RateLimited(PublishError):
    """Try again after `retry_after` seconds (None: unknown)."""

    def __init__(self, text: str, retry_after: float | None) -> None:
        super().__init__(text)
        self.retry_after = retry_after


class AlreadyDone(PublishError):
    """What was asked already happened (a crosspost made, a message deleted)."""


@dataclass(frozen=True)
class Posted:
    """One of the bot's own messages, read back from a channel's history."""

    id: int
    created_at: datetime
    embeds: list[dict[str, Any]]


class DigestTransport(Protocol):
    async def send(self, channel_id: int, embeds: list[dict[str, Any]], nonce: str) -> int: ...

    async def crosspost(self, channel_id: int, message_id: int) -> None: ...

    async def delete(self, channel_id: int, message_id: int) -> None: ...

    async def recent(self, channel_id: int) -> list[Posted]: ...

    async def notify(self, channel_id: int, content: str) -> None: ...


def missing_permissions(permissions: discord.Permissions) -> list[str]:
    """The permissions of `NEEDED` that `permissions` lacks, by the names Discord shows. Discord's implicit
    permissions (https://discord.com/developers/docs/topics/permissions#implicit-permissions): without View
    Channel nothing else counts, and without Send Messages Embed Links does not; those are not named, since
    granting the base permission brings them back."""
    if not permissions.view_channel:
        return [NEEDED["view_channel"]]
    lacking = [flag for flag in NEEDED if not getattr(permissions, flag)]
    if "send_messages" in lacking and "embed_links" in lacking:
        lacking.remove("embed_links")
    return [NEEDED[flag] for flag in lacking]


def listing(names: list[str]) -> str:
    bold = [f"**{n}**" for n in names]
    return bold[0] if len(bold) == 1 else ", ".join(bold[:-1]) + " and " + bold[-1]


def cached_permissions(client: discord.Client, channel_id: int) -> discord.Permissions | None:
    """The bot's permissions in a channel, from the gateway cache (None when the cache does not hold it)."""
    channel = client.get_channel(channel_id)
    if not isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        return None
    return channel.permissions_for(channel.guild.me)


class DiscordDigestTransport:
    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def _channel(self, channel_id: int) -> discord.PartialMessageable:
        return self.client.get_partial_messageable(channel_id)

    async def send(self, channel_id: int, embeds: list[dict[str, Any]], nonce: str) -> int:
        with self._mapped(channel_id):
            message = await asyncio.wait_for(
                self._channel(channel_id).send(
                    embeds=[discord.Embed.from_dict(e) for e in embeds], nonce=nonce, allowed_mentions=NONE
                ),
                REQUEST_TIMEOUT,
            )
        return message.id

    async def crosspost(self, channel_id: int, message_id: int) -> None:
        with self._mapped(channel_id):
            await asyncio.wait_for(self._channel(channel_id).get_partial_message(message_id).publish(), REQUEST_TIMEOUT)

    async def delete(self, channel_id: int, message_id: int) -> None:
        with self._mapped(channel_id):
            await asyncio.wait_for(self._channel(channel_id).get_partial_message(message_id).delete(), REQUEST_TIMEOUT)

    async def recent(self, channel_id: int) -> list[Posted]:
        me = self.client.user.id if self.client.user else None
        found = []
        with self._mapped(channel_id):
            async for message in self._channel(channel_id).history(limit=HISTORY_LOOKBACK):
                if message.author.id == me:
                    found.append(Posted(message.id, message.created_at, [dict(e.to_dict()) for e in message.embeds]))
        return found

    async def notify(self, channel_id: int, content: str) -> None:
        with self._mapped(channel_id):
            await asyncio.wait_for(
                self._channel(channel_id).send(content[:2000], allowed_mentions=NONE), REQUEST_TIMEOUT
            )

    def refusal(self, channel_id: int, exc: discord.HTTPException) -> str:
        """A 403/404 as a clause naming what is wrong, with the missing permissions when the cache knows."""
        where = f"<#{channel_id}>"
        if isinstance(exc, discord.NotFound) and exc.code == 10003:
            return f"{where} no longer exists"
        permissions = cached_permissions(self.client, channel_id)
        lacking = missing_permissions(permissions) if permissions is not None else []
        if lacking:
            return f"I am missing {listing(lacking)} in {where}"
        return f"Discord refused it in {where} ({exc.status}, code {exc.code}: {exc.text or 'no reason given'})"

    @contextlib.contextmanager
    def _mapped(self, channel_id: int) -> Iterator[None]:
        """discord.py's exceptions → the publisher's kinds of failure."""
        try:
            yield
        except discord.RateLimited as exc:  # longer than the client's max_ratelimit_timeout
            raise RateLimited(f"rate limited for {exc.retry_after:.0f} s", exc.retry_after) from exc
        except discord.HTTPException as exc:
            if exc.code in (UNKNOWN_MESSAGE, ALREADY_CROSSPOSTED):
                raise AlreadyDone(exc.text or str(exc.code)) from exc
            if exc.status in (403, 404):
                raise Refused(self.refusal(channel_id, exc)) from exc
            if exc.status == 429 or exc.status >= 500:
                raise Unavailable(f"Discord answered {exc.status}") from exc
            raise Refused(f"Discord refused it ({exc.status}, code {exc.code}: {exc.text})") from exc
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise Unavailable(f"Discord did not answer ({type(exc).__name__})") from exc
