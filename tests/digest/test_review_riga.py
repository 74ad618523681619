"""Round 39's held-out night (`review/nights/riga_night.yaml`, written by a helper that never read the compiler),
played through the real services (`backstage rehearse`'s runner) on a real SQLite file. Its blind review at the round's
start found the night's fourth-strongest moment missing (a singer's forgotten line sung by a child, whose name a later
post gave: "the little girl is Marta"), the trophy left in a taxi never told before the driver brought it back, and
headlines led by whoever helped (the stage manager holding up her phone, a man walking the driver to the front of the
queue), "Her High a Is Flat" and a kept promise headed "Carries Trays". Ids are the script's own (1, 2, 3 … in the
order of its `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHT = REVIEW / "nights" / "riga_night.yaml"
pytestmark = pytest.mark.slow


async def test_the_childs_line_and_the_taxi_are_told_whole_and_headed_by_whose_moment_it_was(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 85: the forgotten line; 88: "the little girl is Marta"; 95: the taxi
    ids, digest = night.ids, night.digest
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    line = item_with(digest, ids[85])
    assert line is not None and ids[88] in line.sighting_ids, line  # who the girl was: the same story
    assert "Later, the little girl" not in line.body, line.body
    returned = item_with(digest, ids[107])
    assert returned is not None and ids[95] in returned.sighting_ids, returned  # the loss the return began with
    assert returned.headline.startswith("Juris Dāboliņš "), returned.headline
    # (round 40) whose trophy the driver found, and the loss told before he brings it back
    assert "Valdis Bērziņš's Trophy" in returned.headline, returned.headline
    assert returned.body.index("taxi's back seat") < returned.body.index("found the trophy"), returned.body
    headlines = [item.headline for item in told]
    assert not any("High a " in h for h in headlines), headlines
    assert not any("Uz Tilta" in h for h in headlines), headlines  # (round 40) a Latvian title as typed
