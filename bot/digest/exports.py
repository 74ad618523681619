"""The export files: the article and the editors' timeline in one format, and how they travel. `/digest export`
and `backstage rehearse --out` both use these, so the files and what they are called are the same everywhere.

How an export travels (`uploads`): in one upload when it fits the interaction's upload limit: one file as it
is, or several in a .zip (also one file too big as it is, once zipped). An article with photos is always a
.zip: digest.md and digest.json have them beside them, in `photos/` (the Markdown links them there, the JSON
names them); digest.html carries them inline (data: URIs, so the page stands alone), and the .zip deflates
what base64 adds. When even the .zip is too big (a
night of several hundred thousand sightings, or a small limit), the article travels alone and the timeline
in parts: each part the next run of the night's sightings, in time order, a document of its own in a .zip
of its own, within the limit (a photo that fits the limit as it is but not zipped travels as it is). A
timeline is rendered a piece at a time straight into its .zip, so a night of 100,000 sightings is never one
string in memory. Its rows may also come already written (`timeline_lines`: the worker writes them while the
digest compiles, then `with_digest` gives the few it tells their item), one string per row held until they
are zipped (22–55 MB of text for 100,000 sightings), and never written twice however the timeline is cut
into parts.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, tzinfo
from functools import partial
from typing import NamedTuple

from bot.text import plural

from . import html, json_export, markdown
from .html import timeline_html_pieces, to_html
from .json_export import timeline_json_pieces, to_json
from .markdown import timeline_markdown_pieces, to_markdown
from .models import Digest, PhotoFile
from .photos import FOLDER, export_path
from .timeline import Part, TimelineRow, told_rows

EXTENSIONS = {"markdown": "md", "html": "html", "json": "json"}
ARTICLE = "the article as published: only what the editors kept"
TIMELINE = (
    "the editors' record of the night, not for publication: every sighting with its status (live, pinned, dropped, "
    "embargoed until …, pending, rejected, retracted) and the digest item that tells it"
)
WRITE_AT_ONCE = 1 << 20  # characters gathered before a write into the .zip (one write per row would be slow)
FILL = 0.9  # how full of the limit a part is aimed at (parts are cut by rows, their sizes vary a little)
# deflate's level: 3 packs a night's timeline in half the time of zlib's default (6), for a file about a quarter
# larger (a 100,000-sighting timeline.json: 0.27 s and 5.6 MB instead of 0.6 s and 4.4 MB)
COMPRESS_LEVEL = 3
PARTS_AT_ONCE = 2  # parts of a timeline zipped at once (each its own .zip)


class Entry(NamedTuple):
    """A file in an upload, as the reply describes it."""

    name: str
    what: str  # one clause saying what the file is, for the reply and the terminal


@dataclass(frozen=True)
class ExportFile:
    """One file of an export: its name, what it is, and its text, rendered in pieces when it is written (or, for
    a photo, its bytes as they are: `raw`)."""

    name: str
    what: str
    pieces: Callable[[], Iterable[str]] = field(repr=False, compare=False)
    raw: bytes | None = field(default=None, repr=False, compare=False)
    inline: int = 0  # photos the file carries inside it (digest.html)

    @property
    def entry(self) -> Entry:
        return Entry(self.name, self.what)

    @property
    def size(self) -> int:
        return len(self.raw) if self.raw is not None else len(self.data)

    @property
    def data(self) -> bytes:
        return self.raw if self.raw is not None else "".join(self.pieces()).encode()

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes in writes of about WRITE_AT_ONCE characters."""
        if self.raw is not None:
            yield self.raw
        else:
            yield from _batched(self.pieces())


@dataclass(frozen=True)
class Package:
    """What is uploaded: one file, or a zip of several (`why_zipped` says why)."""

    filename: str
    data: bytes
    files: list[Entry]
    why_zipped: str | None


@dataclass(frozen=True)
class Uploads:
    """An export as it travels: one package, or the article and the timeline's parts (`why_split` says why)."""

    packages: list[Package]
    why_split: str | None = None


