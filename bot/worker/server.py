"""The worker's fork server: `python -m bot.worker FD MODULE…`, started by `bot.worker.Worker`.

It imports the job modules once, then for each job read from the socket FD (a frame: the pickled function
and its arguments) forks a child that runs it and writes the pickled outcome into a pipe; the server reads
the pipe to its end, reaps the child and forwards one frame: `(True, result)`, `(False, exception)`, or,
when the child died without finishing (killed, out of memory), `(False, JobFailed)`. A child is forked from
this small single-threaded process, never from the bot (whose threads make forking it unsafe), and it ends
with its job, giving all its memory back. The server ends when the bot closes the socket (or goes away).

Each process dies with its parent (`die_with_parent`, Linux): the server when the bot ends, however it ends
(SIGKILL, the OOM killer), and a job's process when the server does, so a job the bot can no longer answer for
(a 100,000-sighting export: half a gigabyte and a core) does not run on for seconds after it.

Why not `multiprocessing`'s "forkserver": it imports the parent's main module again in every child (for the
bot, `bot.cli` with discord.py: a third of a second and 30 MB per job).
"""

from __future__ import annotations

import ctypes
import gc
import importlib
import os
import pickle
import signal
import socket
import struct
import sys
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

from bot.errors import UserError
from db.database import StorageUnavailable

HEADER = struct.Struct("!Q")  # a frame: its length, then the pickle
NICENESS = 5  # the server and its jobs yield the CPU to the bot's event loop when the cores are busy
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class JobFailed(Exception):
    """A job failed in its process for a reason that is not the user's (the message has the traceback), or
    its process died (killed, out of memory)."""


def frame(outcome: object) -> bytes:
    data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data)) + data


def _receive(channel: socket.socket) -> bytes | None:
    """The next frame's pickle, or None once the bot closed its end."""
    head = _exactly(channel, HEADER.size)
    return None if head is None else _exactly(channel, HEADER.unpack(head)[0])


def _exactly(channel: socket.socket, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = channel.recv(min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _name(fn: Any) -> str:
    return str(getattr(fn, "__qualname__", fn))


def _child(request: bytes, out: int) -> None:
    """In the forked child: run the job, write its pickled outcome to `out`."""
    # the process ends with the job: the cyclic collector would only walk the night's objects again and again
    gc.disable()
    fn: Any = None
    try:
        fn, args = pickle.loads(request)
    except BaseException:
        outcome = _failed(fn)
    else:
        outcome = outcome_of(fn, args)
    send(outcome, fn, out)


def outcome_of(fn: Any, args: tuple[Any, ...]) -> tuple[bool, Any]:
    """`(True, fn(*args))`, `(False, the UserError or StorageUnavailable it raised)`, or `(False, JobFailed)` with
    the traceback. StorageUnavailable (the database server down or restarting) is raised in the bot as it is, so the
    person is told the database is unavailable for now rather than that something went wrong."""
    try:
        return True, fn(*args)
    except (UserError, StorageUnavailable) as exc:
        exc.__cause__ = exc.__context__ = None  # asyncpg's own exceptions may not survive the pickle
        return False, exc
    except BaseException:
        return _failed(fn)


def _failed(fn: Any) -> tuple[bool, JobFailed]:
    return False, JobFailed(f"{_name(fn)} failed in its process:\n{traceback.format_exc()}")


def send(outcome: tuple[bool, Any], fn: Any, out: int) -> None:
    """Write `outcome` (of `fn`) to `out` as a frame (a `JobFailed` when it cannot be pickled)."""
    try:
        data = frame(outcome)
    except Exception:  # the result cannot be pickled
        data = frame(_failed(fn))
    view = memoryview(data)
    while view:
        view = view[os.write(out, view) :]


def die_with_parent(parent: int) -> None:
    """Have the kernel SIGKILL this process when `parent` (the process that started it) ends; ended now if it
    already has. Linux (`prctl(PR_SET_PDEATHSIG)`); elsewhere nothing is asked (the server still ends when the bot's
    end of its socket closes, once its job is done)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl in this C library
            return
    if os.getppid() != parent:  # it ended before the kernel was asked
        os._exit(1)


def fork(run: Callable[[int], None]) -> tuple[int, int]:
    """A child process that calls `run` with the write end of a pipe and then ends (exit code 1 if `run`
    raised), killed if this process ends first: its pid, and the read end (the caller's to read to its end,
    then `collect`)."""
    parent = os.getpid()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        code = 0
        try:
            die_with_parent(parent)
            run(write_end)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def collect(pid: int, read_end: int) -> bytes:
    """The frame a child of `fork` wrote (read to its end), once the child is reaped; a `JobFailed` frame when
    it ended without a whole one (killed, out of memory)."""
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == 0 and len(data) >= HEADER.size and HEADER.unpack_from(data)[0] == len(data) - HEADER.size:
        return data
    return frame((False, JobFailed(f"the job's process ended without an answer (exit code {code})")))


def _run(request: bytes) -> bytes:
    """Fork a child for the job; the frame to send back."""
    return collect(*fork(partial(_child, request)))


def main(argv: list[str]) -> None:
    fd, *modules = argv
    die_with_parent(os.getppid())  # (were the bot gone already, its socket is closed: the loop below ends at once)
    os.nice(NICENESS)
    # a stop signal for the whole group (systemd's default KillMode, Ctrl+C) is the bot's to handle: it ends
    # this server and its job itself (SIGKILL), after telling the editors their job was interrupted
    for stop in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop, signal.SIG_IGN)
    for module in modules:
        importlib.import_module(module)
    gc.collect()
    gc.freeze()  # what the imports made stays out of every collection, in the server and in its children
    with socket.socket(fileno=int(fd)) as channel:
        while (request := _receive(channel)) is not None:
            channel.sendall(_run(request))
