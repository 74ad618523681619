"""Photos that last (issue 10 item 1): a /spot photo is read at once and kept with the sighting; every feed
message and desk card uploads it and shows it from `attachment://…`, so it still shows after Discord's
ephemeral option upload has expired, through corrections, and a retraction takes it away.

The real discord.py client against the fake Discord, whose option uploads are ephemeral attachments that stop
answering after `ephemeral_ttl` (fakediscord/uploads.py), and a real SQLite file."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path
from typing import Any

import aiohttp

from backstage_testing.fakediscord import Attachment, FakeDiscord, InteractionResult
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom
from db.database import Database
from db.repositories.photos import PhotoRepository

RED = png((200, 30, 30), size=3000)
BLUE = png((30, 30, 200), size=5000)
POSTED = re.compile(r"Posted \*\*#(\d+)\*\*")


async def said(result: InteractionResult) -> str:
    """What the person finally reads (after a defer: the followup that fills it)."""
    await result.changes.wait_for(lambda: result.responded, 10, f"a response to {result.label}")
    if result.type in (5, 6):
        return (await result.final()).get("content") or ""
    return result.content or ""


async def spot(room: Newsroom, what: str, photo: Attachment | None = None, **values: Any) -> int:
    result = await room.slash(room.amy, "spot", what=what, **({"photo": photo} if photo else {}), **values)
    text = await said(result)
    found = POSTED.search(text)
    assert found, text
    return int(found.group(1))


async def fetch(url: str) -> tuple[int, bytes]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.read()


def message_of(room: Newsroom, sighting_id: int) -> dict[str, Any]:
    """The feed (or desk) message whose embeds show this sighting."""
    for channel in (room.feed, room.desk):
        for message in room.fake.channel_messages(channel.id):
            for embed in message.get("embeds") or []:
                if ((embed.get("footer") or {}).get("text") or "").split(" ")[0] == f"#{sighting_id}":
                    return message
    raise AssertionError(f"#{sighting_id} is in no message")


def embed_of(message: dict[str, Any], sighting_id: int) -> dict[str, Any]:
    return next(e for e in message["embeds"] if e["footer"]["text"].split(" ")[0] == f"#{sighting_id}")


async def shown_photo(room: Newsroom, sighting_id: int) -> bytes | None:
    """The bytes of the photo the sighting's message shows for it, fetched from the URL its embed points at (a
    file of that message), or None when its embed shows none."""
    message = message_of(room, sighting_id)
    image = embed_of(message, sighting_id).get("image")
    if image is None:
        return None
    files = {f["url"]: f for f in room.fake.messages.files_of(message)}
    assert image["url"] in files, f"the embed's image {image['url']} is not a file of its message"
    status, data = await fetch(image["url"])
    assert status == 200, status
    return data


async def test_a_spot_photo_is_uploaded_with_its_feed_message_and_shown_from_it(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Juniper Hale arrives in a red cape", Attachment("cape.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    assert await shown_photo(newsroom, sid) == RED
    message = message_of(newsroom, sid)
    [file] = newsroom.fake.messages.files_of(message)
    assert file["filename"].startswith(f"sighting-{sid}-") and file["filename"].endswith(".png")
    assert embed_of(message, sid)["image"]["url"] == file["url"]
    assert message["attachments"] == []  # shown by the embed, not as a loose file
    sent = [r for r in newsroom.fake.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert [name for r in sent for name, _ in r.files] == [file["filename"]]
    assert sent[-1].json["embeds"][0]["image"]["url"] == f"attachment://{file['filename']}"


async def test_the_photo_still_shows_after_the_option_upload_expired_and_through_a_correction(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Juniper Hale arrives in a red cape", Attachment("cape.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    stored = await newsroom.services.sighting_repo.get(newsroom.guild.id, sid)
    assert stored is not None and stored.photo_url is not None and "/ephemeral-attachments/" in stored.photo_url
    newsroom.fake.travel(newsroom.fake.messages.ephemeral_ttl + 1)
    assert await fetch(stored.photo_url) == (404, b"This content is no longer available.")
    assert await shown_photo(newsroom, sid) == RED
    uploads = len(newsroom.fake.uploads)
    fixed = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, what="Juniper Hale arrives in a crimson cape")
    assert "Corrected" in await said(fixed)
    await newsroom.fake.wait_for(
        lambda: "crimson" in embed_of(message_of(newsroom, sid), sid)["description"] or None, 10, "the correction"
    )
    assert await shown_photo(newsroom, sid) == RED
    assert len(newsroom.fake.uploads) == uploads  # the message kept its file: nothing uploaded again


async def test_sighting_edit_photo_replaces_the_photo_in_the_feed_and_the_history_says_so(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Juniper Hale arrives in a cape", Attachment("cape.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    [old] = newsroom.fake.messages.files_of(message_of(newsroom, sid))
    fixed = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, photo=Attachment("b.png", BLUE, "image/png"))
    assert "Its photo was replaced" in await said(fixed)
    await newsroom.fake.wait_for(
        lambda: newsroom.fake.messages.files_of(message_of(newsroom, sid))[0]["id"] != old["id"] or None,
        10,
        "the new photo in the feed message",
    )
    assert await shown_photo(newsroom, sid) == BLUE
    assert len(newsroom.fake.messages.files_of(message_of(newsroom, sid))) == 1
    assert (await fetch(old["url"]))[0] == 404  # the old file left the message
    photo = await PhotoRepository(newsroom.services.db).get(sid)
    assert photo is not None and photo.data == BLUE
    history = await newsroom.slash(newsroom.editor, "sighting history", id=sid)
    assert "-# photo replaced" in await said(history)


async def test_the_history_says_which_correction_added_replaced_or_removed_the_photo(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Juniper Hale arrives in a cape")
    steps: list[dict[str, Any]] = [
        {"photo": Attachment("a.png", RED, "image/png")},
        {"photo": Attachment("b.png", BLUE, "image/png"), "where": "Red carpet"},  # words and photo at once
        {"remove_photo": True},
        {"where": "Lobby"},
    ]
    for options in steps:
        assert "Corrected" in await said(await newsroom.slash(newsroom.amy, "sighting edit", id=sid, **options))
    history = await said(await newsroom.slash(newsroom.editor, "sighting history", id=sid))
    versions = re.findall(r"\*\*Version (\d)\*\*.*?\n» .*?\n(-# .*)?\n", history + "\n")
    notes = {int(n): note for n, note in versions}
    assert notes[1] == "-# photo added", history
    assert notes[2] == "-# where: — → Red carpet · photo replaced", history
    assert notes[3] == "-# photo removed", history
    assert notes[4] == "-# where: Red carpet → Lobby", history


async def test_a_file_whose_bytes_are_not_an_image_is_refused_whatever_its_declared_type(newsroom: Newsroom):
    await newsroom.open_show()
    fake_png = Attachment("dress.png", b"<html><script>alert(1)</script></html>", "image/png")
    result = await newsroom.slash(newsroom.amy, "spot", what="The dress @everyone", photo=fake_png)
    text = await said(result)
    assert result.ephemeral
    assert "is not a JPEG, PNG, GIF or WebP image" in text and "Nothing was posted" in text
    assert "> The dress @\u200beveryone" in text  # the text given back to post again, unable to ping
    assert newsroom.feed_embeds() == []
    assert await newsroom.services.sighting_repo.get(newsroom.guild.id, 1) is None


async def test_a_photo_over_the_limits_is_refused_politely(fake: FakeDiscord, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "limits.db", BACKSTAGE_PHOTO_MAX_BYTES=100_000)
    await room.start()
    try:
        await room.open_show()
        big = await room.slash(
            room.amy, "spot", what="Big", photo=Attachment("big.png", png(size=150_000), "image/png")
        )
        text = await said(big)
        assert big.ephemeral and "The photo is 0.1 MB; Backstage takes photos up to 0.1 MB" in text, text
        fake.upload_limit = 50_000  # the member's own upload limit (the interaction's attachment_size_limit)
        over = await room.slash(room.amy, "spot", what="Over", photo=Attachment("o.png", png(size=60_000), "image/png"))
        assert "Send a smaller version" in await said(over)
        assert room.feed_embeds() == []
        fine = await spot(room, "Fine", Attachment("ok.png", png(size=40_000), "image/png"))
        await room.wait_feed(1)
        assert await shown_photo(room, fine) == png(size=40_000)
    finally:
        await room.stop()
    fake.assert_clean()


async def test_a_photo_discord_no_longer_serves_posts_the_sighting_without_it_and_says_how_to_add_it(
    newsroom: Newsroom,
):
    await newsroom.open_show()
    newsroom.fake.messages.ephemeral_ttl = 0  # the upload expired before the bot could read it
    result = await newsroom.slash(
        newsroom.amy, "spot", what="Gone too soon", photo=Attachment("g.png", RED, "image/png")
    )
    text = await said(result)
    sid = int(POSTED.search(text).group(1))  # type: ignore[union-attr]
    assert f"posted without it. Add it with `/sighting edit id:{sid} photo:`" in text
    await newsroom.wait_feed(1)
    assert await shown_photo(newsroom, sid) is None
    newsroom.fake.messages.ephemeral_ttl = 3600
    fixed = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, photo=Attachment("g.png", RED, "image/png"))
    assert "Its photo was added" in await said(fixed)
    await newsroom.fake.wait_for(lambda: newsroom.fake.messages.files_of(message_of(newsroom, sid)), 10, "the file")
    assert await shown_photo(newsroom, sid) == RED


async def coalesced(room: Newsroom, count: int) -> list[int]:
    """`count` sightings with a photo each, posted at once so that the feed coalesces them."""
    results = await asyncio.gather(
        *(
            room.slash(room.amy, "spot", what=f"Moment {i}", photo=Attachment(f"m{i}.png", png((i, 9, 9)), "image/png"))
            for i in range(count)
        )
    )
    ids = [int(POSTED.search(await said(r)).group(1)) for r in results]  # type: ignore[union-attr]
    await room.wait_feed(count, timeout=20)
    return sorted(ids)


async def test_retracting_takes_the_photo_out_of_its_coalesced_message(fake: FakeDiscord, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "retract.db", BACKSTAGE_FEED_LINGER_MS=1500)
    await room.start()
    try:
        await room.open_show()
        first, second = await coalesced(room, 2)
        assert message_of(room, first)["id"] == message_of(room, second)["id"]
        [gone] = [f for f in fake.messages.files_of(message_of(room, first)) if f"-{first}-" in f["filename"]]
        pulled = await room.slash(room.amy, "sighting retract", id=first, reason="Wrong person")
        assert "Retracted" in await said(pulled)
        await fake.wait_for(
            lambda: "Retracted" in embed_of(message_of(room, first), first)["description"] or None, 10, "the strike"
        )
        message = message_of(room, first)
        assert "image" not in embed_of(message, first)
        assert [f["filename"] for f in fake.messages.files_of(message)] == [
            f["filename"] for f in fake.messages.files_of(message) if f"-{second}-" in f["filename"]
        ]
        assert len(fake.messages.files_of(message)) == 1 and message["attachments"] == []
        assert (await fetch(gone["url"]))[0] == 404
        kept = await PhotoRepository(room.services.db).get(second)
        assert kept is not None and await shown_photo(room, second) == kept.data
    finally:
        await room.stop()
    fake.assert_clean()


async def test_coalesced_messages_never_carry_more_than_ten_photos(fake: FakeDiscord, tmp_path: Path):
    room = Newsroom(fake, tmp_path / "ten.db", BACKSTAGE_FEED_LINGER_MS=3000)
    await room.start()
    try:
        await room.open_show()
        ids = await coalesced(room, 13)
        messages = fake.channel_messages(room.feed.id)
        assert len(messages) < 13  # coalesced
        for message in messages:
            files = fake.messages.files_of(message)
            assert len(files) <= 10 and len(files) == len(message["embeds"])
            assert {e["image"]["url"] for e in message["embeds"]} == {f["url"] for f in files}
        assert sum(len(fake.messages.files_of(m)) for m in messages) == len(ids)
    finally:
        await room.stop()
    fake.assert_clean()  # no request broke the 10-file rule (Discord: 30015)


async def test_the_desk_card_shows_the_photo_before_and_after_the_decision(newsroom: Newsroom):
    await newsroom.open_show(approval=True)
    sid = await spot(newsroom, "A quiet word backstage", Attachment("q.png", RED, "image/png"))
    [card] = await newsroom.fake.wait_for(
        lambda: [m for m in newsroom.fake.channel_messages(newsroom.desk.id) if m.get("components")] or None,
        10,
        "the desk card",
    )
    assert await shown_photo(newsroom, sid) == RED
    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, f"bs:approve:{sid}")
    await clicked.final()
    card = newsroom.fake.messages.get(int(card["id"]))
    assert card is not None and "approved" in card["embeds"][0]["title"]
    [file] = newsroom.fake.messages.files_of(card)
    assert card["embeds"][0]["image"]["url"] == file["url"] and (await fetch(file["url"])) == (200, RED)
    await newsroom.wait_feed(1)
    feed_message = newsroom.fake.channel_messages(newsroom.feed.id)[0]
    assert (await fetch(embed_of(feed_message, sid)["image"]["url"])) == (200, RED)


async def test_the_key_moment_suggestion_card_shows_the_photo_before_and_after_its_button(newsroom: Newsroom):
    await newsroom.configure(key_votes=1, key_corroborations=0)
    await newsroom.ok(newsroom.editor, "show start", name="2031 Music Video Awards")
    sid = await spot(newsroom, "Kit Abernathy proposes in the front row", Attachment("k.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    fan = newsroom.guild.add_member("Fan")
    await newsroom.fake.react(newsroom.guild, fan, newsroom.feed, message_of(newsroom, sid)["id"], "🔥")
    [card] = await newsroom.fake.wait_for(
        lambda: [m for m in newsroom.fake.channel_messages(newsroom.desk.id) if m.get("components")] or None,
        10,
        "the suggestion card",
    )
    assert card["embeds"][0]["title"].startswith(f"Key moment? #{sid}")
    [file] = newsroom.fake.messages.files_of(card)
    assert card["embeds"][0]["image"]["url"] == file["url"] and card["attachments"] == []
    assert (await fetch(file["url"])) == (200, RED)
    clicked = await newsroom.fake.click(newsroom.guild, newsroom.editor, card, f"bs:key:{sid}")
    await clicked.final()
    card = newsroom.fake.messages.get(int(card["id"]))
    assert card is not None and card["embeds"][0]["title"] == f"#{sid}: key moment, marked by Eddie Editor"
    [file] = newsroom.fake.messages.files_of(card)
    assert card["embeds"][0]["image"]["url"] == file["url"] and card["attachments"] == []  # shown once, in the card
    assert (await fetch(file["url"])) == (200, RED)


async def test_a_backup_of_the_running_database_carries_the_photo(newsroom: Newsroom, tmp_path: Path):
    await newsroom.open_show()
    sid = await spot(newsroom, "For the archive", Attachment("a.png", BLUE, "image/png"))
    backup = tmp_path / "backup.db"

    def copy() -> None:  # what `sqlite3 backstage.db ".backup backup.db"` does (README, "Photos")
        with sqlite3.connect(newsroom.db_path) as source, sqlite3.connect(backup) as target:
            source.backup(target)

    await asyncio.to_thread(copy)
    restored = await Database.open(backup)
    try:
        photo = await PhotoRepository(restored).get(sid)
        assert photo is not None and photo.data == BLUE and photo.meta.content_type == "image/png"
    finally:
        await restored.close()


async def test_after_a_restart_a_correction_still_shows_the_photo(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Before the restart", Attachment("r.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    await newsroom.restart()  # the new process does not know which files the message carries
    fixed = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, what="After the restart")
    assert "Corrected" in await said(fixed)
    await newsroom.fake.wait_for(
        lambda: "After" in embed_of(message_of(newsroom, sid), sid)["description"] or None, 10, "the correction"
    )
    assert await shown_photo(newsroom, sid) == RED
    assert len(newsroom.fake.messages.files_of(message_of(newsroom, sid))) == 1  # uploaded again, not twice


async def test_a_real_png_declared_as_octet_stream_or_with_no_type_is_taken_by_its_bytes(newsroom: Newsroom):
    await newsroom.open_show()
    octet = await spot(newsroom, "Vesper Lane's cape", Attachment("photo.png", RED, "application/octet-stream"))
    untyped = await spot(newsroom, "Vesper Lane's gloves", Attachment("photo.png", BLUE, None))
    await newsroom.wait_feed(2)
    assert await shown_photo(newsroom, octet) == RED
    assert await shown_photo(newsroom, untyped) == BLUE


async def test_magic_bytes_alone_are_refused_as_a_cut_short_image(newsroom: Newsroom):
    await newsroom.open_show()
    for name, data, kind in (("a.jpg", b"\xff\xd8\xff", "JPEG"), ("b.gif", b"GIF89a", "GIF")):
        photo = Attachment(name, data, f"image/{kind.lower()}")
        result = await newsroom.slash(newsroom.amy, "spot", what="Vesper Lane", photo=photo)
        text = await said(result)
        assert f"“{name}” starts like a {kind} image but is not a whole one" in text, text
        assert "Nothing was posted" in text
    assert newsroom.feed_embeds() == []


async def test_an_empty_file_and_a_heic_photo_are_told_what_is_wrong(newsroom: Newsroom):
    await newsroom.open_show()
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200)
    cases = (
        (Attachment("blank.png", b"", "image/png"), "“blank.png” is empty (0 bytes)"),
        (Attachment("IMG_0001.HEIC", heic, "image/heic"), "“IMG_0001.HEIC” is a HEIC photo"),
    )
    for attachment, sentence in cases:
        text = await said(await newsroom.slash(newsroom.amy, "spot", what="Vesper Lane", photo=attachment))
        assert sentence in text, text
    assert "convert it to JPEG" in text and "Attach the photo itself" not in text


async def test_a_photo_on_a_report_stored_as_a_corroboration_is_said_to_be_kept_and_reaches_the_digest(
    newsroom: Newsroom,
):
    await newsroom.open_show()
    for name in ("Lady Gaga", "Adele"):
        await newsroom.slash(newsroom.editor, "roster add", name=name)
    first = await newsroom.slash(newsroom.ben, "spot", what="Lady Gaga lit a cigarette for Adele during the break")
    original = int(POSTED.search(await said(first)).group(1))  # type: ignore[union-attr]
    await newsroom.wait_feed(1)

    result = await newsroom.slash(
        newsroom.amy,
        "spot",
        what="Lady Gaga lit a cigarette for Adele in the break",
        photo=Attachment("b.png", BLUE, "image/png"),
    )
    text = await said(result)

    sid = int(POSTED.search(text).group(1))  # type: ignore[union-attr]
    assert f"Looks like **#{original}** by Ben: stored as a corroboration" in text
    assert f"Your photo is kept with #{sid}: the feed's item for #{original} shows only its own photo" in text
    assert "the digest can show yours" in text and "if an editor unlinks your report" in text
    preview = await (await newsroom.slash(newsroom.editor, "digest preview")).final()
    shown = [await fetch(e["image"]["url"]) for e in preview["embeds"] if e.get("image")]
    assert [data for _, data in shown] == [BLUE]


async def test_sighting_edit_remove_photo_takes_the_photo_out_of_the_feed_and_the_database(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Juniper Hale arrives in a cape", Attachment("cape.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    [old] = newsroom.fake.messages.files_of(message_of(newsroom, sid))

    removed = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, remove_photo=True)

    assert "Its photo was removed" in await said(removed)
    await newsroom.fake.wait_for(
        lambda: embed_of(message_of(newsroom, sid), sid).get("image") is None or None, 10, "the photo gone"
    )
    assert (await fetch(old["url"]))[0] == 404  # the file left the message
    assert await PhotoRepository(newsroom.services.db).get(sid) is None
    again = await newsroom.slash(newsroom.amy, "sighting edit", id=sid, remove_photo=True)
    assert f"#{sid} has no photo to remove; nothing changed." in await said(again)


async def test_a_photo_uploaded_as_a_spoiler_stays_one_in_the_feed(newsroom: Newsroom):
    await newsroom.open_show()
    sid = await spot(newsroom, "Juniper Hale's surprise outfit", Attachment("SPOILER_cape.png", RED, "image/png"))
    await newsroom.wait_feed(1)
    [file] = newsroom.fake.messages.files_of(message_of(newsroom, sid))
    assert file["filename"].startswith(f"SPOILER_sighting-{sid}-")  # Discord shows it blurred
    assert await shown_photo(newsroom, sid) == RED
