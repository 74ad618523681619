"""A setup that names the time of its payoff: "Ask me at nine." hours before, then at nine the reveal.

A report about a person that names a clock time later that night ("at nine", "at 9pm", "at 21:00", "at half
nine") sets up that person's moment filed within APPOINTMENT_SLACK of it, however long before and in whatever
words: it is the first act of that story (`threads.sets_up`), told right after its payoff's lead sentence ("It
began hours earlier, when …"). Plain Python, the show's timezone given (the times are the show's local ones).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .hygiene import prose
from .lexicon import NUMBER_WORDS
from .textutil import fold

APPOINTMENT_SLACK = 15 * 60  # seconds either side of the time named
APPOINTMENT_AHEAD = 6 * 3600  # a time named is at most this long after the report that names it

_HOURS = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= int(n) <= 12 and not w.endswith(("st", "nd", "th")))
# "at nine", "at 9pm", "at 21:00", "at half nine", "by 10.30", "around eleven o'clock": a time, then nothing
# that makes the number count something ("at 9 tables")
_TIME = re.compile(
    rf"\b(?:at|by|around|until|till)\s+(half\s+)?(\d{{1,2}}|{_HOURS})(?:[:.](\d{{2}}))?\s*"
    r"(am|pm|a\.m\.|p\.m\.|o'?clock)?(?=\s*(?:sharp|tonight|on the dot)?\s*(?:[.,!?;:)\"”’—-]|$))"
)


def named_times(text: str) -> list[tuple[int, int, str | None]]:
    """The clock times a text names: (hour 0–23, minute, "am"/"pm" or None)."""
    return list(_named_times(text))


@lru_cache(maxsize=4096)
def _named_times(text: str) -> tuple[tuple[int, int, str | None], ...]:
    """`named_times`, worked out once per text: a report is asked about for each later moment of its people
    (`keeps_appointment`)."""
    found = []
    for m in _TIME.finditer(fold(prose(text))):
        half, hour_text, minutes, suffix = m.groups()
        hour = int(hour_text) if hour_text.isdigit() else int(NUMBER_WORDS[hour_text])
        minute = int(minutes) if minutes else (30 if half else 0)
        if hour > 23 or minute > 59:
            continue
        meridiem = suffix[0] if suffix and suffix[0] in "ap" else None
        found.append((hour, minute, meridiem))
    return tuple(found)


def _next_at(after: datetime, hour: int, minute: int, meridiem: str | None) -> datetime | None:
    """The first moment after `after` (local) that the named time can mean, within APPOINTMENT_AHEAD."""
    hours = [hour] if hour > 12 else [hour % 12 + (12 if meridiem == "p" else 0)]
    if hour <= 12 and meridiem is None:
        hours.append(hour % 12 + 12)
    best: datetime | None = None
    for h in hours:
        at = after.replace(hour=h, minute=minute, second=0, microsecond=0)
        if at <= after:
            at += timedelta(days=1)
        if (at - after).total_seconds() <= APPOINTMENT_AHEAD and (best is None or at < best):
            best = at
    return best


def keeps_appointment(said: str, said_ts: float, then_ts: float, tz: ZoneInfo) -> bool:
    """Whether a moment filed at `then_ts` is within APPOINTMENT_SLACK of a time that a text filed at
    `said_ts` named for later that night."""
    if then_ts <= said_ts:
        return False
    when = datetime.fromtimestamp(said_ts, tz)
    for hour, minute, meridiem in named_times(said):
        at = _next_at(when, hour, minute, meridiem)
        if at is not None and abs(at.timestamp() - then_ts) <= APPOINTMENT_SLACK:
            return True
    return False
