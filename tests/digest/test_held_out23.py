"""Causes found by the thirty-fourth breaker on nights it wrote in Romanian, Hungarian, Russian, Hebrew, Kazakh and
Tanglish beside English: a fall reported in Romanian from "culise" (the wings, and backstage too) kept apart from the
English report filed from "the wings"; a proposal told only in Hungarian printed through a four-vote English line that
only says where the groom was, its Hungarian "yes" headlined as English; a Tanglish report read as English and left
uncredited; "a loud argument by the dressing rooms about who goes on first" headlined without its "about"; "knocked a
mic stand onto her drummer and apologised" headlined by the apology. Every name and sentence is invented."""

from __future__ import annotations

import pytest

from bot.digest.beats import _as_follow_up
from bot.digest.headlines import write_headline
from bot.digest.language import ENGLISH_LIKE, language_of, line_in_english
from bot.digest.narration import _finite
from bot.digest.night import describe
from bot.digest.places import broad, kinds, other_place, place_phrase, same_place
from bot.digest.polish import where_only
from bot.digest.textutil import family_first_by_roster
from bot.digest.voice import active_voice

from .factory import Night, every_item, filler, item_with
from .test_digest_moment_languages import moments_of
from .test_digest_name_style import _item as _named_item


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("Culise", "The wings"),
        ("Culise", "Backstage"),
        ("За кулисами", "Wings"),
        ("舞台袖", "Wings"),
        ("Coulisses", "Culise"),
    ],
)
def test_the_word_for_the_wings_that_also_says_backstage_is_either_place(here, there):
    assert same_place(here, there)


def test_the_wings_and_backstage_in_english_stay_two_places_and_coulisses_stays_broad():
    assert not same_place("The wings", "Backstage")  # (two English places: round 22's judges kept them apart)
    assert broad("Culise") and other_place("Culise", "Press room")
    assert place_phrase("Culise") == "backstage"


def test_a_fall_told_in_romanian_from_culise_is_one_moment_with_the_english_one_from_the_wings():
    night = Night()
    filler(night, 4)
    english = night.spot(
        "Ilinca Marin caught her heel on a cable in the wings and went down hard; a stagehand caught her crown.",
        who=["Ilinca Marin"],
        by="Amy",
        at="20:10",
        where="the wings",
        votes=40,
    )
    romanian = night.spot(
        "Ilinca Marin s-a împiedicat de un cablu în culise și a căzut, iar un tehnician i-a prins diadema din zbor.",
        who=["Ilinca Marin"],
        by="Bogdan",
        at="20:12",
        where="culise",
        votes=22,
    )
    assert moments_of(night)[english.id] == {english.id, romanian.id}
    item = item_with(night.compile(), english)
    assert "Bogdan" in item.credit


@pytest.mark.parametrize(
    "text",
    ["Igen, igen, ezerszer igen!", "Hagyják így.", "A sajtósarokban nincs wifi, telefonról küldöm."],
)
def test_hungarian_lines_with_its_yes_and_no_are_not_english(text):
    assert language_of(text) not in ENGLISH_LIKE


def test_tanglish_with_its_verbs_is_not_english():
    text = "Mira stage-la final note mudichittu mic-a keela pottanga, full crowd semma shock aayiduchu."
    assert language_of(text) not in ENGLISH_LIKE
    assert language_of("Mira held the last note and dropped the mic on purpose.") in ENGLISH_LIKE


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Gábor is on the balcony.", True),
        ("Tamar was backstage.", True),
        ("Pavel Orlov by the bar.", True),
        ("Gábor is on the balcony. He proposed to Anna.", False),
        ("Gábor knelt on the balcony.", False),
    ],
)
def test_a_note_that_only_says_where_someone_was(text, only):
    assert where_only(text, frozenset({"gabor", "tamar", "pavel", "orlov"})) is only


