"""Issue 10 items 2 and 3: a photo given at /spot is in the published digest and in every export, long after the
option's ephemeral URL stopped answering, through the real client against the fake Discord."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import struct
import zlib
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from backstage_testing.fakediscord import Attachment
from backstage_testing.images import png
from backstage_testing.pytest_plugin import Newsroom, long_sighting, unpack


@pytest.fixture
def newsroom(engine_newsroom: Newsroom) -> Newsroom:
    """Every test here that takes `newsroom` runs on both engines: a SQLite file, then a PostgreSQL database."""
    return engine_newsroom


SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples" / "photos"
CAPE = (SAMPLES / "heron.png").read_bytes()
HEEL = (SAMPLES / "heel.png").read_bytes()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def fetch(url: str) -> tuple[int, bytes]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.read()


async def photo_night(room: Newsroom) -> list[str]:
    """Two stories with a photo each and one without; returns the ephemeral URLs the photos were given at."""
    await room.open_show()
    posts: list[tuple[Any, dict[str, Any]]] = [
        (
            room.amy,
            {
                "what": "Lady Gaga arrived in a grey feathered cape with a silver beak mask",
                "who": "Lady Gaga",
                "quote": "I'm molting, darling",
                "photo": Attachment("IMG_0412.png", CAPE, "image/png"),
            },
        ),
        (
            room.ben,
            {
                "what": "Adele's left heel snapped on the second step; she carried the shoe like a clutch bag",
                "who": "Adele",
                "quote": "It's a look now",
                "photo": Attachment("heel.png", HEEL, "image/png"),
            },
        ),
        (room.amy, {"what": "Kanye West sang along to a ringtone in the corridor", "who": "Kanye West", "quote": "Ye"}),
    ]
    urls = []
    for member, options in posts:
        result = await room.ok(member, "spot", **options)
        resolved = result.payload["data"].get("resolved") or {}
        urls += [a["url"] for a in (resolved.get("attachments") or {}).values()]
    await room.wait_feed(3)
    return urls


def images(room: Newsroom, channel_id: int) -> list[str]:
    return [e["image"]["url"] for m in room.fake.channel_messages(channel_id) for e in m["embeds"] if e.get("image")]


async def test_after_the_spots_url_expired_the_published_digest_and_every_export_still_carry_the_photo(
    newsroom: Newsroom,
):
    urls = await photo_night(newsroom)
    assert len(urls) == 2 and all("/ephemeral-attachments/" in u for u in urls)
    newsroom.fake.travel(newsroom.fake.messages.ephemeral_ttl + 60)
    assert [(await fetch(u))[0] for u in urls] == [404, 404]  # Discord no longer serves the option's files

    published = await newsroom.slash(newsroom.editor, "digest publish", options={"channel": newsroom.lobby})
    assert "Published edition 1" in (await published.final())["content"]
    shown = [await fetch(url) for url in images(newsroom, newsroom.lobby.id)]
    assert sorted(sha(data) for status, data in shown if status == 200) == sorted([sha(CAPE), sha(HEEL)])

    files: dict[str, dict[str, bytes]] = {}
    for fmt in ("html", "json", "markdown"):
        result = await newsroom.slash(newsroom.editor, "digest export", format=fmt, contents="article")
        reply = (await result.final())["content"]
        assert "`2031-music-video-awards.zip` (a .zip because the article" in reply, reply
        files[fmt] = unpack(newsroom.fake.uploads[-1])

    html = files["html"]["digest.html"].decode()
    inline = [base64.b64decode(src) for src in re.findall(r'src="data:image/png;base64,([^"]+)"', html)]
    assert sorted(sha(data) for data in inline) == sorted([sha(CAPE), sha(HEEL)])
    assert list(files["html"]) == ["digest.html"]  # the page stands alone

    items = json.loads(files["json"]["digest.json"])["items"]
    described = {i["photo"]["sha256"]: i["photo"] for i in items if i["photo"]}
    assert set(described) == {sha(CAPE), sha(HEEL)}
    cape = described[sha(CAPE)]
    assert (cape["content_type"], cape["size"], cape["uploaded_as"].endswith(".png")) == ("image/png", len(CAPE), True)
    assert files["json"][cape["file"]] == CAPE  # the file it names is beside it

    markdown = files["markdown"]["digest.md"].decode()
    linked = re.findall(r"!\[Photo by [A-Za-z]+\]\((photos/photo-\d+\.png)\)", markdown)
    assert len(linked) == 2 and sorted(sha(files["markdown"][p]) for p in linked) == sorted([sha(CAPE), sha(HEEL)])


async def test_the_export_reply_says_why_it_is_a_zip(newsroom: Newsroom):
    await photo_night(newsroom)
    for fmt, why in (
        ("html", "a .zip because the article carries 2 photos inside it"),
        ("markdown", "a .zip because the article's 2 photos travel beside it"),
    ):
        result = await newsroom.slash(newsroom.editor, "digest export", format=fmt, contents="article")
        reply = (await result.final())["content"]
        assert why in reply, reply
        if fmt == "markdown":
            assert re.search(r"- `photos/photo-\d+\.png`: the photo of item \d, by (Amy|Ben) \(", reply), reply


async def test_the_preview_uploads_the_photos_its_embeds_show(newsroom: Newsroom):
    await photo_night(newsroom)
    newsroom.fake.travel(newsroom.fake.messages.ephemeral_ttl + 60)
    result = await newsroom.slash(newsroom.editor, "digest preview")
    message = await result.final()
    urls = [e["image"]["url"] for e in message["embeds"] if e.get("image")]
    shown = [await fetch(url) for url in urls]
    assert sorted(sha(data) for status, data in shown if status == 200) == sorted([sha(CAPE), sha(HEEL)])


async def test_a_photo_bigger_than_the_upload_limit_on_its_own_is_refused_with_what_to_do(newsroom: Newsroom):
    await photo_night(newsroom)
    newsroom.fake.upload_limit = 20_000  # the cape alone is 24 KB
    uploads = len(newsroom.fake.uploads)
    result = await newsroom.slash(newsroom.editor, "digest export", format="markdown", contents="article")
    reply = (await result.final())["content"]
    assert re.match(r"The photo of item \d, by Amy is 23\.9 KB, more than the 19\.5 KB Discord", reply), reply
    number = re.search(r"`/sighting edit id:(\d+) remove_photo:True`", reply)
    assert number is not None and len(newsroom.fake.uploads) == uploads, reply
    # as it says: the photo taken off its sighting, the article travels without it
    await newsroom.ok(newsroom.editor, "sighting edit", id=int(number[1]), remove_photo=True)
    result = await newsroom.slash(newsroom.editor, "digest export", format="markdown", contents="article")
    reply = (await result.final())["content"]
    assert reply.startswith("The digest of **") and "photo-" + number[1] not in reply, reply
    assert newsroom.fake.uploads[-1].filename.endswith(".zip") and len(newsroom.fake.uploads[-1].data) <= 20_000


async def test_a_photo_of_exactly_the_upload_limit_travels_as_it_is_beside_the_zipped_article(newsroom: Newsroom):
    """A photo as large as Discord accepts in one file (BACKSTAGE_PHOTO_MAX_BYTES=10 MiB at the default 10 MiB
    limit; here a smaller limit): a .zip of it would be a hundred bytes over, so it travels as it is, and the
    reply says to put it in photos/ beside the unzipped article."""
    await newsroom.open_show()
    shots = [photo_of(0, 60_000), photo_of(1, 30_000)]
    for i, shot in enumerate(shots):
        photo = Attachment(f"IMG_{i}.png", shot, "image/png")
        await newsroom.ok(newsroom.amy if i % 2 == 0 else newsroom.ben, "spot", **long_sighting(i), photo=photo)
    await newsroom.wait_feed(2)
    newsroom.fake.upload_limit = limit = len(shots[0])  # the first photo fits exactly, not zipped
    before = len(newsroom.fake.uploads)
    result = await newsroom.slash(newsroom.editor, "digest export", format="markdown", contents="article")
    reply = (await result.final())["content"]
    assert (
        "is more than" not in reply and "the article and its photos travel in 2 .zip files and 1 photo as it" in reply
    )
    count = int(re.search(r"comes in (\d+) files", reply).group(1))  # type: ignore[union-attr]
    await newsroom.fake.wait_for(partial(arrived, newsroom, before + count), what="every file")
    sent = newsroom.fake.uploads[before:]
    assert all(len(u.data) <= limit for u in sent), [len(u.data) for u in sent]
    loose = [u for u in sent if not u.filename.endswith(".zip")]
    assert [u.data for u in loose] == [shots[0]] and f"(put `{loose[0].filename}` there)" in reply, reply
    files: dict[str, bytes] = {}
    for upload in sent:
        if upload.filename.endswith(".zip"):
            files.update(unpack(upload))
    linked = re.findall(r"photos/photo-\d+\.png", files["digest.md"].decode())
    assert sorted(linked) == sorted([*(n for n in files if n.startswith("photos/")), f"photos/{loose[0].filename}"])


MB = 1024 * 1024


def arrived(room: Newsroom, count: int) -> bool:
    return len(room.fake.uploads) >= count


def photo_of(seed: int, size: int) -> bytes:
    """A valid PNG of about `size` bytes that does not deflate, like a real photo (random bytes in a private
    ancillary chunk)."""
    base = png((40 * seed, 10, 10))
    noise = random.Random(seed).randbytes(size)
    chunk = struct.pack(">I", len(noise)) + b"prVt" + noise + struct.pack(">I", zlib.crc32(b"prVt" + noise))
    return base[:-12] + chunk + base[-12:]


async def test_an_article_whose_photos_pass_the_upload_limit_travels_in_several_zips_in_every_format(
    newsroom: Newsroom,
):
    await newsroom.open_show()
    shots = [photo_of(i, 3 * MB) for i in range(5)]  # 15 MB of photos, each one allowed
    for i, shot in enumerate(shots):
        photo = Attachment(f"IMG_{i}.png", shot, "image/png")
        await newsroom.ok(newsroom.amy if i % 2 == 0 else newsroom.ben, "spot", **long_sighting(i), photo=photo)
    await newsroom.wait_feed(5)
    limit = newsroom.fake.upload_limit
    for fmt, name in (("html", "digest.html"), ("markdown", "digest.md"), ("json", "digest.json")):
        for contents in ("article", "both"):
            before = len(newsroom.fake.uploads)
            result = await newsroom.slash(newsroom.editor, "digest export", format=fmt, contents=contents)
            reply = (await result.final())["content"]
            assert "unzip them into one folder" in reply and f"{name} links its photos in photos/" in reply, reply
            count = int(re.search(r"comes in (\d+) files", reply).group(1))  # type: ignore[union-attr]
            await newsroom.fake.wait_for(partial(arrived, newsroom, before + count), what="every file")
            sent = newsroom.fake.uploads[before:]
            assert all(len(u.data) <= limit for u in sent) and len(sent) >= 2
            files: dict[str, bytes] = {}
            for upload in sent:
                files.update(unpack(upload))
            assert sorted(sha(d) for n, d in files.items() if n.startswith("photos/")) == sorted(map(sha, shots))
            timeline = [n for n in files if n.endswith("timeline." + name.split(".")[1])]
            assert len(timeline) == (contents == "both")
            article = files[name].decode()
            linked = re.findall(r"photos/photo-\d+\.png", article)
            assert len(set(linked)) == 5 and all(p in files for p in linked)
            assert "data:image" not in article  # HTML: the photos beside the page, not inline


async def test_a_preview_in_two_messages_uploads_each_ones_photos_with_it(newsroom: Newsroom):
    await newsroom.open_show()
    for i in range(8):  # eight long items: two messages
        photo = Attachment(f"shot{i}.png", (CAPE, HEEL)[i % 2], "image/png")
        await newsroom.ok(newsroom.amy if i % 2 == 0 else newsroom.ben, "spot", **long_sighting(i), photo=photo)
    result = await newsroom.slash(newsroom.editor, "digest preview", count=8)
    first = await result.final()

    def others() -> list[dict[str, Any]]:  # the first message may itself be a followup (after a defer)
        return [m for m in result.followups if m["id"] != first["id"]]

    await newsroom.fake.wait_for(others, what="the preview's second message")
    messages = [first, *others()]
    assert len(messages) == 2
    shown: list[tuple[int, bytes]] = []
    for message in messages:
        urls = [e["image"]["url"] for e in message["embeds"] if e.get("image")]
        assert urls  # each message shows photos of its own items
        shown += [await fetch(url) for url in urls]
    assert [status for status, _ in shown] == [200] * 8
    assert sorted(sha(d) for _, d in shown) == sorted(sha((CAPE, HEEL)[i % 2]) for i in range(8))


async def test_again_true_after_a_photo_was_replaced_posts_a_new_edition_showing_the_new_photo(newsroom: Newsroom):
    await photo_night(newsroom)
    first = await newsroom.slash(newsroom.editor, "digest publish", options={"channel": newsroom.lobby})
    assert "Published edition 1" in (await first.final())["content"]
    bracelet = (SAMPLES / "bracelet.png").read_bytes()
    edited = await newsroom.slash(
        newsroom.amy, "sighting edit", id=1, photo=Attachment("bracelet.png", bracelet, "image/png")
    )
    await edited.final()
    shown_before = len(images(newsroom, newsroom.lobby.id))

    again = await newsroom.slash(newsroom.editor, "digest publish", again=True, options={"channel": newsroom.lobby})
    reply = (await again.final())["content"]

    assert reply.startswith("Published edition 2"), reply
    edition_2 = images(newsroom, newsroom.lobby.id)[shown_before:]
    shown = [await fetch(url) for url in edition_2]
    assert sorted(sha(data) for _, data in shown) == sorted([sha(bracelet), sha(HEEL)])


async def test_the_published_digest_packs_at_most_10_mib_of_photos_per_message_like_the_preview(newsroom: Newsroom):
    await newsroom.open_show()
    shots = [photo_of(i, 4 * MB) for i in range(4)]
    for i, shot in enumerate(shots):
        photo = Attachment(f"IMG_{i}.png", shot, "image/png")
        await newsroom.ok(newsroom.amy if i % 2 == 0 else newsroom.ben, "spot", **long_sighting(i), photo=photo)
    await newsroom.wait_feed(4)

    result = await newsroom.slash(newsroom.editor, "digest publish", count=4, options={"channel": newsroom.lobby})
    assert "Published edition 1" in (await result.final())["content"]

    posted = newsroom.fake.channel_messages(newsroom.lobby.id)
    sizes = [sum(f["size"] for f in newsroom.fake.messages.files_of(m)) for m in posted]
    assert all(0 < size <= 10 * MB for size in sizes if size) and sum(sizes) >= 16 * MB, sizes
    shown = [await fetch(url) for url in images(newsroom, newsroom.lobby.id)]
    assert sorted(sha(data) for _, data in shown) == sorted(map(sha, shots))


async def test_a_photo_uploaded_as_a_spoiler_is_uploaded_as_one_with_the_digest(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.ok(
        newsroom.amy,
        "spot",
        what="Lady Gaga arrived in a grey feathered cape with a silver beak mask",
        who="Lady Gaga",
        quote="I'm molting, darling",
        photo=Attachment("SPOILER_cape.png", CAPE, "image/png"),
    )
    await newsroom.ok(
        newsroom.ben,
        "spot",
        what="Adele's left heel snapped on the second step; she carried the shoe like a clutch bag",
        who="Adele",
        quote="It's a look now",
        photo=Attachment("heel.png", HEEL, "image/png"),
    )
    await newsroom.wait_feed(2)
    message = await (await newsroom.slash(newsroom.editor, "digest preview")).final()
    names = sorted(f["filename"] for f in newsroom.fake.messages.files_of(message))
    assert len(names) == 2 and names[0].startswith("SPOILER_photo-") and names[1].startswith("photo-"), names
