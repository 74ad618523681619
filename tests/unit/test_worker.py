"""The worker: a job runs in a process of its own and its answer comes back; a sentence for the user comes back
as is, any other failure as `JobFailed` with where it failed; a job whose process dies, or that is cancelled,
leaves the next job able to run.

The jobs are this module's functions: the worker's child imports this module by name to find them."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from backstage_testing.pytest_plugin import eventually
from bot.errors import InvalidInput
from bot.worker import JobFailed, Worker


def whose(tag: str) -> tuple[int, str]:
    return os.getpid(), tag


def refuse(sentence: str) -> None:
    raise InvalidInput(sentence)


def divide(a: int, b: int) -> float:
    return a / b


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def hang(pid_file: str) -> None:
    Path(pid_file).write_text(str(os.getpid()))
    signal.pause()  # a job that never ends (until its process is killed)


@pytest.fixture
async def worker() -> AsyncIterator[Worker]:
    running = Worker()
    yield running
    await running.close()


def alive(pid: int) -> bool:
    """Running (a killed process whose parent is gone too may linger as a zombie until it is reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


async def test_a_job_runs_in_a_process_of_its_own_and_its_answer_comes_back(worker: Worker):
    pid, tag = await worker.run(whose, "night")
    again, _ = await worker.run(whose, "night")
    assert tag == "night"
    assert pid != os.getpid()
    assert again != pid  # each job its own process: it ends with its job and gives its memory back


async def test_a_sentence_for_the_user_comes_back_as_is(worker: Worker):
    with pytest.raises(InvalidInput, match="Choose a format among markdown, html, json"):
        await worker.run(refuse, "Choose a format among markdown, html, json.")


async def test_any_other_failure_comes_back_with_where_it_happened(worker: Worker):
    with pytest.raises(JobFailed) as failed:
        await worker.run(divide, 1, 0)
    assert "divide failed in its process" in str(failed.value)
    assert "ZeroDivisionError: division by zero" in str(failed.value)


async def test_a_job_whose_process_dies_fails_and_the_next_job_runs(worker: Worker):
    with pytest.raises(JobFailed, match="ended without an answer"):
        await worker.run(die)
    assert await worker.run(divide, 6, 3) == 2


async def test_a_cancelled_job_ends_its_process_and_the_next_job_runs(worker: Worker, tmp_path: Path):
    pid_file = tmp_path / "job.pid"
    job = asyncio.create_task(worker.run(hang, str(pid_file)))
    pid = int(await eventually(lambda: _read(pid_file), what="the job to start"))
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    await eventually(lambda: _gone(pid), what="the job's process to end")
    assert await worker.run(divide, 9, 3) == 3


async def test_a_stuck_job_fails_and_ends_its_process(tmp_path: Path):
    pid_file = tmp_path / "job.pid"
    impatient = Worker(timeout=2.0)
    try:
        with pytest.raises(JobFailed, match="hang was still running after 2 s"):
            await impatient.run(hang, str(pid_file))
    finally:
        await impatient.close()
    pid = int(pid_file.read_text()) if pid_file.exists() else None
    if pid is not None:  # it had started: its process is gone with the server
        await eventually(lambda: _gone(pid), what="the stuck job's process to end")


async def _read(path: Path) -> str:
    return path.read_text() if path.exists() else ""


async def _gone(pid: int) -> bool:
    return not alive(pid)