def article_files(
    digest: Digest, fmt: str, tz: tzinfo = UTC, photos: Mapping[int, bytes] | None = None, *, inline: bool = True
) -> list[ExportFile]:
    """digest.md / digest.html / digest.json with the items' photos (`photos`: bytes by sighting id): inside
    digest.html (unless not `inline`: then linked, photos/…); else as files beside it, in photos/."""
    photos = photos or {}
    shown = [(rank, photo) for rank, photo in _photos(digest) if photo.sighting_id in photos]
    name = f"digest.{EXTENSIONS[fmt]}"
    if fmt == "html" and inline:
        html = to_html(digest, tz, photos)
        return [ExportFile(name, ARTICLE, partial(iter, (html,)), inline=len(shown))]
    if fmt == "html":
        beside = {photo.sighting_id: export_path(photo) for _, photo in shown}
        text = to_html(digest, tz, addresses=beside)
    else:
        text = to_markdown(digest) if fmt == "markdown" else to_json(digest)
    files = [ExportFile(name, ARTICLE, partial(iter, (text,)))]
    for rank, photo in shown:
        what = f"the photo of {rank}{f', by {photo.credit}' if photo.credit else ''} ({size_text(photo.size)})"
        files.append(ExportFile(export_path(photo), what, partial(iter, ()), photos[photo.sighting_id]))
    return files


def _photos(digest: Digest) -> list[tuple[str, PhotoFile]]:
    """The photos the article shows, with the item each belongs to ("item 2", "the bonus")."""
    found = [(f"item {item.rank}", item.photo) for item in digest.items if item.photo is not None]
    if digest.bonus is not None and digest.bonus.photo is not None:
        found.append(("the bonus", digest.bonus.photo))
    return found


def is_photo(entry: Entry | ExportFile) -> bool:
    return entry.name.startswith(FOLDER)


def row_writer(fmt: str, tz: tzinfo) -> Callable[[TimelineRow], str]:
    """How the timeline in `fmt` writes one row (a line of timeline.md or .json, a table row of timeline.html)."""
    if fmt == "markdown":
        return partial(markdown.timeline_row, tz=tz)
    if fmt == "html":
        return partial(html.timeline_row, tz=tz)
    return json_export.timeline_row


def timeline_lines(rows: Sequence[TimelineRow], fmt: str, tz: tzinfo) -> list[str]:
    """Every row as the timeline in `fmt` writes it: for `timeline_file` and `uploads` (`lines`), which then only
    put them together, however many times the timeline is cut into parts."""
    return list(map(row_writer(fmt, tz), rows))


def with_digest(
    rows: list[TimelineRow], lines: list[str], digest: Digest, fmt: str, tz: tzinfo
) -> tuple[list[TimelineRow], list[str]]:
    """Rows made and written before `digest` was compiled (`timeline_rows(…, None, …)`, `timeline_lines`), as they
    are with it: the few it tells say which item tells them. The lists are changed in place."""
    write = row_writer(fmt, tz)
    for index, row in told_rows(rows, digest).items():
        rows[index], lines[index] = row, write(row)
    return rows, lines


def timeline_file(
    rows: Sequence[TimelineRow],
    digest: Digest,
    fmt: str,
    tz: tzinfo = UTC,
    part: Part | None = None,
    lines: Sequence[str] | None = None,
) -> ExportFile:
    """timeline.md / timeline.html / timeline.json; a part is timeline-2-of-3.md and so on. `lines`, when given,
    are `rows` already written (`timeline_lines`)."""
    pieces: Callable[[], Iterator[str]]
    if fmt == "markdown":
        pieces = partial(timeline_markdown_pieces, rows, digest, tz, part, lines)
    elif fmt == "html":
        pieces = partial(timeline_html_pieces, rows, digest, tz, part, lines)
    else:
        pieces = partial(timeline_json_pieces, rows, digest, part, lines)
    if part is None:
        return ExportFile(f"timeline.{EXTENSIONS[fmt]}", TIMELINE, pieces)
    span = f"{rows[0].sighting.created_at.astimezone(tz):%H:%M}–{rows[-1].sighting.created_at.astimezone(tz):%H:%M}"
    what = f"part {part.number} of {part.of} of the editors' record of the night: {len(rows):,} sightings, {span}"
    return ExportFile(f"timeline-{part.number}-of-{part.of}.{EXTENSIONS[fmt]}", what, pieces)


