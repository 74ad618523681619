"""The shapes the gate refuses (`headline_shapes`): a fragment pasted after a colon, a second clause of nobody of
the moment, a subordinate clause cut after its subject."""

from __future__ import annotations

from bot.digest.headline_check import problem

NAMES = ["Mina Solberg", "Teo Rask", "Gil Marsh", "Ada Pike", "Pavel Ost", "Owen Tregarth"]


def test_a_fragment_after_a_colon_is_refused_a_quotation_is_not():
    assert problem("Mina Solberg Proposes to Teo Rask: With the Ring Hidden Inside One of the Gala's", NAMES)
    assert problem("Pavel Ost Lifts the Cloth Off: The First Fiddle He Ever Owned", NAMES) is None  # (what it was)
    assert problem("Back Bar Is in Uproar: Durante El Descanso Mina Solberg", NAMES)
    assert problem("Mina Solberg Tells Teo Rask: “You still owe me a dance from 2019”", NAMES) is None
    assert problem("Mina Solberg: “I kept the ring in a programme all night”", NAMES) is None


def test_a_second_clause_of_nobody_is_refused():
    assert problem("Gil Marsh and Ada Pike Run Into Each Other and Neither Spoke", NAMES)
    assert problem("Gil Marsh and Ada Pike Run Into Each Other at the Bar", NAMES) is None


def test_a_subordinate_clause_cut_after_its_subject_is_refused():
    assert problem("Owen Tregarth Phones His Grandfather From the Wings Before He Even", NAMES)
    assert problem("Owen Tregarth Phones His Grandfather From the Wings Before He Even Reaches", NAMES)
    assert problem("Pavel Ost Cries at the Coat Check When the Whole Queue", NAMES)
    assert problem("Pavel Ost Sits in the Make-Up Room While the Band's Bassist", NAMES)
    assert problem("Pavel Ost Cries at the Coat Check When the Lights Dim", NAMES) is None
    assert problem("Pavel Ost Cries When the Whole Queue at the Coat Check Claps for Him", NAMES) is None


def test_a_preposition_of_time_before_a_noun_phrase_is_no_clause_cut():
    assert problem("Pavel Ost Waits in the Wings Until the Encore", NAMES) is None
    assert problem("Pavel Ost Dances on the Bar After the Final Award", NAMES) is None
