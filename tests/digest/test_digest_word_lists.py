"""Each word list is written once (bot/digest/lexicon.py, verbs.py) and every rule that reads it knows all its words:
a relative the pronoun rule knows ("her granny", "his fiancée") is one the apposition rule knows too."""

from __future__ import annotations

import pytest

from bot.digest.pronouns import kin_for
from bot.digest.relatives import apposed_relatives


@pytest.mark.parametrize("relation", ["granny", "nana", "auntie"])
def test_a_relative_the_pronoun_rule_knows_is_given_her_name_in_apposition(relation):
    text = (
        f"Lena Arden won Best Newcomer. Lena Arden's {relation} was crying in row C. Selma Arden said she had driven"
        " nine hours."
    )

    assert apposed_relatives(text, ["Lena Arden", "Selma Arden"]) == (
        f"Lena Arden won Best Newcomer. Lena Arden's {relation}, Selma Arden, was crying in row C. She said she had"
        " driven nine hours."
    )


def test_a_relative_written_with_its_accent_is_whom_the_next_pronoun_may_stand_for():
    assert kin_for("her", ["with", "his", "fiancée"]) and kin_for("him", ["her", "fiancé"])
