"""Body sentences as an editor prints them: no comma splices, no untranslated places, no notes without a verb,
speech and nicknames a reader can follow (invented text throughout)."""

from __future__ import annotations

import pytest

from bot.digest.casing import capitalise_sentences
from bot.digest.copyedit import thin_place, tidy
from bot.digest.narration import narrate
from bot.digest.places import place_phrase
from bot.digest.polish import polish
from bot.digest.splices import unspliced
from bot.digest.textutil import short_name
from bot.models import RosterEntry

from .factory import Night, filler, item_with

NAMES = frozenset({"pim", "valk", "odette", "rask"})


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (  # three clauses: the second starts a sentence, the third joins it with "and"
            "Pim Valk knocked the vase off the piano while bowing, one handle snapped off, whole foyer went quiet.",
            "Pim Valk knocked the vase off the piano while bowing. One handle snapped off, and the whole foyer "
            "went quiet.",
        ),
        ("They agreed on it, her agent recorded it.", "They agreed on it, and her agent recorded it."),
        ("Nobody booked it, they each turned up alone.", "Nobody booked it, and they each turned up alone."),
        (  # a clause that has its own "and" is a sentence of its own
            "Odette stepped out for air, the door slammed behind her and the rain came down.",
            "Odette stepped out for air. The door slammed behind her and the rain came down.",
        ),
        (  # the predicate before it gets "and", the clause after it a sentence
            "Rask was by the gate playing to the queue, borrowed a fiddle off a busker, the whole queue was "
            "clapping along.",
            "Rask was by the gate playing to the queue and borrowed a fiddle off a busker. The whole queue was "
            "clapping along.",
        ),
        ("Rask arrived, Pim, Iris and Odette followed.", "Rask arrived. Pim, Iris and Odette followed."),  # a list
        ("Honestly, the speech ran long, nobody minded.", "Honestly, the speech ran long. Nobody minded."),
    ],
)
def test_a_new_clause_after_a_comma_starts_a_sentence_or_takes_and(narrated, printed):
    assert unspliced(narrated) == printed


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (
            "Earlier, Odette told the room she wouldn't share a car with Rask, said he owed her a song.",
            "Earlier, Odette told the room she wouldn't share a car with Rask and said he owed her a song.",
        ),
        ("He tried the accent twice, fluffed it both times.", "He tried the accent twice and fluffed it both times."),
        (
            "Valk was at the door with a cake, laughed it off, said she came for the cake.",
            "Valk was at the door with a cake, laughed it off and said she came for the cake.",
        ),
    ],
)
def test_the_last_of_a_run_of_predicates_takes_and(narrated, printed):
    assert unspliced(narrated) == printed


@pytest.mark.parametrize(
    "narrated",
    [
        "Pim was asleep in the cloakroom, curled up on a pile of coats.",  # a participle, not a second verb
        "Later, Valk was in the foyer, held up by the crowd.",
        "Valk was at the bar, asked if anyone had a charger.",  # what she asked, not what she was asked
        "Iris Moor, head of props, sat her down, Valk holding the torch.",  # an appositive and a bare phrase
        "When the lights came up, the whole foyer went quiet.",  # a subordinate clause closed by its comma
        "Rask made a bet: if she won, he would sing.",
        "Behind stage left, on the stairs, the two of them swapped hats.",  # places, not clauses
        "“I lost, you won,” Valk said.",  # quoted speech is never touched
        "Pim, Iris and Odette arrived together.",  # a list of names is one subject
        "Valk, who won last year, was back.",
        "The host, Iris Moor, tripped.",
        "Rask left early, the whole table stunned.",  # how they were, not what they did
    ],
)
def test_commas_that_belong_are_left_as_written(narrated):
    assert unspliced(narrated) == narrated


def test_a_nouns_s_before_a_place_or_a_time_is_was_in_the_past():
    assert unspliced("Valk ran every corridor yelling for Pim, his slot's in 5 minutes and nobody knew.") == (
        "Valk ran every corridor yelling for Pim. His slot was in 5 minutes and nobody knew."
    )


