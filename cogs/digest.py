"""/digest: preview (with Publish / Recompile), publish, pin, drop, export."""

from __future__ import annotations

import io
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Backstage, reply
from bot.digest import Digest, to_messages
from bot.text import inert
from cogs._common import Interaction, caller, sighting_id_autocomplete
from cogs.views import BaseView

NONE = discord.AllowedMentions.none()


def as_embeds(batch: list[Any]) -> list[discord.Embed]:
    return [discord.Embed.from_dict(e) for e in batch]


async def publish(interaction: Interaction, digest: Digest, channel_id: int) -> list[str]:
    """Post the digest, split so each message keeps to 10 embeds and 6,000 characters; return the links."""
    channel = interaction.client.get_partial_messageable(channel_id, guild_id=interaction.guild_id)
    links = []
    for batch in to_messages(digest):
        message = await channel.send(embeds=as_embeds(batch), allowed_mentions=NONE)
        links.append(message.jump_url)
    return links


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
        button.disabled = True
        button.label = "Published"
        await interaction.response.edit_message(view=self)
        links = await publish(interaction, self.digest, self.feed_channel_id)
        await reply(interaction, "Published: " + " ".join(links))

    @discord.ui.button(label="Recompile", style=discord.ButtonStyle.secondary)
    async def recompile_button(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        await interaction.response.defer(ephemeral=True)
        digest = await interaction.client.services.digest.compile(await caller(interaction), count=self.count)
        self.digest = digest
        first = to_messages(digest, preview=True)[0]
        await interaction.edit_original_response(content=summary(digest), embeds=as_embeds(first), view=self)


async def compile_after_defer(interaction: Interaction, count: int) -> tuple[Digest, int] | None:
    """Defer (compiling a big show may take longer than Discord's 3 s), compile, and say so when there is
    nothing to compile. Returns the digest and the show's feed channel."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    services = interaction.client.services
    who = await caller(interaction)
    digest = await services.digest.compile(who, count=count)
    if not digest.items:
        await reply(interaction, "Nothing to compile yet: the show has no live sightings.")
        return None
    return digest, (await services.shows.latest(who.guild_id)).feed_channel_id


def summary(digest: Digest) -> str:
    bonus = " + a bonus" if digest.bonus else ""
    return (
        f"**Preview** of {inert(digest.show_name)}: {len(digest.items)} items{bonus} from {digest.candidates} "
        f"eligible sightings. Only you see this."
    )


@app_commands.guild_only()
class DigestCog(commands.GroupCog, group_name="digest", group_description="Five things you didn't see"):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="preview", description="Compile the digest and show it only to you")
    @app_commands.describe(count="How many items (1–10, default 5)")
    async def preview(self, interaction: Interaction, count: app_commands.Range[int, 1, 10] = 5) -> None:
        compiled = await compile_after_defer(interaction, count)
        if compiled is None:
            return
        digest, feed_channel_id = compiled
        messages = to_messages(digest, preview=True)
        view = PreviewView(digest, count, feed_channel_id, interaction.user.id)
        await view.send(interaction, summary(digest), embeds=as_embeds(messages[0]))
        for batch in messages[1:]:
            await reply(interaction, embeds=as_embeds(batch))

    @app_commands.command(name="publish", description="Post the digest to the show's feed (or a channel)")
    @app_commands.describe(count="How many items (1–10, default 5)", channel="Post here instead of the feed")
    async def publish_command(
        self,
        interaction: Interaction,
        count: app_commands.Range[int, 1, 10] = 5,
        channel: discord.TextChannel | None = None,
    ) -> None:
        compiled = await compile_after_defer(interaction, count)
        if compiled is None:
            return
        digest, feed_channel_id = compiled
        target = channel.id if channel else feed_channel_id
        links = await publish(interaction, digest, target)
        await reply(interaction, f"Published {len(digest.items)} items to <#{target}>: " + " ".join(links))

    @app_commands.command(name="pin", description="Force a sighting into the digest, optionally with a headline")
    @app_commands.describe(id="The sighting's number", headline="The headline to use for its item")
    async def pin(
        self, interaction: Interaction, id: int, headline: app_commands.Range[str, 1, 256] | None = None
    ) -> None:
        services = interaction.client.services
        s = await services.digest.pin(await caller(interaction), id, headline)
        extra = f" with the headline “{inert(headline)}”" if headline else ""
        await reply(interaction, f"Pinned **#{s.id}**{extra}: it leads the next compile.")

    @app_commands.command(name="drop", description="Keep a sighting out of the digest")
    @app_commands.describe(id="The sighting's number")
    async def drop(self, interaction: Interaction, id: int) -> None:
        services = interaction.client.services
        s = await services.digest.drop(await caller(interaction), id)
        await reply(interaction, f"Dropped **#{s.id}**: it stays out of the digest (it remains in the feed).")

    @app_commands.command(name="export", description="The digest and the night's full timeline as a file")
    @app_commands.describe(format="markdown, html or json", count="How many items (1–10, default 5)")
    async def export(
        self,
        interaction: Interaction,
        format: Literal["markdown", "html", "json"],
        count: app_commands.Range[int, 1, 10] = 5,
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        services = interaction.client.services
        result = await services.digest.export(await caller(interaction), format, count=count)
        await reply(
            interaction,
            f"The digest of **{inert(result.digest.show_name)}** with the full timeline.",
            file=discord.File(io.BytesIO(result.data), filename=result.filename),
        )

    pin.autocomplete("id")(sighting_id_autocomplete)
    drop.autocomplete("id")(sighting_id_autocomplete)


async def setup(bot: Backstage) -> None:
    await bot.add_cog(DigestCog(bot))
