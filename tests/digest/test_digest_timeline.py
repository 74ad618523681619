"""The article keeps the editors' decisions; the timeline is the editors' record with every status spelled
out; what changed between a preview and a press; the export files and how they travel."""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import zipfile
from zoneinfo import ZoneInfo

import pytest

from bot.digest import (
    changes,
    timeline_html,
    timeline_json,
    timeline_markdown,
    to_embeds,
    to_html,
    to_json,
    to_markdown,
    to_messages,
    to_messages_with_ids,
)
from bot.digest.exports import EXTENSIONS, article_files, package, size_text, timeline_file, uploads
from bot.models import SightingStatus
from bot.text import inert

from .factory import END, Night, filler

NEW_YORK = ZoneInfo("America/New_York")


def _decided_night() -> tuple[Night, dict[str, int]]:
    """One sighting in each standing an editor can meet."""
    night = Night()
    filler(night, 4, votes=2)
    ids = {
        "live": night.spot(
            "Ines Achebe signed a cast for a crying fan at the side door", who=["Ines Achebe"], votes=30
        ).id,
        "pinned": night.spot("Dex Okafor tuned a borrowed cello in the lift", who=["Dex Okafor"], at="21:10").id,
        "dropped": night.spot("Lou Farrant argued with a parking attendant", who=["Lou Farrant"], votes=90).id,
        "retracted": night.spot(
            "Calla Ashdown walked out before her award",
            who=["Calla Ashdown"],
            votes=80,
            status=SightingStatus.RETRACTED,
        ).id,
        "rejected": night.spot(
            "Kit Abernathy is secretly engaged", who=["Kit Abernathy"], status=SightingStatus.REJECTED
        ).id,
        "pending": night.spot(
            "Wren Quill brought her dog onstage", who=["Wren Quill"], status=SightingStatus.PENDING
        ).id,
        "embargoed": night.spot("Juniper Hale won Album of the Year", who=["Juniper Hale"], at="23:50", hold=60).id,
    }
    by_id = {s.id: s for s in night.sightings}
    night.pin(by_id[ids["pinned"]], "The Cello in the Lift")
    night.drop(by_id[ids["dropped"]])
    return night, ids


def test_every_timeline_row_spells_out_its_status_and_where_the_digest_tells_it():
    night, ids = _decided_night()
    digest = night.compile()
    rows = {row.sighting.id: row for row in night.timeline(digest, tz=NEW_YORK)}

    assert rows[ids["live"]].status == "live"
    assert rows[ids["pinned"]].status == "pinned by the editor"
    assert "pinned headline: The Cello in the Lift" in rows[ids["pinned"]].notes
    assert rows[ids["dropped"]].status == "dropped by the editor"
    assert rows[ids["retracted"]].status == "retracted"
    assert rows[ids["rejected"]].status == "rejected at the desk"
    assert rows[ids["pending"]].status == "pending approval"
    assert rows[ids["embargoed"]].status == "embargoed until 19:50"  # 23:50 UTC + 60 min, in New York
    assert rows[ids["pinned"]].item == "item 1"
    assert rows[ids["dropped"]].item is None and rows[ids["retracted"]].item is None

    md = timeline_markdown(list(rows.values()), digest, NEW_YORK)
    html = timeline_html(list(rows.values()), digest, NEW_YORK)
    data = {row["id"]: row for row in json.loads(timeline_json(list(rows.values()), digest))["sightings"]}
    for name, sid in ids.items():
        status = rows[sid].status
        assert f"**{status}" in md, name
        assert f'<td class="status">{status}</td>' in html, name
        assert data[sid]["status_text"] == status and data[sid]["standing"] == rows[sid].standing.value
    assert data[ids["pinned"]]["in_digest"] == "item 1"


def test_the_article_never_holds_a_retracted_dropped_pending_or_embargoed_sighting():
    night, ids = _decided_night()
    digest = night.compile()
    told = {sid for item in [*digest.items, *([digest.bonus] if digest.bonus else [])] for sid in item.sighting_ids}
    assert told.isdisjoint({ids[k] for k in ("dropped", "retracted", "rejected", "pending", "embargoed")})
    article = "\n".join([to_markdown(digest), to_html(digest), to_json(digest), json.dumps(to_embeds(digest))])
    for words in ("parking attendant", "walked out", "secretly engaged", "dog onstage", "Album of the Year"):
        assert words not in article, words
    assert "cello" in article.lower()  # the pin is in


