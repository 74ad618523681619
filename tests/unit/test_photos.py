"""Which files are photos (bot/photos.py): by their first bytes, whatever their name or declared type."""

from __future__ import annotations

import pytest

from backstage_testing.images import png
from bot.errors import InvalidInput
from bot.photos import NotAnImage, check_declared, image_type, photo_name, read_photo, sniff


class Upload:
    def __init__(self, data: bytes, filename: str = "p.png", content_type: str | None = "image/png") -> None:
        self.data, self.filename, self.size, self.content_type = data, filename, len(data), content_type

    async def read(self) -> bytes:
        return self.data


GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00"


def test_the_four_formats_are_told_by_their_header() -> None:
    assert sniff(png()) == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00") == "image/jpeg"
    assert sniff(GIF) == sniff(b"GIF87a" + GIF[6:]) == "image/gif"
    assert sniff(WEBP) == "image/webp"
    for other in (b"<html>", b"%PDF-1.7", b"RIFF\x24\x00\x00\x00WAVEfmt ", b"\x89PN", b""):
        assert sniff(other) is None


def test_magic_bytes_without_the_header_that_follows_them_are_not_an_image() -> None:
    for cut in (
        b"\xff\xd8\xff",
        b"\xff\xd8\xff\x00",
        b"GIF89a",
        GIF[:12],
        png()[:20],
        WEBP[:16],
        b"RIFF\0\0\0\0WEBPVP9 ",
    ):
        assert sniff(cut) is None
        with pytest.raises(NotAnImage, match=r"starts like a .* image but is not a whole one"):
            image_type(cut, "cut.bin")


def test_an_empty_file_and_a_heic_photo_are_told_what_is_wrong() -> None:
    with pytest.raises(NotAnImage, match=r"^empty.bin is empty \(0 bytes\)"):
        image_type(b"", "empty.bin")
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    with pytest.raises(NotAnImage, match=r"is a HEIC photo, .*: convert it to JPEG"):
        image_type(heic, "IMG_1.HEIC")


def test_only_the_declared_size_is_refused_before_any_download() -> None:
    with pytest.raises(InvalidInput, match=r"up to 0\.1 MB"):
        check_declared(Upload(b"x" * 200_000), 100_000)
    check_declared(Upload(b"x", "notes.txt", "text/plain"), 100_000)  # the declared type: the bytes will tell
    check_declared(Upload(b"x", "photo", None), 100_000)


async def test_a_photo_is_named_by_what_it_is() -> None:
    kept = await read_photo(Upload(png(), "My Dress!.jpeg", "image/jpeg"), 100_000)
    assert (kept.filename, kept.content_type, kept.data) == ("My-Dress.png", "image/png", png())
    with pytest.raises(InvalidInput, match="is not a JPEG, PNG, GIF or WebP image"):
        await read_photo(Upload(b"<svg onload=alert(1)>", "x.png", "image/png"), 100_000)
    assert photo_name("..", "image/gif") == "photo.gif"
