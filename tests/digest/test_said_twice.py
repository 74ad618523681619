"""A line in another language told once, with the reporter's English for it as its meaning (`said_twice`; night:
tests/scenarios/pasted_notes_night.yaml)."""

from __future__ import annotations

from bot.digest.said_twice import with_gist, without_gist

from .factory import Night, item_with


def test_the_reporters_english_for_a_line_is_its_meaning_not_a_sentence_before_it():
    night = Night()
    s = night.spot(
        "Ramón Ortiz kissed his trophy at the side stage. "
        "He said it would go on the mantel beside his mother's picture.",
        who=["Ramón Ortiz"],
        quote="Va junto a la foto de mi madre",
        quote_by="Ramón Ortiz",
        votes=9,
    )
    body = item_with(night.compile(), s).body
    assert "He said it would go" not in body, body
    assert (
        "“Va junto a la foto de mi madre” (it would go on the mantel beside his mother's picture), Ortiz said." in body
    )


def test_only_the_speakers_own_speech_just_before_is_taken():
    text = "Ortiz kissed his trophy. Lena said it would look good on the shelf."
    assert without_gist(text, "Ramón Ortiz") == (text, None)
    act = "Salles said yes without taking her headset off, then sent everyone back."
    assert without_gist(act, "Jurema Salles") == (act, None)
    assert without_gist("Ortiz said it would go on the shelf.", "Ramón Ortiz") == ("", "it would go on the shelf")
    assert with_gist("“Va junto a la foto,” Ortiz said.", "it goes by the photo") == (
        "“Va junto a la foto” (it goes by the photo), Ortiz said."
    )
