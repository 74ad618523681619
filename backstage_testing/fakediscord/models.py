"""The fake's world: guilds, roles, channels, members, uploaded attachments.

Each object renders the JSON Discord sends for it (in GUILD_CREATE, in interactions' ``member`` and
``resolved`` data). The field sets are those discord.py 2.7 reads without a default (a missing required
key raises ``KeyError`` inside the client's gateway parser and kills the connection): channels need
``position`` and ``permission_overwrites``, members need ``user``, ``roles`` and ``flags``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .ids import JSON, Snowflakes, iso_now

# Permission bits (https://discord.com/developers/docs/topics/permissions).
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
MANAGE_MESSAGES = 1 << 13
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
USE_EXTERNAL_EMOJIS = 1 << 18
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 51) - 1

EVERYONE_PERMISSIONS = (
    ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)


class WorldHub(Protocol):
    """What the model objects need from the server: ids and a way to announce late additions."""

    ids: Snowflakes

    def guild_changed(self, guild: FakeGuild, event: str, payload: JSON) -> None: ...


@dataclass(eq=False)
class FakeRole:
    """A guild role. The ``@everyone`` role has the guild's id, as on Discord."""

    id: int
    name: str
    guild_id: int
    permissions: int = 0
    position: int = 1

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }


@dataclass(eq=False)
class FakeChannel:
    """A text channel (type 0) of a guild, or a DM channel (type 1, ``guild_id`` None).

    ``bot_can_send=False`` denies the bot SEND_MESSAGES through a permission overwrite: sends answer
    403 / 50013 "Missing Permissions" like Discord.
    """

    id: int
    name: str
    guild_id: int | None
    type: int = 0
    position: int = 0
    topic: str | None = None
    bot_can_send: bool = True
    recipient: JSON | None = None
    bot_user_id: int = 0

    def payload(self) -> JSON:
        if self.type == 1:
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [self.recipient] if self.recipient else [],
            }
        overwrites: list[JSON] = []
        if not self.bot_can_send:
            deny = str(SEND_MESSAGES)
            overwrites.append({"id": str(self.bot_user_id), "type": 1, "allow": "0", "deny": deny})
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "permission_overwrites": overwrites,
            "topic": self.topic,
            "nsfw": False,
            "parent_id": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }

    def resolved_payload(self, permissions: int) -> JSON:
        """The channel as it appears in an interaction's ``data.resolved.channels``."""
        return {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "permissions": str(permissions),
            "parent_id": None,
            "position": self.position,
            "nsfw": False,
            "topic": self.topic,
            "flags": 0,
            "guild_id": str(self.guild_id) if self.guild_id else None,
        }


