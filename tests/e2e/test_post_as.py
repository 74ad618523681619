"""Post as sighting (issue 13 item 1): Apps → Post as sighting on a member's message, through the real client.

The fake sends Discord's MESSAGE command interaction (`data.type` 3, `target_id`, the message in
`resolved.messages`, checked against the spec's MessageResponse) and the modal submit; every request the bot
makes (the modal, the answers, the feed) is checked against the spec and Discord's limits at teardown.
"""

import json
import re
from typing import Any

import aiohttp

from backstage_testing.fakediscord import Attachment, InteractionResult
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom, eventually, unpack
from backstage_testing.web import page_url, serving

MENU = "Post as sighting"
PNG = png((200, 30, 30), size=3000)


async def roster(newsroom: Newsroom) -> None:
    await newsroom.slash(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    await newsroom.slash(newsroom.editor, "roster add", name="Adele")


def fields(opened: InteractionResult) -> dict[str, dict[str, Any]]:
    """The form's text inputs by their label (each inside a Label component, type 18)."""
    assert opened.type == 9 and opened.modal is not None, (opened.type, opened.content)
    found = {}
    for component in opened.modal["components"]:
        assert component["type"] == 18, component
        found[component["label"]] = component["component"] | {"description": component.get("description")}
    return found


def inputs(opened: InteractionResult, **values: str) -> dict[str, str]:
    """Submit values by the start of their label: `what=`, `who=`, `where=`, `headline=`, `quote=`."""
    by_label = fields(opened)
    out = {}
    for key, value in values.items():
        label = next(k for k in by_label if k.lower().startswith(key))
        out[by_label[label]["custom_id"]] = value
    return out


def feed_fields(embed: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in embed["fields"]}


async def test_the_menu_is_registered_as_a_guild_only_message_command(newsroom: Newsroom):
    [menu] = [c for c in newsroom.fake.commands if c["name"] == MENU]
    assert menu["type"] == 3 and menu["description"] == "" and menu["options"] == []
    assert menu["contexts"] == [0]  # servers only: Discord never offers it in DMs


async def test_the_menu_opens_a_form_prefilled_with_the_text_the_roster_names_and_the_last_where(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    await newsroom.slash(newsroom.amy, "spot", what="Arrived", where="Red carpet")
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "OMG Gaga just hugged Adele by the bar"
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    form = fields(opened)
    assert opened.modal["title"] == "Post as sighting"
    assert form["What you saw"]["value"] == "OMG Gaga just hugged Adele by the bar"
    assert form["Who (names, comma-separated)"]["value"] == "Lady Gaga, Adele"
    assert form["Where"]["value"] == "Red carpet" and form["Where"]["description"] == "Your last location"
    assert "value" not in form["Headline (optional)"]
    # the limits of /spot's fields (bot/drafts.py), within Discord's 4,000 per text input
    limits = {label: f["max_length"] for label, f in form.items()}
    assert list(limits.values()) == [1000, 1000, 100, 200, 1000]


async def test_a_message_that_opens_with_a_place_prefills_that_place_not_the_last_where(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    await newsroom.slash(newsroom.amy, "spot", what="Arrived", where="Red carpet")
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "BACK CORRIDOR: Gaga just fell over a cable"
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    where = fields(opened)["Where"]
    assert where["value"] == "Back corridor" and where["description"] == "The place the message opens with"


async def test_submitting_posts_a_sighting_to_the_feed_crediting_the_messages_author(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, f"<@{newsroom.ben.id}> look: Gaga is at the bar"
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    assert fields(opened)["What you saw"]["value"] == "@Ben look: Gaga is at the bar"  # a mention, as a name
    done = await newsroom.fake.submit_modal(
        newsroom.guild, newsroom.amy, opened, inputs(opened, what="Gaga is at the bar", headline="Gaga at the bar")
    )
    assert done.type == 4 and done.ephemeral
    assert "Posted **#1** · tagged Lady Gaga." in done.content
    assert "Credited to **Fran Fan** as the source." in done.content
    [embed] = await newsroom.wait_feed(1)
    assert embed["description"] == "» Gaga is at the bar" and embed["title"] == "Gaga at the bar"
    link = f"https://discord.com/channels/{newsroom.guild.id}/{newsroom.lobby.id}/{message['id']}"
    assert feed_fields(embed)["Reported by"] == f"Amy\nFirst posted by Fran Fan (their [message]({link}))"
    assert feed_fields(embed)["Who"] == "Lady Gaga"


async def test_a_correspondent_posting_their_own_message_is_not_credited_twice(newsroom: Newsroom):
    await newsroom.open_show()
    message = newsroom.fake.member_message(newsroom.guild, newsroom.amy, newsroom.lobby, "Doors just opened")
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, {})
    assert "Posted **#1**" in done.content and "Credited" not in done.content
    [embed] = await newsroom.wait_feed(1)
    assert feed_fields(embed)["Reported by"] == "Amy"


async def test_a_member_who_is_not_a_correspondent_is_refused_before_any_form(newsroom: Newsroom):
    await newsroom.open_show()
    message = newsroom.fake.member_message(newsroom.guild, newsroom.amy, newsroom.lobby, "Gaga arrived")
    result = await newsroom.fake.message_command(newsroom.guild, newsroom.fan, message, MENU)
    assert result.type == 4 and result.ephemeral
    assert "Only correspondents" in result.content and "Ask an editor for the role" in result.content
    assert newsroom.feed_embeds() == []


async def test_refusals_without_an_open_show_for_the_bots_own_message_and_for_a_message_with_nothing_to_post(
    newsroom: Newsroom,
):
    await newsroom.configure()
    text = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, "Gaga arrived")
    closed = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, text, MENU)
    assert closed.ephemeral and "No show is open" in closed.content

    await newsroom.slash(newsroom.editor, "show start", name="2031 VMAs")
    await newsroom.slash(newsroom.amy, "spot", what="Gaga arrived")
    [feed_message] = await newsroom.fake.wait_for(lambda: newsroom.fake.channel_messages(newsroom.feed.id), 10)
    own = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, feed_message, MENU)
    assert own.ephemeral and "one of Backstage's own messages" in own.content and "/sighting edit" in own.content

    notes = Attachment("notes.txt", b"running order", "text/plain")
    file_only = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, attachments=[notes])
    empty = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, file_only, MENU)
    assert empty.ephemeral and "no text and no image" in empty.content and "`/spot`" in empty.content
    assert len(newsroom.feed_embeds()) == 1


