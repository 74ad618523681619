"""The commands, button presses and forms whose handler is still working, and what each gets when Backstage stops
(README "Run it", SIGTERM): the stop lets them finish within `HANDLERS_WAIT` s, while Discord's connection is still
open, so their own answer (saved, or not saved) reaches the person; one still working then is cancelled and told
`RESTARTING` ephemerally. Never silence: a deferred interaction left on "thinking…" stays so for 15 minutes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.unanswered import CUT_SHORT
from db.database import FINISH_WRITE

log = logging.getLogger(__name__)

HANDLERS_WAIT = 4.0  # with CANCEL_WAIT, within the stop's budget (`bot.cli.STOP_WITHIN`, 10 s)
CANCEL_WAIT = 2.0  # for cancelled handlers to unwind, or finish a write under way (`FINISH_WRITE`)
RESTARTING = "Backstage is restarting: this was not saved. Post it again in a minute."
RESTARTING_READ = "Backstage is restarting, so this could not be answered. Ask again in a minute."  # a command that
# only reads (`extras=READS`, bot.client): nothing to save
REFUSED = "Backstage is restarting: this was not done. Try again in a minute."  # one arriving after the wait
STOPPED = "stopped"  # a command's `extras` key: what its person is told when the stop cancels it, nothing saved
UNSURE = (
    "Backstage is restarting while this was being saved, so it may or may not have been: in a minute, check "
    "(`/sighting list` for a sighting) before posting it again."
)
HANDLED = (
    discord.InteractionType.application_command,
    discord.InteractionType.component,
    discord.InteractionType.modal_submit,
)


class InFlight:
    """The handlers under way, each with its interaction."""

    def __init__(self) -> None:
        self._handlers: dict[asyncio.Task[Any], discord.Interaction[Any]] = {}
        self.stopping = False  # `settle` began: handlers starting now are waited for within its time
        self.closed = False  # `settle` ended: nothing new starts (`handling` says no)
        self._told: set[int] = set()  # interactions `settle` answered: their handler's own later answer is not sent

    def handling(self, interaction: discord.Interaction[Any]) -> bool:
        """Called from the handler's own task (a command tree's or a view's `interaction_check`): it is under way
        until that task ends. Autocompletes are not counted (they answer with choices or not at all). False once
        the stop has stopped waiting: the caller answers `REFUSED` and does nothing."""
        if self.closed:
            return False
        task = asyncio.current_task()
        if task is None or interaction.type not in HANDLED or task in self._handlers:
            return True
        self._handlers[task] = interaction
        task.add_done_callback(self._ended)
        return True

    def silenced(self, interaction: discord.Interaction[Any]) -> bool:
        """Whether an answer about to be sent from `interaction`'s own handler must not be: the stop told its person
        already (one answer each: a handler whose write finished after the stop told its person it may or may not
        be saved does not answer a second time, differently)."""
        return interaction.id in self._told and asyncio.current_task() in self._handlers

    def _ended(self, task: asyncio.Task[Any]) -> None:
        self._handlers.pop(task, None)

    def working(self, interaction: discord.Interaction[Any]) -> bool:
        """Whether a handler of `interaction` is under way."""
        return any(i.id == interaction.id for t, i in self._handlers.items() if not t.done())

    def __len__(self) -> int:
        return len(self._handlers)

    async def settle(
        self, tell: Callable[[discord.Interaction[Any], str], Awaitable[object]], within: float | None = None
    ) -> int:
        """Wait up to `within` s (HANDLERS_WAIT) for the handlers under way; cancel those still working
        (`FINISH_WRITE`) and `tell` each person whose handler ended cancelled, so saved nothing, RESTARTING, and
        each whose handler is still in a write after CANCEL_WAIT s, UNSURE. Returns how many were told."""
        self.stopping = True
        within = HANDLERS_WAIT if within is None else within
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while (working := {t for t in self._handlers if not t.done()}) and (left := deadline - loop.time()) > 0:
            await asyncio.wait(working, timeout=left)  # (again: one that started meanwhile is waited for too)
        self.closed = True
        stopped = {task: i for task, i in self._handlers.items() if not task.done()}
        for task in stopped:
            task.cancel(FINISH_WRITE)  # a write not begun is not made; one under way is finished (db.database)
        if stopped:
            await asyncio.wait(stopped, timeout=CANCEL_WAIT)
        told = 0
        for task, interaction in stopped.items():
            if task.done() and not task.cancelled():
                continue  # it finished a write under way and answered its person itself
            try:  # cancelled: nothing saved; still in a write under way (a stalled database): not known
                self._told.add(interaction.id)
                await tell(interaction, _restarting(interaction) if task.done() else _unsure(interaction))
                told += 1
            except discord.HTTPException as exc:
                log.warning("could not tell interaction %s that Backstage is restarting: %s", interaction.id, exc)
        if stopped:
            log.info("stopping: %d interaction(s) still working after %g s were told to try again", told, within)
        return told


def _unsure(interaction: discord.Interaction[Any]) -> str:
    """What a person whose command is still in a write is told: the command's own sentence for a cut-short run
    (`bot.unanswered.CUT_SHORT`: an import, a publish, a /spot say what is safe to do), else UNSURE."""
    command = interaction.command
    own = command.extras.get(CUT_SHORT) if command is not None else None
    return own if isinstance(own, str) else UNSURE


def _restarting(interaction: discord.Interaction[Any]) -> str:
    """What a person whose command the stop cancelled before it saved anything is told: the command's own sentence
    (`STOPPED` in its `extras`: an import says nothing of the file was imported), else RESTARTING_READ for a command
    that only reads, else RESTARTING."""
    command = interaction.command
    own = command.extras.get(STOPPED) if command is not None else None
    if isinstance(own, str):
        return own
    return RESTARTING_READ if command is not None and command.extras.get("reads") else RESTARTING
