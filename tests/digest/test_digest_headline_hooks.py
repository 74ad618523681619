"""Headlines that carry the moment's hook (invented text): whom a quote was said to, the hero of a mishap, the
specific clause over a flat result line, the payoff over the setup, no awkward verb chains."""

from __future__ import annotations

import pytest

from bot.digest.clauses import lead_clause
from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.digest.speech import addressee


@pytest.mark.parametrize(
    "text",
    [
        "Overheard by the lifts, Hattie Brool to Corin Vasse",
        "Hattie Brool cornered Corin Vasse by the lifts.",
        "Hattie Brool told Corin at the coat check",
    ],
)
def test_a_quote_said_to_someone_of_the_moment_is_told_to_them(text):
    written = write_headline(
        text,
        names=["Hattie Brool", "Corin Vasse"],
        lead="Hattie Brool",
        quote="You owe me a dance and twelve pounds.",
        speaker="Hattie Brool",
        thin="",
    )

    assert written == "Hattie Brool Tells Corin Vasse: “You owe me a dance and twelve pounds”"


def test_an_order_said_to_someone_is_told_as_reported_speech_to_them():
    written = write_headline(
        "Hattie Brool to Corin Vasse, loudly, by the lifts",
        names=["Hattie Brool", "Corin Vasse"],
        lead="Hattie Brool",
        quote="Put the phone down and go and dance.",
        speaker="Hattie Brool",
        thin="",
    )

    assert written == "Hattie Brool Tells Corin Vasse to Put the Phone Down and Go and Dance"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("Hattie Brool to Corin Vasse", "Not now.", "Corin Vasse"),
        ("Hattie Brool at the bar", "Corin, not now.", "Corin Vasse"),  # the quote addresses him
        ("Hattie Brool lost to Corin Vasse and said", "Robbed.", None),  # lost to him: not said to him
        ("Hattie Brool walked to Corin Vasse's table", "Robbed.", None),  # a place, not a person
        ("Hattie Brool dedicated the win to Corin Vasse", "This one is for Dad.", None),  # for him, not to him
        ("Hattie Brool on Corin Vasse", "He owes me money.", None),  # about him, not to him
        ("Hattie Brool told Corin Vasse and Ines Paz", "Not now.", None),  # two people: unsure
    ],
)
def test_the_one_spoken_to_is_whom_the_report_says_it_was_said_to(text, quote, expected):
    names = ["Hattie Brool", "Corin Vasse", "Ines Paz"]

    assert addressee([text], quote, "Hattie Brool", names) == expected


def test_a_quote_with_no_one_spoken_to_keeps_the_says_form():
    written = write_headline(
        "Overheard by the lifts",
        names=["Hattie Brool", "Corin Vasse"],
        lead="Hattie Brool",
        quote="I have never once been on time.",
        speaker="Hattie Brool",
        thin="",
    )

    assert written == "Hattie Brool: “I have never once been on time”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lysa Morn's train caught on a plinth in the atrium and ripped at the seam. Pell Adair knelt down and "
            "sewed her back in with a hotel sewing kit in four minutes.",
            "Pell Adair Sews Lysa Morn Back In With a Hotel Sewing Kit",
        ),
        (
            "Lysa Morn's train caught on a plinth and ripped. Pell Adair sewed it back together in four minutes.",
            "Pell Adair Sews Lysa Morn's Train Back Together in Four Minutes",
        ),
        (
            "Lysa Morn's heel snapped on the stairs. Pell Adair handed her a spare pair of flats from his bag.",
            "Pell Adair Hands Lysa Morn a Spare Pair of Flats From His Bag",
        ),
    ],
)
def test_a_mishap_is_headlined_by_its_hero_naming_whom_they_helped(text, expected):
    written = write_headline(text, names=["Lysa Morn", "Pell Adair"], lead="Lysa Morn")

    assert written == expected


def test_a_second_person_who_only_points_at_the_mishap_does_not_take_the_headline():
    written = write_headline(
        "Lysa Morn's train caught on a plinth and ripped at the seam. Pell Adair laughed at her from the bar.",
        names=["Lysa Morn", "Pell Adair"],
        lead="Lysa Morn",
    )

    assert written.startswith("Lysa Morn's Train Catches on a Plinth")


@pytest.mark.parametrize(
    "text",
    [
        "Mirela Dunca wins Designer of the Year. She brought her six seamstresses up on stage, still in their aprons.",
        "Mirela Dunca won Designer of the Year and brought her six seamstresses up on stage in their work aprons.",
    ],
)
def test_a_flat_result_gives_way_to_the_clause_with_the_people_and_the_number(text):
    written = write_headline(text, names=["Mirela Dunca"], lead="Mirela Dunca")

    assert written == "Mirela Dunca Brings Her Six Seamstresses Up on Stage"


