"""Which report speaks for a moment and opens its item (issue 11, round 12, dstory13; invented text throughout)."""

from __future__ import annotations

from .factory import Night, filler, item_with

NOTE = (
    "MAIN BAR, Orrin Vale: refuses stool. Signs 3 napkins. Walks up mid-set, hands his 1962 trumpet to grandson Teo."
    " Teo stops playing."
)
ACCOUNT = (
    "Teo Vale stopped his set at the main bar when his grandfather walked up with the case he had carried all night."
    " Orrin opened it, took out the trumpet he played at his first gig in 1962, and put it in Teo's hands. Teo cried;"
    " the bar went silent, then the house band started the applause."
)


def test_a_correspondents_prose_account_of_their_own_pinned_note_speaks_for_the_moment():
    night = Night()
    filler(night, 4, votes=1)
    note = night.spot(
        NOTE,
        who=["Orrin Vale"],
        by="Amy",
        at="21:00",
        where="Main bar",
        quote="That horn paid for your braces.",
        quote_by="Orrin Vale",
    )
    night.pin(note)
    account = night.spot(ACCOUNT, who=["Teo Vale"], by="Amy", at="21:03", where="Main bar", votes=310)

    digest = night.compile()
    item = item_with(digest, note)

    assert item is item_with(digest, account)  # one moment, one item
    assert item.body.startswith("Teo Vale stopped his set at the main bar")
    assert "cried" in item.body and "“That horn paid for your braces,”" in item.body
    assert "stool" not in item.body and "napkins" not in item.body
    assert item.body.count("trumpet") == 1


def test_two_prose_posts_of_one_correspondent_minutes_apart_stay_two_moments():
    night = Night()
    filler(night, 4, votes=1)
    first = night.spot(
        "Lio Brandt ordered a negroni at the main bar and toasted the barman.",
        who=["Lio Brandt"],
        by="Amy",
        at="21:00",
        where="Main bar",
        votes=30,
    )
    second = night.spot(
        "Lio Brandt ordered a second negroni at the main bar and toasted the band.",
        who=["Lio Brandt"],
        by="Amy",
        at="21:04",
        where="Main bar",
        votes=30,
    )

    digest = night.compile()

    assert second.id not in item_with(digest, first).sighting_ids  # (the second is no write-up of the first)


def test_a_line_filed_before_anyone_reported_the_act_is_told_as_said_before_it():
    night = Night()
    filler(night, 4, votes=1)
    line = night.spot(
        "Juno Park, hosting, to the floor manager:",
        who=["Juno Park"],
        by="Eli",
        at="21:00",
        where="Stage",
        votes=20,
        quote="If I trip tonight, cut to the ads.",
        quote_by="Juno Park",
    )
    fall = night.spot(
        "Juno Park tripped over a cable walking to the podium and went down on one knee, then stood and took a bow.",
        who=["Juno Park"],
        by="Fay",
        at="21:02",
        where="Stage",
        votes=90,
    )

    item = item_with(night.compile(), fall)

    assert line.id in item.sighting_ids
    assert item.body.startswith("Juno Park tripped over a cable")
    assert "Minutes earlier, Park had said: “If I trip tonight, cut to the ads.”" in item.body  # never as her reaction


def test_a_line_filed_after_the_act_is_still_told_as_said_with_it():
    night = Night()
    filler(night, 4, votes=1)
    fall = night.spot(
        "Juno Park tripped over a cable walking to the podium and went down on one knee, then stood and took a bow.",
        who=["Juno Park"],
        by="Fay",
        at="21:00",
        where="Stage",
        votes=90,
    )
    night.spot(
        "Juno Park, hosting, to the floor manager:",
        who=["Juno Park"],
        by="Eli",
        at="21:02",
        where="Stage",
        votes=20,
        quote="I meant that as a joke.",
        quote_by="Juno Park",
    )

    body = item_with(night.compile(), fall).body

    assert "“I meant that as a joke,” Park said." in body and "earlier" not in body


def test_a_line_that_does_not_look_ahead_is_not_told_as_said_before_the_act():
    night = Night()
    filler(night, 4, votes=1)
    night.spot(
        "Overheard in the stuck lift",
        who=["Leo Dias"],
        by="Cy",
        at="20:44",
        where="Lift",
        quote="Nobody leaves this lift sad!",
        quote_by="Leo Dias",
    )
    act = night.spot(
        "Leo Dias got the whole stuck lift singing until the doors opened twenty minutes later.",
        who=["Leo Dias"],
        by="Dot",
        at="20:48",
        where="Lift",
        votes=80,
    )

    body = item_with(night.compile(), act).body

    assert "“Nobody leaves this lift sad!”" in body and "earlier" not in body  # (said while they were stuck)


