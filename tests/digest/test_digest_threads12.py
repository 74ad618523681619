"""One story thread is one item (issue 11, round 11): an earlier moment of the lead moment's own people again (two
of them, tagged or named by surname, with votes of its own) is told in the lead moment's item, never an item or the
bonus of its own, however many more votes the lead moment drew; a line heard at another place minutes before a moment
is never printed as said during it."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with

OTHERS = (
    ("Ada Fenn", "climbed onto the bar and led the chorus of her first single"),
    ("Tev Okafor", "gave his jacket to a shivering cloakroom attendant"),
    ("Mira Cole", "fixed a broken mic stand with her hair clip"),
    ("Rhea Pym", "taught the security guard her viral dance"),
    ("Olly Banks", "proposed at the cloakroom counter"),
)


def _reunion(night: Night, tagged: list[str], votes: int):
    filler(night, 8, votes=3)
    chill = night.spot(
        "Lea Moor greeted Pia Sand in the corridor; Sand turned to the mirror without a word.",
        who=tagged,
        where="Corridor",
        at="19:30",
        by="Fay",
        votes=120,
    )
    for j, (name, act) in enumerate(OTHERS):
        night.spot(f"{name} {act}.", who=[name], at=f"2{j}:15", by="Dee", votes=150 - 20 * j)
    duet = night.spot(
        "Pia Sand and Lea Moor reunited on stage for their old duet.",
        who=["Lea Moor", "Pia Sand"],
        where="Stage",
        at="23:10",
        by="Ben",
        votes=votes,
    )
    night.spot(
        "Moor and Sand sang together again on the main stage, the whole hall on its feet.",
        who=["Lea Moor", "Pia Sand"],
        where="Stage",
        at="23:12",
        by="Dee",
        votes=60,
    )
    night.pin(duet)
    return chill, duet


def test_an_earlier_moment_of_the_same_two_people_tagged_with_one_is_told_in_their_reunion_item():
    night = Night()
    chill, duet = _reunion(night, ["Pia Sand"], 500)

    digest = night.compile()

    assert chill.id in item_with(digest, duet).sighting_ids
    assert sum(chill.id in item.sighting_ids for item in every_item(digest)) == 1
    assert "turned to the mirror" in item_with(digest, duet).body


def test_the_same_two_people_earlier_are_the_reunion_item_however_many_more_votes_it_drew():
    night = Night()
    chill, duet = _reunion(night, ["Lea Moor", "Pia Sand"], 900)

    digest = night.compile()

    assert chill.id in item_with(digest, duet).sighting_ids
    assert sum(chill.id in item.sighting_ids for item in every_item(digest)) == 1


def test_a_line_framed_at_another_place_minutes_before_the_duet_is_never_printed_as_said_during_it():
    night = Night()
    filler(night, 8, votes=3)
    dock = night.spot(
        "On the loading dock, Lea Moor to the DJ:",
        who=["Lea Moor"],
        where="Stage",
        at="23:05",
        by="Eli",
        votes=40,
        quote="Not yet.",
        quote_by="Lea Moor",
    )
    duet = night.spot(
        "Lea Moor and Pia Sand reunited on stage for their old duet, arm in arm for the last chorus.",
        who=["Lea Moor", "Pia Sand"],
        where="Stage",
        at="23:10",
        by="Ben",
        votes=500,
    )
    night.pin(duet)

    item = item_with(night.compile(), duet)

    assert dock.id not in item.sighting_ids
    assert "Not yet" not in item.body


def test_the_award_result_a_bet_hangs_on_is_told_with_its_payoff():
    night = Night()
    filler(night, 6, votes=3)
    vow = night.spot(
        "Rui Bastos told the whole bar that if the Harbour Rats win Best Group he is shaving off his dreadlocks.",
        who=["Rui Bastos"],
        where="Bar",
        at="19:50",
        by="Ann",
    )
    won = night.spot("The Harbour Rats won Best Group.", who=["The Harbour Rats"], where="Stage", at="21:20", by="Cy")
    payoff = night.spot(
        "Rui Bastos sat on a beer crate in the car park while the drummer took the clippers to nine years of "
        "dreadlocks.",
        who=["Rui Bastos"],
        where="Car park",
        at="21:40",
        by="Ben",
        votes=40,
    )

    item = item_with(night.compile(), payoff)

    assert {vow.id, won.id} <= set(item.sighting_ids)
    assert "Harbour Rats had won Best Group" in item.body
    assert item.body.index("shaving off") < item.body.index("Rats had won")  # the bet, then the result


def test_the_act_a_quote_needs_is_told_before_it_though_its_report_names_the_speaker_untagged():
    night = Night()
    filler(night, 8, votes=3)
    taped = night.spot(
        "Stage manager Dev Rao taped Mia Holt's snapped statuette back together with gaffer tape.",
        who=["Dev Rao"],
        where="Backstage",
        at="21:00",
        by="Ann",
        votes=20,
    )
    press = night.spot(
        "Mia Holt held up her award in the press room, tape and all.",
        who=["Mia Holt"],
        where="Press room",
        at="21:20",
        by="Ben",
        votes=150,
        quote="Two statuettes now. Stereo.",
        quote_by="Mia Holt",
    )

    digest = night.compile()
    item = item_with(digest, press)

    assert taped.id in item.sighting_ids
    assert sum(taped.id in other.sighting_ids for other in every_item(digest)) == 1
    assert item.body.index("taped") < item.body.index("Stereo")  # the act, then the line that needs it
