"""What an item tells (issue 11, round 9): its lead moment and no other act inside it, its reply printed, each thing
told once, its credits as what it tells (invented text throughout)."""

from __future__ import annotations

import pytest

from bot.models import Sighting

from .factory import Night, filler, item_with


def _blessing_night() -> tuple[Night, Sighting]:
    """A night with a pinned blessing on the back stairs at 21:00."""
    night = Night()
    filler(night, 4, votes=1)
    blessing = night.spot(
        "Nana Ines Duarte blessed her grandson Rafa Duarte on the back stairs with the trophy, both hands on his head.",
        who=["Ines Duarte", "Rafa Duarte"],
        by="Ben",
        at="21:00",
        where="Back stairs",
        votes=90,
        quote="Go, and sing it for your grandfather.",
        quote_by="Ines Duarte",
    )
    night.pin(blessing)
    return night, blessing


@pytest.mark.parametrize(
    ("what", "at", "votes", "apart"),
    [
        (
            "Teo Vance and Bea Sol caught the trophy on the back stairs, right after the blessing, when it slipped.",
            "21:04",
            80,
            True,
        ),
        (
            "Teo Vance and Bea Sol watching the blessing on the back stairs with the trophy, both in tears.",
            "21:02",
            3,
            False,
        ),
    ],
    ids=["a separate act with votes of its own", "a weak line of the same moment"],
)
def test_a_report_of_other_people_beside_a_pinned_moment_is_its_own_moment_only_with_weight_of_its_own(
    what: str, at: str, votes: int, apart: bool
):
    night, blessing = _blessing_night()
    other = night.spot(what, who=["Teo Vance", "Bea Sol"], by="Cy", at=at, where="Back stairs", votes=votes)

    digest = night.compile()
    pinned = item_with(digest, blessing)

    assert (other.id not in pinned.sighting_ids) is apart and ("Cy" not in pinned.reporters) is apart
    if apart:
        assert "Teo" not in pinned.body
        assert item_with(digest, other).body.startswith("Teo Vance and Bea Sol caught the trophy")


def test_an_answer_filed_before_the_line_it_answers_is_printed_after_it_and_the_lines_scene_is_told():
    night = Night()
    filler(night, 4, votes=1)
    answer = night.spot(
        "Marta Quinn answered Jonas Pell from the back of the bar, glass raised, during his anniversary toast.",
        who=["Marta Quinn", "Jonas Pell"],
        by="Cy",
        at="21:01",
        where="Bar",
        votes=130,
        quote="He's still late. Forty years late.",
        quote_by="Marta Quinn",
    )
    night.spot(
        "Jonas Pell stood on a chair at the bar and made a toast to his wife Marta Quinn for their fortieth"
        " anniversary.",
        who=["Jonas Pell", "Marta Quinn"],
        by="Ben",
        at="21:02",
        where="Bar",
        votes=60,
        quote="I have never been late for anything in my life.",
        quote_by="Jonas Pell",
    )

    body = item_with(night.compile(), answer).body

    line, reply = "“I have never been late for anything in my life,” Pell said.", "“He's still late. Forty years late,”"
    assert line in body and reply in body
    assert body.index(line) < body.index(reply)
    # the toast's scene is told too ("Jonas" opening a sentence is a name, not a verb in -s)
    assert "stood on a chair at the bar and made a toast" in body


def test_lines_of_two_people_that_answer_nobody_keep_their_time_order():
    night = Night()
    filler(night, 4, votes=1)
    first = night.spot(
        "Jonas Pell stood on a chair at the bar and made a toast to his wife Marta Quinn for their fortieth"
        " anniversary.",
        who=["Jonas Pell", "Marta Quinn"],
        by="Ben",
        at="21:01",
        where="Bar",
        votes=60,
        quote="Forty years, and I would marry her again tomorrow.",
        quote_by="Jonas Pell",
    )
    night.spot(
        "Marta Quinn raised her glass to Jonas Pell from the back of the bar during the anniversary toast.",
        who=["Marta Quinn", "Jonas Pell"],
        by="Cy",
        at="21:02",
        where="Bar",
        votes=40,
        quote="To forty more years at this bar.",
        quote_by="Marta Quinn",
    )

    body = item_with(night.compile(), first).body

    assert body.index("“Forty years, and I would marry") < body.index("“To forty more years")


