"""Application commands as the bot synced them, and the interactions a user's client would produce.

Discord builds an INTERACTION_CREATE from the *registered* command: option types, subcommand (type 1) /
group (type 2) nesting, choices and ``autocomplete`` flags come from the definitions the bot sent with
``PUT /applications/{app}/commands`` (or the guild variant). The fake does the same, so a test can only
invoke what the bot really registered: an unknown command, subcommand or option, a missing required
option, a value outside the registered choices/limits, or a wrong Python type raises at once in the test.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .ids import JSON, Snowflakes
from .messages import EPHEMERAL, Upload
from .models import Attachment, FakeChannel, FakeGuild, FakeMember, FakeRole
from .waiting import Changes

OPTION_TYPE_NAMES = {
    1: "SUB_COMMAND",
    2: "SUB_COMMAND_GROUP",
    3: "STRING",
    4: "INTEGER",
    5: "BOOLEAN",
    6: "USER",
    7: "CHANNEL",
    8: "ROLE",
    9: "MENTIONABLE",
    10: "NUMBER",
    11: "ATTACHMENT",
}


class CommandRegistry:
    """Synced commands per scope (``None`` = global, else a guild id), with stable ids like Discord."""

    def __init__(self, ids: Snowflakes, application_id: int) -> None:
        self._ids = ids
        self._application_id = application_id
        self.scopes: dict[int | None, list[JSON]] = {}

    def overwrite(self, guild_id: int | None, commands: list[JSON]) -> list[JSON]:
        """Bulk overwrite (PUT): commands keep their id when name and type are unchanged."""
        old = {(c["name"], c.get("type", 1)): c for c in self.scopes.get(guild_id, [])}
        stored = []
        for sent in commands:
            previous = old.get((sent.get("name"), sent.get("type", 1)))
            command = copy.deepcopy(sent)
            command.setdefault("type", 1)
            # "Empty string for USER and MESSAGE commands" (interactions/application-commands#application-command-
            # object): read back as "" (not null; one sent is refused, validation.py), and discord.py reads it
            if command["type"] != 1:
                command["description"] = ""
            command.setdefault("options", [])
            command.setdefault("default_member_permissions", None)
            command.setdefault("nsfw", False)
            command["id"] = previous["id"] if previous else str(self._ids.next())
            command["application_id"] = str(self._application_id)
            command["version"] = str(self._ids.next())
            if guild_id is not None:
                command["guild_id"] = str(guild_id)
            stored.append(command)
        self.scopes[guild_id] = stored
        return copy.deepcopy(stored)

    def listing(self, guild_id: int | None) -> list[JSON]:
        return copy.deepcopy(self.scopes.get(guild_id, []))

    def all(self) -> list[JSON]:
        return [copy.deepcopy(c) for scope in self.scopes.values() for c in scope]

    def find(self, guild_id: int, name: str, command_type: int = 1) -> JSON:
        """The command a member of the guild can run: the guild's, else the global one (slash commands by
        default; 2 a user's and 3 a message's context menu)."""
        for scope in (guild_id, None):
            for command in self.scopes.get(scope, []):
                if command["name"] == name and command.get("type", 1) == command_type:
                    return command
        known = sorted(
            {c["name"] for scope in (guild_id, None) for c in self.scopes.get(scope, []) if c["type"] == command_type}
        )
        kind = {1: "slash command", 2: "user command", 3: "message command"}.get(command_type, str(command_type))
        shown = f"/{name}" if command_type == 1 else repr(name)
        raise AssertionError(
            f"{shown} is not registered: the bot synced no such {kind} for this guild or globally"
            f" (registered: {', '.join(known) or 'none'})"
        )


def build_message_command_data(command: JSON, message: JSON) -> JSON:
    """``data`` of a MESSAGE command's interaction (application-commands.mdx, Message Commands, Example
    Interaction; receiving-and-responding.mdx, Interaction Data: "target_id: id of the user or message
    targeted by a user or message command"): the command, ``type: 3``, ``target_id`` and the whole message in
    ``resolved.messages``."""
    data: JSON = {
        "id": command["id"],
        "name": command["name"],
        "type": 3,
        "target_id": message["id"],
        "resolved": {"messages": {message["id"]: message}},
    }
    if command.get("guild_id"):
        data["guild_id"] = command["guild_id"]
    return data


@dataclass
class ResolveContext:
    """What option building needs from the server."""

    guild: FakeGuild
    member: FakeMember  # who invokes the command
    store_attachment: Callable[[Attachment], JSON]


def build_command_data(
    command: JSON,
    path: list[str],
    values: dict[str, Any],
    ctx: ResolveContext,
    *,
    focused: str | None = None,
) -> JSON:
    """``data`` of an APPLICATION_COMMAND (or AUTOCOMPLETE when ``focused``) interaction."""
    label = "/" + " ".join([command["name"], *path])
    leaf = command
    chain: list[JSON] = []
    for part in path:
        children = [o for o in leaf.get("options") or [] if o.get("type") in (1, 2)]
        match = next((o for o in children if o.get("name") == part), None)
        if match is None:
            names = ", ".join(o["name"] for o in children) or "none"
            raise AssertionError(f"{label}: no subcommand or group {part!r} registered (has: {names})")
        chain.append(match)
        leaf = match
    if any(o.get("type") in (1, 2) for o in leaf.get("options") or []):
        names = ", ".join(o["name"] for o in leaf["options"])
        raise AssertionError(f"{label} is a group: name a subcommand (one of: {names})")
    resolved: JSON = {}
    options = _leaf_options(leaf, label, values, ctx, resolved, focused)
    for node in reversed(chain):
        options = [{"name": node["name"], "type": node["type"], "options": options}]
    data: JSON = {"id": command["id"], "name": command["name"], "type": 1, "options": options}
    if command.get("guild_id"):
        data["guild_id"] = command["guild_id"]
    if resolved:
        data["resolved"] = resolved
    return data


def _leaf_options(
    leaf: JSON,
    label: str,
    values: dict[str, Any],
    ctx: ResolveContext,
    resolved: JSON,
    focused: str | None,
) -> list[JSON]:
    defs = {o["name"]: o for o in leaf.get("options") or []}
    unknown = [name for name in values if name not in defs]
    if unknown:
        raise AssertionError(
            f"{label}: option(s) {', '.join(unknown)} not registered (options: {', '.join(defs) or 'none'})"
        )
    if focused is not None:
        if focused not in defs:
            raise AssertionError(f"{label}: focused option {focused!r} not registered")
        if not defs[focused].get("autocomplete"):
            raise AssertionError(f"{label}: option {focused!r} was not registered with autocomplete")
    else:
        missing = [n for n, o in defs.items() if o.get("required") and n not in values]
        if missing:
            raise AssertionError(f"{label}: required option(s) missing: {', '.join(missing)}")
    options = []
    for name, value in values.items():
        definition = defs[name]
        where = f"{label} option {name!r} ({OPTION_TYPE_NAMES.get(definition['type'], definition['type'])})"
        if name == focused:
            options.append({"name": name, "type": definition["type"], "value": str(value), "focused": True})
            continue
        option_value = _option_value(definition, value, where, ctx, resolved)
        options.append({"name": name, "type": definition["type"], "value": option_value})
    return options


def _option_value(definition: JSON, value: Any, where: str, ctx: ResolveContext, resolved: JSON) -> Any:
    otype = definition["type"]
    if otype == 3:
        _expect(isinstance(value, str), where, value, "a str")
        lo, hi = definition.get("min_length", 0), definition.get("max_length", 6000)
        if not lo <= len(value) <= hi:
            raise AssertionError(f"{where}: length {len(value)} outside {lo}-{hi}; Discord would not send it")
        _check_choice(definition, value, where)
        return value
    if otype in (4, 10):
        ok = isinstance(value, int) if otype == 4 else isinstance(value, (int, float))
        _expect(ok and not isinstance(value, bool), where, value, "an int" if otype == 4 else "a number")
        lo, hi = definition.get("min_value"), definition.get("max_value")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise AssertionError(f"{where}: {value} outside {lo}..{hi}; Discord would not send it")
        _check_choice(definition, value, where)
        return value
    if otype == 5:
        _expect(isinstance(value, bool), where, value, "a bool")
        return value
    if otype == 6 or (otype == 9 and isinstance(value, FakeMember)):
        _expect(isinstance(value, FakeMember), where, value, "a FakeMember")
        member: FakeMember = value
        permissions = ctx.guild.permissions_of(member)
        resolved.setdefault("users", {})[str(member.id)] = member.user_payload()
        member_data = member.member_payload(with_user=False, permissions=permissions)
        resolved.setdefault("members", {})[str(member.id)] = member_data
        return str(member.id)
    if otype == 7:
        _expect(isinstance(value, FakeChannel), where, value, "a FakeChannel")
        channel: FakeChannel = value
        allowed = definition.get("channel_types")
        if allowed and channel.type not in allowed:
            raise AssertionError(f"{where}: channel type {channel.type} not in registered {allowed}")
        bot = ctx.guild.bot_member
        mine = ctx.guild.channel_permissions(ctx.member, channel)
        apps = ctx.guild.channel_permissions(bot, channel) if bot else None
        resolved.setdefault("channels", {})[str(channel.id)] = channel.resolved_payload(mine, apps)
        return str(channel.id)
    if otype in (8, 9):
        _expect(isinstance(value, FakeRole), where, value, "a FakeRole")
        role: FakeRole = value
        resolved.setdefault("roles", {})[str(role.id)] = role.payload()
        return str(role.id)
    if otype == 11:
        _expect(isinstance(value, Attachment), where, value, "a fakediscord.Attachment")
        payload = ctx.store_attachment(value)
        resolved.setdefault("attachments", {})[payload["id"]] = payload
        return payload["id"]
    raise AssertionError(f"{where}: option type {otype} is not supported by the fake")


def _expect(ok: bool, where: str, value: Any, expected: str) -> None:
    if not ok:
        raise TypeError(f"{where}: expected {expected}, got {value!r}")


def _check_choice(definition: JSON, value: Any, where: str) -> None:
    choices = definition.get("choices")
    if choices and value not in [c.get("value") for c in choices]:
        allowed = ", ".join(repr(c.get("value")) for c in choices)
        raise AssertionError(f"{where}: {value!r} is not one of the registered choices ({allowed})")


@dataclass
class InteractionResult:
    """What the bot answered to one interaction.

    Filled in as the bot's requests arrive: the initial callback (``type``: 4 message, 5 deferred,
    6 deferred update, 7 update message, 8 autocomplete result, 9 modal), then followups and edits of
    ``@original``.
    """

    id: int
    token: str
    interaction_type: int
    label: str
    changes: Changes
    payload: JSON = field(repr=False)
    dispatched_at: float | None = None
    dispatched_clock: float | None = None  # the fake's clock (server.now()) at dispatch: the token's 15 minutes
    received_at: float | None = None
    status: int | None = None
    type: int | None = None
    body: JSON | None = field(default=None, repr=False)
    files: list[Upload] = field(default_factory=list, repr=False)
    followups: list[JSON] = field(default_factory=list, repr=False)
    original: JSON | None = field(default=None, repr=False)
    original_id: int | None = None
    edits: int = 0

    @property
    def data(self) -> JSON:
        value = (self.body or {}).get("data")
        return value if isinstance(value, dict) else {}

    @property
    def responded(self) -> bool:
        """True once an initial response was accepted (or arrived too late)."""
        return self.type is not None

    @property
    def answered(self) -> bool:
        """True once the bot attempted an initial response, accepted or refused (``status``)."""
        return self.type is not None or self.status is not None

    @property
    def elapsed(self) -> float | None:
        """Seconds from sending INTERACTION_CREATE to the arrival of the initial callback POST."""
        if self.dispatched_at is None or self.received_at is None:
            return None
        return self.received_at - self.dispatched_at

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags") or 0) & EPHEMERAL)

    @property
    def content(self) -> str | None:
        content = self.data.get("content")
        return content if isinstance(content, str) else None

    @property
    def embeds(self) -> list[JSON]:
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[JSON]:
        return list(self.data.get("components") or [])

    @property
    def choices(self) -> list[JSON]:
        """Autocomplete result (callback type 8)."""
        return list(self.data.get("choices") or [])

    @property
    def modal(self) -> JSON | None:
        return self.data if self.type == 9 else None

    @property
    def message(self) -> JSON | None:
        """The message the initial response created or updated (type 4/7), else ``original``."""
        return self.original

    async def final(self, timeout: float = 10.0) -> JSON:
        """The message the user finally sees.

        After a defer (type 5/6): waits for the first followup or edit of ``@original``. After a type 4/7
        response: the response's message (latest version).
        """
        await self.changes.wait_for(lambda: self.responded, timeout, f"the initial response to {self.label}")
        if self.type in (5, 6):
            await self.changes.wait_for(
                lambda: self.followups or self.edits,
                timeout,
                f"a followup or edit after {self.label} deferred",
            )
            if self.edits and self.original is not None:
                return self.original
            return self.followups[0]
        if self.original is None:
            raise AssertionError(f"{self.label} was answered with type {self.type}, which has no message")
        return self.original

    async def wait_followups(self, count: int, timeout: float = 10.0) -> list[JSON]:
        await self.changes.wait_for(
            lambda: len(self.followups) >= count, timeout, f"{count} followup(s) to {self.label}"
        )
        return self.followups


def build_modal_submit(modal: JSON, values: dict[str, Any]) -> list[JSON]:
    """``data.components`` of a MODAL_SUBMIT: the modal's structure (action rows or labels) with the
    values a user typed. Unknown ids, a missing required input or a length outside the input's
    ``min_length``/``max_length`` raise, since Discord's client would not submit them."""
    seen: set[str] = set()

    def submitted(component: JSON) -> JSON | None:
        kind = component.get("type")
        if kind == 1:
            children = [c for c in map(submitted, component.get("components") or []) if c is not None]
            return {"type": 1, "components": children}
        if kind == 18:
            inner = submitted(component.get("component") or {})
            return {"type": 18, "component": inner} if inner is not None else None
        custom_id = component.get("custom_id")
        if not isinstance(custom_id, str):
            return None
        seen.add(custom_id)
        if kind == 4:
            value = values.get(custom_id, component.get("value") or "")
            _expect(isinstance(value, str), f"modal input {custom_id!r}", value, "a str")
            if component.get("required", True) and not value:
                raise AssertionError(f"modal input {custom_id!r} is required")
            lo, hi = component.get("min_length", 0), component.get("max_length", 4000)
            if value and not lo <= len(value) <= hi:
                raise AssertionError(f"modal input {custom_id!r}: length {len(value)} outside {lo}-{hi}")
            return {"type": 4, "custom_id": custom_id, "value": value}
        if kind in (3, 5, 6, 7, 8):
            picked = [str(v) for v in values.get(custom_id, [])]
            return {"type": kind, "custom_id": custom_id, "values": picked}
        return None

    components = [c for c in map(submitted, modal.get("components") or []) if c is not None]
    unknown = sorted(set(values) - seen)
    if unknown:
        name = modal.get("custom_id")
        raise AssertionError(f"modal {name!r} has no input(s) {unknown} (has: {sorted(seen)})")
    return components
