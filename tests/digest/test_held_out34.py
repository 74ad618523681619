"""Causes found in round 34: a held-out night (a music awards night in an old tram depot, written by a helper that
never read the compiler, reviewed blind) and two fresh-eyes breakers' nights of round 33. A grandfather's promise to
ring a tram bell if his grandson won, and the bell rung two hours later, were split: the ringing told as a beat of
the grandson's set (they shared the venue's words, "tram" and "depot"), the promise as the bonus with no payoff. One
carry told three times from three sides; "the whole room said hi" read as notes and a 40-vote moment lost; "The Host
Picks the Host Up". Every name and sentence is invented, in the shape of what the nights' correspondents typed."""

from __future__ import annotations

from datetime import timedelta

from bot.models import RosterEntry, Show

from .factory import EVENING, Night, every_item, filler, item_with

DEPOT = Show(
    id=7,
    guild_id=99,
    name="The Rail Awards",
    venue="The Old Tram Depot, Split",
    feed_channel_id=1001,
    opened_by=1,
    opened_at=EVENING + timedelta(hours=19),
)


def _bell_night() -> tuple[Night, int, int, int]:
    """A grandfather's promise at 20:10, his grandson's set rescued by a rapper at 21:31 (keyed), the win and the
    bell rung at 22:05; the ids of the promise, the set and the bell."""
    night = Night(DEPOT)
    filler(night, 6, votes=2)
    vow = night.spot(
        "Up in the gallery, Ante Marić, 80, grandfather of the producer Luka Marić, has hooked a brass tram bell to "
        "the rail. If Luka wins Best Dance Record, he says, he will ring it twice.",
        who=["Ante Marić"],
        where="Gallery",
        at="20:10",
        votes=30,
        by="Hana",
        quote="Twice means all clear.",
        quote_by="Ante Marić",
    )
    rescue = night.spot(
        "Luka Marić's laptop died mid-set on the depot stage. The rapper Iva Kos walked up, took the spare mic and "
        "freestyled over his beatbox for four minutes about the old tram depot and dead batteries.",
        who=["Iva Kos", "Luka Marić"],
        where="Stage",
        at="21:31",
        votes=260,
        by="Mia",
        key=True,
    )
    night.spot(
        "STAGE: Best Dance Record: Luka Marić.", who=["Luka Marić"], where="Stage", at="22:03", votes=5, by="Ved"
    )
    bell = night.spot(
        "As he promised, Ante Marić rang his tram bell twice from the gallery when his grandson Luka Marić won Best "
        "Dance Record.",
        who=["Ante Marić", "Luka Marić"],
        where="Gallery",
        at="22:05",
        votes=180,
        by="Hana",
        quote="Twice, like I said.",
        quote_by="Ante Marić",
    )
    night.spot(
        "Gallery: the second Luka's name was read, his grandfather stood up and rang the bell on the rail, twice. The "
        "whole depot went quiet.",
        who=["Ante Marić"],
        where="Gallery",
        at="22:06",
        votes=70,
        by="Karl",
    )
    return night, vow.id, rescue.id, bell.id


def test_a_promise_kept_hours_later_is_told_with_the_promise_never_as_a_beat_of_another_story():
    night, vow, rescue, bell = _bell_night()
    digest = night.compile()
    home = next(item for item in every_item(digest) if bell in item.sighting_ids)
    assert vow in home.sighting_ids, home.body
    assert rescue not in home.sighting_ids, home.body
    assert "Bell" in home.headline, home.headline


def _promise_and_bell(aftermath: bool) -> tuple[Night, int]:
    """A grandfather's promise with "he says" inside it, and the bell rung as promised (with, when `aftermath`, an
    earlier, weaker report of the ringing that adds the hall's silence after it); the bell's id."""
    night = Night(DEPOT)
    filler(night, 4)
    night.spot(
        "Ante Marić, 80, has clamped a brass tram bell to the gallery rail. If his grandson Luka Marić wins Best "
        "Dance Record, he says, he will ring it twice.",
        who=["Ante Marić"],
        where="Gallery",
        at="20:10",
        votes=30,
        by="Hana",
    )
    if aftermath:
        night.spot(
            "Gallery: the second Luka's name was read, his grandfather stood up and rang the bell on the rail, twice. "
            "The whole hall went quiet, then the old staff started clapping in rhythm.",
            who=["Ante Marić"],
            where="Gallery",
            at="22:04",
            votes=70,
            by="Karl",
        )
    bell = night.spot(
        "As he promised, Ante Marić rang his tram bell twice from the gallery when his grandson Luka Marić won Best "
        "Dance Record.",
        who=["Ante Marić", "Luka Marić"],
        where="Gallery",
        at="22:05",
        votes=180,
        by="Hana",
        quote="Twice, like I said.",
        quote_by="Ante Marić",
    )
    return night, bell.id


