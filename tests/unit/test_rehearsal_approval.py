"""Rehearsing an approval show: `approve` and `reject` entries, checked with the script and played through the
same services as the bot, on a real SQLite file."""

from pathlib import Path

import pytest
from rich.console import Console

from bot.models import SightingStatus
from bot.rehearsal.runner import Rehearsal, play
from bot.rehearsal.script import ScriptError, parse
from db.database import Database

SCRIPT = """
show: {{name: "Desk Night", timezone: "UTC", approval: {approval}}}
roster:
  - {{name: "Juniper Hale", aliases: ["Juniper"]}}
  - {{name: "Idris Falk"}}
  - {{name: "Selene Achebe"}}
timeline:
  - at: "20:00"
    by: amy
    spot: {{what: "Juniper Hale handing out honey to photographers", who: "Juniper Hale", quote: "Sweet shots only"}}
  - {{at: "20:05", by: ben, spot: {{what: "Idris Falk asleep in the green room before his set", who: "Idris Falk"}}}}
  - {{at: "20:10", by: cho, spot: {{what: "Selene Achebe rehearsing her speech to a mirror", who: "Selene Achebe"}}}}
{extra}
"""


def script_text(extra: str, *, approval: bool = True) -> str:
    return SCRIPT.format(approval="true" if approval else "false", extra=extra)


async def rehearse(text: str, tmp_path: Path) -> Rehearsal:
    db = await Database.open(tmp_path / "night.db")
    try:
        return await play(parse(text), db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()


async def test_spots_wait_until_approved_and_rejected_ones_never_publish(tmp_path: Path):
    result = await rehearse(
        script_text(
            """  - {at: "20:20", approve: {id: 1}}
  - {at: "20:21", by: fay, reject: {id: 2, reason: "Private moment"}}"""
        ),
        tmp_path,
    )
    assert result.refused == []
    by_script_id = {n: next(s for s in result.timeline if s.id == stored) for n, stored in result.ids.items()}
    assert by_script_id[1].status is SightingStatus.LIVE
    assert by_script_id[2].status is SightingStatus.REJECTED
    assert by_script_id[3].status is SightingStatus.PENDING
    in_digest = {sid for item in result.digest.items for sid in item.sighting_ids}
    if result.digest.bonus:
        in_digest |= set(result.digest.bonus.sighting_ids)
    assert in_digest == {result.ids[1]}


async def test_reactions_need_an_approved_sighting(tmp_path: Path):
    result = await rehearse(
        script_text(
            """  - {at: "20:12", react: {id: 3, count: 5}}
  - {at: "20:20", approve: {id: 3}}
  - {at: "20:22", react: {id: 3, count: 5}}"""
        ),
        tmp_path,
    )
    assert len(result.refused) == 1 and "not in the feed" in result.refused[0]
    assert next(s for s in result.timeline if s.id == result.ids[3]).votes == 5


@pytest.mark.parametrize(
    ("extra", "approval", "message"),
    [
        ('  - {at: "20:20", approve: {id: 1}}', False, "timeline[3] (20:20): approve.id 1 is not pending: the show"),
        (
            '  - {at: "20:20", approve: {id: 1}}\n  - {at: "20:21", reject: {id: 1}}',
            True,
            "timeline[4] (20:21): reject.id 1 is not pending: it was approved at timeline[3] (20:20)",
        ),
        (
            '  - {at: "20:20", by: amy, retract: {id: 1}}\n  - {at: "20:21", approve: {id: 1}}',
            True,
            "timeline[4] (20:21): approve.id 1 is not pending: it was retracted at timeline[3] (20:20)",
        ),
        ('  - {at: "20:20", approve: {id: 9}}', True, "timeline[3] (20:20): approve.id 9 does not exist yet"),
        ('  - {at: "20:20", reject: {reason: "x"}}', True, "timeline[3] (at 20:20) › reject › id: Field required"),
    ],
)
def test_a_decision_on_a_sighting_that_is_not_pending_refuses_the_whole_script(extra, approval, message):
    with pytest.raises(ScriptError) as refused:
        parse(script_text(extra, approval=approval))
    assert "nothing was played" in str(refused.value) and message in str(refused.value), str(refused.value)


def test_a_spot_may_say_who_spoke_the_quote():
    script = parse(
        script_text(
            """  - {at: "20:30", by: amy, spot: {what: "Idris Falk, backstage", quote: "Lights!", quote_by: "Idris"}}"""
        )
    )
    assert script.timeline[-1].spot is not None and script.timeline[-1].spot.quote_by == "Idris"
