"""Causes found in round 36: both blind reviews of round 35 found the setup told after the moment's closing quote
("… sang badly. “I promised I'd sing,” he said. It began hours earlier, when he told the courtyard …"), and a
nickname or a role met with the roster's name in brackets ("Shazzy (Shahzaib Durrani)", "Hira's mother (Nasreen
Batool)"), read as bookkeeping. Every name and sentence is invented, in the shape of what those nights'
correspondents typed."""

from __future__ import annotations

from bot.digest.beats import _with_setup
from bot.digest.chat import _without_own_clause
from bot.digest.headlines import write_headline
from bot.digest.naming import introduced_as
from bot.digest.polish import without_live_now
from bot.digest.titling import in_full

from .factory import Night, filler, item_with


def _promise_night(setup: str) -> str:
    night = Night()
    filler(night, 4)
    night.spot(setup, who=["Tariq Omer"], at="19:40", votes=120, by="Nida")
    song = night.spot(
        "When Paper Boat won Best Film, Tariq Omer took the microphone back and sang the title song. He was flat by "
        "the second line, and by the end the whole courtyard was singing over him.",
        who=["Tariq Omer"],
        at="22:30",
        votes=300,
        by="Sana",
        quote="I promised I'd sing. I never promised I'd sing well.",
        quote_by="Tariq Omer",
    )
    return item_with(night.compile(), song).body


def test_a_promise_naming_a_title_in_quotes_is_told_before_the_line_that_keeps_it():
    body = _promise_night(
        "Tariq Omer stood on a chair by the chai stall and told the whole courtyard that if “Paper Boat” wins Best "
        "Film tonight, he will sing the title song on stage."
    )
    # (was "… singing over him. “I promised I'd sing …,” Omer said. It began hours earlier, when …": the title's
    # quotation marks read as a line of the setup's own)
    promise = body.index("Hours earlier, Omer had stood on a chair by the chai stall and told the whole courtyard")
    assert body.index("singing over him.") < promise < body.index("“I promised I'd sing."), body
    assert "It began" not in body, body


def test_a_one_word_nickname_is_met_after_the_roster_name_never_in_brackets():
    night = Night()
    night.set_roster(("Shahid Durrani", ("Shazo",)))
    filler(night, 4)
    song = night.spot(
        "Shazo took the microphone back after the Best Film win and sang the title song, flat by the second line.",
        who=["Shahid Durrani"],
        at="22:30",
        votes=300,
    )
    night.spot("Shazo in a grey shawl, stopping for every selfie at the gate.", who=["Shazo"], at="19:00", votes=9)
    night.spot("Shahid Durrani signing cricket bats for the waiters.", who=["Shahid Durrani"], at="19:10", votes=9)
    night.spot("Shahid Durrani has swapped the grey shawl for a maroon one.", who=["Shahid Durrani"], at="20:10")
    body = item_with(night.compile(), song).body
    assert body.startswith("Shahid Durrani, known as Shazo, took the microphone back"), body
    assert "(" not in body, body  # (was "Shazo (Shahid Durrani) took the microphone back")


def _mother_night(quote: str, quote_by: str) -> str:
    """The body of a night whose reports call Rubina Malik "Hina's mother" as often as by her name, and whose
    trophy moment has a line by `quote_by`."""
    night = Night()
    night.set_roster(("Hina Malik", ()), ("Rubina Malik", ("Hina's mother",)))
    filler(night, 4)
    trophy = night.spot(
        "Hina Malik won Best New Voice, walked the length of the courtyard and put the trophy in her mother's hands.",
        who=["Hina Malik", "Hina's mother"],
        at="22:00",
        votes=300,
        quote=quote,
        quote_by=quote_by,
    )
    night.spot("Hina's mother in the back row, holding a sign for her.", who=["Hina's mother"], at="20:00", votes=9)
    night.spot("Rubina Malik has not put the sign down in an hour.", who=["Rubina Malik"], at="21:00", votes=9)
    night.spot("Hina's mother is crying already and nothing has happened.", who=["Hina's mother"], at="21:10")
    night.spot("Hina's mother's neighbour brought her tea.", who=["Hina's mother"], at="21:15")
    night.spot("Rubina Malik's neighbour is holding one corner of the sign now.", who=["Rubina Malik"], at="21:20")
    return item_with(night.compile(), trophy).body


