"""Round 38's held-out night (`review/nights/havana_night.yaml`, written by a helper that never read the compiler),
played through the real services (`backstage rehearse`'s runner) on a real SQLite file. Its blind review at the round's
start found the pinned item opening on who the balcony stranger was, never on his throw; the man typed in `who` as
"señor del balcón" heading it; "Rodolfo “Papo” Papo Rentería"; a granddaughter and her grandmother named in full in
every sentence; "Asere, a man had come up the Prado"; "had nominated for Best Film Score"; the carpet vow its payoff
breaks never told; and the trumpeter's win never said. Ids are the script's own (1, 2, 3 … in the order of its `spot`
entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHT = REVIEW / "nights" / "havana_night.yaml"
pytestmark = pytest.mark.slow


async def test_the_throw_opens_its_item_families_by_given_name_and_no_slang_or_shorthand(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 58: the throw; 83: Cachita stands; 14: the vow; 108: the jazz win
    ids, digest = night.ids, night.digest
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    printed = " ".join(f"{item.headline} {item.body}" for item in told)
    assert "señor del balcón" not in printed.lower(), printed
    assert "Papo” Papo" not in printed and "Asere" not in printed and "had nominated" not in printed, printed
    throw = item_with(digest, ids[58])
    assert throw is not None and throw.body.startswith("The old man in the front row"), throw and throw.body
    assert "Ferrer won Best Cuban Jazz Album" in throw.body, throw.body
    stood = item_with(digest, ids[83])
    assert stood is not None and "“I told you. Standing,” Cachita said." in stood.body, stood and stood.body
    vow = item_with(digest, ids[73])
    assert vow is not None and "I won't say his name" in vow.body, vow and vow.body