def test_no_change_reads_as_no_change():
    night, _ = _decided_night()
    assert changes(night.compile(), night.compile(), {}) == []


def test_a_retraction_and_a_pin_since_the_preview_are_named():
    night, ids = _decided_night()
    seen = night.compile()
    by_id = {s.id: s for s in night.sightings}
    night.sightings[night.sightings.index(by_id[ids["live"]])] = by_id[ids["live"]].model_copy(
        update={"status": SightingStatus.RETRACTED}
    )
    fresh = night.spot("Noor Abernathy rehearsed her speech to a mirror", who=["Noor Abernathy"], at="21:20")
    night.pin(fresh)
    now = night.compile()

    said = changes(seen, now, {ids["live"]: "retracted", fresh.id: "pinned by an editor"})

    assert f"#{ids['live']} was retracted" in said
    assert f"#{fresh.id} was pinned by an editor (item 2)" in said  # after the earlier pin


def test_messages_carry_the_sightings_they_tell():
    night, _ = _decided_night()
    digest = night.compile(count=10)
    pairs = to_messages_with_ids(digest)
    assert [embeds for embeds, _ in pairs] == to_messages(digest)
    told = [sid for item in [*digest.items, *([digest.bonus] if digest.bonus else [])] for sid in item.sighting_ids]
    assert [sid for _, ids in pairs for sid in ids] == told


