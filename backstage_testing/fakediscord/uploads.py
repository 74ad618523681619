"""Files: multipart uploads read strictly, signed CDN URLs, ephemeral attachments that expire.

Uploading (https://discord.com/developers/docs/reference#uploading-files): a body with files is
``multipart/form-data``; the JSON goes in the ``payload_json`` part; "All ``files[n]`` parameters must include
a valid ``Content-Disposition`` subpart header with a ``filename`` and unique ``name`` parameter. Each file
parameter must be uniquely named in the format ``files[n]``"; "The suffixed index ``n`` is the snowflake
placeholder that can be used in the ``attachments`` field". A part that breaks this is 400 / 50035. "The file
upload size limit applies to each file in a request" (10 MiB by default: 413 / 40005) and "The maximum request
size when sending a message is **25 MiB**" (Create Message, Limitations: 413 / 40005, "Request entity too
large"). At most 10 files per message: 400 / 30015 "Maximum number of attachments in a message reached (10)"
(JSON error codes). Editing (Edit Message): "Any provided files will be **appended** to the message. To remove
or replace files you will have to supply the ``attachments`` field which specifies the files to retain", and
"Starting with API v10, the ``attachments`` array must contain all attachments that should be present after
edit, including **retained and new** attachments": a new ``files[n]`` left out of a given ``attachments`` array,
or an id in it that is neither a file of the message nor an ``n`` of the request, is refused (400 / 50035).

Signed URLs (reference#signed-attachment-cdn-urls): attachments live at
``/attachments/<channel>/<id>/<name>?ex=<hex expiry>&is=<hex issued>&hm=<signature>``; a file given to a
slash-command ``attachment`` option is an ephemeral attachment at ``/ephemeral-attachments/…`` with
``"ephemeral": true``, and "Ephemeral attachments will automatically be removed after a set period of time"
(Attachment Object). The fake serves both on 127.0.0.1: an ephemeral one answers until ``ephemeral_ttl``
seconds of the fake's clock have passed (Discord does not document the period; a test ``travel``s past it),
a message's file for the 24 hours its signature lasts. A URL past its ``ex``, with a wrong ``hm``, or for a
file that is gone answers 404 with "This content is no longer available." as Discord's CDN does (reported
when Discord started signing URLs: Zeptosec/Thermastore#11, vcv88/discord.v#15). A file is served with the
content type it was stored with, parameters and all (``image/png; charset=binary``).

File names (``discord_filename``): Discord cleans an uploaded file's name the way werkzeug's ``secure_filename``
does (discord-api-docs #7754: "filenames from files uploaded to discord are cleansed similarly to flask's
``secure_filename()``"; #4292: ``hello (world).png`` becomes ``hello_world.png``; #4847: a leading underscore is
trimmed): accents folded to ASCII, other non-ASCII dropped, whitespace runs become ``_``, anything but ASCII
letters, digits, ``_``, ``-`` and ``.`` dropped, leading and trailing ``.``/``_`` trimmed. An embed's
``attachment://name`` must name a file by that cleaned name, and the docs (Embed Object, "Using Attachments
within Embeds", after #4292) allow only ASCII letters, digits, underscores, dashes and dots in it
(``ATTACHMENT_NAME``). The content type Discord gives a bot's upload is inferred from its extension (a bot's
multipart part says ``application/octet-stream``; discord.py sends no other), as ``mimetypes`` does.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import mimetypes
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from aiohttp import BodyPartReader, web

from .ids import JSON, error_body

FILES_PER_MESSAGE = 10
REQUEST_LIMIT = 25 * 1024 * 1024  # Create Message, Limitations
MESSAGE_URL_LIFETIME = 24 * 3600.0  # a message attachment's signed URL (observed: about a day)
GONE_TEXT = "This content is no longer available."
_FILE_PART = re.compile(r"^files\[(\d+)\]$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
ATTACHMENT_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")  # what an attachment:// name may hold (discord-api-docs #4292)


def discord_filename(name: str) -> str:
    """An uploaded file's name as Discord stores it (see the module's docstring; werkzeug's secure_filename). A
    name left empty by the cleaning: Discord's choice is undocumented; the fake says ``unknown``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    for separator in ("/", "\\"):
        ascii_name = ascii_name.replace(separator, " ")
    return _UNSAFE.sub("", "_".join(ascii_name.split())).strip("._") or "unknown"


def inferred_type(filename: str, declared: str | None) -> str | None:
    """The content type Discord gives a bot's upload: by its extension, else what the part declared."""
    return mimetypes.guess_type(filename, strict=False)[0] or declared


class UploadRefused(Exception):
    """The request's files break Discord's rules: answer ``status`` with ``body``."""

    def __init__(self, status: int, body: JSON) -> None:
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body


