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
