"""Photos in the digest: which one an item shows, and how each renderer and export carries it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import zipfile
from datetime import UTC

from bot.digest import (
    Digest,
    changes,
    compile_digest,
    timeline_json,
    timeline_rows,
    to_html,
    to_json,
    to_markdown,
    to_messages,
)
from bot.digest.exports import EXTENSIONS, article_files, package, uploads
from bot.digest.models import PhotoFile
from bot.digest.photos import attached
from bot.models import Sighting, SightingStatus

from .factory import END, Night, every_item, filler

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def photo_of(s: Sighting, data: bytes = PNG, content_type: str = "image/png") -> PhotoFile:
    return PhotoFile(
        sighting_id=s.id,
        filename=f"IMG_{s.id}.png",
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _dex_night() -> tuple[Night, Sighting, Sighting, Sighting]:
    """One story about Dex: an earlier setup (21:00), then the lead moment told twice (22:00, 22:02)."""
    night = Night()
    filler(night, 5, votes=1)
    setup = night.spot(
        "Dex Okafor practised his kettle speech in the loading dock, twice, to a bin",
        who=["Dex Okafor"],
        by="Ben",
        at="21:00",
        votes=14,
        quote="Thank you, bin.",
    )
    lead = night.spot(
        "Dex Okafor won Best Kettle and thanked his mum from the stage, in tears",
        who=["Dex Okafor"],
        by="Amy",
        at="22:00",
        votes=20,
        quote="Mum, this one is yours.",
    )
    again = night.spot(
        "Dex Okafor crying on stage while thanking his mother for the Best Kettle award",
        who=["Dex Okafor"],
        by="Cho",
        at="22:02",
        votes=3,
    )
    return night, setup, lead, again


def _compiled(night: Night, photos: dict[int, PhotoFile], count: int = 5) -> Digest:
    return compile_digest(night.show, night.sightings, night.curations, count=count, now=END, photos=photos)


def test_an_item_shows_its_lead_moments_first_photo_before_an_earlier_setups():
    night, setup, lead, again = _dex_night()
    digest = _compiled(night, {setup.id: photo_of(setup), again.id: photo_of(again)})
    item = digest.items[0]
    assert item.sighting_ids == [setup.id, lead.id, again.id]  # one story: the setup and the lead moment
    assert item.photo is not None and item.photo.sighting_id == again.id and item.photo.credit == "Cho"

    both = _compiled(night, {lead.id: photo_of(lead), again.id: photo_of(again)})
    assert both.items[0].photo is not None and both.items[0].photo.sighting_id == lead.id  # the first of them


def test_without_one_in_the_lead_moment_the_storys_first_photo_is_shown_and_without_any_none():
    night, setup, _, _ = _dex_night()
    digest = _compiled(night, {setup.id: photo_of(setup)})
    assert digest.items[0].photo is not None and digest.items[0].photo.sighting_id == setup.id
    assert all(item.photo is None for item in every_item(_compiled(night, {})))


def test_a_retracted_or_dropped_reports_photo_is_never_shown():
    night, setup, _, _ = _dex_night()
    pulled = night.spot(
        "Dex Okafor tearful on stage thanking his mum for Best Kettle",
        who=["Dex Okafor"],
        by="Dan",
        at="22:01",
        status=SightingStatus.RETRACTED,
    )
    night.drop(setup)
    digest = _compiled(night, {pulled.id: photo_of(pulled), setup.id: photo_of(setup)})
    assert pulled.id not in digest.items[0].sighting_ids and setup.id not in digest.items[0].sighting_ids
    assert all(item.photo is None for item in every_item(digest))


def test_the_discord_embed_points_at_the_uploaded_file_and_messages_stay_within_the_upload_limit():
    night = Night()
    shots = filler(night, 8, votes=3)
    big = b"\xff\xd8\xff\xe0" + bytes(3 * 1024 * 1024)
    photos = {s.id: photo_of(s, big, "image/jpeg") for s in shots}
    digest = _compiled(night, photos, 7)
    messages = to_messages(digest)
    shown = [name for m in messages for _, name in attached(m)]
    assert len(shown) == 8 and all(re.fullmatch(r"photo-\d+-[0-9a-f]{12}\.jpg", n) for n in shown)
    assert all(len(attached(m)) * len(big) <= 10 * 1024 * 1024 for m in messages)
    assert len(messages) >= 3  # 8 photos of 3 MB: at most 3 per message


def test_html_carries_the_photo_inline_markdown_links_it_beside_json_describes_it():
    night, _, lead, _ = _dex_night()
    digest = _compiled(night, {lead.id: photo_of(lead)})

    html = to_html(digest, photos={lead.id: PNG})
    (src,) = re.findall(r'<img src="data:image/png;base64,([^"]+)" alt="Photo by Amy">', html)
    assert base64.b64decode(src) == PNG
    assert "<figcaption>Photo: Amy</figcaption>" in html
    assert "<img" not in to_html(digest)  # no bytes given: no broken image

    assert f"![Photo by Amy](photos/photo-{lead.id}.png)" in to_markdown(digest)

    item = json.loads(to_json(digest))["items"][0]
    assert item["photo"] == {
        "file": f"photos/photo-{lead.id}.png",
        "content_type": "image/png",
        "size": len(PNG),
        "sha256": hashlib.sha256(PNG).hexdigest(),
        "sighting_id": lead.id,
        "uploaded_as": f"IMG_{lead.id}.png",
        "credit": "Amy",
    }


def test_an_article_with_photos_travels_as_a_zip_with_the_photos_beside_it_and_says_why():
    night, _, lead, _ = _dex_night()
    digest = _compiled(night, {lead.id: photo_of(lead)})
    for fmt in EXTENSIONS:
        files = article_files(digest, fmt, photos={lead.id: PNG})
        packed = package(files, "kettle", 10 * 2**20, digest)
        assert packed.filename == "kettle.zip"
        with zipfile.ZipFile(io.BytesIO(packed.data)) as archive:
            names = archive.namelist()
            if fmt == "html":
                assert names == ["digest.html"] and packed.why_zipped == "the article carries 1 photo inside it"
            else:
                assert names == [f"digest.{EXTENSIONS[fmt]}", f"photos/photo-{lead.id}.png"]
                assert archive.read(f"photos/photo-{lead.id}.png") == PNG
                assert packed.why_zipped == "the article's photo travels beside it"
    bare = _compiled(night, {})
    plain = uploads(article_files(bare, "markdown"), None, bare, "markdown", UTC, "kettle", 2**20)
    assert plain.packages[0].filename == "kettle-digest.md"  # no photo: the file as it is


def test_the_timeline_notes_a_sightings_photo_and_its_json_describes_it():
    night, setup, _, _ = _dex_night()
    digest = _compiled(night, {setup.id: photo_of(setup)})
    rows = timeline_rows(night.sightings, night.curations, digest, END, UTC, {setup.id: photo_of(setup)})
    row = next(r for r in rows if r.sighting.id == setup.id)
    assert f"with a photo: IMG_{setup.id}.png (image/png, {len(PNG):,} bytes)" in row.notes
    data = json.loads(timeline_json(rows, digest))
    found = next(r for r in data["sightings"] if r["id"] == setup.id)
    assert found["photo"]["sha256"] == hashlib.sha256(PNG).hexdigest()


def test_a_photo_added_or_replaced_since_the_preview_is_a_change_the_editor_is_told():
    night, _, lead, _ = _dex_night()
    seen = _compiled(night, {})
    added = _compiled(night, {lead.id: photo_of(lead)})
    assert changes(seen, added, {}) == ["item 1 now shows a photo"]
    replaced = _compiled(night, {lead.id: photo_of(lead, PNG + b"retouched")})
    assert changes(added, replaced, {}) == ["item 1 shows another photo"]
    assert changes(replaced, seen, {}) == ["item 1 no longer shows a photo"]
    assert changes(added, _compiled(night, {lead.id: photo_of(lead)}), {}) == []
