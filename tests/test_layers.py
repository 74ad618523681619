"""The layers of ARCHITECTURE.md, checked on the imports every module states (read with `ast`: nothing is
imported, so a module that would import fine but break a layer is still caught; imports inside functions and
under TYPE_CHECKING count too).

"Imports" is a module's own import statements; "reaches" also follows the project's modules it imports (and
their packages' `__init__`), so a layer cannot be broken through a neighbour.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "cogs", "db", "bench", "backstage_testing", "tests")
# The bottom layer, beneath both bot/ (services, feed, digest, …) and db/: the domain models they exchange, and
# the text rules both apply (bot.text.fold is the roster's key: the services key names with it, and migrations
# that re-key the roster call it as SQL `backstage_fold`).
BOTTOM = frozenset({"bot.models", "bot.text"})
# bot/ modules with no Discord and no storage in them: the digest, the roster matcher, the duplicate check
PLAIN = ("bot.digest", "bot.tagging", "bot.duplicates")


def within(*packages: str) -> Callable[[str], bool]:
    return lambda module: any(module == p or module.startswith(p + ".") for p in packages)


@dataclass(frozen=True)
class Rule:
    id: str
    says: str
    sources: Callable[[str], bool]
    forbidden: Callable[[str], bool]
    transitive: bool  # "reaches" (True) or "imports" (False)


RULES = [
    Rule(
        "cogs-never-import-db",
        "cogs/ (Discord glue) must not import db/: it calls bot.services, which own the repositories",
        within("cogs"),
        within("db"),
        transitive=False,
    ),
    Rule(
        "db-reaches-no-discord-cogs-or-bot-beyond-the-bottom",
        f"db/ must not reach discord, cogs/, or any bot module but the bottom layer ({', '.join(sorted(BOTTOM))})",
        within("db"),
        lambda m: within("discord", "cogs")(m) or (m.startswith("bot.") and m not in BOTTOM),
        transitive=True,
    ),
    Rule(
        "bottom-imports-nothing-of-the-project",
        f"the bottom layer ({', '.join(sorted(BOTTOM))}) must import nothing else of the project, nor discord",
        lambda m: m in BOTTOM,
        lambda m: (
            within("discord", "cogs", "db", "bench", "tests", "backstage_testing")(m)
            or (m.startswith("bot.") and m not in BOTTOM)
        ),
        transitive=False,
    ),
    Rule(
        "plain-python-reaches-neither-discord-nor-db",
        f"{', '.join(PLAIN)} are plain Python: they must not reach discord or db/",
        within(*PLAIN),
        within("discord", "db"),
        transitive=True,
    ),
    Rule(
        "bot-never-reaches-cogs",
        "calls only go down: bot/ must not reach cogs/ (the client loads the cogs by name)",
        within("bot"),
        within("cogs"),
        transitive=True,
    ),
    Rule(
        "web-reaches-no-discord-nor-the-bot",
        "bot/web (the read-only web server) must not reach discord, cogs/, nor the bot's runtime (bot.client, "
        "bot.services, bot.feed, bot.cli, bot.rehearsal): it runs beside the bot or in a process of its own",
        within("bot.web"),
        within("discord", "cogs", "bot.client", "bot.services", "bot.feed", "bot.cli", "bot.rehearsal"),
        transitive=True,
    ),
    Rule(
        "worker-reaches-no-discord-nor-the-bot",
        "bot/worker (heavy jobs in a process of their own) must not reach discord, cogs/, nor the bot's runtime: "
        "its fork server imports what its jobs need, and only that, once",
        within("bot.worker"),
        within("discord", "cogs", "bot.client", "bot.services", "bot.feed", "bot.cli", "bot.rehearsal", "bot.web"),
        transitive=True,
    ),
    Rule(
        "web-reads-only-through-repositories",
        "bot/web must not touch SQLite itself (sqlite3, aiosqlite): it reads through db/repositories",
        within("bot.web"),
        within("sqlite3", "aiosqlite"),
        transitive=False,
    ),
    Rule(
        "bench-and-test-kit-never-reach-tests",
        "bench/ and backstage_testing/ must not reach tests/ (the shared test kit is backstage_testing)",
        within("bench", "backstage_testing"),
        within("tests"),
        transitive=True,
    ),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def import_graph() -> dict[str, frozenset[str]]:
    """Every project module → the modules it imports (project modules by their full name, others as named)."""
    files = {module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}
    graph: dict[str, frozenset[str]] = {}
    for name, path in files.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: from the module's package, one level up per extra dot
                    base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                for alias in node.names:  # `from pkg import module` imports that module
                    found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base)
        graph[name] = frozenset(found)
    return graph


def with_packages(module: str, graph: dict[str, frozenset[str]]) -> list[str]:
    """Importing a.b.c runs a/__init__ and a/b/__init__ first."""
    parts = module.split(".")
    return [p for p in (".".join(parts[:i]) for i in range(1, len(parts))) if p in graph] + [module]


def breaches(rule: Rule) -> list[str]:
    """The imports that break the rule, each as the shortest chain from one of the rule's source modules:
    `source → forbidden` (an import to remove), or `source → module → … → forbidden` (a module the source
    imports, outside the rule's sources, leads there; shown once per such module)."""
    graph = import_graph()
    sources = sorted(m for m in graph if rule.sources(m))
    assert sources, f"no module matches the sources of rule {rule.id}: the walk found nothing to check"
    found: dict[tuple[str, ...], str] = {}
    for source in sources:
        via: dict[str, str] = {}
        queue = [source]
        while queue:  # breadth first: the first way found to a module is a shortest one
            module = queue.pop(0)
            for imported in sorted(graph.get(module, ())):
                if imported in via or imported == source:
                    continue
                via[imported] = module
                if rule.forbidden(imported):
                    chain = [imported]
                    while chain[-1] != source:
                        chain.append(via[chain[-1]])
                    chain.reverse()
                    if len(chain) == 2:
                        found[(source, imported)] = " → ".join(chain)
                    elif not any(rule.sources(m) for m in chain[1:-1]):  # else that source reports it
                        found.setdefault((chain[1],), " → ".join(chain))
                elif rule.transitive and imported in graph:
                    # importing a.b.c runs a/__init__ and a/b/__init__ too
                    for step in with_packages(imported, graph):
                        if step == imported or step not in via:
                            via.setdefault(step, module)
                            queue.append(step)
    return sorted(found.values())


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_layer_rule_holds(rule: Rule):
    broken = breaches(rule)
    assert not broken, f"{rule.says}; these imports break it:\n  " + "\n  ".join(broken)


def test_the_walk_sees_the_imports_the_layers_are_made_of():
    """The rules above pass on an empty graph; this shows the walk finds real imports, relative ones too."""
    graph = import_graph()
    assert {"discord", "bot.client", "cogs._common"} <= graph["cogs.roster"]
    assert "db.database" in graph["db.repositories.roster"]
    assert "bot.digest.textutil" in graph["bot.digest.night"]  # `from .textutil import fold`
    assert "backstage_testing.fakediscord" in graph["bench.harness"]
    assert {"db.repositories.web", "bot.web.timeline"} <= graph["bot.web.live"]
    # and "reaches" follows chains: the cogs reach db/ through the services, as designed
    cogs_reach_db = Rule("probe", "", within("cogs"), within("db"), transitive=True)
    assert any(chain.startswith("cogs.") and " → bot.services" in chain for chain in breaches(cogs_reach_db))
