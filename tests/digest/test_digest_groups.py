"""A group and its members are one party (issue 11, round 10, `groups`): the duo's sketch on the snowbank and its two
members' sketch for the plough crew, the same minute at the same stage door, are one moment, and the item names the
group once with its members; a group tagged beside one other person is no evidence of who is in it."""

from __future__ import annotations

from .factory import Night, every_item, filler, item_with


def _sketch_night(arrived_with: list[str]) -> tuple[Night, object, object]:
    night = Night()
    filler(night, 6, votes=3)
    night.spot(
        f"The duo Tin Whistle arrived with {' and '.join(arrived_with)} in matching anoraks.",
        who=["Tin Whistle", *arrived_with],
        where="Lobby",
        at="19:30",
        by="Cy",
    )
    duo = night.spot(
        "Tin Whistle did their sketch on the snowbank outside the stage door.",
        who=["Tin Whistle"],
        where="Stage door",
        at="21:00",
        by="Ben",
        votes=30,
    )
    members = night.spot(
        "Jo Barr and Ned Lusk did a sketch for the plough crew, standing in the snow.",
        who=["Jo Barr", "Ned Lusk"],
        where="Stage door",
        at="21:01",
        by="Ann",
        votes=25,
    )
    return night, duo, members


def test_a_group_and_its_members_at_the_same_minute_and_place_are_one_item_naming_the_group_with_them():
    night, duo, members = _sketch_night(["Jo Barr", "Ned Lusk"])

    digest = night.compile()
    item = item_with(digest, duo)

    assert members.id in item.sighting_ids and item.reporters == ["Ben", "Ann"], item
    assert item.body.startswith("Tin Whistle, Jo Barr and Ned Lusk, did their sketch"), item.body
    assert sum("sketch" in other.headline.lower() for other in every_item(digest)) == 1


def test_a_group_tagged_beside_one_person_says_nothing_of_its_members():
    night, duo, members = _sketch_night(["Jo Barr"])

    digest = night.compile()

    assert members.id not in item_with(digest, duo).sighting_ids
    assert "Jo Barr and Ned Lusk" not in item_with(digest, duo).body
