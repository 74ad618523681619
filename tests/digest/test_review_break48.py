"""Nights a fresh-eyes breaker wrote in round 34 without reading the compiler (`review/round34/break48/nights`, its
findings in `review/round34/break48-FINDINGS.md`), played through the real services (`backstage rehearse`'s
runner) on a real SQLite file. Ids are the scripts' own (1, 2, 3 … in the order of their `spot` entries)."""

from pathlib import Path

import pytest
import yaml
from rich.console import Console

from bot.digest import Digest, DigestItem
from bot.rehearsal.runner import Rehearsal, play
from bot.rehearsal.script import Script
from db.database import Database

NIGHTS = Path(__file__).parents[2] / "review" / "round34" / "break48" / "nights"
pytestmark = pytest.mark.slow


async def _played(name: str, tmp_path: Path) -> Rehearsal:
    path = NIGHTS / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("expect", None)
    script = Script.model_validate(data, context={"base": str(path.parent)})
    db = await Database.open(tmp_path / "night.db")
    try:
        return await play(script, db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()


def _item_with(digest: Digest, stored: int) -> DigestItem | None:
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    return next((i for i in told if stored in i.sighting_ids), None)


async def test_a_bystander_who_watched_the_fall_is_in_the_falls_item(tmp_path: Path):
    night = await _played("n2_fall", tmp_path)  # 10: the fall and the catch; 13: "… when Halloway fell", no place
    ids, digest = night.ids, night.digest
    fall = _item_with(digest, ids[10])
    assert fall is not None and _item_with(digest, ids[13]) in (fall, None), [i.headline for i in digest.items]


async def test_a_win_that_trails_off_in_single_quotes_is_headlined_by_its_own_moment(tmp_path: Path):
    night = await _played("n3_shapes", tmp_path)  # 10: the win and the call home; 22: the call back, hours later
    ids, digest = night.ids, night.digest
    win = _item_with(digest, ids[10])
    assert win is not None and "Speaker" not in win.headline, win.headline
    assert "I didn't write anything down" in win.body, win.body


async def test_a_stars_strong_keg_fall_left_out_is_named_for_the_editor(tmp_path: Path):
    night = await _played("variants/n1_keg24", tmp_path)  # 6: the keg fall, 24 votes; Ombra leads the beard item
    ids, digest = night.ids, night.digest
    named = {i for left in digest.left_out for i in left.sighting_ids}
    assert _item_with(digest, ids[6]) is not None or ids[6] in named, [left.reason for left in digest.left_out]
