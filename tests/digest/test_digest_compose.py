"""What an item is made of: a later beat joins when it continues the thread and carries weight of its own (votes,
a quote), never a small line however well it continues; a beat from another thread never joins; the moments are
told in time order, a setup first; the connectives follow the real times."""

from __future__ import annotations

from bot.digest.hygiene import with_full_stop

from .factory import Night, every_item, filler, item_with


def _toast_night(booth_votes: int = 0) -> tuple[Night, dict[str, object]]:
    """Two old rivals toast each other at a bar (a short, strong moment); later the same two are seen in a
    booth (a small line, no votes); the same evening, unrelated small moments."""
    night = Night()
    filler(night, 6, votes=4)
    seen = {
        "toast": night.spot(
            "Orla Penhaligon raised her glass to Dunstan Ferrow across the Copper Bar. They had not spoken in years.",
            who=["Orla Penhaligon", "Dunstan Ferrow"],
            where="Copper Bar",
            at="21:10",
            votes=90,
            quote="You still owe me a cab fare, Dunstan.",
            quote_by="Orla Penhaligon",
        ),
        "booth": night.spot(
            "Orla Penhaligon and Dunstan Ferrow in a corner booth, talking, phones face down",
            who=["Orla Penhaligon", "Dunstan Ferrow"],
            where="Copper Bar",
            at="21:55",
            by="Bea",
            votes=booth_votes,
        ),
        "elsewhere": night.spot(
            "Orla Penhaligon arrived at the cloakroom",
            who=["Orla Penhaligon"],
            where="Cloakroom",
            at="22:05",
            by="Cy",
        ),
    }
    return night, seen


def test_a_later_beat_with_no_weight_of_its_own_never_joins_however_well_it_continues():
    night, seen = _toast_night()

    item = item_with(night.compile(), seen["toast"])

    assert seen["booth"].id not in item.sighting_ids and "booth" not in item.body  # one strong moment is an item
    assert "Bea" not in item.credit


def test_a_later_beat_the_readers_voted_for_joins_the_thread_after_a_connective():
    night, seen = _toast_night(booth_votes=20)  # a fifth of the toast's 90 votes, and more

    item = item_with(night.compile(), seen["toast"])

    assert seen["booth"].id in item.sighting_ids
    assert item.body.index("Copper Bar") < item.body.index("corner booth")  # told after the toast
    assert "\n\nLater, " in item.body
    assert "Bea" in item.credit


def test_a_later_line_about_only_one_of_the_people_elsewhere_does_not_join():
    night, seen = _toast_night()

    item = item_with(night.compile(), seen["toast"])

    assert seen["elsewhere"].id not in item.sighting_ids
    assert "cloakroom" not in item.body.lower()


def test_a_small_beat_long_after_the_moment_never_joins():
    night, seen = _toast_night()
    late = night.spot(
        "Orla Penhaligon and Dunstan Ferrow sharing a taxi queue umbrella outside",
        who=["Orla Penhaligon", "Dunstan Ferrow"],
        where="Copper Bar",
        at="23:50",
        by="Cy",
    )

    item = item_with(night.compile(), seen["toast"])

    assert late.id not in item.sighting_ids


def _award_night(practice_votes: int = 20) -> tuple[Night, dict[str, object]]:
    """A girl wins an award (a modest moment) and, minutes later, tells the press room about the bargain she
    made with her dad (the strongest moment); hours before, her dad was seen practising a speech."""
    night = Night()
    filler(night, 6, votes=4)
    seen = {
        "practice": night.spot(
            "Hollis Brandeau was pacing the loading bay reading his daughter's speech off a napkin, lips moving",
            who=["Hollis Brandeau", "Wynn Brandeau"],
            where="Loading bay",
            at="19:05",
            votes=practice_votes,
        ),
        "win": night.spot(
            "Wynn Brandeau won Best Newcomer. In the wings her dad Hollis Brandeau was mouthing every word of her "
            "speech with her, both hands on his chest.",
            who=["Wynn Brandeau", "Hollis Brandeau"],
            where="Wings",
            at="21:00",
            votes=30,
        ),
        "press": night.spot(
            "Wynn Brandeau was on a stack of phone books at the press room mic and told everyone about the bargain "
            "she made with her dad Hollis Brandeau, who was weeping by the door.",
            who=["Wynn Brandeau", "Hollis Brandeau"],
            where="Press room",
            at="21:09",
            by="Bea",
            votes=120,
            quote="Dad said if I won I could stay up past midnight and he can't take it back.",
            quote_by="Wynn Brandeau",
        ),
    }
    return night, seen


