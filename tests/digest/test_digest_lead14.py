"""Round 14's lead fixes, on nights a user would notice them in."""

from __future__ import annotations

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
        "and waved to the VIP balcony.",
        who=["Renee Fair", "Cecil Bram"],
        votes=100,
    )

    body = item_with(night.compile(), catch).body

    assert "She was fine, laughing" in body and "VIP balcony" in body, body


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