def form_error(text: str) -> UploadRefused:
    return UploadRefused(400, error_body("Invalid Form Body", 50035, {"_errors": [text]}))


@dataclass(frozen=True)
class FilePart:
    """One ``files[n]`` part of a multipart body."""

    index: int
    filename: str
    data: bytes
    content_type: str | None


async def read_body(request: web.Request) -> tuple[Any, list[FilePart], list[str]]:
    """JSON body, or the ``payload_json`` + ``files[n]`` parts of a multipart upload, and the parts Discord
    does not expect (reported as violations). Raises UploadRefused for a body Discord refuses."""
    files: list[FilePart] = []
    odd: list[str] = []
    if not request.content_type.startswith("multipart/"):
        raw = await request.read()
        return (json.loads(raw) if raw else None), files, odd
    if request.content_length is not None and request.content_length > REQUEST_LIMIT:
        raise UploadRefused(413, error_body("Request entity too large", 40005))
    body: Any = None
    seen: set[int] = set()
    total = 0
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            odd.append("a nested multipart part")
            continue
        if part.name == "payload_json":
            body = json.loads(await part.text())
            continue
        found = _FILE_PART.match(part.name or "")
        if found is None:
            odd.append(f"form field {part.name!r} (only payload_json and files[n] are expected)")
            await part.read()
            continue
        index = int(found.group(1))
        if not part.filename:
            raise form_error(f"{part.name}: a file part needs a filename")
        if index in seen:
            raise form_error(f"{part.name}: each files[n] must be uniquely named")
        seen.add(index)
        data = bytes(await part.read(decode=False))
        total += len(data)
        if total > REQUEST_LIMIT:
            raise UploadRefused(413, error_body("Request entity too large", 40005))
        files.append(FilePart(index, part.filename, data, part.headers.get("Content-Type")))
    if files and not isinstance(body, dict) and body is not None:
        raise form_error("payload_json must be a JSON object")
    return body, files, odd


def check_files(body: Any, files: list[FilePart], existing: list[JSON] | None, upload_limit: int) -> None:
    """The rules of a send (``existing`` None) or an edit (the message's files) with these parts."""
    if any(len(f.data) > upload_limit for f in files):
        # "The file upload size limit applies to each file in a request" (reference#uploading-files)
        raise UploadRefused(413, error_body("Request entity too large", 40005))
    listed = body.get("attachments") if isinstance(body, dict) else None
    indexes = {f.index for f in files}
    kept_ids = {str(a["id"]) for a in existing or []}
    if listed is None:
        count = len(kept_ids) + len(indexes)
    else:
        if not isinstance(listed, list) or not all(isinstance(a, dict) and "id" in a for a in listed):
            raise form_error("attachments: a list of objects with an id")
        ids = {str(a["id"]) for a in listed}
        placeholders = {int(v) for v in ids - kept_ids if v.isdigit()}
        unknown = sorted(v for v in ids - kept_ids if not (v.isdigit() and int(v) in indexes))
        if unknown:
            raise form_error(f"attachments: id {unknown[0]} is neither a file of the message nor a files[n]")
        if existing is not None and not indexes <= placeholders:
            raise form_error("attachments: an edit's array must list its new files[n] too (API v10)")
        count = len(ids & kept_ids) + len(indexes)
    if count > FILES_PER_MESSAGE:
        raise UploadRefused(400, error_body("Maximum number of attachments in a message reached (10)", 30015))


class Signer:
    """Signs CDN URLs the way Discord's look (``ex``, ``is``, ``hm``) and checks them when one is fetched."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._key = secrets.token_bytes(16)
        self._clock = clock

    def _mac(self, attachment_id: int, expires: int, issued: int) -> str:
        text = f"{attachment_id}:{expires:x}:{issued:x}".encode()
        return hmac.new(self._key, text, hashlib.sha256).hexdigest()

    def sign(self, base: str, attachment_id: int, lifetime: float) -> str:
        issued = int(self._clock())
        expires = int(issued + lifetime)
        return f"{base}?ex={expires:x}&is={issued:x}&hm={self._mac(attachment_id, expires, issued)}&"

    def valid(self, attachment_id: int, url: str) -> bool:
        query = parse_qs(urlsplit(url).query)
        try:
            expires, issued = int(query["ex"][0], 16), int(query["is"][0], 16)
            signature = query["hm"][0]
        except (KeyError, IndexError, ValueError):
            return False
        good = hmac.compare_digest(signature, self._mac(attachment_id, expires, issued))
        return good and self._clock() < expires


def gone() -> web.Response:
    return web.Response(status=404, text=GONE_TEXT)
