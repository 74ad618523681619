"""Playing a review night (a script written by a helper who never read the compiler) through the real services
(`backstage rehearse`'s runner) on a real SQLite file, for the tests that check what its digest tells."""

from pathlib import Path

import yaml
from rich.console import Console

from bot.digest import Digest, DigestItem
from bot.rehearsal.runner import Rehearsal, play
from bot.rehearsal.script import Script
from db.database import Database

REVIEW = Path(__file__).parents[2] / "review"


async def played(path: Path, tmp_path: Path) -> Rehearsal:
    """The night of the script at `path` (its `expect:` block aside), played into `tmp_path`'s database."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("expect", None)
    script = Script.model_validate(data, context={"base": str(path.parent)})
    db = await Database.open(tmp_path / "night.db")
    try:
        return await play(script, db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()


def item_with(digest: Digest, stored: int) -> DigestItem | None:
    """The item (or the bonus) that tells the sighting stored as `stored`, if any."""
    told = [*digest.items, *([digest.bonus] if digest.bonus else [])]
    return next((i for i in told if stored in i.sighting_ids), None)
