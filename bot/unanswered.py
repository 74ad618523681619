"""A command answered "thinking…" is never left on it by a killed process. When a command's handler defers
(`bot.client.defer`), its interaction is noted in the database (`db.repositories.unanswered`: its token, and what
to tell) until its answer reaches Discord (its own, or the stop's, `bot.in_flight`). A note
still there when a process starts was cut short by a kill (SIGKILL, a power cut, systemd's stop timeout), or by a stop
whose answers Discord did not take: while the interaction's token lives (Discord: 15 minutes), the process serving
its server reads the original response and, if it is still "thinking…" (Discord's LOADING flag), edits it into what
the command says to do next (`cut_short`). It does so in the background once started, a few at a time, each request
within `REQUEST_WITHIN` s: the gateway never waits for it. A note goes once its command's answer reached Discord
(`answered`, from `bot.client.reply`), or once it was told at start, or its token has expired; a note whose
request failed otherwise waits for the next start. The token is kept only while its command is unanswered."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
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
REQUEST_WITHIN = 10.0  # seconds for each request of the start-up pass (a hung one is left for the next start)
AT_ONCE = 4  # notes told at once at start
_GONE = (401, 404)  # the token expired (50027) or the message or interaction is unknown: nothing can be told


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

    def answered(self, interaction_id: int) -> None:
        """The command's answer reached Discord (`bot.client.reply`/`update`): its note goes, in a write of its own."""
        if interaction_id not in self._noted:
            return
        self._noted.discard(interaction_id)
        task = asyncio.get_running_loop().create_task(self._forget([interaction_id]))
        self._forgetting.add(task)
        task.add_done_callback(self._forgetting.discard)

    async def close(self, within: float) -> None:
        """At a stop, once every handler answered or was told (`InFlight.settle`), before the database closes: the
        notes of answers Discord took go, within `within` s. Those whose answer did not reach Discord (its webhooks
        slow or down) stay: the next start tells them if they are still "thinking…"."""
        if self._forgetting:
            await asyncio.wait(set(self._forgetting), timeout=within)

    async def _forget(self, ids: list[int]) -> None:
        try:
            await self.repo.forget(ids)
        except DatabaseError as exc:  # a note left is read at the next start, and told only if still "thinking…"
            log.warning("could not forget interactions %s: %s", ids, exc)

    async def tell_left(self, http: HTTPClient, serves: Callable[[int], bool]) -> int:
        """At start, in the background: each note of a server this process serves was cut short. Its person is told
        (`cut_short`) if the original response is still "thinking…" and the token still lives, `AT_ONCE` at a time;
        the note goes, unless its request failed for another reason than an expired token (then the next start
        tries again). Returns how many were told."""
        now = self.now()
        mine = [e for e in await self.repo.left() if serves(e.guild_id)]  # (another process's: it tells them)
        expired = [e.interaction_id for e in mine if now - e.deferred_at >= TOKEN_LIFE]
        if expired:
            log.info("%d interaction(s) cut short too long ago to be answered", len(expired))
            await self._forget(expired)
        turns = asyncio.Semaphore(AT_ONCE)

        async def tell(entry: Unanswered) -> bool | None:
            async with turns:
                return await self._tell(http, entry)

        outcomes = await asyncio.gather(*(tell(e) for e in mine if e.interaction_id not in expired))
        told = sum(1 for o in outcomes if o)
        if told:
            log.info("told %d interaction(s) cut short what to do", told)
        return told

    async def _tell(self, http: HTTPClient, entry: Unanswered) -> bool | None:
        """One note: True if its person was told, False if the command had been answered or can no longer be,
        None if Discord did not answer in time or failed (the note stays)."""
        route: dict[str, Any] = {"webhook_id": entry.application_id, "webhook_token": entry.token}
        told = False
        try:
            original = await asyncio.wait_for(http.request(Route("GET", _ORIGINAL, **route)), REQUEST_WITHIN)
            if int(original.get("flags") or 0) & LOADING:  # (else it was answered before the process ended)
                body = {"content": entry.message, "allowed_mentions": {"parse": []}}
                await asyncio.wait_for(http.request(Route("PATCH", _ORIGINAL, **route), json=body), REQUEST_WITHIN)
                told = True
        except discord.HTTPException as exc:
            if exc.status not in _GONE:
                log.warning(
                    "could not tell interaction %s it was cut short (kept for the next start): %s",
                    entry.interaction_id,
                    exc,
                )
                return None
            log.info("interaction %s cut short can no longer be answered: %s", entry.interaction_id, exc)
        except (TimeoutError, OSError, aiohttp.ClientError):  # (not answering, or not reached)
            log.warning(
                "Discord did not answer for interaction %s cut short (kept for the next start)", entry.interaction_id
            )
            return None
        await self._forget([entry.interaction_id])
        return told