def test_a_promise_with_its_speaker_inside_it_is_told_whole_as_what_he_said():
    night, bell = _promise_and_bell(aftermath=False)
    body = next(item for item in every_item(night.compile()) if bell in item.sighting_ids).body
    assert "said that if his grandson" in body, body


def test_the_aftermath_an_earlier_report_adds_is_told_after_the_act_it_left_out():
    night, bell = _promise_and_bell(aftermath=True)
    body = next(item for item in every_item(night.compile()) if bell in item.sighting_ids).body
    assert body.index("went quiet") > body.index("rang his tram bell"), body


def test_the_whole_room_saying_hi_is_prose_and_its_moment_is_told():
    night = Night()
    filler(night, 4)
    call = night.spot(
        "Rosie Calloway called her mother from the stage on speakerphone right after the speech and the whole room "
        "said hi to her.",
        who=["Rosie Calloway"],
        where="Stage",
        at="22:35",
        votes=40,
        by="Wes",
    )
    item = item_with(night.compile(), call)
    assert "said hi" in item.body, item.body
    assert not item.headline.endswith("Right"), item.headline


def test_it_after_a_pug_walked_on_is_the_pug_never_the_one_who_picked_it_up():
    night = Night()
    filler(night, 4)
    pug = night.spot(
        "A pug walked across the stage mid-award and the host picked it up without missing a word.",
        who=["Marguerite Osei"],
        where="Stage",
        at="21:06",
        votes=45,
        by="Wes",
    )
    headline = item_with(night.compile(), pug).headline
    assert "Picks the Host" not in headline, headline


def test_his_nan_following_him_up_is_hers_and_him_is_her_grandsons():
    night = Night()
    filler(night, 4)
    nan = night.spot(
        "Kai Brennan won Best Streamer and his nan followed him up on stage and took the mic off him to say hello to "
        "the webcam.",
        who=["Kai Brennan", "Nana Pat"],
        where="Stage",
        at="22:00",
        votes=60,
        by="Wes",
    )
    headline = item_with(night.compile(), nan).headline
    assert "Follows Up Nana Pat" not in headline and "Then Takes the Mic" not in headline, headline


def test_true_to_his_word_between_commas_never_cuts_the_shave_from_the_headline():
    night = Night()
    filler(night, 4)
    night.spot(
        "Wade Tillerson said at eight that if he won Entertainer of the Year he would let Dame Pearl Whitlock shave "
        "off his beard on stage.",
        who=["Wade Tillerson"],
        at="20:00",
        votes=30,
        quote="Twelve years of beard. Gone.",
        quote_by="Wade Tillerson",
    )
    shave = night.spot(
        "Wade Tillerson won Entertainer of the Year and, true to his word, had his beard shaved off at the podium by "
        "Dame Pearl Whitlock, using a razor from the green room.",
        who=["Wade Tillerson", "Pearl Whitlock"],
        at="22:00",
        votes=120,
        by="Ben",
        where="Stage",
    )
    headline = item_with(night.compile(), shave).headline
    assert "Beard" in headline, headline


def test_a_carry_told_from_the_other_side_is_told_once():
    night = Night()
    filler(night, 4)
    lead = night.spot(
        "Tomás Ferreira carried the presenter up the last six steps after her shoe broke. She presented Best Duo "
        "holding the broken heel.",
        who=["Tomás Ferreira"],
        at="21:02",
        votes=55,
        by="Amy",
        where="Stage",
        quote="I've had worse entrances.",
        quote_by="Marisol Ibáñez",
    )
    night.spot(
        "Marisol Ibáñez's heel snapped on the steps up to the stage and Tomás Ferreira scooped her up and carried her "
        "the rest of the way to the podium.",
        who=["Marisol Ibáñez", "Tomás Ferreira"],
        at="21:04",
        votes=30,
        by="Ben",
        where="Stage",
    )
    night.spot(
        "Ibáñez presented the whole category barefoot after Ferreira carried her up.",
        who=["Marisol Ibáñez"],
        at="21:08",
        votes=12,
        by="Dev",
        where="Stage",
    )
    night.spot(
        "Mari Ibanez lost a shoe on the stairs. Ferreira picked her up like it was nothing and walked her up to the "
        "mic.",
        who=["Marisol Ibanez", "Tomás Ferreira"],
        at="21:11",
        votes=6,
        by="Eli",
        where="Stage",
    )
    body = item_with(night.compile(), lead).body
    assert "scooped her up" not in body and "picked her up" not in body, body
    assert "barefoot" in body, body


