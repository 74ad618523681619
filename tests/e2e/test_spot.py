"""/spot: what a correspondent sees, and what the feed shows."""

import re

import pytest

from backstage_testing.fakediscord import Attachment
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom, eventually


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


async def roster(newsroom: Newsroom) -> None:
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga, Jo Calderone, Mother Monster")
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    await newsroom.slash(newsroom.editor, "roster add", name="Beyoncé", aliases="Queen Bey")


async def test_sighting_is_confirmed_at_once_tagged_from_text_and_shown_in_the_feed(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    result = await newsroom.slash(
        newsroom.amy,
        "spot",
        what="Gaga lit a cigarette for Adele during the break",
        where="Backstage",
        quote="You look like you need this",
    )
    assert result.type == 4 and result.ephemeral
    assert "Posted **#1**" in result.content and "tagged Lady Gaga, Adele" in result.content
    [embed] = await newsroom.wait_feed(1)
    assert embed["description"] == "» Gaga lit a cigarette for Adele during the break\n> “You look like you need this”"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Who"] == "Lady Gaga, Adele"
    assert fields["Where"] == "Backstage"
    assert fields["Reported by"] == "Amy"
    assert re.fullmatch(r"<t:\d+:t>", fields["When"])
    assert embed["footer"]["text"] == "#1"
    message = newsroom.fake.channel_messages(newsroom.feed.id)[0]
    assert message["author"]["bot"] is True


async def test_accents_and_html_entities_still_tag(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    result = await newsroom.slash(newsroom.amy, "spot", what="Beyonc&#233; waved at beyonce fans", who="BEYONCE")
    assert "tagged Beyoncé" in result.content
    [embed] = await newsroom.wait_feed(1)
    assert embed["description"] == "» Beyoncé waved at beyonce fans"


async def test_unknown_name_in_who_is_kept_untagged_with_a_suggestion(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    result = await newsroom.slash(newsroom.amy, "spot", what="Hugs all round", who="Adel, Bruno Mars")
    assert "“Adel” is not on the roster" in result.content and "Did you mean **Adele**?" in result.content
    assert "“Bruno Mars” is not on the roster" in result.content and "/roster add" in result.content
    [embed] = await newsroom.wait_feed(1)
    who = next(f["value"] for f in embed["fields"] if f["name"] == "Who")
    assert who == "Adel (not on roster), Bruno Mars (not on roster)"


async def test_who_autocompletes_the_name_after_the_last_comma(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    choices = await newsroom.fake.autocomplete(
        newsroom.guild, newsroom.amy, newsroom.desk, "spot", focused="who", what="x", who="Adele, mother"
    )
    assert [c["value"] for c in choices] == ["Adele, Lady Gaga"]


async def test_where_autocompletes_from_the_show_and_is_remembered(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="First", where="VIP Vault")
    await newsroom.slash(newsroom.ben, "spot", what="Second", where="Press room")
    choices = await newsroom.fake.autocomplete(
        newsroom.guild, newsroom.ben, newsroom.desk, "spot", focused="where", what="x", where="va"
    )
    assert [c["value"] for c in choices] == ["VIP Vault"]
    again = await newsroom.slash(newsroom.amy, "spot", what="Third, no location typed")
    assert "📍 VIP Vault (your last location)" in again.content
    embeds = await newsroom.wait_feed(3)
    assert {f["name"]: f["value"] for f in embeds[2]["fields"]}["Where"] == "VIP Vault"


async def test_a_note_that_opens_with_a_place_is_filed_there_not_at_the_last_location(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="The bar is out of lemons", where="Back bar")
    await newsroom.slash(newsroom.ben, "spot", what="Kettle on", where="Coat check")
    corridor = await newsroom.slash(
        newsroom.amy, "spot", what="BACK CORRIDOR: Nia takes off her pearls, gives them away"
    )
    assert "📍 Back corridor" in corridor.content and "your last location" not in corridor.content
    known = await newsroom.slash(newsroom.amy, "spot", what="COAT CHECK: 15 min line, 1 attendant")
    assert "📍 Coat check" in known.content  # the show's own spelling of a place it has
    update = await newsroom.slash(newsroom.amy, "spot", what="UPDATE: the lemons are back")
    assert "📍 Coat check (your last location)" in update.content  # "UPDATE" names no place
    # a place word, then what the note is about; a label longer than a place's name: no place
    fright = await newsroom.slash(newsroom.amy, "spot", what="Stage fright: Nia is shaking before her cue")
    assert "📍 Coat check (your last location)" in fright.content
    long = await newsroom.slash(newsroom.amy, "spot", what="A" * 60 + " bar: too long to be a place")
    assert "📍 Coat check (your last location)" in long.content
    marked = await newsroom.slash(newsroom.amy, "spot", what="**Green room**: Nia asleep on the sofa")
    assert "📍 Green room" in marked.content and "last location" not in marked.content
    wide = await newsroom.slash(newsroom.amy, "spot", what="后台走廊：Nia 摘下珍珠")  # a full-width colon
    assert "📍 后台走廊" in wide.content
    embeds = await newsroom.wait_feed(9)
    assert [{f["name"]: f["value"] for f in e["fields"]}["Where"] for e in embeds[2:]] == [
        "Back corridor",
        "Coat check",
        "Coat check",
        "Coat check",
        "Coat check",
        "Green room",
        "后台走廊",
    ]


async def test_refusals_are_ephemeral_and_say_what_to_do(newsroom: Newsroom):
    await newsroom.configure()
    no_show = await newsroom.slash(newsroom.amy, "spot", what="Anything")
    assert no_show.ephemeral and "/show start" in no_show.content
    await newsroom.slash(newsroom.editor, "show start", name="VMAs")
    cases = {
        "Only correspondents": (newsroom.fan, {"what": "I am not a reporter"}),
        "needs some text": (newsroom.amy, {"what": "   \u200b  "}),
        "the limit is 1000": (newsroom.amy, {"what": "x" * 1001}),
        "`quote` is 1001 characters": (newsroom.amy, {"what": "ok", "quote": "q" * 1001}),
        "is not a JPEG, PNG, GIF or WebP image": (  # judged by its bytes, read after a defer
            newsroom.amy,
            {"what": "ok", "photo": Attachment("notes.txt", b"hi", "text/plain")},
        ),
    }
    for expected, (member, values) in cases.items():
        result = await newsroom.slash(member, "spot", **values)
        text = (await result.final())["content"] if result.type == 5 else result.content
        assert result.ephemeral and expected in text, (expected, text)
    assert newsroom.feed_embeds() == []
    assert "Sightings: **0**" in await newsroom.said(newsroom.editor, "show status")


async def test_no_reporter_role_configured_tells_to_ask_an_admin(newsroom: Newsroom):
    await newsroom.slash(newsroom.admin, "setup", editor_role=newsroom.editors, feed_channel=newsroom.feed)
    await newsroom.slash(newsroom.editor, "show start", name="VMAs")
    result = await newsroom.slash(newsroom.amy, "spot", what="Hello")
    assert result.ephemeral and "/setup reporter_role:" in result.content


async def test_mentions_in_user_text_are_shown_but_cannot_ping(newsroom: Newsroom):
    await newsroom.open_show()
    text = f"@everyone look, @here too, <@{newsroom.ben.id}> and <@&{newsroom.editors.id}>"
    result = await newsroom.slash(newsroom.amy, "spot", what=text)
    assert result.ephemeral
    [embed] = await newsroom.wait_feed(1)
    assert "everyone" in embed["description"] and "@everyone" not in embed["description"]
    assert "@here" not in embed["description"]
    for request in newsroom.fake.requests:
        body = request.json if isinstance(request.json, dict) else {}
        if "content" in body or "embeds" in body:
            assert body.get("allowed_mentions", {}).get("parse") == [], request.path


async def test_photo_appears_in_the_feed(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.slash(newsroom.amy, "spot", what="The dress", photo=Attachment("dress.png", png(), "image/png"))
    [embed] = await newsroom.wait_feed(1)
    [message] = newsroom.fake.channel_messages(newsroom.feed.id)
    [file] = newsroom.fake.messages.files_of(message)
    assert embed["image"]["url"] == file["url"] and file["filename"].endswith(".png")


async def test_a_spot_answered_after_discords_deadline_sends_nothing_more_to_its_dead_token(
    newsroom: Newsroom, caplog: pytest.LogCaptureFixture
):
    room = newsroom
    await room.open_show()
    room.fake.response_deadline = 0.0  # every answer from now on comes after Discord's deadline
    result = await room.slash(room.amy, "spot", what="Adele in the lobby")
    assert result.status == 404  # Discord: 10062 Unknown interaction

    async def told_the_log() -> bool:
        return "answered too late" in caplog.text

    await eventually(told_the_log, 10, "the bot to log the late answer")
    to_token = [r for r in room.fake.requests if result.token in r.path]
    assert [r.method for r in to_token] == ["POST"]  # the one late callback: no second try, no followup
    assert len(room.fake.violations) == 1 and "deadline" in room.fake.violations[0], room.fake.violations
    room.fake.violations.clear()  # that late answer was this test's doing


async def test_a_mention_in_a_quote_is_stored_as_the_name_discord_shows_or_never_joined_over(newsroom: Newsroom):
    """break31 B3: "Thank you <@…> and <@&…>, you lit me perfectly" was published “Thank you someone and, you lit me
    perfectly”. A role or channel the bot knows is written in by its name (a member, when the bot has them cached);
    one it cannot name is never joined over in the digest: the quote is cut before it, or left out."""
    await newsroom.open_show()
    text = f"Thank you <@&{newsroom.editors.id}>, you lit me perfectly"
    said = await newsroom.said(newsroom.amy, "spot", what="Lady Gaga thanked the lighting crew", quote=text)
    s = await newsroom.services.newsroom.get(newsroom.guild.id, int(re.search(r"#(\d+)", said).group(1)))
    assert s.quote == "Thank you Desk, you lit me perfectly", s.quote
    said = await newsroom.said(
        newsroom.amy, "spot", what="Kanye West waved at the crew", quote=f"Tell <#{newsroom.lobby.id}> I said hi"
    )
    s = await newsroom.services.newsroom.get(newsroom.guild.id, int(re.search(r"#(\d+)", said).group(1)))
    assert s.quote == "Tell lobby I said hi", s.quote
    unknown = "Tell <#1234567> I said hi, turn it UP"
    said = await newsroom.said(newsroom.amy, "spot", what="Kanye West shouted at the sound desk", quote=unknown)
    s = await newsroom.services.newsroom.get(newsroom.guild.id, int(re.search(r"#(\d+)", said).group(1)))
    assert s.quote == unknown  # (stored as typed; the digest leaves it out rather than print “Tell I said hi”)
