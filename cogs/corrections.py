"""/sighting: edit, retract, history, release, unlink, list."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import READS, Backstage, reply
from bot.errors import InvalidInput
from bot.feed.render import discord_time
from bot.limits import clip
from bot.models import Revision, Sighting, SightingStatus
from bot.photos import PhotoUnavailable
from bot.said_names import quote_as_said
from bot.services.newsroom import PAGE_SIZE, Unlinked
from bot.text import inert
from cogs._common import (
    Interaction,
    caller,
    keeping_text,
    read_photo,
    roster_choices,
    sighting_id_autocomplete,
    tell_desk_afterwards,
)
from cogs.keys import marked_reply
from cogs.views import Paginator, paginate

HISTORY_FIELDS = (("people", "who"), ("where", "where"), ("quote", "quote"), ("quote_by", "quote by"))


def changed(before: Revision, after: Revision | Sighting) -> str:
    """The fields other than `what` that the next version changed, old → new, and what it did to the photo, on
    one short line."""
    notes = []
    for field, label in HISTORY_FIELDS:
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            show = [", ".join(v) if isinstance(v, tuple) else (v or "—") for v in (old, new)]
            notes.append(f"{label}: {clip(inert(show[0]), 60)} → {clip(inert(show[1]), 60)}")
    if before.headline != after.headline:
        notes.append("headline changed")
    if before.photo is not None:
        notes.append(f"photo {before.photo}")
    elif not notes and before.what == after.what and before.other_names == after.other_names:
        notes.append("photo changed")  # recorded before what it did was kept: the only change of no words
    return ("-# " + " · ".join(notes) + "\n") if notes else ""


def line(s: Sighting) -> str:
    flags = {
        SightingStatus.RETRACTED: " · ~~retracted~~",
        SightingStatus.PENDING: " · awaiting approval",
        SightingStatus.REJECTED: " · rejected",
    }.get(s.status, "")
    if s.corroborates:
        flags += f" · corroborates #{s.corroborates}"
    if s.feed_message_deleted:
        flags += " · feed message deleted"
    # clipped after neutralising, so ten lines always fit one message (2,000 characters)
    where = f" · 📍 {clip(inert(s.where), 30)}" if s.where else ""
    head = f"**#{s.id}** {discord_time(s.created_at)} · {clip(inert(s.reporter.name), 24)}{where}{flags}"
    return f"{head}\n» {clip(inert(s.what), 90)}"


def source_note(s: Sighting) -> str:
    """Where a sighting posted from a message came from, and that message's text beyond `what`."""
    if s.source_url is None:
        return ""
    by = f" by {inert(s.source.name)}" if s.source is not None else ""
    note = f"Posted from a message{by}: {s.source_url}\n"
    if s.source_rest:
        note += f"The message went on beyond `what`:\n» {inert(clip(s.source_rest, 1000))}\n"
    return note


