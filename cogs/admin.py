from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.access import require_admin
from bot.client import Backstage, reply
from bot.feed.permissions import Use
from cogs._channels import ChannelOption, require_postable
from cogs._common import Interaction, caller


class Admin(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot

    @app_commands.command(
        name="setup", description="Set Backstage's roles, feed channel, timezone and web pages (no options: show them)"
    )
    @app_commands.describe(
        reporter_role="Members with this role can post sightings",
        editor_role="Members with this role run shows, the roster and the digest",
        feed_channel="Where sightings are streamed by default",
        timezone="IANA timezone of the show, e.g. America/New_York",
        web="Publish this server's shows on the web (live page, feeds, digest): off by default",
        key_moments="Keep a pinned 'Key moments so far' message in each show's feed: on by default",
        key_votes="Suggest a sighting to the desk as a key moment at this many readers' votes (0: never)",
        key_corroborations="...or when this many other correspondents report it too (0: never)",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def setup_command(
        self,
        interaction: Interaction,
        reporter_role: discord.Role | None = None,
        editor_role: discord.Role | None = None,
        feed_channel: ChannelOption | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
        web: bool | None = None,
        key_moments: bool | None = None,
        key_votes: app_commands.Range[int, 0, 1000] | None = None,
        key_corroborations: app_commands.Range[int, 0, 50] | None = None,
    ) -> None:
        services = interaction.client.services
        who = await caller(interaction)
        if feed_channel is not None:
            require_admin(who.actor)  # before looking at the channel
            await require_postable(interaction, feed_channel.id, Use.FEED, feed_channel)
        cfg = await services.config.update(
            who,
            reporter_role_id=reporter_role.id if reporter_role else None,
            editor_role_id=editor_role.id if editor_role else None,
            feed_channel_id=feed_channel.id if feed_channel else None,
            timezone=timezone,
            web=web,
            key_moments=key_moments,
            key_votes=key_votes,
            key_corroborations=key_corroborations,
        )
        options = (reporter_role, editor_role, feed_channel, timezone, web, key_moments, key_votes, key_corroborations)
        changed = any(x is not None for x in options)

        def show(value: int | None, fmt: str) -> str:
            return fmt.format(value) if value else "*not set*"

        lines = [
            "**Backstage setup" + (" saved**" if changed else "**"),
            f"Correspondents: {show(cfg.reporter_role_id, '<@&{}>')}",
            f"Editors: {show(cfg.editor_role_id, '<@&{}>')} (members with Manage Server are editors too)",
            f"Default feed: {show(cfg.feed_channel_id, '<#{}>')}",
            f"Timezone: `{cfg.timezone}`",
            "On the web: "
            + (
                "**on**: `backstage serve` publishes each show at its own unguessable address "
                "(`/show status` gives it), with only what the feed shows"
                if cfg.web
                else "off (`/setup web:true` publishes each show's live page, feeds and digest)"
            ),
            "Key moments: "
            + ("a pinned “Key moments so far” message in each show's feed" if cfg.key_moments else "no pinned message")
            + f"; {_suggestions(cfg.key_votes, cfg.key_corroborations)}",
        ]
        await reply(interaction, "\n".join(lines))

    @setup_command.autocomplete("timezone")
    async def timezone_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        zones = await interaction.client.services.config.list_timezones(current)
        return [app_commands.Choice(name=z, value=z) for z in zones[:25]]


def _suggestions(votes: int, corroborations: int) -> str:
    """When the desk is offered a sighting as a key moment, as /setup shows it."""
    when = []
    if votes:
        when.append(f"{votes} readers' vote{'s' if votes != 1 else ''}")
    if corroborations:
        when.append(f"{corroborations} other correspondent{'s' if corroborations != 1 else ''} reporting it too")
    if not when:
        return "the desk is never offered key moments (`key_votes` and `key_corroborations` are 0)"
    return "the desk is offered a sighting as a key moment at " + " or ".join(when)


async def setup(bot: Backstage) -> None:
    await bot.add_cog(Admin(bot))
