"""Bodies read as one edited paragraph (issue 11, round 11, dbody13): a setup told before the scene or after it,
never spliced into it; a scene that is no cause never told as what a moment began with."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _debut_night(win: str) -> tuple[Night, object]:
    night = Night()
    filler(night, 5, votes=3)
    night.spot(win, who=["Ossie Pratt"], by="Ana", at="21:02", where="Main stage", votes=40)
    lead = night.spot(
        "Ossie Pratt, 19, beatboxed in the corridor while her grandfather Len Pratt sang the old hymn. "
        "Several reporters stood to applaud.",
        who=["Ossie Pratt", "Len Pratt"],
        by="Bo",
        at="21:10",
        where="Corridor",
        votes=120,
        quote="He taught me every word of it.",
        quote_by="Ossie Pratt",
    )
    return night, lead


def test_a_win_of_the_lead_person_is_folded_in_front_of_the_lead_sentence():
    night, lead = _debut_night("Ossie Pratt won Debut of the Year.")

    body = item_with(night.compile(), lead).body

    assert body.startswith("After winning Debut of the Year, Ossie Pratt, 19, beatboxed in the corridor"), body
    assert "It began" not in body and "sang the old hymn. Several reporters stood to applaud." in body, body


def test_a_setup_that_does_not_fold_is_told_after_the_scene_never_between_its_sentences():
    night, lead = _debut_night("Ossie Pratt won Debut of the Year and kissed the trophy twice for the cameras.")

    body = item_with(night.compile(), lead).body

    assert "sang the old hymn. Several reporters stood to applaud. “He taught me" in body, body
    # said at the hymn (the setup in the past perfect: "It began minutes earlier, when" before `flashback`)
    assert body.index("“He taught me") < body.index("Minutes earlier, Ossie had won"), body  # (given: round 38)


def test_a_scene_that_is_no_cause_is_never_told_as_what_the_moment_began_with():
    night = Night()
    filler(night, 5, votes=3)
    night.spot("Crush was on the main stairs.", who=["Crush"], by="Ana", at="21:02", votes=40)
    lead = night.spot(
        "Crush handed her guitar to a kid in the front row and walked off barefoot.",
        who=["Crush"],
        by="Bo",
        at="21:10",
        where="Main stairs",
        votes=120,
    )

    body = item_with(night.compile(), lead).body

    assert "It began" not in body and "was on the main stairs" not in body, body


def _two_beats(lead: str, later: str, *, at: str = "22:40", who: tuple[str, ...] = ("Ambry Cole",)) -> str:
    night = Night()
    filler(night, 5, votes=3)
    first = night.spot(lead, who=["Ambry Cole"], by="Ana", at="21:10", where="Ferry stop", votes=100)
    night.spot(later, who=list(who), by="Bo", at=at, votes=90)
    return item_with(night.compile(), first).body


def test_the_desks_own_line_before_the_news_is_never_printed():
    body = _two_beats(
        "Ambry Cole sang Jolene at the ferry stop.",
        "For context on that corridor exchange: Ambry Cole had bet Tom Vale a tenner he would sing it.",
        who=("Ambry Cole", "Tom Vale"),
    )

    assert "context" not in body and "exchange" not in body, body
    assert "Cole had bet Tom Vale a tenner" in body, body


def test_a_notes_introduction_before_its_colon_is_never_printed():
    body = _two_beats(
        "Ambry Cole got a tattoo of The Grand Stretch logo on his ankle in the smoking area.",
        "Later that night, The Grand Stretch tattoo had happened, kind of: Cole showed everyone the ankle, a biro "
        "drawing.",
    )

    assert "kind of" not in body and "had happened" not in body, body
    assert "Later that night, Cole showed everyone the ankle, a biro drawing." in body, body


def test_a_follow_up_about_a_thing_the_item_never_told_is_left_out():
    body = _two_beats(
        "Ambry Cole sang Jolene at the ferry stop.",
        "Later, the name was read out twice by the host, to laughter.",
        at="21:16",
    )

    assert "the name" not in body and "laughter" not in body, body


def test_a_follow_up_about_a_thing_the_item_told_is_kept():
    body = _two_beats(
        "Ambry Cole sang Jolene at the ferry stop with his name written on a cardboard sign.",
        "Later, the sign was read out twice by the host, to laughter.",
        at="21:16",
    )

    assert "the sign was read out twice by the host, to laughter" in body, body


def _one_report(text: str, where: str | None = "Ferry stop") -> str:
    night = Night()
    filler(night, 5, votes=3)
    lead = night.spot(text, who=["Ambry Cole"], by="Ana", at="21:59", where=where, votes=100)
    return item_with(night.compile(), lead).body


def test_a_clock_time_is_said_in_words_and_a_bracketed_note_goes():
    body = _one_report(
        "Ambry Cole opened the champagne at 21:58, as had been promised at 20:10, and sprayed the photographers "
        "(level -1)."
    )

    assert body == "Ambry Cole opened the champagne just before ten and sprayed the photographers.", body


def test_a_label_of_the_time_is_never_printed():
    body = _one_report("eleven bells, near enough (22:56): Ambry Cole was still singing Jolene to the night bus queue.")

    assert body.startswith("Ambry Cole was still singing Jolene to the night bus queue"), body
    assert "bells" not in body and "22:56" not in body, body


def test_a_label_that_says_where_is_the_place_of_its_sentence():
    body = _one_report("On the tram stop: the 4 pulled in mid-chorus and Ambry Cole kept singing.", where=None)

    assert body == "The 4 pulled in mid-chorus and Ambry Cole kept singing at the tram stop.", body


def test_an_absolute_phrase_after_a_comma_is_never_joined_by_and():
    body = _one_report("Ambry Cole sang Jolene at the ferry stop. Half the room was crying, his mum included.")

    assert body.endswith("Half the room was crying, his mum included."), body
    assert "and his mum" not in body, body


def test_a_quote_is_placed_by_the_report_that_carries_it_never_by_another():
    night = Night()
    filler(night, 5, votes=3)
    night.spot("Overheard on the red carpet.", who=["Rhys Galvin"], by="Ana", at="21:10", where="Red carpet", votes=80)
    line = night.spot(
        "Rhys Galvin at the bar, to the barman.",
        who=["Rhys Galvin"],
        by="Bo",
        at="21:12",
        where="Red carpet",  # (the correspondent's last location, remembered)
        votes=20,
        quote="Make it a double, I lost to my own brother.",
        quote_by="Rhys Galvin",
    )

    digest = night.compile()
    body = item_with(digest, line).body  # (the frame names another place: never this line's moment, dstory12)

    assert body.startswith("At the bar, Rhys Galvin"), body
    assert "“Make it a double, I lost to my own brother.”" in body, body
    assert "red carpet" not in body.lower(), body
