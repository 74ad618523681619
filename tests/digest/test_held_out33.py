"""Causes found on round 33's sweep of the review nights (nights written by helpers who never read the compiler). A
voted moment on the thread of a story that already told its two follow-ups was left out (the review nights
themselves reproduce it: `test_review_threads`); the guards here keep the shapes around that rule. A member's role
("Abel Marchand, the choir's bass") made him a group, printed with every other tagged name as its members; a
chatty update ("you can HEAR them singing … the engineer's here now") kept its shouting and its status line.
Every name and sentence is invented, in the shape of what the night's correspondents typed."""

from __future__ import annotations

from .factory import Night, all_ids, every_item, filler, item_with


def _song_and_shave() -> tuple[Night, int, int]:
    """A host's promise to lose his moustache if a trio wins, an old composer weeping as the trio sings his song, the
    win, and the shave, where the composer hugs the singer on his way out; the song's and the shave's ids."""
    night = Night()
    filler(night, 8)
    night.spot(
        "Host Arman Seitov told us on the record that if Aru, Dana & Mira win Group of the Year he will shave off his "
        "moustache in the makeup room at ten o'clock.",
        who=["Arman Seitov", "Aru, Dana & Mira"],
        where="Red carpet",
        at="20:10",
        votes=46,
        by="Sveta",
    )
    song = night.spot(
        "As Aru, Dana & Mira sang Bolat Nurlanuly's 1968 song 'Saghynysh', the 91-year-old composer wept in his "
        "wheelchair in the wings. During the bridge Mira Tulenova took out her in-ear monitor and put it in his ear.",
        who=["Bolat Nurlanuly", "Mira Tulenova", "Aru, Dana & Mira"],
        where="Wings",
        at="21:31",
        votes=76,
        by="Dana",
        quote="I wrote this song for my wife. She would have liked the girl.",
        quote_by="Bolat Nurlanuly",
    )
    night.spot(
        "HALL: Group of the Year -> Aru, Dana & Mira. Arman touching moustache on stage. Looks pale.",
        who=["Arman Seitov", "Aru, Dana & Mira"],
        where="Hall",
        at="21:50",
        votes=9,
        by="Timur",
    )
    shave = night.spot(
        "Arman Seitov kept his word. With Aru, Dana & Mira holding their trophy, he sat in the makeup chair at ten "
        "o'clock and Mira Tulenova shaved off his moustache while the whole corridor cheered.",
        who=["Arman Seitov", "Mira Tulenova", "Aru, Dana & Mira"],
        where="Makeup room",
        at="22:01",
        votes=369,
        by="Sveta",
    )
    night.spot(
        "Bolat Nurlanuly left the makeup room doorway after the shave. Before he went he hugged Mira Tulenova and "
        "thanked her.",
        who=["Bolat Nurlanuly", "Mira Tulenova"],
        where="Makeup room",
        at="22:04",
        votes=20,
        by="Dana",
    )
    for k, (who, what, votes) in enumerate(
        [
            ("Kamila Abenova", "Kamila Abenova put her trophy in her old teacher's hands in the front row.", 330),
            ("Erlan Sadykov", "Erlan Sadykov and his rival shook hands on the smoking terrace after ten years.", 300),
            ("Gulnar Ospan", "Gulnar Ospan sewed the singer back into his jacket on the steps.", 280),
            ("Yerbol Kaliyev", "Yerbol Kaliyev missed the second step on the stage stairs carrying two laptops.", 60),
        ]
    ):
        night.spot(what, who=[who], where="Hall", at=f"21:{10 + k * 5}", votes=votes, by="Timur")
    return night, song.id, shave.id


def test_a_different_event_of_the_same_people_before_a_story_is_never_glued_into_it():
    night, song, shave = _song_and_shave()
    digest = night.compile()
    home = next((i for i in every_item(digest) if song in i.sighting_ids), None)
    assert home is not None and shave not in home.sighting_ids, [i.headline for i in every_item(digest)]


