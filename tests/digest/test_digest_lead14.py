"""Round 14's lead fixes, on nights a user would notice them in."""

from __future__ import annotations

from bot.digest.news_clause import answer_first
from tests.digest.factory import Night, filler, item_with


def test_a_reporters_headline_too_long_for_a_headline_is_cut_at_a_clause_never_printed_whole():
    night = Night()
    filler(night, 4, votes=2)
    fall = night.spot(
        "Mira Cole fell into the orchestra pit during the tribute, climbed out on a cellist's shoulders and finished "
        "the song.",
        who=["Mira Cole"],
        headline="Mira Cole Falls Into the Orchestra Pit During the Tribute, Climbs Out on a Cellist's Shoulders and "
        "Finishes the Song to a Standing Ovation",
        votes=200,
    )

    item = item_with(night.compile(), fall)

    assert item.headline == "Mira Cole Falls Into the Orchestra Pit During the Tribute", item.headline


def test_a_reporters_headline_that_fits_is_printed_as_written():
    night = Night()
    filler(night, 4, votes=2)
    written = "The Pit Swallows Mira Cole, and She Sings On"
    fall = night.spot(
        "Mira Cole fell into the orchestra pit during the tribute and finished the song.",
        who=["Mira Cole"],
        headline=written,
        votes=200,
    )

    assert item_with(night.compile(), fall).headline == written


def test_full_width_at_mentions_are_taken_out_like_mentions_and_the_story_around_them_is_told():
    night = Night()
    filler(night, 4, votes=2)
    fall = night.spot(
        "＠everyone Ada Finch just fell off the stage into the front row ＠here ﹫everyone",
        who=["Ada Finch"],
        votes=300,
    )

    digest = night.compile()

    item = item_with(digest, fall)
    assert digest.items[0] == item
    assert item.body == "Ada Finch fell off the stage into the front row.", item.body
    assert "＠" not in item.headline and "﹫" not in item.headline, item.headline


def test_a_sentence_opening_on_a_preposition_and_a_participle_is_printed_as_written():
    night = Night()
    filler(night, 4, votes=2)
    soda = night.spot(
        "Grace Cheng and Andy Lo met at the B1 vending machines. Without asking, he bought two cans of apple soda and "
        "handed her one.",
        who=["Grace Cheng", "Andy Lo"],
        votes=100,
    )

    body = item_with(night.compile(), soda).body

    assert "Without asking, he bought two cans" in body, body


def test_a_state_shouted_in_capitals_is_printed_in_lower_case_and_an_acronym_is_kept():
    night = Night()
    filler(night, 4, votes=2)
    catch = night.spot(
        "Renee Fair pitched forward off the third step and Cecil Bram caught her one-handed. She was FINE, laughing, "
        "and waved to the VIP balcony. She's OKAY now, sitting with the horns.",
        who=["Renee Fair", "Cecil Bram"],
        votes=100,
    )

    body = item_with(night.compile(), catch).body

    assert "She was fine, laughing" in body and "VIP balcony" in body and "OKAY" not in body, body


def test_a_place_label_goes_after_the_sentences_verb_never_inside_the_apposition_before_it():
    night = Night()
    filler(night, 4, votes=2)
    catch = night.spot(
        "Stage-left stairs: Cecil Bram, 74, waiting to go on with the horn section, dropped his trombone case and "
        "caught Renee Fair one-handed.",
        who=["Cecil Bram", "Renee Fair"],
        votes=100,
    )

    body = item_with(night.compile(), catch).body

    assert body.startswith("Cecil Bram, 74, waiting to go on with the horn section, dropped his trombone case"), body
    assert "stage-left stairs" in body, body


def test_an_aside_with_a_participle_before_the_sentences_own_verb_gets_no_was():
    night = Night()
    filler(night, 4, votes=2)
    encore = night.spot(
        "Ada Moss, 81, waiting for her car, sang the whole chorus again for the cleaners.", who=["Ada Moss"], votes=90
    )

    body = item_with(night.compile(), encore).body

    assert body.startswith("Ada Moss, 81, waiting for her car, sang the whole chorus"), body


