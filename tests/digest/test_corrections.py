"""A report that corrects another is never told as what happened next, nor the claim it takes back (night:
tests/scenarios/second_report_night.yaml)."""

from __future__ import annotations

from bot.digest.corrections import corrected, is_correction

from .factory import Night, item_with


def test_a_correction_is_no_follow_up_and_its_retracted_name_is_never_printed():
    night = Night()
    cake = night.spot(
        "Someone smeared icing on Otto Frain's award at the buffet", who=["Otto Frain"], by="Fay", at="21:30", votes=10
    )
    night.spot(
        "Correction, it was not Wren Castell at the buffet, it was a waiter who tripped",
        who=["Otto Frain"],
        by="Gus",
        at="21:40",
        votes=8,
    )
    body = item_with(night.compile(), cake).body
    assert "Wren" not in body and "it was," not in body, body
    assert "waiter" not in body, body  # (a correction is never "Later, …": what happened next)


def test_a_cleft_emptied_by_the_retraction_is_never_left_broken():
    assert (
        corrected("Correction, it was not Wren at the buffet, it was Pia Lund who smeared it") == "Pia Lund smeared it"
    )
    assert is_correction("Scratch that, it was Pia Lund at the buffet")
