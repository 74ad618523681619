"""`backstage serve` over HTTP, beside the real bot on the fake Discord: who is on the web, what a reader gets
(and never gets), the live events, the digest article, and the headers and 404s every answer carries."""

from __future__ import annotations

import asyncio
import json
import re

import aiohttp

from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.web import events, page_url, serving


async def get(url: str, **kwargs) -> tuple[int, dict[str, str], str]:
    async with aiohttp.ClientSession() as session, session.get(url, **kwargs) as response:
        return response.status, dict(response.headers), await response.text()


async def posted(newsroom: Newsroom, member, **values) -> int:
    result = await newsroom.slash(member, "spot", **values)
    assert "Posted **#" in (result.content or ""), result.content
    return int(result.content.split("**#")[1].split("**")[0])


def jsonld(html: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


async def test_a_show_is_on_the_web_only_while_its_server_turned_the_web_on(newsroom: Newsroom):
    await newsroom.open_show()  # /setup without web: off by default
    assert "On the web" not in await newsroom.said(newsroom.editor, "show status")
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        assert (await get(url))[0] == 404  # the right token, but the server did not say yes
        setup = await newsroom.ok(newsroom.admin, "setup", web=True)
        assert "On the web: **on**" in (setup.content or "")
        assert (await get(url))[0] == 200
        status = await newsroom.said(newsroom.editor, "show status")
        path = url.removeprefix(server.base_url)  # the bot knows the port it was told, not this test's free one
        assert f"{path}>" in status and f'{path}/embed" title="2031' in status
        async with events(url) as stream:
            await stream.next()  # the stream is open
            await newsroom.ok(newsroom.admin, "setup", web=False)
            rest = await asyncio.wait_for(stream.response.content.read(), 10)  # the server ends the stream
            assert b"event: post" not in rest
        assert (await get(url))[0] == 404
        assert (await get(f"{url}/feed.json"))[0] == 404


async def test_show_start_gives_the_editor_the_address_only_on_the_web(newsroom: Newsroom):
    await newsroom.configure(web=True)
    started = await newsroom.slash(newsroom.editor, "show start", name="2031 Music Video Awards")
    assert not started.ephemeral and "/s/" not in (started.content or "")  # the public message has no address
    [followup] = await started.wait_followups(1)
    show = await newsroom.services.shows.current(newsroom.guild.id)
    assert show is not None and show.web_token and len(show.web_token) >= 22
    assert followup["flags"] & 64 and f"/s/{show.web_token}" in followup["content"]
    assert "BACKSTAGE_PUBLIC_URL" in followup["content"]  # the address is the server's own until it is set


async def test_unknown_addresses_get_the_404_page_with_the_security_headers(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    async with serving(newsroom) as server:
        base = server.base_url
        for path in (
            "/",
            "/s/",
            "/s/short",
            "/s/" + "A" * 22,
            "/s/" + "A" * 22 + "/feed.json",
            "/s/" + "A" * 22 + "/events",
            "/s/" + "A" * 22 + "/digest",
            "/s/%00%ff%3Cscript%3E",
            "/s/" + "x" * 5000,
            "/static/nope.js",
            "/static/../../etc/passwd",
            "/favicon.ico",
        ):
            status, headers, body = await get(base + path)
            assert status == 404, path
            assert "Nothing here" in body and "<script" not in body, path
            assert "script-src 'self'" in headers["Content-Security-Policy"], path
            assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
        async with aiohttp.ClientSession() as session, session.post(await page_url(newsroom, server)) as response:
            assert response.status == 405  # read-only


async def test_the_live_page_carries_strict_headers_and_no_inline_script(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        status, headers, html = await get(url)
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe" not in policy
        assert "frame-ancestors 'none'" in policy
        assert headers["Referrer-Policy"] == "no-referrer"  # the address never leaks to another site
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
        assert all(('src="/static/' in attrs and not body) or "application/ld+json" in attrs for attrs, body in scripts)
        assert "style=" not in html.split("<body", 1)[1].replace("style=&#34;", "")  # only inside the snippet
        embed = await get(f"{url}/embed")
        assert embed[0] == 200 and "frame-ancestors *" in embed[1]["Content-Security-Policy"]
        for path in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            status, headers, _ = await get(server.base_url + path)
            assert status == 200 and headers["Content-Type"].split(";")[0] in (
                "text/javascript",
                "text/css",
                "image/svg+xml",
            )
            assert "immutable" in headers["Cache-Control"]


async def test_hostile_text_is_shown_as_text_everywhere(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    hostile = '<script>alert(1)</script> & <img src=x onerror="alert(2)"> </article><b>bold</b>'
    sid = await posted(newsroom, newsroom.amy, what=hostile, where="<i>VIP</i>", quote='"</script><x>"')
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        _, _, html = await get(url)
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x" in html
        assert "<img" not in html and "<b>" not in html and "<i>" not in html and "<x>" not in html
        _, _, feed = await get(f"{url}/feed.json")
        item = json.loads(feed)["items"][0]
        assert item["content_text"].startswith(hostile)  # text as written, for readers that show text
        assert "<script>" not in item["content_html"] and "&lt;script&gt;" in item["content_html"]
        async with events(url, since="another-run.0") as stream:
            event = await stream.until(lambda e: e.data.get("id") == sid, what=f"for #{sid}")
            assert "<script>" not in event.data["html"] and "&lt;/article&gt;" in event.data["html"]
        assert "</script><x>" not in html  # the structured data escapes '<' too, and still reads as written
        [data] = jsonld(html)
        assert data["liveBlogUpdate"][0]["articleBody"].startswith(hostile)


async def test_a_sighting_its_correction_and_its_retraction_reach_an_open_page_as_events(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        _, _, html = await get(url)
        since = re.search(r"events\?since=([\w.]+)", html).group(1)
        async with events(url, since=since) as stream:
            sid = await posted(
                newsroom, newsroom.amy, what="Gaga signs a napkin", quote="For luck", quote_by="Gaga", where="Bar"
            )
            first = await stream.until(lambda e: e.data.get("id") == sid, what=f"for #{sid}")
            assert first.kind == "post" and "Gaga signs a napkin" in first.data["html"]
            assert "— Lady Gaga" in first.data["html"] and "Reported by Amy" in first.data["html"]
            await newsroom.ok(newsroom.amy, "sighting edit", id=sid, what="Gaga signs two napkins")
            corrected = await stream.until(lambda e: "two napkins" in e.data.get("html", ""), what="the correction")
            assert "Corrected" in corrected.data["html"] and 'class="post corrected"' in corrected.data["html"]
            await newsroom.wait_feed(1)  # readers saw it in the feed: a retraction strikes it
            await newsroom.ok(newsroom.amy, "sighting retract", id=sid, reason="It was a stand-in")
            pulled = await stream.until(lambda e: "retracted" in e.data.get("html", ""), what="the retraction")
            assert "<del>Gaga signs two napkins</del>" in pulled.data["html"]
            assert "Retracted: It was a stand-in" in pulled.data["html"]
        # a page that reconnects with the id of the last event it saw is told nothing twice
        async with events(url, since=pulled.id) as stream:
            sid2 = await posted(newsroom, newsroom.ben, what="Second thing")
            assert (await stream.next()).data["id"] == sid2


def button(message: dict, label: str) -> str:
    return next(c for row in message["components"] for c in row["components"] if c["label"] == label)["custom_id"]


async def desk_card(newsroom: Newsroom, sid: int) -> dict:
    return await newsroom.fake.wait_for(
        lambda: next((m for m in newsroom.fake.channel_messages(newsroom.desk.id) if f"#{sid}" in str(m)), None),
        10,
        f"the desk card of #{sid}",
    )


async def test_nothing_pending_embargoed_rejected_or_dropped_ever_reaches_a_reader(newsroom: Newsroom):
    await newsroom.open_show(web=True, approval=True)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        async with events(url) as stream:
            pending = await posted(newsroom, newsroom.amy, what="SECRET pending one")
            rejected = await posted(newsroom, newsroom.amy, what="SECRET rejected one")
            approved = await posted(newsroom, newsroom.amy, what="Approved one")
            held = await posted(newsroom, newsroom.editor, what="SECRET held one", hold_minutes=30)
            dropped = await posted(newsroom, newsroom.editor, what="Dropped one")
            await stream.until(lambda e: e.data.get("id") == dropped, what="the editor's live post")
            card = await desk_card(newsroom, approved)
            await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button(card, "Approve"))
            card = await desk_card(newsroom, rejected)
            opened = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, button(card, "Reject"))
            field = opened.modal["components"][0]["components"][0]["custom_id"]
            await newsroom.fake.submit_modal(newsroom.guild, newsroom.editor, opened, {field: "Unconfirmed"})
            await stream.until(lambda e: e.data.get("id") == approved, what="the approved post")
            await newsroom.ok(newsroom.editor, "digest drop", id=dropped)
            gone = await stream.until(lambda e: e.data.get("id") == dropped and "gone" in e.data, what="the drop")
            assert gone.data == {"id": dropped, "gone": True}
            last = await posted(newsroom, newsroom.editor, what="Last one")
            await stream.until(lambda e: e.data.get("id") == last, what="the last post")  # every earlier change seen
            sent = json.dumps([e.data for e in stream.seen])
        _, _, html = await get(url)
        _, _, feed = await get(f"{url}/feed.json")
        _, _, atom = await get(f"{url}/feed.atom")
        for where in (sent, html, feed, atom):
            assert "SECRET" not in where and "Approved one" in where and "Last one" in where
        for where in (html, feed, atom):
            assert "Dropped one" not in where
        for sid in (pending, rejected, held):
            assert f'"id": {sid},' not in sent and f'id="s-{sid}"' not in html


async def test_the_published_digest_is_an_article_with_news_article_data(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    await posted(newsroom, newsroom.amy, what="Gaga hugged a stagehand for a full minute", quote="You saved my night")
    await posted(
        newsroom, newsroom.ben, what="Adele kicked off her shoes and danced barefoot", quote="My feet are free"
    )
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        status, _, body = await get(f"{url}/digest")
        assert status == 404 and "not published yet" in body
        async with events(url) as stream:
            await (await newsroom.slash(newsroom.editor, "digest publish")).final()
            told = await stream.until(lambda e: e.kind == "show" and e.data["article"], what="the publication")
            assert told.data == {"ended": False, "article": True}
        status, headers, html = await get(f"{url}/digest")
        assert status == 200 and "you didn&#39;t see" in html and "stagehand" in html
        policy = headers["Content-Security-Policy"]
        assert "'sha256-" in policy and "unsafe-inline" not in policy and "script-src 'self'" in policy
        [article] = jsonld(html)
        assert article["@type"] == "NewsArticle" and article["url"] == f"{url}/digest"
        assert {a["name"] for a in article["author"]} == {"Amy", "Ben"} and article["datePublished"]
        _, _, page = await get(url)
        [live] = jsonld(page)
        assert live["@type"] == "LiveBlogPosting" and live["url"] == url and len(live["liveBlogUpdate"]) == 2
        assert f'href="{url}/digest"' in page


async def test_unpublishing_the_digest_takes_its_article_off_the_web(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    await posted(newsroom, newsroom.amy, what="Gaga hugged a stagehand for a full minute", quote="You saved my night")
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        async with events(url) as stream:
            published = await (await newsroom.slash(newsroom.editor, "digest publish")).final()
            assert str(published["content"]).startswith("Published edition 1")
            await stream.until(lambda e: e.kind == "show" and e.data["article"], what="the publication")
            assert (await get(f"{url}/digest"))[0] == 200
            again = await (await newsroom.slash(newsroom.editor, "digest publish")).final()
            assert "is already published" in str(again["content"])  # one edition: the article stays as it was
            await (await newsroom.slash(newsroom.editor, "digest unpublish")).final()
            told = await stream.until(lambda e: e.kind == "show" and not e.data["article"], what="the unpublish")
            assert told.data == {"ended": False, "article": False}
        status, _, body = await get(f"{url}/digest")
        assert status == 404 and "not published yet" in body
        assert f'href="{url}/digest"' not in (await get(url))[2]


async def test_a_long_night_shows_its_newest_posts_and_counts_them_all(newsroom: Newsroom):
    from datetime import UTC, datetime, timedelta

    from bot.models import Reporter, SightingStatus
    from bot.web.feeds import FEED_ITEMS
    from bot.web.live import PAGE_POSTS
    from db.repositories.sightings import NewSighting

    await newsroom.open_show(web=True)
    show = await newsroom.services.shows.current(newsroom.guild.id)
    start = datetime.now(UTC) - timedelta(hours=3)
    total = PAGE_POSTS + 20
    for i in range(total):  # stored as /spot stores them, without the Discord round trips
        await newsroom.services.sighting_repo.add(
            NewSighting(
                guild_id=newsroom.guild.id,
                show_id=show.id,
                reporter=Reporter(id=newsroom.amy.id, name="Amy"),
                what=f"Moment number {i}",
                people=(),
                other_names=(),
                where=None,
                quote=None,
                headline=None,
                photo_url=None,
                status=SightingStatus.LIVE,
                created_at=start + timedelta(seconds=10 * i),
                publish_at=None,
            ),
            feed_channel_id=None,
        )
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        _, _, html = await get(url)
        assert f'<span id="count">{total}</span>' in html
        assert html.count('<article id="s-') == PAGE_POSTS
        assert f"Moment number {total - 1}<" in html and "Moment number 19<" not in html  # the newest
        _, _, feed = await get(f"{url}/feed.json")
        assert len(json.loads(feed)["items"]) == FEED_ITEMS
