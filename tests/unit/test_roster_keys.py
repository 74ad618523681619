"""Roster keys follow the folding: a roster written before folding wrote out ø ł æ … (schema version 2) is
re-keyed on upgrade, so its names are found, updated and removed by any spelling, and two entries that are now
the same name become one without losing an alias."""

import json
import sqlite3
from importlib import resources
from pathlib import Path

from bot.tagging import Roster
from bot.text import fold
from db.database import Database
from db.repositories import RosterRepository
from db.repositories.roster import RosterRow


def version_2_database(path: Path, rows: list[tuple[int, int, str, str, list[str]]]) -> None:
    folder = resources.files("db.migrations")
    conn = sqlite3.connect(path)
    for name in ("V1__initial.sql", "V2__newsroom.sql"):
        conn.executescript(folder.joinpath(name).read_text(encoding="utf-8"))
    conn.execute("PRAGMA user_version = 2")
    conn.executemany(
        "INSERT INTO roster(id, guild_id, name, key, aliases) VALUES (?, ?, ?, ?, ?)",
        [(i, g, name, key, json.dumps(aliases, ensure_ascii=False)) for i, g, name, key, aliases in rows],
    )
    conn.commit()
    conn.close()


async def test_an_old_roster_is_rekeyed_and_names_that_now_fold_alike_merge(tmp_path: Path):
    path = tmp_path / "old.db"
    # the keys version 2 wrote: ø and ł kept, Hangul decomposed into its letters
    version_2_database(
        path,
        [
            (1, 1, "Søren Kierkegaard", "søren kierkegaard", ["SK"]),
            (2, 1, "Soren Kierkegaard", "soren kierkegaard", ["Kierkegaard", "SK"]),
            (3, 1, "Łukasz", "łukasz", []),
            (4, 1, "김연아", "\u1100\u1175\u11b7\u110b\u1167\u11ab\u110b\u1161", []),
            (5, 2, "Søren Kierkegaard", "søren kierkegaard", []),  # another server keeps its own
        ],
    )
    db = await Database.open(path)
    try:
        repo = RosterRepository(db)
        entries = await repo.all(1)
        assert [e.name for e in entries] == ["Łukasz", "Søren Kierkegaard", "김연아"]
        soren = await repo.get(1, fold("Soren Kierkegaard"))  # the services key names with fold
        assert soren is not None and soren.id == 1 and sorted(soren.aliases) == ["Kierkegaard", "SK"]
        assert Roster(entries).resolve("Lukasz, kierkegaard, 김연아").people == (
            "Łukasz",
            "Søren Kierkegaard",
            "김연아",
        )
        assert await repo.upsert_many(1, [RosterRow(fold("Lukasz"), "Lukasz", ())]) == [False]  # not a second Łukasz
        assert await repo.remove(1, fold("soren kierkegaard"))
        assert [e.name for e in await repo.all(1)] == ["Lukasz", "김연아"]
        assert [e.name for e in await repo.all(2)] == ["Søren Kierkegaard"]
    finally:
        await db.close()