def _jump_night() -> tuple[Night, int, int, int]:
    """An actor's promise to jump into the sea, his push-ups before his award, the walk down the pier and the jump,
    and, minutes later, his rescue by a boat captain, reported on its own; their sighting ids."""
    night = Night()
    filler(night, 8)
    promise = night.spot(
        "On the carpet, Kaan Erdem was asked what he would do if Deniz Feneri wins Best Drama tonight. He pointed "
        "at the water and said he will jump into the sea in his tuxedo.",
        who=["Kaan Erdem"],
        where="Red carpet",
        at="19:45",
        votes=74,
        by="Selma",
    )
    night.spot(
        "GRN RM: Kaan Erdem doing push-ups x20 before Best Actor.",
        who=["Kaan Erdem"],
        where="Green room",
        at="20:40",
        votes=7,
        by="Tarik",
    )
    night.spot(
        "Kaan Erdem kept his word. Minutes after Deniz Feneri won Best Drama, he walked barefoot to the end of the "
        "pier, handed his Best Actor statuette to the producer Leyla Onur, and jumped into the sea in his tuxedo.",
        who=["Kaan Erdem", "Leyla Onur"],
        where="Pier",
        at="22:30",
        votes=545,
        by="Selma",
    )
    rescue = night.spot(
        "Kaan Erdem was pulled out of the water by the boat captain Yusuf Kaya and handed a towel and a glass of "
        "tea. His rented tuxedo dripped all over the pier.",
        who=["Kaan Erdem", "Yusuf Kaya", "Leyla Onur"],
        where="Pier",
        at="22:33",
        votes=202,
        by="Derya",
    )
    night.spot(
        "PIER: Kaan in towel, teeth chattering, signing wet autographs.",
        who=["Kaan Erdem"],
        where="Pier",
        at="22:38",
        votes=30,
        by="Tarik",
    )
    return night, promise.id, rescue.id, night.sightings[-3].id


def test_the_promise_a_story_keeps_is_never_the_beat_given_up_for_a_stronger_one():
    night, promise, _, jump = _jump_night()
    item = item_with(night.compile(), next(s for s in night.sightings if s.id == jump))
    assert promise in item.sighting_ids, item.body


def test_a_members_role_in_a_group_never_makes_them_the_group():
    night = Night()
    filler(night, 4)
    quiz = night.spot(
        "In the corridor, Remy Fontenot sat on an upturned crate with his biology flashcards. Abel Marchand, the "
        "choir's bass, read the questions out and the Holy Cross Singers sang the answers back in harmony.",
        who=["Remy Fontenot", "Abel Marchand", "Holy Cross Singers"],
        where="Backstage corridor",
        at="20:56",
        votes=195,
        by="Walt",
    )
    body = item_with(night.compile(), quiz).body
    assert "Abel Marchand, the choir's bass, read" in body, body


def _lift_update() -> str:
    night = Night()
    filler(night, 4)
    lift = night.spot(
        "update on the lift: you can HEAR Nell Garvie and Tam Reid singing in there from the stairwell, Nell leading "
        "and Tam doing the chorus badly. the engineer's here now",
        who=["Nell Garvie", "Tam Reid"],
        where="Stairwell",
        at="21:40",
        votes=150,
        by="Kaz",
    )
    return item_with(night.compile(), lift).body


def test_a_verb_shouted_after_can_is_printed_in_lower_case():
    body = _lift_update()
    assert "hear Nell Garvie and Tam Reid singing" in body, body


def test_a_reporters_status_to_the_desk_that_someone_is_here_now_is_not_printed():
    body = _lift_update()
    assert "engineer" not in body and "singing in there from the stairwell" in body, body


def _wrong_envelope() -> tuple[str, str]:
    """A presenter announces a reunited band by mistake for a newcomer award, beside its real winner."""
    night = Night()
    filler(night, 4)
    slip = night.spot(
        "Liv Rognes read the wrong winner for Newcomer of the Year. She opened the envelope and announced The "
        "Breakwaters, a band that formed in 1989 and was not nominated. Ola Fossum stood up and bowed to the room "
        "anyway. The winner was Sunniva Dahl, 19.",
        who=["Liv Rognes", "Sunniva Dahl", "Ola Fossum", "The Breakwaters"],
        where="Stage",
        at="20:26",
        votes=150,
        by="Ingrid",
        quote="Sorry. They are many things, but newcomers they are not.",
        quote_by="Liv Rognes",
    )
    item = item_with(night.compile(), slip)
    return item.headline, item.body