async def test_over_long_text_is_cut_to_the_limit_at_a_word_and_the_rest_is_kept_for_the_editors(
    newsroom: Newsroom,
):
    await newsroom.open_show()
    words = " ".join(f"word{i}" for i in range(300))  # 2,189 characters: over `what`'s 1,000, and a Nitro length
    message = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, words[:1990])
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    what = fields(opened)["What you saw"]
    assert len(what["value"]) <= 1000 and what["value"].endswith("…")
    kept = what["value"].removesuffix("…")
    assert words.startswith(kept) and words[len(kept)] == " "  # cut between words
    assert what["description"] == "Cut to 1,000 characters: the rest is kept for the editors"
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, {})
    assert "the rest is kept with the sighting for the editors (`/sighting history id:1`)" in done.content
    [embed] = await newsroom.wait_feed(1)
    assert embed["description"] == f"» {what['value']}"
    history = await newsroom.slash(newsroom.editor, "sighting history", id=1)
    rest = words[:1990][len(kept) :].strip()
    assert f"Posted from a message by Fran Fan: https://discord.com/channels/{newsroom.guild.id}/" in history.content
    assert f"The message went on beyond `what`:\n» {rest[:200]}" in history.content


async def test_a_message_with_only_an_image_asks_for_the_text_and_keeps_the_image_as_the_photo(newsroom: Newsroom):
    await newsroom.open_show()
    photo = Attachment("gaga.png", PNG, "image/png")
    message = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, attachments=[photo])
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    what = fields(opened)["What you saw"]
    assert "value" not in what and what.get("required", True)  # Discord's client asks for it
    done = await newsroom.fake.submit_modal(
        newsroom.guild, newsroom.amy, opened, inputs(opened, what="Gaga's shoes, up close")
    )
    assert done.type == 5 and done.ephemeral  # "thinking…" while the image is read (bot.photos)
    assert "Posted **#1**" in (await done.final())["content"]
    stored = await newsroom.services.photos.get(1)
    assert stored is not None and stored.data == PNG  # kept in the database: it outlives the message
    await newsroom.wait_feed(1)
    [feed_message] = newsroom.fake.channel_messages(newsroom.feed.id)
    [file] = newsroom.fake.messages.files_of(feed_message)
    assert feed_message["embeds"][0]["image"]["url"] == file["url"]  # shown from the feed message's own file
    async with aiohttp.ClientSession() as session, session.get(file["url"]) as response:
        assert await response.read() == PNG


async def test_an_image_that_cannot_be_kept_never_stops_the_post_and_the_reply_says_so(newsroom: Newsroom):
    await newsroom.open_show()
    not_an_image = Attachment("dress.png", b"<html><script>alert(1)</script></html>", "image/png")
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "The dress!", attachments=[not_an_image]
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, {})
    text = (await done.final())["content"]
    assert "Posted **#1**" in text
    assert "The message's image was not kept (“dress.png” is not a JPEG, PNG, GIF or WebP image" in text
    assert "so **#1** has no photo. Add one with `/sighting edit id:1 photo:`." in text
    [embed] = await newsroom.wait_feed(1)
    assert "image" not in embed and await newsroom.services.photos.get(1) is None