def test_kept_his_word_is_not_printed_before_the_promise_the_item_tells_after_its_lede():
    night = Night()
    filler(night, 4, votes=1)
    night.spot(
        "Rook Talib lost the first round of the pub quiz at table six and put his hand on his chin.",
        who=["Rook Talib"],
        by="Ben",
        at="20:00",
        where="Table 6",
        votes=8,
        quote="If I lose again tonight, the beard goes.",
    )
    shave = night.spot(
        "Rook Talib kept his word: he sat on a plastic chair in the car park and shaved off the beard while the quiz"
        " team cheered.",
        who=["Rook Talib"],
        by="Cy",
        at="22:40",
        where="Car park",
        votes=120,
    )
    night.pin(shave)

    body = item_with(night.compile(), shave).body

    assert body.startswith("Rook Talib sat on a plastic chair in the car park and shaved off the beard")
    assert "kept his word" not in body and "“If I lose again tonight, the beard goes,”" in body


def test_a_pointer_at_a_promise_the_item_never_tells_is_not_printed():
    night = Night()
    filler(night, 4, votes=1)
    walk = night.spot(
        "As promised, Lena Ortiz walked the carpet barefoot, heels in hand, to huge cheers from the photographers.",
        who=["Lena Ortiz"],
        by="Cy",
        at="22:40",
        where="Carpet",
        votes=120,
    )
    night.spot(
        "Lena Ortiz, as she said she would, did the carpet promise and the whole line clapped.",
        who=["Lena Ortiz"],
        by="Dee",
        at="22:42",
        where="Carpet",
        votes=20,
    )

    body = item_with(night.compile(), walk).body

    assert body.startswith("Lena Ortiz walked the carpet barefoot, heels in hand")
    assert "promise" not in body and "as she said she would" not in body


def test_a_setup_quoted_in_its_own_words_is_told_after_the_lede_and_not_paraphrased_by_the_clock():
    night = Night()
    filler(night, 4, votes=1)
    night.spot(
        "Ada Roe at the bar before the show, eyeing the giant foam hat on the merch stand.",
        who=["Ada Roe"],
        by="Ben",
        at="19:40",
        where="Bar",
        votes=12,
        quote="If we win tonight, I'm wearing that hat on stage.",
    )
    hat = night.spot(
        "Ada Roe collected Best Album wearing the giant foam hat from the merch stand. She said at 7.40 she'd wear the"
        " hat if they won, and she did.",
        who=["Ada Roe"],
        by="Cy",
        at="22:10",
        where="Stage",
        votes=110,
    )
    night.pin(hat)

    item = item_with(night.compile(), hat)

    lede = "Ada Roe collected Best Album wearing the giant foam hat from the merch stand."
    # (was "It began hours earlier, when Roe was at the bar …": the setup is told in the past perfect, `flashback`)
    assert item.body.startswith(f"{lede} Hours earlier, Roe had been at the bar before the show, eyeing"), item.body
    assert "“If we win tonight, I'm wearing that hat on stage,” Roe said." in item.body
    assert "7.40" not in item.body and item.reporters == ["Ben", "Cy"]


def test_the_payoffs_line_is_said_at_the_payoff_and_the_setups_line_after_its_setup():
    night = Night()
    filler(night, 4, votes=1)
    night.spot(
        "Juno Halloran and Bram Ostend shook on it at the bar: whoever loses Best Score carries the other's bag all"
        " night.",
        who=["Juno Halloran", "Bram Ostend"],
        by="Eli",
        at="19:30",
        where="Circle Bar",
        votes=10,
        quote="Deal. Bring a bigger bag.",
        quote_by="Bram Ostend",
    )
    bag = night.spot(
        "Best Score went to Juno Halloran. Bram Ostend lost, so he is carrying her bag all night, sequins and all.",
        who=["Bram Ostend", "Juno Halloran"],
        by="Fay",
        at="21:40",
        where="Stalls",
        votes=60,
        quote="Deal is a deal.",
        quote_by="Bram Ostend",
    )

    body = item_with(night.compile(), bag).body

    # (was "“Deal. Bring a bigger bag,” Ostend said. “Deal is a deal,” Ostend added.": the payoff's line read as said
    # at the bar, when the bet was made; the lead moment's line is said in the lead moment, `beats._with_setup`)
    # (was "It began hours earlier, when Halloran and Ostend shook on it": the setup in the past perfect, `flashback`)
    assert "sequins and all. “Deal is a deal,” Ostend said. Hours earlier, Halloran and Ostend had shaken on it" in body
    assert body.endswith("“Deal. Bring a bigger bag,” Ostend said.")
