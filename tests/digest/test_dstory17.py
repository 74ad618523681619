"""One moment told once, every quote by the right person (issue 11, round 16, dstory17): a telegraphic note and the
prose written up forty minutes later are one moment, told from the prose; a second correspondent's retelling of one
act in other words is not told again; a line calling the moment's person by name is never theirs, and a voice the
note describes says it; a bystander's throwaway line is no follow-up; a person leads one item however strong her
second moment; a line that only echoes the printed quote is credited."""

from __future__ import annotations

from tests.digest.factory import Night, filler, item_with


def _hand_over(night: Night, note_votes: int = 200) -> tuple[object, object]:
    note = night.spot(
        "WINGS: MARA OFF STAGE W/ PLAQUE, STRAIGHT TO LIGHTING DESK, HANDS IT TO SAM K. HE CRIES.",
        who=["Mara Lind", "Sam Kerr"],
        by="Tam",
        at="20:10",
        where="Wings",
        votes=note_votes,
    )
    prose = night.spot(
        "Mara Lind walked straight to the lighting desk and gave her plaque to the lighting engineer, Sam Kerr, who "
        "has lit every one of her tours. He cried into his sleeve.",
        who=["Mara Lind", "Sam Kerr"],
        by="Una",
        at="20:50",
        where="Lighting desk",
        votes=150,
        quote="You lit every single one of these. It's yours.",
        quote_by="Mara Lind",
    )
    return note, prose


def test_a_note_and_its_prose_forty_minutes_later_are_one_moment_told_once():
    for note_votes in (200, 60):  # (the note the readers' favourite, or not)
        night = Night()
        filler(night, 6, votes=5)
        note, prose = _hand_over(night, note_votes)
        digest = night.compile()
        item = item_with(digest, prose)
        assert note.id in item.sighting_ids and "Tam" in (item.credit or ""), item.credit
        assert item.body.count("lighting desk") == 1, item.body
        assert "began earlier" not in item.body and "SAM K" not in item.body.upper().replace("SAM KERR", "")


def test_one_fall_in_other_words_is_told_once_both_credited():
    night = Night()
    filler(night, 6, votes=5)
    first = night.spot(
        "Otto Brisk caught his heel on a monitor cable and fell flat on his back halfway through his acceptance "
        "speech, then finished it lying down.",
        who=["Otto Brisk"],
        by="Una",
        at="20:35",
        where="Main stage",
        votes=120,
    )
    second = night.spot(
        "Otto Brisk went down hard on the stage mid-speech after tripping over a lead; he stayed on the floor and "
        "kept talking to the room.",
        who=["Otto Brisk"],
        by="Tam",
        at="20:44",
        where="Main stage",
        votes=40,
    )
    item = item_with(night.compile(), first)
    assert second.id in item.sighting_ids and "Tam" in (item.credit or "")
    assert "went down hard" not in item.body and "fell flat" in item.body


def test_a_line_calling_the_person_by_name_is_never_theirs():
    night = Night()
    filler(night, 6, votes=5)
    stairs = night.spot(
        "Benedikt Marr sat alone on the fire stairs after his win, phone pressed to his ear, crying.",
        who=["Benedikt Marr"],
        by="Vic",
        at="21:15",
        where="Fire stairs",
        votes=80,
    )
    night.spot(
        "on the phone, fire stairs",
        who=["Benedikt Marr"],
        by="Kit",
        at="21:17",
        where="Fire stairs",
        votes=30,
        quote="You never gave up on that record, Benedikt. Not once.",
    )
    body = item_with(night.compile(), stairs).body
    assert "You never gave up" in body
    assert "Marr said" not in body and "Benedikt said" not in body and "Marr added" not in body
    assert "a voice on the phone said" in body


def test_a_voice_as_its_note_describes_it():
    from bot.digest.voices import heard_from, voice_of

    assert voice_of("on the phone, back stairs") == "a voice on the phone"
    assert voice_of("His father, on speakerphone") == "his father"
    assert voice_of("overheard by the bar") is None and voice_of("Marta on the stairs") is None
    assert heard_from("Not once.", "a voice on the phone") == "“Not once,” a voice on the phone said."
    assert heard_from("Never?", "his father") == "“Never?” his father said."


def test_a_bystanders_throwaway_line_is_no_follow_up():
    night = Night()
    filler(night, 6, votes=5)
    encore = night.spot(
        "Edda Flint went back out for her encore on a heel Pia Lund had fixed with gaffer tape in the wings.",
        who=["Edda Flint", "Pia Lund"],
        by="Vic",
        at="20:38",
        where="Wings",
        votes=90,
    )
    line = night.spot(
        "Pia Lund, wings.",
        who=["Pia Lund", "Edda Flint"],
        by="Una",
        at="20:52",
        where="Wings",
        quote="She's tough.",
        quote_by="Pia Lund",
    )
    digest = night.compile()
    item = item_with(digest, encore)
    assert line.id not in item.sighting_ids and "She's tough" not in item.body


def test_a_person_leads_one_item_however_strong_her_second_moment():
    night = Night()
    filler(night, 8, votes=20)
    night.spot(
        "Lio Brandt missed a step coming down from the podium and landed in the orchestra pit, trophy held high the "
        "whole way.",
        who=["Lio Brandt"],
        by="Vic",
        at="21:00",
        where="Main stage",
        votes=200,
    )
    night.spot(
        "Lio Brandt bought champagne for the entire catering crew and poured every glass himself in the kitchen.",
        who=["Lio Brandt"],
        by="Una",
        at="22:40",
        where="Kitchen",
        votes=180,
    )
    digest = night.compile()
    led = [i for i in [*digest.items, *([digest.bonus] if digest.bonus else [])] if i.lead == "Lio Brandt"]
    assert len(led) == 1, [i.headline for i in led]


def test_a_line_that_only_echoes_the_printed_quote_is_credited():
    night = Night()
    filler(night, 6, votes=5)
    bar = night.spot(
        "Mina Oko climbed onto the bar after her win and thanked every bartender by name.",
        who=["Mina Oko"],
        by="Vic",
        at="21:00",
        where="Bar",
        votes=90,
        quote="Nobody pours like you lot.",
        quote_by="Mina Oko",
    )
    echo = night.spot(
        "overheard at the bar", by="Kit", at="21:04", quote="Nobody pours like you lot, honestly.", quote_by="Mina Oko"
    )
    item = item_with(night.compile(), bar)
    assert echo.id in item.sighting_ids and "Kit" in (item.credit or ""), item.credit
    assert item.body.count("Nobody pours") == 1
