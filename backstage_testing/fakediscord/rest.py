"""The REST API under ``/api/v10``: routing, auth, faults, rate limits, validation, recording.

Every request goes through the same steps, as on Discord: (latency, a test's hold) -> route lookup (unknown -> 404 and
an "unhandled route" violation) -> bot token check (401) -> a file over the upload limit (413 / 40005) ->
injected outage -> rate limit (429 with
``Via``) -> body validation (spec + limits; Discord's own limits answer 400 / 50035) -> the handler.
Answers are JSON with ``Content-Type: application/json`` exactly and rate-limit headers on every route.
The handlers for each resource live in :mod:`.handlers`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from aiohttp import web

from .ids import JSON, error_body, json_reply
from .uploads import FilePart, UploadRefused, gone, read_body
from .validation import Finding

if TYPE_CHECKING:
    from .server import FakeDiscord

API_PREFIXES = ("/api/v10", "/api/v9")
_log = logging.getLogger(__name__)


@dataclass
class RecordedRequest:
    """One request the bot made: what it sent and what the fake answered."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    time: float
    status: int = 0
    files: list[tuple[str, bytes]] = field(default_factory=list, repr=False)
    route: str | None = None


@dataclass
class Call:
    """A request being handled: the matched route's parameters and the parsed body."""

    request: web.Request
    record: RecordedRequest
    params: dict[str, str]
    body: Any
    files: list[FilePart]

    @property
    def where(self) -> str:
        return f"{self.record.method} {self.record.path}"

    def snowflake(self, name: str) -> int:
        value = self.params[name]
        if not value.isdigit():
            raise HTTPError(404, error_body(f"Unknown {name}", 10000))
        return int(value)

    def json_object(self) -> JSON:
        if not isinstance(self.body, dict):
            raise HTTPError(400, error_body("Invalid Form Body", 50035, {"_errors": ["expected an object"]}))
        return self.body


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class HTTPError(Exception):
    """Raised by handlers to answer with a Discord error object."""

    def __init__(self, status: int, body: JSON, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


Handler = Callable[[Call], Awaitable[Reply]]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    auth: bool = True
    limit: str = "default"  # "channel" (channel_limit), "reaction", "default"
    bucket: str | None = None  # a rate-limit bucket shared with other routes (default: the route's own)
    outage: bool = False  # affected by FakeDiscord.outage()
    on_reject: Callable[[Call, Reply], None] | None = None  # told when the body is refused (400)
    checks: Callable[[Call], list[Finding]] | None = None  # Discord's limits and the project's rules

    @property
    def segments(self) -> list[str]:
        return self.template.strip("/").split("/")

    def match(self, method: str, segments: list[str]) -> dict[str, str] | None:
        if method != self.method or len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for tpl, seg in zip(self.segments, segments, strict=True):
            if tpl.startswith("{") and tpl.endswith("}"):
                params[tpl[1:-1]] = seg
            elif tpl != seg:
                return None
        return params


# What discord.py (and Discord) key a bucket on besides its hash: each interaction token is its own bucket.
MAJOR_PARAMS = (
    "channel_id",
    "guild_id",
    "webhook_id",
    "webhook_token",
    "interaction_id",
    "interaction_token",
)


class RestApi:
    def __init__(self, server: FakeDiscord, routes: list[Route]) -> None:
        self.server = server
        self.routes = routes

    def find(self, method: str, segments: list[str]) -> tuple[Route, dict[str, str]] | None:
        best: tuple[int, Route, dict[str, str]] | None = None
        for route in self.routes:
            params = route.match(method, segments)
            if params is None:
                continue
            literals = len(route.segments) - len(params)
            if best is None or literals > best[0]:
                best = (literals, route, params)
        return (best[1], best[2]) if best else None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        server = self.server
        loop = asyncio.get_running_loop()
        raw_path = request.raw_path.split("?", 1)[0]
        if raw_path.startswith(("/attachments/", "/ephemeral-attachments/")):
            await server.downloads.wait()
            upload = server.messages.serve(raw_path, str(request.url))
            if upload is None:
                return gone()
            # the stored type as it is, parameters included (aiohttp's content_type= refuses parameters)
            return web.Response(
                body=upload.data, headers={"Content-Type": upload.content_type or "application/octet-stream"}
            )
        prefix = next((p for p in API_PREFIXES if raw_path.startswith(p + "/") or raw_path == p), None)
        path = raw_path[len(prefix) :] if prefix else raw_path
        segments = [unquote(s) for s in path.strip("/").split("/")]
        record = RecordedRequest(
            method=request.method,
            path="/" + "/".join(segments),
            query=dict(request.query),
            json=None,
            headers=dict(request.headers),
            time=loop.time(),
        )
        server.requests.append(record)
        try:
            reply = await self._process(request, record, segments, prefix is not None)
        except Exception as exc:  # a bug in the fake: loud, and not a status discord.py would retry
            _log.exception("fakediscord failed on %s %s", record.method, record.path)
            server.violation(f"fakediscord internal error on {record.method} {record.path}: {exc!r}")
            reply = Reply(503, error_body(f"fakediscord internal error: {exc!r}", 0))
        record.status = reply.status
        server.changes.bump()
        if reply.body is None:
            return web.Response(status=reply.status, headers=reply.headers)
        return json_reply(reply.body, status=reply.status, headers=reply.headers)

    async def _process(
        self,
        request: web.Request,
        record: RecordedRequest,
        segments: list[str],
        api: bool,
    ) -> Reply:
        server = self.server
        try:
            body, files, odd = await read_body(request)
        except ValueError as exc:
            server.violation(f"{record.method} {record.path}: body is not valid JSON ({exc})")
            return Reply(400, error_body("The request body contains invalid JSON.", 50109))
        except UploadRefused as exc:
            server.violation(f"{record.method} {record.path}: upload refused: {exc.body['message']}")
            return Reply(exc.status, exc.body)
        for part in odd:
            server.violation(f"{record.method} {record.path}: multipart body with {part}")
        record.json = body
        record.files = [(f.filename, f.data) for f in files]
        if server.latency > 0:
            await asyncio.sleep(server.latency)
        await server.held(record)
        found = self.find(request.method, segments) if api else None
        if found is None:
            server.violation(f"unhandled route: {record.method} {record.path}")
            return Reply(404, error_body("404: Not Found", 0))
        route, params = found
        record.route = route.template
        call = Call(request, record, params, body, files)
        if route.auth and request.headers.get("Authorization") != f"Bot {server.token}":
            return Reply(401, error_body("401: Unauthorized", 0))
        if any(len(f.data) > server.upload_limit for f in files):
            # "The file upload size limit applies to each file in a request" (reference#uploading-files)
            return Reply(413, error_body("Request entity too large", 40005))
        if route.outage:
            outage = server.current_outage()
            if outage is not None:
                return outage
        major = "+".join(params[p] for p in MAJOR_PARAMS if p in params)
        limit, period = server.limit_for(route.limit)
        bucket = route.bucket or f"{route.method} {route.template}"
        decision = server.ratelimiter.hit(bucket, major, limit, period)
        if not decision.allowed:
            server.count_429 += 1
            retry_after = round(decision.reset_after, 3)
            body_429 = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
            return Reply(429, body_429, decision.headers())
        reply = await self._validated(route, call)
        reply.headers.update(decision.headers())
        return reply

    async def _validated(self, route: Route, call: Call) -> Reply:
        server = self.server
        spec_errors = server.spec.validate(call.record.method, call.record.path, call.body)
        errors = [f"{call.where}: {e}" for e in spec_errors]
        findings = route.checks(call) if route.checks is not None else []
        server.violations.extend([*errors, *(f.text for f in findings)])
        refused = [*errors, *(f.text for f in findings if f.reject)]
        if refused and server.reject_invalid:
            reply = Reply(400, error_body("Invalid Form Body", 50035, {"_errors": refused}))
        else:
            try:
                reply = await route.handler(call)
            except HTTPError as exc:
                reply = Reply(exc.status, exc.body, dict(exc.headers))
        if reply.status == 400 and route.on_reject is not None:
            route.on_reject(call, reply)
        return reply
