"""``FakeDiscord``: a local Discord (REST + gateway on 127.0.0.1) for the real, unmodified discord.py.

Point the client at it with :meth:`FakeDiscord.install` (sets ``discord.http.Route.BASE`` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``; :meth:`uninstall` restores them), build the world
(guilds, roles, channels, members), let the bot connect, then act as users (slash commands, autocomplete,
buttons, reactions) and inspect what the bot did (``requests``, ``channel_messages``, ``violations``).
"""

from __future__ import annotations

import asyncio
import math
import secrets
import socket
import time
from collections.abc import Callable, Collection
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import yarl
from aiohttp import web

from .actions import UserActions
from .gateway import (
    DIRECT_MESSAGES,
    GUILD_MEMBERS,
    GUILD_MESSAGES,
    GatewayHub,
)
from .handlers import Handlers
from .ids import DISCORD_EPOCH_MS, JSON, Snowflakes, error_body
from .interactions import (
    CommandRegistry,
    InteractionResult,
)
from .messages import EPHEMERAL, MessageStore, Upload
from .models import FakeChannel, FakeGuild, FakeMember
from .pins import PIN_LIMIT, pinned
from .ratelimit import RateLimiter
from .rest import HTTPError, RecordedRequest, Reply, RestApi
from .spec import SpecValidator, default_spec_path
from .waiting import Changes

T = TypeVar("T")


class Hold:
    """Requests matching a predicate wait (after reaching the fake, before being answered) until released: a
    test can act while a request is on the wire, deterministically. ``reached`` counts the requests held."""

    def __init__(self, matches: Callable[[RecordedRequest], bool]) -> None:
        self.matches = matches
        self.reached = 0
        self._released = asyncio.Event()

    def release(self) -> None:
        self._released.set()

    async def wait(self) -> None:
        await self._released.wait()


DEFAULT_SPEC_PATH = default_spec_path()
ROUTE_LIMIT = (50, 1.0)
REACTION_LIMIT = (1, 0.25)
# Discord keeps a nonce "in the past few minutes" (Create Message, enforce_nonce); the exact span is not
# documented, so the fake uses three minutes unless a test asks otherwise.
NONCE_WINDOW = 180.0
# "Messages older than 1 hour may only be edited 3 times per 6-second window per channel" (discord-userdoccers,
# resources/message, Edit Message); beyond that Discord answers 429 with code 30046 "Maximum number of edits to
# messages older than 1 hour reached. Try again later" (discord-api-docs, JSON error codes).
OLD_MESSAGE_AGE = 3600.0
OLD_EDIT_LIMIT = (3, 6.0)
# Crossposts: about 10 per channel per hour (DISCORD-NOTES; Discord's support article on announcement channels,
# https://support.discord.com/hc/en-us/articles/360032008192); beyond it a 429 with a long retry_after in the body.
CROSSPOST_LIMIT = (10, 3600.0)
# A slash-command option's upload is an ephemeral attachment, "automatically removed after a set period of time"
# (Attachment Object); the period is not documented. Its URL stops answering after this many seconds of the
# fake's clock (`travel` past it in a test).
EPHEMERAL_TTL = 3600.0
TOKEN_LIFETIME = 15 * 60.0  # an interaction token's life (receiving-and-responding.mdx: "valid for 15 minutes")
# "Each shard can only support a maximum of 2500 guilds" (gateway#sharding): more in one session closes it with 4011.
GUILDS_PER_SHARD = 2500
# GET /gateway/bot's `shards` is "the recommended number of shards"; Discord does not publish its formula, and
# bots observe one shard per 1,000 guilds (e.g. github.com/Brainicism/KMQ_Discord/pull/1505).
GUILDS_PER_RECOMMENDED_SHARD = 1000
SESSION_STARTS_PER_DAY = 1000  # "Clients are limited to 1000 IDENTIFY calls to the websocket in a 24-hour period"
UPLOAD_LIMIT = 10 * 1024 * 1024  # per file, unboosted (https://discord.com/developers/docs/reference#uploading-files)


