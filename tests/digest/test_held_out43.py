"""Causes found in round 43, from a held-out night (a gala on a windy night in a walled city): one gust at the stage
door reported in English, Maltese and Italian, tagged each time with someone else, the Italian report eight minutes
after the English one and filed from the street the English one names in its place ("Old Mint Street", "Stage door,
Old Mint Street"); and a pinned band moment whose report names the stage manager before the bandmaster whose line it
quotes, so the stage manager's own bigger moment (the gust) was told as its look back. Every name and sentence is
invented."""

from __future__ import annotations

from bot.digest.places import same_place
from bot.digest.things import thing_of

from .factory import Night, filler, item_with


def test_a_thing_named_in_other_languages_is_one_thing() -> None:
    assert thing_of("buste") == thing_of("envelop") == thing_of("koperty") == "#envelope"
    assert thing_of("scirocco") == thing_of("gust") == thing_of("xlokk") == "#wind"
    assert thing_of("sobre") is None  # (Spanish for "about": a word of every sentence, never a thing)
    assert thing_of("door") is None  # (a place's word: `places` reads it)


def test_a_place_named_whole_inside_another_is_the_same_place() -> None:
    assert same_place("Stage door, Ropewalk Lane", "Ropewalk Lane")
    assert same_place("Ropewalk Lane", "Ropewalk Lane, by the stage door")
    assert not same_place("Main stage", "Main stage wings")  # (nothing but things: not a name of its own)
    assert not same_place("Table 4", "Table 4, bar")


def _gust(night: Night, italian_place: str) -> tuple[object, object]:
    filler(night, 4)
    english = night.spot(
        "A gust of wind blew the stage door open and scattered the winners' envelopes across Ropewalk Lane. The "
        "floor manager Ivo Marsh ran out after them.",
        who=["Ivo Marsh"],
        at="21:08",
        votes=60,
        by="Kev",
        where="Stage door, Ropewalk Lane",
    )
    italian = night.spot(
        "Vento alla porta del palcoscenico: le buste dei vincitori volate in strada. Lia Conti, che doveva "
        "consegnare il Miglior Film, è corsa fuori sui tacchi e ha ripreso la sua busta dal vetturino.",
        who=["Lia Conti"],
        at="21:16",
        votes=170,
        by="Lucia",
        where=italian_place,
        quote="Whoever wins tonight owes that horse a carrot.",
        quote_by="Lia Conti",
    )
    return english, italian


def test_one_gust_told_in_english_and_eight_minutes_later_in_italian_is_one_item() -> None:
    night = Night()
    english, italian = _gust(night, "Ropewalk Lane")
    item = item_with(night.compile(), italian)  # type: ignore[arg-type]
    assert english.id in item.sighting_ids, item  # type: ignore[attr-defined]
    # the English report tells what happened; the Italian one gives its English line
    assert "envelopes" in item.body and "owes that horse a carrot" in item.body, item.body


def test_the_same_things_from_another_place_eight_minutes_later_are_another_moment() -> None:
    night = Night()
    english, italian = _gust(night, "Foyer bar")
    item = item_with(night.compile(), italian)  # type: ignore[arg-type]
    assert english.id not in item.sighting_ids, item  # type: ignore[attr-defined]


def test_a_stage_manager_named_first_in_the_bandmasters_moment_keeps_his_own_item() -> None:
    night = Night()
    filler(night, 4)
    gust = night.spot(
        "A gust of wind blew the stage door open and scattered the winners' envelopes across Ropewalk Lane. The "
        "floor manager Ivo Marsh ran out after every one of them and had them back before the next award.",
        who=["Ivo Marsh"],
        at="21:08",
        votes=280,
        by="Kev",
        where="Stage door",
    )
    band = night.spot(
        "In Memoriam had just begun inside when the town band's march reached the corner at full blast. Ivo Marsh "
        "ran out in his headset. Bandmaster Nello Farrugia listened, lowered the baton, and the band played a "
        "funeral march, soft, until the last name was read.",
        who=["Nello Farrugia", "Ivo Marsh"],
        at="21:52",
        votes=240,
        by="Sam",
        where="Corner of Theatre Street",
        quote="For the dead we always play slow.",
        quote_by="Nello Farrugia",
    )
    night.pin(band)
    digest = night.compile()
    assert gust.id not in item_with(digest, band).sighting_ids
    assert "envelopes" in item_with(digest, gust).body
