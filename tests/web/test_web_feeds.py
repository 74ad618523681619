"""The feeds of a show, valid by their specs: JSON Feed 1.1 against a JSON Schema written from the spec, Atom 1.0
parsed by feedparser (pinned in the dev dependencies)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import aiohttp
import feedparser
import jsonschema

from backstage_testing.pytest_plugin import Newsroom
from backstage_testing.web import page_url, serving
from bot.web.feeds import atom_feed, json_feed
from bot.web.pages import Urls
from bot.web.timeline import Post
from db.repositories.web import WebShow

# JSON Feed 1.1, https://www.jsonfeed.org/version/1.1/ — the parts this project writes, as the spec words them:
# "version (required, string) is the URL of the version of the format the feed uses"; "title (required,
# string)"; "items (required, array)"; home_page_url, feed_url, description, language (optional strings);
# an item: "id (required, string)", url, title (optional strings), "content_html and content_text are each
# optional strings — but one or both must be present", date_published and date_modified "in RFC 3339 format",
# authors "(optional, array of objects)" each with "name (optional, string)" (an author object must have at
# least one member), tags "(optional, array of strings)". Extensions start with "_" (none are written here).
RFC3339 = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
URL = r"^https?://"
JSON_FEED_1_1 = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string", "minLength": 1},
        "home_page_url": {"type": "string", "pattern": URL},
        "feed_url": {"type": "string", "pattern": URL},
        "description": {"type": "string"},
        "language": {"type": "string", "pattern": r"^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$"},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "url": {"type": "string", "pattern": URL},
                    "title": {"type": "string"},
                    "content_html": {"type": "string"},
                    "content_text": {"type": "string"},
                    "date_published": {"type": "string", "pattern": RFC3339},
                    "date_modified": {"type": "string", "pattern": RFC3339},
                    "authors": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "minProperties": 1,
                            "properties": {"name": {"type": "string"}},
                        },
                    },
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "propertyNames": {
                    "pattern": "^(_|id$|url$|external_url$|title$|content_html$|content_text$|"
                    "summary$|image$|banner_image$|date_published$|date_modified$|authors$|tags$|language$|attachments$)"
                },
            },
        },
    },
    "propertyNames": {
        "pattern": "^(_|version$|title$|home_page_url$|feed_url$|description$|user_comment$|"
        "next_url$|icon$|favicon$|authors$|language$|expired$|hubs$|items$)"
    },
}


async def get(url: str) -> tuple[str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 200, url
        return response.headers["Content-Type"], await response.text()


async def night(newsroom: Newsroom) -> dict[str, int]:
    await newsroom.open_show(web=True)
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    ids = {}
    for key, member, values in (
        ("plain", newsroom.amy, {"what": "Gaga arrives in a vintage car", "where": "Red carpet"}),
        ("quote", newsroom.ben, {"what": "Gaga thanks the crew", "quote": "You are the show", "quote_by": "Gaga"}),
        ("fixed", newsroom.amy, {"what": "A drummer signs autographs", "headline": "The Drummer's Queue"}),
        ("pulled", newsroom.ben, {"what": "A rumour about the afterparty"}),
    ):
        result = await newsroom.slash(member, "spot", **values)
        ids[key] = int(result.content.split("**#")[1].split("**")[0])
    await newsroom.wait_feed(4)
    await newsroom.ok(newsroom.amy, "sighting edit", id=ids["fixed"], what="A drummer signs forty autographs")
    await newsroom.ok(newsroom.ben, "sighting retract", id=ids["pulled"], reason="Unconfirmed")
    return ids


async def wait_for_text(url: str, text: str) -> str:
    from backstage_testing.pytest_plugin import eventually

    async def body() -> str | None:
        _, got = await get(url)
        return got if text in got else None

    return await eventually(body, 10, f"{text!r} in {url}")


async def test_the_json_feed_is_valid_json_feed_1_1(newsroom: Newsroom):
    ids = await night(newsroom)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        await wait_for_text(f"{url}/feed.json", "Retracted")
        content_type, body = await get(f"{url}/feed.json")
        assert content_type == "application/feed+json; charset=utf-8"
        feed = json.loads(body)
        jsonschema.validate(feed, JSON_FEED_1_1)
        assert feed["feed_url"] == f"{url}/feed.json" and feed["home_page_url"] == url
        items = {item["id"]: item for item in feed["items"]}
        assert [i["id"] for i in feed["items"]] == [f"{url}#s-{ids[k]}" for k in ("pulled", "fixed", "quote", "plain")]
        assert items[f"{url}#s-{ids['pulled']}"]["title"].startswith("Retracted: ")
        fixed = items[f"{url}#s-{ids['fixed']}"]
        assert fixed["title"] == "The Drummer's Queue" and "forty autographs" in fixed["content_text"]
        assert fixed["date_modified"] > fixed["date_published"]
        quote = items[f"{url}#s-{ids['quote']}"]
        assert "“You are the show” — Lady Gaga" in quote["content_text"] and quote["tags"] == ["Lady Gaga"]
        assert quote["authors"] == [{"name": "Ben"}]


async def test_the_atom_feed_is_atom_1_0_as_feedparser_reads_it(newsroom: Newsroom):
    ids = await night(newsroom)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        body = await wait_for_text(f"{url}/feed.atom", "Retracted")
        content_type, _ = await get(f"{url}/feed.atom")
        assert content_type == "application/atom+xml; charset=utf-8"
        parsed = feedparser.parse(body)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.version == "atom10"
        # RFC 4287 4.1.1: a feed has an id, a title and an updated date; every entry an id, a title, an updated
        # date and an author (its own or the feed's)
        assert parsed.feed.id == url and parsed.feed.title.endswith("— live") and parsed.feed.updated_parsed
        assert any(link.rel == "self" and link.href == f"{url}/feed.atom" for link in parsed.feed.links)
        assert len(parsed.entries) == 4
        for entry in parsed.entries:
            assert entry.id.startswith(f"{url}#s-") and entry.title and entry.updated_parsed and entry.author
            assert entry.link == entry.id and entry.content[0].type == "text/html"
        by_id = {e.id: e for e in parsed.entries}
        assert by_id[f"{url}#s-{ids['pulled']}"].title.startswith("Retracted: ")
        assert [t.term for t in by_id[f"{url}#s-{ids['plain']}"].tags] == ["Lady Gaga"]
        assert "Gaga arrives in a vintage car" in by_id[f"{url}#s-{ids['plain']}"].content[0].value


def test_feeds_drop_the_characters_xml_cannot_carry_and_keep_the_rest():
    show = WebShow(
        1, 1, 'Show <&> "One"', None, "t" * 22, "UTC", datetime(2031, 8, 31, tzinfo=UTC), None, True, None, None
    )
    post = Post(
        id=7,
        created_at=datetime(2031, 8, 31, 20, 5, tzinfo=UTC),
        reporter="Amy",
        what="Bell \x07 and \ufffe gone; emoji 🎤 and <tags> & kept",
        headline=None,
        quote=None,
        quote_by=None,
        where=None,
        names=("Zoë",),
        also=(),
        source=None,
        corrected_at=None,
        retracted=False,
        reason=None,
    )
    urls = Urls("https://live.example.org/s/" + "t" * 22)
    parsed = feedparser.parse(atom_feed(show, [post], urls, UTC))
    assert not parsed.bozo and parsed.feed.title == 'Show <&> "One" — live'
    assert parsed.entries[0].summary.startswith("Bell  and  gone; emoji 🎤 and <tags> & kept")
    jsonschema.validate(json.loads(json_feed(show, [post], urls, UTC)), JSON_FEED_1_1)