@app_commands.guild_only()
class SightingCommands(commands.GroupCog, group_name="sighting", group_description="Correct, pull and find sightings"):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="edit", description="Correct a sighting; the feed shows it was corrected")
    @app_commands.describe(
        id="The sighting's number",
        what="New text",
        who="Names, comma-separated",
        where="Location",
        quote="Exact words",
        quote_by="Who said the quote",
        headline="Headline",
        photo="A new photo (JPEG, PNG, GIF or WebP); it replaces the one the sighting had",
        remove_photo="True: take the sighting's photo away (from the feed and the digest)",
    )
    async def edit(
        self,
        interaction: Interaction,
        id: int,
        what: app_commands.Range[str, 1, 6000] | None = None,
        who: app_commands.Range[str, 1, 1000] | None = None,
        where: app_commands.Range[str, 1, 200] | None = None,
        quote: app_commands.Range[str, 1, 2000] | None = None,
        quote_by: app_commands.Range[str, 1, 100] | None = None,
        headline: app_commands.Range[str, 1, 300] | None = None,
        photo: discord.Attachment | None = None,
        remove_photo: bool = False,
    ) -> None:
        services = interaction.client.services
        quote = quote_as_said(quote, interaction.guild)  # (a mention in it as the name Discord shows: `bot.said_names`)
        draft = services.draft(what=what, who=who, where=where, quote=quote, quote_by=quote_by, headline=headline)
        editor = await caller(interaction)
        kept, lost, had_photo = None, "", False
        if photo is not None:
            await services.newsroom.editable(editor, id)  # may they? before downloading anything
            had_photo = await services.newsroom.photo(id) is not None
            with keeping_text(draft.what, "Nothing was changed. Your text, to correct it again"):
                try:
                    kept = await read_photo(interaction, photo)
                except PhotoUnavailable as exc:
                    if not draft.given:
                        unread = f"The photo could not be read ({exc}); nothing changed. Attach it again."
                        raise InvalidInput(unread) from exc
                    lost = f" The photo could not be read ({exc}), so it was not replaced: attach it again."
        s, changed = await services.newsroom.edit(editor, id, draft, photo=kept, remove_photo=remove_photo)
        if not changed:
            same = f"**#{s.id}** already says exactly that: nothing changed, so no new version."
            await reply(interaction, same + lost)
            return
        if s.feed_message_deleted:
            where_note = " A moderator deleted its feed message, so the feed is not changed (Backstage respects that)."
        else:
            where_note = " The feed message is being updated." if s.status is SightingStatus.LIVE else ""
        photo_note = f" Its photo was {'replaced' if had_photo else 'added'}." if kept is not None else ""
        if remove_photo:
            photo_note = " Its photo was removed."
        alarm = await services.editions.correction_alarm(s, editor.now)
        told = await services.editions.alarm_said(alarm) if alarm is not None else None
        await reply(
            interaction,
            f"Corrected **#{s.id}**; the previous version is kept in its history.{photo_note}{where_note}{lost}"
            + (f" {told}" if told else ""),
        )
        if alarm is not None:  # after the answer: a slow or refusing desk never keeps the correspondent waiting
            tell_desk_afterwards(interaction, alarm, f"desk notice for the correction of #{s.id}")

    @app_commands.command(name="retract", description="Pull a sighting: struck through in the feed, never in a digest")
    @app_commands.describe(id="The sighting's number", reason="Why it is pulled (shown in the feed)")
    async def retract(
        self, interaction: Interaction, id: int, reason: app_commands.Range[str, 1, 300] | None = None
    ) -> None:
        services = interaction.client.services
        s, changed, unseen = await services.newsroom.retract(await caller(interaction), id, reason)
        if not changed:
            await reply(interaction, f"**#{s.id}** was already retracted; nothing changed.")
            return
        if unseen is not None:
            said = f"It never reached the feed ({unseen}), so there is nothing to strike through"
        elif s.feed_message_deleted:
            said = "A moderator had deleted its feed message, so there is nothing to strike through"
        else:
            said = "It is struck through in the feed"
        alarm = await services.editions.retraction_alarm(s.show_id, s.id)
        told = await services.editions.alarm_said(alarm) if alarm is not None else None
        digest = "later digests leave it out" if told else "it stays out of the digest"
        await reply(interaction, f"Retracted **#{s.id}**. {said}; {digest}." + (f" {told}" if told else ""))
        if alarm is not None:
            tell_desk_afterwards(interaction, alarm, f"desk notice for the retraction of #{s.id}")

    @app_commands.command(name="history", description="Editors: every version of a sighting", extras=READS)
    @app_commands.describe(id="The sighting's number")
    async def history(self, interaction: Interaction, id: int) -> None:
        s, revisions = await interaction.client.services.newsroom.history(await caller(interaction), id)
        deleted = (
            "A moderator deleted its feed message: corrections are kept here but not posted again.\n"
            if s.feed_message_deleted
            else ""
        ) + source_note(s)
        if not revisions:
            await reply(interaction, f"{deleted}**#{s.id}** was never corrected.\n» {inert(clip(s.what, 1500))}")
            return
        parts = []
        later: list[Revision | Sighting] = [*revisions[1:], s]
        for n, (rev, after) in enumerate(zip(revisions, later, strict=True), start=1):
            parts.append(
                f"**Version {n}** (replaced by {clip(inert(rev.editor.name), 40)} at "
                f"{discord_time(rev.edited_at)})\n» {clip(inert(rev.what), 300)}\n{changed(rev, after)}"
            )
        parts.append(f"**Now**\n» {clip(inert(s.what), 300)}")
        pages = paginate(parts, header=f"History of **#{s.id}**\n{deleted}\n", per_page=5)
        await Paginator.of(pages, interaction.user.id).start(interaction)

    @app_commands.command(name="release", description="Editors: end a sighting's embargo now")
    @app_commands.describe(id="The sighting's number")
    async def release(self, interaction: Interaction, id: int) -> None:
        s, credited_on = await interaction.client.services.newsroom.release(await caller(interaction), id)
        if s.status is SightingStatus.PENDING:
            outcome = "it goes to the feed as soon as an editor approves it"
        elif credited_on is not None:
            outcome = f"it is credited on **#{credited_on.id}**'s feed item (“also reported by”) now"
        else:
            outcome = "it goes to the feed now"
        await reply(interaction, f"Released **#{s.id}** from its embargo: {outcome}.")

    @app_commands.command(name="unlink", description="Editors: undo a wrong 'also reported by' link")
    @app_commands.describe(id="The sighting that was linked as a corroboration")
    async def unlink(self, interaction: Interaction, id: int) -> None:
        original, outcome, s = await interaction.client.services.newsroom.unlink(await caller(interaction), id)
        ends = discord_time(s.publish_at, "R") if s.publish_at else "soon"
        what = {
            Unlinked.OWN_ITEM: "it is a feed item of its own",
            Unlinked.AT_EMBARGO: f"it gets a feed item of its own when its embargo ends, {ends}",
            Unlinked.ON_APPROVAL: "it gets a feed item of its own if an editor approves it",
            Unlinked.OUT_OF_FEED: f"it was {s.status.value}, so it stays out of the feed",
        }[outcome]
        await reply(interaction, f"**#{id}** is no longer linked to #{original}; {what}.")

    @app_commands.command(
        name="key", description="Editors: mark a key moment (pinned in the feed, first in the digest)"
    )
    @app_commands.describe(id="The sighting's number", off="true: it is no longer a key moment")
    async def key(self, interaction: Interaction, id: int, off: bool = False) -> None:
        result = await interaction.client.services.keys.mark(await caller(interaction), id, key=not off)
        await reply(interaction, marked_reply(result, key=not off))

    @app_commands.command(
        name="list", description="Search the show's sightings (only you see the results)", extras=READS
    )
    @app_commands.describe(
        who="A name on the roster",
        where="Part of a location",
        reporter="Posted by",
        text="Words in the text, quote or headline",
    )
    async def list_(
        self,
        interaction: Interaction,
        who: app_commands.Range[str, 1, 100] | None = None,
        where: app_commands.Range[str, 1, 100] | None = None,
        reporter: discord.Member | None = None,
        text: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        services = interaction.client.services
        asked_by = await caller(interaction)

        async def page(offset: int) -> tuple[str, int]:
            result = await services.newsroom.search(
                asked_by,
                who=who,
                where=where,
                reporter_id=reporter.id if reporter else None,
                text=text,
                offset=offset,
            )
            if not result.sightings:
                return f"No sightings in **{inert(result.show.name)}** match that search.", 0
            plural = "s" if result.total != 1 else ""
            head = f"**{inert(result.show.name)}**: {result.total} sighting{plural}, newest first\n\n"
            return head + "\n".join(line(s) for s in result.sightings), result.total

        first, total = await page(0)
        pages = max(1, -(-total // PAGE_SIZE))

        async def load(index: int) -> str:
            return first if index == 0 else (await page(index * PAGE_SIZE))[0]

        await Paginator(load, pages, interaction.user.id).start(interaction)

    edit.autocomplete("id")(sighting_id_autocomplete)
    retract.autocomplete("id")(sighting_id_autocomplete)
    history.autocomplete("id")(sighting_id_autocomplete)
    release.autocomplete("id")(sighting_id_autocomplete)
    unlink.autocomplete("id")(sighting_id_autocomplete)
    key.autocomplete("id")(sighting_id_autocomplete)

    @list_.autocomplete("who")
    async def who_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await roster_choices(interaction, current, lambda roster: [(n, n) for n in roster.complete(current)])


async def setup(bot: Backstage) -> None:
    await bot.add_cog(SightingCommands(bot))
