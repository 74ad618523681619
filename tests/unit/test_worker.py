"""The worker: a job runs in a process of its own and its answer comes back; a sentence for the user comes back
as is, any other failure as `JobFailed` with where it failed; a job whose process dies, or that is cancelled,
leaves the next job able to run. A function a job runs beside itself (`beside`) does the same from a process of
its own, which ends with it.

The jobs are this module's functions: the worker's child imports this module by name to find them."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

import pytest

from backstage_testing.pytest_plugin import eventually
from bot.errors import InvalidInput
from bot.worker import Interrupted, JobFailed, Worker
from bot.worker.beside import beside


def whose(tag: str) -> tuple[int, str]:
    return os.getpid(), tag


def refuse(sentence: str) -> None:
    raise InvalidInput(sentence)


def divide(a: int, b: int) -> float:
    return a / b


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def stop_my_group() -> str:
    os.killpg(os.getpgid(0), signal.SIGTERM)  # as systemd stops a service: every process of it at once
    return "finished"


def hang(pid_file: str) -> None:
    Path(pid_file).write_text(str(os.getpid()))
    signal.pause()  # a job that never ends (until its process is killed)


def pids_beside() -> tuple[int, int]:
    """The job's process and the one its helper ran in."""
    with beside(os.getpid) as helper:
        return os.getpid(), helper()


def divide_beside(a: int, b: int) -> float:
    with beside(divide, a, b) as quotient:
        return quotient()


def refuse_beside(sentence: str) -> None:
    with beside(refuse, sentence) as refused:
        refused()


def die_beside() -> None:
    with beside(die) as died:
        died()


def leave_beside() -> int:
    """Leave the helper's block without asking for its result: the helper's process id."""
    with beside(signal.pause):
        (helper,) = _children(os.getpid())
    return helper


def hang_with_helper(pid_file: str) -> None:
    """A job that never ends, with a helper beside it that never ends: the server's, the job's and the helper's
    process ids written to `pid_file`."""
    with beside(signal.pause):
        (helper,) = _children(os.getpid())
        Path(f"{pid_file}.new").write_text(f"{os.getppid()} {os.getpid()} {helper}")
        os.replace(f"{pid_file}.new", pid_file)  # read whole or not at all
        signal.pause()


def _children(pid: int) -> list[int]:
    return [int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]


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


async def test_a_function_beside_a_job_runs_in_a_process_of_its_own_and_its_answer_comes_back(worker: Worker):
    job, helper = await worker.run(pids_beside)
    assert helper not in (job, os.getpid())


async def test_a_failure_beside_a_job_comes_back_as_the_jobs_own_would(worker: Worker):
    with pytest.raises(JobFailed) as failed:
        await worker.run(divide_beside, 1, 0)
    assert "divide failed in its process" in str(failed.value)
    assert "ZeroDivisionError: division by zero" in str(failed.value)
    with pytest.raises(InvalidInput, match="Choose a format among markdown, html, json"):
        await worker.run(refuse_beside, "Choose a format among markdown, html, json.")
    with pytest.raises(JobFailed, match="ended without an answer"):
        await worker.run(die_beside)
    assert await worker.run(divide_beside, 6, 3) == 2


async def test_a_job_that_leaves_its_helper_without_its_answer_ends_the_helpers_process(worker: Worker):
    helper = await worker.run(leave_beside)
    assert not alive(helper)


async def test_a_stop_signal_to_every_process_leaves_the_job_to_the_bot(worker: Worker):
    assert await worker.run(stop_my_group) == "finished"  # the bot decides: it tells the editor, then ends it


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


async def test_a_servers_job_runs_beside_another_servers_long_job_and_each_server_one_at_a_time(tmp_path: Path):
    pid_file = tmp_path / "export.pid"
    worker = Worker(processes=2)
    try:
        long = asyncio.create_task(worker.run(hang, str(pid_file), server=1))  # a big night's export, say
        await eventually(lambda: _read(pid_file), what="the long job to start")
        second = asyncio.create_task(worker.run(divide, 8, 2, server=1))
        assert await worker.run(divide, 6, 3, server=2) == 2  # another server's preview: answered meanwhile
        assert not long.done() and not second.done()  # the long job's server waits for its own turn
        long.cancel()
        assert await second == 4
    finally:
        await worker.close()


async def test_with_one_process_servers_take_turns(tmp_path: Path):
    pid_file = tmp_path / "first.pid"
    worker = Worker(processes=1)
    finished: list[str] = []

    async def job(server: int, name: str) -> None:
        await worker.run(whose, name, server=server)
        finished.append(name)

    try:
        first = asyncio.create_task(worker.run(hang, str(pid_file), server=1))
        await eventually(lambda: _read(pid_file), what="the first job to start")
        jobs = [asyncio.create_task(job(1, "A2")), asyncio.create_task(job(1, "A3"))]
        await eventually(lambda: _queued(worker, 1), what="server 1's jobs to queue")
        jobs.append(asyncio.create_task(job(2, "B1")))  # asked last, but server 2 has had no turn yet
        await eventually(lambda: _queued(worker, 2), what="server 2's job to queue")
        first.cancel()
        await asyncio.gather(*jobs)
        assert finished == ["B1", "A2", "A3"]
    finally:
        await worker.close()


async def test_closing_the_worker_interrupts_running_and_waiting_jobs_with_a_sentence(tmp_path: Path):
    pid_file = tmp_path / "job.pid"
    worker = Worker(processes=1)
    running = asyncio.create_task(worker.run(hang, str(pid_file), server=1))
    pid = int(await eventually(lambda: _read(pid_file), what="the job to start"))
    waiting = asyncio.create_task(worker.run(divide, 1, 1, server=2))
    await eventually(lambda: _queued(worker, 2), what="the second job to queue")
    await worker.close()
    for job in (running, waiting):
        with pytest.raises(Interrupted, match=r"Backstage is restarting.*run the command again"):
            await job
    await eventually(lambda: _gone(pid), what="the job's process to end")


async def test_a_killed_bot_leaves_no_worker_process_running(tmp_path: Path):
    """The bot SIGKILLed during a job (the OOM killer, systemd's stop timeout): the worker's server, the job's
    process and its helper end with it, rather than running on (a big export: half a gigabyte and a core)."""
    pid_file = tmp_path / "job.pids"
    bot = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import asyncio, sys; from bot.worker import Worker; from tests.unit.test_worker import hang_with_helper; "
        "asyncio.run(Worker().run(hang_with_helper, sys.argv[1]))",
        str(pid_file),
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        # a fresh interpreter importing the bot, then the worker's server, then the job's process: seconds on a loaded
        # machine, so a deadline far above the usual (it fails only if the job never starts)
        started = await eventually(lambda: _read(pid_file), timeout=60.0, what="the job to start")
        pids = [int(p) for p in started.split()]
    finally:
        bot.kill()
        await bot.wait()
    try:
        assert len(pids) == 3 and bot.pid not in pids
        for pid in pids:
            await eventually(partial(_gone, pid), what=f"the worker's process {pid} to end with the bot")
    finally:
        for pid in filter(alive, pids):  # (a failed run leaves none behind)
            os.kill(pid, signal.SIGKILL)


async def _queued(worker: Worker, server: int) -> bool:
    return worker.waiting(server) > 0


async def _read(path: Path) -> str:
    return path.read_text() if path.exists() else ""


async def _gone(pid: int) -> bool:
    return not alive(pid)
