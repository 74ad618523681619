"""What makes a file a photo Backstage keeps: its type told by its first bytes (never by its name or declared
type), and the size limit. (Placeholder for the photo rules of issue 10 item 1, to be replaced by theirs.)"""

from __future__ import annotations

PHOTO_MAX_BYTES = 8 * 1024 * 1024


def image_type(head: bytes) -> str | None:
    """The content type of an image by its first bytes (at least 12): JPEG, PNG, GIF or WebP, else None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None