def _proposal(night: Night, english_votes: int):
    hungarian = night.spot(
        "Szűcs Bence letérdelt az erkélyen és megkérte a barátnője kezét, aki sírva igent mondott.",
        who=["Bence Szűcs"],
        by="Zsofi",
        at="20:31",
        where="erkély",
        quote="Igen, igen, ezerszer igen!",
        votes=35,
    )
    english = night.spot("Bence is on the balcony.", who=["Bence Szűcs"], by="Dana", at="20:33", votes=english_votes)
    return hungarian, english


def test_a_moment_told_only_in_hungarian_is_never_printed_through_an_english_line_of_where_he_was():
    night = Night()
    filler(night, 6)
    hungarian, english = _proposal(night, english_votes=4)
    digest = night.compile()
    printed = " ".join(f"{i.headline} {i.body}" for i in every_item(digest))
    assert "Szűcs" not in printed and "Igen" not in printed, printed
    out = [(x.sighting_ids, x.reason) for x in digest.left_out]
    assert (sorted(out[0][0]), out[0][1]) == (sorted([hungarian.id, english.id]), "another language"), out


def test_a_voted_english_line_of_where_he_was_still_tells_the_moment():
    night = Night()
    filler(night, 6)
    hungarian, english = _proposal(night, english_votes=40)  # (the readers voted for the English line itself)
    assert {english.id, hungarian.id} <= set(item_with(night.compile(), english).sighting_ids)


def test_a_tanglish_report_of_the_lead_moment_is_credited():
    night = Night()
    filler(night, 4)
    night.spot(
        "Mira stage-la final note mudichittu mic-a keela pottanga, full crowd semma shock aayiduchu.",
        who=["Mira Raman"],
        by="Karthik",
        at="21:03",
        where="main stage",
        votes=8,
    )
    english = night.spot(
        "Mira Raman held her last note for twenty seconds and then dropped the microphone on purpose.",
        who=["Mira Raman"],
        by="Amy",
        at="21:05",
        where="main stage",
        votes=20,
    )
    assert "Karthik" in item_with(night.compile(), english).credit


def test_a_place_cut_from_a_headline_keeps_the_about_after_it():
    headline = write_headline(
        "Oren Tal and Shira Levin had a loud argument by the dressing rooms about who goes on first.",
        names=["Oren Tal", "Shira Levin"],
        lead="Oren Tal",
    )
    assert "Argument About Who" in headline or "Dressing Rooms About" in headline, headline


def test_a_knock_that_sends_something_flying_heads_the_moment_over_the_apology():
    headline = write_headline(
        "Backstage, Réka Farkas knocked a mic stand over onto her drummer and apologised through her laughter.",
        names=["Réka Farkas"],
        lead="Réka Farkas",
    )
    assert "Knocks a Mic Stand" in headline, headline
    assert "Sings" in write_headline(
        "Réka Farkas knocked on the dressing room door and sang happy birthday to her drummer.",
        names=["Réka Farkas"],
        lead="Réka Farkas",
    )


def test_a_form_of_address_is_never_the_name_the_article_uses():
    _, body = _named_item(
        [("P. Vasanthakumar", ("Vasanth sir",))],
        "Vasanth sir waited beside an autorickshaw in the VIP car park because his driver had not turned up.",
        "Vasanth sir, who is 79, held the trophy in his lap all the way out of the gate.",
        "Vasanth sir told the crew he had directed his first film in 1971.",
    )
    assert body.startswith("P. Vasanthakumar, who is 79, waited"), body  # (who he is, at his first naming)
    assert "Vasanth sir (" not in body, body


def test_a_stage_name_cut_from_the_family_name_is_still_the_handle():
    _, body = _named_item(
        [("Kacper Smogorzewski", ("Smog",))],
        "Smog tripped on the press-room stairs and his statuette snapped in two.",
        "Smog backstage after, signing the broken statuette for the riggers.",
        "Smog won Hip-Hop Album of the Year and thanked his mother.",
    )
    assert body.startswith("Smog tripped"), body


