"""How a headline names people and reaches its length (issue 11, round 10, dhead13): a long or titled name is first
name and family name, a generational suffix never a comma before the verb, the second person named in full where
the headline fits, else by the role the night gives them. Every night here is invented."""

from __future__ import annotations

import pytest

from bot.digest.cutting import without_padding
from bot.digest.headline_names import headline_name

from .test_digest_name_style import _item


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Prof. Dr. Ilse Marta Varga-Lindqvist", "Ilse Varga-Lindqvist"),  # titles dropped, first + last
        ("Sir Anthony Baptiste Okafor-Reyes", "Sir Anthony Okafor-Reyes"),  # the title the body names him by stays
        ("Annika Maria Sofia Lindqvist", "Annika Lindqvist"),  # four words
        ("María José Hernández López", "María José Hernández"),  # two Spanish surnames: the first
        ("Luc Perrin, fils", "Luc Perrin Jr."),  # never "Luc Perrin, fils Orders …"
        ("Luc Perrin, père", "Luc Perrin Sr."),
        ("Amos Dube, Jr.", "Amos Dube Jr."),
        ("Lene Marie Johannessen", "Lene Marie Johannessen"),  # three words, no title: as the roster spells it
        ("Sir Ambrose Kettering", "Sir Ambrose Kettering"),
        ("Vivienne, Duchess of Deptford", "Vivienne, Duchess of Deptford"),
        ("Famke van der Berg", "Famke van der Berg"),
    ],
)
def test_a_headline_names_a_long_or_titled_name_by_first_and_family_name(name, shown):
    assert headline_name(name) == shown


def test_a_long_titled_name_heading_an_item_is_first_and_family_name():
    headline, _ = _item(
        [("Prof. Dr. Ilse Marta Varga-Lindqvist", ("Ilse",))],
        "Prof. Dr. Ilse Marta Varga-Lindqvist climbed onto the bar and conducted the whole lobby through the "
        "national anthem with a breadstick.",
    )
    assert headline.startswith("Ilse Varga-Lindqvist Conducts"), headline
    assert "Prof" not in headline and "Marta" not in headline, headline
    # the clause is cut to fit with the name as the headline prints it: what she conducted them through fits
    assert headline.endswith("Through the National Anthem"), headline


def test_a_son_alone_is_named_with_his_suffix_and_no_comma_before_the_verb():
    headline, _ = _item(
        [("Luc Perrin, fils", ("Luc",))],
        "Luc Perrin, fils, ordered two gin-tonics for the whole string section and paid with his prize money.",
    )
    assert headline.startswith("Luc Perrin Jr. Orders"), headline
    assert ", fils" not in headline, headline


def test_a_father_and_son_in_one_headline_are_the_son_and_his_father():
    headline, _ = _item(
        [("Luc Perrin, fils", ("Luc",)), ("Luc Perrin, père", ())],
        "Luc Perrin, fils, walked up to Luc Perrin, père, at the bar and handed him the Best Newcomer statuette.",
        who=["Luc Perrin, fils", "Luc Perrin, père"],
    )
    assert headline.startswith("Luc Perrin "), headline
    assert "His Father" in headline and "père" not in headline and "Sr." not in headline, headline
    assert "Jr." not in headline, headline  # ("Luc Perrin and His Father …")


def test_the_second_person_is_named_in_full_when_the_headline_fits():
    headline, _ = _item(
        [("Ada Lind", ()), ("Tomas Reyes", ())],
        "Ada Lind gave Tomas Reyes her statue in the car park after the ceremony.",
        who=["Ada Lind", "Tomas Reyes"],
    )
    assert headline.startswith("Ada Lind Gives Tomas Reyes Her Statue"), headline
    assert len(headline) <= 75, headline


_LONG = [("Wilhelmina Castellanos-Oyelaran", ()), ("Bartholomew Achterberg-Nkemelu", ())]


