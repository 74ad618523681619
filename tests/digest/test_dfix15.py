"""dfix15: what a breaker found through `backstage rehearse` (names, exports, hygiene, copy)."""

import re
from pathlib import Path

import yaml
from rich.console import Console

from bot.digest import Digest, DigestItem
from bot.rehearsal.runner import Rehearsal, play, write_outputs
from bot.rehearsal.script import Script
from db.database import Database


async def _play(text: str, tmp_path: Path) -> Rehearsal:
    script = Script.model_validate(yaml.safe_load(text))
    db = await Database.open(tmp_path / "night.db")
    try:
        return await play(script, db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()


def _items(digest: Digest) -> list[DigestItem]:
    return digest.items + ([digest.bonus] if digest.bonus else [])


def _printed(digest: Digest) -> str:
    return " ".join(f"{item.headline} {item.body}" for item in _items(digest))


# a live mention: "@everyone"/"@here" or "<@123>"/"<@&7>" with no zero-width space after the "@"
_LIVE = re.compile(r"@(everyone|here)|<@[!&]?\d+>|&lt;@(!|&amp;)?\d+&gt;")

_PINGING_SHOW = """
show: {name: "@everyone Lantern Prize <@&77>", venue: "Harbour Rooms @here", timezone: "Europe/Lisbon",
       approval: false}
roster:
  - {name: "Wendell Oyelaran", aliases: ["Wendell"]}
timeline:
  - {at: "19:10", by: "pia", spot: {what: "Wendell Oyelaran juggled three champagne flutes by the cloakroom and caught them all.",
      who: "Wendell Oyelaran", where: "Cloakroom"}}
  - {at: "19:20", react: {id: 1, emoji: "🔥", count: 14}}
"""


async def test_every_export_is_inert_show_name_and_venue_too(tmp_path: Path):
    result = await _play(_PINGING_SHOW, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    written = write_outputs(result, out)
    names = {f.name for f in written}
    assert {"digest.html", "timeline.html", "digest.md", "timeline.md", "digest.json", "timeline.json"} <= names
    for name in sorted(names):
        path = out / name
        if path.suffix not in (".md", ".html", ".json"):
            continue
        text = path.read_text(encoding="utf-8").replace("\\u200b", "\u200b")
        live = [m.group(0) for m in _LIVE.finditer(text)]
        assert live == [], f"{name} pings: {live}"
