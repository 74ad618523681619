"""Bodies (issue 11, round 21, dbody24): a reporter's shorthand converted into prose, never garbled by the conversion.
A follow-up's "So" or "And" leaning on what its reporter said before gives way to the body's connective ("Later that
night, So Will was pacing" was printed); "so" before a capital is a lead-in before a name ("So Will"), never the
modal; a sentence lowered to go on after a connective or a comma keeps the capitals of initials ("TK's manager",
never "tK's"); a clause of time left in a live note's present is told in the past with its sentence ("as an usher
lifts him" → "as an usher lifted him")."""

from __future__ import annotations

from bot.digest.beats import _as_follow_up
from bot.digest.deskframe import without_lean
from bot.digest.gates import _sentence
from bot.digest.narration import narrate
from bot.digest.telegraphic import telegraphic
from bot.digest.tenses import _to_past
from bot.digest.textutil import lower_first


def test_a_follow_up_never_keeps_its_reporters_lean_after_the_bodys_connective():
    assert _as_follow_up("So Will was pacing the corridor.", "Later that night, ") == (
        "Later that night, Will was pacing the corridor."
    )
    assert _as_follow_up("And then the band played on.", "Later, ") == "Later, the band played on."
    assert _as_follow_up("But nobody saw it.", "Minutes later, ") == "Minutes later, nobody saw it."
    # an answer's inversion is no lean: "So did two of the guards" stays whole
    assert without_lean("So did two of the guards.") == "So did two of the guards."
    assert without_lean("Sofia Reyes sang.") == "Sofia Reyes sang."


def test_so_before_a_name_is_a_lead_in_not_the_modal():
    assert _sentence("So Will was pacing the corridor.") == "Will was pacing the corridor."
    assert _sentence("so Will was pacing.") == "Will was pacing."
    assert _sentence("So did two of the guards.") == "So did two of the guards."


def test_a_lowered_sentence_keeps_the_capitals_of_initials():
    assert lower_first("The band played.") == "the band played."
    assert lower_first("TK's manager stepped between them.") == "TK's manager stepped between them."
    assert lower_first("MK joined in.") == "MK joined in."
    assert lower_first("O'Brien waved.") == "O'Brien waved."
    joined = telegraphic("Asha Rao was in the corridor. TK's bag. no phone.", frozenset({"asha", "rao"}))
    assert joined == "Asha Rao was in the corridor with TK's bag but no phone."  # (a possessive needs no "a")


def test_a_clause_of_time_left_in_the_present_is_told_in_the_past():
    assert _to_past("She waved as an usher lifts him over the ramp.") == (
        "She waved as an usher lifted him over the ramp."
    )
    assert _to_past("They froze when TK and Tummala pass each other.") == (
        "They froze when TK and Tummala passed each other."
    )
    assert _to_past("She sang while the band plays on.") == "She sang while the band played on."
    assert _to_past("Ada cried when Sol Adeyemi reads her name.") == "Ada cried when Sol Adeyemi read her name."
    # a thing's name after its subject, a possessive, a plural noun, a word that is no verb: as typed
    for kept in (
        "She cried as the house lights go down.",
        "She cried as the stage lights dim.",
        "He left as the show's host thanked everyone.",
        "She cried as the photographers flash.",
        "She signed as a kid watched.",
    ):
        assert _to_past(kept) == kept


def test_a_note_of_what_a_person_does_is_told_in_the_past_past_a_time_and_a_dash():
    names = frozenset({"rhea", "solt", "piet", "laan"})
    assert narrate("Seconds after the result, Rhea Solt — hugs the envelope to her chest.", None, names) == (
        "Seconds after the result, Rhea Solt hugged the envelope to her chest."
    )
    assert narrate("Piet Laan has his cane in one hand and waves as an usher lifts him.", None, names) == (
        "Piet Laan had his cane in one hand and waved as an usher lifted him."
    )
