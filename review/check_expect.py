"""`python review/check_expect.py NIGHT.yaml` (from the project's root): play a night as tests/scenarios does and
count its `expect:` assertions held, listing each one that fails (the scenario test stops at the first)."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import yaml
from rich.console import Console

from bot.digest import DigestItem
from bot.rehearsal.runner import play
from bot.rehearsal.script import Script
from db.database import Database


async def check(path: Path, data: dict) -> tuple[int, list[str]]:
    expect = data.pop("expect")
    script = Script.model_validate(data, context={"base": str(path.parent)})
    with tempfile.TemporaryDirectory() as folder:
        db = await Database.open(Path(folder) / "night.db")
        try:
            result = await play(script, db, console=Console(quiet=True), quiet=True)
        finally:
            await db.close()
    digest, ids = result.digest, result.ids
    items = digest.items + ([digest.bonus] if digest.bonus else [])

    def home(n: int) -> DigestItem | None:
        return next((i for i in items if ids[n] in i.sighting_ids), None)

    shown = {s for i in items for s in i.sighting_ids}
    printed = " ".join(f"{i.headline} {i.body}" for i in items).casefold()
    checks: list[tuple[bool, str]] = []
    checks += [(ids[n] in shown, f"appear {n}") for n in expect.get("appear", [])]
    checks += [(ids[n] not in shown, f"absent {n}") for n in expect.get("absent", [])]
    for group in expect.get("together", []):
        homes = {id(home(n)) for n in group}
        checks.append((len(homes) == 1 and home(group[0]) is not None, f"together {group}"))
    for group in expect.get("apart", []):
        present = [h for h in (home(n) for n in group) if h is not None]
        checks.append((len({id(h) for h in present}) == len(present), f"apart {group}"))
    for lead, later in expect.get("joins_or_absent", []):
        h = home(later)
        checks.append((h is None or ids[lead] in h.sighting_ids, f"joins_or_absent {lead}, {later}"))
    checks += [(c.casefold() not in printed, f"never_printed {c!r}") for c in expect.get("never_printed", [])]
    for line in expect.get("quotes_printed", []):
        line = line.lstrip('“"')
        checks.append((f"“{line}".casefold() in printed, f"quotes_printed {line!r}"))
    if "first" in expect:
        checks.append((ids[expect["first"]] in digest.items[0].sighting_ids, f"first {expect['first']}"))
    if "items" in expect:
        checks.append((len(digest.items) == expect["items"], "items"))
    for person in expect.get("leads_once", []):
        checks.append((sum(1 for i in items if i.lead == person) <= 1, f"leads_once {person}"))
    for n, *people in expect.get("headline_names", []):
        h = home(n)
        checks.append((h is not None and all(p in h.headline for p in people), f"headline_names {n} {people}"))
    failed = [what for held, what in checks if not held] + ([f"refused {result.refused}"] if result.refused else [])
    return len(checks) - len(failed) + (1 if result.refused else 0), failed


if __name__ == "__main__":
    night = Path(sys.argv[1])
    held, failed = asyncio.run(check(night, yaml.safe_load(night.read_text(encoding="utf-8"))))
    print(f"{night.stem}: {held}/{held + len(failed)} held")
    for what in failed:
        print("  FAIL", what)
