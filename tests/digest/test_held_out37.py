"""Causes found in round 37: the round-36 blind reviews of three nights (Zagreb, Lahore, Ulaanbaatar) each marked
down the headline of a reunion that told the setup or a fragment ("… Sing the First Verse", "… Reach for the Last
Cup of the Night", "… Find Themselves Alone") when the years of silence were the news; and a headline ending "Next
to Her" after "His" named a woman it never introduced. Every name and sentence is invented, in the shape of what
those nights' correspondents typed."""

from __future__ import annotations

import pytest

from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.digest.reunion import reunion_headline, silence

from .factory import Night, filler, item_with


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # the silence in its own sentence, the act in a later one whose subject is "the two of them"
            "Coming down from the gallery, Vesna Horvat found Lidija Marek waiting by the lift. The two had not spoken "
            "since their trio split in 2004. Vesna said one word. Then the two of them sang the last chorus of their "
            "old hit to the cloakroom staff.",
            ["Vesna Horvat", "Lidija Marek"],
            "Vesna Horvat and Lidija Marek Sing Together for the First Time Since 2004",
        ),
        (  # the act before the silence, in its sentence: "talked …, the first time they have spoken since …"
            "At the tea urn, Sadia Karim and Omar Haleem reached for the last cup together. He let go; she split it. "
            "They drank it on the steps and talked for twenty minutes, the first time they have spoken since their "
            "show ended in 2016.",
            ["Sadia Karim", "Omar Haleem"],
            "Sadia Karim and Omar Haleem Talk for the First Time Since 2016",
        ),
        (  # the act closing a relative clause that told the silence
            "Pia Lund and Aron Vik, who had not spoken in twelve years, hugged for about a minute by the cloakroom.",
            ["Pia Lund", "Aron Vik"],
            "Pia Lund and Aron Vik Hug for the First Time in Twelve Years",
        ),
    ],
)
def test_a_reunion_is_headlined_with_the_years_apart(text: str, names: list[str], headline: str) -> None:
    assert write_headline(text, names=names, lead=names[0]) == headline


@pytest.mark.parametrize(
    "text",
    [
        # a silence and no act of the two together: a snub, no reunion
        "At the bar, Rita Szabo turned her back on Marton Fekete and left without a word. They have not spoken "
        "since their band split in 2019.",
        # a reconciliation no verb of togetherness tells: "made up" has no "first time since" (never "Make Up for …")
        "Gus Hale and Ned Orr, who had not spoken since the Night Owls split in 2011, made up in the green room.",
    ],
)
def test_no_reunion_headline_without_an_act_the_two_did_together(text: str) -> None:
    names = ["Rita Szabo", "Marton Fekete"] if "Rita" in text else ["Gus Hale", "Ned Orr"]
    assert silence(text) is not None
    assert reunion_headline(text, names) is None
    assert "First Time" not in write_headline(text, names=names, lead=names[0])


def test_a_reunion_item_on_a_night_is_headlined_with_the_years_apart() -> None:
    night = Night()
    filler(night, 4)
    hug = night.spot(
        "On the fire escape, Ilka Brand and Teo Marsh, who split Velvet Static in 2019 and had not spoken since, "
        "found themselves alone with their trophies. Teo held Ilka's trophy while she lit a cigarette. They talked "
        "for a quarter of an hour and came back in laughing.",
        who=["Ilka Brand", "Teo Marsh"],
        at="22:40",
        votes=240,
        by="Noor",
        quote="Six years, and it took a fire escape.",
        quote_by="Ilka Brand",
    )
    item = item_with(night.compile(), hug)
    assert item.headline == "Ilka Brand and Teo Marsh Talk for the First Time Since 2019"


def test_a_headline_ending_on_her_after_his_is_refused() -> None:
    assert problem("Bold Temuujin Puts His Own Chair Down Next to Her", ["Bold Temuujin"]) is not None
    # a woman's own "her" may stand for her: not this rule's to refuse
    assert problem("Saran Dulam Puts the Lamp Down Next to Her Chair", ["Saran Dulam"]) is None


