"""Markdown export: the digest as an article, the night's timeline after it when given."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, tzinfo

from bot.models import Sighting, SightingStatus

from .json_export import in_time_order
from .models import Digest, DigestItem
from .textutil import inert

_SPECIAL = re.compile(r"([\\`*_\[\]<>~])")
_LINE_START = re.compile(r"(?m)^(\s*)([-+=#]|\d+(?=[.)]))")


def md_escape(text: str) -> str:
    """User text shown literally by any CommonMark renderer (no emphasis, links, HTML or lists), and inert
    when pasted into Discord (no mention can ping)."""
    text = _SPECIAL.sub(r"\\\1", inert(text))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _item(item: DigestItem, label: str) -> list[str]:
    lines = [f"## {label} {md_escape(item.headline)}", ""]
    for paragraph in item.body.split("\n\n"):
        lines += [md_escape(paragraph), ""]
    if item.credit:
        lines += [f"*{md_escape(item.credit)}*", ""]
    return lines


def _timeline_line(s: Sighting, tz: tzinfo) -> str:
    text = f"{s.created_at.astimezone(tz):%H:%M} · {s.reporter.name}"
    if s.where:
        text += f" · {s.where}"
    text += f" — {s.what}"
    if s.quote:
        text += f" “{s.quote}”"
    if s.names:
        text += f" [{', '.join(s.names)}]"
    line = f"#{s.id} " + md_escape(" ".join(text.split()))
    if s.status is not SightingStatus.LIVE:
        line = f"~~{line}~~ ({s.status.value})"
    return f"- {line}"


def tz_label(tz: tzinfo) -> str:
    """ "America/New_York" for a zoneinfo zone, else its name ("UTC")."""
    return str(getattr(tz, "key", None) or tz.tzname(None) or "UTC")


def to_markdown(digest: Digest, timeline: Iterable[Sighting] | None = None, tz: tzinfo = UTC) -> str:
    """The digest as Markdown; with `timeline`, every sighting of the night follows (times in `tz`)."""
    venue = f" — {md_escape(digest.venue)}" if digest.venue else ""
    lines = [f"# {md_escape(digest.title)}", "", f"**{md_escape(digest.show_name)}**{venue}", ""]
    lines += [f"*{md_escape(digest.intro)}*", ""]
    for item in digest.items:
        lines += _item(item, f"{item.rank}.")
    if digest.bonus is not None:
        lines += _item(digest.bonus, "Bonus:")
    if timeline is not None:
        lines += ["---", "", f"## The night, sighting by sighting ({tz_label(tz)})", ""]
        lines += [_timeline_line(s, tz) for s in in_time_order(timeline)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