def test_a_result_with_nothing_more_specific_after_it_stays_the_headline():
    written = write_headline(
        "Mirela Dunca won Designer of the Year. She looked happy about it, honestly.",
        names=["Mirela Dunca"],
        lead="Mirela Dunca",
    )

    assert written == "Mirela Dunca Wins Designer of the Year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dova Renn came down the corridor with a covered trolley at nine. Pulled the cloth off: a cake in the "
            "shape of the trophy.",
            "Dova Renn Pulls the Cloth Off: A Cake in the Shape of the Trophy",
        ),
        (
            "Dova Renn came down the corridor with a covered trolley at nine. She pulled the cloth off and "
            "underneath was a cake shaped like the trophy.",
            "Dova Renn Pulls the Cloth Off and Underneath Is a Cake",
        ),
    ],
)
def test_the_headline_tells_the_payoff_not_the_walk_that_set_it_up(text, expected):
    written = write_headline(text, names=["Dova Renn"], lead="Dova Renn")

    assert written == expected


def test_a_shout_at_someone_to_do_something_is_told_as_the_order():
    written = write_headline(
        "Kit Avary yelled at chat to count down on stream while the award was read.",
        names=["Kit Avary"],
        lead="Kit Avary",
    )

    assert written == "Kit Avary Tells Chat to Count Down on Stream While the Award Is Read"


@pytest.mark.parametrize(
    ("headline", "chained"),
    [
        ("Kit Avary Yells at Chat to Count Down on Stream", True),
        ("Kit Avary Shouts at the Whole Front Row to Sit Down", True),
        ("Kit Avary Shouts to the Back Row During the Anthem", False),
        ("Kit Avary Yells at the Usher Who Went to Get Water", False),
        ("Kit Avary Tells Chat to Count Down on Stream", False),
    ],
)
def test_the_grammar_gate_refuses_a_shout_at_someone_to_do_something(headline, chained):
    assert (problem(headline, ["Kit Avary"]) is not None) == chained


def test_an_aside_between_the_until_clauses_subject_and_its_verb_is_left_out_not_the_verb():
    written = write_headline(
        "Wren Tallis went out to the loading dock for a smoke and the door shut behind her. She banged on the "
        "shutter until Odo Marr, halfway through his sandwich, let her back in.",
        names=["Wren Tallis", "Odo Marr"],
        lead="Wren Tallis",
    )

    assert written == "Wren Tallis Bangs on the Shutter Until Odo Marr Lets Her Back In"


@pytest.mark.parametrize(
    ("headline", "hanging"),
    [
        ("Wren Tallis Bangs on the Shutter Until Odo Marr", True),
        ("Wren Tallis bangs on the shutter until Odo Marr", True),
        ("Wren Tallis Bangs on the Shutter Until Odo Marr Lets Her In", False),
        ("Wren Tallis Waits in the Wings Until the Encore", False),
    ],
)
def test_the_grammar_gate_refuses_a_subordinate_clause_cut_after_its_subject(headline, hanging):
    assert (problem(headline, ["Wren Tallis", "Odo Marr"]) is not None) == hanging


@pytest.mark.parametrize(
    ("sentence", "lead_did_it"),
    [
        ("Pulled the cloth off: a cake in the shape of the trophy.", True),
        ("Asked where the award will live: 'on the fridge'.", False),  # he was asked: never "Ossie Asks"
    ],
)
def test_a_sentence_opening_with_its_verb_takes_the_lead_as_subject_unless_the_lead_was_asked(sentence, lead_did_it):
    clause = lead_clause(sentence, "Ossie Flint")

    assert (clause is not None and clause.subject == ["Ossie", "Flint"]) == lead_did_it


def test_losing_it_is_no_result_and_keeps_the_headline_over_a_later_number():
    written = write_headline(
        "Intermission: Wren Tallis came off after the Gull monologue and totally lost it in the wings, bent double "
        "crying laughing. Pia held up a sign: “BREATHE.” She tried the bow three times, fell over every time.",
        names=["Wren Tallis"],
        lead="Wren Tallis",
    )

    assert written.startswith("Wren Tallis Loses It in the Wings")


def test_a_phrase_after_a_comma_is_never_joined_as_a_clause_and_a_colon_tail_stops_at_its_comma():
    written = write_headline(
        "Pia Lund came to the lectern at nine with the frame. Pulled the sheet off: the first rejection letter she "
        "ever got, from the publisher that just gave her the prize.",
        names=["Pia Lund"],
        lead="Pia Lund",
        quote="I kept it for twelve years for tonight.",
        speaker="Pia Lund",
    )

    assert written == "Pia Lund Pulls the Sheet Off: The First Rejection Letter She Ever Got"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a short hero headline says when the mishap happened; the note's "ok so" is no subject
            "ok so Mara Quist's heel snapped on the ramp. Jonah Pell caught her lol",
            "When Mara Quist's Heel Snaps on the Ramp, Jonah Pell Catches Her",
        ),
        (  # "his own" needs the mishap to say what it is: the mishap alone, never two subjects glued
            "Mara Quist's mic died mid-speech. Jonah Pell handed her his own.",
            "Mara Quist's Mic Dies Mid-Speech",
        ),
        (  # seeing it happen is no rescue
            "Mara Quist's dress ripped at the hem. Jonah Pell saw it happen from the bar.",
            "Mara Quist's Dress Rips at the Hem",
        ),
    ],
)
def test_a_hero_headline_only_when_the_second_person_acts_on_the_first(text, expected):
    written = write_headline(text, names=["Mara Quist", "Jonah Pell"], lead="Mara Quist")

    assert written == expected