def test_carrying_ones_own_chair_is_the_act_not_support() -> None:
    """The rapper's chair carried across the hall to his grandmother's table heads the item; never the bystander who
    moved his plate, nor "… Next to Her" (whom?)."""
    text = (
        "Bold Temuujin finally spotted his emee at the ministry table. He stood up in the middle of Best Editing, "
        "picked up his own chair and carried it across the whole hall, past the cameras, and put it down next to "
        "her. Minister Ganbat Dash moved his plate to make room."
    )
    headline = write_headline(text, names=["Bold Temuujin", "Ganbat Dash"], lead="Bold Temuujin")
    assert headline == "Bold Temuujin Carries His Own Chair Across the Whole Hall"


# --- from the Kinshasa before-review (round 37's held-out night) ---


def test_a_participle_opening_gets_no_was() -> None:
    from bot.digest.telegraphic import telegraphic

    text = "Presenting Best Actress in a TV Drama, MC Kibwe read out the winner as Rosine Mbala."
    assert telegraphic(text, frozenset({"kibwe", "rosine", "mbala"})) == text


def test_a_notes_passive_is_not_put_in_the_past_perfect() -> None:
    from bot.digest.flashback import had_done_then

    assert had_done_then("Crate strapped on the back.") is None  # never "Crate had strapped on the back."
    assert had_done_then("She strapped on her shoes.") == "She had strapped on her shoes."


def test_a_roster_name_filed_surname_first_is_printed_in_reading_order() -> None:
    from bot.models import RosterEntry

    night = Night()
    filler(night, 4)
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Mbuyi, Clarisse", aliases=("Clarisse Mbuyi",)),
        RosterEntry(id=2, guild_id=1, name="Jonas Tshala", aliases=()),
    ]
    spot = night.spot(
        "The Best Score trophy came in at ten on the back of a bicycle. Clarisse Mbuyi carried it up to the stage and "
        "Jonas Tshala lifted it over his head while the courtyard cheered.",
        who=["Mbuyi, Clarisse", "Jonas Tshala"],
        at="22:00",
        votes=200,
        by="Ama",
    )
    item = item_with(night.compile(), spot)
    assert "Clarisse Mbuyi" in item.body
    assert "Mbuyi, Clarisse" not in item.body + item.headline


def test_him_said_twice_in_a_sentence_is_never_the_first_clauses_subject() -> None:
    text = (
        "The Best Film trophy arrived at ten on the back of a moto-taxi. The driver, Ilunga Mpiana, had ridden through "
        "flooded streets with it in a crate. Odile Kasa brought him on stage with the crate, and Sylvie Banza asked "
        "him to stay beside her for the photograph."
    )
    headline = write_headline(text, names=["Ilunga Mpiana", "Sylvie Banza", "Odile Kasa"], lead="Ilunga Mpiana")
    assert "Asks Odile Kasa" not in headline
    # (round 39: the ride heads it, never the request to stay for the photograph, `test_held_out39`)
    assert headline == "Ilunga Mpiana Rides Through Flooded Streets With the Best Film Trophy in a Crate"


def test_taking_someone_somewhere_is_headlined_with_where() -> None:
    names = ["Rosine Mbala", "Ange Kasongo"]
    assert problem("Rosine Mbala Takes Ange Kasongo by the Hand and Walks Ange Kasongo", names) is not None
    # a clause of its time cut before its verb is refused; "as" before a noun is no such clause
    assert problem("Rosine Mbala Keeps Singing While an Old Man in a Grey Coat", names) is not None
    assert problem("Rosine Mbala Hands Ange Kasongo an Empty Pie Tin as a Trophy", names) is None
    text = (
        "Both women stood up. After a long second Rosine Mbala crossed the aisle, took Ange Kasongo by the hand and "
        "walked her to the stage stairs herself."
    )
    assert write_headline(text, names=names, lead="Rosine Mbala").startswith(
        "Rosine Mbala Walks Ange Kasongo to the Stage Stairs"
    )


