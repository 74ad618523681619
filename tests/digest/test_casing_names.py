"""A name typed in capitals is put in title case, never lower case (`casing._named_runs`; night:
tests/scenarios/capitals_names_night.yaml; break31 N12)."""

from __future__ import annotations

from bot.digest.casing import _caps

from .factory import Night, item_with


def test_a_street_or_station_in_capitals_keeps_its_name_in_title_case():
    assert _caps("at a van on MARSTON-LEIGH road") == "at a van on Marston-Leigh road"
    assert _caps("busked outside KINGSGATE STATION") == "busked outside Kingsgate Station"
    assert _caps("the porter of the Porte SAINT-DENIS hotel") == "the porter of the Porte Saint-Denis hotel"


def test_shouted_words_stay_lower_case():
    assert _caps("she was FURIOUS") == "she was furious"
    assert _caps("Then Adele SCREAMED") == "Then Adele screamed"
    assert _caps("THE HOTEL was on fire") == "the hotel was on fire"
    assert _caps("in the VIP TENT") == "in the VIP tent"


def test_the_digest_prints_the_name_in_title_case():
    night = Night()
    chips = night.spot(
        "Odile Brandt bought chips for the whole horn section at a van on MARSTON-LEIGH road",
        who=["Odile Brandt"],
        by="Uma",
        at="20:20",
        votes=30,
    )
    body = item_with(night.compile(), chips).body
    assert "on Marston-Leigh road" in body, body
