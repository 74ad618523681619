"""Key moments: the "Mark key moment" message command (on a feed message) and the desk's persistent
"Mark key moment" button on a suggestion card (DynamicItem: it works after a restart). `/sighting key` is in
cogs.corrections with the other /sighting commands; all three answer with `marked_reply`."""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Backstage, handle_error, reply, update
from bot.errors import InvalidInput
from bot.feed.render import KEY_PREFIX, marked_card, withdrawn_suggestion
from bot.models import SightingStatus
from bot.photos import Photo
from bot.services.keys import Marked
from bot.text import inert
from cogs._common import Interaction, caller, card_files

MENU_NAME = "Mark key moment"


def marked_reply(result: Marked, *, key: bool = True) -> str:
    """What the editor reads after marking (or unmarking) a key moment."""
    s = result.sighting
    instead = (
        f"**#{result.instead_of}** is another correspondent's report of **#{s.id}**'s moment, shown on its feed "
        f"message, so the moment is **#{s.id}**'s. "
        if result.instead_of is not None
        else ""
    )
    return instead + _marked_text(result, key=key)


def _marked_text(result: Marked, *, key: bool) -> str:
    s = result.sighting
    if not result.changed:
        return f"**#{s.id}** {'is already' if key else 'was not'} a key moment: nothing changed."
    summary = result.summary
    if not key:
        where = " It leaves the pinned “Key moments so far” list." if summary is not None else ""
        return f"**#{s.id}** is no longer a key moment.{where} `/sighting key id:{s.id}` marks it again."
    if summary is None:
        listed = " This show has no “Key moments so far” message (`/setup key_moments` was off when it started)."
    elif s.publish_at is not None and not s.is_candidate(discord.utils.utcnow()):
        listed = f" It joins the pinned “Key moments so far” list in <#{summary.channel_id}> when its embargo ends."
    else:
        listed = f" It is listed in the pinned “Key moments so far” message in <#{summary.channel_id}> in a moment."
    return (
        f"**#{s.id}** is now a key moment.{listed} It leads the digest after the editors' pins. "
        f"Undo with `/sighting key id:{s.id} off:true`."
    )


class KeyButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=re.escape(KEY_PREFIX) + r"(?P<id>\d+)"):
    """The suggestion card's button: marks the sighting, then the card says who did."""

    def __init__(self, sighting_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Mark key moment", style=discord.ButtonStyle.primary, custom_id=f"{KEY_PREFIX}{sighting_id}"
            )
        )
        self.sighting_id = sighting_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> KeyButton:
        return cls(int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:  # type: ignore[override]
        try:
            who = await caller(interaction)
            services = interaction.client.services
            try:
                result = await services.keys.mark(who, self.sighting_id)
            except InvalidInput:
                # retracted (or rejected) since it was offered: the card says so and loses its button
                sighting = await services.newsroom.get(who.guild_id, self.sighting_id)
                if sighting.status in (SightingStatus.RETRACTED, SightingStatus.REJECTED):
                    await self._rewrite(interaction, withdrawn_suggestion(sighting), None)
                raise
            if interaction.message is not None:
                # rewritten from the sighting as it is now, its photo uploaded again as a decided desk card is
                photo = await services.newsroom.photo(self.sighting_id)
                marker = who.actor.name if result.changed else await marker_name(interaction, result.marked_by)
                card = marked_card(result.sighting, f", marked by {inert(marker)}", photo.meta if photo else None)
                await self._rewrite(interaction, card, photo)
            await reply(interaction, marked_reply(result))
        except Exception as exc:  # discord.py only logs errors of dynamic items: answer the editor ourselves
            await handle_error(interaction, exc)

    @staticmethod
    async def _rewrite(interaction: Interaction, card: dict[str, Any], photo: Photo | None) -> None:
        if interaction.message is not None:
            embed = discord.Embed.from_dict(card)
            await update(interaction, embed=embed, view=None, attachments=card_files(photo))


async def marker_name(interaction: Interaction, user_id: int | None) -> str:
    """Who marked a key moment (another editor, pressing at the same time or before): their server name."""
    guild = interaction.guild
    if user_id is None or guild is None:
        return "another editor"
    member = guild.get_member(user_id)
    if member is None:
        try:
            member = await guild.fetch_member(user_id)
        except discord.HTTPException:
            return "another editor"
    return member.display_name


class KeyMoments(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        # servers only, as `contexts` [0] (GUILD); `guild_only = True` alone sends just the deprecated dm_permission
        self.menu = app_commands.guild_only(app_commands.ContextMenu(name=MENU_NAME, callback=self.mark_message))

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def mark_message(self, interaction: Interaction, message: discord.Message) -> None:
        who = await caller(interaction)
        result = await interaction.client.services.keys.mark_message(who, message.id)
        await reply(interaction, marked_reply(result))


async def setup(bot: Backstage) -> None:
    """The message command, and the suggestion cards' buttons registered at start (persistent)."""
    await bot.add_cog(KeyMoments(bot))
    bot.add_dynamic_items(KeyButton)


async def teardown(bot: Backstage) -> None:
    bot.remove_dynamic_items(KeyButton)
