"""Names and words a reader knows in a headline (issue 11, round 12, dhead15 item 4)."""

from __future__ import annotations

import pytest

from bot.digest.headlines import write_headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # a place name opened by a particle of another language: title case for the whole name
            "Ivo Dahl played a set at the bar en La Luna with the house band.",
            "Ivo Dahl Plays a Set at the Bar En La Luna With the House Band",
        ),
        (  # the reports' own spelling of a name between two capitalised words is kept
            "Ivo Dahl sang Garota de Ipanema at Café en Seine.",
            "Ivo Dahl Sings Garota de Ipanema at Café en Seine",
        ),
    ],
)
def test_a_particle_in_a_place_name_follows_one_casing(text, headline):
    assert write_headline(text, names=["Ivo Dahl"], lead="Ivo Dahl") == headline


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # "the madala" (isiZulu: the old man) is the moment's other person, whom the roster names
            "Rain put his own wristband on the madala's wrist. The old man cried.",
            ["Rain", "Mandla Sithole"],
            "Rain Puts His Own Wristband on Mandla Sithole's Wrist",
        ),
        (  # in English too
            "Rain hugged the old man by the bar.",
            ["Rain", "Mandla Sithole"],
            "Rain Hugs Mandla Sithole by the Bar",
        ),
        (  # nobody of the moment to name: as written
            "Rain hugged the old man for a long time by the bar.",
            ["Rain"],
            "Rain Hugs the Old Man for a Long Time by the Bar",
        ),
    ],
)
def test_an_elder_the_copy_calls_by_an_epithet_is_named(text, names, headline):
    assert write_headline(text, names=names, lead=names[0]) == headline
