"""Standalone HTML: the digest as a readable, printable article (digest.html), and the editors' record of the
night as a table (timeline.html). Both extend templates/base.html.j2.

Rendered with jinja2 with autoescaping on, so user text (`<script>`, `&`, quotes) is shown, never run, and
mentions are inert.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .markdown import standings, tz_label
from .models import Digest
from .textutil import inert
from .timeline import TimelineRow

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


def to_html(digest: Digest, tz: tzinfo = UTC) -> str:
    """The article: a complete HTML document (inline CSS, print styles) with only what the editors kept."""
    return _environment().get_template("digest.html.j2").render(digest=digest, tz=tz)


def timeline_html(rows: list[TimelineRow], digest: Digest, tz: tzinfo = UTC) -> str:
    """The editors' record: every sighting in time order (times in `tz`), its status spelled out, the digest
    item that tells it; retracted and rejected rows struck through."""
    template = _environment().get_template("timeline.html.j2")
    return template.render(digest=digest, rows=rows, tz=tz, tz_label=tz_label(tz), summary=standings(rows))
