"""A long night written straight into the database: far more sightings than a test could post through the fake
Discord in its few seconds (the digest, the exports and the counts of a big night, with another server busy
meanwhile)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

PLACES = ("red carpet", "press room", "green room", "stage door", "VIP lounge", "loading dock", "bar", "foyer")
DEEDS = (
    "signed a programme for a runner",
    "asked for a second mirror",
    "hummed the theme tune off key",
    "swapped shoes with a stagehand",
    "counted the stairs to the stage out loud",
    "borrowed a pen and kept it",
    "posed with a cardboard cut-out",
)

_NIGHT_SQL = f"""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
INSERT INTO sightings(guild_id, show_id, reporter_id, reporter_name, what, people, other_names, location, quote,
                      status, created_at)
SELECT :guild, :show, 900000 + i % 20, 'Stringer ' || (i % 20),
       'Guest ' || (i % 150) || ' ' || json_extract(:deeds, '$[' || (i % {len(DEEDS)}) || ']')
           || ' near table ' || (i * 7919 % 100003),
       json_array('Guest ' || (i % 150)), '[]', json_extract(:places, '$[' || (i % {len(PLACES)}) || ']'),
       CASE WHEN i % 10 = 0 THEN 'Honestly, table ' || (i * 7919 % 100003) || ' was the best seat of the night' END,
       'live',
       strftime('%Y-%m-%dT%H:%M:%f', :start, '+' || (i * :step) || ' seconds') || '000+00:00'
FROM n"""


def write_night(db_path: Path, guild_id: int, show_id: int, count: int, *, hours: float = 5.0) -> None:
    """`count` live sightings in the show, over the `hours` that end now, each about one of 150 guests in one of
    eight places, one in ten with a quote; on a connection of its own (the bot's sees them once committed)."""
    start = datetime.now(UTC) - timedelta(hours=hours)
    with sqlite3.connect(db_path, timeout=30) as conn:
        conn.execute(
            _NIGHT_SQL,
            {
                "count": count,
                "guild": guild_id,
                "show": show_id,
                "deeds": json.dumps(DEEDS),
                "places": json.dumps(PLACES),
                "start": start.strftime("%Y-%m-%dT%H:%M:%S"),
                "step": hours * 3600 / count,
            },
        )
        conn.execute(
            "INSERT OR IGNORE INTO sighting_people(sighting_id, show_id, name) "
            "SELECT id, show_id, json_extract(people, '$[0]') FROM sightings WHERE show_id = ? AND people != '[]'",
            (show_id,),
        )
