"""The export files: the article and the editors' timeline in one format, and how they travel (one file, or a
.zip when there are several or one would pass the upload limit). `/digest export` and `backstage rehearse
--out` both use these, so the files and what they are called are the same everywhere."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, tzinfo

from .html import timeline_html, to_html
from .json_export import timeline_json, to_json
from .markdown import timeline_markdown, to_markdown
from .models import Digest
from .timeline import TimelineRow

EXTENSIONS = {"markdown": "md", "html": "html", "json": "json"}
ARTICLE = "the article as published: only what the editors kept"
TIMELINE = (
    "the editors' record of the night, not for publication: every sighting with its status (live, pinned, dropped, "
    "embargoed until …, pending, rejected, retracted) and the digest item that tells it"
)


@dataclass(frozen=True)
class ExportFile:
    name: str
    data: bytes
    what: str  # one clause saying what the file is, for the reply and the terminal


@dataclass(frozen=True)
class Package:
    """What is uploaded: one file, or a zip of several (`why_zipped` says why)."""

    filename: str
    data: bytes
    files: list[ExportFile]
    why_zipped: str | None


def article_file(digest: Digest, fmt: str, tz: tzinfo = UTC) -> ExportFile:
    """digest.md / digest.html / digest.json."""
    if fmt == "markdown":
        text = to_markdown(digest)
    elif fmt == "html":
        text = to_html(digest, tz)
    else:
        text = to_json(digest)
    return ExportFile(f"digest.{EXTENSIONS[fmt]}", text.encode(), ARTICLE)


def timeline_file(rows: list[TimelineRow], digest: Digest, fmt: str, tz: tzinfo = UTC) -> ExportFile:
    """timeline.md / timeline.html / timeline.json."""
    if fmt == "markdown":
        text = timeline_markdown(rows, digest, tz)
    elif fmt == "html":
        text = timeline_html(rows, digest, tz)
    else:
        text = timeline_json(rows, digest)
    return ExportFile(f"timeline.{EXTENSIONS[fmt]}", text.encode(), TIMELINE)


def size_text(size: int) -> str:
    """ "9,500 bytes", "840.2 KB", "12.5 MB"."""
    if size < 10 * 1024:
        return f"{size:,} bytes"
    return f"{size / 1024:.1f} KB" if size < 1024 * 1024 else f"{size / (1024 * 1024):.1f} MB"


def package(files: list[ExportFile], stem: str, limit: int, digest: Digest) -> Package:
    """One file as it is (named `{stem}-{name}`) while it fits in `limit` bytes; else, and for several files,
    a zip named `{stem}.zip` holding them under their own names. Dated with the digest's compile time, so the
    same export is the same bytes."""
    if len(files) == 1 and len(files[0].data) <= limit:
        return Package(f"{stem}-{files[0].name}", files[0].data, files, None)
    why = (
        f"it holds {len(files)} files"
        if len(files) > 1
        else f"the file ({size_text(len(files[0].data))}) is larger than the {size_text(limit)} Discord accepts here"
    )
    buffer = io.BytesIO()
    stamp = digest.compiled_at.astimezone(UTC).timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            archive.writestr(zipfile.ZipInfo(f.name, date_time=stamp), f.data, compress_type=zipfile.ZIP_DEFLATED)
    return Package(f"{stem}.zip", buffer.getvalue(), files, why)
