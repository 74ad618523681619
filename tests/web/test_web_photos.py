"""The web shows a sighting's photo from the database (`backstage serve`, /s/<token>/photos/<name>), so the page
keeps it after Discord's URL has expired; only while the sighting itself is on the page."""

from __future__ import annotations

import re

import aiohttp
import pytest

from backstage_testing.fakediscord import Attachment
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom, eventually
from backstage_testing.web import events, page_url, serving
from tests.web.conftest import SHOTS, reader

PHOTO = png((10, 120, 60), size=2500)
IMG = re.compile(r'<img src="(/s/[^"]+/photos/[^"]+)"')


async def get(url: str) -> tuple[int, dict[str, str], bytes]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, dict(response.headers), await response.read()


async def spot(newsroom: Newsroom, **values) -> int:
    result = await newsroom.slash(newsroom.amy, "spot", **values)
    message = await result.final() if result.type in (5, 6) else {"content": result.content}
    assert "Posted **#" in (message.get("content") or ""), message
    return int(message["content"].split("**#")[1].split("**")[0])


async def test_the_page_shows_the_stored_photo_after_discords_url_expired_and_not_once_retracted(
    newsroom: Newsroom,
):
    await newsroom.open_show(web=True)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        async with events(url) as stream:
            sid = await spot(newsroom, what="A green jacket", photo=Attachment("j.png", PHOTO, "image/png"))
            event = await stream.until(lambda e: e.data.get("id") == sid, what=f"#{sid} on the page")
        newsroom.fake.travel(newsroom.fake.messages.ephemeral_ttl + 60)  # Discord's option URL is gone
        _, _, page = await get(url)
        [path] = IMG.findall(page.decode())
        assert path in event.data["html"]
        status, headers, data = await get(server.base_url + path)
        assert status == 200 and data == PHOTO and headers["Content-Type"] == "image/png"
        assert headers["X-Content-Type-Options"] == "nosniff"
        _, _, feed = await get(f"{url}/feed.json")
        assert f'"image": "{url}/photos/' in feed.decode()
        await newsroom.wait_feed(1)
        await newsroom.ok(newsroom.amy, "sighting retract", id=sid, reason="Not him")

        async def withdrawn() -> bool:
            return (await get(server.base_url + path))[0] == 404

        await eventually(withdrawn, what="the photo off the web")
        assert not IMG.findall((await get(url))[2].decode())


async def test_a_photo_is_never_served_for_a_sighting_the_page_does_not_show(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        held = await spot(newsroom, what="Embargoed", hold_minutes=30, photo=Attachment("e.png", PHOTO, "image/png"))
        shown = await spot(newsroom, what="Shown", photo=Attachment("s.png", PHOTO, "image/png"))
        _, _, page = await get(url)
        [path] = IMG.findall(page.decode())
        assert f"/photos/{shown}-" in path
        guessed = path.replace(f"/photos/{shown}-", f"/photos/{held}-")
        assert (await get(server.base_url + guessed))[0] == 404
        assert (await get(server.base_url + path.replace(".png", ".gif")))[0] == 404


@pytest.mark.slow
async def test_the_photo_shows_in_a_real_browser_on_load_and_when_it_arrives_live(newsroom: Newsroom, chromium_browser):
    await newsroom.open_show(web=True)
    first = await spot(newsroom, what="On load", photo=Attachment("a.png", png((200, 30, 30), width=40), "image/png"))
    async with serving(newsroom) as server:
        opened = await reader(chromium_browser, await page_url(newsroom, server))
        page = opened.page
        await page.wait_for_selector("body[data-connection=open]")
        second = await spot(newsroom, what="Live", photo=Attachment("b.png", png((30, 30, 200), width=60), "image/png"))
        for sid, width in ((first, 40), (second, 60)):
            image = await page.wait_for_selector(f"#s-{sid} .photo img")
            assert image is not None
            await page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image)
            assert await image.evaluate("img => img.naturalWidth") == width
        await page.screenshot(path=f"{SHOTS}/live-photos.png", full_page=True)
        assert opened.errors == []  # no CSP refusal, no failed load
