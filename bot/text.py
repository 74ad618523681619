"""Text hygiene: folding for matching, cleaning user input, keeping user text inert in Discord."""

from __future__ import annotations

import functools
import html
import re
import unicodedata

# "&#233;" is repaired by html.unescape; "Beyonc#233;" (the ampersand lost on the way) is repaired here.
_BARE_ENTITY = re.compile(r"(?<![&\w])#(\d{2,7});|(?<=\w)#(\d{2,7});")
_SPACES = re.compile(r"\s+")
# invisible characters that hide text or reverse it: zero-width, bidi controls, BOM, soft hyphen
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_TOKEN = re.compile(r"'?\w+")


def repair_entities(text: str) -> str:
    """Decode HTML entities, including numeric ones that lost their '&' ("Beyonc#233;")."""

    def fix(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2))
        return chr(code) if 0 < code < 0x110000 else m.group(0)

    return html.unescape(_BARE_ENTITY.sub(fix, text))


def clean(text: str | None) -> str:
    """User text as we store it: entities repaired, invisible and control characters removed,
    whitespace runs folded (newlines kept), trimmed."""
    if text is None:
        return ""
    text = repair_entities(text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line).strip()


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The matching key: entities repaired, accents dropped, case folded, quotes unified, spaces folded.
    "Beyoncé", "beyonce" and "BEYONC&#201;" all fold to "beyonce"."""
    if "&" in text or "#" in text:
        text = repair_entities(text)
    text = text.translate(_QUOTES)
    if not text.isascii():  # accents to strip; plain ASCII (most text) skips the per-character pass
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text.casefold()).strip()


def tokens(text: str) -> list[str]:
    """Folded word tokens; a leading apostrophe is kept ("'Ye"), possessives split off ("Gaga's")."""
    return _TOKEN.findall(fold(text))


_AT = re.compile("@(?!\u200b)")


def inert(text: str) -> str:
    """Make mention syntax harmless when displayed: a zero-width space after every '@' ("@everyone",
    "@here", "<@123>") keeps the look but cannot ping. Idempotent. (allowed_mentions is none on every message
    as well; this is the second lock.)"""
    return _AT.sub("@\u200b", text)
