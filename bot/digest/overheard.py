"""A line nobody is known to have said, told as a desk tells it: "Overheard in the corridor: “Nobody touch the
confetti cannon.”" (where the report's note says it was heard), "Overheard: “Mine.”" (where it does not), never
"“…,” someone was heard saying". Read by `writing.attributed`."""

from __future__ import annotations

import re

# such a sentence outside its quote (the quote's words taken out: "Overheard in the corridor: “”"), which
# `prose.reads_as_prose` prints though it has no verb of its own
OVERHEARD = re.compile(
    r"Overheard(?:\s+(?:at|in|on|by|near|outside|inside|behind|from)\s+[^:“”\"]{1,40})?:\s*(?:“”|\"\")"
)
_OWN_STOP = "!?…。！？"  # a quote's last mark that stays ("お疲れ様。" never "。.")


def overheard(quote: str, heard: str = "", meaning: str | None = None) -> str:
    """`quote` overheard `heard` (a place phrase with its preposition, "at the bar"; "" when the note names none),
    with its translation when it was typed with one: `Overheard at the bar: “On verra” (“We'll see”).`"""
    heard = f" {heard.strip()}" if heard.strip() else ""
    if meaning is not None:
        return f"Overheard{heard}: “{quote.rstrip('.,;:')}” (“{meaning}”)."
    line = quote if quote[-1:] in _OWN_STOP else quote.rstrip(".,;:") + "."
    return f"Overheard{heard}: “{line[:1].upper()}{line[1:]}”"
