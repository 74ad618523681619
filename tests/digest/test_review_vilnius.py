"""Round 47's held-out night (`review/nights/vilnius_night.yaml`, written by a helper that never read the compiler),
played through the real services (`backstage rehearse`'s runner) on a real SQLite file. Its blind review at the round's
start found a telegraphic setup pasted as it was typed ("K had turned her back. W had stood about 10 seconds, walked
in, ice."), a desk's "Minutes later, some context for the courtyard moment:", the curtain's motor dying told "Minutes
earlier" after the pinned report and without the line it is remembered for, a mother's Russian line printed beside its
English translation as a second remark, "his mother was in Russian", and a puppet theatre's director never introduced
("Page said"). Ids are the script's own (1, 2, 3 … in the order of its `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHT = REVIEW / "nights" / "vilnius_night.yaml"
pytestmark = pytest.mark.slow


async def test_the_bodies_read_as_prose_in_order_with_each_line_once(tmp_path: Path) -> None:
    night = await played(NIGHT, tmp_path)
    ids, digest = night.ids, night.digest
    feud = item_with(digest, ids[99])  # the terrace; 20: the snub in notes; 22: the background
    assert feud is not None and ids[20] in feud.sighting_ids, feud
    for pasted in ("K had", "W had", ", ice", "context", "Minutes later", "Kairytė added"):
        assert pasted not in feud.body, (pasted, feud.body)
    assert "Wróblewska had stood for about 10 seconds, then walked in." in feud.body, feud.body
    curtain = item_with(digest, ids[67])  # pinned; 69: the line, filed after it
    assert curtain is not None and "Neither does the audience" in curtain.body, curtain
    assert "earlier, the second half" not in curtain.body.replace("Earlier", "earlier"), curtain.body
    assert "The curtain's motor was dead" in curtain.body and "rigged it" not in curtain.body, curtain.body
    mother = item_with(digest, ids[80])  # 79: her line in Russian; 80: its English
    assert mother is not None and "Nu nakonets" not in mother.body, mother.body
    assert "his mother was in Russian" not in mother.body, mother.body
    puppets = item_with(digest, ids[108])
    assert puppets is not None and "Paulina Pagirytė" in puppets.body.split("Page")[0], puppets.body
