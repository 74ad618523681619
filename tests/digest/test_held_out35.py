"""Causes found in round 35: the headlines of the round-34 night (a music awards night in an old tram depot) told the
setup, not the moment, and a new held-out night (a film and music awards night in a courtyard with a blackout, a
promise sung badly, a trophy handed to the wrong winner, written by a helper that never read the compiler, reviewed
blind) showed a presenter told as a winner, a trophy handed over by the wrong person, a sign's capitals lowered and
a family's name read as one of its members. Every name and sentence is invented, in the shape of what those nights'
correspondents typed."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with


def test_a_rescue_is_headed_by_the_one_who_saved_it_never_by_the_mishap():
    night = Night()
    filler(night, 5)
    set_ = night.spot(
        "Oskar Lind's laptop died forty seconds into his live set. The stage went silent. Frost, the rapper Emil "
        "Sand, who was not on the bill tonight, climbed the iron stairs, took the spare microphone, told Oskar Lind to "
        "beatbox, and rapped over him for five minutes about buses, cold feet and flat batteries.",
        who=["Oskar Lind", "Frost"],
        at="21:30",
        votes=240,
    )
    headline = item_with(night.compile(), set_).headline
    assert headline.startswith("Frost Raps Over Oskar Lind"), headline
    assert "Laptop" not in headline and "Buses" not in headline, headline


def test_children_counted_as_their_choirs_shout_in_the_headline_as_they_shouted():
    night = Night()
    night.set_roster(("Dječji zbor Ptičice", ("Ptičice",)), ("Marin Horvat", ("Marin",)))
    filler(night, 5)
    shout = night.spot(
        "Marin Horvat got stuck on the first syllable of the choir's name while introducing them. Before the "
        "silence could grow, all 40 children of Ptičice shouted 'PTIČICE!' together from the side of the stage, on "
        "the beat.",
        who=["Marin Horvat", "Dječji zbor Ptičice"],
        at="20:40",
        votes=210,
    )
    headline = item_with(night.compile(), shout).headline
    assert headline.startswith("Dječji zbor Ptičice's 40 Children Shout “PTIČICE!”"), headline
    assert not headline.endswith("From the Side"), headline  # (never a cut inside "the side of the stage")


def test_the_two_of_them_singing_is_headed_by_both_names():
    night = Night()
    filler(night, 5)
    duet = night.spot(
        "Coming off the stage with her award, Lea Brandt found Nina Vos waiting at the foot of the stairs. The two had "
        "not spoken since their duo split in 1998. Brandt stopped and said one sentence. Then the two of them sang "
        "the first verse of their 1986 hit in the corridor, to about twenty stagehands.",
        who=["Lea Brandt", "Nina Vos"],
        at="22:10",
        votes=300,
    )
    headline = item_with(night.compile(), duet).headline
    assert headline.startswith("Lea Brandt and Nina Vos Sing"), headline


def test_a_card_read_wrong_is_headed_by_the_reading_not_by_the_card_handed_over():
    night = Night()
    filler(night, 5)
    card = night.spot(
        "Tanja Kos, the guest presenter, was handed the English card meant for the stream and read the Best Choir "
        "winner as 'Choir Still Water': the translator had translated the group's name.",
        who=["Tanja Kos"],
        at="21:50",
        votes=150,
    )
    headline = item_with(night.compile(), card).headline
    assert headline.startswith("Tanja Kos Reads the Best Choir Winner"), headline


def test_a_presenter_named_after_an_award_label_is_never_told_as_its_winner():
    night = Night()
    filler(night, 5)
    mixup = night.spot(
        "Best Playback Singer: Ustad Karim Shah, presenting without his glasses, read out 'Sana Ra…' and Sana Raza "
        "came up, took the trophy and began thanking her father. The floor manager whispered to her mid-sentence. "
        "She stopped, walked back down the steps and put the trophy into the hands of Sana Rauf, the actual winner.",
        who=["Karim Shah", "Sana Raza", "Sana Rauf"],
        at="22:20",
        votes=160,
    )
    item = item_with(night.compile(), mixup)
    assert "Shah won" not in item.body and "Karim Shah won" not in item.body, item.body
    assert "Best Playback Singer" in item.body, item.body
    assert "Karim Shah Puts" not in item.headline, item.headline  # ("she" is never the presenter named as "his")


def test_a_keyed_result_line_gives_way_to_the_moment_that_outshone_it():
    night = Night()
    filler(night, 5)
    vow = night.spot(
        "Raza Khan told the whole courtyard that if 'Paper Boat' wins Best Film tonight, he will sing on stage.",
        who=["Raza Khan"],
        at="20:10",
        votes=30,
        by="Sara",
    )
    result = night.spot(
        "BEST FILM: Paper Boat. Mina Aziz on stage. Raza hands back mic, looks pale.",
        who=["Mina Aziz", "Raza Khan"],
        at="23:00",
        votes=12,
        by="Omar",
        key=True,
    )
    sung = night.spot(
        "He kept his promise. When Paper Boat won Best Film, Raza Khan took the microphone back and sang the film's "
        "title song. He was flat "
        "by the second line and the whole courtyard, Mina Aziz included, ended up singing over him.",
        who=["Raza Khan", "Mina Aziz"],
        at="23:02",
        votes=420,
        by="Lina",
        quote="I promised I'd sing. I never promised I'd sing well.",
        quote_by="Raza Khan",
    )
    digest = night.compile()
    item = item_with(digest, sung)
    assert "Sings" in item.headline and "Mic" not in item.headline, item.headline
    assert item.body.startswith("When Paper Boat won Best Film"), item.body
    assert result.id in item.sighting_ids, item.sighting_ids
    assert not any(vow.id in other.sighting_ids for other in every_item(digest) if other is not item)
    assert not any(result.id in other.sighting_ids for other in every_item(digest) if other is not item)


def test_a_sign_in_capitals_is_quoted_as_written_and_a_name_on_screens_is_left_as_typed():
    night = Night()
    filler(night, 5)
    sign = night.spot(
        "Back row, far left: a woman in a green shawl holding up a handwritten sign on the lid of a sweet box. It "
        "reads 'AMNA MALIK — MY DAUGHTER, MY PRIDE'. Half the back row held up phones with AMNA typed across the "
        "screen.",
        who=["Saira Malik", "Amna Malik"],
        at="20:00",
        votes=200,
        by="Hana",
    )
    body = item_with(night.compile(), sign).body
    assert "“AMNA MALIK — MY DAUGHTER, MY PRIDE”" in body, body
    assert "phones with AMNA typed" in body, body
    assert body.startswith("At the far-left end of the back row, a woman in a green shawl was holding up"), body


def test_a_preamble_to_the_desk_is_dropped_and_a_family_is_never_one_of_its_members():
    night = Night()
    night.set_roster(
        ("Aamir Sabri, Faraz Sabri & Party", ("Sabri Brothers", "Sabri party")),
        ("Aamir Sabri", ("Aamir",)),
        ("Haji Bashir", ()),
    )
    filler(night, 5)
    blackout = night.spot(
        "To put the blackout on record: the lights failed at 21:04, in the middle of Haji Bashir's speech. The Sabri "
        "party, waiting to perform next, began singing unamplified in the dark, and never dropped a beat.",
        who=["Haji Bashir"],
        at="21:10",
        votes=300,
        quote="The power went, the tune did not.",
        quote_by="Aamir Sabri",
    )
    item = item_with(night.compile(), blackout)
    assert "on record" not in item.body, item.body
    assert "The Sabri party" in item.body and "Aamir Sabri party" not in item.body, item.body


def test_two_people_seated_together_in_a_note_are_told_as_seated():
    night = Night()
    filler(night, 5)
    night.spot(
        "TBL 4: Rukhsar Jamil + Fahad Qureshi seated together. Zero words. Tense.",
        who=["Rukhsar Jamil", "Fahad Qureshi"],
        at="20:05",
        votes=20,
        by="Hana",
    )
    cup = night.spot(
        "At the tea stall, Rukhsar Jamil and Fahad Qureshi reached for the last cup at the same moment. She poured "
        "half into a second glass and handed it to him; they talked for ten minutes, the first time in twelve years.",
        who=["Rukhsar Jamil", "Fahad Qureshi"],
        at="22:40",
        votes=320,
        by="Bilal",
    )
    body = item_with(night.compile(), cup).body
    assert "Qureshi seated" not in body, body


def test_a_crowd_with_someone_included_is_never_that_persons_act():
    night = Night()
    filler(night, 5)
    anthem = night.spot(
        "The whole room, Dmitri Valchev included, stood and sang the anthem when the power cut out, in the dark, for "
        "four minutes.",
        who=["Dmitri Valchev"],
        at="21:40",
        votes=180,
    )
    headline = item_with(night.compile(), anthem).headline
    assert "Includes" not in headline, headline


def test_a_bare_presenting_aside_after_a_label_is_who_read_it_out():
    night = Night()
    filler(night, 5)
    couplets = night.spot(
        "Best Score: Farrukh Qadiri, presenting, read out the nominees in rhyming couplets and the whole hall joined "
        "in on the last line.",
        who=["Farrukh Qadiri"],
        at="21:20",
        votes=150,
    )
    body = item_with(night.compile(), couplets).body
    assert body.startswith("For Best Score, Farrukh Qadiri read out the nominees"), body
    assert "was presenting" not in body and "Qadiri won" not in body, body


def test_a_name_spelled_on_phones_and_a_sign_in_capitals_are_printed_as_shown():
    night = Night()
    filler(night, 5)
    balcony = night.spot(
        "When Odessa Marr won, the whole balcony held up their phones with ODESSA spelled out across the screens, and "
        "the woman with the MARRY ME ODESSA sign stood on her chair.",
        who=["Odessa Marr"],
        at="22:00",
        votes=220,
    )
    body = item_with(night.compile(), balcony).body
    assert "with ODESSA spelled out" in body and "the MARRY ME ODESSA sign" in body, body
