"""Snowflakes, timestamps and JSON replies the way Discord produces them."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

from aiohttp import web

DISCORD_EPOCH_MS = 1_420_070_400_000
JSON = dict[str, Any]


class Snowflakes:
    """Unique, increasing snowflake ids whose timestamp part is the current time.

    discord.py reads the creation time out of ids (``utils.snowflake_time``), for instance to pick the
    sub-rate-limit of a message delete, so ids encode real milliseconds since Discord's epoch (2015).
    """

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        now_ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        candidate = now_ms << 22
        self._last = max(candidate, self._last + 1)
        return self._last

    def next_on_shard(self, shard_id: int, count: int) -> int:
        """The next id whose shard is ``shard_id`` of ``count`` (``(id >> 22) % count``): its timestamp part moves
        ahead by at most ``count - 1`` milliseconds."""
        candidate = self.next()
        while (candidate >> 22) % count != shard_id:
            candidate = ((candidate >> 22) + 1) << 22
        self._last = candidate
        return candidate


def iso_now() -> str:
    """An ISO-8601 timestamp with microseconds and offset, as in Discord's message ``timestamp``."""
    return dt.datetime.now(dt.UTC).isoformat()


def json_reply(body: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON reply with ``Content-Type: application/json`` exactly.

    aiohttp's ``json_response`` appends ``; charset=utf-8``; discord.py's ``json_or_text`` only parses the
    body when the header is exactly ``application/json`` and would otherwise hand the bot a string.
    """
    all_headers = {"Content-Type": "application/json"}
    if headers:
        all_headers.update(headers)
    return web.Response(body=json.dumps(body).encode(), status=status, headers=all_headers)


def error_body(message: str, code: int, errors: JSON | None = None) -> JSON:
    """Discord's error object: ``{"message", "code"}`` plus ``errors`` for form-body errors (50035)."""
    body: JSON = {"message": message, "code": code}
    if errors is not None:
        body["errors"] = errors
    return body
