"""Copy that needs no copy editor: the desk's rewrites never touch correct copy, an article has no live-blog time,
and chat's unnamed people are named where they appear (no other language as narration:
`test_digest_code_switching`).

The correct sentences of `CORRECT` are the engineers' nights' clean reports (tests/scenarios/*.yaml), as typed;
the others here are invented.
"""

from __future__ import annotations

import pytest

from bot.digest.casing import capitalise_sentences
from bot.digest.chat import without_live_time
from bot.digest.copyedit import tidy
from bot.digest.labels import place_label
from bot.digest.narration import narrate
from bot.digest.polish import polish
from bot.digest.prose import reads_as_prose
from bot.digest.quoted import keeping_quotes
from bot.digest.someone import named_where_first_seen
from bot.digest.splices import unspliced

from .test_digest_do_no_harm import body_of

# every sentence rule of the body, as the compiler runs it, and the whole chain (`copying._told_text`'s order)
RULES = {
    "tidy": tidy,
    "narrate": lambda text: keeping_quotes(lambda t: narrate(t), text),
    "polish": lambda text: keeping_quotes(lambda t: polish(t), text),
    "unspliced": lambda text: keeping_quotes(unspliced, text),
    "capitalise_sentences": capitalise_sentences,
    "without_live_time": without_live_time,
    "named_where_first_seen": named_where_first_seen,
    "place_label": place_label,
    "all": lambda text: keeping_quotes(lambda t: polish(narrate(t)), tidy(text)),
}