class FakeDiscord(UserActions):
    """A fake Discord for one test (one event loop).

    ``channel_limit``: messages per window per channel for ``POST /channels/{id}/messages`` (Discord:
    about 5 per 5 s). ``crosspost_limit``: crossposts per window per channel (about 10 an hour).
    ``upload_limit``: bytes per uploaded file (an interaction's ``attachment_size_limit``; a bigger file is
    refused with 413 / 40005). ``response_deadline``: seconds allowed between INTERACTION_CREATE and the initial
    response (Discord: 3). ``reject_invalid``: answer 400 like Discord to bodies that break the spec or
    Discord's limits (violations are recorded either way). ``nonce_window``: seconds a nonce is remembered.
    ``old_message_age`` / ``old_edit_limit``: when a message counts as old and how many edits of old messages
    a channel takes per window (30046 beyond). ``ephemeral_ttl``: seconds a slash-command option's upload
    (an ephemeral attachment) answers at its URL. ``guilds_per_shard``: the most guilds one gateway session may
    hold (more: 4011 Sharding required). ``max_concurrency``: the session start limit's IDENTIFYs per 5 s, by
    ``shard_id % max_concurrency``, enforced with ``identify_limit`` (see gateway.py). ``recommended_shards``:
    what ``GET /gateway/bot`` recommends (default: one shard per 1,000 guilds). Message ages and the nonce
    window follow the fake's clock, which :meth:`travel` moves forward, so a test never waits an hour
    (rate-limit windows keep real time).
    """

    def __init__(
        self,
        spec_path: Path | None = DEFAULT_SPEC_PATH,
        *,
        channel_limit: tuple[int, float] = (5, 5.0),
        crosspost_limit: tuple[int, float] = CROSSPOST_LIMIT,
        upload_limit: int = UPLOAD_LIMIT,
        response_deadline: float = 3.0,
        token: str = "fake-token",
        reject_invalid: bool = True,
        listen_backlog: int = 1024,
        nonce_window: float = NONCE_WINDOW,
        old_message_age: float = OLD_MESSAGE_AGE,
        old_edit_limit: tuple[int, float] = OLD_EDIT_LIMIT,
        ephemeral_ttl: float = EPHEMERAL_TTL,
        guilds_per_shard: int = GUILDS_PER_SHARD,
        max_concurrency: int = 1,
        identify_limit: bool = False,
        recommended_shards: int | None = None,
    ) -> None:
        self.guilds_per_shard = guilds_per_shard
        self.max_concurrency = max_concurrency
        self.identify_limit = identify_limit
        self._recommended_shards = recommended_shards
        # a deep listen backlog: aiohttp's default (128) overflows when a burst makes discord.py open 200
        # connections at once, and the kernel's SYN retransmit (1 s) would be billed to the bot as a stall
        self.listen_backlog = listen_backlog
        self.token = token
        self.channel_limit = channel_limit
        self.crosspost_limit = crosspost_limit
        self.upload_limit = upload_limit
        self.followers: dict[int, list[int]] = {}  # announcement channel -> channels that follow it
        self._crossposts: dict[int, list[float]] = {}  # channel -> times of its crossposts
        self.response_deadline = response_deadline
        self.token_lifetime = TOKEN_LIFETIME  # an interaction token's followups and edits (by the fake's clock)
        self.reject_invalid = reject_invalid
        self.old_message_age = old_message_age
        self.old_edit_limit = old_edit_limit
        self.pin_limit = PIN_LIMIT  # pinned messages per channel (pins.py)
        self.time_shift = 0.0  # seconds the fake's clock is ahead of real time (see travel())
        self.latency = 0.0
        # files are served while this is set: a test clears it to hold every download (a slow CDN) and sets it again
        self.downloads = asyncio.Event()
        self.downloads.set()
        self.ids = Snowflakes()
        self.application_id = self.ids.next()
        self.bot_user: JSON = {
            "id": str(self.application_id),
            "username": "Backstage",
            "global_name": None,
            "primary_guild": None,  # UserResponse requires it (null: no primary guild)
            "discriminator": "0",
            "avatar": None,
            "bot": True,
            "verified": True,
            "mfa_enabled": False,
            "flags": 0,
            "public_flags": 0,
            "email": None,
        }
        self._owner_id = self.ids.next()
        self.spec = SpecValidator(spec_path)
        self.changes = Changes()
        self.ratelimiter = RateLimiter()
        self.messages = MessageStore(
            self.ids,
            self.bot_user,
            lambda: self.http_base,
            self.now,
            nonce_window,
            ephemeral_ttl=ephemeral_ttl,
            report=self.violation,
        )
        self.registry = CommandRegistry(self.ids, self.application_id)
        self.hub = GatewayHub(self)
        self.requests: list[RecordedRequest] = []
        self.violations: list[str] = []
        self.count_429 = 0  # the shared per-route buckets exceeded (the headers would have prevented it)
        self.count_30046 = 0  # edits of hour-old messages refused (their own limit, sent as a 429)
        self.count_outage = 0
        self.lost_answers: list[int] = []  # statuses for the next channel message POSTs (see lose_answers)
        self.guilds: list[FakeGuild] = []
        self.dm_channels: dict[int, FakeChannel] = {}
        self.interactions: list[InteractionResult] = []
        self.interactions_by_id: dict[int, InteractionResult] = {}
        self.interactions_by_token: dict[str, InteractionResult] = {}
        self._outage: tuple[int, float | None, float] | None = None
        self._holds: list[Hold] = []
        self._runner: web.AppRunner | None = None
        self._saved: tuple[Any, Any] | None = None
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def spec_loaded(self) -> bool:
        return self.spec.loaded

    @property
    def http_base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.http_base}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    async def start(self) -> None:
        """Binds 127.0.0.1 on a free port and serves REST (``/api/v10``) and the gateway (``/``)."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        rest = RestApi(self, Handlers(self).routes())
        app.router.add_route("GET", "/", self.hub.handle)
        app.router.add_route("*", "/{tail:.*}", rest.handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock, backlog=self.listen_backlog).start()

    async def stop(self) -> None:
        await self.hub.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def install(self) -> None:
        """Points discord.py at this fake (class attributes; restored by :meth:`uninstall`)."""
        from discord import gateway, http

        if self._saved is None:
            self._saved = (http.Route.BASE, gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        http.Route.BASE = self.api_base
        gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

    def uninstall(self) -> None:
        from discord import gateway, http

        if self._saved is not None:
            http.Route.BASE, gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved
            self._saved = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        self.install()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.uninstall()
        await self.stop()

    # -- the fake's clock ----------------------------------------------------------------------
    def now(self) -> float:
        """Epoch seconds as the fake sees them: real time plus every :meth:`travel`."""
        return time.time() + self.time_shift

    def travel(self, seconds: float) -> None:
        """Moves the fake's clock forward: messages get older (30046) and nonces are forgotten, at once."""
        self.time_shift += seconds

    def message_age(self, message: JSON) -> float:
        """Seconds since the message was created, by its snowflake and the fake's clock."""
        created_ms = (int(message["id"]) >> 22) + DISCORD_EPOCH_MS
        return self.now() - created_ms / 1000

    # -- the world -----------------------------------------------------------------------------
    def add_guild(self, name: str = "Test Guild", *, shard: tuple[int, int] | None = None) -> FakeGuild:
        """Adds a guild with the bot in it; sent as GUILD_CREATE now if a bot is connected. ``shard=(i, n)``: an id
        that puts the guild on shard ``i`` of ``n``."""
        guild_id = self.ids.next() if shard is None else self.ids.next_on_shard(*shard)
        guild = FakeGuild(self, guild_id, name, self._owner_id)
        guild.bot_member = FakeMember(self.application_id, self.bot_user["username"], guild.id, bot=True)
        self.guilds.append(guild)
        self.hub.announce_guild(guild)
        return guild

    def guild(self, guild_id: int) -> FakeGuild | None:
        return next((g for g in self.guilds if g.id == guild_id), None)

    def channel(self, channel_id: int) -> FakeChannel | None:
        for guild in self.guilds:
            found = guild.channel(channel_id)
            if found is not None:
                return found
        return next((c for c in self.dm_channels.values() if c.id == channel_id), None)

    def dm_channel(self, user_id: int) -> FakeChannel | None:
        """The DM channel with a member (created on first use, like ``POST /users/@me/channels``)."""
        if user_id in self.dm_channels:
            return self.dm_channels[user_id]
        member = next((m for g in self.guilds for m in g.members if m.id == user_id), None)
        if member is None:
            return None
        channel = FakeChannel(self.ids.next(), "", None, type=1, recipient=member.user_payload())
        self.dm_channels[user_id] = channel
        return channel

    def follow(self, source: FakeChannel, target: FakeChannel) -> None:
        """``target`` (any server's text channel) follows the announcement channel ``source``: every message
        crossposted there is copied into ``target``."""
        self.followers.setdefault(source.id, []).append(target.id)

    def crosspost_budget(self, channel_id: int) -> None:
        """Count one crosspost in the channel, or refuse it (429, see handlers.crosspost_message) when the
        channel used its ``crosspost_limit``."""
        limit, window = self.crosspost_limit
        now = asyncio.get_running_loop().time()
        recent = [t for t in self._crossposts.get(channel_id, []) if now - t < window]
        if len(recent) >= limit:
            self.count_429 += 1
            retry_after = round((recent[0] + window - now) if recent else window, 3)
            body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
            headers = {"Via": "1.1 google", "Retry-After": str(math.ceil(retry_after)), "X-RateLimit-Scope": "shared"}
            raise HTTPError(429, body, headers)
        self._crossposts[channel_id] = [*recent, now]

    def guild_changed(self, guild: FakeGuild, event: str, payload: JSON) -> None:
        """Announces a change of the world. Member events need GUILD_MEMBERS, except GUILD_MEMBER_UPDATE of
        the bot itself, which Discord sends regardless of intents
        (https://discord.com/developers/docs/events/gateway#caveats)."""
        intent = None
        if event in ("GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE"):
            yourself = str((payload.get("user") or {}).get("id")) == str(self.application_id)
            intent = None if yourself else GUILD_MEMBERS
        self.hub.dispatch(event, payload, guild_id=guild.id, intent=intent)

    @property
    def commands(self) -> list[JSON]:
        """Every command the bot synced (global and per guild), as Discord stores them."""
        return self.registry.all()

    @property
    def intents(self) -> int | None:
        """Intents of the latest IDENTIFY."""
        return self.hub.intents

    @property
    def identify_count(self) -> int:
        return self.hub.identify_count

    @property
    def resume_count(self) -> int:
        return self.hub.resume_count

    @property
    def recommended_shards(self) -> int:
        """``shards`` of ``GET /gateway/bot``."""
        if self._recommended_shards is not None:
            return self._recommended_shards
        return max(1, math.ceil(len(self.guilds) / GUILDS_PER_RECOMMENDED_SHARD))

    def session_start_limit(self) -> JSON:
        """The session start limit object (gateway#session-start-limit-object): every IDENTIFY counts."""
        remaining = max(0, SESSION_STARTS_PER_DAY - self.hub.identify_count)
        return {
            "total": SESSION_STARTS_PER_DAY,
            "remaining": remaining,
            "reset_after": 86_400_000,
            "max_concurrency": self.max_concurrency,
        }

    def app_info(self) -> JSON:
        owner = {"id": str(self._owner_id), "username": "owner", "discriminator": "0", "avatar": None}
        return {
            "id": str(self.application_id),
            "name": self.bot_user["username"],
            "description": "",
            "icon": None,
            "bot_public": False,
            "bot_require_code_grant": False,
            "owner": owner,
            "team": None,
            "verify_key": secrets.token_hex(32),
            "flags": 0,
            "bot": self.bot_user,
            "summary": "",
            "tags": [],
            "redirect_uris": [],
            "interactions_endpoint_url": None,
        }

    # -- records -------------------------------------------------------------------------------
    def violation(self, text: str) -> None:
        self.violations.append(text)

    def assert_clean(self) -> None:
        """Raises AssertionError listing every rule the bot broke."""
        if self.violations:
            listing = "\n".join(f"  - {v}" for v in self.violations)
            raise AssertionError(f"{len(self.violations)} Discord rule violation(s):\n{listing}")

    def channel_messages(
        self, channel_id: int, *, include_deleted: bool = False, include_ephemeral: bool = False
    ) -> list[JSON]:
        """Messages the bot posted in a channel, oldest first, with later edits applied."""
        return self.messages.in_channel(
            channel_id, include_deleted=include_deleted, include_ephemeral=include_ephemeral
        )

    def pins(self, channel_id: int) -> list[JSON]:
        """The channel's pinned messages, oldest first."""
        return pinned(self, channel_id)

    def message(self, message_id: int | str) -> JSON | None:
        return self.messages.get(int(message_id), include_deleted=True)

    @property
    def uploads(self) -> list[Upload]:
        """Files the bot uploaded (name, bytes, message and channel ids)."""
        return list(self.messages.uploads)

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 10.0, what: str = "") -> T:
        """Waits until ``predicate()`` is truthy (re-checked after each request or gateway frame)."""
        return await self.changes.wait_for(predicate, timeout, what or "a condition")

    async def wait_messages(self, channel_id: int, count: int, timeout: float = 10.0) -> list[JSON]:
        await self.wait_for(
            lambda: len(self.channel_messages(channel_id)) >= count,
            timeout,
            f"{count} message(s) in channel {channel_id}",
        )
        return self.channel_messages(channel_id)

    # -- faults --------------------------------------------------------------------------------
    def outage(self, status: int = 503, seconds: float | None = None) -> None:
        """Channel message POST/PATCH answer ``status`` until :meth:`restore` (or for ``seconds``)."""
        self._outage = (status, self._deadline(seconds), 0.0)

    def outage_429(self, retry_after: float = 1.0, seconds: float | None = None) -> None:
        """Channel message POST/PATCH answer 429 (with ``Via``: discord.py retries after ``retry_after``)."""
        self._outage = (429, self._deadline(seconds), retry_after)

    def restore(self) -> None:
        self._outage = None

    def lose_answers(self, count: int = 1, status: int = 503) -> None:
        """The next ``count`` channel message POSTs create their message, then answer ``status`` as if the
        answer were lost on the way back (a gateway timeout after Discord made the message)."""
        self.lost_answers.extend([status] * count)

    def hold(self, matches: Callable[[RecordedRequest], bool]) -> Hold:
        """Hold every request for which ``matches(request)`` is true until ``release()`` (see :class:`Hold`)."""
        hold = Hold(matches)
        self._holds.append(hold)
        return hold

    async def held(self, request: RecordedRequest) -> None:
        for hold in self._holds:
            if hold.matches(request):
                hold.reached += 1
                self.changes.bump()
                await hold.wait()

    def _deadline(self, seconds: float | None) -> float | None:
        return None if seconds is None else asyncio.get_running_loop().time() + seconds

    def current_outage(self) -> Reply | None:
        if self._outage is None:
            return None
        status, until, retry_after = self._outage
        if until is not None and asyncio.get_running_loop().time() >= until:
            self._outage = None
            return None
        self.count_outage += 1
        if status == 429:
            body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
            return Reply(429, body, {"Via": "1.1 google", "Retry-After": str(max(1, round(retry_after)))})
        return Reply(status, error_body(f"{status}: injected outage", 0))

    def limit_for(self, kind: str) -> tuple[int, float]:
        if kind == "channel":
            return self.channel_limit
        if kind == "reaction":
            return REACTION_LIMIT
        return ROUTE_LIMIT

    # -- gateway -------------------------------------------------------------------------------
    async def wait_ready(
        self, timeout: float = 10.0, *, identifies: int | None = None, shards: Collection[tuple[int, int]] = ()
    ) -> None:
        """Until a client has IDENTIFYed and READY plus every GUILD_CREATE were sent to it.

        ``identifies``: also wait until that many IDENTIFYs happened over the run (a restarted bot). ``shards``:
        and until each of these ``(shard_id, num_shards)`` has a connected session.
        """
        await self.wait_for(
            lambda: self.hub.identify_count >= (identifies or 0) and self.hub.all_guilds_sent(shards),
            timeout,
            "a bot to IDENTIFY and receive READY and its GUILD_CREATEs",
        )

    async def disconnect(self, code: int = 4000) -> None:
        """Drops the bot's gateway connection like a network failure; discord.py reconnects and RESUMEs."""
        await self.hub.drop(code)

    def emit_message(self, event: str, message: JSON) -> None:
        """MESSAGE_CREATE / UPDATE / DELETE for the bot's own non-ephemeral messages (intent-gated)."""
        if message["flags"] & EPHEMERAL:
            return
        channel = self.channel(int(message["channel_id"]))
        guild_id = channel.guild_id if channel else None
        if event == "MESSAGE_DELETE":
            data: JSON = {"id": message["id"], "channel_id": message["channel_id"]}
        else:
            data = dict(message)
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
            guild = self.guild(guild_id)
            if event != "MESSAGE_DELETE" and guild is not None and guild.bot_member is not None:
                data["member"] = guild.bot_member.member_payload(with_user=False)
        intent = GUILD_MESSAGES if guild_id is not None else DIRECT_MESSAGES
        self.hub.dispatch(event, data, guild_id=guild_id, intent=intent)
