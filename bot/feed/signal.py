"""A wake-up that no waiter misses: take a snapshot, do the work, then wait on the snapshot."""

from __future__ import annotations

import asyncio
import contextlib


class Signal:
    def __init__(self) -> None:
        self._event = asyncio.Event()

    def set(self) -> None:
        """Wake everyone waiting on the current snapshot."""
        self._event.set()
        self._event = asyncio.Event()

    def snapshot(self) -> asyncio.Event:
        return self._event

    @staticmethod
    async def wait(snapshot: asyncio.Event, timeout: float | None) -> None:
        """Until the signal fires after `snapshot` was taken, or `timeout` seconds (None: no limit)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(snapshot.wait(), timeout)