def test_a_group_named_beside_whoever_announced_it_is_never_given_them_as_members():
    _, body = _wrong_envelope()
    assert "Breakwaters (" not in body and "Breakwaters, Liv" not in body, body


def test_a_slip_heads_the_item_rather_than_the_name_the_slip_announced():
    headline, _ = _wrong_envelope()
    assert headline.startswith("Liv Rognes Reads the Wrong Winner"), headline


def test_the_one_asked_whose_answer_is_the_line_heads_the_item_not_the_one_asking():
    night = Night()
    filler(night, 4)
    answer = night.spot(
        "In the press room, Tone Berg asked Sara Máhtte to repeat her acceptance speech in Norwegian for the viewers "
        "at home. Máhtte answered in North Sami first, at length and smiling, then switched to Norwegian for one "
        "sentence. The room applauded.",
        who=["Sara Máhtte", "Tone Berg"],
        where="Press room",
        at="21:20",
        votes=160,
        by="Kaja",
        quote="You have had three hundred years to learn it.",
        quote_by="Sara Máhtte",
    )
    headline = item_with(night.compile(), answer).headline
    assert headline.startswith("Sara Máhtte"), headline


def test_what_someone_vouches_for_about_she_is_never_headlined_as_their_own_act():
    night = Night()
    filler(night, 4)
    press = night.spot(
        "In the press room after Mikkel won hip-hop of the year, nearly every question went to his grandmother, "
        "Gudrun Lie, 88. Asked whether she had listened to his lyrics, she said she had, and that she had corrected "
        "the grammar. Mikkel confirmed it: she sends him notes by post.",
        who=["Gudrun Lie", "Mikkel"],
        where="Press room",
        at="21:46",
        votes=140,
        by="Ingrid",
        quote="I have heard them. I corrected the grammar.",
        quote_by="Gudrun Lie",
    )
    headline = item_with(night.compile(), press).headline
    assert not headline.startswith("Mikkel Sends"), headline


def _choir_night() -> tuple[Night, int, int]:
    """A choir's birthday song for a cloakroom attendant, its award 85 minutes later, and its washing-up at the end:
    three separate moments of the same people; the birthday's and the award's ids."""
    night = Night()
    filler(night, 6)
    birthday = night.spot(
        "In the cloakroom queue, the Hebden Bridge Singers sang Happy Birthday in four-part harmony to Maud Pickles, "
        "the cloakroom attendant, who turned 70 today. She cried into a coat.",
        who=["Hebden Bridge Singers", "Maud Pickles"],
        where="Cloakroom",
        at="20:10",
        votes=55,
        by="Sam",
        quote="Fifty years I've hung coats here. Nobody ever sang.",
        quote_by="Maud Pickles",
    )
    award = night.spot(
        "The Hebden Bridge Singers won Best Community Ensemble and sang their thank-you. Amos Firth, the choir's "
        "bass, held the final low note for forty seconds while the presenter stood waiting with the trophy. The "
        "presenter was Sir Giles Pym, in case anyone needs it.",
        who=["Hebden Bridge Singers", "Amos Firth"],
        where="Stage",
        at="21:35",
        votes=104,
        by="Pip",
    )
    night.spot(
        "In the kitchen, the Hebden Bridge Singers rolled up their sleeves and washed up for the caterers, singing "
        "'Jerusalem' at the sinks.",
        who=["Hebden Bridge Singers", "Hilda Firth"],
        where="Kitchen",
        at="23:15",
        votes=66,
        by="Ulla",
        quote="Nobody leaves until the pans are done and the harmony is clean.",
        quote_by="Hilda Firth",
    )
    return night, birthday.id, award.id


def test_a_groups_earlier_song_for_someone_else_is_never_told_as_what_its_award_began_with():
    night, birthday, award = _choir_night()
    digest = night.compile()
    item = next(i for i in every_item(digest) if award in i.sighting_ids)
    assert "It began" not in item.body, item.body
    assert birthday in all_ids(digest), [i.headline for i in every_item(digest)]


