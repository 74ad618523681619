"""Renderers: Discord embeds and messages, Markdown, HTML and JSON, and mention-proofing."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from bot.digest import (
    Digest,
    DigestItem,
    inert,
    timeline_html,
    timeline_json,
    timeline_markdown,
    to_embeds,
    to_html,
    to_json,
    to_markdown,
    to_messages,
)
from bot.limits import DESCRIPTION_MAX, EMBED_CHARS_PER_MESSAGE, EMBEDS_PER_MESSAGE, FOOTER_MAX, TITLE_MAX, embed_size
from bot.models import SightingStatus

from .factory import END, Night, filler

SCRIPT = "<script>alert('backstage')</script>"


def _hostile_night() -> Night:
    night = Night()
    filler(night, 5, votes=1)
    night.spot(
        f"Wren Quill typed {SCRIPT} into the guest list & laughed",
        who=["Wren Quill"],
        quote=f"{SCRIPT} @everyone look",
        headline=f"{SCRIPT} headline",
        where="<b>stage door</b>",
        by="<img src=x onerror=alert(1)>",
        votes=99,
    )
    night.spot("Juniper Hale said hi to @here and <@123456789>", who=["Juniper Hale"], votes=50)
    night.spot("Pulled rumour", who=["Lou Farrant"], status=SightingStatus.RETRACTED)
    return night


def _huge_digest() -> Digest:
    """Ten (plus a bonus) items at every limit at once."""
    item = DigestItem(
        rank=1,
        headline="H" * 256,
        body="B" * 4096,
        people=["Someone"],
        lead="Someone",
        sighting_ids=list(range(1000, 1400)),
        reporters=[f"Correspondent number {i}" for i in range(200)],
        votes=12345,
        pinned=True,
        score=1.0,
        locations=["everywhere"],
        more_sightings=0,
    )
    items = [item.model_copy(update={"rank": rank}) for rank in range(1, 11)]
    return Digest(
        show_id=1,
        show_name="S" * 300,
        venue="V" * 300,
        title="Ten things you didn't see",
        intro="I" * 5000,
        items=items,
        bonus=item.model_copy(update={"rank": 11}),
        compiled_at=END,
        candidates=400,
    )


def test_messages_respect_discords_limits_even_for_ten_huge_items():
    messages = to_messages(_huge_digest())

    embeds = [embed for message in messages for embed in message]
    assert len(embeds) == 12  # intro, ten items, bonus: nothing lost
    for message in messages:
        assert 1 <= len(message) <= EMBEDS_PER_MESSAGE
        assert sum(embed_size(e) for e in message) <= EMBED_CHARS_PER_MESSAGE
    for embed in embeds:
        assert len(embed["title"]) <= TITLE_MAX
        assert len(embed["description"]) <= DESCRIPTION_MAX
        assert len(embed.get("footer", {}).get("text", "")) <= FOOTER_MAX
        assert embed_size(embed) <= EMBED_CHARS_PER_MESSAGE
    titles = [e["title"] for e in embeds[1:]]
    assert [t.split(" ")[0] for t in titles] == [f"{n}." for n in range(1, 11)] + ["Bonus:"]


def test_embeds_of_a_real_digest():
    night = _hostile_night()
    digest = night.compile()
    embeds = to_embeds(digest)

    assert embeds[0]["title"] == "Five things you didn't see"
    assert "The Golden Kettle Awards" in embeds[0]["author"]["name"]
    first = embeds[1]
    assert first["title"].startswith("1. ")
    assert first["description"] == inert(digest.items[0].body)
    assert first["footer"]["text"] == digest.items[0].credit  # the credit line, and nothing else
    assert "Sightings #" in to_embeds(digest, preview=True)[1]["footer"]["text"]  # the editor's preview
    assert len(to_messages(digest)) == 1


def test_no_text_in_an_embed_can_ping():
    text = json.dumps(to_embeds(_hostile_night().compile()), ensure_ascii=False)

    assert "@everyone" not in text
    assert "@here" not in text
    assert "<@123456789>" not in text


def test_inert_is_idempotent_and_leaves_plain_text_alone():
    assert inert("@everyone") == "@\u200beveryone"
    assert inert(inert("@here <@1>")) == inert("@here <@1>")
    assert inert("no mentions here") == "no mentions here"


class Balanced(HTMLParser):
    """Every tag that opens is closed, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in {"meta", "br", "link"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()


def test_html_escapes_user_text_and_both_pages_are_standalone_and_printable():
    night = _hostile_night()
    digest = night.compile()
    for html in (to_html(digest), timeline_html(night.timeline(digest), digest)):
        assert html.startswith("<!DOCTYPE html>")
        assert "<script>" not in html and "<img" not in html and "<b>stage door" not in html
        assert "@media print" in html
        assert 'charset="utf-8"' in html
        assert "The Golden Kettle Awards" in html and "Harbourside Pavilion" in html
        parser = Balanced()
        parser.feed(html)
        assert parser.open == []
    timeline = timeline_html(night.timeline(digest), digest)
    assert "The night, sighting by sighting" in timeline
    assert "&lt;script&gt;" in timeline and "&lt;b&gt;stage door" in timeline  # shown, escaped
    assert 'class="retracted pulled out"' in timeline  # the retracted sighting is struck through, status named


def test_the_article_never_carries_the_timeline():
    night = _hostile_night()
    digest = night.compile()
    for article in (to_html(digest), to_markdown(digest), to_json(digest)):
        assert "sighting by sighting" not in article
        assert "Pulled rumour" not in article and '"timeline"' not in article


def test_json_has_the_fields_a_publishing_system_needs():
    night = _hostile_night()
    digest = night.compile(count=3)
    data = json.loads(to_json(digest))

    assert list(data) == ["show", "title", "intro", "compiled_at", "items", "bonus"]
    assert data["show"] == {"id": 7, "name": "The Golden Kettle Awards", "venue": "Harbourside Pavilion"}
    for item in [*data["items"], data["bonus"]]:
        for key in ("rank", "headline", "body", "people", "sighting_ids", "reporters", "votes"):
            assert key in item
    timeline = json.loads(timeline_json(night.timeline(digest), digest))
    assert list(timeline) == ["show", "as_of", "sightings"]
    assert len(timeline["sightings"]) == len(night.sightings)
    entry = timeline["sightings"][0]
    for key in ("id", "time", "reporter", "what", "who", "where", "quote", "status", "standing", "status_text"):
        assert key in entry
    assert {e["standing"] for e in timeline["sightings"]} == {"live", "retracted"}
    times = [e["time"] for e in timeline["sightings"]]
    assert times == sorted(times)


def test_json_with_no_bonus():
    night = Night()
    filler(night, 2, votes=1)
    data = json.loads(to_json(night.compile()))
    assert "timeline" not in data
    assert data["bonus"] is None


def test_json_keeps_non_ascii_text_readable():
    night = Night()
    night.spot("Zoë Marchetti said «merci» to the crew", who=["Zoë Marchetti"], votes=1)
    text = to_json(night.compile())
    assert "Zoë" in text and "“Merci”" in text  # (the reporter's guillemets are the article's quotation marks)


def test_timeline_json_lists_every_sighting_in_time_order():
    night = _hostile_night()
    digest = night.compile()
    rows = json.loads(timeline_json(night.timeline(digest), digest))["sightings"]
    assert [e["id"] for e in rows] == sorted(e["id"] for e in rows)
    assert len(rows) == len(night.sightings)


def test_markdown_shows_the_digest_literally():
    night = _hostile_night()
    night.spot("Kit Abernathy wore *two* hats_and_a_scarf", who=["Kit Abernathy"], votes=80)
    digest = night.compile(count=10)
    md = to_markdown(digest)

    assert md.startswith("# ")
    assert "## 1. " in md
    assert r"wore two hats\_and\_a\_scarf" in md  # emphasis taken out of the prose, the rest escaped
    assert "@everyone" not in md and "@here" not in md  # the export is inert too
    timeline = timeline_markdown(night.timeline(digest), digest)
    assert "&lt;" not in timeline and r"\<script\>" in timeline  # escaped for Markdown, not for HTML
    assert timeline.startswith("# The night, sighting by sighting (UTC)")
    assert "~~" in timeline  # the retracted sighting is struck through


@pytest.mark.parametrize("render", [to_markdown, to_html, to_json])
def test_renderers_accept_an_empty_digest(render):
    empty = Night().compile()
    assert "The Golden Kettle Awards" in render(empty)
