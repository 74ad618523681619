"""A setup told in the past perfect (`bot.digest.flashback`): its first verb only, and never a verb it cannot read."""

from __future__ import annotations

import pytest

from bot.digest.beats import _with_setup
from bot.digest.flashback import had_done_then, in_flashback, named_back_then, pluperfect


@pytest.mark.parametrize(
    ("setup", "told"),
    [
        (
            "It began hours earlier, when Shazo told the courtyard that if “Paper Boat” won, he would sing.",
            "Hours earlier, Shazo had told the courtyard that if “Paper Boat” won, he would sing.",
        ),
        (  # "was" + -ing: the past perfect continuous
            "It began earlier that night at the back row, when a woman in a green shawl was holding up a sign.",
            "Earlier that night at the back row, a woman in a green shawl had been holding up a sign.",
        ),
        ("It began earlier, when the two were seated together.", "Earlier, the two had been seated together."),
        ("It began earlier, when Mina rang the bell.", "Earlier, Mina had rung the bell."),  # an irregular participle
        ("It began earlier, when Mina ran out.", "Earlier, Mina had run out."),  # (the tables list no "run")
        ("It began earlier, when the family went home.", "Earlier, the family had gone home."),  # "family" no adverb
        (  # (was "She had been not on the presenter list": the sweep)
            "It began earlier, when she was not on the presenter list.",
            "Earlier, she had not been on the presenter list.",
        ),
        ("It began earlier, when the stairs were still wet.", "Earlier, the stairs had still been wet."),
        (  # the predicates after it too (was "had looked at it, nodded once and went back": the final sweep)
            "It began earlier, when Vaughan looked at it, nodded once and went back to his phone.",
            "Earlier, Vaughan had looked at it, nodded once and gone back to his phone.",
        ),
        (  # (never another subject's verb: "the family got off")
            "It began earlier, when the bus pulled up and the family got off.",
            "Earlier, the bus had pulled up and the family got off.",
        ),
        (  # (was "the whole Ferriter had family been wearing")
            "It began earlier, when the whole Ferriter family were wearing green.",
            "Earlier, the whole Ferriter family had been wearing green.",
        ),
        (  # (was "Bell's whole had family been getting off it")
            "It began earlier, when Bell's whole family was getting off it.",
            "Earlier, Bell's whole family had been getting off it.",
        ),
        ("It began earlier, when the retired teacher rang it.", "Earlier, the retired teacher had rung it."),
        ("It began earlier, when Ola quietly told the bar.", "Earlier, Ola had quietly told the bar."),
        (  # (was "Finch's had retired music teacher rang")
            "It began hours earlier, when Finch's retired music teacher rang the box office.",
            "Hours earlier, Finch's retired music teacher had rung the box office.",
        ),
        (
            "It began earlier, when the twins' injured drummer turned up.",
            "Earlier, the twins' injured drummer had turned up.",
        ),
    ],
)
def test_a_setups_first_verb_is_put_in_the_past_perfect(setup, told):
    assert pluperfect(setup) == told


@pytest.mark.parametrize(
    "setup",
    [
        "It began earlier, when Pryce could not find his shoes.",  # a modal
        "It began earlier, when Pryce did not sing.",  # a negative
        "It began earlier, when Lo, who was tired, left.",  # a relative clause before the verb
        "It began minutes earlier, when Kroll said: “Ask me at nine.”",  # no verb read before the quote
        "It began minutes earlier: “Ask me at nine,” Kroll said.",  # not told "…, when …"
        "Earlier, Mina rang the bell.",
    ],
)
def test_a_setup_whose_verb_cannot_be_read_with_confidence_is_left_as_it_is(setup):
    assert pluperfect(setup) is None
    assert in_flashback(setup) == setup


def test_only_the_setup_sentence_of_a_paragraph_changes():
    paragraph = (
        "Ada Roe sang the lullaby in the foyer. It began hours earlier, when Roe told the press room she would. "
        "“I keep my word,” Roe said."
    )
    assert in_flashback(paragraph) == (
        "Ada Roe sang the lullaby in the foyer. Hours earlier, Roe had told the press room she would. "
        "“I keep my word,” Roe said."
    )


def test_the_setups_next_sentences_are_in_the_flashback_up_to_its_line():
    lead = "They split the last cup. “Half each,” Iqbal said."
    setup = (
        "It began earlier that night, when Iqbal and Shah were seated together. She turned her chair to face the "
        "stage. “Not him,” Iqbal said. She laughed."
    )
    told, _ = _with_setup(lead, [setup])
    # (was "… She turned her chair …" in the simple past after "Earlier that night, … had been seated")
    assert in_flashback(told) == (
        "They split the last cup. “Half each,” Iqbal said. Earlier that night, Iqbal and Shah had been seated "
        "together. She had turned her chair to face the stage. “Not him,” Iqbal said. She laughed."
    )


def test_a_sentence_told_after_the_setup_is_never_put_in_its_past_perfect():
    paragraph = (
        "Ansel Dray knocked on Ragna Holt's door with his trophy. It began hours earlier, when Dray promised on the "
        "carpet to bring it. Then she took him by the sleeve and pulled him inside. Holt laughed."
    )
    # (was "Then she had taken him by the sleeve": the next beat, told after the setup, read as part of it)
    assert in_flashback(paragraph) == (
        "Ansel Dray knocked on Ragna Holt's door with his trophy. Hours earlier, Dray had promised on the carpet to "
        "bring it. Then she took him by the sleeve and pulled him inside. Holt laughed."
    )
    assert had_done_then("Then she took him by the sleeve.") is None


def test_a_flashback_opening_on_he_names_the_one_man_of_the_story_it_can_be():
    people = [("Filip Vukić", "he"), ("Stipe Vukić", "he"), ("Ana Rot", "she")]
    paragraph = (
        "Filip Vukić stopped on the stairs and waved. Earlier that night, he had said that if Filip Vukić won, he "
        "would ring it twice."
    )
    # (was "he": the last man named was his grandson)
    assert named_back_then(paragraph, people) == (
        "Filip Vukić stopped on the stairs and waved. Earlier that night, Stipe Vukić had said that if Filip Vukić "
        "won, he would ring it twice."
    )
    two = [("Filip Vukić", "he"), ("Stipe Vukić", "he"), ("Ivo Rot", "he")]
    assert named_back_then(paragraph, two) == paragraph  # (either of two: as it is)
