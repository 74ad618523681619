"""A rehearsal entry listed only hours before the one above it is played as the next day (a night past midnight)
and the rehearsal says so, naming the entry: a script with an entry out of order no longer ends its embargoes early
without a word."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_rehearsal_approval import rehearse

SCRIPT = """
show: {{name: "Late Night", timezone: "UTC"}}
timeline:
  - {{at: "{first}", by: amy, spot: {{what: "Juniper Hale handing out honey to photographers"}}}}
  - {{at: "{second}", react: {{id: 1, emoji: "🔥", count: 3}}}}
"""


async def test_an_entry_listed_hours_before_the_one_above_it_is_named_in_a_warning(tmp_path: Path):
    rehearsal = await rehearse(SCRIPT.format(first="22:15", second="20:20"), tmp_path)
    assert rehearsal.rolled == [
        "timeline[1] (20:20) comes after an entry at 22:15: played as the next day (a night past midnight); if it is "
        "out of order, move it up the timeline"
    ], rehearsal.rolled


async def test_a_night_that_passes_midnight_plays_on_without_a_warning(tmp_path: Path):
    rehearsal = await rehearse(SCRIPT.format(first="23:50", second="00:10"), tmp_path)
    assert rehearsal.rolled == [], rehearsal.rolled
