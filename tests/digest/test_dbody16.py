"""Bodies (issue 11, round 14, dbody16): a pinned or strongest report in shorthand opens its body as prose ("GREAT
HALL 21:31: lights out. … Kwesi B keeps drumming, no mic. … 500+ lighters up." → "The lights were out … Kwesi
Boateng-Larbi kept drumming without a mic. … More than 500 lighters went up."), never a later report's follow-up; a
verbless pinned note ("Ekow: beard shaved off …") told as a sentence; a body never opens on a pronoun whose person
it names only after it; a clause after "so" in the past like the sentence it ends."""

from __future__ import annotations

from bot.digest.narration import narrate
from bot.digest.openings import named_first, pronouns_named
from bot.digest.prose import printable
from bot.digest.shorthand import past_clauses, unfolded

from .factory import Night, filler, item_with

_PEOPLE = ("Kwesi Boateng-Larbi", "Efua Sarpong")
_NAMES = frozenset({"tomas", "okafor-reyes", "greta", "lindqvist"})
_NOTE = (
    "GREAT HALL 21:31: lights out. pitch black. Kwesi B keeps drumming, no mic. crowd sings Sika Dwa. 500+ lighters up."
)


def test_a_shorthand_note_is_unfolded_where_its_missing_words_are_certain():
    told = unfolded(_NOTE, _PEOPLE)

    assert told.startswith("The lights were out in the great hall."), told
    assert "Kwesi Boateng-Larbi kept drumming without a mic." in told, told
    assert "The crowd sang Sika Dwa." in told, told
    assert told.endswith("More than 500 lighters went up."), told
    assert unfolded("power gone. Efua S keeps singing, no amp. 1000+ phones up.", _PEOPLE) == (
        "The power was gone. Efua Sarpong kept singing without an amp. More than 1,000 phones went up."
    )


def test_a_note_in_prose_and_an_initial_nobody_tagged_are_left_as_typed():
    prose = "Kwesi Boateng-Larbi kept drumming with no mic while the crowd sang."
    assert unfolded(prose, _PEOPLE) == prose
    assert "Kofi B" in unfolded("lights out. Kofi B keeps drumming.", _PEOPLE)


def test_a_name_a_thing_and_its_participle_is_the_persons_thing():
    told = unfolded("Ekow: beard shaved off on stage, live, for the wager", ("Ekow Mensah-Bonsu",))

    assert told == "Ekow's beard was shaved off on stage, live, for the wager", told
    assert "'s beard" not in unfolded("Backstage: beard shaved off", ("Ekow Mensah-Bonsu",))  # (a place's label)


def test_the_pinned_shorthand_opens_the_body_never_the_follow_up():
    night = Night()
    filler(night, 5, votes=3)
    pin = night.spot(_NOTE, who=["Kwesi Boateng-Larbi"], by="Ana", at="21:31", where="Great hall", votes=240)
    night.spot(
        "Efua Sarpong climbed up from the front row and held her phone light over Kwesi's drums so he could see.",
        who=list(_PEOPLE),
        by="Cy",
        at="21:34",
        where="Great hall",
        votes=150,
    )
    night.spot(
        "The lights came back at about twenty to ten. Kwesi Boateng-Larbi finished the rhythm before he looked up.",
        who=["Kwesi Boateng-Larbi"],
        by="Di",
        at="21:41",
        where="Great hall",
        votes=60,
    )
    night.pin(pin)
    body = item_with(night.compile(), pin).body

    assert body.startswith("The lights were out"), body
    assert "Kwesi Boateng-Larbi kept drumming without a mic." in body, body
    assert "More than 500 lighters went up." in body, body
    assert "500+" not in body and "Kwesi B " not in body, body


def test_a_verbless_pinned_note_is_told_as_a_sentence():
    night = Night()
    filler(night, 5, votes=3)
    pin = night.spot(
        "Ekow: beard shaved off on stage, live, for the wager", who=["Ekow Mensah-Bonsu"], at="21:10", votes=120
    )
    night.pin(pin)
    body = item_with(night.compile(), pin).body

    assert body.startswith("Ekow Mensah-Bonsu's beard was shaved off on stage"), body


