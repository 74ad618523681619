"""Causes found by the thirty-sixth breaker on ordinary nights mostly in English: a quote said at the lead moment
printed after its setup ("It began minutes earlier, when Quist gave her tickets to two nurses … “Be honest, you have
seen worse things at work,” she said." reads as said at the door, not on stage); a word of respect the reports
address someone by printed as part of their name ("Mr Tunde Ade Pays for Pizza …", "Vasanth Kumar sir handed …").
Every name and sentence is invented."""

from __future__ import annotations

import pytest

from bot.digest.beats import _as_follow_up
from bot.digest.headlines import write_headline

from .factory import Night, filler, item_with


def test_the_lead_moments_quote_is_printed_with_it_before_its_setup():
    night = Night()
    filler(night, 4)
    night.spot(
        "Wren Alder gave her front-row tickets to two ushers who had worked every show of the run.",
        who=["Wren Alder"],
        by="Ben",
        at="20:40",
        votes=12,
    )
    payoff = night.spot(
        "Wren Alder brought both ushers onto the stage and made them score her new material with paddles.",
        who=["Wren Alder"],
        by="Amy",
        at="20:55",
        quote="Be honest, you have watched this show forty times.",
        quote_by="Wren Alder",
        votes=45,
    )
    body = item_with(night.compile(), payoff).body
    # (was "It began earlier, when Alder gave …": the setup is told in the past perfect, `flashback`)
    said, began = body.find("forty times"), body.find("Earlier, Alder had given her front-row tickets")
    assert began != -1 and -1 < said < began, body


@pytest.mark.parametrize(
    ("what", "who", "printed", "never"),
    [
        ("Mr Okafor paid for pizza for the whole crew and the riggers.", "Tunde Okafor", "Tunde Okafor", "Mr "),
        ("Ramesh sir handed every runner a box of sweets before the interval.", "Ramesh Iyer", "Ramesh Iyer", " sir"),
        ("Aunty Folake fed the whole green room jollof from a cooler.", "Folake Bello", "Folake Bello", "Aunty"),
    ],
)
def test_a_word_of_respect_the_report_addresses_someone_by_is_never_printed_in_their_name(what, who, printed, never):
    night = Night()
    filler(night, 4)
    moment = night.spot(what, who=[who], by="Dan", at="21:15", votes=30)
    item = item_with(night.compile(), moment)
    assert printed in item.headline and printed in item.body, (item.headline, item.body)
    assert never.strip().lower() not in f"{item.headline} {item.body}".lower().split(), (item.headline, item.body)


@pytest.mark.parametrize(
    ("what", "who", "kept"),
    [
        ("Dr Imani Reyes stitched the drummer's thumb in the corridor.", "Imani Reyes", "Dr Imani Reyes"),
        ("Anna Kowalski sang the anthem from the balcony.", "Anna Kowalski", "Anna Kowalski"),
        ("Her uncle Femi Ade carried Bisi Lawal's trophy all night.", "Bisi Lawal", "uncle Femi Ade"),
    ],
)
def test_a_title_of_a_profession_a_given_name_and_a_relation_are_kept(what, who, kept):
    night = Night()
    filler(night, 4)
    moment = night.spot(what, who=[who, "Femi Ade"] if "Femi" in what else [who], by="Dan", at="21:15", votes=30)
    assert kept in item_with(night.compile(), moment).body


@pytest.mark.parametrize(
    ("lead", "terse", "added", "never"),
    [
        (  # the terse note retells the proposal in the present, then adds the answer: only the answer is told
            "Mara Lind stopped her set mid-song and proposed to her bassist in front of the whole crowd.",
            "Mara Lind proposes to bass player onstage mid-song, he says yes",
            "He said yes.",
            "proposed to bass player",
        ),
        (  # ... and a score one of them gave
            "Nora Quist brought both nurses on stage and made them judge her new material with scorecards.",
            "Nora has the nurses onstage holding scorecards, one gave her a 3",
            "One of them gave her a 3.",
            "holding scorecards",
        ),
    ],
)
def test_a_second_report_that_retells_the_act_adds_only_its_new_fact(lead, terse, added, never):
    night = Night()
    filler(night, 4)
    name = " ".join(lead.split()[:2])
    moment = night.spot(lead, who=[name], by="Ben", at="21:14", where="Main stage", votes=50)
    night.spot(terse, who=[name], by="Cara", at="21:15", where="Main stage")
    body = item_with(night.compile(), moment).body
    assert added in body and never not in body, body


def test_a_note_by_a_place_with_what_someone_held_is_told_with_a_verb():
    night = Night()
    filler(night, 4)
    moment = night.spot(
        "Haruto Sato by the lift with the Golden Mic award clutched to his chest.",
        who=["Haruto Sato"],
        by="Cara",
        at="21:40",
        votes=30,
    )
    assert "Haruto Sato was by the lift with the Golden Mic award" in item_with(night.compile(), moment).body


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # never "… and Hands the Neck": to whom is part of the act
            "Kovács Eszter smashed her guitar on the final chord and handed the neck to a girl in the front row.",
            "Kovács Eszter Smashes Her Guitar on the Final Chord",
        ),
        (  # the recipient told first: the cut may come after the thing
            "Rosa Vidal handed the stage manager a cake shaped like his clipboard at the stage door after the show.",
            "Rosa Vidal Hands the Stage Manager a Cake Shaped Like His Clipboard",
        ),
    ],
)
def test_a_headline_never_hands_something_over_to_no_one(text, headline):
    names = [" ".join(text.split()[:2])]
    assert write_headline(text, names=names, lead=names[0]) == headline


