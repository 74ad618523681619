"""The database server going away and coming back, said once each way: one ERROR line when a loop first finds it
gone, DEBUG lines while it keeps trying, and one WARNING line saying how long it was gone once it answers again.
The feed's scheduler and drains, and `backstage serve`'s pages and live poll, share this rule."""

from __future__ import annotations

import logging
import time


class Outage:
    def __init__(self, log: logging.Logger, gone: str, back: str) -> None:
        """`gone`: the line when the database is first found gone (the error follows it); `back`: the line when it
        answers again, with `{seconds}` for how long it was gone."""
        self.log = log
        self.gone = gone
        self.back_line = back
        self.since: float | None = None  # when it went (monotonic); None while it answers

    def down(self, exc: BaseException) -> None:
        if self.since is None:
            self.since = time.monotonic()
            self.log.error("%s: %s", self.gone, exc)
        else:
            self.log.debug("the database still cannot be reached: %s", exc)

    def back(self) -> None:
        if self.since is not None:
            seconds = time.monotonic() - self.since
            self.since = None
            self.log.warning(self.back_line.format(seconds=f"{seconds:.0f}"))