def _headline_of(night: Night, sighting) -> str:  # type: ignore[no-untyped-def]
    return item_with(night.compile(), sighting).headline


def test_a_scene_interrupted_is_headed_by_the_one_who_interrupted_it():
    night = Night()
    filler(night, 4, votes=2)
    cypher = night.spot(
        "Bo Lund was freestyling for a ring of dancers in the B2 hallway when Mei Ong, 78, still holding her "
        "lifetime award, walked into the circle, took the microphone out of his hand and rapped a full verse in "
        "Taiwanese.",
        who=["Mei Ong", "Bo Lund"],
        votes=300,
    )

    # (round 15: the microphone taken out of his hand is the act that made the moment, told with the payoff)
    assert _headline_of(night, cypher) == "Mei Ong Takes Bo Lund's Microphone and Raps a Full Verse in Taiwanese"


def test_a_run_of_three_acts_is_headed_by_its_last_the_payoff():
    night = Night()
    filler(night, 4, votes=2)
    gift = night.spot(
        "Kofi Dade skipped the press room, walked to the kitchen and put his trophy in the hands of Pearl Amoah, the "
        "cook whose shop fed him when he was twelve.",
        who=["Kofi Dade", "Pearl Amoah"],
        votes=300,
    )

    assert _headline_of(night, gift) == "Kofi Dade Puts His Trophy in Pearl Amoah's Hands"


def test_a_payoff_told_with_she_after_the_sentence_naming_her_is_hers():
    night = Night()
    filler(night, 4, votes=2)
    jump = night.spot(
        "Amira Haddad kept her red-carpet promise. Still holding the statuette, she walked out to the jetty, handed "
        "it to Dragan Petrov and jumped into the harbour in her gown. Leo Nystrom jumped in after her.",
        who=["Amira Haddad", "Dragan Petrov", "Leo Nystrom"],
        votes=300,
    )

    headline = _headline_of(night, jump)

    assert headline.startswith("Amira Haddad") and "Jumps Into the Harbour" in headline, headline


def test_a_vow_inside_a_relative_clause_never_heads_the_item():
    night = Night()
    filler(night, 4, votes=2)
    shave = night.spot(
        "Hank Tsai, who vowed on the carpet that his hair would go if Iron Temple won Best Rock Album, kept his word "
        "in the make-up room, where his drummer shaved it all off.",
        who=["Hank Tsai"],
        votes=300,
    )

    headline = _headline_of(night, shave)

    assert headline.startswith("Hank Tsai Keeps His Word"), headline


def test_what_the_one_handed_something_did_with_it_heads_the_item():
    night = Night()
    filler(night, 4, votes=2)
    singalong = night.spot(
        "In the blackout, Jo Ferris handed Tia Marsh his battery megaphone and she climbed onto a catering table and "
        "got the whole corridor singing.",
        who=["Jo Ferris", "Tia Marsh"],
        votes=300,
    )

    headline = _headline_of(night, singalong)

    assert headline.startswith("Tia Marsh"), headline


def test_a_sentence_of_prose_with_notes_after_its_colon_is_told_without_them():
    night = Night()
    filler(night, 4, votes=2)
    singalong = night.spot(
        "Tia Marsh climbed onto a catering table in the corridor and got everybody singing 'Sweet Home': artists, "
        "caterers, security, the cleaners, maybe forty people in the dark with phone torches up. No mic, no band.",
        who=["Tia Marsh"],
        votes=300,
    )

    body = item_with(night.compile(), singalong).body

    assert body.startswith("Tia Marsh climbed onto a catering table in the corridor and got everybody singing"), body


def test_a_name_with_letters_english_does_not_use_is_no_foreign_word_in_its_headline():
    night = Night()
    filler(night, 4, votes=2)
    verse = night.spot("Ông Bí-thô rapped a full verse in Taiwanese.", who=["Ông Bí-thô"], votes=300)

    assert _headline_of(night, verse) == "Ông Bí-thô Raps a Full Verse in Taiwanese"


