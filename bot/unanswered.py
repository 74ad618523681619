"""A command answered "thinking…" is never left on it by a killed process. When a command's handler defers
(`bot.client.defer`), its interaction is noted in the database (`db.repositories.unanswered`: its token, and what
to tell); when the handler ends (it answered, or the stop told its person, `bot.in_flight`), the note goes. A note
still there when a process starts was cut short by a kill (SIGKILL, a power cut, systemd's stop timeout): while the
interaction's token lives (Discord: 15 minutes), the process serving its server reads the original response and,
if it is still "thinking…" (Discord's LOADING flag), edits it into what the command says to do next
(`cut_short`). The token is kept only while the handler works."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import discord
from discord.http import HTTPClient, Route

from db.database import DatabaseError
from db.repositories.unanswered import Unanswered, UnansweredRepository

log = logging.getLogger(__name__)

# "Interaction tokens are valid for 15 minutes" (developers/docs/interactions/receiving-and-responding, "Followup
# Messages"); a note older than this less a margin is not tried (the request would be 401 / 50027)
TOKEN_LIFE = timedelta(minutes=15) - timedelta(seconds=30)
# "this message is an Interaction Response and the bot is 'thinking'" (developers/docs/resources/message,
# "Message Flags": LOADING, 1 << 7)
LOADING = 1 << 7
CUT_SHORT = "cut_short"  # a command's `extras` key: what its person is told when the process was killed
# what a command that only reads is told (`extras=READS`), and one that writes
READ_CUT_SHORT = "Backstage was stopped while working on this, so it could not answer. Run the command again."
WRITE_CUT_SHORT = (
    "Backstage was stopped while doing this, so it may or may not have been done: check before trying again."
)
_ORIGINAL = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"


def cut_short(interaction: discord.Interaction[Any]) -> str:
    """What the person is told if the process dies while their command works: the command's own sentence
    (`extras[CUT_SHORT]`), else the one for a command that reads or writes."""
    command = interaction.command
    extras = command.extras if command is not None else {}
    told = extras.get(CUT_SHORT)
    if isinstance(told, str):
        return told
    return READ_CUT_SHORT if extras.get("reads") else WRITE_CUT_SHORT


class UnansweredCommands:
    """This process's notes, and the start-up pass over the notes a killed process left."""

    def __init__(self, repo: UnansweredRepository, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.repo = repo
        self.now = now
        self._noted: set[int] = set()
        self._forgetting: set[asyncio.Task[None]] = set()

    async def note(self, interaction: discord.Interaction[Any], working: bool) -> None:
        """After a command's "thinking…" (`working`: its handler has not ended). A failed write is logged: the
        command goes on (only a kill would need the note)."""
        if not working or interaction.type is not discord.InteractionType.application_command:
            return
        if interaction.guild_id is None or interaction.id in self._noted:
            return
        entry = Unanswered(
            interaction.id,
            interaction.guild_id,
            interaction.application_id,
            interaction.token,
            cut_short(interaction),
            self.now(),
        )
        self._noted.add(interaction.id)
        try:
            await self.repo.note(entry)
        except DatabaseError as exc:  # the command goes on: only a kill would need the note
            log.warning("could not note interaction %s as working: %s", interaction.id, exc)

    def ended(self, interaction_id: int) -> None:
        """The handler ended (`InFlight`): its note goes, in a write of its own."""
        if interaction_id not in self._noted:
            return
        self._noted.discard(interaction_id)
        task = asyncio.get_running_loop().create_task(self._forget([interaction_id]))
        self._forgetting.add(task)
        task.add_done_callback(self._forgetting.discard)

    async def close(self, within: float) -> None:
        """At a stop, once every handler answered or was told (`InFlight.settle`), before the database closes:
        the notes go, within `within` s. A database that does not answer keeps them: the next start finds their
        commands answered (told by the stop), and only forgets them."""
        ids, self._noted = sorted(self._noted), set()
        work = asyncio.ensure_future(self._close(ids))
        await asyncio.wait({work}, timeout=within)

    async def _close(self, ids: list[int]) -> None:
        if self._forgetting:
            await asyncio.gather(*self._forgetting, return_exceptions=True)
        await self._forget(ids)

    async def _forget(self, ids: list[int]) -> None:
        try:
            await self.repo.forget(ids)
        except DatabaseError as exc:  # a note left is read at the next start, and told only if still "thinking…"
            log.warning("could not forget interactions %s: %s", ids, exc)

    async def tell_left(self, http: HTTPClient, serves: Callable[[int], bool]) -> int:
        """At start: each note of a server this process serves was cut short by a kill. Its person is told
        (`cut_short`) if the original response is still "thinking…" and the token still lives; the note goes.
        Returns how many were told."""
        told, done = 0, []
        now = self.now()
        for entry in await self.repo.left():
            if not serves(entry.guild_id):
                continue  # another process's server: that process tells it when it starts
            done.append(entry.interaction_id)
            if now - entry.deferred_at >= TOKEN_LIFE:
                log.info("interaction %s was cut short by a kill too long ago to be answered", entry.interaction_id)
                continue
            route: dict[str, Any] = {"webhook_id": entry.application_id, "webhook_token": entry.token}
            try:
                original = await http.request(Route("GET", _ORIGINAL, **route))
                if not int(original.get("flags") or 0) & LOADING:
                    continue  # it was answered before the kill
                body = {"content": entry.message, "allowed_mentions": {"parse": []}}
                await http.request(Route("PATCH", _ORIGINAL, **route), json=body)
                told += 1
            except discord.HTTPException as exc:
                log.warning("could not tell interaction %s it was cut short: %s", entry.interaction_id, exc)
        await self._forget(done)
        if told:
            log.info("told %d interaction(s) cut short by a kill what to do", told)
        return told
