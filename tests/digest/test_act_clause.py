"""The act a report's text says, before a headline is written from it (`act_clause`): a place a note typed between
the person and the act is never the verb, and no article stands before a person's name."""

from __future__ import annotations

from bot.digest.act_clause import act_clause
from bot.digest.headlines import write_headline


def test_a_noted_place_is_never_the_verb():
    names = ["Rafe Okon"]
    assert act_clause("Rafe Okon smoke terrace, teaching three valets card tricks", names) == (
        "Rafe Okon is teaching three valets card tricks"
    )
    assert act_clause("Rafe Okon press line - stops to fix a photographer's collar", names) == (
        "Rafe Okon stops to fix a photographer's collar"
    )
    written = write_headline("Rafe Okon smoke terrace, teaching 3 valets card tricks", names=names, lead=names[0])
    assert written == "Rafe Okon Teaches Three Valets Card Tricks"  # (a count under ten, a word: round 49)
    # a description between commas, or a verb, is no place
    assert act_clause("Rafe Okon, visibly shaken, thanks his mum", names) == "Rafe Okon, visibly shaken, thanks his mum"
    assert act_clause("Rafe Okon laughing, hugs the host", names) == "Rafe Okon laughing, hugs the host"


def test_no_article_before_a_name():
    assert act_clause("The Hedda Maas walked the carpet twice", ["Hedda Maas"]) == "Hedda Maas walked the carpet twice"
    assert act_clause("The Velvet Rooks played on", ["The Velvet Rooks"]) == "The Velvet Rooks played on"


def test_a_preposition_in_ing_is_never_the_act_after_a_posture():
    names = ["Bram Oduya"]
    text = "Bram Oduya's aunt stood on her seat and booed the compere during the raffle"
    written = write_headline(text, names=names, lead=names[0])
    assert "Dure" not in written and "Is During" not in written, written
    assert written.startswith("Bram Oduya's Aunt") and "Boos" in written, written
