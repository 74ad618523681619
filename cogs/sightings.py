from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Backstage, reply
from bot.feed.render import discord_time
from bot.limits import clip
from bot.models import SightingStatus
from bot.photos import PhotoUnavailable
from bot.said_names import quote_as_said
from bot.services.sightings import PostResult
from bot.tagging import complete_who
from bot.text import inert
from bot.unanswered import CUT_SHORT
from cogs._common import (
    Interaction,
    caller,
    guild_id,
    keeping_text,
    read_photo,
    roster_choices,
    tell_desk_afterwards,
)

UNKNOWN_SHOWN = 5
# told by the next process when this one is killed while a /spot works (bot.unanswered)
SPOT_CUT_SHORT = {
    CUT_SHORT: "Backstage was stopped while posting this, so it may or may not have been saved: check "
    "`/sighting list` before posting it again."
}
WHAT_OPTION_MAX = 6000  # Discord's own cap; the service applies the newsroom's (shorter) limit politely


def feed_paused(reason: str, what: str) -> str:
    return (
        f"It is saved, but the feed is paused: {reason}. The editors have been told, and {what} will appear as "
        "soon as that is fixed."
    )


def next_step(result: PostResult, feed_channel_id: int) -> str | None:
    """Where the sighting goes from here, and whether a paused channel holds it."""
    s = result.sighting
    if result.credited:
        return feed_paused(result.paused, "the credit") if result.paused else None
    if s.status is SightingStatus.PENDING and result.paused:
        return (
            f"It is saved and waits for an editor's approval, but the approval desk is paused: {result.paused}. "
            "The editors have been told; its card appears as soon as that is fixed."
        )
    if s.status is SightingStatus.PENDING:
        return "It is waiting for an editor's approval before it reaches the feed."
    if result.paused:
        return feed_paused(result.paused, "it")
    if s.publish_at is not None:
        return (
            f"Embargoed: it appears in <#{feed_channel_id}> at {discord_time(s.publish_at)} "
            f"({discord_time(s.publish_at, 'R')})."
        )
    return f"It will appear in <#{feed_channel_id}> in a moment."


def confirmation(result: PostResult, feed_channel_id: int) -> str:
    """What the correspondent reads right after /spot."""
    s = result.sighting
    parts = [f"Posted **#{s.id}**"]
    if s.people:
        parts.append("tagged " + ", ".join(inert(p) for p in s.people))
    if s.where:
        parts.append(f"📍 {inert(s.where)}" + (" (your last location)" if result.where_remembered else ""))
    lines = [" · ".join(parts) + "."]
    if result.duplicate_of is not None:
        lines.append(_linked(result))
    step = next_step(result, feed_channel_id)
    if step is not None:
        lines.append(step)
    shown = result.unknown_names[:UNKNOWN_SHOWN]
    for name in shown:
        hint = result.suggestions.get(name)
        tip = f" Did you mean **{inert(hint)}**?" if hint else " An editor can add it with `/roster add`."
        lines.append(f"“{inert(clip(name, 60))}” is not on the roster, so it was kept as written, untagged.{tip}")
    if len(result.unknown_names) > len(shown):
        lines.append(f"…and {len(result.unknown_names) - len(shown)} more names not on the roster.")
    return "\n".join(lines)


def _linked(result: PostResult) -> str:
    """The corroboration line: credited on the original's item, or (original not in the feed) an item of its own."""
    s, d = result.sighting, result.duplicate_of
    assert d is not None
    undo = f"Wrong match? An editor can undo it with `/sighting unlink id:{s.id}`."
    head = f"Looks like **#{d.id}** by {inert(d.reporter.name)}"
    if result.credited:
        when = f" once your embargo ends ({discord_time(s.publish_at, 'R')})" if s.publish_at else ""
        return (
            f"{head}: stored as a corroboration, so the feed adds you to that item (“also reported by”){when} "
            f"instead of posting it twice. {undo}"
        )
    if s.status is SightingStatus.PENDING:
        return f"{head}: stored as a corroboration of it. {undo}"
    why = {
        SightingStatus.PENDING: "is waiting for approval",
        SightingStatus.RETRACTED: "was retracted",
        SightingStatus.REJECTED: "was rejected",
    }.get(d.status, "is under embargo")
    return f"{head}, which {why}: linked to it, but yours is in the feed as an item of its own. {undo}"