def test_an_unnamed_child_after_a_fronted_time_is_never_the_tagged_person() -> None:
    text = (
        "During the closing ndombolo number a boy of about six, in a miniature three-piece suit and tiny patent "
        "shoes, climbed the "
        "stage stairs unnoticed and did a full sapeur walk across the front of the stage, stopping to open his jacket "
        "and show the crowd the label. Gaston Ilunga stopped the band for him, and the courtyard roared."
    )
    headline = write_headline(text, names=["Gaston Ilunga"], lead="Gaston Ilunga")
    assert "Gaston Ilunga Does" not in headline
    # (the one he stopped the band for is named as the report brings him in, never "for Him")
    assert headline == "Gaston Ilunga Stops the Band for a Boy of About Six"


def test_a_line_the_note_gives_to_the_crowd_is_not_the_tagged_persons() -> None:
    night = Night()
    filler(night, 4)
    walk = night.spot(
        "During the closing number a small boy in a three-piece suit climbed on stage and showed the crowd his label. "
        "Gaston Ilunga stopped the band for him.",
        who=["Gaston Ilunga"],
        at="22:35",
        votes=150,
        by="Ama",
    )
    night.spot(
        "Mwana moke amati na stage! Gaston atie ye na mapeka. Mama na ye ayei kozwa ye, kasi cour mobimba egangi "
        "« Tika ye! »",
        at="22:37",
        votes=40,
        by="Bolingo",
        quote="Tika ye!",
    )
    item = item_with(night.compile(), walk)
    # (a line of no telling word in a report written in Lingala is Lingala's: listed for the editor to translate
    # since round 47, never printed as the English article's words)
    assert "Tika ye!" in item.untranslated and "Tika ye" not in item.body, item
    assert "Ilunga said" not in item.body and "Gaston said" not in item.body


def test_an_instrument_lent_by_a_stranger_is_named_for_it() -> None:
    """Ulaanbaatar's top moment was headlined by its string ("The Outer String … Snaps With a Crack Heard at the Back
    of the Hall", scored 1): the soloist finishing on the stranger's instrument is the story."""
    text = (
        "Near the end of the yatga solo, a string on Saruul Dash's instrument snapped with a crack heard at the back. "
        "She kept playing on the others while an old herder in a brown deel in row 9 stood and passed his own yatga "
        "forward, hand to hand over six rows, to the stage. She finished the piece on it, and the hall stood."
    )
    headline = write_headline(text, names=["Saruul Dash"], lead="Saruul Dash")
    assert headline == "Saruul Dash Finishes the Piece on an Old Herder's Yatga"


def test_a_place_label_in_capitals_is_the_scene() -> None:
    from bot.digest.labels import place_label

    assert (
        place_label("CORRIDOR by dressing rms: DL holds out hand.")
        == "In the corridor by dressing rms, DL holds out hand."
    )


@pytest.mark.parametrize(
    ("text", "names", "headline"),
    [
        (  # the reports' "without a microphone" gives way to the blackout
            "Two minutes into Ama Serwaa's acceptance speech the generator cut out and the whole courtyard went dark. "
            "She did not stop. She began the chorus of her winning song without a microphone, and within a minute "
            "hundreds of phone torches were up.",
            ["Ama Serwaa"],
            "Ama Serwaa Begins the Chorus of Her Winning Song in the Blackout",
        ),
        (
            "The lights failed at 21:04, in the middle of Iqra Malik's speech. The Noor Brothers, waiting to perform "
            "next, began singing unamplified, and the courtyard joined in.",
            ["Noor Brothers", "Iqra Malik"],
            "The Noor Brothers Begin Singing in the Blackout",
        ),
    ],
)
def test_a_song_through_a_power_cut_is_headlined_in_the_blackout(text: str, names: list[str], headline: str) -> None:
    assert write_headline(text, names=names, lead=names[0]) == headline


def test_a_song_with_the_lights_on_is_not_put_in_the_blackout() -> None:
    text = "Ama Serwaa began the chorus of her winning song without a microphone, and the courtyard sang it back."
    assert "Blackout" not in write_headline(text, names=["Ama Serwaa"], lead="Ama Serwaa")


