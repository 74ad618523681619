"""Voted moments once lost on a full thread, on review nights written by helpers who never read the compiler
(`review/nights`), played through the real services (`backstage rehearse`'s runner) on a real SQLite file.

A moment filed on the thread of a story that already told its two follow-ups was left out (`stories._threads_joined`);
the editor's preview named it, the article did not tell it. A different event of the same people, more voted than
every beat that story tells, led by someone else and not reported while its lead moment was, is now a story of its
own; a beat of the story itself that is more voted than them takes the place of its weakest (never the promise the
story keeps). Ids are the scripts' own (1, 2, 3 … in the order of their `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHTS = REVIEW / "nights"
pytestmark = pytest.mark.slow


async def test_a_duo_making_up_before_a_rappers_shave_is_told_in_an_item_of_its_own(tmp_path: Path):
    # 83: the duo's trophy and hug, 129 votes; 118: the shave
    night = await played(NIGHTS / "johannesburg_night.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    home = item_with(digest, ids[83])
    assert home is not None and ids[118] not in home.sighting_ids, [i.headline for i in digest.items]


async def test_a_composer_weeping_at_his_song_before_the_hosts_shave_is_told_in_an_item_of_its_own(tmp_path: Path):
    # 77: the composer weeps, 76 votes; 96: the moustache comes off
    night = await played(NIGHTS / "almaty_night.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    home = item_with(digest, ids[77])
    assert home is not None and ids[96] not in home.sighting_ids, [i.headline for i in digest.items]


async def test_the_jump_an_actor_promised_is_told_in_his_item_with_the_promise(tmp_path: Path):
    # 98: the walk and jump; 101: pulled out; 21: the promise
    night = await played(NIGHTS / "istanbul_night.yaml", tmp_path)
    ids, digest = night.ids, night.digest
    home = item_with(digest, ids[98])
    assert home is not None and {ids[101], ids[21]} <= set(home.sighting_ids), home.body if home else None