async def test_duplicates_follow_the_rules_of_spot_and_one_message_is_posted_once(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    await newsroom.slash(newsroom.ben, "spot", what="Gaga lit a cigarette for Adele during the break")
    await newsroom.wait_feed(1)
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "Gaga lit a cigarette for Adele in the break!"
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, {})
    assert "Looks like **#1** by Ben: stored as a corroboration" in done.content

    async def credited() -> bool:
        return "Also reported by Amy" in feed_fields(newsroom.feed_embeds()[0])["Reported by"]

    await eventually(credited, what="Amy credited on #1")
    assert len(newsroom.feed_embeds()) == 1  # not posted twice

    again = await newsroom.fake.message_command(newsroom.guild, newsroom.ben, message, MENU)
    assert again.ephemeral and "already sighting **#2** (posted by Amy)" in again.content


def text_message(newsroom: Newsroom) -> dict[str, Any]:
    return newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, "Catering restocked the sliders")


async def test_two_forms_for_one_message_make_one_sighting(newsroom: Newsroom):
    await newsroom.open_show()
    message = text_message(newsroom)
    first = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    second = await newsroom.fake.message_command(newsroom.guild, newsroom.ben, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, first, {})
    assert "Posted **#1**" in done.content
    late = await newsroom.fake.submit_modal(newsroom.guild, newsroom.ben, second, {})
    assert late.ephemeral and "already sighting **#1** (posted by Amy)" in late.content
    assert len(await newsroom.wait_feed(1)) == 1


async def test_in_a_show_with_approval_it_waits_at_the_desk_like_spot(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    message = text_message(newsroom)
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, {})
    assert "waiting for an editor's approval" in done.content
    card = await newsroom.fake.wait_for(
        lambda: next((m for m in newsroom.fake.channel_messages(newsroom.desk.id) if m["embeds"]), None),
        10,
        "the desk card",
    )
    assert "Awaiting approval: #1" in card["embeds"][0]["title"]
    assert "First posted by Fran Fan" in feed_fields(card["embeds"][0])["Reported by"]
    assert newsroom.feed_embeds() == []
    # an editor's own post is not held, as with /spot
    editors = await newsroom.fake.message_command(newsroom.guild, newsroom.editor, text_message(newsroom), MENU)
    await newsroom.fake.submit_modal(newsroom.guild, newsroom.editor, editors, {})
    [embed] = await newsroom.wait_feed(1)
    assert re.fullmatch(r"#2", embed["footer"]["text"])


async def posted_from_fran(newsroom: Newsroom, text: str, **values: str) -> None:
    message = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, text)
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, inputs(opened, **values))
    assert "Posted **#" in done.content, done.content


async def test_the_web_page_its_feeds_and_the_digest_credit_the_source(newsroom: Newsroom):
    await newsroom.open_show(web=True)
    await roster(newsroom)
    await posted_from_fran(
        newsroom, "Gaga lit a cigarette for Adele during the break", quote="You look like you need it"
    )
    await newsroom.slash(newsroom.ben, "spot", what="Kanye sang along to a ringtone in the corridor", quote="Ring")
    await newsroom.wait_feed(2)
    async with serving(newsroom) as server:
        url = await page_url(newsroom, server)
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as page:
                html = await page.text()
            async with session.get(f"{url}/feed.json") as feed:
                items = (await feed.json())["items"]
    assert "Reported by Amy · first posted by Fran Fan</p>" in html
    assert "Reported by Ben</p>" in html
    by_text = {i["content_text"].split("\n")[0]: i["content_text"] for i in items}
    assert "Reported by Amy, first posted by Fran Fan" in by_text["Gaga lit a cigarette for Adele during the break"]
    preview = await newsroom.slash(newsroom.editor, "digest preview", count=2)
    message = await preview.final()
    footers = {e["title"]: e["footer"]["text"] for e in message["embeds"] if "footer" in e}
    gaga = next(f for t, f in footers.items() if "Gaga" in t)
    assert gaga.startswith("Reported by Amy; first posted by Fran Fan")
    assert all("Fran" not in f for t, f in footers.items() if "Gaga" not in t)


async def test_a_form_submitted_after_a_restart_says_to_run_the_menu_again_and_gives_the_text_back(
    newsroom: Newsroom,
):
    await newsroom.open_show()
    message = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, "Gaga is at the bar")
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    await newsroom.restart()
    typed = inputs(opened, what="Gaga waves from the bar, @everyone look", headline="Gaga at the bar")
    late = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, typed)
    assert late.ephemeral and "Run **Apps → Post as sighting** on the message again" in late.content
    assert "```\nGaga waves from the bar, @everyone look\n```" in late.content and "Gaga at the bar" in late.content
    assert newsroom.fake.channel_messages(newsroom.feed.id) == []


