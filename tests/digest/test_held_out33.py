"""Causes found on round 33's sweep of the review nights (nights written by helpers who never read the compiler). A
voted moment on the thread of a story that already told its two follow-ups was left out (the review nights
themselves reproduce it: `test_review_threads`); the guards here keep the shapes around that rule. A member's role
("Abel Marchand, the choir's bass") made him a group, printed with every other tagged name as its members; a
chatty update ("you can HEAR them singing … the engineer's here now") kept its shouting and its status line.
Every name and sentence is invented, in the shape of what the night's correspondents typed."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with


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
