"""Tagging and alias matching: what a correspondent sees tagged on their sighting."""

from bot.models import RosterEntry
from bot.tagging import Roster, complete_who, split_names
from bot.text import clean, fold, inert


def roster() -> Roster:
    entries = [
        ("Lady Gaga", ("Gaga", "Jo Calderone", "Mother Monster")),
        ("Adele", ()),
        ("Beyoncé", ("Queen Bey",)),
        ("Kanye West", ("'Ye", "Yeezy")),
        ("Macklemore", ()),
        ("Ryan Lewis", ()),
        ("Jared Leto", ()),
    ]
    return Roster(RosterEntry(id=i, guild_id=1, name=n, aliases=a) for i, (n, a) in enumerate(entries, 1))


def test_names_in_text_are_tagged_by_alias_in_order_of_mention():
    assert roster().find_in("Gaga lit a cigarette for Adele during the break") == ["Lady Gaga", "Adele"]


def test_matching_ignores_case_accents_and_repairs_entities():
    r = roster()
    for spelling in ("beyonce", "BEYONCÉ", "Beyonc&#233;", "Beyonc#233;", "Beyonc&eacute;"):
        assert r.lookup(spelling) == "Beyoncé", spelling
        assert r.find_in(f"We saw {spelling} by the bar") == ["Beyoncé"], spelling


def test_multiword_alias_wins_over_its_parts_and_possessives_match():
    r = roster()
    assert r.find_in("Jo Calderone's cigarette was behind his ear") == ["Lady Gaga"]
    assert r.find_in("Macklemore told ’Ye thanks") == ["Macklemore", "Kanye West"]


def test_words_inside_other_words_are_not_names():
    assert roster().find_in("The gagaku orchestra and an adelephant") == []


def test_who_resolves_aliases_keeps_unknown_names_and_suggests():
    res = roster().resolve("gaga, Adel, Bruno Mars, Lady Gaga")
    assert res.people == ("Lady Gaga",)
    assert res.unknown == ("Adel", "Bruno Mars")
    assert res.suggestions == {"Adel": "Adele"}


def test_split_names_drops_empty_parts_and_duplicates():
    assert split_names(" Adele , ,adele; Gaga ,") == ["Adele", "Gaga"]


def test_autocomplete_completes_the_name_after_the_last_comma():
    r = roster()
    assert complete_who(r, "Lady Gaga, Ad")[0] == ("Lady Gaga, Adele", "Lady Gaga, Adele")
    values = [v for _, v in complete_who(r, "Adele, ")]
    assert "Adele, Lady Gaga" in values and all(not v.endswith(", Adele") for v in values)


def test_autocomplete_finds_names_by_alias_and_by_later_word():
    r = roster()
    assert [v for _, v in complete_who(r, "monster")] == ["Lady Gaga"]
    assert [v for _, v in complete_who(r, "lewis")] == ["Ryan Lewis"]


def test_autocomplete_respects_discord_limits_on_a_large_roster():
    big = Roster(RosterEntry(id=i, guild_id=1, name=f"Performer {i:05d}") for i in range(10_000))
    choices = complete_who(big, "perf")
    assert len(choices) == 25
    assert all(1 <= len(label) <= 100 and len(value) <= 100 for label, value in choices)


def test_clean_strips_invisible_and_bidi_characters_but_keeps_text():
    assert clean("  Gaga\u200b lit\u202e it \x00 ") == "Gaga lit it"
    assert clean("line one\r\n\r\n  line   two ") == "line one\nline two"


def test_fold_and_inert():
    assert fold("  Beyonc&#233;  KNOWLES ") == "beyonce knowles"
    assert "@everyone" not in inert("hi @everyone and @here")
