"""Photos given at /spot and /sighting edit: read from Discord, checked, and kept with the sighting.

A slash-command option's file is an *ephemeral attachment*: its signed URL expires and Discord removes the file
after a while (DISCORD-NOTES, "Command-option attachments are ephemeral"). So the bot reads the bytes at once
(after answering the interaction: a download may take longer than Discord's 3 seconds) and stores them in the
database (`db/repositories/photos.py`); every feed message uploads them again and points its embed at
`attachment://<name>`.

The checks, each refusal a sentence that says what to do:
- size: at most the interaction's `attachment_size_limit` and `BACKSTAGE_PHOTO_MAX_BYTES`, by the size Discord
  declares (before downloading) and by the bytes read;
- type: JPEG, PNG, GIF or WebP by the file's first bytes ("magic bytes"), whatever its name or declared
  content type says (Discord takes the declared type from the uploader; an HTML page named photo.png is not a
  photo). These are the four formats Discord shows as an embed image (reference#uploading-files).
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
from db.repositories.photos import EXTENSIONS, NewPhoto, Photo, PhotoMeta, photo_file_name

__all__ = ["NewPhoto", "Photo", "PhotoMeta", "PhotoUnavailable", "feed_filename", "read_photo", "sniff"]

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


def sniff(data: bytes) -> str | None:
    """The image type by the file's first bytes, or None when it is none of the four."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def too_big(size: int, limit: int) -> InvalidInput:
    return InvalidInput(
        f"The photo is {megabytes(size)}; Backstage takes photos up to {megabytes(limit)}. Send a smaller version "
        "(most phones offer one when sharing) and post again."
    )


def check_declared(photo: Readable, limit: int) -> None:
    """The checks that need no download: the declared size and content type."""
    if photo.size > limit:
        raise too_big(photo.size, limit)
    declared = (photo.content_type or "").split(";")[0].strip().lower()
    if declared and not declared.startswith("image/"):
        raise InvalidInput(f"`photo` must be an image ({KINDS}); “{photo.filename[:80]}” is not one.")


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
    kind = sniff(data)
    if kind is None:
        raise InvalidInput(
            f"“{photo.filename[:80]}” is not a {KINDS} image (its content says so, whatever its name). "
            "Attach the photo itself and post again."
        )
    return await NewPhoto.hashed(photo_name(photo.filename, kind), kind, data)


def photo_name(original: str, content_type: str) -> str:
    """A safe file name with the extension of the type found (kept for the exports; the feed renames it)."""
    stem = original.rsplit(".", 1)[0] if "." in original else original
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-")[:60] or "photo"
    return f"{safe}.{EXTENSIONS[content_type]}"


SPOILER = "SPOILER_"  # Discord shows a file whose name starts with this blurred until clicked (reference.mdx)


def feed_filename(meta: PhotoMeta) -> str:
    """The photo's name in a feed message: unique per sighting and per version of its photo (a replaced photo
    is a new file, so an edit can tell which files a message must carry); a photo uploaded as a spoiler
    (its name started with SPOILER_) stays one."""
    spoiler = SPOILER if meta.filename.startswith(SPOILER) else ""
    return f"{spoiler}sighting-" + photo_file_name(meta.sighting_id, meta.sha256, meta.content_type)
