"""Round 37's held-out night (`review/nights/kinshasa_night.yaml`, written by a helper that never read the compiler),
played through the real services (`backstage rehearse`'s runner) on a real SQLite file. The blind review of the
digest at the round's start found the roster's "Nkulu, Odette" printed as filed, "Presenting Best Actress was in a TV
Drama", a gate note's shorthand told in the past perfect ("Moto-taxi had been up the boulevard … Box had strapped on
the back"), and the courtyard's shout « Tika ye! » given to the bandleader ("“Tika ye!” Kabeya said"). Ids are the
script's own (1, 2, 3 … in the order of its `spot` entries)."""

from pathlib import Path

import pytest

from .review_nights import REVIEW, item_with, played

NIGHT = REVIEW / "nights" / "kinshasa_night.yaml"
pytestmark = pytest.mark.slow


async def test_names_in_reading_order_no_shorthand_setup_and_the_crowds_shout_is_nobodys_line(tmp_path: Path):
    night = await played(NIGHT, tmp_path)  # 104: the moto-taxi trophy; 88: the name mix-up; 110: the little sapeur
    ids, digest = night.ids, night.digest
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    printed = " ".join(f"{item.headline} {item.body}" for item in told)
    assert "Nkulu, Odette" not in printed and "Odette Nkulu" in printed, printed
    assert "Actress was in" not in printed, printed
    trophy = item_with(digest, ids[104])
    assert trophy is not None and "Moto-taxi had been" not in trophy.body and "Box " not in trophy.body, trophy.body
    sapeur = item_with(digest, ids[110])
    assert sapeur is not None and "“Tika ye!” Kabeya said" not in sapeur.body, sapeur.body


async def test_round_38_the_carpet_promise_whole_the_scene_before_its_aside_and_one_tense(tmp_path: Path):
    """Round 37's final review: the carpet promise cut to "He said that if he won …" right after Lusamba's line, the
    porter's guitar cut to half a sentence between two sentences of the little sapeur's scene, and the label duel told
    half in the present ("answers … wait … It ends")."""
    night = await played(NIGHT, tmp_path)  # 94: the trophy held out; 24: the carpet promise; 110: the sapeur
    ids, digest = night.ids, night.digest
    kneel = item_with(digest, ids[94])
    assert kneel is not None and "his hit built on a sample of" in kneel.body, kneel.body
    assert "pushed the trophy gently back to him" in kneel.body, kneel.body  # (the gesture before his line)
    sapeur = item_with(digest, ids[110])
    assert sapeur is not None, "the little sapeur is told"
    body = sapeur.body
    assert body.index("Colonel Bofenda was on his feet") < body.find("Earlier") or "Earlier" not in body, body
    assert "“She has not left this counter since 1979" in body or "guitar" not in body, body  # (whole, or not at all)
    duel = item_with(digest, ids[5])
    assert duel is None or ("answers by" not in duel.body and "It ends" not in duel.body), duel and duel.body
