"""Round 35's held-out night (`review/nights/lahore_night.yaml`, written by a helper that never read the compiler),
played through the real services (`backstage rehearse`'s runner) on a real SQLite file. The blind review of the
digest at the round's start found a presenter told as a winner ("Ustad Iqbal Taseer won Best Playback Singer", from
the label line "Best Playback Singer: Ustad Iqbal Taseer, presenting without his glasses, read out …"), the night's
biggest laugh (a presenter keeping his promise to sing, 400 votes) told as a beat of a key-marked result line ("Shazzy
hands back mic, looks ill"), a mother's sign lowered to "hira batool — meri beti", the Dildar party called "the
Sarmad Dildar party", and a reporter's "To put the blackout on record:" printed. Ids are the script's own (1, 2, 3 …
in the order of its `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHT = REVIEW / "nights" / "lahore_night.yaml"
pytestmark = pytest.mark.slow


async def test_the_presenter_is_never_the_winner_and_the_promise_sung_leads_its_item(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 67: the trophy handed on; 97: "BEST FILM: …" (keyed); 98: the song
    ids, digest = night.ids, night.digest
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    assert not any("Taseer won" in item.body for item in told), [item.body for item in told]
    sung = item_with(digest, ids[98])
    assert sung is not None and sung.body.startswith("When Kaghaz Ki Kashti won Best Film"), sung


async def test_the_sign_the_family_and_the_desk_preamble_read_as_written(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 22: the mother's sign; 50: the blackout (pinned)
    ids, digest = night.ids, night.digest
    sign = item_with(digest, ids[22])
    assert sign is not None and "“HIRA BATOOL — MERI BETI, MERA FAKHAR”" in sign.body, sign
    blackout = item_with(digest, ids[50])
    assert blackout is not None and "on record" not in blackout.body, blackout.body
    assert "The Dildar party" in blackout.body and "Sarmad Dildar party" not in blackout.body, blackout.body
