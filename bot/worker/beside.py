"""`beside`: inside a job, a function run in a process forked from the job's, on the machine's other core, while
the job goes on with other work.

A big export is two pieces of pure Python that need only the night once it is read: the digest's compile and
the timeline's rendering. In one process they take turns on one core; `beside` forks the job's process (a
copy of it: the night already read, nothing pickled on the way in) and runs one piece there while the job does
the other, then hands back its result (pickled through a pipe: a digest is small). A failure comes back as the
job's own would (`bot.worker.server.outcome_of`): a `UserError` as is, anything else as `JobFailed` with the
child's traceback, and a child that died (killed, out of memory) as `JobFailed`.

Only inside a job's process (`bot.worker`), which is forked from the small fork server and runs one thing: the
child runs nothing but the function (pure Python the server imported) and never touches the job's database
connection (it ends with `os._exit`, closing nothing). The child is in the job's process group, so cancelling
the job (its group killed) ends it too; a job that leaves `beside` without asking for the result kills it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, TypeVar

from bot.worker.server import HEADER, collect, fork, outcome_of, send

T = TypeVar("T")


@contextlib.contextmanager
def beside(fn: Callable[..., T], *args: Any) -> Iterator[Callable[[], T]]:
    """`fn(*args)` started in a forked child; inside the block, the function that waits for and returns its
    result (or raises its failure). Leaving the block without asking ends the child."""
    pid, read_end = fork(partial(_answer, fn, args))
    collected = False

    def result() -> T:
        nonlocal collected
        collected = True
        ok, value = pickle.loads(collect(pid, read_end)[HEADER.size :])
        if not ok:
            raise value
        answer: T = value
        return answer

    try:
        yield result
    finally:
        if not collected:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            collect(pid, read_end)


def _answer(fn: Callable[..., Any], args: tuple[Any, ...], out: int) -> None:
    send(outcome_of(fn, args), fn, out)