def test_a_verb_ending_in_oo_takes_s():
    night = Night()
    filler(night, 4, votes=2)
    boo = night.spot("Tia Marsh booed the generator when the lights came back.", who=["Tia Marsh"], votes=300)

    assert _headline_of(night, boo).startswith("Tia Marsh Boos the Generator"), _headline_of(night, boo)


def test_a_fall_reported_by_one_correspondent_and_its_catch_by_another_is_headed_by_the_catch():
    night = Night()
    filler(night, 4, votes=2)
    fall = night.spot(
        "Liv Berg went down on the stage-left stairs coming off after presenting, heel caught in her hem.",
        who=["Liv Berg"],
        where="stage-left stairs",
        at="20:52",
        by="Jonna",
        votes=60,
    )
    night.spot(
        "Tor Sand was waiting at the bottom of the stage-left stairs for his own cue and caught Liv Berg mid-fall.",
        who=["Tor Sand"],
        where="stage-left stairs",
        at="20:54",
        by="Oskar",
        votes=180,
    )

    assert _headline_of(night, fall) == "Tor Sand Catches Liv Berg Mid-Fall"


def test_a_pinned_moment_in_notes_is_headed_from_its_report_in_prose_never_from_the_notes():
    night = Night()
    filler(night, 4, votes=2)
    notes = night.spot(
        "GRN RM: STRAND OFF STAGE, STRAIGHT TO KICKI DAHL (MAKEUP, 40 YRS W/ HER). HANDS HER THE STATUETTE. BOTH "
        "CRYING. ROOM SILENT.",
        who=["Gunnel Strand"],
        at="21:32",
        by="Tove",
        votes=305,
    )
    night.spot(
        "Gunnel Strand came off stage with the honorary award, walked past the producers waiting for her and put it "
        "into the hands of Kicki Dahl, who has done her make-up since 1991.",
        who=["Kicki Dahl", "Gunnel Strand"],
        at="21:36",
        by="Henrik",
        votes=120,
    )
    night.pin(notes)

    assert _headline_of(night, notes) == "Gunnel Strand Puts the Honorary Award in Kicki Dahl's Hands"


def test_a_sentence_moved_after_the_one_naming_its_person_never_lands_inside_a_quotation():
    night = Night()
    filler(night, 4, votes=2)
    night.spot(
        "Saga Wall between two links, on her shoes.",
        who=["Saga Wall"],
        quote="These shoes are a war crime. I will do the final link barefoot.",
        quote_by="Saga Wall",
        at="20:10",
        by="Oskar",
        votes=20,
    )
    link = night.spot(
        "She did selfies with the fans for four minutes, then sprinted back for her next link.",
        who=["Saga Wall"],
        at="21:20",
        by="Oskar",
        votes=40,
    )
    night.spot(
        "Saga Wall did the final link barefoot like she said she would.", who=["Saga Wall"], at="22:50", votes=30
    )

    body = item_with(night.compile(), link).body

    assert "“These shoes are a war crime. I will do the final link barefoot" in body or "war crime" not in body, body


def test_a_can_after_a_determiner_is_a_can_never_could():
    night = Night()
    filler(night, 4, votes=2)
    hug = night.spot(
        "Grete Chang looked at the can he handed her, laughed, and hugged Andy Low.",
        who=["Grete Chang", "Andy Low"],
        votes=100,
    )

    assert "looked at the can he handed her" in item_with(night.compile(), hug).body


def test_a_heel_caught_in_a_hem_is_no_catch_and_the_catch_reported_after_the_fall_heads_it():
    fall = "Liv Berg went down on the stairs, her heel caught in her hem."
    catch = "Tor Sand caught Liv Berg mid-fall."
    assert answer_first([fall, catch]) == [catch, fall]
    assert answer_first(["Liv Berg tripped and Tor Sand caught her.", catch])[0].startswith("Liv Berg tripped")
