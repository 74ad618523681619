"""dfix15: what a breaker found through `backstage rehearse` (names, exports, hygiene, copy)."""

import re
from pathlib import Path

import yaml
from rich.console import Console

from bot.digest import Digest, DigestItem
from bot.rehearsal.runner import Rehearsal, play, write_outputs
from bot.rehearsal.script import Script
from db.database import Database


async def _play(text: str, tmp_path: Path) -> Rehearsal:
    script = Script.model_validate(yaml.safe_load(text))
    db = await Database.open(tmp_path / "night.db")
    try:
        return await play(script, db, console=Console(quiet=True), quiet=True)
    finally:
        await db.close()


def _items(digest: Digest) -> list[DigestItem]:
    return digest.items + ([digest.bonus] if digest.bonus else [])


def _printed(digest: Digest) -> str:
    return " ".join(f"{item.headline} {item.body}" for item in _items(digest))


# a live mention: "@everyone"/"@here" or "<@123>"/"<@&7>" with no zero-width space after the "@"
_LIVE = re.compile(r"@(everyone|here)|<@[!&]?\d+>|&lt;@(!|&amp;)?\d+&gt;")

_PINGING_SHOW = """
show: {name: "@everyone Lantern Prize <@&77>", venue: "Harbour Rooms @here", timezone: "Europe/Lisbon",
       approval: false}
roster:
  - {name: "Wendell Oyelaran", aliases: ["Wendell"]}
timeline:
  - {at: "19:10", by: "pia", spot: {what: "Wendell Oyelaran juggled three champagne flutes by the cloakroom
        and caught them all.",
      who: "Wendell Oyelaran", where: "Cloakroom"}}
  - {at: "19:20", react: {id: 1, emoji: "🔥", count: 14}}
"""


