"""Every sentence the body prints from a report's copy reads as prose (`prose.reads_as_prose`): a sentence that does
not is not printed, and a moment none of whose reports has one is told by its quote, or not at all (invented
text throughout)."""

from __future__ import annotations

import pytest

from bot.digest.prose import reads_as_prose

from .factory import Night, every_item, filler, item_with

NAMES = frozenset({"kroll", "bettina", "toby", "rose", "quay", "pruitt"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked what would happen to the trophy, Toby said: “Next to my Lego.”",
        "Shuffleboard in the VIP lounge was over.",
        "Later, Barty Nkemelu, the stage manager, texted from the Wrenfield: the cast made it with a minute to spare.",
        "Two seats along, Quay immediately pulled a boarding pass out of her clutch.",
        "He couldn't get a word out for ten seconds.",
        "Nobody stopped him.",
        "Somebody knew something.",
        "Seating at table 9 was a war.",
        "Rose Quay stepped out for air.",
        "She said yes, and the crew applauded.",
        "House lights up, the cleaners sweeping the stalls, and Pruitt had borrowed a broom.",
        "He's out cold.",
        "Pruitt quietly leaves his seat.",
        "Quay stage-dived into the string section.",
        "Kroll said «merci» to the crew.",
        "Pruitt and Quay dance in the corridor.",  # the present of a plural subject
        "They sing the whole chorus on the fire escape.",
        "The twins share a dressing room.",
        "“Tell Teddy to keep them.”",
        "Kroll said “ya no puedo más” to the crew.",  # another language inside a quote: someone's words
        "Quay parked the van even closer to the stage door.",  # "van", "even": English too
        "Kroll met Ana de la Cruz in the wings.",  # the particles of a name
    ],
)
def test_a_sentence_with_a_subject_and_a_finite_verb_reads_as_prose(sentence):
    assert reads_as_prose(sentence, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Well.",  # no verb
        "Standing ovation.",
        "Not panicking, (panicking).",
        "Saltgrass cast passing a Sharpie around green room A, signing each other's scripts.",
        "Paid her in twenties.",  # no subject
        "Still was on the aisle steps in row F.",
        "Couldn't see the stage at all, people coughing.",
        "Asked about the tour, said next question.",  # a participle with nothing after it to belong to
        "Running late for the cue.",
        "Earlier, Asked about the tour, Kroll laughed.",  # the leftover of a repair
        "Kroll said next question.",
        "Outside, Kroll said:",
        "And she left.",  # a dangling conjunction
        "Which was odd.",
        "and then she left.",  # lower case
        "She said “hi.",  # a quote left open
        "(panicking)",
        "Trophy on a pallet jack.",
        "Ninety seconds to her cue, zip gone.",  # a capital opening a note is no name
        "Pruitt and Quay, trophy in hand.",
        "Were their assistants, who had avoided each other all night.",  # its verb first, no subject
        "About 30 stagehands were clapping en el pasillo, y Quay was dancing.",  # mixed with Spanish
        "She didn't look at the trophy, bas poocha khana khaya ki nahi, phir hasi.",  # mixed with Hinglish
        "Pruitt and Quay handing out cake slices on napkins.",  # a participle after two names is no present
    ],
)
def test_a_note_a_fragment_or_a_half_repair_does_not(sentence):
    assert not reads_as_prose(sentence, NAMES)


def test_fragments_after_a_sentence_are_not_printed():
    night = Night()
    filler(night, 4, votes=1)
    moment = night.spot(
        "Yewande Oduya walked out right after him, zipped. Well. Sewn.", who=["Yewande Oduya"], votes=30
    )

    body = item_with(night.compile(), moment).body

    assert body == "Yewande Oduya walked out right after him, zipped."


def test_a_report_with_no_sentence_of_prose_gives_way_to_the_next_report_of_its_moment():
    night = Night()
    filler(night, 4, votes=1)
    garbled = night.spot(
        "Asked about the reunion tour on the red carpet, said next question",
        who=["Bettina Kroll"],
        by="Amy",
        at="21:00",
        where="Red carpet",
        votes=20,
    )
    night.spot(
        "Bettina Kroll laughed off a question about the reunion tour on the red carpet",
        who=["Bettina Kroll"],
        by="Ben",
        at="21:02",
        where="Red carpet",
        votes=2,
    )

    item = item_with(night.compile(), garbled)

    assert item.body == "Bettina Kroll laughed off a question about the reunion tour on the red carpet."
    assert "next question" not in item.headline.lower()  # the headline promises what the body tells
    assert item.reporters == ["Amy", "Ben"]  # one moment, both reported it


