"""Round 8's merge fixes, on nights a user would notice them in: a comma name's suffix printed once, a given name
the night writes with the family name is no stage name, a particle belongs to the family name, and a quote is
never framed by a place its own note contradicts (the bot remembers a correspondent's last `where`)."""

from __future__ import annotations

from bot.digest.textutil import name_parts
from bot.models import RosterEntry
from tests.digest.factory import Night, filler, item_with


def _jun_night() -> tuple[Night, object]:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Reynaldo Dela Cruz, Jr.", aliases=("Jun Dela Cruz", "Jun")),
        RosterEntry(id=2, guild_id=1, name="Grace Tolentino", aliases=("Grace",)),
    ]
    filler(night, 4, votes=2)
    night.spot("Jun Dela Cruz, Jr. arrives and says nothing about Grace, ever.", who=["Jun Dela Cruz"], at="19:50")
    night.spot("Grace passes Jun in the corridor. No words.", who=["Grace Tolentino", "Jun Dela Cruz"], at="20:18")
    handed = night.spot(
        "The Best Revival trophy was handed back to Grace Tolentino by Jun Dela Cruz, Jr. at her dressing-room "
        "door; she had left it on the catering table. A long look, then a hug in the doorway.",
        who=["Grace Tolentino"],
        by="Nadine",
        at="21:43",
        votes=150,
        quote="You always did carry my things, Jun.",
        quote_by="Grace Tolentino",
    )
    return night, handed


def test_a_comma_name_written_with_its_suffix_is_printed_with_it_once():
    night, handed = _jun_night()

    item = item_with(night.compile(), handed)

    assert "Jr., Jr." not in item.body and ", Jr.)" not in item.body, item.body
    assert "Reynaldo Dela Cruz, Jr." in item.body, item.body
    assert "Jun (" not in item.body and not item.headline.startswith("Jun "), item.headline


def test_a_particle_belongs_to_the_family_name():
    assert name_parts("Reynaldo Dela Cruz, Jr.") == ("Reynaldo", "Dela Cruz")
    assert name_parts("Karim Abou Zeid") == ("Karim", "Abou Zeid")
    assert name_parts("Ana Lucía Ruiz") == ("Ana Lucía", "Ruiz")


def test_a_quote_is_not_framed_by_a_remembered_place_its_note_contradicts():
    night = Night()
    filler(night, 4, votes=2)
    night.spot("Laila Rashwan to a guest in her seat.", who=["Laila Rashwan"], by="Kq", at="21:06", where="2nd row")
    handed = night.spot(
        "Hany Nour was finally handed his Best Director statuette in the car park by a stagehand, by the light of "
        "his driver's phone.",
        who=["Hany Nour"],
        by="Helen",
        at="22:10",
        where="car park",
        votes=150,
    )
    night.spot(  # the bot remembered Kq's "2nd row"; the note says where he was
        "Hany in the car park",
        who=["Hany Nour"],
        by="Kq",
        at="22:12",
        where="2nd row",
        votes=80,
        quote="Forty years I waited for this and I got it next to a microbus.",
        quote_by="Hany Nour",
    )

    body = item_with(night.compile(), handed).body

    assert "2nd row" not in body, body
    assert "Forty years I waited" in body, body
