"""Acting as Discord users: slash commands, autocomplete, buttons and selects, modals, reactions.

Each action builds the INTERACTION_CREATE (or MESSAGE_REACTION_ADD/REMOVE) Discord would send, with the
fields discord.py 2.7 requires (``id, application_id, type, token, version, guild_id, channel{...},
member{...}, app_permissions, locale, entitlements, authorizing_integration_owners, context,
attachment_size_limit, data``; a missing one raises KeyError inside the client and kills it), sends it
on the gateway and waits for the bot's initial response.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any

from .gateway import DIRECT_MESSAGE_REACTIONS, GUILD_MESSAGE_REACTIONS, GUILD_MESSAGES
from .ids import JSON
from .interactions import (
    InteractionResult,
    ResolveContext,
    build_command_data,
    build_message_command_data,
    build_modal_submit,
)
from .messages import public
from .models import Attachment, FakeChannel, FakeGuild, FakeMember
from .permissions import MANAGE_MESSAGES, SEND_MESSAGES, VIEW_CHANNEL
from .uploads import FilePart

FORWARD = 1  # message_reference.type FORWARD (resources/message.mdx, "Message Reference Types")
HAS_SNAPSHOT = 1 << 14  # message flag: "this message has a snapshot (via Message Forwarding)"

USER_MENTION = re.compile(r"<@!?(\d+)>")
MESSAGE_CONTENT = 1 << 15  # the privileged intent
# the fields that "contain message content and therefore require the intent" (gateway.mdx, Message Content Intent)
CONTENT_FIELDS = {"content": "", "embeds": [], "attachments": [], "components": []}

if TYPE_CHECKING:
    from .gateway import GatewayHub
    from .ids import Snowflakes
    from .interactions import CommandRegistry
    from .messages import MessageStore
    from .spec import SpecValidator
    from .waiting import Changes


class UserActions:
    """Mixin of :class:`FakeDiscord`: what a test does as a member of a guild."""

    # provided by FakeDiscord
    ids: Snowflakes
    application_id: int
    messages: MessageStore
    registry: CommandRegistry
    hub: GatewayHub
    changes: Changes
    violations: list[str]
    interactions: list[InteractionResult]
    interactions_by_id: dict[int, InteractionResult]
    interactions_by_token: dict[str, InteractionResult]
    upload_limit: int
    spec: SpecValidator

    def channel(self, channel_id: int) -> FakeChannel | None:
        raise NotImplementedError  # FakeDiscord.channel

    def emit_message(self, event: str, message: JSON) -> None:
        raise NotImplementedError  # FakeDiscord.emit_message

    def now(self) -> float:
        raise NotImplementedError  # FakeDiscord.now: the fake's clock

    async def _send_and_wait(
        self,
        event: str,
        data: JSON,
        guild_id: int | None,
        intent: int | None,
        timeout: float,
    ) -> bool:
        session = self.hub.session_for(guild_id)
        if session is None:
            raise AssertionError("no bot is connected to the fake gateway (did it start? wait_ready()?)")
        item = self.hub.dispatch(event, data, guild_id=guild_id, intent=intent)
        if item is None:
            return False
        await self.changes.wait_for(lambda: item.sent, timeout, f"{event} to be sent")
        return True

    # -- users acting --------------------------------------------------------------------------
    def _base_interaction(
        self,
        kind: int,
        guild: FakeGuild,
        member: FakeMember,
        channel: FakeChannel | None,
    ) -> JSON:
        app_permissions = 0
        member_permissions = guild.permissions_of(member)
        channel_payload: JSON = {}
        if channel is not None and guild.bot_member is not None:
            app_permissions = guild.channel_permissions(guild.bot_member, channel)
            channel_payload = channel.payload()
            member_permissions = guild.channel_permissions(member, channel)
            channel_payload["permissions"] = str(member_permissions)
        # app_permissions: "bitwise set of permissions the app has in the source location of the interaction";
        # member.permissions: "total permissions of the member in the channel, including overwrites"
        # (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object)
        return {
            "id": str(self.ids.next()),
            "application_id": str(self.application_id),
            "type": kind,
            "token": "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48),
            "version": 1,
            "guild_id": str(guild.id),
            "guild": {"id": str(guild.id), "locale": "en-US", "features": []},
            "guild_locale": "en-US",
            "channel_id": str(channel.id) if channel else None,
            "channel": channel_payload,
            "member": member.member_payload(permissions=member_permissions),
            "app_permissions": str(app_permissions),
            "locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
            "attachment_size_limit": self.upload_limit,
        }

    def _resolve_context(self, guild: FakeGuild, member: FakeMember, channel: FakeChannel | None) -> ResolveContext:
        def store(attachment: Attachment) -> JSON:
            # a command option's file is an ephemeral attachment (DISCORD-NOTES; uploads.py): its URL expires
            _, payload = self.messages.store_upload(
                attachment.filename,
                attachment.data,
                attachment.content_type,
                channel_id=channel.id if channel is not None else None,
                ephemeral=True,
            )
            return payload

        return ResolveContext(guild, member, store)

    def _new_result(self, payload: JSON, label: str) -> InteractionResult:
        result = InteractionResult(
            id=int(payload["id"]),
            token=payload["token"],
            interaction_type=payload["type"],
            label=label,
            changes=self.changes,
            payload=payload,
        )
        self.interactions.append(result)
        self.interactions_by_id[result.id] = result
        self.interactions_by_token[result.token] = result
        return result

    async def _interact(
        self,
        result: InteractionResult,
        guild: FakeGuild,
        timeout: float,
    ) -> InteractionResult:
        """Sends INTERACTION_CREATE and waits for the initial response (AssertionError on timeout)."""
        payload, label = result.payload, result.label
        if self.hub.session_for(guild.id) is None:
            raise AssertionError("no bot is connected to the fake gateway (did it start? wait_ready()?)")

        def sent(at: float) -> None:
            result.dispatched_at = at
            result.dispatched_clock = self.now()

        self.hub.dispatch("INTERACTION_CREATE", payload, guild_id=guild.id, on_sent=sent)
        violations_before = len(self.violations)
        try:
            await self.changes.wait_for(lambda: result.answered, timeout, f"the initial response to {label}")
        except AssertionError as exc:
            notes = []
            if result.dispatched_at is None:
                notes.append("the bot is disconnected: INTERACTION_CREATE was never delivered")
            recent = self.violations[violations_before:]
            if recent:
                notes.append(f"violations meanwhile: {recent}")
            if notes:
                raise AssertionError(f"{exc}; {'; '.join(notes)}") from None
            raise
        return result

    async def slash(
        self,
        guild: FakeGuild,
        member: FakeMember,
        channel: FakeChannel,
        command: str,
        /,
        *,
        timeout: float = 5.0,
        options: dict[str, Any] | None = None,
        **values: Any,
    ) -> InteractionResult:
        """A user runs ``/command`` (``"show start"`` = group/subcommand path) with option values.

        Values: str/int/bool/float, FakeMember (USER), FakeChannel (CHANNEL), FakeRole (ROLE),
        :class:`Attachment` (ATTACHMENT). ``options=`` takes values whose names clash with parameters.
        Returns once the bot's initial response arrived.
        """
        name, *path = command.split()
        definition = self.registry.find(guild.id, name)
        all_values = {**(options or {}), **values}
        payload = self._base_interaction(2, guild, member, channel)
        context = self._resolve_context(guild, member, channel)
        payload["data"] = build_command_data(definition, path, all_values, context)
        return await self._interact(self._new_result(payload, f"/{command}"), guild, timeout)

    async def autocomplete(
        self,
        guild: FakeGuild,
        member: FakeMember,
        channel: FakeChannel,
        command: str,
        /,
        *,
        focused: str,
        timeout: float = 5.0,
        options: dict[str, Any] | None = None,
        **values: Any,
    ) -> list[JSON]:
        """A user types into option ``focused``; returns the choices the bot offered (callback type 8)."""
        result = await self.autocomplete_result(
            guild, member, channel, command, focused=focused, timeout=timeout, options=options, **values
        )
        if result.type != 8:
            raise AssertionError(f"autocomplete for /{command} got callback type {result.type}, not 8")
        return result.choices

    async def autocomplete_result(
        self,
        guild: FakeGuild,
        member: FakeMember,
        channel: FakeChannel,
        command: str,
        /,
        *,
        focused: str,
        timeout: float = 5.0,
        options: dict[str, Any] | None = None,
        **values: Any,
    ) -> InteractionResult:
        name, *path = command.split()
        definition = self.registry.find(guild.id, name)
        all_values = {**(options or {}), **values}
        all_values.setdefault(focused, "")
        payload = self._base_interaction(4, guild, member, channel)
        payload["data"] = build_command_data(
            definition, path, all_values, self._resolve_context(guild, member, channel), focused=focused
        )
        result = self._new_result(payload, f"/{command} (autocomplete {focused})")
        return await self._interact(result, guild, timeout)

    async def click(
        self,
        guild: FakeGuild,
        member: FakeMember,
        message: JSON,
        custom_id: str,
        /,
        *,
        values: list[str] | None = None,
        timeout: float = 5.0,
    ) -> InteractionResult:
        """A user clicks a button (or picks ``values`` in a select) on a message the bot posted."""
        current = self.messages.get(int(message["id"])) or message
        component = _find_component(current.get("components") or [], custom_id)
        if component is None:
            ids = _custom_ids(current.get("components") or [])
            raise AssertionError(f"no component {custom_id!r} on message {current['id']} (has: {ids})")
        if component.get("disabled"):
            raise AssertionError(f"component {custom_id!r} is disabled: a user cannot use it")
        channel = self.channel(int(current["channel_id"]))
        payload = self._base_interaction(3, guild, member, channel)
        payload["channel_id"] = current["channel_id"]
        payload["message"] = dict(current)
        data: JSON = {"custom_id": custom_id, "component_type": component.get("type", 2)}
        if values is not None:
            data["values"] = values
        payload["data"] = data
        result = self._new_result(payload, f"click {custom_id!r}")
        # types 6 (deferred update) and 7 (update message) act on the clicked message: it is @original
        result.original = self.messages.get(int(current["id"]))
        result.original_id = int(current["id"]) if result.original is not None else None
        return await self._interact(result, guild, timeout)

    async def submit_modal(
        self,
        guild: FakeGuild,
        member: FakeMember,
        opened: InteractionResult,
        values: dict[str, Any],
        /,
        *,
        timeout: float = 5.0,
    ) -> InteractionResult:
        """A user fills in and submits the modal the bot opened (callback type 9) in ``opened``.

        ``values``: text input custom_id -> text (select custom_id -> list of values).
        """
        if opened.type != 9 or opened.modal is None:
            raise AssertionError(f"{opened.label} was answered with type {opened.type}, not a modal (9)")
        modal = opened.modal
        channel_id = opened.payload.get("channel_id")
        channel = self.channel(int(channel_id)) if channel_id else None
        payload = self._base_interaction(5, guild, member, channel)
        payload["data"] = {"custom_id": modal["custom_id"], "components": build_modal_submit(modal, values)}
        clicked = opened.payload.get("message")
        if isinstance(clicked, dict):
            payload["message"] = dict(self.messages.get(int(clicked["id"])) or clicked)
        result = self._new_result(payload, f"modal {modal['custom_id']!r} submit")
        if isinstance(clicked, dict):  # types 6/7 then act on the message whose button opened the modal
            result.original = self.messages.get(int(clicked["id"]))
            result.original_id = int(clicked["id"]) if result.original is not None else None
        return await self._interact(result, guild, timeout)

    def member_message(
        self,
        guild: FakeGuild,
        member: FakeMember,
        channel: FakeChannel,
        content: str = "",
        /,
        *,
        attachments: list[Attachment] | None = None,
        embeds: list[JSON] | None = None,
    ) -> JSON:
        """A member posts a message (not through the bot): stored as Discord keeps it (the author, ``mentions``
        of the members its ``<@id>`` name, the files as attachments, link embeds as given) and announced with
        MESSAGE_CREATE to a bot with the GUILD_MESSAGES intent. Discord refuses a member without View Channel
        and Send Messages there, and an empty message (50006), so the fake raises."""
        allowed = guild.channel_permissions(member, channel)
        if not allowed & VIEW_CHANNEL or not allowed & SEND_MESSAGES:
            raise AssertionError(f"{member.name} cannot post in #{channel.name}: Discord would refuse (50013)")
        files = [FilePart(i, a.filename, a.data, a.content_type) for i, a in enumerate(attachments or [])]
        if not content and not files and not embeds:
            raise AssertionError("an empty message: Discord refuses it (50006 Cannot send an empty message)")
        message = self.messages.create(
            channel.id, {"content": content, "embeds": embeds or []}, files, author=member.user_payload()
        )
        mentioned = [guild.member(int(i)) for i in USER_MENTION.findall(content)]
        message["mentions"] = [m.user_payload() for m in dict.fromkeys(mentioned) if m is not None]
        event = {**public(message), "guild_id": str(guild.id), "member": member.member_payload(with_user=False)}
        if not (self.hub.intents or 0) & MESSAGE_CONTENT and str(self.application_id) not in event["content"]:
            event.update(CONTENT_FIELDS)  # "Apps without the intent will receive empty values" (but mentioned)
        self.hub.dispatch("MESSAGE_CREATE", event, guild_id=guild.id, intent=GUILD_MESSAGES)
        self.changes.bump()
        return message

    def forward_message(self, guild: FakeGuild, member: FakeMember, channel: FakeChannel, original: JSON) -> JSON:
        """A member forwards ``original`` into ``channel``: a message of its own with no content, a
        ``message_reference`` of type 1 FORWARD pointing at the original, and a ``message_snapshots`` copy of it
        (type, content, embeds, attachments, timestamps, flags, mentions, components), flagged HAS_SNAPSHOT
        (1 << 14). discord-api-docs, resources/message.mdx: "Message Reference Types" (FORWARD) and "Message
        Snapshot Object" (PR #6833). Announced like any member's message."""
        allowed = guild.channel_permissions(member, channel)
        if not allowed & VIEW_CHANNEL or not allowed & SEND_MESSAGES:
            raise AssertionError(f"{member.name} cannot post in #{channel.name}: Discord would refuse (50013)")
        source = self.messages.get(int(original["id"]))
        if source is None:
            raise AssertionError(f"message {original['id']} does not exist: nothing to forward")
        kept = ("type", "content", "embeds", "attachments", "timestamp", "edited_timestamp", "flags", "mentions")
        snapshot: JSON = {k: source.get(k) for k in kept} | {"mention_roles": [], "components": []}
        snapshot["mentions"] = snapshot["mentions"] or []
        message = self.messages.create(channel.id, {"content": "", "embeds": []}, [], author=member.user_payload())
        message["mentions"] = []
        message["flags"] = HAS_SNAPSHOT
        message["message_reference"] = {
            "type": FORWARD,
            "channel_id": source["channel_id"],
            "message_id": source["id"],
            "guild_id": str(guild.id),
        }
        message["message_snapshots"] = [{"message": snapshot}]
        event = {**public(message), "guild_id": str(guild.id), "member": member.member_payload(with_user=False)}
        self.hub.dispatch("MESSAGE_CREATE", event, guild_id=guild.id, intent=GUILD_MESSAGES)
        self.changes.bump()
        return message

    async def message_command(
        self,
        guild: FakeGuild,
        member: FakeMember,
        message: JSON,
        command: str,
        /,
        *,
        timeout: float = 5.0,
    ) -> InteractionResult:
        """A member picks Apps → ``command`` on a message: the MESSAGE command (``data.type`` 3) the bot registered,
        in the message's channel, with ``target_id`` and the message (as it reads now) in ``resolved.messages``,
        its content whatever the bot's intents ("Content of the message a message context menu command is used
        on" is an exception to the Message Content Intent, gateway.mdx). The message is checked against the
        spec's ``MessageResponse`` first: what the fake sends must be what Discord sends. Returns once the bot's
        initial response arrived."""
        current = self.messages.get(int(message["id"]))
        if current is None:
            raise AssertionError(f"message {message['id']} does not exist (or was deleted): no menu to open on it")
        channel = self.channel(int(current["channel_id"]))
        if channel is None or channel.guild_id != guild.id:
            raise AssertionError(f"message {message['id']} is not in {guild!r}")
        if not guild.channel_permissions(member, channel) & VIEW_CHANNEL:
            raise AssertionError(f"{member.name} cannot see #{channel.name}, so cannot open a menu on its messages")
        definition = self.registry.find(guild.id, command, 3)
        target = public(current)
        problems = self.spec.validate_object("MessageResponse", _as_spec_knows_it(target))
        if problems:
            raise AssertionError(f"the fake's message breaks Discord's spec: {problems}")
        payload = self._base_interaction(2, guild, member, channel)
        payload["data"] = build_message_command_data(definition, target)
        return await self._interact(self._new_result(payload, f"Apps → {command}"), guild, timeout)

    def delete_message(self, guild: FakeGuild, moderator: FakeMember, message_id: int | str) -> None:
        """A moderator deletes one of the bot's messages (needs Manage Messages, as on Discord). The bot gets
        MESSAGE_DELETE (with the GUILD_MESSAGES intent); any later read or edit of it answers 404 code 10008
        Unknown Message (discord-api-docs: Delete Message; JSON error codes)."""
        message = self.messages.get(int(message_id))
        if message is None:
            raise AssertionError(f"no message {message_id} to delete")
        channel = self.channel(int(message["channel_id"]))
        if channel is None or channel.guild_id != guild.id:
            raise AssertionError(f"message {message_id} is not in {guild!r}")
        if not guild.channel_permissions(moderator, channel) & MANAGE_MESSAGES:
            raise AssertionError(f"{moderator.name} lacks Manage Messages: Discord would refuse (50013)")
        self.messages.delete(message)
        self.emit_message("MESSAGE_DELETE", message)
        self.changes.bump()

    async def react(
        self, guild: FakeGuild, member: FakeMember, channel: FakeChannel, message_id: int | str, emoji: str
    ) -> bool:
        """MESSAGE_REACTION_ADD from a member; False when the bot lacks the reactions intent (not sent)."""
        return await self._reaction("MESSAGE_REACTION_ADD", guild, member, channel, message_id, emoji)

    async def unreact(
        self, guild: FakeGuild, member: FakeMember, channel: FakeChannel, message_id: int | str, emoji: str
    ) -> bool:
        """MESSAGE_REACTION_REMOVE from a member."""
        return await self._reaction("MESSAGE_REACTION_REMOVE", guild, member, channel, message_id, emoji)

    async def clear_reactions(
        self, guild: FakeGuild, channel: FakeChannel, message_id: int | str, emoji: str | None = None
    ) -> bool:
        """A moderator clears a message's reactions: all of them (MESSAGE_REACTION_REMOVE_ALL, ``{channel_id,
        message_id, guild_id}``) or every reaction with one ``emoji`` (MESSAGE_REACTION_REMOVE_EMOJI, with the
        ``emoji``) (https://discord.com/developers/docs/events/gateway-events#message-reaction-remove-all).
        False when the bot lacks the reactions intent (not sent)."""
        stored = self.messages.get(int(message_id))
        data: JSON = {"channel_id": str(channel.id), "message_id": str(message_id), "guild_id": str(guild.id)}
        if emoji is None:
            event = "MESSAGE_REACTION_REMOVE_ALL"
            if stored is not None:
                stored.pop("reactions", None)
        else:
            event = "MESSAGE_REACTION_REMOVE_EMOJI"
            data["emoji"] = _emoji_data(emoji)
            if stored is not None:
                kept = [r for r in stored.get("reactions") or [] if r["emoji"] != data["emoji"]]
                stored.pop("reactions", None)
                if kept:
                    stored["reactions"] = kept
        return await self._send_and_wait(event, data, guild.id, GUILD_MESSAGE_REACTIONS, timeout=5.0)

    async def _reaction(
        self,
        event: str,
        guild: FakeGuild,
        member: FakeMember,
        channel: FakeChannel,
        message_id: int | str,
        emoji: str,
    ) -> bool:
        emoji_data = _emoji_data(emoji)
        stored = self.messages.get(int(message_id))
        if stored is not None:
            self.messages.react(stored, emoji_data, me=False, add=event == "MESSAGE_REACTION_ADD")
        data: JSON = {
            "user_id": str(member.id),
            "channel_id": str(channel.id),
            "message_id": str(message_id),
            "guild_id": str(guild.id),
            "emoji": emoji_data,
            "burst": False,
            "type": 0,
        }
        if event == "MESSAGE_REACTION_ADD":
            data["member"] = member.member_payload()
            data["burst_colors"] = []
            data["message_author_id"] = str(self.application_id)
        intent = GUILD_MESSAGE_REACTIONS if channel.guild_id else DIRECT_MESSAGE_REACTIONS
        return await self._send_and_wait(event, data, guild.id, intent, timeout=5.0)


