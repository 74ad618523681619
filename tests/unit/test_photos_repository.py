"""The photo store on a real database (both engines): what is put comes back byte for byte, replaced and removed;
and a copy of a SQLite database file carries it."""

import hashlib
import shutil
from pathlib import Path

import pytest

from db.database import Conflict, Database
from db.repositories import SightingRepository
from db.repositories.photos import PhotoMeta, PhotoRepository
from tests.unit.test_repositories import T0, new, open_show

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def db(database: Database) -> Database:
    return database


async def sighting(db: Database, what: str = "Adele waves") -> int:
    show_id = await open_show(db)
    return (await SightingRepository(db).add(new(show_id, what), feed_channel_id=None)).id


async def test_a_photo_put_comes_back_with_its_size_and_sha256(db: Database):
    sid = await sighting(db)
    photos = PhotoRepository(db)
    meta = await photos.put(sid, "dress.png", "image/png", PNG, now=T0)
    expected = PhotoMeta(sid, "dress.png", "image/png", len(PNG), hashlib.sha256(PNG).hexdigest())
    assert meta == expected
    got = await photos.get(sid)
    assert got is not None and got.meta == expected and got.data == PNG


async def test_putting_again_replaces_the_photo(db: Database):
    sid = await sighting(db)
    photos = PhotoRepository(db)
    await photos.put(sid, "first.png", "image/png", PNG)
    await photos.put(sid, "second.gif", "image/gif", b"GIF89a" + b"\0" * 10)
    got = await photos.get(sid)
    assert got is not None
    assert (got.meta.filename, got.meta.content_type, got.data) == ("second.gif", "image/gif", b"GIF89a" + b"\0" * 10)
    assert (await db.fetchone("SELECT count(*) FROM photos"))[0] == 1


async def test_meta_for_names_only_the_sightings_that_have_a_photo(db: Database):
    show_id = await open_show(db)
    repo = SightingRepository(db)
    ids = [(await repo.add(new(show_id, f"moment {i}"), feed_channel_id=None)).id for i in range(3)]
    photos = PhotoRepository(db)
    await photos.put(ids[0], "a.png", "image/png", PNG)
    await photos.put(ids[2], "c.png", "image/png", PNG[:100])
    metas = await photos.meta_for([*ids, 999])
    assert sorted(metas) == [ids[0], ids[2]]
    assert metas[ids[2]].size == 100
    assert await photos.meta_for([]) == {}


async def test_removing_a_photo_forgets_it(db: Database):
    sid = await sighting(db)
    photos = PhotoRepository(db)
    await photos.put(sid, "a.png", "image/png", PNG)
    assert await photos.remove(sid) is True
    assert await photos.get(sid) is None
    assert await photos.remove(sid) is False


async def test_a_photo_of_an_unknown_sighting_is_refused(db: Database):
    with pytest.raises(Conflict, match=r"(?i)foreign key"):
        await PhotoRepository(db).put(4242, "a.png", "image/png", PNG)


async def test_a_copy_of_the_database_file_carries_the_photo(tmp_path: Path):
    db = await Database.open(tmp_path / "backstage.db")
    try:
        sid = await sighting(db)
        await PhotoRepository(db).put(sid, "a.png", "image/png", PNG)
        await db.fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        await db.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(tmp_path / "backstage.db", copy)
    other = await Database.open(copy)
    try:
        got = await PhotoRepository(other).get(sid)
        assert got is not None and got.data == PNG
    finally:
        await other.close()