# correct copy from the engineers' nights' clean reports: no rule has anything to do to it
CORRECT = [
    "Juniper Hale stopped the carpet queue to sign a cast for a photographer who broke his wrist last week.",
    "Marisol Okafor ran her acceptance speech past a sound engineer twice, timing it on his stopwatch.",
    "Rafferty Quill told Calla Lindqvist she stole his arrangement, then hugged her when she laughed.",
    "Idris Falk fixed a loose strap on a stagehand's headset with a hair tie from his wrist.",
    "Tobias Wren appeared to leave before his category was announced.",
    "Toby Wren handed his trophy to his mother in the front row and sat with her for the finale.",
    "Celestine Arroyo grabbed mint dental floss from a stagehand's kit and sewed her back in.",
    "Nico Venn proposed to his girlfriend in the dressing-room corridor with a ring twisted out of gum-wrapper foil.",
    "Yuki won 7-5 with a bank shot off the rail.",
    "She screamed, hit him with her program, then hugged him for a solid minute.",
    "She knocked on the window until Theo Brannigan, mid-rehearsal of his next bit, let her in.",
    "The kid got the controller back signed.",
    "Ottoline Ruiz won the Novel Prize and her speech ran 31 minutes.",
    "The hall lights went down on her halfway and she finished reading by her phone torch.",
    "Felix Marr asked Dame Hester Vane about the ghostwriter rumour in front of the whole press room.",
    "She made them take the bow first.",
    "Tomas Okri crouched down and handed her the whole stack back in under two minutes, in alphabetical order.",
    "Hollis Grey read the shortlist in Irish first, then English.",
    "Marten Salo yelled at the back row to put their phones away during the translator's speech.",
    "Sous-chef Yolanda Prieto stood on a crate and silenced the smoke alarm with a tea towel over the detector, "
    "then went straight back to plating.",
    "Mirela Dobos walked out through the kitchen door twenty minutes before her own category, still holding a "
    "piping bag.",
    "Dev Raman-Cole fished one cue card out of the stockpot with tongs and held it up to the room.",
    "Agnieszka Wróbel, the sommelier, poured the judges' leftover wine for the cleaning crew in the back corridor "
    "and talked them through every glass.",
    "Hamish Achterlonie left by the fire exit with a napkin over his face.",
    "A yellow school bus pulled up behind the limos.",
    "Ines Lind gave Tomas Reyes her statue in the car park, both of them crying.",
    "Dev Okoro climbed the lighting rig to fix a jammed spotlight mid-show.",
    "Bram Ostend lost, so he was carrying her bag all night, sequins and all.",
    "Lise Okoro-Blythe, Kemi's understudy, was warming up in the corridor in full costume.",
    "Ines Rocha tripped on her train at the top of the mosaic stairs, slid down the last five steps and landed on "
    "her feet.",
    "She bowed and the crew applauded.",
    "Verena Szabo cut her own birthday cake with a prop sword in the green room.",
    "The pit band played her off with a fanfare.",
    "Kemi Achebe-Ross handed Lise Okoro-Blythe the crown in the wings and told her to finish the show.",
    "Kemi Achebe-Ross said her ankle went on the second stair and she limped to her car.",
    "Almir took out his 1968 cavaquinho, the one he recorded Praça Azul on, and handed it to Kauê Ribeiro, 19, "
    "who had busked his songs outside the theatre for three years.",
    "Kauê Ribeiro could not stop shaking and carried the case down the corridor like a newborn.",
    "Ruben Saldanha promised on stage that he would dye his beard green if Dario Fenn won Best Guitarist.",
    "Thaynara Rocha won Personality of the Year and cried at the mic before she could say a word.",
    "The floor manager Marta Quintal ran on with a printed card, and Lívia waved it away and kept going.",
    "Vesper Lane's microphone pack slipped down inside her gown seconds before her cue; a sound tech fished it "
    "out with a coat hanger.",
    "Vesper Lane won Record of the Year and made her drummer carry the trophy into the press room.",
    "Vesper Lane stopped Otto Brandvold in the corridor and told him his drum solo made her cry.",
    "Selene Achebe and Idris Falk slipped out of the stage door together, her wearing his coat.",
    "Marisol Okafor had all five nominees written on her palm in ballpoint before presenting.",
    "He signed the doll's moustache, in the voice.",
    "He couldn't get a word out for ten seconds.",
    "She told us he brought her coffee wrong every single day on Winter Orchard.",
    "She'd ordered it this morning for whoever beat her.",
    "Ottilie Brask arrived by bicycle, trouser clip still on, and locked it to the crowd barrier.",
    "Caspian Mbeki-Lund split his trouser seam bending down for a selfie with a fan.",
    "The vision mixer asked him to stop; he trilled louder.",
    "Instead of walking off she climbed down into the pit, took the baton and conducted her own play-off music "
    "at twice the speed.",
    "The ushers let her take it down the aisle.",
    "The barrier crowd screamed her name the length of the street.",
    "Fenwick took the jacket off on air and turned it the right way out in front of 1,800 people.",
    "She carried the shards up on a tray anyway and the room went nuts.",
    "Ishaan Qureshi fixed the jammed fog machine with a hairpin two minutes before the finale and got a round of "
    "applause from the crew.",
    "She laughed it off when the host read out the wrong name for Best Actress, then walked up and fixed the "
    "card herself.",
    "Skylar Brennan-Ito kept the whole lobby dancing through the blackout with nothing but her phone and a tiny "
    "speaker borrowed from someone's bag.",
    "Sky's phone died at 21:04, the exact moment the lights came back on.",
    "Søren Øvergaard read all five Best Rock nominees in about 19 seconds.",
    "He went through the rock nominees so fast the teleprompter operator stopped scrolling.",
    "The coffee machine finally died; Søren got the last cup.",
    "Chase Albright swapped hats with a little boy on the barrier and did the rest of the carpet in a pink felt "
    "hat two sizes too small.",
    "Tomás sprinted in from the dressing rooms with white thread hanging off his jacket and hit his cue with two "
    "seconds to spare.",
    "A fan slipped past the dock barrier, security gave chase and caught him by the bins.",
    "Folasade Okẹ́ cancelled her encore so she could carry her grandmother's chair up the stairs to the balcony "
    "herself.",
    "Tetsuo Ishikawa, 70, taught Haruto Ishikawa, 15, the old follow-spot cue up in the lighting box.",
    "She dedicated it to her gran in Enugu, who was watching on a phone propped on the lectern.",
    "Zoë Delacroix's heel snapped on the top step; she finished the carpet carrying the shoe like a clutch.",
    "Nell Ashby went down the last five stairs on her train and landed on her feet, then bowed.",
    "Ruth Amari shook on a bet with her co-host Lenny Sato in the green room: the loser wears the other's clown "
    "shoes on stage.",
    "Dana Voss tripped on the riser steps and a stagehand caught her one-handed before she hit the floor, then "
    "she hugged him.",
    "Nell Ashby won Best Host, turned, smiled, and took the mic from the presenter before he could read her card.",
    "Suki Hale sang the closing number from the wings because her dress would not fit through the set door.",
    "Lua Prado told the press room she would sing her grandmother's lullaby in the foyer at ten, for anyone "
    "still there.",
    "The teleprompter died halfway through Dario Lobo's link, so he read the rest of the autocue off his phone, "
    "scrolling with his thumb, and nobody in the room noticed.",
    "She said yes before he finished the question, and the crew cheered.",
    "Caio Mendes told us the ring had been in his sock since the red carpet.",
    "Photographers begged her to lift it and she just shook her head.",
    "Juno Halloran and Bram Ostend shook on it at the bar: whoever loses Best Score carries the other's bag all night.",
    "Nobody at home would have noticed; the eldest was glaring at the harp.",
    "Tomas Kessler and Mira Sand, who had not spoken since their band split in 2009, hugged for a long time by "
    "the bar while the whole bar clapped.",
]