def test_a_promise_kept_by_someone_the_reports_give_no_pronoun_is_never_their_word_nor_hands_a_place():
    night = Night()
    who = ["Nilavan"]
    night.spot(
        "Nilavan promised the press room the trophy would go to the director who gave the first close-up.",
        who=who,
        by="Bo",
        at="19:40",
        quote="If I win, I will put the trophy in my director's hands",
    )
    filler(night, 8)
    lead = night.spot(
        "Nilavan won Best Actor and put the trophy in the director's hands in the car park.",
        who=who,
        at="22:30",
        votes=8,
    )
    headline = item_with(night.compile(), lead).headline
    assert "Their Word" not in headline and "in the Director's Hands" in headline, headline


@pytest.mark.parametrize(
    ("where", "found"),
    [
        ("עבר הכביש", set()),  # (not "בר", the bar, inside another word)
        ("ליד הבר", {"bar"}),  # (Hebrew's prefixes: by the bar)
        ("המדרגות משמאל לבמה", {"stairs", "stage"}),
        ("барабан", set()),  # (a drum, not "бар")
        ("в баре", {"bar"}),
        ("в закулисье", {"coulisses"}),
        ("Escalier côté jardin", {"stairs"}),  # (the stage's left side, never a garden)
    ],
)
def test_a_place_word_of_a_spaced_script_is_a_word_not_letters_inside_another(where, found):
    assert kinds(where) == found


def test_a_moment_told_abroad_is_left_out_even_when_the_english_line_of_where_he_was_drew_votes():
    night = Night()
    filler(night, 6)
    portuguese = night.spot(
        "Tomás Rey ajoelhou-se junto ao elevador e pediu a namorada em casamento; ela disse que sim a chorar.",
        who=["Tomás Rey"],
        by="Rita",
        at="20:40",
        where="Elevador",
        votes=50,
    )
    english = night.spot("Tomás Rey by the lift.", who=["Tomás Rey"], by="Amy", at="20:41", where="Lift", votes=20)
    digest = night.compile()
    printed = " ".join(f"{i.headline} {i.body}" for i in every_item(digest))
    assert "Tomás" not in printed, printed
    named = [x.reason for x in digest.left_out if portuguese.id in x.sighting_ids and english.id in x.sighting_ids]
    assert named == ["another language"], digest.left_out


@pytest.mark.parametrize("line", ["Trăiască România!", "Mulțumesc, bunico", "Anya, ez a tiéd!"])
def test_a_line_in_romanian_or_hungarian_is_never_an_english_line(line):
    assert not line_in_english(line)
    assert line_in_english("Leave it.") and line_in_english("Olé, Ștefan!", frozenset({"stefan"})) is False
    assert line_in_english("Ștefan!", frozenset({"stefan"}))  # (a name with its letters is no language)


def test_two_reports_in_two_other_languages_share_no_word_of_their_grammar():
    night = Night()
    filler(night, 4)
    asleep = night.spot(
        "Bogdan Ionescu a adormit în culise pe o ladă de echipamente, cu costumul pe el.",
        who=["Bogdan Ionescu"],
        by="Radu",
        at="20:15",
        where="Culise",
        votes=12,
    )
    row = night.spot(
        "Dans les coulisses, Bogdan Ionescu s'est disputé avec le régisseur à propos de l'ordre de passage.",
        who=["Bogdan Ionescu"],
        by="Claire",
        at="20:19",
        where="Coulisses",
        votes=12,
    )
    assert row.id not in moments_of(night)[asleep.id]


def test_a_name_written_in_kana_is_no_thing_two_moments_share():
    night = Night()
    filler(night, 4)
    for at, japanese, english, where in (
        ("19:55", "舞台袖でユナ・タケダが砂袋につまずいて転んだ。", "Yuna Takeda tripped over a sandbag.", "The wings"),
        ("20:03", "舞台袖でユナ・タケダが照明スタッフにトランプの手品を教えていた。", "", ""),
    ):
        night.spot(japanese, who=["Yuna Takeda"], by="Yuki", at=at, where="舞台袖", votes=20)
        if english:
            fall = night.spot(english, who=["Yuna Takeda"], by="Amy", at=at, where=where, votes=30)
    trick = night.spot(
        "Backstage, Yuna Takeda taught a lighting tech a card trick with a borrowed deck.",
        who=["Yuna Takeda"],
        by="Ben",
        at="20:04",
        where="Backstage",
        quote="Pick any card, but not that one.",
        votes=24,
    )
    item = item_with(night.compile(), trick)
    assert "It began" not in item.body, item.body  # (the fall is no setup of the card trick)
    if fall.id in item.sighting_ids:
        assert "Minutes earlier, " in item.body, item.body  # (seven minutes before: never "in the night")


