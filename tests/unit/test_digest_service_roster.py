"""The digest service compiles with the server's roster: an alias in a report is written with the
roster's name in the headline and at its first mention (played through the real services on a real SQLite
file, as `backstage rehearse` does)."""

from pathlib import Path

from rich.console import Console

from bot.rehearsal.runner import play
from bot.rehearsal.script import parse
from db.database import Database

SCRIPT = """
show: {name: "Persona Night", timezone: "UTC"}
roster:
  - {name: "Calliope Marsh", aliases: ["Sister Static", "Calli"]}
timeline:
  - {at: "20:41", by: jonah, spot: {what: "Sister Static's halo won't fit through the stage door", where: "Side stage"}}
  - {at: "20:50", react: {id: 1, emoji: "😇", count: 40}}
"""


async def test_an_alias_in_a_report_is_written_with_the_roster_name(tmp_path: Path):
    db = await Database.open(tmp_path / "night.db")
    try:
        result = await play(parse(SCRIPT), db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()

    item = result.digest.items[0]
    assert item.headline == "Calliope Marsh's Halo Won't Fit Through the Stage Door"
    assert item.body.startswith("Calliope Marsh's halo wouldn't fit through the stage door.")
