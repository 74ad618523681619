"""Round 15's lead fixes, on nights a user would notice them in (each from a held-out night's before digest,
re-invented here with other names and words)."""

from __future__ import annotations

from tests.digest.factory import Night, filler, item_with


def test_a_band_name_with_a_comma_is_never_cut_into_two_sentences():
    night = Night()
    filler(night, 4, votes=2)
    truce = night.spot(
        "At the upstairs bar, Vera Lund bought Tom Reyes of Hello, Goodbye a shot of rum, clinked glasses with him and "
        "then hugged him, to applause from the bar.",
        who=["Vera Lund", "Tom Reyes"],
        votes=150,
    )

    body = item_with(night.compile(), truce).body

    assert "Hello, Goodbye a shot of rum" in body, body
    assert "Hello. Goodbye" not in body, body


def test_an_adverb_opening_a_sentence_with_its_own_subject_is_never_given_a_verb():
    night = Night()
    filler(night, 4, votes=2)
    call = night.spot(
        "Ravi Nair kept his word. Straight off stage he rang his grandmother on speakerphone in the corridor; her "
        "first question was whether he had eaten.",
        who=["Ravi Nair"],
        votes=200,
    )

    body = item_with(night.compile(), call).body

    assert "Straight off stage he rang his grandmother" in body, body
    assert "Straight was" not in body, body


def test_a_story_word_that_is_also_desk_talk_is_kept_at_the_end_of_a_sentence():
    night = Night()
    filler(night, 4, votes=2)
    gift = night.spot(
        "Lena Voss gave her award to the tailor who had sewn her into the gown. The tailor protested that all she "
        "had used was a needle and a thread.",
        who=["Lena Voss"],
        votes=180,
    )

    body = item_with(night.compile(), gift).body

    assert "a needle and a thread." in body, body


def test_a_correspondents_ordinal_put_right_amends_their_report_which_is_still_told():
    night = Night()
    filler(night, 4, votes=2)
    fall = night.spot(
        "Oskar Brandt came off stage, missed the first step on the stage-right stairs and pitched forward; Ida Maar "
        "caught him under both arms.",
        who=["Oskar Brandt"],
        by="Jonas",
        at="21:08",
        votes=150,
        key=True,
    )
    night.spot(
        "correction: it was the second, not the first — Oskar Brandt missed the SECOND step on the stairs.",
        who=["Oskar Brandt"],
        by="Jonas",
        at="21:15",
        votes=3,
    )

    body = item_with(night.compile(), fall).body

    assert "missed the second step" in body, body
    assert "caught him under both arms" in body, body
    assert "first step" not in body, body


def test_a_follow_up_label_is_the_desks_and_never_printed():
    night = Night()
    filler(night, 4, votes=2)
    gift = night.spot(
        "More on Juno Park: after winning Song of the Year she walked to the monitor desk and gave her trophy to the "
        "engineer who recorded her first demo.",
        who=["Juno Park"],
        votes=220,
    )

    body = item_with(night.compile(), gift).body

    assert "More on" not in body and "more was on" not in body.lower(), body
    assert "gave her trophy to the engineer" in body, body


def test_a_laugh_taken_out_of_a_report_leaves_its_sentence_ended():
    night = Night()
    filler(night, 4, votes=2)
    knock = night.spot(
        "Sami Haddad knocked on Madame Rizk's door, trophy in hand. Then she took him by the sleeve and pulled him "
        "in lol. door shut. more soon",
        who=["Sami Haddad", "Rima Rizk"],
        votes=280,
    )

    body = item_with(night.compile(), knock).body

    assert "pulled him in. Door shut." in body, body


def test_her_in_a_report_about_him_is_never_made_his_name_in_the_headline():
    night = Night()
    filler(night, 4, votes=2)
    call = night.spot(
        "Dario Veld kept his word. Straight off stage he rang his grandmother on speakerphone in the corridor; her "
        "first question was whether he had eaten. He admitted he had not, and afterwards he could not stop laughing.",
        who=["Dario Veld"],
        votes=300,
    )

    headline = item_with(night.compile(), call).headline

    assert "Veld's First Question" not in headline, headline
    assert "Can Not" not in headline, headline


def test_a_description_set_off_by_commas_never_becomes_the_headlines_subject():
    night = Night()
    filler(night, 4, votes=2)
    song = night.spot(
        "Rouba Karam, barefoot in the red dress, sat down on a flight case next to Karim Haddad. "
        "She asked for no phones.",
        who=["Rouba Karam", "Karim Haddad"],
        votes=200,
    )

    headline = item_with(night.compile(), song).headline

    assert headline.startswith("Rouba Karam"), headline
    assert "Barefoot in the Red Dress Sits" not in headline, headline