class Sightings(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot

    @app_commands.command(name="spot", description="Post a sighting to the open show", extras=SPOT_CUT_SHORT)
    @app_commands.describe(
        what="What you saw",
        who="Names, comma-separated (roster names autocomplete)",
        where="Where it happened (remembered for your next posts)",
        quote="Exact words someone said",
        quote_by="Who said the quote (roster names autocomplete)",
        headline="A headline for it, if you have one",
        photo="A photo (JPEG, PNG, GIF or WebP), kept with the sighting",
        hold_minutes="Embargo: publish only after this many minutes (1–240)",
    )
    @app_commands.guild_only()
    async def spot(
        self,
        interaction: Interaction,
        what: app_commands.Range[str, 1, WHAT_OPTION_MAX],
        who: app_commands.Range[str, 1, 1000] | None = None,
        where: app_commands.Range[str, 1, 200] | None = None,
        quote: app_commands.Range[str, 1, 2000] | None = None,
        quote_by: app_commands.Range[str, 1, 100] | None = None,
        headline: app_commands.Range[str, 1, 300] | None = None,
        photo: discord.Attachment | None = None,
        hold_minutes: app_commands.Range[int, 1, 240] | None = None,
    ) -> None:
        services = interaction.client.services
        draft = services.draft(
            what=what,
            who=who,
            where=where,
            quote=quote_as_said(quote, interaction.guild),  # (a mention in it as the name Discord shows: `said_names`)
            quote_by=quote_by,
            headline=headline,
            hold_minutes=hold_minutes,
        )
        poster = await caller(interaction)
        kept, lost = None, None
        if photo is not None:
            poster.require_reporter()
            with keeping_text(draft.what):  # a refused photo: nothing posted, the text given back
                try:
                    kept = await read_photo(interaction, photo)
                except PhotoUnavailable as exc:
                    lost = str(exc)
        result = await services.sightings.post(poster, draft, photo=kept, photo_url=photo.url if photo else None)
        text = confirmation(result, result.feed_channel_id)
        if kept is not None and result.duplicate_of is not None and result.credited:
            text += (
                f"\nYour photo is kept with #{result.sighting.id}: the feed's item for #{result.duplicate_of.id} "
                "shows only its own photo, but the digest can show yours for this story, and the feed shows it "
                "if an editor unlinks your report."
            )
        if lost is not None:
            text += (
                f"\nThe photo could not be kept ({lost}), so #{result.sighting.id} was posted without it. "
                f"Add it with `/sighting edit id:{result.sighting.id} photo:`."
            )
        await reply(interaction, text)
        # after the answer (a night's compile is no part of posting): a report that puts right one a published
        # edition tells, a second answer and the desk as for `/sighting edit` (`cogs.corrections`)
        found = services.editions.spotted_alarm(result.sighting, poster.now)
        tell_desk_afterwards(interaction, found, f"desk notice for #{result.sighting.id}, a correction")

    @spot.autocomplete("who")
    async def who_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await roster_choices(interaction, current, lambda roster: complete_who(roster, current))

    @spot.autocomplete("quote_by")
    async def quote_by_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await roster_choices(
            interaction, current, lambda roster: [(n, n) for n in roster.complete(current)[:25]]
        )

    @spot.autocomplete("where")
    async def where_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        places = await interaction.client.services.shows.where_choices(
            guild_id(interaction), interaction.user.id, current
        )
        return [app_commands.Choice(name=p[:100], value=p[:100]) for p in places[:25]]


async def setup(bot: Backstage) -> None:
    await bot.add_cog(Sightings(bot))
