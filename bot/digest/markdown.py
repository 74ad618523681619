"""Markdown exports: the digest as an article (digest.md), and the editors' record of the night (timeline.md)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, tzinfo
from functools import lru_cache

from .models import Digest, DigestItem
from .photos import export_path
from .remembered import where_shown
from .textutil import inert
from .timeline import Part, Standing, TimelineRow

_SPECIAL = re.compile(r"([\\`*_\[\]<>~])")
_LINE_START = re.compile(r"(?m)^(\s*)([-+=#]|\d+(?=[.)]))")
# whitespace but a plain space (what str.split() splits on, but " "), spelled out as a class's ranges: a search
# through a listed class is about twice as fast as through `[^\S ]`, which looks up each character's category
_OTHER_SPACES = "\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_OTHER_SPACE = re.compile(f"[{_OTHER_SPACES}]")
# a character `_one_spaced` or `_md_inline` would change (besides two spaces, or one at either end): whitespace but
# a plain space, a character to escape, an "@" (and a masked link's "](" has a "]")
_TOUCHED = re.compile(f"[{_OTHER_SPACES}\\\\`*_\\[\\]<>~@]")


def md_escape(text: str) -> str:
    """User text shown literally by any CommonMark renderer (no emphasis, links, HTML or lists), and inert
    when pasted into Discord (no mention can ping)."""
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _md_inline(text))


def _md_inline(text: str) -> str:
    """`md_escape` for text in the middle of a line (no line start to guard)."""
    text = inert(text)
    if _SPECIAL.search(text):  # rare in what people type: looking is much cheaper than replacing
        text = _SPECIAL.sub(r"\\\1", text)
    return text


def _item(item: DigestItem, label: str) -> list[str]:
    lines = [f"## {label} {md_escape(item.headline)}", ""]
    if item.photo is not None:  # the file travels beside digest.md
        alt = f"Photo by {item.photo.credit}" if item.photo.credit else "Photo"
        lines += [f"![{_md_inline(alt)}]({export_path(item.photo)})", ""]
    for paragraph in item.body.split("\n\n"):
        lines += [md_escape(paragraph), ""]
    if item.credit:
        lines += [f"*{md_escape(item.credit)}*", ""]
    return lines


@lru_cache(maxsize=4096)
def _names(names: tuple[str, ...]) -> str:
    """A sighting's names as its timeline line lists them (many sightings share a list)."""
    return _md_inline(" ".join(", ".join(names).split()))


def _one_spaced(text: str) -> str:
    """`" ".join(text.split())`: words one space apart. Most lines already are, and looking is cheaper than
    splitting a line into its words and joining them again."""
    if "  " in text or text.startswith(" ") or text.endswith(" ") or _OTHER_SPACE.search(text):
        return " ".join(text.split())
    return text


def timeline_row(row: TimelineRow, tz: tzinfo) -> str:
    """One sighting as its line of timeline.md writes it (without the line's end)."""
    s = row.sighting
    local = s.created_at.astimezone(tz)
    text = f"{local.hour:02}:{local.minute:02} · {s.reporter.name}"
    if s.where:
        text += f" · {where_shown(s)}"  # ("last seen at Bar": a place remembered, not given)
    text += f" — {s.what}"
    if s.quote:
        text += f" “{s.quote}”"
    # one line that opens with the time ("21:40 · …"): nothing for md_escape's line-start guard to escape
    if _TOUCHED.search(text) or "  " in text or text.endswith(" "):  # it opens with the time, never a space
        text = _md_inline(_one_spaced(text))
    line = f"#{s.id} {text}"
    if s.names:  # the brackets escaped as md_escape would, without a search through them for each sighting
        line += f" \\[{_names(s.names)}\\]"
    if row.pulled:
        line = f"~~{line}~~"
    status = row.status + (f", in the digest as {row.item}" if row.item else "")
    notes = "".join(f"; {md_escape(note)}" for note in row.notes) if row.notes else ""
    return f"- {line} — **{status}**{notes}"


def standings(rows: Sequence[TimelineRow]) -> str:
    """ "40 live, 2 pinned, 1 retracted" in a fixed order."""
    counts = Counter(row.standing for row in rows)
    return ", ".join(f"{counts[where]} {where.value}" for where in Standing if counts[where])


def tz_label(tz: tzinfo) -> str:
    """ "America/New_York" for a zoneinfo zone, else its name ("UTC")."""
    return str(getattr(tz, "key", None) or tz.tzname(None) or "UTC")


def to_markdown(digest: Digest) -> str:
    """The digest as a Markdown article: only what the editors kept (no timeline, no bookkeeping)."""
    venue = f" — {md_escape(digest.venue)}" if digest.venue else ""
    lines = [f"# {md_escape(digest.title)}", "", f"**{md_escape(digest.show_name)}**{venue}", ""]
    lines += [f"*{md_escape(digest.intro)}*", ""]
    for item in digest.items:
        lines += _item(item, f"{item.rank}.")
    if digest.bonus is not None:
        lines += _item(digest.bonus, "Bonus:")
    return "\n".join(lines).rstrip() + "\n"


def timeline_markdown(rows: Sequence[TimelineRow], digest: Digest, tz: tzinfo = UTC, part: Part | None = None) -> str:
    """The editors' record: every sighting of the night in time order (times in `tz`), its status spelled out
    and the digest item that tells it; retracted and rejected ones struck through. With `part`, the rows are
    that part of the night, and the heading says so."""
    return "".join(timeline_markdown_pieces(rows, digest, tz, part))


def timeline_markdown_pieces(
    rows: Sequence[TimelineRow],
    digest: Digest,
    tz: tzinfo = UTC,
    part: Part | None = None,
    lines: Iterable[str] | None = None,
) -> Iterator[str]:
    """`timeline_markdown`, a line at a time (a big night's record is never one string); `lines`, when given,
    are the rows already written (`timeline_row`)."""
    venue = f" — {md_escape(digest.venue)}" if digest.venue else ""
    count = f"{part.heading(rows)}: " if part else f"{len(rows)} sightings: "
    head = [
        f"# The night, sighting by sighting ({tz_label(tz)})",
        "",
        f"**{md_escape(digest.show_name)}**{venue}",
        "",
        "*For the editors, not for publication: every sighting, with where it stands. The article is digest.md.*",
        "",
        f"{count}{standings(rows)}." if rows else "No sightings.",
    ]
    yield "\n".join(head) + "\n"
    if rows:
        yield "\n"
    for line in (timeline_row(row, tz) for row in rows) if lines is None else lines:
        yield line + "\n"
