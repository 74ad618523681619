"""Photos in rehearsal scripts: `spot.photo` is checked when the script is read (a sentence naming the entry),
and the sample night's photos reach the digest and its files (what `make demo` writes)."""

from __future__ import annotations

import base64
import hashlib
import io
import re
from pathlib import Path

import pytest
from rich.console import Console

from bot.rehearsal.runner import play, sample_script, write_outputs
from bot.rehearsal.script import ScriptError, load
from db.database import Database

PHOTOS = Path(__file__).resolve().parents[2] / "bot" / "samples" / "photos"
PNG = (PHOTOS / "heron.png").read_bytes()


def _script(folder: Path, photo: str) -> Path:
    path = folder / "night.yaml"
    path.write_text(
        'show: {name: "Photo Night"}\ntimeline:\n'
        '  - {at: "20:00", by: amy, spot: {what: "A grey cape on the carpet"}}\n'
        f'  - {{at: "20:05", by: amy, spot: {{what: "The cape again, closer", photo: "{photo}"}}}}\n',
        encoding="utf-8",
    )
    return path


def test_a_photo_beside_the_script_is_found_relative_to_it(tmp_path: Path):
    (tmp_path / "shots").mkdir()
    (tmp_path / "shots" / "cape.png").write_bytes(PNG)
    script = load(_script(tmp_path, "shots/cape.png"))
    spot = script.timeline[1].spot
    assert spot is not None and spot.photo == tmp_path / "shots" / "cape.png"


@pytest.mark.parametrize(
    ("value", "sentence"),
    [
        ("42", "42 is not a file name: give the path of an image file relative to the script"),
        ('""', "it is empty: give the path of an image file relative to the script, in quotes"),
        ('"https://example.com/c.jpg"', "https://example.com/c.jpg is a web address: save the photo beside"),
        ('"."', ". is a folder, not an image file"),
        ('"empty.png"', "empty.png is empty (0 bytes)"),
    ],
)
def test_a_photo_entry_that_is_no_file_name_gets_one_clear_sentence(tmp_path: Path, value: str, sentence: str):
    (tmp_path / "empty.png").write_bytes(b"")
    path = tmp_path / "night.yaml"
    path.write_text(
        'show: {name: "Photo Night"}\ntimeline:\n'
        f'  - {{at: "20:05", by: amy, spot: {{what: "A cape", photo: {value}}}}}\n',
        encoding="utf-8",
    )
    with pytest.raises(ScriptError) as refused:
        load(path)
    text = str(refused.value)
    assert "timeline[0] (at 20:05) › spot › photo: " in text and sentence in text, text
    assert "valid path" not in text and "https:/example" not in text


@pytest.mark.parametrize(
    ("name", "content", "sentence"),
    [
        ("missing.jpg", None, "no file missing.jpg beside the script"),
        ("notes.jpg", b"these are my notes, not a photo", "notes.jpg is not a JPEG, PNG, GIF or WebP image"),
        ("huge.png", PNG[:16] + bytes(9 * 1024 * 1024), "more than the 8,388,608 a photo may have"),
    ],
)
def test_a_photo_that_cannot_be_used_is_refused_naming_the_entry(
    tmp_path: Path, name: str, content: bytes | None, sentence: str
):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    with pytest.raises(ScriptError) as refused:
        load(_script(tmp_path, name))
    text = str(refused.value)
    assert "nothing was played" in text and "timeline[1] (at 20:05) › spot › photo" in text and sentence in text


async def test_the_sample_nights_photos_are_in_its_digest_html_markdown_and_json(tmp_path: Path):
    db = await Database.open(tmp_path / "demo.db")
    try:
        result = await play(sample_script(), db, console=Console(file=io.StringIO()), quiet=True)
    finally:
        await db.close()
    out = tmp_path / "out"
    out.mkdir()
    write_outputs(result, out)
    shown = [i.photo for i in (*result.digest.items, result.digest.bonus) if i is not None and i.photo is not None]
    assert len(shown) >= 2  # (which of the night's three photos the five items carry is the digest's choice)
    html = (out / "digest.html").read_text(encoding="utf-8")
    inline = [base64.b64decode(src) for src in re.findall(r'src="data:image/png;base64,([^"]+)"', html)]
    assert [hashlib.sha256(data).hexdigest() for data in inline] == [p.sha256 for p in shown]
    markdown = (out / "digest.md").read_text(encoding="utf-8")
    for photo in shown:
        assert f"(photos/{photo.name})" in markdown
        assert hashlib.sha256((out / "photos" / photo.name).read_bytes()).hexdigest() == photo.sha256
    given = {hashlib.sha256(f.read_bytes()).hexdigest() for f in PHOTOS.glob("*.png")}
    assert {p.sha256 for p in shown} <= given  # each as the script gave it
