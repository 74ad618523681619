"""The Bot subclass: resources come in from main(), cogs are loaded in setup_hook."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from datetime import UTC, datetime
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.afterwards import Afterwards
from bot.errors import UserError
from bot.feed.discord_transport import BudgetWatch, DiscordTransport
from bot.feed.health import ChannelWatch
from bot.feed.keys import KeySummaryWork
from bot.feed.permissions import INVITE
from bot.feed.publisher import NONCE_WINDOW, REQUEST_TIMEOUT, FeedPublisher
from bot.in_flight import CANCEL_WAIT, REFUSED, InFlight
from bot.limits import CONTENT_MAX, clip
from bot.publishing.publisher import EditionPublisher
from bot.publishing.transport import DiscordDigestTransport
from bot.services import Services
from bot.sharding import ranges, shard_of
from db.database import DatabaseError, StorageUnavailable

log = logging.getLogger(__name__)

EXTENSIONS = (
    "cogs.admin",
    "cogs.shows",
    "cogs.roster",
    "cogs.sightings",
    "cogs.post_as",
    "cogs.corrections",
    "cogs.approval",
    "cogs.keys",
    "cogs.digest",
    "cogs.feed",
    "cogs.views",
)
SYNC_HASH_KEY = "commands_hash"
UNKNOWN_INTERACTION = 10062  # Discord's code for an interaction whose token died (DISCORD-NOTES: the 3 s deadline)
# A command, button press or form still working this long after its interaction arrived is deferred, whatever it
# waits for (a database that stalls, a slow upload): the deferral must reach Discord within its 3 s, and the result
# follows as the deferred answer (a followup or an edit may come for 15 minutes). README "When the database is slow".
ANSWER_MARGIN = 2.0
# what a command tells about itself in its `extras` (`@app_commands.command(..., extras=READS)`), read here only:
# PUBLIC, its first answer is seen by the channel (a deferral keeps it public); READS, it only reads, so when the
# database is unavailable it answers READ_ERROR, not STORAGE_ERROR's "not saved"
PUBLIC = {"public_answer": True}
READS = {"reads": True}

STORAGE_ERROR = (
    "This was **not saved**: Backstage cannot write to its database right now (the desk has been told in the "
    "logs). Nothing you posted before is lost. Try again in a minute."
)
READ_ERROR = (
    "Backstage cannot read its database right now (the desk has been told in the logs), so I cannot answer this "
    "yet. Nothing was changed and nothing you posted is lost. Try again in a minute."
)
INTERNAL_ERROR = (
    "Something went wrong on our side and the desk has been told in the logs. "
    "If you were posting a sighting, check `/sighting list` before posting it again."
)


# What the bot needs in the channels it posts to (bot.feed.permissions, the one rule); README "Invite it" lists
# the same (a test holds them equal).
INVITE_PERMISSIONS = discord.Permissions(INVITE)


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(
        application_id, permissions=INVITE_PERMISSIONS, scopes=("bot", "applications.commands")
    )


def intents() -> discord.Intents:
    """Slash commands need no privileged intent; reactions (votes) need guild reactions."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_reactions = True
    return wanted


def explain(interaction: discord.Interaction[Any], error: BaseException) -> str:
    """The sentence a person sees for an error; unexpected ones are logged with their traceback."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, UserError):
        return original.message
    if isinstance(original, StorageUnavailable):
        reads = interaction.command is not None and interaction.command.extras.get("reads", False)
        log.error("the database is unavailable (%s): %s", "a read" if reads else "a write", original)
        return READ_ERROR if reads else STORAGE_ERROR
    if isinstance(original, app_commands.TransformerError):
        return f"I could not read `{original.value}` as {original.type.name.lower()}. Check it and try again."
    if isinstance(original, app_commands.NoPrivateMessage):
        return "Backstage works inside a server, not in direct messages."
    if isinstance(original, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {original.retry_after:.0f} s."
    if isinstance(original, app_commands.CheckFailure):
        return str(original) or "You cannot use this command here."
    if isinstance(original, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return "This command changed since your Discord loaded it. Reload Discord (Ctrl+R) and try again."
    command = interaction.command.qualified_name if interaction.command else interaction.data
    log.error("interaction %s failed", command, exc_info=original)
    return INTERNAL_ERROR


# The first answer to each interaction still in its first seconds: the watch (`answer_in_time`) and the handler
# take turns through this lock, so a deferral and a handler's own answer are never sent both (Discord: 40060).
_first_answers: dict[int, asyncio.Lock] = {}
_watches: set[asyncio.Task[None]] = set()
# Interaction types the watch defers (an autocomplete is never deferred: it answers with choices or not at all)
WATCHED = (
    discord.InteractionType.application_command,
    discord.InteractionType.component,
    discord.InteractionType.modal_submit,
)


def first_answer(interaction: discord.Interaction[Any]) -> asyncio.Lock:
    """The interaction's lock while it is watched; a lock of its own otherwise (nobody else answers it). Whoever
    gives an interaction its first answer holds it, and looks at `interaction.response.is_done()` inside."""
    return _first_answers.get(interaction.id) or asyncio.Lock()


def watch(interaction: discord.Interaction[Any]) -> None:
    """From now on, `interaction` is answered within Discord's 3 s (`answer_in_time`), once each."""
    if interaction.type not in WATCHED or interaction.id in _first_answers:
        return
    _first_answers[interaction.id] = asyncio.Lock()
    task = asyncio.get_running_loop().create_task(answer_in_time(interaction, time.monotonic()))
    _watches.add(task)
    task.add_done_callback(_watches.discard)


