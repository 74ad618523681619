"""The gateway websocket, as discord.py 2.7's ``DiscordWebSocket`` expects it.

Sequence (plain JSON text frames; the client asks for ``compress=zlib-stream`` but only decompresses
binary frames): server HELLO (op 10) -> client HEARTBEAT (op 1, answered with op 11) and IDENTIFY (op 2,
token + intents) -> READY ``{v, user, guilds: [{id, unavailable: true}], session_id, resume_gateway_url,
shard, application: {id, flags}}`` -> one GUILD_CREATE per guild -> dispatches (op 0) with increasing
``s``. RESUME (op 6) of a known session is answered with the events missed meanwhile and RESUMED
(``d: {}``, never null); an unknown session gets INVALID_SESSION (op 9, ``d: false``). REQUEST_GUILD_MEMBERS
(op 8, sent at startup with the GUILD_MEMBERS intent) is answered with one GUILD_MEMBERS_CHUNK, otherwise
``on_ready`` would wait for chunks. Several clients may connect one after another (a restarted bot): each
IDENTIFY opens a new session and gets READY again.

Sharding (https://discord.com/developers/docs/events/gateway#sharding): with ``shard: [i, n]`` a session only
gets the guilds with ``(guild_id >> 22) % n == i``, their events and their interactions; events without a guild
(DMs) go to shard 0 only. READY carries ``shard`` only when IDENTIFY sent one. IDENTIFY is refused as Discord
refuses it (opcodes-and-status-codes, gateway close event codes): a malformed shard, or one outside ``0..n-1``,
closes with 4010 Invalid shard; a session that would hold more than ``guilds_per_shard`` guilds (Discord: 2,500,
"Each shard can only support a maximum of 2500 guilds") closes with 4011 Sharding required. With
``identify_limit`` on, at most one IDENTIFY per ``rate_limit_key = shard_id % max_concurrency`` every 5 s
("max_concurrency: number of identify requests allowed per 5 seconds"); beyond it, INVALID_SESSION (op 9,
``d: false``), as the docs say ("If your app exceeds this limit, Discord will respond with an Invalid Session").
It is off unless a test turns it on: a restarted bot would wait 5 s more in every restart test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from aiohttp import WSMsgType, web

from .ids import JSON

if TYPE_CHECKING:
    from .models import FakeGuild
    from .server import FakeDiscord

HEARTBEAT_INTERVAL_MS = 41250
IDENTIFY_WINDOW = 5.0  # seconds: max_concurrency IDENTIFYs per rate-limit key per window (session start limit)

# Intent bits (https://discord.com/developers/docs/events/gateway#gateway-intents).
GUILD_MEMBERS = 1 << 1
GUILD_MESSAGES = 1 << 9
GUILD_MESSAGE_REACTIONS = 1 << 10
DIRECT_MESSAGES = 1 << 12
DIRECT_MESSAGE_REACTIONS = 1 << 13


@dataclass
class Outgoing:
    op: int
    data: Any
    event: str | None = None
    on_sent: Callable[[float], None] | None = None
    sent: bool = False


class Connection:
    """One websocket; a writer task sends its queue in order."""

    def __init__(self, ws: web.WebSocketResponse, hub: GatewayHub) -> None:
        self.ws = ws
        self.hub = hub
        self.queue: asyncio.Queue[Outgoing] = asyncio.Queue()
        self.session: Session | None = None
        self.dropped = False  # closed by the fake (a simulated network failure), not by the client
        self.writer = asyncio.create_task(self._write())

    def send(self, item: Outgoing) -> Outgoing:
        self.queue.put_nowait(item)
        return item

    async def _write(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            item = await self.queue.get()
            frame: JSON = {"op": item.op, "d": item.data, "s": None, "t": None}
            if item.op == 0 and self.session is not None:
                self.session.seq += 1
                frame["s"] = self.session.seq
                frame["t"] = item.event
            sent_at = loop.time()
            try:
                await self.ws.send_str(json.dumps(frame))
            except (ConnectionResetError, RuntimeError):
                return
            item.sent = True
            if item.on_sent is not None:
                item.on_sent(sent_at)
            self.hub.server.changes.bump()


def covers(shard: tuple[int, int], guild_id: int) -> bool:
    """The sharding formula: ``shard_id = (guild_id >> 22) % num_shards`` (gateway#sharding)."""
    shard_id, count = shard
    return (guild_id >> 22) % count == shard_id


def _shard(value: Any) -> tuple[int, int] | Literal[False] | None:
    """IDENTIFY's ``shard``: None when absent, False when Discord would close with 4010 Invalid shard."""
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not all(type(v) is int for v in value):
        return False
    shard_id, count = value
    return (shard_id, count) if 0 <= shard_id < count else False


@dataclass
class Session:
    """A gateway session (survives reconnects through RESUME)."""

    session_id: str
    intents: int
    shard: tuple[int, int] | None
    connection: Connection | None
    seq: int = 0
    backlog: list[Outgoing] = field(default_factory=list)
    guilds: dict[int, Outgoing] = field(default_factory=dict)
    ready: Outgoing | None = None
    ended: bool = False  # closed by the client with 1000, or replaced by a newer IDENTIFY

    @property
    def open(self) -> bool:
        return self.connection is not None and not self.connection.ws.closed

    def covers(self, guild_id: int) -> bool:
        return self.shard is None or covers(self.shard, guild_id)

    def has_intent(self, bit: int) -> bool:
        return bool(self.intents & bit)

    def guild_create(self, guild: FakeGuild, *, joined: bool = False) -> JSON:
        return guild.create_payload(all_members=self.has_intent(GUILD_MEMBERS), joined=joined)

    def send(self, item: Outgoing) -> Outgoing:
        if self.open and self.connection is not None:
            return self.connection.send(item)
        self.backlog.append(item)
        return item


class GatewayHub:
    def __init__(self, server: FakeDiscord) -> None:
        self.server = server
        self.sessions: dict[str, Session] = {}
        self.connections: list[Connection] = []
        self.identify_count = 0
        self.identify_refused = 0  # IDENTIFYs answered with INVALID_SESSION by the identify limit
        self._identified: dict[int, list[float]] = {}  # rate-limit key -> times of its IDENTIFYs
        self.resume_count = 0
        self.intents: int | None = None

    # -- state queries -------------------------------------------------------------------------
    def active_sessions(self) -> list[Session]:
        return [s for s in self.sessions.values() if s.open]

    def sessions_for(self, guild_id: int | None) -> list[Session]:
        """Every session that gets a guild's events, oldest first: connected, or dropped but resumable (events
        wait in its backlog and are replayed on RESUME, as Discord does). Events without a guild go to shard 0.
        Discord delivers a guild's events, interactions included, to *every* session covering it: two processes
        of one bot identifying with the same shard both get each interaction, and the later answer fails with
        40060 (HuyaneMatsu/hata#80: "Multiple instances of the same bot can cause race condition when
        acknowledging an interaction"; discord-jda/JDA#2687: an interaction "could have been acknowledged by
        another process running for the same bot")."""
        active = [s for s in self.sessions.values() if not s.ended]
        if guild_id is not None:
            return [s for s in active if s.covers(guild_id)]
        return [s for s in active if s.shard is None or s.shard[0] == 0]

    def session_for(self, guild_id: int | None) -> Session | None:
        """The newest of `sessions_for`: the one a test waits on."""
        sessions = self.sessions_for(guild_id)
        return sessions[-1] if sessions else None

    def all_guilds_sent(self, shards: Collection[tuple[int, int]] = ()) -> bool:
        """Every connected session got READY and the GUILD_CREATE of each guild it covers; `shards`: and these
        shards have a connected session."""
        active = self.active_sessions()
        if not active or not set(shards) <= {s.shard for s in active}:
            return False
        for guild in self.server.guilds:
            session = self.session_for(guild.id)
            if session is None:
                if any(s.covers(guild.id) for s in active):
                    return False
                continue  # a guild of a shard nobody serves now
            item = session.guilds.get(guild.id)
            if item is None or not item.sent:
                return False
        return all(s.ready is not None and s.ready.sent for s in active)

    # -- sending ------------------------------------------------------------------------------
    def dispatch(
        self,
        event: str,
        data: JSON,
        *,
        guild_id: int | None = None,
        intent: int | None = None,
        on_sent: Callable[[float], None] | None = None,
    ) -> Outgoing | None:
        """Sends an event to every session that covers ``guild_id`` (`sessions_for`) and subscribed to
        ``intent``; returns the newest one's (the one a test waits on). ``on_sent`` hears the first delivery."""
        heard = False

        def first(at: float) -> None:
            nonlocal heard
            if on_sent is not None and not heard:
                heard = True
                on_sent(at)

        newest: Outgoing | None = None
        for session in self.sessions_for(guild_id):
            if guild_id is not None and guild_id not in session.guilds:
                continue
            if intent is not None and not session.has_intent(intent):
                continue
            newest = session.send(Outgoing(0, data, event, first))
        return newest

    def announce_guild(self, guild: FakeGuild) -> None:
        """GUILD_CREATE for a guild added while a bot is connected (to every session covering it)."""
        for session in self.sessions_for(guild.id):
            if guild.id not in session.guilds:
                payload = session.guild_create(guild, joined=True)
                session.guilds[guild.id] = session.send(Outgoing(0, payload, "GUILD_CREATE"))

    async def drop(self, code: int = 4000) -> None:
        """Closes the bot's websocket(s) the way a network failure would; discord.py RESUMEs."""
        for session in self.active_sessions():
            if session.connection is not None:
                session.connection.dropped = True
                await session.connection.ws.close(code=code)

    async def close_all(self) -> None:
        for connection in list(self.connections):
            connection.writer.cancel()
            with contextlib.suppress(Exception):
                await connection.ws.close(code=1001)

    # -- the websocket handler ----------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        connection = Connection(ws, self)
        self.connections.append(connection)
        connection.send(Outgoing(10, {"heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": []}))
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    await self._on_frame(connection, json.loads(message.data))
                elif message.type == WSMsgType.ERROR:
                    break
        finally:
            self.connections.remove(connection)
            session = connection.session
            if session is not None and session.connection is connection:
                session.connection = None
                # discord.py closes with 1000 when it shuts down; other codes leave the session resumable
                session.ended = not connection.dropped and ws.close_code == 1000
            # let queued frames go out before stopping the writer (a close frame may be in flight)
            connection.writer.cancel()
            self.server.changes.bump()
        return ws

    async def _on_frame(self, connection: Connection, frame: JSON) -> None:
        op = frame.get("op")
        data = frame.get("d")
        if op == 1:
            connection.send(Outgoing(11, None))
        elif op == 2:
            await self._identify(connection, data or {})
        elif op == 6:
            await self._resume(connection, data or {})
        elif op == 8:
            self._request_members(connection, data or {})
        # op 3 (presence) and op 4 (voice state) need no answer

    async def _identify(self, connection: Connection, data: JSON) -> None:
        if data.get("token") != self.server.token:
            await connection.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard = _shard(data.get("shard"))
        if shard is False:
            await connection.ws.close(code=4010, message=b"Invalid shard.")
            return
        guilds = [g for g in self.server.guilds if shard is None or covers(shard, g.id)]
        if len(guilds) > self.server.guilds_per_shard:
            await connection.ws.close(code=4011, message=b"Sharding required.")
            return
        if not self._may_identify(shard):
            connection.send(Outgoing(9, False))
            return
        session = Session(
            session_id=secrets.token_hex(16),
            intents=int(data.get("intents") or 0),
            shard=shard,
            connection=connection,
        )
        connection.session = session
        # an older session of the same shard lives on (a second process of the bot, or one killed and still
        # resumable): Discord ends neither, and both get the guild's events (`sessions_for`)
        self.sessions[session.session_id] = session
        self.identify_count += 1
        self.intents = session.intents
        ready: JSON = {
            "v": 10,
            "user": self.server.bot_user,
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.server.gateway_url,
            "application": {"id": str(self.server.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "auth_session_id_hash": secrets.token_hex(8),
            "_trace": [],
        }
        if session.shard is not None:
            ready["shard"] = list(session.shard)  # "if sent when identifying" (gateway-events#ready)
        session.ready = session.send(Outgoing(0, ready, "READY"))
        for guild in guilds:
            session.guilds[guild.id] = session.send(Outgoing(0, session.guild_create(guild), "GUILD_CREATE"))
        self.server.changes.bump()

    def _may_identify(self, shard: tuple[int, int] | None) -> bool:
        """Within the session start limit's ``max_concurrency`` per 5 s (when the fake enforces it)."""
        if not self.server.identify_limit:
            return True
        key = (shard[0] if shard else 0) % self.server.max_concurrency
        now = asyncio.get_running_loop().time()
        recent = [t for t in self._identified.get(key, []) if now - t < IDENTIFY_WINDOW]
        if recent:
            self.identify_refused += 1
            self._identified[key] = recent
            return False
        self._identified[key] = [*recent, now]
        return True

    async def _resume(self, connection: Connection, data: JSON) -> None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or session.ended or data.get("token") != self.server.token:
            connection.send(Outgoing(9, False))
            return
        old = session.connection
        if old is not None and old is not connection:
            with contextlib.suppress(Exception):
                await old.ws.close(code=4000)
        session.connection = connection
        connection.session = session
        self.resume_count += 1
        backlog, session.backlog = session.backlog, []
        for item in backlog:
            connection.send(item)
        connection.send(Outgoing(0, {}, "RESUMED"))
        self.server.changes.bump()

    def _request_members(self, connection: Connection, data: JSON) -> None:
        session = connection.session
        guild = self.server.guild(int(data.get("guild_id") or 0))
        if session is None or guild is None:
            return
        members = [guild.bot_member, *guild.members] if guild.bot_member else list(guild.members)
        query = str(data.get("query") or "").lower()
        user_ids = {int(u) for u in data.get("user_ids") or []}
        chosen = [m for m in members if not user_ids or m.id in user_ids]
        chosen = [m for m in chosen if m.name.lower().startswith(query)]
        limit = int(data.get("limit") or 0)
        if limit:
            chosen = chosen[:limit]
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": [m.member_payload() for m in chosen],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
            "presences": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        session.send(Outgoing(0, chunk, "GUILD_MEMBERS_CHUNK"))
