"""Where a setup is told in the lead moment's paragraph (`beats._with_setup`)."""

from __future__ import annotations

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


def test_a_setup_without_a_line_still_comes_before_the_lead_moments_line():
    setup = "It began earlier, when Pryce stopped the soundcheck to pull a nervous fan onstage."

    told, _ = _with_setup(WIN, [setup])

    assert told.index("It began earlier") < told.index("“We did it, Sam,”")
