"""The clock times a report names for later that night, and the moments that keep them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.digest.appointments import keeps_appointment, named_times


def test_named_times_reads_words_digits_half_and_meridiem_but_not_counts():
    assert named_times("Ask me at nine.") == [(9, 0, None)]
    assert named_times("on at 9pm sharp") == [(9, 0, "p")]
    assert named_times("doors at 21:15, dinner after") == [(21, 15, None)]
    assert named_times("back by half ten!") == [(10, 30, None)]
    assert named_times("sitting at 9 tables with the crew") == []
    assert named_times("table 9, at the back") == []


def _ts(local: str, tz: ZoneInfo) -> float:
    hours, minutes = local.split(":")
    return datetime(2031, 8, 31, int(hours), int(minutes), tzinfo=tz).timestamp()


def test_a_time_named_is_the_next_such_time_in_the_shows_timezone():
    tz = ZoneInfo("America/New_York")
    said = _ts("18:45", tz)
    assert keeps_appointment("ask me at nine", said, _ts("21:05", tz), tz)
    assert not keeps_appointment("ask me at nine", said, _ts("21:40", tz), tz)
    # the same instants read in UTC: 18:45 in New York is 22:45 UTC, and nine is then 09:00 the next morning
    assert not keeps_appointment("ask me at nine", said, _ts("21:05", tz), ZoneInfo("UTC"))
    assert datetime.fromtimestamp(said, UTC).hour == 22
