"""Quotes in the article: who said them, the sentence that carries them, the strongest line of each told moment."""

import re

from bot.models import RosterEntry

from .factory import Night, filler, item_with


def _roster(night: Night, *entries: tuple[str, tuple[str, ...]]) -> None:
    night.roster = [
        RosterEntry(id=k, guild_id=99, name=name, aliases=aliases) for k, (name, aliases) in enumerate(entries, 1)
    ]


def test_a_speaker_typed_by_a_first_name_nobody_uses_is_named_as_the_body_names_her():
    night = Night()
    _roster(night, ("Penelope Strand", ("Penny",)))
    filler(night, 3, votes=2)
    night.spot(
        "Penelope Strand took apart a heckler on the balcony for four minutes while the bar watched on the screens",
        who=["Penelope Strand"],
        where="Balcony",
        at="21:00",
        votes=60,
        by="Reuben",
    )
    line = night.spot(
        "Strand came off stage grinning and went straight to her agent in the wings",
        who=["Penelope Strand"],
        where="Wings",
        at="21:04",
        votes=30,
        quote="Book me somewhere with no balcony.",
        quote_by="Penelope",
        by="Fi",
    )

    item = item_with(night.compile(), line)

    assert re.search(r"“Book me somewhere with no balcony,” (Strand|she) said\.", item.body)
    assert "Penelope said" not in item.body
    assert "Penelope" not in item.people