def test_a_beat_minutes_before_the_lead_moment_is_told_after_its_lead_sentence_and_its_quote():
    night, seen = _award_night(practice_votes=5)  # (a practice of few votes: not told)

    item = item_with(night.compile(), seen["press"])

    assert {seen["win"].id, seen["press"].id} <= set(item.sighting_ids)
    assert item.body.startswith("Wynn Brandeau was on a stack of phone books at the press room mic")  # the lead
    # its line where it was said, in the press room, then the cause (round 24: after the setup, the line read as said
    # in the wings), in the past perfect (was "It began minutes earlier, when Wynn Brandeau won …", `flashback`)
    assert "by the door. “Dad said if I won" in item.body, item.body
    cause = (
        "Wynn said. Minutes earlier, Wynn had won Best Newcomer. In the wings her dad Hollis "  # (given names: the
        "had been mouthing every word"  # two Brandeaus, round 38)
    )
    assert cause in item.body, item.body
    assert "Earlier, Wynn" not in item.body and "Earlier, Brandeau won" not in item.body


def test_a_setup_long_before_the_lead_moment_is_told_after_it_or_not_at_all_never_pasted_first():
    night, seen = _award_night(practice_votes=5)  # a practice of few votes: no beat of the story

    item = item_with(night.compile(), seen["press"])

    assert seen["practice"].id not in item.sighting_ids and "Earlier" not in item.body

    # 20 votes, under a fifth of the press room's 120, or 30: the same two people's moment, never an item of its own
    # (round 11: it was item 2, "Hollis Brandeau Paces the Loading Bay"), told in theirs as what it began with
    for votes in (20, 30):
        night, seen = _award_night(practice_votes=votes)
        digest = night.compile()
        body = item_with(digest, seen["press"]).body
        assert sum(seen["practice"].id in item.sighting_ids for item in every_item(digest)) == 1

        assert body.startswith("Wynn Brandeau was on a stack of phone books at the press room mic"), body
        # the two setups after its lead sentence and its line, in time order (was "It began hours earlier, when Hollis
        # Brandeau was pacing …": the setup is told in the past perfect, `flashback`); the win is never folded into
        # the lead sentence, since what it tells of her dad in the wings would go with it (round 41)
        assert "by the door. “Dad said if I won" in body, body
        assert "Wynn said. Hours earlier, Hollis had been pacing the loading bay" in body, body  # (given names)
        assert " Minutes earlier, Wynn had won Best Newcomer." in body and "\n\n" not in body, body


def test_two_setups_long_before_the_lead_moment_are_told_after_it_in_time_order():
    night = Night()
    filler(night, 6, votes=4)
    night.spot(
        "Marguerite Olsztyn slipped in through the kitchen door dressed as a waiter, tray and all.",
        who=["Marguerite Olsztyn"],
        at="18:40",
        votes=25,
        by="Okon",
        hold=200,
    )
    night.spot(
        "Marguerite Olsztyn walked out to present Best Score and handed it to Tobiah Quell, her old copyist.",
        who=["Marguerite Olsztyn", "Tobiah Quell"],
        at="21:30",
        votes=55,
        by="Dev",
    )
    press = night.spot(
        "Tobiah Quell was in the press room holding the trophy, Marguerite Olsztyn right beside him.",
        who=["Tobiah Quell", "Marguerite Olsztyn"],
        at="22:00",
        votes=70,
        by="Tess",
        quote="He copied every bar I wrote for ten years.",
        quote_by="Marguerite Olsztyn",
    )

    body = item_with(night.compile(), press).body

    assert body.startswith("Tobiah Quell was in the press room holding the trophy"), body
    assert "right beside him. “He copied" in body, body  # said in the press room, before the setups
    # (was "It began hours earlier, when Olsztyn slipped in …": the first setup in the past perfect, `flashback`; the
    # second, "Hours later", told from it in the past perfect too: still before the lead moment, round 42)
    assert "said. Hours earlier, Olsztyn had slipped in through the kitchen door" in body, body
    later = "all. Hours later, Olsztyn had walked out to present Best Score and handed it to Quell, her old copyist."
    assert body.endswith(later), body
    assert "Earlier" not in body and "\n\n" not in body


