"""One moment told by several correspondents in several languages, with the names in the text rather than in
`who`, places written in each language, minutes apart: one moment, credited to everyone who reported it, and
counted as corroboration though only the English report is printed. A loud report of the moment that its
author retracted does not keep the others apart."""

from __future__ import annotations

import pytest

from bot.digest.builder import Night as Clustered
from bot.digest.language import OTHER_SCRIPT, language_of
from bot.digest.night import candidates, prepare
from bot.digest.places import other_place, same_place
from bot.models import SightingStatus

from .factory import END, Night, every_item, filler, item_with


def moments_of(night: Night) -> dict[int, set[int]]:
    """Sighting id -> the ids of the moment it belongs to."""
    reports, book = prepare(candidates(night.show, night.sightings, END), night.curations, night.roster)
    clustered = Clustered(reports, book)
    return {r.sighting.id: {x.sighting.id for x in clustered.moment(r.index).reports} for r in reports}


def _three_reporters(night: Night, *, japanese_at: str = "21:11"):
    english = night.spot(
        "Rosalind Achterberg and Tomasz Wiercinski swapped jackets at the top of the press stairs before the photos",
        who=["Rosalind Achterberg", "Tomasz Wiercinski"],
        by="Amy",
        at="21:02",
        where="Press stairs",
        quote="His fits me better, honestly.",
        quote_by="Rosalind Achterberg",
        votes=25,
    )
    french = night.spot(
        "Rosalind Achterberg et Tomasz Wiercinski ont échangé leurs vestes en haut de l'escalier, fous rires garantis.",
        who=["Tomasz Wiercinski"],
        by="Claire",
        at="21:07",
        where="Escalier de la presse",
        votes=3,
    )
    japanese = night.spot(
        "プレス階段でRosalind AchterbergとTomasz Wiercinskiがジャケットを交換した。会場は大笑い。",
        by="Kenji",
        at=japanese_at,
        where="プレス階段",
        votes=1,
    )
    return english, french, japanese


def test_a_japanese_report_writing_the_names_in_latin_letters_is_not_english():
    text = "プレス階段でRosalind AchterbergとTomasz Wiercinskiがジャケットを交換した。会場は大笑い。"

    assert language_of(text) == OTHER_SCRIPT


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("Salle de presse", "Press room"),
        ("Escalier de la presse", "Press stairs"),
        ("プレス階段", "Press stairs"),
        ("Palco", "Main stage"),
        ("Cucina", "Kitchen"),
        ("Foyer", "Lobby"),
        ("Pontile del Casinò", "Casino jetty"),
        ("Plage", "Beach"),
        ("Persruimte", "Press room"),  # Dutch, one word (round 31's Amsterdam night)
        ("Coulissen", "Wings"),
    ],
)
def test_a_place_written_in_another_language_is_the_same_place(here, there):
    assert same_place(here, there)


@pytest.mark.parametrize(
    ("here", "there"),
    [("Press room", "Press stairs"), ("Table 4", "Table 12"), ("Marlowe Suite", "Main stage"), ("Jetty", "Beach")],
)
def test_places_naming_other_things_are_not_the_same_place(here, there):
    assert not same_place(here, there)


def test_a_kitchen_and_a_stage_are_plainly_other_places_but_an_unknown_name_is_not():
    assert other_place("Cucina", "Main stage")
    assert not other_place("Marlowe Suite", "Main stage")


def test_one_moment_in_english_french_and_japanese_is_one_item_credited_to_all_three():
    night = Night()
    filler(night, 8, votes=2)
    english, french, japanese = _three_reporters(night)

    digest = night.compile()
    item = item_with(digest, english)

    assert item is item_with(digest, french) is item_with(digest, japanese)
    assert item.reporters == ["Amy", "Claire", "Kenji"]
    assert "échang" not in item.body and "交換" not in item.body  # printed in English only


def test_reports_in_other_languages_count_as_corroboration_of_the_moment():
    alone, told = Night(), Night()
    filler(alone, 8, votes=2)
    filler(told, 8, votes=2)
    _three_reporters(told)
    alone.spot(
        "Rosalind Achterberg and Tomasz Wiercinski swapped jackets at the top of the press stairs before the photos",
        who=["Rosalind Achterberg", "Tomasz Wiercinski"],
        by="Amy",
        at="21:02",
        where="Press stairs",
        quote="His fits me better, honestly.",
        quote_by="Rosalind Achterberg",
        votes=25,
    )

    assert told.compile().items[0].score >= alone.compile().items[0].score + 2  # two more correspondents


def test_a_report_in_another_language_naming_the_same_two_at_the_same_place_ten_minutes_on_is_the_same_moment():
    night = Night()
    english, _, japanese = _three_reporters(night, japanese_at="21:12")

    assert japanese.id in moments_of(night)[english.id]


def test_a_report_in_another_language_a_quarter_of_an_hour_later_is_not_the_same_moment():
    night = Night()  # (the payoff of a deal, reported from the press room: another beat, not a retelling)
    english, french, japanese = _three_reporters(night, japanese_at="21:17")
    night.sightings.remove(french)

    assert japanese.id not in moments_of(night)[english.id]


