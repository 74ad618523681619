from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.client import PUBLIC, READS, Backstage, defer, reply
from bot.feed.permissions import Use, cannot_pin
from bot.feed.render import discord_time
from bot.limits import clip
from bot.models import Show, ShowStats
from bot.settings import Settings
from bot.text import inert
from bot.web.links import base_url, embed_snippet, show_url
from cogs._channels import ChannelOption, require_postable
from cogs._common import Interaction, caller


def web_address(settings: Settings, show: Show) -> str:
    """The show's live page, with a hint when the address is the server's own rather than the public one."""
    assert show.web_token is not None
    hint = "" if settings.public_url else " (set `BACKSTAGE_PUBLIC_URL` to the address your readers use)"
    return f"<{show_url(base_url(settings), show.web_token)}>{hint}"


def web_embed(settings: Settings, show: Show) -> str:
    assert show.web_token is not None
    return f"```html\n{embed_snippet(base_url(settings), show.web_token, show.name)}\n```"


@app_commands.guild_only()
class Shows(commands.GroupCog, group_name="show", group_description="Open, close and follow a show"):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="start", description="Open a show in this server (one at a time)", extras=PUBLIC)
    @app_commands.describe(
        name="The show's name, e.g. 2031 Music Video Awards",
        venue="Where it happens",
        feed="Stream sightings here instead of the default feed channel",
        approval="Hold each sighting for an editor before it reaches the feed",
    )
    async def start(
        self,
        interaction: Interaction,
        name: app_commands.Range[str, 1, 100],
        venue: app_commands.Range[str, 1, 100] | None = None,
        feed: ChannelOption | None = None,
        approval: bool = False,
    ) -> None:
        services = interaction.client.services
        who = await caller(interaction)
        who.require_editor()  # before looking at channels: a correspondent only needs to hear "editors only"
        feed_id = feed.id if feed is not None else who.config.feed_channel_id
        facts = await require_postable(interaction, feed_id, Use.FEED, feed) if feed_id is not None else None
        if approval and interaction.channel_id is not None:
            await require_postable(interaction, interaction.channel_id, Use.DESK)
        show = await services.shows.start(
            who,
            name=name,
            venue=venue,
            feed_channel_id=feed.id if feed else None,
            desk_channel_id=interaction.channel_id,
            approval=approval,
        )
        keyed = await services.keys.opened(who, show)
        where = f" at {inert(show.venue)}" if show.venue else ""
        hold = " Sightings wait for an editor's approval here." if show.approval else ""
        pinned = " with the pinned “Key moments so far” message" if keyed else ""
        await reply(
            interaction,
            f"**{inert(show.name)}**{where} is open. Sightings stream to <#{show.feed_channel_id}>{pinned}.{hold}",
            ephemeral=False,
        )
        unpinned = cannot_pin(facts) if keyed and facts is not None else None
        if unpinned is not None:
            await reply(interaction, unpinned)
        if who.config.web:
            await reply(
                interaction,
                f"On the web (only you see this; share it when you are ready): {web_address(services.settings, show)}"
                "\n`/show status` gives it again, with the line to embed it on your site.",
            )

    @app_commands.command(
        name="feed",
        description="Move the open show's live feed to another channel or thread",
        extras=PUBLIC,
    )
    @app_commands.describe(channel="Stream sightings here from now on (what was posted stays where it is)")
    async def feed(self, interaction: Interaction, channel: ChannelOption) -> None:
        who = await caller(interaction)
        who.require_editor()
        await require_postable(interaction, channel.id, Use.FEED, channel)
        show, old, waiting = await interaction.client.services.shows.move_feed(who, channel.id)
        held = f" {waiting} waiting sighting{'s go' if waiting != 1 else ' goes'} there too." if waiting else ""
        await reply(
            interaction,
            f"The live feed of **{inert(show.name)}** now goes to <#{channel.id}>.{held} What was already posted "
            f"stays in <#{old}>, and corrections still update it there.",
            ephemeral=False,
        )

    @app_commands.command(name="end", description="Close the open show; later posts are refused", extras=PUBLIC)
    async def end(self, interaction: Interaction) -> None:
        services = interaction.client.services
        show = await services.shows.end(await caller(interaction))
        await reply(
            interaction,
            f"**{inert(show.name)}** is closed. `/digest preview` compiles what you didn't see.",
            ephemeral=False,
        )

    @app_commands.command(
        name="status", description="Counts, most-spotted names, active correspondents, pending items", extras=READS
    )
    async def status(self, interaction: Interaction) -> None:
        # deferred first: the counts of a long night take a moment, never the 3-second deadline
        await defer(interaction)
        services = interaction.client.services
        who = await caller(interaction)
        show, stats = await services.shows.status(who)
        state = "open" if show.is_open else "closed"
        people = ", ".join(f"{clip(inert(n), 40)} ({c})" for n, c in stats.top_people) or "nobody yet"
        reporters = ", ".join(f"{clip(inert(n), 40)} ({c})" for n, c in stats.top_reporters) or "nobody yet"
        lines = [
            f"**{inert(show.name)}** ({state}) · feed <#{show.feed_channel_id}>",
            f"Sightings: **{stats.sightings}** · live {stats.live} · awaiting approval {stats.pending} · "
            f"under embargo {stats.held} · retracted {stats.retracted}",
            f"Key moments: **{stats.key_moments}**"
            + (f" ({stats.key_held} under embargo, listed when the embargo ends)" if stats.key_held else ""),
            f"Most spotted: {people}",
            f"Correspondents ({stats.reporters}): {reporters}",
        ]
        lines.extend(feed_lines(stats))
        if who.config.web:
            lines.append(f"On the web: {web_address(services.settings, show)}")
            lines.append(f"Embed it on your site:\n{web_embed(services.settings, show)}")
        await reply(interaction, "\n".join(lines))


def feed_lines(stats: ShowStats) -> list[str]:
    """The feed's state in /show status: every paused channel with its reason, then what waits."""
    lines = [
        f"⚠️ Paused since {discord_time(p.since, 'R')}: {p.reason}. Everything for it is saved and held; it "
        f"resumes by itself as soon as I can post there (I check at least once a minute)."
        for p in stats.feed_pauses
    ]
    if stats.feed_backlog or stats.feed_failed:
        refused = (
            f", {stats.feed_failed} message(s) whose content Discord refused were set aside (see the bot's log)"
            if stats.feed_failed
            else ""
        )
        lines.append(f"Feed: {stats.feed_backlog} waiting to be published{refused}")
    return lines


async def setup(bot: Backstage) -> None:
    await bot.add_cog(Shows(bot))