def test_a_second_person_whose_full_name_overruns_is_named_by_the_role_the_night_gives_else_the_surname():
    headline, _ = _item(
        _LONG,
        "Wilhelmina Castellanos-Oyelaran handed her award to the stage manager Bartholomew Achterberg-Nkemelu "
        "outside in the rain.",
        who=[n for n, _ in _LONG],
    )
    assert headline == "Wilhelmina Castellanos-Oyelaran Hands Her Award to the Stage Manager", headline
    headline, _ = _item(
        _LONG,
        "Wilhelmina Castellanos-Oyelaran handed her award to Bartholomew Achterberg-Nkemelu outside in the rain.",
        who=[n for n, _ in _LONG],
    )
    # whom she gave it to is never cut off for its length ("… Hands Her Award")
    assert headline == "Wilhelmina Castellanos-Oyelaran Hands Her Award to Achterberg-Nkemelu", headline


@pytest.mark.parametrize(
    ("headline", "told"),
    [
        ("Ada Roe Hugs Pip Lane for a Long Time", "Ada Roe Hugs Pip Lane"),
        ("Ada Roe Dances for About Ten Minutes", "Ada Roe Dances"),
        ("Ada Roe Waits for the Lift", "Ada Roe Waits for the Lift"),  # whom or what it was for stays
    ],
)
def test_how_long_an_act_lasted_is_no_length_a_headline_earns(headline, told):
    assert without_padding(headline) == told


def test_a_short_headline_is_lengthened_with_the_next_act_never_with_how_long():
    headline, _ = _item(
        [("Ada Roe", ()), ("Pip Lane", ())],
        "Ada Roe hugged Pip Lane for a long time, took off her own gold earrings and put them on Pip.",
        who=["Ada Roe", "Pip Lane"],
    )
    assert "Earrings" in headline and "Long Time" not in headline, headline
    headline, _ = _item(
        [("Ada Roe", ())],
        "Ada Roe danced for about ten minutes, kicked off her shoes and led the conga line out of the fire exit.",
    )
    # (the shoes kicked off only free her for the conga: the list's last act is the point, round 12)
    assert headline == "Ada Roe Leads the Conga Line Out of the Fire Exit", headline
    headline, _ = _item(  # "She then …": the subject's next act, not a reply of the person she hugged
        [("Ada Roe", ()), ("Pip Lane", ())],
        "Ada Roe hugged Pip Lane for a long time. She then took off her own gold earrings and put them on Pip.",
        who=["Ada Roe", "Pip Lane"],
    )
    assert "Earrings" in headline and "Long Time" not in headline and len(headline) <= 75, headline


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Mira Solis won Révélation de l'Année and carried it round the foyer on her head.", "Révélation de l'Année"),
        ("Mira Solis toasted Lancelot du Lac at the bar with a pint of stout.", "Lancelot du Lac"),
        ("Mira Solis carried Famke van der Berg piggyback across the flooded car park.", "Famke van der Berg"),
        ("Mira Solis sang Águas de Março with the whole brass section on the fire escape.", "Águas de Março"),
    ],
)
def test_particles_of_other_languages_stay_lower_case_inside_a_name_or_title(typed, kept):
    headline, _ = _item([("Mira Solis", ())], typed)
    assert kept in headline, headline


def test_an_english_word_between_capitals_is_title_case_as_any_other():
    headline, _ = _item(
        [("Ada Lind", ()), ("Tomas Reyes", ())],
        "Ada Lind gave Tomas Reyes her Best Director statue in the car park after the ceremony.",
        who=["Ada Lind", "Tomas Reyes"],
    )
    assert "Tomas Reyes Her Best Director Statue" in headline, headline  # never "Reyes her Best"


def test_both_people_of_a_headline_are_named_the_same_way():
    # the night calls her "Shiru" (a handle) and writes her roster name too: beside Nekesa Wafula in full, she is
    # Wanjiru Kamau, never "Shiru Hugs Wafula" nor "Shiru Hugs Nekesa Wafula"
    headline, _ = _item(
        [("Wanjiru Kamau", ("Shiru",)), ("Nekesa Wafula", ())],
        "Shiru hugged Nekesa Wafula in the wings after their last duet.",
        "Shiru, Wanjiru Kamau to the programme, was still crying at the bar.",
        "Shiru and Wafula sang the encore together, Wanjiru Kamau said it was their last.",
        who=["Wanjiru Kamau", "Nekesa Wafula"],
    )
    assert headline.startswith("Wanjiru Kamau Hugs Nekesa Wafula"), headline