def test_a_role_the_night_calls_someone_is_followed_by_their_name_in_apposition():
    body = _mother_night("Now I will frame the sign.", "Hina's mother")
    assert "“Now I will frame the sign,” Hina's mother, Rubina Malik, said." in body, body
    assert "(Rubina Malik)" not in body, body


def test_a_line_said_by_a_pronoun_stays_before_the_setup_that_would_take_the_pronoun():
    lead = (
        "Ravi Obi's grandmother was in the crew room playing cards with two riggers. She was up forty dollars. "
        "“Tell my grandson I'm busy,” she said."
    )
    setup = "It began minutes earlier, when Obi was going door to door asking if anyone had seen her."
    told, _ = _with_setup(lead, [setup])
    # (after "Obi had been going door to door", "she said" would be nobody's)
    assert told.index("she said.") < told.index("It began minutes earlier"), told


def test_a_father_called_by_the_family_name_and_sr_is_never_given_his_sons_full_name_in_a_headline():
    # (was "Roy Castellan Jr. Sr. Weeps in the Aisle": "Castellan" filled in with the son's roster name, breaker)
    assert in_full("Castellan Sr. weeps in the aisle", ["Roy Castellan Jr."]) == "Castellan Sr. weeps in the aisle"
    assert in_full("Castellan weeps in the aisle", ["Roy Castellan Jr."]) == "Roy Castellan Jr. weeps in the aisle"


def test_an_act_done_for_the_correspondents_keeps_its_verb_and_loses_the_us():
    night = Night()
    night.set_roster(("Khangai Echo", ()), ("Tsogt Bayar", ()))
    filler(night, 4)
    song = night.spot(
        "With the east wing still unheated, the throat-singing quartet Khangai Echo, due on stage in forty minutes, "
        "walked into the press room in their deels and sang for the thirty of us sitting there in coats. Breath "
        "hung in the light over the microphone stands.",
        who=["Khangai Echo"],
        at="21:00",
        votes=300,
        quote="This music was made for rooms colder than this.",
        quote_by="Tsogt Bayar",
    )
    body = item_with(night.compile(), song).body
    # (was "…, the throat-singing quartet Khangai Echo, due on stage in forty minutes.": the predicate was left out
    # with the "us" in it, and the sentence lost its verb)
    assert "due on stage in forty minutes, walked into the press room in their deels and sang." in body, body
    assert " us " not in body.replace("“", "").split("”")[-1], body


def test_a_hyphenated_given_name_alone_is_the_person_never_half_of_it_and_an_alias():
    night = Night()
    night.set_roster(("Munkh-Orgil Tsend", ("Orgil",)))
    filler(night, 4)
    night.spot(
        "Munkh-Orgil stopped at the far barrier and promised the drama students there that if he wins Best Actor "
        "tonight they will hear his speech before the hall does.",
        who=["Munkh-Orgil Tsend"],
        at="19:20",
        votes=120,
    )
    speech = night.spot(
        "Munkh-Orgil Tsend won Best Actor and went straight out the front doors in shirtsleeves to read his speech "
        "to the drama students at the barrier, minus 29.",
        who=["Munkh-Orgil Tsend"],
        at="22:00",
        votes=300,
    )
    body = item_with(night.compile(), speech).body
    assert "Munkh-Tsend" not in body, body  # (was "Munkh-Tsend had stopped at the far barrier")
    assert "Tsend had stopped at the far barrier" in body, body


def test_a_headline_of_a_few_words_gives_way_to_its_speakers_line():
    text = (
        "With the east wing still unheated, the khöömii quartet Khangai Ekh, due on stage in forty minutes, "
        "stood up in their deels and sang. Breath hung in the light over the microphone stands. By the second song "
        "the photographers had put their cameras down."  # (no room walked into: `headlines.sung_there`, round 37)
    )
    headline = write_headline(
        text,
        names=["Khangai Ekh", "Tsogt-Och Bayar"],
        lead="Khangai Ekh",
        quote="Khöömii was made for rooms colder than this. Put your pens down and breathe with us.",
        speaker="Tsogt-Och Bayar",
    )
    # (was "Khangai Ekh Sings", 17 characters: the only clause no gate passed, printed however short)
    assert headline == "Tsogt-Och Bayar: “Khöömii was made for rooms colder than this”", headline


