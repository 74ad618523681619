"""Heavy work out of the bot's process: `Worker` runs a job in a process of its own; `jobs` are the jobs (a
night's digest, its exports), each reading the database on a read-only connection of its own."""

from bot.worker.process import Interrupted, Worker
from bot.worker.server import JobFailed

__all__ = ["Interrupted", "JobFailed", "Worker"]
