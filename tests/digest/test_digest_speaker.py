"""Which report speaks for a moment (`moments.speaking_order`): the one the room reacted to, then the editor's
mark, then the one telling the moment over a note that only frames its quote, then the cleanest."""

from __future__ import annotations

from .factory import Night, filler, item_with


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