def test_a_reporters_note_for_the_desk_in_case_anyone_needs_it_is_not_printed():
    night, _, _ = _choir_night()
    printed = " ".join(i.body for i in every_item(night.compile()))
    assert "in case anyone needs" not in printed and "Pym" not in printed, printed


def test_a_band_playing_together_for_the_first_time_in_years_heads_its_drummers_late_arrival():
    night = Night()
    filler(night, 4)
    back = night.spot(
        "Eirik Dahle made it. His taxi from the airport pulled up at the loading ramp at 22:02; he came through the "
        "loading bay with snow on his shoulders, and Pål Nyhus, the stand-in, stood up from the kit and handed him "
        "the sticks. At 22:09 Havbrukerne played together for the first time since 2011, four minutes before the "
        "final category.",
        who=["Eirik Dahle", "Havbrukerne", "Pål Nyhus"],
        where="Main stage",
        at="22:06",
        votes=210,
        by="Ingrid",
        quote="I said before the last category. I never said how long before.",
        quote_by="Eirik Dahle",
    )
    headline = item_with(night.compile(), back).headline
    assert headline == "Havbrukerne Play Together for the First Time Since 2011", headline


def test_a_proposal_asked_at_the_mic_still_heads_its_item_over_the_answer():
    night = Night()
    filler(night, 4)
    ask = night.spot(
        "Rafe Okafor knelt and asked Dalia Moss to marry him beside the coat check.",
        who=["Rafe Okafor", "Dalia Moss"],
        where="Coat check",
        at="22:40",
        votes=180,
        by="Pip",
        quote="Of course, stand up, you fool.",
        quote_by="Dalia Moss",
    )
    headline = item_with(night.compile(), ask).headline
    assert headline.startswith("Rafe Okafor Asks Dalia Moss to Marry Him"), headline


def test_she_after_a_sentence_kept_whole_past_an_initial_is_never_the_he_before_her():
    night = Night()
    filler(night, 4)
    win = night.spot(
        "Eli Cartwright won Best Newcomer. His grandmother, Rosa Cartwright, stood up on her seat in Row F. He went "
        "back down the aisle, brought her up on stage, and she read out the speech she had written for him on a "
        "napkin.",
        who=["Eli Cartwright", "Rosa Cartwright"],
        where="Stage",
        at="21:10",
        votes=150,
        by="Eve",
        quote="She wrote it. I'm only carrying it.",
        quote_by="Eli Cartwright",
    )
    headline = item_with(night.compile(), win).headline
    assert "Eli Cartwright Reads" not in headline and "Eli Cartwright Wins Best Newcomer, Reads" not in headline, (
        headline
    )


def test_their_after_a_sentence_about_one_person_is_never_hers():
    night = Night()
    filler(night, 4)
    carry = night.spot(
        "The host, Mona Osei, announced Los Hermanos Vidal, five brothers from Cádiz, as Best Live Act. Their father, "
        "Julián Vidal, could not manage the stage steps with his bad knee.",
        who=["Los Hermanos Vidal", "Mona Osei", "Julián Vidal"],
        where="Stage",
        at="21:40",
        votes=150,
        by="Wes",
    )
    headline = item_with(night.compile(), carry).headline
    assert "Osei's Father" not in headline, headline


def test_a_proposal_after_a_pause_heads_the_item_not_the_ring_two_others_hid():
    night = Night()
    filler(night, 4)
    ask = night.spot(
        "The Okoro Sisters won Best Vocal Group. At the mic, Adaeze Okoro stopped mid-thank-you and proposed to her "
        "girlfriend, Ife Bello, in the third row. Chioma and Nneka had the ring hidden in a tin of travel sweets.",
        who=["The Okoro Sisters", "Adaeze Okoro", "Ife Bello", "Chioma Okoro", "Nneka Okoro"],
        where="Main stage",
        at="22:20",
        votes=104,
        by="Sam",
        quote="Ife, I'm not letting go of this mic until you say yes.",
        quote_by="Adaeze Okoro",
    )
    headline = item_with(night.compile(), ask).headline
    assert headline.startswith("Adaeze Okoro Proposes"), headline


def _announced(text: str, who: list[str]) -> str:
    night = Night()
    filler(night, 4)
    told = night.spot(text, who=who, where="Stage", at="21:00", votes=140, by="Amy")
    return item_with(night.compile(), told).headline