def test_a_report_in_another_language_from_a_plainly_other_place_minutes_later_is_another_moment():
    night = Night()
    english = night.spot(
        "Rosalind Achterberg and Tomasz Wiercinski swapped jackets at the top of the press stairs",
        who=["Rosalind Achterberg", "Tomasz Wiercinski"],
        by="Amy",
        at="21:02",
        where="Press stairs",
    )
    kitchen = night.spot(
        "Rosalind Achterberg et Tomasz Wiercinski goûtent les desserts en cuisine avec le chef.",
        by="Claire",
        at="21:09",
        where="Cuisine",
    )

    assert kitchen.id not in moments_of(night)[english.id]


def test_an_untagged_report_naming_one_person_from_the_same_place_in_its_own_language_is_the_same_moment():
    night = Night()
    english = night.spot(
        "Luca Ferrante stepped onto the trapdoor mid-bow and dropped half a metre before the lift caught him",
        who=["Luca Ferrante"],
        by="Ben",
        at="21:36",
        where="Stage",
        votes=8,
    )
    italian = night.spot(
        "Luca Ferrante è sprofondato nella botola del palco durante l'inchino, poi è risalito ridendo.",
        by="Giulia",
        at="21:33",
        where="Palco",
        votes=5,
    )

    assert italian.id in moments_of(night)[english.id]


def test_a_retracted_shouting_report_of_a_moment_does_not_keep_its_other_reports_apart():
    night = Night()
    filler(night, 8, votes=3)
    night.spot(
        "LUCA FERRANTE JUST FELL THROUGH THE STAGE TRAPDOOR!!! HE IS GONE!!!",
        who=["Luca Ferrante"],
        by="Amy",
        at="21:30",
        where="Main stage",
        votes=20,
        status=SightingStatus.RETRACTED,
    )
    italian = night.spot(
        "Luca Ferrante è sprofondato nella botola del palco durante l'inchino, poi è risalito ridendo.",
        by="Giulia",
        at="21:33",
        where="Palco",
        votes=5,
    )
    english = night.spot(
        "Luca Ferrante stepped onto the trapdoor mid-bow and dropped half a metre before the lift caught him; he "
        "climbed out grinning.",
        who=["Luca Ferrante"],
        by="Ben",
        at="21:36",
        where="Stage",
        votes=8,
    )
    japanese = night.spot(
        "Luca Ferranteがお辞儀の最中に舞台の落とし戸から落ちたが、笑いながら出てきた。",
        who=["Luca Ferrante"],
        by="Kenji",
        at="21:38",
        where="舞台",
        votes=4,
    )

    digest = night.compile()
    item = item_with(digest, english)

    assert item is item_with(digest, italian) is item_with(digest, japanese)
    assert sorted(item.reporters) == ["Ben", "Giulia", "Kenji"]
    assert sum("Luca Ferrante" in i.people for i in every_item(digest)) == 1
    assert "GONE" not in item.body.upper().split()


def test_untagged_reports_in_two_languages_from_one_place_sharing_a_word_written_alike_are_one_moment():
    night = Night()
    caps = night.spot(
        "THE CONFETTI CANNON JUST WENT OFF EARLY IN THE ATRIUM!!! DURING THE DRINKS!!!",
        by="Cho",
        at="19:50",
        where="Atrium",
    )
    french = night.spot(
        "Le canon à confettis est parti trop tôt dans l'atrium, tout le monde est couvert de paillettes.",
        by="Lucie",
        at="19:52",
        where="Atrium",
    )

    assert french.id in moments_of(night)[caps.id]


def test_a_short_word_in_common_at_the_same_place_does_not_make_untagged_reports_one_moment():
    night = Night()
    quote = night.spot(
        "Overheard at the bar", by="Ollie", at="22:48", where="VIP lounge", quote="Drink your water, baby.", votes=30
    )
    ice = night.spot("Se acabó el hielo en el bar", by="Rosa", at="22:47", where="VIP lounge")

    assert ice.id not in moments_of(night)[quote.id]


def test_two_correspondents_minutes_apart_at_one_place_named_in_two_languages_tell_one_moment():
    """The same person, two minutes apart, at the terrace written in Italian and in English, one word in common:
    one moment, told once (before, two places spelt differently needed three words in common, and the item
    told the climb a second time as "Later, …")."""
    night = Night()
    night.spot(
        "TERRAZZA: Okwu up on the railing. Shoes off, statuette over his head. 2 guards pull him down. Crowd roaring.",
        who=["Femi Okwu"],
        by="Ruta",
        at="23:03",
        where="Terrazza",
        votes=120,
    )
    night.spot(
        "Femi Okwu has just climbed onto the terrace railing in his socks, as he promised, award held high. "
        "Security talked him down after a minute.",
        who=["Femi Okwu"],
        by="Kofi",
        at="23:05",
        where="Terrace",
        votes=80,
    )

    digest = night.compile()

    (item,) = digest.items
    assert item.body.count("railing") == 1
