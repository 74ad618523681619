"""Scenario nights whose right digest is known, played through the real services (`backstage rehearse`'s
runner) on a real SQLite file, then compiled as of the end of the night."""

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.console import Console

from bot.digest import Digest, DigestItem
from bot.digest.headline_check import sentence_problem
from bot.digest.textutil import first_name, short_name
from bot.rehearsal.runner import Rehearsal, play
from bot.rehearsal.script import Script
from db.database import Database

HERE = Path(__file__).parent
SCENARIOS = sorted(HERE.glob("*.yaml"))


async def run(path: Path, tmp_path: Path) -> tuple[Rehearsal, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    expect = data.pop("expect")
    script = Script.model_validate(data)
    db = await Database.open(tmp_path / "night.db")
    try:
        result = await play(script, db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()
    return result, expect


def items_of(digest: Digest) -> list[DigestItem]:
    return digest.items + ([digest.bonus] if digest.bonus else [])


def item_with(digest: Digest, stored_id: int) -> DigestItem | None:
    return next((i for i in items_of(digest) if stored_id in i.sighting_ids), None)


def test_there_are_scenarios():
    assert len(SCENARIOS) >= 5


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
async def test_scenario(path: Path, tmp_path: Path):
    result, expect = await run(path, tmp_path)
    assert result.refused == [], result.refused
    digest = result.digest
    ids = result.ids  # script id -> stored id
    shown = {sid for item in items_of(digest) for sid in item.sighting_ids}

    for n in expect.get("appear", []):
        assert ids[n] in shown, f"sighting {n} should appear"
    for n in expect.get("absent", []):
        assert ids[n] not in shown, f"sighting {n} must not appear"
    for group in expect.get("together", []):
        homes = {id(item_with(digest, ids[n])) for n in group}
        assert len(homes) == 1 and item_with(digest, ids[group[0]]) is not None, f"{group} should be one item"
    for group in expect.get("apart", []):
        homes = [item_with(digest, ids[n]) for n in group]
        present = [h for h in homes if h is not None]
        assert len({id(h) for h in present}) == len(present), f"{group} should be in different items"
    for lead, later in expect.get("joins_or_absent", []):
        home = item_with(digest, ids[later])
        assert home is None or ids[lead] in home.sighting_ids, (
            f"{later} continues {lead}'s thread: joins it or is left out"
        )
    printed = " ".join(f"{item.headline} {item.body}" for item in items_of(digest)).casefold()
    for chatter in expect.get("never_printed", []):
        assert chatter.casefold() not in printed, f"{chatter!r} is printed"
    for detail in expect.get("printed", []):
        assert detail.casefold() in printed, f"{detail!r} is not told"
    for line in expect.get("quotes_printed", []):
        assert f"“{line}".casefold() in printed, f"the line {line!r} is not told"
    for n, reason in expect.get("left_out", []):  # what the editor's preview says was not printed, and why
        named = [x.reason for x in digest.left_out if ids[n] in x.sighting_ids]
        assert reason in named, f"the preview should name {n} as {reason!r}, not {named}"
    if "first" in expect:
        assert ids[expect["first"]] in digest.items[0].sighting_ids
    if "headline_of_first" in expect:
        assert digest.items[0].headline == expect["headline_of_first"]
    if "items" in expect:
        assert len(digest.items) == expect["items"]
    for person in expect.get("leads_once", []):
        assert sum(1 for item in items_of(digest) if item.lead == person) <= 1, f"{person} leads twice"
    for n, *people in expect.get("headline_names", []):
        home = item_with(digest, ids[n])
        assert home is not None, f"sighting {n} should appear"
        for person in people:  # (a second person in full, or by the surname where the full name does not fit, a child
            # by the given name: "… With Drummer Boy Joss")
            again = (short_name(person), first_name(person))
            named = person in home.headline or any(re.search(rf"\b{re.escape(n)}\b", home.headline) for n in again)
            assert named, f"{home.headline!r} should name {person}"
    for phrase in expect.get("headlines_never", []):  # what no headline may say (case as written)
        assert not any(phrase in item.headline for item in items_of(digest)), f"a headline says {phrase!r}"
    for phrase in expect.get("headlines_have", []):  # what some headline says (case as written)
        assert any(phrase in item.headline for item in items_of(digest)), f"no headline says {phrase!r}"
    if expect.get("headlines_read"):
        own = _given_headlines(path)  # an editor's or a reporter's own headline is theirs
        names = [entry["name"] for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get("roster", [])]
        for item in items_of(digest):
            if item.headline not in own:
                assert sentence_problem(item.headline, names) is None, item.headline


def _given_headlines(path: Path) -> set[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    given = set()
    for entry in data.get("timeline", []):
        for action in ("spot", "edit", "pin"):
            headline = (entry.get(action) or {}).get("headline")
            if headline:
                given.add(" ".join(headline.split()))
    return given
