"""Causes found in round 38: the round-37 blind review of the Kinshasa night (a promise kept on stage, told after a
setup that was cut to its second sentence; a note told in the present next to the past) and the Havana night's
before-review. Every name and sentence is invented, in the shape of what those nights' correspondents typed."""

from __future__ import annotations

import pytest

from bot.digest.chat import _reporter_voice
from bot.digest.narration import narrate
from bot.digest.tenses import pronoun_present

from .factory import Night, filler, item_with


def test_a_setup_naming_the_song_the_lead_named_is_told_whole() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "On the carpet Remy Osei was asked about “Salt Road”, his hit built on a sample of Mama Tuli's 1974 bass "
        "line, which he never cleared. He said that if he wins Best Song tonight, the trophy will go home with Mama "
        "Tuli, not with him.",
        who=["Remy Osei", "Mama Tuli"],
        at="19:40",
        votes=20,
        by="Ines",
    )
    payoff = night.spot(
        "Remy Osei won Best Song for “Salt Road”. He did not go to the microphone. He walked down into the front "
        "row, knelt in front of Mama Tuli and held the trophy out to her with both hands.",
        who=["Remy Osei", "Mama Tuli"],
        at="22:10",
        votes=300,
        by="Kofi",
        quote="Keep the statue, my son. Send the money.",
        quote_by="Mama Tuli",
    )
    body = item_with(night.compile(), payoff).body
    # the title in quotes is no line printed twice: the sentence that names it (what the promise is about) stays
    assert "his hit built on a sample of" in body
    assert "the trophy would go home with" in body


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (  # the gesture kept, the reporter's "and said a few words that … to us" left out
            "Mama Tuli looked at it for a long moment, put her hand on the young man's head, pushed the trophy gently "
            "back to him and said a few words that her son repeated to us afterwards.",
            "Mama Tuli looked at it for a long moment, put her hand on the young man's head, pushed the trophy gently "
            "back to him.",
        ),
        (  # "for the thirty of us": the act kept whole, only the audience goes
            "The quartet walked into the press room and sang for the thirty of us sitting there in coats.",
            "The quartet walked into the press room and sang.",
        ),
    ],
)
def test_the_reporters_own_act_at_a_sentences_end_goes_and_the_news_stays(text: str, told: str) -> None:
    assert _reporter_voice(text) == told


def test_a_note_in_the_present_is_told_in_the_past_clause_by_clause() -> None:
    names = frozenset({"bofenda", "makabu", "lord", "colonel"})
    told = narrate(
        "Two dandies have stopped the queue at the gate to compare labels. Colonel Bofenda opens his jacket to show "
        "the label sewn in the lining; Lord Makabu answers by lifting his trouser leg to show the label on his sock. "
        "The gate staff wait with their arms folded.",
        None,
        names,
    )
    assert "Colonel Bofenda opened his jacket" in told
    assert "Lord Makabu answered by lifting" in told
    assert "The gate staff waited with their arms folded." in told
    later = narrate(
        "Bofenda and Makabu at the bar, an hour after their duel. They are arguing football. It ends in a handshake.",
        None,
        names,
    )
    assert later.endswith("It ended in a handshake.")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("It ends in a handshake.", "It ended in a handshake."),
        ("The crowd roars its approval.", "The crowd roared its approval."),
        ("The lights go out.", "The lights went out."),
        ("The show must go on.", "The show must go on."),  # (a modal, no thing's second word)
        ("The press is everywhere.", "The press is everywhere."),  # (a state)
        ("The sound check runs long.", "The sound check runs long."),  # (no object or complement: unsure, kept)
    ],
)
def test_a_present_sentence_of_a_note_told_in_the_past_only_in_a_verbs_shape(sentence: str, told: str) -> None:
    assert pronoun_present(sentence) == told


def test_a_present_pronoun_sentence_stays_when_nothing_before_it_was_in_the_present() -> None:
    told = narrate("Vale walked out at ten. It ends here, he said later.", None, frozenset({"vale"}))
    assert "It ends here" in told
