"""A spoken question keeps its question mark, wherever the quote is closed (`questions`)."""

from __future__ import annotations

from bot.digest.overheard import overheard, said_by
from bot.digest.questions import asks
from bot.digest.speakers import _framed

from .factory import Night, item_with


def test_a_question_typed_without_its_mark_is_printed_with_one():
    night = Night()
    s = night.spot(
        "Ozzie Brand leaned over to the floor manager in the ad break",
        who=["Ozzie Brand"],
        quote="Are we back on air, do you think",
        quote_by="Ozzie Brand",
        votes=9,
    )
    body = item_with(night.compile(), s).body
    assert "“Are we back on air, do you think?” Brand said." in body, body


def test_every_way_a_quote_is_closed_keeps_the_question():
    assert said_by("Is the car here", "Brand") == "“Is the car here?” Brand said."
    assert overheard("Where's my coat", "at the bar") == "Overheard at the bar: “Where's my coat?”"
    assert (
        _framed("Did you see that", "Ozzie Brand", "at the bar") == "At the bar, Ozzie Brand said: “Did you see that?”"
    )


def test_what_is_no_question_keeps_its_stop():
    for line in (
        "What a night",
        "How lucky are we",
        "Can't believe it",
        "Have a great night",
        "Do the dishes",
        "Don't you dare",
    ):
        assert not asks(line), line
    assert said_by("What a night", "Brand") == "“What a night,” Brand said."
    for line in ("Are we okay now, do you think", "Will you marry me", "It was great, right", "This is it, isn't it"):
        assert asks(line), line
