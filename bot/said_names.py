"""A mention typed into a quote, stored as the name Discord shows for it (break31 B3).

A correspondent types "Thank you <@1577> and <@&42>, you lit me perfectly" and Discord shows them "Thank you
@Dana Ruiz and @Lighting Crew, …": the speaker said the names. The quote is stored with the name the bot knows for
each mention (a member's display name, a role's name, a channel's name, from the guild it has in its cache; the
@everyone role is left as typed), so the feed and the digest print the words as said. A mention the bot cannot name
stays as typed: the digest never joins the words around it over the hole, it cuts the quote before it or leaves it
out (`bot.digest.hygiene.cut_at_mention`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")

NameOf = Callable[[str, int], str | None]  # ("@", "@&" or "#", its id) → the name shown for it, None when unknown


def named_mentions(text: str, name_of: NameOf) -> str:
    """`text` with each mention the bot can name written as that name ("Thank you <@1577>" → "Thank you Dana
    Ruiz"), any other as typed."""
    if "<" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        kind = "@" if m.group(1) in ("@", "@!") else m.group(1)
        name = name_of(kind, int(m.group(2)))
        name = " ".join(name.split()) if name else ""
        return name if name and "<" not in name else m.group(0)

    return _MENTION.sub(one, text)


def guild_names(guild: Any) -> NameOf:
    """The names a guild in the bot's cache shows for its members, roles and channels (None when not cached)."""

    def name_of(kind: str, ident: int) -> str | None:
        if guild is None:
            return None
        if kind == "#":
            channel = guild.get_channel(ident)
            return channel.name if channel is not None else None
        if kind == "@&":
            role = guild.get_role(ident)
            return role.name if role is not None and not role.is_default() else None
        member = guild.get_member(ident)
        return member.display_name if member is not None else None

    return name_of


def quote_as_said(quote: str | None, guild: Any) -> str | None:
    """A quote as stored: its mentions named from `guild` (`named_mentions`); None stays None."""
    return named_mentions(quote, guild_names(guild)) if quote else quote