def test_a_headline_names_whom_someone_caught_around_the_waist():
    text = (
        "Paisley Ng lost a heel on the third step and pitched forward. Barry Kowal dropped his cue cards and caught "
        "her around the waist."
    )
    headline = write_headline(text, names=["Paisley Ng", "Barry Kowal"], lead="Barry Kowal")
    assert headline == "Barry Kowal Catches Paisley Ng Around the Waist"


def test_a_setup_opening_on_asked_reads_in_lower_case_after_when():
    assert _as_follow_up(
        "Asked what he would do if he won, Marchand pointed at the hotel.", "It began hours earlier, when "
    ).startswith("It began hours earlier, when asked what he would do")


def test_a_pinned_note_and_a_fuller_report_from_the_same_kind_of_place_are_one_moment():
    night = Night()
    filler(night, 6, votes=2)
    note = night.spot(
        "BACKSTAGE: Page (stage mgr) sprinting corridor w/ Best Drama envelope. Presenter stalling. Made it, secs left",
        who=["Margaret Pageau"],
        by="Kmac",
        at="21:08",
        where="backstage corridor",
    )
    fuller = night.spot(
        "The Best Drama envelope went missing, the stage manager found it on a chair in the press room and sprinted "
        "it down the back hallway to the presenter while Barry did 40 sec of crowd work. Can someone check who left "
        "it there?",
        who=["Barry Kowalchuk"],
        by="Jess",
        at="21:16",
        where="backstage hallway",
        votes=6,
    )
    night.pin(note)
    item = item_with(night.compile(), note)
    assert fuller.id in item.sighting_ids, item.body


def test_a_sentence_that_dropped_its_subject_after_a_role_acted_is_never_given_the_named_bystander():
    from bot.digest.narration import narrate

    told = narrate(
        "The envelope went missing, the stage manager found it and sprinted it down the hallway while Barry did "
        "crowd work. Got it to the presenter with seconds left.",
        "Barry Kowalchuk",
        frozenset({"barry", "kowalchuk"}),
    )
    assert "Kowalchuk got it" not in told and "Barry got it" not in told, told


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Came through the stage door soaked, Uncle Bayo put a cake tin on the makeup table and told the models "
            "to eat.",
            "Uncle Bayo came through the stage door soaked, put a cake tin on the makeup table and told the models",
        ),
        (
            "Walked onto the roof in a borrowed raincoat, Cass Whitlow put her award on the parapet.",
            "Cass Whitlow walked onto the roof in a borrowed raincoat and put her award on the parapet.",
        ),
        ("Asked about the bet, Cass Whitlow laughed.", "Asked about the bet, Cass Whitlow laughed."),  # (passive)
    ],
)
def test_a_note_naming_its_subject_after_their_first_move_is_told_with_the_subject_first(note, told):
    from bot.digest.narration import narrate

    assert narrate(note, None, frozenset({"bayo", "cass", "whitlow"})).startswith(told)


def test_a_title_the_roster_name_carries_is_never_printed_twice():
    night = Night()
    filler(night, 4)
    moment = night.spot(
        "Dr Marsh caught Sir Ralph's cane before it hit the floor and handed it back to him.",
        who=["Dr Helen Marsh", "Sir Ralph Dunmore"],
        by="Ben",
        at="23:10",
        votes=25,
    )
    item = item_with(night.compile(), moment)
    assert "Dr Dr" not in item.body and "Dr Helen Marsh caught" in item.body, item.body


def test_a_headline_is_never_cut_inside_a_quoted_phrase():
    text = (
        "Lena Petrov opened her set by dedicating a song to 'the man in row one who kept my records', and looked "
        "straight at him."
    )
    headline = write_headline(text, names=["Lena Petrov"], lead="Lena Petrov")
    assert headline.count("'") % 2 == 0 and "Row One" not in headline, headline


@pytest.mark.parametrize(
    ("what", "people", "quote", "said"),
    [
        (
            "Priya Lal thanked Tom Brennan from the stage with a smile.",
            ["Priya Lal", "Tom Brennan"],
            "Thank you, Tom, for teaching me how to be ignored.",
            "ignored,” Lal said",
        ),
        (
            "Ines Carvalho closed the show after all and handed Frost her bouquet.",
            ["Ines Carvalho", "Mr. Julian Frost"],
            "Never say never, Julian.",
            "Julian,” Carvalho said",
        ),
    ],
)
def test_a_line_calling_one_of_two_people_by_name_is_the_others(what, people, quote, said):
    night = Night()
    filler(night, 4)
    moment = night.spot(what, who=people, by="Lucy", at="20:10", votes=30, quote=quote)
    assert said in item_with(night.compile(), moment).body


def test_a_word_of_respect_that_is_also_a_given_name_is_dropped_only_after_a_name():
    from bot.digest.respect import without_respect

    people = [("Tunde Ade", "Ade"), ("Vijay Kumar", "Vijay")]
    told = without_respect("Anna Ade hugged Tunde Ade. Vijay anna waved from the wings.", people)
    assert told == "Anna Ade hugged Tunde Ade. Vijay waved from the wings."
