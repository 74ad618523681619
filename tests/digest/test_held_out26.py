"""Causes found on the held-out Tamworth night (round 25's worst headline, both reviewers): a song sung by someone a
report calls "a 90 year old nonna" was headed by the one who played along ("… Plays Along on Guitar"), and the item
was built as his, with his own earlier moment told as its setup. Every name and sentence is invented."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.models import RosterEntry

from .factory import Night, filler, item_with


def _singing_night() -> tuple[Night, object]:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Domenica Ferraro", aliases=("Nonna Mimi",)),
        RosterEntry(id=2, guild_id=99, name="Hollis Vane", aliases=("Hoss Vane",)),
    ]
    filler(night, 4)
    night.spot(
        "Hoss Vane, 81, was given the lifetime award. Backstage he asked for a cup of tea and a chair.",
        who=["Hoss Vane"],
        by="Ben",
        at="20:10",
        votes=20,
    )
    told = night.spot(
        "the whole back bar has gone silent because a 92 year old nonna is standing on a stool singing in Italian "
        "and Hoss Vane is playing along on a borrowed mandolin. nobody is touching their drinks.",
        who=["Hoss Vane"],
        by="Amy",
        at="22:20",
        where="back bar",
        votes=90,
    )
    night.spot(
        "BACK BAR: D. Ferraro (92) sings a song from Calabria. Vane on mandolin. Whole room on the chorus.",
        who=["Domenica Ferraro"],
        by="Cal",
        at="22:26",
        where="back bar",
        votes=30,
    )
    return night, told


def test_a_song_by_someone_called_a_92_year_old_nonna_is_her_item_never_the_accompanist_s():
    night, told = _singing_night()
    item = item_with(night.compile(), told)
    assert item.lead == "Domenica Ferraro", (item.lead, item.headline)
    assert "Plays Along" not in item.headline, item.headline
    assert "Domenica Ferraro, a 92 year old nonna, was standing" in item.body, item.body
    assert "lifetime award" not in item.body, item.body  # (his own moment is no setup of her song)


def test_the_lead_s_own_act_too_short_to_head_the_item_still_keeps_the_accompanist_out():
    text = (
        "The back bar went silent because Nonna Mimi is singing in Italian and Hoss Vane is playing along on a "
        "borrowed mandolin."
    )
    headline = write_headline(text, names=["Nonna Mimi", "Hoss Vane"], lead="Nonna Mimi")
    assert "Plays Along" not in headline, headline
    assert "Nonna Mimi" in headline, headline


def test_his_case_after_a_lead_in_that_named_the_busker_names_him_in_the_headline():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Wren Callow walked out of the side door with her Best Newcomer trophy still in her hand, crossed the alley to "
        "the busker who had been playing by the fire escape all night, Tobias Finch, 15, from Gunnedah, and laid the "
        "trophy in his open banjo case. She stayed for one more song, then went back in without a word to the cameras.",
        who=["Wren Callow", "Tobias Finch"],
        by="Amy",
        at="21:40",
        votes=120,
    )
    item = item_with(night.compile(), told)
    assert "His" not in item.headline.split(), item.headline
    assert "Tobias Finch's" in item.headline, item.headline


# Causes found by the blind review of the held-out Chicago night (round 26, before).


def test_she_and_a_name_doing_something_together_never_heads_as_the_name_alone_with_a_plural_verb():
    text = "Inès Marceau says she and Bjørn Aas are making a record in Oslo in March. Aas nodded."
    headline = write_headline(text, names=["Inès Marceau", "Bjørn Aas"], lead="Inès Marceau")
    assert "Bjørn Aas Make" not in headline and "Bjørn Aas Are" not in headline, headline


def test_a_host_reading_a_speech_for_the_locked_out_winner_never_heads_his_lockout_even_cut_short():
    text = (
        "Bjørn Aas has been found. He had stepped onto the roof terrace off the east corridor for a cigarette, the "
        "door locked behind him, and he spent his own category knocking on it in the sleet. A porter let him in, "
        "soaked, as Corliss was reading his speech for him."
    )
    headline = write_headline(
        text,
        names=["Bjørn Aas", "Corliss Ray Dunmore"],
        lead="Bjørn Aas",
        others=["Bjørn Aas walked out onstage soaking wet to take the trophy off Corliss Ray Dunmore."],
        quote="In Bergen, doors open both ways.",
        speaker="Bjørn Aas",
    )
    assert headline.startswith("Bjørn Aas "), headline


def test_a_trophy_carried_a_long_way_to_someone_is_headed_with_to_whom_never_cut_on_straight():
    text = (
        "Marisol Peake carried her Record of the Year trophy straight through the wings to Ottoline Burrage, who had "
        "been nominated against her, put it in Burrage's hands and refused to take it back."
    )
    headline = write_headline(text, names=["Marisol Peake", "Ottoline Burrage"], lead="Marisol Peake")
    assert headline == "Marisol Peake Carries Her Record of the Year Trophy to Ottoline Burrage", headline


def test_a_place_named_for_its_owner_after_at_is_never_read_as_someone_being_somewhere():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Ottoline Burrage, who lost Best Gospel Vocal, climbed onto the counter at Mabel's in one shoe and read the "
        "speech she had written on a napkin. The cook handed her a ladle as a trophy, and the whole diner stood.",
        who=["Ottoline Burrage"],
        at="23:10",
        votes=90,
    )
    body = item_with(night.compile(), told).body
    assert "at Mabel's in one shoe" in body, body
    assert "Mabel is" not in body and "Mabel was" not in body, body


def test_a_name_and_a_band_come_out_of_the_lift_together():
    text = (
        "Marta Oyelaran Keru and the Lantern Boys have just come out of the goods lift after 20 minutes stuck in the "
        "dark. She walked out singing their chorus."
    )
    headline = write_headline(text, names=["Marta Oyelaran Keru", "Lantern Boys"], lead="Marta Oyelaran Keru")
    assert headline.startswith("Marta Oyelaran Keru and the Lantern Boys Come Out"), headline


def test_a_short_name_inside_a_full_name_after_and_never_sets_the_person_s_verb_to_plural():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Idun Haraldsen", aliases=("Idun",)),
        RosterEntry(id=2, guild_id=99, name="Tavi Ocampo", aliases=("Tavi",)),
        RosterEntry(id=3, guild_id=99, name="Maël Kervella", aliases=("Maël",)),
    ]
    filler(night, 4)
    night.spot(
        "Maël Kervella and Idun Haraldsen, oboe and piano, first time ever playing together. They worked it out in "
        "the corridor twenty minutes ago. Standing O.",
        who=["Maël Kervella", "Idun Haraldsen"],
        at="20:59",
        votes=26,
        by="Wendell",
    )
    night.spot(
        "En la azotea Tavi le está enseñando a bailar cumbia a Idun, que todavía trae el pelo mojado. Idun no tiene "
        "nada de ritmo pero le echa ganas.",
        who=["Tavi Ocampo", "Idun Haraldsen"],
        at="22:40",
        votes=22,
        by="Lupita",
    )
    night.spot(
        "Maël Kervella says she and Idun are making a record in Tromsø in March. Idun nodded. Unclear whether he "
        "agreed.",
        who=["Maël Kervella", "Idun Haraldsen"],
        at="22:48",
        votes=2,
        by="Wendell",
    )
    later = night.spot(
        "Mabel's has an upright piano by the restrooms. Idun is on it playing stride, Tavi keeping time on a ketchup "
        "bottle.",
        who=["Idun Haraldsen", "Tavi Ocampo"],
        at="23:22",
        votes=30,
        by="Wendell",
    )
    body = item_with(night.compile(), later).body
    assert "Haraldsen were on it" not in body, body
    assert "Haraldsen was on it" in body, body


def test_knocking_on_it_after_the_door_locked_heads_as_knocking_on_the_door():
    text = (
        "Bjørn Aas stepped onto the roof terrace for a cigarette, the door locked behind him, and he spent his own "
        "category knocking on it in the sleet."
    )
    headline = write_headline(text, names=["Bjørn Aas"], lead="Bjørn Aas")
    assert "Knocking on the Door" in headline, headline


def test_a_correspondent_stuck_elsewhere_asking_someone_to_go_is_not_credited_for_the_moment():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "On the loading dock, Lucía Ferrán sang a bolero to Oren Pike's guitar while the crew stopped striking the "
        "set to listen.",
        who=["Lucía Ferrán", "Oren Pike"],
        by="Ruth",
        at="22:40",
        where="loading dock",
        votes=120,
    )
    night.spot(
        "Lucía Ferrán is singing a bolero on the loading dock?? can someone get back there, I'm stuck in the press pen",
        who=["Lucía Ferrán"],
        by="Tammy",
        at="22:41",
        where="press pen",
    )
    item = item_with(night.compile(), told)
    assert "Ruth" in item.reporters, item.reporters
    assert "Tammy" not in item.reporters, item.reporters


def test_a_promise_told_to_us_at_our_spot_is_the_setup_with_its_words():
    night = Night()
    filler(night, 4)
    night.spot(
        "Dario Fenn stopped at our spot on the carpet and, unprompted, told us his plan for the night. He kept one "
        "hand on his jacket pocket the whole time.",
        who=["Dario Fenn"],
        by="Marcus",
        at="20:10",
        where="red carpet",
        quote="Win or lose, at ten o'clock I'm asking Lina to marry me. Stage door. Don't tell her.",
        quote_by="Dario Fenn",
        votes=40,
    )
    proposal = night.spot(
        "Dario Fenn just proposed to Lina Marsh at the stage door! He forgot the ring at the hotel so he took the G "
        "string off his cello and tied it in a loop. She said yes.",
        who=["Dario Fenn", "Lina Marsh"],
        by="Tammy",
        at="22:01",
        votes=200,
    )
    body = item_with(night.compile(), proposal).body
    assert "Fenn had stopped on the carpet and, unprompted, told us his plan for the night." in body, (
        body
    )  # (`flashback`)
    assert "“Win or lose, at ten o'clock I'm asking Lina to marry me." in body, body


def test_a_note_s_whole_place_on_its_feet_gets_its_article():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Bjørn Aas just walked out onstage dripping wet to take the trophy off the host, whole place on its feet.",
        who=["Bjørn Aas"],
        at="21:40",
        votes=90,
    )
    body = item_with(night.compile(), told).body
    assert ", the whole place on its feet." in body, body


def test_a_minister_and_a_band_out_of_the_lift_beat_her_line_in_the_headline():
    text = (
        "Rosalind Achola Kiprop and the Matatu Boys have just come out of the service lift after 22 minutes stuck "
        "between floors in the blackout. She walked out singing their chorus, word for word."
    )
    headline = write_headline(
        text,
        names=["Rosalind Achola Kiprop", "Matatu Boys"],
        lead="Rosalind Achola Kiprop",
        quote="Now I know the whole chorus. Don't tell the President.",
        speaker="Rosalind Achola Kiprop",
        about="Rosalind Achola Kiprop",
    )
    assert headline == "Rosalind Achola Kiprop and the Matatu Boys Come Out of the Service Lift", headline


# Causes found on the held-out Cardiff night (round 26), before its blind review came back.


def test_a_note_s_name_caught_in_a_room_is_someone_found_there_in_the_headline_and_the_body():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "update on the cake: IT WAS TAMSIN. Tamsin Pryce caught in the wings with icing all down her frock and a chunk "
        "of the roof in her hand. says she thought it was a prop lol",
        who=["Tamsin Pryce"],
        at="22:10",
        votes=90,
        quote="In my defence, everything else in this building is fake.",
        quote_by="Tamsin Pryce",
    )
    item = item_with(night.compile(), told)
    assert item.headline.startswith("Tamsin Pryce Is Caught in the Wings"), item.headline
    assert "Tamsin Pryce was caught in the wings" in item.body, item.body


def test_a_shop_named_for_its_owner_after_at_stays_a_shop_when_the_owner_is_named_in_full():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Iolo Bevan", aliases=("Iolo",))]
    filler(night, 4)
    told = night.spot(
        "Green room: host Gethin Roach tells the company that if they win he will buy chips for every one of them at "
        "Iolo's on Womanby Street after the party.",
        who=["Gethin Roach", "Iolo Bevan"],
        at="20:10",
        votes=60,
        quote="If we win, I'm buying chips for the whole company.",
        quote_by="Gethin Roach",
    )
    body = item_with(night.compile(), told).body
    assert " was on Womanby Street" not in body and " is on Womanby Street" not in body, body


def test_thanks_for_a_catch_never_heads_over_the_catch():
    text = (
        "Morfudd Ellis missed the bottom step of the grand staircase on her way out to the cars. Bryn Tudor, a "
        "sixteen-year-old usher on his first shift, dropped his torch and caught her before she reached the marble. "
        "She thanked him with real grace and signed his programme."
    )
    headline = write_headline(text, names=["Morfudd Ellis", "Bryn Tudor"], lead="Morfudd Ellis")
    assert headline.startswith("Bryn Tudor Catches Morfudd Ellis"), headline


def test_an_aside_after_and_never_splits_the_sentence_it_opens():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Hywel Price, who lost Best Actor to Osian Lloyd tonight, stood up on the footrail of the bar, bought Osian a "
        "pint and raised his own. Osian took the pint and, this time, Hywel took his hand.",
        who=["Hywel Price", "Osian Lloyd"],
        at="23:04",
        votes=120,
    )
    body = item_with(night.compile(), told).body
    assert "took the pint and, this time, Price took his hand." in body, body


def test_a_short_thank_you_in_welsh_is_never_printed_untranslated():
    from bot.digest.language import english_line

    assert not english_line("Diolch, cariad. Ti yw fy mhrif actor i heno.")
    assert not english_line("Diolch, cariad.")
    assert english_line("Thank you, cariad!")


def test_a_trophy_put_in_the_understudy_s_hands_after_the_way_to_her_heads_the_item():
    text = (
        "Nerys Vaughan-Bell walked straight past her dressing room to find her understudy, Mali Rhys, who played the "
        "lead in thirty performances while Vaughan-Bell was off with a torn calf, and put the Best Actress trophy in "
        "her hands in front of the whole company."
    )
    headline = write_headline(text, names=["Nerys Vaughan-Bell", "Mali Rhys"], lead="Nerys Vaughan-Bell")
    assert headline == "Nerys Vaughan-Bell Puts the Best Actress Trophy in Mali Rhys's Hands", headline


def test_a_cafe_called_by_its_owner_s_first_name_keeps_its_sign_at_the_start_of_a_sentence():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Elin Madoc", aliases=("Elin",))]
    filler(night, 4)
    told = night.spot(
        "At Elin's on Bangor Street, Elin Madoc has opened up at ten at night to feed the whole choir for free.",
        who=["Elin Madoc"],
        at="22:05",
        votes=80,
    )
    body = item_with(night.compile(), told).body
    # (the live blog's "has opened up" told "opened up" since round 46)
    assert body.startswith("At Elin's on Bangor Street, Elin Madoc opened up"), body


# Causes found by the fresh-eyes breaker (/work/break39, outside the repository) on the round's tree.


def test_an_88_year_old_granny_named_elsewhere_is_named_where_the_report_calls_her_so():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Red carpet: an 88-year-old granny in a sequinned cardigan has just pushed past three photographers to fix "
        "Chiara Russo's fringe with spit on her thumb.",
        who=["Chiara Russo"],
        at="19:04",
        votes=90,
    )
    night.spot(
        "The granny on the carpet is Pia Russo (88), Chiara's grandmother, who flew in from Bari this morning.",
        who=["Pia Russo", "Chiara Russo"],
        at="19:06",
        votes=20,
    )
    body = item_with(night.compile(), told).body
    assert "Pia Russo, 88, in a sequinned cardigan" in body, body


def test_a_guard_called_by_his_name_before_the_verb_is_the_subject_never_calls_someone():
    headline = write_headline(
        "A security guard called Dennis let Rory McAllister and the crew back in through the fire door after forty "
        "minutes.",
        names=["Rory McAllister"],
        lead="Rory McAllister",
    )
    assert "Calls" not in headline and "Someone" not in headline, headline
    assert "Lets Rory McAllister and the Crew Back In" in headline, headline