def _fall_night(second: str, third: str) -> tuple[Night, object]:
    night = Night()
    filler(night, 6, votes=4)
    lead = night.spot(
        "Cosimo Arbenz tripped on the cable ramp and went down holding the winner's envelope over his head.",
        who=["Cosimo Arbenz"],
        where="Stage left",
        at="20:00",
        votes=90,
        quote="The envelope lives.",
    )
    night.spot(
        "Cosimo Arbenz presented Best Score in a torn trouser knee, hopping to the microphone.",
        who=["Cosimo Arbenz"],
        where="Stage left",
        at=second,
        votes=60,
        by="Bea",
    )
    night.spot(
        "Cosimo Arbenz was back at stage left signing the winner's envelope for the stage manager, limp and all.",
        who=["Cosimo Arbenz"],
        where="Stage left",
        at=third,
        votes=50,
        by="Cy",
    )
    return night, lead


def test_a_beat_an_hour_and_a_half_after_the_one_before_is_later_that_night_not_hours_later():
    night, lead = _fall_night("20:20", "21:50")

    body = item_with(night.compile(), lead).body

    assert "\n\nLater that night, Arbenz was back at stage left" in body
    assert "Hours later" not in body


def test_a_beat_an_hour_and_twenty_minutes_on_is_not_an_hour_later():
    night, lead = _fall_night("20:20", "21:40")

    body = item_with(night.compile(), lead).body

    assert "\n\nLater that night, Arbenz was back at stage left" in body
    assert "An hour later" not in body


def test_a_beat_two_hours_after_the_one_before_is_hours_later():
    night, lead = _fall_night("20:20", "22:25")

    assert "\n\nHours later, Arbenz was back at stage left" in item_with(night.compile(), lead).body


def test_a_line_that_is_filler_in_english_never_leads_an_item_on_the_votes_of_a_report_the_article_cannot_tell():
    night = Night()
    filler(night, 6, votes=4)
    small = night.spot("Lorna Viteri on the decks at the after-party.", who=["Lorna Viteri"], at="22:08", by="Jo")
    foreign = night.spot(
        "A Lorna Viteri meteu uma música do Ivo Salgueiro no set e depois apontou para ele com os dois polegares.",
        who=["Lorna Viteri", "Ivo Salgueiro"],
        at="22:10",
        by="Bia",
        votes=15,
    )
    press = night.spot(
        "Lorna Viteri told the press room she would not sit at Ivo Salgueiro's table, said his single stole her hook.",
        who=["Lorna Viteri", "Ivo Salgueiro"],
        at="20:27",
        by="Ravi",
        votes=12,
        quote="He can keep the hook. He can't keep my chair.",
        quote_by="Lorna Viteri",
    )

    digest = night.compile()
    item = item_with(digest, press)

    assert item.body.startswith("Lorna Viteri told the press room")
    assert "on the decks" not in " ".join(i.body for i in every_item(digest))
    assert small.id not in item.sighting_ids and foreign.id not in item.sighting_ids


