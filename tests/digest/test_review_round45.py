"""Round 44's held-out nights (Baku, Dhaka, Valletta: `review/nights/`, written by helpers that never read the
compiler), played through the real services (`backstage rehearse`'s runner) on a real SQLite file, for what their
round-44 blind reviews still found. Ids are each script's own (1, 2, 3 … in the order of its `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

pytestmark = pytest.mark.slow


async def test_baku_tells_the_stairwell_first_and_introduces_wind_and_names_shahla_by_her_surname(tmp_path: Path):
    night = await played(REVIEW / "nights" / "baku_night.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    stairwell = item_with(digest, ids[77])  # 72: he applauded and left the hall; 77: he found Murad in the stairwell
    assert stairwell is not None and stairwell.body.startswith("In the back stairwell, Zaur Novruzlu"), stairwell
    phone = item_with(digest, ids[55])
    assert phone is not None and "” Məmmədova said." in phone.body, phone.body  # (never her whole name again)
    letters = item_with(digest, ids[73])
    assert letters is not None, [i.headline for i in digest.items]
    assert "Elvin Hacıyev, known as Wind, were holding up the letters" in letters.body, letters.body


async def test_dhaka_tells_the_bet_before_the_payoffs_line_and_introduces_the_agent_and_the_child(tmp_path: Path):
    night = await played(REVIEW / "nights" / "dhaka_night.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    shave = item_with(digest, ids[104])
    assert shave is not None, [i.headline for i in digest.items]
    assert shave.body.index("he would shave off his moustache") < shave.body.index("“The other half"), shave.body
    deal = item_with(digest, ids[71])
    assert deal is not None and "Hélène Marchetti, a Paris sales agent, agreed" in deal.body, deal.body
    child = item_with(digest, ids[54])
    assert child is not None and "had nominated" not in child.body, child.body
    assert "Hasan" not in child.body.replace("Arnob Hasan", ""), child.body  # (an 11-year-old by his given name)


async def test_valletta_gives_the_ballad_its_article_and_the_gust_is_met_with_a(tmp_path: Path):
    night = await played(REVIEW / "nights" / "valletta_night.yaml", tmp_path)
    bodies = "\n".join(i.body for i in [*night.digest.items, *([night.digest.bonus] if night.digest.bonus else [])])
    assert "Xlokk played an Italian ballad." in bodies, bodies
    assert "The sirocco gust" not in bodies, bodies