def test_a_place_written_in_another_language_is_not_printed():
    assert place_phrase("Salle de presse") == ""
    assert place_phrase("Sala de prensa") == ""
    assert place_phrase("Press room") == "in the press room"


def test_a_quote_from_a_report_filed_in_another_language_is_not_framed_by_its_untranslated_place():
    night = Night()
    filler(night, 3, votes=2)
    knock = night.spot(
        "Pim Valk knocked the glass swan off the buffet reaching for a canapé and its neck snapped clean off.",
        who=["Pim Valk"],
        by="Dex",
        at="21:00",
        where="Press room",
        votes=120,
    )
    night.spot(
        "Pim Valk a fait tomber le cygne de verre du buffet, le cou est cassé, tout le monde a crié.",
        who=["Pim Valk"],
        by="Ines",
        at="21:02",
        where="Salle de presse",
        quote="Now it's a lamp.",
        quote_by="Rask Odette",
        votes=40,
    )
    body = item_with(night.compile(), knock).body
    assert "salle de presse" not in body.lower()
    assert "Now it's a lamp" in body


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (
            "Rask was hosting with the bow tie upside down. Red lining, price tag showing at the back.",
            "Rask was hosting with the bow tie upside down — red lining, price tag showing at the back.",
        ),
        (
            "Later, Valk was teaching the foyer a polka. About thirty people in, two ushers at the front.",
            "Later, Valk was teaching the foyer a polka — about thirty people in, two ushers at the front.",
        ),
        ("She won. Standing ovation, then silence.", "She won — standing ovation, then silence."),
        ("She won. Then she left, quietly.", "She won. Then she left, quietly."),  # a sentence of its own
    ],
)
def test_a_longer_note_with_no_verb_follows_its_sentence_after_a_dash(narrated, printed):
    assert polish(narrated, NAMES) == printed


def test_a_promise_made_on_a_condition_is_told_with_would():
    assert polish("Rask made a bet: if she won the raffle, he sings her jingle in a wig.") == (
        "Rask made a bet: if she won the raffle, he would sing her jingle in a wig."
    )
    assert polish("If he lost, she keeps the hat.") == "If he lost, she would keep the hat."


def test_speech_a_colon_introduces_starts_with_a_capital_and_keeps_its_stop_inside():
    assert capitalise_sentences("Asked about the cup, Pim said: “on my fridge”. Then he left.") == (
        "Asked about the cup, Pim said: “On my fridge.” Then he left."
    )
    assert capitalise_sentences("The crowd went “wow”.") == "The crowd went “wow”."  # no colon: as written


def test_words_written_in_capitals_on_a_cake_are_quoted_as_shown():
    assert tidy("She carried in a tart iced WELL DONE and piped RASK underneath.") == (
        "She carried in a tart iced “WELL DONE” and piped “RASK” underneath."
    )


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("Overheard at the Long Bar, second ad break.", "at the Long Bar during the second ad break"),
        ("Overheard at the bar, after the toast", "at the bar after the toast"),
        ("Heard at the bar, 10ish", "at the bar"),
    ],
)
def test_a_quote_only_notes_time_after_a_comma_reads_as_prose(note, place):
    assert thin_place(note) == place


def test_a_titled_name_is_its_title_when_named_again():
    assert short_name("Mireille, Countess of Ashby") == "the Countess"
    assert short_name("Tyler, The Creator") == "Tyler, The Creator"


