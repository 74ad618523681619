"""The headline names the moment's act, whole (issue 11, round 8's second wave): the act over a reaction to it, the
act after a mundane "while", a required complement kept."""

from __future__ import annotations

from bot.digest.headlines import write_headline


def test_a_reaction_loses_to_the_act_that_caused_it():
    written = write_headline(
        "Mara Lind was up on a bench leading the whole café in Happy Birthday to the waiter Osei, who turned 70."
        " Osei had his hands over his face.",
        names=["Mara Lind", "Osei"],
        lead="Osei",
    )
    assert written.startswith("Mara Lind Leads the Whole Café in Happy Birthday"), written
