"""Nights a fresh-eyes breaker wrote in round 34 without reading the compiler (`review/round34/break48/nights`, its
findings in `review/round34/break48-FINDINGS.md`), played through the real services (`backstage rehearse`'s
runner) on a real SQLite file. Ids are the scripts' own (1, 2, 3 … in the order of their `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHTS = REVIEW / "round34" / "break48" / "nights"
pytestmark = pytest.mark.slow


async def test_a_bystander_who_watched_the_fall_is_in_the_falls_item(tmp_path: Path):
    # 10: the fall and the catch; 13: "… when Halloway fell", no place
    night = await played(NIGHTS / "n2_fall.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    fall = item_with(digest, ids[10])
    assert fall is not None and item_with(digest, ids[13]) in (fall, None), [i.headline for i in digest.items]


async def test_a_win_that_trails_off_in_single_quotes_is_headlined_by_its_own_moment(tmp_path: Path):
    # 10: the win and the call home; 22: the call back, hours later
    night = await played(NIGHTS / "n3_shapes.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    win = item_with(digest, ids[10])
    assert win is not None and "Speaker" not in win.headline, win.headline
    assert "I didn't write anything down" in win.body, win.body


async def test_a_stars_strong_keg_fall_left_out_is_named_for_the_editor(tmp_path: Path):
    # 6: the keg fall, 24 votes; Ombra leads the beard item
    night = await played(NIGHTS / "variants/n1_keg24.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    named = {i for left in digest.left_out for i in left.sighting_ids}
    assert item_with(digest, ids[6]) is not None or ids[6] in named, [left.reason for left in digest.left_out]