def test_a_group_that_walked_in_to_sing_is_headlined_with_the_room() -> None:
    """Ulaanbaatar's quartet was headlined with a label and its singer's line (scored 1) because "Khangai Egshig
    Sings" was too short: the room they walked into to sing is what it lacked."""
    night = Night()
    filler(night, 4)
    song = night.spot(
        "With the west wing still unheated, the quartet Altai Tsuurai, due on stage in half an hour, walked into the "
        "press room in their deels and sang for the twenty of us sitting there in coats. Breath hung over the "
        "microphone stands.",
        who=["Altai Tsuurai", "Bold Erdene"],
        at="21:30",
        votes=150,
        by="Saraa",
        quote="This music was made for cold rooms.",
        quote_by="Bold Erdene",
    )
    assert item_with(night.compile(), song).headline == "Altai Tsuurai Sings in the Press Room"


def test_a_dropped_subject_right_after_its_name_is_a_pronoun_its_sentence_says() -> None:
    from bot.digest.narration import narrate

    text = (
        "Bold Temuujin finally spotted his grandmother at the ministry table. Stood up in the middle of Best Editing, "
        "picked up his own chair and put it down next to her."
    )
    told = narrate(text, "Bold Temuujin", frozenset({"bold", "temuujin"}))
    assert "He stood up in the middle of Best Editing" in told
    # whose "his" or "her" is unsure: the name, as before
    unsure = narrate(
        "Saran Dulam spotted Bold at the ministry table. Walked over with his coat and her bag and sat down.",
        "Saran Dulam",
        frozenset({"saran", "dulam", "bold"}),
    )
    assert "He walked" not in unsure and "She walked" not in unsure


def test_a_promise_kept_by_someone_whose_pronoun_is_unsure_is_headlined_as_kept() -> None:
    """Lahore's "Shazzy Sings the Film's Title Song, Is Flat by the Second Line" left out the promise it kept (the
    reviewer's "Keeps His Pinky Promise"): the payoff's report names two people, so whose word it was is unsure."""
    night = Night()
    filler(night, 4)
    night.spot(
        "Zubi promised the whole courtyard that if 'Paper Moon' wins Best Film tonight, Zubi will sing on stage.",
        who=["Zubi"],
        at="20:10",
        votes=90,
        by="Farah",
        quote="If Paper Moon wins, I sing. You have all been warned.",
        quote_by="Zubi",
    )
    song = night.spot(
        "When Paper Moon won Best Film, Zubi took the microphone back and sang the film's title song. Zubi was flat by "
        "the second line; Adeel Khan came in underneath on harmonium and the whole courtyard took the chorus.",
        who=["Zubi", "Adeel Khan"],
        at="22:30",
        votes=300,
        by="Sana",
    )
    assert item_with(night.compile(), song).headline == "Zubi Keeps the Promise and Sings the Film's Title Song"


def test_a_pairs_reunion_is_never_told_as_one_of_them_keeping_a_promise() -> None:
    """The sweep found "Björn Sköld Keeps the Promise and And Wästberg Hug …" (stockholm): a headline whose subject is
    two people is no one person's kept word."""
    night = Night()
    filler(night, 4)
    night.spot(
        "Arne Lund promised on the carpet that if he won he would find Tove Brask tonight.",
        who=["Arne Lund", "Tove Brask"],
        at="19:30",
        votes=60,
        by="Ida",
    )
    hug = night.spot(
        "Arne Lund came off stage with his award and walked straight to Tove Brask at the side of the stage. They "
        "hugged for a long time. They had not spoken since their show was cancelled in 2024.",
        who=["Arne Lund", "Tove Brask"],
        at="22:10",
        votes=260,
        by="Maja",
    )
    headline = item_with(night.compile(), hug).headline
    assert "And" not in headline.split()[3:5], headline
    assert headline == "Arne Lund and Tove Brask Hug for the First Time Since 2024"


