"""Every report of a moment joins it and its best lines are told (issue 11, round 16): a report in Icelandic filed
minutes after the English ones from the same place joins them and is credited (it was read as English); a payoff goes
with its setup, never onto another moment of one of its people; a pinned payoff's promise is told and its headline is
the act, never the pointer at the promise; a line in another language whose translation the reporter gave in the note
is told with it."""

from __future__ import annotations

from bot.digest.language import language_of

from .factory import Night, every_item, filler, item_with


def test_icelandic_is_read_as_another_language():
    assert language_of("Solla gaf stelpunni í fatahenginu pelsinn sinn, hún skalf við opnar dyrnar.") != "en"
    assert language_of("Thorir Hallsson batt slaufuna á ungum strák í stiganum og sagði honum að anda rólega.") != "en"
    assert language_of("Her ad break chat: she said the lift is broken and the hans mic is off.") == "en"


def test_icelandic_reports_minutes_after_the_english_ones_join_them_and_are_credited():
    night = Night()
    filler(night, 6, votes=2)
    coat = night.spot(
        "Sólrún Eyvindsdóttir took off her fur coat at the cloakroom and wrapped it round the shivering attendant.",
        who=["Sólrún Eyvindsdóttir"],
        by="Amy",
        at="19:30",
        where="Cloakroom",
        votes=90,
    )
    coat_is = night.spot(  # six minutes later, by her alias, from the cloakroom, in Icelandic
        "Solla gaf stelpunni í fatahenginu pelsinn sinn, hún skalf við opnar dyrnar og það er ekki hlýtt hér.",
        who=["Sólrún Eyvindsdóttir"],
        by="Siggi",
        at="19:36",
        where="Cloakroom",
        votes=35,
    )
    tie = night.spot(
        "Þórir Hallsson tied the bow tie of a nervous teenage nominee in the east stairwell and told him to breathe.",
        who=["Þórir Hallsson"],
        by="Cho",
        at="19:50",
        where="East stairwell",
        votes=70,
    )
    tie_is = night.spot(  # eight minutes later, his name without its accents
        "Thorir Hallsson batt slaufuna á ungum tilnefndum strák í stiganum og sagði honum að anda rólega.",
        who=["Þórir Hallsson"],
        by="Hulda",
        at="19:58",
        where="East stairwell",
        votes=30,
    )

    digest = night.compile()

    home = item_with(digest, coat)
    assert coat_is.id in home.sighting_ids and "Siggi" in home.reporters, home.reporters
    assert "fatahenginu" not in home.body
    home = item_with(digest, tie)
    assert tie_is.id in home.sighting_ids and "Hulda" in home.reporters, home.reporters


def _setup_and_payoff(night: Night):
    promise = night.spot(
        "Beck Lowry said on the carpet that if he is seated next to Gunnar Brim he will be polite, even after the song "
        "he wrote about him.",
        who=["Beck Lowry", "Gunnar Brim"],
        by="Cho",
        at="19:10",
        where="Red carpet",
        quote="I will smile and pass him the bread",
        quote_by="Beck Lowry",
        votes=50,
    )
    scolding = night.spot(
        "Gunnar Brim was caught vaping in the fire exit and the usher, a grandmother of six, scolded him until he put "
        "it away.",
        who=["Gunnar Brim"],
        by="Dev",
        at="21:45",
        where="Fire exit",
        votes=400,
    )
    hug = night.spot(
        "Gunnar Brim hugged Beck Lowry at their table and gave him notes on the song that mocks him.",
        who=["Gunnar Brim", "Beck Lowry"],
        by="Eli",
        at="22:10",
        where="Table 4",
        quote="The second verse drags, cut it",
        quote_by="Gunnar Brim",
        votes=110,
    )
    return promise, scolding, hug


def test_a_payoff_is_told_with_its_setup_not_after_another_moment_of_one_of_its_people():
    night = Night()
    filler(night, 6, votes=2)
    promise, scolding, hug = _setup_and_payoff(night)

    digest = night.compile()

    told = item_with(digest, hug)
    assert promise.id in told.sighting_ids, told.body
    assert scolding.id not in told.sighting_ids, told.body
    assert "Later, Brim hugged" not in item_with(digest, scolding).body
    assert told.body.index("hugged") < told.body.index("polite"), told.body


def test_a_pinned_payoff_tells_its_promise_and_is_headlined_by_the_act():
    night = Night()
    filler(night, 6, votes=2)
    promise = night.spot(
        "Ansel Dray promised on the carpet that if he wins, he will take the trophy to Ragna Holt's dressing room "
        "door.",
        who=["Ansel Dray", "Ragna Holt"],
        by="Fay",
        at="19:20",
        where="Red carpet",
    )
    knock = night.spot(
        "Ansel Dray knocked on the dressing room door of his rival Ragna Holt with his new trophy, just as he had "
        "promised on the carpet.",
        who=["Ansel Dray", "Ragna Holt"],
        by="Gus",
        at="22:20",
        where="Dressing rooms",
        votes=90,
    )
    night.spot(
        "Then she took him by the sleeve and pulled him inside.",
        who=["Ragna Holt", "Ansel Dray"],
        by="Gus",
        at="22:22",
        where="Dressing rooms",
        votes=40,
    )
    night.pin(knock)

    digest = night.compile()

    item = item_with(digest, knock)
    assert item is digest.items[0]
    assert "Promises" not in item.headline and "Knocks" in item.headline, item.headline
    assert item.body.startswith("Ansel Dray knocked on the dressing room door"), item.body
    assert "if he won, he would take the trophy" in item.body, item.body
    assert "Fay" in item.reporters and promise.id in item.sighting_ids


def test_a_line_in_another_language_is_told_with_the_translation_its_reporter_gave_in_the_note():
    night = Night()
    filler(night, 6, votes=2)
    night.spot(
        "Jonni Frost brought his grandmother up to the balcony bar to watch his category.",
        who=["Jonni Frost"],
        by="Amy",
        at="21:30",
        where="Balcony bar",
        votes=40,
        quote="She raised me, she gets the best seat",
        quote_by="Jonni Frost",
    )
    night.spot(
        "Jonni Frost on his grandmother at the balcony bar.",
        who=["Jonni Frost"],
        by="Ben",
        at="21:32",
        where="Balcony bar",
        votes=30,
        quote="She taught me my first three chords",
        quote_by="Jonni Frost",
    )
    line = night.spot(
        "His grandmother, when Jonni Frost's name was read out at the balcony bar, which means 'I have waited eighty "
        "years for this'.",
        who=["Jonni Frost"],
        by="Cho",
        at="21:34",
        where="Balcony bar",
        votes=150,
        quote="Ég hef beðið í áttatíu ár eftir þessu",
    )

    digest = night.compile()

    body = item_with(digest, line).body
    assert "“Ég hef beðið í áttatíu ár eftir þessu” (“I have waited eighty years for this”)" in body, body
    assert "which means" not in body
    assert all("Ég hef" not in i.headline for i in every_item(digest))
