"""An editor's change to a big roster updates the guild's matcher in a few list inserts (`Roster.changed`), and the
matcher it gives tags, looks up and completes exactly as one built from the whole roster afresh."""

from __future__ import annotations

import random

from bot.models import RosterEntry
from bot.tagging import Roster, complete_who
from bot.text import fold

FIRST = ["Ada", "Bram", "Cleo", "Dev", "Echo", "Fern", "Gus", "Hollis", "Ines", "Jo", "Kit", "Lou", "May", "Noor"]
LAST = ["Vale", "Quill", "Thorne", "Lane", "Okafor", "Strand", "Achterberg", "Castellane", "Delacroix", "Abernathy"]


def entry(n: int, name: str, aliases: tuple[str, ...] = ()) -> RosterEntry:
    return RosterEntry(id=n, guild_id=1, name=name, aliases=aliases)


def a_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}" + (f"-{rng.choice(LAST)}" if rng.random() < 0.2 else "")


def same(a: Roster, b: Roster) -> None:
    assert vars(a) == vars(b)
    for text in ("Ada Vale met May by the bar", "hollis thorne and Echo", "Kit Lane, then Cleo", "noor"):
        assert a.find_in(text) == b.find_in(text)
        assert a.complete(text[:3]) == b.complete(text[:3])
        assert complete_who(a, text[:4]) == complete_who(b, text[:4])
        assert a.resolve(text) == b.resolve(text)


def test_an_editors_changes_give_the_matcher_a_whole_build_gives() -> None:
    rng = random.Random(12)
    for _ in range(40):
        names: dict[str, RosterEntry] = {}
        n = 0
        while len(names) < 60:
            n += 1
            name = a_name(rng)
            names.setdefault(fold(name), entry(n, name, (rng.choice(FIRST) + str(n),) if rng.random() < 0.3 else ()))
        roster = Roster(names.values())
        updated = 0
        for _ in range(12):
            n += 1
            roll = rng.random()
            if roll < 0.35:  # a new name, perhaps with an alias another name has (a whole build decides)
                name = a_name(rng)
                shared = rng.choice([e.aliases[0] for e in names.values() if e.aliases] or ["Solo"])
                aliases = (shared,) if rng.random() < 0.2 else (rng.choice(FIRST) + str(n),)
                if fold(name) in names:
                    continue
                change: RosterEntry | None = entry(n, name, aliases)
            elif roll < 0.7:  # new aliases for a name: a one-word one, an everyday word, a comma
                current = rng.choice(list(names.values()))
                alias = rng.choice([f"Kid {n}", "Will", f"Tyler, The {n}", f"{current.name.split()[0]}{n}"])
                change = entry(current.id, current.name, (alias,))
            else:  # a name removed
                current = rng.choice(list(names.values()))
                change = None
            key = fold(change.name if change is not None else current.name)
            before = Roster(names.values())
            names.pop(key, None)
            if change is not None:
                names[key] = change
            afresh = Roster(names.values())
            if roster.change([key], [change] if change is not None else []):
                updated += 1
                same(roster, afresh)
            else:
                same(roster, before)  # untouched
                roster = afresh
        assert updated >= 6  # most changes are made without a whole build


def test_a_label_another_name_has_or_a_separator_leaves_it_to_a_whole_build() -> None:
    roster = Roster([entry(1, "Ada Vale", ("Shared",)), entry(2, "Bram Quill")])
    assert not roster.change([fold("Bram Quill")], [entry(2, "Bram Quill", ("Shared",))])
    assert not roster.change([fold("Cleo Lane")], [entry(3, "Cleo Lane", ("Tyler, The Creator",))])
    assert not roster.change([fold("Cleo Lane")], [entry(3, "Cleo Lane", ("ada vale",))])
    same(roster, Roster([entry(1, "Ada Vale", ("Shared",)), entry(2, "Bram Quill")]))
    assert roster.change([fold("Ada Vale")], [])
    assert roster.lookup("Shared") is None and roster.find_in("Ada Vale waved") == []
    same(roster, Roster([entry(2, "Bram Quill")]))
