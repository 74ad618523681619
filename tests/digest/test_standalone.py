"""standalone: a sentence that only says a promise was kept ("Minutes later, Kostiuk kept his word.") is left out,
its name given to the next sentence's pronoun and its connective to the next sentence's start, never pasted inside it
(kyiv, round 18: "At around quarter past ten, still in his tuxedo, Minutes later, Kostiuk walked …")."""

from bot.digest.beats import _without_promise_back
from bot.digest.standalone import kept_word, without_kept_word


def test_the_name_of_a_kept_word_sentence_is_never_given_with_its_connective() -> None:
    assert kept_word("Minutes later, Rusk kept his word.") == "Rusk"
    assert kept_word("Later that night, Ines Moor kept her promise.") == "Ines Moor"


def test_a_body_never_pastes_a_connective_inside_the_next_sentence() -> None:
    told = _without_promise_back(
        "Minutes later, Rusk kept his word. At 22:16, still in his suit, he walked into the fountain."
    )
    assert told == "At 22:16, still in his suit, Rusk walked into the fountain."


def test_the_connective_opens_the_next_sentence_when_it_does_not_say_when_itself() -> None:
    assert _without_promise_back("Later, Rusk kept his word. He walked into the fountain.") == (
        "Later, Rusk walked into the fountain."
    )
    assert without_kept_word("Minutes later, Rusk kept his word. Still in his suit, he walked into the fountain.") == (
        "Minutes later, still in his suit, Rusk walked into the fountain."
    )


def test_a_kept_word_sentence_with_no_connective_names_the_next_subject_as_before() -> None:
    assert _without_promise_back("Rusk kept his word. He walked into the fountain.") == "Rusk walked into the fountain."


def test_a_sentence_that_says_when_itself_takes_no_connective_and_a_common_opener_is_lowered() -> None:
    assert _without_promise_back(
        "Later that night, Rusk kept his word. Minutes after the film won, he walked into the fountain."
    ) == ("Minutes after the film won, Rusk walked into the fountain.")
    assert without_kept_word("An hour later, Rusk kept his word. Maybe eighty people were counting down.") == (
        "An hour later, maybe eighty people were counting down."
    )