def test_a_moment_with_no_sentence_of_prose_is_told_by_its_quote_with_its_speaker():
    night = Night()
    filler(night, 4, votes=1)
    moment = night.spot(
        "Asked about the reunion tour, said next question",
        who=["Bettina Kroll"],
        votes=20,
        quote="Next question, darling.",
    )

    assert item_with(night.compile(), moment).body == "Bettina Kroll said: “Next question, darling.”"


def test_a_lead_moment_that_cannot_be_told_is_not_built_and_the_next_story_takes_its_place():
    night = Night()
    stories = filler(night, 6, votes=1)
    untold = night.spot("Standing ovation. Confetti everywhere", by="Zed", at="21:00", where="Main stage", votes=50)

    digest = night.compile(count=5)

    assert all(untold.id not in item.sighting_ids for item in every_item(digest))
    assert [item.sighting_ids for item in digest.items] == [[s.id] for s in stories[:5]]
    assert digest.bonus is not None and digest.bonus.sighting_ids == [stories[5].id]


def test_a_follow_up_not_told_is_not_credited():
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Bettina Kroll gave her row F seat to a seat filler and sat on the aisle steps",
        who=["Bettina Kroll"],
        by="Amy",
        at="21:00",
        votes=30,
    )
    night.spot(
        "Still on the aisle steps in row F, clapping for the seat filler",
        who=["Bettina Kroll"],
        by="Ben",
        at="21:40",
        votes=12,
    )

    item = item_with(night.compile(), lead)

    assert item.body == "Bettina Kroll gave her row F seat to a seat filler and sat on the aisle steps."
    assert item.reporters == ["Amy"]


def test_a_person_named_in_full_in_a_sentence_left_out_is_named_in_full_where_the_item_next_names_them():
    night = Night()
    filler(night, 4, votes=1)
    moment = night.spot(
        "Asked about the reunion tour, Bettina Kroll said next question. Kroll then left by the fire exit with two "
        "bottles of champagne",
        who=["Bettina Kroll"],
        votes=30,
    )

    body = item_with(night.compile(), moment).body

    assert body == "Bettina Kroll then left by the fire exit with two bottles of champagne."


def test_a_name_and_an_aside_with_no_verb_between_two_sentences_is_not_printed():
    night = Night()
    filler(night, 4, votes=1)
    moment = night.spot(
        "Pim Valk took the mic. Lutz, hair flat on one side. The crowd roared.", who=["Pim Valk"], votes=30
    )

    assert item_with(night.compile(), moment).body == "Pim Valk took the mic. The crowd roared."


def test_a_setup_whose_first_sentence_is_a_note_is_not_told_and_the_item_opens_on_its_lead_moment():
    night = Night()
    filler(night, 4, votes=2)
    win = night.spot(
        "Odessa Quarles won Best Actress and hugged Celestine Arroyo",
        who=["Odessa Quarles", "Celestine Arroyo"],
        at="21:00",
        votes=120,
    )
    night.spot(
        "Ninety seconds to her cue, zip gone. Celestine Arroyo flossed Odessa Quarles back into her gown",
        who=["Celestine Arroyo", "Odessa Quarles"],
        at="18:40",
        votes=80,
        by="June",
    )

    item = item_with(night.compile(), win)

    assert item.body == "Odessa Quarles won Best Actress and hugged Celestine Arroyo."  # no "Hours later," before it
    assert item.reporters == ["Amy"]


def test_an_untagged_sentence_with_an_unattributed_quote_is_told_in_full():
    """ "Gaga lit a cigarette for Adele" names no roster person, and its quote has no speaker: the sentence reads as
    prose, so it tells the moment (before, its verb went unseen after an unknown name, the note was taken for a
    frame of its quote, and a quote with no speaker tells nothing: the digest was empty)."""
    night = Night()
    lit = night.spot("Gaga lit a cigarette for Adele", quote="You only live once")

    item = item_with(night.compile(), lit)

    assert item is not None and item.body.startswith("Gaga lit a cigarette for Adele.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Who knew Kroll could sing?",  # the reporter asking the reader
        "Is that the same guy from the lobby Toby was with?",  # ...or the desk
        "KROLL JUST FELL OFF THE STAGE INTO THE PIT.",  # typed in capitals
    ],
)
def test_a_question_of_the_reporters_or_a_shouted_sentence_is_not_prose(sentence):
    assert not reads_as_prose(sentence, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kroll asked the crew: “Is the door locked?”",  # someone's question, in quotes
        "Kroll took the VIP lift with VANTA and the BBC crew.",  # a few names in capitals
    ],
)
def test_a_quoted_question_or_a_name_in_capitals_is_prose(sentence):
    assert reads_as_prose(sentence, NAMES)