def test_an_everyday_word_nickname_that_opens_a_sentence_before_a_verb_is_the_persons_surname():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Odette Rask", aliases=("Pearl",))]
    filler(night, 3, votes=2)
    gown = night.spot(
        "Odette Rask's zip split an hour before her set and a stagehand sewed her in. Pearl walked out on time.",
        who=["Odette Rask"],
        at="21:00",
        votes=100,
    )
    body = item_with(night.compile(), gown).body
    assert "Pearl" not in body  # a reader who never met the nickname meets the person
    assert "Rask walked out on time" in body or "She walked out on time" in body


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (
            "Later, Valk was in the foyer, asked about the feud, laughed it off, said she came for the cake.",
            "Later, in the foyer, Valk was asked about the feud, laughed it off and said she came for the cake.",
        ),
        ("Rask was at the bar, asked about his exit.", "At the bar, Rask was asked about his exit."),
    ],
)
def test_someone_somewhere_then_asked_something_is_asked_it_there(narrated, printed):
    assert unspliced(narrated) == printed


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (
            "Her zip went. The whole side of the green dress open and she was due on in 5 minutes.",
            "Her zip went. The whole side of the green dress was open and she was due on in 5 minutes.",
        ),
        ("The fire doors open, nobody could get in.", "The fire doors were open, and nobody could get in."),
        ("The fire doors shut, nobody could get out.", "The fire doors shut, and nobody could get out."),
        ("The room went dead quiet, then roared.", "The room went dead quiet, then roared."),  # it has its verb
    ],
)
def test_a_thing_and_its_state_with_no_verb_get_one(narrated, printed):
    assert unspliced(narrated) == printed


def test_a_group_named_again_in_the_next_sentence_is_they():
    night = Night()
    filler(night, 3, votes=2)
    drum = night.spot(
        "The Copper Wasps' bass amp got left on the ferry. The Copper Wasps borrowed one from a busker outside.",
        who=["The Copper Wasps"],
        at="21:00",
        votes=90,
    )
    body = item_with(night.compile(), drum).body
    assert "left on the ferry. They borrowed one from a busker" in body


def test_a_question_put_to_someone_is_told_in_the_past():
    assert (
        polish("Asked what happens to the cup: “on my fridge”.")
        == "Asked what would happen to the cup: “on my fridge”."
    )
    assert polish("Asked who is paying, she pointed at Rask.") == "Asked who was paying, she pointed at Rask."


def test_one_word_sentences_in_a_row_are_a_beat_kept_as_written():
    assert polish("She walked out right after him, buttoned. Well. Pinned.") == (
        "She walked out right after him, buttoned. Well. Pinned."
    )
    assert polish("Rask let her in. Soaked.", NAMES) == "Rask let her in, soaked."  # one fragment joins


def test_a_role_does_not_name_its_owner_when_the_sentence_names_it_next():
    night = Night()
    filler(night, 3, votes=2)
    night.spot(
        "The Lyric's stage manager Oona Brack came with her, stopwatch round her neck.",
        who=["Oona Brack", "Pim Valk"],
        at="20:30",
        votes=5,
    )
    text = night.spot(
        "Pim Valk sprinted out with her trophy. Oona Brack texted from the Lyric: she made her entrance in time.",
        who=["Pim Valk", "Oona Brack"],
        at="21:00",
        votes=100,
    )
    body = item_with(night.compile(), text).body
    assert "the Lyric's stage manager, texted from the Lyric" not in body
    assert "Oona Brack, the stage manager, texted from the Lyric" in body


def test_a_name_with_a_comma_is_closed_by_a_comma_before_its_verb():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Mireille, Countess of Ashby", aliases=())]
    filler(night, 3, votes=2)
    tape = night.spot(
        "Pim Valk tore his sleeve on the rail. Mireille, Countess of Ashby stitched it shut in a minute.",
        who=["Pim Valk", "Mireille, Countess of Ashby"],
        at="21:00",
        votes=100,
        quote="Thread is a love language.",
        quote_by="Mireille, Countess of Ashby",
    )
    body = item_with(night.compile(), tape).body
    assert "Mireille, Countess of Ashby, stitched it shut" in body
    assert "the Countess said" in body


def test_a_long_sentence_that_runs_on_with_then_is_cut_there_and_names_its_subject_again():
    long = (
        "Odette Rask lost the raffle to Pim Valk and ten minutes later walked into the foyer carrying a tray of "
        "cupcakes iced with a question mark on every one of them, then piped his initials onto the biggest one."
    )
    assert unspliced(long) == (
        "Odette Rask lost the raffle to Pim Valk and ten minutes later walked into the foyer carrying a tray of "
        "cupcakes iced with a question mark on every one of them. Then Rask piped his initials onto the biggest one."
    )
    assert unspliced("Odette Rask lost, then laughed.") == "Odette Rask lost, then laughed."  # short: as written


