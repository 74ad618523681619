"""A headline in the present throughout (`presenting.later_clauses_present`): the clause of the time of its act
never a relative clause nor a clause of another time."""

from __future__ import annotations

from bot.digest.headline_words import simple_present
from bot.digest.headlines import write_headline
from bot.digest.presenting import later_clauses_present


def test_a_clause_of_the_time_of_the_act_is_in_the_present():
    assert (
        later_clauses_present("Pavel Ost cries when the whole queue clapped for him")
        == "Pavel Ost cries when the whole queue claps for him"
    )
    assert (
        later_clauses_present("Nadia Brae tells Cosmo Hale not to breathe out until the lights came up")
        == "Nadia Brae tells Cosmo Hale not to breathe out until the lights come up"
    )
    assert simple_present("Ada Roe sings while her band played on") == "Ada Roe sings while her band plays on"


def test_another_time_and_a_quotation_keep_their_tense():
    kept = [
        "Ada Roe sings the song she wrote for her mother",  # (an object relative: written before)
        "Ada Roe wins the award she lost in 2019",
        "Ada Roe wins for the first time since she moved to Lisbon",
        "Ada Roe: “I cried when they called my name”",
        "Ada Roe cries when the tired crew cheers",  # ("tired": an adjective, after "the")
        "Ada Roe hands the award to the driver who raised her",  # (a relative clause: an earlier time)
    ]
    for headline in kept:
        assert later_clauses_present(headline) == headline


def test_what_an_act_led_to_is_told_in_the_present_too():
    names = ["Juno Varga", "Sol Brandt"]
    text = "Juno Varga laughed so hard that she dropped her tea on Sol Brandt"
    written = write_headline(text, names=names, lead=names[0])
    assert written == "Juno Varga Laughs So Hard That She Drops Her Tea on Sol Brandt"
    written = write_headline("Juno Varga cheered so loudly that she lost her voice", names=names, lead=names[0])
    assert written == "Juno Varga Cheers So Loudly That She Loses Her Voice"
    written = write_headline(
        "Juno Varga laughed so hard at the fire alarm that she dropped her tea on Sol Brandt",
        names=names,
        lead=names[0],
    )
    assert "That She Drops Her Tea" in written, written