def test_one_file_travels_as_is_two_or_a_big_one_as_a_zip_and_the_same_export_is_the_same_bytes():
    night, _ = _decided_night()
    digest = night.compile()
    (article,) = article_files(digest, "markdown")
    timeline = timeline_file(night.timeline(digest), digest, "markdown")

    alone = package([article], "golden-kettle", 10 * 2**20, digest)
    assert (alone.filename, alone.data, alone.why_zipped) == ("golden-kettle-digest.md", article.data, None)

    both = package([article, timeline], "golden-kettle", 10 * 2**20, digest)
    assert both.filename == "golden-kettle.zip" and both.why_zipped == "it holds 2 files"
    with zipfile.ZipFile(io.BytesIO(both.data)) as archive:
        assert archive.namelist() == ["digest.md", "timeline.md"]
        assert archive.read("digest.md") == article.data
    assert package([article, timeline], "golden-kettle", 10 * 2**20, digest).data == both.data

    squeezed = package([timeline], "golden-kettle", len(timeline.data) - 1, digest)
    assert squeezed.filename == "golden-kettle.zip"
    assert squeezed.why_zipped is not None and "larger than" in squeezed.why_zipped
    assert len(squeezed.data) < len(timeline.data)


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_a_timeline_too_big_for_one_upload_comes_in_parts_each_a_whole_document_in_time_order(fmt: str):
    night, _ = _decided_night()
    for i in range(120):  # words that do not compress
        night.spot(f"Guest {i} wrote {hashlib.sha256(str(i).encode()).hexdigest()} on a napkin", at=f"22:{i % 60:02d}")
    digest = night.compile()
    rows = night.timeline(digest, tz=NEW_YORK)
    zipped = package([timeline_file(rows, digest, fmt, NEW_YORK)], "kettle", 10 * 2**20, digest, zipped=True)
    limit = len(zipped.data) // 3  # the timeline zipped is three times this

    sent = uploads(article_files(digest, fmt, NEW_YORK), rows, digest, fmt, NEW_YORK, "kettle", limit)

    assert sent.why_split is not None and "the timeline comes in" in sent.why_split
    assert f"the timeline is {size_text(len(zipped.data))} even zipped" in sent.why_split  # what it is zipped alone
    article, *parts = sent.packages
    assert article.filename in (f"kettle-digest.{EXTENSIONS[fmt]}", "kettle-digest.zip") and len(parts) >= 3
    assert all(len(p.data) <= limit for p in sent.packages)
    texts = []
    for number, part in enumerate(parts, start=1):
        assert part.filename == f"kettle-timeline-{number}-of-{len(parts)}.zip"
        with zipfile.ZipFile(io.BytesIO(part.data)) as archive:
            (name,) = archive.namelist()
            assert name == f"timeline-{number}-of-{len(parts)}.{EXTENSIONS[fmt]}"
            texts.append(archive.read(name).decode())
    if fmt == "json":
        documents = [json.loads(text) for text in texts]
        assert [d["part"] for d in documents] == [
            {"number": k, "of": len(parts), "night": len(rows)} for k in range(1, len(parts) + 1)
        ]
        ids = [row["id"] for d in documents for row in d["sightings"]]
    elif fmt == "html":
        assert all(text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>") for text in texts)
        ids = [int(i) for text in texts for i in re.findall(r'<td class="id">(\d+)</td>', text)]
    else:
        assert all(f"Part {k} of {len(parts)}: " in text for k, text in enumerate(texts, start=1))
        ids = [int(i) for text in texts for i in re.findall(r"^- (?:~~)?#(\d+) ", text, re.M)]
    assert ids == [row.sighting.id for row in rows]  # every sighting once, in the order of the night


def test_an_embargo_that_has_ended_reads_live():
    night, ids = _decided_night()
    digest = night.compile(now=END)
    later = night.timeline(digest, now=END.replace(day=END.day + 1))
    assert next(r for r in later if r.sighting.id == ids["embargoed"]).status == "live"


def test_each_line_of_timeline_json_is_its_sighting_as_json_dumps_writes_it_in_a_fixed_key_order():
    night, ids = _decided_night()
    awkward = night.spot(
        'Teo said "no\\comment"\tthen left \u2028 with 😀, Beyoncé & 王菲 <b>@everyone</b>\x01',
        who=["Teo Vance"],
        other_names=['Ms. "Quoted"'],
        quote='It\'s "fine"',
        quote_by="Teo Vance",
        where="Bar\\Lounge",
        corroborates=night.sightings[0],
        votes=3,
        at="21:30",
    )
    digest = night.compile()
    rows = night.timeline(digest, tz=NEW_YORK)
    text = timeline_json(rows, digest)
    lines = [line.strip().rstrip(",") for line in text.split("\n") if line.startswith('    {"id": ')]
    assert len(lines) == len(rows)
    keys = ["id", "time", "reporter", "what", "who", "where", "where_remembered", "quote", "quote_by", "headline"]
    keys += ["status", "votes"]
    keys += ["corroborates", "publish_at", "edited_at", "standing", "status_text", "in_digest", "notes"]
    keys += ["retracted_reason", "photo"]
    for line in lines:
        data = json.loads(line)
        assert list(data) == keys
        assert line == json.dumps(data, ensure_ascii=False)  # escaped, spaced and ordered as json.dumps does
    (mine,) = [json.loads(line) for line in lines if json.loads(line)["id"] == awkward.id]
    assert mine["what"] == inert(awkward.what) and "<b>@\u200beveryone</b>" in mine["what"]  # (inert: cannot ping)
    assert mine["who"] == ["Teo Vance", 'Ms. "Quoted"']
    assert mine["corroborates"] == night.sightings[0].id and mine["edited_at"] is None and mine["photo"] is None
    embargoed = next(json.loads(line) for line in lines if json.loads(line)["id"] == ids["embargoed"])
    assert embargoed["publish_at"] is not None and embargoed["standing"] == "embargoed"


def test_each_line_of_timeline_md_has_its_sighting_s_words_one_space_apart_however_they_were_typed():
    every_other_space = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and chr(c) != " "]
    night, _ = _decided_night()
    spaced = {
        night.spot("Teo left\tthe  bar \n\nthrough the\u2028kitchen\u00a0door ", who=["Teo Vance"], at="21:30").id,
        night.spot("Ada  Brook\u3000waved", who=["Ada Brook"], quote=" see\nyou ", where="Bar", at="21:31").id,
        night.spot("Rue left\tfirst,\nalone", who=["Rue Lund"], at="21:32").id,
    }
    alone = {night.spot(f"Ida{c}waved", who=["Ida Moss"], at="21:33").id: c for c in every_other_space}
    digest = night.compile()
    lines = [line for line in timeline_markdown(night.timeline(digest), digest).split("\n") if line.startswith("- ")]
    assert len(lines) == len(night.sightings)  # no sighting's text broke its line
    mine = [next(line for line in lines if line.startswith(f"- #{sid} ")) for sid in sorted(spaced)]
    assert " — Teo left the bar through the kitchen door \\[Teo Vance\\] — **live**" in mine[0]
    assert " · Bar — Ada Brook waved “ see you ” \\[Ada Brook\\] — **live**" in mine[1]
    assert " — Rue left first, alone \\[Rue Lund\\] — **live**" in mine[2]
    for sid, space in alone.items():  # each alone in its sighting's text
        line = next(line for line in lines if line.startswith(f"- #{sid} "))
        assert line.endswith(" — Ida waved \\[Ida Moss\\] — **live**"), repr(space)
        mine.append(line)
    for line in mine:
        assert "  " not in line and not re.search(r"[^\S ]", line)
