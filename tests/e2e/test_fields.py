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
