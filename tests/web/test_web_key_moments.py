"""Key moments on the web: the live page lists a key moment at the top (its section shown), and a mark or an
unmark reaches an open page as a live event."""

from __future__ import annotations

import re

import aiohttp

from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.web import events, page_url, serving


async def page(url: str) -> str:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 200
        return await response.text()


def key_section(html: str) -> str:
    found = re.search(r'<section id="key-moments"[^>]*>.*?</section>', html, re.S)
    assert found is not None
    return found.group(0)


async def test_the_live_page_lists_key_moments_at_the_top_and_hears_marks_live(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    result = await newsroom.slash(newsroom.amy, "spot", what="Kit Abernathy kisses the trophy", headline="The Kiss")
    sid = int(result.content.split("**#")[1].split("**")[0])
    other = await newsroom.slash(newsroom.amy, "spot", what="Dex Okafor waves from the balcony")
    other_id = int(other.content.split("**#")[1].split("**")[0])
    await newsroom.wait_feed(2)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        assert " hidden" in key_section(await page(url)).split(">")[0]  # no key moment yet: the section is hidden
        async with events(url) as stream:
            await newsroom.ok(newsroom.editor, "sighting key", id=sid)
            marked = await stream.until(lambda e: e.data.get("id") == sid and e.data.get("key"), what="the mark")
            assert marked.data["title"] == "The Kiss"
            section = key_section(await page(url))
            assert " hidden" not in section.split(">")[0]
            assert f'<li data-id="{sid}"><a href="#s-{sid}">The Kiss</a></li>' in section
            assert f'data-id="{other_id}"' not in section
            await newsroom.ok(newsroom.editor, "sighting key", id=sid, off=True)
            await stream.until(lambda e: e.data.get("id") == sid and e.data.get("key") is False, what="the unmark")
        assert " hidden" in key_section(await page(url)).split(">")[0]
