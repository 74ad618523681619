"""What Backstage needs in a channel it posts to, and what to tell an editor when it is missing.

The one rule, over plain values (no discord, no database): the cogs check it before a channel is accepted
(`/setup feed_channel`, `/show start`, `/show feed`, `/digest publish`), and the channel watch uses it to
say why a paused channel is paused and to see when it can post again. Bits from
https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
SEND_MESSAGES_IN_THREADS = 1 << 38
PIN_MESSAGES = 1 << 51  # split out of Manage Messages (discord-api-docs, Pin Message: "Requires the PIN_MESSAGES")

NAMES = {
    VIEW_CHANNEL: "View Channel",
    SEND_MESSAGES: "Send Messages",
    SEND_MESSAGES_IN_THREADS: "Send Messages in Threads",
    EMBED_LINKS: "Embed Links",
    ATTACH_FILES: "Attach Files",
    READ_MESSAGE_HISTORY: "Read Message History",
    PIN_MESSAGES: "Pin Messages",
}


class Kind(StrEnum):
    TEXT = "text"
    ANNOUNCEMENT = "announcement"  # Discord limits edits there (error 20022)
    THREAD = "thread"  # posting needs Send Messages in Threads, not Send Messages
    OTHER = "other"  # voice, forum, category…: no place for the feed
    GONE = "gone"  # deleted (10003 Unknown Channel)


class Use(StrEnum):
    FEED = "the live feed"
    DESK = "the approval desk"
    DIGEST = "the digest"


@dataclass(frozen=True)
class ChannelFacts:
    """What the bot knows about a channel: its kind, its own permissions there (as Discord computes them,
    overwrites included) and, for a thread, whether a moderator locked it."""

    channel_id: int
    kind: Kind
    permissions: int = 0
    locked: bool = False

    @property
    def mention(self) -> str:
        return f"<#{self.channel_id}>"


def needed(kind: Kind) -> tuple[int, ...]:
    """Every permission Backstage needs to post, correct and (for exactly-once delivery) read back its feed."""
    send = SEND_MESSAGES_IN_THREADS if kind is Kind.THREAD else SEND_MESSAGES
    return (VIEW_CHANNEL, send, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY)


# Every permission of `needed` in any kind of channel, and Pin Messages for the feed's "Key moments so far"
# message (wanted, not needed: without it the message is kept up to date unpinned): what the invite link asks
# for (README, "Invite it").
INVITE = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | SEND_MESSAGES_IN_THREADS
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | PIN_MESSAGES
)


def cannot_pin(facts: ChannelFacts) -> str | None:
    """The sentence for an editor when the bot could post in the channel but not pin there, else None."""
    if facts.permissions & PIN_MESSAGES:
        return None
    return (
        f"I cannot pin messages in {facts.mention} (I am missing **{NAMES[PIN_MESSAGES]}** there), so the “Key "
        f"moments so far” message will be posted there unpinned. Give Backstage that permission in the channel's "
        f"settings and pin it yourself, or it stays among the feed's messages."
    )


def missing(facts: ChannelFacts) -> list[str]:
    """Names of the needed permissions the bot lacks. Discord's implicit permissions
    (https://discord.com/developers/docs/topics/permissions#implicit-permissions): without View Channel
    nothing else counts, and without the right to send, Embed Links and Attach Files do not; those are
    not named, since granting the base permission brings them back."""
    if not facts.permissions & VIEW_CHANNEL:
        return [NAMES[VIEW_CHANNEL]]
    _, send, *rest = needed(facts.kind)
    if not facts.permissions & send:
        rest = [bit for bit in rest if bit not in (EMBED_LINKS, ATTACH_FILES)]
    return [NAMES[bit] for bit in (send, *rest) if not facts.permissions & bit]


def listing(names: list[str]) -> str:
    bold = [f"**{n}**" for n in names]
    return bold[0] if len(bold) == 1 else ", ".join(bold[:-1]) + " and " + bold[-1]


def trouble(facts: ChannelFacts) -> str | None:
    """Why Backstage cannot post in the channel now, as a clause ("I am missing **Send Messages** in <#1>"),
    or None when it can."""
    if facts.kind is Kind.GONE:
        return f"{facts.mention} was deleted"
    if facts.kind is Kind.OTHER:
        return f"{facts.mention} is not a text channel or a thread"
    lacking = missing(facts)
    if lacking:
        return f"I am missing {listing(lacking)} in {facts.mention}"
    if facts.locked:
        return f"the thread {facts.mention} is locked"
    return None


def refusal(facts: ChannelFacts, use: Use) -> str | None:
    """The one sentence that refuses a channel for `use`, naming what is wrong and what to do, or None when
    the channel will do."""
    where = f"I can't post {use.value} in {facts.mention}"
    lacking = missing(facts) if facts.kind not in (Kind.GONE, Kind.OTHER) else []
    if facts.kind is Kind.GONE:
        return f"{where}: it was deleted; pick another channel."
    if facts.kind is Kind.OTHER:
        return f"{where}: it is not a text channel or a thread; pick one of those."
    if lacking:
        them = "that permission" if len(lacking) == 1 else "those permissions"
        return (
            f"{where}: I am missing {listing(lacking)} there; give Backstage {them} in the channel's settings "
            f"(Permissions), or pick another channel."
        )
    if facts.locked:
        return f"{where}: the thread is locked; unlock it, or pick another channel."
    if use is Use.FEED and facts.kind is Kind.ANNOUNCEMENT:
        return (
            f"{where}: it is an announcement channel, where Discord limits message edits, so corrections and "
            f"retractions would be held up; pick a text channel or a thread."
        )
    return None
