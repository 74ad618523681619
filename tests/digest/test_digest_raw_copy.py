"""No raw copy (issue 11, round 7): a sentence half in another language or carrying chat debris is never printed as
English prose (the moment is told by a clean report, by its quote, or not at all), and a clock time pointing back
to an earlier moment reads as the article's time, not the reporter's (invented text throughout)."""

from __future__ import annotations

import pytest

from bot.digest.copyedit import clock_back_references, tidy
from bot.digest.prose import reads_as_prose

from .factory import Night, every_item, filler, item_with

NAMES = frozenset({"thaynara", "rocha", "kaue", "ribeiro", "ruben", "saldanha"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Thaynara Rocha ganhou Personalidade do Ano on stage, lágrima e tudo.",  # Portuguese words in lower case
        "Kaue Ribeiro ran after the thief gritando pra devolver the case.",  # a gerund and a word of Portuguese
        "Rocha was crying, sorrindo, você sabe.",
    ],
)
def test_a_sentence_half_in_another_language_does_not_read_as_prose(sentence):
    assert not reads_as_prose(sentence, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rocha ordered a café and signed the fiancée's programme.",  # English spells these with accents
        "The band played a crescendo and Rocha sang the Praça Azul chorus.",  # a name keeps its letters
    ],
)
def test_an_english_sentence_with_a_loanword_or_a_name_does(sentence):
    assert reads_as_prose(sentence, NAMES)


@pytest.mark.parametrize("debris", ["kkkk", "kkkkkk", "rsrsrs", "jajaja"])
def test_chat_laughter_is_never_copy(debris):
    assert tidy(f"Thaynara Rocha cried at the mic {debris}") == "Thaynara Rocha cried at the mic"


def test_a_moment_typed_half_in_portuguese_is_told_by_its_clean_report():
    night = Night()
    filler(night, 4, votes=1)
    raw = night.spot(
        "Thaynara ganhou Personalidade do Ano — on stage, surprise face perfeita, lágrima e tudo … kkkk",
        who=["Thaynara Rocha"],
        where="Main stage",
        by="Bia",
        at="21:00",
        votes=90,
    )
    night.spot(
        "Thaynara Rocha won Personality of the Year and cried at the mic before she could say a word.",
        who=["Thaynara Rocha"],
        where="Main stage",
        by="Ana",
        at="21:01",
        votes=20,
    )
    digest = night.compile()
    printed = " ".join(item.body for item in every_item(digest))
    assert "won Personality of the Year" in item_with(digest, raw).body
    for debris in ("ganhou", "perfeita", "lágrima", "kkkk"):
        assert debris not in printed, printed


def test_a_clock_time_pointing_back_reads_as_the_evening_when_the_promise_is_told():
    told = "As he had promised at 20:10, Ruben Saldanha dyed his beard green."
    assert clock_back_references(told, told=True) == (
        "As he had promised earlier in the evening, Ruben Saldanha dyed his beard green."
    )
    assert clock_back_references(told, told=False) == "Ruben Saldanha dyed his beard green."
    mid = "Saldanha dyed it, as he had sworn on stage at 8:10pm, in the men's room."
    assert clock_back_references(mid, told=False) == "Saldanha dyed it in the men's room."
    fact = "Her phone died at 21:05, the exact moment the lights came back on."
    assert clock_back_references(fact, told=False) == fact  # a time the moment happened at is a fact


def test_a_promise_the_item_does_not_tell_is_not_pointed_at_by_the_clock():
    night = Night()
    filler(night, 4, votes=1)
    payoff = night.spot(
        "As he had promised at 20:10, Ruben Saldanha dyed his beard green in the men's room.",
        who=["Ruben Saldanha"],
        by="Bia",
        at="21:48",
        votes=50,
    )
    body = item_with(night.compile(), payoff).body
    assert body.startswith("Ruben Saldanha dyed his beard green in the men's room"), body
    assert "20:10" not in body and "promised" not in body, body