def test_a_passive_whose_by_belongs_to_its_second_verb_is_told_as_written():
    text = (
        "Her Best Actress statuette was sent flying and was caught one-handed by İsmail Doğru, a waiter, who was "
        "carrying a full tray of tea."
    )
    assert active_voice(text) == text
    headline = write_headline(
        f"Gülşen Baykara slipped on the marble stairs. {text}",
        names=["Gülşen Baykara", "İsmail Doğru"],
        lead="Gülşen Baykara",
    )
    assert not headline.startswith("İsmail Doğru Sends"), headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nora Kemp knocked on the headliner's door and handed him a jar of her mum's chutney.",
            "Nora Kemp Hands the Headliner a Jar of Her Mum's Chutney",
        ),
        (
            "Felix Ward knocked on the dressing room door of his childhood hero and asked her to sign his arm.",
            "Felix Ward Asks His Childhood Hero to Sign His Arm",
        ),
    ],
)
def test_whose_door_was_knocked_on_is_whom_the_act_after_it_is_done_to(text, expected):
    assert write_headline(text, names=[text.split(" knocked")[0]], lead=text.split(" knocked")[0]) == expected


def test_a_hungarian_name_written_family_name_first_is_named_again_by_the_family_name():
    assert family_first_by_roster(("Kovács Eszter", "Eszter"))
    assert family_first_by_roster(("Vörös Kinga", "Kinga", "Kinga Vörös", "Vörös"))
    assert not family_first_by_roster(("Réka Farkas", "Réka"))  # (written given name first)
    _, body = _named_item(
        [("Kovács Eszter", ("Eszter",))],
        "Kovács Eszter burst into tears on stage when her mother stood up in the audience and waved.",
        "Eszter hugged her mother in the front row after the show.",
    )
    assert "Eszter hugged" not in body and "Eszter burst" not in body.replace("Kovács Eszter burst", ""), body


def test_a_moment_told_only_in_romanian_is_never_told_by_its_romanian_cheer_and_the_preview_names_it():
    night = Night()
    filler(night, 6)
    dance = night.spot(
        "Andrei Popa a dansat pe masă la bar cu pantofii în mână.",
        who=["Andrei Popa"],
        by="Radu",
        at="20:40",
        where="Bar",
        quote="Trăiască România!",
        quote_by="Andrei Popa",
        votes=35,
    )
    win = night.spot(
        "Andrei Popa won Best Newcomer and called his grandmother from the podium.",
        who=["Andrei Popa"],
        by="Claire",
        at="21:05",
        votes=30,
    )
    digest = night.compile()
    printed = " ".join(f"{i.headline} {i.body}" for i in every_item(digest))
    assert "Trăiască" not in printed and win.id in item_with(digest, win).sighting_ids, printed
    assert [x.reason for x in digest.left_out if dance.id in x.sighting_ids] == ["another language"], digest.left_out


def test_a_follow_up_opening_on_backstage_is_lower_case_after_its_connective():
    told = _as_follow_up(
        "Backstage, Bogdan Ionescu had a row with the stage manager.", "Later, ", frozenset({"bogdan"})
    )
    assert told == "Later, backstage, Bogdan Ionescu had a row with the stage manager."


