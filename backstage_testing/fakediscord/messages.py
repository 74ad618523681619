"""Messages the bot created, as Discord stores and returns them.

A message is ``{id, type, content, channel_id, author, embeds, components, attachments, timestamp,
edited_timestamp, flags, mentions, mention_roles, mention_everyone, pinned, tts, nonce, ...}``; PATCH edits
update it in place and set ``edited_timestamp``; DELETE marks it deleted. Uploaded files are kept (name and
bytes) and served back at their signed ``url`` (see :mod:`.uploads`: ephemeral option uploads expire).

Files and embeds: "Images can also be referenced in embeds using the ``attachment://filename`` URL"
(reference#uploading-files); the stored embed then points at the file's own URL. A message's
``attachments`` lists "any attached files that are not referenced in embeds or components" (Message Object,
discord-api-docs #8279); the store keeps every file of a message in ``files``. An embed that references a
file the message does not carry shows no image, and is reported as a violation (the bot meant a photo).

Nonces, as Discord documents them (Create Message, ``enforce_nonce``: "If true and nonce is present, it will
be checked for uniqueness in the past few minutes. If another message was created by the same author with
the same nonce, that message will be returned and no new message will be created"): a send with the same
author and nonce within ``nonce_window`` seconds (of the fake's clock) returns the existing message; after
that window it makes a new one. The nonce "will appear in the Message Create event" (and the answer to the
send); it is not part of a message read back later (``public``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from .ids import JSON, Snowflakes, iso_now
from .uploads import ATTACHMENT_NAME, MESSAGE_URL_LIFETIME, FilePart, Signer, discord_filename, inferred_type

# message flags (https://discord.com/developers/docs/resources/message#message-object-message-flags)
CROSSPOSTED = 1 << 0  # published to the channels that follow this one
IS_CROSSPOST = 1 << 1  # a copy that came from a followed channel
SOURCE_MESSAGE_DELETED = 1 << 3  # a copy whose original was deleted
EPHEMERAL = 1 << 6
LOADING = 1 << 7


@dataclass
class Upload:
    """A file the bot uploaded with a message (or a test attached to an ATTACHMENT option)."""

    attachment_id: int
    filename: str
    data: bytes
    content_type: str | None
    message_id: int | None = None
    channel_id: int | None = None
    ephemeral: bool = False
    url: str = ""
    removed: bool = False  # dropped from its message by an edit, or its message deleted


class MessageStore:
    def __init__(
        self,
        ids: Snowflakes,
        bot_user: JSON,
        http_base: Callable[[], str],
        clock: Callable[[], float],
        nonce_window: float,
        *,
        ephemeral_ttl: float,
        report: Callable[[str], None],
    ) -> None:
        self._ids = ids
        self._bot_user = bot_user
        self._http_base = http_base
        self._clock = clock
        self.nonce_window = nonce_window
        self.messages: dict[int, JSON] = {}
        self.order: dict[int, list[int]] = {}
        self.deleted: set[int] = set()
        self.nonces: dict[tuple[str, str], tuple[int, float]] = {}  # (author id, nonce) -> (message, when)
        self.uploads: list[Upload] = []
        self.blobs: dict[int, Upload] = {}
        self.files: dict[int, list[JSON]] = {}  # message id -> every file it carries (referenced or not)
        self.signer = Signer(clock)
        self.ephemeral_ttl = ephemeral_ttl
        self._report = report

    def store_upload(
        self,
        filename: str,
        data: bytes,
        content_type: str | None,
        *,
        message_id: int | None = None,
        channel_id: int | None = None,
        ephemeral: bool = False,
    ) -> tuple[Upload, JSON]:
        """Keeps a file and returns it with its Discord attachment object (an ephemeral one: a slash-command
        option's upload, whose URL stops answering after ``ephemeral_ttl``)."""
        attachment_id = self._ids.next()
        filename = discord_filename(filename)  # as Discord cleans it (uploads.py)
        if not ephemeral:  # a bot's upload: Discord infers the type from the extension
            content_type = inferred_type(filename, content_type)
        folder = "ephemeral-attachments" if ephemeral else "attachments"
        base = f"{self._http_base()}/{folder}/{channel_id or 0}/{attachment_id}/{filename}"
        lifetime = self.ephemeral_ttl if ephemeral else MESSAGE_URL_LIFETIME
        url = self.signer.sign(base, attachment_id, lifetime)
        upload = Upload(attachment_id, filename, data, content_type, message_id, channel_id, ephemeral, url)
        self.blobs[upload.attachment_id] = upload
        if message_id is not None:
            self.uploads.append(upload)
        return upload, self.attachment_payload(upload)

    def attachment_payload(self, upload: Upload) -> JSON:
        return {
            "id": str(upload.attachment_id),
            "filename": upload.filename,
            "size": len(upload.data),
            "url": upload.url,
            "proxy_url": upload.url,
            "content_type": upload.content_type or "application/octet-stream",
            "ephemeral": upload.ephemeral,
            "flags": 0,
        }

    def serve(self, path: str, url: str) -> Upload | None:
        """The file at ``path`` (``/attachments/…`` or ``/ephemeral-attachments/…``) if its signed ``url`` still
        answers: right kind, right name, signature valid and not expired, not removed."""
        parts = path.strip("/").split("/")
        if len(parts) != 4 or not parts[2].isdigit():
            return None
        upload = self.blobs.get(int(parts[2]))
        if upload is None or upload.removed or upload.filename != unquote(parts[3]):
            return None
        if upload.ephemeral != (parts[0] == "ephemeral-attachments"):
            return None
        return upload if self.signer.valid(upload.attachment_id, url) else None

    def files_of(self, message: JSON) -> list[JSON]:
        """Every file of a message, those its embeds show included."""
        return list(self.files.get(int(message["id"]), []))

    def find_nonce(self, body: JSON) -> JSON | None:
        """The bot's message created with this nonce within the window, if ``enforce_nonce`` is set."""
        nonce = body.get("nonce")
        if nonce is None or not body.get("enforce_nonce"):
            return None
        found = self.nonces.get((self._bot_user["id"], str(nonce)))
        if found is None or self._clock() - found[1] > self.nonce_window:
            return None
        return self.messages.get(found[0])

    def create(
        self,
        channel_id: int,
        body: JSON,
        files: list[FilePart],
        *,
        message_type: int = 0,
        flags: int | None = None,
        interaction: JSON | None = None,
        webhook_id: int | None = None,
        author: JSON | None = None,
    ) -> JSON:
        """A new message; by the bot unless ``author`` (a user object) says otherwise."""
        message_id = self._ids.next()
        message: JSON = {
            "id": str(message_id),
            "type": message_type,
            "content": "",
            "channel_id": str(channel_id),
            "author": dict(author or self._bot_user),
            "embeds": [],
            "components": [],
            "attachments": [],
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "flags": 0,
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": bool(body.get("tts", False)),
        }
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
            message["application_id"] = str(webhook_id)
        if interaction is not None:
            message["interaction_metadata"] = interaction
        if body.get("nonce") is not None:
            message["nonce"] = body["nonce"]
            if body.get("enforce_nonce"):
                self.nonces[(message["author"]["id"], str(body["nonce"]))] = (message_id, self._clock())
        self._apply(message, body, files)
        if flags is not None:
            message["flags"] = flags
        self.messages[message_id] = message
        self.order.setdefault(channel_id, []).append(message_id)
        return message

    def edit(self, message: JSON, body: JSON, files: list[FilePart]) -> JSON:
        keep_flags = message["flags"] & EPHEMERAL
        self._apply(message, body, files, editing=True)
        message["flags"] = (message["flags"] & ~(LOADING | EPHEMERAL)) | keep_flags
        message["edited_timestamp"] = iso_now()
        return message

    def fill_loading(self, message: JSON, body: JSON, files: list[FilePart]) -> JSON:
        """The first followup after a deferred response replaces the "thinking…" message."""
        keep_flags = message["flags"] & EPHEMERAL
        self._apply(message, body, files)
        message["flags"] = (message["flags"] & ~(LOADING | EPHEMERAL)) | keep_flags
        return message

    def _apply(
        self,
        message: JSON,
        body: JSON,
        files: list[FilePart],
        *,
        editing: bool = False,
    ) -> None:
        if "content" in body:
            message["content"] = body["content"] or ""
        if "embeds" in body:
            message["embeds"] = [_stored_embed(e) for e in body["embeds"] or []]
        if "components" in body:
            message["components"] = with_ids(copy.deepcopy(body["components"] or []))
        if "flags" in body and body["flags"] is not None:
            message["flags"] = int(body["flags"])
        if "poll" in body and body["poll"] is not None:
            message["poll"] = copy.deepcopy(body["poll"])
        message_id = int(message["id"])
        channel_id = int(message["channel_id"])
        new = [
            self.store_upload(f.filename, f.data, f.content_type, message_id=message_id, channel_id=channel_id)[1]
            for f in sorted(files, key=lambda f: f.index)
        ]
        current = self.files.get(message_id, []) if editing else []
        if editing and body.get("attachments") is not None:
            keep_ids = {str(a.get("id")) for a in body["attachments"] if isinstance(a, dict)}
            for dropped in [a for a in current if a["id"] not in keep_ids]:
                self.blobs[int(dropped["id"])].removed = True  # Discord deletes a file dropped by an edit
            current = [a for a in current if a["id"] in keep_ids]
        current = [*current, *new]
        self.files[message_id] = current
        referenced = self._resolve(message, current)
        message["attachments"] = [a for a in current if a["filename"] not in referenced]

    def _resolve(self, message: JSON, files: list[JSON]) -> set[str]:
        """Points the embeds' ``attachment://name`` images at the files; returns the names referenced."""
        by_name = {a["filename"]: a for a in files}
        referenced: set[str] = set()
        for embed in message["embeds"]:
            if not isinstance(embed, dict):
                continue
            for key in ("image", "thumbnail"):
                media = embed.get(key)
                if not isinstance(media, dict) or not str(media.get("url", "")).startswith("attachment://"):
                    continue
                url = str(media["url"])
                name = url.removeprefix("attachment://")
                if not ATTACHMENT_NAME.match(name):
                    self._report(
                        f"message {message['id']}: embed {key} {url}: an attachment:// name holds only ASCII letters,"
                        " digits, _, - and . (Embed Object, Using Attachments within Embeds; discord-api-docs #4292)"
                    )
                    del embed[key]
                    continue
                found = by_name.get(name)
                if found is None:
                    self._report(f"message {message['id']}: embed {key} {url} names no file of the message")
                    del embed[key]
                    continue
                referenced.add(name)
                embed[key] = {**media, "url": found["url"], "proxy_url": found["proxy_url"]}
        return referenced

    def delete(self, message: JSON) -> None:
        self.deleted.add(int(message["id"]))
        for attachment in self.files.get(int(message["id"]), []):
            self.blobs[int(attachment["id"])].removed = True

    def get(self, message_id: int, *, include_deleted: bool = False) -> JSON | None:
        if message_id in self.deleted and not include_deleted:
            return None
        return self.messages.get(message_id)

    def in_channel(
        self, channel_id: int, *, include_deleted: bool = False, include_ephemeral: bool = False
    ) -> list[JSON]:
        out = []
        for message_id in self.order.get(channel_id, []):
            message = self.messages[message_id]
            if message_id in self.deleted and not include_deleted:
                continue
            if message["flags"] & EPHEMERAL and not include_ephemeral:
                continue
            out.append(message)
        return out

    def react(self, message: JSON, emoji: JSON, *, me: bool, add: bool) -> None:
        """Keeps ``message['reactions']`` in Discord's shape: ``[{count, me, emoji, ...}]``."""
        reactions: list[JSON] = message.setdefault("reactions", [])
        entry = next((r for r in reactions if r["emoji"] == emoji), None)
        if add:
            if entry is None:
                entry = {
                    "count": 0,
                    "count_details": {"burst": 0, "normal": 0},
                    "me": False,
                    "me_burst": False,
                    "burst_colors": [],
                    "burst_count": 0,
                    "emoji": emoji,
                }
                reactions.append(entry)
            if me and entry["me"]:
                return
            entry["count"] += 1
            entry["count_details"]["normal"] += 1
            entry["me"] = entry["me"] or me
        elif entry is not None:
            entry["count"] -= 1
            entry["count_details"]["normal"] -= 1
            if me:
                entry["me"] = False
            if entry["count"] <= 0:
                reactions.remove(entry)
        if not reactions:
            message.pop("reactions", None)


def public(message: JSON) -> JSON:
    """A message as a later read returns it: the nonce only travels with the send and MESSAGE_CREATE."""
    return {k: v for k, v in message.items() if k != "nonce"}


def is_empty(message: JSON) -> bool:
    """Nothing left to show: Discord answers 50006 "Cannot send an empty message" to a send or an edit
    that would leave a message like this."""
    keys = ("content", "embeds", "components", "attachments", "sticker_items", "poll")
    return not any(message.get(k) for k in keys)


def _stored_embed(embed: Any) -> Any:
    if isinstance(embed, dict):
        stored = copy.deepcopy(embed)
        stored.setdefault("type", "rich")
        return stored
    return embed


def _each_component(components: list[Any]) -> list[JSON]:
    """Every component of a message, depth first in the order they appear (rows, then what they hold)."""
    found: list[JSON] = []
    for component in components:
        if isinstance(component, dict):
            found.append(component)
            found += _each_component(component.get("components") or [])
            if isinstance(component.get("component"), dict):
                found += _each_component([component["component"]])
            if isinstance(component.get("accessory"), dict):
                found += _each_component([component["accessory"]])
    return found


def with_ids(components: list[Any]) -> list[Any]:
    """Components as Discord stores them: every one has an ``id``. components/reference.mdx, "Anatomy of a
    Component": the id "is optional ... The id must be unique within the message and is generated sequentially
    if left empty. Generation of ids won't use another id that exists in the message if you have one defined
    for another component." (MessageResponse's components require it.)"""
    every = _each_component(components)
    taken = {c["id"] for c in every if isinstance(c.get("id"), int)}
    next_id = 1
    for component in every:
        if not isinstance(component.get("id"), int):
            while next_id in taken:
                next_id += 1
            component["id"] = next_id
            taken.add(next_id)
    return components
