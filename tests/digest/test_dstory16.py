"""One moment told once, every reporter of it credited (issue 11, round 15, dstory16): a note's shorthand for a place
("GRN RM") is the place; a line whose note names where it was heard is compared there, said by its speaker; a report
in Swedish corroborates and is credited; a report of the lead moment the readers voted for is credited."""

from __future__ import annotations

from bot.digest.language import language_of
from bot.digest.noteplace import heard_at
from bot.digest.places import same_place, within
from tests.digest.factory import END, Night, filler, item_with


def test_a_place_said_short_in_notes_is_the_place():
    assert same_place("GRN RM", "Green room")
    assert same_place("STG L STAIRS", "Stage-left stairs")
    assert same_place("gröna rummet", "Green room") and same_place("bryggan", "Jetty behind the hall")
    assert not same_place("GRN RM", "Press room")
    assert within("corridor", "Back corridor") and not within("corridor", "Bar")


def test_a_note_framing_its_quote_says_where_it_was_heard():
    assert heard_at("press room") == "press room"
    assert heard_at("corridor, singalong") == "corridor"
    assert heard_at("Honey Chen, press room") == "press room"
    assert heard_at("overheard on the jetty") == "jetty"
    assert heard_at("overheard, stage-left stairs") == "stage-left stairs"
    for note in ("overheard", "Stage fright", "Kroll, on losing:", "Ida jumped off the stage into the crowd"):
        assert heard_at(note) is None, note


def test_a_report_in_swedish_is_not_read_as_english():
    assert (
        language_of("Ida Marsh hoppade i publiken från scenkanten, i hela klänningen! Fotograferna hann inte dit.")
        != "en"
    )
    assert language_of("Liv efter fallet: hon skrattar medan fållen tejpas. Inga skador, säger hon.") != "en"
    assert language_of("Leo signs autographs by the barrier, mostly for teenagers holding posters.") == "en"


def _hand_over(night: Night) -> tuple[object, object]:
    notes = night.spot(
        "GRN RM: FERRIER OFF STAGE, STRAIGHT TO OTTOLINE BRAID (DRESSER, 30 YRS W/ HER). GIVES HER THE PLAQUE. "
        "BOTH IN TEARS.",
        who=["Maud Ferrier", "Ottoline Braid"],
        by="Tam",
        at="20:31",
        where="GRN RM",
        votes=210,
    )
    prose = night.spot(
        "Maud Ferrier walked off stage with her lifetime award and pressed it into the hands of Ottoline Braid, who "
        "has dressed her for every tour since 1994. Braid tried twice to hand it back; Ferrier would not take it.",
        who=["Maud Ferrier", "Ottoline Braid"],
        by="Una",
        at="20:34",
        where="Green room",
        votes=90,
        quote="You sewed me into every one of those dresses. This is half yours.",
        quote_by="Maud Ferrier",
    )
    return notes, prose


def test_one_hand_over_in_notes_and_in_prose_is_told_once():
    night = Night()
    filler(night, 5, votes=2)
    notes, prose = _hand_over(night)
    night.pin(notes)

    item = item_with(night.compile(), notes)

    assert prose.id in item.sighting_ids and item.reporters == ["Tam", "Una"], item
    assert "straight to" not in item.body.casefold() and "30 YRS" not in item.body, item.body  # told once, in prose
    assert item.body.count("Ottoline Braid") == 1, item.body


def test_a_swedish_report_of_the_leap_is_credited_and_never_printed():
    night = Night()
    filler(night, 5, votes=2)
    leap = night.spot(
        "Ida Marsh finished her set by jumping off the front of the stage into the crowd in her full ballgown, and "
        "the front rows carried her all the way to the sound desk.",
        who=["Ida Marsh"],
        by="Una",
        at="21:10",
        where="Main stage",
        votes=180,
    )
    swedish = night.spot(
        "Ida Marsh hoppade i publiken från scenkanten, i hela klänningen! Fotograferna hann inte dit.",
        who=["Ida Marsh"],
        by="Wil",
        at="21:12",
        where="Main stage",
        votes=25,
    )

    item = item_with(night.compile(), leap)

    assert swedish.id in item.sighting_ids and item.reporters == ["Una", "Wil"], item
    assert "hoppade" not in item.body and "Fotograferna" not in item.body, item.body