async def defer(interaction: discord.Interaction[Any], *, ephemeral: bool = True) -> bool:
    """Answer "thinking…" now unless the interaction was answered already (by the command or by the watch).
    True if this call deferred it."""
    async with first_answer(interaction):
        if interaction.response.is_done():
            return False
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    client = interaction.client
    if isinstance(client, Backstage):  # noted until its answer reaches Discord: else the next start tells it
        await client.services.unanswered.note(interaction, client.in_flight.working(interaction))
    return True


async def defer_update(interaction: discord.Interaction[Any]) -> bool:
    """A button press (or a form opened from a button) answered "the message will be edited later" now, unless it
    was answered already. True if this call deferred it. Discord: DEFERRED_UPDATE_MESSAGE (type 6), "for components,
    ACK an interaction and edit the original message later; the user does not see a loading state"
    (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type);
    a modal submit may answer it only when the modal was opened from a component."""
    async with first_answer(interaction):
        if interaction.response.is_done():
            return False
        await interaction.response.defer(thinking=False)  # discord.py: type 6 for a component or a modal submit
        return True


def on_a_message(interaction: discord.Interaction[Any]) -> bool:
    """A button press, or a form opened from a button: its answer may edit the message the button is on."""
    kind = interaction.type
    return kind is discord.InteractionType.component or (
        kind is discord.InteractionType.modal_submit and interaction.message is not None
    )


async def answer_in_time(interaction: discord.Interaction[Any], arrived: float) -> None:
    """The rule for every command, button and form: unanswered `ANSWER_MARGIN` s after it arrived, the
    interaction is deferred, so that whatever its handler waits for, Discord is answered within its 3 s and the
    result, saved or not, reaches the person through `reply` (a followup) or `update` (the message edited).
    A command: "thinking…", ephemeral unless its first answer is public. A button press, or a form opened from one:
    DEFERRED_UPDATE_MESSAGE (`defer_update`). A form opened by a command: "thinking…", ephemeral."""
    try:
        await asyncio.sleep(max(0.0, arrived + ANSWER_MARGIN - time.monotonic()))
        if on_a_message(interaction):
            deferred = await defer_update(interaction)
        else:
            command = interaction.command
            public = bool(command is not None and command.extras.get("public_answer"))
            deferred = await defer(interaction, ephemeral=not public)
        if deferred:
            log.info("interaction %s deferred: it was still being handled after %g s", interaction.id, ANSWER_MARGIN)
    except discord.HTTPException as exc:
        log.warning("could not defer interaction %s in time: %s", interaction.id, exc)
    finally:
        _first_answers.pop(interaction.id, None)


async def reply(
    interaction: discord.Interaction[Any], content: str | None = None, *, ephemeral: bool = True, **kwargs: Any
) -> discord.InteractionMessage | discord.WebhookMessage | None:
    """The one way to answer an interaction: the response if it is still unanswered, else a followup (after a
    `defer()` or a first answer). Text is cut to Discord's 2,000 characters, so a long echo of user input can
    never turn a success into an error. Returns the message sent, for views that edit it later."""
    content = clip(content, CONTENT_MAX) if content else content
    if _silenced(interaction, content):
        return None
    async with first_answer(interaction):
        if not interaction.response.is_done():
            callback = await interaction.response.send_message(content, ephemeral=ephemeral, **kwargs)
            resource = callback.resource
            return resource if isinstance(resource, discord.InteractionMessage) else None
    sent = await interaction.followup.send(content or "", ephemeral=ephemeral, wait=True, **kwargs)
    client = interaction.client
    if isinstance(client, Backstage):  # its answer reached Discord: no successor need tell it (bot.unanswered)
        client.services.unanswered.answered(interaction.id)
    return sent


def _silenced(interaction: discord.Interaction[Any], content: str | None) -> bool:
    """An answer from a handler whose person the stop already told (`InFlight.silenced`): logged, not sent."""
    client = interaction.client
    if isinstance(client, Backstage) and client.in_flight.silenced(interaction):
        log.info("interaction %s: not sent, as the stop told its person already: %s", interaction.id, content)
        return True
    return False