@dataclass(eq=False)
class FakeMember:
    """A person in a guild. ``permissions`` is what Discord computes for them (roles + flags).

    ``accepts_dms=False``: the member closed their DMs to the server's members; a DM from the bot gets 403
    code 50007 "Cannot send messages to this user" (discord-api-docs, JSON error codes).
    """

    id: int
    name: str
    guild_id: int
    roles: list[FakeRole] = field(default_factory=list)
    manage_guild: bool = False
    administrator: bool = False
    bot: bool = False
    joined_at: str = field(default_factory=iso_now)
    accepts_dms: bool = True

    def user_payload(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }

    def member_payload(self, *, with_user: bool = True, permissions: int | None = None) -> JSON:
        data: JSON = {
            "roles": [str(r.id) for r in self.roles],
            "nick": None,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user_payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass(eq=False)
class Attachment:
    """A file a test attaches to an ATTACHMENT option; the fake serves its bytes at ``url``."""

    filename: str
    data: bytes
    content_type: str | None = None


class FakeGuild:
    """A guild with its roles, channels and members.

    Objects added once a bot is connected are announced like Discord does: GUILD_ROLE_CREATE,
    CHANNEL_CREATE, GUILD_MEMBER_ADD (the last only with the GUILD_MEMBERS intent).
    """

    def __init__(self, hub: WorldHub, guild_id: int, name: str, owner_id: int) -> None:
        self._hub = hub
        self.id = guild_id
        self.name = name
        self.owner_id = owner_id
        self.everyone = FakeRole(guild_id, "@everyone", guild_id, EVERYONE_PERMISSIONS, position=0)
        self.roles: list[FakeRole] = [self.everyone]
        self.channels: list[FakeChannel] = []
        self.members: list[FakeMember] = []
        self.bot_member: FakeMember | None = None
        self._flag_roles: dict[str, FakeRole] = {}

    def __repr__(self) -> str:
        return f"<FakeGuild id={self.id} name={self.name!r}>"

    def add_role(self, name: str, *, permissions: int = 0) -> FakeRole:
        role = FakeRole(self._hub.ids.next(), name, self.id, permissions, position=len(self.roles))
        self.roles.append(role)
        self._hub.guild_changed(self, "GUILD_ROLE_CREATE", {"guild_id": str(self.id), "role": role.payload()})
        return role

    def add_channel(self, name: str, *, topic: str | None = None, bot_can_send: bool = True) -> FakeChannel:
        bot_id = self.bot_member.id if self.bot_member else 0
        channel = FakeChannel(
            self._hub.ids.next(),
            name,
            self.id,
            position=len(self.channels),
            topic=topic,
            bot_can_send=bot_can_send,
            bot_user_id=bot_id,
        )
        self.channels.append(channel)
        self._hub.guild_changed(self, "CHANNEL_CREATE", channel.payload())
        return channel

    def add_member(
        self,
        name: str,
        roles: list[FakeRole] | None = None,
        *,
        manage_guild: bool = False,
        administrator: bool = False,
    ) -> FakeMember:
        """Adds a member. ``manage_guild``/``administrator`` give them a role carrying that permission,
        so ``member.guild_permissions`` and the interaction's ``permissions`` agree."""
        all_roles = list(roles or [])
        if manage_guild:
            all_roles.append(self._flag_role("Managers (fake)", MANAGE_GUILD))
        if administrator:
            all_roles.append(self._flag_role("Administrators (fake)", ADMINISTRATOR))
        member = FakeMember(
            self._hub.ids.next(),
            name,
            self.id,
            all_roles,
            manage_guild=manage_guild,
            administrator=administrator,
        )
        self.members.append(member)
        payload = member.member_payload()
        payload["guild_id"] = str(self.id)
        self._hub.guild_changed(self, "GUILD_MEMBER_ADD", payload)
        return member

    def _flag_role(self, name: str, permission: int) -> FakeRole:
        role = self._flag_roles.get(name)
        if role is None:
            role = self.add_role(name, permissions=permission)
            self._flag_roles[name] = role
        return role

    def channel(self, channel_id: int) -> FakeChannel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def member(self, user_id: int) -> FakeMember | None:
        everyone = [*self.members, *([self.bot_member] if self.bot_member else [])]
        return next((m for m in everyone if m.id == user_id), None)

    def permissions_of(self, member: FakeMember) -> int:
        """Guild-level permissions the way Discord computes them (administrator implies all)."""
        perms = self.everyone.permissions
        for role in member.roles:
            perms |= role.permissions
        if perms & ADMINISTRATOR or member.id == self.owner_id:
            return ALL_PERMISSIONS
        return perms

    def channel_permissions(self, member: FakeMember, channel: FakeChannel) -> int:
        perms = self.permissions_of(member)
        if perms == ALL_PERMISSIONS:
            return perms
        if member.bot and not channel.bot_can_send:
            perms &= ~SEND_MESSAGES
        return perms

    def create_payload(self, *, all_members: bool = True, joined: bool = False) -> JSON:
        """The GUILD_CREATE event body. Without the GUILD_MEMBERS intent Discord lists only the bot itself
        in ``members`` (``member_count`` still counts everyone). A guild announced unavailable in READY
        comes with ``unavailable: false``; a guild joined later has no ``unavailable`` key (discord.py
        then dispatches ``guild_join`` rather than ``guild_available``)."""
        members = [*([self.bot_member] if self.bot_member else []), *self.members]
        listed = members if all_members else members[:1]
        payload: JSON = {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "region": "deprecated",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": "en-US",
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "application_id": None,
            "max_members": 500000,
            "max_video_channel_users": 25,
            "features": [],
            "joined_at": iso_now(),
            "large": False,
            "unavailable": False,
            "lazy": True,
            "member_count": len(members),
            "roles": [r.payload() for r in self.roles],
            "emojis": [],
            "stickers": [],
            "channels": [c.payload() for c in self.channels],
            "threads": [],
            "members": [m.member_payload() for m in listed],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "embedded_activities": [],
        }
        if joined:
            del payload["unavailable"]
        return payload
