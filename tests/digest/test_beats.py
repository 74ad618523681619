"""Where a setup is told in the lead moment's paragraph (`beats._with_setup`)."""

from __future__ import annotations

import pytest

from bot.digest.beats import _with_setup

WIN = (
    "Jonah Pryce won Song of the Year and rang his brother from the wings before walking up. “We did it, Sam,” he said."
)


def test_a_setup_with_a_line_of_its_own_comes_after_the_lead_moments_line():
    setup = (
        "It began earlier, when Pryce stopped the soundcheck to pull a nervous fan onstage. "
        "“Go on, it's your line,” Pryce said."
    )

    told, count = _with_setup(WIN, [setup])

    assert count == 1
    assert told.index("“We did it, Sam,”") < told.index("It began earlier")  # said at the win, not the soundcheck


def test_a_setup_comes_after_the_lead_moments_line_said_at_the_win():
    setup = "It began earlier, when Pryce stopped the soundcheck to pull a nervous fan onstage."

    told, _ = _with_setup(WIN, [setup])

    assert told.index("“We did it, Sam,”") < told.index("It began earlier")  # never read as said at the soundcheck


@pytest.mark.parametrize(
    ("lead", "setup"),
    [
        (  # the line names what only the setup tells
            "Mia Holt held up her award in the press room, tape and all. “Two statuettes now. Stereo,” Holt said.",
            "It began earlier, when stage manager Dev Rao taped Holt's snapped statuette back together.",
        ),
        (  # a line about keeping one's word
            "Juno Halloran shaved her head on stage. “A promise is a promise,” Halloran said.",
            "It began hours earlier, when Halloran told the bar she would shave her head on stage at eleven.",
        ),
    ],
)
def test_a_setup_comes_before_a_line_that_needs_it(lead, setup):
    told, _ = _with_setup(lead, [setup])

    assert told.index("It began") < told.index("“")


def test_a_title_in_quotation_marks_is_no_line_of_the_setups_own():
    lead = "Shahid Omer sang the title song of Paper Boat, flat by the second line. “I promised I'd sing,” Omer said."
    setup = "It began hours earlier, when Omer told the courtyard that if “Paper Boat” won, he would sing on stage."

    told, _ = _with_setup(lead, [setup])

    # (was after the line: the title's quotation marks read as a line the setup says itself, and the line that keeps
    # the promise was printed before the promise)
    assert told.index("It began hours earlier") < told.index("“I promised I'd sing,”"), told