def test_speech_in_single_quotes_that_trails_off_never_ends_its_sentence_nor_lets_a_setup_in():
    night = Night()
    filler(night, 4)
    night.spot(
        "Gracija Rukavina brought the children's choir in through the side door in matching yellow raincoats.",
        who=["Gracija Rukavina", "Vrapčići"],
        at="19:20",
        votes=4,
        by="Pia",
    )
    stuck = night.spot(
        "The host Zvonimir Kralj got stuck on the first syllable of the children's choir's name while introducing "
        "them, 'Vr... Vr...'. Before the silence could grow, all 38 children of Vrapčići shouted 'VRAPČIĆI!' "
        "together from the side of the stage. Zvonimir bowed to them from the waist, then said the line below into "
        "the microphone.",
        who=["Zvonimir Kralj", "Vrapčići"],
        where="Stage",
        at="21:06",
        votes=200,
        by="Hana",
        quote="That's why I don't read from a screen. I have a choir.",
        quote_by="Zvonimir Kralj",
    )
    body = item_with(night.compile(), stuck).body
    assert "“Vr... Vr...”" in body and "”VRAPČIĆI" not in body, body
    assert "line below" not in body and "bowed to them from the waist" in body, body


def test_a_role_between_a_name_and_the_name_again_keeps_the_name_as_typed():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Siniša Ledinski", aliases=("Sleet",))]
    filler(night, 4)
    night.spot(
        "Sleet arrived in a tracksuit with a tram-shaped umbrella.", who=["Sleet"], at="19:30", votes=3, by="Tom"
    )
    night.spot("Sleet's tram umbrella is now open in the VIP bar.", who=["Sleet"], at="20:30", votes=2, by="Mia")
    rescue = night.spot(
        "Luka Marić's laptop died thirty seconds into his set. Sleet, the rapper Siniša Ledinski, who was not on the "
        "bill, walked up the stairs and freestyled over his beatbox.",
        who=["Sleet", "Luka Marić"],
        where="Stage",
        at="21:33",
        votes=260,
        by="Hana",
    )
    body = item_with(night.compile(), rescue).body
    assert "the rapper Sleet" not in body, body


def test_a_group_and_its_hometown_after_a_comma_is_named_as_the_report_calls_it():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Klapa Bonaca, Vis", aliases=("Klapa Bonaca",))]
    filler(night, 4)
    queue = night.spot(
        "Klapa Bonaca, the a-cappella group from Vis, were stuck forty people back in the coat-check queue, so they "
        "started singing. The attendant stopped taking coats until they finished.",
        who=["Klapa Bonaca, Vis"],
        where="Coat check",
        at="19:16",
        votes=64,
        by="Hana",
    )
    body = item_with(night.compile(), queue).body
    assert "Klapa Bonaca, Vis" not in body, body


def test_a_moment_sharing_only_the_venue_and_a_length_of_time_is_no_scene_of_the_next():
    night = Night(DEPOT)
    filler(night, 4, votes=2)
    card = night.spot(
        "Tjaša Kranjc was handed the English card and read the Best Klapa winner as 'Klapa Calm Sea'. For about ten "
        "seconds Klapa Bonaca did not move, and the old tram depot fell silent.",
        who=["Tjaša Kranjc", "Klapa Bonaca"],
        where="Stage",
        at="21:24",
        votes=112,
        by="Hana",
        quote="Thirty years we've been Bonaca. Tonight we're Calm Sea.",
        quote_by="Klapa Bonaca",
    )
    rescue = night.spot(
        "Luka Marić's laptop died thirty seconds into his live set and the depot went silent. The rapper Iva Kos "
        "walked up and freestyled over his beatbox.",
        who=["Iva Kos", "Luka Marić"],
        where="Stage",
        at="21:31",
        votes=263,
        by="Mia",
        key=True,
    )
    digest = night.compile()
    assert item_with(digest, card) is not item_with(digest, rescue)


def test_her_after_someone_named_before_a_possessive_subject_is_never_left_in_the_headline():
    # (a guard: a first version of the rule that keeps "him" after "his nan" left "Will Faleolo's Aunties Teach Her")
    night = Night()
    filler(night, 4)
    siva = night.spot(
        "Manaia Rose has joined the siva and Will Faleolo's aunties are teaching her the hand movements. She is "
        "getting them wrong.",
        who=["Manaia Rose", "Will Faleolo"],
        where="Corridor",
        at="22:10",
        votes=40,
        by="Mere",
    )
    headline = item_with(night.compile(), siva).headline
    assert "Teach Her" not in headline, headline


