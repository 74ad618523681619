"""`Worker`: a job run in a fresh process, so that nothing heavy runs in the bot's own.

Why a process, not a thread: compiling and exporting a 100,000-sighting night is seconds of pure Python. In a
thread it would hold the GIL that the event loop needs for every interaction, in every server (and the loop
would wait up to 5 ms for it each time it wakes); in a process it runs beside the loop on another core, and
the night's tens of thousands of objects never enter the bot's memory: the process ends with its job and
gives all of it back. A job reads what it needs itself, on a read-only connection of its own
(`db.database.read_only`), and returns a small result (a digest, the export's files).

Why forked from a server process ("forkserver"): the server is started once, imports the jobs' modules
once, and forks a child for each job in milliseconds; forking the bot itself would copy its threads'
state (the database thread, discord.py's), which is unsafe, and starting a new interpreter per job ("spawn")
would import everything again each time (about a second).

Jobs run one at a time: a second job waits for the first, so at most one core goes to heavy work and the
event loop keeps the other. A job's `UserError` comes back as is (its sentence is for the user); any other
exception comes back as `JobFailed` with the child's traceback. Linux (and other Unix) only, as is
"forkserver".
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import threading
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from typing import Any, ParamSpec, TypeVar

from bot.errors import UserError

P = ParamSpec("P")
T = TypeVar("T")

JOB_MODULES = ("bot.worker.jobs",)


class JobFailed(Exception):
    """A job failed in its process for a reason that is not the user's (the message has the traceback), or
    its process died (killed, out of memory)."""


def _failed(fn: Callable[..., Any], detail: str) -> JobFailed:
    return JobFailed(f"{getattr(fn, '__name__', fn)} failed in its process:\n{detail}")


def _serve(sender: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """In the child: run the job, send back (True, result) or (False, exception)."""
    # the process ends with the job: the cyclic collector would only walk the night's objects again and again
    gc.disable()
    outcome: tuple[bool, Any]
    try:
        outcome = (True, fn(*args))
    except UserError as exc:
        outcome = (False, exc)
    except BaseException:
        outcome = (False, _failed(fn, traceback.format_exc()))
    try:
        sender.send(outcome)
    except Exception:  # the result cannot be pickled
        sender.send((False, _failed(fn, traceback.format_exc())))
    finally:
        sender.close()


def _run(process: BaseProcess, receiver: Connection, sender: Connection, cancelled: threading.Event) -> Any:
    """In a thread of the bot: start the process, wait for its outcome, reap it."""
    if cancelled.is_set():
        raise asyncio.CancelledError
    process.start()
    sender.close()  # the child holds the other end now: EOF once it exits
    try:
        ok, value = receiver.recv()
    except EOFError:
        process.join()
        raise JobFailed(f"the job's process ended without an answer (exit code {process.exitcode})") from None
    finally:
        receiver.close()
    process.join()
    return ok, value


class Worker:
    """Runs jobs in processes of their own, one at a time (see the module's docstring)."""

    def __init__(self, preload: Sequence[str] = JOB_MODULES) -> None:
        context = multiprocessing.get_context("forkserver")
        assert isinstance(context, ForkServerContext)
        context.set_forkserver_preload(list(preload))
        self._context = context
        self._one_at_a_time = asyncio.Lock()

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(*args)` in a process of its own; its result, or its exception raised here. `fn` must be a
        module-level function and its arguments picklable. Cancelling the call ends the process."""
        assert not kwargs, "positional arguments only"
        async with self._one_at_a_time:
            receiver, sender = self._context.Pipe(duplex=False)
            process = self._context.Process(target=_serve, args=(sender, fn, args), daemon=True)
            process.name = f"backstage-{getattr(fn, '__name__', 'job')}"
            cancelled = threading.Event()
            try:
                ok, value = await asyncio.to_thread(_run, process, receiver, sender, cancelled)
            except asyncio.CancelledError:
                cancelled.set()
                if process.pid is not None and process.is_alive():
                    process.terminate()
                raise
        if not ok:
            raise value
        result: T = value
        return result
