"""Moments that belong to another one's item though they share no tagged person with it: the scene a moment
answers (a mishap nobody is tagged in, then the person who coped with it), told first, even before a pin; and
what happened elsewhere because of a moment ("the kitchen is holding dessert because the speech runs long")."""

from __future__ import annotations

from bot.models import SightingStatus

from .factory import Night, every_item, filler, item_with


def _mishap(night: Night):
    caps = night.spot(
        "A WHOLE TRAY OF CHAMPAGNE FLUTES JUST WENT OVER IN THE FOYER, GLASS EVERYWHERE, GUESTS SCATTERING",
        by="Amy",
        at="20:58",
        where="Foyer",
        votes=6,
    )
    french = night.spot(
        "Un plateau entier de flûtes de champagne renversé dans le foyer, du verre partout.",
        by="Claire",
        at="21:00",
        where="Foyer",
        votes=1,
    )
    return caps, french


def _coped(night: Night, *, votes: int = 4):
    return night.spot(
        "Ines Varga, the head waiter, had the broken glass swept and fresh flutes out inside four minutes.",
        who=["Ines Varga"],
        by="Ben",
        at="21:09",
        where="Foyer",
        quote="Nobody got wet who didn't deserve it.",
        quote_by="Ines Varga",
        votes=votes,
    )


def test_a_pinned_moment_opens_its_item_tells_the_mishap_it_answers_and_credits_its_reports_in_every_language():
    night = Night()
    filler(night, 8, votes=3)
    caps, french = _mishap(night)
    coped = _coped(night)
    night.pin(coped, "The Head Waiter Who Cleared the Foyer in Four Minutes")

    digest = night.compile()
    item = digest.items[0]

    assert item.headline == "The Head Waiter Who Cleared the Foyer in Four Minutes"
    assert item is item_with(digest, caps) is item_with(digest, french)
    assert item.reporters == ["Amy", "Claire", "Ben"]
    assert item.body.startswith("Ines Varga, the head waiter, had the broken glass swept"), item.body
    # (was "It began minutes earlier, when a whole tray … went over": the setup in the past perfect, `flashback`)
    assert "Minutes earlier, a whole tray of champagne flutes had gone over in the foyer" in item.body


def test_a_later_moment_answering_a_mishap_nobody_is_tagged_in_joins_its_item():
    night = Night()
    filler(night, 8, votes=3)
    caps, _ = _mishap(night)
    coped = _coped(night, votes=2)

    digest = night.compile()

    assert item_with(digest, caps) is item_with(digest, coped)


def test_a_report_of_what_happened_elsewhere_because_of_a_pinned_moment_joins_its_item():
    night = Night()
    filler(night, 8, votes=3)
    speech = night.spot(
        "Marguerite Osei's acceptance speech is at eleven minutes and counting; the orchestra has tried twice to "
        "play her off.",
        who=["Marguerite Osei"],
        by="Cho",
        at="22:10",
        where="Main stage",
        votes=30,
    )
    kitchen = night.spot(
        "The kitchen is holding dessert because the speech is running so long; chefs are watching on a phone.",
        by="Dev",
        at="22:16",
        where="Kitchen",
    )
    night.pin(speech)

    digest = night.compile()
    item = item_with(digest, speech)

    assert item is item_with(digest, kitchen)
    assert item.body.index("eleven minutes") < item.body.index("holding dessert")


def test_a_cause_that_names_nothing_of_the_moment_does_not_join_it():
    night = Night()
    filler(night, 8, votes=3)
    speech = night.spot(
        "Marguerite Osei's acceptance speech is at eleven minutes and counting; the orchestra has tried twice to "
        "play her off.",
        who=["Marguerite Osei"],
        by="Cho",
        at="22:10",
        where="Main stage",
        votes=30,
    )
    kitchen = night.spot(
        "The kitchen is holding dessert because the pastry van came late; chefs are plating in a hurry.",
        by="Dev",
        at="22:16",
        where="Kitchen",
        votes=5,
    )
    night.pin(speech)

    digest = night.compile()

    assert kitchen.id not in item_with(digest, speech).sighting_ids