def test_a_line_whose_note_names_the_press_room_joins_the_moment_there_and_is_said_by_its_speaker():
    night = Night()
    filler(night, 5, votes=2)
    line = night.spot(  # (no `where` given: the bot filed it at the correspondent's last place, the carpet)
        "press room",
        by="Kit",
        at="21:50",
        where="Red carpet",
        votes=40,
        quote="I wrote that song on a ferry, and I still get seasick.",
    )
    answer = night.spot(
        "In the press room, a student from the university radio asked Corin Vail where his winning song came from. "
        "He laughed, told the whole story of the Orkney crossing, and the room applauded.",
        who=["Corin Vail"],
        by="Tam",
        at="21:53",
        where="Press room",
        votes=120,
        quote="I wrote that song on a ferry, and I still get seasick.",
        quote_by="Corin Vail",
    )

    item = item_with(night.compile(), answer)

    assert line.id in item.sighting_ids and sorted(item.reporters) == ["Kit", "Tam"], item
    assert "seasick,” Vail said." in item.body, item.body  # its speaker, never "someone was heard saying"
    assert "heard saying" not in item.body and "carpet" not in item.body, item.body


def test_a_line_of_the_singalong_heard_in_the_corridor_is_his_in_his_item():
    night = Night()
    filler(night, 5, votes=2)
    sing = night.spot(
        "When the power cut out, Pip Tennant handed Rab Oduya a tambourine and Rab got forty people in the back "
        "corridor singing The Water Is Wide in the dark.",
        who=["Pip Tennant", "Rab Oduya"],
        by="Una",
        at="22:05",
        where="Back corridor",
        votes=100,
    )
    line = night.spot(
        "corridor, singalong",
        by="Vic",
        at="22:07",
        where="Bar",  # (her last place)
        votes=30,
        quote="Who needs a PA? We've got lungs!",
        quote_by="Rab Oduya",
    )

    item = item_with(night.compile(), sing)

    assert line.id in item.sighting_ids and item.reporters == ["Una", "Vic"], item
    assert "“Who needs a PA? We've got lungs!”" in item.body and "bar" not in item.body.casefold(), item.body


def test_the_bonus_goes_to_someone_new_before_a_second_helping_of_a_party_of_an_item():
    night = Night()
    filler(night, 4, votes=1)
    people = ["Ansel Roe", "Bryony Hart", "Cato Lind", "Della Moss", "Ezra Quill"]
    for k, person in enumerate(people):
        night.spot(
            f"{person} carried a hurt photographer to the first-aid tent and stayed with him until the medics came.",
            who=[person, "Saga Voss"] if k == 3 else [person],
            by=f"R{k}",
            at=f"20:{10 + 5 * k}",
            where=f"Door {k}",
            votes=300 - 20 * k,
            quote="Anyone would have done it.",
            quote_by=person,
        )
    again = night.spot(
        "Saga Voss ran out to the stage door with a tray of cinnamon buns for the fans waiting in the rain.",
        who=["Saga Voss"],
        by="Ola",
        at="21:20",
        where="Stage door",
        votes=70,
        quote="You've been out here longer than I have.",
        quote_by="Saga Voss",
    )
    new = night.spot(
        "In the press room Pelle Strand finally opened the box he had carried all night: his late father's quiz "
        "buzzer.",
        who=["Pelle Strand"],
        by="Liv",
        at="21:44",
        where="Press room",
        votes=55,
        quote="BZZZT. Next question.",
        quote_by="Pelle Strand",
    )

    digest = night.compile()

    assert digest.bonus is not None and new.id in digest.bonus.sighting_ids, digest.bonus
    assert not any(again.id in item.sighting_ids for item in digest.items)


def test_a_short_thing_both_name_puts_the_earlier_moment_on_the_thread():
    night = Night()
    filler(night, 5, votes=2)
    box = night.spot(
        "Pelle Strand is carrying a small wooden box under his arm everywhere he goes tonight.",
        who=["Pelle Strand"],
        by="Hen",
        at="20:13",
        where="Green room",
        votes=12,
    )
    buzzer = night.spot(
        "In the press room Pelle Strand finally opened the box: his late father's original 1979 quiz buzzer. He "
        "pressed it every time a journalist asked him something he didn't like.",
        who=["Pelle Strand"],
        by="Liv",
        at="21:44",
        where="Press room",
        votes=55,
        quote="BZZZT. Next question.",
        quote_by="Pelle Strand",
    )

    from bot.digest.stories import stories_of  # (the story's beats: the writer may tell the setup briefly or not)

    stories, _, _ = stories_of(night.show, night.sightings, night.curations, END)
    story = next(s for s in stories if any(r.sighting.id == buzzer.id for r in s.moment.reports))
    assert any(r.sighting.id == box.id for f in story.follow_ups for r in f.reports), story
