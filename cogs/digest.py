"""/digest: preview (with Publish / Recompile), publish, unpublish, pin, drop, export."""

from __future__ import annotations

import dataclasses
import io
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import READS, Backstage, defer, defer_update, reply
from bot.digest import Digest, to_messages
from bot.digest.exports import Package
from bot.feed.permissions import Kind, Use
from bot.limits import CONTENT_MAX, clip
from bot.services.digest import empty_digest, export_summary, holds
from bot.services.editions import Changed, Publication, report, unpublished
from bot.text import inert, plural
from bot.unanswered import CUT_SHORT
from cogs._channels import ChannelOption, Picked, require_postable
from cogs._common import Interaction, caller, sighting_id_autocomplete
from cogs.views import BaseView

# told by the next process when this one is killed while a publish works (bot.unanswered)
PUBLISH_CUT_SHORT = {
    CUT_SHORT: "Backstage was stopped while publishing this. Run `/digest publish` again: it posts nothing twice "
    "(an edition already recorded is finished by itself, and the desk channel is told when it is published in full)."
}


def as_embeds(batch: list[Any]) -> list[discord.Embed]:
    return [discord.Embed.from_dict(e) for e in batch]


def as_file(packed: Package) -> discord.File:
    return discord.File(io.BytesIO(packed.data), filename=packed.filename)


async def photos_of(interaction: Interaction, batch: list[Any]) -> list[discord.File]:
    """The photos a preview message's embeds show, as files to upload with it (`attachment://…`)."""
    found = await interaction.client.services.digest.attachments(batch)
    return [discord.File(io.BytesIO(data), filename=name) for name, data in found]


async def message_of(interaction: Interaction, batch: list[Any]) -> dict[str, Any]:
    """A preview message's embeds, and its photos when it shows any."""
    files = await photos_of(interaction, batch)
    return {"embeds": as_embeds(batch), **({"files": files} if files else {})}


async def publish(
    interaction: Interaction,
    *,
    count: int,
    channel_id: int,
    picked: Picked | None = None,
    again: bool = False,
    seen: Digest | None = None,
) -> Publication | Changed:
    """Check the bot can post there (the one rule, cogs._channels), record the edition (or find the live one),
    then post what it still needs, and return how it stands. In an announcement channel the messages are
    crossposted to the servers that follow it."""
    who = await caller(interaction)
    who.require_editor()
    facts = await require_postable(interaction, channel_id, Use.DIGEST, picked, after="Nothing was posted.")
    result = await interaction.client.services.editions.publish(
        who,
        count=count,
        channel_id=channel_id,
        crosspost=facts.kind is Kind.ANNOUNCEMENT,
        again=again,
        seen=seen,
    )
    if isinstance(result, Changed):
        return result
    publisher = interaction.client.editions
    drive = await publisher.run(result.edition.id)
    complete = drive.edition.completed_at is not None and drive.edition.live
    return dataclasses.replace(
        result,
        withdrawn=await interaction.client.services.editions.retracted_in(drive.edition, who.now) if complete else (),
        edition=drive.edition,
        stopping=publisher.stopping,
        elsewhere=drive.elsewhere,
        interrupted=drive.interrupted,
    )


