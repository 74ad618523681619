"""/digest: preview (with Publish / Recompile), publish, pin, drop, export."""

from __future__ import annotations

import io
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Backstage
from bot.digest import Digest, to_messages
from bot.text import inert
from cogs._common import Interaction, actor, bot_of, config, guild_id, now, send, sighting_id_autocomplete

NONE = discord.AllowedMentions.none()


def as_embeds(batch: list[Any]) -> list[discord.Embed]:
    return [discord.Embed.from_dict(e) for e in batch]


async def publish(interaction: Interaction, digest: Digest, channel_id: int) -> list[str]:
    """Post the digest, split so each message keeps to 10 embeds and 6,000 characters; return the links."""
    channel = bot_of(interaction).get_partial_messageable(channel_id, guild_id=interaction.guild_id)
    links = []
    for batch in to_messages(digest):
        message = await channel.send(embeds=as_embeds(batch), allowed_mentions=NONE)
        links.append(message.jump_url)
    return links


class PreviewView(discord.ui.View):
    def __init__(self, digest: Digest, count: int, feed_channel_id: int, owner_id: int) -> None:
        super().__init__(timeout=900)
        self.digest = digest
        self.count = count
        self.feed_channel_id = feed_channel_id
        self.owner_id = owner_id

    async def on_error(self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any], /) -> None:
        from bot.client import handle_error

        await handle_error(interaction, error)

    @discord.ui.button(label="Publish", style=discord.ButtonStyle.success)
    async def publish_button(self, interaction: Interaction, button: discord.ui.Button[Any]) -> None:
        button.disabled = True
        button.label = "Published"
        await interaction.response.edit_message(view=self)
        links = await publish(interaction, self.digest, self.feed_channel_id)
        await interaction.followup.send("Published: " + " ".join(links), ephemeral=True)

    @discord.ui.button(label="Recompile", style=discord.ButtonStyle.secondary)
    async def recompile_button(self, interaction: Interaction, _button: discord.ui.Button[Any]) -> None:
        await interaction.response.defer(ephemeral=True)
        services = bot_of(interaction).services
        digest = await services.digest.compile(
            guild_id(interaction), await config(interaction), actor(interaction), count=self.count, now=now()
        )
        self.digest = digest
        first = to_messages(digest)[0]
        await interaction.edit_original_response(content=summary(digest), embeds=as_embeds(first), view=self)


async def compile_after_defer(interaction: Interaction, count: int) -> tuple[Digest, int] | None:
    """Defer (compiling a big show may take longer than Discord's 3 s), compile, and say so when there is
    nothing to compile. Returns the digest and the show's feed channel."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    services = bot_of(interaction).services
    gid = guild_id(interaction)
    digest = await services.digest.compile(gid, await config(interaction), actor(interaction), count=count, now=now())
    if not digest.items:
        await send(interaction, "Nothing to compile yet: the show has no live sightings.")
        return None
    return digest, (await services.shows.latest(gid)).feed_channel_id


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
    @app_commands.guild_only()
    async def preview(self, interaction: Interaction, count: app_commands.Range[int, 1, 10] = 5) -> None:
        compiled = await compile_after_defer(interaction, count)
        if compiled is None:
            return
        digest, feed_channel_id = compiled
        messages = to_messages(digest)
        view = PreviewView(digest, count, feed_channel_id, interaction.user.id)
        await interaction.followup.send(summary(digest), embeds=as_embeds(messages[0]), view=view, ephemeral=True)
        for batch in messages[1:]:
            await interaction.followup.send(embeds=as_embeds(batch), ephemeral=True)

    @app_commands.command(name="publish", description="Post the digest to the show's feed (or a channel)")
    @app_commands.describe(count="How many items (1–10, default 5)", channel="Post here instead of the feed")
    @app_commands.guild_only()
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
        await send(interaction, f"Published {len(digest.items)} items to <#{target}>: " + " ".join(links))

    @app_commands.command(name="pin", description="Force a sighting into the digest, optionally with a headline")
    @app_commands.describe(id="The sighting's number", headline="The headline to use for its item")
    @app_commands.guild_only()
    async def pin(
        self, interaction: Interaction, id: int, headline: app_commands.Range[str, 1, 256] | None = None
    ) -> None:
        services = bot_of(interaction).services
        s = await services.digest.pin(
            guild_id(interaction), await config(interaction), actor(interaction), id, headline, now()
        )
        extra = f" with the headline “{inert(headline)}”" if headline else ""
        await send(interaction, f"Pinned **#{s.id}**{extra}: it leads the next compile.")

    @app_commands.command(name="drop", description="Keep a sighting out of the digest")
    @app_commands.describe(id="The sighting's number")
    @app_commands.guild_only()
    async def drop(self, interaction: Interaction, id: int) -> None:
        services = bot_of(interaction).services
        s = await services.digest.drop(guild_id(interaction), await config(interaction), actor(interaction), id, now())
        await send(interaction, f"Dropped **#{s.id}**: it stays out of the digest (it remains in the feed).")

    @app_commands.command(name="export", description="The digest and the night's full timeline as a file")
    @app_commands.describe(format="markdown, html or json", count="How many items (1–10, default 5)")
    @app_commands.guild_only()
    async def export(
        self,
        interaction: Interaction,
        format: Literal["markdown", "html", "json"],
        count: app_commands.Range[int, 1, 10] = 5,
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        services = bot_of(interaction).services
        result = await services.digest.export(
            guild_id(interaction), await config(interaction), actor(interaction), format, count=count, now=now()
        )
        await interaction.followup.send(
            f"The digest of **{inert(result.digest.show_name)}** with the full timeline.",
            file=discord.File(io.BytesIO(result.data), filename=result.filename),
            ephemeral=True,
        )

    pin.autocomplete("id")(sighting_id_autocomplete)
    drop.autocomplete("id")(sighting_id_autocomplete)


async def setup(bot: Backstage) -> None:
    await bot.add_cog(DigestCog(bot))
