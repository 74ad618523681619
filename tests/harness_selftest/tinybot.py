"""A tiny discord.py bot that exercises what the fake must support, configured like the project's bot
(``allowed_mentions=AllowedMentions.none()``, default intents, small ``guild_ready_timeout``)."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

NAMES = ["Gaga", "Gabriel", "Adele", "Beyoncé", "Kanye West"]


class Feedback(discord.ui.Modal, title="Why?"):
    reason: discord.ui.TextInput[Feedback] = discord.ui.TextInput(
        label="Reason",
        custom_id="reason",
        max_length=50,
    )

    def __init__(self) -> None:
        super().__init__(custom_id="feedback")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.edit_message(content=f"reason: {self.reason.value}")


class PanelView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="OK", custom_id="panel:ok", style=discord.ButtonStyle.primary)
    async def ok(self, interaction: discord.Interaction, button: discord.ui.Button[PanelView]) -> None:
        await interaction.response.edit_message(content=f"clicked by {interaction.user.name}", view=None)

    @discord.ui.button(label="Why", custom_id="panel:why")
    async def why(self, interaction: discord.Interaction, button: discord.ui.Button[PanelView]) -> None:
        await interaction.response.send_modal(Feedback())

    @discord.ui.button(label="Later", custom_id="panel:later")
    async def later(self, interaction: discord.Interaction, button: discord.ui.Button[PanelView]) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content="updated later")


show = app_commands.Group(name="show", description="Run a show")


@show.command(name="start", description="Open a show")
async def show_start(interaction: discord.Interaction, name: str, approval: bool = False) -> None:
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.followup.send(f"Show {name} opened (approval {'on' if approval else 'off'})")
    await interaction.followup.send("second note", ephemeral=True)


async def complete_text(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    if current == "many":  # breaks Discord's 25-choice limit on purpose
        return [app_commands.Choice(name=f"choice {i}", value=f"v{i}") for i in range(30)]
    return [app_commands.Choice(name=n, value=n) for n in NAMES if n.lower().startswith(current.lower())]


@app_commands.command(name="echo", description="Echo every option type")
@app_commands.autocomplete(text=complete_text)
async def echo(
    interaction: discord.Interaction,
    text: str,
    count: int,
    flag: bool,
    role: discord.Role,
    channel: discord.TextChannel,
    ratio: float = 1.0,
    who: discord.Member | None = None,
    file: discord.Attachment | None = None,
) -> None:
    parts = [f"text={text}", f"count={count}", f"flag={flag}", f"role={role.name}", f"channel={channel.name}"]
    parts.append(f"ratio={ratio}")
    if who is not None:
        parts.append(f"who={who.name}")
    if file is not None:
        data = await file.read()
        parts.append(f"file={file.filename}:{data.decode()}")
    await interaction.response.send_message(" ".join(parts))


@app_commands.command(name="panel", description="Post a panel with buttons")
async def panel(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("panel", view=PanelView())


@app_commands.command(name="slow", description="Answer after a while")
async def slow(interaction: discord.Interaction, seconds: float) -> None:
    await asyncio.sleep(seconds)  # the bot under test is slow on purpose
    await interaction.response.send_message("finally")


@app_commands.command(name="embedded", description="Answer with an embed, then edit it")
async def embedded(interaction: discord.Interaction) -> None:
    await interaction.response.send_message(embed=discord.Embed(title="first", description="body"))
    await interaction.edit_original_response(embed=discord.Embed(title="second"))
    await interaction.followup.send(embed=discord.Embed(title="third"))


@app_commands.context_menu(name="Quote it")
async def quote_it(interaction: discord.Interaction, message: discord.Message) -> None:
    files = ", ".join(a.filename for a in message.attachments)
    await interaction.response.send_message(
        f"{message.author.name} said {message.clean_content!r} with [{files}] (message {message.id})"
    )


class TinyBot(commands.Bot):
    """``mentions_none=False`` builds a client that forgets ``allowed_mentions`` (for violation tests)."""

    def __init__(
        self,
        *,
        mentions_none: bool = True,
        guild_id: int | None = None,
        members_intent: bool = False,
        max_ratelimit_timeout: float | None = None,
    ) -> None:
        intents = discord.Intents.default()
        intents.members = members_intent
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none() if mentions_none else None,
            guild_ready_timeout=0.05,
            help_command=None,
            max_ratelimit_timeout=max_ratelimit_timeout,
        )
        self.guild_id = guild_id
        self.raw_reactions: list[discord.RawReactionActionEvent] = []
        self.reaction_seen = asyncio.Event()
        self.raw_deletes: list[discord.RawMessageDeleteEvent] = []
        self.delete_seen = asyncio.Event()
        self.messages_seen: list[discord.Message] = []
        self.message_seen = asyncio.Event()

    async def setup_hook(self) -> None:
        self.tree.add_command(echo)
        self.tree.add_command(panel)
        self.tree.add_command(slow)
        self.tree.add_command(embedded)
        self.tree.add_command(show)
        self.tree.add_command(quote_it)
        self.add_view(PanelView())
        await self.tree.sync()
        if self.guild_id is not None:
            guild = discord.Object(self.guild_id)

            @app_commands.command(name="local", description="A guild-only command")
            async def local(interaction: discord.Interaction) -> None:
                await interaction.response.send_message("local", ephemeral=True)

            self.tree.add_command(local, guild=guild)
            await self.tree.sync(guild=guild)

    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        self.raw_reactions.append(payload)
        self.reaction_seen.set()

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        self.raw_deletes.append(payload)
        self.delete_seen.set()

    async def on_message(self, message: discord.Message) -> None:
        self.messages_seen.append(message)
        self.message_seen.set()
