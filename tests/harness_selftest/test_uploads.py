"""The fake's files as Discord keeps them (fakediscord/uploads.py): ephemeral option uploads whose signed URL
expires, message files that stay, multipart bodies read strictly with Discord's own error codes, and embeds that
show a message's file through `attachment://`."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest_asyncio

from backstage_testing.fakediscord import FakeDiscord
from backstage_testing.fakediscord.uploads import GONE_TEXT

from .conftest import World

NONE: dict[str, list[str]] = {"parse": []}
SIGNED = re.compile(
    r"^http://127\.0\.0\.1:\d+/(ephemeral-)?attachments/(\d+)/(\d+)/([^?]+)\?ex=[0-9a-f]+&is=[0-9a-f]+&hm=[0-9a-f]{64}&$"
)


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(channel_limit=(100, 5.0), ephemeral_ttl=600.0) as instance:
        yield instance


def form(payload: dict[str, Any] | None, files: list[tuple[str, str | None, bytes]]) -> aiohttp.FormData:
    """A multipart body: `payload_json`, then parts named `files[n]` (name, filename, bytes), the names as they
    are (discord.py's FormData(quote_fields=False))."""
    data = aiohttp.FormData(quote_fields=False)
    if payload is not None:
        data.add_field("payload_json", json.dumps(payload), content_type="application/json")
    for name, filename, content in files:
        if filename is None:  # a plain form field, no file
            data.add_field(name, content.decode())
        else:
            data.add_field(name, content, filename=filename, content_type="application/octet-stream")
    return data


async def fetch(url: str) -> tuple[int, bytes]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.read()


async def test_an_option_upload_answers_at_a_signed_ephemeral_url_until_it_expires(world: World) -> None:
    fake = world.fake
    _, option = fake.messages.store_upload("p.png", b"\x89PNG", "image/png", channel_id=world.feed.id, ephemeral=True)
    _, kept = fake.messages.store_upload("k.png", b"kept", "image/png", channel_id=world.feed.id, message_id=1)
    found = SIGNED.match(option["url"])
    assert found and found.group(1) == "ephemeral-" and found.group(2) == str(world.feed.id)
    assert option["ephemeral"] is True and SIGNED.match(kept["url"]) and kept["ephemeral"] is False
    assert await fetch(option["url"]) == (200, b"\x89PNG")
    tampered = re.sub(r"hm=[0-9a-f]{4}", "hm=0000", option["url"])
    assert await fetch(tampered) == (404, GONE_TEXT.encode())
    fake.travel(601)
    assert await fetch(option["url"]) == (404, GONE_TEXT.encode())
    assert await fetch(kept["url"]) == (200, b"kept")  # a message's file stays


async def test_more_than_ten_files_is_30015(world: World, raw: aiohttp.ClientSession) -> None:
    url = f"channels/{world.feed.id}/messages"
    files = [(f"files[{i}]", f"{i}.png", b"x") for i in range(11)]
    async with raw.post(url, data=form({"content": "many", "allowed_mentions": NONE}, files)) as response:
        assert response.status == 400 and (await response.json())["code"] == 30015
    ten = files[:10]
    async with raw.post(url, data=form({"content": "ten", "allowed_mentions": NONE}, ten)) as response:
        assert response.status == 200
        message = await response.json()
    extra = [("files[0]", "eleventh.png", b"x")]
    async with raw.patch(f"{url}/{message['id']}", data=form({"content": "+1"}, extra)) as response:
        assert response.status == 400 and (await response.json())["code"] == 30015  # appended: 11
    world.fake.violations.clear()


async def test_file_parts_must_be_uniquely_named_files_n_with_a_filename(
    world: World, raw: aiohttp.ClientSession
) -> None:
    url = f"channels/{world.feed.id}/messages"
    body = {"content": "x", "allowed_mentions": NONE}
    for files in (
        [("files[0]", "a.png", b"a"), ("files[0]", "b.png", b"b")],
        [("files[0]", None, b"a")],
    ):
        async with raw.post(url, data=form(body, files)) as response:
            assert response.status == 400 and (await response.json())["code"] == 50035
    listed = {**body, "attachments": [{"id": 3, "filename": "a.png"}]}
    async with raw.post(url, data=form(listed, [("files[0]", "a.png", b"a")])) as response:
        assert response.status == 400 and (await response.json())["code"] == 50035  # no files[3]
    assert world.fake.violations
    world.fake.violations.clear()


async def test_a_request_over_25_mib_is_413_40005(world: World, raw: aiohttp.ClientSession) -> None:
    url = f"channels/{world.feed.id}/messages"
    nine = b"x" * (9 * 1024 * 1024)
    files = [(f"files[{i}]", f"{i}.bin", nine) for i in range(3)]  # each under 10 MiB, 27 MiB together
    async with raw.post(url, data=form({"content": "big", "allowed_mentions": NONE}, files)) as response:
        assert response.status == 413 and (await response.json())["code"] == 40005
    world.fake.violations.clear()


async def test_an_edit_keeps_files_it_does_not_mention_and_leaves_exactly_those_it_lists(
    world: World, raw: aiohttp.ClientSession
) -> None:
    fake = world.fake
    url = f"channels/{world.feed.id}/messages"
    embeds = [{"description": "one", "image": {"url": "attachment://a.png"}}, {"description": "two"}]
    body = {"embeds": embeds, "allowed_mentions": NONE, "attachments": [{"id": 0}, {"id": 1}]}
    files = [("files[0]", "a.png", b"A"), ("files[1]", "b.png", b"B")]
    async with raw.post(url, data=form(body, files)) as response:
        message = await response.json()
    [a, b] = fake.messages.files_of(message)
    assert message["embeds"][0]["image"]["url"] == a["url"]
    assert [f["filename"] for f in message["attachments"]] == ["b.png"]  # not referenced by an embed
    async with raw.patch(f"{url}/{message['id']}", json={"embeds": embeds, "allowed_mentions": NONE}) as response:
        edited = await response.json()
    assert fake.messages.files_of(edited) == [a, b] and edited["embeds"][0]["image"]["url"] == a["url"]
    unlisted = {"embeds": embeds, "allowed_mentions": NONE, "attachments": [{"id": a["id"]}]}
    async with raw.patch(f"{url}/{message['id']}", data=form(unlisted, [("files[0]", "c.png", b"C")])) as response:
        assert response.status == 400  # API v10: a new file must be listed too
    listed = {"embeds": embeds[1:], "allowed_mentions": NONE, "attachments": [{"id": b["id"]}, {"id": 0}]}
    async with raw.patch(f"{url}/{message['id']}", data=form(listed, [("files[0]", "c.png", b"C")])) as response:
        edited = await response.json()
    assert [f["filename"] for f in fake.messages.files_of(edited)] == ["b.png", "c.png"]
    assert await fetch(a["url"]) == (404, GONE_TEXT.encode())  # dropped by the edit
    assert (await fetch(b["url"]))[0] == 200
    fake.violations.clear()


async def test_an_embed_naming_a_file_the_message_lacks_shows_no_image_and_is_a_violation(
    world: World, raw: aiohttp.ClientSession
) -> None:
    body = {"embeds": [{"description": "x", "image": {"url": "attachment://nothing.png"}}], "allowed_mentions": NONE}
    async with raw.post(f"channels/{world.feed.id}/messages", json=body) as response:
        message = await response.json()
    assert "image" not in message["embeds"][0]
    assert any("names no file of the message" in v for v in world.fake.violations)
    world.fake.violations.clear()


async def test_an_option_file_whose_type_has_parameters_is_served_with_them(world: World) -> None:
    _, option = world.fake.messages.store_upload("p.png", b"\x89PNG", "image/png; charset=binary", ephemeral=True)
    async with aiohttp.ClientSession() as session, session.get(option["url"]) as response:
        assert response.status == 200 and response.headers["Content-Type"] == "image/png; charset=binary"
        assert await response.read() == b"\x89PNG"


async def test_file_names_are_cleaned_as_discord_does_and_the_type_inferred_from_the_extension(
    world: World, raw: aiohttp.ClientSession
) -> None:
    names = ["hello (world).png", "_bug1.png", "IMG 0412 é.JPG", "写真.gif", "notes.txt"]
    files = [(f"files[{i}]", name, b"x") for i, name in enumerate(names)]
    async with raw.post(f"channels/{world.feed.id}/messages", data=form({"allowed_mentions": NONE}, files)) as r:
        message = await r.json()
    stored = [(a["filename"], a["content_type"]) for a in message["attachments"]]
    assert stored == [
        ("hello_world.png", "image/png"),
        ("bug1.png", "image/png"),
        ("IMG_0412_e.JPG", "image/jpeg"),
        ("gif", "application/octet-stream"),  # nothing left but the extension, which is then the whole name
        ("notes.txt", "text/plain"),
    ]


async def test_an_attachment_name_outside_the_documented_characters_shows_no_image_and_is_a_violation(
    world: World, raw: aiohttp.ClientSession
) -> None:
    for url, why in (
        ("attachment://hello (world).png", "an attachment:// name holds only ASCII letters"),
        ("attachment://_bug1.png", "names no file of the message"),  # the file is stored as bug1.png
    ):
        name = url.removeprefix("attachment://")
        body = {"embeds": [{"description": "x", "image": {"url": url}}], "allowed_mentions": NONE}
        files = [("files[0]", name, b"x")]
        async with raw.post(f"channels/{world.feed.id}/messages", data=form(body, files)) as response:
            message = await response.json()
        assert "image" not in message["embeds"][0]
        assert any(why in v for v in world.fake.violations), world.fake.violations
        world.fake.violations.clear()