def test_a_pronoun_after_then_is_in_lower_case() -> None:
    from bot.digest.narration import narrate

    told = narrate(
        "Ato Mensah refuses chair upgrade. Tells bouncer off for calling him madala. Then walks up mid-set and puts "
        "his 1978 guitar over Jr's shoulders. Jr stops the music.",
        "Ato Mensah",
        frozenset({"ato", "mensah"}),
    )
    assert "Then he walked up mid-set" in told, told


def test_a_setup_in_a_correspondents_shorthand_is_not_told_as_prose() -> None:
    """Kinshasa's item printed "Minutes earlier, Moto-taxi had been up the boulevard, water to the axle at the gate.
    Box strapped on the back." from a note ("GATE: moto-taxi up the boulevard, water to the axle. Box strapped on
    the back."): shorthand, and the same arrival told twice."""
    night = Night()
    filler(night, 4)
    night.spot(
        "GATE: moto-taxi up the boulevard, water to the axle. Box strapped on the back.",
        at="22:10",
        votes=20,
        by="Tshibola",
        where="Gate",
    )
    arrival = night.spot(
        "The Best Film trophy arrived at quarter past ten on the back of a moto-taxi. The driver, Kabongo Mbuyi, had "
        "ridden from Limete through flooded streets with it in a beer crate tied to his seat.",
        who=["Kabongo Mbuyi"],
        at="22:15",
        votes=300,
        by="Akasongo",
        quote="The water came up to my knees, but the trophy never touched it.",
        quote_by="Kabongo Mbuyi",
    )
    body = item_with(night.compile(), arrival).body
    assert "Moto-taxi had been" not in body and "Box strapped" not in body and "Box had" not in body, body


def test_a_reunion_headline_over_the_length_drops_together() -> None:
    text = (
        "Đurđica Vrančić found Nevenka Bašić waiting at the stairs. The two had not spoken since their duo split in "
        "1999. Then the two of them sang the first verse."
    )
    assert reunion_headline(text, ["Đurđica Vrančić", "Nevenka Bašić"]) == (
        "Đurđica Vrančić and Nevenka Bašić Sing for the First Time Since 1999"
    )


def test_she_after_an_unnamed_subject_acted_on_her_is_the_one_named_before() -> None:
    """Lahore's bonus was headlined by the mistake ("Ayesha Raza Takes the Trophy and Begins Thanking Her Mother":
    both reviews' worst) because the sentence that hands the trophy back opened on "She" after the floor manager."""
    text = (
        "Best Playback Singer: Ustad Karim Shah, presenting without his glasses, read out 'Sana Mi…' and Sana Mirza "
        "came up, took the trophy and began thanking her mother. The floor manager whispered to her mid-sentence. She "
        "stopped, walked back down the steps and put the trophy into the hands of Sana Mir, the actual winner, at her "
        "table."
    )
    headline = write_headline(text, names=["Ustad Karim Shah", "Sana Mirza", "Sana Mir"], lead="Ustad Karim Shah")
    assert headline.startswith("Sana Mirza Puts the Trophy Into the Hands of Sana Mir"), headline


def test_she_is_the_one_the_reports_call_she_over_a_last_subject_they_never_call_either() -> None:
    """Ulaanbaatar: "… won Best Young Actor … and announced it herself, after the presenter, the wrestler Zaan
    Batsaikhan, could not make out the small print and handed her the card. She read her own name twice" was read as
    the wrestler reading her name ("Zaan Batsaikhan Reads Her Own Name Twice")."""
    from bot.digest.options import clause_options

    text = (
        "Saruul Bold, ten, won Best Young Actor for 'The Red Calf' and announced it herself, after the presenter, the "
        "wrestler Tumur Dash, could not make out the small print and handed her the card. She read her own name "
        "twice, to be sure, before she believed it."
    )
    names = ["Saruul Bold", "Tumur Dash"]
    read = [o for o in clause_options([text], names, names[0], frozenset()) if o.clause.verb == "read"]
    assert read and all(o.clause.subject == ["Saruul", "Bold"] for o in read), read