@pytest.mark.parametrize("rule", RULES)
def test_no_rewrite_changes_correct_copy_from_the_nights(rule):
    assert len(CORRECT) >= 60
    changed = [(s, out) for s in CORRECT if (out := RULES[rule](s)) != s]
    assert changed == []


def test_the_prose_gate_prints_correct_copy_from_the_nights():
    assert [s for s in CORRECT if not reads_as_prose(s)] == []


# --- 1. do no harm -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She would have had two by the end of the night.",
        "He could have won it with one more vote.",
        "She wanted to have the last word.",
        "He must have left by the fire exit.",
        "She didn't have a ticket.",
        "He would never have guessed.",
    ],
)
def test_no_tense_shift_after_a_modal_to_or_did(sentence):
    assert narrate(sentence) == sentence


def test_a_present_after_a_modal_still_goes_to_the_past_around_it():
    assert narrate("She says she will have two by midnight.") == "She said she would have two by midnight."
    assert narrate("They don't have the keys.") == "They didn't have the keys."


def test_a_name_that_is_a_modal_does_not_stop_the_past_tense():
    assert narrate(tidy("Grete's in May's platforms, May's in Grete's boots.")) == (
        "Grete was in May's platforms, May was in Grete's boots."
    )


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Turns out they were partners.", "It turned out they were partners."),
        ("It turns out they were partners.", "It turned out they were partners."),
        ("The knight, turns out, was Ken Abe.", "The knight, it turned out, was Ken Abe."),
    ],
)
def test_turns_out_is_told_in_the_past_as_a_phrase(note, told):
    assert narrate(note) == told


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("He's had his feet up all night.", "He had had his feet up all night."),
        ("Every year he's come since 1979.", "Every year he had come since 1979."),
        ("She's been crying.", "She had been crying."),
    ],
)
def test_has_before_a_participle_is_had(note, told):
    assert narrate(tidy(note)) == told


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Hallway by the press room: Mara Lind stitched the hem with floss.",
            "In the hallway by the press room, Mara Lind stitched the hem with floss.",
        ),
        (
            "Bar next to the stage door: Lind ordered four gins.",
            "At the bar next to the stage door, Lind ordered four gins.",
        ),
        ("Hallway by the press room: she sewed it.", "In the hallway by the press room, she sewed it."),
    ],
)
def test_a_place_label_is_folded_into_its_sentence_as_the_scene(note, told):
    assert narrate(tidy(note)) == told


def test_a_place_label_alone_is_never_given_a_verb():
    assert narrate("Hallway by the press room:") == "Hallway by the press room:"
    assert not reads_as_prose("Hallway by the press room:")


def test_a_lettered_place_does_not_end_its_sentence_before_a_note():
    assert narrate(tidy("Mara Lind ran the baton through Corridor C. about 90 seconds to spare.")) == (
        "Mara Lind ran the baton through Corridor C, with about 90 seconds to spare."
    )
    assert tidy("J. R. Okoye won.") == "J. R. Okoye won."
    assert tidy("Theo B. and Felix had a fight.") == "Theo B. and Felix had a fight."  # (an initial, no place)


def test_versus_after_a_name_is_not_very():
    assert tidy("Strand v balcony guy was brutal.").startswith("Strand v ")
    assert tidy("It was v quiet.") == "It was very quiet."


def test_just_meaning_only_is_kept():
    assert narrate("She begged and he just shook his head.") == "She begged and he just shook his head."
    assert narrate("Dash Crane just did a costume change.") == "Dash Crane did a costume change."


def test_a_possessions_state_after_a_comma_is_no_clause_to_join():
    assert polish("Rohan Mehta was on the side stage, his jacket embroidered with tiger stripes.") == (
        "Rohan Mehta was on the side stage, his jacket embroidered with tiger stripes."
    )


def test_words_shouted_in_capitals_are_quoted_as_shouted():
    assert "“WHERE IS MY DUSTER”" in tidy("Calloway Birch yelled WHERE IS MY DUSTER down the corridor.")


# --- 2. article copy, not live copy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Mara Lind is singing right now in the lobby.", "Mara Lind was singing in the lobby."),
        ("Mara Lind just now kissed the trophy.", "Mara Lind kissed the trophy."),
        ("Right now, she is singing.", "She was singing."),
        ("She fell down the stairs a minute ago, a man caught her.", "She fell down the stairs, a man caught her."),
        ("She is in the bar at the moment.", "She was in the bar."),
        ("Two minutes ago she was crying. More soon. The bar is packed.", "She was crying. The bar was packed."),
        ("The band played on as we speak.", "The band played on."),
        ("She is currently in the press room.", "She was in the press room."),
    ],
)
def test_live_blog_time_words_are_not_printed(note, told):
    assert narrate(tidy(note)) == told


