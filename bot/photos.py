"""Photos given at /spot and /sighting edit: read from Discord, checked, and kept with the sighting.

A slash-command option's file is an *ephemeral attachment*: its signed URL expires and Discord removes the file
after a while (DISCORD-NOTES, "Command-option attachments are ephemeral"). So the bot reads the bytes at once
(after answering the interaction: a download may take longer than Discord's 3 seconds) and stores them in the
database (`db/repositories/photos.py`); every feed message uploads them again and points its embed at
`attachment://<name>`.

The checks, each refusal a sentence that says what to do:
- size: at most the interaction's `attachment_size_limit` and `BACKSTAGE_PHOTO_MAX_BYTES`, by the size Discord
  declares (before downloading) and by the bytes read;
- type: JPEG, PNG, GIF or WebP by the file's first bytes: a minimal well-formed header of the format, not only
  its magic bytes (`image_type`, the same rule for /spot and rehearsal scripts), whatever its name or declared
  content type says (Discord takes the declared type from the uploader: a phone may say
  application/octet-stream, or nothing, for a real PNG; an HTML page named photo.png is not a photo). These are
  the four formats Discord shows as an embed image (reference#uploading-files).
A download that fails (the URL expired, Discord's CDN is down) is `PhotoUnavailable`: the caller keeps the
sighting without its photo and says so.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

import aiohttp
import discord

from bot.errors import InvalidInput
from bot.models import IMAGE_EXTENSIONS
from db.repositories.photos import NewPhoto, Photo, PhotoMeta, photo_file_name

__all__ = [
    "NewPhoto",
    "NotAnImage",
    "Photo",
    "PhotoMeta",
    "PhotoUnavailable",
    "feed_filename",
    "image_type",
    "read_photo",
    "sniff",
]

log = logging.getLogger(__name__)

READ_TIMEOUT = 20.0  # seconds a download may take before it counts as failed
KINDS = "JPEG, PNG, GIF or WebP"


class Readable(Protocol):
    """What the bot needs of an attachment (discord.Attachment is one)."""

    filename: str
    size: int
    content_type: str | None

    async def read(self) -> bytes: ...


class PhotoUnavailable(Exception):
    """The photo could not be downloaded from Discord (the sentence says why, for the person)."""


HEAD_BYTES = 64  # what `sniff` needs of a file to tell its type
_MAGIC = {
    b"\xff\xd8": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}
# HEIF/HEIC (what iPhones take photos in): an ISO box `ftyp` with one of these brands (ISO/IEC 23008-12)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


class NotAnImage(ValueError):
    """A file that is not a photo Backstage takes: `problem` says what is wrong with it, `remedy` what to do."""

    def __init__(self, problem: str, remedy: str) -> None:
        super().__init__(f"{problem}: {remedy}")
        self.problem, self.remedy = problem, remedy


def sniff(data: bytes) -> str | None:
    """The image type by the file's first bytes, or None when it is none of the four. A format's magic bytes are
    not enough: the minimal header that follows them must be there too (a 3-byte "JPEG" is no image).
    - JPEG: SOI (FF D8), then another marker (FF, then a marker code: not 00 nor FF);
    - PNG: the 8-byte signature, then the IHDR chunk (length 13, type IHDR, data, CRC: 33 bytes in all);
    - GIF: GIF87a / GIF89a, then the 7-byte logical screen descriptor;
    - WebP: RIFF, a size of at least 4, WEBP, then a VP8 / VP8L / VP8X chunk header."""
    if len(data) >= 4 and data.startswith(b"\xff\xd8\xff") and data[3] not in (0x00, 0xFF):
        return "image/jpeg"
    if len(data) >= 33 and data.startswith(b"\x89PNG\r\n\x1a\n") and data[8:16] == b"\x00\x00\x00\rIHDR":
        return "image/png"
    if len(data) >= 13 and data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if (
        len(data) >= 20
        and data.startswith(b"RIFF")
        and int.from_bytes(data[4:8], "little") >= 4
        and data[8:12] == b"WEBP"
        and data[12:16] in (b"VP8 ", b"VP8L", b"VP8X")
    ):
        return "image/webp"
    return None


def image_type(data: bytes, given: str) -> str:
    """The type of an image file (`data`, or at least its first HEAD_BYTES) named `given` in sentences. Raises
    NotAnImage saying what is wrong: empty, HEIC, cut short, or not an image at all. The one rule for /spot and
    rehearsal scripts."""
    kind = sniff(data)
    if kind is not None:
        return kind
    if not data:
        raise NotAnImage(f"{given} is empty (0 bytes)", f"attach the photo itself ({KINDS})")
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise NotAnImage(
            f"{given} is a HEIC photo, which Backstage does not take (Discord shows only {KINDS})",
            "convert it to JPEG (on a phone: share it as JPEG, or set the camera to “Most Compatible”)",
        )
    started = next((k for magic, k in _MAGIC.items() if data.startswith(magic)), None)
    if started is not None or (data.startswith(b"RIFF") and data[8:12] == b"WEBP"):
        what = (started or "image/webp").removeprefix("image/").upper()
        raise NotAnImage(
            f"{given} starts like a {what} image but is not a whole one (it is cut short or damaged)",
            "attach the photo itself again",
        )
    raise NotAnImage(
        f"{given} is not a {KINDS} image (its content says so, whatever its name)", "attach the photo itself"
    )


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def too_big(size: int, limit: int) -> InvalidInput:
    return InvalidInput(
        f"The photo is {megabytes(size)}; Backstage takes photos up to {megabytes(limit)}. Send a smaller version "
        "(most phones offer one when sharing) and post again."
    )


def check_declared(photo: Readable, limit: int) -> None:
    """The check that needs no download: the declared size. (The declared content type is not checked: it is
    the uploader's say, and a real PNG may come as application/octet-stream or with none; the bytes tell.)"""
    if photo.size > limit:
        raise too_big(photo.size, limit)


async def read_photo(photo: Readable, limit: int) -> NewPhoto:
    """The photo's bytes, checked, named and hashed (off the event loop). Raises InvalidInput for a file the
    person must change, PhotoUnavailable when Discord did not hand it over."""
    check_declared(photo, limit)
    try:
        async with asyncio.timeout(READ_TIMEOUT):
            data = await photo.read()
    except TimeoutError as exc:
        raise PhotoUnavailable(f"Discord did not send the photo within {READ_TIMEOUT:.0f} seconds") from exc
    except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:  # 404 once expired, 403, 5xx, network
        log.warning("could not read the photo %s: %r", photo.filename, exc)
        raise PhotoUnavailable("Discord no longer serves the photo's file") from exc
    if len(data) > limit:
        raise too_big(len(data), limit)
    try:
        kind = image_type(data, f"“{photo.filename[:80]}”")
    except NotAnImage as exc:
        raise InvalidInput(f"{exc.problem[0].upper()}{exc.problem[1:]}: {exc.remedy} and post again.") from None
    return await NewPhoto.hashed(photo_name(photo.filename, kind), kind, data)


def photo_name(original: str, content_type: str) -> str:
    """A safe file name with the extension of the type found (kept for the exports; the feed renames it)."""
    stem = original.rsplit(".", 1)[0] if "." in original else original
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-")[:60] or "photo"
    return f"{safe}.{IMAGE_EXTENSIONS[content_type]}"


SPOILER = "SPOILER_"  # Discord shows a file whose name starts with this blurred until clicked (reference.mdx)


def feed_filename(meta: PhotoMeta) -> str:
    """The photo's name in a feed message: unique per sighting and per version of its photo (a replaced photo
    is a new file, so an edit can tell which files a message must carry); a photo uploaded as a spoiler
    (its name started with SPOILER_) stays one."""
    spoiler = SPOILER if meta.filename.startswith(SPOILER) else ""
    return f"{spoiler}sighting-" + photo_file_name(meta.sighting_id, meta.sha256, meta.content_type)