def test_a_speaker_named_after_then_is_still_called_by_the_surname():
    night = Night()
    filler(night, 3, votes=2)
    cake = night.spot(
        "Odette Rask lost the raffle to Pim Valk and ten minutes later walked into the foyer carrying a tray of "
        "cupcakes iced with a question mark on every one of them, then piped his initials onto the biggest one.",
        who=["Odette Rask", "Pim Valk"],
        at="21:00",
        votes=100,
        quote="I baked for whoever beat me.",
        quote_by="Odette Rask",
    )
    body = item_with(night.compile(), cake).body
    assert "“I baked for whoever beat me,” Rask said." in body


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (
            "Kids were walked to the holding room in a line. Milo Brenn at the front, steering.",
            "Kids were walked to the holding room in a line — Milo Brenn at the front, steering.",
        ),
        (
            "Runners stopped to film. Tibby crying, Jonas conducting with a breadstick.",
            "Runners stopped to film — Tibby crying, Jonas conducting with a breadstick.",
        ),
    ],
)
def test_a_name_opening_a_note_keeps_its_capital_after_the_dash(narrated, printed):
    assert polish(narrated) == printed


def test_a_predicate_after_a_relative_clause_keeps_its_comma_before_and():
    assert unspliced("Rask was at the gate singing to the fans who couldn't get in, borrowed a fiddle.") == (
        "Rask was at the gate singing to the fans who couldn't get in, and borrowed a fiddle."
    )


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        (
            "Valk was on a crate, drummer on biscuit tins, waiters filming.",
            "Valk was on a crate, the drummer on biscuit tins, the waiters filming.",
        ),
        ("She sat down, later on the terrace.", "She sat down, later on the terrace."),  # no role
        ("They left, sister in tow.", "They left, sister in tow."),  # family, not a role of the night
    ],
)
def test_a_role_after_a_comma_gets_its_article(narrated, printed):
    assert polish(narrated) == printed


def test_a_verbless_note_that_opens_with_a_connective_is_not_joined_after_a_dash():
    assert polish("Valk came back. Later, in the wings, alone.") == "Valk came back. Later, in the wings, alone."


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Rask says she didnt expect it and doesnt care.", "Rask says she didn't expect it and doesn't care."),
        (
            "Iris Moor,, arrived at the foyer // holding two cups / both hers",
            "Iris Moor arrived at the foyer, holding two cups, both hers",
        ),
        ("Open 24/7 and/or later.", "Open 24/7 and/or later."),  # a slash inside a word stays
        ("Valk, dressed in red, waved.", "Valk, dressed in red, waved."),  # an appositive keeps its commas
        ("I see Iris Moor at the bar, ordering shots.", "Iris Moor at the bar, ordering shots."),
        ("Just saw Pim Valk crying.", "Pim Valk crying."),
        ("I see what you mean.", "I see what you mean."),  # no one seen: the reporter's voice, left to its rule
    ],
)
def test_typing_slips_and_the_reporter_looking_on_are_tidied(typed, printed):
    assert tidy(typed) == printed


def test_what_someone_did_after_a_colon_that_says_where_they_were_is_told_as_done_there():
    assert unspliced("Jonas Fell was backstage: lost his shoe, found it in the bin, played anyway.") == (
        "Backstage, Jonas Fell lost his shoe, found it in the bin and played anyway."
    )
    assert unspliced("Later, Valk was at the bar: ordered twelve shots.") == (
        "Later, at the bar, Valk ordered twelve shots."
    )
    assert unspliced("Valk was in the foyer: “No comment.”") == "Valk was in the foyer: “No comment.”"


