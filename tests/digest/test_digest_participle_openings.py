"""A sentence that opens on several participles' phrases before its subject ("Having missed …, having been sent …,
and having been told …, Hany was finally handed …") is prose, told whole: never cut into "Then Having asked him for a
selfie." nor given a comma after "who"."""

from bot.digest.copyedit import tidy
from bot.digest.prose import reads_as_prose
from bot.digest.splices import unspliced

LONG_WAY_ROUND = (
    "Having missed his own category while stuck on the bridge, having then been sent by one guard to the river gate "
    "and by another back to the car park, and having been told by a third that the ceremony was over, Hany Nour was "
    "finally handed his Best Director statuette in the car park, by a stagehand who then asked him for a selfie."
)


def test_several_participle_phrases_before_the_subject_read_as_prose():
    assert reads_as_prose(LONG_WAY_ROUND)
    assert not reads_as_prose("Having lost the final, having cried, said nothing.")  # no subject after them


def test_a_long_sentence_opening_on_a_participle_is_not_cut_at_then():
    assert unspliced(LONG_WAY_ROUND) == LONG_WAY_ROUND


def test_then_after_who_gets_no_comma():
    assert "who then asked him" in tidy(LONG_WAY_ROUND)
