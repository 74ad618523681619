"""Standalone HTML: the digest as a readable, printable article (digest.html), and the editors' record of the
night as a table (timeline.html). Both extend templates/base.html.j2.

Rendered with jinja2 with autoescaping on, so user text (`<script>`, `&`, quotes) is shown, never run, and
mentions are inert.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, tzinfo
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .markdown import standings, tz_label
from .models import Digest
from .photos import data_uri
from .remembered import where_shown
from .textutil import inert
from .timeline import PULLED, Part, Standing, TimelineRow

TEMPLATES = Path(__file__).parent / "templates"


def _finalize(value: object) -> object:
    """What every `{{ … }}` prints, before the escape: a plain string is inert (the show's name, its venue, the
    title, a caption: no field a template names can ping, even one it forgets to filter); Markup (the bot's own
    HTML, a photo's address) is left as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return inert(value)
    return value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    environment.filters["inert"] = inert  # pasted into Discord, no mention in the page can ping
    return environment


def to_html(
    digest: Digest,
    tz: tzinfo = UTC,
    photos: Mapping[int, bytes] | None = None,
    *,
    addresses: Mapping[int, str] | None = None,
) -> str:
    """The article: a complete HTML document (inline CSS, print styles) with only what the editors kept. An
    item's photo is inline (a data: URI, so the page stands alone) when `photos` (bytes by sighting id) has it,
    else at its address in `addresses` (by sighting id: a page on the web)."""
    photos, addresses = photos or {}, addresses or {}
    sources: dict[int, Markup] = {}
    for item in (*digest.items, digest.bonus):
        if item is None or item.photo is None:
            continue
        sid = item.photo.sighting_id
        if sid in photos:
            sources[sid] = Markup(escape(data_uri(item.photo, photos[sid])))
        elif sid in addresses:
            sources[sid] = Markup(escape(addresses[sid]))  # an address as it is: an "@" in it is no mention
    return _environment().get_template("digest.html.j2").render(digest=digest, tz=tz, sources=sources)


def timeline_html(rows: Sequence[TimelineRow], digest: Digest, tz: tzinfo = UTC, part: Part | None = None) -> str:
    """The editors' record: every sighting in time order (times in `tz`), its status spelled out, the digest
    item that tells it; retracted and rejected rows struck through. With `part`, the rows are that part of the
    night, and the heading says so."""
    return "".join(timeline_html_pieces(rows, digest, tz, part))


def timeline_html_pieces(
    rows: Sequence[TimelineRow],
    digest: Digest,
    tz: tzinfo = UTC,
    part: Part | None = None,
    lines: Iterable[str] | None = None,
) -> Iterator[str]:
    """`timeline_html`, in pieces (a big night's record is never one string); `lines`, when given, are the rows
    already written (`timeline_row`). The template renders the page once, with two marks in the table's place;
    the rows go where the marks were, each followed by what the template writes between two rows (jinja's
    loop would cost a night of 100,000 rows a fifth of a second more)."""
    template = _environment().get_template("timeline.html.j2")
    heading = part.heading(rows) if part else None
    page = template.render(
        digest=digest,
        rows=rows,
        table=_MARKS if rows else (),
        tz=tz,
        tz_label=tz_label(tz),
        summary=standings(rows),
        part=heading,
    )
    if not rows:
        yield page
        return
    head, rest = page.rsplit(_MARKS[0], 1)  # the last: the table comes after every user text of the page
    between, tail = rest.split(_MARKS[1], 1)
    yield head
    table = (timeline_row(row, tz) for row in rows) if lines is None else lines
    for index, line in enumerate(table):
        if index:
            yield between
        yield line
    yield tail


# where the rows go in the rendered page (its only user text, the show's name and venue, comes before the table)
_MARKS = (Markup("\x00first row\x00"), Markup("\x00second row\x00"))
_SPECIAL = re.compile("[&<>'\"]")


def _escaped(value: str) -> str:
    """`value` as markupsafe escapes it (a look first: most text has nothing to escape, and a night has
    hundreds of thousands of cells)."""
    return str(escape(value)) if _SPECIAL.search(value) else value


def _text(value: str) -> str:
    """User text in the page: inert, then escaped (what `{{ value | inert }}` does in a template). Most text has
    nothing either would change: one search says so."""
    return _escaped(inert(value)) if _TOUCHED.search(value) else value


# a character `inert` or the escape would change: an "@", a masked link's "](" (its "]"), one of _SPECIAL's
_TOUCHED = re.compile("[@\\]&<>'\"]")


@lru_cache(maxsize=4096)
def _cell(value: str) -> str:
    """`_text` of a value many rows share (a reporter, a place, a list of names), worked out once."""
    return _text(value)


# a row's classes by its standing: the standing, "pulled" (struck through), "out" (not published)
_CLASSES = {
    where: where.value + (" pulled" if where in PULLED else "") + ("" if where.publishable else " out")
    for where in Standing
}


def timeline_row(row: TimelineRow, tz: tzinfo) -> str:
    """One sighting as a table row, its HTML as it is. Written here rather than in the template: a night has
    100,000 of them, and jinja's per-row lookups would be most of the export's time. Every user field goes
    through `_text`."""
    s = row.sighting
    classes = _CLASSES[row.standing]
    local = s.created_at.astimezone(tz)
    when = f'<time datetime="{s.created_at.isoformat()}">{local.hour:02}:{local.minute:02}</time>'
    what = _text(s.what)
    if s.quote:
        what += f' <span class="quote">“{_text(s.quote)}”</span>'
    if row.notes:
        what += f'<span class="notes">{_text("; ".join(row.notes))}</span>'
    return (
        f'    <tr class="{classes}">\n'
        f'      <td class="id">{s.id}</td>\n'
        f'      <td class="time">{when}</td>\n'
        f"      <td>{_cell(s.reporter.name)}</td>\n"
        f"      <td>{_cell(where_shown(s))}</td>\n"
        f"      <td>{_cell(', '.join(s.names))}</td>\n"
        f"      <td>{what}</td>\n"
        f'      <td class="status">{_escaped(row.status)}</td>\n'
        f"      <td>{_escaped(row.item or '')}</td>\n"
        "    </tr>"
    )
