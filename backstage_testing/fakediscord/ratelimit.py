"""Per-route rate limits with the headers Discord sends.

Discord answers every request with ``X-RateLimit-Limit``, ``-Remaining``, ``-Reset`` (epoch seconds),
``-Reset-After`` (seconds) and ``-Bucket`` (a hash per route). A bucket is the hash plus the route's major
parameter (channel, guild, webhook/interaction), which is how discord.py keys its own limiters. A request
beyond the limit gets 429 with ``{"message", "retry_after", "global"}`` and a ``Via: 1.1 google`` header:
discord.py takes a 429 without ``Via`` for a Cloudflare ban and raises instead of retrying.

Windows are fixed and start at the first request, so behaviour is deterministic; ``Reset-After`` is
rounded *up* to the millisecond so a client that trusts it never arrives a hair early.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass


@dataclass
class Window:
    started: float
    count: int = 0


@dataclass(frozen=True)
class Decision:
    """The outcome of one request against its bucket, and the headers to send with the answer."""

    allowed: bool
    limit: int
    remaining: int
    reset_after: float
    bucket: str

    def headers(self) -> dict[str, str]:
        reset_after = math.ceil(self.reset_after * 1000) / 1000
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": self.bucket,
        }
        if not self.allowed:
            headers["Retry-After"] = str(math.ceil(reset_after))
            headers["X-RateLimit-Scope"] = "user"
            headers["Via"] = "1.1 google"
        return headers


def bucket_hash(route_key: str) -> str:
    """A stable, Discord-looking bucket hash for a route template (e.g. ``POST /channels/{id}/messages``)."""
    return hashlib.sha1(route_key.encode()).hexdigest()[:32]


class RateLimiter:
    """Fixed-window counters per (bucket hash, major parameter)."""

    def __init__(self) -> None:
        self._windows: dict[tuple[str, str], Window] = {}

    def hit(self, route_key: str, major: str, limit: int, period: float) -> Decision:
        bucket = bucket_hash(route_key)
        now = time.monotonic()
        key = (bucket, major)
        window = self._windows.get(key)
        if window is None or now >= window.started + period:
            window = self._windows[key] = Window(started=now)
        reset_after = max(0.0, window.started + period - now)
        if window.count >= limit:
            return Decision(False, limit, 0, reset_after, bucket)
        window.count += 1
        return Decision(True, limit, limit - window.count, reset_after, bucket)
