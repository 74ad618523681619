"""`Worker`: a job run in a process of its own, so that nothing heavy runs in the bot's.

Why a process, not a thread: compiling and exporting a 100,000-sighting night is seconds of pure Python. In a
thread it would hold the GIL that the event loop needs for every interaction, in every server (and the loop
would wait up to 5 ms for it each time it wakes); in a process it runs beside the loop, on another core, and
the night's hundreds of thousands of objects never enter the bot's memory: the process ends with its job and
gives all of it back. A job reads what it needs itself, on a read-only connection of its own
(`db.database.read_only`), and sends back a small result (a digest, the export's files).

How: a fork server (`bot.worker.server`), started at the first job and kept, has the job modules imported
and forks a child per job in a millisecond or two; the bot talks to it over a socket pair, in frames
(`server.frame`). Jobs run one at a time: a second job waits for the first, so heavy work takes at most one
core and the event loop keeps the other. A job's `UserError` comes back as is (its sentence is for the
user); any other failure comes back as `JobFailed` with the child's traceback. Cancelling a job (the bot
stopping), or a job still running after `timeout` (stuck), kills the server and its child; the next job
starts a new server. Unix only (fork).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from typing import ParamSpec, TypeVar

from bot.worker.server import HEADER, JobFailed

P = ParamSpec("P")
T = TypeVar("T")

JOB_MODULES = ("bot.worker.jobs",)
JOB_TIMEOUT_S = 300.0  # a 100,000-sighting export takes seconds; a job still running after this is stuck


class Worker:
    """Runs jobs in processes of their own, one at a time (see the module's docstring)."""

    def __init__(self, preload: Sequence[str] = JOB_MODULES, *, timeout: float = JOB_TIMEOUT_S) -> None:
        self._preload = tuple(preload)
        self._timeout = timeout
        self._one_at_a_time = asyncio.Lock()
        self._server: asyncio.subprocess.Process | None = None
        self._channel: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(*args)` in a process of its own: its result, or its exception raised here. `fn` must be a
        module-level function and its arguments picklable."""
        assert not kwargs, "positional arguments only"
        request = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
        async with self._one_at_a_time:
            reader, writer = await self._connect()
            try:
                async with asyncio.timeout(self._timeout):
                    writer.write(HEADER.pack(len(request)) + request)
                    await writer.drain()
                    size = HEADER.unpack(await reader.readexactly(HEADER.size))[0]
                    ok, value = pickle.loads(await reader.readexactly(size))
            except asyncio.CancelledError:
                await self.close()  # the job is abandoned: its process goes with the server
                raise
            except TimeoutError:
                await self.close()
                raise JobFailed(
                    f"{getattr(fn, '__qualname__', fn)} was still running after {self._timeout:g} s"
                ) from None
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                await self.close()
                raise JobFailed(f"the worker's server went away ({exc!r}); the next job starts a new one") from exc
        if not ok:
            raise value
        result: T = value
        return result

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self._channel is not None and self._server is not None and self._server.returncode is None:
            return self._channel
        await self.close()
        ours, theirs = socket.socketpair()
        try:
            self._server = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.worker",
                str(theirs.fileno()),
                *self._preload,
                pass_fds=(theirs.fileno(),),
                stdin=asyncio.subprocess.DEVNULL,
                start_new_session=True,  # its own process group: closing ends the server and its child at once
            )
        finally:
            theirs.close()
        self._channel = await asyncio.open_connection(sock=ours)
        return self._channel

    async def close(self) -> None:
        """End the server and a job still running (the next job starts a new server)."""
        server, channel = self._server, self._channel
        self._server = self._channel = None
        if channel is not None:
            channel[1].close()
        if server is not None and server.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            await server.wait()


__all__ = ["JobFailed", "Worker"]