def test_a_role_with_a_present_tense_after_a_comma_is_told_in_the_past_with_its_article():
    assert polish("She was ordering 12 shots, bartender looks terrified.") == (
        "She was ordering 12 shots, and the bartender looked terrified."
    )


def test_a_colour_before_a_plural_after_a_comma_is_no_role():
    assert polish("She sat on the bar barefoot, silver platforms in her hand.") == (
        "She sat on the bar barefoot, silver platforms in her hand."
    )


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Iris Moor in the foyer now, I'm asking her about the fall, she laughs it off",
            "Iris Moor in the foyer now, she laughs it off",
        ),
        ("Valk stayed 40 minutes with fans in the rain, security pls", "Valk stayed 40 minutes with fans in the rain"),
        ("She said please, twice.", "She said please, twice."),  # what happened, not a request to the desk
        ("Rask just won best score. Then cried.", "Rask just won Best Score. Then cried."),
        ("She lost best new artist and laughed.", "She lost Best New Artist and laughed."),
    ],
)
def test_the_reporters_own_clause_and_a_lower_case_award_are_tidied(typed, printed):
    assert tidy(typed) == printed


def test_a_pronouns_present_tense_and_a_live_now_are_told_after_the_fact():
    assert polish("Later, Valk was in the foyer now, she laughs, said the rail had it coming.") == (
        "Later, Valk was in the foyer. She laughed and said the rail had it coming."
    )


def test_a_clause_that_names_the_first_clauses_subject_again_is_its_second_verb():
    assert unspliced("Iris Moor was at the stage door signing programmes, Moor stayed an hour in the rain.") == (
        "Iris Moor was at the stage door signing programmes and stayed an hour in the rain."
    )


def test_a_promise_on_a_condition_in_the_present_is_not_told_as_done():
    assert polish("They made a bet: if she wins, he sings her jingle.") == (
        "They made a bet: if she wins, he sings her jingle."
    )


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Pim Valk... asleep in the cloakroom... again", "Pim Valk asleep in the cloakroom, again"),
        ("She waited... and waited.", "She waited, and waited."),
        ("He left...", "He left."),
        ("“Well... maybe,” she said.", "“Well... maybe,” she said."),  # quoted speech keeps its pause
        ("Arguing about the speech - she said it ran long", "Arguing about the speech — she said it ran long"),
        ("A 2-1 win for the well-known duo.", "A 2-1 win for the well-known duo."),
        ("Valk, in tears, set off.", "Valk, in tears, set off."),  # an aside before a verb keeps its commas
        ("Moor, the last of the five, straight from set.", "Moor, the last of the five, straight from set."),
        ("She sat down. Very, very carefully.", "She sat down. Very, very carefully."),  # no name before the comma
        ("Rask, in the voice: 'Very good, madam.'", "Rask, in the voice: 'Very good, madam.'"),  # speech
    ],
)
def test_trailing_dots_and_typed_dashes_read_as_prose(typed, printed):
    assert tidy(typed) == printed


def test_a_place_given_in_the_plural_is_read_as_its_singular_once_for_the_part_and_the_preposition():
    # (`places._singular`: which part of a place given in parts is a place, and "at" or "on" for it)
    assert place_phrase("Av. Corrientes, barriers") == "at the barriers"
    assert place_phrase("Stage doors") == "at the stage doors"
    assert place_phrase("Front steps") == "on the front steps"  # ("steps" is listed as it is)
    assert place_phrase("Sponsor tents") == "in the sponsor tents"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The usher then handed her the mic.", "The usher then handed her the mic."),  # only its subject before
        ("The whole security team then waved him in.", "The whole security team then waved him in."),
        ("The room went dead silent then roared.", "The room went dead silent, then roared."),  # two verbs
        ("The fans cheered then sang.", "The fans cheered, then sang."),
    ],
)
def test_then_takes_a_comma_only_between_two_verbs(text, told):
    """A bare "then" between two verbs is given a comma; after a subject alone it never is ("The guard then
    patted down the pig", never "The guard, then patted …")."""
    assert narrate(text, None, frozenset(), lambda name: name) == told
