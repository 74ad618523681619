"""Which files are photos (bot/photos.py): by their first bytes, whatever their name or declared type."""

from __future__ import annotations

import pytest

from backstage_testing.images import png
from bot.errors import InvalidInput
from bot.photos import check_declared, photo_name, read_photo, sniff


class Upload:
    def __init__(self, data: bytes, filename: str = "p.png", content_type: str | None = "image/png") -> None:
        self.data, self.filename, self.size, self.content_type = data, filename, len(data), content_type

    async def read(self) -> bytes:
        return self.data


def test_the_four_formats_are_told_by_their_magic_bytes() -> None:
    assert sniff(png()) == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00") == "image/jpeg"
    assert sniff(b"GIF89a\x01\x00") == sniff(b"GIF87a") == "image/gif"
    assert sniff(b"RIFF\x24\x00\x00\x00WEBPVP8 ") == "image/webp"
    for other in (b"<html>", b"%PDF-1.7", b"RIFF\x24\x00\x00\x00WAVEfmt ", b"\x89PN", b""):
        assert sniff(other) is None


def test_the_declared_size_and_type_are_refused_before_any_download() -> None:
    with pytest.raises(InvalidInput, match=r"up to 0\.1 MB"):
        check_declared(Upload(b"x" * 200_000), 100_000)
    with pytest.raises(InvalidInput, match="must be an image"):
        check_declared(Upload(b"x", "notes.txt", "text/plain"), 100_000)
    check_declared(Upload(b"x", "photo", None), 100_000)  # no declared type: the bytes will tell


async def test_a_photo_is_named_by_what_it_is() -> None:
    kept = await read_photo(Upload(png(), "My Dress!.jpeg", "image/jpeg"), 100_000)
    assert (kept.filename, kept.content_type, kept.data) == ("My-Dress.png", "image/png", png())
    with pytest.raises(InvalidInput, match="is not a JPEG, PNG, GIF or WebP image"):
        await read_photo(Upload(b"<svg onload=alert(1)>", "x.png", "image/png"), 100_000)
    assert photo_name("..", "image/gif") == "photo.gif"
