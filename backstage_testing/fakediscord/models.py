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
from .permissions import (
    ADMINISTRATOR,
    EVERYONE_PERMISSIONS,
    GUILD_ANNOUNCEMENT,
    GUILD_TEXT,
    MANAGE_GUILD,
    MEMBER_OVERWRITE,
    PRIVATE_THREAD,
    PUBLIC_THREAD,
    ROLE_OVERWRITE,
    THREAD_TYPES,
    VIEW_CHANNEL,
    Overwrite,
    base_permissions,
    channel_permissions,
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
    """A channel: text (type 0), DM (1, ``guild_id`` None), announcement (5), or a thread (10 announcement,
    11 public, 12 private; ``parent_id`` is its channel). ``overwrites`` are the channel's permission
    overwrites (threads have none: they inherit their parent's). A thread has ``archived``/``locked`` and
    the ids of its members (``thread_members``)."""

    id: int
    name: str
    guild_id: int | None
    type: int = GUILD_TEXT
    position: int = 0
    topic: str | None = None
    recipient: JSON | None = None
    overwrites: list[Overwrite] = field(default_factory=list)
    parent_id: int | None = None
    owner_id: int | None = None
    archived: bool = False
    locked: bool = False
    thread_members: set[int] = field(default_factory=set)
    created_at: str = field(default_factory=iso_now)
    archived_at: str = field(default_factory=iso_now)

    @property
    def is_thread(self) -> bool:
        return self.type in THREAD_TYPES

    def payload(self, *, for_user: int | None = None) -> JSON:
        """The channel object. ``for_user``: a thread carries that user's thread member object when they are
        a member (GUILD_CREATE and GET /channels/{id} do so for the current user, ../topics/threads)."""
        if self.type == 1:
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [self.recipient] if self.recipient else [],
            }
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if not self.is_thread:
            data.update(
                position=self.position,
                permission_overwrites=[o.payload() for o in self.overwrites],
                topic=self.topic,
                nsfw=False,
            )
            return data
        data.update(
            owner_id=str(self.owner_id or 0),
            message_count=0,
            total_message_sent=0,
            member_count=min(len(self.thread_members), 50),
            thread_metadata=self.thread_metadata(),
        )
        if for_user is not None and for_user in self.thread_members:
            member = {"id": str(self.id), "user_id": str(for_user), "join_timestamp": self.created_at, "flags": 0}
            data["member"] = member
        return data

    def thread_metadata(self) -> JSON:
        return {
            "archived": self.archived,
            "auto_archive_duration": 1440,
            "archive_timestamp": self.archived_at,
            "locked": self.locked,
            "invitable": True,
            "create_timestamp": self.created_at,
        }

    def resolved_payload(self, permissions: int, app_permissions: int | None) -> JSON:
        """The channel as it appears in an interaction's ``data.resolved.channels``: ``permissions`` are the
        invoking member's, ``app_permissions`` the bot's (only when the bot is in the guild). Both include
        overwrites (https://discord.com/developers/docs/resources/channel#channel-object-channel-structure;
        change log of July 16, 2026)."""
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "permissions": str(permissions),
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "nsfw": False,
            "flags": 0,
            "guild_id": str(self.guild_id) if self.guild_id else None,
        }
        if app_permissions is not None:
            data["app_permissions"] = str(app_permissions)
        if self.is_thread:
            # the docs list thread_metadata only; Discord also sends these, which discord.py 2.7 requires
            data.update(
                thread_metadata=self.thread_metadata(),
                owner_id=str(self.owner_id or 0),
                member_count=min(len(self.thread_members), 50),
                message_count=0,
            )
        else:
            data.update(position=self.position, topic=self.topic)
        return data


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
            "flags": 0,
            "primary_guild": None,
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

    def add_channel(
        self, name: str, *, topic: str | None = None, type: int = GUILD_TEXT, deny_bot: int = 0
    ) -> FakeChannel:
        """A text channel (``type=5``: an announcement channel). ``deny_bot``: permissions denied to the bot
        by a member overwrite on the channel (e.g. ``SEND_MESSAGES``)."""
        channel = FakeChannel(self._hub.ids.next(), name, self.id, type=type, position=len(self.channels), topic=topic)
        if deny_bot and self.bot_member is not None:
            channel.overwrites.append(Overwrite(self.bot_member.id, MEMBER_OVERWRITE, deny=deny_bot))
        self.channels.append(channel)
        self._hub.guild_changed(self, "CHANNEL_CREATE", channel.payload())
        return channel

    def add_thread(
        self,
        parent: FakeChannel,
        name: str,
        *,
        private: bool = False,
        archived: bool = False,
        locked: bool = False,
        bot_joined: bool = True,
    ) -> FakeChannel:
        """A thread in ``parent``: an announcement thread (10) in an announcement channel, else public (11) or
        ``private`` (12, only in text channels; visible to its members and to MANAGE_THREADS,
        ../topics/threads#public-private-threads). ``bot_joined``: the bot is one of its members. Announced
        with THREAD_CREATE only when the bot can see it ("clients will not be informed of a thread through
        the gateway if they do not have permission to view that thread", ../topics/threads#permissions)."""
        kind = 10 if parent.type == GUILD_ANNOUNCEMENT else PRIVATE_THREAD if private else PUBLIC_THREAD
        owner = self.members[0].id if self.members else self.owner_id
        thread = FakeChannel(
            self._hub.ids.next(), name, self.id, type=kind, parent_id=parent.id, owner_id=owner, archived=archived
        )
        thread.locked = locked
        if bot_joined and self.bot_member is not None:
            thread.thread_members.add(self.bot_member.id)
        self.channels.append(thread)
        self._announce_thread("THREAD_CREATE", thread, newly_created=True)
        return thread

    def update_thread(
        self, thread: FakeChannel, *, archived: bool | None = None, locked: bool | None = None, announce: bool = True
    ) -> None:
        """A moderator archives, unarchives, locks or unlocks a thread: THREAD_UPDATE (../topics/threads)."""
        if archived is not None and archived != thread.archived:
            thread.archived = archived
            thread.archived_at = iso_now()
        if locked is not None:
            thread.locked = locked
        if announce:
            self._announce_thread("THREAD_UPDATE", thread)

    def join_thread(self, thread: FakeChannel, member: FakeMember) -> None:
        """Adds a member to a thread. For the bot, THREAD_MEMBERS_UPDATE "is always sent when the current user
        is added to ... a thread" (../topics/threads#syncing-for-the-current-user)."""
        if member.id in thread.thread_members:
            return
        thread.thread_members.add(member.id)
        if member is self.bot_member:
            added = {"id": str(thread.id), "user_id": str(member.id), "join_timestamp": iso_now(), "flags": 0}
            payload = {"id": str(thread.id), "guild_id": str(self.id), "member_count": len(thread.thread_members)}
            self._hub.guild_changed(self, "THREAD_MEMBERS_UPDATE", {**payload, "added_members": [added]})

    def _announce_thread(self, event: str, thread: FakeChannel, *, newly_created: bool = False) -> None:
        if self.bot_member is None or not channel_permissions(self, self.bot_member, thread) & VIEW_CHANNEL:
            return
        payload = thread.payload(for_user=self.bot_member.id)
        if newly_created:
            payload["newly_created"] = True
        self._hub.guild_changed(self, event, payload)

    def set_overwrite(
        self,
        channel: FakeChannel,
        target: FakeRole | FakeMember,
        *,
        allow: int = 0,
        deny: int = 0,
        announce: bool = True,
    ) -> None:
        """Sets (both 0: removes) the permission overwrite of a role or member on a channel, then sends
        CHANNEL_UPDATE with the new ``permission_overwrites`` (../events/gateway-events#channel-update).
        ``announce=False`` changes it without the event: a change the bot never heard of."""
        if channel.is_thread:
            raise ValueError("threads have no overwrites of their own: change the parent channel's")
        kind = ROLE_OVERWRITE if isinstance(target, FakeRole) else MEMBER_OVERWRITE
        channel.overwrites = [o for o in channel.overwrites if (o.type, o.id) != (kind, target.id)]
        if allow or deny:
            channel.overwrites.append(Overwrite(target.id, kind, allow=allow, deny=deny))
        if announce:
            self._hub.guild_changed(self, "CHANNEL_UPDATE", channel.payload())

    def deny_bot(self, channel: FakeChannel, permissions: int, *, announce: bool = True) -> None:
        """The bot's own overwrite on ``channel`` denies exactly ``permissions`` (0: no overwrite)."""
        assert self.bot_member is not None
        self.set_overwrite(channel, self.bot_member, deny=permissions, announce=announce)

    def set_role_permissions(self, role: FakeRole, permissions: int, *, announce: bool = True) -> None:
        """An admin edits a role's permissions: GUILD_ROLE_UPDATE (../events/gateway-events#guild-role-update)."""
        role.permissions = permissions
        if announce:
            self._hub.guild_changed(self, "GUILD_ROLE_UPDATE", {"guild_id": str(self.id), "role": role.payload()})

    def set_roles(self, member: FakeMember, roles: list[FakeRole], *, announce: bool = True) -> None:
        """An admin changes a member's roles: GUILD_MEMBER_UPDATE. Discord sends it for the current user (the
        bot) whatever its intents, for others only with GUILD_MEMBERS (../events/gateway#caveats)."""
        member.roles = list(roles)
        if announce:
            payload = member.member_payload()
            payload["guild_id"] = str(self.id)
            self._hub.guild_changed(self, "GUILD_MEMBER_UPDATE", payload)

    def delete_channel(self, channel: FakeChannel) -> None:
        """Deletes a channel (its threads go with it): CHANNEL_DELETE, or THREAD_DELETE for a thread
        (../events/gateway-events#channel-delete, #thread-delete). Later requests to it: 404 / 10003."""
        gone = [channel, *(t for t in self.channels if t.parent_id == channel.id)]
        bot = self.bot_member
        visible = bot is not None and bool(channel_permissions(self, bot, channel) & VIEW_CHANNEL)
        self.channels = [c for c in self.channels if c not in gone]
        if channel.is_thread:
            if visible:
                payload = {"id": str(channel.id), "guild_id": str(self.id), "parent_id": str(channel.parent_id)}
                self._hub.guild_changed(self, "THREAD_DELETE", {**payload, "type": channel.type})
        else:
            self._hub.guild_changed(self, "CHANNEL_DELETE", channel.payload())

    def add_member(
        self,
        name: str,
        roles: list[FakeRole] | None = None,
        *,
        manage_guild: bool = False,
        administrator: bool = False,
        bot: bool = False,
    ) -> FakeMember:
        """Adds a member (``bot``: another bot's user). ``manage_guild``/``administrator`` give them a role
        carrying that permission, so ``member.guild_permissions`` and the interaction's ``permissions`` agree."""
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
            bot=bot,
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
        return base_permissions(self, member)

    def channel_permissions(self, member: FakeMember, channel: FakeChannel) -> int:
        """Permissions in ``channel`` with its overwrites and Discord's implicit rules (see .permissions)."""
        return channel_permissions(self, member, channel)

    def visible_threads(self) -> list[FakeChannel]:
        """Active threads the bot can see, as GUILD_CREATE lists them (../topics/threads#gateway-events)."""
        bot = self.bot_member
        return [
            c
            for c in self.channels
            if c.is_thread and not c.archived and bot is not None and channel_permissions(self, bot, c) & VIEW_CHANNEL
        ]

    def create_payload(self, *, all_members: bool = True, joined: bool = False) -> JSON:
        """The GUILD_CREATE event body. Without the GUILD_MEMBERS intent Discord lists only the bot itself
        in ``members`` (``member_count`` still counts everyone). A guild announced unavailable in READY
        comes with ``unavailable: false``; a guild joined later has no ``unavailable`` key (discord.py
        then dispatches ``guild_join`` rather than ``guild_available``)."""
        members = [*([self.bot_member] if self.bot_member else []), *self.members]
        bot_id = self.bot_member.id if self.bot_member else None
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
            "channels": [c.payload() for c in self.channels if not c.is_thread],
            "threads": [t.payload(for_user=bot_id) for t in self.visible_threads()],
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