@pytest.mark.parametrize(
    "sentence",
    [
        "At the moment she won, the lights failed.",
        "Minutes later she fell.",
        "She said “I am right now in the bar” and left.",
        "An hour later the bar closed.",
    ],
)
def test_time_that_is_not_live_is_kept(sentence):
    assert tidy(sentence) == sentence


def test_a_clause_and_a_list_of_dashed_notes_is_told_as_its_clause():
    assert polish("Mara Lind grabbed the mic — shoes off — hair down — total chaos.") == "Mara Lind grabbed the mic."
    assert polish("The trophy — a glass heron — lost a wing.") == "The trophy — a glass heron — lost a wing."


def test_a_run_of_fragments_is_never_given_a_verb_one_by_one():
    body = body_of("Mara Lind grabbed the mic from the host. Total chaos. Shoes off. Hair down.", ["Mara Lind"])
    assert body == "Mara Lind grabbed the mic from the host, shoes off, hair down."  # (was "Shoes were off. Hair …")
    assert narrate("Shoes off, hair down, total chaos.") == "Shoes off, hair down, total chaos."
    assert narrate("Ndidi back in the lift.") == "Ndidi was back in the lift."  # (one note still gets its verb)
    # a person and where they were opens no run: the note is a sentence, the fragments after it are not
    assert narrate("Kowalczyk in the corridor. phone. so.", names=frozenset({"kowalczyk"})).startswith(
        "Kowalczyk was in the corridor."
    )


def test_exclamations_and_a_shouted_sentence_are_not_printed():
    body = body_of("Mara Lind kissed the trophy. AMAZING!", ["Mara Lind"])
    assert body == "Mara Lind kissed the trophy."


# --- 3. chat register ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Bo Reyes fell down the stairs, a guy dressed as a knight caught her one-handed. the guy is Ken Abe",
            "Bo Reyes fell down the stairs. Ken Abe, a man dressed as a knight, caught her one-handed.",
        ),
        ("Bo Reyes fell, a guy caught her. The guy was Ken Abe.", "Bo Reyes fell. Ken Abe caught her."),
        (
            "Lind hugged a guy in a bear suit. Turns out the guy was Ken Abe.",
            "Lind hugged Ken Abe, a man in a bear suit.",
        ),
        ("A woman held the door. Her name is Ada Obi.", "Ada Obi held the door."),
    ],
)
def test_someone_named_later_is_named_where_they_first_appear(note, told):
    assert tidy(note) == told


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "a guy in a bear suit proposed to Mara Lind at the bar. she said yes. the guy was Ken Abe, her drummer",
            "Ken Abe, her drummer, in a bear suit, proposed to Mara Lind at the bar. She said yes.",
        ),
        (
            "Lind hugged a guy at the bar. The guy was Ken Abe, her drummer.",
            "Lind hugged Ken Abe, her drummer, at the bar.",
        ),
    ],
)
def test_who_the_identity_sentence_says_they_are_goes_with_the_name(note, told):
    assert tidy(note) == told


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Some dude was crying at the bar.", "A man was crying at the bar."),
        ("The guy was furious.", "The man was furious."),
        ("Two guys carried the piano.", "Two men carried the piano."),
        ("She said “you guys are great” and left.", "She said “you guys are great” and left."),
        ("She yelled 'this guy is a legend' at the bar.", "She yelled 'this guy is a legend' at the bar."),
    ],
)
def test_chat_words_for_a_person_are_the_articles(note, told):
    assert tidy(note) == told


def test_in_an_item_the_catch_is_told_by_the_catchers_name():
    body = body_of(
        "Bo Reyes fell down the stairs a minute ago, a guy dressed as a knight caught her one-handed. "
        "the guy is Ken Abe",
        ["Bo Reyes", "Ken Abe"],
    )
    assert "Ken Abe, a man dressed as a knight, caught her one-handed" in body
    assert "guy" not in body and "a minute ago" not in body


def test_a_long_sentence_cut_at_its_then_keeps_a_pronoun_subject_in_lower_case():
    sentence = (
        "She took the cracked violin from the stagehand with both hands and held it up to the lights for a while, "
        "then asked him to tune the one string left and played the whole waltz on it while the crew clapped time."
    )
    told = unspliced(sentence)
    assert "Then she asked him" in told and "Then She" not in told
