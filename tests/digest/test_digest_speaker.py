"""Which report speaks for a moment (`moments.speaking_order`): the one written as prose over notes, then the one
the room reacted to, then the editor's mark, then the one telling the moment over a note that only frames its quote,
then the cleanest."""

from __future__ import annotations

from bot.models import Sighting

from .factory import Night, every_item, filler, item_with


def test_a_two_vote_line_never_speaks_for_a_moment_whose_other_report_drew_ninety_votes():
    night = Night()
    filler(night, 6, votes=4)
    run = night.spot(
        "Dana Voss ran to the pizza van in her gown and carried twelve boxes back for the crew https://x.co/p",
        who=["Dana Voss"],
        where="Stage door",
        at="21:00",
        votes=90,
        by="Ben",
    )
    straw = night.spot(
        "Dana Voss back from the pizza van with the boxes for the crew, asked for a straw",
        who=["Dana Voss"],
        where="Stage door",
        at="21:03",
        votes=2,
        by="Amy",
    )

    item = item_with(night.compile(), run)

    assert straw.id in item.sighting_ids  # one moment
    assert item.body.startswith("Dana Voss ran to the pizza van")
    assert "straw" not in item.body and "Straw" not in item.headline
    assert "https" not in item.body


def _pinned_notes() -> tuple[Night, Sighting]:
    """A night whose proposal is reported in notes, pinned, with 310 votes."""
    night = Night()
    filler(night, 6, votes=4)
    notes = night.spot(
        "GRN RM: Dahl proposed to floor mgr w/ ring on surdo mallet + she cried, 2 min to air!!",
        who=["Ivo Dahl"],
        where="Green room",
        at="21:40",
        votes=310,
        by="Ben",
    )
    night.pin(notes)
    return night, notes


def test_the_report_written_as_prose_speaks_for_a_moment_over_the_pinned_notes_with_more_votes():
    """Votes and a pin say which moment matters, not which wording is best."""
    night, notes = _pinned_notes()
    told = night.spot(
        "Ivo Dahl proposed to the floor manager with a ring tied to a drumstick, two minutes before the show went"
        " back on air.",
        who=["Ivo Dahl"],
        where="Green room",
        at="21:42",
        votes=243,
        by="Amy",
    )

    digest = night.compile()
    item = item_with(digest, told)

    assert notes.id in item.sighting_ids and item is every_item(digest)[0]  # one moment, and the pin still leads
    assert item.body.startswith("Ivo Dahl proposed to the floor manager")
    assert "mgr" not in item.body and "GRN" not in item.body and "+" not in item.body
    assert "Ben" in item.reporters and "Amy" in item.reporters


def test_a_prose_line_telling_only_part_of_the_moment_never_speaks_over_the_notes_that_tell_it():
    night, notes = _pinned_notes()
    night.spot(
        "Ivo Dahl in the green room with the floor manager.",
        who=["Ivo Dahl"],
        where="Green room",
        at="21:41",
        by="Amy",
    )

    item = item_with(night.compile(), notes)

    assert "proposed" in item.body and "ring" in item.body


def test_between_comparable_reports_the_one_telling_the_moment_speaks_not_the_note_framing_its_quote():
    night = Night()
    filler(night, 6, votes=4)
    framed = night.spot(
        "quote of the night, bar",
        where="Bar",
        at="21:10",
        votes=8,
        by="Omar",
        quote="I've been heckled by better men. I've been heckled by my own mother.",
        quote_by="Bettina Kroll",
    )
    told = night.spot(
        "Bettina Kroll lost Best Stand-Up to Penelope Strand, went straight to the bar and ordered two whiskies",
        who=["Bettina Kroll", "Penelope Strand"],
        where="Bar",
        at="21:12",
        votes=12,
        by="Reuben",
    )

    item = item_with(night.compile(), told)

    assert framed.id in item.sighting_ids
    assert item.body.startswith("Bettina Kroll lost Best Stand-Up")
    assert "my own mother" in item.body


def test_a_report_in_another_language_about_someone_the_body_never_names_is_not_credited():
    night = Night()
    filler(night, 6, votes=4)
    told = night.spot(
        "Delphine Achebe-Ross handed her understudy the key to the No. 1 dressing room, a luggage tag on it that"
        " said LISBON",
        who=["Delphine Achebe-Ross"],
        where="Rehearsal room",
        at="22:35",
        votes=60,
        by="Ruth",
    )
    twin = night.spot(
        "Delphine Achebe-Ross a donné la clé de sa loge à sa doublure, avec une étiquette LISBON",
        who=["Delphine Achebe-Ross"],
        where="Salle de répétition",
        at="22:37",
        by="Elodie",
    )
    aside = night.spot(
        "Hélène Vasseur-Ngata confirme : Delphine a vraiment un billet pour Lisbonne, demain matin.",
        who=["Hélène Vasseur-Ngata", "Delphine Achebe-Ross"],
        where="Salle de répétition",
        at="22:40",
        by="Marc",
    )

    item = item_with(night.compile(), told)

    assert twin.id in item.sighting_ids and "Elodie" in item.reporters  # it corroborates what the body tells
    assert "Vasseur-Ngata" not in item.body
    assert aside.id not in item.sighting_ids and "Marc" not in item.reporters