def size_text(size: int) -> str:
    """ "9,500 bytes", "840.2 KB", "12.5 MB"."""
    if size < 10 * 1024:
        return f"{size:,} bytes"
    return f"{size / 1024:.1f} KB" if size < 1024 * 1024 else f"{size / (1024 * 1024):.1f} MB"


def _batched(pieces: Iterable[str]) -> Iterator[bytes]:
    """The pieces as UTF-8, gathered into writes of about WRITE_AT_ONCE characters."""
    gathered: list[str] = []
    size = 0
    for piece in pieces:
        gathered.append(piece)
        size += len(piece)
        if size >= WRITE_AT_ONCE:
            yield "".join(gathered).encode()
            gathered, size = [], 0
    if gathered:
        yield "".join(gathered).encode()


def _zip(files: Sequence[tuple[str, Iterable[bytes]]], digest: Digest) -> bytes:
    """A zip of the files, written as they are rendered, dated with the digest's compile time (the same export
    is the same bytes). Photos are stored as they are (JPEG, PNG, WebP do not deflate)."""
    buffer = io.BytesIO()
    stamp = digest.compiled_at.astimezone(UTC).timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, chunks in files:
            info = zipfile.ZipInfo(name, date_time=stamp)
            if name.startswith(FOLDER):
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]  # compress_level in 3.13
            with archive.open(info, "w") as member:
                _write_beside(member.write, chunks)
    return buffer.getvalue()


