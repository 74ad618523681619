"""Standalone HTML: the digest as a readable, printable article (digest.html), and the editors' record of the
night as a table (timeline.html). Both extend templates/base.html.j2.

Rendered with jinja2 with autoescaping on, so user text (`<script>`, `&`, quotes) is shown, never run, and
mentions are inert.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, tzinfo
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .markdown import standings, tz_label
from .models import Digest
from .textutil import inert
from .timeline import Part, TimelineRow

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


def timeline_html(rows: Sequence[TimelineRow], digest: Digest, tz: tzinfo = UTC, part: Part | None = None) -> str:
    """The editors' record: every sighting in time order (times in `tz`), its status spelled out, the digest
    item that tells it; retracted and rejected rows struck through. With `part`, the rows are that part of the
    night, and the heading says so."""
    return "".join(timeline_html_pieces(rows, digest, tz, part))


def timeline_html_pieces(
    rows: Sequence[TimelineRow], digest: Digest, tz: tzinfo = UTC, part: Part | None = None
) -> Iterator[str]:
    """`timeline_html`, in the pieces the template yields (a big night's record is never one string)."""
    template = _environment().get_template("timeline.html.j2")
    heading = part.heading(rows) if part else None
    return template.generate(
        digest=digest, rows=rows, tz=tz, tz_label=tz_label(tz), summary=standings(rows), part=heading
    )
