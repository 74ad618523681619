"""Photos kept with their sighting (V10): the bytes in the database file, so backups and `--db` copies carry them.

One photo per sighting. `PhotoMeta` is what the feed, the desk and the exports need to name and describe a
file without reading its bytes; `Photo` adds the bytes, read one sighting at a time.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from bot.models import image_extension
from db.database import Connection, Database, select_all, select_one
from db.repositories._util import ts

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


def photo_file_name(sighting_id: int, sha256: str, content_type: str) -> str:
    """`<sighting>-<first 12 of its sha256>.<ext>`: a photo's name wherever it is served or uploaded again, new
    for every version of the sighting's photo (so a replaced photo is a new file)."""
    return f"{sighting_id}-{sha256[:12]}.{image_extension(content_type)}"


@dataclass(frozen=True, slots=True)
class PhotoMeta:
    sighting_id: int
    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Photo:
    meta: PhotoMeta
    data: bytes


@dataclass(frozen=True, slots=True)
class NewPhoto:
    """A photo about to be stored: its bytes and their digest (worked out off the database thread)."""

    filename: str
    content_type: str
    data: bytes
    sha256: str

    @classmethod
    def of(cls, filename: str, content_type: str, data: bytes) -> NewPhoto:
        return cls(filename, content_type, data, hashlib.sha256(data).hexdigest())

    @classmethod
    async def hashed(cls, filename: str, content_type: str, data: bytes) -> NewPhoto:
        """`of` in a thread: hashlib lets the GIL go for large inputs, so the event loop runs on meanwhile."""
        return await asyncio.to_thread(cls.of, filename, content_type, data)


def store_photo(conn: Connection, sighting_id: int, photo: NewPhoto, stored_at: datetime) -> None:
    """On the database thread, inside the caller's write (e.g. the one that stores the sighting): the photo of
    `sighting_id`, replacing any it had."""
    conn.execute(
        """INSERT INTO photos(sighting_id, filename, content_type, size, sha256, data, stored_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(sighting_id) DO UPDATE SET filename = excluded.filename,
             content_type = excluded.content_type, size = excluded.size, sha256 = excluded.sha256,
             data = excluded.data, stored_at = excluded.stored_at""",
        (sighting_id, photo.filename, photo.content_type, len(photo.data), photo.sha256, photo.data, ts(stored_at)),
    )


def photo_metas(conn: Connection, ids: Iterable[int]) -> dict[int, PhotoMeta]:
    """On any connection: the photos of these sightings (those that have one), without their bytes."""
    wanted = sorted(set(ids))
    found: dict[int, PhotoMeta] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = select_all(
            conn,
            f"""SELECT sighting_id, filename, content_type, size, sha256 FROM photos
                WHERE sighting_id IN ({",".join("?" * len(chunk))})""",
            chunk,
        )
        for r in rows:
            found[int(r[0])] = PhotoMeta(int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]))
    return found


def photos_of(conn: Connection, ids: Iterable[int]) -> dict[int, Photo]:
    """On any connection: the photos of these sightings with their bytes (one read: metadata and bytes agree)."""
    found: dict[int, Photo] = {}
    for sighting_id in sorted(set(ids)):
        photo = photo_of(conn, sighting_id)
        if photo is not None:
            found[sighting_id] = photo
    return found


def photo_of(conn: Connection, sighting_id: int) -> Photo | None:
    """On any connection: one sighting's photo with its bytes, or None."""
    row = select_one(
        conn,
        "SELECT sighting_id, filename, content_type, size, sha256, data FROM photos WHERE sighting_id = ?",
        (sighting_id,),
    )
    if row is None:
        return None
    return Photo(PhotoMeta(int(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4])), bytes(row[5]))


class PhotoRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def put(
        self, sighting_id: int, filename: str, content_type: str, data: bytes, *, now: datetime | None = None
    ) -> PhotoMeta:
        """Store (or replace) the photo of a sighting; its size and sha256 are worked out here."""
        photo = await NewPhoto.hashed(filename, content_type, data)
        stored_at = now or datetime.now(UTC)
        await self.db.write(partial(store_photo, sighting_id=sighting_id, photo=photo, stored_at=stored_at))
        return PhotoMeta(sighting_id, filename, content_type, len(data), photo.sha256)

    async def get(self, sighting_id: int) -> Photo | None:
        return await self.db.read(partial(photo_of, sighting_id=sighting_id))

    async def get_many(self, ids: Iterable[int]) -> dict[int, Photo]:
        """The photos of these sightings (those that have one), with their bytes, as one read."""
        return await self.db.read(partial(photos_of, ids=list(ids)))

    async def same(self, sighting_id: int, sha256: str) -> bool:
        """Whether the sighting's photo is already this one."""
        row = await self.db.fetchone("SELECT 1 FROM photos WHERE sighting_id = ? AND sha256 = ?", (sighting_id, sha256))
        return row is not None

    async def meta_for(self, ids: Iterable[int]) -> dict[int, PhotoMeta]:
        return await self.db.read(partial(photo_metas, ids=list(ids)))

    async def remove(self, sighting_id: int) -> bool:
        """Forget the photo of a sighting; whether it had one."""

        def delete(conn: Connection) -> bool:
            return conn.execute("DELETE FROM photos WHERE sighting_id = ?", (sighting_id,)).rowcount > 0

        return await self.db.write(delete)