async def update(interaction: discord.Interaction[Any], **changes: Any) -> None:
    """Edit the message a button (or a form opened from one) is on: as the interaction's response while it is
    unanswered (UPDATE_MESSAGE), else as the edit of its original message (after `defer_update`, the message the
    button is on)."""
    if _silenced(interaction, changes.get("content")):
        return
    async with first_answer(interaction):
        if not interaction.response.is_done():
            await interaction.response.edit_message(**changes)
            return
    await interaction.edit_original_response(**changes)


async def handle_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """One error path for commands, buttons and modals: a clear ephemeral reply, whatever the state; if the
    interaction already expired, the sentence goes to the log instead."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, discord.NotFound) and original.code == UNKNOWN_INTERACTION:
        # the first answer came after Discord's 3 s: the token is dead, so another try would only meet 10062 again
        # (a followup 10015): nothing can reach the person through this interaction any more
        log.warning(
            "interaction %s was answered too late (Discord's 3 s deadline); nothing more was sent", interaction.id
        )
        return
    message = explain(interaction, error)
    log.info("interaction %s refused: %s", interaction.id, message, extra={"refused_interaction": interaction.id})
    try:
        await reply(interaction, message)
    except discord.HTTPException as exc:
        log.warning("could not deliver an error reply (%s): %s", exc, message)


class BackstageTree(app_commands.CommandTree["Backstage"]):
    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Runs in the command's own task, before the command: a stop waits for it (`InFlight`); once the stop has
        stopped waiting, the command is not run and its person is told so."""
        if self.client.in_flight.handling(interaction):
            return True
        await reply(interaction, REFUSED)
        return False

    async def on_error(self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError) -> None:
        await handle_error(interaction, error)


