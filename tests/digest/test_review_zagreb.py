"""Round 34's held-out night (`review/nights/zagreb_night.yaml`, written by a helper that never read the compiler),
played through the real services (`backstage rehearse`'s runner) on a real SQLite file. The blind review of the
digest at the round's start found the night's promise split from its payoff: a grandfather's tram bell, promised at
20:10 if his grandson won and rung at 22:05 (about 320 votes), was told as a beat of the grandson's rescued set
(they shared the venue's words, "tram" and "depot"), and the bonus printed the promise alone. A mistranslated
winner's card read minutes before the set was glued to it as "Minutes earlier" (they shared "depot" and "thirty
seconds"/"thirty years"), and a line about another singer filed at the balcony after the bell became its "Later".
Ids are the script's own (1, 2, 3 … in the order of its `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHT = REVIEW / "nights" / "zagreb_night.yaml"
pytestmark = pytest.mark.slow


async def test_the_bell_rung_as_promised_is_told_with_its_promise_and_apart_from_the_rescued_set(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 29: the promise; 79: the bell rung, 184 votes; 65: the set rescued (keyed)
    ids, digest = night.ids, night.digest
    home = item_with(digest, ids[79])
    assert home is not None and ids[29] in home.sighting_ids, [i.headline for i in digest.items]
    assert ids[65] not in home.sighting_ids, home.body
    assert ids[85] not in home.sighting_ids, home.body  # "The whole balcony is standing for Đurđica", after it


async def test_the_winner_read_from_the_wrong_card_is_no_scene_of_the_set_after_it(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 61: "Klapa Calm Sea", 112 votes; 65: the set rescued minutes later
    ids, digest = night.ids, night.digest
    rescue = item_with(digest, ids[65])
    assert rescue is not None and ids[61] not in rescue.sighting_ids, rescue.body