def _emoji_data(emoji: str) -> JSON:
    """``🔥`` -> ``{id: None, name: "🔥"}``; ``<:name:123>`` (a custom emoji) -> ``{id: "123", name: "name"}``."""
    if emoji.startswith("<") and emoji.endswith(">"):
        _, name, emoji_id = emoji.strip("<>").split(":")
        return {"id": emoji_id, "name": name}
    return {"id": None, "name": emoji}


def _walk_components(components: list[Any]) -> list[JSON]:
    found: list[JSON] = []
    for component in components:
        if not isinstance(component, dict):
            continue
        found.append(component)
        found.extend(_walk_components(component.get("components") or []))
        accessory = component.get("accessory")
        if isinstance(accessory, dict):
            found.append(accessory)
    return found


def _find_component(components: list[Any], custom_id: str) -> JSON | None:
    return next((c for c in _walk_components(components) if c.get("custom_id") == custom_id), None)


def _custom_ids(components: list[Any]) -> list[str]:
    return [c["custom_id"] for c in _walk_components(components) if "custom_id" in c]


def _as_spec_knows_it(message: JSON) -> JSON:
    """The message as the shared OpenAPI spec can check it. The spec's MessageReferenceType lists only DEFAULT
    (0), but Discord's docs (resources/message.mdx, "Message Reference Types"; discord-api-docs PR #6833) add
    FORWARD (1), whose message carries ``message_snapshots`` (which the spec does describe, and checks). So a
    forward is checked here against the docs (type 1 comes with a snapshot, and a reference to a message), and
    the rest of it against the spec with its reference read as DEFAULT; any other reference type still fails."""
    reference = message.get("message_reference")
    if not isinstance(reference, dict) or reference.get("type") != FORWARD:
        return message
    if not message.get("message_snapshots") or "message_id" not in reference:
        raise AssertionError(f"a forward without its snapshot or its message id breaks Discord's docs: {message}")
    return {**message, "message_reference": {**reference, "type": 0}}
