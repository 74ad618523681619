"""The web follows the Discord feed's corroboration rule (issue 9 item 8): the live page, feed.json and feed.atom
show the same items and the same "also reported by" credits as the feed, and an open page is told when a credit
is added or dropped or a linked report becomes a post of its own. `backstage serve` beside the real bot on the
fake Discord."""

from __future__ import annotations

import json
import re
from typing import Any

import aiohttp
import feedparser

from backstage_testing.fakediscord import FakeMember
from backstage_testing.pytest_plugin import Newsroom, eventually
from backstage_testing.web import EventReader, events, page_url, serving
from tests.faults.helpers import FOOTER_ID, feed_ids, posted_id

ORIGINAL = "Gaga lit a cigarette for Adele during the break"
REREPORT = "Gaga lit a cigarette for Adele in the break!"
ALSO = re.compile(r"also reported by ([^)<\n]+)", re.I)


async def posted(room: Newsroom, member: FakeMember, what: str, **values: Any) -> int:
    result = await room.slash(member, "spot", what=what, **values)
    sighting_id = posted_id(result)
    assert sighting_id is not None, result.content
    return sighting_id


async def with_roster(room: Newsroom, **show: Any) -> None:
    await room.open_show(web=True, **show)
    await room.slash(room.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    await room.slash(room.editor, "roster add", name="Adele")


def also(text: str) -> str:
    found = ALSO.search(text)
    return found.group(1).strip() if found else ""


def in_discord(room: Newsroom) -> dict[int, str]:
    """Each item of the Discord feed, as it reads now: {sighting id: who else is credited on it}."""
    items = {}
    for embed in room.feed_embeds():
        match = FOOTER_ID.match((embed.get("footer") or {}).get("text") or "")
        if match:
            credit = next(f["value"] for f in embed["fields"] if f["name"] == "Reported by")
            items[int(match.group(1))] = also(credit)
    return items


async def text(url: str) -> str:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 200, url
        return await response.text()


async def on_the_web(url: str) -> list[dict[int, str]]:
    """Each post of the page, of feed.json and of feed.atom: {sighting id: who else is credited on it}."""
    html = await text(url)
    page = {int(chunk.split('"', 1)[0]): also(chunk) for chunk in html.split('<article id="s-')[1:]}
    items = json.loads(await text(f"{url}/feed.json"))["items"]
    feed = {int(i["id"].rsplit("#s-", 1)[1]): also(i["content_text"]) for i in items}
    entries = feedparser.parse(await text(f"{url}/feed.atom")).entries
    atom = {int(e.id.rsplit("#s-", 1)[1]): also(e.summary) for e in entries}
    return [page, feed, atom]


async def web_matches_discord(room: Newsroom, url: str, expected: dict[int, str], *, held: bool = False) -> None:
    """The Discord feed settles on `expected` (`held`: with an embargoed post still waiting), and the page and
    both feeds show exactly that."""
    await room.fake.wait_for(lambda: in_discord(room) == expected or None, 10, f"the feed to read {expected}")
    await eventually(lambda: settled(room, held), what="the outbox to settle")
    assert in_discord(room) == expected
    assert await on_the_web(url) == [expected] * 3


async def nothing_waiting(room: Newsroom) -> bool:
    return (await room.services.outbox.backlog(room.guild.id)) == (0, 0)


async def settled(room: Newsroom, held: bool) -> bool:
    return (await room.services.outbox.backlog(room.guild.id)) == (int(held), 0)


async def post_event(stream: EventReader, sid: int, check: Any, what: str) -> dict[str, Any]:
    """The page's latest news of post `sid` once it passes `check` (it may have come already)."""
    latest = next((e.data for e in reversed(stream.seen) if e.data.get("id") == sid), None)
    if latest is not None and check(latest):
        return latest
    event = await stream.until(lambda e: e.data.get("id") == sid and check(e.data), what=what)
    return event.data


async def test_a_retracted_originals_linked_report_becomes_a_post_of_its_own_on_an_open_page(newsroom: Newsroom):
    room = newsroom
    await with_roster(room)
    async with serving(room) as server:
        url = await page_url(room, server)
        async with events(url) as stream:
            original = await posted(room, room.amy, ORIGINAL)
            await room.wait_feed(1)
            again = await posted(room, room.ben, REREPORT)
            await post_event(stream, original, lambda d: "also reported by Ben" in d.get("html", ""), "Ben's credit")
            await web_matches_discord(room, url, {original: "Ben"})
            await room.ok(room.amy, "sighting retract", id=original, reason="Not her")
            own = await post_event(stream, again, lambda d: "html" in d, "Ben's report as a post of its own")
            assert "in the break!" in own["html"] and "Reported by Ben" in own["html"]
            pulled = await post_event(stream, original, lambda d: "retracted" in d.get("html", ""), "the retraction")
            assert "also reported by" not in pulled["html"]
        await web_matches_discord(room, url, {original: "", again: ""})


async def test_a_retracted_corroboration_loses_its_credit_on_an_open_page(newsroom: Newsroom):
    room = newsroom
    await with_roster(room)
    async with serving(room) as server:
        url = await page_url(room, server)
        async with events(url) as stream:
            original = await posted(room, room.amy, ORIGINAL)
            await room.wait_feed(1)
            again = await posted(room, room.ben, REREPORT)
            await post_event(stream, original, lambda d: "also reported by Ben" in d.get("html", ""), "Ben's credit")
            await room.ok(room.ben, "sighting retract", id=again)
            dropped = await post_event(stream, original, lambda d: "also reported by" not in d["html"], "the drop")
            assert "Reported by Amy" in dropped["html"]
        await web_matches_discord(room, url, {original: ""})
        assert f'"id": {again},' not in json.dumps([e.data for e in stream.seen])  # never a post of its own


async def test_an_embargoed_originals_linked_report_is_a_post_of_its_own_and_stays_one(newsroom: Newsroom):
    room = newsroom
    await with_roster(room)
    async with serving(room) as server:
        url = await page_url(room, server)
        async with events(url) as stream:
            original = await posted(room, room.amy, ORIGINAL, hold_minutes=30)
            again = await posted(room, room.ben, REREPORT)
            own = await post_event(stream, again, lambda d: "html" in d, "Ben's report as a post of its own")
            assert "in the break!" in own["html"]
            await web_matches_discord(room, url, {again: ""}, held=True)
            # the original is released: it reaches the feed, and Ben's report stays an item of its own there
            await room.ok(room.editor, "sighting release", id=original)
            out = await post_event(stream, original, lambda d: "html" in d, "the released original")
            assert "also reported by" not in out["html"]
        await web_matches_discord(room, url, {again: "", original: ""})
        assert feed_ids(room.fake, room.feed.id) == [again, original]


async def test_an_editors_report_linked_to_a_pending_then_rejected_original_is_a_post_of_its_own(newsroom: Newsroom):
    room = newsroom
    await with_roster(room, approval=True)
    async with serving(room) as server:
        url = await page_url(room, server)
        original = await posted(room, room.amy, ORIGINAL)  # waits for the desk
        mine = await posted(room, room.editor, REREPORT)  # an editor's report is live at once
        await web_matches_discord(room, url, {mine: ""})
        card = await room.fake.wait_for(
            lambda: next(
                (m for m in room.fake.channel_messages(room.desk.id) if f"#{original}" in str(m["embeds"])), None
            ),
            10,
            "the original's desk card",
        )
        reject = next(c for r in card["components"] for c in r["components"] if c["label"] == "Reject")["custom_id"]
        opened = await room.fake.click(room.guild, room.editor, card, reject)
        field = opened.modal["components"][0]["components"][0]["custom_id"]
        await room.fake.submit_modal(room.guild, room.editor, opened, {field: "Unconfirmed"})
        await eventually(lambda: nothing_waiting(room), what="the desk to settle")
        await web_matches_discord(room, url, {mine: ""})