def test_a_body_never_opens_on_a_pronoun_it_names_after():
    paragraph = (
        "He didn't know the tune, so her youth choir taught him bar by bar. Behind the chapel vestry, Tomas"
        " Okafor-Reyes apologised to Greta Lindqvist. She made him sing the first verse."
    )
    assert named_first(paragraph, _NAMES) == (
        "Behind the chapel vestry, Tomas Okafor-Reyes apologised to Greta Lindqvist. He didn't know the tune, so her"
        " youth choir taught him bar by bar. She made him sing the first verse."
    )
    assert named_first("He bowed. The room cheered.", _NAMES) == "He bowed. The room cheered."


def test_a_pronoun_of_the_one_person_who_has_it_is_named():
    told = pronouns_named("She bowed to the crowd. The room cheered.", {"she": "Greta Lindqvist"})

    assert told == "Greta Lindqvist bowed to the crowd. The room cheered.", told
    assert pronouns_named("He bowed to her.", {"he": "Tomas Okafor-Reyes"}) == "He bowed to her."


def test_the_body_opens_on_the_sentence_naming_its_people():
    night = Night()
    filler(night, 5, votes=3)
    lead = night.spot(
        "Behind the chapel vestry, Tomas Okafor-Reyes apologised to Greta Lindqvist for sampling her lullaby without"
        " asking. She made him sing the first verse before she would forgive him.",
        who=["Tomas Okafor-Reyes", "Greta Lindqvist"],
        by="Ana",
        at="21:10",
        votes=150,
        quote="Now you know the tune. Now you can pay me.",
        quote_by="Greta Lindqvist",
    )
    night.spot(
        "He didn't know the tune, so her youth choir teach him bar by bar.",
        who=["Tomas Okafor-Reyes", "Greta Lindqvist"],
        by="Bo",
        at="21:08",
        votes=200,
    )
    body = item_with(night.compile(), lead).body

    assert body.startswith("Behind the chapel vestry, Tomas Okafor-Reyes apologised"), body
    assert "so her youth choir taught him bar by bar." in body, body


def test_a_clause_after_so_is_told_in_the_past_of_its_sentence():
    assert past_clauses("He didn't know the tune, so her youth choir teach him bar by bar.") == (
        "He didn't know the tune, so her youth choir taught him bar by bar."
    )
    assert past_clauses("He is late, so they call him.") == "He is late, so they call him."


def test_a_noun_repeated_after_by_is_no_place():
    assert narrate("The choir taught him bar by bar.", names=_NAMES) == "The choir taught him bar by bar."
    assert narrate("She waited by bar.", names=_NAMES) == "She waited by the bar."


def test_words_in_another_language_nobody_said_nor_translated_are_left_out():
    assert printable("Leonor sang down the phone. “Avó, ganhei. Agora canta comigo”.") == "Leonor sang down the phone."
    glossed_line = "Leonor sang down the phone. “Avó, ganhei” (“Grandma, I won”)."
    assert printable(glossed_line) == glossed_line
    assert printable("She sat down. “Light is a luxury.”") == "She sat down. “Light is a luxury.”"


def test_nobody_in_the_present_after_a_clause_in_the_past_is_in_the_past():
    assert past_clauses("She was dancing in borrowed sandals and nobody cares.") == (
        "She was dancing in borrowed sandals and nobody cared."
    )
    assert past_clauses("He won and everyone cheers.") == "He won and everyone cheered."
    assert past_clauses("She is here and nobody cares.") == "She is here and nobody cares."


def test_a_line_in_another_language_whose_speaker_follows_it_is_kept():
    told = "He went round the door twice. “C'est un manège!” Brûlé said."
    assert printable(told) == told


def test_a_line_in_letters_english_never_uses_is_no_english_line():
    told = "He carried his own drum case in. “Ɛyɛ me dea, me ara bɛsoa”."
    assert printable(told) == "He carried his own drum case in."
    glossed_line = "He left. “Ɔdɔ bɛba” (“Love will come”)."
    assert printable(glossed_line) == glossed_line
