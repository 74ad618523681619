"""Times in a body's copy as a reader wants them: the reporter's clock is bookkeeping, never copy.

- A clock time a sentence needs is said in words ("opened the champagne at 21:58" → "opened the champagne just before
  ten"; "by 23:40" → "by twenty to midnight"; "at 21:15" → "at quarter past nine"; a time off the five minutes is
  "around" the nearest: "at around ten past nine"), `in_words`;
- a time or a level in brackets ("(22:56)", "(level -1)", "(table 9)") is the reporter's note and goes;
- a label of the time before a colon ("eleven bells, near enough (22:56): …", "22:56: …") goes, and so does "On the
  tram stop: …" as a label: `beats._label` reads it as the place.
Quoted speech is never touched."""

from __future__ import annotations

import re

from .casing import outside_quotes

_HOURS = ["midnight", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "noon"]
_PAST = {5: "five past", 10: "ten past", 15: "quarter past", 20: "twenty past", 25: "twenty-five past", 30: "half past"}
_TO = {35: "twenty-five to", 40: "twenty to", 45: "quarter to", 50: "ten to", 55: "five to"}
_NEAR_THE_HOUR = 5  # minutes: this close to the hour, "just before" or "just after" it


def _hour(h: int, twelve: bool = False) -> str:
    h %= 24
    if twelve and h == 12:
        return "twelve"  # (a time typed on the twelve-hour clock: noon or midnight, the copy cannot tell which)
    return _HOURS[h] if h in (0, 12) else _HOURS[h % 12]


def spoken(h: int, m: int) -> str:
    """A clock time as said: "ten" (22:00), "just before ten" (21:58), "just after nine" (21:03), "twenty to midnight"
    (23:40), "around ten past nine" (21:11); a time typed on the twelve-hour clock never says which twelve it is
    near ("at 11:38", filed before midnight: "around twenty to twelve", never "to noon")."""
    twelve = 1 <= h <= 12
    if m == 0:
        return _hour(h, twelve)
    if m < _NEAR_THE_HOUR:
        return f"just after {_hour(h, twelve)}"
    if m > 60 - _NEAR_THE_HOUR:
        return f"just before {_hour(h + 1, twelve)}"
    five = round(m / 5) * 5
    words = f"{_PAST[five]} {_hour(h, twelve)}" if five <= 30 else f"{_TO[five]} {_hour(h + 1, twelve)}"
    return words if five == m else f"around {words}"


_CLOCK = re.compile(r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])[:h](?P<m>[0-5]\d)(?![\w:])")
_AT_CLOCK = re.compile(
    r"\b(?P<prep>at|by|around|about|from|until|till|before|after|since) (?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)"
    r"(?![\w:])"
)
_BRACKETED_NOTE = re.compile(
    r" \((?:\d{1,2}[:.h]\d{2}|(?:level|floor|table|row|gate|door|room|section|block|seat|tier|stage) -?\w{1,4})\)"
)
_TIME_LABEL = re.compile(
    r"^(?:[^:“”.!?]{0,40}\(\d{1,2}[:.h]\d{2}\)|\d{1,2}[:.h]\d{2}(?: ?[ap]m)?|[^:“”.!?]{0,30}\b(?:bells|o'clock))"
    r"\s*:\s+(?=\S)",
    re.IGNORECASE,
)


def _at(m: re.Match[str]) -> str:
    prep, words = m.group("prep"), spoken(int(m.group("h")), int(m.group("m")))
    if words.startswith("just ") and prep in ("at", "around", "about"):
        return words  # "at 21:58" → "just before ten"
    if words.startswith("around ") and prep in ("around", "about"):
        return words
    if prep in ("by", "until", "till", "before") and words.startswith(("just ", "around ")):
        later = -(-(int(m.group("h")) * 60 + int(m.group("m"))) // 5) * 5  # the next five minutes: never earlier
        return f"{prep} {spoken(later // 60, later % 60)}"  # "by 21:58" → "by ten", "by 21:11" → "by quarter past nine"
    return f"{prep} {words}"


def in_words(text: str) -> str:
    """`text` with its clock times as a reader wants them (see the module): its bracketed notes gone, every other
    clock time in words."""
    if not any(c.isdigit() for c in text):
        return text  # (the cheap test first: most copy has no digit)

    def edit(part: str) -> str:
        part = _BRACKETED_NOTE.sub("", part)
        part = _AT_CLOCK.sub(_at, part)
        return _CLOCK.sub(lambda m: spoken(int(m.group("h")), int(m.group("m"))), part)

    return outside_quotes(text, edit)


def without_time_label(text: str) -> str:
    """A note without its label of the time ("eleven bells, near enough (22:56): Cole …" → "Cole …")."""
    label = _TIME_LABEL.match(text) if any(c.isdigit() for c in text[:50]) or "bells" in text[:40] else None
    if label is None:
        return text
    rest = text[label.end() :]
    return rest[:1].upper() + rest[1:]
