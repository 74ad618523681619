"""All the digest's renderers in one import (they live in markdown.py, html.py, json_export.py, embeds.py).

The article (`to_*`) holds only what the editors kept; the timeline (`timeline_*`) is the editors' record."""

from __future__ import annotations

from .embeds import to_embeds, to_messages
from .html import timeline_html, to_html
from .json_export import timeline_json, to_json
from .markdown import timeline_markdown, to_markdown

__all__ = [
    "timeline_html",
    "timeline_json",
    "timeline_markdown",
    "to_embeds",
    "to_html",
    "to_json",
    "to_markdown",
    "to_messages",
]
