"""Someone chat calls by a handle no roster holds and nobody introduced (issue 11, round 9): the headline never names
them; the body introduces them by what the reports say they are. Every night here is invented."""

from __future__ import annotations

from .test_digest_name_style import _item

_KARIM = [("Karim Abou Zeid", ("Karim",))]


def test_a_handle_with_a_role_heads_by_the_role_and_the_body_introduces_it():
    headline, body = _item(
        _KARIM,
        "Karim Abou Zeid sat on a plastic chair in the car park while Bozo shaved off his beard with a borrowed "
        "razor. The crew counted down the last strokes.",
        "Bozo is his cousin from Alexandria and finished the shave to a standing ovation.",
    )
    assert "Bozo" not in headline, headline
    assert headline.startswith("Karim Abou Zeid's Cousin Shaves Off His Beard"), headline
    assert "while his cousin Bozo shaved off his beard" in body, body


def test_a_handle_nobody_explains_never_heads_the_item():
    headline, body = _item(
        _KARIM,
        "Bozo shaved off Karim Abou Zeid's beard in the car park with a borrowed razor while the crew cheered.",
        "Karim walked back in clean-shaven to a standing ovation, and Bozo took a bow.",
    )
    assert "Bozo" not in headline, headline
    assert body.startswith("Bozo shaved off Karim Abou Zeid's beard"), body  # (nothing to say of him: as written)


def test_a_report_that_introduces_the_handle_is_left_as_written():
    headline, body = _item(
        _KARIM,
        "Karim Abou Zeid handed the razor to the barber, Dennis, in the car park and sat down for the shave. Dennis "
        "had brought his own towel.",
    )
    assert "the barber, Dennis," in body and "the barber the barber" not in body, body
    assert "Dennis" not in headline, headline


def test_capitalised_words_that_are_no_handles_are_left_alone():
    headline, body = _item(
        [("Imogen Achterberg", ())],
        "Imogen Achterberg lost Best Actress and walked into the Circle Bar carrying a sheet cake. Photographers "
        "begged her to cut it. She elbowed the Pemberton kestrel off the table.",
    )
    assert "someone" not in (headline + body).lower(), (headline, body)
    assert "Pemberton kestrel" in body, body


def test_a_report_that_says_who_the_handle_is_is_told_as_written_and_heads_by_the_role():
    for typed, kept in (
        ("while Bozo, his cousin, shaved off his beard with a borrowed razor.", "while Bozo, his cousin, shaved"),
        ("while Bozo shaved off his beard with a borrowed razor. Bozo is his cousin.", "while Bozo shaved"),
    ):
        headline, body = _item(_KARIM, "Karim Abou Zeid sat on a plastic chair in the car park " + typed)
        assert headline.startswith("Karim Abou Zeid's Cousin Shaves Off His Beard"), headline
        assert kept in body and "cousin Bozo" not in body, body


def test_a_second_person_in_a_headline_is_named_in_full_where_it_fits_as_the_subject_is():
    headline, body = _item(
        [("Renée Falque", ()), ("Caio Ferraz", ())],
        "Renée Falque told the press room she won't sit at Caio Ferraz's table after the seating plan leaked.",
        who=["Renée Falque", "Caio Ferraz"],
    )
    assert headline.startswith("Renée Falque") and "Caio Ferraz's Table" in headline, headline  # (≤ 75 characters)
    assert "Caio Ferraz's table" in body, (headline, body)
    headline, _ = _item(
        [("Grete Strauß", ()), ("Mayella Quintero-Roux", ())],
        "Grete Strauß and Mayella Quintero-Roux swapped shoes in the wings before the last number.",
        who=["Grete Strauß", "Mayella Quintero-Roux"],
    )
    assert headline.startswith("Grete Strauß and Mayella Quintero-Roux Swap"), headline  # one subject: both in full