async def test_a_forwarded_message_is_posted_with_its_snapshots_text_and_image(newsroom: Newsroom):
    await newsroom.open_show()
    photo = Attachment("gaga.png", PNG, "image/png")
    original = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "Gaga just walked in", attachments=[photo]
    )
    forward = newsroom.fake.forward_message(newsroom.guild, newsroom.ben, newsroom.lobby, original)
    assert forward["content"] == "" and forward["message_reference"]["type"] == 1
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, forward, MENU)
    assert fields(opened)["What you saw"]["value"] == "Gaga just walked in"
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, {})
    assert "Posted **#1**" in (await done.final())["content"]
    stored = await newsroom.services.photos.get(1)
    assert stored is not None and stored.data == PNG


async def test_a_message_with_only_a_rich_embed_is_prefilled_with_its_title_and_description(newsroom: Newsroom):
    await newsroom.open_show()
    embed = {"type": "rich", "title": "Red carpet update", "description": "Adele arrives in gold"}
    message = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, embeds=[embed])
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    assert fields(opened)["What you saw"]["value"] == "Red carpet update\nAdele arrives in gold"


async def test_a_mention_of_someone_not_in_the_server_is_prefilled_as_an_unknown_user(newsroom: Newsroom):
    await newsroom.open_show()
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "<@123456789012345678> saw Gaga at the bar"
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    assert fields(opened)["What you saw"]["value"] == "@unknown user saw Gaga at the bar"


async def test_a_form_opened_in_a_show_that_ended_since_posts_nothing_and_gives_the_text_back(newsroom: Newsroom):
    await newsroom.open_show()
    message = newsroom.fake.member_message(newsroom.guild, newsroom.fan, newsroom.lobby, "Gaga is at the bar")
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    ended = await newsroom.slash(newsroom.editor, "show end")
    if ended.type in (5, 6):
        await ended.final()
    await newsroom.ok(newsroom.editor, "show start", name="Second Night")
    before = len(newsroom.fake.channel_messages(newsroom.feed.id))
    done = await newsroom.fake.submit_modal(
        newsroom.guild, newsroom.amy, opened, inputs(opened, what="Gaga waves from the bar")
    )
    assert done.ephemeral
    assert "opened during **2031 Music Video Awards**, which has ended, and **Second Night** has started" in (
        done.content
    )
    assert "nothing was posted" in done.content and "```\nGaga waves from the bar\n```" in done.content
    assert len(newsroom.fake.channel_messages(newsroom.feed.id)) == before


async def test_the_photo_of_a_posted_message_is_credited_to_its_author_in_every_export(newsroom: Newsroom):
    await newsroom.open_show()
    await roster(newsroom)
    photo = Attachment("gaga.png", PNG, "image/png")
    message = newsroom.fake.member_message(
        newsroom.guild, newsroom.fan, newsroom.lobby, "Gaga lit a cigarette for Adele", attachments=[photo]
    )
    opened = await newsroom.fake.message_command(newsroom.guild, newsroom.amy, message, MENU)
    done = await newsroom.fake.submit_modal(newsroom.guild, newsroom.amy, opened, inputs(opened, quote="Need it?"))
    assert "Posted **#1**" in (await done.final())["content"]
    own = Attachment("ring.png", png((30, 30, 200), size=3000), "image/png")
    await newsroom.ok(
        newsroom.ben, "spot", what="Kanye sang along to a ringtone in the corridor", quote="Ring", photo=own
    )
    await newsroom.wait_feed(2)
    files: dict[str, dict[str, bytes]] = {}
    for fmt in ("html", "json", "markdown"):
        result = await newsroom.slash(newsroom.editor, "digest export", format=fmt, contents="article")
        reply = (await result.final())["content"]
        if fmt == "markdown":  # the reply lists the photos with their credit
            assert re.search(r"the photo of item \d, by Fran Fan \(", reply), reply
            assert re.search(r"the photo of item \d, by Ben \(", reply), reply
            assert ", by Amy (" not in reply, reply
        files[fmt] = unpack(newsroom.fake.uploads[-1])
    html = files["html"]["digest.html"].decode()
    assert "<figcaption>Photo: Fran Fan</figcaption>" in html and "<figcaption>Photo: Ben</figcaption>" in html
    assert "Photo: Amy" not in html
    credits = {
        i["photo"]["sighting_id"]: i["photo"]["credit"] for i in json.loads(files["json"]["digest.json"])["items"]
    }
    assert credits == {1: "Fran Fan", 2: "Ben"}
    markdown = files["markdown"]["digest.md"].decode()
    assert "![Photo by Fran Fan](photos/photo-1.png)" in markdown and "![Photo by Ben](photos/photo-2.png)" in markdown
