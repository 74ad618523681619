"""Discord's hard limits (see shared/DISCORD-NOTES.md) and helpers to respect them.

discord.py checks the embed count but none of the character limits, so everything the bot sends is
measured here first. Embeds are handled as plain dicts (the JSON Discord receives).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

CONTENT_MAX = 2000
EMBEDS_PER_MESSAGE = 10
EMBED_CHARS_PER_MESSAGE = 6000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
FILES_PER_MESSAGE = 10  # Discord's error 30015 beyond
UPLOAD_PER_FILE = 10 * 1024 * 1024  # "The default limit is 10 MiB" per file (reference#uploading-files)
REQUEST_MAX = 25 * 1024 * 1024  # "The maximum request size when sending a message is 25 MiB" (Create Message)
FILES_BYTES_PER_MESSAGE = REQUEST_MAX - 1024 * 1024  # the files of one request; 1 MiB left for the JSON and framing
# The digest's messages (preview and published alike, one rule): at most 10 photos and 10 MiB of them per
# message (README, "Photos"): what any interaction may upload in one file, so the preview's followups and the
# published messages pack the same way, well inside the request size.
DIGEST_PHOTO_BYTES_PER_MESSAGE = UPLOAD_PER_FILE
AUTOCOMPLETE_CHOICES = 25
CHOICE_MAX = 100
# a modal's text input (https://discord.com/developers/docs/components/reference#text-input): its value and
# max_length at most 4,000 characters; its label (a Label component's text) at most 45
TEXT_INPUT_MAX = 4000
TEXT_INPUT_LABEL_MAX = 45

Embed = Mapping[str, Any]


def clip(text: str, limit: int, ellipsis: str = "…") -> str:
    """Cut `text` to at most `limit` characters, marking the cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(ellipsis))].rstrip() + ellipsis


def embed_size(embed: Embed) -> int:
    """Characters Discord counts toward the 6,000 per-message total."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    for field in embed.get("fields") or ():
        total += len(field.get("name") or "") + len(field.get("value") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def pack_embeds(
    embeds: Iterable[Embed],
    *,
    upload: Callable[[Embed], int] | None = None,
    upload_limit: int = FILES_BYTES_PER_MESSAGE,
) -> list[list[Embed]]:
    """Split embeds, in order, into messages of at most 10 embeds and 6,000 characters each. With `upload` (the
    bytes of the file an embed shows, 0 for none), also at most 10 files and `upload_limit` bytes of files per
    message (an embed whose file alone is larger goes in a message of its own). (The feed packs its own way,
    bot/feed/packing.py: its messages are edited later.)"""
    messages: list[list[Embed]] = []
    current: list[Embed] = []
    size = files = sent = 0
    for embed in embeds:
        n = embed_size(embed)
        if n > EMBED_CHARS_PER_MESSAGE:
            raise ValueError(f"one embed has {n} characters, more than a message may hold")
        b = upload(embed) if upload is not None else 0
        full = len(current) == EMBEDS_PER_MESSAGE or size + n > EMBED_CHARS_PER_MESSAGE
        if b and (files == FILES_PER_MESSAGE or sent + b > upload_limit):
            full = True
        if current and full:
            messages.append(current)
            current, size, files, sent = [], 0, 0, 0
        current.append(embed)
        size += n
        files += 1 if b else 0
        sent += b
    if current:
        messages.append(current)
    return messages
