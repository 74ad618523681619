"""bot.digest.shortened: the opening embed of an edition that stopped half posted counts what was posted."""

from __future__ import annotations

from bot.digest.shortened import posted_items, shortened

OPENING = {
    "title": "Six things you didn't see",
    "description": "The cameras caught the Harbour Lights Awards; our correspondents caught the rest. "
    "Here are six moments you didn't see.",
    "color": 1,
}


def test_title_and_intro_count_the_items_posted():
    new = shortened(OPENING, 6, 3)
    assert new is not None
    assert new["title"] == "Three things you didn't see"
    assert new["description"].endswith("Here are three moments you didn't see.")
    assert shortened(OPENING, 6, 1)["description"].endswith("Here is one moment you didn't see.")  # type: ignore[index]


def test_nothing_to_change_when_all_or_nothing_was_posted():
    assert shortened(OPENING, 6, 6) is None and shortened(OPENING, 6, 0) is None


def test_items_posted_are_the_embeds_after_the_opening_one():
    assert posted_items([[OPENING, {"title": "1. A"}, {"title": "2. B"}], [{"title": "3. C"}]]) == 3