def test_they_after_a_host_announced_a_band_is_the_band_walking_out_together():
    headline = _announced(
        "The host, Tamsin Quill, announced The Harbour Lights, a band that formed in 1989, and they walked out "
        "together for the first time in twenty years.",
        ["Tamsin Quill", "The Harbour Lights"],
    )
    assert headline.startswith("The Harbour Lights Walk Out Together for the First Time"), headline


def test_a_choir_named_by_its_last_word_carrying_someone_heads_the_item_over_the_host_announcing_it():
    headline = _announced(
        "The host, Tamsin Quill, announced The Mill Street Choir as winners of Best Vocal Group, and the choir "
        "carried Odile Fenwick-Amadi to the stage on their shoulders.",
        ["Tamsin Quill", "The Mill Street Choir", "Odile Fenwick-Amadi"],
    )
    assert headline.startswith("The Mill Street Choir Carries Odile Fenwick-Amadi"), headline


def test_someone_asked_what_she_thought_is_never_headlined_as_asking():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Hetty Marsh, asked what she thought of her grandson's win, said he still needs to slow down.",
        who=["Hetty Marsh"],
        where="Press room",
        at="21:30",
        votes=90,
        by="Amy",
        quote="He still rushes the second verse.",
        quote_by="Hetty Marsh",
    )
    headline = item_with(night.compile(), told).headline
    assert "Asks" not in headline, headline


def test_a_norwegian_report_filed_from_hovedscenen_joins_the_main_stage_moment_it_retells():
    night = Night()
    filler(night, 4)
    english = night.spot(
        "Dag Lunde made it. His taxi from the airport pulled up at the loading ramp at 22:02, and he ran straight to "
        "the drum kit with his coat still on.",
        who=["Dag Lunde"],
        where="Main stage",
        at="22:06",
        votes=210,
        by="Ingrid",
    )
    norwegian = night.spot(
        "Dag Lunde løp rett fra taxien til trommesettet. Han rakk det, med frakken på.",
        who=["Dag Lunde"],
        where="Hovedscenen",
        at="22:08",
        votes=58,
        by="Sigve",
    )
    item = item_with(night.compile(), english)
    assert norwegian.id in item.sighting_ids and "Sigve" in item.reporters, item


def test_its_with_nothing_before_it_to_own_it_never_closes_a_headline():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Behind the gospel dressing rooms, Kofi Ansah-Boateng apologised to Auntie Efua Mensah for sampling her hymn "
        "without permission. She made him sing its first verse before she would accept.",
        who=["Auntie Efua Mensah", "Kofi Ansah-Boateng"],
        where="Gospel corridor",
        at="20:52",
        votes=95,
        by="Nana",
        quote="Now you know the words. Now you can pay me.",
        quote_by="Auntie Efua Mensah",
    )
    headline = item_with(night.compile(), told).headline
    assert " Its " not in f"{headline} ", headline


def test_a_first_time_since_an_hour_ago_or_since_a_split_is_no_news_of_years():
    owl = _announced(
        "Meneer Uil has been found. Dirk Hofman knelt on the concrete, took the owl back and spoke in his own voice "
        "for the first time since half past eight.",
        ["Dirk Hofman"],
    )
    assert owl.startswith("Dirk Hofman Takes the Owl Back"), owl
    founders = _announced(
        "In green room B the two founders of Peat & Bramble played together for the first time since the band split "
        "in 2012. Hamish Dow took out his fiddle, and Uisdean Roy picked up a borrowed accordion and joined him.",
        ["Peat & Bramble", "Hamish Dow", "Uisdean Roy"],
    )
    assert not founders.startswith("Peat & Bramble Play"), founders


def test_its_after_a_possessive_thing_still_closes_a_headline():
    night = Night()
    filler(night, 4)
    told = night.spot(
        "Ilkka Koski's Best Drama statuette for 'Routa' lost its antenna when he dropped it on the press-room floor.",
        who=["Ilkka Koski"],
        where="Press room",
        at="22:10",
        votes=90,
        by="Aino",
    )
    headline = item_with(night.compile(), told).headline
    assert "Loses Its Antenna" in headline, headline
