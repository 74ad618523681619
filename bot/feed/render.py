"""A sighting as a feed embed (a plain dict, exactly the JSON Discord receives).

A sighting's photo is shown from the file the message uploads with it: the embed's image is
`attachment://<feed_filename>` (the stored photo; `photo_url`, the address it was read from, is never shown: a
command option's upload expires). A retracted sighting shows no photo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.feed.transport import Button
from bot.limits import DESCRIPTION_MAX, EMBED_CHARS_PER_MESSAGE, FIELD_VALUE_MAX, TITLE_MAX, clip, embed_size
from bot.models import Sighting, SightingStatus
from bot.photos import PhotoMeta, feed_filename
from bot.text import inert

COLOR_LIVE = 0xE8B923  # gold
COLOR_PENDING = 0x5865F2
COLOR_RETRACTED = 0x747F8D
ATTACHMENT = "attachment://"  # an embed image from a file of the same message (reference#uploading-files)


def photo_shown(embed: dict[str, Any]) -> str | None:
    """The file name of the photo an embed shows from its message's files, if it shows one."""
    url = (embed.get("image") or {}).get("url") or ""
    return url.removeprefix(ATTACHMENT) if url.startswith(ATTACHMENT) else None


def discord_time(moment: Any, style: str = "t") -> str:
    """`<t:UNIX:t>`: each reader sees it in their own timezone."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def names_line(sighting: Sighting) -> str:
    tagged = [inert(n) for n in sighting.people]
    untagged = [f"{inert(n)} (not on roster)" for n in sighting.other_names]
    return ", ".join(tagged + untagged)


def first_posted(name: str, url: str | None) -> str:
    """The source's credit of a sighting posted from someone else's message, linking the message."""
    message = f"[message]({url})" if url else "message"
    return f"First posted by {inert(name)} (their {message})"


def sighting_embed(
    sighting: Sighting, corroborations: Sequence[Sighting] = (), photo: PhotoMeta | None = None
) -> dict[str, Any]:
    retracted = sighting.status is SightingStatus.RETRACTED
    text = f"» {inert(sighting.what)}"
    if sighting.quote:
        text += f"\n> “{inert(sighting.quote)}”" + (f" — {inert(sighting.quote_by)}" if sighting.quote_by else "")
    if retracted:
        text = "\n".join(f"~~{line}~~" for line in text.split("\n") if line)
        reason = f": {inert(sighting.retracted_reason)}" if sighting.retracted_reason else ""
        text = f"**Retracted**{reason}\n{text}"
    embed: dict[str, Any] = {
        "type": "rich",
        "description": clip(text, DESCRIPTION_MAX),
        "color": COLOR_RETRACTED if retracted else COLOR_LIVE,
        "fields": [],
        "footer": {"text": f"#{sighting.id}"},
    }
    if sighting.headline:
        embed["title"] = clip(inert(sighting.headline), TITLE_MAX)
    fields: list[dict[str, Any]] = embed["fields"]
    names = names_line(sighting)
    if names:
        fields.append({"name": "Who", "value": clip(names, FIELD_VALUE_MAX), "inline": True})
    if sighting.where:
        fields.append({"name": "Where", "value": clip(inert(sighting.where), FIELD_VALUE_MAX), "inline": True})
    fields.append({"name": "When", "value": discord_time(sighting.created_at), "inline": True})
    credit = inert(sighting.reporter.name)
    if sighting.source is not None:
        credit += f"\n{first_posted(sighting.source.name, sighting.source_url)}"
    others = [inert(c.reporter.name) for c in corroborations if c.reporter.id != sighting.reporter.id]
    if others:
        credit += f"\nAlso reported by {', '.join(dict.fromkeys(others))}"
    fields.append({"name": "Reported by", "value": clip(credit, FIELD_VALUE_MAX), "inline": False})
    if photo is not None and not retracted:
        embed["image"] = {"url": ATTACHMENT + feed_filename(photo)}
    footer = f"#{sighting.id}"
    if sighting.edited_at and not retracted:
        footer += " · corrected"
        fields.append({"name": "Corrected", "value": discord_time(sighting.edited_at), "inline": True})
    if retracted:
        footer += " · retracted"
    embed["footer"] = {"text": footer}
    return _within_one_message(embed)


def _within_one_message(embed: dict[str, Any]) -> dict[str, Any]:
    """Every field has its own limit, but together they could pass the 6,000 characters a whole message may
    hold: then the description gives way, so that any sighting always fits a message of its own."""
    excess = embed_size(embed) - EMBED_CHARS_PER_MESSAGE
    if excess > 0:
        embed["description"] = clip(embed["description"], len(embed["description"]) - excess)
    return embed


def pointer_embed(sighting_id: int, link: str | None) -> dict[str, Any]:
    """What a coalesced message shows where a sighting was that outgrew it and moved to its own message."""
    where = f": {link}" if link else " below."
    return {
        "type": "rich",
        "description": f"**#{sighting_id}** was updated and moved to a message of its own{where}",
        "color": COLOR_RETRACTED,
        "footer": {"text": f"moved · #{sighting_id}"},
    }


def message_link(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


APPROVE_PREFIX = "bs:approve:"
REJECT_PREFIX = "bs:reject:"


def desk_card(sighting: Sighting, photo: PhotoMeta | None = None) -> tuple[dict[str, Any], list[Button]]:
    """The editors' desk message for a sighting awaiting approval, with its persistent buttons."""
    embed = sighting_embed(sighting, photo=photo)
    embed["color"] = COLOR_PENDING
    embed["title"] = clip(f"Awaiting approval: #{sighting.id}", TITLE_MAX)
    return embed, [
        Button(f"{APPROVE_PREFIX}{sighting.id}", "Approve", "success"),
        Button(f"{REJECT_PREFIX}{sighting.id}", "Reject", "danger"),
    ]


