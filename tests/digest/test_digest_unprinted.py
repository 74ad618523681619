"""A quote the item had no room for is never dropped without a word (`bot.digest.unprinted`): a body keeps within
160 words, so a speech typed as a report's quote is not printed, and the editor's preview names the report and why."""

from __future__ import annotations

from bot.digest.unprinted import printed

from .factory import Night, filler, item_with

SPEECH = (
    "I want to thank the night porters at the foundry, who kept the kilns lit for a bell nobody had ordered yet, "
    "and my brother Tomas, who rang every test casting in a car park because the yard was flooded, "
    "and the organist in Vell who let me sit in the loft for eleven winters and never once asked me to leave, "
    "and the carter who hauled the first bell up three flights of stairs in the snow when the hoist was broken, "
    "and my teacher, who told me the tone was wrong and was right, and told me the shape was wrong and was wrong, "
    "and the ringer in Kiruna who wrote to say the bell had kept her company through the polar night, "
    "and finally my mother, who could not hear it, but who stood under the tower every Sunday, a hand on the stone."
)


def _night(quote: str) -> tuple[Night, int]:
    night = Night()
    filler(night, 4, votes=3)
    speech = night.spot(
        "Pell Oduya read her thank-you list off a till receipt that reached the floor",
        who=["Pell Oduya"],
        by="Ana",
        at="21:00",
        quote=quote,
        quote_by="Pell Oduya",
        votes=40,
    )
    return night, speech.id


def test_a_quote_too_long_for_its_item_is_named_in_the_preview():
    night, speech = _night(SPEECH)

    digest = night.compile()
    item = next(i for i in digest.items if speech in i.sighting_ids)

    assert "night porters" not in item.body  # (the writer keeps the body within 160 words)
    notes = [x for x in digest.left_out if x.sighting_ids == [speech]]
    assert [x.reason for x in notes] == ["quote not printed"], digest.left_out
    assert "its quote is too long" in notes[0].note and "quote:" in notes[0].note


def test_a_printed_quote_is_not_named():
    night, speech = _night("I want to thank the night porters at the foundry.")

    digest = night.compile()

    assert "“I want to thank the night porters at the foundry" in item_with(digest, night.sightings[-1]).body
    assert not [x for x in digest.left_out if speech in x.sighting_ids], digest.left_out


def test_a_quote_is_printed_when_its_opening_words_are_in_the_body():
    body = "Oduya read her list. “I want to thank the night porters at the foundry,” Oduya said."

    assert printed("I want to thank the night porters at the foundry", body)
    assert not printed(SPEECH.replace("I want", "We want"), body)
