"""The `/roster import` file: `name,aliases` lines (aliases separated by `|`), read and checked against a roster
and each other by the rules of `/roster add`. No Discord and no database reads: `bot.worker.jobs` runs it in
a worker process, so that the bot's event loop never waits on it."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.errors import InvalidInput
from bot.tagging import Roster
from bot.text import clean, fold
from db.repositories.roster import Held, RosterRow

NAME_MAX = 100
ALIASES_MAX = 25


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # on the roster already as the file has them: not rewritten
    kept: list[str] = field(default_factory=list)  # names an editor added, changed or removed during the import
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    # (line, its name, label, who holds it): lines left out as one of their labels went to another name meanwhile
    left_out: list[tuple[int, str, str, str]] = field(default_factory=list)
    # (line, label, who holds it) on the roster the file was checked against: a refusal, unless an editor gave the
    # label to that name after the import started (the service decides: `RosterService.import_csv`)
    clashes: list[tuple[int, str, str]] = field(default_factory=list)


def check_name(name: str) -> str:
    name = clean(name)
    if not name or not fold(name):
        raise InvalidInput("A roster name cannot be empty.")
    if len(name) > NAME_MAX:
        raise InvalidInput(f"A roster name can be at most {NAME_MAX} characters.")
    if "\n" in name:
        raise InvalidInput("A roster name must fit on one line.")
    return name


def check_file(
    existing: Roster, text: str, held: Mapping[str, Held] | None = None
) -> tuple[ImportReport, list[RosterRow]]:
    """The file's lines checked against the roster and each other; the rows to store when none is refused, each
    with what the roster held under its key (`held`, as the roster was read: an editor's change since is kept).
    A line one of whose labels another name holds on the roster is in `clashes`, and its row among the rows."""
    held = held or {}
    report = ImportReport()
    rows: list[RosterRow] = []
    seen: dict[str, int] = {}  # folded label -> line that claimed it
    reader = csv.reader(io.StringIO(text))
    try:
        parsed = list(enumerate(reader, start=1))
    except csv.Error as exc:
        raise InvalidInput(
            f"Line {reader.line_num} of the file cannot be read ({exc}). Check for an unclosed quote."
        ) from None
    for lineno, row in parsed:
        if not row or all(not c.strip() for c in row):
            continue
        if lineno == 1 and fold(row[0]) == "name":
            continue
        if len(row) > 2:
            report.rejected.append((lineno, "more than two columns (use `|` between aliases)"))
            continue
        try:
            name = check_name(row[0])
            aliases = tuple(check_name(a) for a in (row[1].split("|") if len(row) > 1 else []) if clean(a))
        except InvalidInput as exc:
            report.rejected.append((lineno, exc.message))
            continue
        aliases = tuple(a for a in dict.fromkeys(aliases) if fold(a) != fold(name))
        problem = _import_clash(name, aliases, seen)
        if problem:
            report.rejected.append((lineno, problem))
            continue
        clash = next(((label, owner) for label in (name, *aliases) if (owner := _other(existing, label, name))), None)
        if clash:
            report.clashes.append((lineno, *clash))
        for label in (name, *aliases):
            seen[fold(label)] = lineno
        rows.append(RosterRow(fold(name), name, aliases, held.get(fold(name)), lineno))
    return report, rows


def _import_clash(name: str, aliases: tuple[str, ...], seen: dict[str, int]) -> str | None:
    """The same rules as /roster add, plus no label claimed twice within the file."""
    if len(aliases) > ALIASES_MAX:
        return f"more than {ALIASES_MAX} aliases"
    for label in (name, *aliases):
        if fold(label) in seen:
            return f"“{label}” is already on line {seen[fold(label)]}"
    return None


def _other(existing: Roster, label: str, name: str) -> str | None:
    """The roster name other than `name` that `label` means, if any."""
    owner = existing.lookup(label)
    return owner if owner is not None and fold(owner) != fold(name) else None
