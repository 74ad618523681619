"""One rule set for a sighting's fields: /spot and /sighting edit refuse the same input with the same
sentence, and `quote_by` names the speaker (the roster's spelling when the name is on it)."""

from __future__ import annotations

import pytest

from backstage_testing.pytest_plugin import Newsroom

BAD_FIELDS = {
    "headline on two lines": ({"headline": "First line\nsecond line"}, "Keep `headline` on one line."),
    "where on two lines": ({"where": "Press\nroom"}, "Keep `where` on one line."),
    "headline too long": ({"headline": "h" * 201}, "`headline` is 201 characters; the limit is 200."),
    "quote too long": ({"quote": "q" * 1001}, "`quote` is 1001 characters; the limit is 1000."),
    "where too long": ({"where": "w" * 101}, "`where` is 101 characters; the limit is 100."),
    "speaker without quote": ({"quote_by": "Adele"}, "`quote_by` says who spoke the quote"),
}


@pytest.mark.parametrize("case", sorted(BAD_FIELDS))
async def test_spot_and_edit_refuse_the_same_field_with_the_same_sentence(newsroom: Newsroom, case: str):
    await newsroom.open_show()
    await newsroom.ok(newsroom.amy, "spot", what="Adele waved at the crowd")
    values, sentence = BAD_FIELDS[case]
    spot = await newsroom.slash(newsroom.amy, "spot", what="Adele again", **values)
    edit = await newsroom.slash(newsroom.amy, "sighting edit", id=1, **values)
    assert spot.ephemeral and edit.ephemeral
    assert sentence in spot.content and sentence in edit.content, (spot.content, edit.content)
    assert len(await newsroom.services.sighting_repo.for_show(1)) == 1, "the refused /spot was stored"


async def test_quote_by_is_stored_in_the_rosters_spelling_and_kept_through_an_edit(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.ok(newsroom.editor, "roster add", name="Beyoncé", aliases="Queen B")
    await newsroom.ok(newsroom.editor, "roster add", name="Adele")
    choices = await newsroom.fake.autocomplete(
        newsroom.guild, newsroom.amy, newsroom.desk, "spot", focused="quote_by", what="x", quote_by="beyo"
    )
    assert [c["value"] for c in choices] == ["Beyoncé"]
    await newsroom.ok(
        newsroom.amy, "spot", what="Beyonce and Adele traded earrings", quote="Keep it, baby", quote_by="queen b"
    )
    [s] = await newsroom.services.sighting_repo.for_show(1)
    assert s.quote_by == "Beyoncé" and set(s.people) == {"Beyoncé", "Adele"}
    await newsroom.ok(newsroom.amy, "sighting edit", id=s.id, what="Beyoncé and Adele swapped earrings")
    [edited] = await newsroom.services.sighting_repo.for_show(1)
    assert edited.quote_by == "Beyoncé" and edited.what.startswith("Beyoncé and Adele swapped")
    await newsroom.ok(newsroom.amy, "sighting edit", id=s.id, quote_by="Adele")
    [again] = await newsroom.services.sighting_repo.for_show(1)
    assert again.quote_by == "Adele" and again.quote == "Keep it, baby"


async def test_the_feed_and_the_history_show_who_said_the_quote(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.ok(newsroom.editor, "roster add", name="Lady Gaga", aliases="Gaga")
    await newsroom.ok(newsroom.amy, "spot", what="Gaga thanked the crew", quote="You are the stars", quote_by="gaga")
    [embed] = await newsroom.wait_feed(1)
    assert "“You are the stars” — Lady Gaga" in embed["description"]
    await newsroom.ok(newsroom.amy, "sighting edit", id=1, quote_by="Adele")
    history = await newsroom.slash(newsroom.editor, "sighting history", id=1)
    assert "quote by: Lady Gaga → Adele" in history.content


async def test_a_correction_that_changes_nothing_says_so_and_keeps_no_version(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.ok(newsroom.amy, "spot", what="Adele waved", where="Press room")
    same = await newsroom.slash(newsroom.amy, "sighting edit", id=1, what="Adele waved", where="Press room")
    assert same.ephemeral and "nothing changed" in same.content
    history = await newsroom.slash(newsroom.editor, "sighting history", id=1)
    assert "never corrected" in history.content


async def test_a_pin_headline_of_blanks_and_invisible_characters_is_not_echoed(newsroom: Newsroom):
    await newsroom.open_show()
    await newsroom.ok(newsroom.amy, "spot", what="Adele waved", quote="Hi")
    blank = await newsroom.ok(newsroom.editor, "digest pin", id=1, headline="  \u200b\u200b  ")
    assert "Pinned **#1**: it leads" in blank.content
    hidden = await newsroom.ok(newsroom.editor, "digest pin", id=1, headline="\u202eevil\u202c headline")
    assert "\u202e" not in hidden.content and "evil headline" in hidden.content
