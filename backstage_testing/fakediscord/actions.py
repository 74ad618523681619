"""Acting as Discord users: slash commands, autocomplete, buttons and selects, modals, reactions.

Each action builds the INTERACTION_CREATE (or MESSAGE_REACTION_ADD/REMOVE) Discord would send, with the
fields discord.py 2.7 requires (``id, application_id, type, token, version, guild_id, channel{...},
member{...}, app_permissions, locale, entitlements, authorizing_integration_owners, context,
attachment_size_limit, data``; a missing one raises KeyError inside the client and kills it), sends it
on the gateway and waits for the bot's initial response.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from .gateway import DIRECT_MESSAGE_REACTIONS, GUILD_MESSAGE_REACTIONS
from .ids import JSON
from .interactions import InteractionResult, ResolveContext, build_command_data, build_modal_submit
from .models import Attachment, FakeChannel, FakeGuild, FakeMember
from .permissions import MANAGE_MESSAGES

if TYPE_CHECKING:
    from .gateway import GatewayHub
    from .ids import Snowflakes
    from .interactions import CommandRegistry
    from .messages import MessageStore
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

    def channel(self, channel_id: int) -> FakeChannel | None:
        raise NotImplementedError  # FakeDiscord.channel

    def emit_message(self, event: str, message: JSON) -> None:
        raise NotImplementedError  # FakeDiscord.emit_message

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