def _write_beside(write: Callable[[bytes], object], chunks: Iterable[bytes]) -> None:
    """`write(chunk)` for each chunk, in order, on a thread of its own: the next chunk is rendered (Python, which
    holds the GIL) while the last one is checksummed and deflated (zlib, which lets go of it), so a big file's
    zipping takes about the longer of the two rather than their sum (a 100,000-sighting timeline.json: 0.08 s
    of rendering beside 0.2 s of deflate)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="zip") as deflating:
        written: Future[object] | None = None
        for chunk in chunks:
            if written is not None:
                written.result()
            written = deflating.submit(write, chunk)
        if written is not None:
            written.result()


def package(files: Sequence[ExportFile], stem: str, limit: int, digest: Digest, *, zipped: bool = False) -> Package:
    """One file as it is (named `{stem}-{name}`) while it fits in `limit` bytes; else, for several files, or
    when `zipped`, a zip named `{stem}.zip` holding them under their own names."""
    entries = [f.entry for f in files]
    beside, inside = sum(1 for f in files if is_photo(f)), sum(f.inline for f in files)
    if len(files) > 1 or zipped or inside:
        if beside:
            why = f"the article's {'photo travels' if beside == 1 else f'{beside} photos travel'} beside it"
        elif inside:
            why = f"the article carries {plural(inside, 'photo')} inside it"
        else:
            why = f"it holds {len(files)} files" if len(files) > 1 else "it is one part of several"
        return Package(f"{stem}.zip", _zip([(f.name, f.chunks()) for f in files], digest), entries, why)
    (only,) = files
    chunks = only.chunks()
    kept: list[bytes] = []
    size = 0
    for chunk in chunks:  # keep it as it is while it fits; past the limit, the rest goes on into the zip
        kept.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    else:
        return Package(f"{stem}-{only.name}", b"".join(kept), entries, None)

    def counted() -> Iterator[bytes]:
        nonlocal size
        yield from kept
        for chunk in chunks:
            size += len(chunk)
            yield chunk

    data = _zip([(only.name, counted())], digest)
    why = f"the file ({size_text(size)}) is larger than the {size_text(limit)} Discord accepts here"
    return Package(f"{stem}.zip", data, entries, why)


def uploads(
    article: Sequence[ExportFile],
    rows: Sequence[TimelineRow] | None,
    digest: Digest,
    fmt: str,
    tz: tzinfo,
    stem: str,
    limit: int,
    linked: Sequence[ExportFile] = (),
    lines: Sequence[str] | None = None,
) -> Uploads:
    """The export (the article's files, the timeline of `rows`, or both) as uploads of at most `limit` bytes each
    where it can be (see the module's docstring). `linked` is the article with its photos beside it, for when
    `article` carries them inline (digest.html) and does not fit; `lines` are `rows` already written
    (`timeline_lines`). An upload still over the limit is the caller's to refuse."""
    files = list(article)
    if rows is None:
        return Uploads(*_article_uploads(files, list(linked), digest, stem, limit))
    timeline = timeline_file(rows, digest, fmt, tz, lines=lines)
    whole = package([*files, timeline], stem, limit, digest)
    if len(whole.data) <= limit:
        return Uploads([whole])
    head, why_article = _article_uploads(files, list(linked), digest, stem, limit)
    parts, why_timeline = _timeline_uploads(
        rows, digest, fmt, tz, stem, limit, lines, _zipped_alone(whole, timeline, limit)
    )
    if head and head[0].why_zipped and len(head) == 1:  # beside the parts, say which one it is
        head[0] = replace(head[0], filename=f"{stem}-digest.zip")
    whys = [w for w in (why_article, why_timeline) if w] or ["the article and the timeline do not fit in one file"]
    return Uploads(head + parts, "; ".join(whys))


def _article_uploads(
    files: list[ExportFile], linked: list[ExportFile], digest: Digest, stem: str, limit: int
) -> tuple[list[Package], str | None]:
    """The article in one upload when it fits; else the article and its photos in several .zip files, each
    within `limit` (photos linked beside the page, never inline), and why."""
    if not files:
        return [], None
    whole = package(files, stem, limit, digest)
    if len(whole.data) <= limit or not any(is_photo(f) or f.inline for f in files):
        return [whole], None
    if any(f.inline for f in files):
        files = linked
    groups = _fill(files, limit, digest)
    if len(groups) == 1:
        return [package(groups[0], stem, limit, digest, zipped=True)], None
    total = sum(f.size for f in files if is_photo(f))
    loose_or_not = [_as_it_is(group, limit) for group in groups]
    zips = loose_or_not.count(None)
    numbers = iter(range(1, zips + 1))
    packages = [
        loose or package(group, f"{stem}-digest-{next(numbers)}-of-{zips}", limit, digest, zipped=True)
        for group, loose in zip(groups, loose_or_not, strict=True)
    ]
    why = (
        f"the article's photos come to {size_text(total)}, more than the {size_text(limit)} Discord accepts in one "
        f"file: the article and its photos travel in {plural(zips, '.zip file')}"
    )
    loose = [p.filename for p in packages if not p.why_zipped]
    if loose:
        why += f" and {plural(len(loose), 'photo')} as {'it is' if len(loose) == 1 else 'they are'} (too big to zip)"
    why += f"; unzip them into one folder, {files[0].name} links its photos in {FOLDER}"
    if loose:
        why += f" (put {', '.join(f'`{name}`' for name in loose)} there)"
    return packages, why


def _as_it_is(group: list[ExportFile], limit: int) -> Package | None:
    """A photo alone in its group whose .zip would not fit `limit` (a photo of exactly the largest size allowed,
    which the .zip's headers push over): the photo itself, under its own name, to go in photos/ (still over
    `limit` if it is too big even as it is: the caller refuses it, with its own size)."""
    if len(group) != 1 or not is_photo(group[0]) or _zip_size(group[0]) <= limit:
        return None
    (photo,) = group
    return Package(photo.name.removeprefix(FOLDER), photo.data, [photo.entry], None)


def _zip_size(photo: ExportFile) -> int:
    """The size of a .zip holding only `photo` (stored, not deflated): its bytes and the headers around them."""
    name = len(photo.name.encode())
    return zipfile.sizeFileHeader + name + photo.size + zipfile.sizeCentralDir + name + zipfile.sizeEndCentDir  # type: ignore[attr-defined]


def _fill(files: list[ExportFile], limit: int, digest: Digest) -> list[list[ExportFile]]:
    """The files in groups, in order, each group's .zip within `limit` where it can be (a file too big on its own
    is a group of its own, for the caller to refuse). A zip's size is the sum of what each member adds to it."""
    end = len(_zip([], digest))  # the end-of-archive record
    groups: list[list[ExportFile]] = []
    size = limit + 1
    for f in files:
        adds = len(_zip([(f.name, f.chunks())], digest)) - end
        if size + adds > limit:
            groups.append([])
            size = end
        groups[-1].append(f)
        size += adds
    return groups


def _timeline_uploads(
    rows: Sequence[TimelineRow],
    digest: Digest,
    fmt: str,
    tz: tzinfo,
    stem: str,
    limit: int,
    lines: Sequence[str] | None,
    zipped: int | None = None,
) -> tuple[list[Package], str | None]:
    """The timeline in one upload when it fits, else in parts of runs of rows (each within `limit` where it can
    be), and why. `zipped`, when known, is the size of the timeline zipped alone (`_zipped_alone`)."""
    if zipped is None or zipped <= limit or len(rows) < 2:  # packed alone, for its size or to travel so
        alone = package([timeline_file(rows, digest, fmt, tz, lines=lines)], stem, limit, digest)
        if len(alone.data) <= limit or len(rows) < 2:
            return [replace(alone, filename=f"{stem}-timeline.zip") if alone.why_zipped else alone], None
        zipped = len(alone.data)
    count = min(len(rows), math.ceil(zipped / (limit * FILL)))
    while True:
        parts = _timeline_parts(rows, count, digest, fmt, tz, stem, limit, lines)
        largest = max(len(p.data) for p in parts)
        if largest <= limit or count >= len(rows):
            break
        count = min(len(rows), max(count + 1, math.ceil(count * largest / (limit * FILL))))
    why = (
        f"the timeline is {size_text(zipped)} even zipped, more than the {size_text(limit)} Discord "
        f"accepts in one file: the timeline comes in {count} parts, in time order"
    )
    return parts, why


def _zipped_alone(whole: Package, timeline: ExportFile, limit: int) -> int | None:
    """The size of `timeline` zipped alone, worked out from `whole` (a .zip holding it, too big to travel) rather
    than deflated again: its member would be the same bytes (the same name, date and deflate), and a .zip of one
    member is that member's header and data, its entry in the central directory and the directory's end. None
    when it would travel as it is (within `limit` unzipped)."""
    with zipfile.ZipFile(io.BytesIO(whole.data)) as archive:
        info = archive.getinfo(timeline.name)
    if info.file_size <= limit:
        return None
    name = len(info.filename.encode("ascii" if info.filename.isascii() else "utf-8")) + len(info.extra)
    header, entry, end = zipfile.sizeFileHeader, zipfile.sizeCentralDir, zipfile.sizeEndCentDir  # type: ignore[attr-defined]
    return header + name + info.compress_size + entry + name + len(info.comment) + end


def _timeline_parts(
    rows: Sequence[TimelineRow],
    count: int,
    digest: Digest,
    fmt: str,
    tz: tzinfo,
    stem: str,
    limit: int,
    lines: Sequence[str] | None,
) -> list[Package]:
    """The timeline in `count` runs of rows of (nearly) equal length, each zipped on its own, PARTS_AT_ONCE at a
    time (deflate lets go of the GIL: a big night's parts are zipped on both cores)."""
    bounds = [round(i * len(rows) / count) for i in range(count + 1)]

    def part(k: int) -> Package:
        run = rows[bounds[k - 1] : bounds[k]]
        written = None if lines is None else lines[bounds[k - 1] : bounds[k]]
        document = timeline_file(run, digest, fmt, tz, Part(k, count, len(rows)), written)
        return package([document], f"{stem}-timeline-{k}-of-{count}", limit, digest, zipped=True)

    with ThreadPoolExecutor(max_workers=PARTS_AT_ONCE, thread_name_prefix="part") as zipping:
        return list(zipping.map(part, range(1, count + 1)))