async def test_every_export_is_inert_show_name_and_venue_too(tmp_path: Path):
    result = await _play(_PINGING_SHOW, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    written = write_outputs(result, out)
    names = {f.name for f in written}
    assert {"digest.html", "timeline.html", "digest.md", "timeline.md", "digest.json", "timeline.json"} <= names
    for name in sorted(names):
        path = out / name
        if path.suffix not in (".md", ".html", ".json"):
            continue
        text = path.read_text(encoding="utf-8").replace("\\u200b", "\u200b")
        live = [m.group(0) for m in _LIVE.finditer(text)]
        assert live == [], f"{name} pings: {live}"


_EAST_ASIAN_ROSTER = """
show: {name: "Lotus Film Prize", venue: "Pearl Theatre", timezone: "Asia/Hong_Kong", approval: false}
roster:
  - {name: "梁文静", aliases: ["Leung Man-ching"]}
  - {name: "이서준", aliases: ["Lee Seo-jun"]}
  - {name: "Tobias Wren", aliases: []}
timeline:
  - {at: "20:05", by: "kit", spot: {what: "Leung Man-ching fixed a broken violin string for the orchestra's
        leader minutes before the overture.",
      where: "Orchestra pit"}}
  - {at: "20:15", by: "sol", spot: {what: "Lee Seo-jun taught two ushers a card trick behind the box
        office.", where: "Box office"}}
  - {at: "20:25", by: "ren", spot: {what: "Tobias Wren tipped the coat-check attendant with a signed
        programme.", where: "Cloakroom"}}
  - {at: "20:30", react: {id: 1, emoji: "🔥", count: 26}}
  - {at: "20:31", react: {id: 2, emoji: "🔥", count: 18}}
  - {at: "20:32", react: {id: 3, emoji: "🔥", count: 6}}
"""


async def test_a_name_in_cjk_or_hangul_with_a_latin_alias_reaches_the_digest(tmp_path: Path):
    digest = (await _play(_EAST_ASIAN_ROSTER, tmp_path)).digest
    printed = _printed(digest)
    assert "Leung Man-ching fixed a broken violin string" in printed
    assert "Lee Seo-jun taught two ushers a card trick" in printed
    assert "梁文静" not in printed and "이서준" not in printed  # (the article is in English)
    assert len(digest.items) == 3
    people = {p for item in digest.items for p in item.people}
    assert {"Leung Man-ching", "Lee Seo-jun"} <= people


def test_latin_name_of_a_roster_entry():
    from bot.digest.textutil import latin_name

    assert latin_name(("梁文静", "Leung Man-ching")) == "Leung Man-ching"
    assert latin_name(("이서준", "서준", "Lee  Seo-jun")) == "Lee Seo-jun"
    assert latin_name(("Tobias Wren", "托比亚斯")) is None
    assert latin_name(("梁文静",)) is None


_PINGING_WHERE = """
show: {name: "Meridian Awards", venue: "Corn Exchange", timezone: "Europe/London", approval: false}
roster:
  - {name: "Ingrid Solberg", aliases: []}
  - {name: "Caspar Nkemelu", aliases: []}
timeline:
  - {at: "21:00", by: "uma", spot: {what: "Heard by the coat rail:", where: "@here mezzanine bar",
      quote: "Nobody told me the trophy would be this heavy", quote_by: "Ingrid Solberg"}}
  - {at: "21:06", by: "vic", spot: {what: "Caspar Nkemelu signed a fan's plaster cast with a silver marker.",
      who: "Caspar Nkemelu", where: "**Foyer** <@&55>"}}
  - {at: "21:01", react: {id: 1, emoji: "🔥", count: 27}}
  - {at: "21:07", react: {id: 2, emoji: "🔥", count: 11}}
"""


async def test_a_where_with_a_mention_is_cleaned_never_a_reason_to_drop(tmp_path: Path):
    digest = (await _play(_PINGING_WHERE, tmp_path)).digest
    printed = _printed(digest)
    assert "Nobody told me the trophy would be this heavy" in printed
    assert "Caspar Nkemelu signed a fan's plaster cast" in printed
    assert "@" not in printed and "**" not in printed
    assert len(digest.items) == 2
    assert all("@" not in place and "*" not in place for item in digest.items for place in item.locations)


def test_an_adjective_before_a_body_part_is_no_verb_that_wants_an_owner():
    from bot.digest.notespeak import own_parts

    assert own_parts("Lorna Beck rehearsed her startled face in the lift mirror.") == (
        "Lorna Beck rehearsed her startled face in the lift mirror."
    )
    assert own_parts("He sat through the speeches with bored eyes.") == "He sat through the speeches with bored eyes."
    assert own_parts("She pulled a very amused face at the host.") == "She pulled a very amused face at the host."
    assert own_parts("He rubbed his reddened eyes and shrugged.") == "He rubbed his reddened eyes and shrugged."
    # (a verb before a bare body part still gets its owner)
    assert own_parts("He held out hand.") == "He held out his hand."
    assert own_parts("She raised fist and grinned.") == "She raised her fist and grinned."


_FACES = """
show: {name: "Copper Reel Awards", venue: "Old Mill", timezone: "Europe/Dublin", approval: false}
roster:
  - {name: "Declan Ashworth", aliases: []}
timeline:
  - {at: "19:40", by: "bea", spot: {what: "Declan Ashworth spent ten minutes rehearsing his shocked face in
        the dressing-room mirror.",
      who: "Declan Ashworth", where: "Dressing room"}}
  - {at: "19:45", react: {id: 1, emoji: "🔥", count: 15}}
"""


async def test_his_shocked_face_is_printed_as_written(tmp_path: Path):
    digest = (await _play(_FACES, tmp_path)).digest
    printed = _printed(digest)
    assert "his shocked face" in printed
    assert "shocked his face" not in printed


_QUIET = """
show: {name: "Saltmarsh Folk Awards", venue: "Drill Hall", timezone: "Europe/London", approval: false}
roster:
  - {name: "Posy Kettering", aliases: []}
  - {name: "Amos Thwaite", aliases: []}
timeline:
  - {at: "19:30", by: "gil", spot: {what: "Posy Kettering rescued a hedgehog from the loading bay in her scarf.",
      who: "Posy Kettering", where: "Loading bay"}}
  - {at: "19:50", by: "hal", spot: {what: "Amos Thwaite at the merch stall.", who: "Amos Thwaite", where:
        "Merch stall"}}
digest: {count: 5}
"""


async def test_a_real_event_with_no_votes_is_told_on_a_night_with_nothing_better(tmp_path: Path):
    digest = (await _play(_QUIET, tmp_path)).digest
    assert digest.title != "Zero things you didn't see"
    printed = _printed(digest)
    assert "Posy Kettering rescued a hedgehog from the loading bay" in printed
    assert "merch stall" not in printed.casefold()  # (a note of who was where is still no news)


_ONLY_NOTES = """
show: {name: "Saltmarsh Folk Awards", venue: "Drill Hall", timezone: "Europe/London", approval: false}
roster:
  - {name: "Amos Thwaite", aliases: []}
timeline:
  - {at: "19:50", by: "hal", spot: {what: "Amos Thwaite at the merch stall.", who: "Amos Thwaite", where:
        "Merch stall"}}
digest: {count: 5}
"""


async def test_an_empty_digest_tells_the_editor_why(tmp_path: Path):
    result = await _play(_ONLY_NOTES, tmp_path)
    digest = result.digest
    assert digest.items == []
    assert [left.sighting_ids for left in digest.left_out] == [[result.ids[1]]]
    assert "too slight to stand as a story" in digest.left_out[0].note


_OVERRIDE_IN_ROSTER = """
show: {name: "Kestrel Awards", venue: "Assembly Rooms", timezone: "UTC", approval: false}
roster:
  - {name: "Odile \\u202eMarchetti", aliases: []}
timeline:
  - {at: "20:00", by: "tam", spot: {what: "Odile Marchetti taught the cloakroom staff a card trick with the
        raffle tickets.",
      who: "Odile \\u202eMarchetti", where: "Cloakroom"}}
  - {at: "20:05", react: {id: 1, emoji: "🔥", count: 12}}
"""


async def test_a_bidi_override_in_a_roster_name_reaches_no_export(tmp_path: Path):
    result = await _play(_OVERRIDE_IN_ROSTER, tmp_path)
    assert [item.people for item in result.digest.items] == [["Odile Marchetti"]]
    out = tmp_path / "out"
    out.mkdir()
    for f in write_outputs(result, out):
        text = (out / f.name).read_text(encoding="utf-8")
        assert "\u202e" not in text and "\\u202e" not in text, f.name


def test_a_cjk_stop_ends_a_quote_with_no_comma_after_it():
    from bot.digest.speakers import attributed

    assert attributed("今晚真开心。", "Lin Wei", "") == "“今晚真开心。” Lin Wei said."
    assert attributed("Fine, fine.", "Lin Wei", "") == "“Fine, fine,” Lin Wei said."


def test_a_quote_told_as_its_moment_ends_on_a_stop():
    from bot.digest.speakers import _framed

    assert _framed("Nobody warned me about the stairs", "Ivo Brant", "on the stairs") == (
        "On the stairs, Ivo Brant said: “Nobody warned me about the stairs.”"
    )
    assert _framed("Is it over?", "Ivo Brant", "") == "Ivo Brant said: “Is it over?”"
    assert _framed("終わった", "Ivo Brant", "") == "Ivo Brant said: “終わった”"


def test_an_empty_timeline_is_refused_in_a_sentence():
    import pytest

    from bot.rehearsal.script import ScriptError, parse

    with pytest.raises(ScriptError) as refused:
        parse('show: {name: "N", venue: "V", timezone: "UTC"}\nroster: []\ntimeline: []\ndigest: {count: 5}\n')
    assert "no entries" in str(refused.value)
    assert "List should have" not in str(refused.value)


def test_a_cjk_roster_name_printed_by_its_latin_alias_is_family_name_first():
    from bot.digest.textutil import family_first_by_roster

    assert family_first_by_roster(("梁文静", "Leung Wenjing"))
    assert family_first_by_roster(("이서준", "Lee Seo-jun"))
    assert not family_first_by_roster(("赫斯特·奎尔", "Hester Quayle"))  # (a foreign name spelt out in CJK)
    assert not family_first_by_roster(("Tobias Wren", "Toby"))