def test_background_filed_minutes_before_the_act_never_opens_the_item():
    night = Night()
    filler(night, 4, votes=1)
    background = night.spot(
        "Her son Milo has been the sound engineer at the Lyric for twenty years.",
        who=["Lina Ford"],
        by="Amy",
        at="20:58",
        where="Sound desk",
    )
    act = night.spot(
        "Lina Ford walked off stage mid-song, climbed to the sound desk and hugged her son Milo while the band played"
        " on.",
        who=["Lina Ford"],
        by="Ben",
        at="21:00",
        where="Sound desk",
        votes=150,
    )
    night.pin(act)

    item = item_with(night.compile(), act)

    assert background.id in item.sighting_ids  # (one moment: the background is told as its context)
    assert item.body.startswith("Lina Ford walked off stage mid-song")


def _the_shave(night: Night, bet: str) -> tuple:
    filler(night, 4, votes=1)
    vow = night.spot(
        bet,
        who=["Sten Kuyper"],
        by="Gus",
        at="20:10",
        votes=30,
        quote="If they beat me, the moustache goes. On stage.",
        quote_by="Sten Kuyper",
    )
    filler(night, 2, votes=1)
    award = night.spot(
        "Mira Solis won Album of the Year; Kuyper clapped from table four.",
        who=["Mira Solis", "Sten Kuyper"],
        by="Ben",
        at="22:10",
        where="Stage",
        votes=25,
    )
    night.spot(
        "FOOD TRUCKS: Kuyper in chair. Lia w/ razor. Crowd 100+.",
        who=["Sten Kuyper", "Lia Brandt"],
        by="Eli",
        at="23:15",
        where="Food trucks",
        votes=15,
    )
    dutch = night.spot(
        "Hij heeft het gedaan. Sten Kuyper schoor zijn snor af op het podium bij de foodtrucks, Lia Brandt hield het"
        " scheermes vast.",
        who=["Sten Kuyper", "Lia Brandt"],
        by="Fay",
        at="23:18",
        where="Food trucks",
        votes=240,
        key=True,
    )
    night.spot(
        "Sten is clean-shaven now, handing out the wax tips.",
        who=["Sten Kuyper"],
        by="Gus",
        at="23:21",
        where="Food trucks",
        votes=20,
    )
    return vow, award, dutch


def test_a_bet_naming_where_it_will_be_paid_is_told_with_its_payoff_there():
    night = Night()
    vow, _, dutch = _the_shave(
        night, "Sten Kuyper says if the Moth Choir beat him he'll shave his moustache on the food-truck stage"
    )

    item = item_with(night.compile(), dutch)

    assert vow.id in item.sighting_ids  # the setup of the shave, though no word of the shave's reports is its
    assert "moustache" in item.body


def test_another_persons_award_is_never_the_result_a_bet_hangs_on():
    night = Night()
    vow, award, dutch = _the_shave(
        night,
        "Sten Kuyper says if the Moth Choir beat him to Album of the Year he'll shave his moustache on the food-truck"
        " stage",
    )

    item = item_with(night.compile(), dutch)

    assert vow.id in item.sighting_ids
    assert award.id not in item.sighting_ids and "Mira Solis" not in item.body


def test_the_reconciliation_of_two_people_who_each_lead_an_item_is_an_item_of_its_own():
    night = Night()
    filler(night, 4, votes=40)
    night.spot(
        "Rafe Ocampo dedicated his Best Producer award to his late mother and sang the first verse of her favourite"
        " hymn.",
        who=["Rafe Ocampo"],
        by="Cy",
        at="20:30",
        where="Stage",
        votes=300,
    )
    night.spot(
        "Bex Hollis did her whole acceptance speech in rhyming couplets and got a standing ovation.",
        who=["Bex Hollis"],
        by="Dee",
        at="20:50",
        where="Stage",
        votes=250,
    )
    feud = night.spot(
        "Bex Hollis left the table when Rafe Ocampo sat down at it.",
        who=["Bex Hollis", "Rafe Ocampo"],
        by="Ann",
        at="21:40",
        where="Table six",
        votes=10,
    )
    hug = night.spot(
        "Rafe Ocampo crossed the room to Bex Hollis's table and held out his hand; she stood up and hugged him, and"
        " they talked for ten minutes.",
        who=["Rafe Ocampo", "Bex Hollis"],
        by="Cy",
        at="22:40",
        where="Table six",
        votes=88,
    )
    night.spot(
        "Hollis and Ocampo hugging at table six, first time they've spoken in years",
        who=["Bex Hollis", "Rafe Ocampo"],
        by="Dee",
        at="22:43",
        where="Table six",
        votes=41,
    )

    digest = night.compile()
    item = item_with(digest, hug)

    assert item in digest.items  # above the 40-vote trivia, never lost to 'each person leads one item'
    assert item.body.startswith("Rafe Ocampo crossed the room")
    assert feud.id in item.sighting_ids  # the feud it ends
    assert sum(1 for i in digest.items if i.lead == "Rafe Ocampo") == 1
