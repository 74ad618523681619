"""Bodies that read as prose (issue 11, round 13, dbody15): note-speak made sentences ("Fenn speechless." → "Fenn
was speechless.", "held out hand" → "held out his hand"), a noun phrase tacked on for a clause left out, a quote in
another language printed with the reporter's own translation, the English half of a sentence never lost for the
quote in it."""

from __future__ import annotations

from bot.digest.copyedit import tidy
from bot.digest.glosses import glossed
from bot.digest.narration import narrate
from bot.digest.notespeak import note_speak
from bot.digest.speakers import attributed

from .factory import Night, filler, item_with

_NAMES = frozenset({"dario", "fenn", "sol", "adeyemi", "mara", "quist"})


def _body(text: str, who: tuple[str, ...] = ("Dario Fenn",)) -> str:
    night = Night()
    filler(night, 5, votes=3)
    lead = night.spot(text, who=list(who), by="Ana", at="21:10", where="Main stage", votes=100)
    return item_with(night.compile(), lead).body


def test_a_name_and_a_state_with_no_verb_reads_was_speechless_never_a_noun_phrase_given_was():
    told = narrate("Sol Adeyemi gave the award to Dario Fenn. Fenn speechless.", names=_NAMES)

    assert told.endswith("Fenn was speechless."), told
    assert narrate("Mara stunned.", names=_NAMES) == "Mara looked stunned."
    assert narrate("Mara grabbed the mic. White lining.", names=_NAMES).endswith("White lining.")


def test_a_bare_hand_after_a_verb_is_the_subjects_hand():
    assert narrate("He held out hand for the trophy.", names=_NAMES) == "He held out his hand for the trophy."
    assert narrate("Mara raised fist and she grinned.", names=_NAMES) == "Mara raised her fist and she grinned."


def test_a_hand_that_dropped_is_the_persons_and_shaking_hands_stays_a_phrase():
    assert narrate("Dario Fenn took the envelope and he stared. Hand dropped.", names=_NAMES).endswith(
        "His hand dropped."
    )
    assert narrate("He shook hands with the host.", names=_NAMES) == "He shook hands with the host."


def test_a_hand_nobody_is_known_to_own_is_left_as_written():
    told = narrate("Mara Quist held out hand to Dario Fenn.", names=_NAMES)

    assert "held out hand" in told, told


def test_a_noun_phrase_tacked_on_after_a_comma_is_cut_but_a_reaction_is_kept():
    assert note_speak("Dario Fenn dropped the trophy, full commentary voice.") == "Dario Fenn dropped the trophy."
    assert note_speak("He caught both, big laugh.") == "He caught both, big laugh."
    assert note_speak("He bowed, arms wide.") == "He bowed, arms wide."
    assert note_speak("She left, furious.") == "She left, furious."


def test_a_stage_thing_a_note_opens_on_gets_its_article():
    told = narrate(tidy("Dario Fenn dropped the trophy. Statuette flew, full commentary voice."), names=_NAMES)

    assert told == "Dario Fenn dropped the trophy. The statuette flew.", told


def test_the_body_prints_the_speechless_winner_and_his_hand_never_the_note():
    body = _body(
        "Sol Adeyemi read the envelope and gave it to Dario Fenn. Fenn speechless. He held out hand for the trophy.",
        who=("Dario Fenn", "Sol Adeyemi"),
    )

    assert "Fenn was speechless." in body, body
    assert "held out his hand for the trophy" in body, body


def test_a_foreign_quote_the_reporter_translated_is_printed_with_the_translation():
    assert glossed("She only smiled: « on verra » (= we'll see).") == "She only smiled: “On verra” (“We'll see”)."
    assert glossed("He bowed and said 'sawasdee' — roughly 'hello' — to the room.") == (
        "He bowed and said “Sawasdee” (“Hello”) to the room."
    )
    assert glossed('He kept saying "hakuna matata", which means "no worries".') == (
        "He kept saying “Hakuna matata” (“No worries”)."
    )