def test_a_handle_first_named_in_a_possessive_never_takes_its_brackets_before_the_s():
    _, body = _named_item(
        [("Ebuka Nnadi", ("Mazi Flex",))],
        "Mazi Flex's manager carried the trophy through the kitchen while Mazi Flex signed the chef's apron.",
        "Mazi Flex backstage after, signing hi-vis vests for the riggers.",
        "Ebuka Nnadi won Best Afrobeats Act. Mazi Flex hugged his mum in the third row before he went up.",
        "Ebuka Nnadi at the stage door, giving away the flowers from his dressing room to the fans outside.",
    )
    assert ")'s" not in body and ")’s" not in body, body
    assert body.startswith("Mazi Flex's manager"), body


@pytest.mark.parametrize(
    "text",
    [
        "Ioana Popescu was in tears at the bar.",
        "Ana Sousa is on the floor laughing.",
        "Haruto Sato by the lift with the Golden Mic award clutched to his chest.",
    ],
)
def test_a_line_that_tells_something_where_someone_was_is_more_than_where(text):
    assert not where_only(text, frozenset({"ioana", "popescu", "ana", "sousa", "haruto", "sato"}))


def test_a_line_in_another_language_framed_by_overheard_is_named_in_the_preview():
    night = Night()
    filler(night, 6)
    line = night.spot(
        "Overheard at the stage door:",
        who=["Rafael Costa"],
        by="Joao",
        at="21:50",
        where="Stage door",
        quote="Obrigado, Lisboa, vocês são a minha casa!",
        quote_by="Rafael Costa",
        votes=27,
    )
    digest = night.compile()
    assert [x.reason for x in digest.left_out if line.id in x.sighting_ids] == ["another language"], digest.left_out


def test_the_portuguese_cloakroom_is_the_cloakroom():
    assert same_place("Bengaleiro", "Cloakroom")


def test_a_name_with_its_accents_ending_in_s_is_one_person_in_a_note_made_a_sentence():
    assert _finite("Kovács coaching", frozenset({"kovacs", "adam"})) == "Kovács was coaching"


def test_where_a_japanese_report_was_filed_written_into_its_text_is_no_word_it_tells():
    night = Night()
    sighting = night.spot("舞台袖でユナ・タケダが砂袋につまずいた。", who=["Yuna Takeda"], where="舞台袖")
    tokens = describe(sighting, ("yuna takeda",)).tokens
    assert "舞台" not in tokens and "台袖" not in tokens and "砂袋" in tokens, sorted(tokens)


@pytest.mark.parametrize(
    ("text", "lead", "start"),
    [
        (
            "Szép Dániel walked into the press room with his trophy, sat on a plastic chair and had his head shaved in "
            "front of the press. Vörös Kinga asked for the clippers and cut the first stripe herself.",
            "Szép Dániel",
            "Szép Dániel Has His Head Shaved",
        ),
        ("Ada Moss had a drink at the bar with her sister.", "Ada Moss", "Ada Moss Has a Drink"),  # (a state)
    ],
)
def test_a_causative_have_is_what_was_done_to_the_lead(text, lead, start):
    headline = write_headline(text, names=["Szép Dániel", "Vörös Kinga", "Ada Moss"], lead=lead)
    assert headline.startswith(start), headline


@pytest.mark.parametrize(
    ("text", "name", "quote", "he_said", "said_by_he"),
    [
        (  # she is addressed as "Aunty": the "him" of the report is someone else
            "Aunty Bisi cornered the headliner and made him eat a plate of jollof before he was allowed on.",
            "Bisi Adeyemi",
            "You cannot be funny on an empty stomach.",
            "stomach,” he said",
            False,
        ),
        (  # the "Mrs" is his landlady's: his own "his" still counts
            "Otis Marr won Best Supporting Actor and thanked his landlady Mrs Pike by name from the stage.",
            "Otis Marr",
            "Mrs Pike, the rent is coming.",
            "coming,” he said",
            True,
        ),
    ],
)
def test_a_word_of_respect_says_the_pronoun_only_of_the_name_it_stands_beside(text, name, quote, he_said, said_by_he):
    night = Night()
    filler(night, 4)
    moment = night.spot(text, who=[name], by="Ben", at="21:30", quote=quote, quote_by=name, votes=40)
    body = item_with(night.compile(), moment).body
    assert (he_said in body) is said_by_he, body
