"""A bare line is no story (`bot.digest.bare_lines`): a note with no act carrying a quote of one or two words leads no
item, whatever its votes, and the preview says why; inside the item of its moment it is still told."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with


def _bare(night: Night, votes: int = 20):
    return night.spot("Wren.", by="Dot", at="21:30", quote="Fine", quote_by="Wren Halvorsen", votes=votes)


def test_a_name_and_a_one_word_quote_leads_no_item_and_the_preview_says_why():
    night = Night()
    filler(night, 5, votes=6)
    line = _bare(night)

    digest = night.compile()

    assert all(line.id not in item.sighting_ids for item in every_item(digest))
    assert not any(
        "“Fine" in item.headline or item.body == "Wren Halvorsen said: “Fine.”" for item in every_item(digest)
    )
    notes = [x for x in digest.left_out if line.id in x.sighting_ids]
    assert [x.reason for x in notes] == ["bare line"], digest.left_out
    assert "a word or two of speech" in notes[0].note


def test_an_overheard_two_word_line_leads_no_item():
    night = Night()
    filler(night, 5, votes=6)
    line = night.spot(
        "Overheard by the bar:", by="Dot", at="21:30", quote="Not now.", quote_by="Wren Halvorsen", votes=30
    )

    digest = night.compile()

    assert all(line.id not in item.sighting_ids for item in every_item(digest))


def test_a_bare_line_is_still_told_in_the_item_of_its_moment():
    night = Night()
    filler(night, 5, votes=6)
    act = night.spot(
        "Wren Halvorsen walked off stage mid-speech and handed the microphone to the harpist",
        who=["Wren Halvorsen"],
        by="Bo",
        at="21:29",
        votes=8,
    )
    line = _bare(night)

    item = item_with(night.compile(), act)

    assert item.body.startswith("Wren Halvorsen walked off stage"), item.body
    assert line.id in item.sighting_ids, item


def test_a_pinned_bare_line_still_leads():
    night = Night()
    filler(night, 5, votes=6)
    line = _bare(night, votes=2)
    night.pin(line)

    assert line.id in night.compile().items[0].sighting_ids


def test_a_line_of_three_words_or_a_note_with_an_act_is_not_bare():
    night = Night()
    three = night.spot("Wren.", by="Dot", at="21:30", quote="Not tonight, darling", quote_by="Wren Halvorsen")
    act = night.spot(
        "Wren Halvorsen shrugged at the host", by="Eli", at="22:30", quote="Fine", quote_by="Wren Halvorsen"
    )

    digest = night.compile()
    told = {i for item in every_item(digest) for i in item.sighting_ids}

    assert {three.id, act.id} <= told  # (a line, and an act with its word: each an item of its own)


def test_a_note_whose_verb_follows_a_tagged_name_is_an_act_not_a_bare_line() -> None:
    # ("Gaga lit a cigarette for Adele" with “Need it?”: "lit" is a verb only after a name, and "Gaga" is Lady Gaga's;
    # read as a frame, the night's only sighting left an empty digest and the e2e export had no item to credit)
    from tests.digest.factory import Night

    night = Night()
    night.spot("Gaga lit a cigarette for Adele", who=["Lady Gaga", "Adele"], quote="Need it?")
    digest = night.compile()
    assert [item.headline for item in digest.items] == ["Lady Gaga Lights a Cigarette for Adele"]
    assert digest.left_out == []