def test_a_bracket_that_is_no_translation_is_never_made_one():
    assert glossed('She laughed: "tranquilo" (laughing).') == 'She laughed: "tranquilo" (laughing).'
    assert glossed('He said "hello" (twice).') == 'He said "hello" (twice).'


def test_a_quote_between_dashes_leaves_the_english_sentence_whole_and_is_given_to_its_subject():
    told = glossed("Then Odile Marchand fixed it — « voilà, comme neuf » — and handed it back.")

    assert told == "Then Odile Marchand fixed it and handed it back. “Voilà, comme neuf,” Marchand said.", told


def test_the_body_prints_the_translation_and_the_payoff_and_says_the_language():
    fixed = _body(
        "Tove Lind snapped a heel on the carpet. Then Ines Caro fixed it with a hair clip — « et voilà » — and "
        "handed it back to Tove Lind.",
        who=("Ines Caro", "Tove Lind"),
    )
    said = _body("Asked about it, Ines Caro only shrugged and smiled: « on verra » (= we'll see).", ("Ines Caro",))
    thanked = _body("Rui Matos thanked his mother from the podium in Portuguese: « obrigado, mãe ».", ("Rui Matos",))

    assert "and handed it back to Lind. “Et voilà,” Caro said." in fixed, fixed
    assert "“On verra” (“We'll see”)" in said, said
    assert "in Portuguese: “Obrigado, mãe.”" in thanked, thanked


def _told_by_two(first: str, second: str, who: str) -> str:
    night = Night()
    filler(night, 5, votes=3)
    lead = night.spot(first, who=[who], by="Ana", at="21:10", where="Main stage", votes=100)
    night.spot(second, who=[who], by="Ben", at="21:11", where="Main stage", votes=40)
    return item_with(night.compile(), lead).body


def test_a_short_body_takes_the_room_reaction_a_second_report_adds():
    body = _told_by_two(
        "Omar Haddad caught the falling mic stand with one hand during the host's speech.",
        "Omar Haddad caught the mic stand before it hit the host. The room cheered.",
        "Omar Haddad",
    )

    assert body.endswith("during the host's speech. The room cheered."), body


def test_a_short_body_takes_the_payoff_after_and_never_the_fall_told_again():
    body = _told_by_two(
        "Lars Ekberg dropped his award on the way down the stairs.",
        "Lars Ekberg dropped the award on the stairs and it smashed. He laughed it off.",
        "Lars Ekberg",
    )

    assert body == "Lars Ekberg dropped his award on the way down the stairs. It smashed. He laughed it off.", body


def test_a_quote_typed_with_its_translation_is_printed_with_it_and_its_speaker_never_raw_in_the_headline():
    night = Night()
    filler(night, 5, votes=3)
    lead = night.spot(
        "Asked about a sequel, Ama Osei only laughed.",
        who=["Ama Osei"],
        at="21:10",
        votes=100,
        quote="on verra (= we'll see)",
        quote_by="Ama Osei",
    )
    item = item_with(night.compile(), lead)

    assert item.body.endswith("“On verra” (“We'll see”), Osei said."), item.body
    assert "(=" not in item.headline and "verra" not in item.headline, item.headline
    assert attributed("Thank you (laughing)", "Ama Osei", "") == "“Thank you (laughing),” Ama Osei said."


def test_a_note_of_the_language_someone_spoke_in_says_they_spoke_it():
    assert note_speak("Bea Soto, in Spanish, after the lifetime award.") == (
        "Bea Soto spoke in Spanish, after the lifetime award."
    )
    assert note_speak("Bea Soto, in Spanish, thanked her grandmother.") == (
        "Bea Soto, in Spanish, thanked her grandmother."
    )
    assert note_speak("Bea Soto in French class.") == "Bea Soto in French class."