def test_an_earlier_moment_about_someone_else_from_another_place_in_the_same_words_is_its_own_story():
    night = Night()
    filler(night, 8, votes=3)
    marisol = night.spot(
        "Marisol Okafor thanked every stagehand by name on her way off the stage.",
        who=["Marisol Okafor"],
        by="Ben",
        at="20:36",
        where="Side stage",
        votes=5,
    )
    tobias = night.spot(
        "Tobias Wren thanked every stagehand by name on his way out of the press room.",
        who=["Tobias Wren"],
        by="Eli",
        at="20:41",
        where="Press room",
        votes=5,
    )
    night.pin(tobias)

    digest = night.compile()

    assert item_with(digest, marisol) is not item_with(digest, tobias)


def test_a_filler_line_at_the_same_place_before_a_moment_is_not_its_scene():
    night = Night()
    filler(night, 8, votes=3)
    line = night.spot("Line at the dock now stretches round to the tram stop.", by="Owen", at="22:15", where="Dock")
    singing = night.spot(
        "Ines Valadao is outside at the barrier singing to the fans who could not get in; the whole line sings back.",
        who=["Ines Valadao"],
        by="Ravi",
        at="22:22",
        where="Dock",
        votes=35,
    )

    digest = night.compile()

    assert line.id not in item_with(digest, singing).sighting_ids
    assert all(line.id not in item.sighting_ids for item in every_item(digest))


def test_a_pinned_moment_whose_text_names_the_mishaps_things_still_tells_the_mishap():
    night = Night()
    filler(night, 8, votes=3)
    caps = night.spot(
        "THE CONFETTI CANNON JUST WENT OFF EARLY IN THE ATRIUM!!! DURING THE DRINKS!!!",
        by="Cho",
        at="19:50",
        where="Atrium",
        votes=12,
    )
    coped = night.spot(
        "Stage manager Jules Marchand had the atrium confetti swept into bin bags and the cannon reloaded before "
        "the hall doors opened.",
        who=["Jules Marchand"],
        by="Dev",
        at="20:01",
        where="Atrium",
        quote="It was always going to go off. I just hoped it would wait for the winners.",
        quote_by="Jules Marchand",
        votes=8,
    )
    night.pin(coped)

    item = item_with(night.compile(), coped)

    assert caps.id in item.sighting_ids
    assert item.body.startswith("Stage manager Jules Marchand had the atrium confetti swept"), item.body
    # (was "It began minutes earlier, when the confetti cannon went off …": in the past perfect, `flashback`)
    assert "Minutes earlier, the confetti cannon had gone off early in the atrium" in item.body


def test_a_retracted_shouting_report_of_the_mishap_leaves_its_other_reports_as_the_pins_scene():
    night = Night()
    filler(night, 8, votes=3)
    night.spot(
        "THE WHOLE CHAMPAGNE TOWER JUST COLLAPSED ON THE GUESTS IN THE FOYER!!!",
        by="Amy",
        at="20:56",
        where="Foyer",
        votes=20,
        status=SightingStatus.RETRACTED,
    )
    calm = night.spot(
        "A tray of champagne flutes went over in the foyer, glass everywhere, nobody hurt.",
        by="Eli",
        at="20:58",
        where="Foyer",
        votes=6,
    )
    french = night.spot(
        "Un plateau de flûtes de champagne renversé dans le foyer, du verre partout.",
        by="Claire",
        at="21:00",
        where="Foyer",
    )
    coped = _coped(night)
    night.pin(coped)

    digest = night.compile()
    item = item_with(digest, coped)

    assert item is item_with(digest, calm) is item_with(digest, french)
    assert "collapsed" not in item.body.lower()


def test_a_moment_minutes_before_at_the_same_place_sharing_only_a_function_word_is_no_scene():
    night = Night()
    filler(night, 6, votes=3)
    cake = night.spot(
        "green room cake is shaped like the statuette, nobody's cut it yet",
        by="Amy",
        at="20:07",
        where="Green room",
        votes=2,
    )
    song = night.spot(
        "Power out. Pavel Orr up on a chair singing a sea shanty, phone torches held up like spotlights.",
        who=["Pavel Orr"],
        by="Ben",
        at="20:16",
        where="Green room",
        votes=80,
    )

    item = item_with(night.compile(), song)

    assert cake.id not in item.sighting_ids and "cake" not in item.body, item.body
    assert item.reporters == ["Ben"]
