"""`Worker`: jobs run in processes of their own, so that nothing heavy runs in the bot's.

Why a process, not a thread: compiling and exporting a 100,000-sighting night is seconds of pure Python. In a
thread it would hold the GIL that the event loop needs for every interaction, in every server (and the loop
would wait up to 5 ms for it each time it wakes); in a process it runs beside the loop, on another core, and
the night's hundreds of thousands of objects never enter the bot's memory: the process ends with its job and
gives all of it back. A job reads what it needs itself, on a read-only connection of its own
(`db.database.read_only`), and sends back a small result (a digest, the export's files).

How: a fork server (`bot.worker.server`), started at its first job and kept, has the job modules imported
and forks a child per job in a millisecond or two; the bot talks to it over a socket pair, in frames
(`server.frame`). A job's `UserError` comes back as is (its sentence is for the user); any other failure
comes back as `JobFailed` with the child's traceback. Cancelling a job, or a job still running after
`timeout` (stuck), kills its server and its child; the next job there starts a new server. Closing the
worker (the bot stopping) ends every job still running or waiting with `Interrupted`, a sentence for the
user. Unix only (fork).

Fair across servers: each job belongs to a Discord server (`server=`, None for the web's). A server runs at
most one job at a time, servers take turns (round-robin: a free process goes to the waiting server that has
gone longest without one), and up to `processes` jobs run at once, each in a fork server of its own (started when
first needed). So one server's three big exports run one after another while another server's preview gets
the second process at once; heavy work takes at most `processes` cores (and for a second or two more while an
export compiles its digest beside its timeline: `bot.worker.beside`), and on a machine with one core the jobs take
turns in one process. Every job process runs at a lower CPU priority than the bot
(`server.NICENESS`): when the cores are busy, the event loop goes first.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import pickle
import signal
import socket
import sys
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from bot.errors import UserError
from bot.worker.server import HEADER, JobFailed

T = TypeVar("T")

JOB_MODULES = ("bot.worker.jobs",)
JOB_TIMEOUT_S = 300.0  # a 100,000-sighting export takes seconds; a job still running after this is stuck
PROCESSES = max(1, min(2, os.cpu_count() or 1))  # jobs at once (of different servers); the loop keeps a core
# glibc's allocator raises its mmap threshold each time a big block is freed, so a job's later big blocks (the night
# read's dict of votes, the lists its compile sorts and groups) come from the heap, where their memory stays with the
# process once freed: a preview of 100,000 sightings peaked 8 MB higher. A fixed threshold gives every block of 128 KiB
# or more a mapping of its own, returned when freed. (The operator's own setting wins; other C libraries ignore it.)
MALLOC_ENVIRONMENT = {"MALLOC_MMAP_THRESHOLD_": str(128 * 1024)}
INTERRUPTED = "This was interrupted: Backstage is restarting. Nothing is lost: run the command again in a minute."


class Interrupted(UserError):
    """The worker was closed (the bot stopping) while the job ran or waited its turn."""

    def __init__(self, message: str = INTERRUPTED) -> None:
        super().__init__(message)


class _Server:
    """One fork server and the socket to it: one job at a time."""

    def __init__(self, preload: tuple[str, ...]) -> None:
        self._preload = preload
        self._process: asyncio.subprocess.Process | None = None
        self._channel: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self.closing = False  # closed by `Worker.close` while a job ran: it was interrupted

    async def ask(self, request: bytes) -> tuple[bool, Any]:
        self.closing = False
        reader, writer = await self._connect()
        writer.write(HEADER.pack(len(request)) + request)
        await writer.drain()
        size = HEADER.unpack(await reader.readexactly(HEADER.size))[0]
        outcome: tuple[bool, Any] = pickle.loads(await reader.readexactly(size))
        return outcome

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self._channel is not None and self._process is not None and self._process.returncode is None:
            return self._channel
        await self.close()
        ours, theirs = socket.socketpair()
        try:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.worker",
                str(theirs.fileno()),
                *self._preload,
                pass_fds=(theirs.fileno(),),
                env={**MALLOC_ENVIRONMENT, **os.environ},
                stdin=asyncio.subprocess.DEVNULL,
                start_new_session=True,  # its own process group: closing ends the server and its child at once
            )
        finally:
            theirs.close()
        self._channel = await asyncio.open_connection(sock=ours)
        return self._channel

    async def close(self) -> None:
        """End the server and a job still running (the next job starts a new server)."""
        process, channel = self._process, self._channel
        self._process = self._channel = None
        if channel is not None:
            channel[1].close()
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()


class Worker:
    """Runs jobs in processes of their own, fairly across servers (see the module's docstring)."""

    def __init__(
        self, preload: Sequence[str] = JOB_MODULES, *, timeout: float = JOB_TIMEOUT_S, processes: int = PROCESSES
    ) -> None:
        self._timeout = timeout
        self._servers = [_Server(tuple(preload)) for _ in range(processes)]
        self._idle = list(reversed(self._servers))
        self._turns: dict[int | None, deque[asyncio.Future[_Server]]] = {}  # each server's waiting jobs, in order
        self._running: dict[int | None, _Server] = {}
        self._served: dict[int | None, int] = {}  # server -> when it last got a process (a count of turns)
        self._turns_given = itertools.count(1)

    def running(self, server: int | None) -> bool:
        """A job of this Discord server runs now."""
        return server in self._running

    def waiting(self, server: int | None) -> int:
        """How many of this Discord server's jobs wait for their turn."""
        return len(self._turns.get(server, ()))

    async def run(self, fn: Callable[..., T], *args: Any, server: int | None = None) -> T:
        """`fn(*args)` in a process of its own, in `server`'s turn: its result, or its exception raised here.
        `fn` must be a module-level function and its arguments picklable."""
        request = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
        process = await self._turn(server)
        try:
            async with asyncio.timeout(self._timeout):
                ok, value = await process.ask(request)
        except asyncio.CancelledError:
            await process.close()  # the job is abandoned: its process goes with the server
            raise
        except TimeoutError:
            await process.close()
            raise JobFailed(f"{getattr(fn, '__qualname__', fn)} was still running after {self._timeout:g} s") from None
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            if process.closing:
                raise Interrupted() from None
            await process.close()
            raise JobFailed(f"the worker's server went away ({exc!r}); the next job starts a new one") from exc
        finally:
            self._release(server, process)
        if not ok:
            raise value
        result: T = value
        return result

    async def _turn(self, server: int | None) -> _Server:
        """Wait for `server`'s turn and a free process."""
        turn: asyncio.Future[_Server] = asyncio.get_running_loop().create_future()
        self._turns.setdefault(server, deque()).append(turn)
        self._dispatch()
        try:
            return await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled() and turn.exception() is None:
                self._release(server, turn.result())  # given a process just as it was cancelled
            else:
                with contextlib.suppress(ValueError):
                    self._turns.get(server, deque()).remove(turn)
                if not self._turns.get(server, True):
                    del self._turns[server]
            raise

    def _dispatch(self) -> None:
        """Give free processes to the waiting jobs of servers running none, in turn order."""
        while self._idle:
            ready = [s for s, waiting in self._turns.items() if waiting and s not in self._running]
            if not ready:
                return
            server = min(ready, key=lambda s: self._served.get(s, 0))  # the longest without a turn
            self._served[server] = next(self._turns_given)
            waiting = self._turns[server]
            turn = waiting.popleft()
            if not waiting:
                del self._turns[server]
            self._running[server] = process = self._idle.pop()
            turn.set_result(process)

    def _release(self, server: int | None, process: _Server) -> None:
        if self._running.get(server) is process:
            del self._running[server]
        if process not in self._idle:
            self._idle.append(process)
        self._dispatch()

    async def close(self) -> None:
        """End every job (running or waiting: `Interrupted`) and the servers; a later job starts new ones."""
        for waiting in self._turns.values():
            for turn in waiting:
                if not turn.done():
                    turn.set_exception(Interrupted())
        self._turns.clear()
        for process in self._servers:
            process.closing = process in self._running.values()
            await process.close()


__all__ = ["Interrupted", "JobFailed", "Worker"]
