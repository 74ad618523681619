"""A verb put in the present for a headline is spelt as a dictionary spells it, in British and American spelling
alike: "cancelled" and "canceled" are both "cancels", never "Cancells"; a verb whose own last letters are "ll"
keeps them ("installs", "calls")."""

from __future__ import annotations

import pytest

from bot.digest.verbs import base_form, present

# (as a report writes it, the present for one person); British and American spellings side by side
WORD_LIST = [
    ("cancelled", "cancels"),
    ("canceled", "cancels"),
    ("cancelling", "cancels"),
    ("travelled", "travels"),
    ("traveled", "travels"),
    ("labelled", "labels"),
    ("modelled", "models"),
    ("signalled", "signals"),
    ("levelled", "levels"),
    ("marvelled", "marvels"),
    ("quarrelled", "quarrels"),
    ("totalled", "totals"),
    ("equalled", "equals"),
    ("unravelled", "unravels"),
    ("shovelled", "shovels"),
    ("tunnelled", "tunnels"),
    ("pencilled", "pencils"),
    ("fuelled", "fuels"),
    ("fueled", "fuels"),
    ("dialled", "dials"),
    ("duelled", "duels"),
    ("controlled", "controls"),
    ("patrolled", "patrols"),
    ("compelled", "compels"),
    ("propelled", "propels"),
    ("excelled", "excels"),
    ("rebelled", "rebels"),
    ("installed", "installs"),
    ("recalled", "recalls"),
    ("enthralled", "enthralls"),
    ("called", "calls"),
    ("yelled", "yells"),
    ("yelling", "yells"),
    ("spelled", "spells"),
    ("rolled", "rolls"),
    ("strolled", "strolls"),
    ("thrilled", "thrills"),
    ("quelled", "quells"),
    ("spilled", "spills"),
    ("pulled", "pulls"),
    ("stopped", "stops"),
    ("worshipped", "worships"),
    ("worshiped", "worships"),
    ("kidnapped", "kidnaps"),
    ("admitted", "admits"),
    ("preferred", "prefers"),
    ("visited", "visits"),
    ("offered", "offers"),
    ("opened", "opens"),
    ("listened", "listens"),
    ("panicked", "panics"),
    ("mimicked", "mimics"),
    ("picked", "picks"),
    ("passed", "passes"),
    ("buzzed", "buzzes"),
    ("focused", "focuses"),
    ("carried", "carries"),
    ("danced", "dances"),
    ("juggled", "juggles"),
]


@pytest.mark.parametrize(("written", "expected"), WORD_LIST)
def test_a_past_tense_is_put_in_the_present_as_the_dictionary_spells_it(written, expected):
    assert present(written, plural=False) == (expected, False)


def test_a_doubled_l_is_undone_for_a_plural_subject_too():
    assert present("travelled", plural=True) == ("travel", False)
    assert base_form("cancelling") == "cancel"
    assert base_form("installing") == "install"
