"""All the digest's renderers in one import (they live in markdown.py, html.py, json_export.py, embeds.py)."""

from __future__ import annotations

from .embeds import to_embeds, to_messages
from .html import to_html
from .json_export import timeline_json, to_json
from .markdown import to_markdown

__all__ = ["timeline_json", "to_embeds", "to_html", "to_json", "to_markdown", "to_messages"]
