"""Publishing the digest: one edition per show unless an editor asks for another, what the editor saw or
nothing, and the sentences that report how an edition went. The sending itself is bot.publishing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.access import Caller
from bot.digest import Digest, to_messages_with_ids
from bot.digest.changes import reads_the_same
from bot.digest.shortened import posted_items
from bot.errors import InvalidInput, NotFound
from bot.feed.editors import EditorsLine, Told, tell_editors
from bot.models import Sighting
from bot.services.corrected import reads_as_published, told_changes
from bot.services.digest import DigestService, empty_digest
from bot.text import inert, plural
from db.repositories import ShowRepository
from db.repositories.editions import Edition, EditionRepository, NewEdition

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Publication:
    edition: Edition
    created: bool  # False: the show's live edition, found instead of a new one
    show_name: str
    again: bool = False
    stopping: bool = False  # Backstage began stopping while it was being posted
    elsewhere: bool = False  # another process is posting it (this one tells the desk when it is complete)
    interrupted: bool = False  # posting it failed on our side (the database restarting); it goes on by itself
    withdrawn: tuple[int, ...] = ()  # sightings its posted messages tell, retracted while it was posted


@dataclass(frozen=True)
class DeskAlarm:
    """A published edition still tells what a sighting said before it was retracted or put right: the notice for
    the editors (given the show's name) and what it is about ("it", "the previous version")."""

    show_id: int
    published: tuple[Edition, ...]
    what: str
    notice: Callable[[str], str]
    lead: str = ""  # what the answer says first (a `/spot`: that it corrects a report)

    def head(self, *, lower: bool = False) -> str:
        numbers = ", ".join(str(e.number) for e in self.published)
        return f"{'t' if lower else 'T'}he published digest (edition {numbers}) still tells {self.what}"


@dataclass(frozen=True)
class Changed:
    """The digest compiled at the press differs from the preview: nothing was published."""

    digest: Digest
    changes: list[str]


def link(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


def links(edition: Edition) -> str:
    return " ".join(link(edition.guild_id, edition.channel_id, m.message_id) for m in edition.sent if m.message_id)


def when(edition: Edition) -> str:
    return f"<t:{int(edition.requested_at.timestamp())}:R>"


class EditionService:
    def __init__(self, repo: EditionRepository, digest: DigestService, shows: ShowRepository) -> None:
        self.repo = repo
        self.digest = digest
        self.shows = shows

    async def publish(
        self,
        caller: Caller,
        *,
        count: int,
        channel_id: int,
        crosspost: bool,
        again: bool = False,
        seen: Digest | None = None,
    ) -> Publication | Changed:
        """The show's live edition, or a new one recorded with all its messages (to be sent by the publisher).
        With `seen` (the preview an editor is publishing), a digest that now reads differently is returned as
        `Changed` instead, and nothing is recorded."""
        caller.require_editor()
        show = await self.digest.show_of(caller.guild_id)
        if not again:
            live = [e for e in await self.repo.for_show(show.id) if e.live]
            if live:
                return Publication(live[-1], False, show.name)
        digest = await self.digest.compile_show(show, count=count, now=caller.now)
        if seen is not None:
            said = await self.digest.changes(seen, digest, caller.now)
            if said:
                return Changed(digest, said)
        if not digest.items:
            raise InvalidInput(empty_digest(digest, "publish"))
        new = NewEdition(
            guild_id=caller.guild_id,
            show_id=show.id,
            channel_id=channel_id,
            crosspost=crosspost,
            items=len(digest.items),
            requested_by=caller.actor.id,
            requested_name=caller.actor.name,
            notify_channel=show.desk_channel_id,
            messages=to_messages_with_ids(digest),
        )
        edition, created = await self.repo.create(new, caller.now, again=again, same=reads_the_same)
        return Publication(edition, created, show.name, again)

    async def telling(self, show_id: int, sighting_id: int) -> list[Edition]:
        """The show's live editions that posted a message telling this sighting (a retraction after the digest was
        published: the desk is told that the article still tells it, `tell_retraction`)."""
        return [
            e
            for e in await self.repo.for_show(show_id)
            if e.live and any(sighting_id in m.sighting_ids for m in e.sent if m.deleted_at is None)
        ]

    async def retracted_in(self, edition: Edition, now: datetime) -> tuple[int, ...]:
        """The sightings the edition's posted messages tell that are retracted now (a retraction while the rest
        of it was posted: the publisher checks a message only before sending it, and the desk is told,
        `tell_retraction`)."""
        told = sorted({sid for m in edition.sent if m.deleted_at is None for sid in m.sighting_ids})
        gone = await self.digest.unpublishable(told, edition.show_id, now)
        return tuple(sid for sid in told if gone.get(sid) == "retracted")

    async def retraction_alarm(self, show_id: int, sighting_id: int) -> DeskAlarm | None:
        """A sighting just retracted that a published edition still tells: what the editors are to be told (with
        the edition's links and what to do, `raise_alarm`); None when no published edition tells it."""
        published = await self.telling(show_id, sighting_id)
        if not published:
            return None
        return DeskAlarm(
            show_id, tuple(published), "it", lambda name: retracted_after_publishing(sighting_id, published, name)
        )

    async def correction_alarm(self, s: Sighting, now: datetime) -> DeskAlarm | None:
        """A sighting just corrected in what a published edition tells of it (who, what, quote, quote by, where,
        headline: bot.services.corrected): told as a retraction is, `retraction_alarm`. None when the correction
        changed none of those (a photo: bot.publishing checks it), no published edition tells the sighting, or
        the item the digest would print now reads word for word as published (a place the item never prints)."""
        revisions = await self.digest.revisions(s.id)
        labels = told_changes(revisions[-1], s) if revisions else []
        if not labels:
            return None
        published = await self.telling(s.show_id, s.id)
        if not published or await self._reads_as_published(s, published, now):
            return None
        return DeskAlarm(
            s.show_id,
            tuple(published),
            "the previous version",
            lambda name: corrected_after_publishing(s.id, labels, published, name),
        )

    async def spotted_alarm(self, s: Sighting, now: datetime) -> DeskAlarm | None:
        """A new report that the compile takes as putting right a report a published edition tells (a correction,
        a number put right, a denial: `bot.digest.corrected`): told as a correction is, `correction_alarm`. None
        when no published edition tells the night or it puts none of their reports right."""
        live = [e for e in await self.repo.for_show(s.show_id) if e.live]
        told = sorted({sid for e in live for m in e.sent if m.deleted_at is None for sid in m.sighting_ids})
        show = await self.shows.get(s.show_id) if told else None
        if show is None:
            return None
        try:
            righted = await self.digest.taken_back(show, s.id, told, now)
        except Exception:  # a false silence is what B8 was: the desk is told nothing only when we know
            log.exception("digest: reading whether #%s puts a published report right failed", s.id)
            return None
        if not righted:
            return None
        published = [e for e in live if any(set(righted) & set(m.sighting_ids) for m in e.sent if not m.deleted_at)]
        named = ", ".join(f"#{sid}" for sid in righted)
        return DeskAlarm(
            s.show_id,
            tuple(published),
            f"{named} as it was first reported",
            lambda name: put_right_after_publishing(s.id, righted, published, name),
            f"**#{s.id}** reads as a correction of {named}. ",
        )

    async def _reads_as_published(self, s: Sighting, published: list[Edition], now: datetime) -> bool:
        """Whether the digest compiled now (as many items as the last edition) prints `s` as the editions did."""
        show = await self.shows.get(s.show_id)
        if show is None:
            return False
        try:
            digest = await self.digest.compile_show(show, count=min(10, max(1, published[-1].items)), now=now)
        except Exception:  # the desk is told then: a false alarm costs less than a silent stale item
            log.exception("digest: compiling the show to compare #%s with the published edition failed", s.id)
            return False
        posted = [m.embeds for e in published for m in e.sent if m.deleted_at is None and s.id in m.sighting_ids]
        return reads_as_published(digest, s.id, posted)

    async def alarm_said(self, alarm: DeskAlarm) -> str:
        """What the one who changed the sighting is told at once, before the editors are (`raise_alarm`)."""
        head = alarm.lead + alarm.head()
        show = await self.shows.get(alarm.show_id)
        if show is None:
            return f"{head}: ask an editor to post a new edition (`/digest publish again:true`)."
        if show.desk_channel_id is not None:
            return f"{head}: the desk is being told, so an editor can post a corrected edition."
        return f"{head}: the editor who opened the show is being told by direct message."

    async def raise_alarm(self, line: EditorsLine, alarm: DeskAlarm) -> str | None:
        """Tell the editors (desk, else the editor who opened the show, `tell_editors`), after the answer: None
        when they were told, else what the one who changed the sighting is told in a second answer."""
        show = await self.shows.get(alarm.show_id)
        if show is None:
            return None
        try:
            told = await tell_editors(line, show.desk_channel_id, show.opened_by, alarm.notice(show.name))
        except Exception:
            log.exception("telling the editors that %s failed", alarm.head(lower=True))
            return (
                f"Nobody could be told that {alarm.head(lower=True)}: telling the desk failed. Ask an editor to post "
                "a new edition (`/digest publish again:true`)."
            )
        if told is Told.DESK or (told is Told.DIRECT_MESSAGE and show.desk_channel_id is None):
            return None
        if told is Told.DIRECT_MESSAGE:
            return (
                f"The desk could not be told that {alarm.head(lower=True)}; the editor who opened the show was told "
                "by direct message instead."
            )
        return (
            f"Nobody could be told that {alarm.head(lower=True)}: the desk refused the message. Ask an editor to "
            "post a new edition (`/digest publish again:true`)."
        )

    async def unpublish(self, caller: Caller, number: int | None) -> tuple[str, list[Edition]]:
        """Mark the show's live editions (or edition `number`) unpublished; the publisher then deletes their
        messages. Returns the show's name and the editions."""
        caller.require_editor()
        show = await self.digest.show_of(caller.guild_id)
        editions = await self.repo.unpublish(show.id, number, caller.actor.name, caller.now)
        if not editions:
            if number is not None:
                raise NotFound(f"**{inert(show.name)}** has no published edition {number}. Nothing was deleted.")
            raise NotFound(f"**{inert(show.name)}** has no published digest to take down. Nothing was deleted.")
        return show.name, editions

    async def notice(self, edition: Edition) -> str | None:
        """What the desk is told when an edition nobody waits for (resumed after a restart, retried after an
        outage) is finished or stops."""
        show = await self.shows.get(edition.show_id)
        name = inert(show.name) if show else "the show"
        if edition.halted is not None:
            return f"Publishing edition {edition.number} of the digest of **{name}** stopped: " + halted(edition)
        if edition.completed_at is not None:
            return (
                f"Edition {edition.number} of the digest of **{name}** is now published in full in "
                f"<#{edition.channel_id}>: {links(edition)}" + crossposting(edition)
            )
        return None


def halted(edition: Edition) -> str:
    """Why an edition stopped and what the editor can do."""
    assert edition.halted is not None
    if not edition.sent:
        return f"{edition.halted}. Nothing was posted: `/digest publish` posts the digest as it is now."
    posted = posted_items([m.embeds for m in edition.sent])
    opening = edition.messages[0].embeds[0].get("title") if edition.messages[0].embeds else None
    shown = f" under the title “{opening}”" if opening else ""
    return (
        f"{edition.halted}. {len(edition.sent)} of its {len(edition.messages)} messages "
        f"{'was' if len(edition.sent) == 1 else 'were'} posted "
        f"({links(edition)}): readers see {posted} of its {edition.items} items{shown}. `/digest unpublish` takes "
        f"them down, `/digest publish again:true` posts a new edition."
    )


def crossposting(edition: Edition) -> str:
    """How the crossposts of an announcement-channel edition stand."""
    if not edition.crosspost or edition.completed_at is None:
        return ""
    waiting = [m for m in edition.messages if m.crosspost_after is not None]
    refused = [m for m in edition.messages if m.crossposted_at is None and m.crosspost_after is None]
    if waiting:
        due = max(m.crosspost_after for m in waiting if m.crosspost_after is not None)
        return (
            f" Discord lets a channel crosspost about 10 messages an hour: {len(waiting)} of its messages will be "
            f"crossposted to the servers that follow <#{edition.channel_id}> <t:{int(due.timestamp())}:R>."
        )
    if refused:
        return f" It was not crossposted to following servers: {refused[0].crosspost_error}."
    return f" Crossposted to the servers that follow <#{edition.channel_id}>."


def report(publication: Publication) -> str:
    """The editor's answer after `/digest publish` or Publish."""
    e, name = publication.edition, inert(publication.show_name)
    if publication.interrupted:
        return (
            f"Edition {e.number} of the digest of **{name}** is recorded and being posted in <#{e.channel_id}>, but "
            f"Backstage's database stopped answering while it was posted. Backstage carries on by itself "
            f"as soon as the database is back and tells the desk when the edition is published in full. Nothing will "
            f"be posted twice."
        )
    if not publication.created and e.live and e.halted is None and e.completed_at is None:
        return (
            f"Edition {e.number} of the digest of **{name}** is being published right now in <#{e.channel_id}>"
            f"{' by another Backstage process' if publication.elsewhere else ''}: {len(e.sent)} of its "
            f"{len(e.messages)} messages so far{' (' + links(e) + ')' if e.sent else ''}. The desk is told when it "
            f"is complete. Nothing more was posted."
        )
    if not publication.created:
        if publication.again:
            return f"Edition {e.number} of **{name}** already shows exactly this digest: {links(e)} Nothing was posted."
        state = f" (it stopped: {e.halted})" if e.halted else ""
        return (
            f"The digest of **{name}** is already published: edition {e.number}, by {inert(e.requested_name)} "
            f"{when(e)}, in <#{e.channel_id}>{state}: {links(e) or 'no message yet'}. Nothing more was posted. "
            f"`/digest publish again:true` posts a new edition; `/digest unpublish` takes it down."
        )
    if e.halted is not None:
        how = "was not published in full" if e.sent else "was not published"
        return f"Edition {e.number} of the digest of **{name}** {how}: " + halted(e)
    if not e.live:
        return (
            f"Edition {e.number} of the digest of **{name}** was unpublished by "
            f"{inert(e.unpublished_by or 'an editor')} while it was being posted: nothing more of it is posted, "
            "and what was posted is taken down. `/digest publish` posts the digest as it is now."
        )
    if e.completed_at is None and publication.stopping:
        return (
            f"Backstage is stopping (a restart or an update): edition {e.number} of the digest of **{name}** is "
            f"recorded{' (posted so far: ' + links(e) + ')' if e.sent else ''} and the rest is posted in "
            f"<#{e.channel_id}> when Backstage starts again; the desk is told when it is done. Nothing will be "
            f"posted twice."
        )
    if e.completed_at is None:
        return (
            f"Edition {e.number} of the digest of **{name}** is recorded and being posted in <#{e.channel_id}>"
            f"{' (so far: ' + links(e) + ')' if e.sent else ''}, but Discord is not answering right now. Backstage "
            f"keeps trying, also after a restart, and tells the desk when it is done. Nothing will be posted twice."
        )
    return (
        f"Published edition {e.number} of the digest of **{name}** ({plural(e.items, 'item')}) in <#{e.channel_id}>: "
        f"{links(e)}" + crossposting(e) + withdrawn(publication.withdrawn)
    )


def withdrawn(ids: tuple[int, ...]) -> str:
    """What the publishing editor is told of sightings retracted while the edition was posted, after their
    message went up (the desk is told the same, `retracted_after_publishing`)."""
    if not ids:
        return ""
    named = ", ".join(f"#{sid}" for sid in ids)
    it = "it" if len(ids) == 1 else "them"
    return (
        f" **{named} {'was' if len(ids) == 1 else 'were'} retracted while it was posted**, after {it} went up: "
        f"the edition still tells {it} (the desk is told). To correct it, post a new edition with `/digest publish "
        f"again:true` (it leaves {named} out), or take the digest down with `/digest unpublish`."
    )


def unpublished(show_name: str, editions: list[Edition]) -> str:
    """The editor's answer after `/digest unpublish`."""
    parts = []
    for e in editions:
        gone = [m for m in e.sent if m.deleted_at is not None]
        left = [m for m in e.sent if m.deleted_at is None]
        text = f"edition {e.number} ({len(gone)} message{'s' if len(gone) != 1 else ''} deleted in <#{e.channel_id}>"
        if left:
            text += f"; {len(left)} could not be deleted yet, Backstage keeps trying"
        parts.append(text + ")")
    followers = any(m.crossposted_at for e in editions for m in e.messages)
    note = " Servers that follow the channel keep the copies Discord already delivered to them." if followers else ""
    return f"Unpublished the digest of **{inert(show_name)}**: {'; '.join(parts)}.{note}"


def retracted_after_publishing(sighting_id: int, editions: list[Edition], show_name: str) -> str:
    """The desk's notice: a sighting the published digest tells was retracted, and what an editor can do."""
    numbers = ", ".join(str(e.number) for e in editions)
    where = " ".join(links(e) for e in editions)
    return (
        f"**#{sighting_id}** was retracted, but the published digest of {inert(show_name)} (edition {numbers}) still "
        f"tells it: {where}. To correct it, post a new edition with `/digest publish again:true` (it leaves "
        f"#{sighting_id} out), or take the digest down with `/digest unpublish`."
    )


def corrected_after_publishing(sighting_id: int, labels: list[str], editions: list[Edition], show_name: str) -> str:
    """The desk's notice: a sighting the published digest tells was corrected in what it tells, and what to do."""
    numbers = ", ".join(str(e.number) for e in editions)
    where = " ".join(links(e) for e in editions)
    return (
        f"**#{sighting_id}** was corrected ({', '.join(labels)}), but the published digest of {inert(show_name)} "
        f"(edition {numbers}) still tells the previous version: {where}. {_republish(editions)}"
    )


def put_right_after_publishing(sighting_id: int, righted: list[int], editions: list[Edition], show_name: str) -> str:
    """The desk's notice: a new report puts right reports the published digest tells, and what to do."""
    numbers = ", ".join(str(e.number) for e in editions)
    where = " ".join(links(e) for e in editions)
    named = ", ".join(f"#{sid}" for sid in righted)
    return (
        f"**#{sighting_id}** is a correction of {named}, which the published digest of {inert(show_name)} (edition "
        f"{numbers}) still tells as first reported: {where}. {_republish(editions)}"
    )


def _republish(editions: list[Edition]) -> str:
    """What an editor can do when a published edition tells what was since put right."""
    return (
        "To publish the correction, post a new edition with `/digest publish again:true` and take the old one down "
        f"with `/digest unpublish edition:{editions[-1].number}`, or take the digest down with `/digest unpublish`."
    )
