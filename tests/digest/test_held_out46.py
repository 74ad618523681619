"""Issue 11, round 46: what the round-45 reviews of Montevideo, Yerevan and Baku found in the digest's headlines, each
as the reader meets it. Every name here is invented."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.models import Sighting

from .factory import Night, filler, item_with


def test_a_reunion_told_in_shorthand_is_headed_by_the_years_of_silence_not_a_second_meeting() -> None:
    text = (
        "Bar: Oskar Lind and Maja Holm met for the second time tonight. He poured two glasses of cider. She took it. "
        "10 minutes talking, her hand on his arm. First time since '22."
    )
    headline = write_headline(text, names=["Maja Holm", "Oskar Lind"], lead="Maja Holm")
    assert headline == "Oskar Lind and Maja Holm Talk for the First Time Since 2022", headline


def test_a_reunion_broken_by_one_of_the_two_speaking_first_is_their_first_talk() -> None:
    text = (
        "Rita Sorel and Ines Vaz, who have not spoken since their duo split in 2027, ended up under the same umbrella "
        "by the door. Ines spoke first; within minutes they were laughing."
    )
    headline = write_headline(text, names=["Rita Sorel", "Ines Vaz"], lead="Rita Sorel")
    assert headline == "Rita Sorel and Ines Vaz Talk for the First Time Since 2027", headline


def test_two_people_under_the_same_umbrella_are_never_under_the_umbrella() -> None:
    text = "Rita Sorel and Ines Vaz ended up under the same umbrella by the door, and laughed about the rain."
    headline = write_headline(text, names=["Rita Sorel", "Ines Vaz"], lead="Rita Sorel")
    assert "the Umbrella" not in headline, headline


def test_people_shut_in_a_stuck_lift_are_the_headlines_subject_not_the_lift() -> None:
    text = (
        "The old service lift that runs from the kitchens to the ballroom stopped between floors at about 21:40 with "
        "the singer Lotte Brink, the presenter Ravi Menon and a porter inside. While an engineer worked on it, the "
        "three of them sang through the grille, first a hymn Ravi taught the others, then a shanty Lotte taught him."
    )
    names = ["Lotte Brink", "Ravi Menon"]
    headline = write_headline(text, names=names, lead="Lotte Brink")
    assert headline == "Lotte Brink and Ravi Menon Sing in a Stuck Service Lift", headline


def test_the_people_inside_a_stuck_lift_never_head_the_moment_of_the_one_outside_it_nor_does_it_stick() -> None:
    text = (
        "The goods lift has stuck between floors with the host, Pia Moll, and Ada Stern inside. Bruno Keel, on his way "
        "down the stairs, stopped at the lift door and sang to them through it."
    )
    headline = write_headline(text, names=["Bruno Keel", "Pia Moll", "Ada Stern"], lead="Bruno Keel")
    assert not headline.startswith("Pia Moll") and "Sticks" not in headline, headline


def test_how_someone_was_found_stays_in_the_headline_after_their_age() -> None:
    text = (
        "Timo Rask found Ville Aho, 19, sitting alone on the steps after losing Best Newcomer, and sat down beside "
        "him. They stayed there until the stage manager came looking for them."
    )
    headline = write_headline(text, names=["Timo Rask", "Ville Aho"], lead="Timo Rask")
    assert headline.startswith("Timo Rask Finds Ville Aho Sitting Alone"), headline


def _bar_meeting(night: Night) -> Sighting:
    night.set_roster(("Oskar Lind", ("Lind",)), ("Maja Holm", ("Holm",)))
    filler(night, 4, votes=2)
    night.spot(
        "Oskar Lind and Maja Holm came face to face in the smokers' courtyard. He said her name. She put out her "
        "cigarette and went back inside without answering.",
        who=["Oskar Lind", "Maja Holm"],
        at="20:40",
        votes=70,
        by="Olga",
        where="Smokers' courtyard",
    )
    return night.spot(
        "Oskar Lind and Maja Holm, who made “The Long Ferry” together and had not spoken since they split in 2022, met "
        "at the bar for the second time that night. He poured two glasses of cider. She took it. They talked for ten "
        "minutes, her hand on his arm.",
        who=["Oskar Lind", "Maja Holm"],
        at="23:14",
        votes=150,
        by="Helen",
        where="Foyer bar",
        quote="Ten years is long enough.",
        quote_by="Maja Holm",
    )


def test_a_second_meeting_told_before_the_first_never_counts_it_and_one_of_two_glasses_is_one() -> None:
    night = Night()
    bar = _bar_meeting(night)
    body = item_with(night.compile(), bar).body
    assert "smokers' courtyard" in body and "second time" not in body, body
    assert "She took one." in body, body


def test_someone_who_filmed_the_act_did_it_then_not_later() -> None:
    night = Night()
    night.set_roster(("Nico Berra", ("Berra",)), ("Teo Sala", ("Sala",)))
    filler(night, 4, votes=2)
    dock = night.spot(
        "Nico Berra walked his whole band down to the end of the jetty, took off his shoes and put both feet in the "
        "lake while a steward held him by the belt. The whole band was singing behind him.",
        who=["Nico Berra"],
        at="22:19",
        votes=300,
        by="Lu",
        where="end of the jetty",
    )
    night.spot(
        "Teo Sala, the band's drummer, filmed Berra's whole jetty walk on his phone and is already showing it "
        "around the bar.",
        who=["Teo Sala", "Nico Berra"],
        at="22:26",
        votes=70,
        by="Gonza",
        where="bar",
    )
    body = item_with(night.compile(), dock).body
    assert "filmed" in body and "Later, Sala" not in body and "Later, Teo Sala" not in body, body


# ---- breaker 61 ---------------------------------------------------------------------------------------------------


def test_a_year_written_98_is_1998_and_one_of_the_two_speaking_to_someone_else_is_no_reunion() -> None:
    text = "Kestrel Vane and Dorotea Pallis at the bar. 10 minutes talking, her hand on his arm. First time since '98."
    headline = write_headline(text, names=["Kestrel Vane", "Dorotea Pallis"], lead="Kestrel Vane")
    assert headline.endswith("Since 1998"), headline
    text = (
        "Amadou Rinck and Lisbet Ohm, who have not spoken since 2009, ended up at the same cloakroom counter. Neither "
        "spoke first; Lisbet spoke to the cloakroom attendant and Amadou walked off."
    )
    headline = write_headline(text, names=["Amadou Rinck", "Lisbet Ohm"], lead="Amadou Rinck")
    assert "Talk" not in headline, headline


def test_three_people_in_a_stuck_lift_are_all_named_and_one_with_a_trophy_gets_stuck_alone() -> None:
    text = (
        "The freight lift stopped between the second and third floors with Tobiah Marr, Wren Castile and Ilse Darrow "
        "inside. They sang 'Harbour Song' in three parts until the engineer got the doors open."
    )
    names = ["Tobiah Marr", "Wren Castile", "Ilse Darrow"]
    headline = write_headline(text, names=names, lead="Tobiah Marr")
    assert headline == "Tobiah Marr, Wren Castile and Ilse Darrow Sing in a Stuck Freight Lift", headline
    text = "The goods lift has stuck between the mezzanine and the roof bar with Pim Sorensen and his trophy inside."
    headline = write_headline(text, names=["Pim Sorensen"], lead="Pim Sorensen")
    assert headline == "Pim Sorensen Gets Stuck in the Goods Lift", headline


def test_he_did_it_is_never_a_headlines_clause_and_a_line_then_an_act_heads_the_act() -> None:
    text = "Caspian Holt played the whole theme; two guards started towards him, then stopped and listened. He did it."
    headline = write_headline(text, names=["Caspian Holt"], lead="Caspian Holt")
    assert "Does It" not in headline and headline.startswith("Caspian Holt Plays"), headline
    text = (
        "He did it. “Here goes,” Caspian Holt said, and sat at the foyer piano and played the whole theme. Two guards "
        "started towards him, then stopped and listened."
    )
    headline = write_headline(text, names=["Caspian Holt"], lead="Caspian Holt")
    assert headline.startswith("Caspian Holt"), headline


def _piano_night(night: Night, payoff_text: str) -> Sighting:
    night.set_roster(("Caspian Holt", ("Holt",)))
    filler(night, 4, votes=2)
    night.spot(
        "Caspian Holt told us he would play the foyer piano, the one with the “Do not touch” sign, if his film won "
        "Best Score.",
        who=["Caspian Holt"],
        at="19:10",
        votes=40,
        by="Dev",
        where="Red carpet",
        quote="If we win, that piano is mine.",
        quote_by="Caspian Holt",
    )
    return night.spot(
        payoff_text, who=["Caspian Holt"], at="21:05", votes=300, by="Eva", where="Foyer", quote=None, quote_by=None
    )


def test_a_promise_comes_after_the_whole_act_when_the_act_goes_on_in_a_line() -> None:
    night = Night()
    payoff = _piano_night(
        night,
        "He did it. Caspian Holt sat at the foyer piano. “One for the road,” he told the doorman, and he played the "
        "whole theme while two guards started towards him.",
    )
    body = item_with(night.compile(), payoff).body
    assert body.index("played the whole theme") < body.index("that piano is mine"), body


def test_he_did_it_before_a_line_is_never_printed_with_his_name() -> None:
    night = Night()
    payoff = _piano_night(
        night,
        "He did it. “Here goes,” Caspian Holt said, and sat at the foyer piano and played the whole theme. Two guards "
        "started towards him, then stopped and listened.",
    )
    body = item_with(night.compile(), payoff).body
    assert "did it" not in body and body.startswith("“Here goes,”"), body


# ---- the Ljubljana night ------------------------------------------------------------------------------------------


def test_a_report_in_croatian_from_the_river_is_the_river_moments_not_the_loss_noted_in_the_hall() -> None:
    night = Night()
    night.set_roster(("Vilim Horvat", ("Horvat",)), ("Urša Peternel", ("Peternel",)))
    filler(night, 6, votes=2)
    night.spot(
        "STG: Best Score → Peternel ('Zadnji vlak'). Horvat claps. stands. leaves row.",
        who=["Urša Peternel", "Vilim Horvat"],
        at="22:24",
        votes=14,
        by="Urban",
        where="Main hall",
    )
    river = night.spot(
        "Vilim Horvat went down the stone steps to the Ljubljanica, took off his shoes and socks and stood shin-deep "
        "in the river for about a minute while the sound crew lit him with their phone torches.",
        who=["Vilim Horvat"],
        at="22:31",
        votes=310,
        by="Eleanor",
        where="River steps, Ljubljanica",
        quote="A promise is a promise. Nobody said how deep.",
        quote_by="Vilim Horvat",
    )
    croatian = night.spot(
        "Horvat u Ljubljanici do koljena! Urša Peternel mu je donijela svoj kip da ga drži dok stoji u vodi.",
        who=["Urša Peternel", "Vilim Horvat"],
        at="22:33",
        votes=70,
        by="Dario",
        where="Ljubljanica",
    )
    digest = night.compile()
    assert croatian.id in item_with(digest, river).sighting_ids


def test_a_note_calling_the_old_actor_by_his_initial_never_makes_his_stage_death_a_second_item() -> None:
    night = Night()
    night.set_roster(("Miha Kavčič", ("Kavčič",)), ("Pika Rozman", ("Pika",)), ("Neža Hribar", ("Hribar",)))
    filler(night, 6, votes=2)
    lesson = night.spot(
        "In the courtyard, Miha Kavčič, who is 88, was explaining to Pika Rozman that a stage death must take "
        "exactly three seconds. He counted one, two, three, let go of his cane and dropped full length onto the "
        "cobbles. Two volunteers sprinted over with the first-aid bag. He opened one eye, then bowed to the whole "
        "courtyard.",
        who=["Miha Kavčič"],
        at="21:20",
        votes=450,
        by="Eleanor",
        where="Courtyard cobbles",
        quote="That is how you die. Three seconds, never two.",
        quote_by="Miha Kavčič",
    )
    note = night.spot(
        "CRTYRD: old K. 'dies' on cobbles for kid — acting lesson. Hribar runs w/ 1st aid. false alarm. he bows.",
        who=["Neža Hribar"],
        at="21:23",
        votes=62,
        by="Urban",
        where="Courtyard cobbles",
    )
    digest = night.compile()
    item = item_with(digest, lesson)
    assert not any(note.id in i.sighting_ids for i in digest.items if i is not item), [i.headline for i in digest.items]
    assert not item.headline.endswith(("Exactly", "to Pika Rozman")), item.headline  # (never what he explained cut)


def test_a_moment_is_the_one_whose_line_it_is_when_the_next_sentence_is_theirs() -> None:
    night = Night()
    night.set_roster(("Matej Pagon", ("Page",)), ("Tomaž Rus", ("Rus",)), ("Alenka Bizjak", ("Bizjak",)))
    filler(night, 6, votes=2)
    desk = night.spot(
        "At the sound desk during Alenka Bizjak's speech, the stage manager, Tomaž Rus, twice drew a finger across "
        "his throat at Matej Pagon. Pagon kept his hand over the fader and let her read all forty-one names of the "
        "factory's last shift.",
        who=["Matej Pagon"],
        at="22:06",
        votes=220,
        by="Eleanor",
        where="Sound desk",
        quote="Nobody fades those names on my board.",
        quote_by="Matej Pagon",
    )
    night.spot(
        "Posle Bizjakinog govora Rus je prišao Pagonu za pultom i samo mu stisnuo ruku. Ništa nisu rekli.",
        who=["Tomaž Rus", "Matej Pagon"],
        at="22:09",
        votes=27,
        by="Nemanja",
        where="Sound desk",
    )
    item = item_with(night.compile(), desk)
    assert item.lead == "Matej Pagon", item.lead
    assert not item.headline.startswith("Alenka Bizjak's Speech"), item.headline  # (a name after "during": no subject)


def test_let_her_names_the_one_she_is() -> None:
    text = (
        "Alenka Bizjak stood at the lectern with her notes. Matej Pagon kept his hand over the fader and let her read "
        "all forty-one names."
    )
    assert write_headline(text, names=["Matej Pagon", "Alenka Bizjak"], lead="Matej Pagon").startswith(
        "Matej Pagon Lets Alenka Bizjak Read All Forty-One Names"
    )


def test_a_line_that_calls_someone_else_by_name_is_never_told_as_said_at_another_moment() -> None:
    night = Night()
    night.set_roster(("Tjaša Zorman", ("Tjaša",)), ("Dejan Mrak", ("Mrak",)), ("Jure Bevc", ("Jure",)))
    filler(night, 6, votes=2)
    night.spot(
        "Jure Bevc (volunteer) handing Tjaša Zorman his white trainers. Laces double-knotted.",
        who=["Jure Bevc", "Tjaša Zorman"],
        at="21:26",
        votes=41,
        by="Jaka",
        where="Courtyard",
    )
    night.spot(
        "wings", at="21:50", votes=14, by="Mojca", quote="Jure, you're getting these back signed.", quote_by="Tjaša"
    )
    hug = night.spot(
        "Coming off stage with the statuette, Tjaša Zorman walked past her own team to the side door, where Dejan Mrak "
        "was standing, and hugged him for a long time. They had not spoken in two years.",
        who=["Tjaša Zorman", "Dejan Mrak"],
        at="21:53",
        votes=265,
        by="Eleanor",
        where="Side door, backstage",
        quote="You were right about the ending.",
        quote_by="Tjaša Zorman",
    )
    assert "Jure" not in item_with(night.compile(), hug).body


def test_slovenian_and_serbian_notes_are_another_language_and_their_places_are_never_printed() -> None:
    from bot.digest.language import ENGLISH, language_of

    said = "Zorman in Mrak za odrom: dolg objem, prvič po dveh letih. Ona mu je rekla nekaj. On je samo prikimal."
    assert language_of(said) != ENGLISH
    assert language_of("Tjasa Zorman sada u bijelim tenisicama od volontera. Kaze da ih ne skida.") != ENGLISH
    night = Night()
    night.set_roster(("Đurđa Petrović", ("Đurđa",)), ("Luka Žagar", ("Žagar",)))
    filler(night, 6, votes=2)
    fall = night.spot(
        "IRON STAIRS: Petrović trips on hem, top 3 steps. Žagar catches her by elbow.",
        who=["Đurđa Petrović", "Luka Žagar"],
        at="22:50",
        votes=18,
        by="Urban",
        where="Iron stairs to the gallery",
    )
    night.spot(
        "Đurđa je pala na onim gvozdenim stepenicama, Žagar ju je uhvatio.",
        who=["Đurđa Petrović"],
        at="22:52",
        votes=12,
        by="Nemanja",
        where="Gvozdene stepenice",
        quote="Samo sam ponos ogrebala.",
        quote_by="Đurđa",
    )
    item = item_with(night.compile(), fall)
    assert "gvozdene" not in item.body.lower() and "by the elbow" in item.body, item.body
    assert item.headline.endswith("by the Elbow"), item.headline


def test_the_live_blogs_has_kept_is_kept_and_as_after_a_connective_is_lower_case() -> None:
    from bot.digest.beats import _as_follow_up
    from bot.digest.tenses import _named_present

    names = frozenset({"vilim", "horvat", "kavcic", "miha"})
    assert _named_present("Vilim Horvat has kept his promise, more or less.", names).startswith("Vilim Horvat kept")
    said = _as_follow_up("As Kavčič walked to the gate, the volunteers whistled.", "Later that night, ", names)
    assert said.startswith("Later that night, as Kavčič"), said


def test_a_role_in_brackets_after_a_name_takes_its_article_but_a_relation_does_not() -> None:
    from bot.digest.polish import _bracket_asides

    assert _bracket_asides("Bevc (volunteer) was handing Zorman his trainers.").startswith("Bevc, a volunteer, was")
    assert _bracket_asides("Tom (usher) waved.") == "Tom, an usher, waved."
    assert _bracket_asides("Kit (mum) cried.") == "Kit, mum, cried."


def test_a_films_title_in_another_language_never_makes_its_english_report_untold() -> None:
    night = Night()
    night.set_roster(("Ula Jezernik", ("Ula",)))
    filler(night, 4, votes=2)
    win = night.spot(
        "Ula Jezernik won Best Film for 'Sve je za nju' and dedicated it to Na Bistrici, the village choir in her "
        "grandmother's film.",
        who=["Ula Jezernik"],
        at="19:40",
        votes=90,
        by="Amy",
        where="Main stage",
    )
    body = item_with(night.compile(), win).body
    assert body.startswith("Ula Jezernik won Best Film"), body


def test_a_polish_report_of_a_duet_joins_its_voted_english_report_never_an_unvoted_aside_in_the_corridor() -> None:
    night = Night()
    night.set_roster(("Vörös Kinga", ("Kinga",)), ("Zofia Wróbel", ("Zofia",)), ("Marek Nowak", ("Marek",)))
    filler(night, 6, votes=2)
    night.spot(
        "Zofia's pianist just asked me where the toilets are lol I'm press, I don't know either",
        who=["Marek Nowak"],
        at="21:18",
        votes=0,
        by="Becky",
        where="corridor",
    )
    polish = night.spot(
        "Na korytarzu przy garderobach Vörös Kinga zaśpiewała Zofii Wróbel jej piosenkę po polsku, całą zwrotkę i "
        "refren. Zofia się popłakała.",
        who=["Vörös Kinga", "Zofia Wróbel"],
        at="21:20",
        votes=152,
        by="Kasia",
        where="korytarz przy garderobach",
        quote="Płakałam jak dziecko.",
        quote_by="Zofia Wróbel",
    )
    english = night.spot(
        "Kinga just sang Zofia's song IN POLISH in the dressing room corridor, a whole verse, Zofia is crying.",
        who=["Zofia Wróbel"],
        at="21:23",
        votes=118,
        by="Becky2",
        where="dressing room corridor",
        quote="She learned it on the tram, by ear. For me!",
        quote_by="Zofia Wróbel",
    )
    assert polish.id in item_with(night.compile(), english).sighting_ids


def test_a_small_count_in_digits_is_spelt_out_and_its_sentence_told() -> None:
    night = Night()
    night.set_roster(("Vesna Dolšak", ("Vesna",)), ("Borut Kanc", ("Borut",)))
    filler(night, 4, votes=2)
    bar = night.spot(
        "Vesna Dolšak + Borut Kanc at one table in the bar, 1st time since '09. She poured 2 glasses of teran. He "
        "took it.",
        who=["Vesna Dolšak", "Borut Kanc"],
        at="20:05",
        votes=120,
        by="Eva",
        where="Bar",
    )
    body = item_with(night.compile(), bar).body
    assert "She poured two glasses of teran. He took one." in body, body


def test_a_hug_told_before_the_years_of_silence_is_headed_by_them_but_a_song_is_not() -> None:
    text = (
        "Coming off stage, Tjaša Zorman walked past her own team to the side door, where Dejan Mrak was standing, and "
        "hugged him for a long time. They had not spoken in two years. Mrak said nothing."
    )
    headline = write_headline(text, names=["Tjaša Zorman", "Dejan Mrak"], lead="Tjaša Zorman")
    assert headline == "Tjaša Zorman and Dejan Mrak Hug for the First Time in Two Years", headline
    text = "Ada Lind sang her old song at the piano while Bo Kim listened. They had not spoken in ten years."
    assert "Together" not in write_headline(text, names=["Ada Lind", "Bo Kim"], lead="Ada Lind")


def test_a_foreign_reports_partner_counts_people_elsewhere_once_only_when_another_is_from_its_spot() -> None:
    from bot.digest.matching import best_partner

    # the loss noted in the hall nine minutes before (two people in common) against the river report from the
    # foreign report's own spot two minutes on (one person): the river report
    assert best_partner([((2, False, -540.0), 75), ((1, True, -120.0), 79)]) == 79
    # the same spot for both: two people in common eleven minutes on beat one three minutes on (Glasgow's lift)
    assert best_partner([((1, True, -180.0), 70), ((2, True, -660.0), 77)]) == 77
    # no candidate from its spot: people in common count whatever the minutes (Budapest's wings)
    assert best_partner([((2, False, -480.0), 64), ((1, False, -60.0), 66)]) == 64
    assert best_partner([]) is None
