"""The desk never changes what was reported: chat's "guys" naming a crew, "@here" said in a quote, a stage name's own
comma, a masked link asking to be followed, a first name given something (night:
tests/scenarios/copy_desk_meaning_night.yaml, tests/scenarios/pasted_notes_night.yaml)."""

from __future__ import annotations

from bot.digest.hygiene import prose, spoken
from bot.digest.markdown import to_markdown
from bot.models import RosterEntry

from .factory import Night, item_with


def _item(what: str, who: list[str], **kw: str):
    night = Night()
    s = night.spot(what, who=who, votes=9, **kw)
    digest = night.compile()
    return item_with(digest, s), digest


def test_guys_named_by_their_trade_stay_guys():
    item, _ = _item("Rowan Tice dragged the lighting guys onto the dance floor", ["Rowan Tice"])
    assert "the lighting guys" in item.body, item.body
    item, _ = _item("Rowan Tice dragged two guys from the bar onto the dance floor", ["Rowan Tice"])
    assert "two men" in item.body, item.body


def test_here_said_in_a_quote_is_kept_and_inert():
    item, digest = _item(
        "Nadia Fenn hugged every runner at the stage door",
        ["Nadia Fenn"],
        quote="Thank you @here, you carried me",
        quote_by="Nadia Fenn",
    )
    assert "“Thank you @here, you carried me,”" in item.body, item.body
    assert "@\u200bhere" in to_markdown(digest)
    assert spoken("Go @everyone <@123>") == "Go @everyone"
    assert prose("in the corridor @here") == "in the corridor"  # (outside a quote: debris)


def test_a_stage_names_own_comma_is_not_closed():
    item, _ = _item("Ash, The Prophet tripped on the ramp by the press pit", ["Ash, The Prophet"])
    assert "Ash, The Prophet tripped" in item.body, item.body


def test_a_masked_link_asking_to_be_followed_leaves_no_words():
    assert prose("Bea Stroud hummed in the queue [click me](https://x.example/a)") == "Bea Stroud hummed in the queue"
    assert prose("She wore [a dress by Vex](https://x.example/a) tonight") == "She wore a dress by Vex tonight"


def test_a_first_name_given_something_is_named_as_the_item_names_them():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=99, name="Marta Quill", aliases=("Marta",)),
        RosterEntry(id=2, guild_id=99, name="Ivo Brask", aliases=("Ivo",)),
    ]
    a = night.spot(
        "Marta Quill told Ivo Brask by the coat check that she would back him next season",
        at="20:00",
        votes=9,
        quote="Next season it's yours, swear on it",
        quote_by="Marta Quill",
    )
    night.spot(
        "By the coat check Marta swore Ivo her backing for next season; he bought her a drink",
        who=["Marta Quill", "Ivo Brask"],
        at="20:03",
        by="Ben",
        votes=5,
        quote="Next season it's yours. Swear on it.",
    )
    night.spot(
        "Ivo bought Marta a gin fizz after she swore him her backing",
        at="20:04",
        by="Cat",
        votes=4,
        quote="I'll hold you to it",
        quote_by="Ivo Brask",
    )
    body = item_with(night.compile(), a).body
    assert "bought Marta" not in body and "bought Quill a gin fizz" in body, body
