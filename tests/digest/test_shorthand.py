"""Notes typed as fragments, unfolded into sentences (`bot.digest.shorthand`)."""

from bot.digest.shorthand import unfolded


def test_a_room_before_its_verb_is_given_its_article_and_the_past():
    assert unfolded("crowd sings along") == "The crowd sang along"


def test_a_pronoun_opening_a_note_is_never_given_an_article():
    # (a look-back of "no eye contact. neither stops." printed "The neither stopped.")
    for note in ("neither stops.", "nobody moves.", "none leave.", "each bows.", "someone laughs."):
        assert not unfolded(note).lower().startswith("the "), note
