"""The edition publisher: posts a recorded digest edition, message by message, exactly once.

- An edition and its messages are committed before anything is sent (`EditionRepository.create`).
- Each message is marked *attempted*, then sent with its stable nonce, then marked with the message Discord
  made. A message attempted before without an answer (a crash, a timeout) is first looked for in the channel's
  recent history (Discord forgets a nonce after a few minutes; DISCORD-NOTES), then resent with the same nonce.
- Before a message is sent, the sightings it tells are checked again: one retracted, rejected, dropped (or
  otherwise no longer eligible), or corrected in what the digest tells of it (who, what, the quote and who said
  it, where, its headline: bot.services.corrected) since the edition was recorded, stops the edition, and the
  editors are told.
- An edition that stops after some of its messages were posted never leaves readers a title promising more: the
  posted opening embed is edited to count the items posted ("Eight things …" → "Four things you didn't see",
  bot.digest.shortened), and the desk is told which edition stopped, what is up (its links) and what to do, also
  when an editor waits for the answer (who may have closed Discord since).
- In an announcement channel every message is crossposted once all are posted, within Discord's limit of about
  10 crossposts per channel per hour: beyond it the crosspost is scheduled for when the hour allows.
- A message's photos are uploaded with it: its recorded embeds name them (`attachment://photo-12-<sha>.jpg`,
  bot.digest.photos), and their bytes are read from the database at each send, so a send after a restart
  carries them as the first would have. A photo removed since is left out and its embed shows none; a photo
  replaced since (its bytes are not the ones the name records, which the editor saw) stops the edition like a
  retraction: what is published is what the editor saw, or nothing.
- Unpublishing marks the edition; its posted messages are then deleted (an already deleted one counts).
- One drive per edition at a time (a lock): two editors, a double click and the restart's resume wait for each
  other, and the second finds the work done. `start()` resumes every unfinished edition after a restart.
- Several processes on one PostgreSQL database all resume the unfinished editions: a drive runs only while this
  process holds the edition's lease (db/coordination.py, freed when a process dies), and reads the edition after
  taking it. A process that finds it held leaves the edition to the holder and looks again after `LEASE_RETRY`
  seconds (the holder may have died, or left a crosspost for later); only the process that drove an edition to its
  end tells the desk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.digest.photos import attached, names_bytes, without_images
from bot.digest.shortened import posted_items, shortened
from bot.feed.transport import FeedFile
from bot.publishing.transport import AlreadyDone, DigestTransport, PublishError, RateLimited, Refused, Unavailable
from db.coordination import ChannelLeases
from db.database import StorageUnavailable
from db.repositories.editions import Edition, EditionMessage, EditionRepository

log = logging.getLogger(__name__)

CROSSPOSTS_PER_HOUR = 10  # per channel (DISCORD-NOTES; Discord's support article on announcement channels)
HOUR = timedelta(hours=1)
CLOCK_SKEW = timedelta(seconds=5)  # look a little before the attempt in the channel's history
RETRY_DELAYS = (2.0, 5.0, 15.0, 30.0, 60.0)  # Discord unavailable: then every minute for as long as it takes
PHOTO_REPLACED = "given a new photo"  # "#12 was given a new photo after the digest was compiled, so …"
UNKNOWN_WAIT = timedelta(minutes=10)  # a crosspost held by a limit of unknown length is tried again after this
LEASE_RETRY = 30.0  # seconds before looking again at an edition another process was driving


@dataclass(frozen=True)
class Drive:
    """How an edition stands after `EditionPublisher.run`: `elsewhere`, another process is driving it (this one did
    nothing); `interrupted`, the drive met the database server gone (`edition` is as it stood before) and goes on
    by itself. Either way the desk is told when the edition is published in full."""

    edition: Edition
    elsewhere: bool = False
    interrupted: bool = False


# (sighting ids, show id, now) -> {sighting id: why it may no longer be published ("retracted", "dropped", …)}
EligibilityCheck = Callable[[list[int], int, datetime], Awaitable[dict[int, str]]]
# (sighting ids, since) -> {sighting id: "corrected (who)"}: corrected since the edition was recorded
CorrectionCheck = Callable[[list[int], datetime], Awaitable[dict[int, str]]]
Notice = Callable[[Edition], Awaitable[str | None]]  # what to tell the desk about an edition
PhotoBytes = Callable[[int], Awaitable[bytes | None]]  # a sighting's photo, None when it has none (any more)


async def _no_photos(sighting_id: int) -> bytes | None:
    return None


def fingerprint(embeds: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    """What identifies one of the digest's messages when it is read back: each embed's title and text."""
    return [(e.get("title"), e.get("description")) for e in embeds]


def stale_sentence(reasons: dict[int, str]) -> str:
    """ "#4 was retracted after the digest was compiled, so it was not posted" (several: "…, so they were not")."""
    listed = " and ".join(f"#{sid} was {why}" for sid, why in sorted(reasons.items()))
    return f"{listed} after the digest was compiled, so {'it was' if len(reasons) == 1 else 'they were'} not posted"


class EditionPublisher:
    def __init__(
        self,
        editions: EditionRepository,
        transport: DigestTransport,
        eligible: EligibilityCheck,
        *,
        notice: Notice | None = None,
        photos: PhotoBytes = _no_photos,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        leases: ChannelLeases | None = None,
        corrected: CorrectionCheck | None = None,
    ) -> None:
        """`leases`: which process drives an edition (keyed by its id); None: this one, always (SQLite)."""
        self.editions = editions
        self.leases = leases or ChannelLeases()
        self.transport = transport
        self.eligible = eligible
        self.corrected = corrected
        self.notice = notice
        self.photos = photos
        self.clock = clock
        self._locks: dict[int, asyncio.Lock] = {}
        self._timers: dict[int, asyncio.Task[None]] = {}
        self._failures: dict[int, int] = {}  # edition -> Discord unavailable this many times in a row
        self._resume: asyncio.Task[None] | None = None
        self._drives: set[asyncio.Task[None]] = set()  # drives someone waits for (`run`)
        self._told_stopped: set[int] = set()  # editions whose stop the desk was told of as it happened (`_halt`)
        self._promised: set[int] = set()  # editions whose end this process told an editor the desk would hear of
        self._waiting: set[asyncio.Task[Any]] = set()  # the tasks waiting for them (an interaction's handler)
        self.stopping = False

    def start(self) -> None:
        """Carry on with every unfinished edition (after a restart), in the background."""
        if self._resume is None:
            self._resume = asyncio.create_task(self._resume_all(), name="digest-resume")

    async def stop(self, grace: float = 10.0) -> None:
        """Stop posting (what is left resumes at the next start: the outbox never posts twice), and give those
        waiting for a drive (an editor's /digest publish) up to `grace` seconds to answer, so that they answer
        before the connection to Discord closes."""
        self.stopping = True
        waiting = [t for t in self._waiting if not t.done()]
        tasks = [t for t in (self._resume, *self._timers.values(), *self._drives) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if waiting:
            await asyncio.wait(waiting, timeout=grace)
        self._resume = None
        self._timers.clear()

    async def _resume_all(self) -> None:
        for edition_id in await self.editions.unfinished():
            await self._background(edition_id)

    async def run(self, edition_id: int) -> Drive:
        """Do what the edition still needs now (post, crosspost, delete) and return how it then stands. Work that
        must wait (Discord unavailable, the crosspost limit) is scheduled; its end is told to the editors. While
        another process drives the edition, it is returned as it stands (that process finishes it), and this
        process tells the desk once it is published in full; so too when the drive fails on our side (the database
        server restarting): it is driven again shortly, and the desk told at its end."""
        before, after, interrupted = await self._run(edition_id)
        if (before is None and not self.stopping) or interrupted:
            self._promised.add(edition_id)
        return Drive(after, elsewhere=before is None and not self.stopping, interrupted=interrupted)

    async def _run(self, edition_id: int) -> tuple[Edition | None, Edition, bool]:
        """(the edition when this process took its lease, None when it did not drive it; the edition after;
        whether the drive met the database gone, when the edition after is the one before, and it is driven again
        later (`_retry`). Any other failure is raised."""
        caller = asyncio.current_task()
        if self.stopping or caller is None:
            return None, await self.editions.get(edition_id), False
        async with self._lock(edition_id):
            if not await self.leases.acquire(edition_id):
                log.info("digest edition %s is being driven by another process; looking again later", edition_id)
                self._later(edition_id, LEASE_RETRY)  # it may die before the end, or leave a crosspost for later
                return None, await self.editions.get(edition_id), False
            try:
                before = await self.editions.get(edition_id)
                drive = asyncio.create_task(self._drive(edition_id), name=f"digest-{edition_id}-drive")
                self._drives.add(drive)
                self._waiting.add(caller)
                try:
                    await asyncio.shield(drive)
                except asyncio.CancelledError:
                    if caller.cancelling() or not (self.stopping and drive.cancelled()):
                        drive.cancel()
                        raise
                    # Backstage is stopping: the caller answers with how the edition stands
                except StorageUnavailable as exc:  # the database gone for now: one line, no traceback
                    self._retry(edition_id, exc)
                    return before, before, True
                finally:
                    self._drives.discard(drive)
                    self._waiting.discard(caller)
            finally:
                with contextlib.suppress(Exception):  # a lost connection gave it back already
                    await self.leases.release(edition_id)
        return before, await self.editions.get(edition_id), False

    def _lock(self, edition_id: int) -> asyncio.Lock:
        return self._locks.setdefault(edition_id, asyncio.Lock())

    async def _background(self, edition_id: int) -> None:
        """A drive nobody waits for (resume, retry): its outcome is told in the editors' channel. The desk is told
        once an edition is published in full (crossposts included) or stops: by the process that drove it there,
        and by one that promised it (`run`: an editor's drive that failed, or found another process driving); the
        notice's nonce makes the two one message (Discord keeps a nonce a few minutes; this one looks again within
        `LEASE_RETRY` seconds of the end)."""
        try:
            before, after, interrupted = await self._run(edition_id)
        except StorageUnavailable as exc:  # reading the edition met the database gone: as a failed drive
            self._retry(edition_id, exc)
            return
        except Exception:
            log.exception("digest edition %s: publishing failed; trying again in a minute", edition_id)
            self._later(edition_id, 60.0)
            return
        if before is None or interrupted:  # another process drives it, this one is stopping, or it is retried
            return
        promised = edition_id in self._promised
        # all its messages posted now, or, resumed after them, its crossposts now made (a kill during the crossposts)
        posted = before.completed_at is None or (after.done and not before.done)
        finished = after.completed_at is not None and (promised or posted)
        stopped = after.halted is not None and (promised or before.halted is None)
        if finished or stopped or not after.live:
            self._promised.discard(edition_id)
        if self.notice is None or after.notify_channel is None:
            return
        if stopped and edition_id in self._told_stopped:
            stopped = False  # `_halt` told the desk already
        self._told_stopped.discard(edition_id)
        text = await self.notice(after) if finished or stopped else None
        if text is not None:
            nonce = f"digest-{edition_id}-{'done' if finished else 'stopped'}"
            try:
                await self.transport.notify(after.notify_channel, text, nonce=nonce)
            except (Refused, Unavailable, RateLimited, AlreadyDone) as exc:
                log.warning("could not tell the desk about digest edition %s: %s (%s)", edition_id, exc, text)

    def _later(self, edition_id: int, delay: float) -> None:
        current = self._timers.get(edition_id)
        if current is not None and not current.done() and current is not asyncio.current_task():
            current.cancel()

        async def wake() -> None:
            await asyncio.sleep(delay)
            self._timers.pop(edition_id, None)
            await self._background(edition_id)

        self._timers[edition_id] = asyncio.create_task(wake(), name=f"digest-{edition_id}-later")

    async def _drive(self, edition_id: int) -> None:
        while True:
            if not self.leases.holds(edition_id):  # the lease's connection was lost: another process may take over
                log.warning("digest edition %s: its lease was lost; looking again later", edition_id)
                self._later(edition_id, LEASE_RETRY)  # another process may have taken it meanwhile, or none
                return
            edition = await self.editions.get(edition_id)
            if not edition.live:
                await self._delete(edition)
                return
            if edition.halted is not None:
                return
            unsent = edition.unsent
            if not unsent:
                break
            if not await self._send(edition, unsent[0]):
                return
        if edition.completed_at is None:
            await self.editions.mark_completed(edition.id, self.clock())
            log.info(
                "digest edition %s (show %s) published in channel %s", edition.id, edition.show_id, edition.channel_id
            )
        if edition.crosspost:
            await self._crosspost(edition)

    async def _send(self, edition: Edition, message: EditionMessage) -> bool:
        """Post one message (or find it posted). False when the edition stops here or must wait."""
        stale = await self.eligible(list(message.sighting_ids), edition.show_id, self.clock())
        if self.corrected is not None:
            stale = {**await self.corrected(list(message.sighting_ids), edition.requested_at), **stale}
        if stale:
            await self._halt(edition, stale_sentence(stale))
            return False
        try:
            if message.attempted_at is not None:
                found = await self._already_posted(edition, message)
                if found is not None:
                    log.info("digest edition %s message %s was already posted: adopted", edition.id, message.position)
                    await self._sent(edition, message, found)
                    return True
            embeds, files, replaced = await self._with_photos(message)
            if replaced:
                await self._halt(edition, stale_sentence(dict.fromkeys(replaced, PHOTO_REPLACED)))
                return False
            await self.editions.mark_attempted(edition.id, message.position, self.clock())
            message_id = await self.transport.send(edition.channel_id, embeds, message.nonce, files=files)
        except Refused as exc:
            await self._halt(edition, f"Discord refused the digest: {exc}")
            return False
        except (Unavailable, RateLimited) as exc:
            self._retry(edition.id, exc)
            return False
        self._failures.pop(edition.id, None)
        await self._sent(edition, message, message_id)
        return True

    async def _with_photos(self, message: EditionMessage) -> tuple[list[dict[str, Any]], list[FeedFile], list[int]]:
        """The message's embeds and the files they show, read now (an embed whose photo is gone shows none), and
        the sightings whose photo was replaced since the edition was recorded."""
        files: list[FeedFile] = []
        gone: set[str] = set()
        replaced: list[int] = []
        for sighting_id, name in attached(message.embeds):
            data = await self.photos(sighting_id)
            if data is None:
                gone.add(name)
            elif not names_bytes(name, data):
                replaced.append(sighting_id)
            else:
                files.append(FeedFile(name, data))
        return (without_images(message.embeds, gone) if gone else message.embeds), files, replaced

    async def _sent(self, edition: Edition, message: EditionMessage, message_id: int) -> None:
        crosspost_after = self.clock() if edition.crosspost else None
        await self.editions.mark_sent(
            edition.id, message.position, message_id, self.clock(), crosspost_after=crosspost_after
        )

    async def _already_posted(self, edition: Edition, message: EditionMessage) -> int | None:
        """The message a send without an answer may have made, if the channel's recent history shows it."""
        assert message.attempted_at is not None
        try:
            recent = await self.transport.recent(edition.channel_id)
        except Refused as exc:  # no Read Message History: the nonce is all that is left
            log.warning("cannot read channel %s to find digest message %s: %s", edition.channel_id, message.nonce, exc)
            return None
        wanted = fingerprint(message.embeds)
        for posted in sorted(recent, key=lambda p: p.id):
            if posted.created_at < message.attempted_at - CLOCK_SKEW or fingerprint(posted.embeds) != wanted:
                continue
            if not await self.editions.known_message(posted.id):
                return posted.id
        return None

    def _retry(self, edition_id: int, exc: Exception) -> None:
        """Discord unavailable, or the database gone: drive it again later, ever less often (RETRY_DELAYS)."""
        failures = self._failures.get(edition_id, 0)
        self._failures[edition_id] = failures + 1
        delay = RETRY_DELAYS[min(failures, len(RETRY_DELAYS) - 1)]
        if isinstance(exc, RateLimited) and exc.retry_after is not None:
            delay = max(delay, exc.retry_after)
        log.warning("digest edition %s: %s; trying again in %.0f s", edition_id, exc, delay)
        self._later(edition_id, delay)

    async def _halt(self, edition: Edition, reason: str) -> None:
        """Stop the edition. When some of it was posted, its title is made to say what was, and the desk told."""
        log.warning("digest edition %s stopped: %s", edition.id, reason)
        await self.editions.halt(edition.id, reason, self.clock())
        if edition.sent:
            await self._shorten(edition)
            await self._tell_stopped(edition.id)

    async def _shorten(self, edition: Edition) -> None:
        """The posted opening embed edited to count the items posted (bot.digest.shortened), and recorded so."""
        opening = edition.messages[0]
        if opening.message_id is None or not opening.embeds:
            return
        new = shortened(opening.embeds[0], edition.items, posted_items([m.embeds for m in edition.sent]))
        if new is None:
            return
        embeds, _, _ = await self._with_photos(replace(opening, embeds=[new, *opening.embeds[1:]]))
        try:
            await self.transport.edit(edition.channel_id, opening.message_id, embeds)
        except PublishError as exc:
            log.warning("digest edition %s: could not change the posted title to %r: %s", edition.id, new["title"], exc)
            return
        await self.editions.record_embeds(edition.id, opening.position, embeds)

    async def _tell_stopped(self, edition_id: int) -> None:
        """The desk told now that an edition stopped with some of it posted (the editor's answer is ephemeral)."""
        if self.notice is None:
            return
        after = await self.editions.get(edition_id)
        if after.notify_channel is None or (text := await self.notice(after)) is None:
            return
        try:
            await self.transport.notify(after.notify_channel, text, nonce=f"digest-{edition_id}-stopped")
        except (Refused, Unavailable, RateLimited, AlreadyDone) as exc:
            log.warning("could not tell the desk about digest edition %s: %s (%s)", edition_id, exc, text)
            return
        self._told_stopped.add(edition_id)

    async def _crosspost(self, edition: Edition) -> None:
        now = self.clock()
        for message in edition.messages:
            if message.crosspost_after is None or message.message_id is None:
                continue
            if not self.leases.holds(edition.id):  # lost: as in `_drive`
                self._later(edition.id, LEASE_RETRY)
                return
            if message.crosspost_after > now:
                self._later(edition.id, (message.crosspost_after - now).total_seconds())
                return
            made = await self.editions.crossposts_since(edition.channel_id, now - HOUR)
            if len(made) >= CROSSPOSTS_PER_HOUR:
                after = made[-CROSSPOSTS_PER_HOUR] + HOUR
                await self._defer_crosspost(edition, message, after, "Discord's limit of 10 crossposts an hour")
                return
            try:
                await self.transport.crosspost(edition.channel_id, message.message_id)
            except AlreadyDone:
                pass
            except RateLimited as exc:
                wait = timedelta(seconds=exc.retry_after) if exc.retry_after is not None else UNKNOWN_WAIT
                await self._defer_crosspost(edition, message, now + wait, "Discord's limit on crossposts")
                return
            except Unavailable as exc:
                self._retry(edition.id, exc)
                return
            except Refused as exc:
                await self.editions.defer_crosspost(edition.id, message.position, None, str(exc))
                continue
            await self.editions.mark_crossposted(edition.id, message.position, self.clock())

    async def _defer_crosspost(self, edition: Edition, message: EditionMessage, after: datetime, why: str) -> None:
        await self.editions.defer_crosspost(edition.id, message.position, after, why)
        self._later(edition.id, max(0.0, (after - self.clock()).total_seconds()))

    async def _delete(self, edition: Edition) -> None:
        for message in edition.sent:
            if message.deleted_at is not None or message.message_id is None:
                continue
            try:
                await self.transport.delete(edition.channel_id, message.message_id)
            except AlreadyDone:
                pass  # a moderator deleted it first
            except (Unavailable, RateLimited) as exc:
                self._retry(edition.id, exc)
                return
            except Refused as exc:
                log.warning("digest edition %s: cannot delete message %s: %s", edition.id, message.message_id, exc)
                continue
            await self.editions.mark_deleted(edition.id, message.position, self.clock())