class Backstage(commands.AutoShardedBot):
    """The bot. Sharded (discord.py's AutoShardedBot): `shard_count` and `shard_ids` (BACKSTAGE_SHARD_COUNT,
    BACKSTAGE_SHARD_IDS) give this process a range of shards; without them it asks Discord for the recommended
    count (GET /gateway/bot) and serves every shard."""

    def __init__(self, services: Services, *, sync_guild_id: int | None = None, **options: Any) -> None:
        options.setdefault("guild_ready_timeout", 2.0)
        # no message cache: votes come from raw reaction events and feed messages are edited by id, so the
        # 1,000 cached messages (embeds and all) would only cost memory through a long night
        options.setdefault("max_messages", None)
        # a rate limit longer than this is raised (discord.RateLimited) instead of slept on inside the bucket's
        # lock: the feed reschedules that one request and goes on (e.g. 30046 on an hour-old message), and after
        # the 10th crosspost of the hour in a channel Discord's headers say "wait an hour", which discord.py would
        # otherwise sleep inside the request (30 s is its smallest allowed value)
        options.setdefault("max_ratelimit_timeout", REQUEST_TIMEOUT)
        budgets = BudgetWatch()
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents(),
            tree_cls=BackstageTree,
            allowed_mentions=discord.AllowedMentions.none(),
            http_trace=budgets.trace,
            **options,
        )
        self.services = services
        self.sync_guild_id = sync_guild_id
        # custom_id tokens of the views this process still answers (see cogs.views); anything else that
        # carries the volatile prefix is a button from before a restart or a timeout
        self.live_view_tokens: set[str] = set()
        transport = DiscordTransport(self)
        self.notices = transport  # plain notices to a desk, or a DM (`cogs.corrections`: a retraction after publishing)
        key_moments = KeySummaryWork(
            services.key_repo,
            transport,
            transport,
            services.feed_health,
            lambda: datetime.now(UTC),
            nonce_window=NONCE_WINDOW,
            request_timeout=REQUEST_TIMEOUT,
        )
        self.publisher = FeedPublisher(
            services.outbox,
            services.sighting_repo,
            transport,
            services.feed_wakeup,
            services.feed_health,
            linger=services.settings.feed_linger_ms / 1000,
            keys=key_moments,
            leases=services.coordination.leases,
        )
        budgets.listener = self.publisher.observe_budget
        self.feed_watch = ChannelWatch(
            services.feed_health, transport, services.show_repo, interval=services.settings.feed_probe_seconds
        )
        self.editions = EditionPublisher(
            services.edition_repo,
            DiscordDigestTransport(self),
            services.digest.unpublishable,
            notice=services.editions.notice,
            photos=services.digest.photo,
            leases=services.coordination.editions,
            corrected=services.digest.corrected,
        )
        self._announced_ready = False
        # commands, buttons and forms still working: a stop lets them answer first
        self.in_flight = InFlight()
        self.afterwards = Afterwards()  # the desk told after the correspondent's answer (`cogs.corrections`)
        self._close_began = False
        self._telling: asyncio.Task[None] | None = None  # the start-up pass over notes a cut-short process left

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """Every interaction is watched (`answer_in_time`) from the moment it arrives: discord.py dispatches the
        `interaction` event as it parses the gateway's INTERACTION_CREATE, after scheduling the command, view or
        form that handles it and before any of them runs, so the watch's lock is there for their first answer."""
        if event_name == "interaction" and args and isinstance(args[0], discord.Interaction):
            watch(args[0])
        super().dispatch(event_name, *args, **kwargs)

    async def load_all(self) -> None:
        for name in EXTENSIONS:
            if name not in self.extensions:
                await self.load_extension(name)

    async def setup_hook(self) -> None:
        await self.load_all()
        await self.sync_commands(force=False)
        # in the background: the gateway never waits for Discord's webhooks (bot.unanswered)
        self._telling = asyncio.get_running_loop().create_task(self._tell_cut_short(), name="tell-cut-short")
        self.publisher.start()
        # other processes on the same PostgreSQL database: their work and given-back leases wake this one
        # and a channel paused or resumed by another process is paused or resumed here too
        self.services.coordination.listen(self.publisher.heard, self._heard_again, self.services.feed_health.heard)
        self.feed_watch.start()
        self.editions.start()

    async def _tell_cut_short(self) -> None:
        """Commands a killed process left on "thinking…" in the servers this one serves (`bot.unanswered`)."""
        count, ids = self.shard_count, self.shard_ids
        mine = None if count is None or ids is None else (count, frozenset(ids))
        try:
            await self.services.unanswered.tell_left(
                self.http, lambda guild_id: mine is None or shard_of(guild_id, mine[0]) in mine[1]
            )
        except DatabaseError as exc:
            log.warning("could not read the commands a killed process left unanswered: %s", exc)

    def _heard_again(self) -> None:
        """The listening connection was made (again): what other processes said meanwhile was lost."""
        self.services.feed_health.forget()
        self.publisher.heard()

    async def on_ready(self) -> None:
        """One line when the bot is first ready: who it is, where, and the invite link (README, "Invite it")."""
        if self._announced_ready or self.user is None:
            return
        self._announced_ready = True
        servers = len(self.guilds)
        shards = sorted(self.shards)
        log.info(
            "Backstage is ready: logged in as %s (id %s) in %d server%s (shard%s %s of %s). "
            "Invite it to another with %s",
            self.user,
            self.user.id,
            servers,
            "" if servers == 1 else "s",
            "s" if len(shards) > 1 else "",
            ranges(tuple(shards)) if shards else "none",
            self.shard_count,
            invite_url(self.application_id or self.user.id),
        )

    async def close(self) -> None:
        """Stop (SIGTERM): first the interactions still working answer their person, or are told to try again
        (`InFlight.settle`), while the work some of them wait for stops and lets them answer how it stands (imports
        at their next write, digest editions being posted, the worker's jobs running or waiting: an export says it
        was interrupted), all with Discord still connected; then the rest of the background work, the services and
        the connection. Once: a second call (the client's context exit after a stop whose time ran out) returns at
        once, as what the first waits for (a database that does not answer) would hold it too (bot.cli)."""
        if self._close_began:
            return
        self._close_began = True
        if self._telling is not None:
            self._telling.cancel()  # (a note not told yet stays for the next start)
        await asyncio.gather(
            self.in_flight.settle(lambda i, text: reply(i, text)),
            self.services.roster.stop(),
            self.editions.stop(),
            self.services.worker.close(),
            self.afterwards.stop(within=CANCEL_WAIT),
        )
        # every handler ended or was told: the notes of answers Discord took go (the others stay for the next start)
        await self.services.unanswered.close(within=CANCEL_WAIT)
        await self.feed_watch.stop()
        await self.publisher.stop()
        await self.services.close()
        await super().close()

    def commands_payload(self) -> list[dict[str, Any]]:
        return [command.to_dict(self.tree) for command in self.tree.get_commands()]

    def commands_hash(self) -> str:
        payload = json.dumps(self.commands_payload(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()

    async def sync_commands(self, *, force: bool) -> bool:
        """Push the command definitions to Discord when they changed (or when forced). True if synced."""
        scope = f"{SYNC_HASH_KEY}:{self.sync_guild_id or 'global'}"
        digest = self.commands_hash()
        if not force and await self.services.db.get_meta(scope) == digest:
            log.info("slash commands unchanged; not syncing")
            return False
        guild = discord.Object(self.sync_guild_id) if self.sync_guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        await self.services.db.set_meta(scope, digest)
        log.info("synced %d slash commands (%s)", len(synced), scope)
        return True
