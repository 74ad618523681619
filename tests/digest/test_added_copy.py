"""What a moment's second report adds is told as a sentence or not at all: its note's head typed again left out, a
bare subject given "the" (night: tests/scenarios/second_report_night.yaml)."""

from __future__ import annotations

import pytest

from bot.digest.added_copy import told_as_sentence

from .factory import Night, item_with

_TOLD = "Rafe Okonkwo knelt and asked Dalia Moss to marry him beside the coat check."
_NAMES = frozenset({"dalia", "moss", "rafe", "okonkwo"})


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Coat check, ring was a paper clip.", "The ring was a paper clip."),  # (the place typed again)
        ("Coat check, the ring was a paper clip.", "The ring was a paper clip."),
        ("Fire exit, ring was a bottle cap.", None),  # (a place nothing told: a fragment nobody can place)
        ("Backstage, the ring was lost.", "Backstage, the ring was lost."),  # (prose as typed)
        ("Minutes later, she was gone.", "Minutes later, she was gone."),
        ("Still shaking, she sat down.", "Still shaking, she sat down."),
        ("Dalia, ring in hand, was crying.", "Dalia, ring in hand, was crying."),
    ],
)
def test_a_second_reports_note_head_is_left_out_or_the_sentence_is(sentence: str, told: str | None):
    assert told_as_sentence(sentence, _TOLD, _NAMES) == told


def test_a_second_reports_shorthand_is_never_printed_as_a_sentence():
    night = Night()
    lead = night.spot(
        "Hollis Grey got down on one knee and proposed to Juno Pike by the loading dock",
        who=["Hollis Grey", "Juno Pike"],
        by="Amy",
        at="20:00",
        votes=40,
        quote="Yes, obviously, get up",
        quote_by="Juno Pike",
    )
    night.spot(
        "Juno said yes!! loading dock, ring was a paper clip",
        who=["Juno Pike"],
        by="Ben",
        at="20:03",
        votes=20,
        quote="Yes, obviously, get up",
        quote_by="Juno Pike",
    )
    body = item_with(night.compile(), lead).body
    assert "Loading dock, ring" not in body, body
    assert "The ring was a paper clip." in body, body