class PreviewView(BaseView):
    kind = "digest"
    not_yours = "This preview belongs to another editor. Run `/digest preview` yourself."

    def __init__(self, digest: Digest, count: int, feed_channel_id: int, owner_id: int) -> None:
        super().__init__(owner_id, timeout=14 * 60)
        self.digest = digest
        self.count = count
        self.feed_channel_id = feed_channel_id

    @discord.ui.button(label="Publish", style=discord.ButtonStyle.success)
    async def publish_button(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        """Publishes what the editor sees: the digest is compiled again at the press, and if it reads
        differently, the new one is shown with what changed instead of being posted."""
        await defer_update(interaction)
        result = await publish(interaction, count=self.count, channel_id=self.feed_channel_id, seen=self.digest)
        if isinstance(result, Changed):
            self.digest = result.digest
            note = (
                f"**The digest changed since this preview, so nothing was posted**: {'; '.join(result.changes)}. "
                f"Here it is as it is now; press Publish to post it.\n"
            )
            await self.show(interaction, note)
            return
        button.disabled = True
        button.label = "Published"
        # (the content as the preview first said it: never "nothing was posted" beside "Published")
        await interaction.edit_original_response(content=summary(self.digest), view=self)
        await reply(interaction, report(result))

    @discord.ui.button(label="Recompile", style=discord.ButtonStyle.secondary)
    async def recompile_button(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        await defer_update(interaction)
        self.digest = await interaction.client.services.digest.compile(await caller(interaction), count=self.count)
        await self.show(interaction)

    async def show(self, interaction: Interaction, note: str = "") -> None:
        """Show `self.digest` in the preview message (its first message's embeds; the rest as followups)."""
        messages = to_messages(self.digest, preview=True)
        content = clip(note + summary(self.digest), CONTENT_MAX)
        await interaction.edit_original_response(
            content=content,
            embeds=as_embeds(messages[0]),
            attachments=await photos_of(interaction, messages[0]),
            view=self,
        )
        for batch in messages[1:]:
            await reply(interaction, **await message_of(interaction, batch))


async def compile_after_defer(interaction: Interaction, count: int) -> tuple[Digest, int] | None:
    """Defer (compiling a big show may take longer than Discord's 3 s), compile, and say so when there is
    nothing to compile. Returns the digest and the show's feed channel."""
    await defer(interaction)
    services = interaction.client.services
    who = await caller(interaction)
    digest = await services.digest.compile(who, count=count)
    if not digest.items:
        await reply(interaction, empty_digest(digest, "compile"))
        return None
    return digest, (await services.digest.show_of(who.guild_id)).feed_channel_id


def summary(digest: Digest) -> str:
    """The preview's first line, then each strong moment the digest left out as it is written, with what to do."""
    bonus = " + a bonus" if digest.bonus else ""
    line = (
        f"**Preview** of {inert(digest.show_name)}: {plural(len(digest.items), 'item')}{bonus} from "
        f"{digest.candidates} eligible sightings. Only you see this."
    )
    if not digest.left_out:
        return line
    notes = "\n".join(f"- {inert(x.note)}" for x in digest.left_out)
    return clip(f"{line}\n**Left out as written** (strong enough to be in it):\n{notes}", CONTENT_MAX)


@app_commands.guild_only()
class DigestCog(commands.GroupCog, group_name="digest", group_description="Five things you didn't see"):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="preview", description="Compile the digest and show it only to you", extras=READS)
    @app_commands.describe(count="How many items (1–10, default 5)")
    async def preview(self, interaction: Interaction, count: app_commands.Range[int, 1, 10] = 5) -> None:
        compiled = await compile_after_defer(interaction, count)
        if compiled is None:
            return
        digest, feed_channel_id = compiled
        messages = to_messages(digest, preview=True)
        view = PreviewView(digest, count, feed_channel_id, interaction.user.id)
        await view.send(interaction, summary(digest), **await message_of(interaction, messages[0]))
        for batch in messages[1:]:
            await reply(interaction, **await message_of(interaction, batch))

    @app_commands.command(
        name="publish", description="Post the digest to the show's feed (or a channel), once", extras=PUBLISH_CUT_SHORT
    )
    @app_commands.describe(
        count="How many items (1–10, default 5)",
        channel="Post here instead of the feed",
        again="Post a new edition even though the digest is already published",
    )
    async def publish_command(
        self,
        interaction: Interaction,
        count: app_commands.Range[int, 1, 10] = 5,
        channel: ChannelOption | None = None,
        again: bool = False,
    ) -> None:
        await defer(interaction)
        services = interaction.client.services
        target = channel.id if channel else (await services.digest.show_of(interaction.guild_id or 0)).feed_channel_id
        result = await publish(interaction, count=count, channel_id=target, picked=channel, again=again)
        assert isinstance(result, Publication)  # nothing to compare with: never Changed
        await reply(interaction, report(result))

    @app_commands.command(name="unpublish", description="Delete the published digest's messages")
    @app_commands.describe(edition="Only this edition (default: every published edition of the show)")
    async def unpublish(
        self, interaction: Interaction, edition: app_commands.Range[int, 1, 1000] | None = None
    ) -> None:
        await defer(interaction)
        name, editions = await interaction.client.services.editions.unpublish(await caller(interaction), edition)
        done = [(await interaction.client.editions.run(e.id)).edition for e in editions]
        await reply(interaction, unpublished(name, done))

    @app_commands.command(name="pin", description="Force a sighting into the digest, optionally with a headline")
    @app_commands.describe(id="The sighting's number", headline="The headline to use for its item")
    async def pin(
        self, interaction: Interaction, id: int, headline: app_commands.Range[str, 1, 256] | None = None
    ) -> None:
        services = interaction.client.services
        s, stored = await services.digest.pin(await caller(interaction), id, headline)
        extra = f" with the headline “{inert(stored)}”" if stored else ""
        await reply(interaction, f"Pinned **#{s.id}**{extra}: it leads the next compile.")

    @app_commands.command(name="drop", description="Keep a sighting out of the digest")
    @app_commands.describe(id="The sighting's number")
    async def drop(self, interaction: Interaction, id: int) -> None:
        services = interaction.client.services
        s = await services.digest.drop(await caller(interaction), id)
        await reply(interaction, f"Dropped **#{s.id}**: it stays out of the digest (it remains in the feed).")

    @app_commands.command(
        name="export", description="The digest as an article and the night's timeline, as files", extras=READS
    )
    @app_commands.describe(
        format="markdown, html or json",
        count="How many items (1–10, default 5)",
        contents="both (default), the article only, or the editors' timeline only",
    )
    async def export(
        self,
        interaction: Interaction,
        format: Literal["markdown", "html", "json"],
        count: app_commands.Range[int, 1, 10] = 5,
        contents: Literal["both", "article", "timeline"] = "both",
    ) -> None:
        await defer(interaction)
        services = interaction.client.services
        result = await services.digest.export(
            await caller(interaction), format, count=count, contents=contents, limit=interaction.filesize_limit
        )
        first, *more = result.uploads.packages
        await reply(interaction, export_summary(result), file=as_file(first))
        for number, packed in enumerate(more, start=2):  # the parts: one file per message, each within the limit
            said = f"File {number} of {len(more) + 1}: `{packed.filename}`: {holds(packed)}."
            await reply(interaction, said, file=as_file(packed))

    pin.autocomplete("id")(sighting_id_autocomplete)
    drop.autocomplete("id")(sighting_id_autocomplete)


async def setup(bot: Backstage) -> None:
    await bot.add_cog(DigestCog(bot))
