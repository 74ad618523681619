"""A quiet night's moments (`bot.digest.quiet_night`): when the digest is short of its count, a full act nobody voted
for fills a place; a short sentence whose person does something that changes things (a fall, a gift) is such an act
however few its words, a chore is not."""

from __future__ import annotations

from bot.models import RosterEntry

from .factory import Night, every_item


def _voted(night: Night) -> None:
    night.spot("Bettany Roke gave her seat in the front row to an usher", who=["Bettany Roke"], at="19:40", votes=12)
    night.spot("Idris Calloway taught the cloakroom staff a card trick", who=["Idris Calloway"], at="20:05", votes=8)


def test_a_short_sentence_of_a_fall_fills_a_place_with_its_stage_name_whole():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Marlowe, The Kid", aliases=("Marlowe",))]
    _voted(night)
    fall = night.spot("Marlowe, The Kid slipped on the ramp and laughed", who=["Marlowe, The Kid"], at="20:30")

    digest = night.compile(count=5)

    told = [item for item in every_item(digest) if fall.id in item.sighting_ids]
    assert digest.title == "Three things you didn't see"
    assert told and told[0].body == "Marlowe, The Kid slipped on the ramp and laughed."


def test_a_short_chore_nobody_voted_for_stays_out_and_the_preview_says_so():
    night = Night()
    _voted(night)
    chore = night.spot("Osric Vale checked his watch", who=["Osric Vale"], at="20:45")

    digest = night.compile(count=5)

    assert all(chore.id not in item.sighting_ids for item in every_item(digest))
    assert [x.reason for x in digest.left_out if chore.id in x.sighting_ids] == ["filler"]


def test_a_full_act_about_someone_who_already_leads_an_item_is_named_for_that_not_as_too_slight():
    night = Night()
    _voted(night)
    acts = [
        night.spot(
            "Osric Vale handed his shoes to a stagehand and walked out barefoot", who=["Osric Vale"], at="20:50"
        ),
        night.spot(
            "Osric Vale ate a cold slice of pizza on a flight case by the stage door", who=["Osric Vale"], at="21:20"
        ),
    ]

    digest = night.compile(count=5)

    told = {i for item in every_item(digest) for i in item.sighting_ids}
    left = [a for a in acts if a.id not in told]
    notes = [x for x in digest.left_out if left and left[0].id in x.sighting_ids]
    assert len(left) == 1 and [x.reason for x in notes] == ["leads already"]
    assert "already leads an item" in notes[0].note and "pin it" in notes[0].note
