"""Post as sighting: the message context-menu command (Apps → Post as sighting) and its form.

Discord sends the message with the command (`data.resolved.messages`, whatever the bot's intents); this cog
reads it into a `SourceMessage`, asks `PostAsService.open` (which refuses, or prefills) and opens the form; the
form's answer is posted by `PostAsService.post`, under /spot's rules.
"""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import Backstage, reply
from bot.drafts import RULES
from bot.errors import InvalidInput
from bot.limits import TEXT_INPUT_LABEL_MAX, TEXT_INPUT_MAX, clip
from bot.models import Reporter
from bot.photos import NewPhoto, PhotoUnavailable
from bot.services.post_as import Prefill, ShowChanged, SourceMessage
from bot.text import inert
from cogs._common import Interaction, caller, read_photo
from cogs.sightings import confirmation
from cogs.views import BaseModal, given_back

MENU_NAME = "Post as sighting"  # a context menu's name: 1-32 characters, any case, spaces allowed


WRITTEN = (discord.MessageType.default, discord.MessageType.reply)  # what someone wrote (not a system message)
RAW_MENTION = re.compile(r"<(@!?|@&|#)(\d+)>")
UNKNOWN = {"@": "@unknown user", "@!": "@unknown user", "@&": "@unknown role", "#": "#unknown channel"}


def shown(message: discord.Message) -> discord.Message | discord.MessageSnapshot:
    """What the message shows: a forwarded message (its reference of type FORWARD) has no content of its own,
    its text and files are in its snapshot."""
    reference = message.reference
    if reference is not None and reference.type is discord.MessageReferenceType.forward and message.message_snapshots:
        return message.message_snapshots[0]
    return message


def first_image(message: discord.Message) -> discord.Attachment | None:
    """The first image file the message shows. (An image link's embed is not one: its link stays in the
    text.)"""
    return next((a for a in shown(message).attachments if (a.content_type or "").startswith("image/")), None)


def readable(guild: discord.Guild | None, text: str, people: dict[int, str]) -> str:
    """Mentions written as names (`<@id>` as @name, a role, a channel; `people`: the message's resolved
    mentions), an unknown one as "@unknown user" (never its raw id)."""

    def name(match: re.Match[str]) -> str:
        kind, found_id = match[1], int(match[2])
        if kind in ("@", "@!") and found_id in people:
            return f"@{people[found_id]}"
        if guild is not None:
            if kind in ("@", "@!") and (member := guild.get_member(found_id)) is not None:
                return f"@{member.display_name}"
            if kind == "@&" and (role := guild.get_role(found_id)) is not None:
                return f"@{role.name}"
            if kind == "#" and (channel := guild.get_channel_or_thread(found_id)) is not None:
                return f"#{channel.name}"
        return UNKNOWN[kind]

    return RAW_MENTION.sub(name, text)


def message_text(interaction: Interaction, message: discord.Message) -> str:
    """The text the message shows: its content (a forward's from its snapshot), mentions as names; with no
    content, a rich embed's title and description (a bot's or a webhook's post)."""
    content = shown(message)
    text = content.content
    if not text.strip():
        rich = next((e for e in content.embeds if e.type == "rich" and (e.title or e.description)), None)
        text = "\n".join(p for p in (rich.title, rich.description) if p) if rich is not None else ""
    people = {m.id: m.display_name for m in message.mentions} if content is message else {}
    return readable(interaction.guild, text, people)


def source_message(
    interaction: Interaction, message: discord.Message, image: discord.Attachment | None
) -> SourceMessage:
    author = message.author
    me = interaction.client.user
    return SourceMessage(
        author=Reporter(id=author.id, name=author.display_name),
        text="" if message.type not in WRITTEN else message_text(interaction, message),
        image_url=image.url if image is not None else None,
        url=message.jump_url,
        by_backstage=me is not None and author.id == me.id,
        system=message.type not in WRITTEN,
    )


def _field(label: str, input_: discord.ui.TextInput[Any], description: str | None = None) -> discord.ui.Label[Any]:
    return discord.ui.Label(text=clip(label, TEXT_INPUT_LABEL_MAX), component=input_, description=description)


