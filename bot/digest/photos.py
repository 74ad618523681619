"""The digest's photos as they travel: an embed points at an uploaded file (`attachment://photo-12-<sha>.jpg`,
named by its content), an HTML
page carries it inline (a data: URI), an export carries it as a file beside the article (`photos/photo-12.jpg`).

A recorded Discord message says which files it needs only through its embeds' image URLs, so a message read
back from the digest's outbox after a restart names the same files, and their bytes are read again by
sighting id (`attached`).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .models import PhotoFile

ATTACHMENT = "attachment://"
FOLDER = "photos/"  # where an export's .zip keeps the photos, beside the article
# an uploaded photo's name: SPOILER_ when it was uploaded as one; without the sha when recorded before it was named
_NAME = re.compile(r"^(?:SPOILER_)?photo-(\d+)(?:-([0-9a-f]{12}))?\.[a-z]+$")


def photo_files(metas: Mapping[int, object]) -> dict[int, PhotoFile]:
    """Photos as the digest knows them, from what a store describes them with (objects with the attributes
    `sighting_id`, `filename`, `content_type`, `size`, `sha256`), by sighting id."""
    return {sid: PhotoFile.model_validate(meta, from_attributes=True) for sid, meta in metas.items()}


def attachment_url(photo: PhotoFile) -> str:
    """Where an embed finds the photo uploaded with its message; a photo uploaded as a spoiler (its name
    started with SPOILER_) is uploaded as one again, which Discord shows blurred."""
    return ATTACHMENT + ("SPOILER_" if photo.filename.startswith("SPOILER_") else "") + photo.upload_name


def attached(embeds: Iterable[Mapping[str, Any]]) -> list[tuple[int, str]]:
    """The files a message's embeds show, as (sighting id, file name), in order."""
    found = []
    for embed in embeds:
        url = (embed.get("image") or {}).get("url") or ""
        name = url.removeprefix(ATTACHMENT)
        match = _NAME.match(name) if url.startswith(ATTACHMENT) else None
        if match:
            found.append((int(match.group(1)), name))
    return found


def names_bytes(name: str, data: bytes) -> bool:
    """Whether a file name of `attached` names these bytes (the photo of its sha256, `PhotoFile.upload_name`). A
    name recorded before photos were named by their content says nothing of them: any bytes fit it."""
    match = _NAME.match(name)
    return match is None or match.group(2) is None or hashlib.sha256(data).hexdigest().startswith(match.group(2))


def without_images(embeds: Iterable[Mapping[str, Any]], names: set[str]) -> list[dict[str, Any]]:
    """The embeds, those showing one of the files `names` without their image (a photo gone since)."""
    out = []
    for embed in embeds:
        copy = dict(embed)
        url = (copy.get("image") or {}).get("url") or ""
        if url.startswith(ATTACHMENT) and url.removeprefix(ATTACHMENT) in names:
            del copy["image"]
        out.append(copy)
    return out


def data_uri(photo: PhotoFile, data: bytes) -> str:
    """The photo inline, for a page that stands alone."""
    return f"data:{photo.content_type};base64,{base64.b64encode(data).decode('ascii')}"


def export_path(photo: PhotoFile) -> str:
    """Where an export keeps the photo, relative to the article: "photos/photo-12.jpg"."""
    return FOLDER + photo.name