def test_a_question_to_the_desk_in_a_report_is_not_printed():
    night = Night()
    filler(night, 3, votes=2)
    lead = night.spot(
        "Bettina Kroll sang the whole theme tune from the lighting rig. Who knew a sitcom star could climb?",
        who=["Bettina Kroll"],
        by="Kip",
        at="21:00",
        votes=90,
    )
    body = item_with(night.compile(), lead).body
    assert body.startswith("Bettina Kroll sang the whole theme tune from the lighting rig.") and "?" not in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Rafe Dunmore rewrote his whole speech on a napkin in the lift, crossing out every thank-you.",
        "Kroll overslept and missed the carpet.",
        "Toby mistook the envelope for a menu.",
    ],
)
def test_an_irregular_past_behind_a_prefix_is_a_verb(sentence):
    # "rewrote" was not known as a verb: the sentence was refused and the moment told by its quote alone
    assert reads_as_prose(sentence, NAMES)


def test_a_sentence_typed_as_notes_is_not_printed_and_prose_with_a_figure_is():
    for notes in (
        "Stairs (mosaic, B side): Rocha trips on own train, slides last 5 steps, lands on feet, bows, crew applauds.",
        "Flimmer+, cancelled her show in Jan.",
    ):
        assert not reads_as_prose(notes)
    assert reads_as_prose("Birch went back out 4 seconds before the red light.")
    assert reads_as_prose("“That's MY snare!” the usher said.")


@pytest.mark.parametrize(
    "notes",
    [
        # one shorthand piece in a long comma-spliced sentence: "Glimmr+", "in Feb" in segments of their own
        "Rhea Vance walked in past the bar, found Lou Marsh, Glimmr+, axed her show in Feb, at the back of the room.",
        # a comma list of clauses, no conjunction, its tense switching
        "Rhea Vance walked in, finds Lou Marsh, hands him her award.",
        "Kroll told the press room she won't sit at his table, says his last single borrowed her drop.",
        # a lone noun for a clause
        "He takes it, silence.",
    ],
)
def test_a_long_sentence_typed_as_notes_piece_by_piece_is_not_prose(notes):
    assert not reads_as_prose(notes, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        "He left, furious.",
        "She turned, smiled, and took the mic.",
        "Rose Quay walked past, headphones on, no comment.",  # a plural, not a present: no switch
        "Sky's phone died at 21:04, the exact moment the lights came back on.",  # a clock in a clause
        "Ivo Dahl proposed to the floor manager, 2 minutes to air.",  # a figure, no shorthand
        "Kroll says she was tired, then left.",  # a present then its clause's past
        "She sang, in silence.",
    ],
)
def test_a_long_sentence_of_prose_with_commas_stays_prose(sentence):
    assert reads_as_prose(sentence, NAMES)


def test_a_moment_whose_only_report_is_comma_spliced_notes_is_told_by_its_quote():
    night = Night()
    filler(night, 4, votes=1)
    moment = night.spot(
        "Rhea Vance walked in, finds Lou Marsh, Glimmr+, axed her show in Feb, at the back, hands him her award.",
        who=["Rhea Vance"],
        votes=80,
        quote="You'll want this more than I do.",
    )

    body = item_with(night.compile(), moment).body

    assert "Glimmr+" not in body and "finds" not in body
    assert "“You'll want this more than I do.”" in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Rose Quay wore a badge that said Best Aunt to the dinner.",  # what a thing that "said" reads
        "Bettina Kroll sang at 7 p.m. for the crew.",  # a time as prose writes it
        "Bettina Kroll fed the dog at 6 a.m. in the yard.",
    ],
)
def test_plain_english_sentences_read_as_prose(sentence):
    assert reads_as_prose(sentence, NAMES)


@pytest.mark.parametrize("sentence", ["Toby said next question.", "Toby Pruitt left at 22:00 w/ the statue."])
def test_a_said_with_nothing_said_and_a_note_of_the_clock_still_do_not(sentence):
    assert not reads_as_prose(sentence, NAMES)


def test_a_lone_voted_sentence_with_a_sign_and_a_time_in_it_is_an_item_not_shorthand():
    night = Night()
    filler(night, 2, votes=3)
    sash = night.spot(
        "Rose Quay wore a badge that said Best Aunt to the dinner at 9 p.m.", who=["Rose Quay"], at="21:30", votes=9
    )

    digest = night.compile()

    assert item_with(digest, sash).body.startswith("Rose Quay wore a badge that said Best Aunt")
    assert not [x for x in digest.left_out if sash.id in x.sighting_ids]
