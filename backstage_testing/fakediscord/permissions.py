"""Permissions as Discord computes them, and the refusals they cause.

Bits: https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags.
Computation: ../topics/permissions#permission-overwrites (base = @everyone + roles, administrator or owner =
everything; then the @everyone overwrite, the role overwrites (denies, then allows, OR-ed), the member
overwrite). Implicit permissions (../topics/permissions#implicit-permissions): without VIEW_CHANNEL a member
has no permission in the channel; without SEND_MESSAGES, MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES
and EMBED_LINKS are ignored. Threads (../topics/permissions#inherited-permissions-threads) inherit the
parent's permissions except SEND_MESSAGES: SEND_MESSAGES_IN_THREADS is what lets one post in a thread (and
so what the implicit rule hangs on there); a private thread is only visible to its members and to members
with MANAGE_THREADS (../topics/threads#public-private-threads).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .ids import JSON

if TYPE_CHECKING:
    from .models import FakeChannel, FakeGuild, FakeMember

ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
SEND_TTS_MESSAGES = 1 << 12
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
SEND_MESSAGES_IN_THREADS = 1 << 38
PIN_MESSAGES = 1 << 51
BYPASS_SLOWMODE = 1 << 52
ALL_PERMISSIONS = (1 << 53) - 1

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
# what SEND_MESSAGES (SEND_MESSAGES_IN_THREADS in a thread) carries with it
NEEDS_SENDING = MENTION_EVERYONE | SEND_TTS_MESSAGES | ATTACH_FILES | EMBED_LINKS

# Channel types (https://discord.com/developers/docs/resources/channel#channel-object-channel-types).
GUILD_TEXT = 0
DM = 1
GUILD_ANNOUNCEMENT = 5
ANNOUNCEMENT_THREAD = 10
PUBLIC_THREAD = 11
PRIVATE_THREAD = 12
THREAD_TYPES = (ANNOUNCEMENT_THREAD, PUBLIC_THREAD, PRIVATE_THREAD)

ROLE_OVERWRITE = 0
MEMBER_OVERWRITE = 1


@dataclass
class Overwrite:
    """A permission overwrite of a channel: ``type`` 0 for a role, 1 for a member."""

    id: int
    type: int
    allow: int = 0
    deny: int = 0

    def payload(self) -> JSON:
        return {"id": str(self.id), "type": self.type, "allow": str(self.allow), "deny": str(self.deny)}


def base_permissions(guild: FakeGuild, member: FakeMember) -> int:
    """Guild-level permissions: @everyone, then the member's roles; owner or administrator: everything."""
    if member.id == guild.owner_id:
        return ALL_PERMISSIONS
    perms = guild.everyone.permissions
    for role in member.roles:
        perms |= role.permissions
    return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms


def _with_overwrites(base: int, guild: FakeGuild, member: FakeMember, channel: FakeChannel) -> int:
    if base & ADMINISTRATOR:
        return ALL_PERMISSIONS
    perms = base
    by_id = {(o.type, o.id): o for o in channel.overwrites}
    everyone = by_id.get((ROLE_OVERWRITE, guild.id))
    if everyone is not None:
        perms = (perms & ~everyone.deny) | everyone.allow
    allow = deny = 0
    for role in member.roles:
        overwrite = by_id.get((ROLE_OVERWRITE, role.id))
        if overwrite is not None:
            allow |= overwrite.allow
            deny |= overwrite.deny
    perms = (perms & ~deny) | allow
    own = by_id.get((MEMBER_OVERWRITE, member.id))
    if own is not None:
        perms = (perms & ~own.deny) | own.allow
    return perms


def channel_permissions(guild: FakeGuild, member: FakeMember, channel: FakeChannel) -> int:
    """What ``member`` may do in ``channel`` (a text or announcement channel, or a thread)."""
    base = base_permissions(guild, member)
    if base == ALL_PERMISSIONS:
        return ALL_PERMISSIONS
    if channel.type in THREAD_TYPES:
        parent = guild.channel(channel.parent_id or 0)
        if parent is None:
            return 0
        perms = _with_overwrites(base, guild, member, parent)
        if channel.type == PRIVATE_THREAD and member.id not in channel.thread_members and not perms & MANAGE_THREADS:
            perms &= ~VIEW_CHANNEL
        sending = SEND_MESSAGES_IN_THREADS
    else:
        perms = _with_overwrites(base, guild, member, channel)
        sending = SEND_MESSAGES
    if not perms & sending:
        perms &= ~NEEDS_SENDING
    if not perms & VIEW_CHANNEL:
        return 0
    return perms


@dataclass(frozen=True)
class Refusal:
    status: int
    code: int
    message: str


MISSING_ACCESS = Refusal(403, 50001, "Missing Access")
MISSING_PERMISSIONS = Refusal(403, 50013, "Missing Permissions")
# Discord documents the code, not the HTTP status; 400 like its other refusals of a thread's state
THREAD_LOCKED = Refusal(400, 160005, "Thread is locked")
THREAD_ARCHIVED = Refusal(400, 50083, "Tried to perform an operation on an archived thread")


def refuse_send(perms: int, channel: FakeChannel, *, embeds: bool, files: bool) -> Refusal | None:
    """Why Discord refuses the bot's ``POST /channels/{id}/messages``, if it does.

    - no VIEW_CHANNEL: 403 / 50001 Missing Access (the bot cannot see the channel);
    - no SEND_MESSAGES (SEND_MESSAGES_IN_THREADS in a thread, ../topics/threads#permissions), or embeds
      without EMBED_LINKS, or files without ATTACH_FILES: 403 / 50013 Missing Permissions (DISCORD-NOTES:
      an embed-only message without Embed Links is refused; the fake refuses any embed without it);
    - a locked thread, without MANAGE_THREADS: 160005 (../topics/threads#locked-threads).
    An archived thread that is not locked is unarchived by the send (../topics/threads#active-archived-threads):
    that is the caller's business, not a refusal.
    """
    if not perms & VIEW_CHANNEL:
        return MISSING_ACCESS
    sending = SEND_MESSAGES_IN_THREADS if channel.type in THREAD_TYPES else SEND_MESSAGES
    if not perms & sending or (embeds and not perms & EMBED_LINKS) or (files and not perms & ATTACH_FILES):
        return MISSING_PERMISSIONS
    if channel.type in THREAD_TYPES and channel.locked and not perms & MANAGE_THREADS:
        return THREAD_LOCKED
    return None


def refuse_edit(perms: int, channel: FakeChannel) -> Refusal | None:
    """Why Discord refuses an edit of the bot's own message: a channel it cannot see (50001); in a locked
    thread without MANAGE_THREADS (160005); in an archived thread (50083: "users cannot edit messages ... in
    archived threads", ../topics/threads#active-archived-threads)."""
    if not perms & VIEW_CHANNEL:
        return MISSING_ACCESS
    if channel.type in THREAD_TYPES:
        if channel.locked and not perms & MANAGE_THREADS:
            return THREAD_LOCKED
        if channel.archived:
            return THREAD_ARCHIVED
    return None
