from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import READS, Backstage, defer, reply
from bot.errors import InvalidInput
from bot.in_flight import STOPPED
from bot.roster_file import ImportReport
from bot.services.roster import IMPORT_INTERRUPTED
from bot.text import inert
from bot.unanswered import CUT_SHORT
from cogs._common import Interaction, caller, guild_id, roster_choices
from cogs.views import Paginator, paginate

CSV_MAX_BYTES = 1_000_000
# told by the next process when this one is killed while an import works (bot.unanswered); and by this one when its
# stop cancels an import still reading or checking the file, nothing of it saved (bot.in_flight: the same sentence as
# an import the stop interrupts between its writes, `IMPORT_INTERRUPTED`)
IMPORT_CUT_SHORT = {
    CUT_SHORT: "Backstage was stopped while importing this file, so it could not answer. The file is either not "
    "imported at all or live as a whole: run the same `/roster import` again (names already on the roster as the "
    "file has them are counted as unchanged).",
    STOPPED: IMPORT_INTERRUPTED,
}


@app_commands.guild_only()
class RosterCog(commands.GroupCog, group_name="roster", group_description="The names Backstage recognises"):
    def __init__(self, bot: Backstage) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="add", description="Add a name (or update its aliases)")
    @app_commands.describe(name="The canonical name, e.g. Lady Gaga", aliases="Other names, comma-separated")
    async def add(
        self,
        interaction: Interaction,
        name: app_commands.Range[str, 1, 100],
        aliases: app_commands.Range[str, 1, 1000] | None = None,
    ) -> None:
        services = interaction.client.services
        entry, created, note = await services.roster.add(await caller(interaction), name, aliases)
        also = f" (also: {', '.join(inert(a) for a in entry.aliases)})" if entry.aliases else ""
        verb = "Added" if created else "Updated"
        await reply(interaction, f"{verb} **{inert(entry.name)}**{also}." + (f"\n{inert(note)}" if note else ""))

    @app_commands.command(name="remove", description="Remove a name from the roster")
    @app_commands.describe(name="The name (or one of its aliases)")
    async def remove(self, interaction: Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        services = interaction.client.services
        removed = await services.roster.remove(await caller(interaction), name)
        await reply(interaction, f"Removed **{inert(removed)}** from the roster. Past sightings keep their tags.")

    @remove.autocomplete("name")
    async def remove_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await roster_choices(interaction, current, lambda roster: [(n, n) for n in roster.complete(current)])

    @app_commands.command(name="list", description="Show the roster", extras=READS)
    async def list_(self, interaction: Interaction) -> None:
        entries = await interaction.client.services.roster.entries(guild_id(interaction))
        if not entries:
            await reply(interaction, "The roster is empty. Add names with `/roster add name:` or `/roster import`.")
            return
        lines = [
            f"• **{inert(e.name)}**" + (f" — {', '.join(inert(a) for a in e.aliases)}" if e.aliases else "")
            for e in entries
        ]
        pages = paginate(lines, header=f"**Roster** ({len(entries)} names)\n", per_page=20)
        await Paginator.of(pages, interaction.user.id).start(interaction)

    @app_commands.command(
        name="import",
        description="Import names from a CSV file: name,aliases (aliases split by |)",
        extras=IMPORT_CUT_SHORT,
    )
    @app_commands.describe(file="A UTF-8 CSV file with lines name,alias1|alias2")
    async def import_(self, interaction: Interaction, file: discord.Attachment) -> None:
        if file.size > CSV_MAX_BYTES:
            raise InvalidInput("That file is over 1 MB. Split the roster into smaller files.")
        services = interaction.client.services
        # from here the import leaves as they are the names an editor changes, and a stop waits for this answer
        async with services.roster.importing(guild_id(interaction)) as edits:
            await defer(interaction)
            data = await file.read()
            report = await services.roster.import_csv(await caller(interaction), data, edits)
            if report.rejected:
                lines = [f"Line {n}: {inert(reason)}" for n, reason in report.rejected]
                fix = "Nothing was imported: fix these lines and upload the file again.\n"
                await reply(interaction, fix + first(lines, "\n", "\n…and {} more"))
                return
            await reply(interaction, imported(report))


def imported(report: ImportReport) -> str:
    """The editor's summary of an import that went through, naming the names it left as an editor changed them
    meanwhile (an editor's /roster add or remove during the import: their later word stands), and the lines it left
    out because an editor gave one of their labels to another name meanwhile (a label means one person)."""
    unchanged = f", {len(report.unchanged)} unchanged" if report.unchanged else ""
    summary = f"Imported the roster: {len(report.added)} added, {len(report.updated)} updated{unchanged}."
    if report.kept:
        names = first([f"**{inert(name)}**" for name in report.kept], ", ", " and {} more")
        summary += (
            "\nNot overwritten, as they were changed on the roster while the file was being imported (by an editor "
            f"or another import; the file's line for each was not applied): {names}."
        )
    left_out = [
        f"\nLine {line} (**{inert(name)}**) left out: “{inert(label)}” now means **{inert(owner)}**, given to them on "
        "the roster while the file was imported."
        for line, name, label, owner in report.left_out
    ]
    return summary + first(left_out, "", "\n…and {} more lines left out for the same reason.")


SHOWN = 20  # lines or names a reply lists before it counts the rest


def first(items: list[str], separator: str, more: str) -> str:
    """The first SHOWN of `items` joined by `separator`, then `more` with the number of the others, if any."""
    rest = len(items) - SHOWN
    return separator.join(items[:SHOWN]) + (more.format(rest) if rest > 0 else "")


async def setup(bot: Backstage) -> None:
    await bot.add_cog(RosterCog(bot))
