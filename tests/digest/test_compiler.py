"""bot.digest.compiler: one item that cannot be written never fails the whole digest; it is left out, named to the
editor with what to do, and logged with its traceback."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.digest import compiler, writing
from bot.digest.models import LEFT_OUT_REASONS
from tests.digest.factory import Night

TRIP = "Marta Vell tripped on the red carpet and laughed it off with the photographers"


def night() -> tuple[Night, int]:
    n = Night()
    n.spot("Otto Brahe carried a cello case up the fire stairs alone", who=["Otto Brahe"], by="Amy", votes=6)
    bad = n.spot(TRIP, who=["Marta Vell"], by="Ben", at="21:10", votes=9)
    n.spot("Sol Ferrante tipped the coat-check staff in cash", who=["Sol Ferrante"], by="Amy", at="21:20", votes=4)
    return n, bad.id


def failing_at(target: Any, text: str) -> Any:
    """`target` (a writer of one story), raising for the story whose lead report says `text`."""

    def writer(story: Any, *args: Any, **kwargs: Any) -> Any:
        if any(r.sighting.what == text for r in story.moment.reports):
            raise IndexError("list index out of range")
        return target(story, *args, **kwargs)

    return writer


@pytest.mark.parametrize("where", ["write", "tells"])
def test_an_item_that_cannot_be_written_is_left_out_named_and_logged(
    where: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    n, bad = night()
    monkeypatch.setattr(compiler, where, failing_at(getattr(writing, where), TRIP))

    with caplog.at_level(logging.ERROR, logger="bot.digest.compiler"):
        digest = n.compile()

    told = " ".join(f"{i.headline} {i.body}" for i in digest.items)
    assert "Otto Brahe" in told and "Sol Ferrante" in told and "Marta" not in told
    assert digest.title == "Two things you didn't see"
    (left,) = [x for x in digest.left_out if bad in x.sighting_ids]
    assert left.note == f"#{bad} (9 votes): {LEFT_OUT_REASONS['crashed']}"
    assert "`/digest drop id:…`" in left.note and "`/sighting edit id:… what:`" in left.note
    (record,) = [r for r in caplog.records if f"[{bad}]" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is IndexError


def test_a_voted_second_moment_of_someone_who_leads_an_item_is_named_when_left_out():
    night = Night()
    night.spot(
        "Kit Ames swapped the host's cue cards for a shopping list",
        who=["Kit Ames"],
        by="Vic",
        at="20:00",
        where="wings",
        votes=90,
    )
    night.spot("Sol Brandt tuned the house piano with a teaspoon", who=["Sol Brandt"], by="Tom", at="20:30", votes=40)
    night.spot("Pia Lund taught the doormen a line dance", who=["Pia Lund"], by="Uma", at="21:00", votes=20)
    nap = night.spot(
        "Kit Ames fell asleep in the photo booth and missed the group shot",
        who=["Kit Ames"],
        by="Rhi",
        at="21:40",
        where="foyer",
        votes=30,
    )
    digest = night.compile(count=3)
    assert nap.id not in {i for item in digest.items for i in item.sighting_ids}
    notes = [x for x in digest.left_out if nap.id in x.sighting_ids]
    assert [x.reason for x in notes] == ["leads already"], digest.left_out
    assert notes[0].note.startswith(f"#{nap.id} (30 votes): a moment of someone who already leads an item")
