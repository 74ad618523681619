"""Quotes in the article: who said them, the sentence that carries them, the strongest line of each told moment."""

import re

from bot.digest.frames import told_to
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


def test_a_note_that_frames_its_quote_is_told_as_the_sentence_carrying_it():
    night = Night()
    filler(night, 3, votes=2)
    line = night.spot(
        "Cosmo Varga between sets, to the floor manager:",
        who=["Cosmo Varga"],
        where="Wings",
        quote="If I bomb, tell my mum it was a power cut.",
        quote_by="Cosmo Varga",
        votes=40,
    )

    body = item_with(night.compile(), line).body

    assert "Between sets, Cosmo Varga told the floor manager: “If I bomb, tell my mum it was a power cut.”" in body
    assert "to the floor manager." not in body
    assert body.count("If I bomb") == 1


def test_a_frame_in_the_note_itself_gets_its_verb():
    night = Night()
    filler(night, 3, votes=2)
    line = night.spot(
        'Tunde Okafor to the sound guy before his set: "turn me down, my jokes are loud enough"',
        who=["Tunde Okafor"],
        where="Stage left",
        votes=40,
    )

    body = item_with(night.compile(), line).body

    assert body.startswith("Tunde Okafor told the sound guy before his set: “")
    assert "loud enough" in body


def test_a_frame_told_after_a_connective_keeps_its_scene_in_lower_case():
    night = Night()
    filler(night, 3, votes=2)
    setup = night.spot(
        "Ines Varga coming off stage after the tribute, to her drummer",
        who=["Ines Varga"],
        where="Wings",
        at="20:10",
        quote="Same again at the encore, but louder.",
        quote_by="Ines Varga",
        votes=20,
    )
    night.spot(
        "Ines Varga won Best Live Act and brought her drummer up to hold the trophy",
        who=["Ines Varga"],
        where="Stage",
        at="21:30",
        votes=90,
    )

    body = item_with(night.compile(), setup).body

    assert "coming off stage after the tribute, Varga told her drummer: “Same again at the encore, but louder.”" in body
    assert "to her drummer." not in body


def test_only_a_verbless_frame_is_rewritten():
    assert told_to("Okafor walked over to the stage door.", "Hi.") is None
    assert told_to("Okafor said to the floor manager:", "Hi.") is None
    assert told_to("Okafor to the crew who cheered", "Hi.") is None
    assert told_to("Overheard by the bar, Grell to Abara:", "Hi.") == "By the bar, Grell told Abara: “Hi.”"
