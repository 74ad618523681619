"""Printing rows as rich tables and writing `bench/results.json`."""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench.common import Row

RESULTS = Path(__file__).resolve().parent / "results.json"


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    magnitude = abs(value)
    text = f"{value:,.0f}" if magnitude >= 1000 else f"{value:.3g}" if magnitude < 10 else f"{value:.1f}"
    return f"{text} {unit}".rstrip() if unit else text


def _met(met: bool | None) -> str:
    return "—" if met is None else "[green]yes[/green]" if met else "[bold red]NO[/bold red]"


def table(title: str, rows: Sequence[Row]) -> Table:
    """One benchmark's rows: figure, value, baseline, ratio, target, met?."""
    out = Table(title=title, title_justify="left", show_lines=False)
    for name, justify in (("figure", "left"), ("value", "right"), ("baseline", "right"), ("ratio", "right")):
        out.add_column(name, justify=justify)  # type: ignore[arg-type]
    out.add_column("target")
    out.add_column("met?", justify="center")
    out.add_column("runs", justify="right", style="dim")
    for r in rows:
        runs = r["runs"]
        count = len(runs) if isinstance(runs, list) else runs
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        out.add_row(
            r["figure"],
            _number(r["value"], r["unit"]),
            _number(r["baseline"], r["unit"]),
            ratio,
            r["target"],
            _met(r["met"]),
            str(count),
        )
    return out


def print_rows(console: Console, title: str, rows: Sequence[Row]) -> None:
    """The table, then each row's note (what the baseline is, caveats)."""
    console.print(table(title, rows))
    for r in rows:
        if r["note"]:
            console.print(f"  [dim]{r['figure']}: {r['note']}[/dim]")
    console.print()


def header(argv: Sequence[str]) -> dict[str, Any]:
    """Where and when the numbers were measured, and the command that measured them."""
    return {
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "python": sys.version.split()[0],
            "implementation": platform.python_implementation(),
        },
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m bench", *argv]),
    }


def write_results(rows: Sequence[Row], argv: Sequence[str], path: Path = RESULTS) -> Path:
    """`{"header": {machine, date, command}, "rows": [...]}`, written atomically."""
    document = {"header": header(argv), "rows": list(rows)}
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path
