"""The approval desk's Approve / Reject buttons: persistent (DynamicItem), so they work after a restart."""

from __future__ import annotations

import logging
import re
from typing import Any

import discord

from bot.client import Backstage, handle_error, reply, update
from bot.feed.render import APPROVE_PREFIX, REJECT_PREFIX, decided_card
from bot.limits import clip
from bot.models import SightingStatus
from bot.text import inert
from cogs._common import Interaction, caller, card_files
from cogs.views import BaseModal

log = logging.getLogger(__name__)


async def tell_reporter(bot: Backstage, reporter_id: int, text: str) -> bool:
    """A DM to the correspondent. Members may refuse DMs: False then, and the editor is told."""
    try:
        channel = await bot.create_dm(discord.Object(reporter_id))
        await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as exc:
        log.info("could not DM reporter %s: %s", reporter_id, exc)
        return False
    return True


async def decide(interaction: Interaction, sighting_id: int, *, approve: bool, reason: str | None) -> None:
    who = await caller(interaction)
    s, won, decided_by = await interaction.client.services.newsroom.decide(
        who, sighting_id, approve=approve, reason=reason
    )
    if not won:
        state = {SightingStatus.LIVE: "approved", SightingStatus.REJECTED: "rejected"}.get(s.status, s.status.value)
        await reply(interaction, f"**#{s.id}** was already {state} by {inert(decided_by or 'another editor')}.")
        return
    name = inert(who.actor.name)
    verdict = f"approved by {name}" if approve else (f"rejected by {name}" + (f": {inert(reason)}" if reason else ""))
    photo = await interaction.client.services.newsroom.photo(s.id)
    embed = discord.Embed.from_dict(decided_card(s, verdict, photo.meta if photo else None))
    if interaction.message is not None:
        await update(interaction, embed=embed, view=None, attachments=card_files(photo))
    else:
        await reply(interaction, f"#{s.id} {verdict}.")
    if not approve:
        why = f" Reason: {inert(reason)}" if reason else ""
        told = await tell_reporter(
            interaction.client,
            s.reporter.id,
            f"Your sighting #{s.id} was not published by the desk.{why}\n» {clip(inert(s.what), 1500)}",
        )
        if not told:
            await reply(
                interaction,
                f"I could not tell {inert(s.reporter.name)} by DM that **#{s.id}** was rejected (their direct "
                "messages are closed to me). Let them know another way.",
            )


class RejectReason(BaseModal, title="Reject this sighting"):
    kind = "reject"
    reason: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Reason (sent to the correspondent)", required=False, max_length=300, style=discord.TextStyle.paragraph
    )

    def __init__(self, sighting_id: int) -> None:
        super().__init__()
        self.sighting_id = sighting_id

    async def on_submit(self, interaction: Interaction) -> None:  # type: ignore[override]
        await decide(interaction, self.sighting_id, approve=False, reason=self.reason.value or None)


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
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ApproveButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:  # type: ignore[override]
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
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RejectButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:  # type: ignore[override]
        try:
            # check before opening the form, so a non-editor is told at once
            (await caller(interaction)).require_editor()
            await RejectReason(self.sighting_id).open(interaction)
        except Exception as exc:
            await handle_error(interaction, exc)


async def setup(bot: Backstage) -> None:
    """Persistent desk buttons: registered at start, so they work on cards posted before a restart."""
    bot.add_dynamic_items(ApproveButton, RejectButton)


async def teardown(bot: Backstage) -> None:
    bot.remove_dynamic_items(ApproveButton, RejectButton)
