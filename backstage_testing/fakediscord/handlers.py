"""Handlers for the REST routes a discord.py bot uses, answering with Discord's shapes and error codes.

Covered: login (``GET /users/@me``: another token -> 401, which discord.py turns into LoginFailure;
``GET /oauth2/applications/@me``), ``GET /gateway``, ``/gateway/``, ``/gateway/bot``, command sync (GET/PUT
global and per guild), channel messages (POST json or multipart, GET, PATCH, DELETE, history), own
reactions, pins (pins.py), typing, DMs (``POST /users/@me/channels``), guild/member/role/channel reads, interaction
callbacks (``?with_response=1`` answers ``{interaction, resource}``; a 204 would break discord.py's
``send_message``) and the interaction webhook (followups, ``@original`` reads and edits).

Crossposts (``POST /channels/{id}/messages/{id}/crosspost``) publish a message of an announcement channel to
the channels that follow it (:meth:`FakeDiscord.follow`), within ``crosspost_limit`` (10 an hour per channel).

Error codes used: 10003 Unknown Channel, 10004 Unknown Guild, 10007 Unknown Member, 10008 Unknown Message
(also for every read or edit of a deleted message), 10015 Unknown Webhook, 10062 Unknown interaction (also
for a first response after the deadline), 30046 too many edits of hour-old messages (a 429), 40033 already
crossposted, 40060 already acknowledged, 50001 Missing Access, 50006 empty message (a send, or an edit that
would leave the message empty), 50007 cannot DM this user, 50013 Missing Permissions, 50024 wrong channel type,
50035 Invalid Form Body (also for an edit over the embed limits), 50083 archived thread, 160005 locked thread;
413 / 40005 for a file over the upload limit (see rest.py). The bot's permissions in a channel are computed
like Discord (:mod:`.permissions`) and checked before anything else of a send or an edit.

Sends and edits of a channel's messages share one rate-limit bucket: POST and PATCH on
``/channels/{id}/messages`` report the same ``X-RateLimit-Bucket`` (discord-api-docs issue 1442), so
discord.py paces them together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ids import JSON, error_body
from .interactions import InteractionResult
from .messages import CROSSPOSTED, EPHEMERAL, IS_CROSSPOST, LOADING, SOURCE_MESSAGE_DELETED, is_empty, public
from .permissions import (
    GUILD_ANNOUNCEMENT,
    MANAGE_CHANNELS,
    MANAGE_MESSAGES,
    MANAGE_THREADS,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    Refusal,
    refuse_edit,
    refuse_send,
)
from .pins import pin_routes
from .rest import Call, HTTPError, Reply, Route
from .uploads import UploadRefused, check_files
from .validation import Finding, check_autocomplete_result, check_commands, check_message, check_modal

if TYPE_CHECKING:
    from .models import FakeChannel
    from .server import FakeDiscord

APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5
MESSAGE_TYPE_CHAT_INPUT_COMMAND = 20
MESSAGE_TYPE_CONTEXT_MENU_COMMAND = 23  # the answer to a user or message command (message.mdx, Message Types)
MESSAGE_TYPE_REPLY = 19
CHANNEL_MESSAGES_BUCKET = "POST+PATCH /channels/{channel_id}/messages"  # discord-api-docs issue 1442
HISTORY_MAX = 100  # Get Channel Messages: limit 1-100, default 50


class Handlers:
    def __init__(self, server: FakeDiscord) -> None:
        self.server = server

    def routes(self) -> list[Route]:
        s = self
        channel_messages = "/channels/{channel_id}/messages"
        one_message = channel_messages + "/{message_id}"
        webhook = "/webhooks/{webhook_id}/{webhook_token}"
        return [
            *pin_routes(self.server),
            Route("GET", "/users/@me", s.get_me),
            Route("GET", "/users/{user_id}", s.get_user),
            Route("GET", "/oauth2/applications/@me", s.get_application),
            Route("GET", "/applications/@me", s.get_application),
            Route("GET", "/gateway", s.get_gateway, auth=False),
            Route("GET", "/gateway/bot", s.get_gateway_bot),
            Route("GET", "/applications/{application_id}/commands", s.get_commands),
            Route("PUT", "/applications/{application_id}/commands", s.put_commands, checks=commands_rules),
            Route("GET", "/applications/{application_id}/guilds/{guild_id}/commands", s.get_commands),
            Route(
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                s.put_commands,
                checks=commands_rules,
            ),
            Route("GET", "/channels/{channel_id}", s.get_channel),
            Route("PATCH", "/channels/{channel_id}", s.patch_channel),
            Route("GET", channel_messages, s.get_history),
            Route(
                "POST",
                channel_messages,
                s.post_message,
                limit="channel",
                bucket=CHANNEL_MESSAGES_BUCKET,
                outage=True,
                checks=message_rules,
            ),
            Route("GET", one_message, s.get_message),
            Route(
                "PATCH",
                one_message,
                s.patch_message,
                limit="channel",
                bucket=CHANNEL_MESSAGES_BUCKET,
                outage=True,
                checks=edit_rules,
            ),
            Route("DELETE", one_message, s.delete_message),
            Route("POST", one_message + "/crosspost", s.crosspost_message),
            Route("PUT", one_message + "/reactions/{emoji}/@me", s.put_reaction, limit="reaction"),
            Route("DELETE", one_message + "/reactions/{emoji}/@me", s.delete_reaction, limit="reaction"),
            Route("POST", "/channels/{channel_id}/typing", s.post_typing),
            Route("POST", "/users/@me/channels", s.post_dm),
            Route("GET", "/guilds/{guild_id}", s.get_guild),
            Route("GET", "/guilds/{guild_id}/channels", s.get_guild_channels),
            Route("GET", "/guilds/{guild_id}/roles", s.get_guild_roles),
            Route("GET", "/guilds/{guild_id}/members/{user_id}", s.get_guild_member),
            Route(
                "POST",
                "/interactions/{interaction_id}/{interaction_token}/callback",
                s.callback,
                auth=False,
                on_reject=s.callback_rejected,
                checks=callback_rules,
            ),
            Route("POST", webhook, s.post_followup, auth=False, checks=message_rules),
            Route("GET", webhook + "/messages/{message_id}", s.get_webhook_message, auth=False),
            Route(
                "PATCH",
                webhook + "/messages/{message_id}",
                s.patch_webhook_message,
                auth=False,
                checks=edit_rules,
            ),
            Route("DELETE", webhook + "/messages/{message_id}", s.delete_webhook_message, auth=False),
        ]

    # -- users, application, gateway -----------------------------------------------------------
    async def get_me(self, call: Call) -> Reply:
        return Reply(body=self.server.bot_user)

    async def get_user(self, call: Call) -> Reply:
        user_id = call.snowflake("user_id")
        for guild in self.server.guilds:
            member = guild.member(user_id)
            if member is not None:
                return Reply(body=member.user_payload())
        raise HTTPError(404, error_body("Unknown User", 10013))

    async def get_application(self, call: Call) -> Reply:
        return Reply(body=self.server.app_info())

    async def get_gateway(self, call: Call) -> Reply:
        return Reply(body={"url": self.server.gateway_url.rstrip("/")})

    async def get_gateway_bot(self, call: Call) -> Reply:
        # https://discord.com/developers/docs/events/gateway#get-gateway-bot: url, recommended shards, limits
        url = self.server.gateway_url.rstrip("/")
        body = {
            "url": url,
            "shards": self.server.recommended_shards,
            "session_start_limit": self.server.session_start_limit(),
        }
        return Reply(body=body)

    # -- commands -------------------------------------------------------------------------------
    def _scope(self, call: Call) -> int | None:
        if call.snowflake("application_id") != self.server.application_id:
            raise HTTPError(403, error_body("Missing Access", 50001))
        if "guild_id" not in call.params:
            return None
        guild_id = call.snowflake("guild_id")
        if self.server.guild(guild_id) is None:
            raise HTTPError(403, error_body("Missing Access", 50001))
        return guild_id

    async def get_commands(self, call: Call) -> Reply:
        return Reply(body=self.server.registry.listing(self._scope(call)))

    async def put_commands(self, call: Call) -> Reply:
        scope = self._scope(call)
        if not isinstance(call.body, list):
            raise HTTPError(400, error_body("Invalid Form Body", 50035, {"_errors": ["expected a list"]}))
        return Reply(body=self.server.registry.overwrite(scope, call.body))

    # -- channels and messages ------------------------------------------------------------------
    def _channel(self, call: Call) -> FakeChannel:
        channel = self.server.channel(call.snowflake("channel_id"))
        if channel is None:
            raise HTTPError(404, error_body("Unknown Channel", 10003))
        return channel

    def _message(self, call: Call) -> JSON:
        channel = self._channel(call)
        message = self.server.messages.get(call.snowflake("message_id"))
        if message is None or message["channel_id"] != str(channel.id) or message["flags"] & EPHEMERAL:
            raise HTTPError(404, error_body("Unknown Message", 10008))
        return message

    def _bot_permissions(self, channel: FakeChannel) -> int | None:
        """The bot's permissions in a guild channel (None in a DM, where they do not apply)."""
        guild = self.server.guild(channel.guild_id) if channel.guild_id else None
        if guild is None or guild.bot_member is None:
            return None
        return guild.channel_permissions(guild.bot_member, channel)

    def _visible(self, channel: FakeChannel) -> int | None:
        """The bot's permissions, after refusing a channel it cannot see: 403 / 50001 Missing Access."""
        perms = self._bot_permissions(channel)
        if perms is not None and not perms & VIEW_CHANNEL:
            _refuse(MISSING_ACCESS)
        return perms

    async def get_channel(self, call: Call) -> Reply:
        channel = self._channel(call)
        self._visible(channel)
        return Reply(body=channel.payload(for_user=self.server.application_id))

    async def patch_channel(self, call: Call) -> Reply:
        """Only what a bot does to a thread: (un)archive, (un)lock. Editing a channel needs MANAGE_CHANNELS;
        setting a thread's ``archived`` to false only needs the bot to be a member of it, unless it is locked
        (then MANAGE_THREADS); changing ``locked`` needs MANAGE_THREADS
        (https://discord.com/developers/docs/topics/threads#editing-deleting-threads)."""
        channel = self._channel(call)
        perms = self._visible(channel) or 0
        body = call.json_object()
        guild = self.server.guild(channel.guild_id or 0)
        if guild is None or guild.bot_member is None or not channel.is_thread:
            if not perms & MANAGE_CHANNELS:
                _refuse(MISSING_PERMISSIONS)
            raise HTTPError(400, error_body("the fake only edits threads", 50035))
        member = guild.bot_member.id in channel.thread_members
        unarchive = body.get("archived") is False and channel.archived
        if ("locked" in body or (unarchive and channel.locked)) and not perms & MANAGE_THREADS:
            _refuse(MISSING_PERMISSIONS)
        if unarchive and not member and not perms & MANAGE_THREADS:
            _refuse(MISSING_PERMISSIONS)
        guild.update_thread(channel, archived=body.get("archived"), locked=body.get("locked"))
        return Reply(body=channel.payload(for_user=guild.bot_member.id))

    async def get_history(self, call: Call) -> Reply:
        """Get Channel Messages: newest first; ``before``/``after``/``around`` a message id (one at a time),
        ``limit`` 1-100 (default 50). "If the current user is missing the READ_MESSAGE_HISTORY permission in
        the channel, then no messages will be returned." (discord-api-docs, Get Channel Messages)"""
        channel = self._channel(call)
        query = call.record.query
        anchors = [k for k in ("before", "after", "around") if k in query]
        limit_text = query.get("limit", "50")
        if len(anchors) > 1 or not limit_text.isdigit() or not 1 <= int(limit_text) <= HISTORY_MAX:
            raise HTTPError(400, error_body("Invalid Form Body", 50035, {"_errors": [f"query {dict(query)}"]}))
        perms = self._visible(channel)
        if perms is not None and not perms & READ_MESSAGE_HISTORY:
            return Reply(body=[])
        limit = int(limit_text)
        oldest_first = [public(m) for m in self.server.messages.in_channel(channel.id)]
        anchor = int(query[anchors[0]]) if anchors and query[anchors[0]].isdigit() else None
        if anchors and anchor is None:
            raise HTTPError(400, error_body("Invalid Form Body", 50035, {"_errors": [f"{anchors[0]}: snowflake"]}))
        if anchors == ["after"]:
            chosen = [m for m in oldest_first if int(m["id"]) > (anchor or 0)][:limit]
        elif anchors == ["around"]:
            older = [m for m in oldest_first if int(m["id"]) < (anchor or 0)]
            newer = [m for m in oldest_first if int(m["id"]) >= (anchor or 0)]
            chosen = older[-(limit // 2) :] if limit > 1 else []
            chosen += newer[: limit - len(chosen)]
        else:
            before = [m for m in oldest_first if anchor is None or int(m["id"]) < anchor]
            chosen = before[-limit:]
        return Reply(body=list(reversed(chosen)))

    async def post_message(self, call: Call) -> Reply:
        server = self.server
        channel = self._channel(call)
        body = call.json_object()
        perms = self._bot_permissions(channel)
        if perms is not None:
            _refuse(refuse_send(perms, channel, embeds=bool(body.get("embeds")), files=bool(call.files)))
        if channel.is_thread:
            guild = server.guild(channel.guild_id or 0)
            assert guild is not None and guild.bot_member is not None
            if channel.archived:
                # "sending a message will automatically unarchive the thread, unless the thread has been locked"
                # (https://discord.com/developers/docs/topics/threads#active-archived-threads)
                guild.update_thread(channel, archived=False)
            # observed: a thread's author is one of its members (Discord's client lists them after a post)
            guild.join_thread(channel, guild.bot_member)
        self._check_dm_recipient(channel)
        existing = server.messages.find_nonce(body)
        if existing is not None:
            return Reply(body=existing)
        self._check_files(call, None)
        keys = ("content", "embeds", "components", "sticker_ids", "poll")
        if not call.files and not any(body.get(k) for k in keys):
            server.violation(f"{call.where}: empty message (Discord answers 50006)")
            raise HTTPError(400, error_body("Cannot send an empty message", 50006))
        kind = MESSAGE_TYPE_REPLY if body.get("message_reference") else 0
        message = server.messages.create(channel.id, body, call.files, message_type=kind)
        if kind == MESSAGE_TYPE_REPLY:
            message["message_reference"] = body["message_reference"]
        server.emit_message("MESSAGE_CREATE", message)
        if server.lost_answers:
            status = server.lost_answers.pop(0)
            raise HTTPError(status, error_body(f"{status}: the answer was lost (injected)", 0))
        return Reply(body=message)

    def _check_files(self, call: Call, existing: list[JSON] | None, body: JSON | None = None) -> None:
        """Discord's rules for the files of a send (``existing`` None) or an edit (see uploads.py); ``body``: where
        the message's fields are (an interaction callback's ``data``), else the request's body."""
        try:
            check_files(call.body if body is None else body, call.files, existing, self.server.upload_limit)
        except UploadRefused as exc:
            self.server.violation(f"{call.where}: {exc.body['message']} {exc.body.get('errors', '')}".strip())
            raise HTTPError(exc.status, exc.body) from exc

    def _check_dm_recipient(self, channel: FakeChannel) -> None:
        if channel.type != 1 or channel.recipient is None:
            return
        recipient = int(channel.recipient["id"])
        member = next((m for g in self.server.guilds for m in g.members if m.id == recipient), None)
        if member is not None and not member.accepts_dms:
            raise HTTPError(403, error_body("Cannot send messages to this user", 50007))

    async def get_message(self, call: Call) -> Reply:
        return Reply(body=public(self._message(call)))

    async def patch_message(self, call: Call) -> Reply:
        server = self.server
        channel = self._channel(call)
        perms = self._bot_permissions(channel)
        if perms is not None:
            _refuse(refuse_edit(perms, channel))
        message = self._message(call)
        body = call.json_object()
        if server.message_age(message) > server.old_message_age:
            refused = self._old_edit_refused(message)
            if refused is not None:
                return refused
        self._check_files(call, server.messages.files_of(message))
        after: JSON = {**message, **{k: body[k] for k in ("content", "embeds", "components") if k in body}}
        if not call.files and is_empty(after):
            server.violation(f"{call.where}: the edit would leave the message empty (Discord answers 50006)")
            raise HTTPError(400, error_body("Cannot send an empty message", 50006))
        server.messages.edit(message, body, call.files)
        server.emit_message("MESSAGE_UPDATE", message)
        return Reply(body=message)

    def _old_edit_refused(self, message: JSON) -> Reply | None:
        """Edits of messages older than an hour have their own per-channel limit (see server.OLD_EDIT_LIMIT);
        beyond it: 429, code 30046, with ``Via`` so that discord.py reads it as a rate limit."""
        server = self.server
        limit, period = server.old_edit_limit
        decision = server.ratelimiter.hit("old message edits", message["channel_id"], limit, period)
        if decision.allowed:
            return None
        server.count_30046 += 1
        retry_after = round(decision.reset_after, 3)
        body = {
            "message": "Maximum number of edits to messages older than 1 hour reached. Try again later",
            "code": 30046,
            "retry_after": retry_after,
            "global": False,
        }
        headers = {"Via": "1.1 google", "Retry-After": str(max(1, round(retry_after)))}
        return Reply(429, body, headers)

    async def delete_message(self, call: Call) -> Reply:
        """Copies already crossposted to following channels stay, flagged SOURCE_MESSAGE_DELETED
        (https://discord.com/developers/docs/resources/message#message-object-message-flags)."""
        message = self._message(call)
        for copy in self.server.messages.messages.values():
            if (copy.get("message_reference") or {}).get("message_id") == message["id"] and copy[
                "flags"
            ] & IS_CROSSPOST:
                copy["flags"] |= SOURCE_MESSAGE_DELETED
        self.server.messages.delete(message)
        self.server.emit_message("MESSAGE_DELETE", message)
        return Reply(204)

    async def crosspost_message(self, call: Call) -> Reply:
        """https://discord.com/developers/docs/resources/message#crosspost-message: "Crosspost a message in an
        Announcement Channel to following channels. This endpoint requires the SEND_MESSAGES permission, if
        the current user sent the message, or additionally the MANAGE_MESSAGES permission, for all other
        messages". Elsewhere: 400 / 50024 "Cannot execute action on this channel type"; twice: 400 / 40033
        "This message has already been crossposted" (opcodes-and-status-codes#json). Fires MESSAGE_UPDATE
        (the CROSSPOSTED flag); each following channel gets a copy flagged IS_CROSSPOST whose
        ``message_reference`` points at the original.

        The hourly limit per channel (``crosspost_limit``) is not the route's bucket: as on Discord, the
        route's headers stay short, and a crosspost beyond the limit gets a 429 whose body's ``retry_after``
        alone tells the wait (scope "shared"; discord-net/Discord.Net#2100: "trust the retry_after field")."""
        server = self.server
        channel = self._channel(call)
        message = self._message(call)
        if channel.type != GUILD_ANNOUNCEMENT:
            raise HTTPError(400, error_body("Cannot execute action on this channel type", 50024))
        guild = server.guild(channel.guild_id or 0)
        perms = self._visible(channel) or 0
        own = message["author"]["id"] == str(server.application_id)
        if not perms & SEND_MESSAGES or (not own and not perms & MANAGE_MESSAGES):
            _refuse(MISSING_PERMISSIONS)
        if message["flags"] & CROSSPOSTED:
            raise HTTPError(400, error_body("This message has already been crossposted.", 40033))
        server.crosspost_budget(channel.id)
        message["flags"] |= CROSSPOSTED
        server.emit_message("MESSAGE_UPDATE", message)
        for target_id in server.followers.get(channel.id, []):
            copy = server.messages.create(target_id, {"embeds": message["embeds"], "content": message["content"]}, [])
            copy["flags"] = IS_CROSSPOST
            source = f"{guild.name if guild else ''} #{channel.name}"
            copy["author"] = {**copy["author"], "id": str(channel.id), "username": source, "bot": True}
            copy["webhook_id"] = str(channel.id)
            copy["message_reference"] = {
                "type": 0,
                "message_id": message["id"],
                "channel_id": str(channel.id),
                "guild_id": str(channel.guild_id),
            }
            server.emit_message("MESSAGE_CREATE", copy)
        return Reply(body=message)

    async def put_reaction(self, call: Call) -> Reply:
        message = self._message(call)
        self.server.messages.react(message, _emoji(call.params["emoji"]), me=True, add=True)
        return Reply(204)

    async def delete_reaction(self, call: Call) -> Reply:
        message = self._message(call)
        self.server.messages.react(message, _emoji(call.params["emoji"]), me=True, add=False)
        return Reply(204)

    async def post_typing(self, call: Call) -> Reply:
        self._channel(call)
        return Reply(204)

    async def post_dm(self, call: Call) -> Reply:
        body = call.json_object()
        recipient = str(body.get("recipient_id", ""))
        channel = self.server.dm_channel(int(recipient)) if recipient.isdigit() else None
        if channel is None:
            raise HTTPError(400, error_body("Invalid Recipient(s)", 50033))
        return Reply(body=channel.payload())

    # -- guilds ---------------------------------------------------------------------------------
    def _guild(self, call: Call) -> JSON:
        guild = self.server.guild(call.snowflake("guild_id"))
        if guild is None:
            raise HTTPError(404, error_body("Unknown Guild", 10004))
        payload = guild.create_payload()
        return payload

    async def get_guild(self, call: Call) -> Reply:
        payload = self._guild(call)
        for key in ("channels", "members", "threads", "voice_states", "presences", "joined_at", "large"):
            payload.pop(key, None)
        return Reply(body=payload)

    async def get_guild_channels(self, call: Call) -> Reply:
        return Reply(body=self._guild(call)["channels"])

    async def get_guild_roles(self, call: Call) -> Reply:
        return Reply(body=self._guild(call)["roles"])

    async def get_guild_member(self, call: Call) -> Reply:
        guild = self.server.guild(call.snowflake("guild_id"))
        member = guild.member(call.snowflake("user_id")) if guild else None
        if member is None:
            raise HTTPError(404, error_body("Unknown Member", 10007))
        return Reply(body=member.member_payload())

    # -- interactions ---------------------------------------------------------------------------
    async def callback(self, call: Call) -> Reply:
        server = self.server
        result = server.interactions_by_id.get(call.snowflake("interaction_id"))
        if result is None or result.token != call.params["interaction_token"]:
            raise HTTPError(404, error_body("Unknown interaction", 10062))
        body = call.json_object()
        if result.status == 404:
            # the initial response came after the deadline: "If the 3 second deadline is exceeded, the token will
            # be invalidated" (discord-api-docs, interactions/receiving-and-responding.mdx, "Responding to an
            # Interaction"), so a second try meets the same 10062 Unknown interaction, not 40060 (which is for a
            # token still alive that was already answered)
            server.violation(
                f"{call.where}: another initial response to {result.label}, whose token died at the deadline"
            )
            raise HTTPError(404, error_body("Unknown interaction", 10062))
        if result.responded:
            what = f"second initial response to {result.label}"
            server.violation(f"{call.where}: {what} (Discord: 40060 already acknowledged)")
            raise HTTPError(400, error_body("Interaction has already been acknowledged.", 40060))
        ctype = body.get("type")
        raw_data = body.get("data")
        data: JSON = raw_data if isinstance(raw_data, dict) else {}
        from_component = result.original is not None and result.interaction_type == MODAL_SUBMIT
        allowed = {
            APPLICATION_COMMAND: (4, 5, 9),
            MESSAGE_COMPONENT: (4, 5, 6, 7, 9),
            AUTOCOMPLETE: (8,),
            MODAL_SUBMIT: (4, 5, 6, 7) if from_component else (4, 5),
        }
        if ctype not in allowed.get(result.interaction_type, ()):
            what = f"callback type {ctype} is invalid for interaction type {result.interaction_type}"
            server.violation(f"{call.where}: {what}")
            raise HTTPError(400, error_body("Invalid Form Body", 50035, {"type": ctype}))
        original = result.original if ctype == 7 else None  # UPDATE_MESSAGE edits it: its files count
        self._check_files(call, server.messages.files_of(original) if original is not None else None, data)
        elapsed = (call.record.time - result.dispatched_at) if result.dispatched_at is not None else 0.0
        result.received_at = call.record.time
        result.type = ctype
        result.body = body
        result.files = []
        if elapsed > server.response_deadline:
            server.violation(
                f"{call.where}: initial response to {result.label} came {elapsed:.2f} s after dispatch"
                f" (deadline {server.response_deadline:g} s; Discord answers 10062 Unknown interaction)"
            )
            result.status = 404
            raise HTTPError(404, error_body("Unknown interaction", 10062))
        result.status = 200
        message = self._apply_callback(result, ctype, data, call)
        server.changes.bump()
        if call.record.query.get("with_response") not in ("1", "true", "True"):
            return Reply(204)
        return Reply(body=_callback_body(result, message))

    def callback_rejected(self, call: Call, reply: Reply) -> None:
        """A refused initial response: the user would see "interaction failed"; the test is told at once."""
        raw_id = call.params["interaction_id"]
        result = self.server.interactions_by_id.get(int(raw_id)) if raw_id.isdigit() else None
        if result is None or result.responded:
            return
        result.status = reply.status
        result.body = call.body if isinstance(call.body, dict) else None
        result.received_at = call.record.time
        self.server.changes.bump()

    def _apply_callback(self, result: InteractionResult, ctype: int, data: JSON, call: Call) -> JSON | None:
        server = self.server
        channel_id = int(result.payload["channel_id"])
        flags = int(data.get("flags") or 0)
        if ctype == 4:
            message = server.messages.create(
                channel_id,
                data,
                call.files,
                message_type=_message_type(result),
                flags=flags,
                interaction=_metadata(result),
                webhook_id=server.application_id,
            )
        elif ctype == 5:
            message = server.messages.create(
                channel_id,
                {},
                [],
                message_type=_message_type(result),
                flags=LOADING | (flags & EPHEMERAL),
                interaction=_metadata(result),
                webhook_id=server.application_id,
            )
        elif ctype == 7 and result.original is not None:
            message = server.messages.edit(result.original, data, call.files)
            server.emit_message("MESSAGE_UPDATE", message)
            return message
        elif ctype == 6:
            return result.original
        else:
            return None
        result.original = message
        result.original_id = int(message["id"])
        result.files = [u for u in server.messages.uploads if u.message_id == result.original_id]
        server.emit_message("MESSAGE_CREATE", message)
        return message

    def _webhook_result(self, call: Call) -> InteractionResult:
        server = self.server
        result = server.interactions_by_token.get(call.params["webhook_token"])
        if call.snowflake("webhook_id") != server.application_id or result is None:
            raise HTTPError(404, error_body("Unknown Webhook", 10015))
        if not result.responded or result.status != 200:
            # no initial response, or one after the deadline (the token was invalidated): the webhook is unknown,
            # 404 / 10015 (discord-api-docs issue 6851: "While the token is still active in the 15 minutes window,
            # any API requests send to it return with 404: Not found")
            server.violation(f"{call.where}: webhook used before {result.label} got an initial response")
            raise HTTPError(404, error_body("Unknown Webhook", 10015))
        if result.dispatched_clock is not None and server.now() - result.dispatched_clock > server.token_lifetime:
            # "Interaction tokens are valid for 15 minutes" (receiving-and-responding.mdx, "Followup Messages"); after
            # that every request with the token is 401 (issue 6851), code 50027 "Invalid webhook token provided"
            # (topics/opcodes-and-status-codes.mdx, JSON error codes)
            raise HTTPError(401, error_body("Invalid Webhook Token", 50027))
        return result

    def _webhook_message(self, call: Call, result: InteractionResult) -> JSON:
        ref = call.params["message_id"]
        message: JSON | None = None
        if ref == "@original":
            message = result.original
        elif ref.isdigit():
            candidates = [*result.followups, *([result.original] if result.original else [])]
            message = next((m for m in candidates if m["id"] == ref), None)
        if message is None or int(message["id"]) in self.server.messages.deleted:
            raise HTTPError(404, error_body("Unknown Message", 10008))
        return message

    async def post_followup(self, call: Call) -> Reply:
        server = self.server
        result = self._webhook_result(call)
        body = call.json_object()
        original = result.original
        self._check_files(call, None)
        if result.type == 5 and original is not None and original["flags"] & LOADING:
            message = server.messages.fill_loading(original, body, call.files)
            server.emit_message("MESSAGE_UPDATE", message)
        else:
            message = server.messages.create(
                int(result.payload["channel_id"]),
                body,
                call.files,
                message_type=_message_type(result),
                flags=int(body.get("flags") or 0),
                interaction=_metadata(result),
                webhook_id=server.application_id,
            )
            server.emit_message("MESSAGE_CREATE", message)
        result.followups.append(message)
        server.changes.bump()
        if call.record.query.get("wait") not in ("1", "true", "True"):
            return Reply(204)
        return Reply(body=message)

    async def get_webhook_message(self, call: Call) -> Reply:
        result = self._webhook_result(call)
        return Reply(body=self._webhook_message(call, result))

    async def patch_webhook_message(self, call: Call) -> Reply:
        server = self.server
        result = self._webhook_result(call)
        message = self._webhook_message(call, result)
        body = call.json_object()
        self._check_files(call, server.messages.files_of(message))
        server.messages.edit(message, body, call.files)
        if message is result.original:
            result.edits += 1
        server.emit_message("MESSAGE_UPDATE", message)
        server.changes.bump()
        return Reply(body=message)

    async def delete_webhook_message(self, call: Call) -> Reply:
        result = self._webhook_result(call)
        message = self._webhook_message(call, result)
        self.server.messages.delete(message)
        self.server.emit_message("MESSAGE_DELETE", message)
        return Reply(204)


def _refuse(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise HTTPError(refusal.status, error_body(refusal.message, refusal.code))


def message_rules(call: Call) -> list[Finding]:
    return check_message(call.body, call.where) if isinstance(call.body, dict) else []


def edit_rules(call: Call) -> list[Finding]:
    return check_message(call.body, call.where, is_edit=True) if isinstance(call.body, dict) else []


def commands_rules(call: Call) -> list[Finding]:
    return check_commands(call.body, call.where)


def callback_rules(call: Call) -> list[Finding]:
    body = call.body if isinstance(call.body, dict) else {}
    ctype, data = body.get("type"), body.get("data")
    data = data if isinstance(data, dict) else {}
    if ctype in (4, 7):
        return check_message(data, f"{call.where} (type {ctype})", is_edit=ctype == 7)
    if ctype == 8:
        return check_autocomplete_result(data, f"{call.where} (type 8)")
    if ctype == 9:
        return check_modal(data, f"{call.where} (type 9)")
    return []


def _message_type(result: InteractionResult) -> int:
    """A response's message type: CONTEXT_MENU_COMMAND for a user or message command, else CHAT_INPUT_COMMAND."""
    command_type = (result.payload.get("data") or {}).get("type", 1)
    menu = result.interaction_type == APPLICATION_COMMAND and command_type != 1
    return MESSAGE_TYPE_CONTEXT_MENU_COMMAND if menu else MESSAGE_TYPE_CHAT_INPUT_COMMAND


def _metadata(result: InteractionResult) -> JSON:
    user = (result.payload.get("member") or {}).get("user") or result.payload.get("user") or {}
    metadata: JSON = {
        "id": str(result.id),
        "type": result.interaction_type,
        "user": user,
        "authorizing_integration_owners": result.payload.get("authorizing_integration_owners", {}),
    }
    if result.interaction_type == APPLICATION_COMMAND:
        data = result.payload["data"]
        metadata["name"] = data["name"]
        metadata["command_type"] = data.get("type", 1)
        if data.get("type") == 3:  # "target_message_id: The ID of the message the command was run on"
            metadata["target_message_id"] = data["target_id"]
    elif "message" in result.payload:  # a component, or a modal opened from one
        metadata["interacted_message_id"] = result.payload["message"]["id"]
    return metadata


def _callback_body(result: InteractionResult, message: JSON | None) -> JSON:
    ephemeral = bool(message and message["flags"] & EPHEMERAL)
    interaction: JSON = {
        "id": str(result.id),
        "type": result.interaction_type,
        "response_message_id": message["id"] if message else None,
        "response_message_loading": result.type == 5,
        "response_message_ephemeral": ephemeral,
    }
    resource: JSON = {"type": result.type}
    if message is not None and result.type in (4, 5, 7):
        resource["message"] = message
    return {"interaction": interaction, "resource": resource}


def _emoji(raw: str) -> JSON:
    """``🔥`` -> ``{id: None, name: "🔥"}``; ``name:123`` (custom emoji) -> ``{id: "123", name: "name"}``."""
    if ":" in raw:
        name, _, emoji_id = raw.rpartition(":")
        return {"id": emoji_id, "name": name.lstrip(":")}
    return {"id": None, "name": raw}
