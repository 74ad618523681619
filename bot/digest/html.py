"""Standalone HTML: the digest as a readable, printable article; the night's timeline after it.

Rendered with jinja2 with autoescaping on, so user text (`<script>`, `&`, quotes) is shown, never run, and
mentions are inert.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, tzinfo
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.models import Sighting

from .json_export import in_time_order
from .markdown import tz_label
from .models import Digest
from .textutil import inert

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["inert"] = inert  # pasted into Discord, no mention in the page can ping
    return environment


def to_html(digest: Digest, timeline: Iterable[Sighting] | None = None, tz: tzinfo = UTC) -> str:
    """A complete HTML document (inline CSS, print styles); with `timeline`, a second section lists
    every given sighting in time order (times in `tz`), pulled ones struck through."""
    template = _environment().get_template("digest.html.j2")
    rows = in_time_order(timeline) if timeline is not None else None
    return template.render(digest=digest, timeline=rows, tz=tz, tz_label=tz_label(tz))