def test_a_thread_ends_on_its_closing_quote_however_few_votes_it_drew():
    night = Night()
    filler(night, 6, votes=4)
    bet = night.spot(
        "Teo Valcárcel stopped Ines Marlowe mid-interview on the carpet and made a bet in front of the cameras: if "
        "she won Song of the Year he would play her ballad on the after-party piano wearing her green velvet cape.",
        who=["Teo Valcárcel", "Ines Marlowe"],
        at="18:48",
        votes=30,
        by="Owen",
    )
    piano = night.spot(
        "Teo Valcárcel was at the grand piano in a green velvet cape several sizes too small, picking out the "
        "ballad with two fingers while Ines Marlowe filmed him from on top of the piano and the whole terrace "
        "sang the chorus for him, phones up, somebody crying with laughter on the stairs.",
        who=["Teo Valcárcel", "Ines Marlowe"],
        at="23:05",
        votes=120,
        by="Nell",
        quote="A bet is a bet. Nobody said I had to play it well.",
        quote_by="Teo Valcárcel",
    )
    closer = night.spot(
        "Overheard at the cloakroom, Ines to her manager.",
        who=["Ines Marlowe", "Teo Valcárcel"],
        at="23:18",
        by="Nell",
        quote="Send the cape to his house. He earned it.",
        quote_by="Ines Marlowe",
    )

    item = item_with(night.compile(), piano)

    assert {bet.id, piano.id, closer.id} <= set(item.sighting_ids)
    assert item.body.rstrip().endswith("“Send the cape to his house. He earned it.”")


def test_a_closing_quote_framed_by_its_place_drops_the_notes_who_to_whom():
    night = Night()
    filler(night, 6, votes=4)
    piano = night.spot(
        "Teo Valcárcel was at the grand piano in a green velvet cape several sizes too small, picking out the "
        "ballad with two fingers while Ines Marlowe filmed him from on top of the piano.",
        who=["Teo Valcárcel", "Ines Marlowe"],
        at="23:05",
        votes=120,
        by="Nell",
        quote="A bet is a bet.",
        quote_by="Teo Valcárcel",
    )
    night.spot(
        "Overheard at the cloakroom, Ines to her manager.",
        who=["Ines Marlowe", "Teo Valcárcel"],
        at="23:18",
        by="Nell",
        quote="Send the cape to his house. He earned it.",
        quote_by="Ines Marlowe",
    )

    body = item_with(night.compile(), piano).body

    assert "\n\nLater, at the cloakroom, Marlowe said: “Send the cape to his house. He earned it.”" in body
    assert "to her manager" not in body


def test_a_quote_from_another_report_of_the_moment_comes_with_what_that_report_saw():
    night = Night()
    filler(night, 6, votes=4)
    fall = night.spot(
        "Lucan Pryce elbowed the Harrow cast's glass heron off the catering table while reaching for a prawn, "
        "one glass leg snapped clean off, the whole press room gasped.",
        who=["Lucan Pryce"],
        where="Press room",
        at="22:55",
        votes=150,
        by="Kip",
    )
    night.spot(
        "Elowen Marsh holding the one-legged glass heron up for the photographers, laughing so hard she's crying",
        who=["Elowen Marsh", "Lucan Pryce"],
        where="Press room",
        at="22:58",
        votes=90,
        by="Tamsin",
        quote="It's fine. Our show is held together with tape too.",
        quote_by="Elowen Marsh",
    )

    body = item_with(night.compile(), fall).body

    assert "one-legged glass heron up for the photographers" in body
    assert body.index("up for the photographers") < body.index("“It's fine.")
    assert body.count("snapped") == 1


def test_a_quoted_reports_fragment_with_no_subject_is_not_told_beside_the_moment():
    night = Night()
    filler(night, 6, votes=4)
    fall = night.spot(
        "Lucan Pryce elbowed the Harrow cast's glass heron off the catering table while reaching for a prawn, "
        "one glass leg snapped clean off, the whole press room gasped.",
        who=["Lucan Pryce"],
        where="Press room",
        at="22:55",
        votes=150,
        by="Kip",
    )
    night.spot(
        "came over to the catering table for the glass heron, held it up for the photographers, laughing",
        who=["Elowen Marsh", "Lucan Pryce"],
        where="Press room",
        at="22:58",
        votes=90,
        by="Tamsin",
        quote="It's fine. Our show is held together with tape too.",
        quote_by="Elowen Marsh",
    )

    body = item_with(night.compile(), fall).body

    assert "photographers" not in body
    assert "“It's fine. Our show is held together with tape too,” Elowen Marsh said." in body


def test_a_text_ending_on_an_aside_in_brackets_still_ends_with_a_full_stop():
    assert with_full_stop("He was going door to door (panicking)") == "He was going door to door (panicking)."
    assert with_full_stop("She said yes. (She did.)") == "She said yes. (She did.)"