def decided_card(sighting: Sighting, verdict: str, photo: PhotoMeta | None = None) -> dict[str, Any]:
    embed = sighting_embed(sighting, photo=photo)
    embed["color"] = COLOR_LIVE if sighting.status is SightingStatus.LIVE else COLOR_RETRACTED
    embed["title"] = clip(f"#{sighting.id}: {verdict}", TITLE_MAX)
    return embed


def current_card(sighting: Sighting, photo: PhotoMeta | None = None) -> tuple[dict[str, Any], list[Button]] | None:
    """The desk card as it should read now: still pending (buttons), or retracted before anyone decided (no
    buttons, and it says so). None once an editor decided: the decision rewrote the card itself."""
    if sighting.status is SightingStatus.PENDING:
        return desk_card(sighting, photo)
    if sighting.status is SightingStatus.RETRACTED:
        reason = f": {inert(sighting.retracted_reason)}" if sighting.retracted_reason else ""
        return decided_card(sighting, f"retracted before a decision{reason}", photo), []
    return None


KEY_PREFIX = "bs:key:"


def suggestion_card(
    sighting: Sighting, corroborations: int, photo: PhotoMeta | None = None
) -> tuple[dict[str, Any], list[Button]]:
    """The desk's suggestion: the sighting as the feed shows it (its photo too, as a desk card does), why it
    is suggested, and the button."""
    embed = sighting_embed(sighting, photo=photo)
    why = []
    if sighting.votes:
        why.append(f"{sighting.votes} reader{'s' if sighting.votes != 1 else ''} voted for it")
    if corroborations:
        why.append(f"{corroborations + 1} correspondents reported it")
    # no count left (the votes were taken back before the card was made): the README's words, without a number
    embed["title"] = clip(f"Key moment? #{sighting.id}: {', '.join(why) or 'readers voted for it'}", TITLE_MAX)
    return embed, [Button(f"{KEY_PREFIX}{sighting.id}", "Mark key moment", "primary")]


def withdrawn_suggestion(sighting: Sighting) -> dict[str, Any]:
    """The suggestion card once its sighting was retracted (edited at the retraction, through the outbox) or
    found retracted or rejected when its button was pressed."""
    embed = sighting_embed(sighting)
    embed["title"] = clip(f"#{sighting.id}: {sighting.status.value} since it was offered, not a key moment", TITLE_MAX)
    return embed


def marked_card(sighting: Sighting, by: str, photo: PhotoMeta | None = None) -> dict[str, Any]:
    """The suggestion card once its button was used: the sighting as it is now, and who marked it."""
    embed = sighting_embed(sighting, photo=photo)
    embed["title"] = clip(f"#{sighting.id}: key moment{by}", TITLE_MAX)
    return embed
