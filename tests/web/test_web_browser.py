"""The live page in a real browser (headless Chromium), with the bot running on the fake Discord: sightings,
corrections and retractions arrive without a reload, within 2 s of the Discord feed; nothing pending ever shows;
times read in the reader's own timezone; a phone-width screenshot is saved under /tmp/web-shots/."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web

from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.web import page_url, serving
from tests.web.conftest import SHOTS, reader

pytestmark = pytest.mark.slow

FEED_TO_PAGE_MS = 2000  # the promise: on the page within 2 s of the Discord feed


async def posted(newsroom: Newsroom, member, **values) -> int:
    result = await newsroom.slash(member, "spot", **values)
    assert "Posted **#" in (result.content or ""), result.content
    return int(result.content.split("**#")[1].split("**")[0])


def feed_text(newsroom: Newsroom) -> str:
    return " ".join(e.get("description", "") for e in newsroom.feed_embeds())


async def in_feed(newsroom: Newsroom, text: str) -> None:
    await newsroom.fake.wait_for(lambda: text in feed_text(newsroom) or None, 10, f"{text!r} in the feed")


@contextlib.asynccontextmanager
async def newsroom_site(html: str) -> AsyncIterator[str]:
    """A newsroom's web page, on an origin of its own (localhost, another port)."""

    async def home(_request: web.Request) -> web.Response:
        return web.Response(text=html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", home)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://localhost:{runner.addresses[0][1]}/"
    finally:
        await runner.cleanup()


def reader_clock(moment: datetime, zone: str) -> str:
    """What Intl.DateTimeFormat('en-US', {hour: 'numeric', minute: '2-digit'}) shows in `zone`."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{(local.hour % 12) or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


async def test_the_live_page_follows_the_night_without_a_reload(newsroom: Newsroom, chromium_browser):
    await newsroom.open_show(web=True)
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    first = await posted(newsroom, newsroom.ben, what="Adele arrives early and waves at the photographers")
    async with serving(newsroom) as server:
        opened = await reader(chromium_browser, await page_url(newsroom, server))
        page = opened.page
        await page.wait_for_selector("body[data-connection=open]")
        await page.evaluate("window.sameDocument = true")  # a reload would lose it

        sid = await posted(
            newsroom,
            newsroom.amy,
            what="Gaga hands her gloves to a stagehand and tells her to keep them",
            quote="They're yours, you earned them",
            quote_by="Gaga",
            where="Corridor B",
        )
        await in_feed(newsroom, "Gaga hands her gloves")
        post = await page.wait_for_selector(f"#s-{sid}", timeout=FEED_TO_PAGE_MS)
        text = await post.inner_text()
        assert "Gaga hands her gloves" in text and "“They're yours, you earned them”" in text
        assert "— Lady Gaga" in text and "Reported by Amy" in text and "Corridor B" in text
        stored = (await newsroom.services.newsroom.get(newsroom.guild.id, sid)).created_at
        assert await page.inner_text(f"#s-{sid} .meta time") == reader_clock(stored, "Asia/Tokyo")
        order = await page.eval_on_selector_all("#timeline article", "nodes => nodes.map(n => n.id)")
        assert order == [f"s-{sid}", f"s-{first}"]  # newest first

        await newsroom.ok(newsroom.amy, "sighting edit", id=sid, what="Gaga hands both gloves to a stagehand")
        await in_feed(newsroom, "both gloves")
        await page.wait_for_selector(f"#s-{sid}.corrected >> text=Corrected", timeout=FEED_TO_PAGE_MS)

        await newsroom.ok(newsroom.ben, "sighting retract", id=first, reason="It was her double")
        await newsroom.fake.wait_for(
            lambda: any("Retracted" in e.get("description", "") for e in newsroom.feed_embeds()) or None,
            10,
            "the struck feed message",
        )
        struck = await page.wait_for_selector(f"#s-{first}.retracted del", timeout=FEED_TO_PAGE_MS)
        assert "Adele arrives early" in await struck.inner_text()
        assert "It was her double" in await page.inner_text(f"#s-{first}")

        await posted(
            newsroom, newsroom.ben, what="Adele practises her speech on a fire extinguisher", where="Green room"
        )
        await posted(newsroom, newsroom.amy, what="A drummer naps on two chairs", where="Green room")
        await page.locator("#timeline article").nth(3).wait_for()
        assert await page.evaluate("window.sameDocument") is True
        assert await page.inner_text("#count") == "4"
        # readable on a phone: nothing wider than the screen, text at a readable size
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390
        size = await page.evaluate("parseFloat(getComputedStyle(document.querySelector('.what')).fontSize)")
        assert size >= 16
        await asyncio.to_thread(os.makedirs, SHOTS, exist_ok=True)
        await page.emulate_media(reduced_motion="reduce")  # the picture without the new posts' fading highlight
        await page.screenshot(path=f"{SHOTS}/live-phone.png", full_page=True)
        assert opened.errors == []


async def test_a_pending_sighting_never_appears_on_the_open_page(newsroom: Newsroom, chromium_browser):
    await newsroom.open_show(web=True, approval=True)
    async with serving(newsroom) as server:
        opened = await reader(chromium_browser, await page_url(newsroom, server))
        page = opened.page
        await page.wait_for_selector("body[data-connection=open]")
        pending = await posted(newsroom, newsroom.amy, what="SECRET waiting at the desk")
        held = await posted(newsroom, newsroom.editor, what="SECRET under embargo", hold_minutes=30)
        live = await posted(newsroom, newsroom.editor, what="The desk's own sighting")
        await page.wait_for_selector(f"#s-{live}")  # the changes after the pending ones have reached the page
        assert "SECRET" not in await page.content()
        assert await page.query_selector(f"#s-{pending}") is None and await page.query_selector(f"#s-{held}") is None
        assert opened.errors == []
        later = await reader(chromium_browser, page.url)  # nor on a page opened afterwards
        await later.page.wait_for_selector(f"#s-{live}")
        assert "SECRET" not in await later.page.content() and later.errors == []


async def test_the_embed_snippet_works_in_a_newsrooms_page_and_the_article_is_styled(
    newsroom: Newsroom, chromium_browser
):
    await newsroom.open_show(web=True)
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    await posted(newsroom, newsroom.amy, what="Adele tips the coat-check staff in concert tickets", quote="Enjoy")
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        await asyncio.to_thread(os.makedirs, SHOTS, exist_ok=True)
        opened = await reader(chromium_browser, url, width=1280)
        snippet = await opened.page.text_content("#embed-snippet") or ""
        assert snippet.startswith(f'<iframe src="{url}/embed"')
        # a newsroom's own page, on another origin, with the snippet pasted in
        async with newsroom_site(
            f'<!DOCTYPE html><title>Our site</title><link rel="icon" href="data:,"><h1>Our coverage</h1>{snippet}'
        ) as site_url:
            site = await reader(chromium_browser, site_url, width=1280)
            frame = await (await site.page.wait_for_selector("iframe")).content_frame()
            assert frame is not None
            await frame.wait_for_selector("body.embedded[data-connection=open]")
            sid = await posted(newsroom, newsroom.ben, what="Adele sings along to the house band")
            await frame.wait_for_selector(f"#s-{sid}")
            await (await newsroom.slash(newsroom.editor, "digest publish")).final()
            link = await frame.wait_for_selector("#article-link")  # the page learns of the digest as it is published
            assert await link.get_attribute("target") == "_blank"
            await site.page.screenshot(path=f"{SHOTS}/embed-desktop.png")
            assert site.errors == []
        article = await reader(chromium_browser, f"{url}/digest")
        # the renderer's inline styles are allowed by their hash: the article is styled, and nothing was refused
        background = await article.page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(246, 244, 239)"
        await article.page.screenshot(path=f"{SHOTS}/article-phone.png", full_page=True)
        assert opened.errors == [] and article.errors == []
