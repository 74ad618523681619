"""The past tense never rewrites a noun: "a soda can ring pull" keeps its can, "face to face" its face
(`nouns`; night: tests/scenarios/copy_desk_meaning_night.yaml)."""

from __future__ import annotations

from bot.digest.narration import narrate
from bot.digest.polish import polish

from .factory import Night, item_with

_NAMES = frozenset({"harrow", "pell", "vale", "corin", "lise", "amundsen"})


def _body(what: str, who: list[str]) -> str:
    night = Night()
    s = night.spot(what, who=who, votes=9)
    return item_with(night.compile(), s).body


def test_a_can_after_a_noun_stays_a_can():
    body = _body("Pell Harrow proposed to Suki Dane with a soda can ring pull", ["Pell Harrow", "Suki Dane"])
    assert "soda can ring pull" in body and "could" not in body, body
    assert "kicked an empty paint can across" in narrate(
        "Harrow kicks an empty paint can across the dock", None, _NAMES
    )
    assert "signed a fan's tin can phone" in narrate("Harrow signs a fan's tin can phone", None, _NAMES)


def test_the_modal_can_is_still_put_in_the_past():
    assert "could" in narrate("Harrow can barely stand after the speech", None, _NAMES)
    assert "could" in narrate("She says she can hear the crowd from the lift", None, _NAMES)
    assert "the company could collect" in narrate("Nobody from the company can collect today", None, _NAMES)
    assert "guests could hear" in narrate("The guests can hear it from the lift", None, _NAMES)


def test_face_to_face_is_no_verb():
    assert "were face to face" in polish("Corin Vale and Lise Amundsen face to face at the bar", _NAMES)
    body = _body(
        "Corin Vale and Lise Amundsen face to face at the bar, neither moving", ["Corin Vale", "Lise Amundsen"]
    )
    assert "faced" not in body, body
