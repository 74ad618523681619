"""Pinning the bot's messages, as Discord does it.

https://discord.com/developers/docs/resources/message#pin-message: ``PUT /channels/{channel.id}/messages/pins/
{message.id}`` "Pin a message in a channel. Requires the PIN_MESSAGES permission. Fires a Channel Pins Update
Gateway event." (204); ``DELETE`` the same path unpins (204). The older ``/channels/{channel.id}/pins/
{message.id}`` is deprecated but still served ("Pin Message (deprecated)"); discord.py 2.7.1 calls the new one
(http.py ``pin_message``). PIN_MESSAGES is ``1 << 51`` (topics/permissions), split out of MANAGE_MESSAGES.

Errors: 404 / 10003 Unknown Channel; 404 / 10008 Unknown Message (also a deleted one); 403 / 50001 Missing
Access without VIEW_CHANNEL; 403 / 50013 Missing Permissions without PIN_MESSAGES; 400 / 30003 "Maximum number
of pins reached for the channel (250)" (topics/opcodes-and-status-codes, JSON error codes: the limit was 50
before Discord raised it, and older libraries still say 50; ``FakeDiscord.pin_limit`` sets it). Pinning a
message that is already pinned changes nothing and is answered 204, as Discord does.

A pin also posts Discord's system message in the channel, "… pinned a message to this channel": type 6
CHANNEL_PINNED_MESSAGE (resources/message.mdx, "Message Types"), by whoever pinned, with no content, and a
``message_reference`` to the pinned message ("Message Reference Object": pins are among the system messages
that carry one), announced with MESSAGE_CREATE; and the pinned (or unpinned) message itself is announced with
MESSAGE_UPDATE, ``pinned`` changed (discord.py's ``on_message_edit``: "A message has been pinned or unpinned").
Both come with the GUILD_MESSAGES intent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .gateway import GUILD_MESSAGES
from .ids import JSON, error_body
from .messages import public
from .permissions import MISSING_ACCESS, MISSING_PERMISSIONS, PIN_MESSAGES, VIEW_CHANNEL
from .rest import Call, HTTPError, Reply, Route

if TYPE_CHECKING:
    from .server import FakeDiscord

PIN_LIMIT = 250
TOO_MANY_PINS = 30003
CHANNEL_PINNED_MESSAGE = 6
GUILDS = 1 << 0  # CHANNEL_PINS_UPDATE comes with the GUILDS intent (events/gateway#list-of-intents)


def pinned(server: FakeDiscord, channel_id: int) -> list[JSON]:
    """The channel's pinned messages (deleted ones are no longer pinned)."""
    return [m for m in server.messages.in_channel(channel_id) if m.get("pinned")]


def pin_routes(server: FakeDiscord) -> list[Route]:
    new = "/channels/{channel_id}/messages/pins/{message_id}"
    old = "/channels/{channel_id}/pins/{message_id}"
    pin, unpin = _pin(server, True), _pin(server, False)
    return [Route("PUT", new, pin), Route("DELETE", new, unpin), Route("PUT", old, pin), Route("DELETE", old, unpin)]


def _pin(server: FakeDiscord, on: bool) -> Callable[[Call], Awaitable[Reply]]:
    async def handle(call: Call) -> Reply:
        channel = server.channel(call.snowflake("channel_id"))
        if channel is None:
            raise HTTPError(404, error_body("Unknown Channel", 10003))
        guild = server.guild(channel.guild_id) if channel.guild_id else None
        if guild is not None and guild.bot_member is not None:
            perms = guild.channel_permissions(guild.bot_member, channel)
            refusal = MISSING_ACCESS if not perms & VIEW_CHANNEL else None
            refusal = refusal or (MISSING_PERMISSIONS if not perms & PIN_MESSAGES else None)
            if refusal is not None:
                raise HTTPError(refusal.status, error_body(refusal.message, refusal.code))
        message = server.messages.get(call.snowflake("message_id"))
        if message is None or message["channel_id"] != str(channel.id):
            raise HTTPError(404, error_body("Unknown Message", 10008))
        if bool(message.get("pinned")) == on:
            return Reply(204)
        if on and len(pinned(server, channel.id)) >= server.pin_limit:
            limit = server.pin_limit
            raise HTTPError(400, error_body(f"Maximum number of pins reached for the channel ({limit})", TOO_MANY_PINS))
        message["pinned"] = on
        data: JSON = {"channel_id": str(channel.id), "last_pin_timestamp": datetime.now(UTC).isoformat()}
        guild_id = guild.id if guild else None
        where = {"guild_id": str(guild.id)} if guild is not None else {}
        data.update(where)
        server.hub.dispatch("CHANNEL_PINS_UPDATE", data, guild_id=guild_id, intent=GUILDS)
        server.hub.dispatch("MESSAGE_UPDATE", {**public(message), **where}, guild_id=guild_id, intent=GUILD_MESSAGES)
        if on:
            notice = server.messages.create(channel.id, {}, [], message_type=CHANNEL_PINNED_MESSAGE)
            notice["message_reference"] = {"type": 0, "channel_id": str(channel.id), "message_id": message["id"]}
            notice["message_reference"].update(where)
            server.hub.dispatch("MESSAGE_CREATE", {**public(notice), **where}, guild_id=guild_id, intent=GUILD_MESSAGES)
        server.changes.bump()
        return Reply(204)

    return handle
