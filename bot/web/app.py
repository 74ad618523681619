"""The web server's routes. Read-only (GET and HEAD), public data only, every answer with security headers.

    /s/<token>             the live page            /s/<token>/feed.json   JSON Feed 1.1
    /s/<token>/embed       the same, to embed       /s/<token>/feed.atom   Atom 1.0
    /s/<token>/events      server-sent events       /s/<token>/digest      the published digest, as an article
    /s/<token>/photos/<name>  a shown sighting's photo (kept in the database: Discord's URLs expire)
    /static/<file>         the page's CSS, script and icon

A token that is malformed, unknown, or of a server that did not turn the web on, and any other address, get the
same 404 page: nobody learns whether a show exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiohttp import web

from bot.web.article import Articles
from bot.web.feeds import atom_feed, json_feed
from bot.web.links import embed_snippet
from bot.web.live import PAGE_POSTS, LiveHub, ShowFeed
from bot.web.pages import Urls, live_page, not_found_page, static_files
from db.database import StorageUnavailable

log = logging.getLogger(__name__)

TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
PHOTO = re.compile(r"^(\d{1,19})-[0-9a-f]{12}\.(?:jpg|png|gif|webp)$")
HEARTBEAT_SECONDS = 15.0
READ_SECONDS = 5.0  # a page's database read longer than this answers 503 (`within`)
T = TypeVar("T")
NOT_FOUND = (
    "This address shows nothing. Check the link you were given: a show's page exists only while its newsroom "
    "publishes it."
)
NO_DIGEST = "The digest of this show is not published yet. The live page shows the night so far."

CSP = (
    "default-src 'none'; script-src 'self'; style-src {styles}; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a show's address is its secret: never sent to another site
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Resource-Policy": "same-origin",
}

HUB: web.AppKey[LiveHub] = web.AppKey("hub", LiveHub)
ARTICLES: web.AppKey[Articles] = web.AppKey("articles", Articles)
PUBLIC_URL: web.AppKey[str | None] = web.AppKey("public_url", str)


def csp(*, styles: str = "'self'", embeddable: bool = False) -> str:
    return CSP.format(styles=styles, ancestors="*" if embeddable else "'none'")


def page(body: str, *, status: int = 200, policy: str | None = None, cache: str = "no-cache") -> web.Response:
    response = web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
    response.headers["Cache-Control"] = cache
    if policy:
        response.headers["Content-Security-Policy"] = policy
    return response


def not_found(message: str = NOT_FOUND) -> web.Response:
    return page(not_found_page(message), status=404)


@web.middleware
async def guard(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    """Security headers on every answer; the 404 page for every unknown address; no traceback ever shown."""
    try:
        response = await handler(request)
    except web.HTTPNotFound:
        response = not_found()
    except web.HTTPException as exc:  # 405 for anything but GET and HEAD
        response = web.Response(status=exc.status, text=exc.text, headers=exc.headers)
    except (asyncio.CancelledError, ConnectionResetError):
        raise
    except StorageUnavailable as exc:  # the database server restarting or gone for now
        request.app[HUB].outage.down(exc)
        response = page(
            not_found_page(
                "The night's coverage cannot be read right now. Try again in a moment.",
                title="Unavailable for a moment",
                heading="Back in a moment",
            ),
            status=503,
        )
    except Exception:
        log.exception("the web page %s failed", request.path)
        response = page(
            not_found_page(
                "Something went wrong on our side. Try again in a moment.",
                title="Something went wrong",
                heading="Something went wrong",
            ),
            status=500,
        )
    if not response.prepared:  # a stream (events) sent its headers itself
        secure(response)
    return response


def secure(response: web.StreamResponse) -> None:
    response.headers.setdefault("Content-Security-Policy", csp())
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)


def urls_for(request: web.Request, token: str) -> Urls:
    base = request.app[PUBLIC_URL] or str(request.url.origin())
    return Urls(f"{base}/s/{token}")


async def within(work: Awaitable[T]) -> T:
    """A page's read of the database, given up after READ_SECONDS: the reader gets 503 "Unavailable for a moment"
    (`guard`) instead of a page that never comes while the database stalls. The read itself goes on (shielded:
    another reader may wait for the same show's feed) and serves the next request once the database answers."""
    try:
        return await asyncio.wait_for(asyncio.shield(work), READ_SECONDS)
    except TimeoutError:
        raise StorageUnavailable(f"the database did not answer within {READ_SECONDS:g} s") from None


async def show_feed(request: web.Request) -> tuple[ShowFeed, Urls]:
    token = request.match_info["token"]
    feed = await within(request.app[HUB].feed(token)) if TOKEN.match(token) else None
    if feed is None:
        raise web.HTTPNotFound()
    return feed, urls_for(request, token)


async def live(request: web.Request, *, embed: bool = False) -> web.Response:
    feed, urls = await show_feed(request)
    base = urls.page.rsplit("/s/", 1)[0]
    html = live_page(
        feed.show,
        feed.ordered()[:PAGE_POSTS],
        total=len(feed.posts),
        urls=urls,
        tz=feed.tz,
        since=feed.since,
        snippet=embed_snippet(base, feed.show.token, feed.show.name),
        embed=embed,
    )
    return page(html, policy=csp(embeddable=embed))


async def embedded(request: web.Request) -> web.Response:
    return await live(request, embed=True)


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: what changed since the page's version (Last-Event-ID, or `since` from the page), then
    every change as it happens, and a comment every HEARTBEAT_SECONDS so proxies keep the stream open."""
    feed, _ = await show_feed(request)
    since = request.headers.get("Last-Event-ID") or request.query.get("since")
    queue = feed.subscribe()
    backlog = feed.events_since(since)  # right after subscribing, with no await between: no gap, no repeat
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
    secure(response)
    try:
        await response.prepare(request)
        await response.write(b"retry: 2000\n\n" + b"".join(e.encode() for e in backlog))
        while True:
            try:
                event = await asyncio.wait_for(queue.get(), HEARTBEAT_SECONDS)
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
            if event is None:  # the server stops, the show left the web, or this reader fell too far behind
                break
            await response.write(event.encode())
    except (ConnectionResetError, ConnectionError):
        pass  # the reader left
    finally:
        feed.unsubscribe(queue)
    with contextlib.suppress(ConnectionError):
        await response.write_eof()
    return response


async def feed_json(request: web.Request) -> web.Response:
    feed, urls = await show_feed(request)
    body = json_feed(feed.show, feed.ordered(), urls, feed.tz)
    return feed_response(body, "application/feed+json")


async def feed_atom(request: web.Request) -> web.Response:
    feed, urls = await show_feed(request)
    body = atom_feed(feed.show, feed.ordered(), urls, feed.tz)
    return feed_response(body, "application/atom+xml")


def feed_response(body: str, content_type: str) -> web.Response:
    response = web.Response(text=body, content_type=content_type, charset="utf-8")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Access-Control-Allow-Origin"] = "*"  # public data, for the newsroom's own scripts
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


async def article(request: web.Request) -> web.Response:
    feed, urls = await show_feed(request)
    hub = request.app[HUB]
    found = await request.app[ARTICLES].article(feed.show, urls, now=hub.clock(), changes_seen=hub.changes_seen)
    if found is None:
        return not_found(NO_DIGEST)
    return page(found.html, policy=csp(styles=" ".join(found.style_hashes) or "'none'"))


async def photo(request: web.Request) -> web.Response:
    """A sighting's photo, while the sighting is on the page (never one retracted, embargoed, pending or of
    another show), by the name the page gives it (a replaced photo has a new name)."""
    feed, _ = await show_feed(request)
    name = request.match_info["name"]
    found = PHOTO.match(name)
    post = feed.posts.get(int(found.group(1))) if found else None
    if post is None or post.photo != name:
        raise web.HTTPNotFound()
    stored = await within(request.app[HUB].repo.photo(feed.show.id, post.id, name))
    if stored is None:
        raise web.HTTPNotFound()
    content_type, data = stored
    response = web.Response(body=data, content_type=content_type)
    response.headers["Cache-Control"] = "no-cache"  # a retraction takes it off the web at once
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"  # the feeds' readers show it too
    return response


async def static(request: web.Request) -> web.Response:
    found = static_files().get(request.match_info["name"])
    if found is None:
        raise web.HTTPNotFound()
    response = web.Response(body=found.body, content_type=found.content_type)
    fresh = request.query.get("v") == found.path.rsplit("v=", 1)[1]
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable" if fresh else "no-cache"
    return response


async def _stop_hub(app: web.Application) -> None:
    await app[HUB].stop()  # every open event stream ends, so the server can stop


def make_app(hub: LiveHub, articles: Articles, *, public_url: str | None) -> web.Application:
    app = web.Application(middlewares=[guard])
    app[HUB] = hub
    app[ARTICLES] = articles
    app[PUBLIC_URL] = public_url
    app.router.add_get("/s/{token}", live)
    app.router.add_get("/s/{token}/embed", embedded)
    app.router.add_get("/s/{token}/events", events, allow_head=False)
    app.router.add_get("/s/{token}/feed.json", feed_json)
    app.router.add_get("/s/{token}/feed.atom", feed_atom)
    app.router.add_get("/s/{token}/digest", article)
    app.router.add_get("/s/{token}/photos/{name}", photo)
    app.router.add_get("/static/{name}", static)
    app.on_shutdown.append(_stop_hub)
    return app
