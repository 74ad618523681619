"""The forms reporters type that a copy desk knows: abbreviations and numbered forms that are not the end of a
sentence, award label lines, verbless shorthand, source labels, headline tense."""

from __future__ import annotations

import pytest

from bot.digest.headlines import sentences, write_headline


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The stage manager handed Rosa Delgado the key to the No. 1 dressing room. She cried.",
            ["The stage manager handed Rosa Delgado the key to the No. 1 dressing room.", "She cried."],
        ),
        (
            "Dr. Amos Reed vs. Mr. Lo, approx. 3 rounds. St. Mary's won.",
            ["Dr. Amos Reed vs. Mr. Lo, approx. 3 rounds.", "St. Mary's won."],
        ),
        (
            "J. R. Okoye came in at 7 p.m. and sat down. At 9 p.m. She left.",
            ["J. R. Okoye came in at 7 p.m. and sat down.", "At 9 p.m.", "She left."],
        ),
        (
            "Mrs. Ode and Ms. Fenn left. Ana said no. Then she stayed.",
            ["Mrs. Ode and Ms. Fenn left.", "Ana said no.", "Then she stayed."],
        ),
    ],
)
def test_a_sentence_never_ends_at_an_abbreviation_or_a_numbered_form(text, said):
    assert sentences(text) == said


def test_a_headline_is_never_cut_at_the_full_stop_of_no_1():
    written = write_headline(
        "The stage manager handed Rosa Delgado the key to the No. 1 dressing room and she cried.",
        names=["Rosa Delgado"],
        lead="Rosa Delgado",
    )

    assert not written.endswith(("No", "No."))
    assert "No. 1 Dressing Room" in written
