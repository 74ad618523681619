"""A line nobody is known to have said, told as a desk tells it: "Overheard in the corridor: “Nobody touch the
confetti cannon.”" (where the report's note says it was heard), "Overheard: “Mine.”" (where it does not), never
"“…,” someone was heard saying"; and how any line is told with its speaker (`said_by`). Read by
`speakers.attributed` and `voices.heard_from`."""

from __future__ import annotations

import re

from .questions import asks
from .textutil import generational

# such a sentence outside its quote (the quote's words taken out: "Overheard in the corridor: “”"), which
# `prose.reads_as_prose` prints though it has no verb of its own
OVERHEARD = re.compile(
    r"Overheard(?:\s+(?:at|in|on|by|near|outside|inside|behind|from)\s+[^:“”\"]{1,40})?:\s*(?:“”|\"\")"
)
OWN_STOP = "!?…。！？"  # a quote's last mark that stays, no comma after it ("お疲れ様。" never "。," nor "。.")
# a quote's last mark that gives way to the comma before its speaker: the Latin ones, and the full stops of other
# scripts ("…չի կորել։" → "…չի կորել,” Sargsyan said.", never "։,"): Armenian, Devanagari, Urdu, Ethiopic
_GIVES_WAY = ".,;:\u0589\u0964\u06d4\u1362"


def said_by(quote: str, who: str, verb: str = "said") -> str:
    """`“It's a look now,” Zoë Delacroix said.`; `“Why?” his father said.` (a quote's own stop kept); a name with a
    generational suffix after its comma closes it with another (`“…,” Ton Bakker, sr., said.`)."""
    if ", " in who and generational(who.rsplit(", ", 1)[-1]):
        who += ","
    if quote[-1:] in OWN_STOP:
        return f"“{quote}” {who} {verb}."
    if asks(quote):  # “Are we okay now, do you think?” Vell said.
        return f"“{quote.rstrip(_GIVES_WAY)}?” {who} {verb}."
    return f"“{quote.rstrip(_GIVES_WAY)},” {who} {verb}."


def overheard(quote: str, heard: str = "", meaning: str | None = None) -> str:
    """`quote` overheard `heard` (a place phrase with its preposition, "at the bar"; "" when the note names none),
    with its translation when it was typed with one: `Overheard at the bar: “On verra” (“We'll see”).`"""
    heard = f" {heard.strip()}" if heard.strip() else ""
    if meaning is not None:
        return f"Overheard{heard}: “{quote.rstrip(_GIVES_WAY)}” (“{meaning}”)."
    line = quote if quote[-1:] in OWN_STOP else quote.rstrip(_GIVES_WAY) + ("?" if asks(quote) else ".")
    return f"Overheard{heard}: “{line[:1].upper()}{line[1:]}”"