class PostAsForm(BaseModal, title="Post as sighting"):
    """/spot's fields a message can fill (the text, who, where) and the two it cannot (a headline, a quote)."""

    kind = "postas"

    def __init__(self, message: SourceMessage, prefill: Prefill, image: discord.Attachment | None) -> None:
        super().__init__()
        self.source = message
        self.prefill = prefill
        self.image = image
        paragraph = discord.TextStyle.paragraph
        self.what: discord.ui.TextInput[Any] = discord.ui.TextInput(
            style=paragraph, default=prefill.what or None, max_length=min(prefill.what_limit, TEXT_INPUT_MAX)
        )
        self.who: discord.ui.TextInput[Any] = discord.ui.TextInput(
            default=prefill.who or None, required=False, max_length=RULES["who"].limit
        )
        self.where: discord.ui.TextInput[Any] = discord.ui.TextInput(
            default=prefill.where, required=False, max_length=RULES["where"].limit
        )
        self.headline: discord.ui.TextInput[Any] = discord.ui.TextInput(
            required=False, max_length=RULES["headline"].limit
        )
        self.quote: discord.ui.TextInput[Any] = discord.ui.TextInput(
            style=paragraph, required=False, max_length=RULES["quote"].limit
        )
        cut = f"Cut to {prefill.what_limit:,} characters: the rest is kept for the editors" if prefill.rest else None
        self.add_item(_field("What you saw", self.what, cut))
        self.add_item(_field("Who (names, comma-separated)", self.who, "Roster names found in the message"))
        where_from = "Your last location" if prefill.where_remembered else "The place the message opens with"
        self.add_item(_field("Where", self.where, where_from if prefill.where else None))
        self.add_item(_field("Headline (optional)", self.headline))
        self.add_item(_field("Quote: exact words someone said (optional)", self.quote))

    async def on_submit(self, interaction: Interaction) -> None:  # type: ignore[override]
        services = interaction.client.services
        draft = services.draft(
            what=self.what.value,
            who=self.who.value or None,
            where=self.where.value or None,
            headline=self.headline.value or None,
            quote=self.quote.value or None,
        )
        poster = await caller(interaction)
        poster.require_reporter()
        kept, lost = await self.read_image(interaction)
        try:
            result = await services.post_as.post(poster, draft, self.source, self.prefill, photo=kept)
        except ShowChanged as exc:
            typed = [i.value.strip() for i in (self.what, self.who, self.where, self.headline, self.quote)]
            await reply(interaction, given_back(exc.message, [t for t in typed if t]))
            return
        lines = [confirmation(result, result.feed_channel_id)]
        if lost is not None:
            lines.append(
                f"The message's image was not kept ({lost}), so **#{result.sighting.id}** has no photo. Add one "
                f"with `/sighting edit id:{result.sighting.id} photo:`."
            )
        if result.sighting.source is not None:
            lines.append(f"Credited to **{inert(result.sighting.source.name)}** as the source.")
        if self.prefill.rest:
            lines.append(
                f"The message was longer than `what` allows ({self.prefill.what_limit:,} characters): the rest "
                f"is kept with the sighting for the editors (`/sighting history id:{result.sighting.id}`)."
            )
        await reply(interaction, "\n".join(lines))

    async def read_image(self, interaction: Interaction) -> tuple[NewPhoto | None, str | None]:
        """The message's image through bot.photos (the one reader: size, magic bytes; it answers "thinking…"
        first), and why it was not kept. The image is the message's, not the correspondent's choice: one
        that cannot be kept never stops the post, and the reply says so."""
        if self.image is None:
            return None, None
        try:
            return await read_photo(interaction, self.image), None
        except InvalidInput as exc:
            return None, exc.message.split(". ")[0].rstrip(".")
        except PhotoUnavailable as exc:
            return None, str(exc)


@app_commands.guild_only()
async def post_as_sighting(interaction: Interaction, message: discord.Message) -> None:
    """Apps → Post as sighting: refused at once when it cannot be posted, else the prefilled form."""
    image = first_image(message)
    source = source_message(interaction, message, image)
    prefill = await interaction.client.services.post_as.open(await caller(interaction), source)
    await PostAsForm(source, prefill, image).open(interaction)


class PostAs(commands.Cog):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name=MENU_NAME, callback=post_as_sighting)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)


async def setup(bot: Backstage) -> None:
    await bot.add_cog(PostAs(bot))
