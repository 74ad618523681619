""" "Five things you didn't see": the digest compiler and its renderers.

Plain Python over `bot.models`: no Discord, no database, no network. The algorithm is described in
`bot.digest.stories`; `compile_digest` is the entry point, the renderers turn a `Digest` into Discord
embeds and messages, Markdown, standalone HTML and JSON (the article), and `timeline_rows` plus the
`timeline_*` renderers give the editors' record of the night.
"""

from __future__ import annotations

from .changes import changes
from .compiler import compile_digest
from .embeds import to_messages_with_ids
from .models import Digest, DigestItem
from .render import (
    timeline_html,
    timeline_json,
    timeline_markdown,
    to_embeds,
    to_html,
    to_json,
    to_markdown,
    to_messages,
)
from .textutil import inert
from .timeline import Standing, TimelineRow, curation_map, standing, timeline_rows

__all__ = [
    "Digest",
    "DigestItem",
    "Standing",
    "TimelineRow",
    "changes",
    "compile_digest",
    "curation_map",
    "inert",
    "standing",
    "timeline_html",
    "timeline_json",
    "timeline_markdown",
    "timeline_rows",
    "to_embeds",
    "to_html",
    "to_json",
    "to_markdown",
    "to_messages",
    "to_messages_with_ids",
]
