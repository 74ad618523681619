""" "Five things you didn't see": the digest compiler and its renderers.

Plain Python over `bot.models`: no Discord, no database, no network. The algorithm is described in
`bot.digest.stories`; `compile_digest` is the entry point, the renderers turn a `Digest` into Discord
embeds and messages, Markdown, standalone HTML and JSON.
"""

from __future__ import annotations

from .compiler import compile_digest
from .models import Digest, DigestItem
from .render import timeline_json, to_embeds, to_html, to_json, to_markdown, to_messages
from .textutil import inert

__all__ = [
    "Digest",
    "DigestItem",
    "compile_digest",
    "inert",
    "timeline_json",
    "to_embeds",
    "to_html",
    "to_json",
    "to_markdown",
    "to_messages",
]
