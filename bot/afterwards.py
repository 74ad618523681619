"""Work an answer does not wait for: a command answers its person first, then tells the desk (a correction or a
retraction a published digest still tells, `cogs.corrections`; a new report that puts a published one right,
`cogs.sightings`). The tasks are kept here (a task nobody holds may be collected before it ends) and the stop
waits a little for them while Discord is still connected, then cancels the rest (each logs what it was doing)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class Afterwards:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.get_running_loop().create_task(self._logged(work, name), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _logged(work: Coroutine[Any, Any, None], name: str) -> None:
        try:
            await work
        except asyncio.CancelledError:
            log.warning("%s: cancelled by the stop before it ended", name)
            raise
        except Exception:
            log.exception("%s failed", name)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def stop(self, within: float) -> None:
        """Wait up to `within` seconds for the work still running, then cancel what is left."""
        tasks = list(self._tasks)
        if not tasks:
            return
        _, left = await asyncio.wait(tasks, timeout=within)
        for task in left:
            task.cancel()
        if left:
            await asyncio.gather(*left, return_exceptions=True)
