"""Who spoke a line nobody is credited with, as its report says it: "a voice on the phone", "his father".

A quote whose speaker is not given, and which calls the moment's person by name ("You never gave up on it, Benno.
Never."), was said to them, never by them (`speakers._calls`). The body never invents its speaker: it says what the
report's note says of the voice (heard on the phone, or a relative the note names), else that someone was heard
saying it.
"""

from __future__ import annotations

import re

from .overheard import said_by
from .textutil import fold

_PHONE = re.compile(
    r"\b(?:on|over|down) the (?:phone|line)\b|\bphone ?call\b|\bspeakerphone\b|\bfacetime\b|\bvideo call\b"
)
_KIN = re.compile(
    r"\b(his|her|their)\s+(father|mother|dad|mum|mom|brother|sister|wife|husband|son|daughter|grandmother|grandfather"
    r"|grandma|grandpa|partner|coach|manager|agent)\b"
)


def voice_of(note: str) -> str | None:
    """Who a report's note says was heard, when it names no one by name: "his father" ("his father on the phone"), "a
    voice on the phone" ("on the phone, back stairs"); None when it says neither."""
    folded = fold(note)
    kin = _KIN.search(folded)
    if kin is not None:
        return f"{kin.group(1)} {kin.group(2)}"
    if _PHONE.search(folded) is not None:
        return "a voice on the phone"
    return None


def heard_from(quote: str, voice: str) -> str:
    """The sentence telling a line by a voice the report describes: `“…,” a voice on the phone said.`"""
    return said_by(quote, voice)
