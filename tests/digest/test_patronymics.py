"""A name whose second part is a patronymic is named again by its given name ("Mahlet said", never "Girma said"
beside a Girma on the roster; "Sunna said" for Sunna Vigfúsdóttir), and a star the night calls by their initials
("VCV") is named by the roster name a reader can follow. Every night here is invented."""

from __future__ import annotations

from bot.digest.handle_names import _initials
from bot.digest.patronymics import _icelandic, called_by, named_again
from bot.models import RosterEntry

from .factory import Night, filler, item_with


def _told(roster: list[tuple[str, tuple[str, ...]]], what: str, who: list[str], quote: str = "") -> str:
    night = Night()
    night.roster = [RosterEntry(id=k, guild_id=99, name=n, aliases=a) for k, (n, a) in enumerate(roster, 1)]
    filler(night, 3, votes=2)
    spot = night.spot(what, who=who, at="21:00", votes=120, quote=quote or None, quote_by=who[0] if quote else None)
    return item_with(night.compile(), spot).body


def test_a_family_name_that_is_someone_elses_given_name_is_a_patronymic():
    roster = {
        "mahlet girma": ("Mahlet Girma", "Mahlet"),
        "girma lemma": ("Girma Lemma",),
        "odile brandt": ("Odile Brandt", "Brandt"),
    }
    called = called_by(roster)
    assert named_again("mahlet girma", "Mahlet Girma", "Mahlet", "Girma", called) == "Mahlet"
    assert named_again("girma lemma", "Girma Lemma", "Girma", "Lemma", called) is None  # nobody is called Lemma
    assert named_again("odile brandt", "Odile Brandt", "Odile", "Brandt", called) is None  # (her own alias)
    # a given name someone else goes by too: the whole name, never a "Mahlet" who could be either
    called = called_by({**roster, "mahlet tesfaye": ("Mahlet Tesfaye",)})
    assert named_again("mahlet girma", "Mahlet Girma", "Mahlet", "Girma", called) == "Mahlet Girma"


def test_an_icelandic_patronymic_is_told_by_its_suffix_and_letters_not_by_any_son():
    assert _icelandic("Sunna", "Vigfúsdóttir") and _icelandic("Sunna", "Vigfusdottir")
    assert _icelandic("Hrafn", "Ingólfsson") and _icelandic("Jón", "Lindsson")
    assert not _icelandic("Björn", "Andersson") and not _icelandic("Ana", "Robinson")
    assert not _icelandic("Joaquín", "Jackson")


def test_an_ethiopian_name_is_named_again_by_the_given_name_in_prose_and_attribution():
    body = _told(
        [("Mahlet Girma", ("Mahlet",)), ("Girma Lemma", ("Girma",)), ("Selam Bekele", ())],
        "Mahlet Girma sang the last chorus of Tizita barefoot on the lobby stairs after the show, and Selam Bekele "
        "played it on a borrowed krar. Then Mahlet handed her shoes to Bekele and they sang it again.",
        ["Mahlet Girma", "Selam Bekele"],
        "I could not hear myself, and I did not want to",
    )
    assert "Then Mahlet handed her shoes to Bekele" in body, body  # the patronymic only, the family name kept
    assert "Girma" not in body.replace("Mahlet Girma", ""), body


def test_a_western_family_name_is_still_the_second_reference():
    body = _told(
        [("Odile Brandt", ("Odile",)), ("Kofi Mensah", ())],
        "Odile Brandt bought chips for the whole horn section from a van on the harbour road after the show.",
        ["Odile Brandt"],
        "Nobody plays on an empty stomach",
    )
    assert "Brandt said" in body, body


def test_initials_of_the_roster_name_are_no_mask():
    assert _initials("VCV", "Vikram Chaitanya Varma") and _initials("MK", "Mahesh Babu Kumar")
    assert _initials("A.R.R.", "Allah Rakha Rahman")
    assert not _initials("Glitch", "Marisol Ferreira-Quint") and not _initials("DJ", "Dev Anand Rao")


def test_a_star_the_night_calls_by_initials_is_introduced_by_the_roster_name():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Vikram Chaitanya Varma", aliases=("VCV",)),
        RosterEntry(id=2, guild_id=99, name="Kofi Mensah", aliases=()),
    ]
    filler(night, 3, votes=2)
    first = night.spot(
        "VCV walked the carpet with his mother's old film camera and shot the photographers back.",
        who=["Vikram Chaitanya Varma"],
        at="21:00",
        votes=150,
    )
    night.spot("VCV won Best Actor and thanked the camera first.", who=["Vikram Chaitanya Varma"], at="21:30")
    item = item_with(night.compile(), first)
    assert "Vikram Chaitanya Varma" in f"{item.headline}\n{item.body}", item
    assert "VCV" not in item.headline, item


def test_a_hyphenated_given_name_never_makes_its_first_half_a_name_someone_is_called():
    # (a Korean given name "Han-gyeol" is not "Han", the family name of another Korean on the same roster)
    roster = {
        "jo han-gyeol": ("Jo Han-gyeol", "Han-gyeol"),
        "han woo-jin": ("Han Woo-jin", "Will"),
    }
    called = called_by(roster)
    assert "han" not in called
    assert named_again("han woo-jin", "Han Woo-jin", "Woo-jin", "Han", called) is None