def test_a_quote_told_to_someone_loses_the_name_it_addresses_them_by():
    written = write_headline(
        "overheard by the bins, mara to jonah",
        names=["Mara Quist", "Jonah Pell"],
        lead="Mara Quist",
        quote="Jonah, you're standing on my train.",
        speaker="Mara Quist",
        thin="",
    )

    assert written == "Mara Quist Tells Jonah Pell: “You're standing on my train”"


def test_the_payoff_names_the_thing_the_setup_brought_instead_of_it():
    written = write_headline(
        "Tilde Marsh walked into the press room with a cake box. Opened it on the table: a sponge shaped like Owen "
        "Achterberg's head.",
        names=["Tilde Marsh", "Owen Achterberg"],
        lead="Tilde Marsh",
    )

    assert written == "Tilde Marsh Opens the Cake Box on the Table"


def test_a_quote_said_while_chatting_with_someone_is_told_to_them():
    written = write_headline(
        "Tilde Marsh chatting with Owen Achterberg at the bar",
        names=["Tilde Marsh", "Owen Achterberg"],
        lead="Tilde Marsh",
        quote="I voted for you, obviously.",
        speaker="Tilde Marsh",
        thin="at the bar",
    )

    assert written == "Tilde Marsh Tells Owen Achterberg: “I voted for you, obviously”"


@pytest.mark.parametrize(
    ("headline", "cut_off"),
    [
        ("Remy Vale's Cake Tower Collapses on the Pass Like 5 Minutes", True),
        ("Remy Vale Walks Out Through the Kitchen Door Twenty Minutes", True),
        ("Remy Vale Rebuilds the Cake Tower in Four Minutes", False),
        ("Remy Vale's Speech Runs 12 Minutes", False),
    ],
)
def test_the_grammar_gate_refuses_an_amount_of_time_cut_from_its_before(headline, cut_off):
    assert (problem(headline, ["Remy Vale"]) is not None) == cut_off


def test_a_long_clause_is_cut_before_an_amount_of_time_that_would_dangle():
    written = write_headline(
        "Remy Vale walked out through the kitchen door twenty minutes before her own category, still holding a "
        "piping bag.",
        names=["Remy Vale"],
        lead="Remy Vale",
        quote="Sugar doesn't wait for envelopes.",
        speaker="Remy Vale",
    )

    assert written == "Remy Vale Walks Out Through the Kitchen Door"


def test_the_hero_of_a_collapse_is_headlined_with_the_thing_they_saved():
    written = write_headline(
        "Remy Vale's cake tower collapsed on the pass like 5 minutes before the judges. Ama Dode spooned the whole "
        "thing into teacups and sent it out as “deconstructed”.",
        names=["Remy Vale", "Ama Dode"],
        lead="Remy Vale",
    )

    assert written == "Ama Dode Spoons Remy Vale's Cake Tower Into Teacups"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Remy Vale won Chef of the Year and walked straight over to the side of the stage to hand the trophy to "
            "her dishwasher, Tam Oke, who had worked every service with her for 22 years.",
            "Remy Vale Wins Chef of the Year, Then Hands the Trophy to Her Dishwasher",
        ),
        (
            "Remy Vale walked over to the bar to thank the barman for the coffee.",
            "Remy Vale Thanks the Barman for the Coffee",
        ),
        ("Remy Vale went to bed early after the show.", "Remy Vale Goes to Bed Early After the Show"),
    ],
)
def test_a_walk_made_to_do_something_is_headlined_as_what_was_done(text, expected):
    assert write_headline(text, names=["Remy Vale", "Tam Oke"], lead="Remy Vale") == expected


def test_a_state_with_a_number_is_no_hook_over_a_result():
    written = write_headline(
        "Tilde Marsh won Best Costume in a Period Drama at the Rialto. She has 3 dogs and they all came to the show.",
        names=["Tilde Marsh"],
        lead="Tilde Marsh",
    )

    assert written == "Tilde Marsh Wins Best Costume in a Period Drama at the Rialto"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mara Quist tripped on the top step. Jonah Pell caught her before she hit the floor.",
            "Jonah Pell Catches Mara Quist Before She Hits the Floor",
        ),
        ("Mara Quist waved at the crowd until they cheered.", "Mara Quist Waves at the Crowd Until They Cheer"),
    ],
)
def test_the_verb_of_a_clause_after_before_or_until_is_in_the_present_too(text, expected):
    assert write_headline(text, names=["Mara Quist", "Jonah Pell"], lead="Mara Quist") == expected
