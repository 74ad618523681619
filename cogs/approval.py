"""The approval desk's Approve / Reject buttons: persistent (DynamicItem), so they work after a restart."""

from __future__ import annotations

import logging
import re
from typing import Any

import discord
from discord.ext import commands

from bot.access import require_editor
from bot.client import Backstage, handle_error
from bot.feed.render import APPROVE_PREFIX, REJECT_PREFIX, decided_card
from bot.limits import clip
from bot.models import SightingStatus
from bot.text import inert
from cogs._common import Interaction, actor, bot_of, config, guild_id, now

log = logging.getLogger(__name__)


async def tell_reporter(bot: Backstage, reporter_id: int, text: str) -> bool:
    """A DM to the correspondent; members may refuse DMs, which is fine (the desk message shows it)."""
    try:
        channel = await bot.create_dm(discord.Object(reporter_id))
        await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as exc:
        log.info("could not DM reporter %s: %s", reporter_id, exc)
        return False
    return True


async def decide(interaction: Interaction, sighting_id: int, *, approve: bool, reason: str | None) -> None:
    services = bot_of(interaction).services
    s, won, decided_by = await services.newsroom.decide(
        guild_id(interaction),
        await config(interaction),
        actor(interaction),
        sighting_id,
        approve=approve,
        reason=reason,
        now=now(),
    )
    if not won:
        state = {SightingStatus.LIVE: "approved", SightingStatus.REJECTED: "rejected"}.get(s.status, s.status.value)
        await interaction.response.send_message(
            f"**#{s.id}** was already {state} by {inert(decided_by or 'another editor')}.", ephemeral=True
        )
        return
    verdict = (
        f"approved by {inert(actor(interaction).name)}"
        if approve
        else (f"rejected by {inert(actor(interaction).name)}" + (f": {inert(reason)}" if reason else ""))
    )
    embed = discord.Embed.from_dict(decided_card(s, verdict))
    if interaction.message is not None:
        await interaction.response.edit_message(embed=embed, view=None)
    else:
        await interaction.response.send_message(f"#{s.id} {verdict}.", ephemeral=True)
    if not approve:
        why = f" Reason: {inert(reason)}" if reason else ""
        await tell_reporter(
            bot_of(interaction),
            s.reporter.id,
            f"Your sighting #{s.id} was not published by the desk.{why}\n» {clip(inert(s.what), 1500)}",
        )


class RejectReason(discord.ui.Modal, title="Reject this sighting"):
    reason: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Reason (sent to the correspondent)", required=False, max_length=300, style=discord.TextStyle.paragraph
    )

    def __init__(self, sighting_id: int) -> None:
        super().__init__()
        self.sighting_id = sighting_id

    async def on_submit(self, interaction: Interaction) -> None:
        await decide(interaction, self.sighting_id, approve=False, reason=self.reason.value or None)

    async def on_error(self, interaction: Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await handle_error(interaction, error)


class ApproveButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=re.escape(APPROVE_PREFIX) + r"(?P<id>\d+)"
):
    def __init__(self, sighting_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Approve", style=discord.ButtonStyle.success, custom_id=f"{APPROVE_PREFIX}{sighting_id}"
            )
        )
        self.sighting_id = sighting_id

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ApproveButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:
        try:
            await decide(interaction, self.sighting_id, approve=True, reason=None)
        except Exception as exc:  # discord.py only logs errors of dynamic items: answer the editor ourselves
            await handle_error(interaction, exc)


class RejectButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=re.escape(REJECT_PREFIX) + r"(?P<id>\d+)"):
    def __init__(self, sighting_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Reject", style=discord.ButtonStyle.danger, custom_id=f"{REJECT_PREFIX}{sighting_id}"
            )
        )
        self.sighting_id = sighting_id

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RejectButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:
        try:
            # check before opening the modal, so a non-editor is told at once
            require_editor(await config(interaction), actor(interaction))
            await interaction.response.send_modal(RejectReason(self.sighting_id))
        except Exception as exc:
            await handle_error(interaction, exc)


class Approval(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot


async def setup(bot: Backstage) -> None:
    bot.add_dynamic_items(ApproveButton, RejectButton)
    await bot.add_cog(Approval(bot))
