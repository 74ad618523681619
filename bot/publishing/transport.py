"""Where the digest's messages go: the protocol the edition publisher speaks, its failures, and discord.py's
side of it. Everything is addressed by id (partial messageables), so nothing needs the channel cache; the
cache is only read to name a missing permission, by the one rule of bot.feed.permissions."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import aiohttp
import discord

from bot.feed.discord_transport import facts_of
from bot.feed.permissions import ChannelFacts, Kind, trouble
from bot.feed.transport import FeedFile

NONE = discord.AllowedMentions.none()
# a request that takes longer is tried again later (a send's outcome is then checked). The client raises a rate
# limit longer than its max_ratelimit_timeout (bot.client) instead of sleeping on it, so this is only a safety net.
REQUEST_TIMEOUT = 60.0
HISTORY_LOOKBACK = 50  # recent messages read to find one whose send had no answer
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
ALREADY_CROSSPOSTED = 40033  # https://discord.com/developers/docs/topics/opcodes-and-status-codes#json


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
    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, *, files: Sequence[FeedFile] = ()
    ) -> int: ...

    async def crosspost(self, channel_id: int, message_id: int) -> None: ...

    async def edit(self, channel_id: int, message_id: int, embeds: list[dict[str, Any]]) -> None: ...

    async def delete(self, channel_id: int, message_id: int) -> None: ...

    async def recent(self, channel_id: int) -> list[Posted]: ...

    async def notify(self, channel_id: int, content: str, *, nonce: str) -> None: ...


class DiscordDigestTransport:
    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def _channel(self, channel_id: int) -> discord.PartialMessageable:
        return self.client.get_partial_messageable(channel_id)

    async def send(
        self, channel_id: int, embeds: list[dict[str, Any]], nonce: str, *, files: Sequence[FeedFile] = ()
    ) -> int:
        with self._mapped(channel_id):
            message = await asyncio.wait_for(
                self._channel(channel_id).send(
                    embeds=[discord.Embed.from_dict(e) for e in embeds],
                    files=[discord.File(io.BytesIO(f.data), filename=f.filename) for f in files],
                    nonce=nonce,
                    allowed_mentions=NONE,
                ),
                REQUEST_TIMEOUT,
            )
        return message.id

    async def edit(self, channel_id: int, message_id: int, embeds: list[dict[str, Any]]) -> None:
        # no `attachments` sent: Discord keeps the message's files, which its embeds' attachment:// names show
        with self._mapped(channel_id):
            await asyncio.wait_for(
                self._channel(channel_id)
                .get_partial_message(message_id)
                .edit(embeds=[discord.Embed.from_dict(e) for e in embeds], allowed_mentions=NONE),
                REQUEST_TIMEOUT,
            )

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

    async def notify(self, channel_id: int, content: str, *, nonce: str) -> None:
        # discord.py sends `enforce_nonce` with a nonce: a second send with it within a few minutes makes no message
        with self._mapped(channel_id):
            await asyncio.wait_for(
                self._channel(channel_id).send(content[:2000], nonce=nonce, allowed_mentions=NONE), REQUEST_TIMEOUT
            )

    def refusal(self, channel_id: int, exc: discord.HTTPException) -> str:
        """A 403/404 as a clause naming what is wrong, by the feed's rule (bot.feed.permissions) when the cache
        holds the channel; otherwise Discord's own words."""
        facts: ChannelFacts | None = None
        if isinstance(exc, discord.NotFound) and exc.code == UNKNOWN_CHANNEL:
            facts = ChannelFacts(channel_id, Kind.GONE)
        elif (channel := self.client.get_channel(channel_id)) is not None:
            facts = facts_of(channel)
        clause = trouble(facts) if facts is not None else None
        if clause is not None:
            return clause
        return f"Discord refused it in <#{channel_id}> ({exc.status}, code {exc.code}: {exc.text or 'no reason given'})"

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
