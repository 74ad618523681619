from __future__ import annotations

import json
from datetime import UTC, datetime


def ts(value: datetime | None) -> str | None:
    """Datetimes are stored as ISO-8601 UTC text, which sorts like time."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def dump_list(items: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def load_list(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()
