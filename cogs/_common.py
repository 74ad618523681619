"""What every cog uses to turn an interaction into what the services need."""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime

import discord
from discord import app_commands

from bot import photos
from bot.access import Actor, Caller
from bot.client import Backstage, defer, reply
from bot.errors import InvalidInput, UserError
from bot.limits import CHOICE_MAX, clip
from bot.services.editions import DeskAlarm
from bot.tagging import Roster
from bot.text import inert

ROSTER_WAIT = 1.5  # seconds an autocomplete waits for a roster being indexed before it says so (Discord: 3 s)
ROSTER_LOADING = "The roster is loading: type the name in full, it is tagged when you post"
KEPT_TEXT_MAX = 1200  # characters of a refused post given back (the whole answer stays within 2,000)

Interaction = discord.Interaction[Backstage]
log = logging.getLogger(__name__)


def actor(interaction: Interaction) -> Actor:
    user = interaction.user
    roles = frozenset(r.id for r in getattr(user, "roles", ()) if r is not None)
    perms = interaction.permissions
    return Actor(
        id=user.id,
        name=getattr(user, "display_name", None) or user.name,
        role_ids=roles,
        manages_server=perms.manage_guild or perms.administrator,
    )


def guild_id(interaction: Interaction) -> int:
    if interaction.guild_id is None:
        raise UserError("Backstage works inside a server, not in direct messages.")
    return interaction.guild_id


async def caller(interaction: Interaction) -> Caller:
    """The one value a service needs about an interaction: the server, its configuration, who, and when."""
    gid = guild_id(interaction)
    config = await interaction.client.services.config.get(gid)
    return Caller(guild_id=gid, config=config, actor=actor(interaction), now=datetime.now(UTC))


async def sighting_id_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[int]]:
    """`id` options: a correspondent's own sightings, an editor's whole show, labelled with their text."""
    found = await interaction.client.services.newsroom.id_choices(await caller(interaction), current)
    return [app_commands.Choice(name=clip(f"#{s.id} · {s.what}", 100), value=s.id) for s in found[:25]]


async def read_photo(interaction: Interaction, photo: discord.Attachment) -> photos.NewPhoto:
    """A photo option's bytes, checked (bot.photos). The interaction is answered first (`defer`): reading a few
    megabytes may take longer than Discord's 3 seconds. Raises InvalidInput (the person must change the file)
    or photos.PhotoUnavailable (Discord did not hand it over)."""
    limit = min(interaction.filesize_limit, interaction.client.services.settings.photo_max_bytes)
    photos.check_declared(photo, limit)
    await defer(interaction)
    return await photos.read_photo(photo, limit)


@contextlib.contextmanager
def keeping_text(text: str | None, said: str = "Nothing was posted. Your text, to post again") -> Iterator[None]:
    """A refusal raised inside gives the person's text back with it, so that nothing they wrote is lost."""
    try:
        yield
    except InvalidInput as exc:
        if not text:
            raise
        given = "\n".join(f"> {line}" for line in clip(inert(text), KEPT_TEXT_MAX).splitlines())
        raise InvalidInput(f"{exc.message}\n{said}:\n{given}") from exc


def card_files(photo: photos.Photo | None) -> list[discord.File]:
    """A desk card's files when a button rewrites it: its photo as it is now, uploaded again (the files an
    interaction's edit lists are the ones the message keeps, so a photo replaced since the card went out is
    dropped)."""
    return [discord.File(io.BytesIO(photo.data), filename=photos.feed_filename(photo.meta))] if photo else []


async def roster_choices(
    interaction: Interaction, current: str, offer: Callable[[Roster], list[tuple[str, str]]]
) -> list[app_commands.Choice[str]]:
    """An autocomplete over the roster: `offer`'s (label, value) pairs, or, while a big roster is still being
    indexed (after an import or a restart), one choice that says so and keeps what was typed: never late."""
    roster = await interaction.client.services.roster.ready(guild_id(interaction), ROSTER_WAIT)
    if roster is None:
        return [app_commands.Choice(name=ROSTER_LOADING, value=clip(current, CHOICE_MAX) or "…")]
    return [app_commands.Choice(name=label, value=value) for label, value in offer(roster)]


def tell_desk_afterwards(interaction: Interaction, alarm: DeskAlarm | Awaitable[DeskAlarm | None], name: str) -> None:
    """Tell the editors that a published edition still tells what a sighting said before (`DeskAlarm`), after the
    person who changed it was answered: when neither the desk nor the editor who opened the show could be told,
    that person gets a second answer saying so (the interaction's followups last 15 minutes). Given the work that
    finds the alarm (a `/spot` that may put a published report right), it runs after the answer too, and the
    person is told in a second answer what the editors are told."""

    async def tell() -> None:
        client = interaction.client
        editions = client.services.editions
        found = alarm if isinstance(alarm, DeskAlarm) else await alarm
        if found is None:
            return
        if not isinstance(alarm, DeskAlarm):
            await reply(interaction, await editions.alarm_said(found))
        missed = await editions.raise_alarm(client.notices, found)
        if missed is not None:
            log.error("%s: %s", name, missed)
            await reply(interaction, missed)

    interaction.client.afterwards.start(tell(), name)
