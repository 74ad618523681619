"""The published digest as a web article shows its items' photos from the page's own photo addresses."""

from __future__ import annotations

import hashlib
import re

import aiohttp

from backstage_testing.fakediscord import Attachment
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.web import page_url, serving

PHOTO = png((200, 40, 60), size=3000)


async def get(url: str) -> tuple[int, bytes]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.read()


async def test_the_digest_article_shows_the_photo_after_discords_url_expired(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        photo = Attachment("cape.png", PHOTO, "image/png")
        what = "Lady Gaga arrived in a grey feathered cape with a silver beak mask"
        await newsroom.ok(newsroom.amy, "spot", what=what, who="Lady Gaga", quote="I'm molting", photo=photo)
        await newsroom.ok(newsroom.ben, "spot", what="Adele sang to the cloakroom queue", who="Adele", quote="Hello")
        await newsroom.wait_feed(2)
        newsroom.fake.travel(newsroom.fake.messages.ephemeral_ttl + 60)
        assert "Published" in (await (await newsroom.slash(newsroom.editor, "digest publish")).final())["content"]

        status, article = await get(f"{url}/digest")
        assert status == 200
        (src,) = re.findall(r'<img src="(/s/[^"]+/photos/[^"]+)" alt="Photo by Amy">', article.decode())
        status, data = await get(server.base_url + src)
        assert status == 200 and hashlib.sha256(data).digest() == hashlib.sha256(PHOTO).digest()