def test_a_stars_strong_second_moment_left_out_is_named_for_the_editor():
    night = Night()
    filler(night, 6, votes=2)
    night.spot(
        "Dashiell Ombra tells us that if Marisol Quenby wins Best New Artist tonight he will dye his beard gold, on "
        "the spot.",
        who=["Dashiell Ombra", "Marisol Quenby"],
        at="19:05",
        by="Juno",
        quote="If Marisol takes Best New Artist, this beard goes gold.",
        quote_by="Dashiell Ombra",
        votes=10,
    )
    kegs = night.spot(
        "Dashiell Ombra trips over a mooring rope on his way into the hall and lands in a stack of empty kegs. Unhurt; "
        "he stands up and takes a bow to applause.",
        who=["Dashiell Ombra"],
        at="19:55",
        by="Lin",
        where="Hall",
        votes=28,
    )
    night.spot(
        "Marisol Quenby wins Best New Artist. Walking off, she looks straight at Dashiell Ombra in the front row and "
        "mimes stroking a beard.",
        who=["Marisol Quenby", "Dashiell Ombra"],
        at="22:05",
        by="Juno",
        quote="Gold, Dash. Gold.",
        quote_by="Marisol Quenby",
        votes=22,
    )
    night.spot(
        "Dashiell Ombra walks out of the washrooms with his beard dyed bright gold, as he promised on the carpet. "
        "Marisol Quenby holds her trophy up next to it for the photographers.",
        who=["Dashiell Ombra", "Marisol Quenby"],
        at="22:45",
        by="Juno",
        quote="A man keeps his word. Even when it stains.",
        quote_by="Dashiell Ombra",
        votes=30,
    )
    digest = night.compile()
    told = {i for item in every_item(digest) for i in item.sighting_ids}
    named = {i for left in digest.left_out for i in left.sighting_ids}
    assert kegs.id in told or kegs.id in named, [left.reason for left in digest.left_out]


def test_a_band_by_its_name_in_the_plural_reads_as_prose_and_its_moment_is_told():
    night = Night()
    filler(night, 4)
    choir = night.spot(
        "The Saltwater Choir open the show on the departure stairs, forty voices, and the ferry horn blows on the last "
        "chord.",
        who=["The Saltwater Choir"],
        where="Departure stairs",
        at="20:00",
        votes=9,
        by="Juno",
    )
    assert "ferry horn" in item_with(night.compile(), choir).body


def test_single_quoted_speech_trailing_off_keeps_its_words_past_an_apostrophe():
    night = Night()
    filler(night, 4)
    win = night.spot(
        "Kip Marlow won Best New Male Vocalist and froze at the mic: 'I... I... I didn't write anything down.' Then he "
        "pulled out his phone and called his mother, live.",
        who=["Kip Marlow"],
        where="Stage",
        at="21:58",
        votes=80,
        by="Bea",
    )
    body = item_with(night.compile(), win).body
    assert "I didn't write anything down" in body, body


def test_asked_about_between_commas_before_says_is_never_made_a_passive():
    night = Night()
    filler(night, 4)
    night.spot(
        "Kip Marlow, asked about his nomination, says if he wins he will call his mother from the stage, live, before "
        "thanking anyone else.",
        who=["Kip Marlow"],
        at="18:35",
        votes=5,
        by="Dee",
    )
    win = night.spot(
        "Kip Marlow wins Best New Male Vocalist and freezes at the mic. Then he pulls out his phone and calls his "
        "mother, live, as he had promised on the carpet.",
        who=["Kip Marlow"],
        at="19:58",
        votes=80,
        by="Bea",
        quote="Mama? Mama, I won.",
        quote_by="Kip Marlow",
    )
    body = item_with(night.compile(), win).body
    assert "was asked about" not in body, body


def test_a_promise_made_to_the_correspondent_is_told_in_the_past_without_them():
    night = Night()
    filler(night, 4)
    night.spot(
        "Adaeze Holloway-Brandt promises us that if she wins Best Songwriter she will sing the acceptance speech "
        "instead of saying it.",
        who=["Adaeze Holloway-Brandt"],
        at="18:40",
        by="Dee",
    )
    sung = night.spot(
        "Adaeze Holloway-Brandt wins Best Songwriter and, true to her word, sings her whole acceptance speech to the "
        "tune of her winning song.",
        who=["Adaeze Holloway-Brandt"],
        at="21:10",
        by="Dee",
        votes=40,
        quote="Thank you to my label, thank you to my band.",
        quote_by="Adaeze Holloway-Brandt",
    )
    body = item_with(night.compile(), sung).body
    assert "promised that if she won" in body, body
