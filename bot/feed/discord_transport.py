"""FeedTransport and ChannelDoctor over discord.py: partial messageables, so sending needs no channel cache;
the gateway cache (kept current by CHANNEL_UPDATE, GUILD_ROLE_UPDATE, GUILD_MEMBER_UPDATE of the bot,
THREAD_UPDATE) says what the bot may do in a channel, and REST fills in a channel the cache does not hold
(an archived thread, a deleted channel). `BudgetWatch` reads the rate-limit headers of the feed's requests."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord

from bot.feed.permissions import ChannelFacts, Kind
from bot.feed.transport import (
    Button,
    ChannelUnavailable,
    FeedFile,
    MessageGone,
    PermanentError,
    RateLimited,
    SentMessage,
    TransientError,
)

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
ARCHIVED_THREAD = 50083  # "Tried to perform an operation on an archived thread"
UNKNOWN_MESSAGE = 10008
HISTORY_MAX = 100  # Get Channel Messages: at most 100 per request
_CHANNEL_MESSAGES = re.compile(r"/channels/(\d+)/messages(?:/\d+)?$")

BudgetListener = Callable[[int, int, int, float], None]  # (channel id, limit, remaining, reset after)

KINDS = {
    discord.ChannelType.text: Kind.TEXT,
    discord.ChannelType.news: Kind.ANNOUNCEMENT,
    discord.ChannelType.public_thread: Kind.THREAD,
    discord.ChannelType.private_thread: Kind.THREAD,
    discord.ChannelType.news_thread: Kind.THREAD,
}


def facts_of(channel: Any, permissions: int | None = None) -> ChannelFacts:
    """ChannelFacts of a discord.py channel (cached, fetched, or an interaction's resolved option).
    `permissions`: the bot's, when Discord sent them; otherwise computed from the gateway cache."""
    kind = KINDS.get(channel.type, Kind.OTHER)
    if permissions is None:
        permissions = 0
        guild = getattr(channel, "guild", None)
        me = guild.me if guild is not None else None
        if me is not None and hasattr(channel, "permissions_for"):
            with contextlib.suppress(discord.ClientException):  # a thread whose parent is not cached
                permissions = channel.permissions_for(me).value
    return ChannelFacts(channel.id, kind, permissions, locked=bool(getattr(channel, "locked", False)))


async def examine(client: discord.Client, channel_id: int, *, fresh: bool = False) -> ChannelFacts:
    """The channel as the bot can use it now: from the gateway cache, else (or when `fresh`) from Discord. A
    process without the server in its cache (another shard's server, whose feed it paces after taking the
    channel's lease), or whose cache missed a change (Discord refused what the cache allows), asks Discord for
    the server's roles, the bot's member and the channels' overwrites, and computes the permissions as Discord
    does, as `backstage doctor` does: never a guess."""
    channel = client.get_channel(channel_id)
    guild = getattr(channel, "guild", None)
    if channel is not None and guild is not None and guild.me is not None and not fresh:
        return facts_of(channel)
    try:
        if channel is None:
            channel = await client.fetch_channel(channel_id)
    except discord.NotFound:  # 10003 Unknown Channel
        return ChannelFacts(channel_id, Kind.GONE)
    except discord.Forbidden:  # 50001 Missing Access: the bot cannot see it
        return ChannelFacts(channel_id, Kind.TEXT, 0)
    guild_id = getattr(channel, "guild_id", None) or getattr(getattr(channel, "guild", None), "id", None)
    assert client.user is not None
    if guild_id is None:
        return facts_of(channel)
    try:
        fetched = await client.fetch_guild(guild_id, with_counts=False)
        me = await fetched.fetch_member(client.user.id)
        present = {c.id: c for c in await fetched.fetch_channels()}
    except (discord.Forbidden, discord.NotFound):  # the bot is no longer in the server
        return ChannelFacts(channel_id, Kind.TEXT, 0)
    return (await fetched_facts(client, present, me, channel_id))[0]


async def fetched_facts(
    client: discord.Client, present: Mapping[int, Any], me: discord.Member, channel_id: int
) -> tuple[ChannelFacts, Any | None]:
    """The rule's facts about a channel of a server fetched over REST (`present`: its channels, `me`: the bot's
    member there), and the channel (None when it is deleted or hidden from the bot)."""
    channel = present.get(channel_id)
    if channel is not None:
        return facts_of(channel, channel.permissions_for(me).value), channel
    try:  # a thread (not listed with the server's channels) or a channel the bot cannot see
        thread = await client.fetch_channel(channel_id)
    except discord.NotFound:
        return ChannelFacts(channel_id, Kind.GONE), None
    except discord.Forbidden:
        return ChannelFacts(channel_id, Kind.TEXT, 0), None
    parent = present.get(getattr(thread, "parent_id", None) or 0)
    # a thread's permissions are its parent's (https://discord.com/developers/docs/topics/threads#permissions)
    return facts_of(thread, parent.permissions_for(me).value if parent is not None else 0), thread


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

    async def send(
        self,
        channel_id: int,
        embeds: list[dict[str, Any]],
        nonce: str,
        buttons: list[Button] | None = None,
        files: Sequence[FeedFile] = (),
    ) -> int:
        channel = self.client.get_partial_messageable(channel_id, type=discord.ChannelType.text)
        with _mapped_errors():
            message = await channel.send(
                embeds=[discord.Embed.from_dict(e) for e in embeds],
                nonce=nonce,
                allowed_mentions=NONE,
                view=_view(buttons) if buttons else discord.utils.MISSING,
                files=_files(files) if files else discord.utils.MISSING,
            )
        return message.id

    async def edit(
        self,
        channel_id: int,
        message_id: int,
        embeds: list[dict[str, Any]],
        buttons: list[Button] | None = None,
        files: Sequence[FeedFile] | None = None,
    ) -> None:
        message = self.client.get_partial_messageable(channel_id).get_partial_message(message_id)
        content = [discord.Embed.from_dict(e) for e in embeds]
        view = discord.utils.MISSING if buttons is None else _view(buttons) if buttons else None

        async def edit() -> None:
            # `attachments` left out keeps the message's files; given, it leaves exactly these (uploaded anew)
            attachments = discord.utils.MISSING if files is None else _files(files)
            await message.edit(embeds=content, allowed_mentions=NONE, view=view, attachments=attachments)

        with _mapped_errors():
            try:
                await edit()
            except discord.HTTPException as exc:
                if exc.code != ARCHIVED_THREAD:
                    raise
                # a thread feed archived after a quiet hour takes no edits (50083): unarchive it, as a new post
                # would (the bot is a member of a thread it posted in), then correct the message
                await self.client.http.edit_channel(channel_id, archived=False)
                await edit()

    async def pin(self, channel_id: int, message_id: int) -> None:
        with _mapped_errors():
            await self.client.http.pin_message(channel_id, message_id)

    async def unpin(self, channel_id: int, message_id: int) -> None:
        with _mapped_errors():
            await self.client.http.unpin_message(channel_id, message_id)

    async def delete(self, channel_id: int, message_id: int) -> None:
        with _mapped_errors():
            await self.client.http.delete_message(channel_id, message_id)

    async def sent_since(self, channel_id: int, since: datetime) -> list[SentMessage]:
        me = self.client.user.id if self.client.user else None
        found = []
        with _mapped_errors():
            history = self.client.get_partial_messageable(channel_id).history(
                limit=HISTORY_MAX, after=since, oldest_first=True
            )
            async for message in history:
                if message.author.id == me:
                    found.append(SentMessage(message.id, [dict(e.to_dict()) for e in message.embeds]))
        return found

    # -- ChannelDoctor ---------------------------------------------------------------------------
    async def examine(self, channel_id: int, *, fresh: bool = False) -> ChannelFacts:
        await self.client.wait_until_ready()  # the cache is only complete after READY and the guilds
        with _mapped_errors():
            return await examine(self.client, channel_id, fresh=fresh)

    async def notice(self, channel_id: int, text: str) -> None:
        channel = self.client.get_partial_messageable(channel_id, type=discord.ChannelType.text)
        with _mapped_errors():
            await channel.send(text, allowed_mentions=NONE)

    async def direct_message(self, user_id: int, text: str) -> bool:
        try:
            channel = await self.client.create_dm(discord.Object(user_id))
            await channel.send(text, allowed_mentions=NONE)
        except discord.HTTPException as exc:
            log.warning("could not DM user %s: %s", user_id, exc)
            return False
        return True


def _files(files: Sequence[FeedFile]) -> list[discord.File]:
    return [discord.File(io.BytesIO(f.data), filename=f.filename) for f in files]


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
    except discord.HTTPException as exc:
        text = f"{exc.status} {exc.code} {exc.text or ''}".strip()
        if exc.code in ChannelUnavailable.CODES:
            raise ChannelUnavailable(exc.code, text) from exc
        if exc.code == UNKNOWN_MESSAGE:
            raise MessageGone(text, status=exc.status, code=exc.code) from exc
        if exc.status == 429 or exc.status >= 500:
            raise TransientError(text, status=exc.status, code=exc.code) from exc
        raise PermanentError(text, status=exc.status, code=exc.code) from exc
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise TransientError(f"{type(exc).__name__}: {exc}") from exc