def test_a_crowd_moving_for_a_reason_one_word_of_it_shares_is_no_beat_of_the_solo_before():
    night = Night()
    night.set_roster(("Enkhjin Sükh", ("Jin",)))
    filler(night, 4)
    night.spot(
        "Jin in the wings warming the pegs of her morin khuur in her hands. Stiff from the cold, she says.",
        who=["Enkhjin Sükh"],
        at="20:27",
        votes=20,
        by="Marta",
        where="Main hall",
    )
    solo = night.spot(
        "Near the end of the morin khuur solo that closed the first half, the outer string on Jin's instrument snapped "
        "with a crack. She kept playing on one string while a herder in row 14 passed his own morin khuur forward, "
        "hand to hand over eight rows, to the stage. She finished the piece on it, and the hall stood.",
        who=["Enkhjin Sükh"],
        at="20:31",
        votes=320,
        by="Sarah",
        where="Main hall",
    )
    lobby = night.spot(
        "Interval. Everyone crammed into the lobby because it's the only warm room. Coats on, hats on.",
        at="20:44",
        votes=6,
        by="Dmitri",
        where="Lobby",
    )
    item = item_with(night.compile(), solo)
    # (was "Later, everyone crammed into the lobby …" told as what the solo led to: "warm" of the pegs warmed in the
    # wings, a report merged into the solo's moment, read as its cause)
    assert lobby.id not in item.sighting_ids and "lobby" not in item.body, item.body


def test_a_headline_is_never_cut_after_a_sound_heard_before_where_it_was_heard():
    headline = write_headline(
        "Near the end of the solo that closed the first half, the outer string on Nara's fiddle snapped with a crack "
        "heard at the back of the hall.",
        names=["Nara"],
        lead="Nara",
    )
    assert not headline.endswith((" Heard", " Seen")), headline  # (was "… Snaps With a Crack Heard")


def test_a_name_met_with_the_roster_name_reads_as_an_editor_would_write_it():
    assert introduced_as("Shazo", "Shahid Durrani", " took the mic") == "Shahid Durrani, known as Shazo,"
    assert introduced_as("Shazo", "Shahid Durrani", ".") == "Shahid Durrani, known as Shazo"
    assert introduced_as("Hina's mother", "Rubina Malik", " said") == "Hina's mother, Rubina Malik,"
    assert introduced_as("Mazi Flex", "Ebuka Nnadi", " climbed") == "Mazi Flex (Ebuka Nnadi)"  # a stage name
    # (never "Lorraine Szabo, known as Rain, the ASMR creator known as Rain": the report introduces it)
    assert introduced_as("Rain", "Lorraine Szabo", ", the ASMR creator known as Rain, fell") == "Lorraine Szabo"


def test_a_line_of_one_of_two_people_of_a_family_name_says_which_of_them():
    body = _mother_night("Ammi, put the sign down, everyone is looking.", "Hina Malik")
    # (was "“Ammi, …,” Malik said.": her mother, Rubina Malik, is of the story too)
    assert "“Ammi, put the sign down, everyone is looking,” Hina Malik said." in body, body


def test_a_look_back_never_keeps_the_reporters_live_now():
    # (was "Earlier in the night, both members of the old band had now won tonight")
    told = without_live_now("both members of the old band had now won", placed=True)
    assert told == "both members of the old band had won", told
    assert without_live_now("He had now won twice.") == "He had now won twice."  # (unplaced: as written)


def test_an_act_sung_to_the_correspondents_keeps_what_was_sung_without_a_stray_comma():
    # (was "Oona Pettigrew sang, all ten verses …" once "to us" was left out: breaker)
    told = _without_own_clause("Oona Pettigrew sang to us, all ten verses of a ballad about her cat, in the queue.")
    assert told == "Oona Pettigrew sang all ten verses of a ballad about her cat, in the queue.", told
    told = _without_own_clause("Lucan Everdell sang to the thirty of us sitting on the steps, a whole aria, alone.")
    assert told == "Lucan Everdell sang a whole aria, alone.", told
