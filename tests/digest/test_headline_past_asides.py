"""A movement's next legs and an aside about where it ended never hide the act after them (`payoff.
later_event_past_asides`, `options._past_asides`): the headline tells what was done there, and a "her" or "his"
after an aside about someone is theirs."""

from __future__ import annotations

import pytest

from bot.digest.headlines import write_headline


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Right after the result, Ines Varga walked off the stage, across the pit to row 9 and put her statuette "
            "in her father's lap, as she had said she would.",
            ["Ines Varga"],
            "Ines Varga Puts Her Statuette in Her Father's Lap",
        ),
        (
            "Oskar Lind went straight to the loading bay, where his old drum teacher had waited all night, and put "
            "the trophy in his hands.",
            ["Oskar Lind"],
            "Oskar Lind Puts the Trophy in His Old Drum Teacher's Hands",
        ),
        (
            "Mara Quist walked back to the bar, where Lene Holm had been sitting alone, and put the medal around her "
            "neck.",
            ["Mara Quist", "Lene Holm"],
            "Mara Quist Puts the Medal Around Lene Holm's Neck",
        ),
    ],
)
def test_the_act_after_a_route_or_an_aside_heads_the_moment(text: str, names: list[str], expected: str) -> None:
    assert write_headline(text, names=names, lead=names[0]) == expected


def test_a_her_after_an_aside_about_two_people_is_never_guessed() -> None:
    text = "Tove Brink walked to the bar, where Ana Ruiz and Bo Lind sat, and put the medal in her hands."
    headline = write_headline(text, names=["Tove Brink", "Ana Ruiz", "Bo Lind"], lead="Tove Brink")
    assert "Her Hands" not in headline
