"""A rehearsal entry listed only hours before the one above it is played as the next day (a night past midnight)
and the rehearsal says so, naming the entry: a script with an entry out of order no longer ends its embargoes early
without a word."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from bot.rehearsal.runner import Rehearsal, play
from bot.rehearsal.script import parse
from db.database import Database

SCRIPT = """
show: {{name: "Late Night", timezone: "UTC"}}
timeline:
  - {{at: "{first}", by: amy, spot: {{what: "Juniper Hale handing out honey to photographers"}}}}
  - {{at: "{second}", react: {{id: 1, emoji: "🔥", count: 3}}}}
"""


async def _rehearse(text: str, tmp_path: Path) -> Rehearsal:
    db = await Database.open(tmp_path / "night.db")
    try:
        return await play(parse(text), db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()


async def test_an_entry_listed_hours_before_the_one_above_it_is_named_in_a_warning(tmp_path: Path):
    rehearsal = await _rehearse(SCRIPT.format(first="22:15", second="20:20"), tmp_path)
    assert rehearsal.rolled == [
        "timeline[1] (20:20) comes after an entry at 22:15: played as the next day (a night past midnight); if it is "
        "out of order, move it up the timeline"
    ], rehearsal.rolled


async def test_a_night_that_passes_midnight_plays_on_without_a_warning(tmp_path: Path):
    rehearsal = await _rehearse(SCRIPT.format(first="23:50", second="00:10"), tmp_path)
    assert rehearsal.rolled == [], rehearsal.rolled
